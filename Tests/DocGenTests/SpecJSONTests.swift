import Foundation
import Testing
@testable import DocGenSpec
@testable import DocGenReading
@testable import DocGenDiff
@testable import DocGenGeneration
@testable import DocGenErrorTables
@testable import DocGenCommandLine

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

    /// Every field set, with the strings and numbers where a hand-written writer could part from Foundation's.
    func awkwardSpec() -> OperationSpec {
        let control = String(String.UnicodeScalarView((0..<0x20).map { Unicode.Scalar($0)! }))
        let tricky = "quote \" backslash \\ slash / del \u{7F} nbsp \u{A0} line \u{2028} emoji 🙂 e\u{301} 中文 " + control
        var spec = sampleSpec()
        spec.title = tricky
        spec.summary = ""
        spec.source.date = "2024-01-02"
        spec.examples = Examples(request: "https://x/?a=1&b=2", responseJSON: "{\"a\": [1, 2]}")
        spec.diagnostics = [Diagnostic(.warning, code: "w", tricky, file: "f.md", line: nil),
                            Diagnostic(.info, code: "i", "m", file: "f.md", line: 7)]
        spec.changeHistory = [PageChange(date: "2020-01-01", summary: tricky, details: ["a", "", tricky], line: 4)]
        spec.rowAccounting = RowAccounting(seen: 3, used: 2, reported: 1)
        spec.http = HTTPBinding(style: "alibaba-roa", method: "PATCH|POST", path: "/a/{Id}?acl", host: "{B}.x.com",
                                contentType: "application/xml", line: 3)
        var child = Parameter(name: "Key", wireName: "Tag.N.Key", type: .string, description: tricky, example: "", line: 5)
        child.constraints.enum = ["a", "B", "", tricky]
        child.constraints.minLength = 0
        child.constraints.maxLength = Int.max
        child.constraints.minimum = SpecNumber(-0.5)
        child.constraints.maximum = SpecNumber(1e21)
        child.constraints.default = .number(SpecNumber(0.1))
        child.constraints.forbiddenPrefixes = ["http://"]
        child.constraints.forbiddenSubstrings = []
        child.constraints.mustStartWith = "letter"
        child.constraints.charset = "ascii"
        child.constraints.deprecated = true
        child.constraints.internal = false
        child.constraints.mutuallyExclusiveWith = ["X"]
        child.constraints.dependsOn = ["Y"]
        child.constraints.minItems = 1
        child.constraints.maxItems = 20
        // Kinds without a tricky value above get one of their shape, so a kind added to the vocabulary is covered too.
        for kind in ConstraintKind.allCases where child.constraints[kind] == nil {
            switch kind.shape {
            case .count: child.constraints[kind] = .count(7)
            case .number: child.constraints[kind] = .number(SpecNumber(0.25))
            case .names: child.constraints[kind] = .names([tricky, "-"])
            case .scalar: child.constraints[kind] = .scalar(.string(tricky))
            case .word: child.constraints[kind] = .word(tricky)
            case .flag: child.constraints[kind] = .flag(false)
            }
        }
        // Keys whose UTF-8 order differs from a locale's or a case-insensitive order.
        child.constraintSources = ["enum": tricky, "B": "1", "a": "2", "_": "3", "é": "4", "Z10": "5", "Z9": "6", "": "7", "aa": "8"]
        var tag = Parameter(name: "Tag", wireName: "Tag.N", type: .array, items: Items(type: .object, typeName: "Tag"),
                            children: [child], common: true, line: 4)
        tag.constraints.default = .string(tricky)
        var small = Parameter(name: "Small", type: .double, line: 6, location: .header, timeFormat: .unixMilliseconds)
        small.constraints.minimum = SpecNumber(1e-7)
        small.constraints.maximum = SpecNumber(-3)
        small.constraints.default = .number(SpecNumber(2.5))
        spec.parameters += [tag, small, Parameter(name: "Empty", type: .object, children: [], line: 7)]
        spec.responseFields = [ResponseField(name: "Items", type: .array, items: Items(type: .string),
                                             children: [ResponseField(name: "Id", type: .long, example: tricky, line: 9, timeFormat: .iso8601Minutes)],
                                             description: tricky, line: 8)]
        spec.errors.append(ErrorCode(http: 404, code: tricky, message: "", description: "d", line: 10))
        return spec
    }

    @Test func directWriterGivesFoundationsBytes() throws {
        for spec in [sampleSpec(), awkwardSpec(), OperationSpec(vendor: "", product: "", apiVersion: "", action: "", language: "",
                                                                source: SourceInfo(file: "", sha256: "", format: ""))] {
            let direct = try SpecJSONWriter.encode(spec)
            let reference = try SpecJSON.encodeWithFoundation(spec)
            #expect(Data(direct) == reference, "\(String(decoding: direct, as: UTF8.self))")
            #expect(try SpecJSON.encode(spec) == reference)
        }
        // Top-level fragments, empty containers, a dictionary, optionals and floating-point spellings.
        func same<T: Encodable>(_ value: T) throws {
            #expect(Data(try SpecJSONWriter.encode(value)) == (try SpecJSON.encodeWithFoundation(value)), "\(value)")
        }
        try same("a\u{0}b")
        try same(42)
        try same(true)
        try same([Int]())
        try same([String: Int]())
        try same(["b": [1, 2], "a": [], "c": [3]])
        try same([1.0, 0.5, -2.0, 1e-7, 1e300, 123456789.125, Double.leastNonzeroMagnitude])
        try same([Float(1.5), Float(3)])
        try same([Int?.none, 1, nil])
        try same([[String: String?]]([["x": nil, "y": "z"]]))
        try same([UInt8.max, 0])
        try same([Int64.min, Int64.max])
    }

    @Test func aSpecWithANonFiniteNumberIsRefusedLikeFoundationRefusesIt() {
        var spec = awkwardSpec()
        spec.parameters[0].constraints.maximum = SpecNumber(Double.nan)
        #expect(throws: (any Error).self) { try SpecJSON.encodeWithFoundation(spec) }
        #expect(throws: EncodingError.self) { try SpecJSON.encode(spec) }
    }

    /// Every stored property of every spec type must be set (not nil, not empty) somewhere in `awkwardSpec`, so that
    /// the comparison with Foundation's bytes covers a field added later.
    @Test func awkwardSpecSetsEveryField() {
        var set: [String: Bool] = [:]
        func walk(_ value: Any, owner: String?, label: String?) {
            let mirror = Mirror(reflecting: value)
            if let owner, let label {
                let key = "\(owner).\(label)"
                var isSet = true
                if mirror.displayStyle == .optional { isSet = mirror.children.first != nil }
                if mirror.displayStyle == .collection || mirror.displayStyle == .dictionary { isSet = !mirror.children.isEmpty }
                set[key] = (set[key] ?? false) || isSet
            }
            if mirror.displayStyle == .optional {
                if let wrapped = mirror.children.first { walk(wrapped.value, owner: nil, label: nil) }
                return
            }
            let typeName = String(describing: type(of: value))
            let isModel = mirror.displayStyle == .struct && !["String", "Int", "Double", "Bool"].contains(typeName)
            for child in mirror.children {
                walk(child.value, owner: isModel ? typeName : nil, label: isModel ? child.label : nil)
            }
        }
        walk(awkwardSpec(), owner: nil, label: nil)
        // Constraints keep their values keyed by kind: every kind must be set on some parameter.
        func kinds(_ parameters: [Parameter]) -> Set<ConstraintKind> {
            parameters.reduce(into: Set<ConstraintKind>()) { $0.formUnion($1.constraints.setKinds); $0.formUnion(kinds($1.children ?? [])) }
        }
        let unsetKinds = Set(ConstraintKind.allCases).subtracting(kinds(awkwardSpec().parameters))
        #expect(unsetKinds.isEmpty, "constraint kinds never set in awkwardSpec: \(unsetKinds)")
        let unset = set.filter { !$0.value }.keys.sorted()
        #expect(unset.isEmpty, "fields never set in awkwardSpec (set them in awkwardSpec): \(unset)")
        #expect(set.count > 40)
    }

    @Test func typesFoundationSpecialCasesAreWrittenAsItsDefaultStrategiesWriteThem() throws {
        struct Special: Encodable {
            var when = Date(timeIntervalSinceReferenceDate: 12.5)
            var blob = Data([1, 2, 3])
            var link = URL(string: "https://example.com/a?b=c")!
            var amount = Decimal(string: "12.75")!
        }
        #expect(try SpecJSON.encode(Special()) == (try SpecJSON.encodeWithFoundation(Special())))
        #expect(throws: EncodingError.self) { try SpecJSON.encode([Double.nan]) }
        #expect(throws: EncodingError.self) { try SpecJSON.encode([Double.infinity]) }
    }

    @Test func sha256MatchesKnownVector() {
        #expect(SHA256.hex(Data("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(SHA256.hex(Data()) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(SHA256.hex(Data("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8))
                == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
        #expect(SHA256.hex(Data(repeating: UInt8(ascii: "a"), count: 1_000_000))
                == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    /// Every length around the block and padding boundaries, against the straightforward implementation.
    @Test func sha256MatchesTheTextbookVersion() {
        var generator = SystemRandomNumberGenerator()
        for length in Array(0...200) + [511, 512, 513, 4095, 4096, 4097, 100_003] {
            let data = Data((0..<length).map { _ in UInt8.random(in: 0...255, using: &generator) })
            #expect(SHA256.digest(data) == TextbookSHA256.digest(data), "length \(length)")
            // A slice that does not start at index 0.
            let slice = Data([1, 2, 3] + [UInt8](data)).dropFirst(3)
            #expect(SHA256.digest(slice) == TextbookSHA256.digest(data))
        }
    }
}

