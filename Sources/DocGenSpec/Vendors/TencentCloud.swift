/// Tencent Cloud API 3.0: POST with a JSON body, TC3-HMAC-SHA256 signed, on `<service>.tencentcloudapi.com`, the
/// region in the `X-TC-Region` header.
public struct TencentCloud: VendorDescription {
    public let id = "tencent"
    public let aliases = ["tencentcloud", "qcloud", "tencent-cloud"]
    public let proseNames = ["Tencent Cloud", "腾讯云"]
    public let siteHosts = ["cloud.tencent.com", "tencentcloud", "qcloud"]
    public let apiDomainSuffixes = ["tencentcloudapi.com", "api.qcloud.com"]
    public let commonParameterNames = [
        "Action", "Version", "Region", "Timestamp", "Nonce", "SecretId", "Signature", "SignatureMethod", "Token",
        "Language",
    ]
    public let listIndexBase = 0
    public let runtimeStyleExpression = ".tencent"

    public init() {}

    /// One host per service; the region travels in a header, so it does not change the host.
    public func defaultHost(product: String, region: String?) -> String {
        "\(product.lowercased()).tencentcloudapi.com"
    }
}
