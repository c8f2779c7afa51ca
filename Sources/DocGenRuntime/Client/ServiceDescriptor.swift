/// What a generated product module says about its service: which cloud, which product, which API version and
/// how requests are signed. One static value per product.
public struct ServiceDescriptor: Sendable, Hashable {
    public enum Vendor: String, Sendable, Hashable {
        case alibaba
        case tencent
    }

    /// How an Alibaba request is signed. Tencent always uses TC3.
    public enum AlibabaSignature: String, Sendable, Hashable {
        /// The classic RPC query signature (HMAC-SHA1, `SignatureVersion=1.0`). RPC-style APIs only.
        case rpcHMACSHA1
        /// `ACS3-HMAC-SHA256` (V3), for RPC and ROA APIs alike; Alibaba recommends it for new code.
        case acs3HMACSHA256
    }

    public var vendor: Vendor
    /// Alibaba product code as in its domain (`ecs`), Tencent service name (`cvm`, also the TC3 credential scope).
    public var product: String
    /// The API version (`2014-05-26`, `2017-03-12`).
    public var apiVersion: String
    /// Whether the product has per-region endpoints (Alibaba `ecs.cn-hangzhou.aliyuncs.com`).
    public var isRegional: Bool
    /// The domain the product's pages state, if any (`ecs.aliyuncs.com`, or with `{region}`), which wins over the
    /// convention.
    public var documentedEndpoint: String?
    public var alibabaSignature: AlibabaSignature

    public init(vendor: Vendor, product: String, apiVersion: String, isRegional: Bool = true,
                documentedEndpoint: String? = nil, alibabaSignature: AlibabaSignature = .acs3HMACSHA256) {
        self.vendor = vendor
        self.product = product
        self.apiVersion = apiVersion
        self.isRegional = isRegional
        self.documentedEndpoint = documentedEndpoint
        self.alibabaSignature = alibabaSignature
    }

    public static func alibaba(_ product: String, version: String, isRegional: Bool = true, endpoint: String? = nil,
                               signature: AlibabaSignature = .acs3HMACSHA256) -> ServiceDescriptor {
        ServiceDescriptor(vendor: .alibaba, product: product, apiVersion: version, isRegional: isRegional,
                          documentedEndpoint: endpoint, alibabaSignature: signature)
    }

    /// This descriptor with Alibaba's RPC-style requests signed by `signature`: what a generated Alibaba client's
    /// `signature:` argument does (REST/ROA operations sign with ACS3 either way).
    public func signed(with signature: AlibabaSignature) -> ServiceDescriptor {
        var copy = self
        copy.alibabaSignature = signature
        return copy
    }

    public static func tencent(_ service: String, version: String, endpoint: String? = nil) -> ServiceDescriptor {
        ServiceDescriptor(vendor: .tencent, product: service, apiVersion: version, documentedEndpoint: endpoint)
    }
}
