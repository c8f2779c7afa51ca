/// Where the spec store keeps an operation's files, relative to the store root:
///
///     <vendor>/<product>/<apiVersion>/<Action>.json                          the newest revision
///     <vendor>/<product>/<apiVersion>/history/<Action>/<NNN>-<sha12>.json    older revisions, 001 the oldest
///
/// `sha12` is the first 12 hex digits of the page's sha256. Names come from strangers' pages, so each path
/// component keeps only `[A-Za-z0-9._-]` (anything else becomes `_`), never starts with a dot and never holds `..`.
public struct SpecStoreLayout: Hashable, Sendable, Comparable {
    public let vendor: String
    public let product: String
    public let apiVersion: String
    public let action: String

    public init(_ id: OperationID) {
        vendor = Self.safeComponent(id.vendor)
        product = Self.safeComponent(id.product)
        apiVersion = Self.safeComponent(id.apiVersion)
        action = Self.safeComponent(id.action)
    }

    /// True when the ID needed no change to become a path.
    public static func isSafe(_ id: OperationID) -> Bool {
        [id.vendor, id.product, id.apiVersion, id.action].allSatisfy { safeComponent($0) == $0 }
    }

    public static let historyFolderName = "history"

    /// The one rule for which files below a folder are current specs, shared by the store, generation and diff:
    /// `*.json`, not inside a `history/` folder, no hidden component (temp files, locks, records start with a dot).
    /// Any depth, so a product or version subfolder of a store is read like the whole store.
    public static func isCurrentSpecPath(_ relative: String) -> Bool {
        guard relative.hasSuffix(".json") else { return false }
        return !relative.split(separator: "/").contains { $0 == historyFolderName || $0.hasPrefix(".") }
    }

    public var folder: String { "\(vendor)/\(product)/\(apiVersion)" }
    public var currentFile: String { "\(folder)/\(action).json" }
    public var historyFolder: String { "\(folder)/\(Self.historyFolderName)/\(action)" }

    /// `revision` counts from 1 (the oldest).
    public func historyFile(revision: Int, sha256: String) -> String {
        let number = String(revision)
        let padded = String(repeating: "0", count: max(0, 3 - number.count)) + number
        let sha = String(Self.safeComponent(sha256).prefix(12))
        return "\(historyFolder)/\(padded)-\(sha).json"
    }

    /// The revision number at the start of a history file name (`007-ab12….json` -> 7).
    public static func revisionNumber(ofHistoryFile name: String) -> Int? {
        Int(name.prefix(while: { $0.isASCII && $0.isNumber }))
    }

    static let maxComponentLength = 120

    public static func safeComponent(_ raw: String) -> String {
        var scalars: [Unicode.Scalar] = raw.unicodeScalars.map { isAllowed($0) ? $0 : "_" }
        // `..` anywhere becomes `_.`, so no component is `..` and none can be mistaken for one after trimming.
        var i = 0
        while i + 1 < scalars.count {
            if scalars[i] == ".", scalars[i + 1] == "." { scalars[i] = "_" }
            i += 1
        }
        if scalars.first == "." { scalars[0] = "_" }
        var result = String(String.UnicodeScalarView(scalars.prefix(maxComponentLength)))
        if result.isEmpty { result = "_" }
        return result
    }

    private static func isAllowed(_ s: Unicode.Scalar) -> Bool {
        switch s {
        case "A"..."Z", "a"..."z", "0"..."9", ".", "_", "-": return true
        default: return false
        }
    }

    public static func < (lhs: SpecStoreLayout, rhs: SpecStoreLayout) -> Bool { lhs.currentFile < rhs.currentFile }
}
