/// An object parameter whose fields the page does not list (Tencent's `Tags: Array of Tag` with `Tag` documented
/// elsewhere): free `name → value` fields, sent in name order (`Tags.0.Key=...&Tags.0.Value=...`).
public struct QueryFields: Sendable, Hashable, Codable, QueryEncodable, Validatable, ExpressibleByDictionaryLiteral {
    public var fields: [String: String]

    public init(_ fields: [String: String]) {
        self.fields = fields
    }

    public init(dictionaryLiteral elements: (String, String)...) {
        self.fields = Dictionary(elements, uniquingKeysWith: { _, last in last })
    }

    public init(from decoder: any Decoder) throws {
        fields = try decoder.singleValueContainer().decode([String: String].self)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(fields)
    }

    @_spi(DocGenGenerated)
    public func appendQueryItems(to query: inout QueryItems, prefix: String) {
        for name in fields.keys.sorted() {
            query.append(prefix + name, fields[name])
        }
    }

    @_spi(DocGenGenerated)
    public func collectIssues(into issues: inout ValidationIssues, prefix: String) {}
}
