import DocGenSpec

/// The Swift shape of a response body (or of one nested object in it).
public struct ResponseShape: Sendable {
    public var typeName: String
    public var qualifiedName: String
    public var fields: [ResponseFieldShape]
    public var nestedTypes: [ResponseShape]
}

public struct ResponseFieldShape: Sendable {
    public enum Kind: Sendable {
        case scalar(ScalarType)
        case scalarList(ScalarType)
        /// A time value in its documented format, decoded as `Date`.
        case time(TimeFormat)
        case object(ResponseShape)
        case objectList(ResponseShape)
        /// An object (or list of objects) whose fields the page does not list: kept as raw JSON.
        case json
        case jsonList
    }

    public var name: String
    public var jsonKey: String
    public var kind: Kind
    public var field: ResponseField

    /// The Swift type without optionality.
    public var baseType: String {
        switch kind {
        case .scalar(let t): return t.swiftName
        case .time: return "Date"
        case .scalarList(let t): return "[\(t.swiftName)]"
        case .object(let s): return s.typeName
        case .objectList(let s): return "[\(s.typeName)]"
        case .json: return "JSONValue"
        case .jsonList: return "[JSONValue]"
        }
    }

    /// What `init(from:)` decodes: the `KeyedDecodingContainer` method and the element type it is given.
    public var decodeMethod: String {
        switch kind {
        case .scalar: return "lenientScalar"
        case .time: return "lenientTime"
        case .scalarList: return "lenientScalarList"
        case .object, .json: return "lenientObject"
        case .objectList, .jsonList: return "lenientObjectList"
        }
    }

    public var elementType: String {
        switch kind {
        case .scalar(let t), .scalarList(let t): return t.swiftName
        case .time(let format): return format.wireFormatTypeName
        case .object(let s), .objectList(let s): return s.typeName
        case .json, .jsonList: return "JSONValue"
        }
    }
}

enum ResponseShapeBuilder {
    static let reservedMembers: Set<String> = ["hashValue", "init", "CodingKeys", "hash"]

    static func build(_ fields: [ResponseField], typeName: String, qualifiedName: String,
                      enclosingNames: Set<String> = []) -> ResponseShape {
        // A key listed twice (a page error) is decoded once: the first row wins.
        var seen = Set<String>()
        let unique = fields.filter { seen.insert($0.name).inserted }
        var names = IdentifierScope(reserved: reservedMembers)
        let fieldNames = names.claimAll(unique.map { ($0.name, SwiftIdentifiers.lowerCamel($0.name)) })
        let enclosing = enclosingNames.union([typeName])
        var types = IdentifierScope(reserved: SwiftIdentifiers.reservedTypeNames.union(enclosing))
        var shapes: [ResponseFieldShape] = []
        var nested: [ResponseShape] = []
        for (index, field) in unique.enumerated() {
            let children = field.children ?? []
            func nestedShape() -> ResponseShape {
                let name = types.claim(SwiftIdentifiers.upperCamel(field.items?.typeName ?? field.name))
                let shape = build(children, typeName: name, qualifiedName: qualifiedName + "." + name, enclosingNames: enclosing)
                nested.append(shape)
                return shape
            }
            let kind: ResponseFieldShape.Kind
            if !children.isEmpty {
                kind = field.type == .array ? .objectList(nestedShape()) : .object(nestedShape())
            } else if let format = field.timeFormat, ScalarType(field.type) != nil {
                kind = .time(format)
            } else if let scalar = ScalarType(field.type) {
                kind = .scalar(scalar)
            } else if field.type == .object {
                kind = .json
            } else if let itemType = field.items?.type, let element = ScalarType(itemType) {
                kind = .scalarList(element)
            } else {
                kind = .jsonList
            }
            shapes.append(ResponseFieldShape(name: fieldNames[index], jsonKey: field.name, kind: kind, field: field))
        }
        return ResponseShape(typeName: typeName, qualifiedName: qualifiedName, fields: shapes, nestedTypes: nested)
    }
}
