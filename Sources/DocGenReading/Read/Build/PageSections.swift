import Foundation
import DocGenSpec

/// The parts of a reference page the builder reads, recognised by heading text (Chinese and English, numbered
/// or not: `## 请求参数`, `## 2. Input Parameters`, `Request parameters` in a text rendering).
enum SectionKind: Hashable, Sendable {
    case request, response, errors, examples, changeHistory, other

    static func classify(_ heading: String) -> SectionKind { memo(heading) }

    private static let memo = StringMemo<SectionKind> { uncached($0) }

    private static func uncached(_ heading: String) -> SectionKind {
        let t = normalized(heading)
        if t.isEmpty { return .other }
        // Request headers and request elements (XML body fields) are request parameters too; a JSON `RequestBody`
        // section is not read as parameters (its fields are not the operation's parameters in the vendors' metadata).
        // Foundation's `contains` bridges to NSString; on simple text a byte search finds the same.
        let simple = t.isSimpleText
        let contains = { (word: String) in simple ? t.containsUTF8(word) : t.contains(word) }
        if ["changehistory", "变更历史", "修订记录", "更新历史", "历史版本", "revisionhistory", "updatehistory"].contains(where: contains) {
            return .changeHistory
        }
        if ["errorcode", "错误码", "错误代码", "错误信息"].contains(where: contains) || t == "errors" || t == "error" {
            return .errors
        }
        let mentionsParameters = ["参数", "parameter", "field"].contains(where: contains)
        if !mentionsParameters, ["示例", "example", "sample", "demo"].contains(where: contains) { return .examples }
        if ["请求参数", "requestparameter", "inputparameter", "输入参数", "requestfield", "入参",
            "请求头", "requestheader", "请求元素", "requestelement"].contains(where: contains) {
            return .request
        }
        if ["返回数据", "返回参数", "返回值", "返回结果", "响应参数", "输出参数", "出参", "responseparameter", "outputparameter",
            "returnparameter", "responseelement", "responsefield", "returnvalue"].contains(where: contains) || t == "response" {
            return .response
        }
        return .other
    }

    private static let leadingNumber = TextPattern(#"^\s*([0-9]+(\.[0-9]+)*\.?|[一二三四五六七八九十]+、)\s*"#, caseSensitive: true)

    /// Lower case, no spaces, no leading numbering (`2. `, `二、`), no trailing colon.
    static func normalized(_ heading: String) -> String {
        var t = heading.lowercased()
        t = leadingNumber.replacing(in: t, with: "")
        t.removeAll { $0 == " " || $0 == ":" || $0 == "：" || $0 == "\t" }
        return t
    }
}

/// A block with the section it sits in.
struct SectionedBlock {
    var block: Block
    var section: SectionKind
    /// The heading text of the section (for diagnostics).
    var heading: String?
}

enum PageSections {
    /// Assigns every block to the section of the nearest heading above it. A deeper heading that names no
    /// section of its own (`### Example 1`) stays in its parent section.
    static func assign(_ blocks: [Block]) -> [SectionedBlock] {
        var out: [SectionedBlock] = []
        var current: SectionKind = .other
        var currentLevel = 0
        var currentHeading: String?
        for block in blocks {
            if case .heading(let h) = block {
                let kind = SectionKind.classify(h.text)
                if kind != .other || h.level <= currentLevel || current == .other {
                    current = kind
                    currentLevel = h.level
                    currentHeading = h.text
                }
            }
            out.append(SectionedBlock(block: block, section: current, heading: currentHeading))
        }
        return out
    }
}
