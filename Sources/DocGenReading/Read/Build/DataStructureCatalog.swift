import DocGenSpec

/// The structures a product's data-structure page defines (Tencent's 数据结构 / Data Types page: `## Instance`, a
/// sentence, then a table of the structure's fields), so that `Array of Instance` on an operation's page gets the
/// fields of `Instance`. Ingesting such a page together with the operation pages fills those fields
/// (`ingest` reads every page once, collects the catalog, then builds the operation pages again with it).
public struct DataStructureCatalog: Hashable, Sendable {
    /// One field row of a structure, as the page wrote it.
    public struct Field: Hashable, Sendable {
        public var name: String
        public var type: ParamType
        public var items: Items?
        /// The structure a field refers to (`Placement`, `Array of DataDisk`), resolved in turn.
        public var typeName: String?
        public var required: Bool
        public var description: String?
        public var example: String?
        public var line: Int
    }

    public struct Structure: Hashable, Sendable {
        public var name: String
        public var fields: [Field]
        /// The data-structure page and the line of the structure's heading, for diagnostics.
        public var file: String
        public var line: Int
        public var language: String?
    }

    /// Keyed by structure name; several languages of one structure keep each.
    private var byName: [String: [Structure]] = [:]

    public init() {}

    public init(merging catalogs: [DataStructureCatalog]) {
        for catalog in catalogs {
            for (name, structures) in catalog.byName { byName[name, default: []] += structures }
        }
    }

    public var isEmpty: Bool { byName.isEmpty }
    public var names: [String] { byName.keys.sorted() }

    /// The structure of that name, preferring one written in `language` (a Chinese operation page takes the Chinese
    /// data-structure page's descriptions).
    public func structure(named name: String, language: String?) -> Structure? {
        guard let candidates = byName[name] else { return nil }
        return candidates.first { $0.language == language } ?? candidates.first
    }

    /// The structures of a data-structure page: every heading that is a structure name (`Instance`, `Filter`) and
    /// is followed, before the next heading, by a table with a name and a type column. Empty for any other page.
    static func read(_ document: PageDocument, language: String?) -> DataStructureCatalog {
        var catalog = DataStructureCatalog()
        var current: Heading?
        for block in document.blocks {
            switch block {
            case .heading(let heading):
                let name = heading.text.trimmingCharacters(in: .whitespaces)
                current = TypeVocabulary.isTypeName(name) ? Heading(level: heading.level, text: name, line: heading.line) : nil
            case .table(let table):
                guard let heading = current else { continue }
                current = nil
                let columns = ColumnMap(header: table.header)
                guard columns[.name] != nil, columns[.type] != nil else { continue }
                let fields = table.rows.compactMap { row -> Field? in
                    let (cells, _) = CellText.fitted(row.cells, width: table.header.count)
                    let name = CellText.collapsed(columns.cell(.name, in: cells) ?? "")
                    guard ParameterName.isPlausible(name) else { return nil }
                    let typeText = CellText.collapsed(columns.cell(.type, in: cells) ?? "")
                    let mapped = TypeVocabulary.map(typeText)
                    return Field(name: name, type: mapped.type, items: mapped.items,
                                 typeName: ResponseTableReader.typeName(typeText),
                                 required: columns.cell(.required, in: cells).flatMap(RequiredFlag.parse) ?? false,
                                 description: columns.cell(.description, in: cells),
                                 example: columns.cell(.example, in: cells), line: row.line)
                }
                guard !fields.isEmpty else { continue }
                catalog.byName[heading.text, default: []].append(
                    Structure(name: heading.text, fields: fields, file: document.file, line: heading.line, language: language))
            case .paragraph, .code:
                continue
            }
        }
        return catalog
    }
}
