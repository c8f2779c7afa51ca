import DocGenSpec

/// Flags codes naming a parameter their operation lacks, but only when the name is a parameter of another operation
/// of the same vendor product: that is what makes it look like a parameter and not a resource or a state.
struct ParameterReferenceCheck {
    /// Parameter key → operations (current revisions) of the product having it.
    private var owners: [String: [String: Set<OperationID>]] = [:]

    init(operations: [OperationRevisions]) {
        for operation in operations {
            let product = Self.productKey(operation.id)
            for (_, timeline) in operation.timelinesByLanguage {
                guard let current = timeline.last?.spec else { continue }
                for key in ParameterReferences.parameterKeys(of: current) {
                    owners[product, default: [:]][key, default: []].insert(operation.id)
                }
            }
        }
    }

    private static func productKey(_ id: OperationID) -> String { id.vendor + "\u{0}" + id.product }

    func unknownParameters(in entry: OperationCodeEntry) -> [ParameterReference] {
        // A page whose parameters were not read says nothing about what the operation lacks.
        guard let own = entry.listingParameterKeys else { return [] }
        var candidates = ParameterReferences.fromCode(entry.code).map { ParameterReference(name: $0, origin: .code) }
        for message in Set(entry.occurrences.compactMap(\.message)).sorted() {
            candidates += ParameterReferences.fromMessage(message).map { ParameterReference(name: $0, origin: .message) }
        }
        var seen: Set<String> = []
        var found: [ParameterReference] = []
        let productOwners = owners[Self.productKey(entry.id)] ?? [:]
        for candidate in candidates {
            let key = ParameterReferences.key(candidate.name)
            guard seen.insert(key).inserted, !own.contains(key) else { continue }
            guard let others = productOwners[key], others.contains(where: { $0 != entry.id }) else { continue }
            found.append(candidate)
        }
        return found
    }

    /// Other operations of the product with the parameter, for the conflict's explanation.
    func owners(of name: String, in id: OperationID) -> [OperationID] {
        (owners[Self.productKey(id)]?[ParameterReferences.key(name)] ?? []).filter { $0 != id }.sorted()
    }
}
