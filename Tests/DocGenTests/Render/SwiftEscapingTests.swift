@testable import DocGenSpec
@testable import DocGenReading
@testable import DocGenDiff
@testable import DocGenGeneration
@testable import DocGenErrorTables
@testable import DocGenCommandLine
import Testing

@Suite struct SwiftEscapingTests {
    static let hostile = [
        "plain",
        "quote \" and backslash \\ and interpolation \\(x) and raw \\u{41}",
        "triple \"\"\" quotes and #\"raw\"# and ##\"",
        "comment end */ and start /* and // and #if DEBUG\n#endif",
        "line\nbreak\r\nCRLF\rCR \u{2028}LS \u{2029}PS \u{85}NEL \u{0B}VT \u{0C}FF",
        "bidi \u{202E}evil\u{202C} and zero width \u{200B}\u{200D}\u{FEFF} and NUL \u{0}",
        "tab\tand emoji 😀 and CJK 快照 and é",
    ]

    /// Reads a Swift single-line string literal back (the escapes `stringLiteral` writes).
    static func unescape(_ literal: String) -> String? {
        var scalars = Array(literal.unicodeScalars)
        guard scalars.first == "\"", scalars.last == "\"", scalars.count >= 2 else { return nil }
        scalars = Array(scalars.dropFirst().dropLast())
        var out = String.UnicodeScalarView()
        var i = 0
        while i < scalars.count {
            let s = scalars[i]
            if s == "\"" { return nil }  // an unescaped quote would end the literal
            if s == "\n" || s == "\r" { return nil }
            guard s == "\\" else { out.append(s); i += 1; continue }
            i += 1
            guard i < scalars.count else { return nil }
            switch scalars[i] {
            case "\\": out.append("\\")
            case "\"": out.append("\"")
            case "n": out.append("\n")
            case "r": out.append("\r")
            case "t": out.append("\t")
            case "0": out.append("\0")
            case "u":
                guard let close = scalars[i...].firstIndex(of: "}"), scalars[i + 1] == "{" else { return nil }
                let hex = String(String.UnicodeScalarView(scalars[(i + 2)..<close]))
                guard let value = UInt32(hex, radix: 16), let scalar = Unicode.Scalar(value) else { return nil }
                out.append(scalar)
                i = close
            default: return nil  // `\(` or any other escape must never appear
            }
            i += 1
        }
        return String(out)
    }

    @Test(arguments: hostile) func stringLiteralsReadBackExactlyAndStayOnOneLine(_ text: String) {
        let literal = SwiftEscaping.stringLiteral(text)
        #expect(Self.unescape(literal) == text)
        #expect(!literal.unicodeScalars.contains { SwiftEscaping.isLineBreak($0) })
        #expect(!literal.unicodeScalars.contains { $0.value == 0x202E || $0.value == 0x200B })
    }

    @Test(arguments: hostile) func commentLinesNeverBreakOutOfALineComment(_ text: String) {
        for line in SwiftEscaping.commentLines(text) {
            #expect(!line.unicodeScalars.contains { SwiftEscaping.isLineBreak($0) })
            #expect(!line.unicodeScalars.contains { SwiftEscaping.needsEscape($0) })
            #expect(line == line.trimmingCharacters(in: .whitespaces) || line.hasPrefix(" "))
        }
    }

    @Test func commentLinesSplitEveryKindOfLineBreakAndShowInvisibleCharacters() {
        #expect(SwiftEscaping.commentLines("a\r\nb\rc\u{2028}d\n\n\ne") == ["a", "b", "c", "d", "", "e"])
        #expect(SwiftEscaping.commentLines("x\u{202E}y\u{200B}") == ["x\\u{202E}y\\u{200B}"])
        #expect(SwiftEscaping.commentLines("ends */ here") == ["ends */ here"])
        #expect(SwiftEscaping.commentText("one\ntwo") == "one two")
    }

    @Test func arrayLiteral() {
        #expect(SwiftEscaping.stringArrayLiteral([]) == "[]")
        #expect(SwiftEscaping.stringArrayLiteral(["a\"", "b"]) == #"["a\"", "b"]"#)
    }
}

import Foundation
