import Foundation

/// What the reference pages say, read from the specs docgen made of them (Output/specs): the page's own example
/// response body and its documented errors. The tests answer with these and compare the generated client's results
/// with them, so the expected values come from the page, not from the generated code.
enum PageFacts {
    static var specsFolder: URL {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.appendingPathComponent("Output/specs")
    }

    struct Missing: Error, CustomStringConvertible {
        var description: String
    }

    /// The spec of `operation` (`alibaba/ecs/2014-05-26/CreateSnapshot`).
    static func spec(_ operation: String) throws -> [String: Any] {
        let url = specsFolder.appendingPathComponent(operation + ".json")
        let data = try Data(contentsOf: url)
        guard let object = try JSONSerialization.jsonObject(with: data) as? [String: Any] else {
            throw Missing(description: "\(url.path) is not a JSON object")
        }
        return object
    }

    /// The page's example response body, parsed.
    static func exampleResponse(_ operation: String) throws -> [String: Any] {
        let examples = try spec(operation)["examples"] as? [String: Any]
        guard let text = examples?["responseJSON"] as? String,
              let body = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any] else {
            throw Missing(description: "\(operation): the page has no JSON example response")
        }
        return body
    }

    struct DocumentedError {
        var code: String
        var message: String?
        var httpStatus: Int?
    }

    /// The documented error `code` as the page's error table gives it.
    static func documentedError(_ operation: String, code: String) throws -> DocumentedError {
        let errors = try spec(operation)["errors"] as? [[String: Any]] ?? []
        guard let row = errors.first(where: { $0["code"] as? String == code }) else {
            throw Missing(description: "\(operation): the page does not document \(code)")
        }
        return DocumentedError(code: code, message: row["message"] as? String, httpStatus: row["http"] as? Int)
    }
}
