import Foundation

/// Text from pages and arguments printed to a terminal: control characters (ESC sequences and the like) are shown
/// as `\u{1B}` escapes so a page cannot drive the user's terminal. Every line docgen prints goes through `safe`
/// (`printOutput`, `printError`), so page text reaching a diagnostic, a summary or a report cannot slip past it.
enum TerminalText {
    /// - Parameter keepingColour: keep SGR colour sequences (`ESC [ digits ; m`), which `docgen diff` adds itself.
    static func safe(_ text: String, keepingColour: Bool = false) -> String {
        // Fast path: nothing to escape (the common case, and then the bytes are exactly the input's).
        if !text.unicodeScalars.contains(where: isEscaped) { return text }
        var out = ""
        let scalars = Array(text.unicodeScalars)
        var i = 0
        while i < scalars.count {
            let scalar = scalars[i]
            if keepingColour, scalar == "\u{1B}", let end = colourSequenceEnd(scalars, from: i) {
                out.unicodeScalars.append(contentsOf: scalars[i...end])
                i = end + 1
                continue
            }
            if isEscaped(scalar) {
                out += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            } else {
                out.unicodeScalars.append(scalar)
            }
            i += 1
        }
        return out
    }

    private static func isEscaped(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.generalCategory == .control && scalar != "\n" && scalar != "\t"
    }

    private static func colourSequenceEnd(_ scalars: [Unicode.Scalar], from start: Int) -> Int? {
        guard start + 2 < scalars.count, scalars[start + 1] == "[" else { return nil }
        var j = start + 2
        while j < scalars.count, scalars[j] == ";" || ("0"..."9").contains(scalars[j]) { j += 1 }
        return j < scalars.count && scalars[j] == "m" ? j : nil
    }
}

/// A line on stdout, control characters escaped.
func printOutput(_ message: String) {
    print(TerminalText.safe(message))
}
