import DocGenSpec

/// A request parameter's wire name split into the levels the spec nests: `Tag.N.Key` is `Tag` (repeated)
/// then `Key`; `DataDisk.1.Size` likewise; `ExcludeDiskId.N` is one repeated level; `listeners.n.port` too.
/// `SystemDisk.Category` is `SystemDisk` then `Category` when dotted names are folded, else one level.
struct ParameterPath: Hashable {
    struct Level: Hashable {
        var name: String
        var repeated: Bool
        /// The wire spelling up to and including this level (`Tag.N`), for synthesised parents.
        var wirePrefix: String
    }

    var levels: [Level]

    init(wireName: String, foldDottedNames: Bool) {
        var levels: [Level] = []
        var pending: [Substring] = []
        var consumed: [Substring] = []
        func flushPending() {
            guard !pending.isEmpty else { return }
            levels.append(Level(name: pending.joined(separator: "."), repeated: false,
                                wirePrefix: consumed.joined(separator: ".")))
            pending = []
        }
        for segment in wireName.split(separator: ".", omittingEmptySubsequences: false) {
            if Self.isRepeatMarker(segment), !pending.isEmpty || !levels.isEmpty {
                flushPending()
                consumed.append(segment)
                levels[levels.count - 1].repeated = true
                levels[levels.count - 1].wirePrefix = consumed.joined(separator: ".")
                continue
            }
            if foldDottedNames { flushPending() }
            consumed.append(segment)
            pending.append(segment)
        }
        flushPending()
        self.levels = levels.isEmpty ? [Level(name: wireName, repeated: false, wirePrefix: wireName)] : levels
    }

    static func isRepeatMarker(_ segment: Substring) -> Bool {
        segment == "N" || segment == "n" || (!segment.isEmpty && segment.allSatisfy(\.isASCIIDigit))
    }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}
