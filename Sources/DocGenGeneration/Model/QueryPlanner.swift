import DocGenSpec

/// The query a request built from sample values sends, computed independently of the generated code so that the
/// generated tests can compare the two (names, list numbering, order).
struct QueryPlanner {
    let listIndexBase: Int

    func pairs(_ shape: StructShape, _ values: [SampleValue?], prefix: String) -> [(String, String)] {
        var out: [(String, String)] = []
        for (property, value) in zip(shape.properties, values) {
            guard let value else { continue }
            let name = prefix + property.wireKey
            switch property.kind {
            case .scalar, .time:
                if let text = value.wireText { out.append((name, text)) }
            case .scalarList:
                for (offset, item) in (value.listItems ?? []).enumerated() {
                    if let text = item.wireText { out.append(("\(name).\(offset + listIndexBase)", text)) }
                }
            case .object(let nested):
                out += pairs(nested, Self.values(of: value, in: nested), prefix: name + ".")
            case .objectList(let nested):
                for (offset, item) in (value.listItems ?? []).enumerated() {
                    out += pairs(nested, Self.values(of: item, in: nested), prefix: "\(name).\(offset + listIndexBase).")
                }
            case .fields:
                out += fieldPairs(value, prefix: name + ".")
            case .fieldsList:
                for (offset, item) in (value.listItems ?? []).enumerated() {
                    out += fieldPairs(item, prefix: "\(name).\(offset + listIndexBase).")
                }
            }
        }
        return out
    }

    private func fieldPairs(_ value: SampleValue, prefix: String) -> [(String, String)] {
        guard case .fields(let fields) = value else { return [] }
        return fields.keys.sorted().map { (prefix + $0, fields[$0]!) }
    }

    /// The per-property values of an object sample (nil for arguments it leaves out).
    static func values(of value: SampleValue, in shape: StructShape) -> [SampleValue?] {
        guard case .object(_, let arguments) = value else { return shape.properties.map { _ in nil } }
        return shape.properties.map { property in arguments.first { $0.label == property.name }?.value }
    }
}
