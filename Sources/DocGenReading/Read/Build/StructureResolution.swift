import DocGenSpec

/// Gives request parameters and response fields that name a structure of the catalog (`Array of Instance`,
/// `Placement`) and have no fields of their own the structure's fields, recursively (a structure that refers to
/// itself, directly or not, stops there). Request children get wire names under their parent's
/// (`Filters.N.Values.N`: a list inside a list element). Each page gets one `children-from-data-structures` info
/// naming the fields filled and the page that defined them.
struct StructureResolution {
    let catalog: DataStructureCatalog
    let language: String?
    /// Fields filled, as `'Field' (Structure)`, and the pages they came from.
    private(set) var filled: [String] = []
    private(set) var pages: Set<String> = []

    /// Deep enough for any real structure; the store's own nesting limit is far above it.
    static let maxDepth = 12
    /// Fields one page may gain. Structures that refer to others without a cycle still multiply (ten fields of B in
    /// A, ten of C in B, …): a hostile data-structure page must not make one spec grow without bound.
    static let maxFieldsAdded = 20_000
    private(set) var fieldsAdded = 0
    private(set) var stoppedAtBudget: String?

    mutating func resolve<Node: StructureField>(_ nodes: [Node], depth: Int = 0, seen: Set<String> = []) {
        guard depth < Self.maxDepth else { return }
        for node in nodes {
            if node.fieldChildren.isEmpty, node.type == .object || node.type == .array,
               let name = node.items?.typeName ?? node.typeName, !seen.contains(name),
               let structure = catalog.structure(named: name, language: language) {
                guard fieldsAdded + structure.fields.count <= Self.maxFieldsAdded else {
                    stoppedAtBudget = stoppedAtBudget ?? node.name
                    continue
                }
                fieldsAdded += structure.fields.count
                node.adopt(structure.fields, structureName: name)
                note(node.name, structure)
                resolve(node.fieldChildren, depth: depth + 1, seen: seen.union([name]))
            } else {
                resolve(node.fieldChildren, depth: depth + 1, seen: seen)
            }
        }
    }

    private mutating func note(_ field: String, _ structure: DataStructureCatalog.Structure) {
        filled.append("'\(field)' (\(structure.name))")
        pages.insert(structure.file)
    }

    func report(into log: inout BuildLog) {
        if let field = stoppedAtBudget {
            log.note(.warning, "structure-expansion-limit",
                     "the data-structure fields would add more than \(Self.maxFieldsAdded) fields to this page; '\(field)' and later fields keep no fields of their own",
                     line: nil)
        }
        guard !filled.isEmpty else { return }
        log.note(.info, "children-from-data-structures",
                 "\(filled.joined(separator: ", ")) take their fields from the data-structure page \(pages.sorted().joined(separator: ", "))",
                 line: nil)
    }
}

/// A request parameter or response field while a page is being built: what `StructureResolution` needs of either.
protocol StructureField: AnyObject {
    var name: String { get }
    var type: ParamType { get }
    var items: Items? { get }
    var typeName: String? { get }
    var fieldChildren: [Self] { get }
    /// Takes the structure's fields as children and becomes their container.
    func adopt(_ fields: [DataStructureCatalog.Field], structureName: String)
}

extension ParameterNode: StructureField {
    var fieldChildren: [ParameterNode] { children }

    /// Children get wire names under this parameter's (`Filters.N.Values.N`: a list inside a list element).
    func adopt(_ fields: [DataStructureCatalog.Field], structureName: String) {
        children = fields.map { field in
            let child = ParameterNode(name: field.name,
                                      wireName: wireName + "." + field.name + (field.type == .array ? ".N" : ""),
                                      type: field.type, items: field.items, required: field.required, line: line)
            child.rawDescription = field.description
            child.example = field.example
            child.typeName = field.typeName
            return child
        }
        becomeParent(repeated: type == .array)
    }
}

extension ResponseTableReader.Node: StructureField {
    var fieldChildren: [ResponseTableReader.Node] { children }

    func adopt(_ fields: [DataStructureCatalog.Field], structureName: String) {
        children = fields.map { field in
            let child = ResponseTableReader.Node(name: field.name, type: field.type, items: field.items,
                                                 typeName: field.typeName, line: line)
            child.description = field.description
            child.example = field.example
            return child
        }
        if type == .array, items?.type != .object { items = Items(type: .object, typeName: structureName) }
    }
}
