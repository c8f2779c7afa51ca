/// Identity facts given on the command line or in a sources file, used where the page does not say them.
public struct IdentityHints: Hashable, Sendable {
    public var vendor: String?
    public var product: String?
    public var apiVersion: String?
    public var action: String?

    public init(vendor: String? = nil, product: String? = nil, apiVersion: String? = nil, action: String? = nil) {
        self.vendor = vendor
        self.product = product
        self.apiVersion = apiVersion
        self.action = action
    }
}

/// Interprets a `PageDocument`: finds the sections, maps table headers, builds parameters, response fields,
/// errors and identity. (Being written: this stub only fills identity from hints.)
public enum SpecBuilder {
    public static func build(_ document: PageDocument, page: PageText, hints: IdentityHints) -> OperationSpec {
        OperationSpec(
            vendor: hints.vendor ?? "unknown", product: hints.product ?? "unknown",
            apiVersion: hints.apiVersion ?? "unknown", action: hints.action ?? "Unknown", language: "en",
            source: SourceInfo(file: page.file, sha256: page.sha256, format: document.format.rawValue)
        )
    }
}
