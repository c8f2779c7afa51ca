/// (Being written: this stub returns an empty document.)
public struct RunTogetherTextReader: PageReader {
    public init() {}
    public var format: PageFormat { .textRunTogether }

    public func read(_ page: PageText) -> (document: PageDocument, diagnostics: [Diagnostic]) {
        (PageDocument(file: page.file, format: format, blocks: []), [])
    }
}
