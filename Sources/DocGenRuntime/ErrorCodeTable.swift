import Foundation

extension ErrorCodeInfo {
    /// The documented-code table of a generated error type, read from the JSON text the generator writes into it:
    /// `{"Code": {"httpStatuses": [400], "messages": ["..."], "descriptions": ["..."]}, ...}`.
    ///
    /// Generated code keeps the table as one string literal decoded on first use rather than as a dictionary literal
    /// of `ErrorCodeInfo(...)` calls: the compiler type-checks a dictionary literal of hundreds of entries as one
    /// expression (about 11 s for 772 codes), while a string literal costs nothing to check.
    ///
    /// The text is written by docgen, never by a user: text that does not decode is a generator bug and stops the
    /// program with the decoder's message rather than making every code look undocumented.
    @_spi(DocGenGenerated)
    public static func table(json: String) -> [String: ErrorCodeInfo] {
        do {
            return try JSONDecoder().decode([String: Row].self, from: Data(json.utf8)).mapValues(\.info)
        } catch {
            preconditionFailure("the generated error-code table does not decode: \(error)")
        }
    }

    /// One entry of the table as the generator writes it.
    private struct Row: Decodable {
        var httpStatuses: [Int]
        var messages: [String]
        var descriptions: [String]

        var info: ErrorCodeInfo { ErrorCodeInfo(httpStatuses: httpStatuses, messages: messages, descriptions: descriptions) }
    }
}
