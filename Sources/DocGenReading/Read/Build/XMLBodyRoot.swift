/// The outermost element of the XML bodies the page's request blocks send: in a code block that holds a request line
/// (`PUT /?tagging HTTP/1.1`, or without the protocol: `PUT /objectname?tagging`), the first element after it and
/// before any response status line (`HTTP/1.1 200 OK`).
/// `<Tagging>` there is the body's root: a request-element row of that name is the document, not a parameter
/// (`XMLParentNodes`).
enum XMLBodyRoot {
    static func names(in blocks: [SectionedBlock]) -> Set<String> {
        var names = Set<String>()
        for sb in blocks {
            guard case .code(let code) = sb.block, code.text.contains("<") else { continue }
            var afterRequestLine = false
            for line in code.text.split(separator: "\n") {
                let trimmed = line.drop(while: { $0 == " " || $0 == "\t" })
                if trimmed.hasPrefix("HTTP/") { afterRequestLine = false; continue }
                if isRequestLine(trimmed) { afterRequestLine = true; continue }
                guard afterRequestLine, let name = elementName(trimmed) else { continue }
                names.insert(name)
                afterRequestLine = false
            }
        }
        return names
    }

    private static let methods = ["GET ", "PUT ", "POST ", "DELETE ", "HEAD ", "PATCH ", "OPTIONS "]

    private static func isRequestLine(_ line: Substring) -> Bool {
        guard let method = methods.first(where: { line.hasPrefix($0) }) else { return false }
        return line.dropFirst(method.count).first == "/" || line.contains(" HTTP/")
    }

    /// `Tagging` for a line starting `<Tagging>` or `<Tagging xmlns=…>`; nil for `<?xml …?>`, comments and text.
    private static func elementName(_ line: Substring) -> String? {
        guard line.first == "<", let first = line.dropFirst().first, first.isASCII, first.isLetter else { return nil }
        let name = line.dropFirst().prefix { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" || $0 == ".") }
        return name.isEmpty ? nil : String(name)
    }
}
