import DocGenSpec

/// A reader turns the text of one page in one format into a `PageDocument`.
/// Readers never throw for odd content: what they cannot place becomes a diagnostic, so nothing is lost silently.
public protocol PageReader: Sendable {
    var format: PageFormat { get }
    func read(_ page: PageText) -> (document: PageDocument, diagnostics: [Diagnostic])
}

/// A page's decoded text, ready for a reader.
public struct PageText: Sendable {
    /// Path as shown in diagnostics and stored in `SourceInfo.file`.
    public var file: String
    /// Decoded text: no BOM, `\n` line ends, NBSP turned into plain spaces.
    public var text: String
    public var sha256: String
    public var byteCount: Int

    public init(file: String, text: String, sha256: String, byteCount: Int) {
        self.file = file
        self.text = text
        self.sha256 = sha256
        self.byteCount = byteCount
    }
}
