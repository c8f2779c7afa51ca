import DocGenSpec

/// One error-code reference table: a product's codes, or every product's codes merged (`docgen errors`).
/// It is also the JSON file's shape (encoded with `SpecJSON.encode`; absent optionals are left out).
public struct ErrorTable: Codable, Hashable, Sendable {
    public static let currentSchemaVersion = 1

    public var schemaVersion: Int
    public var title: String
    /// Both set for a product table; both nil for the merged table.
    public var vendor: String?
    public var product: String?
    /// Languages of the pages read, sorted (`en`, `zh`).
    public var languages: [String]
    /// Operations read for this table (with or without error codes).
    public var operationCount: Int
    /// One row per distinct error code, sorted by code.
    public var codes: [ErrorTableRow]

    public init(title: String, vendor: String?, product: String?, languages: [String], operationCount: Int,
                codes: [ErrorTableRow]) {
        self.schemaVersion = Self.currentSchemaVersion
        self.title = title
        self.vendor = vendor
        self.product = product
        self.languages = languages
        self.operationCount = operationCount
        self.codes = codes
    }

    public var conflictCount: Int { codes.reduce(0) { $0 + $1.conflicts.count } }
}

public struct ErrorTableRow: Codable, Hashable, Sendable {
    public var code: String
    /// Distinct HTTP statuses, ascending; empty where no page gives one.
    public var httpStatuses: [Int]
    /// Distinct messages per page language, each list sorted.
    public var messages: [String: [String]]
    /// Distinct descriptions per page language, each list sorted.
    public var descriptions: [String: [String]]
    /// The operations whose pages document the code, sorted by operation ID.
    public var operations: [ErrorTableOperation]
    /// Earliest revision known to list the code (only where an operation has history).
    public var since: RevisionRef?
    /// Last revision listing the code, set only when no operation's current page lists it any more.
    public var until: RevisionRef?
    public var conflicts: [ErrorConflict]

    /// Text the HTML search box matches against (lowercased).
    var searchText: String {
        var parts = [code] + httpStatuses.map(String.init)
        for key in messages.keys.sorted() { parts += messages[key]! }
        for key in descriptions.keys.sorted() { parts += descriptions[key]! }
        parts += operations.map(\.label)
        parts += conflicts.map(\.summary)
        return parts.joined(separator: " ").lowercased()
    }
}

/// One operation that documents a code.
public struct ErrorTableOperation: Codable, Hashable, Sendable {
    /// `vendor/product/apiVersion/Action`.
    public var operation: String
    /// How the table shows it: `Action` in a product table, `vendor/product/Action` in the merged one
    /// (with the apiVersion too when the scope has several).
    public var label: String
    public var httpStatuses: [Int]
    /// The page rows behind this entry: for each language, the rows of the newest revision that lists the code.
    public var occurrences: [ErrorOccurrence]
    public var since: RevisionRef?
    public var until: RevisionRef?
}

/// One row of one page's error table.
public struct ErrorOccurrence: Codable, Hashable, Sendable {
    public var language: String
    public var http: Int?
    public var message: String?
    public var description: String?
    /// `source.file` of the page and the 1-based line of the row.
    public var source: String
    public var line: Int
    /// 1-based revision number of the page among the operation's stored revisions (oldest first).
    public var revision: Int
}

/// A revision of an operation's page, as since/until show it.
public struct RevisionRef: Codable, Hashable, Sendable {
    /// 1-based position among the operation's stored revisions, oldest first.
    public var revision: Int
    /// The page's own date (`source.date`), where it states one.
    public var date: String?
    public var source: String
    public var language: String
    public var operation: String

    /// `2020-09-10 (path/to/page.md)` or `revision 3 (path/to/page.md)`.
    public var display: String {
        "\(date ?? "revision \(revision)") (\(source))"
    }
}

/// Something about a code that disagrees with itself or with the operation that lists it.
public struct ErrorConflict: Codable, Hashable, Sendable {
    public enum Kind: String, Codable, Hashable, Sendable {
        /// The code comes with more than one HTTP status.
        case httpStatus
        /// The code comes with more than one message in one language (placeholders like `%s` do not count).
        case message
        /// The code (or its message) names a parameter that the listing operation does not have.
        case unknownParameter
    }

    public var kind: Kind
    /// One line for people: `HTTP 403 (CreateHost), 404 (DeleteHost)`.
    public var summary: String
    /// For `unknownParameter`: the operation and the parameter name it was derived from.
    public var operation: String?
    public var parameter: String?
}
