/// Placeholder until the runtime is written.
public enum DocGenRuntimeVersion {
    public static let value = 1
}
