/// (Being written: this stub returns an empty document.)
public struct HTMLReader: PageReader {
    public init() {}
    public var format: PageFormat { .html }

    public func read(_ page: PageText) -> (document: PageDocument, diagnostics: [Diagnostic]) {
        (PageDocument(file: page.file, format: format, blocks: []), [])
    }
}
