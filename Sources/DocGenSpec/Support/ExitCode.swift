/// The exit codes of every `docgen` command: the one table that the help text, the commands and the docs use.
///
/// | code | meaning |
/// |---|---|
/// | 0 | done |
/// | 1 | the command's failure condition: a page failed to ingest, `--check` found drift, `--fail-on` was reached |
/// | 2 | usage error: an unknown command or option, a missing argument |
/// | 3 | an input that cannot be used (a spec, template, config or ignore file) — `diff`, `history`, `update` |
public enum ExitCode {
    public static let ok: Int32 = 0
    public static let failure: Int32 = 1
    public static let usage: Int32 = 2
    public static let unusableInput: Int32 = 3

    /// The lines `docgen --help` prints.
    public static let helpText = """
    Exit codes: 0 ok; 1 a command's failure condition (a page failed, --check drift, --fail-on reached);
    2 usage error; 3 an input (spec, template, config, ignore file) that cannot be used (diff, history, update).
    """
}
