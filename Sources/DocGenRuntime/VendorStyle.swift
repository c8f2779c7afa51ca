/// What differs between the vendors' RPC-style query APIs.
public struct VendorStyle: Sendable, Hashable {
    /// The number of a list's first element on the wire: Alibaba `DiskId.1=...`, Tencent `DiskIds.0=...`.
    public var listIndexBase: Int
    /// Whether `Version=<apiVersion>` is sent beside `Action`.
    public var sendsVersion: Bool
    /// Whether the response body is wrapped as `{"Response": {...}}`.
    public var wrapsResponse: Bool

    public init(listIndexBase: Int, sendsVersion: Bool, wrapsResponse: Bool) {
        self.listIndexBase = listIndexBase
        self.sendsVersion = sendsVersion
        self.wrapsResponse = wrapsResponse
    }

    /// Alibaba Cloud RPC style: 1-based lists, flat response body.
    public static let alibabaRPC = VendorStyle(listIndexBase: 1, sendsVersion: false, wrapsResponse: false)
    /// Tencent Cloud API 3.0: 0-based lists, `Version` sent, body under `Response`.
    public static let tencent = VendorStyle(listIndexBase: 0, sendsVersion: true, wrapsResponse: true)
}
