@testable import DocGenSpec
@testable import DocGenReading
@testable import DocGenDiff
@testable import DocGenGeneration
@testable import DocGenErrorTables
@testable import DocGenCommandLine
@_spi(DocGenGenerated) import DocGenRuntime
import Testing

@Suite struct SampleValuesTests {
    let samples = SampleBuilder(listIndexBase: 1)

    func shape(_ parameters: [Parameter]) -> StructShape {
        RequestShapeBuilder.build(parameters, typeName: "Request", qualifiedName: "Op.Request", isTopLevel: true)
    }

    @Test func anExampleThatBreaksItsOwnLimitIsReplacedWithANote() {
        var name = Parameter(name: "Name", type: .string, example: "auto-backup", line: 1)
        name.constraints.forbiddenPrefixes = ["auto"]
        let property = shape([name]).properties[0]
        let (value, note) = samples.exampleValue(for: property)
        #expect(value == nil)
        #expect(note == "example auto-backup of Name breaks its forbiddenPrefixes limit")
        let valid = samples.validValue(for: property)
        #expect(valid == .text("aaaaaaaa"))
    }

    @Test func validTextAvoidsForbiddenPrefixesAndRespectsLength() {
        var name = Parameter(name: "Name", type: .string, line: 1)
        name.constraints.forbiddenPrefixes = ["a", "b"]
        name.constraints.minLength = 10
        name.constraints.maxLength = 12
        #expect(samples.validValue(for: shape([name]).properties[0]) == .text("cccccccccc"))
    }

    @Test func probesSitJustInsideAndJustOutside() {
        var name = Parameter(name: "Name", type: .string, line: 1)
        name.constraints.maxLength = 100
        var count = Parameter(name: "Count", type: .integer, line: 2)
        count.constraints.enum = ["1", "5"]
        var ids = Parameter(name: "Id", wireName: "Id.N", type: .array, items: Items(type: .string), line: 3)
        ids.constraints.maxItems = 20
        let properties = shape([name, count, ids]).properties
        let boundaries = BoundaryValues(samples: samples)
        let text = boundaries.probes(for: properties[0].limits[0], of: properties[0])
        #expect(text.map(\.value) == [.repeated(unit: "a", count: 100), .repeated(unit: "a", count: 101)])
        #expect(text.map(\.fails) == [false, true])
        let number = boundaries.probes(for: properties[1].limits[0], of: properties[1])
        #expect(number.map(\.value) == [.integer(1), .integer(6)])
        let list = boundaries.probes(for: properties[2].limits[0], of: properties[2])
        #expect(list.map(\.value) == [.repeatedList(.text("aaaaaaaa"), count: 20), .repeatedList(.text("aaaaaaaa"), count: 21)])
    }

