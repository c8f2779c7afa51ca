import Foundation
import DocGenSpec

/// Small rewrites of the page text before libxml2 sees it, for things its HTML 4 parser gets wrong.
enum HTMLSourceCleanup {
    /// `<![CDATA[a<b]]>` is not HTML; libxml2 would read `<b` as a tag. Its content is turned into escaped
    /// text instead, which keeps it as text and keeps every line break (so line numbers stay right).
    static func cdataAsText(_ text: String) -> String {
        guard text.containsUTF8("<![CDATA[") else { return text }
        var out = ""
        var rest = text[...]
        while let open = rest.range(of: "<![CDATA[") {
            out += rest[..<open.lowerBound]
            let body = rest[open.upperBound...]
            let close = body.range(of: "]]>")
            let content = close.map { body[..<$0.lowerBound] } ?? body
            out += content.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
                .replacingOccurrences(of: ">", with: "&gt;")
            rest = close.map { body[$0.upperBound...] } ?? body[body.endIndex...]
        }
        return out + rest
    }

    /// Whether the text has anything that looks like a tag (`<p`, `</`, `<!`). Without one it is not HTML.
    static func looksLikeMarkup(_ text: String) -> Bool {
        var previousWasOpen = false
        for scalar in text.unicodeScalars {
            if previousWasOpen, scalar.properties.isAlphabetic || scalar == "/" || scalar == "!" { return true }
            previousWasOpen = scalar == "<"
        }
        return false
    }
}
