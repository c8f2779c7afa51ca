import DocGenSpec

/// What the rules know about the parameter being read and the page around it.
struct ParameterContext {
    /// The parameter's name without repeat markers (`DiskId`, `Tag.Key`).
    let name: String
    let type: ParamType
    let isRepeatList: Bool
    let names: ParameterNames

    var isNumeric: Bool { [.integer, .long, .float, .double].contains(type) }
    var isWholeNumber: Bool { type == .integer || type == .long }
    /// Lengths apply to strings, and to the elements of a repeat list.
    var acceptsLength: Bool { type == .string || (type == .array && isRepeatList) }
    /// A value range applies to numbers, and to strings that carry a number (pages type `PageSize` as String).
    var acceptsValueRange: Bool { isNumeric || type == .string }
}

/// The page's parameter names, for resolving "cannot be used with X" and "only when X is set" to a parameter.
struct ParameterNames {
    /// Normalised names: repeat markers (`.N`, `.n`, `.1`, `.#`) removed, so `Tag.N.Key` is `Tag.Key`.
    private let known: Set<String>
    /// Lists that pages name as a whole (`Tag.N` for `Tag.N.Key` and `Tag.N.Value`).
    private let parents: Set<String>

    init(_ names: Set<String>) {
        known = Set(names.map(Self.normalize))
        parents = Set(known.flatMap { name -> [String] in
            let parts = name.split(separator: ".")
            return (1..<max(parts.count, 1)).map { parts[..<$0].joined(separator: ".") }
        })
    }

    static func normalize(_ name: String) -> String {
        // Without a period the name is one segment: itself, unless it is a repeat marker.
        if !UTF8Bytes.contains(name, byte: UInt8(ascii: ".")) {
            return name.isEmpty || name == "N" || name == "n" || name == "#" || name.allSatisfy(\.isNumber) ? "" : name
        }
        return name.split(separator: ".", omittingEmptySubsequences: true)
            .filter { segment in segment != "N" && segment != "n" && segment != "#" && !segment.allSatisfy(\.isNumber) }
            .joined(separator: ".")
    }

    /// Page parameters named in `text`, normalised, in order of first mention.
    func mentions(in text: String) -> [String] {
        var seen = Set<String>()
        var found: [String] = []
        for mention in NameMentions.all(in: text) {
            let name = Self.normalize(mention)
            if known.contains(name) || parents.contains(name), seen.insert(name).inserted { found.append(name) }
        }
        return found
    }
}
