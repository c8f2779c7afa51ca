import Testing
@testable import DocGenSpec
@testable import DocGenReading

/// Containers (object, list of objects) on pages written for these tests: response elements nested by the parent
/// node their description names, and every container left without fields named in a diagnostic that says why.
@Suite("Container shapes")
struct ContainerShapeTests {
    func shape(_ fields: [ResponseField]?) -> [String] {
        (fields ?? []).map { field in
            let children = shape(field.children)
            return children.isEmpty ? field.name : "\(field.name)(\(children.joined(separator: ",")))"
        }
    }

    /// Rows sorted by name, as XML-body pages list them: a parent may come after its children.
    static let parentNodePage = """
    # GetShelf

    ## Response elements

    |Element|Type|Description|
    |-------|----|-----------|
    |Box|Container|A box. 父节点：Shelf.Boxes |
    |Boxes|Container|The boxes. Parent nodes: Shelf |
    |Key|String|The box key. Parent node: Box |
    |Shelf|Container|The root. Parent node: none |
    |Total|Integer|How many boxes. |
    """

    @Test func responseElementsNestUnderTheParentNodeTheirDescriptionNames() {
        let s = TestPage.spec(Self.parentNodePage, hints: IdentityHints(vendor: "alibaba"))
        // The root element stays a field (the body is that element); `Total` names no parent and stays on top.
        #expect(shape(s.responseFields) == ["Shelf(Boxes(Box(Key)))", "Total"])
        #expect(s.diagnostics.contains { $0.code == "nesting-from-parent-nodes" && $0.line == 7 })
        #expect(s.rowAccounting.seen == s.rowAccounting.used + s.rowAccounting.reported)
        // Every container got its fields, so none is named as bare.
        #expect(!s.diagnostics.contains { $0.code.hasPrefix("container-") })
    }

    @Test func elementsNamingEachOtherAsParentKeepTheTablesPlaceInsteadOfVanishing() {
        let page = """
        # GetLoop

        ## Response elements

        |Element|Type|Description|
        |-------|----|-----------|
        |A|Container|Parent node: B |
        |B|Container|Parent node: A |
        """
        let s = TestPage.spec(page, hints: IdentityHints(vendor: "alibaba"))
        #expect(shape(s.responseFields) == ["B(A)"])
    }

    static let barePage = """
    # DescribeWidgets

    ## Request parameters

    |Parameter|Type|Required|Example|Description|
    |---------|----|--------|-------|-----------|
    |Filter|Object|No| |The filter. |
    |Labels|Array of String|No|a|Plain labels. |

    ## Response parameters

    |Parameter|Type|Example|Description|
    |---------|----|-------|-----------|
    |Widgets|Array of Widget| |The widgets. |
    |Widget| | | |
    |Settings|Object| |The settings. |
    |Extra|Object| |Extra data. |
    |Owners|Array of Strings| |Owner names. |

    ## Examples

    ```
    {"Widgets": {"Widget": []}, "Settings": {"Color": "red"}}
    ```
    """

    @Test func containersWithoutFieldsAreNamedWithTheReasonAndScalarListsAreNot() {
        let s = TestPage.spec(Self.barePage, hints: IdentityHints(vendor: "alibaba"))
        func diagnostic(_ line: Int) -> Diagnostic? { s.diagnostics.first { $0.line == line && $0.code.hasPrefix("container-") } }

        let filter = diagnostic(7)
        #expect(filter?.code == "container-without-fields")
        #expect(filter?.severity == .info)
        #expect(filter?.message.contains("request parameter 'Filter' is an object") == true)

        // A named structure nobody defines: the fix is to ingest the page that documents it.
        let widgets = diagnostic(14)
        #expect(widgets?.code == "container-structure-not-given")
        #expect(widgets?.severity == .info)  // read as free-form JSON: nothing is lost
        #expect(widgets?.message.contains("ingest the page that documents Widget") == true)
        #expect(widgets?.message.contains("JSON example shows it empty") == true)  // through the list wrapper
        // The row that only names the element structure: the rows after it are not its fields by any marker.
        #expect(widgets?.message.contains("The table names Widget on the next row (line 15)") == true)

        #expect(diagnostic(16)?.message.contains("shows keys the tables do not list (Color)") == true)
        #expect(diagnostic(17)?.message.contains("does not show it") == true)
        #expect(diagnostic(17)?.message.contains("next row") == false)

        // Lists of scalars are not containers: `Array of String`, and `Array of Strings` (a plural, not a structure).
        #expect(diagnostic(8) == nil)
        #expect(diagnostic(18) == nil)
        #expect(s.responseFields.first { $0.name == "Owners" }?.items == Items(type: .string))
        #expect(s.diagnostics.filter { $0.code.hasPrefix("container-") }.count == 4)
    }
}
