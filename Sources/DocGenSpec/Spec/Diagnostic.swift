/// Something a reader wants a human to know about a page: a row it could not use, a split it had to guess.
public struct Diagnostic: Codable, Hashable, Sendable, CustomStringConvertible {
    public enum Severity: String, Codable, Hashable, Sendable, Comparable {
        case info, warning, error

        private var rank: Int { self == .info ? 0 : self == .warning ? 1 : 2 }
        public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
    }

    public var severity: Severity
    /// A stable, kebab-case identifier of the kind of problem (`row-unparsed`, `ambiguous-split`, ...).
    public var code: String
    public var message: String
    /// The page this is about (relative path as in `SourceInfo.file`).
    public var file: String
    /// 1-based line in that page, where there is one.
    public var line: Int?

    public init(_ severity: Severity, code: String, _ message: String, file: String, line: Int?) {
        self.severity = severity
        self.code = code
        self.message = message
        self.file = file
        self.line = line
    }

    /// `file:line: warning: message [code]`, the shape compilers use, so editors and CI can link to it.
    public var description: String {
        let place = line.map { "\(file):\($0)" } ?? file
        return "\(place): \(severity.rawValue): \(message) [\(code)]"
    }
}
