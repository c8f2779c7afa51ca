import DocGenSpec

/// The disagreements the tables flag for one code (see docs/errors.md, "Conflicts").
enum ErrorConflicts {
    static func find(code: String, operations: [ErrorTableOperation], entries: [OperationCodeEntry],
                     label: (OperationID) -> String, parameterCheck: ParameterReferenceCheck) -> [ErrorConflict] {
        var conflicts: [ErrorConflict] = []
        if let http = httpStatusConflict(operations) { conflicts.append(http) }
        conflicts += messageConflicts(operations)
        for entry in entries.sorted(by: { $0.id < $1.id }) {
            for reference in entry.unknownParameters {
                let others = parameterCheck.owners(of: reference.name, in: entry.id).map(label)
                let shown = others.prefix(3).joined(separator: ", ") + (others.count > 3 ? ", …" : "")
                let origin = reference.origin == .code ? "the code" : "the message"
                conflicts.append(ErrorConflict(
                    kind: .unknownParameter,
                    summary: "\(reference.name) (from \(origin)) is not a parameter of \(label(entry.id)); "
                        + "it is one of \(shown)",
                    operation: entry.id.description, parameter: reference.name))
            }
        }
        return conflicts
    }

    /// `HTTP 403 (CreateHost, DeleteHost); 404 (CreateHost)`.
    private static func httpStatusConflict(_ operations: [ErrorTableOperation]) -> ErrorConflict? {
        var users: [Int: [String]] = [:]
        for operation in operations {
            for status in operation.httpStatuses { users[status, default: []].append(operation.label) }
        }
        guard users.count > 1 else { return nil }
        let parts = users.keys.sorted().map { "\($0) (\(users[$0]!.joined(separator: ", ")))" }
        return ErrorConflict(kind: .httpStatus, summary: "HTTP " + parts.joined(separator: "; "))
    }

    /// Per language: more than one real message (placeholders such as `%s` are left out; typographic quotes, case and
    /// a final full stop do not make a message different).
    private static func messageConflicts(_ operations: [ErrorTableOperation]) -> [ErrorConflict] {
        var users: [String: [String: Set<String>]] = [:]
        for operation in operations {
            for occurrence in operation.occurrences {
                guard let message = occurrence.message, !ErrorText.isPlaceholder(message) else { continue }
                users[occurrence.language, default: [:]][ErrorText.comparable(message), default: []]
                    .insert(operation.label)
            }
        }
        return users.keys.sorted().compactMap { language in
            let messages = users[language]!
            guard messages.count > 1 else { return nil }
            let labels = Set(messages.values.flatMap { $0 })
            let across = labels.count == 1 ? "in \(labels.first!)" : "across \(labels.count) operations"
            return ErrorConflict(kind: .message, summary: "\(messages.count) different messages (\(language)) \(across)")
        }
    }
}
