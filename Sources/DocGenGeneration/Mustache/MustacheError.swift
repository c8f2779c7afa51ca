import DocGenSpec

/// A template that cannot be parsed or rendered: names the template and the 1-based line of the offending tag.
public struct MustacheError: Error, CustomStringConvertible, Equatable {
    public var template: String
    public var line: Int
    public var message: String

    public init(template: String, line: Int, message: String) {
        self.template = template
        self.line = line
        self.message = message
    }

    /// "<template>:<line>: <message>"
    public var description: String { "\(template):\(line): \(message)" }
}
