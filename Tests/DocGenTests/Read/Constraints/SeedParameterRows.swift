import Foundation
@testable import DocGenSpec
@testable import DocGenReading
@testable import DocGenDiff
@testable import DocGenGeneration
@testable import DocGenErrorTables
@testable import DocGenCommandLine

/// Cuts the request-parameter rows (name, type, description) out of a seed page, just enough to feed the
/// constraint extractor before the real readers and builder land. Two layouts: Markdown pipe tables whose cells run
/// over several lines, and the run-together text rendering ("NamestringNo" then the description, then the example).
struct SeedParameterRow {
    /// Path without repeat markers: `ExcludeDiskId`, `Tag.Key`.
    let path: String
    let type: ParamType
    let isRepeatList: Bool
    let description: String
}

enum SeedParameterRows {
    static func read(_ page: String) -> [SeedParameterRow] {
        if page.contains("|名称|类型|") { return markdownRows(page) }
        if page.contains("Parameter Name Required Type Description") { return spacedRows(page) }
        return textRenderingRows(page)
    }

    // MARK: - Space-separated columns (Tencent)

    private static let spacedRow = try! NSRegularExpression(
        pattern: #"^([A-Za-z][A-Za-z0-9.]*) (Yes|No) (Array of \S+|\S+) (.*)$"#)

    private static func spacedRows(_ page: String) -> [SeedParameterRow] {
        let lines = page.components(separatedBy: "\n")
        guard let start = lines.firstIndex(of: "Parameter Name Required Type Description") else { return [] }
        var rows: [SeedParameterRow] = []
        for line in lines[(start + 1)...] {
            let ns = line as NSString
            guard let m = spacedRow.firstMatch(in: line, range: NSRange(location: 0, length: ns.length)) else { break }
            let wire = ns.substring(with: m.range(at: 1))
            let type = ns.substring(with: m.range(at: 3))
            rows.append(SeedParameterRow(
                path: ParameterNames.normalize(wire), type: type.hasPrefix("Array") ? .array : paramType(type),
                isRepeatList: wire.hasSuffix(".N"), description: ns.substring(with: m.range(at: 4))))
        }
        return rows
    }

    // MARK: - Markdown

    private static func markdownRows(_ page: String) -> [SeedParameterRow] {
        guard let start = page.range(of: "## 请求参数") else { return [] }
        let rest = page[start.upperBound...]
        let section = rest.range(of: "\n## ").map { rest[..<$0.lowerBound] } ?? rest
        var rows: [String] = []
        var current: String?
        for line in section.components(separatedBy: "\n") {
            if current == nil {
                guard line.hasPrefix("|") else { continue }
                current = line
            } else {
                current! += "\n" + line
            }
            if let row = current, row.trimmingCharacters(in: .whitespaces).hasSuffix("|"), row.count > 1 {
                rows.append(row)
                current = nil
            }
        }
        return rows.dropFirst(2).compactMap { row in
            let cells = row.trimmingCharacters(in: .whitespaces).dropFirst().dropLast()
                .components(separatedBy: "|").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
            guard cells.count >= 5 else { return nil }
            let wire = cells[0].replacingOccurrences(of: "\\", with: "")
            let type = cells[1]
            return SeedParameterRow(
                path: ParameterNames.normalize(wire), type: paramType(type),
                isRepeatList: wire.hasSuffix(".N") || type == "RepeatList",
                description: cells[4].components(separatedBy: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
                    .joined(separator: "\n"))
        }
    }

    // MARK: - Text rendering

    private static let header = try! NSRegularExpression(
        pattern: #"^([A-Za-z][A-Za-z0-9]*)?(string|integer|long|boolean|float|double|array|object \[\]|object)(Yes|No)$"#)

    private static func textRenderingRows(_ page: String) -> [SeedParameterRow] {
        let lines = page.components(separatedBy: "\n")
        guard let start = lines.firstIndex(of: "Request parameters") else { return [] }
        let end = lines[start...].firstIndex(of: "Response parameters") ?? lines.count
        var rows: [SeedParameterRow] = []
        var parent: String?
        var i = start + 1
        while i < end {
            let line = lines[i]
            let ns = line as NSString
            guard let m = header.firstMatch(in: line, range: NSRange(location: 0, length: ns.length)) else {
                i += 1
                continue
            }
            var j = i + 1
            while j < end, header.firstMatch(in: lines[j], range: NSRange(location: 0, length: (lines[j] as NSString).length)) == nil {
                j += 1
            }
            // The block is the description followed by one example line; an array's block is followed by its
            // element row (a header without a name) instead, and has no example.
            var block = Array(lines[(i + 1)..<j])
            while let last = block.last, last.trimmingCharacters(in: .whitespaces).isEmpty { block.removeLast() }
            let nextIsElement = j < end && !lines[j].isEmpty && !(lines[j].first?.isUppercase ?? false)
            if !block.isEmpty && !nextIsElement { block.removeLast() }
            let description = block.joined(separator: "\n").trimmingCharacters(in: .whitespacesAndNewlines)
            let nameRange = m.range(at: 1)
            let typeText = ns.substring(with: m.range(at: 2))
            if nameRange.location != NSNotFound {
                let name = ns.substring(with: nameRange)
                let path = parent.map { "\($0).\(name)" } ?? name
                rows.append(SeedParameterRow(
                    path: path, type: paramType(typeText), isRepeatList: typeText == "array", description: description))
                if typeText == "object []" { parent = name }
            }
            i = j
        }
        return rows
    }

    private static func paramType(_ text: String) -> ParamType {
        switch text.lowercased() {
        case "integer": return .integer
        case "long": return .long
        case "boolean": return .boolean
        case "float": return .float
        case "double": return .double
        case "repeatlist", "array": return .array
        case "object []": return .array
        case "object": return .object
        default: return .string
        }
    }
}
