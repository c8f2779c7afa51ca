/// Compares two revisions of API specs and lists the changes as facts (see `ChangeKind` for the catalogue).
///
/// Matching is by facts, never by text: parameters and response fields by base name (recursively), errors by
/// (HTTP status, code), operations by `OperationID`. Row order, common parameters that one page omits, and
/// descriptions in another language are not changes.
public enum SpecDiff {
    /// Changes between two revisions of one operation, in report order.
    public static func compare(old: OperationSpec, new: OperationSpec) -> [Change] {
        let context = DiffContext(old: old, new: new)
        var changes = ParameterDiff(context: context).compare(old: old.parameters, new: new.parameters, parent: [])
        changes += ResponseDiff(context: context).compare(old: old.responseFields, new: new.responseFields, parent: [])
        changes += ErrorDiff(context: context).compare(old: old.errors, new: new.errors)
        return changes.sorted(by: Change.reportOrder)
    }

    /// Changes between two sets of specs (two spec folders): operations matched by `OperationID`, those on one side
    /// only reported as added or removed.
    public static func compare(old: [OperationSpec], new: [OperationSpec]) -> [Change] {
        let oldByID = Dictionary(old.map { ($0.operationID, $0) }, uniquingKeysWith: { first, _ in first })
        let newByID = Dictionary(new.map { ($0.operationID, $0) }, uniquingKeysWith: { first, _ in first })
        var changes: [Change] = []
        for id in Set(oldByID.keys).union(newByID.keys).sorted() {
            switch (oldByID[id], newByID[id]) {
            case let (o?, n?):
                changes += compare(old: o, new: n)
            case let (o?, nil):
                changes.append(Change(.operationRemoved, operation: id.description, path: ["operation"],
                                      message: "operation \(id.action) removed",
                                      old: ChangeSide(file: o.source.file, line: nil, value: id.description), new: nil))
            case let (nil, n?):
                changes.append(Change(.operationAdded, operation: id.description, path: ["operation"],
                                      message: "operation \(id.action) added",
                                      old: nil, new: ChangeSide(file: n.source.file, line: nil, value: id.description)))
            case (nil, nil):
                break
            }
        }
        return changes.sorted(by: Change.reportOrder)
    }
}

/// What every part of one operation's diff needs: the operation's name, both files, whether prose is comparable.
struct DiffContext {
    let operation: String
    let oldFile: String
    let newFile: String
    /// Descriptions are compared only when both pages are in the same language.
    let sameLanguage: Bool

    init(old: OperationSpec, new: OperationSpec) {
        operation = new.operationID.description
        oldFile = old.source.file
        newFile = new.source.file
        sameLanguage = old.language.lowercased() == new.language.lowercased()
    }

    func change(_ kind: ChangeKind, _ path: [String], _ message: String,
                old oldLine: Int?, _ oldValue: String?, new newLine: Int?, _ newValue: String?,
                oldPresent: Bool = true, newPresent: Bool = true) -> Change {
        Change(kind, operation: operation, path: path, message: message,
               old: oldPresent ? ChangeSide(file: oldFile, line: oldLine, value: oldValue) : nil,
               new: newPresent ? ChangeSide(file: newFile, line: newLine, value: newValue) : nil)
    }
}

/// Text comparison used for descriptions and messages: whitespace collapsed, final period (`.` or `。`) dropped.
enum TextNormal {
    /// Description text with whitespace collapsed; nil when empty or a placeholder dash.
    static func prose(_ text: String?) -> String? {
        guard let text else { return nil }
        let s = collapse(text)
        return s.isEmpty || s == "-" || s == "–" ? nil : s
    }

    /// Runs of whitespace become one space; leading and trailing whitespace go. Works on scalars: Character-level
    /// splitting (grapheme breaking) made this the diff's hot spot on long descriptions.
    static func collapse(_ text: String) -> String {
        if isCollapsedASCII(text) { return text }
        var scalars = String.UnicodeScalarView()
        var pendingSpace = false
        var changed = false
        for scalar in text.unicodeScalars {
            if isSpace(scalar) {
                if scalar != " " || pendingSpace || scalars.isEmpty { changed = true }
                pendingSpace = !scalars.isEmpty
                continue
            }
            if pendingSpace {
                scalars.append(" ")
                pendingSpace = false
            }
            scalars.append(scalar)
        }
        if pendingSpace { changed = true }
        return changed ? String(scalars) : text
    }

    /// The common case, checked on bytes without allocating: ASCII, single inner spaces, nothing to trim.
    private static func isCollapsedASCII(_ text: String) -> Bool {
        var previousWasSpace = true
        for byte in text.utf8 {
            if byte >= 0x80 || (byte < 0x20 && byte != 0x20) { return false }
            if byte == 0x20 {
                if previousWasSpace { return false }
                previousWasSpace = true
            } else {
                previousWasSpace = false
            }
        }
        return !previousWasSpace || text.isEmpty
    }

    private static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return scalar == " " || scalar == "\n" || scalar == "\t" || scalar == "\r" || scalar.value == 0x0B || scalar.value == 0x0C }
        return scalar.properties.isWhitespace
    }

    static func message(_ text: String?) -> String {
        var s = collapse(text ?? "")
        while s.hasSuffix(".") || s.hasSuffix("。") { s.removeLast() }
        return s
    }
}

/// Pairs two lists of items by a key, keeping each side's order; items sharing a key pair up in order.
struct KeyedPairing<Item> {
    var pairs: [(old: Item, new: Item)] = []
    var removed: [Item] = []
    var added: [Item] = []

    init(old: [Item], new: [Item], key: (Item) -> String) {
        var unusedNewIndices: [String: [Int]] = [:]
        for (index, item) in new.enumerated() { unusedNewIndices[key(item), default: []].append(index) }
        var used = Set<Int>()
        for item in old {
            let k = key(item)
            if let index = unusedNewIndices[k]?.first {
                unusedNewIndices[k]?.removeFirst()
                used.insert(index)
                pairs.append((item, new[index]))
            } else {
                removed.append(item)
            }
        }
        added = new.indices.filter { !used.contains($0) }.map { new[$0] }
    }
}
