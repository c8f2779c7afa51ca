import DocGenSpec

/// What one operation's pages say about one error code, across all its revisions and languages.
struct OperationCodeEntry: Sendable {
    var id: OperationID
    var code: String
    /// For each language, the rows of the newest revision of that language that lists the code.
    var occurrences: [ErrorOccurrence]
    /// The code is in the newest revision of at least one language.
    var current: Bool
    var since: RevisionRef?
    var until: RevisionRef?
    /// Parameter names (`ParameterReferences.parameterKeys`) of the revisions the occurrences come from: what the
    /// code is checked against. Nil when one of them has no parameters (nothing can be said about what it lacks).
    var listingParameterKeys: Set<String>?
    var unknownParameters: [ParameterReference] = []
}

enum OperationCodeEntries {
    /// Reads an operation's revisions language by language: a code's rows come from the newest revision of a
    /// language that lists it; since/until come from the first and last revision listing it, where the language
    /// has more than one revision.
    static func entries(of operation: OperationRevisions) -> [OperationCodeEntry] {
        var byCode: [String: OperationCodeEntry] = [:]
        for (language, timeline) in operation.timelinesByLanguage {
            var first: [String: Int] = [:]
            var last: [String: Int] = [:]
            var rowsByCode: [[String: [ErrorCode]]] = []
            for (position, revision) in timeline.enumerated() {
                var rows: [String: [ErrorCode]] = [:]
                for error in revision.spec.errors {
                    let code = ErrorText.code(error.code)
                    rows[code, default: []].append(error)
                    if first[code] == nil { first[code] = position }
                    last[code] = position
                }
                rowsByCode.append(rows)
            }
            var parameterKeys: [Int: Set<String>?] = [:]
            func keys(at position: Int) -> Set<String>? {
                if let known = parameterKeys[position] { return known }
                let spec = timeline[position].spec
                let computed = spec.parameters.isEmpty ? nil : ParameterReferences.parameterKeys(of: spec)
                parameterKeys[position] = computed
                return computed
            }
            let hasHistory = timeline.count > 1
            for code in first.keys.sorted() {
                let firstPosition = first[code]!, lastPosition = last[code]!
                let listing = timeline[lastPosition]
                let rows = rowsByCode[lastPosition][code, default: []].map {
                    ErrorOccurrence(language: language, http: $0.http, message: ErrorText.normalized($0.message),
                                    description: ErrorText.normalized($0.description),
                                    source: listing.spec.source.file, line: $0.line, revision: listing.number)
                }
                let isCurrent = lastPosition == timeline.count - 1
                let since = hasHistory ? reference(timeline[firstPosition], operation.id) : nil
                let until = hasHistory && !isCurrent ? reference(listing, operation.id) : nil
                let listingKeys = keys(at: lastPosition)
                var entry = byCode[code] ?? OperationCodeEntry(id: operation.id, code: code, occurrences: [],
                                                               current: false, since: nil, until: nil,
                                                               listingParameterKeys: listingKeys)
                if byCode[code] != nil {
                    entry.listingParameterKeys = listingKeys.flatMap { keys in
                        entry.listingParameterKeys.map { $0.union(keys) }
                    }
                }
                entry.occurrences += rows
                entry.since = RevisionOrder.earliest([entry.since, since].compactMap { $0 })
                if isCurrent {
                    entry.current = true
                    entry.until = nil
                } else if !entry.current {
                    entry.until = RevisionOrder.latest([entry.until, until].compactMap { $0 })
                }
                byCode[code] = entry
            }
        }
        return byCode.keys.sorted().map { byCode[$0]! }
    }

    private static func reference(_ revision: (number: Int, spec: OperationSpec), _ id: OperationID) -> RevisionRef {
        RevisionRef(revision: revision.number, date: revision.spec.source.date, source: revision.spec.source.file,
                    language: revision.spec.language, operation: id.description)
    }
}
