/// Everything docgen knows about one cloud vendor, in one place: how its pages name it, how its API is reached and
/// called, and how its pages phrase their change history. Readers, the builder, the generator, diff and the
/// generated client consult the vendor's description instead of spelling vendor facts themselves.
///
/// Adding a vendor is one new conformance registered in `Vendors.known` (docs/architecture.md says what else a
/// new API style needs).
public protocol VendorDescription: Sendable {
    /// The spec's `vendor` value: `alibaba`, `tencent`.
    var id: String { get }
    /// Other spellings accepted in hints and configs (`tencentcloud`, `qcloud`).
    var aliases: [String] { get }
    /// How the vendor's pages name it in prose (`Alibaba Cloud`, `阿里云`); matched as written.
    var proseNames: [String] { get }
    /// Host fragments of its documentation and console links (`aliyun.com`); a page linking there is the vendor's.
    var siteHosts: [String] { get }
    /// Suffixes of its API endpoints (`aliyuncs.com`): `<product>.<suffix>` in a request example names the product.
    var apiDomainSuffixes: [String] { get }
    /// Parameter names every operation shares (sent by the client, listed by some pages beside the operation's own).
    var commonParameterNames: [String] { get }
    /// The number of a list's first element on the wire (`DiskId.1` is 1-based; `DiskIds.0` is 0-based).
    var listIndexBase: Int { get }
    /// The Swift expression of the runtime's `VendorStyle` for generated code (`.alibabaRPC`).
    var runtimeStyleExpression: String { get }
    /// The API host of a product when the page names none: `ecs.cn-hangzhou.aliyuncs.com`, `cvm.tencentcloudapi.com`.
    func defaultHost(product: String, region: String?) -> String
}

/// The vendors docgen knows, and lookup by id or alias.
public enum Vendors {
    public static let alibaba = AlibabaCloud()
    public static let tencent = TencentCloud()
    /// Every known vendor; the order is the order of preference where a cue fits more than one.
    public static let known: [any VendorDescription] = [alibaba, tencent]

    /// The description whose id or alias is `name` (case-insensitive), or nil for a vendor docgen does not know.
    public static func named(_ name: String) -> (any VendorDescription)? {
        let key = name.lowercased()
        return known.first { $0.id == key || $0.aliases.contains(key) }
    }

    /// The vendor whose API domain ends `host` (`ecs.aliyuncs.com` → Alibaba Cloud).
    public static func owning(apiHost host: String) -> (any VendorDescription)? {
        let host = host.lowercased()
        return known.first { vendor in vendor.apiDomainSuffixes.contains { host == $0 || host.hasSuffix("." + $0) } }
    }
}
