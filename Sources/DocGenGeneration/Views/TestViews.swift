import DocGenSpec

/// View model of `OperationTests.swift.mustache`: the generated tests of one operation.
public struct OperationTestsView: Encodable, Sendable {
    public var headerLines: [String]
    public var moduleName: String
    public var suiteName: String
    public var operationName: String
    /// Module-qualified (`AlibabaEcs.CreateSnapshot.Request`): an operation may share its name with a type of
    /// Foundation or Testing (`Tag`), which the tests import too.
    public var requestType: String
    public var operationReference: String
    public var errorTypeReference: String
    /// False when no valid request could be built (then only the error tests are generated).
    public var hasExample: Bool
    public var exampleArguments: [ExampleArgumentView]
    /// Why an example value of the page was not used (it breaks a documented limit, or cannot be read as its type).
    public var exampleNotes: [String]
    public var expectedQuery: [QueryPairView]
    public var limitCases: [LimitCaseView]
    /// The limit cases as data: the lines of a JSON array of `[name, wire path, rule, fails]` rows, the text of a raw
    /// multi-line string literal that `LimitProbe.table(json:)` decodes.
    public var limitTableLines: [String] = []
    /// The `#`s delimiting that raw literal.
    public var limitTableHashes: String = "#"
    public var hasLimitCases: Bool
    public var errorCodes: [ErrorRoundTripView]
    public var hasErrorCodes: Bool
    public var responseExample: ResponseExampleView?
    public var responseNotes: [String]
    /// Page examples that break their own documented limits: the tests expect validation to report each, instead of
    /// the passing example quietly leaving them out.
    public var rejectedExamples: [RejectedExampleView] = []
}

public struct RejectedExampleView: Encodable, Sendable {
    public var testName: String
    public var commentLines: [String]
    public var storageName: String
    public var value: String
    public var wireKeyLiteral: String
}

public struct ExampleArgumentView: Encodable, Sendable {
    public var name: String
    public var value: String
    public var isLast: Bool
}

public struct QueryPairView: Encodable, Sendable {
    public var nameLiteral: String
    public var valueLiteral: String
}

/// One limit probe: start from the example request, change some stored properties (one `case` of the generated
/// `change(_:for:)` switch, keyed by `testName`), and expect the rule to fire (or not) for the parameter path.
public struct LimitCaseView: Encodable, Sendable {
    public var testName: String
    public var commentLines: [String]
    public var assignments: [AssignmentView]
    public var hasAssignments: Bool
    public var pathLiteral: String
    public var rule: String
    public var fails: Bool
}

public struct AssignmentView: Encodable, Sendable {
    public var storageName: String
    public var value: String
}

public struct ErrorRoundTripView: Encodable, Sendable {
    public var memberName: String
    public var codeLiteral: String
    /// The code as a JSON document (`"\"X.Y\""` as a Swift literal).
    public var jsonLiteral: String
}

public struct ResponseExampleView: Encodable, Sendable {
    public var bodyLiteral: String
    public var checks: [ResponseCheckView]
    public var hasChecks: Bool
    /// String literals of the example's keys that the response table does not list (strict decoding's paths).
    public var undocumentedKeyLiterals: [String]
    public var hasUndocumentedKeys: Bool
}

public struct ResponseCheckView: Encodable, Sendable {
    public var name: String
    public var valueLiteral: String
}
