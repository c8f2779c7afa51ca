/// One revision of one API operation, as read from one vendor page.
/// This is the intermediate spec that every reader produces and every later stage (diff, render, error tables) consumes.
public struct OperationSpec: Codable, Hashable, Sendable {
    public static let currentSchemaVersion = 1

    public var schemaVersion: Int
    public var vendor: String
    public var product: String
    public var apiVersion: String
    public var action: String
    /// `zh` or `en` (or another BCP 47 primary tag) of the page prose.
    public var language: String
    public var title: String?
    public var summary: String?
    public var source: SourceInfo
    public var parameters: [Parameter]
    public var responseFields: [ResponseField]
    public var errors: [ErrorCode]
    /// The page's own "Change history" entries, newest first as the page lists them.
    public var changeHistory: [PageChange]
    public var examples: Examples
    public var diagnostics: [Diagnostic]
    public var rowAccounting: RowAccounting
    /// The HTTP binding (style, method, path, host, content type) where the page states one; nil otherwise.
    public var http: HTTPBinding?

    public init(
        vendor: String, product: String, apiVersion: String, action: String, language: String,
        title: String? = nil, summary: String? = nil, source: SourceInfo,
        parameters: [Parameter] = [], responseFields: [ResponseField] = [], errors: [ErrorCode] = [],
        changeHistory: [PageChange] = [], examples: Examples = Examples(), diagnostics: [Diagnostic] = [],
        rowAccounting: RowAccounting = RowAccounting(), http: HTTPBinding? = nil
    ) {
        self.schemaVersion = Self.currentSchemaVersion
        self.vendor = vendor
        self.product = product
        self.apiVersion = apiVersion
        self.action = action
        self.language = language
        self.title = title
        self.summary = summary
        self.source = source
        self.parameters = parameters
        self.responseFields = responseFields
        self.errors = errors
        self.changeHistory = changeHistory
        self.examples = examples
        self.diagnostics = diagnostics
        self.rowAccounting = rowAccounting
        self.http = http
    }

    /// `vendor/product/apiVersion/Action`: the key that ties revisions of one operation together.
    public var operationID: OperationID {
        OperationID(vendor: vendor, product: product, apiVersion: apiVersion, action: action)
    }
}

public struct OperationID: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var vendor: String
    public var product: String
    public var apiVersion: String
    public var action: String

    public init(vendor: String, product: String, apiVersion: String, action: String) {
        self.vendor = vendor
        self.product = product
        self.apiVersion = apiVersion
        self.action = action
    }

    public var description: String { "\(vendor)/\(product)/\(apiVersion)/\(action)" }

    public static func < (lhs: OperationID, rhs: OperationID) -> Bool { lhs.description < rhs.description }
}

/// Where a spec came from. `file` is the page path relative to the folder given to `ingest` (or its name).
public struct SourceInfo: Codable, Hashable, Sendable {
    public var file: String
    public var sha256: String
    /// One of `PageFormat.rawValue`.
    public var format: String
    /// The page's own date (`Last Updated:Mar 19, 2024`), ISO `yyyy-MM-dd`, where the page states one.
    public var date: String?

    public init(file: String, sha256: String, format: String, date: String? = nil) {
        self.file = file
        self.sha256 = sha256
        self.format = format
        self.date = date
    }
}

public struct Examples: Codable, Hashable, Sendable {
    /// The request example as the page shows it (usually a URL with query items).
    public var request: String?
    /// The JSON response example, verbatim.
    public var responseJSON: String?

    public init(request: String? = nil, responseJSON: String? = nil) {
        self.request = request
        self.responseJSON = responseJSON
    }
}

/// One entry of the page's own change-history section.
public struct PageChange: Codable, Hashable, Sendable {
    public var date: String
    public var summary: String
    public var details: [String]
    public var line: Int

    public init(date: String, summary: String, details: [String] = [], line: Int) {
        self.date = date
        self.summary = summary
        self.details = details
        self.line = line
    }
}

/// Proof that nothing was lost: every table row of the parameter, response and error sections
/// is either used (it landed in the spec) or reported (a diagnostic names its line). seen == used + reported.
///
/// `cut` counts the rows among `seen` that the page cuts short: a row that stops before its closing `|` (the next
/// row or a heading starts first). Each is also named by a warning (`table-row-cut`, `table-row-unclosed`) and read
/// as far as it goes, so a cut row is in `used` when what it has landed in the spec. `cut` is written only when it
/// is not 0, so the specs of pages without cut rows keep their bytes.
public struct RowAccounting: Codable, Hashable, Sendable {
    public var seen: Int
    public var used: Int
    public var reported: Int
    public var cut: Int

    public init(seen: Int = 0, used: Int = 0, reported: Int = 0, cut: Int = 0) {
        self.seen = seen
        self.used = used
        self.reported = reported
        self.cut = cut
    }

    private enum CodingKeys: String, CodingKey { case seen, used, reported, cut }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        seen = try c.decode(Int.self, forKey: .seen)
        used = try c.decode(Int.self, forKey: .used)
        reported = try c.decode(Int.self, forKey: .reported)
        cut = try c.decodeIfPresent(Int.self, forKey: .cut) ?? 0
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(seen, forKey: .seen)
        try c.encode(used, forKey: .used)
        try c.encode(reported, forKey: .reported)
        if cut != 0 { try c.encode(cut, forKey: .cut) }
    }

    public var isExact: Bool { seen == used + reported }
}
