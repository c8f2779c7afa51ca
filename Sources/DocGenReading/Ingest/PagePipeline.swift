import DocGenSpec

/// The readers and the builder that turn one page's text into a spec. `standard` is what `docgen ingest` uses;
/// tests and benchmarks can put their own in.
public struct PagePipeline: Sendable {
    /// The catalog holds the structures of data-structure pages read in the same run (empty on the first pass).
    public typealias Builder = @Sendable (PageDocument, PageText, IdentityHints, DataStructureCatalog) -> OperationSpec

    public var readers: [PageFormat: any PageReader]
    public var build: Builder

    public init(readers: [any PageReader], build: @escaping Builder) {
        self.readers = Dictionary(readers.map { ($0.format, $0) }, uniquingKeysWith: { _, last in last })
        self.build = build
    }

    public static let standard = PagePipeline(
        readers: [MarkdownReader(), HTMLReader(), RunTogetherTextReader(), SpacedTextReader()],
        build: { document, page, hints, structures in
            SpecBuilder.build(document, page: page, hints: hints, options: SpecBuilder.Options(structures: structures))
        }
    )
}
