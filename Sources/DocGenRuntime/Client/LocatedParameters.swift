import Foundation

extension HTTPParameters {
    /// A REST/ROA request's parameters sorted by the location its page gives each; generated
    /// `HTTPParameterLocating` conformances call this with the wire keys of each location.
    ///
    /// - Query parameters (every key not named elsewhere) are flattened as for RPC (`Tag.1.Key`).
    /// - Path and header values are sent as text.
    /// - Body parameters become one JSON object keyed by wire name; a single body parameter named `body` (any case)
    ///   is the body itself.
    /// - Host parameters are not sent: they pick the endpoint, which the client's `endpoint:` sets.
    public static func locating<Request: OperationRequest>(
        _ request: Request, path: [String] = [], headers: [String] = [], body: [String] = [], host: [String] = []
    ) throws -> HTTPParameters {
        var query = QueryItems(listIndexBase: Request.style.listIndexBase)
        request.appendQueryItems(to: &query, prefix: "")
        let placed = Set(path + headers + body + host)
        var result = HTTPParameters()
        result.query = query.pairs.filter { pair in
            !placed.contains { pair.name == $0 || pair.name.hasPrefix($0 + ".") }
        }
        guard !(path.isEmpty && headers.isEmpty && body.isEmpty) else { return result }
        let encoded = try JSONDecoder().decode(JSONValue.self, from: JSONEncoder.wire.encode(request))
        guard case .object(let fields) = encoded else { return result }
        for key in path { if let text = fields[key]?.text { result.path[key] = text } }
        for key in headers { if let text = fields[key]?.text { result.headers[key] = text } }
        let bodyFields = body.compactMap { key in fields[key].map { (key, $0) } }
        if body.count == 1, body[0].lowercased() == "body", let only = bodyFields.first {
            result.jsonBody = try JSONEncoder.wire.encode(only.1)
        } else if !bodyFields.isEmpty {
            result.jsonBody = try JSONEncoder.wire.encode(JSONValue.object(Dictionary(bodyFields) { first, _ in first }))
        }
        return result
    }
}
