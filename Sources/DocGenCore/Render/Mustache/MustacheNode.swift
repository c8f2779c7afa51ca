/// A parsed template: text and tags, sections holding their contents.
indirect enum MustacheNode: Sendable {
    case text(String)
    /// `{{name}}` (escaped) or `{{{name}}}` / `{{&name}}` (raw).
    case variable(MustacheName, escaped: Bool, line: Int)
    /// `{{#name}}…{{/name}}` or, inverted, `{{^name}}…{{/name}}`.
    case section(MustacheName, inverted: Bool, children: [MustacheNode], line: Int)
    /// `{{>name}}`; `indentation` is the whitespace before a standalone tag, prepended to every line of the partial.
    case partial(String, indentation: String, line: Int)
    /// `{{$name}}default{{/name}}`: a place a child template may override.
    case block(String, children: [MustacheNode], line: Int)
    /// `{{<name}}{{$block}}…{{/block}}{{/name}}`: renders template `name` with the blocks given here.
    case parent(String, indentation: String, overrides: [String: [MustacheNode]], line: Int)
}

/// A tag's name: `.` (the current item) or a dotted path such as `person.name`.
struct MustacheName: Sendable, Hashable {
    /// Empty for the implicit iterator `.`.
    let path: [String]
    /// As written, for error messages.
    let text: String

    init(_ text: String) {
        self.text = text
        path = text == "." ? [] : text.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
    }
}
