/// How an operation goes on the wire, as far as its page says (or, where it is silent, the vendor's convention says:
/// the builder then leaves an `http-binding-convention` info diagnostic). Absent from a spec (and its JSON) when the
/// page states nothing about it, so specs of pages that never did keep their bytes.
public struct HTTPBinding: Codable, Hashable, Sendable {
    /// `alibaba-rpc` (query `Action=`), `alibaba-roa` (REST: method + path template), `tencent-3.0` (POST `/` with
    /// a JSON body, `X-TC-Action` header), or `extensible` (a REST binding of a vendor docgen has no convention for).
    public var style: String
    /// The HTTP method as the page gives it, upper case; alternatives joined by `|` (`PATCH|POST`).
    public var method: String?
    /// Path template: path parameters in braces (`/openapi/instances/{InstanceId}`), then the constant sub-resource
    /// query the request line carries (`/?acl`, `/{ObjectName}?tagging`). Variable query items (`uploadId=UploadId`)
    /// are query parameters, not part of the template.
    public var path: String?
    /// Host template from the request's `Host:` line, placeholders in braces (`{BucketName}.oss-cn-hangzhou.aliyuncs.com`).
    public var host: String?
    /// Request body media type from the request's `Content-Type:` line.
    public var contentType: String?
    /// 1-based line of the request line the binding was read from (nil when read from other cues).
    public var line: Int?

    public init(style: String, method: String? = nil, path: String? = nil, host: String? = nil,
                contentType: String? = nil, line: Int? = nil) {
        self.style = style
        self.method = method
        self.path = path
        self.host = host
        self.contentType = contentType
        self.line = line
    }
}

/// Where a request parameter goes on the wire (`Parameter.location`).
public enum ParameterLocation: String, Codable, Hashable, Sendable, CaseIterable {
    case query, path, header, body, host
}
