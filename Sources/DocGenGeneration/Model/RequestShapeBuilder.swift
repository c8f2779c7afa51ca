import DocGenSpec

/// Decides the Swift shape of a request from the spec's parameters: names, types, nested structs, limits.
enum RequestShapeBuilder {
    /// Members the generated request types already have; a parameter never takes these names.
    static let reservedMembers: Set<String> = [
        "hashValue", "action", "apiVersion", "style", "queryItems", "validationIssues", "validate", "collectIssues",
        "appendQueryItems", "decodeResponse", "init", "encode", "hash", "example",
    ]

    /// Parameters the request itself does not expose: the vendor's common parameters, and `Action`/`Version`, which
    /// the runtime sends.
    static func ownParameters(of spec: OperationSpec) -> [Parameter] {
        spec.parameters.filter { p in
            !p.common && !["Action", "Version"].contains(wireBase(of: p))
        }
    }

    /// - Parameter enclosingNames: type names the nested structs must not take, because the generated code refers to
    ///   them from inside this struct (the operation's namespace, the enclosing structs).
    /// - Parameter stem: for the children of a top-level object whose rows do not all sit below its own wire name
    ///   (`Filter.1.Key`, `Filter.2.Key` under `Filter.1`), the wire path they share; their keys are taken below it.
    static func build(_ input: [Parameter], typeName: String, qualifiedName: String, isTopLevel: Bool,
                      stem: String? = nil, enclosingNames: Set<String> = []) -> StructShape {
        // A wire key listed twice (the same row twice on a page) is one property: the first row wins.
        var seenKeys = Set<String>()
        var parameters: [Parameter] = []
        var keys: [String] = []
        for parameter in input {
            let key = isTopLevel ? wireBase(of: parameter)
                : (stem.flatMap { keyBelow($0, of: parameter) } ?? childKey(of: parameter))
            if seenKeys.insert(key).inserted {
                parameters.append(parameter)
                keys.append(key)
            }
        }
        var names = IdentifierScope(reserved: reservedMembers)
        // Lists read as plurals (`DiskId.N` → `diskIds`), unless the plural is another parameter's own name.
        let singular = parameters.map { SwiftIdentifiers.lowerCamel($0.name) }
        let singularNames = Set(singular)
        let identifiers = parameters.indices.map { index -> String in
            let parameter = parameters[index]
            guard parameter.type == .array || hasRepeatMarker(parameter.wireName) else { return singular[index] }
            let plural = SwiftIdentifiers.plural(singular[index])
            return singularNames.contains(plural) ? singular[index] : plural
        }
        let propertyNames = names.claimAll(zip(parameters, identifiers).map { ($0.name, $1) })
        let enclosing = enclosingNames.union([typeName])
        var types = IdentifierScope(reserved: SwiftIdentifiers.reservedTypeNames.union(enclosing))
        var properties: [PropertyShape] = []
        var nestedTypes: [StructShape] = []
        var valueSets: [ValueSetShape] = []
        for (index, original) in parameters.enumerated() {
            let parameter = liftingItemCounts(original)
            let children = parameter.children ?? []
            let repeated = parameter.type == .array || hasRepeatMarker(parameter.wireName)
            var wireKey = keys[index]
            var childStem: String?
            if isTopLevel, !repeated, let shared = sharedStem(of: children, below: wireKey) {
                wireKey = shared
                childStem = shared
            }
            func nestedShape() -> StructShape {
                let preferred = SwiftIdentifiers.upperCamel(parameter.items?.typeName ?? parameter.name)
                let name = types.claim(preferred)
                let shape = build(children, typeName: name, qualifiedName: qualifiedName + "." + name, isTopLevel: false,
                                  stem: childStem, enclosingNames: enclosing)
                nestedTypes.append(shape)
                return shape
            }
            let kind: PropertyShape.Kind
            var scalar: ScalarType?
            if !children.isEmpty {
                kind = repeated ? .objectList(nestedShape()) : .object(nestedShape())
            } else if let format = parameter.timeFormat, !repeated, ScalarType(parameter.type) != nil {
                // No limit applies to a `Date`: the documented format is the limit, and the wrapper keeps it.
                kind = .time(format)
            } else if let own = ScalarType(parameter.type) {
                scalar = own
                kind = repeated ? .scalarList(own) : .scalar(own)
            } else if parameter.type == .object {
                kind = repeated ? .fieldsList : .fields
            } else if let itemType = parameter.items?.type, let element = ScalarType(itemType) {
                scalar = element
                kind = .scalarList(element)
            } else if parameter.items?.type == .object {
                kind = .fieldsList
            } else {
                // An array whose element type the page does not give: sent as text.
                scalar = .string
                kind = .scalarList(.string)
            }
            let (limits, notes) = Limit.limits(of: parameter, scalar: scalar, isList: repeated || parameter.type == .array)
            var valueSet: ValueSetShape?
            if scalar == .string, let values = valueSetValues(parameter, limits: limits) {
                let name = types.claim(SwiftIdentifiers.upperCamel(parameter.name))
                var members = IdentifierScope(reserved: valueSetReservedMembers)
                valueSet = ValueSetShape(typeName: name, members: values.map { (members.claim(SwiftIdentifiers.lowerCamel($0)), $0) })
                valueSets.append(valueSet!)
            }
            properties.append(PropertyShape(
                name: propertyNames[index], storageName: propertyNames[index],
                wireKey: wireKey,
                kind: kind, required: parameter.required, deprecated: parameter.constraints.deprecated == true,
                isInternal: parameter.constraints.internal == true, parameter: parameter, limits: limits,
                uncheckedNotes: notes, valueSet: valueSet
            ))
        }
        // Deprecated properties are public computed wrappers over an internal stored property.
        for index in properties.indices where properties[index].deprecated {
            properties[index].storageName = names.claim(properties[index].name + "Storage")
        }
        var relations: [StructShape.Relation] = []
        for (index, property) in properties.enumerated() {
            let c = property.parameter.constraints
            for (kind, others) in [(StructShape.Relation.Kind.mutuallyExclusiveWith, c.mutuallyExclusiveWith ?? []),
                                   (.dependsOn, c.dependsOn ?? [])] {
                for other in others {
                    guard let target = resolve(other, in: properties), target != index else {
                        properties[index].uncheckedNotes.append("\(kind.rawValue) \(other) (not a parameter of this request)")
                        continue
                    }
                    // Two names of one parameter (`Tag.N`, `Tag.N.Key`) are one relation.
                    if relations.contains(where: { $0.kind == kind && $0.property == index && $0.other == target }) { continue }
                    relations.append(.init(kind: kind, property: index, other: target,
                                           documentation: property.parameter.constraintSources[kind.rawValue]))
                }
            }
        }
        return StructShape(typeName: typeName, qualifiedName: qualifiedName, properties: properties,
                           nestedTypes: nestedTypes, relations: relations, valueSets: valueSets)
    }

