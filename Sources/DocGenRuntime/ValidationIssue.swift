/// One broken limit: which parameter (its wire path, `Tag.2.Key`), which rule, what was expected, what was given,
/// and the page's own sentence the rule was read from.
public struct ValidationIssue: Error, Sendable, Hashable, CustomStringConvertible {
    /// Wire path of the value: `SnapshotName`, `DiskIds.3`, `Tag.1.Key`.
    public var parameter: String
    public var rule: ValidationRule
    /// The limit in words: `at most 128 characters`, `one of Standard, Flash`.
    public var expected: String
    /// What was given: `130 characters`, `"Premium"`.
    public var actual: String
    /// The sentence of the vendor page the rule comes from, where the spec recorded one.
    public var documentation: String?

    public init(parameter: String, rule: ValidationRule, expected: String, actual: String, documentation: String? = nil) {
        self.parameter = parameter
        self.rule = rule
        self.expected = expected
        self.actual = actual
        self.documentation = documentation
    }

    public var description: String {
        var text = "\(parameter): expected \(expected), got \(actual) [\(rule.rawValue)]"
        if let documentation { text += " (documentation: \"\(documentation)\")" }
        return text
    }
}

/// Every issue a request has, thrown at once so the caller can fix them all in one go.
public struct ValidationError: Error, Sendable, Hashable, CustomStringConvertible {
    public var issues: [ValidationIssue]

    public init(issues: [ValidationIssue]) {
        self.issues = issues
    }

    public var description: String {
        let count = issues.count == 1 ? "1 invalid value" : "\(issues.count) invalid values"
        return ([count + ":"] + issues.map { "  " + $0.description }).joined(separator: "\n")
    }
}
