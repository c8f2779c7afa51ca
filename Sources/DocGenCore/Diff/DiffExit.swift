/// Exit codes of `docgen diff` (and `docgen history` for input errors), kept beside the report so they are testable.
public enum DiffExit {
    public static let clean: Int32 = 0
    public static let thresholdReached: Int32 = 1
    public static let usage: Int32 = 2
    public static let inputError: Int32 = 3

    public static func code(for report: DiffReport) -> Int32 {
        report.thresholdReached ? thresholdReached : clean
    }

    public static func code(for error: DocGenError) -> Int32 {
        if case .usage = error { return usage }
        return inputError
    }
}