    @Test func exampleRequestDropsValuesTheRelationsForbid() throws {
        var a = Parameter(name: "A", type: .string, example: "x", line: 1)
        a.constraints.mutuallyExclusiveWith = ["B"]
        let b = Parameter(name: "B", type: .string, example: "y", line: 2)
        var c = Parameter(name: "C", type: .integer, example: "3", line: 3)
        c.constraints.dependsOn = ["D"]
        let d = Parameter(name: "D", type: .string, line: 4)
        var spec = RenderFixtures.tencentListGadgets
        spec.parameters = [a, b, c, d]
        let files = try RenderFixtures.generate([spec])
        let tests = try #require(RenderFixtures.text(files, "Tests/TencentGadgetTests/ListGadgetsTests.swift"))
        #expect(tests.contains("""
                TencentGadget.ListGadgets.Request(
                    a: "x",
                    c: 3,
                    d: "aaaaaaaa"
                )
        """))
        #expect(tests.contains(#"["a_mutuallyExclusiveWith_b_both", "A", "mutuallyExclusiveWith", true]"#))
        #expect(tests.contains(#"["c_dependsOn_d_alone", "C", "dependsOn", true]"#))
    }

    @Test func queryPlannerNumbersNestedListsLikeTheWire() {
        let key = Parameter(name: "Values", wireName: "Filters.N.Values.N", type: .array, items: Items(type: .string), line: 2)
        let filters = Parameter(name: "Filters", wireName: "Filters.N", type: .array, items: Items(type: .object), children: [key], line: 1)
        let request = shape([filters])
        let nested = request.nestedTypes[0]
        let value = SampleValue.list([samples.object(nested, [.list([.text("a"), .text("b")])])])
        let pairs = QueryPlanner(listIndexBase: 0).pairs(request, [value], prefix: "")
        #expect(pairs.map { "\($0.0)=\($0.1)" } == ["Filters.0.Values.0=a", "Filters.0.Values.1=b"])
    }
}

@Suite struct ShapeNamingTests {
    @Test func nestedTypesNeverShadowTheNamesTheGeneratedCodeUses() throws {
        let key = Parameter(name: "Key", wireName: "Tag.N.Key", type: .string, line: 2)
        let tag = Parameter(name: "Tag", wireName: "Tag.N", type: .array, items: Items(type: .object), children: [key], line: 1)
        let string = Parameter(name: "Value", type: .object, children: [Parameter(name: "A", type: .string, line: 4)], line: 3)
        var spec = RenderFixtures.tencentListGadgets
        spec.action = "Tag"
        spec.parameters = [tag, Parameter(name: "String", type: .object, children: [string], line: 5)]
        let files = try RenderFixtures.generate([spec])
        let source = try #require(RenderFixtures.text(files, "Sources/TencentGadget/Tag.swift"))
        #expect(source.contains("public enum Tag {"))
        #expect(source.contains("public struct Tag2: RequestModel {"))
        #expect(source.contains("public struct StringType: RequestModel {"))
        #expect(source.contains("public typealias Response = Tag.Response"))
    }
}

@Suite struct WireKeyTests {
    @Test func fixedIndexRowsOfAnObjectKeepTheirFullWireNames() {
        let children = [
            Parameter(name: "Key", wireName: "Filter.1.Key", type: .string, line: 2),
            Parameter(name: "Value", wireName: "Filter.1.Value", type: .string, line: 3),
            Parameter(name: "Key", wireName: "Filter.2.Key", type: .string, line: 4),
        ]
        let filter = Parameter(name: "Filter", wireName: "Filter.1", type: .object, children: children, line: 1)
        let shape = RequestShapeBuilder.build([filter], typeName: "Request", qualifiedName: "M.Op.Request", isTopLevel: true)
        #expect(shape.properties[0].wireKey == "Filter")
        let nested = shape.nestedTypes[0]
        #expect(nested.properties.map(\.wireKey) == ["1.Key", "1.Value", "2.Key"])
        #expect(nested.properties.map(\.name) == ["key", "value", "key2"])
        let value = SampleBuilder(listIndexBase: 1).object(nested, [.text("a"), nil, .text("b")])
        let pairs = QueryPlanner(listIndexBase: 1).pairs(shape, [value], prefix: "")
        #expect(pairs.map { "\($0.0)=\($0.1)" } == ["Filter.1.Key=a", "Filter.2.Key=b"])
    }

    @Test func aRowListedTwiceIsOneProperty() {
        let a = Parameter(name: "Key", wireName: "Tag.N.Key", type: .string, line: 2)
        let b = Parameter(name: "Key", wireName: "Tag.N.Key", type: .string, description: "again", line: 3)
        let tag = Parameter(name: "Tag", wireName: "Tag.N", type: .array, children: [a, b], line: 1)
        let shape = RequestShapeBuilder.build([tag], typeName: "Request", qualifiedName: "M.Op.Request", isTopLevel: true)
        #expect(shape.nestedTypes[0].properties.map(\.wireKey) == ["Key"])
        #expect(shape.nestedTypes[0].properties[0].parameter.line == 2)
    }
}

@Suite struct RelationFixupTests {
    /// `Category` excludes `InstantAccess`; `RetentionDays` works only with `InstantAccess`: filling the dependency
    /// would break the exclusion, so the dependent value is dropped instead.
    @Test func aDependencyIsNotFilledWhenThatBreaksAnExclusion() throws {
        var category = Parameter(name: "Category", type: .string, example: "Standard", line: 1)
        category.constraints.mutuallyExclusiveWith = ["InstantAccess"]
        let instant = Parameter(name: "InstantAccess", type: .boolean, example: "true", line: 2)
        var days = Parameter(name: "RetentionDays", type: .integer, example: "3", line: 3)
        days.constraints.dependsOn = ["InstantAccess"]
        var spec = RenderFixtures.tencentListGadgets
        spec.parameters = [category, instant, days]
        let files = try RenderFixtures.generate([spec])
        let tests = try #require(RenderFixtures.text(files, "Tests/TencentGadgetTests/ListGadgetsTests.swift"))
        #expect(tests.contains("""
                TencentGadget.ListGadgets.Request(
                    category: "Standard"
                )
        """))
        // The dependency test sets both sides and leaves the exclusive partner out.
        #expect(tests.contains(#"["retentionDays_dependsOn_instantAccess_both", "RetentionDays", "dependsOn", false]"#))
        #expect(tests.contains("""
                    case "retentionDays_dependsOn_instantAccess_both":
                        request.category = nil
                        request.instantAccess = true
                        request.retentionDays = 1
            """))
    }
}
