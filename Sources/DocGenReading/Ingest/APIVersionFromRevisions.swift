import DocGenSpec

/// A later revision of a page often drops what an earlier one said: Alibaba's rendered pages print no API version,
/// while the Markdown revision of the same operation does. A spec whose page states no API version takes it from
/// the other revisions of the same vendor/product/action (in this run or already stored), when they agree on one.
package enum APIVersionFromRevisions {
    static let unknown = "unknown"

    package static func complete(_ outcomes: [PageOutcome], stored: [OperationSpec]) -> [PageOutcome] {
        var versions: [String: Set<String>] = [:]
        for spec in stored + outcomes.compactMap(\.spec) where spec.apiVersion != unknown {
            versions[key(spec), default: []].insert(spec.apiVersion)
        }
        return outcomes.map { outcome in
            guard let spec = outcome.spec else { return outcome }
            var completed = outcome
            completed.spec = complete(spec, versions: versions)
            completed.diagnostics = completed.spec?.diagnostics ?? outcome.diagnostics
            return completed
        }
    }

    private static func complete(_ spec: OperationSpec, versions: [String: Set<String>]) -> OperationSpec {
        guard spec.apiVersion == unknown, spec.vendor != unknown, spec.product != unknown,
              let known = versions[key(spec)], known.count == 1, let version = known.first
        else { return spec }
        var completed = spec
        completed.apiVersion = version
        completed.diagnostics.removeAll { $0.code == "identity-unknown" && $0.message.contains("API version") }
        completed.diagnostics.append(Diagnostic(
            .info, code: "api-version-from-revision",
            "the page does not say its API version; took \(version) from another revision of \(spec.vendor)/\(spec.product)/\(spec.action)",
            file: spec.source.file, line: nil))
        return completed
    }

    private static func key(_ spec: OperationSpec) -> String {
        "\(spec.vendor)/\(spec.product)/\(spec.action)"
    }
}
