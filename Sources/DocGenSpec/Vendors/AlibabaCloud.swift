/// Alibaba Cloud: RPC-style (query, HMAC-SHA1 or ACS3 signed) and REST/ROA-style APIs on `*.aliyuncs.com`.
public struct AlibabaCloud: VendorDescription {
    public let id = "alibaba"
    public let aliases = ["aliyun", "alibabacloud", "alibaba-cloud"]
    public let proseNames = ["Alibaba Cloud", "阿里云", "OpenAPI Explorer"]
    public let siteHosts = ["aliyun.com", "alibabacloud.com"]
    public let apiDomainSuffixes = ["aliyuncs.com"]
    public let commonParameterNames = [
        "Action", "Version", "Format", "AccessKeyId", "Signature", "SignatureMethod", "SignatureVersion",
        "SignatureNonce", "Timestamp", "SecurityToken", "ResourceOwnerAccount",
    ]
    public let listIndexBase = 1
    public let runtimeStyleExpression = ".alibabaRPC"

    public init() {}

    /// Regional endpoints are the convention (`ecs.cn-hangzhou.aliyuncs.com`); without a region, the central one.
    public func defaultHost(product: String, region: String?) -> String {
        let product = product.lowercased()
        guard let region, !region.isEmpty else { return "\(product).aliyuncs.com" }
        return "\(product).\(region.lowercased()).aliyuncs.com"
    }
}
