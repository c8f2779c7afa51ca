import DocGenCore

enum IngestCommand: Command {
    static let name = "ingest"
    static let summary = "read vendor pages (Markdown, HTML, text renderings) into specs/"
    static let help = """
    Usage: docgen ingest <files or folders>... [--out specs]
    """

    static func run(_ arguments: [String]) throws -> Int32 {
        throw DocGenError.usage("ingest is being built")
    }
}
