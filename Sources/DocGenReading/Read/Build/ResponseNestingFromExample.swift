import Foundation
import DocGenSpec

/// Recovers response nesting that a table flattened, from the page's own JSON example.
///
/// Many pages list a list's element fields right after the list row with no `└` marker:
/// `StorageCapacityUnits | Array of StorageCapacityUnit`, then `Capacity`, `CreationTime`, …, then `TotalCount`.
/// Read as written, the element fields become top-level fields and the list has no children. The example
/// (`"StorageCapacityUnits": {"StorageCapacityUnit": [{"Capacity": …}]}`, `"TotalCount": …`) says which rows
/// belong inside: the rows after a childless array/object row whose names are keys of that field's example value,
/// up to the first row that is a key of the enclosing object only. Rows the example does not show stay where the
/// table put them unless a later row of the same run is inside. Each recovered nesting is an `info`
/// `nesting-from-example` diagnostic naming the field and how many rows moved.
enum ResponseNestingFromExample {
    static func apply(to roots: inout [ResponseTableReader.Node], exampleJSON: String?, log: inout BuildLog) {
        guard let exampleJSON, let data = exampleJSON.data(using: .utf8),
              let object = try? JSONSerialization.jsonObject(with: data),
              var body = fields(of: object) else { return }
        // Tencent wraps the body in `{"Response": {...}}`; a table never lists `Response` itself.
        if body.count == 1, let inner = body["Response"].flatMap(fields(of:)), !roots.contains(where: { $0.name == "Response" }) {
            body = inner
        }
        nest(&roots, in: body, log: &log)
    }

    private static func nest(_ nodes: inout [ResponseTableReader.Node], in object: [String: Any], log: inout BuildLog) {
        var i = 0
        while i < nodes.count {
            let node = nodes[i]
            defer { i += 1 }
            guard node.type == .array || node.type == .object || node.typeMissing,
                  let value = object[node.name], let inner = elementFields(of: value), !inner.isEmpty else { continue }
            if !node.children.isEmpty {
                if node.typeInferred, let elementName = listElementName(of: value, movedKeys: Set(node.children.map(key))) {
                    node.type = .array
                    node.items = Items(type: .object, typeName: elementName.isEmpty ? nil : elementName)
                    node.typeInferred = false
                    log.note(.info, "list-from-example",
                             "response field '\(node.name)' has no type; its rows are marked as inside it and the page's JSON example shows a list of them, so it is read as a list",
                             line: node.line)
                }
                nest(&node.children, in: inner, log: &log)
                continue
            }
            // The run the element may own: up to the first row that only the enclosing object has. A row counts as
            // inside when its name is a key anywhere in the element (a field of a nested object the table also
            // flattened), so the run does not stop one level short.
            let insideKeys = deepKeys(of: value)
            var end = i + 1
            while end < nodes.count, !(object[key(nodes[end])] != nil && !insideKeys.contains(key(nodes[end]))) { end += 1 }
            guard let last = (i + 1..<end).last(where: { insideKeys.contains(key(nodes[$0])) }) else { continue }
            let moved = Array(nodes[(i + 1)...last])
            nodes.removeSubrange((i + 1)...last)
            node.children = moved
            if node.typeMissing {
                // A row without a type takes the example's shape: a list when the example shows one (bare, or in
                // Alibaba's wrapper `{"Disk": [...]}` that the table does not list as a row of its own), else an
                // object. Read as an object, the fields of a wrapped list would never be reached.
                if let elementName = listElementName(of: value, movedKeys: Set(moved.map(key))) {
                    node.type = .array
                    node.items = Items(type: .object, typeName: elementName.isEmpty ? nil : elementName)
                } else {
                    node.type = .object
                }
                node.typeMissing = false
            }
            if node.type == .array, node.items == nil || node.items?.type == .string {
                node.items = Items(type: .object, typeName: node.items?.typeName)
            }
            nest(&node.children, in: inner, log: &log)
            log.note(.info, "nesting-from-example",
                     "the table lists \(moved.count) field(s) after '\(node.name)' without nesting markers; the page's JSON example puts them inside it",
                     line: node.line)
        }
    }

    private static func fields(of value: Any) -> [String: Any]? { value as? [String: Any] }

    /// When an example value is a list of objects, the element's name: the wrapper key of `{"Disk": [...]}` (unless
    /// the table lists that key as a row), or "" for a bare array. Nil when the value is not a list.
    private static func listElementName(of value: Any, movedKeys: Set<String>) -> String? {
        if let array = value as? [Any] { return array.allSatisfy { $0 is [String: Any] } ? "" : nil }
        guard let object = value as? [String: Any], object.count == 1, let (key, only) = object.first,
              let array = only as? [Any], array.allSatisfy({ $0 is [String: Any] }), !movedKeys.contains(key) else { return nil }
        return key
    }

    /// The example key a row stands for: `Status` for a flattened `Status.Code` row.
    private static func key(_ node: ResponseTableReader.Node) -> String {
        node.name.split(separator: ".", maxSplits: 1).first.map(String.init) ?? node.name
    }

    /// Every key at any depth inside `value`.
    private static func deepKeys(of value: Any) -> Set<String> {
        var keys = Set<String>()
        var pending: [Any] = [value]
        while let next = pending.popLast() {
            if let object = next as? [String: Any] {
                keys.formUnion(object.keys)
                pending.append(contentsOf: object.values)
            } else if let array = next as? [Any] {
                pending.append(contentsOf: array)
            }
        }
        return keys
    }

    /// The fields of one element: an object's own keys; an array's objects' keys (all elements merged); the
    /// Alibaba list wrapper `{"Item": [ … ]}` (one key holding an array) is looked through.
    private static func elementFields(of value: Any) -> [String: Any]? {
        if let array = value as? [Any] {
            var merged: [String: Any] = [:]
            for element in array {
                guard let object = element as? [String: Any] else { return nil }
                merged.merge(object) { first, _ in first }
            }
            return merged
        }
        guard let object = value as? [String: Any] else { return nil }
        if object.count == 1, let (key, only) = object.first, only is [Any] {
            // The wrapper key stays visible: a table may list it as a field of its own (`Items`, then its fields).
            return elementFields(of: only).map { $0.merging([key: only]) { own, _ in own } }
        }
        return object
    }
}
