/// What a vendor page documents about one error code: the HTTP statuses and messages it lists for it
/// (a code listed on several rows or pages is merged into one entry).
public struct ErrorCodeInfo: Sendable, Hashable {
    public var httpStatuses: [Int]
    /// The message column (what the service returns in `Message`).
    public var messages: [String]
    /// The description column (the page's explanation).
    public var descriptions: [String]

    public init(httpStatuses: [Int], messages: [String], descriptions: [String] = []) {
        self.httpStatuses = httpStatuses
        self.messages = messages
        self.descriptions = descriptions
    }
}

/// The error type of one product: an open set of codes. Each generated product type is a struct holding the code
/// string with a static member per documented code, so adding codes never breaks a caller's `switch` or `==`, and a
/// code no page documents decodes like any other (it just has no `info`).
public protocol ServiceErrorCode: Error, Sendable, Hashable, Codable, CustomStringConvertible {
    var code: String { get }
    init(code: String)
    /// Every documented code of the product, keyed by code.
    static var documented: [String: ErrorCodeInfo] { get }
}

extension ServiceErrorCode {
    /// What the pages say about this code; nil for an undocumented code.
    public var info: ErrorCodeInfo? { Self.documented[code] }
    public var isDocumented: Bool { info != nil }
    public var description: String { code }

    public init(from decoder: any Decoder) throws {
        self.init(code: try decoder.singleValueContainer().decode(String.self))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(code)
    }
}

/// An error body returned by the service, in either vendor's shape:
/// Alibaba `{"RequestId": ..., "Code": ..., "Message": ...}`,
/// Tencent `{"Response": {"Error": {"Code": ..., "Message": ...}, "RequestId": ...}}`.
public struct ServiceErrorResponse<Code: ServiceErrorCode>: Error, Sendable, Hashable, Decodable, CustomStringConvertible {
    public var code: Code
    public var message: String?
    public var requestID: String?

    public init(code: Code, message: String?, requestID: String?) {
        self.code = code
        self.message = message
        self.requestID = requestID
    }

    private enum Keys: String, CodingKey {
        case response = "Response", error = "Error", code = "Code", message = "Message", requestID = "RequestId"
    }

    public init(from decoder: any Decoder) throws {
        var container = try decoder.container(keyedBy: Keys.self)
        if container.contains(.response) {
            container = try container.nestedContainer(keyedBy: Keys.self, forKey: .response)
        }
        requestID = try container.decodeIfPresent(String.self, forKey: .requestID)
        if container.contains(.error) {
            let error = try container.nestedContainer(keyedBy: Keys.self, forKey: .error)
            code = try error.decode(Code.self, forKey: .code)
            message = try error.decodeIfPresent(String.self, forKey: .message)
        } else {
            code = try container.decode(Code.self, forKey: .code)
            message = try container.decodeIfPresent(String.self, forKey: .message)
        }
    }

    public var description: String {
        [code.code, message, requestID.map { "request \($0)" }].compactMap { $0 }.joined(separator: ": ")
    }
}
