import DocGenSpec

/// A parsed Mustache template: parse once, render many times.
public struct MustacheTemplate: Sendable {
    /// The name errors report (usually the file name).
    public let name: String
    let nodes: [MustacheNode]

    /// Throws a `MustacheError` naming `name` and the line of the first problem (unclosed tag or section,
    /// mismatched closing tag, bad delimiters, empty tag name).
    public init(source: String, name: String) throws {
        self.name = name
        nodes = try MustacheParser.parse(source, name: name)
    }

    /// Renders with partials; a missing partial renders as empty text (the spec's rule).
    public func render(_ context: MustacheValue, partials: some MustachePartialProvider) throws -> String {
        try render(context, partials: partials, options: .standard)
    }

    /// Renders without partials.
    public func render(_ context: MustacheValue) throws -> String {
        try render(context, partials: NoPartials(), options: .standard)
    }

    /// Renders with partials and options, e.g. `.strict` to make a missing partial an error.
    /// Partials are parsed at most once per render (per name and indentation).
    public func render(
        _ context: MustacheValue, partials: some MustachePartialProvider, options: MustacheRenderOptions
    ) throws -> String {
        let renderer = MustacheRenderer(partials: partials, options: options, context: context)
        try renderer.render(nodes, template: name)
        return renderer.output
    }
}
