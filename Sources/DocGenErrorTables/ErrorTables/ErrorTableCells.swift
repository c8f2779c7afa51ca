import DocGenSpec

/// The text of each column of a row, shared by the Markdown, CSV and HTML renderings.
struct ErrorTableCells {
    static let headers = ["Code", "HTTP", "Message", "Description", "Operations", "Since", "Until", "Conflicts"]

    let row: ErrorTableRow
    /// Prefix texts with their language only when the table mixes languages.
    let showLanguage: Bool

    init(_ row: ErrorTableRow, in table: ErrorTable) {
        self.row = row
        self.showLanguage = table.languages.count > 1
    }

    var http: String { row.httpStatuses.map(String.init).joined(separator: ", ") }

    /// Lines of a language-grouped column, `[zh] text` when the table mixes languages.
    func lines(_ texts: [String: [String]]) -> [(language: String, text: String)] {
        texts.keys.sorted().flatMap { language in texts[language]!.map { (language, $0) } }
    }

    func labelled(_ line: (language: String, text: String)) -> String {
        showLanguage ? "[\(line.language)] \(line.text)" : line.text
    }

    var messageLines: [String] { lines(row.messages).map(labelled) }
    var descriptionLines: [String] { lines(row.descriptions).map(labelled) }
    var operationLabels: [String] { row.operations.map(\.label) }
    var since: String { row.since?.display ?? "" }
    var until: String { row.until?.display ?? "" }
    var conflictLines: [String] { row.conflicts.map(\.summary) }
}
