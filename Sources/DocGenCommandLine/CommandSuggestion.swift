/// "Did you mean …?" for a misspelled command: the known name with the smallest edit distance, if it is close.
enum CommandSuggestion {
    static func closest(to typed: String, among names: [String]) -> String? {
        let typed = Array(typed.lowercased())
        let scored = names.map { (name: $0, distance: editDistance(typed, Array($0))) }
        guard let best = scored.min(by: { $0.distance < $1.distance }) else { return nil }
        // Within a third of the name's length (at least 1): `genrate`, `ingets`; not `x` for `diff`.
        return best.distance <= max(1, best.name.count / 3) ? best.name : nil
    }

    /// Levenshtein distance; names are a few letters long, so the quadratic table is fine.
    static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
        guard !a.isEmpty else { return b.count }
        guard !b.isEmpty else { return a.count }
        var previous = Array(0...b.count)
        for i in 1...a.count {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in 1...b.count {
                let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
                current[j] = min(previous[j] + 1, current[j - 1] + 1, substitution)
            }
            previous = current
        }
        return previous[b.count]
    }
}
