import Foundation
import DocGenSpec

/// Names every request parameter and response field that ends the build typed object, or list of objects, with no
/// fields of its own, and says why, so a user knows the generated type holds free-form JSON there and what would fix
/// it. Runs on the finished parameters and fields (after nesting, data-structure pages and the JSON example had their
/// say). A list of scalars (`Array of String`) is not a container and is not named.
///
/// - `container-structure-not-given` (info): the type cell names a structure (`Array of CertInfo`) that no row
///   of the page fills and no data-structure page ingested with it defines: ingesting the page that documents it
///   along with this one gives the fields.
/// - `container-without-fields` (info): a plain object or list of objects whose fields the page does not list.
///
/// Each message says what the page's JSON example shows of the field (absent, empty, a scalar, keys the table does
/// not list), the evidence a reader of the page would check next, and, when the table names the element structure on
/// the row after the field (`CertInfos | Array of CertInfo`, then `CertInfo | | |`), that the rows after it carry no
/// marker saying which of them are its fields.
enum ContainersWithoutFields {
    /// `elementRows`: the line of each response field whose next row only names its element structure, to that row's line.
    static func report(parameters: [Parameter], responseFields: [ResponseField], exampleJSON: String?,
                       elementRows: [Int: Int] = [:], log: inout BuildLog) {
        for parameter in parameters { visit(parameter, parent: nil, log: &log) }
        guard responseFields.contains(where: hasBareContainer) else { return }
        let example = ExampleValues(json: exampleJSON)
        for field in responseFields { visit(field, parent: nil, example: example, elementRows: elementRows, log: &log) }
    }

    private static func isContainer(_ type: ParamType, _ items: Items?) -> Bool {
        type == .object || (type == .array && items?.type == .object)
    }

    private static func hasBareContainer(_ field: ResponseField) -> Bool {
        guard let children = field.children, !children.isEmpty else { return isContainer(field.type, field.items) }
        return children.contains(where: hasBareContainer)
    }

    private static func visit(_ parameter: Parameter, parent: String?, log: inout BuildLog) {
        if let children = parameter.children, !children.isEmpty {
            for child in children { visit(child, parent: parameter.name, log: &log) }
            return
        }
        guard isContainer(parameter.type, parameter.items) else { return }
        note(kind: "request parameter", name: parameter.name, parent: parent, type: parameter.type,
             structure: parameter.items?.typeName, evidence: nil, line: parameter.line, log: &log)
    }

    private static func visit(_ field: ResponseField, parent: String?, example: ExampleValues, elementRows: [Int: Int],
                              log: inout BuildLog) {
        if let children = field.children, !children.isEmpty {
            for child in children { visit(child, parent: field.name, example: example, elementRows: elementRows, log: &log) }
            return
        }
        guard isContainer(field.type, field.items) else { return }
        var afterword = ""
        if let structure = field.items?.typeName, let row = elementRows[field.line] {
            afterword = ". The table names \(structure) on the next row (line \(row)), but none of the rows after it says it belongs inside: they are read where the table puts them"
        }
        note(kind: "response field", name: field.name, parent: parent, type: field.type,
             structure: field.items?.typeName, evidence: example.evidence(for: field.name), afterword: afterword,
             line: field.line, log: &log)
    }

    private static func note(kind: String, name: String, parent: String?, type: ParamType, structure: String?,
                             evidence: String?, afterword: String = "", line: Int?, log: inout BuildLog) {
        let place = parent.map { " (in '\($0)')" } ?? ""
        let shape = type == .array ? "a list of \(structure ?? "objects")" : "an object\(structure.map { " of type \($0)" } ?? "")"
        let seen = evidence.map { ", and \($0)" } ?? ""
        if let structure {
            log.note(.info, "container-structure-not-given",
                     "\(kind) '\(name)'\(place) is \(shape), but no row of the page is marked as a field of \(structure) (no child rows, no └ markers)\(seen), and no data-structure page ingested with it defines \(structure): ingest the page that documents \(structure) along with this one; until then it is read as free-form JSON\(afterword)",
                     line: line)
        } else {
            log.note(.info, "container-without-fields",
                     "\(kind) '\(name)'\(place) is \(shape), but the page lists no fields for it (no child rows, no └ markers)\(seen); it is read as free-form JSON\(afterword)",
                     line: line)
        }
    }
}

/// What the page's JSON example shows of a key, at any depth: the first occurrence counts.
private struct ExampleValues {
    /// nil when the page has no JSON example that parses.
    private let values: [String: Any]?

    init(json: String?) {
        guard let json, let data = json.data(using: .utf8),
              let root = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]) else {
            values = nil
            return
        }
        var found: [String: Any] = [:]
        var pending: [Any] = [root]
        var index = 0
        // Breadth first, so a key near the top of the example wins over the same key deeper down.
        while index < pending.count {
            let next = pending[index]
            index += 1
            if let object = next as? [String: Any] {
                for key in object.keys.sorted() {
                    if found[key] == nil { found[key] = object[key] }
                    pending.append(object[key] as Any)
                }
            } else if let array = next as? [Any] {
                pending.append(contentsOf: array)
            }
        }
        values = found
    }

    func evidence(for key: String) -> String {
        guard let values else { return "the page has no JSON example" }
        guard var value = values[key] else { return "the page's JSON example does not show it" }
        // Alibaba's list wrapper `{"Item": [ … ]}`: the list is what the example shows.
        if let wrapper = value as? [String: Any], wrapper.count == 1, let list = wrapper.first?.value as? [Any] {
            value = list
        }
        let keys = Self.keys(of: value)
        if let keys {
            guard !keys.isEmpty else { return "the page's JSON example shows it empty" }
            let shown = keys.prefix(5).joined(separator: ", ") + (keys.count > 5 ? ", …" : "")
            return "the page's JSON example shows keys the tables do not list (\(shown))"
        }
        if let list = value as? [Any], !list.isEmpty {
            return "the page's JSON example shows a list of plain values (if that is what it holds, the type cell should say so)"
        }
        if value is NSNull { return "the page's JSON example shows it as null" }
        if value is String { return "the page's JSON example shows it as a string" }
        return "the page's JSON example shows it as a scalar"
    }

    /// The keys of an object, or of a list's objects (merged, sorted); [] for `{}`, `[]`, `[{}]`; nil for scalars.
    private static func keys(of value: Any) -> [String]? {
        if let object = value as? [String: Any] { return object.keys.sorted() }
        guard let array = value as? [Any] else { return nil }
        var keys = Set<String>()
        for element in array {
            if let object = element as? [String: Any] {
                keys.formUnion(object.keys)
            } else if !(element is [Any]) {
                return nil
            }
        }
        return keys.sorted()
    }
}