/// The first implementation (arrays, bounds checks), kept as the reference for the fast one.
private enum TextbookSHA256 {
    static let k = SHA256.k

    static func digest(_ data: Data) -> [UInt8] {
        var h: [UInt32] = [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19]
        var message = [UInt8](data)
        let bitLength = UInt64(message.count) * 8
        message.append(0x80)
        while message.count % 64 != 56 { message.append(0) }
        for i in (0..<8).reversed() { message.append(UInt8((bitLength >> (UInt64(i) * 8)) & 0xff)) }
        var w = [UInt32](repeating: 0, count: 64)
        for chunk in stride(from: 0, to: message.count, by: 64) {
            for i in 0..<16 {
                let b = chunk + i * 4
                w[i] = UInt32(message[b]) << 24 | UInt32(message[b + 1]) << 16 | UInt32(message[b + 2]) << 8 | UInt32(message[b + 3])
            }
            for i in 16..<64 {
                let s0 = rotr(w[i - 15], 7) ^ rotr(w[i - 15], 18) ^ (w[i - 15] >> 3)
                let s1 = rotr(w[i - 2], 17) ^ rotr(w[i - 2], 19) ^ (w[i - 2] >> 10)
                w[i] = w[i - 16] &+ s0 &+ w[i - 7] &+ s1
            }
            var a = h[0], b = h[1], c = h[2], d = h[3], e = h[4], f = h[5], g = h[6], hh = h[7]
            for i in 0..<64 {
                let s1 = rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)
                let ch = (e & f) ^ (~e & g)
                let t1 = hh &+ s1 &+ ch &+ k[i] &+ w[i]
                let s0 = rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)
                let maj = (a & b) ^ (a & c) ^ (b & c)
                let t2 = s0 &+ maj
                hh = g; g = f; f = e; e = d &+ t1; d = c; c = b; b = a; a = t1 &+ t2
            }
            h[0] &+= a; h[1] &+= b; h[2] &+= c; h[3] &+= d; h[4] &+= e; h[5] &+= f; h[6] &+= g; h[7] &+= hh
        }
        return h.flatMap { v in (0..<4).reversed().map { UInt8((v >> (UInt32($0) * 8)) & 0xff) } }
    }

    static func rotr(_ x: UInt32, _ n: UInt32) -> UInt32 { (x >> n) | (x << (32 - n)) }
}
