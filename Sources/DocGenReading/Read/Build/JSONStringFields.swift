import Foundation

/// Finds the JSON-string parameter a later request table documents the fields of, when no intro sentence names it.
///
/// Pages give a parameter such as `OptionsJson | String | {"time_out":5000}` and, further down, tables of the
/// options it may hold (one per variant, each under a list item such as "HTTP" or "PING"). Read as ordinary request
/// tables, those rows would become top-level parameters that are never sent. The evidence that ties them to the
/// parameter is the page's own example: a string parameter whose example is a JSON object, one of whose keys is a
/// row of the table. Tables right after such a table with the same header are further variants of the same fields.
/// The parameter keeps `string` on the wire (`ParameterNode.keepsWireType`); the rows become its documented inner
/// schema.
struct JSONStringFields {
    /// The header of the last request table and the JSON-string parameter it was read into, if it was.
    private var previous: (header: [String], holder: ParameterNode?)?

    /// The parameter whose fields `table` lists, or nil. `rowNames`: the names of the table's rows.
    func holder(rowNames: [String], header: [String], roots: [ParameterNode]) -> ParameterNode? {
        if let previous, let holder = previous.holder, previous.header == header { return holder }
        let names = Set(rowNames)
        guard !names.isEmpty else { return nil }
        return roots.last { root in
            guard root.type == .string, root.children.isEmpty || root.keepsWireType, !names.contains(root.name),
                  let keys = Self.objectKeys(root.example) else { return false }
            return !keys.isDisjoint(with: names)
        }
    }

    mutating func tableRead(header: [String], holder: ParameterNode?) {
        previous = (header, holder)
    }

    /// The keys of an example that is a JSON object (`{"time_out":5000}`), else nil.
    static func objectKeys(_ example: String?) -> Set<String>? {
        guard let example = example?.trimmingCharacters(in: .whitespacesAndNewlines), example.first == "{",
              let data = example.data(using: .utf8),
              let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else { return nil }
        return Set(object.keys)
    }
}
