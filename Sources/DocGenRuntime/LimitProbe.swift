import Foundation

/// One case of a generated limit test: a change to a valid request that puts one value just inside or just outside
/// one documented limit, and whether that limit must then report the value's wire path.
///
/// Generated tests hold the cases as data, a JSON table decoded by `table(json:)`, run through one parameterized test
/// per operation; the change itself is a `case` of one generated `switch` keyed by the probe's name. A test macro per
/// case, a closure per case, or an array literal of initializer calls would make a large SDK's test target slow to
/// compile.
///
/// Plumbing of generated tests (`@_spi(DocGenGenerated)`), not API of a generated SDK.
@_spi(DocGenGenerated)
public struct LimitProbe: Sendable, Hashable, CustomStringConvertible {
    public var name: String
    /// The wire path the issue must name (`Tag.1.Key`).
    public var parameter: String
    public var rule: ValidationRule
    public var fails: Bool

    public init(_ name: String, parameter: String, rule: ValidationRule, fails: Bool) {
        self.name = name
        self.parameter = parameter
        self.rule = rule
        self.fails = fails
    }

    /// The probes of a generated test file: a JSON array of `[name, wire path, rule raw value, fails]` rows.
    ///
    /// The text is written by docgen: a table that does not decode (or names a rule this runtime does not know) is a
    /// generator bug and stops the test run with the reason rather than running fewer probes.
    public static func table(json: String) -> [LimitProbe] {
        let rows: [[JSONValue]]
        do {
            rows = try JSONDecoder().decode([[JSONValue]].self, from: Data(json.utf8))
        } catch {
            preconditionFailure("the generated limit-probe table does not decode: \(error)")
        }
        return rows.map { row in
            guard row.count == 4, case .string(let name) = row[0], case .string(let parameter) = row[1],
                  case .string(let ruleName) = row[2], let rule = ValidationRule(rawValue: ruleName),
                  case .bool(let fails) = row[3]
            else { preconditionFailure("the generated limit-probe table has a malformed row: \(row)") }
            return LimitProbe(name, parameter: parameter, rule: rule, fails: fails)
        }
    }

    /// The issues of this probe's rule on its parameter, for a request already changed by the probe.
    public func issues(of changed: some OperationRequest) -> [ValidationIssue] {
        changed.validationIssues().filter { $0.parameter == parameter && $0.rule == rule }
    }

    /// Whether the changed request behaves as documented: one issue when it must fail, none when it must pass.
    public func holds(for changed: some OperationRequest) -> Bool {
        issues(of: changed).count == (fails ? 1 : 0)
    }

    public var description: String { name }
}
