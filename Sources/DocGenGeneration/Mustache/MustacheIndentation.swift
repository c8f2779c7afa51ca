import DocGenSpec

/// Line indentation for partials, parents and blocks. Lines that are empty or only whitespace are left alone,
/// so indenting never adds trailing whitespace.
enum MustacheIndentation {
    /// Prepends `indentation` to every line that has non-whitespace content.
    static func indent(_ text: String, by indentation: String) -> String {
        guard !indentation.isEmpty else { return text }
        return lines(of: text).map { line in
            isBlank(line) ? String(line) : indentation + line
        }.joined()
    }

    /// Removes the leading whitespace all non-blank lines share; blank lines become bare line ends.
    /// Returns the text and the indentation removed.
    static func dedent(_ text: String) -> (text: String, removed: String) {
        let all = lines(of: text)
        var common: Substring?
        for line in all where !isBlank(line) {
            let leading = line.prefix { $0 == " " || $0 == "\t" }
            guard let shared = common else {
                common = leading
                continue
            }
            common = shared.prefix(zip(shared, leading).prefix { $0 == $1 }.count)
        }
        let removed = String(common ?? "")
        let result = all.map { line -> String in
            if isBlank(line) { return String(line.drop { $0 != "\n" && $0 != "\r\n" }) }
            return String(line.dropFirst(removed.count))
        }.joined()
        return (result, removed)
    }

    /// The lines of `text`, each with its line end.
    private static func lines(of text: String) -> [Substring] {
        var result: [Substring] = []
        var start = text.startIndex
        var index = start
        while index < text.endIndex {
            let character = text[index]
            index = text.index(after: index)
            if character == "\n" || character == "\r\n" {
                result.append(text[start..<index])
                start = index
            }
        }
        if start < text.endIndex { result.append(text[start...]) }
        return result
    }

    private static func isBlank(_ line: Substring) -> Bool { line.allSatisfy(\.isWhitespace) }
}
