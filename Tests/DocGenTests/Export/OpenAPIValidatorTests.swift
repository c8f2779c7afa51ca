import DocGenSpec
import DocGenExport
import Foundation
import Testing

/// python3 with openapi-spec-validator (`pip install openapi-spec-validator==0.9.0`), used as CI's validator.
enum OpenAPISpecValidator {
    static let script = SharedData.repoRoot.appendingPathComponent("scripts/validate-openapi.py")

    static let isAvailable: Bool = {
        (try? run(["-c", "import openapi_spec_validator"]).status) == 0
    }()

    static let skipMessage = "python3 with openapi-spec-validator is absent (pip install openapi-spec-validator==0.9.0): skipped"

    static func run(_ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3"] + arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}

@Suite("OpenAPI export validates with openapi-spec-validator")
struct OpenAPIValidatorTests {
    @Test(.enabled(if: OpenAPISpecValidator.isAvailable, "\(OpenAPISpecValidator.skipMessage)"))
    func seedSpecsAndFixturesExportToValidDocuments() throws {
        let specs = try SpecStore(root: SharedData.repoRoot.appendingPathComponent("specs")).currentSpecs()
        #expect(specs.count >= 4)
        let fixtures = [ExportFixtures.alibaba, ExportFixtures.alibabaSecond, ExportFixtures.tencent]
        let out = try TemporaryFolder.make("openapi-validate")
        defer { TemporaryFolder.remove(out) }
        var paths: [String] = []
        for (prefix, set) in [("seed-", specs), ("fixture-", fixtures)] {
            for (name, data) in try OpenAPIExport.files(for: set) {
                let url = out.appendingPathComponent(prefix + name)
                try data.write(to: url)
                paths.append(url.path)
            }
        }
        let result = try OpenAPISpecValidator.run([OpenAPISpecValidator.script.path] + paths.sorted())
        #expect(result.status == 0, "\(result.output)")
        #expect(result.output.contains("\(paths.count) valid, 0 invalid"), "\(result.output)")
    }

    @Test(.enabled(if: OpenAPISpecValidator.isAvailable, "\(OpenAPISpecValidator.skipMessage)"))
    func theValidatorRejectsABrokenDocument() throws {
        let out = try TemporaryFolder.make("openapi-invalid")
        defer { TemporaryFolder.remove(out) }
        let url = out.appendingPathComponent("broken.openapi.json")
        try Data(#"{"openapi": "3.1.0", "info": {"title": "x"}, "paths": {"nopath": {}}}"#.utf8).write(to: url)
        let result = try OpenAPISpecValidator.run([OpenAPISpecValidator.script.path, url.path])
        #expect(result.status == 1, "\(result.output)")
    }
}
