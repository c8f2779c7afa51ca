import Foundation
import DocGenSpec

/// The `Action` and `Version` query items of the first request URL on a page, found without handing the whole page
/// to the regex engine (which copies it to UTF-16 first): a byte search finds each `Action=` / `Version=`, and only
/// the few bytes a match there could span go to the pattern.
enum QueryInText {
    /// The first match of `PageIdentity.Pattern.actionQuery` (`[?&]Action=\s*([A-Za-z][A-Za-z0-9]+)`) in `text`.
    ///
    /// A match starting at a `?`/`&` before `Action=` can only span that prefix, the white space after it and an
    /// identifier. ICU's `\s` characters are ASCII white space or start with byte C2, E1, E2 or E3, so the window
    /// takes every such character (and the ASCII controls) and then ASCII letters and digits; anything else stops it, as it stops the
    /// pattern. No other `Action=` fits in the window, so the pattern's first match there is the one at its start,
    /// and the first window with a match holds the page's first match.
    static func action(in text: String) -> String? {
        TextBytes.withBytes(text) { bytes in
            var from = 0
            while let hit = offset(of: "Action=", in: bytes, from: from) {
                from = hit + 1
                guard hit > 0, bytes[hit - 1] == UInt8(ascii: "?") || bytes[hit - 1] == UInt8(ascii: "&") else { continue }
                var end = hit + 7
                while end < bytes.count {
                    let b = bytes[end]
                    if (0x01...0x20).contains(b) {
                        end += 1
                    } else if b == 0xC2 {
                        end += 2
                    } else if (0xE1...0xE3).contains(b) {
                        end += 3
                    } else {
                        break
                    }
                }
                end = min(end, bytes.count)
                while end < bytes.count, isASCIILetterOrDigit(bytes[end]) { end += 1 }
                let window = String(decoding: UnsafeRawBufferPointer(rebasing: bytes[(hit - 1)..<end]), as: UTF8.self)
                let regex = PageIdentity.Pattern.actionQuery.regex
                guard let match = regex.firstMatch(in: window, range: NSRange(window.startIndex..., in: window)) else { continue }
                // The group is ASCII letters and digits, so its UTF-16 bounds sit between scalars of the window.
                let group = match.range(at: 1)
                let utf16 = window.utf16
                let start = utf16.index(utf16.startIndex, offsetBy: group.location)
                let stop = utf16.index(start, offsetBy: group.length)
                let lower = hit - 1 + window.utf8.distance(from: window.startIndex, to: start)
                let upper = hit - 1 + window.utf8.distance(from: window.startIndex, to: stop)
                return value(in: text, bytes: bytes, lower, upper)
            }
            return nil
        }
    }

    /// The page's text between two byte offsets, or nil when either is not a Character boundary of the page (a
    /// combining mark after the last letter): `TextMatch` finds no group there either, and the first match decides.
    private static func value(in text: String, bytes: UnsafeRawBufferPointer, _ lower: Int, _ upper: Int) -> String? {
        let utf8 = text.utf8
        guard String.Index(utf8.index(utf8.startIndex, offsetBy: lower), within: text) != nil,
              String.Index(utf8.index(utf8.startIndex, offsetBy: upper), within: text) != nil
        else { return nil }
        return String(decoding: UnsafeRawBufferPointer(rebasing: bytes[lower..<upper]), as: UTF8.self)
    }

    /// The first match of `PageIdentity.Pattern.versionQuery` (`[?&]Version=([0-9]{4}-[0-9]{2}-[0-9]{2})`), read
    /// byte by byte: the pattern has only ASCII literals and digit ranges.
    static func version(in text: String) -> String? {
        TextBytes.withBytes(text) { bytes in
            var from = 0
            while let hit = offset(of: "Version=", in: bytes, from: from) {
                from = hit + 1
                guard hit > 0, bytes[hit - 1] == UInt8(ascii: "?") || bytes[hit - 1] == UInt8(ascii: "&") else { continue }
                let date = hit + 8
                guard date + 10 <= bytes.count else { continue }
                let shape = Array("dddd-dd-dd".utf8)
                let fits = (0..<10).allSatisfy { k in
                    shape[k] == UInt8(ascii: "-") ? bytes[date + k] == UInt8(ascii: "-") : (0x30...0x39).contains(bytes[date + k])
                }
                if fits { return value(in: text, bytes: bytes, date, date + 10) }
            }
            return nil
        }
    }

    private static func offset(of needle: StaticString, in bytes: UnsafeRawBufferPointer, from: Int) -> Int? {
        TextBytes.firstOffset(of: UnsafeRawBufferPointer(start: needle.utf8Start, count: needle.utf8CodeUnitCount), in: bytes, from: from)
    }

    private static func isASCIILetterOrDigit(_ b: UInt8) -> Bool {
        (0x30...0x39).contains(b) || (0x41...0x5A).contains(b) || (0x61...0x7A).contains(b)
    }
}