    /// Members every value-set type has.
    static let valueSetReservedMembers: Set<String> = [
        "rawValue", "init", "queryString", "numericValue", "description", "hashValue", "documented", "encode", "hash",
        "self", "Type",
    ]

    /// The documented values of a string parameter that becomes a value set: only when the value list is its only
    /// limit on each value (other limits are probed with computed strings, which a value type does not take).
    static func valueSetValues(_ parameter: Parameter, limits: [Limit]) -> [String]? {
        guard let values = parameter.constraints.enum, !values.isEmpty,
              values.allSatisfy({ !$0.isEmpty }) else { return nil }
        for limit in limits {
            switch limit.kind {
            case .enum, .minItems, .maxItems: continue
            default: return nil
            }
        }
        var seen = Set<String>()
        return values.filter { seen.insert($0).inserted }
    }

    /// A list's N range is often stated on a child row (`Tag.N.Key`: "N的取值范围：1~20"): it counts the list, so it
    /// moves to the list when the list states none itself.
    static func liftingItemCounts(_ parameter: Parameter) -> Parameter {
        guard var children = parameter.children, !children.isEmpty else { return parameter }
        var lifted = parameter
        for kind in ConstraintKind.allCases where kind.appliesTo == .list {
            guard parameter.constraints[kind] == nil,
                  let index = children.firstIndex(where: { $0.constraints[kind] != nil }) else { continue }
            lifted.constraints[kind] = children[index].constraints[kind]
            if let sentence = children[index].constraintSources[kind.key] { lifted.constraintSources[kind.key] = sentence }
            for child in children.indices {
                children[child].constraints[kind] = nil
                children[child].constraintSources[kind.key] = nil
            }
        }
        lifted.children = children
        return lifted
    }

    private static func resolve(_ name: String, in properties: [PropertyShape]) -> Int? {
        properties.firstIndex { $0.parameter.name == name }
            ?? properties.firstIndex { $0.wireKey == name }
            ?? properties.firstIndex { $0.parameter.name.lowercased() == name.lowercased() }
    }

    /// When an object's child rows do not all start with the object's wire name, the dotted path they all share
    /// (`Filter` for `Filter.1.Key`, `Filter.2.Key`); nil when they do (the usual case) or share nothing.
    static func sharedStem(of children: [Parameter], below base: String) -> String? {
        guard !children.isEmpty, !children.allSatisfy({ $0.wireName.hasPrefix(base + ".") }) else { return nil }
        var common: [Substring]?
        for child in children {
            let parts = child.wireName.split(separator: ".").dropLast()
            guard let current = common else { common = Array(parts); continue }
            common = Array(zip(current, parts).prefix { $0 == $1 }.map(\.0))
        }
        guard let parts = common, !parts.isEmpty else { return nil }
        return parts.joined(separator: ".")
    }

    static func keyBelow(_ stem: String, of parameter: Parameter) -> String? {
        parameter.wireName.hasPrefix(stem + ".") ? String(parameter.wireName.dropFirst(stem.count + 1)) : nil
    }

    /// `DiskIds.N` → `DiskIds`; `SystemDisk.Category` stays.
    static func wireBase(of parameter: Parameter) -> String {
        let base = stripRepeatMarkers(parameter.wireName)
        return base.isEmpty ? parameter.name : base
    }

    /// A child's key below its parent's prefix: `Tag.N.Key` → `Key`, `Filters.N.Values.N` → `Values`.
    static func childKey(of parameter: Parameter) -> String {
        let base = stripRepeatMarkers(parameter.wireName)
        if base.isEmpty { return parameter.name }
        if base == parameter.name || base.hasSuffix("." + parameter.name) { return parameter.name }
        return base.split(separator: ".").last.map(String.init) ?? parameter.name
    }

    static func hasRepeatMarker(_ wireName: String) -> Bool {
        wireName.hasSuffix(".N") || wireName.hasSuffix(".n")
    }

    static func stripRepeatMarkers(_ wireName: String) -> String {
        var name = Substring(wireName)
        while name.hasSuffix(".N") || name.hasSuffix(".n") { name = name.dropLast(2) }
        return String(name)
    }
}
