import DocGenSpec

/// A request parameter while the table is being folded; becomes a `Parameter` at the end.
final class ParameterNode {
    var name: String
    var wireName: String
    var type: ParamType
    var items: Items?
    var children: [ParameterNode] = []
    var required: Bool
    var common = false
    /// The description as the page writes it (line breaks kept, for the constraint extractor).
    var rawDescription: String?
    var example: String?
    var line: Int
    var isRepeatList = false
    /// The vendor's structure name from the type cell (`Configuration`, `Array of Tag`), where there is one.
    var typeName: String?
    /// Created for `Tag` when only `Tag.N.Key` rows exist; gets the row's facts if a `Tag.N` row shows up.
    var synthesised = false
    /// Where the parameter goes on the wire, where the page or the binding says.
    var location: ParameterLocation?
    /// The location came from the table's section heading, a weaker cue than the request line's placeholders.
    var locationFromHeading = false
    /// A string parameter whose fields a later table lists (a JSON string): it gets children, its type stays string.
    var keepsWireType = false

    init(name: String, wireName: String, type: ParamType, items: Items? = nil, required: Bool, line: Int) {
        self.name = name
        self.wireName = wireName
        self.type = type
        self.items = items
        self.required = required
        self.line = line
    }

    /// Turns this node into a holder of sub-parameters: an array of objects when repeated, else an object.
    var allDescendants: [ParameterNode] { children.flatMap { [$0] + $0.allDescendants } }

    func find(typeName wanted: String) -> ParameterNode? {
        if typeName == wanted { return self }
        for child in children { if let hit = child.find(typeName: wanted) { return hit } }
        return nil
    }

    func becomeParent(repeated: Bool) {
        if repeated || type == .array {
            type = .array
            if items?.type != .object { items = Items(type: .object, typeName: items?.typeName) }
        } else if type != .object {
            type = .object
        }
    }

    func parameter(extractor: ConstraintExtractor) -> Parameter {
        var finalItems = items
        if type == .array, finalItems == nil {
            finalItems = Items(type: children.isEmpty ? .string : .object)
        }
        let repeated = isRepeatList || type == .array
            || wireName.split(separator: ".").contains(where: ParameterPath.isRepeatMarker)
        var extracted = rawDescription.map {
            extractor.extract(from: $0, parameter: name, type: type, isRepeatList: repeated)
        } ?? ExtractedConstraints()
        var childParameters = children.map { $0.parameter(extractor: extractor) }
        if type == .array { Self.liftItemCounts(from: &childParameters, to: &extracted) }
        return Parameter(
            name: name, wireName: wireName, type: type, items: finalItems,
            children: childParameters.isEmpty ? nil : childParameters,
            required: required, common: common, description: CellText.optional(rawDescription),
            example: CellText.optional(example), constraints: extracted.constraints,
            constraintSources: extracted.sources, line: line, location: location,
            timeFormat: TimeFormatReader.format(type: type, description: rawDescription, example: example)
        )
    }

    /// "N的取值范围：1~20" sits in the description of `Tag.N.Key`, but N counts `Tag` items: the range moves
    /// to the repeated parent (unless the parent's own row already gave one).
    static func liftItemCounts(from children: inout [Parameter], to parent: inout ExtractedConstraints) {
        for i in children.indices where children[i].type != .array {
            for kind in ConstraintKind.allCases where kind.appliesTo == .list {
                guard let value = children[i].constraints[kind] else { continue }
                if parent.constraints[kind] == nil { parent.constraints[kind] = value }
                children[i].constraints[kind] = nil
                if let source = children[i].constraintSources.removeValue(forKey: kind.key), parent.sources[kind.key] == nil {
                    parent.sources[kind.key] = source
                }
            }
        }
    }
}
