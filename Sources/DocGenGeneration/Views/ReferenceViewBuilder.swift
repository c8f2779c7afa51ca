import DocGenSpec

/// Builds the Markdown reference of one product from the same shapes the Swift code is generated from.
struct ReferenceViewBuilder {
    let context: ProductContext
    let specs: [OperationSpec]

    func build() -> ReferenceView {
        let operations = specs.map { spec -> ReferenceOperationView in
            let builder = OperationViewBuilder(spec: spec, specPath: "", context: context)
            let request = builder.requestShape()
            let parameters = rows(request, prefix: "")
            let fields = responseRows(spec.responseFields, prefix: "")
            let errors = spec.errors.map { error in
                ReferenceErrorView(code: MarkdownEscaping.code(error.code), http: error.http.map(String.init) ?? "",
                                   message: MarkdownEscaping.cell(error.message ?? error.description ?? ""))
            }
            return ReferenceOperationView(
                operationName: builder.operationName, action: MarkdownEscaping.line(spec.action),
                summary: MarkdownEscaping.line(spec.summary ?? spec.title ?? ""),
                source: MarkdownEscaping.line(spec.source.file), parameters: parameters, hasParameters: !parameters.isEmpty,
                responseFields: fields, hasResponseFields: !fields.isEmpty, errors: errors, hasErrors: !errors.isEmpty
            )
        }
        return ReferenceView(
            moduleName: context.moduleName,
            title: MarkdownEscaping.line("\(context.vendor) \(context.product) \(context.apiVersion)"),
            errorTypeName: context.errorTypeName, operationCount: operations.count, operations: operations
        )
    }

    private func rows(_ shape: StructShape, prefix: String) -> [ReferenceRowView] {
        shape.properties.flatMap { property -> [ReferenceRowView] in
            let wire = prefix + property.wireKey + (property.isList ? ".N" : "")
            var limits = property.limits.map { "\($0.key) \($0.humanValue)" }
            limits += property.uncheckedNotes.map { "not checked: \($0)" }
            if property.deprecated { limits.append("deprecated") }
            if property.isInternal { limits.append("not for public use") }
            let row = ReferenceRowView(
                name: MarkdownEscaping.code(wire), type: MarkdownEscaping.line(property.baseType),
                required: property.required ? "yes" : "no",
                description: MarkdownEscaping.cell(property.parameter.description ?? ""),
                limits: limits.map(MarkdownEscaping.line).joined(separator: "<br>")
            )
            guard let nested = property.nested else { return [row] }
            return [row] + rows(nested, prefix: wire + ".")
        }
    }

    private func responseRows(_ fields: [ResponseField], prefix: String) -> [ReferenceRowView] {
        fields.flatMap { field -> [ReferenceRowView] in
            let name = prefix + field.name
            let row = ReferenceRowView(
                name: MarkdownEscaping.code(name), type: field.type.rawValue + (field.items.map { " of \($0.typeName ?? $0.type.rawValue)" } ?? ""),
                required: "", description: MarkdownEscaping.cell(field.description ?? ""), limits: ""
            )
            return [row] + responseRows(field.children ?? [], prefix: name + ".")
        }
    }
}
