import DocGenSpec

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
    case block(MustacheBlock)
    /// `{{<name}}{{$block}}…{{/block}}{{/name}}`: renders template `name` with the blocks given here.
    case parent(String, indentation: String, overrides: [String: MustacheBlock], line: Int)
}

/// A block `{{$name}}…{{/name}}`: default content in a parent template, or the content a child gives it.
///
/// Blocks are re-indented as text (the spec's rule): the indentation of a standalone block's content is removed
/// where it is written and the indentation of the block it fills is added where it is expanded. So the block
/// keeps its source text and delimiters to parse the re-indented text again.
struct MustacheBlock: Sendable {
    let name: String
    let line: Int
    /// The content as written, parsed.
    let children: [MustacheNode]
    /// The content's source, without its common indentation when the block stands alone.
    let text: String
    let delimiters: MustacheDelimiters
    /// The line `text` starts on, so errors in re-parsed text point at the right line.
    let firstLine: Int
    let isStandalone: Bool
    /// For a standalone block: what each line of the content that fills it is indented by — the default
    /// content's own indentation, or else the indentation of the block tag.
    let indentation: String
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
