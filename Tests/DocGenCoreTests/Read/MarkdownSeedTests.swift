import Foundation
import Testing
@testable import DocGenCore

/// Seeds 000 and 002 (Markdown) against the facts in groundtruth/expected: identity, every parameter (name, type,
/// required, children, no extras), every error row in order, and the listed constraints.
@Suite("Markdown seeds", .enabled(if: SharedData.isAvailable, Comment(rawValue: SharedData.skipMessage)))
struct MarkdownSeedTests {
    static let seeds = ["000_586fe4a3e4020892", "002_37d75a7e0976733f"]

    static func load(_ seed: String) throws -> (spec: OperationSpec, expected: [String: Any]) {
        let url = try #require(SharedData.url("seeds/\(seed).txt"))
        let page = try TestPage.load(url, file: "\(seed).txt")
        let spec = SpecBuilder.build(MarkdownReader().read(page).document, page: page, hints: IdentityHints())
        let data = try Data(contentsOf: try #require(SharedData.url("groundtruth/expected/\(seed).json")))
        let expected = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        return (spec, expected)
    }

    @Test(arguments: seeds) func identity(seed: String) throws {
        let (spec, expected) = try Self.load(seed)
        #expect(spec.vendor == expected["vendor"] as? String)
        #expect(spec.product == expected["product"] as? String)
        #expect(spec.apiVersion == expected["apiVersion"] as? String)
        #expect(spec.action == expected["action"] as? String)
        #expect(spec.language == expected["language"] as? String)
        #expect(spec.rowAccounting.isExact)
        // For groundtruth/compare_expected.py: DOCGEN_SPEC_OUT=<dir> writes the spec there.
        if let out = ProcessInfo.processInfo.environment["DOCGEN_SPEC_OUT"] {
            let dir = URL(fileURLWithPath: out).appendingPathComponent("seeds")
            try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
            try SpecJSON.encode(spec).write(to: dir.appendingPathComponent("\(seed).json"))
        }
    }

    @Test(arguments: seeds) func parameters(seed: String) throws {
        let (spec, expected) = try Self.load(seed)
        let wanted = try #require(expected["parameters"] as? [[String: Any]])
        #expect(spec.parameters.map(\.name) == wanted.compactMap { $0["name"] as? String }, "names and page order")
        for want in wanted {
            let name = want["name"] as? String ?? ""
            guard let got = spec.parameters.first(where: { $0.name == name }) else {
                Issue.record("parameter \(name) missing")
                continue
            }
            #expect(got.type.rawValue == want["type"] as? String, "\(name) type")
            #expect(got.required == want["required"] as? Bool, "\(name) required")
            #expect(got.common == (want["common"] as? Bool ?? false), "\(name) common")
            if let items = want["items"] as? String {
                #expect(got.items?.type.rawValue == items, "\(name) items")
            }
            if let children = want["children"] as? [[String: Any]] {
                let gotChildren = got.children ?? []
                #expect(gotChildren.map(\.name).sorted() == children.compactMap { $0["name"] as? String }.sorted(), "\(name) children")
                for child in children {
                    let c = gotChildren.first { $0.name == child["name"] as? String }
                    #expect(c?.type.rawValue == child["type"] as? String, "\(name).\(child["name"] ?? "") type")
                    #expect(c?.required == child["required"] as? Bool, "\(name).\(child["name"] ?? "") required")
                }
            }
        }
    }

    @Test(arguments: seeds) func errors(seed: String) throws {
        let (spec, expected) = try Self.load(seed)
        let wanted = try #require(expected["errors"] as? [[String: Any]])
        #expect(spec.errors.count == wanted.count)
        for (i, (got, want)) in zip(spec.errors, wanted).enumerated() {
            #expect(got.http == want["http"] as? Int, "row \(i + 1) http")
            #expect(got.code == want["code"] as? String, "row \(i + 1) code")
            #expect(got.message.map(CellText.collapsed) == (want["message"] as? String).map(CellText.collapsed), "row \(i + 1) message")
            #expect(got.description.map(CellText.collapsed) == (want["description"] as? String).map(CellText.collapsed), "row \(i + 1) description")
        }
    }

    @Test(arguments: seeds) func responseFields(seed: String) throws {
        let (spec, expected) = try Self.load(seed)
        #expect(spec.responseFields.map(\.name) == expected["responseFields"] as? [String])
    }

    /// The constraint facts come from `ConstraintExtractor`, written in parallel on another branch; while this
    /// branch still has its stub (which finds nothing), the mismatches are a known issue.
    @Test(arguments: seeds) func constraints(seed: String) throws {
        let (spec, expected) = try Self.load(seed)
        let wanted = try #require(expected["constraints"] as? [[String: Any]])
        let extractorIsStub = ConstraintExtractor(knownParameters: []).extract(
            from: "长度为2~128个字符。", parameter: "Name", type: .string, isRepeatList: false).constraints.isEmpty
        let check = {
            for c in wanted {
                let path = (c["parameter"] as? String ?? "").split(separator: ".").map(String.init)
                let key = c["key"] as? String ?? ""
                let got = Self.parameter(path, in: spec.parameters).flatMap { Self.constraintValue(key, of: $0.constraints) }
                #expect(got == Self.canonical(c["value"]), "\(path.joined(separator: ".")).\(key)")
            }
        }
        if extractorIsStub {
            withKnownIssue("ConstraintExtractor is still a stub on this branch", isIntermittent: true) { check() }
        } else {
            check()
        }
    }

    static func parameter(_ path: [String], in params: [Parameter]) -> Parameter? {
        guard let first = path.first, let p = params.first(where: { $0.name == first }) else { return nil }
        return path.count == 1 ? p : parameter(Array(path.dropFirst()), in: p.children ?? [])
    }

    /// A comparable text form of a constraint value (lists sorted, as compare_expected.py compares them). Both
    /// sides go through JSONSerialization, so numbers and booleans print the same way.
    static func constraintValue(_ key: String, of c: Constraints) -> String? {
        guard let data = try? JSONEncoder().encode(c),
              let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else { return nil }
        return canonical(object[key])
    }

    static func canonical(_ value: Any?) -> String? {
        switch value {
        case nil: return nil
        case let list as [Any]: return list.map { "\($0)" }.sorted().joined(separator: ",")
        case let n as NSNumber: return n.stringValue
        case let s as String: return s
        default: return "\(value!)"
        }
    }
}
