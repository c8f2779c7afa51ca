import DocGenSpec

/// Builds the error type of one product from every operation's error table. A code on several rows or pages is one
/// member: its HTTP statuses and messages are merged (sorted statuses; messages in first-seen order, operations
/// taken by action).
struct ErrorsViewBuilder {
    let context: ProductContext
    /// The product's specs, sorted by action.
    let specs: [OperationSpec]

    func build() -> ErrorsFileView {
        struct Merged {
            var statuses = Set<Int>()
            var messages: [String] = []
            var descriptions: [String] = []
            var sources: [String] = []
        }
        var merged: [String: Merged] = [:]
        for spec in specs {
            for error in spec.errors {
                var entry = merged[error.code] ?? Merged()
                if let http = error.http { entry.statuses.insert(http) }
                if let message = error.message, !entry.messages.contains(message) { entry.messages.append(message) }
                if let description = error.description, !entry.descriptions.contains(description) {
                    entry.descriptions.append(description)
                }
                let source = "\(spec.action) (\(DocLines.source(spec.source.file, line: error.line)))"
                if !entry.sources.contains(source) { entry.sources.append(source) }
                merged[error.code] = entry
            }
        }
        let sortedCodes = merged.keys.sorted()
        let table = ErrorTableText(entries: sortedCodes.map { code in
            let entry = merged[code]!
            return .init(code: code, statuses: entry.statuses.sorted(), messages: entry.messages, descriptions: entry.descriptions)
        })
        let codes = sortedCodes.map { code -> ErrorCodeView in
            let entry = merged[code]!
            var lines: [String] = []
            for message in entry.messages { lines += SwiftEscaping.commentLines(message) }
            for description in entry.descriptions where !entry.messages.contains(description) {
                lines += SwiftEscaping.commentLines(description)
            }
            if !lines.isEmpty { lines.append("") }
            let statuses = entry.statuses.sorted()
            if !statuses.isEmpty { lines.append("- HTTP status: " + statuses.map(String.init).joined(separator: ", ")) }
            // A code common to many operations would list hundreds of pages: the first few are enough to find it.
            let shown = entry.sources.prefix(5).joined(separator: "; ")
            let more = entry.sources.count > 5 ? "; and \(entry.sources.count - 5) more operations" : ""
            lines.append("- Documented by: " + shown + more)
            return ErrorCodeView(
                memberName: context.errorMembers[code]!, codeLiteral: SwiftEscaping.stringLiteral(code), docLines: lines,
                httpStatusesLiteral: "[" + statuses.map(String.init).joined(separator: ", ") + "]",
                messagesLiteral: SwiftEscaping.stringArrayLiteral(entry.messages),
                descriptionsLiteral: SwiftEscaping.stringArrayLiteral(entry.descriptions)
            )
        }
        return ErrorsFileView(
            headerLines: DocLines.header(specPath: nil), moduleName: context.moduleName,
            access: context.access.rawValue, typeName: context.errorTypeName,
            docLines: [
                "The error codes of \(SwiftEscaping.commentText(context.vendor)) \(SwiftEscaping.commentText(context.product)) (API version \(SwiftEscaping.commentText(context.apiVersion))).",
                "",
                "An open set: every code the pages document is a static member, and any other code decodes too.",
            ],
            codes: codes, hasCodes: !codes.isEmpty,
            documentedTableLines: table.lines, documentedTableHashes: table.hashes
        )
    }
}
