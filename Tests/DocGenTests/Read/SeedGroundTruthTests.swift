import Foundation
import Testing
@testable import DocGenSpec
@testable import DocGenReading
@testable import DocGenDiff
@testable import DocGenGeneration
@testable import DocGenErrorTables
@testable import DocGenCommandLine

/// All five seeds, ingested the way the repo's specs/ are made (`docgen ingest ../shared/seeds --sources
/// seeds.sources.json`), against the facts in groundtruth/expected: identity, every parameter (name, type, required,
/// children, no extras), every error row in order, the response fields and the listed constraints.
@Suite("Seeds against ground truth", .enabled(if: SharedData.isAvailable, Comment(rawValue: SharedData.skipMessage)))
struct SeedGroundTruthTests {
    static let seeds = ["000_586fe4a3e4020892", "001_475ded7e76a8f7c4", "002_37d75a7e0976733f",
                        "003_0b4e5461a3159334", "004_12470fbeab10b3a8"]

    /// The files the seeds ingest into (relative path -> bytes), made once for the suite in a folder removed after.
    static let ingested: Result<[String: Data], Error> = Result {
        let out = try TemporaryFolder.make("seed-specs")
        defer { TemporaryFolder.remove(out) }
        let seedFolder = try #require(SharedData.url("seeds"))
        let sources = SharedData.repoRoot.appendingPathComponent("seeds.sources.json").path
        let code = try IngestCommandLine.run([seedFolder.path, "--out", out.path, "--sources", sources, "--quiet"],
                                             printOut: { _ in }, printErr: { _ in })
        #expect(code == 0)
        let store = SpecStore(root: out)
        var files: [String: Data] = [:]
        for file in store.allSpecFiles() {
            files[file] = try Data(contentsOf: out.appendingPathComponent(file))
        }
        return files
    }

    static func load(_ seed: String) throws -> (spec: OperationSpec, expected: [String: Any]) {
        let specs = try ingested.get().values.map { try SpecJSON.decode(OperationSpec.self, from: $0) }
        let spec = try #require(specs.first { $0.source.file == "\(seed).txt" }, "no spec for \(seed)")
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
        #expect(!spec.diagnostics.contains { $0.severity != .info }, "\(spec.diagnostics.filter { $0.severity != .info })")
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

    @Test(arguments: seeds) func constraints(seed: String) throws {
        let (spec, expected) = try Self.load(seed)
        let wanted = try #require(expected["constraints"] as? [[String: Any]])
        for c in wanted {
            let path = (c["parameter"] as? String ?? "").split(separator: ".").map(String.init)
            let key = c["key"] as? String ?? ""
            let got = Self.parameter(path, in: spec.parameters).flatMap { Self.constraintValue(key, of: $0.constraints) }
            #expect(got == Self.canonical(c["value"]), "\(path.joined(separator: ".")).\(key)")
        }
    }

    /// specs/ in the repo is docgen's own output for the seeds: ingesting them again must give the same bytes.
    @Test func committedSpecsAreWhatIngestWrites() throws {
        let ingested = try Self.ingested.get()
        let committed = SpecStore(root: SharedData.repoRoot.appendingPathComponent("specs"))
        #expect(ingested.keys.sorted() == committed.allSpecFiles())
        for (file, fresh) in ingested.sorted(by: { $0.key < $1.key }) {
            let repo = try Data(contentsOf: committed.root.appendingPathComponent(file))
            #expect(fresh == repo, "specs/\(file) differs from what docgen ingest writes: regenerate it")
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
