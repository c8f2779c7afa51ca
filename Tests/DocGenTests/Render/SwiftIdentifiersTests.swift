@testable import DocGenSpec
@testable import DocGenReading
@testable import DocGenDiff
@testable import DocGenGeneration
@testable import DocGenErrorTables
@testable import DocGenCommandLine
import Testing

@Suite struct SwiftIdentifiersTests {
    @Test func lowerCamelFollowsSwiftConventions() {
        #expect(SwiftIdentifiers.lowerCamel("DiskId") == "diskId")
        #expect(SwiftIdentifiers.lowerCamel("VPCId") == "vpcId")
        #expect(SwiftIdentifiers.lowerCamel("ID") == "id")
        #expect(SwiftIdentifiers.lowerCamel("SystemDisk.Category") == "systemDiskCategory")
        #expect(SwiftIdentifiers.lowerCamel("instance_type") == "instanceType")
    }

    @Test func awkwardNamesBecomeValidIdentifiers() {
        #expect(SwiftIdentifiers.lowerCamel("%s") == "s")
        #expect(SwiftIdentifiers.lowerCamel("1stDisk") == "_1stDisk")
        #expect(SwiftIdentifiers.lowerCamel("protocol") == "protocolValue")
        #expect(SwiftIdentifiers.lowerCamel("Default") == "defaultValue")
        #expect(SwiftIdentifiers.lowerCamel("self") == "selfValue")
        #expect(SwiftIdentifiers.lowerCamel("名称") == "u540DU79F0")
        #expect(SwiftIdentifiers.lowerCamel("") == "value")
        #expect(SwiftIdentifiers.lowerCamel("%") == "value")
        #expect(SwiftIdentifiers.upperCamel("clb-v2") == "ClbV2")
        #expect(SwiftIdentifiers.upperCamel("String") == "StringType")
        #expect(SwiftIdentifiers.upperCamel("Request") == "RequestType")
    }

    @Test func collidingNamesGetDistinctDeterministicIdentifiers() {
        var scope = IdentifierScope(reserved: ["prefix"])
        let names = scope.claimAll([("value", "value"), ("key", "key"), ("Key", "key"), ("Value", "value"), ("prefix", "prefix")])
        // The conventional upper-case spelling keeps the plain name whatever the page order.
        #expect(names == ["value2", "key2", "key", "value", "prefix2"])
        #expect(Set(names).count == names.count)
    }

    @Test func moduleNames() {
        #expect(ModuleNaming.moduleName(vendor: "alibaba", product: "ecs") == "AlibabaEcs")
        #expect(ModuleNaming.moduleName(vendor: "tencent", product: "cbs") == "TencentCbs")
    }

    @Test func errorCodeNamesAreDistinctAndStableWhenCodesAreAdded() {
        let before = ErrorCodeNames.memberNames(for: ["InvalidDiskId.NotFound", "Throttling", "403", "Bad-Code"])
        #expect(before["InvalidDiskId.NotFound"] == "invalidDiskIdNotFound")
        #expect(before["Throttling"] == "throttling")
        #expect(before["403"] == "_403")
        #expect(before["Bad-Code"] == "badCode")
        // Oddly spelled codes that spell the same words never take a conventional code's name.
        let after = ErrorCodeNames.memberNames(for: ["InvalidDiskId_NotFound", "invalidDiskId.notFound", "Throttling.User",
                                                     "InvalidDiskId.NotFound", "Throttling", "403", "Bad-Code", "default", "Init"])
        for (code, name) in before { #expect(after[code] == name) }
        #expect(Set(after.values).count == after.count)
        #expect(after["default"] == "defaultValue")
        #expect(after["Init"] == "initValue")
        #expect(after["InvalidDiskId_NotFound"] == "invalidDiskIdNotFound2")
    }

    @Test func listPropertiesArePlural() {
        #expect(SwiftIdentifiers.plural("diskId") == "diskIds")
        #expect(SwiftIdentifiers.plural("diskIds") == "diskIds")
        #expect(SwiftIdentifiers.plural("tag") == "tags")
        #expect(SwiftIdentifiers.plural("ipv6Address") == "ipv6Addresses")
        #expect(SwiftIdentifiers.plural("policy") == "policies")
        #expect(SwiftIdentifiers.plural("gateway") == "gateways")
        #expect(SwiftIdentifiers.plural("userData") == "userData")
        #expect(SwiftIdentifiers.plural("ipv6") == "ipv6")
        #expect(SwiftIdentifiers.plural("status") == "status")
    }

    @Test func errorCodeNamesReadPlaceholdersAsWords() {
        let names = ErrorCodeNames.memberNames(for: ["InvalidParameter.%s", "InvalidDiskIds.NotInSameZone", "Code",
                                                     "LimitExceeded.%d", "InvalidParameterAny"])
        #expect(names["InvalidParameter.%s"] == "invalidParameterAny")
        #expect(names["InvalidParameterAny"] == "invalidParameterAny2")
        #expect(names["LimitExceeded.%d"] == "limitExceededAnyNumber")
        #expect(names["InvalidDiskIds.NotInSameZone"] == "invalidDiskIdsNotInSameZone")
        #expect(names["Code"] == "codeCode")
    }
}
