import DocGenSpec

/// Schemas of request parameters: scalars inline, objects (a repeat list's `Tag.N.Key`, `Value` members) as
/// components named `<Action><Parameter>`.
struct RequestSchemas {
    let action: String

    /// The schema of one parameter, with every constraint the spec holds; nested objects go into `components`.
    func schema(for p: Parameter, path: String, components: inout SchemaComponents) -> OpenAPIValue {
        var schema: [String: OpenAPIValue]
        switch p.type {
        case .array:
            let itemType = p.items?.type ?? .string
            var item: OpenAPIValue
            if itemType == .object {
                item = objectSchema(children: p.children ?? [], path: path, components: &components)
            } else {
                var scalar = TypeSchema.scalar(itemType)
                ConstraintKeywords.apply(p.constraints, type: itemType, to: &scalar)
                scalar["deprecated"] = nil
                item = .object(scalar)
            }
            schema = ["type": "array", "items": item]
            ConstraintKeywords.applyArray(p.constraints, to: &schema)
            if p.constraints.deprecated == true { schema["deprecated"] = true }
            if let typeName = p.items?.typeName { schema["x-docgen-item-type-name"] = .string(typeName) }
        case .object where !(p.children ?? []).isEmpty:
            return objectSchema(children: p.children ?? [], path: path, components: &components)
        default:
            schema = TypeSchema.scalar(p.type)
            ConstraintKeywords.apply(p.constraints, type: p.type, to: &schema)
            TypeSchema.applyTimeFormat(p.timeFormat, to: &schema)
        }
        return .object(schema)
    }

    /// An object with one property per child, stored as a component; returns the `$ref`.
    func objectSchema(children: [Parameter], path: String, components: inout SchemaComponents) -> OpenAPIValue {
        var properties: [String: OpenAPIValue] = [:]
        var required: [String] = []
        for child in children where properties[child.name] == nil {
            var property = schema(for: child, path: path + "_" + child.name, components: &components).objectValue ?? [:]
            TypeSchema.annotate(&property, type: child.type, description: child.description, example: child.example)
            property.merge(ConstraintKeywords.extensions(child.constraints, sources: child.constraintSources)) { a, _ in a }
            if child.wireName != child.name { property["x-docgen-wire-name"] = .string(child.wireName) }
            properties[child.name] = .object(property)
            if child.required { required.append(child.name) }
        }
        var object: [String: OpenAPIValue] = ["type": "object", "properties": .object(properties)]
        if !required.isEmpty { object["required"] = .array(required.map { .string($0) }) }
        return components.add(.object(object), named: action + path)
    }
}
