import DocGenSpec
import Foundation

/// One spec as one OpenAPI operation (`paths["/<Action>"][method]`), adding its object schemas to `components`.
///
/// RPC mapping (docs/export.md): the vendor sends every action to `/`; the document gives each action the distinct
/// pseudo-path `/<Action>` so that standard tools see one operation per action, `operationId` = action, and records the
/// real call in `x-docgen-rpc` (`action`, `version`, `style`, `method`, `path`).
struct OperationBuilder {
    let spec: OperationSpec
    let binding: OperationBinding

    init(spec: OperationSpec, binding: OperationBinding? = nil) {
        self.spec = spec
        self.binding = binding ?? OperationBinding(spec: spec)
    }

    func operation(components: inout SchemaComponents) -> OpenAPIValue {
        var op: [String: OpenAPIValue] = [
            "operationId": .string(spec.action),
            "tags": [.string(spec.product)],
            "x-docgen-rpc": [
                "action": .string(spec.action), "version": .string(spec.apiVersion),
                "style": .string(binding.convention.rawValue), "method": .string(binding.method.uppercased()),
                "path": .string(binding.wirePath),
            ],
            "x-docgen-source": source,
            "x-docgen-language": .string(spec.language),
        ]
        if let http = binding.rest {
            var line: [String: OpenAPIValue] = ["style": .string(http.style), "path": .string(binding.wirePath),
                                                "method": .string(binding.method.uppercased())]
            if let host = http.host { line["host"] = .string(host) }
            if let contentType = http.contentType { line["contentType"] = .string(contentType) }
            op["x-docgen-http"] = .object(line)
        }
        if let summary = spec.summary, !summary.isEmpty {
            op["summary"] = .string(Self.firstLine(summary))
            op["description"] = .string(summary)
        } else if let title = spec.title {
            op["summary"] = .string(title)
        }
        var parameters: [OpenAPIValue] = []
        var seen = Set<String>()
        var bodyParameters: [Parameter] = []
        let requestSchemas = RequestSchemas(action: spec.action)
        for p in spec.parameters {
            let (location, stated) = binding.location(of: p)
            if location == .body {
                bodyParameters.append(p)
                continue
            }
            let placeholder = location == .path
                ? binding.pathPlaceholders.first { $0.caseInsensitiveCompare(p.name) == .orderedSame } : nil
            let name = placeholder ?? binding.convention.headerName(of: p) ?? p.name
            guard seen.insert("\(location.rawValue) \(name.lowercased())").inserted else { continue }
            var item = parameter(p, name: name, location: location, schemas: requestSchemas, components: &components)
            if let stated, case .object(var fields) = item {
                fields["x-docgen-location"] = .string(stated)
                item = .object(fields)
            }
            parameters.append(item)
        }
        // Every placeholder of the path must be a path parameter (validators insist): one the page's tables do not list
        // is added as a required string, marked as such.
        for placeholder in binding.pathPlaceholders.sorted() where !spec.parameters.contains(where: {
            $0.name.caseInsensitiveCompare(placeholder) == .orderedSame
        }) {
            guard seen.insert("path \(placeholder.lowercased())").inserted else { continue }
            parameters.append(["name": .string(placeholder), "in": "path", "required": true, "schema": ["type": "string"],
                               "x-docgen-from-path": true])
        }
        if !parameters.isEmpty { op["parameters"] = .array(parameters) }
        if !bodyParameters.isEmpty {
            let ref = requestSchemas.objectSchema(children: bodyParameters, path: "Request", components: &components)
            op["requestBody"] = ["required": true, "content": ["application/json": ["schema": ref]]]
        }
        if let request = spec.examples.request { op["x-docgen-request-example"] = .string(request) }
        if !spec.errors.isEmpty { op["x-docgen-errors"] = ErrorResponses.rows(spec.errors) }
        op["responses"] = .object(responses(components: &components))
        return .object(op)
    }

    private func parameter(
        _ p: Parameter, name: String, location: OpenAPILocation, schemas: RequestSchemas,
        components: inout SchemaComponents
    ) -> OpenAPIValue {
        var out: [String: OpenAPIValue] = [
            "name": .string(name),
            "in": .string(location.rawValue),
            "schema": schemas.schema(for: p, path: "_" + p.name, components: &components),
        ]
        if p.required || location == .path { out["required"] = true }
        if let d = p.description, !d.isEmpty { out["description"] = .string(d) }
        if p.constraints.deprecated == true { out["deprecated"] = true }
        if let example = p.example, !example.isEmpty {
            // Typed when it parses and fits the schema (validators check it); otherwise the page's text, kept aside.
            if let typed = ScalarText.typed(example, as: p.type), SchemaCheck.accepts(typed, out["schema"]?.objectValue ?? [:]) {
                out["example"] = typed
            } else {
                out["x-docgen-example"] = .string(example)
            }
        }
        if p.type == .array || p.type == .object, location == .query {
            out["style"] = "form"
            out["explode"] = true
        }
        if p.wireName != name { out["x-docgen-wire-name"] = .string(p.wireName) }
        if p.common { out["x-docgen-common"] = true }
        out.merge(ConstraintKeywords.extensions(p.constraints, sources: p.constraintSources)) { a, _ in a }
        return .object(out)
    }

    private func responses(components: inout SchemaComponents) -> [String: OpenAPIValue] {
        var body = ResponseSchemas(action: spec.action).body(spec.responseFields, components: &components)
        if binding.convention.wrapsResponse {
            body = ["type": "object", "properties": ["Response": body], "required": ["Response"]]
        }
        var media: [String: OpenAPIValue] = ["schema": body]
        if let json = spec.examples.responseJSON {
            if let value = try? JSONDecoder().decode(OpenAPIValue.self, from: Data(json.utf8)) {
                media["example"] = value
            } else {
                media["x-docgen-example-text"] = .string(json)
            }
        }
        var out: [String: OpenAPIValue] = [
            "200": ["description": "OK", "content": ["application/json": .object(media)]]
        ]
        out.merge(ErrorResponses.responses(spec.errors)) { a, _ in a }
        return out
    }

    private var source: OpenAPIValue {
        var s: [String: OpenAPIValue] = [
            "file": .string(spec.source.file), "sha256": .string(spec.source.sha256), "format": .string(spec.source.format),
        ]
        if let date = spec.source.date { s["date"] = .string(date) }
        return .object(s)
    }

    static func firstLine(_ text: String) -> String {
        String(text.split(whereSeparator: \.isNewline).first ?? Substring(text))
    }
}
