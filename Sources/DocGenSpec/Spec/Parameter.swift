/// The closed type vocabulary of the spec. Readers map every vendor spelling (String, RepeatList, Array of X, Int, ...) onto it.
public enum ParamType: String, Codable, Hashable, Sendable, CaseIterable {
    case string, integer, long, boolean, float, double, object, array
}

/// How a time value travels, as its page documents it (`yyyy-MM-ddTHH:mm:ssZ`, "UNIX 时间戳，单位：毫秒").
public enum TimeFormat: String, Codable, Hashable, Sendable, CaseIterable {
    /// ISO 8601 date and time with seconds (`2024-05-01T08:00:00Z`; a fraction or an offset may follow).
    case iso8601
    /// ISO 8601 to the minute (`2024-05-01T08:00Z`), which Alibaba uses for many query windows.
    case iso8601Minutes = "iso8601-minutes"
    /// A calendar date (`2024-05-01`).
    case date
    /// Seconds since 1970-01-01T00:00:00Z.
    case unixSeconds = "unix-seconds"
    /// Milliseconds since 1970-01-01T00:00:00Z.
    case unixMilliseconds = "unix-milliseconds"
}

/// Element type of an array parameter or response field.
public struct Items: Codable, Hashable, Sendable {
    public var type: ParamType
    /// The vendor's name for an object element type (`Tag` in `Array of Tag`), where it gives one.
    public var typeName: String?

    public init(type: ParamType, typeName: String? = nil) {
        self.type = type
        self.typeName = typeName
    }
}

/// One request parameter. Repeat lists (`Tag.N.Key`) are folded: `Tag` (array of object) with child `Key`.
public struct Parameter: Codable, Hashable, Sendable {
    /// Base name without `.N` markers: `ExcludeDiskId`, `Tag`, `Key`.
    public var name: String
    /// The name as sent on the wire, with the page's repeat markers: `ExcludeDiskId.N`, `Tag.N.Key`.
    public var wireName: String
    public var type: ParamType
    public var items: Items?
    public var children: [Parameter]?
    public var required: Bool
    /// A vendor common parameter (Action, Version, Region, ...) listed beside the operation's own.
    public var common: Bool
    public var description: String?
    public var example: String?
    public var constraints: Constraints
    /// For each constraint key, the sentence of the page it was read from.
    public var constraintSources: [String: String]
    /// 1-based line of the page where this parameter's row starts.
    public var line: Int
    /// Where the parameter goes on the wire (query, path, header, body, host); nil when the spec has no HTTP binding.
    /// Set on top-level parameters; children travel inside their parent.
    public var location: ParameterLocation?
    /// The documented time format of a time value; nil for everything else.
    public var timeFormat: TimeFormat?

    public init(
        name: String, wireName: String? = nil, type: ParamType, items: Items? = nil, children: [Parameter]? = nil,
        required: Bool = false, common: Bool = false, description: String? = nil, example: String? = nil,
        constraints: Constraints = Constraints(), constraintSources: [String: String] = [:], line: Int,
        location: ParameterLocation? = nil, timeFormat: TimeFormat? = nil
    ) {
        self.timeFormat = timeFormat
        self.name = name
        self.wireName = wireName ?? name
        self.type = type
        self.items = items
        self.children = children
        self.required = required
        self.common = common
        self.description = description
        self.example = example
        self.constraints = constraints
        self.constraintSources = constraintSources
        self.line = line
        self.location = location
    }
}

/// One field of the response body; nested fields sit in `children`.
public struct ResponseField: Codable, Hashable, Sendable {
    public var name: String
    public var type: ParamType
    public var items: Items?
    public var children: [ResponseField]?
    public var description: String?
    public var example: String?
    public var line: Int
    /// The documented time format of a time value; nil for everything else.
    public var timeFormat: TimeFormat?

    public init(
        name: String, type: ParamType, items: Items? = nil, children: [ResponseField]? = nil,
        description: String? = nil, example: String? = nil, line: Int, timeFormat: TimeFormat? = nil
    ) {
        self.timeFormat = timeFormat
        self.name = name
        self.type = type
        self.items = items
        self.children = children
        self.description = description
        self.example = example
        self.line = line
    }
}

/// One row of the page's error table. Duplicated codes are kept (the same code often has two messages).
public struct ErrorCode: Codable, Hashable, Sendable {
    /// HTTP status, `nil` where the page gives none (Tencent).
    public var http: Int?
    public var code: String
    /// `nil` where the page has no message column.
    public var message: String?
    /// `nil` where the page shows `-` or nothing.
    public var description: String?
    public var line: Int

    public init(http: Int?, code: String, message: String?, description: String?, line: Int) {
        self.http = http
        self.code = code
        self.message = message
        self.description = description
        self.line = line
    }

    private enum CodingKeys: String, CodingKey { case http, code, message, description, line }

    // Nulls are written out: "no HTTP status on the page" is a fact the diff and error tables rely on.
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(http, forKey: .http)
        try c.encode(code, forKey: .code)
        try c.encode(message, forKey: .message)
        try c.encode(description, forKey: .description)
        try c.encode(line, forKey: .line)
    }
}


/// How deep parameters and response fields may nest. Vendor pages nest a few levels (`Tag.N.Key`); 256 levels made a
/// spec JSON that docgen's own decoder refused and 64 overran the template partial limit, so ingest refuses a page
/// past this (`nesting-too-deep`) and generate names a spec past it instead of failing somewhere inside a template.
public enum SpecNesting {
    public static let maximumDepth = 32

    /// The deepest nesting of `parameters` (1 for flat parameters, 0 for none).
    public static func depth(of parameters: [Parameter]) -> Int {
        var deepest = 0
        var pending: [(Parameter, Int)] = parameters.map { ($0, 1) }
        while let (parameter, depth) = pending.popLast() {
            deepest = max(deepest, depth)
            for child in parameter.children ?? [] { pending.append((child, depth + 1)) }
        }
        return deepest
    }

    public static func depth(of fields: [ResponseField]) -> Int {
        var deepest = 0
        var pending: [(ResponseField, Int)] = fields.map { ($0, 1) }
        while let (field, depth) = pending.popLast() {
            deepest = max(deepest, depth)
            for child in field.children ?? [] { pending.append((child, depth + 1)) }
        }
        return deepest
    }

    /// An error message when `spec` nests past the limit, naming the section.
    public static func problem(in spec: OperationSpec) -> String? {
        let parameters = depth(of: spec.parameters), response = depth(of: spec.responseFields)
        if parameters > maximumDepth {
            return "request parameters nested \(parameters) levels deep; docgen reads at most \(maximumDepth)"
        }
        if response > maximumDepth {
            return "response fields nested \(response) levels deep; docgen reads at most \(maximumDepth)"
        }
        return nil
    }
}
