import DocGenSpec

/// Builds the view models of one operation's source file from its spec.
struct OperationViewBuilder {
    let spec: OperationSpec
    let specPath: String
    let context: ProductContext

    var operationName: String { context.operationNames[spec.action] ?? SwiftIdentifiers.upperCamel(spec.action) }

    func requestShape() -> StructShape {
        RequestShapeBuilder.build(RequestShapeBuilder.ownParameters(of: spec), typeName: "Request",
                                  qualifiedName: context.moduleName + "." + operationName + ".Request", isTopLevel: true,
                                  enclosingNames: [operationName, context.errorTypeName, context.moduleName])
    }

    func responseShape() -> ResponseShape {
        ResponseShapeBuilder.build(spec.responseFields, typeName: "Response", qualifiedName: context.moduleName + "." + operationName + ".Response",
                                   enclosingNames: [operationName, context.errorTypeName, context.moduleName])
    }

    func fileView(request: StructShape, response: ResponseShape) -> OperationFileView {
        var seen = Set<String>()
        let members = spec.errors.compactMap { error -> ErrorMemberView? in
            guard seen.insert(error.code).inserted, let member = context.errorMembers[error.code] else { return nil }
            return ErrorMemberView(memberName: member)
        }
        return OperationFileView(
            headerLines: DocLines.header(specPath: specPath),
            moduleName: context.moduleName,
            access: context.access.rawValue,
            plumbingAccess: context.access == .public ? "@_spi(DocGenGenerated) public" : context.access.rawValue,
            operationName: operationName,
            docLines: DocLines.operation(spec),
            actionLiteral: SwiftEscaping.stringLiteral(spec.action),
            apiVersionLiteral: SwiftEscaping.stringLiteral(spec.apiVersion),
            styleExpression: context.profile.styleExpression,
            errorTypeName: context.errorTypeName,
            documentedErrors: members,
            request: requestView(request, isTopLevel: true),
            response: responseView(response, isTopLevel: true),
            locating: locatingView(request)
        )
    }

    private func locatingView(_ request: StructShape) -> LocatingView? {
        guard ClientViewBuilder.binding(for: spec, tencent: context.profile.style == .tencent).isREST else { return nil }
        func keys(_ location: ParameterLocation) -> String {
            SwiftEscaping.stringArrayLiteral(request.properties.filter { $0.parameter.location == location }.map(\.wireKey))
        }
        return LocatingView(pathLiteral: keys(.path), headersLiteral: keys(.header), bodyLiteral: keys(.body),
                            hostLiteral: keys(.host))
    }

    private func requestView(_ shape: StructShape, isTopLevel: Bool) -> RequestStructView {
        let file = spec.source.file
        let properties = shape.properties.map { property in
            PropertyView(
                name: property.name, storageName: property.storageName, type: property.swiftType,
                docLines: DocLines.property(property, file: file), deprecated: property.deprecated,
                deprecationMessageLiteral: SwiftEscaping.stringLiteral(
                    "\(property.parameter.wireName) is deprecated by the vendor's documentation."),
                wireKeyLiteral: SwiftEscaping.stringLiteral(property.wireKey),
                propertyWrapper: property.timeWrapper.map { $0 + " " } ?? "",
                queryValueName: property.timeWrapper == nil ? property.storageName : "_" + property.storageName
            )
        }
        let arguments = shape.properties.enumerated().map { index, property in
            ArgumentView(name: property.name, storageName: property.storageName, type: property.swiftType,
                         isOptional: !property.required, isLast: index == shape.properties.count - 1)
        }
        var checks: [CheckView] = []
        for property in shape.properties {
            let wireKey = SwiftEscaping.stringLiteral(property.wireKey)
            for limit in property.limits {
                checks.append(CheckView(
                    method: limit.method, storageName: property.storageName, argument: limit.argumentLiteral,
                    wireKeyLiteral: wireKey,
                    documentationLiteral: limit.documentation.map(SwiftEscaping.stringLiteral) ?? "nil"
                ))
            }
            // A required list given as [] would send nothing at all: that is a missing parameter, not a valid call.
            if property.required, property.isList, !property.limits.contains(where: { $0.method == "minItems" }) {
                checks.append(CheckView(
                    method: "minItems", storageName: property.storageName, argument: "1", wireKeyLiteral: wireKey,
                    documentationLiteral: SwiftEscaping.stringLiteral("Required: an empty list would send nothing.")))
            }
            if property.nested != nil {
                checks.append(CheckView(method: "nested", storageName: property.storageName, argument: nil,
                                        wireKeyLiteral: wireKey, documentationLiteral: "nil"))
            }
        }
        let relations = shape.relations.map { relation in
            let a = shape.properties[relation.property]
            let b = shape.properties[relation.other]
            return RelationView(
                method: relation.kind == .mutuallyExclusiveWith ? "mutuallyExclusive" : "dependsOn",
                storageName: a.storageName, wireKeyLiteral: SwiftEscaping.stringLiteral(a.wireKey),
                otherStorageName: b.storageName, otherWireKeyLiteral: SwiftEscaping.stringLiteral(b.wireKey),
                documentationLiteral: relation.documentation.map(SwiftEscaping.stringLiteral) ?? "nil"
            )
        }
        let docLines: [String]
        if isTopLevel {
            docLines = ["The parameters of `\(SwiftEscaping.commentText(spec.action))`."]
        } else {
            docLines = ["An element of a request parameter; its fields are sent below the parameter's name."]
        }
        return RequestStructView(
            typeName: shape.typeName, isTopLevel: isTopLevel, docLines: docLines, properties: properties,
            hasProperties: !properties.isEmpty, initArguments: arguments, checks: checks, relations: relations,
            nestedTypes: shape.nestedTypes.map { requestView($0, isTopLevel: false) },
            valueSets: shape.valueSets.map { set in
                ValueSetView(
                    typeName: set.typeName,
                    docLines: [
                        "The values the page documents, each a static member. Open: any other value can be made with `init(rawValue:)` or a string literal, and is sent as it is.",
                    ],
                    members: set.members.enumerated().map { index, member in
                        ValueSetMemberView(name: member.name, valueLiteral: SwiftEscaping.stringLiteral(member.value),
                                           valueComment: SwiftEscaping.commentText(member.value),
                                           isLast: index == set.members.count - 1)
                    })
            }
        )
    }

    private func responseView(_ shape: ResponseShape, isTopLevel: Bool) -> ResponseStructView {
        let fields = shape.fields.enumerated().map { index, field in
            ResponseFieldView(
                name: field.name, type: field.baseType, jsonKeyLiteral: SwiftEscaping.stringLiteral(field.jsonKey),
                decodeMethod: field.decodeMethod, elementType: field.elementType,
                docLines: DocLines.responseField(field.field, file: spec.source.file),
                isLast: index == shape.fields.count - 1
            )
        }
        let docLines = isTopLevel
            ? ["The response body of `\(SwiftEscaping.commentText(spec.action))`. Every field is optional: a field the body lacks, or that cannot be read as its documented type, is nil."]
            : ["An object of the response body."]
        return ResponseStructView(
            typeName: shape.typeName, isTopLevel: isTopLevel, docLines: docLines, fields: fields,
            hasFields: !fields.isEmpty, nestedTypes: shape.nestedTypes.map { responseView($0, isTopLevel: false) }
        )
    }
}
