@_spi(DocGenGenerated) import DocGenRuntime
import Foundation
import Testing

@Suite struct RuntimeQueryTests {
    struct Tag: RequestModel {
        var key: String?
        var value: String?
        func appendQueryItems(to query: inout QueryItems, prefix: String) {
            query.append(prefix + "Key", key)
            query.append(prefix + "Value", value)
        }
        func collectIssues(into issues: inout ValidationIssues, prefix: String) {
            issues.maxLength(key, 3, parameter: prefix + "Key")
        }
    }

    @Test func alibabaListsAreOneBasedAndObjectsNumbered() {
        var query = QueryItems(listIndexBase: 1)
        query.append("DiskId", ["d-1", "d-2"])
        query.append("Tag", [Tag(key: "k1", value: "v1"), Tag(key: "k2", value: nil)])
        query.append("Absent", String?.none)
        #expect(query.pairs == [
            QueryPair("DiskId.1", "d-1"), QueryPair("DiskId.2", "d-2"),
            QueryPair("Tag.1.Key", "k1"), QueryPair("Tag.1.Value", "v1"), QueryPair("Tag.2.Key", "k2"),
        ])
    }

    @Test func tencentListsAreZeroBased() {
        var query = QueryItems(listIndexBase: 0)
        query.append("DiskIds", ["a", "b"])
        query.append("Limit", 5)
        query.append("Ratio", 2.5)
        query.append("Force", true)
        #expect(query.pairs.map { "\($0.name)=\($0.value)" } == ["DiskIds.0=a", "DiskIds.1=b", "Limit=5", "Ratio=2.5", "Force=true"])
    }

    @Test func percentEncodingKeepsOnlyUnreservedCharacters() {
        var query = QueryItems(listIndexBase: 1)
        query.append("Name", "a b/快~")
        #expect(query.percentEncodedQuery == "Name=a%20b%2F%E5%BF%AB~")
        #expect(query.urlQueryItems == [URLQueryItem(name: "Name", value: "a b/快~")])
    }

    @Test func freeObjectFieldsAreSentInNameOrder() {
        var query = QueryItems(listIndexBase: 0)
        query.append("Tags", [QueryFields(["Value": "v", "Key": "k"])])
        #expect(query.pairs == [QueryPair("Tags.0.Key", "k"), QueryPair("Tags.0.Value", "v")])
    }
}

@Suite struct RuntimeValidationTests {
    @Test func lengthCountsUnicodeScalars() {
        #expect(TextLength.of("快照") == 2)
        #expect(TextLength.of("e\u{301}") == 2)  // one Character, two scalars
        #expect(TextLength.of("🇨🇳") == 2)
        #expect(TextLength.of("😀") == 1)  // two UTF-16 units, one scalar
    }

