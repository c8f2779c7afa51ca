import DocGenSpec

extension HTMLReader {
    /// The page as text for rules that search the raw page (the spec builder looks for the OpenAPI Explorer link
    /// and `?Action=…&Version=…` examples): every text node with entities decoded, and each link's target written
    /// before its text, the way a Markdown source has `[text](target)` side by side. Markup, scripts and styles
    /// are gone, so a search never runs on into an attribute quote or a tag.
    public static func scannableText(_ html: String) -> String {
        guard let root = HTMLTree.parse(HTMLSourceCleanup.cdataAsText(html)).root else { return "" }
        var text = ""
        func visit(_ element: HTMLElement) {
            if HTMLElementKinds.ignored.contains(element.name) { return }
            if let target = element.attributes["href"], !target.isEmpty { text += "\n" + target + "\n" }
            for node in element.children {
                switch node {
                case .text(let t): text += t
                case .element(let child): visit(child)
                }
            }
        }
        visit(root)
        return text
    }
}
