import DocGenSpec

/// The Swift shape of a request (or of one nested struct): what the generator decided each parameter becomes.
public struct StructShape: Sendable {
    /// Name inside its parent (`Request`, `Tag`).
    public var typeName: String
    /// Name usable from the tests (`CreateSnapshot.Request.Tag`).
    public var qualifiedName: String
    public var properties: [PropertyShape]
    public var nestedTypes: [StructShape]
    public var relations: [Relation]
    /// Open value types of the properties whose page lists their values (`Category`: `.standard`, `.flash`).
    public var valueSets: [ValueSetShape] = []

    /// `mutuallyExclusiveWith` / `dependsOn` between two properties of this struct.
    public struct Relation: Sendable {
        public enum Kind: String, Sendable { case mutuallyExclusiveWith, dependsOn }
        public var kind: Kind
        public var property: Int
        public var other: Int
        public var documentation: String?
    }
}

public struct PropertyShape: Sendable {
    public enum Kind: Sendable {
        case scalar(ScalarType)
        case scalarList(ScalarType)
        case object(StructShape)
        case objectList(StructShape)
        /// A time value in its documented format: `Date` in Swift, the format's text (or number) on the wire.
        case time(TimeFormat)
        /// An object whose fields the page does not list.
        case fields
        case fieldsList
    }

    /// Swift property and initializer label.
    public var name: String
    /// The stored property: `name`, or a separate internal name when the public property is deprecated (so the
    /// generated code itself never touches a deprecated member).
    public var storageName: String
    /// The key on the wire below the parent's prefix (`SnapshotName`, `DiskIds`, `Key`).
    public var wireKey: String
    public var kind: Kind
    public var required: Bool
    public var deprecated: Bool
    public var isInternal: Bool
    public var parameter: Parameter
    public var limits: [Limit]
    /// Constraints that the generated code cannot check, in words, for the doc comment.
    public var uncheckedNotes: [String]
    /// The open value type of a string property whose page lists its values; nil otherwise.
    public var valueSet: ValueSetShape? = nil

    public var isList: Bool {
        switch kind {
        case .scalarList, .objectList, .fieldsList: return true
        default: return false
        }
    }

    public var nested: StructShape? {
        switch kind {
        case .object(let s), .objectList(let s): return s
        default: return nil
        }
    }

    /// The Swift type without optionality: `String`, `[Int]`, `[Tag]`, `QueryFields`.
    public var baseType: String {
        switch kind {
        case .scalar(let t): return valueSet?.typeName ?? t.swiftName
        case .time: return "Date"
        case .scalarList(let t): return "[\(valueSet?.typeName ?? t.swiftName)]"
        case .object(let s): return s.typeName
        case .objectList(let s): return "[\(s.typeName)]"
        case .fields: return "QueryFields"
        case .fieldsList: return "[QueryFields]"
        }
    }

    public var swiftType: String { required ? baseType : baseType + "?" }

    /// The property wrapper that gives a time value its wire format (`@OptionalTimeCoded<ISO8601DateTime>`); nil for
    /// every other kind.
    public var timeWrapper: String? {
        guard case .time(let format) = kind else { return nil }
        return "@" + (required ? "TimeCoded" : "OptionalTimeCoded") + "<" + format.wireFormatTypeName + ">"
    }
}

/// An open set of documented string values: a `RawRepresentable` struct with a static member per value. Any other
/// value still encodes and decodes (and is reported by validation when the page's list is closed).
public struct ValueSetShape: Sendable {
    public var typeName: String
    public var members: [(name: String, value: String)]
}