    @Test func lengthLimitsReportPathRuleAndSentence() {
        var issues = ValidationIssues(listIndexBase: 1)
        issues.maxLength("快照快照", 3, parameter: "Name", documentation: "At most 3 characters.")
        issues.minLength("ab", 2, parameter: "Name")
        issues.minLength(String?.none, 2, parameter: "Missing")
        #expect(issues.issues == [ValidationIssue(parameter: "Name", rule: .maxLength, expected: "at most 3 characters",
                                                  actual: "4 characters", documentation: "At most 3 characters.")])
    }

    @Test func listChecksNumberElementPathsLikeTheWire() {
        var issues = ValidationIssues(listIndexBase: 0)
        issues.maxLength(["ok", "too long"], 3, parameter: "DiskIds")
        issues.maxItems(["a", "b", "c"], 2, parameter: "DiskIds")
        #expect(issues.issues.map(\.parameter) == ["DiskIds.1", "DiskIds"])
        #expect(issues.issues.map(\.rule) == [.maxLength, .maxItems])
    }

    @Test func numericRangesAcceptNumbersAndNumericText() {
        var issues = ValidationIssues(listIndexBase: 1)
        issues.minimum(0, 1, parameter: "A")
        issues.maximum(65536, 65536, parameter: "B")
        issues.maximum("70000", 65536, parameter: "C")
        issues.minimum("many", 1, parameter: "D")
        issues.maximum("many", 9, parameter: "D")
        #expect(issues.issues.map(\.parameter) == ["A", "C", "D"])
        #expect(issues.issues.map(\.rule) == [.minimum, .maximum, .notANumber])
    }

    @Test func textContentRules() {
        var issues = ValidationIssues(listIndexBase: 1)
        issues.allowedValues("Premium", ["Standard", "Flash"], parameter: "Category")
        issues.allowedValues(true, ["true", "false"], parameter: "Flag")
        issues.forbiddenPrefixes("https://x", ["http://", "https://"], parameter: "Name")
        issues.forbiddenSubstrings("a..b", [".."], parameter: "Path")
        issues.mustStartWith("1abc", .letter, parameter: "Start")
        issues.mustStartWith("快照", .letterOrCJK, parameter: "StartCJK")
        issues.mustStartWith("快照", .letter, parameter: "StartLetter")
        issues.charset("abc中", .ascii, parameter: "Ascii")
        #expect(issues.issues.map(\.parameter) == ["Category", "Name", "Path", "Start", "StartLetter", "Ascii"])
        #expect(issues.issues[1].expected == "not starting with \"https://\"")
    }

    @Test func betweenParameterRules() {
        var issues = ValidationIssues(listIndexBase: 1)
        issues.mutuallyExclusive(parameter: "A", isSet: Presence.of("x"), other: "B", otherIsSet: Presence.of(1))
        issues.mutuallyExclusive(parameter: "C", isSet: true, other: "D", otherIsSet: Presence.of([String]()))
        issues.dependsOn(parameter: "E", isSet: true, other: "F", otherIsSet: Presence.of(String?.none))
        issues.dependsOn(parameter: "G", isSet: false, other: "H", otherIsSet: false)
        #expect(issues.issues.map(\.rule) == [.mutuallyExclusiveWith, .dependsOn])
        #expect(issues.issues.map(\.parameter) == ["A", "E"])
    }

    @Test func validationErrorListsEveryIssue() {
        let error = ValidationError(issues: [
            ValidationIssue(parameter: "A", rule: .minLength, expected: "at least 2 characters", actual: "1 character"),
            ValidationIssue(parameter: "B", rule: .maximum, expected: "at most 5", actual: "6", documentation: "Up to 5."),
        ])
        #expect(error.description == """
        2 invalid values:
          A: expected at least 2 characters, got 1 character [minLength]
          B: expected at most 5, got 6 [maximum] (documentation: "Up to 5.")
        """)
    }
}

@Suite struct RuntimeResponseTests {
    struct Code: ServiceErrorCode {
        let code: String
        init(code: String) { self.code = code }
        static let documented = ["Known.Code": ErrorCodeInfo(httpStatuses: [404], messages: ["Gone."])]
    }

    struct Body: Decodable, Sendable {
        var count: Int?
        var name: String?
        var ids: [String]?
        enum CodingKeys: String, CodingKey { case count = "Count", name = "Name", ids = "Ids" }
        init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            count = try c.lenientScalar(Int.self, forKey: .count)
            name = try c.lenientScalar(String.self, forKey: .name)
            ids = try c.lenientScalarList(String.self, forKey: .ids)
        }
    }

    @Test func undocumentedCodesDecodeAndKnownOnesCarryInfo() throws {
        let codes = try JSONDecoder().decode([Code].self, from: Data(#"["Known.Code", "Brand.New"]"#.utf8))
        #expect(codes[0].info?.httpStatuses == [404])
        #expect(codes[1].code == "Brand.New" && !codes[1].isDocumented)
        #expect(String(decoding: try JSONEncoder().encode(codes[1]), as: UTF8.self) == #""Brand.New""#)
    }

    @Test func errorBodiesOfBothVendors() throws {
        let alibaba = try JSONDecoder().decode(ServiceErrorResponse<Code>.self, from: Data(#"{"RequestId":"r1","Code":"Known.Code","Message":"Gone."}"#.utf8))
        #expect(alibaba.code.code == "Known.Code" && alibaba.requestID == "r1")
        let tencent = try JSONDecoder().decode(ServiceErrorResponse<Code>.self, from: Data(#"{"Response":{"Error":{"Code":"X.Y","Message":"m"},"RequestId":"r2"}}"#.utf8))
        #expect(tencent.code.code == "X.Y" && tencent.message == "m" && tencent.requestID == "r2")
    }

    @Test func responsesToleratePagesThatDisagreeWithTheirBodies() throws {
        let body = try ResponseDecoding.decode(Body.self, from: Data(#"{"Count":"5","Name":12,"Ids":{"Id":["a","b"]}}"#.utf8), style: .alibabaRPC)
        #expect(body.count == 5 && body.name == "12" && body.ids == ["a", "b"])
        let wrapped = try ResponseDecoding.decode(Body.self, from: Data(#"{"Response":{"Count":1,"Ids":"x"}}"#.utf8), style: .tencent)
        #expect(wrapped.count == 1 && wrapped.ids == ["x"])
    }
}
