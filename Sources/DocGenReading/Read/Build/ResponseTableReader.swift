import Foundation
import DocGenSpec

/// Builds response fields from the response section's tables. `└` marks depth; `Array of X` gives the
/// element type. A later table titled by a structure name (`**AvailableZoneType**` above it) fills the
/// children of the field whose type names that structure.
struct ResponseTableReader {
    final class Node {
        var name: String
        var type: ParamType
        var items: Items?
        var typeName: String?
        var children: [Node] = []
        var description: String?
        var example: String?
        var line: Int
        var typeMissing = false
        /// The type cell was empty and `object` was taken from the child rows: the page's example may still show a list.
        var typeInferred = false
        /// The line of the row right after this one that only names its element structure (`Instance | | |`).
        var elementRowLine: Int?

        init(name: String, type: ParamType, items: Items?, typeName: String?, line: Int) {
            self.name = name
            self.type = type
            self.items = items
            self.typeName = typeName
            self.line = line
        }

        var field: ResponseField {
            var finalType = type
            if typeMissing, !children.isEmpty { finalType = .object }
            var finalItems = items
            if finalType == .array, finalItems == nil { finalItems = Items(type: children.isEmpty ? .string : .object) }
            return ResponseField(name: name, type: finalType, items: finalItems,
                                 children: children.isEmpty ? nil : children.map(\.field),
                                 description: CellText.optional(description), example: CellText.optional(example),
                                 line: line,
                                 timeFormat: TimeFormatReader.format(type: finalType, description: description, example: example))
        }

        /// A childless field whose description names the structure ("…AvailableZoneType组成的集合") when its
        /// type cell names something else.
        func find(mentionedIn wanted: String) -> Node? {
            if children.isEmpty, type == .array || type == .object, let d = description,
               d.split(whereSeparator: { !$0.isLetter && !$0.isNumber && $0 != "_" || ($0.isLetter && !$0.isASCII) }).contains(Substring(wanted)) {
                return self
            }
            for child in children { if let hit = child.find(mentionedIn: wanted) { return hit } }
            return nil
        }

        /// `elementRowLine` of this node and every node inside it, by the node's line.
        var elementRowLines: [Int: Int] {
            var lines = children.reduce(into: [Int: Int]()) { $0.merge($1.elementRowLines) { first, _ in first } }
            if let elementRowLine { lines[line] = elementRowLine }
            return lines
        }

        func find(typeName wanted: String) -> Node? {
            if typeName == wanted, children.isEmpty { return self }
            for child in children { if let hit = child.find(typeName: wanted) { return hit } }
            return nil
        }
    }

    var roots: [Node] = []
    private var tablesRead = 0

    mutating func read(_ table: Table, title: String?, log: inout BuildLog) {
        defer { tablesRead += 1 }
        let columns = ColumnMap(header: table.header)
        guard columns[.name] != nil else {
            for row in table.rows {
                log.rowCut(row)
                log.rowReported(.warning, "table-unrecognised",
                                "response-section table without a name column (header: \(table.header.joined(separator: " | "))); row not read",
                                line: row.line)
            }
            return
        }
        var holder: Node?
        if tablesRead > 0, let title {
            holder = roots.lazy.compactMap { $0.find(typeName: title) }.first
                ?? roots.lazy.compactMap { $0.find(mentionedIn: title) }.first
            if holder == nil {
                for row in table.rows {
                    log.rowCut(row)
                    log.rowReported(.info, "response-subtable-unattached",
                                    "row of the response structure '\(title)', which no field refers to; not read", line: row.line)
                }
                return
            }
        }
        var lastAtDepth: [Node] = []
        for row in table.rows {
            let (cells, note) = CellText.fitted(row.cells, width: table.header.count)
            log.rowCut(row)
            if let note { log.note(.info, "row-cell-count", note, line: row.line) }
            let (depth, name) = NestMarker.split(columns.cell(.name, in: cells) ?? "")
            guard !name.isEmpty else {
                // Rendered pages open the response table with an unnamed `object` row: the body itself, whose
                // fields are the rows that follow.
                if lastAtDepth.isEmpty, holder == nil,
                   TypeVocabulary.map(CellText.collapsed(columns.cell(.type, in: cells) ?? "")).type == .object {
                    log.rowUsed()
                    continue
                }
                log.rowReported(.warning, "row-without-name", "response field row has no name; row not read", line: row.line)
                continue
            }
            guard ParameterName.isPlausible(name) else {
                log.rowReported(.warning, "row-unparsed", "response field row name '\(name)' is not a field name; row not read", line: row.line)
                continue
            }
            let typeText = CellText.collapsed(columns.cell(.type, in: cells) ?? "")
            // `Instances | Array of Instance` followed by `Instance | | |`: the second row only names the element
            // structure (the page flattened the nesting); it is not a field of its own.
            if typeText.isEmpty, let previous = lastAtDepth.last, previous.items?.typeName == name,
               CellText.collapsed(columns.cell(.description, in: cells) ?? "").isEmpty {
                previous.elementRowLine = row.line
                log.rowUsed()
                continue
            }
            let mapped = TypeVocabulary.map(typeText)
            let node = Node(name: name, type: typeText.isEmpty ? .string : mapped.type, items: mapped.items,
                            typeName: Self.typeName(typeText), line: row.line)
            node.typeMissing = typeText.isEmpty
            if mapped.unknown, !typeText.isEmpty {
                log.note(.warning, "type-unknown", "response field '\(name)' has unknown type '\(typeText)'; read as string", line: row.line)
            }
            node.description = columns.cell(.description, in: cells)
            node.example = columns.cell(.example, in: cells)
            if depth > 0, depth <= lastAtDepth.count {
                let parent = lastAtDepth[depth - 1]
                parent.children.append(node)
                if parent.typeMissing { parent.type = .object; parent.typeMissing = false; parent.typeInferred = true }
            } else if let holder {
                holder.children.append(node)
            } else {
                roots.append(node)
            }
            let level = min(depth, lastAtDepth.count)
            lastAtDepth = Array(lastAtDepth.prefix(level)) + [node]
            log.rowUsed()
        }
    }

    /// The structure a type cell names: `X` in `Array of X`, or a bare structure name.
    static func typeName(_ typeText: String) -> String? { typeNameMemo(typeText) }

    private static let typeNameMemo = StringMemo<String?> { typeNameUncached($0) }

    private static func typeNameUncached(_ typeText: String) -> String? {
        let element = (TypeVocabulary.elementSpelling(typeText) ?? typeText)
            .trimmingCharacters(in: CharacterSet(charactersIn: "\\` "))
        guard TypeVocabulary.isTypeName(element), TypeVocabulary.scalars[element.lowercased()] == nil else { return nil }
        return element
    }
}
