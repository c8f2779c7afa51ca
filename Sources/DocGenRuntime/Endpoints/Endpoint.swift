import Foundation

/// Where requests go: scheme, host and port. Tests point it at `http://127.0.0.1:<port>`.
public struct Endpoint: Sendable, Hashable, CustomStringConvertible {
    public var scheme: String
    public var host: String
    public var port: Int?

    public init(scheme: String = "https", host: String, port: Int? = nil) {
        self.scheme = scheme.lowercased()
        self.host = host.lowercased()
        self.port = port
    }

    /// `https://ecs.aliyuncs.com`, `http://127.0.0.1:8080`; nil without a scheme and host.
    public init?(url text: String) {
        guard let components = URLComponents(string: text), let scheme = components.scheme, let host = components.host,
              !host.isEmpty else { return nil }
        self.init(scheme: scheme, host: host, port: components.port)
    }

    /// The `Host` header as the server will see it: the port is included unless it is the scheme's default.
    public var hostHeader: String {
        guard let port, port != (scheme == "https" ? 443 : 80) else { return host }
        return "\(host):\(port)"
    }

    public var baseURL: URL { URL(string: "\(scheme)://\(hostHeader)")! }

    public var description: String { baseURL.absoluteString }
}

/// Chooses the endpoint of a call, in this order:
/// 1. an explicit override (configuration, or a test server);
/// 2. the domain the product's reference page states, when the generated code passes one;
/// 3. the vendor's convention: Alibaba `<product>.<region>.aliyuncs.com` for regional products (else
///    `<product>.aliyuncs.com`), Tencent `<service>.tencentcloudapi.com` (the region then travels in `X-TC-Region`).
public struct EndpointResolver: Sendable, Hashable {
    public init() {}

    public func resolve(service: ServiceDescriptor, region: String?, override: Endpoint?) -> Endpoint {
        if let override { return override }
        if let stated = service.documentedEndpoint {
            let host = region.map { stated.replacingOccurrences(of: "{region}", with: $0) } ?? stated
            return Endpoint(url: host.contains("://") ? host : "https://" + host) ?? Endpoint(host: host)
        }
        switch service.vendor {
        case .alibaba:
            if service.isRegional, let region, !region.isEmpty {
                return Endpoint(host: "\(service.product).\(region).aliyuncs.com")
            }
            return Endpoint(host: "\(service.product).aliyuncs.com")
        case .tencent:
            return Endpoint(host: "\(service.product).tencentcloudapi.com")
        }
    }
}
