// Written by scripts/embed-templates.sh from Templates/*.mustache; do not edit by hand.
// BuiltInTemplatesTests checks that this file and Templates/ agree.

enum BuiltInTemplates {
    /// Template name (file name without `.mustache`) → source.
    static let sources: [String: String] = [
        "DocComment": ###"""
{{#docLines}}
///{{#.}} {{{.}}}{{/.}}
{{/docLines}}

"""###,
        "Errors.swift": ###"""
{{> Header}}

import DocGenRuntime

/// Generated code of this docgen needs the runtime's generated-code interface 2; an older runtime fails to compile here.
private typealias RequiredRuntimeInterface = DocGenRuntimeVersion.GeneratedCodeInterface2

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
    {{access}} static let documented: [String: ErrorCodeInfo] = [
        {{#codes}}
        {{{codeLiteral}}}: ErrorCodeInfo(
            httpStatuses: {{{httpStatusesLiteral}}},
            messages: {{{messagesLiteral}}},
            descriptions: {{{descriptionsLiteral}}}
        ),
        {{/codes}}
    ]
    {{/hasCodes}}
    {{^hasCodes}}
    {{access}} static let documented: [String: ErrorCodeInfo] = [:]
    {{/hasCodes}}
}

"""###,
        "Header": ###"""
{{#headerLines}}
{{{.}}}
{{/headerLines}}

"""###,
        "Operation.swift": ###"""
{{> Header}}

import DocGenRuntime
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

"""###,
        "OperationTests.swift": ###"""
{{> Header}}

import DocGenRuntime
import Foundation
import Testing
@testable import {{moduleName}}

@Suite struct {{suiteName}} {
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

    @Test func exampleValuesPassValidation() {
        let issues = Self.example().validationIssues()
        #expect(issues.isEmpty, "\(issues)")
    }

    @Test func exampleQuery() {
        #expect(Self.example().queryItems().pairs == [
            {{#expectedQuery}}
            QueryPair({{{nameLiteral}}}, {{{valueLiteral}}}),
            {{/expectedQuery}}
        ])
    }
    {{#hasLimitCases}}

    /// Values just inside and just outside every documented limit.
    static let limitProbes: [LimitProbe<{{requestType}}>] = [
        {{#limitCases}}
        {{#commentLines}}
        // {{{.}}}
        {{/commentLines}}
        LimitProbe("{{testName}}", parameter: {{{pathLiteral}}}, rule: .{{rule}}, fails: {{fails}}) { request in
            {{#assignments}}
            request.{{storageName}} = {{{value}}}
            {{/assignments}}
            {{^hasAssignments}}
            _ = request
            {{/hasAssignments}}
        },
        {{/limitCases}}
    ]

    @Test(arguments: limitProbes) func limit(_ probe: LimitProbe<{{requestType}}>) {
        #expect(probe.holds(for: Self.example()), "\(probe.name): \(probe.issues(changing: Self.example()))")
    }
    {{/hasLimitCases}}
    {{/hasExample}}
    {{#hasErrorCodes}}

    @Test func documentedErrorsRoundTrip() throws {
        {{#errorCodes}}
        try expectRoundTrip({{{jsonLiteral}}}, .{{memberName}}, code: {{{codeLiteral}}})
        {{/errorCodes}}
        #expect({{operationReference}}.documentedErrors.filter { !$0.isDocumented }.isEmpty)
        let undocumented = try Foundation.JSONDecoder().decode({{errorTypeReference}}.self, from: Foundation.Data("\"Undocumented.Code\"".utf8))
        #expect(undocumented.code == "Undocumented.Code" && !undocumented.isDocumented)
    }

    /// The code decodes from the service's JSON into the documented member, and encodes back to itself.
    private func expectRoundTrip(_ json: String, _ member: {{errorTypeReference}}, code: String) throws {
        let decoded = try Foundation.JSONDecoder().decode({{errorTypeReference}}.self, from: Foundation.Data(json.utf8))
        #expect(decoded == member)
        #expect(member.code == code && member.isDocumented)
        let reencoded = try Foundation.JSONDecoder().decode({{errorTypeReference}}.self, from: Foundation.JSONEncoder().encode(member))
        #expect(reencoded == member)
    }
    {{/hasErrorCodes}}
    {{#responseNotes}}

    // {{{.}}}
    {{/responseNotes}}
    {{#responseExample}}

    @Test func pageResponseExampleDecodes() throws {
        let body = Foundation.Data({{{bodyLiteral}}}.utf8)
        {{#hasChecks}}
        let response = try {{requestType}}.decodeResponse(from: body)
        {{/hasChecks}}
        {{^hasChecks}}
        _ = try {{requestType}}.decodeResponse(from: body)
        {{/hasChecks}}
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
    var {{storageName}}: {{type}}
    {{/deprecated}}
    {{^deprecated}}
    {{access}} var {{name}}: {{type}}
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

    {{access}} func appendQueryItems(to query: inout QueryItems, prefix: String) {
        {{#properties}}
        query.append(prefix + {{{wireKeyLiteral}}}, self.{{storageName}})
        {{/properties}}
    }

    {{access}} func collectIssues(into issues: inout ValidationIssues, prefix: String) {
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
