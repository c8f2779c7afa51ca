import DocGenSpec

/// How much a change matters to someone calling the API (and compiling against the generated Swift client).
public enum ChangeSeverity: String, Codable, Hashable, Sendable, CaseIterable, Comparable {
    /// Existing callers can fail: a request that worked is now rejected, or generated code stops compiling.
    case breaking = "BREAKING"
    /// Probably harmless, but worth a look: behaviour or generated code may shift.
    case warn = "WARN"
    /// Additive or documentary.
    case info = "INFO"

    private var rank: Int { self == .info ? 0 : self == .warn ? 1 : 2 }
    public static func < (lhs: ChangeSeverity, rhs: ChangeSeverity) -> Bool { lhs.rank < rhs.rank }

    /// `breaking`, `warn`, `info` as written on the command line.
    public init?(option: String) {
        switch option.lowercased() {
        case "breaking": self = .breaking
        case "warn", "warning": self = .warn
        case "info": self = .info
        default: return nil
        }
    }
}

/// How sure the diff is that the change is real. Table cells (name, type, required, error rows) are read reliably;
/// limits read from prose are less sure, and a limit stated on one side only may be a reader miss, not an API change.
public enum ChangeConfidence: String, Codable, Hashable, Sendable, CaseIterable {
    case high, medium, low
}
