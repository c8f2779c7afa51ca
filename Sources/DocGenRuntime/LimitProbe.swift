/// One case of a generated limit test: change a valid request so that one value sits just inside or just outside
/// one documented limit, and say whether that limit must then report the value's wire path.
///
/// Generated tests hold these as data and run them through one parameterized test per operation: a test macro per
/// case would make a large SDK's test target slow to compile.
public struct LimitProbe<Request: OperationRequest>: Sendable, CustomStringConvertible {
    public var name: String
    public var parameter: String
    public var rule: ValidationRule
    public var fails: Bool
    public var change: @Sendable (inout Request) -> Void

    public init(_ name: String, parameter: String, rule: ValidationRule, fails: Bool,
                change: @escaping @Sendable (inout Request) -> Void) {
        self.name = name
        self.parameter = parameter
        self.rule = rule
        self.fails = fails
        self.change = change
    }

    /// The issues of this probe's rule on its parameter, for the changed request.
    public func issues(changing request: Request) -> [ValidationIssue] {
        var changed = request
        change(&changed)
        return changed.validationIssues().filter { $0.parameter == parameter && $0.rule == rule }
    }

    /// Whether the changed request behaves as documented: one issue when it must fail, none when it must pass.
    public func holds(for request: Request) -> Bool {
        issues(changing: request).count == (fails ? 1 : 0)
    }

    public var description: String { name }
}
