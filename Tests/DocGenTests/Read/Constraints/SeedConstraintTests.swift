import Foundation
import Testing
@testable import DocGenSpec
@testable import DocGenReading
@testable import DocGenDiff
@testable import DocGenGeneration
@testable import DocGenErrorTables
@testable import DocGenCommandLine

/// Runs the extractor over the request parameters cut from the five seed pages and checks every constraint that
/// groundtruth/expected lists. The seeds and the expected facts are read from ../shared at test time.
@Suite("Constraint extractor on the seed pages", .enabled(if: SharedData.isAvailable, "../shared is absent: seed checks skipped"))
struct SeedConstraintTests {
    struct ExpectedFile: Decodable {
        let seed: String
        let constraints: [ExpectedConstraint]
    }

    struct ExpectedConstraint: Decodable {
        let parameter: String
        let key: String
        let value: JSONValue
    }

    enum JSONValue: Decodable, Equatable {
        case bool(Bool), number(Double), string(String), list([String])

        init(from decoder: Decoder) throws {
            let c = try decoder.singleValueContainer()
            if let b = try? c.decode(Bool.self) { self = .bool(b) }
            else if let n = try? c.decode(Double.self) { self = .number(n) }
            else if let s = try? c.decode(String.self) { self = .string(s) }
            else { self = .list(try c.decode([String].self)) }
        }
    }

    static let seedNames = ["000_586fe4a3e4020892", "001_475ded7e76a8f7c4", "002_37d75a7e0976733f",
                            "003_0b4e5461a3159334", "004_12470fbeab10b3a8"]

    /// What the builder will do: extract per row, then move a child's N range to its parent list.
    static func extractAll(_ rows: [SeedParameterRow]) -> [String: ExtractedConstraints] {
        let extractor = ConstraintExtractor(knownParameters: Set(rows.map(\.path)))
        var byPath: [String: ExtractedConstraints] = [:]
        for row in rows where byPath[row.path] == nil {
            byPath[row.path] = extractor.extract(
                from: row.description, parameter: row.path, type: row.type, isRepeatList: row.isRepeatList)
        }
        for (path, extracted) in byPath where path.contains(".") {
            let parent = String(path.prefix(while: { $0 != "." }))
            if let maxItems = extracted.constraints.maxItems { byPath[parent, default: ExtractedConstraints()].constraints.maxItems = maxItems }
            if let minItems = extracted.constraints.minItems { byPath[parent, default: ExtractedConstraints()].constraints.minItems = minItems }
        }
        return byPath
    }

    static func actual(_ c: Constraints, _ key: String) -> JSONValue? {
        switch key {
        case "minLength": return c.minLength.map { .number(Double($0)) }
        case "maxLength": return c.maxLength.map { .number(Double($0)) }
        case "minItems": return c.minItems.map { .number(Double($0)) }
        case "maxItems": return c.maxItems.map { .number(Double($0)) }
        case "minimum": return c.minimum.map { .number($0.value) }
        case "maximum": return c.maximum.map { .number($0.value) }
        case "enum": return c.enum.map { .list($0.sorted()) }
        case "forbiddenPrefixes": return c.forbiddenPrefixes.map { .list($0.sorted()) }
        case "forbiddenSubstrings": return c.forbiddenSubstrings.map { .list($0.sorted()) }
        case "mutuallyExclusiveWith": return c.mutuallyExclusiveWith.map { .list($0.sorted()) }
        case "dependsOn": return c.dependsOn.map { .list($0.sorted()) }
        case "deprecated": return c.deprecated.map { .bool($0) }
        case "internal": return c.internal.map { .bool($0) }
        case "mustStartWith": return c.mustStartWith.map { .string($0) }
        case "charset": return c.charset.map { .string($0) }
        case "default":
            switch c.default {
            case .bool(let b): return .bool(b)
            case .number(let n): return .number(n.value)
            case .string(let s): return .string(s)
            case nil: return nil
            }
        default: return nil
        }
    }

    static func sorted(_ v: JSONValue) -> JSONValue {
        if case .list(let l) = v { return .list(l.sorted()) }
        return v
    }

    @Test("every expected constraint of the seeds is found", arguments: seedNames)
    func expectedConstraintsAreFound(seed: String) throws {
        let page = try String(contentsOf: #require(SharedData.url("seeds/\(seed).txt")), encoding: .utf8)
        let expected = try JSONDecoder().decode(
            ExpectedFile.self, from: Data(contentsOf: #require(SharedData.url("groundtruth/expected/\(seed).json"))))
        let rows = SeedParameterRows.read(page)
        #expect(!rows.isEmpty, "no parameter rows cut from \(seed)")
        let found = Self.extractAll(rows)
        for c in expected.constraints {
            let got = found[c.parameter].flatMap { Self.actual($0.constraints, c.key) }
            #expect(got == Self.sorted(c.value), "\(seed) \(c.parameter).\(c.key)")
        }
    }

    @Test("every value found on a seed keeps a source sentence from its description", arguments: seedNames)
    func sourcesComeFromTheDescription(seed: String) throws {
        let page = try String(contentsOf: #require(SharedData.url("seeds/\(seed).txt")), encoding: .utf8)
        let rows = SeedParameterRows.read(page)
        let extractor = ConstraintExtractor(knownParameters: Set(rows.map(\.path)))
        for row in rows {
            let result = extractor.extract(from: row.description, parameter: row.path, type: row.type, isRepeatList: row.isRepeatList)
            #expect(Set(result.sources.keys) == Set(result.constraints.setKeys), "\(seed) \(row.path)")
            for (key, source) in result.sources {
                for sentence in source.components(separatedBy: "\n") {
                    #expect(row.description.contains(sentence), "\(seed) \(row.path).\(key): \(sentence)")
                }
            }
        }
    }
}
