import DocGenRuntime
import DocGenSpec

/// How a vendor's API is called, chosen from the spec's `vendor`. Alibaba Cloud RPC style is the default for an
/// unknown vendor (1-based lists, no `Version` item, flat response body).
public struct VendorProfile: Sendable, Hashable {
    public var style: VendorStyle
    /// The Swift expression for `style` in generated code (`.alibabaRPC`, `.tencent`).
    public var styleExpression: String

    public static func forVendor(_ vendor: String) -> VendorProfile {
        let description = Vendors.named(vendor) ?? Vendors.alibaba
        let style: VendorStyle = description.id == Vendors.tencent.id ? .tencent : .alibabaRPC
        return VendorProfile(style: style, styleExpression: description.runtimeStyleExpression)
    }
}
