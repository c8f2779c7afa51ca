import Foundation

/// An HTTP method. A struct rather than an enum so an unusual method never needs a runtime change.
public struct HTTPMethod: RawRepresentable, Sendable, Hashable, CustomStringConvertible {
    public var rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue.uppercased() }

    public static let get = HTTPMethod(rawValue: "GET")
    public static let post = HTTPMethod(rawValue: "POST")
    public static let put = HTTPMethod(rawValue: "PUT")
    public static let delete = HTTPMethod(rawValue: "DELETE")
    public static let patch = HTTPMethod(rawValue: "PATCH")
    public static let head = HTTPMethod(rawValue: "HEAD")

    public var description: String { rawValue }
}

/// One signed request as it goes on the wire. Plain data, so a test transport can record and compare it.
public struct HTTPRequest: Sendable, Hashable, CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
    public var method: HTTPMethod
    public var url: URL
    /// Header names as sent; lookups through `header(_:)` ignore case.
    public var headers: [String: String]
    public var body: Data

    public init(method: HTTPMethod, url: URL, headers: [String: String] = [:], body: Data = Data()) {
        self.method = method
        self.url = url
        self.headers = headers
        self.body = body
    }

    /// The value of a header, whatever the case of its name.
    public func header(_ name: String) -> String? {
        headers.first { $0.key.lowercased() == name.lowercased() }?.value
    }

    /// The value of a query item, percent-decoded.
    public func queryValue(_ name: String) -> String? {
        URLComponents(url: url, resolvingAgainstBaseURL: false)?.queryItems?.first { $0.name == name }?.value
    }

    /// Method, URL and headers with every credential-bearing value replaced by `<redacted>`: the security token may
    /// travel in the query (`SecurityToken=`) or a header, and the Authorization header is a bearer of sorts too.
    public var description: String {
        let headerText = headers.keys.sorted().map { name in
            "\(name): \(Redaction.isSensitive(header: name) ? Redaction.mask : headers[name]!)"
        }
        return (["\(method) \(Redaction.redactedURL(url))"] + headerText + ["(\(body.count) body bytes)"])
            .joined(separator: "\n")
    }

    public var debugDescription: String { description }

    /// `dump` and the debugger read the mirror, not `description`: it shows the redacted text only.
    public var customMirror: Mirror { Mirror(self, children: ["redacted": description]) }
}

/// What came back: the status, the headers and the whole body.
public struct HTTPResponse: Sendable, Hashable {
    public var statusCode: Int
    public var headers: [String: String]
    public var body: Data

    public init(statusCode: Int, headers: [String: String] = [:], body: Data = Data()) {
        self.statusCode = statusCode
        self.headers = headers
        self.body = body
    }

    public init(statusCode: Int, headers: [String: String] = [:], json: String) {
        self.init(statusCode: statusCode, headers: headers, body: Data(json.utf8))
    }

    public func header(_ name: String) -> String? {
        headers.first { $0.key.lowercased() == name.lowercased() }?.value
    }
}

/// The one place that knows which header and query names carry secrets.
enum Redaction {
    static let mask = "<redacted>"
    static let sensitiveHeaders: Set<String> = ["authorization", "x-tc-token", "x-acs-security-token", "x-acs-accesskey-secret"]
    static let sensitiveQueryNames: Set<String> = ["securitytoken", "signature", "accesskeysecret", "token"]

    static func isSensitive(header name: String) -> Bool { sensitiveHeaders.contains(name.lowercased()) }

    static func redactedURL(_ url: URL) -> String {
        guard var components = URLComponents(url: url, resolvingAgainstBaseURL: false), let items = components.queryItems else {
            return url.absoluteString
        }
        components.queryItems = items.map {
            sensitiveQueryNames.contains($0.name.lowercased()) ? URLQueryItem(name: $0.name, value: "REDACTED") : $0
        }
        return components.string ?? "\(url.scheme ?? "")://\(url.host ?? "")\(url.path)"
    }
}
