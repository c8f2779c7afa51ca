/// JSON text that generated code carries inside a raw multi-line string literal (`#"""` ... `"""#`) and the runtime
/// decodes on first use. Large tables as data cost the compiler nothing to type-check, where the same table as a Swift
/// literal of initializer calls is one expression taking seconds.
///
/// Page text inside stays inert: strings are JSON-escaped with every line break and every invisible or
/// direction-changing character written as `\uXXXX` (so each line of the literal is one visible line), and the
/// literal's `#`s outnumber any run of `#` in the text, so nothing inside can end the literal or start an escape.
enum RawJSONText {
    /// A JSON string literal (quotes included) of `text`.
    static func string(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            default:
                if SwiftEscaping.needsEscape(scalar) || SwiftEscaping.isLineBreak(scalar) {
                    for unit in String(scalar).utf16 { out += "\\u" + hex4(unit) }
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    /// `["a", "b"]`.
    static func array(_ texts: [String]) -> String {
        "[" + texts.map(string).joined(separator: ", ") + "]"
    }

    /// The `#`s around a raw literal holding `lines`: one more than the longest run of `#` in them, so neither
    /// `"""#...` nor `\#...` with that many `#`s can occur inside.
    static func hashes(for lines: [String]) -> String {
        var longest = 0
        for line in lines {
            var run = 0
            for scalar in line.unicodeScalars {
                run = scalar == "#" ? run + 1 : 0
                longest = max(longest, run)
            }
        }
        return String(repeating: "#", count: longest + 1)
    }

    private static func hex4(_ unit: UInt16) -> String {
        let digits = String(unit, radix: 16, uppercase: true)
        return String(repeating: "0", count: 4 - digits.count) + digits
    }
}
