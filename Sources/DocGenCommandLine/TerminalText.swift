/// Text from pages and arguments printed to a terminal: control characters (ESC sequences and the like) are shown
/// as `\u{1B}` escapes so a page cannot drive the user's terminal.
enum TerminalText {
    static func safe(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            if scalar.properties.generalCategory == .control && scalar != "\n" && scalar != "\t" {
                out += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
