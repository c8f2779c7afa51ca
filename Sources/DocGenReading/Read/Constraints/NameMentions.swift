import DocGenSpec

/// Names as prose writes them (`DiskId`, `Tag.N.Key`, `Tag.1.Value`, `Filter.#`), for finding the page's parameters
/// in a sentence.
enum NameMentions {
    /// The successive matches of the ICU pattern
    /// `(?<![A-Za-z0-9_])[A-Za-z][A-Za-z0-9_]*(?:\.(?:[A-Za-z][A-Za-z0-9_]*|N|n|\d+|#))*` (case-sensitive) in `text`,
    /// scanned by hand because it runs on every conditional clause. A name starts at an ASCII letter not preceded
    /// by an ASCII letter, digit or `_`, and takes as many `.segment`s as follow (a segment is a word, decimal
    /// digits — `\d` is any Nd, full-width too — or `#`). Nothing comes after the repeated group, so its first
    /// (greediest) way of matching is the one ICU keeps: no backtracking is needed.
    ///
    /// A match that starts or ends inside a Character (a name run into a combining mark) is given as "", which is
    /// what the matched text was when it was read through `Range(_:in:)`, which refuses such bounds.
    static func all(in text: String) -> [String] {
        let original = text
        var text = text
        return text.withUTF8 { bytes in
            var found: [String] = []
            let count = bytes.count
            var i = 0
            while i < count {
                guard isASCIILetter(bytes[i]), i == 0 || !isWordByte(bytes[i - 1]) else {
                    i += 1
                    continue
                }
                var end = wordEnd(bytes, from: i + 1)
                while end + 1 < count, bytes[end] == UInt8(ascii: ".") {
                    let next = end + 1
                    if isASCIILetter(bytes[next]) {
                        end = wordEnd(bytes, from: next + 1)
                    } else if bytes[next] == UInt8(ascii: "#") {
                        end = next + 1
                    } else if let digitsEnd = decimalDigitsEnd(bytes, from: next) {
                        end = digitsEnd
                    } else {
                        break
                    }
                }
                // Next to an ASCII character (or an end of the text) a scalar boundary is a Character boundary.
                let aligned = (i == 0 || bytes[i - 1] < 0x80 || isCharacterBoundary(i, in: original))
                    && (end == count || bytes[end] < 0x80 || isCharacterBoundary(end, in: original))
                found.append(aligned ? String(decoding: UnsafeBufferPointer(rebasing: bytes[i..<end]), as: UTF8.self) : "")
                i = end
            }
            return found
        }
    }

    private static func isCharacterBoundary(_ utf8Offset: Int, in text: String) -> Bool {
        String.Index(text.utf8.index(text.utf8.startIndex, offsetBy: utf8Offset), within: text) != nil
    }

    private static func isASCIILetter(_ b: UInt8) -> Bool { (b | 0x20) &- UInt8(ascii: "a") < 26 }

    /// `[A-Za-z0-9_]`; bytes of non-ASCII characters are never part of it.
    private static func isWordByte(_ b: UInt8) -> Bool {
        isASCIILetter(b) || b &- UInt8(ascii: "0") < 10 || b == UInt8(ascii: "_")
    }

    private static func wordEnd(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var end = start
        while end < bytes.count, isWordByte(bytes[end]) { end += 1 }
        return end
    }

    /// The end of the run of decimal digits (general category Nd) starting at `start`; nil when there is none.
    private static func decimalDigitsEnd(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        var end = start
        while end < bytes.count {
            let (scalar, length) = UTF8Bytes.scalar(at: end, in: bytes)
            let isDigit = scalar.isASCII
                ? scalar.value &- 0x30 < 10
                : scalar.properties.generalCategory == .decimalNumber
            guard isDigit else { break }
            end += length
        }
        return end > start ? end : nil
    }
}
