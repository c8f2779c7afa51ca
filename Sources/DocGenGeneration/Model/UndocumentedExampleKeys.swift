import Foundation

/// The keys of a page's JSON response example that the generated response type does not know, named as the runtime's
/// strict decoding names them (`Snapshots.Snapshot[0].Extra`).
///
/// This walk follows the decoding rules of the generated types (Alibaba list wrappers, a single object where a list is
/// documented, objects without documented fields kept whole) but is written apart from the runtime's collector, so the
/// generated test that compares the two checks each against the other.
enum UndocumentedExampleKeys {
    /// - Parameter prefix: the path of `object` in the body (`Response` for Tencent's envelope, else empty).
    static func paths(in object: [String: Any], shape: ResponseShape, prefix: String) -> [String] {
        var out: [String] = []
        walk(object, shape, prefix, into: &out)
        return out.sorted()
    }

    private static func walk(_ object: [String: Any], _ shape: ResponseShape, _ path: String, into out: inout [String]) {
        // A struct without fields decodes nothing and reports nothing.
        guard !shape.fields.isEmpty else { return }
        let known = Set(shape.fields.map(\.jsonKey))
        out += object.keys.filter { !known.contains($0) }.map { join(path, $0) }
        for field in shape.fields {
            guard let value = object[field.jsonKey] else { continue }
            let here = join(path, field.jsonKey)
            switch field.kind {
            case .object(let nested):
                if let inner = value as? [String: Any] { walk(inner, nested, here, into: &out) }
            case .objectList(let nested):
                walkList(value, nested, here, into: &out)
            default:
                continue
            }
        }
    }

    /// A documented list: an array of objects; an object wrapping one array (`"Disks": {"Disk": [...]}`); or one
    /// object standing for a one-element list. Elements are read up to the first that is not an object, where the
    /// list's decoding stops.
    private static func walkList(_ value: Any, _ element: ResponseShape, _ path: String, into out: inout [String]) {
        func elements(_ items: [Any], _ base: String) -> Bool {
            for (index, item) in items.enumerated() {
                guard let object = item as? [String: Any] else { return false }
                walk(object, element, base + "[\(index)]", into: &out)
            }
            return true
        }
        if let items = value as? [Any] {
            _ = elements(items, path)
            return
        }
        guard let object = value as? [String: Any] else { return }
        if object.count == 1, let (key, inner) = object.first, let items = inner as? [Any], elements(items, join(path, key)) {
            return
        }
        walk(object, element, path, into: &out)
    }

    private static func join(_ path: String, _ key: String) -> String { path.isEmpty ? key : path + "." + key }
}
