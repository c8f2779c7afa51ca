import DocGenSpec

/// Schemas of the response body: `<Action>Response` with one property per top-level field, nested objects as
/// components named after their path (`<Action>Response<Field><Child>`).
struct ResponseSchemas {
    let action: String

    /// The `$ref` of the response body object.
    func body(_ fields: [ResponseField], components: inout SchemaComponents) -> OpenAPIValue {
        object(fields, path: "Response", components: &components)
    }

    func schema(for field: ResponseField, path: String, components: inout SchemaComponents) -> OpenAPIValue {
        switch field.type {
        case .array:
            let itemType = field.items?.type ?? .string
            let item: OpenAPIValue = itemType == .object
                ? object(field.children ?? [], path: path, components: &components)
                : .object(TypeSchema.scalar(itemType))
            var schema: [String: OpenAPIValue] = ["type": "array", "items": item]
            if let typeName = field.items?.typeName { schema["x-docgen-item-type-name"] = .string(typeName) }
            return .object(schema)
        case .object where !(field.children ?? []).isEmpty:
            return object(field.children ?? [], path: path, components: &components)
        default:
            var schema = TypeSchema.scalar(field.type)
            TypeSchema.applyTimeFormat(field.timeFormat, to: &schema)
            return .object(schema)
        }
    }

    private func object(_ fields: [ResponseField], path: String, components: inout SchemaComponents) -> OpenAPIValue {
        var properties: [String: OpenAPIValue] = [:]
        for field in fields where properties[field.name] == nil {
            var property = schema(for: field, path: path + "_" + field.name, components: &components).objectValue ?? [:]
            TypeSchema.annotate(&property, type: field.type, description: field.description, example: field.example)
            properties[field.name] = .object(property)
        }
        return components.add(["type": "object", "properties": .object(properties)], named: action + path)
    }
}
