import Foundation
import DocGenSpec

/// How codes and prose from pages are compared and shown.
enum ErrorText {
    static func code(_ raw: String) -> String {
        raw.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Whitespace runs collapsed to one space, trimmed; empty text is nil.
    static func normalized(_ raw: String?) -> String? {
        guard let raw else { return nil }
        let collapsed = Whitespace.collapsed(raw)
        return collapsed.isEmpty ? nil : collapsed
    }

    /// What two messages are compared by: `’` and `'`, `“` and `"` are the same, case is ignored, a final `.` or `。`
    /// is dropped.
    static func comparable(_ message: String) -> String {
        var text = message.lowercased()
        for (typographic, plain) in [("’", "'"), ("‘", "'"), ("“", "\""), ("”", "\"")] {
            text = text.replacingOccurrences(of: typographic, with: plain)
        }
        while let last = text.last, last == "." || last == "。" || last == " " { text.removeLast() }
        return text
    }

    /// A message that says nothing by itself (`%s`, `-`): not compared when looking for conflicting messages.
    static func isPlaceholder(_ message: String) -> Bool {
        var text = message
        for specifier in ["%s", "%d", "%v", "%@"] { text = text.replacingOccurrences(of: specifier, with: "") }
        return !text.contains { $0.isLetter || $0.isNumber }
    }
}
