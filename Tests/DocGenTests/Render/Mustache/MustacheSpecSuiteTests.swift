import Foundation
import Testing
@testable import DocGenSpec
@testable import DocGenReading
@testable import DocGenDiff
@testable import DocGenGeneration
@testable import DocGenErrorTables
@testable import DocGenCommandLine

/// Runs the official Mustache spec suite from `../shared/mustache-spec` (never copied into the repo).
enum MustacheSpecFolder {
    static let url: URL? = SharedData.url("mustache-spec").flatMap {
        FileManager.default.fileExists(atPath: $0.path) ? $0 : nil
    }
}

@Suite(.enabled(if: MustacheSpecFolder.url != nil, "../shared/mustache-spec is absent: spec suite skipped"))
struct MustacheSpecSuiteTests {
    struct SpecFile: Decodable {
        let tests: [SpecCase]
    }

    struct SpecCase: Decodable {
        let name: String
        let data: MustacheValue
        let template: String
        let expected: String
        let partials: [String: String]?
    }

    struct ModuleResult {
        var passed = 0
        var failures: [String] = []
    }

    static func run(module: String) throws -> ModuleResult {
        let url = try #require(MustacheSpecFolder.url).appendingPathComponent("\(module).json")
        let file = try JSONDecoder().decode(SpecFile.self, from: Data(contentsOf: url))
        var result = ModuleResult()
        for test in file.tests {
            do {
                let template = try MustacheTemplate(source: test.template, name: test.name)
                let output = try template.render(test.data, partials: DictionaryPartials(test.partials ?? [:]))
                if output == test.expected {
                    result.passed += 1
                } else {
                    result.failures.append("\(test.name): expected \(test.expected.debugDescription), got \(output.debugDescription)")
                }
            } catch {
                result.failures.append("\(test.name): threw \(error)")
            }
        }
        print("\(module): \(result.passed) passed, \(result.failures.count) failed")
        for failure in result.failures { print("  FAIL \(failure)") }
        return result
    }

    static let coreModules = ["comments", "delimiters", "interpolation", "inverted", "partials", "sections"]

    @Test func coreModulesPassCompletely() throws {
        var passed = 0
        var failed = 0
        for module in Self.coreModules {
            let result = try Self.run(module: module)
            passed += result.passed
            failed += result.failures.count
            #expect(result.failures.isEmpty, "\(module): \(result.failures.joined(separator: "\n"))")
        }
        print("core: \(passed) passed, \(failed) failed")
        #expect(passed == 136)
    }

    @Test func inheritanceModule() throws {
        let result = try Self.run(module: "~inheritance")
        #expect(result.failures.isEmpty, "\(result.failures.joined(separator: "\n"))")
        #expect(result.passed == 27)
    }
}
