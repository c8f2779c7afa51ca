import Foundation
import Testing
@testable import DocGenCore

@Suite struct SpecJSONTests {
    func sampleSpec() -> OperationSpec {
        var spec = OperationSpec(
            vendor: "acme", product: "box", apiVersion: "2020-01-01", action: "MakeBox", language: "en",
            source: SourceInfo(file: "MakeBox.md", sha256: "00", format: "markdown")
        )
        var size = Parameter(name: "Size", type: .integer, required: true, line: 3)
        size.constraints.minimum = 1
        size.constraints.maximum = SpecNumber(2.5)
        size.constraints.default = .bool(false)
        spec.parameters = [size]
        spec.errors = [ErrorCode(http: nil, code: "Box.Full", message: nil, description: nil, line: 9)]
        return spec
    }

    @Test func encodingIsDeterministicSortedAndEndsWithNewline() throws {
        let a = try SpecJSON.encode(sampleSpec())
        let b = try SpecJSON.encode(sampleSpec())
        #expect(a == b)
        let text = String(decoding: a, as: UTF8.self)
        #expect(text.hasSuffix("}\n"))
        #expect(text.range(of: "\"action\"")!.lowerBound < text.range(of: "\"vendor\"")!.lowerBound)
    }

    @Test func wholeNumbersAreIntegersAndNullsAreKeptForErrors() throws {
        let text = String(decoding: try SpecJSON.encode(sampleSpec()), as: UTF8.self)
        #expect(text.contains("\"minimum\": 1\n"))
        #expect(text.contains("\"maximum\": 2.5"))
        #expect(text.contains("\"http\": null"))
        #expect(text.contains("\"description\": null"))
        #expect(text.contains("\"changeHistory\": [],"))
    }

    @Test func roundTrips() throws {
        let spec = sampleSpec()
        let back = try SpecJSON.decode(OperationSpec.self, from: SpecJSON.encode(spec))
        #expect(back == spec)
    }

    @Test func sha256MatchesKnownVector() {
        #expect(SHA256.hex(Data("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(SHA256.hex(Data()) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
    }
}
