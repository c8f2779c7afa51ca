/// The documented-code table of a product's error type as the lines of a JSON object inside a raw multi-line string
/// literal (`ErrorCodeInfo.table(json:)` decodes it on first use; see `RawJSONText` for why data and not a literal).
///
/// One code per line, sorted by code, so a changed code is a one-line change of the generated file.
struct ErrorTableText {
    /// The lines between the literal's delimiters: `{`, `"Code": {...},` per code, `}`.
    let lines: [String]
    /// The `#`s delimiting the literal.
    let hashes: String

    struct Entry {
        var code: String
        var statuses: [Int]
        var messages: [String]
        var descriptions: [String]
    }

    init(entries: [Entry]) {
        var lines = ["{"]
        for (index, entry) in entries.enumerated() {
            let row = RawJSONText.string(entry.code) + ": {\"httpStatuses\": ["
                + entry.statuses.map(String.init).joined(separator: ", ") + "], \"messages\": "
                + RawJSONText.array(entry.messages) + ", \"descriptions\": " + RawJSONText.array(entry.descriptions) + "}"
            lines.append(index == entries.count - 1 ? row : row + ",")
        }
        lines.append("}")
        self.lines = lines
        hashes = RawJSONText.hashes(for: lines)
    }
}
