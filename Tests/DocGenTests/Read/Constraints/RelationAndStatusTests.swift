import Testing
@testable import DocGenSpec
@testable import DocGenReading
@testable import DocGenDiff
@testable import DocGenGeneration
@testable import DocGenErrorTables
@testable import DocGenCommandLine

@Suite("Constraint extractor: exclusions, dependencies, deprecation, internal use")
struct RelationAndStatusTests {
    let page: Set<String> = ["VolumeId.N", "SkipVolumeId.N", "HostId", "FastMode", "Tier", "Zone", "Widget.N.Key"]

    @Test("exclusion resolves to the other parameter's base name, in either order", arguments: [
        "You cannot specify both VolumeId.N and SkipVolumeId.N in one call.",
        "Note You cannot specify SkipVolumeId.N and VolumeId.N in the same request.",
        "不能同时指定VolumeId.N和SkipVolumeId.N。",
        "**说明：** 不支持同时指定`SkipVolumeId.N`和`VolumeId.N`。",
        "VolumeId.N and SkipVolumeId.N are mutually exclusive.",
    ])
    func exclusion(text: String) {
        let result = extract("The volumes to copy. " + text, parameter: "VolumeId", type: .array, repeatList: true, known: page)
        #expect(result.constraints.mutuallyExclusiveWith == ["SkipVolumeId"])
        #expect(result.sources["mutuallyExclusiveWith"] == text)
    }

    @Test("exclusion stated with 'this parameter'")
    func exclusionWithSelfReference() {
        let zh = extract("该参数与`HostId`不能同时指定。", parameter: "Zone", known: page)
        #expect(zh.constraints.mutuallyExclusiveWith == ["HostId"])
        let en = extract("This parameter cannot be used together with HostId.", parameter: "Zone", known: page)
        #expect(en.constraints.mutuallyExclusiveWith == ["HostId"])
    }

    @Test("names not on the page and statements about other parameters are ignored")
    func exclusionIgnored() {
        #expect(extract("You cannot specify both VolumeId.N and GhostParam.", parameter: "VolumeId", known: page)
            .constraints.mutuallyExclusiveWith == nil)
        #expect(extract("You cannot specify both HostId and Tier.", parameter: "Zone", known: page)
            .constraints.mutuallyExclusiveWith == nil)
        #expect(extract("HostId和Zone不能同时为空。", parameter: "Zone", known: page)
            .constraints.mutuallyExclusiveWith == nil)
    }

    @Test("a dependency on another parameter", arguments: [
        "仅当`FastMode=true`时，该参数生效。",
        "当参数`FastMode`取值为`true`时生效。",
        "This parameter takes effect only when FastMode is set to true.",
        "This parameter is valid and required only when `FastMode` is set to `true`.",
    ])
    func dependency(text: String) {
        let result = extract("The boost window. " + text, parameter: "BoostHours", type: .integer, known: page)
        #expect(result.constraints.dependsOn == ["FastMode"])
        #expect(result.sources["dependsOn"] == text)
    }

    @Test("no dependency when the condition is an absence or the sentence is about another parameter")
    func dependencyIgnored() {
        #expect(extract("当`Tier`取值为`Gold`时，必须同时指定该参数。", parameter: "Zone", known: page).constraints.dependsOn == nil)
        #expect(extract("当且仅当传入`Tier`参数时，需要同时传入该参数。", parameter: "Zone", known: page).constraints.dependsOn == ["Tier"])
        #expect(extract("This parameter takes effect only when FastMode is not specified.", parameter: "Tier", known: page)
            .constraints.dependsOn == nil)
        #expect(extract("The Tier parameter takes effect only when FastMode is set to true.", parameter: "Zone", known: page)
            .constraints.dependsOn == nil)
    }

    @Test("deprecation", arguments: [
        "**说明：** 该参数即将被弃用，请改用其他参数。",
        "旧版类型（已废弃）。",
        "This parameter is deprecated. Use Tier instead.",
        "Note: This parameter will be removed in a later version.",
    ])
    func deprecated(text: String) {
        #expect(extract("Widget kind. " + text).constraints.deprecated == true)
    }

    @Test("a value called Deprecated is not a deprecated parameter")
    func deprecatedValue() {
        let text = "镜像状态。取值范围：\n- Available：可用\n- Deprecated：已弃用的镜像"
        let c = extract(text).constraints
        #expect(c.deprecated == nil)
        #expect(c.enum == ["Available", "Deprecated"])
    }

    @Test("not open for public use", arguments: [
        "Note This parameter is unavailable for public use.",
        "**说明：** 该参数尚未开放使用。",
        "该参数暂未开放。",
    ])
    func internalUse(text: String) {
        #expect(extract(text).constraints.internal == true)
    }
}

@Suite("Constraint extractor: exclusions between lists")
struct ListExclusionTests {
    @Test("a list named as a whole resolves to its base name, for a member row too")
    func listAsWhole() {
        let page: Set<String> = ["Filter.N.Key", "Filter.N.Values.N", "Label.N.Key", "Label.N.Value"]
        let zh = extract("**说明：** `Filter.N`与`Label.N`参数不能同时使用。", parameter: "Filter.Key", known: page)
        #expect(zh.constraints.mutuallyExclusiveWith == ["Label"])
        let en = extract("The Filter.N pair (Filter.N.Key and Filter.N.Values.N) cannot be used together with the Label.N pair (Label.N.Key and Label.N.Value).",
                         parameter: "Filter.Key", known: page)
        #expect(en.constraints.mutuallyExclusiveWith == ["Label"])
    }
}
