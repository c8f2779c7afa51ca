import Foundation
import Testing

/// docs/architecture.md draws the module graph; this keeps it equal to what Package.swift declares, so the picture a
/// newcomer reads is the one the compiler enforces.
@Suite struct ArchitectureDocTests {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    @Test func moduleGraphInTheDocsEqualsPackageSwift() throws {
        let manifest = try String(contentsOf: Self.root.appendingPathComponent("Package.swift"), encoding: .utf8)
        let doc = try String(contentsOf: Self.root.appendingPathComponent("docs/architecture.md"), encoding: .utf8)
        let declared = Self.targets(inManifest: manifest)
        let documented = try Self.modules(inDoc: doc)
        #expect(!declared.isEmpty)
        #expect(documented.keys.sorted() == declared.keys.sorted(), "modules in docs/architecture.md vs Package.swift")
        for (module, dependencies) in declared {
            #expect(documented[module] == dependencies, "\(module): docs say \(documented[module] ?? []), Package.swift says \(dependencies)")
        }
    }

    /// Every non-test target of the manifest and the targets it depends on (`.target`, `.executableTarget`,
    /// `.systemLibrary`; test targets are not part of the graph).
    static func targets(inManifest manifest: String) -> [String: Set<String>] {
        var result: [String: Set<String>] = [:]
        let starts = [".target(", ".executableTarget(", ".systemLibrary("]
        var index = manifest.startIndex
        while let start = starts.compactMap({ manifest.range(of: $0, range: index..<manifest.endIndex) })
            .min(by: { $0.lowerBound < $1.lowerBound }) {
            // The call runs to its matching parenthesis.
            var depth = 0
            var end = start.upperBound
            var cursor = manifest.index(before: start.upperBound)
            while cursor < manifest.endIndex {
                if manifest[cursor] == "(" { depth += 1 }
                if manifest[cursor] == ")" { depth -= 1; if depth == 0 { end = cursor; break } }
                cursor = manifest.index(after: cursor)
            }
            let call = String(manifest[start.lowerBound..<end])
            index = end
            guard let name = firstQuoted(in: call, after: "name:") else { continue }
            var dependencies: Set<String> = []
            if let list = call.range(of: "dependencies:") {
                let rest = call[list.upperBound...]
                if let open = rest.firstIndex(of: "["), let close = rest.firstIndex(of: "]") {
                    dependencies = Set(quoted(in: String(rest[open..<close])))
                }
            }
            result[name] = dependencies
        }
        return result
    }

    /// The rows between the module-graph markers: module → its "depends on" cell.
    static func modules(inDoc doc: String) throws -> [String: Set<String>] {
        let begin = try #require(doc.range(of: "<!-- module-graph:begin -->"))
        let end = try #require(doc.range(of: "<!-- module-graph:end -->"))
        var result: [String: Set<String>] = [:]
        for line in doc[begin.upperBound..<end.lowerBound].split(separator: "\n") where line.hasPrefix("| `") {
            let cells = line.split(separator: "|", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
            guard cells.count > 3 else { continue }
            let module = cells[1].trimmingCharacters(in: CharacterSet(charactersIn: "`"))
            result[module] = Set(cells[2].split(separator: ",").map {
                $0.trimmingCharacters(in: CharacterSet(charactersIn: "` "))
            }.filter { !$0.isEmpty && $0 != "–" })
        }
        return result
    }

    static func quoted(in text: String) -> [String] {
        text.split(separator: "\"", omittingEmptySubsequences: false).enumerated().filter { $0.offset % 2 == 1 }.map { String($0.element) }
    }

    static func firstQuoted(in text: String, after label: String) -> String? {
        guard let range = text.range(of: label) else { return nil }
        return quoted(in: String(text[range.upperBound...])).first
    }
}
