import DocGenSpec

/// Text on which the fast paths of the readers are exact: every Unicode scalar is a Character of its own (nothing
/// combines with a neighbour, no CR that could pair with LF) and none has a canonical decomposition that Foundation's
/// non-literal search would see through. Then comparing scalars or bytes gives what comparing Characters or
/// `String.contains` gives, without the grapheme-breaking and bridging cost. Most page text (ASCII, Latin-1, CJK
/// ideographs and punctuation, full-width forms) is simple; anything else takes the general path.
extension StringProtocol {
    var isSimpleText: Bool {
        unicodeScalars.allSatisfy { scalar in
            switch scalar.value {
            case 0x0D: return false
            case 0..<0xC0: return true  // below the precomposed Latin-1 letters
            case 0x2010...0x2027, 0x2030...0x205E: return true  // dashes, quotes, bullets, ellipsis, primes
            case 0x3000...0x3029: return true  // CJK spaces and punctuation (the tone marks from U+302A combine)
            case 0x4E00...0x9FFF: return true  // CJK unified ideographs
            case 0xFF01...0xFF9D: return true  // full-width forms (U+FF9E/FF9F combine)
            default: return false
            }
        }
    }
}

extension String {
    /// What Foundation's `contains(_:)` answers (a non-literal search), by a byte search when both strings are simple
    /// text, where the two agree; Foundation's search bridges to NSString and folds character clusters, which costs
    /// tens of thousands of instructions on a sentence.
    func containsText(_ needle: String) -> Bool {
        isSimpleText && needle.isSimpleText ? TextBytes.contains(needle, in: self) : contains(needle)
    }
}
