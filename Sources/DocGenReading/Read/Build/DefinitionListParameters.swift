import Foundation

/// Request parameters written as definition lists instead of a table: the name alone on a line (bold on the page),
/// then a list of `Key: value` items whose keys are column titles (`Type: String`, `Required: Yes`,
/// `Description: …`; `类型：`, `是否必选：`, `描述：`):
///
///     **PolicyName**
///
///     -   Type: String
///     -   Required: Yes
///     -   Description: Authorization policy name.
///
/// A run of such entries in the request section becomes one table (header: `Name` and the keys in the order the
/// first entry gives them), read like any other request table, so row accounting counts each entry as a row. An
/// entry needs a key for the type or the Required flag: a name followed by a list of ordinary prose is left alone.
/// Each table made is named in a `definition-list-parameters` info.
enum DefinitionListParameters {
    static func tables(in blocks: [SectionedBlock], log: inout BuildLog) -> [SectionedBlock] {
        guard blocks.contains(where: { $0.section == .request && !isTable($0.block) }) else { return blocks }
        var out: [SectionedBlock] = []
        var i = 0
        while i < blocks.count {
            guard blocks[i].section == .request, let first = entry(at: i, in: blocks) else {
                out.append(blocks[i])
                i += 1
                continue
            }
            var keys = first.items.map(\.key)
            var entries = [first]
            var next = i + 2
            while let more = entry(at: next, in: blocks) {
                for item in more.items where !keys.contains(item.key) { keys.append(item.key) }
                entries.append(more)
                next += 2
            }
            let rows = entries.map { entry in
                TableRow(cells: [entry.name] + keys.map { key in entry.items.first { $0.key == key }?.value ?? "" },
                         line: entry.line)
            }
            out.append(SectionedBlock(block: .table(Table(header: ["Name"] + keys, rows: rows, line: first.line)),
                                      section: blocks[i].section, heading: blocks[i].heading))
            log.note(.info, "definition-list-parameters",
                     "\(rows.count) request parameter(s) written as a name followed by a list of \(keys.joined(separator: ", ")) items; read as table rows",
                     line: first.line)
            i = next
        }
        return out
    }

    private struct Entry {
        var name: String
        var items: [(key: String, value: String)]
        var line: Int
    }

    private static func isTable(_ block: Block) -> Bool {
        if case .table = block { return true }
        return false
    }

    /// The entry starting at block `index`: a paragraph that is one parameter name, then a paragraph of
    /// `- Key: value` items in the same section.
    private static func entry(at index: Int, in blocks: [SectionedBlock]) -> Entry? {
        guard index + 1 < blocks.count, blocks[index].section == .request, blocks[index + 1].section == .request,
              case .paragraph(let title) = blocks[index].block, case .paragraph(let list) = blocks[index + 1].block
        else { return nil }
        let name = title.text.trimmingCharacters(in: .whitespaces)
        guard !name.contains(" "), !name.contains("\n"), ParameterName.isPlausible(name) else { return nil }
        guard let items = items(in: list.text) else { return nil }
        let roles = Set(items.map { ColumnRole.of($0.key) })
        guard roles.contains(.type) || roles.contains(.required) else { return nil }
        return Entry(name: name, items: items, line: title.line)
    }

    /// `- Key: value` lines, a line without a list marker continuing the previous value; nil unless every item's
    /// key is a column title.
    private static func items(in text: String) -> [(key: String, value: String)]? {
        var items: [(key: String, value: String)] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: true) {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            guard let marker = trimmed.first, "-*+".contains(marker) else {
                guard !items.isEmpty else { return nil }
                items[items.count - 1].value += "\n" + trimmed
                continue
            }
            let item = trimmed.dropFirst().trimmingCharacters(in: .whitespaces)
            guard let colon = item.firstIndex(where: { $0 == ":" || $0 == "：" }) else { return nil }
            let key = item[..<colon].trimmingCharacters(in: .whitespaces)
            guard ColumnRole.of(key) != .unknown, ColumnRole.of(key) != .name else { return nil }
            items.append((key, item[item.index(after: colon)...].trimmingCharacters(in: .whitespaces)))
        }
        return items.isEmpty ? nil : items
    }
}
