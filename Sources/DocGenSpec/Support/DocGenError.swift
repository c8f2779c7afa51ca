/// Errors the command line turns into a one-line message and an exit code.
public enum DocGenError: Error, CustomStringConvertible, Equatable {
    /// Bad command-line use: exit 2.
    case usage(String)
    /// An input (page, spec, template, config) that cannot be used: the message names the file (and line).
    case invalidInput(String)
    /// Reading or writing the file system failed.
    case io(String)

    public var description: String {
        switch self {
        case .usage(let m), .invalidInput(let m), .io(let m): return m
        }
    }
}

extension DocGenError {
    /// 2 for usage errors, 1 otherwise. (`docgen diff` maps input errors to 3 itself.)
    public var exitCode: Int32 {
        if case .usage = self { return ExitCode.usage }
        return ExitCode.failure
    }
}
