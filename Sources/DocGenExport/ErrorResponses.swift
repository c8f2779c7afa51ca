import DocGenSpec

/// The page's error table in the document: every row in `x-docgen-errors` (`code`, `message`, `http`,
/// `description`, in page order), and one response per documented HTTP status whose description lists the codes.
/// Errors without an HTTP status (Tencent: HTTP 200 with `Response.Error`) only appear in the extension.
enum ErrorResponses {
    static let errorSchemaName = "DocGenError"

    static func rows(_ errors: [ErrorCode]) -> OpenAPIValue {
        .array(errors.map { e in
            var row: [String: OpenAPIValue] = ["code": .string(e.code)]
            row["http"] = e.http.map { .integer(Int64($0)) } ?? .null
            row["message"] = e.message.map { .string($0) } ?? .null
            if let d = e.description { row["description"] = .string(d) }
            return .object(row)
        })
    }

    /// `"<status>": {description, content}` for each status the table names.
    static func responses(_ errors: [ErrorCode]) -> [String: OpenAPIValue] {
        var codesByStatus: [Int: [String]] = [:]
        for e in errors {
            guard let http = e.http, (400...599).contains(http) else { continue }
            if !(codesByStatus[http] ?? []).contains(e.code) { codesByStatus[http, default: []].append(e.code) }
        }
        var out: [String: OpenAPIValue] = [:]
        for (status, codes) in codesByStatus {
            out[String(status)] = [
                "description": .string(codes.joined(separator: ", ")),
                "content": ["application/json": ["schema": SchemaComponents.ref(errorSchemaName)]],
                "x-docgen-error-codes": .array(codes.map { .string($0) }),
            ]
        }
        return out
    }

    /// The vendor's error body: Alibaba's flat object, Tencent's `Response.Error`.
    static func errorSchema(_ convention: VendorConvention) -> OpenAPIValue {
        switch convention {
        case .alibabaRPC:
            return [
                "type": "object",
                "properties": [
                    "RequestId": ["type": "string"], "HostId": ["type": "string"], "Code": ["type": "string"],
                    "Message": ["type": "string"], "Recommend": ["type": "string"],
                ],
            ]
        case .tencentAPI3:
            return [
                "type": "object",
                "properties": [
                    "Response": [
                        "type": "object",
                        "properties": [
                            "RequestId": ["type": "string"],
                            "Error": [
                                "type": "object",
                                "properties": ["Code": ["type": "string"], "Message": ["type": "string"]],
                            ],
                        ],
                    ]
                ],
            ]
        }
    }
}
