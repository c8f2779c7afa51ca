import Foundation

import CLibXML2
import DocGenSpec

/// The only code that touches libxml2's C API. Parses HTML text with libxml2's forgiving HTML parser and copies
/// the result into `HTMLElement` values, freeing the C document before returning.
enum HTMLTree {
    struct Parsed {
        /// The `<html>` element (libxml2 adds the implied `html`/`body`, an element-less page gets an empty one);
        /// nil when libxml2 built no document at all.
        var root: HTMLElement?
        /// What libxml2 reported while recovering, in page order.
        var problems: [HTMLParseProblem]
        /// libxml2 stops building the tree at 256 nested elements (without `XML_PARSE_HUGE`) and drops the rest
        /// of the page; true when the tree reaches that depth or libxml2 said so.
        var truncatedAtDepth = false
    }

    /// libxml2's `xmlParserMaxDepth`: deeper elements end the parse.
    static let maximumDepth = 256

    private static let options = Int32(
        HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_NONET.rawValue
            | HTML_PARSE_RECOVER.rawValue | HTML_PARSE_IGNORE_ENC.rawValue
    )

    /// libxml2 must be set up once before threads share it.
    private static let libraryReady: Void = xmlInitParser()

    static func parse(_ text: String) -> Parsed {
        _ = libraryReady
        // libxml2 stops reading a text run at a NUL byte; U+FFFD keeps what follows it.
        var bytes = Array(text.utf8)
        if bytes.contains(0) {
            bytes = Array(text.replacingOccurrences(of: "\u{0}", with: "\u{FFFD}").utf8)
        }
        guard !bytes.isEmpty, bytes.count < Int(Int32.max), let context = htmlNewParserCtxt() else {
            return Parsed(root: nil, problems: [])
        }
        defer { htmlFreeParserCtxt(context) }
        context.pointee.sax.pointee.startElement = startElementRecordingLine

        let sink = ProblemSink()
        let previousHandler = __xmlStructuredError().pointee
        let previousContext = __xmlStructuredErrorContext().pointee
        // The error handler is per thread in libxml2; this function runs start to end on one thread.
        xmlSetStructuredErrorFunc(Unmanaged.passUnretained(sink).toOpaque(), collectProblem)
        defer { xmlSetStructuredErrorFunc(previousContext, previousHandler) }

        let document = bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                htmlCtxtReadMemory(context, chars.baseAddress, Int32(chars.count), nil, "UTF-8", options)
            }
        }
        guard let document else { return Parsed(root: nil, problems: sink.problems) }
        defer { xmlFreeDoc(document) }
        // A page of nothing but comments or a doctype is a document without elements, not a failure.
        var deepest = 0
        let root = xmlDocGetRootElement(document).map { copyElement($0, depth: 1, deepest: &deepest) }
            ?? HTMLElement(name: "html", line: 1)
        return withExtendedLifetime(sink) {
            let truncated = deepest >= maximumDepth || sink.problems.contains { $0.message.contains("Excessive depth") }
            return Parsed(root: root, problems: sink.problems, truncatedAtDepth: truncated)
        }
    }

    private final class ProblemSink {
        var problems: [HTMLParseProblem] = []
    }

    private static let collectProblem: xmlStructuredErrorFunc = { userData, error in
        guard let userData, let error else { return }
        let sink = Unmanaged<ProblemSink>.fromOpaque(userData).takeUnretainedValue()
        let message = error.pointee.message.map { String(cString: $0) } ?? "malformed HTML"
        sink.problems.append(HTMLParseProblem(
            message: message.trimmingCharacters(in: .whitespacesAndNewlines),
            isUnknownTag: error.pointee.code == Int32(XML_HTML_UNKNOWN_TAG.rawValue),
            line: max(1, Int(error.pointee.line))
        ))
    }

    /// libxml2 stores element lines in 16 bits (65535 at most); the parser's own counter is a full int, so the
    /// real line is kept in the element's otherwise unused `psvi` slot as it is created.
    private static let startElementRecordingLine: startElementSAXFunc = { parserContext, name, attributes in
        xmlSAX2StartElement(parserContext, name, attributes)
        guard let parser = parserContext?.assumingMemoryBound(to: xmlParserCtxt.self),
              let node = parser.pointee.node, let input = parser.pointee.input else { return }
        node.pointee.psvi = UnsafeMutableRawPointer(bitPattern: Int(input.pointee.line))
    }

    private static func copyElement(_ node: xmlNodePtr, depth: Int, deepest: inout Int) -> HTMLElement {
        deepest = max(deepest, depth)
        var element = HTMLElement(
            name: string(node.pointee.name).lowercased(),
            line: node.pointee.psvi.map { Int(bitPattern: $0) } ?? max(1, xmlGetLineNo(node))
        )
        var attribute = node.pointee.properties
        while let current = attribute {
            element.attributes[string(current.pointee.name).lowercased()] = textOfChildren(current.pointee.children)
            attribute = current.pointee.next
        }
        var child = node.pointee.children
        while let current = child {
            switch current.pointee.type {
            case XML_ELEMENT_NODE:
                element.children.append(.element(copyElement(current, depth: depth + 1, deepest: &deepest)))
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let content = current.pointee.content {
                    element.children.append(.text(string(content)))
                }
            default:
                break  // comments, processing instructions, entity references libxml2 could not resolve
            }
            child = current.pointee.next
        }
        return element
    }

    /// libxml2 hands out UTF-8; decoding a counted buffer takes Swift's fast path (`String(cString:)` does not).
    private static func string(_ characters: UnsafePointer<xmlChar>) -> String {
        String(decoding: UnsafeBufferPointer(start: characters, count: Int(xmlStrlen(characters))), as: UTF8.self)
    }

    private static func textOfChildren(_ first: xmlNodePtr?) -> String {
        var text = ""
        var node = first
        while let current = node {
            if let content = current.pointee.content { text += string(content) }
            node = current.pointee.next
        }
        return text
    }
}
