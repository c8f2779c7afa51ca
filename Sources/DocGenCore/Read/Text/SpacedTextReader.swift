/// (Being written: this stub returns an empty document.)
public struct SpacedTextReader: PageReader {
    public init() {}
    public var format: PageFormat { .textSpaced }

    public func read(_ page: PageText) -> (document: PageDocument, diagnostics: [Diagnostic]) {
        (PageDocument(file: page.file, format: format, blocks: []), [])
    }
}
