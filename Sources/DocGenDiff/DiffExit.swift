import DocGenSpec

/// Exit codes of `docgen diff` (and `docgen history` for input errors), kept beside the report so they are testable.
public enum DiffExit {
    public static let clean = ExitCode.ok
    public static let thresholdReached = ExitCode.failure
    public static let usage = ExitCode.usage
    public static let inputError = ExitCode.unusableInput

    public static func code(for report: DiffReport) -> Int32 {
        report.thresholdReached ? thresholdReached : clean
    }

    public static func code(for error: DocGenError) -> Int32 {
        if case .usage = error { return usage }
        return inputError
    }
}
