// Written by scripts/embed-templates.sh from Templates/*.mustache; do not edit by hand.
// BuiltInTemplatesTests checks that this file and Templates/ agree.

enum BuiltInTemplates {
    /// Template name (file name without `.mustache`) → source.
    static let sources: [String: String] = [
        "Client.swift": ###"""
{{> Header}}

import DocGenRuntime
import Foundation

{{> DocComment}}
{{access}} struct {{clientTypeName}}: Sendable {
    /// The product, its API version and how its requests are signed.
    {{access}} static let service = {{{serviceExpression}}}

    /// The core that signs, sends, retries and decodes for every operation.
    {{access}} let core: ServiceClient

    /// Makes a client of one region.
    ///
    /// - Parameters:
    ///   - region: The region to call (`{{{exampleRegionLiteral}}}`); it picks the endpoint and is signed into every request.
    ///   - credentials: nil reads the vendor's environment variables, then its CLI configuration file.
    ///   - endpoint: Overrides the endpoint the pages state or the vendor's convention gives (a test server, a private endpoint).
    {{#selectsSignature}}
    ///   - signature: How RPC-style operations are signed: ACS3-HMAC-SHA256 (the vendor's recommendation) or the classic HMAC-SHA1 query signature; REST operations always use ACS3.
    {{/selectsSignature}}
    ///   - transport: What sends the requests; `ScriptedTransport` in tests.
    ///   - retryPolicy: How throttled and failed requests are retried.
    ///   - validatesRequests: Whether a request that breaks a documented limit throws `ValidationError` before anything is sent.
    ///   - decodingMode: `.lenient` reads what it can; `.strict` throws for a field of the wrong type.
    ///   - environment: The clock and nonce source of the signatures.
    {{access}} init(
        region: String,
        credentials: (any CredentialsProvider)? = nil,
        endpoint: Endpoint? = nil,
        {{#selectsSignature}}
        signature: ServiceDescriptor.AlibabaSignature = .acs3HMACSHA256,
        {{/selectsSignature}}
        transport: any Transport = URLSessionTransport(),
        retryPolicy: RetryPolicy = .standard,
        validatesRequests: Bool = true,
        decodingMode: DecodingMode = .lenient,
        environment: RequestEnvironment = .live
    ) {
        core = ServiceClient(
            service: Self.service{{#selectsSignature}}.signed(with: signature){{/selectsSignature}}, region: region, credentials: credentials, endpoint: endpoint,
            transport: transport, retryPolicy: retryPolicy, validatesRequests: validatesRequests,
            decodingMode: decodingMode, environment: environment
        )
    }
    {{#operations}}

    {{> DocComment}}
    {{access}} func {{methodName}}(_ request: {{operationName}}.Request) async throws -> {{operationName}}.Response {
        try await core.send(request, binding: {{operationName}}.binding)
    }
    {{#paginationKind}}

    {{#pagesDocLines}}
    ///{{#.}} {{{.}}}{{/.}}
    {{/pagesDocLines}}
    {{access}} func {{pagesMethodName}}(_ request: {{operationName}}.Request) -> Paginator<{{operationName}}.Request> {
        core.paginate(request, binding: {{operationName}}.binding, strategy: {{operationName}}.pagination)
    }
    {{/paginationKind}}
    {{/operations}}
}
{{#operations}}

extension {{operationName}} {
    /// How `{{operationName}}` goes over HTTP.
    {{access}} static let binding: HTTPBinding = {{{bindingExpression}}}
    {{#paginationKind}}

    /// How `{{operationName}}` pages: the next request from the last one and its response.
    {{access}} static let pagination = PaginationStrategy<Request>.{{paginationKind}}(
        itemCount: { {{{paginationItemCount}}} },
        {{#paginationArguments}}
        {{{text}}}{{^isLast}},{{/isLast}}
        {{/paginationArguments}}
    )
    {{/paginationKind}}
}
{{/operations}}

"""###,
        "ClientTests.swift": ###"""
{{> Header}}

import DocGenRuntime
import Foundation
import Testing
@testable import {{moduleName}}

/// The generated client driven through a scripted transport: nothing leaves the process.
@Suite struct {{suiteName}} {
    static let credentials = StaticCredentialsProvider(Credentials(accessKeyId: "test-key-id", secret: "test-secret"))

    static func client(_ transport: ScriptedTransport) -> {{clientTypeName}} {
        {{clientTypeName}}(
            region: {{{regionLiteral}}}, credentials: credentials, transport: transport, retryPolicy: .none,
            environment: .fixed(Date(timeIntervalSince1970: 1_700_000_000))
        )
    }

    @Test func endpointFollowsTheRegion() {
        let client = Self.client(ScriptedTransport(json: "{}"))
        #expect(client.core.endpoint.host == {{{expectedHostLiteral}}})
    }
    {{#success}}

    @Test func callSignsSendsAndDecodes() async throws {
        let transport = ScriptedTransport(json: {{{bodyLiteral}}})
        _ = try await Self.client(transport).{{methodName}}({{{exampleExpression}}})
        #expect(transport.requests.count == 1)
        let sent = try #require(transport.requests.first)
        #expect(sent.url.host == {{{expectedHostLiteral}}})
        #expect(sent.header({{{actionHeaderLiteral}}}) == {{{actionLiteral}}})
        #expect(sent.header("Authorization") != nil || sent.queryValue("Signature") != nil)
    }
    {{/success}}
    {{#documentedError}}

    @Test func documentedErrorIsThrownTyped() async throws {
        let transport = ScriptedTransport(status: {{status}}, json: {{{bodyLiteral}}})
        let client = Self.client(transport)
        var caughtByName = false
        do {
            _ = try await client.{{methodName}}({{{exampleExpression}}})
        } catch {{errorTypeName}}.{{memberName}} {
            caughtByName = true
        }
        #expect(caughtByName)
        do {
            _ = try await client.{{methodName}}({{{exampleExpression}}})
            Issue.record("expected a ServiceError")
        } catch let error as ServiceError {
            #expect(error.code == {{{codeLiteral}}})
            #expect(error.requestID == "request-2")
            #expect(error.matches({{errorTypeName}}.{{memberName}}))
            #expect(error.code(as: {{errorTypeName}}.self).code == {{{codeLiteral}}})
        }
    }
    {{/documentedError}}
    {{#pagination}}

    @Test func pagesAreFetchedUntilTheLastOne() async throws {
        let transport = ScriptedTransport([
            .respond(HTTPResponse(statusCode: 200, json: {{{firstBodyLiteral}}})),
            .respond(HTTPResponse(statusCode: 200, json: {{{lastBodyLiteral}}})),
        ])
        let pages = try await Self.client(transport).{{pagesMethodName}}({{{exampleExpression}}}).allPages()
        #expect(pages.count == 2)
        #expect(transport.requests.count == 2)
    }
    {{/pagination}}
}
{{#usage}}

/// How to call the API (the README's "Calling the API" example): compiled with these tests, never run, since it
/// calls the live service.
func callingTheAPI() async throws {
    let client = {{clientTypeName}}(region: {{{regionLiteral}}})  // keys from {{{credentialsHint}}}
    do {
        let response = try await client.{{methodName}}(.init(
            {{#arguments}}
            {{name}}: {{{value}}}{{^isLast}},{{/isLast}}
            {{/arguments}}
        ))
        print(response)
    {{#catchMember}}
    } catch {{errorTypeName}}.{{.}} {
        print("documented error: {{.}}")
    {{/catchMember}}
    } catch let error as ServiceError {
        print("\(error.code): \(error.message ?? "") [request \(error.requestID ?? "-")]")
    }
}
{{/usage}}

"""###,
        "DocComment": ###"""
{{#docLines}}
///{{#.}} {{{.}}}{{/.}}
{{/docLines}}

"""###,
        "Errors.swift": ###"""
{{> Header}}

@_spi(DocGenGenerated) import DocGenRuntime

/// Generated code of this docgen needs the runtime's generated-code interface 3; an older runtime fails to compile here.
private typealias RequiredRuntimeInterface = DocGenRuntimeVersion.GeneratedCodeInterface4

{{> DocComment}}
{{access}} struct {{typeName}}: ServiceErrorCode {
    {{access}} let code: String

    {{access}} init(code: String) {
        self.code = code
    }
    {{#codes}}

    {{> DocComment}}
    {{access}} static let {{memberName}} = {{typeName}}(code: {{{codeLiteral}}})
    {{/codes}}

    {{#hasCodes}}
    /// Every documented code with what its pages say, keyed by code (JSON text decoded on first use: a dictionary
    /// literal this size would take the compiler seconds to type-check).
    {{access}} static let documented: [String: ErrorCodeInfo] = ErrorCodeInfo.table(json: {{{documentedTableHashes}}}"""
        {{#documentedTableLines}}
        {{{.}}}
        {{/documentedTableLines}}
        """{{{documentedTableHashes}}})
    {{/hasCodes}}
    {{^hasCodes}}
    {{access}} static let documented: [String: ErrorCodeInfo] = [:]
    {{/hasCodes}}
}

extension {{typeName}} {
    /// Whether `error` is a `ServiceError` whose code is this one or, for a documented placeholder family
    /// (`InvalidParameter.%s`), one of its members. Lets a `catch` name the code:
    ///
    ///     do { … } catch {{typeName}}.someCode { … }
    {{access}} static func ~= (pattern: {{typeName}}, error: any Error) -> Bool {
        if let serviceError = error as? ServiceError { return serviceError.matches(pattern) }
        return (error as? {{typeName}}) == pattern
    }

    /// Whether this code (or placeholder family) matches the code of `error`.
    {{access}} func matches(_ error: ServiceError) -> Bool { error.matches(self) }

    /// Whether this code is a placeholder family (`InvalidParameter.%s`) rather than one code.
    {{access}} var isFamily: Bool { code.contains("%s") || code.contains("%d") || code.contains("*") }
}

"""###,
        "Header": ###"""
{{#headerLines}}
{{{.}}}
{{/headerLines}}

"""###,
        "Operation.swift": ###"""
{{> Header}}

@_spi(DocGenGenerated) import DocGenRuntime
import Foundation

{{> DocComment}}
{{access}} enum {{operationName}} {
    {{access}} static let action = {{{actionLiteral}}}
    {{access}} static let apiVersion = {{{apiVersionLiteral}}}

    /// The error codes the page of this operation documents.
    {{access}} static let documentedErrors: [{{errorTypeName}}] = [
        {{#documentedErrors}}
        .{{memberName}},
        {{/documentedErrors}}
    ]

    {{#request}}
    {{> RequestStruct}}
    {{/request}}

    {{#response}}
    {{> ResponseStruct}}
    {{/response}}
}
{{#locating}}

extension {{operationName}}.Request: HTTPParameterLocating {
    /// The request's parameters where its page's REST binding puts them: path, headers and body by name, the rest in
    /// the query.
    {{access}} func httpParameters() throws -> HTTPParameters {
        try HTTPParameters.locating(self, path: {{{pathLiteral}}}, headers: {{{headersLiteral}}}, body: {{{bodyLiteral}}}, host: {{{hostLiteral}}})
    }
}
{{/locating}}

"""###,
        "OperationTests.swift": ###"""
{{> Header}}

@_spi(DocGenGenerated) import DocGenRuntime
import Foundation
import Testing
@testable import {{moduleName}}

@Suite struct {{suiteName}} {
    /// Every check below but the limit probes, as one test: each `@Test` costs the compiler about 65 ms, more than
    /// the check it would wrap (docs/performance.md, section 2). A failing check records its own issue and message;
    /// a check that throws is recorded too, and the checks after it still run.
    @Test func pageChecks() {
        {{#hasExample}}
        exampleValuesPassValidation()
        {{#rejectedExamples}}
        {{testName}}()
        {{/rejectedExamples}}
        exampleQuery()
        {{/hasExample}}
        {{#hasErrorCodes}}
        do { try documentedErrorsRoundTrip() } catch { Issue.record(error, "documentedErrorsRoundTrip") }
        {{/hasErrorCodes}}
        {{#responseExample}}
        do { try pageResponseExampleDecodes() } catch { Issue.record(error, "pageResponseExampleDecodes") }
        {{/responseExample}}
    }

    {{#exampleNotes}}
    // {{{.}}}
    {{/exampleNotes}}
    {{#hasExample}}
    /// The request made of the page's example values (and valid values where the page gives none).
    static func example() -> {{requestType}} {
        {{requestType}}(
            {{#exampleArguments}}
            {{name}}: {{{value}}}{{^isLast}},{{/isLast}}
            {{/exampleArguments}}
        )
    }

    func exampleValuesPassValidation() {
        let issues = Self.example().validationIssues()
        #expect(issues.isEmpty, "\(issues)")
    }
    {{#rejectedExamples}}

    {{#commentLines}}
    // {{{.}}}
    {{/commentLines}}
    func {{testName}}() {
        var request = Self.example()
        request.{{storageName}} = {{{value}}}
        let key = {{{wireKeyLiteral}}}
        #expect(request.validationIssues().contains { $0.parameter == key || $0.parameter.hasPrefix(key + ".") })
    }
    {{/rejectedExamples}}

    func exampleQuery() {
        // Outside the macro: `#expect` would type-check the whole literal inside its expansion's closures.
        let expected: [QueryPair] = [
            {{#expectedQuery}}
            QueryPair({{{nameLiteral}}}, {{{valueLiteral}}}),
            {{/expectedQuery}}
        ]
        #expect(Self.example().queryItems().pairs == expected)
    }
    {{#hasLimitCases}}

    /// Values just inside and just outside every documented limit: `[name, wire path, rule, must fail]` rows, data
    /// rather than a literal of initializer calls, which would be slow to compile.
    static let limitProbes = LimitProbe.table(json: {{{limitTableHashes}}}"""
        {{#limitTableLines}}
        {{{.}}}
        {{/limitTableLines}}
        """{{{limitTableHashes}}})

    /// Makes the change of the probe named `probe` to the example request; false for a name without a change.
    static func change(_ request: inout {{requestType}}, for probe: String) -> Bool {
        switch probe {
        {{#limitCases}}
        {{#commentLines}}
        // {{{.}}}
        {{/commentLines}}
        case "{{testName}}":
            {{#assignments}}
            request.{{storageName}} = {{{value}}}
            {{/assignments}}
            {{^hasAssignments}}
            break
            {{/hasAssignments}}
        {{/limitCases}}
        default:
            return false
        }
        return true
    }

    @Test(arguments: limitProbes) func limit(_ probe: LimitProbe) {
        var request = Self.example()
        #expect(Self.change(&request, for: probe.name), "no change is written for \(probe.name)")
        #expect(probe.holds(for: request), "\(probe.name): \(probe.issues(of: request))")
    }
    {{/hasLimitCases}}
    {{/hasExample}}
    {{#hasErrorCodes}}

    func documentedErrorsRoundTrip() throws {
        // The codes the page documents (page order, no repeats), and the JSON the service sends for each: string
        // arrays, because a call per code with a member expression each is slow to compile in a large SDK.
        let codes: [String] = [
            {{#errorCodes}}
            {{{codeLiteral}}},
            {{/errorCodes}}
        ]
        let documents: [String] = [
            {{#errorCodes}}
            {{{jsonLiteral}}},
            {{/errorCodes}}
        ]
        #expect({{operationReference}}.documentedErrors.map(\.code) == codes)
        for (member, json) in zip({{operationReference}}.documentedErrors, documents) {
            try expectRoundTrip(json, member)
        }
        let undocumented = try Foundation.JSONDecoder().decode({{errorTypeReference}}.self, from: Foundation.Data("\"Undocumented.Code\"".utf8))
        #expect(undocumented.code == "Undocumented.Code" && !undocumented.isDocumented)
    }

    /// The code decodes from the service's JSON into the documented member, and encodes back to itself.
    private func expectRoundTrip(_ json: String, _ member: {{errorTypeReference}}) throws {
        let decoded = try Foundation.JSONDecoder().decode({{errorTypeReference}}.self, from: Foundation.Data(json.utf8))
        #expect(decoded == member, "\(json)")
        #expect(member.isDocumented, "\(member.code)")
        let reencoded = try Foundation.JSONDecoder().decode({{errorTypeReference}}.self, from: Foundation.JSONEncoder().encode(member))
        #expect(reencoded == member, "\(member.code)")
    }
    {{/hasErrorCodes}}
    {{#responseNotes}}

    // {{{.}}}
    {{/responseNotes}}
    {{#responseExample}}

    /// The page's example decodes, and strict decoding finds no key the response type does not know, except those
    /// the page's example has and its response table does not list (listed here, each a page disagreement).
    func pageResponseExampleDecodes() throws {
        let body = Foundation.Data({{{bodyLiteral}}}.utf8)
        {{#hasChecks}}
        let (response, issues) = try ResponseDecoding.decodeReportingIssues({{requestType}}.Response.self, from: body, style: {{requestType}}.style)
        {{/hasChecks}}
        {{^hasChecks}}
        let (_, issues) = try ResponseDecoding.decodeReportingIssues({{requestType}}.Response.self, from: body, style: {{requestType}}.style)
        {{/hasChecks}}
        {{#hasUndocumentedKeys}}
        let undocumented: [String] = [
            {{#undocumentedKeyLiterals}}
            {{{.}}},
            {{/undocumentedKeyLiterals}}
        ]
        #expect(issues.compactMap(\.unknownFieldPath) == undocumented)
        {{/hasUndocumentedKeys}}
        {{^hasUndocumentedKeys}}
        #expect(issues.compactMap(\.unknownFieldPath) == [])
        {{/hasUndocumentedKeys}}
        {{#checks}}
        #expect(response.{{name}} == {{{valueLiteral}}})
        {{/checks}}
    }
    {{/responseExample}}
}

"""###,
        "Package.swift": ###"""
// swift-tools-version: 6.0
{{#headerLines}}
{{{.}}}
{{/headerLines}}

import PackageDescription

let package = Package(
    name: {{{packageNameLiteral}}},
    platforms: [.macOS(.v13)],
    products: [
        {{#modules}}
        .library(name: "{{name}}", targets: ["{{name}}"]),
        {{/modules}}
    ],
    dependencies: [
        {{{runtimeDependency}}},
    ],
    targets: [
        {{#modules}}
        .target(
            name: "{{name}}",
            dependencies: [.product(name: "DocGenRuntime", package: "docgen")]
        ),
        .testTarget(
            name: "{{name}}Tests",
            dependencies: ["{{name}}", .product(name: "DocGenRuntime", package: "docgen")]
        ),
        {{/modules}}
    ],
    swiftLanguageModes: [.v6]
)

"""###,
        "Reference.md": ###"""
<!-- Generated by docgen. Do not edit: change the spec or the template, then run `docgen generate`. -->
# {{moduleName}}

API reference of {{{title}}}: {{operationCount}} operations. Swift types: `Sources/{{moduleName}}`; error codes: `{{errorTypeName}}`.
{{#operations}}

## {{{action}}}

{{{summary}}}

Swift: `{{operationName}}.Request` → `{{operationName}}.Response`. Page: {{{source}}}.
{{#hasParameters}}

| Parameter | Type | Required | Description | Limits |
|---|---|---|---|---|
{{#parameters}}
| {{{name}}} | {{{type}}} | {{required}} | {{{description}}} | {{{limits}}} |
{{/parameters}}
{{/hasParameters}}
{{#hasResponseFields}}

| Response field | Type | Description |
|---|---|---|
{{#responseFields}}
| {{{name}}} | {{{type}}} | {{{description}}} |
{{/responseFields}}
{{/hasResponseFields}}
{{#hasErrors}}

| Error code | HTTP | Message |
|---|---|---|
{{#errors}}
| {{{code}}} | {{http}} | {{{message}}} |
{{/errors}}
{{/hasErrors}}
{{/operations}}

"""###,
        "RequestStruct": ###"""
{{> DocComment}}
{{#isTopLevel}}
{{access}} struct {{typeName}}: OperationRequest {
    {{access}} typealias Response = {{operationName}}.Response
    {{access}} static var action: String { {{operationName}}.action }
    {{access}} static var apiVersion: String { {{operationName}}.apiVersion }
    {{access}} static var style: VendorStyle { {{styleExpression}} }

{{/isTopLevel}}
{{^isTopLevel}}
{{access}} struct {{typeName}}: RequestModel {
{{/isTopLevel}}
    {{#properties}}
    {{> DocComment}}
    {{#deprecated}}
    @available(*, deprecated, message: {{{deprecationMessageLiteral}}})
    {{access}} var {{name}}: {{type}} {
        get { {{storageName}} }
        set { {{storageName}} = newValue }
    }
    {{{propertyWrapper}}}var {{storageName}}: {{type}}
    {{/deprecated}}
    {{^deprecated}}
    {{{propertyWrapper}}}{{access}} var {{name}}: {{type}}
    {{/deprecated}}

    {{/properties}}
    {{access}} init(
        {{#initArguments}}
        {{name}}: {{type}}{{#isOptional}} = nil{{/isOptional}}{{^isLast}},{{/isLast}}
        {{/initArguments}}
    ) {
        {{#initArguments}}
        self.{{storageName}} = {{name}}
        {{/initArguments}}
    }
    {{#hasProperties}}

    private enum CodingKeys: String, CodingKey {
        {{#properties}}
        case {{storageName}} = {{{wireKeyLiteral}}}
        {{/properties}}
    }
    {{/hasProperties}}

    {{{plumbingAccess}}} func appendQueryItems(to query: inout QueryItems, prefix: String) {
        {{#properties}}
        query.append(prefix + {{{wireKeyLiteral}}}, self.{{queryValueName}})
        {{/properties}}
    }

    {{{plumbingAccess}}} func collectIssues(into issues: inout ValidationIssues, prefix: String) {
        {{#checks}}
        {{#argument}}
        issues.{{method}}(self.{{storageName}}, {{{argument}}}, parameter: prefix + {{{wireKeyLiteral}}}, documentation: {{{documentationLiteral}}})
        {{/argument}}
        {{^argument}}
        issues.{{method}}(self.{{storageName}}, parameter: prefix + {{{wireKeyLiteral}}})
        {{/argument}}
        {{/checks}}
        {{#relations}}
        issues.{{method}}(
            parameter: prefix + {{{wireKeyLiteral}}}, isSet: Presence.of(self.{{storageName}}),
            other: prefix + {{{otherWireKeyLiteral}}}, otherIsSet: Presence.of(self.{{otherStorageName}}),
            documentation: {{{documentationLiteral}}}
        )
        {{/relations}}
    }
    {{#valueSets}}

    {{> DocComment}}
    {{access}} struct {{typeName}}: RawRepresentable, QueryScalar, ExpressibleByStringLiteral, CustomStringConvertible {
        {{access}} var rawValue: String

        {{access}} init(rawValue: String) {
            self.rawValue = rawValue
        }

        {{access}} init(stringLiteral value: String) {
            self.rawValue = value
        }

        {{access}} init(from decoder: any Decoder) throws {
            rawValue = try decoder.singleValueContainer().decode(String.self)
        }

        {{access}} func encode(to encoder: any Encoder) throws {
            var container = encoder.singleValueContainer()
            try container.encode(rawValue)
        }

        {{access}} var queryString: String { rawValue }
        {{access}} var numericValue: Double? { rawValue.numericValue }
        {{access}} var description: String { rawValue }
        {{#members}}

        /// `{{{valueComment}}}`
        {{access}} static let {{name}} = {{typeName}}(rawValue: {{{valueLiteral}}})
        {{/members}}

        /// Every value the page documents, in page order.
        {{access}} static let documented: [{{typeName}}] = [
            {{#members}}
            .{{name}},
            {{/members}}
        ]
    }
    {{/valueSets}}
    {{#nestedTypes}}

    {{> RequestStruct}}
    {{/nestedTypes}}
}

"""###,
        "ResponseStruct": ###"""
{{> DocComment}}
{{access}} struct {{typeName}}: Decodable, Sendable, Hashable {
    {{#fields}}
    {{> DocComment}}
    {{access}} var {{name}}: {{type}}?

    {{/fields}}
    {{access}} init(
        {{#fields}}
        {{name}}: {{type}}? = nil{{^isLast}},{{/isLast}}
        {{/fields}}
    ) {
        {{#fields}}
        self.{{name}} = {{name}}
        {{/fields}}
    }
    {{#hasFields}}

    private enum CodingKeys: String, CodingKey {
        {{#fields}}
        case {{name}} = {{{jsonKeyLiteral}}}
        {{/fields}}
    }

    {{access}} init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        {{#fields}}
        self.{{name}} = try container.{{decodeMethod}}({{elementType}}.self, forKey: .{{name}})
        {{/fields}}
    }
    {{/hasFields}}
    {{#nestedTypes}}

    {{> ResponseStruct}}
    {{/nestedTypes}}
}

"""###,
    ]
}
