import Foundation
import Testing
@testable import DocGenSpec
@testable import DocGenReading
@testable import DocGenDiff
@testable import DocGenGeneration
@testable import DocGenErrorTables
@testable import DocGenCommandLine

/// `Unicode.Scalar.isStandalone` promises that comparing scalars gives the answers comparing Characters gives; this
/// checks every scalar in the set against the standard library's own grapheme breaking and normalisation.
@Suite("Standalone scalars")
struct StandaloneScalarTests {
    static let standalone: [Unicode.Scalar] = (0...0x10FFFF).compactMap { Unicode.Scalar(UInt32($0)) }.filter(\.isStandalone)

    @Test func eachIsACharacterOfItsOwnBesideAnyOther() {
        var joined: [String] = []
        for s in Self.standalone {
            let text = String(s)
            // Extend, SpacingMark and ZWJ join what precedes them; Prepend joins what follows; regional indicators and
            // conjoining jamo pair among themselves, and V and T jamo join a Hangul syllable.
            for pair in ["a" + text, text + "a", text + text, "\u{AC00}" + text, "\u{AC01}" + text] where pair.count != 2 {
                joined.append(String(format: "U+%04X in %@", s.value, pair.debugDescription))
            }
        }
        #expect(joined.isEmpty, "\(joined.prefix(20))")
    }

    @Test func noneIsCanonicallyAnASCIICharacter() {
        let ascii = Self.standalone.filter { s in
            guard s.value >= 0x80 else { return false }
            let decomposed = String(s).decomposedStringWithCanonicalMapping.unicodeScalars
            return decomposed.count == 1 && decomposed.first!.value < 0x80
        }
        #expect(ascii.isEmpty, "\(ascii.map { String(format: "U+%04X", $0.value) })")
        #expect(!Unicode.Scalar(0x1FEF)!.isStandalone && !Unicode.Scalar(0x037E)!.isStandalone && !Unicode.Scalar(0x212A)!.isStandalone)
        #expect(!Unicode.Scalar(0x0D)!.isStandalone)
    }

    @Test func listedHorizontalSpaceIsHorizontalSpace() {
        let differ = (0...0x10FFFF).compactMap { Unicode.Scalar(UInt32($0)) }.filter { $0.isListedHorizontalSpace != $0.isHorizontalSpace }
        #expect(differ.isEmpty, "\(differ.map { String(format: "U+%04X", $0.value) })")
    }

    @Test func byteTrimmingIsTrimmingWhitespace() {
        let samples = ["", " ", "\u{A0}\u{3000}", " a ", "\t中文\u{3000}", "\u{200B}x\u{2003}", "\u{A0}é\u{301} ", "a\u{1680}", "\u{205F}\u{202F}b c"]
        for sample in samples {
            var copy = sample
            let trimmed = copy.withUTF8 { bytes in
                String(decoding: UnsafeBufferPointer(rebasing: bytes[UTF8Scalars.trimmed(bytes, 0..<bytes.count)]), as: UTF8.self)
            }
            #expect(Array(trimmed.utf8) == Array(sample.trimmingWhitespace().utf8), "\(sample.debugDescription)")
        }
    }
}
