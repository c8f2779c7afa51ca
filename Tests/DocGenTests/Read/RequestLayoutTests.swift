import Testing
@testable import DocGenSpec
@testable import DocGenReading

/// Request parameters in layouts other than one plain table, on pages written for these tests: tables of a
/// JSON-string parameter's fields, a header written with its value, definition lists, an `Attribute` name column.
@Suite("Request layouts")
struct RequestLayoutTests {
    func param(_ s: OperationSpec, _ name: String) -> Parameter? { s.parameters.first { $0.name == name } }
    func accountingExact(_ s: OperationSpec) -> Bool { s.rowAccounting.seen == s.rowAccounting.used + s.rowAccounting.reported }

    /// A string parameter whose example is a JSON object, then variant tables of its fields under list items.
    static let jsonStringPage = """
    # CreateProbe

    ## Request parameters

    |Parameter|Type|Required|Example|Description|
    |---------|----|--------|-------|-----------|
    |Target|String|Yes|example.com|The address to probe. |
    |Settings|String|No|{"timeout":500}|The probe's settings; they depend on the protocol. |
    |Mode|String|No|fast|The mode. |

    The following tables describe the settings of each protocol.

    -   TCP

    |Parameter|Type|Description|
    |---------|----|-----------|
    |timeout|Integer|Milliseconds to wait. |
    |port|Integer|The port. |

    -   UDP

    |Parameter|Type|Description|
    |---------|----|-----------|
    |port|Integer|The port. |
    |payload|String|What to send. |
    """

    @Test func tablesOfAJSONStringParametersFieldsBecomeItsInnerSchemaAndItStaysAString() {
        let s = TestPage.spec(Self.jsonStringPage, hints: IdentityHints(vendor: "alibaba"))
        #expect(s.parameters.map(\.name) == ["Target", "Settings", "Mode"])
        let settings = param(s, "Settings")
        #expect(settings?.type == .string)
        #expect(settings?.children?.map(\.name) == ["timeout", "port", "payload"])
        #expect(settings?.children?.first?.type == .integer)
        // The second variant's `port` is the same field: one child, its row named in a diagnostic.
        #expect(s.diagnostics.contains { $0.code == "field-listed-again" && $0.line == 24 })
        #expect(s.diagnostics.filter { $0.code == "json-string-fields" }.map(\.line) == [15, 22])
        #expect(accountingExact(s))
        #expect(s.rowAccounting.reported == 1)
    }

    @Test func aTableAfterAStringWithoutJSONExampleStaysTopLevel() {
        let page = Self.jsonStringPage.replacingOccurrences(of: #"{"timeout":500}"#, with: "fast")
        let s = TestPage.spec(page, hints: IdentityHints(vendor: "alibaba"))
        #expect(param(s, "Settings")?.children == nil)
        #expect(param(s, "timeout") != nil)
    }

    @Test func aNameCellWrittenWithItsValueIsTheParameterWithThatExample() {
        let page = """
        # CompleteWidget

        ## Request headers

        |Header|Type|Required|Description|
        |------|----|--------|-----------|
        |x-acme-all:yes|String|No|Whether to complete every part. |
        |x-acme-mode|String|No|The mode. |
        """
        let s = TestPage.spec(page, hints: IdentityHints(vendor: "alibaba"))
        #expect(s.parameters.map(\.name) == ["x-acme-all", "x-acme-mode"])
        #expect(param(s, "x-acme-all")?.example == "yes")
        #expect(s.diagnostics.contains { $0.code == "name-with-value" && $0.line == 7 })
    }

    static let definitionListPage = """
    # DetachThing

    ## Request parameters

    **Action**

    -   Type: String
    -   Required: Yes
    -   Description: The value is DetachThing.

    **ThingName**

    -   Type: String
    -   Required: Yes
    -   Description: The name of the thing.
        It is unique.

    **Force**

    -   Type: Boolean
    -   Required: No

    ## Response parameters

    Only common parameters are returned.
    """

    @Test func parametersWrittenAsDefinitionListsAreReadAsRows() {
        let s = TestPage.spec(Self.definitionListPage, hints: IdentityHints(vendor: "alibaba"))
        #expect(s.parameters.map(\.name) == ["Action", "ThingName", "Force"])
        #expect(param(s, "ThingName")?.required == true)
        #expect(param(s, "ThingName")?.line == 11)
        #expect(param(s, "ThingName")?.description?.contains("It is unique.") == true)
        #expect(param(s, "Force")?.type == .boolean)
        #expect(param(s, "Force")?.required == false)
        #expect(s.rowAccounting.seen == 3)
        #expect(accountingExact(s))
        #expect(s.diagnostics.contains { $0.code == "definition-list-parameters" && $0.line == 5 })
    }

    @Test func aNameFollowedByAListOfProseIsNotAParameter() {
        let page = """
        # DoThing

        ## Request parameters

        **Note**

        -   Calls are limited: 10 per second.
        -   See also: the quotas page.

        |Name|Type|Required|Description|
        |----|----|--------|-----------|
        |ThingId|String|Yes|The thing. |
        """
        let s = TestPage.spec(page, hints: IdentityHints(vendor: "alibaba"))
        #expect(s.parameters.map(\.name) == ["ThingId"])
    }

    @Test func anAttributeColumnNamesTheParameters() {
        let page = """
        # UpgradeThing

        ## Request parameters

        |Attribute|Type|Position|Required|Example|Description|
        |---------|----|--------|--------|-------|-----------|
        |dryRun|Boolean|Query|No|false|Only check. |
        """
        let s = TestPage.spec(page, hints: IdentityHints(vendor: "alibaba"))
        #expect(s.parameters.map(\.name) == ["dryRun"])
        #expect(!s.diagnostics.contains { $0.code == "table-unrecognised" })
    }

    static let xmlBodyPage = """
    # PutShelf

    ## Request syntax

    ```
    PUT /?shelf
    Host: BucketName.example.com
    <ShelfConfiguration>
      <Size>3</Size>
    </ShelfConfiguration>
    ```

    ## Request elements

    |Element|Type|Required|Description|
    |-------|----|--------|-----------|
    |ShelfConfiguration|Container|Yes|The container of the settings. Child nodes: Size |
    |Size|Integer|Yes|The number of boxes. |
    """

    @Test func theContainerTheRequestsXMLBodyOpensWithIsTheDocumentNotAParameter() {
        let s = TestPage.spec(Self.xmlBodyPage, hints: IdentityHints(vendor: "alibaba"))
        #expect(s.parameters.filter { $0.location != .host }.map(\.name) == ["Size"])
        #expect(param(s, "Size")?.location == .body)
        #expect(s.diagnostics.contains { $0.code == "xml-root-element" && $0.line == 17 })
        #expect(accountingExact(s))
    }

    @Test func aContainerRowTheXMLBodyDoesNotOpenWithStaysAParameter() {
        let page = Self.xmlBodyPage.replacingOccurrences(of: "ShelfConfiguration>", with: "Settings>")
        let s = TestPage.spec(page, hints: IdentityHints(vendor: "alibaba"))
        #expect(s.parameters.filter { $0.location != .host }.map(\.name) == ["ShelfConfiguration", "Size"])
    }
}
