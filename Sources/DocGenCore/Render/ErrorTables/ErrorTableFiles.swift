import Foundation

public enum ErrorTableFormat: String, CaseIterable, Sendable {
    case md, csv, json, html

    /// Parses `--format md,csv` values; unknown names are usage errors.
    public static func parse(_ names: [String]) throws -> [ErrorTableFormat] {
        guard !names.isEmpty else { return allCases }
        var formats: [ErrorTableFormat] = []
        for name in names {
            guard let format = ErrorTableFormat(rawValue: name.lowercased()) else {
                throw DocGenError.usage("unknown format '\(name)': use md, csv, json or html")
            }
            if !formats.contains(format) { formats.append(format) }
        }
        return formats
    }
}

/// The files `docgen errors` writes: `<vendor>-<product>.<ext>` per product and `all.<ext>`, for each format.
public enum ErrorTableFiles {
    public static func render(_ builder: ErrorTableBuilder, formats: [ErrorTableFormat]) throws -> [String: Data] {
        try render(builder.productTables() + [builder.mergedTable()], formats: formats)
    }

    public static func render(_ tables: [ErrorTable], formats: [ErrorTableFormat]) throws -> [String: Data] {
        var files: [String: Data] = [:]
        for table in tables {
            let base = baseName(table)
            for format in formats {
                let path = "\(base).\(format.rawValue)"
                guard files[path] == nil else {
                    throw DocGenError.invalidInput("two products would both write \(path); rename one of them")
                }
                files[path] = try data(table, format)
            }
        }
        return files
    }

    static func data(_ table: ErrorTable, _ format: ErrorTableFormat) throws -> Data {
        switch format {
        case .md: return Data(ErrorTableMarkdown.render(table).utf8)
        case .csv: return Data(ErrorTableCSV.render(table).utf8)
        case .json: return try ErrorTableJSON.render(table)
        case .html: return Data(ErrorTableHTML.render(table).utf8)
        }
    }

    /// `alibaba-ecs`, or `all` for the merged table. Names come from pages, so only `[A-Za-z0-9._-]` is kept.
    static func baseName(_ table: ErrorTable) -> String {
        guard let vendor = table.vendor, let product = table.product else { return "all" }
        return safe(vendor) + "-" + safe(product)
    }

    private static func safe(_ name: String) -> String {
        var out = String(name.unicodeScalars.map { scalar -> Character in
            let c = Character(scalar)
            return (c.isASCII && (c.isLetter || c.isNumber)) || c == "-" || c == "_" || c == "." ? c : "_"
        })
        if out.isEmpty || out.hasPrefix(".") { out = "_" + out }
        return String(out.prefix(100))
    }
}

/// Writes the tables through `OutputFolder` (atomic, unchanged files untouched) and removes tables of the formats
/// being written that it wrote before and no longer produces (a product that is gone). What it wrote is remembered
/// in `.docgen-errors` in the output folder, so files it did not write are never removed.
public struct ErrorTableWriter {
    public static let manifestName = ".docgen-errors"
    public let folder: OutputFolder
    public let formats: [ErrorTableFormat]

    public init(folder: OutputFolder, formats: [ErrorTableFormat] = ErrorTableFormat.allCases) {
        self.folder = folder
        self.formats = formats
    }

    private func isWritten(_ path: String) -> Bool {
        formats.contains { path.hasSuffix("." + $0.rawValue) }
    }

    public struct Plan: Equatable, Sendable {
        public var created: [String] = []
        public var updated: [String] = []
        public var removed: [String] = []
        public var unchanged = 0
        public var changed: [String] { (created + updated + removed).sorted() }
    }

    public func plan(_ files: [String: Data]) throws -> Plan {
        var plan = Plan()
        for path in files.keys.sorted() {
            switch try folder.plan(files[path]!, to: path) {
            case .created: plan.created.append(path)
            case .updated: plan.updated.append(path)
            case .unchanged: plan.unchanged += 1
            }
        }
        plan.removed = previouslyWritten().filter { isWritten($0) && files[$0] == nil && folder.existing($0) != nil }
        return plan
    }

    @discardableResult
    public func apply(_ files: [String: Data]) throws -> Plan {
        let plan = try plan(files)
        for path in files.keys.sorted() { try folder.write(files[path]!, to: path) }
        let otherFormats = previouslyWritten().filter { !isWritten($0) && folder.existing($0) != nil }
        let manifest = Set(files.keys).union(otherFormats).sorted().map { $0 + "\n" }.joined()
        try folder.write(Data(manifest.utf8), to: Self.manifestName)
        for path in plan.removed { try folder.remove(path) }
        return plan
    }

    private func previouslyWritten() -> [String] {
        guard let data = folder.existing(Self.manifestName), let text = String(data: data, encoding: .utf8) else {
            return []
        }
        return text.split(separator: "\n").map(String.init).filter { (try? folder.url(for: $0)) != nil }.sorted()
    }
}
