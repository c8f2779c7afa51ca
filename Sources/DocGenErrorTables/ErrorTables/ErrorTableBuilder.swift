import DocGenSpec

/// Builds the error tables: one per vendor product and one merged across every product and vendor.
public struct ErrorTableBuilder: Sendable {
    private let operations: [OperationRevisions]
    private let entries: [OperationCodeEntry]
    private let parameterCheck: ParameterReferenceCheck
    /// `vendor/product` keys whose operations span more than one API version (labels then show the version).
    private let multiVersionProducts: Set<String>

    public init(operations: [OperationRevisions]) {
        let sorted = operations.filter { !$0.revisions.isEmpty }.sorted { $0.id < $1.id }
        self.operations = sorted
        let check = ParameterReferenceCheck(operations: sorted)
        self.parameterCheck = check
        self.entries = sorted.flatMap(OperationCodeEntries.entries).map { entry in
            var entry = entry
            entry.unknownParameters = check.unknownParameters(in: entry)
            return entry
        }
        var versions: [String: Set<String>] = [:]
        for operation in sorted { versions[Self.productKey(operation.id), default: []].insert(operation.id.apiVersion) }
        self.multiVersionProducts = Set(versions.filter { $0.value.count > 1 }.keys)
    }

    private static func productKey(_ id: OperationID) -> String { "\(id.vendor)/\(id.product)" }

    /// One table per `vendor/product`, sorted by vendor then product.
    public func productTables() -> [ErrorTable] {
        var products: [String: (vendor: String, product: String)] = [:]
        for operation in operations { products[Self.productKey(operation.id)] = (operation.id.vendor, operation.id.product) }
        return products.keys.sorted().map { key in
            let (vendor, product) = products[key]!
            return table(title: "Error codes: \(vendor) \(product)", vendor: vendor, product: product,
                         where: { $0.vendor == vendor && $0.product == product },
                         label: { id in
                             multiVersionProducts.contains(key) ? "\(id.apiVersion)/\(id.action)" : id.action
                         })
        }
    }

    /// Every code of every product and vendor in one table.
    public func mergedTable() -> ErrorTable {
        table(title: "Error codes: all products", vendor: nil, product: nil, where: { _ in true }, label: { id in
            multiVersionProducts.contains(Self.productKey(id))
                ? "\(id.vendor)/\(id.product)/\(id.apiVersion)/\(id.action)"
                : "\(id.vendor)/\(id.product)/\(id.action)"
        })
    }

    private func table(title: String, vendor: String?, product: String?, where includes: (OperationID) -> Bool,
                       label: (OperationID) -> String) -> ErrorTable {
        let scoped = operations.filter { includes($0.id) }
        let languages = Set(scoped.flatMap { $0.revisions.map(\.language) }).sorted()
        var byCode: [String: [OperationCodeEntry]] = [:]
        for entry in entries where includes(entry.id) { byCode[entry.code, default: []].append(entry) }
        let rows = byCode.keys.sorted().map { code in row(code: code, entries: byCode[code]!, label: label) }
        return ErrorTable(title: title, vendor: vendor, product: product, languages: languages,
                          operationCount: scoped.count, codes: rows)
    }

    private func row(code: String, entries: [OperationCodeEntry], label: (OperationID) -> String) -> ErrorTableRow {
        let operations = entries.sorted { $0.id < $1.id }.map { entry in
            ErrorTableOperation(
                operation: entry.id.description, label: label(entry.id),
                httpStatuses: Set(entry.occurrences.compactMap(\.http)).sorted(),
                occurrences: entry.occurrences.sorted {
                    ($0.language, $0.source, $0.line) < ($1.language, $1.source, $1.line)
                },
                since: entry.since, until: entry.until)
        }
        let occurrences = entries.flatMap(\.occurrences)
        let anyCurrent = entries.contains(where: \.current)
        return ErrorTableRow(
            code: code,
            httpStatuses: Set(occurrences.compactMap(\.http)).sorted(),
            messages: Self.grouped(occurrences, \.message),
            descriptions: Self.grouped(occurrences, \.description),
            operations: operations,
            since: RevisionOrder.earliest(entries.compactMap(\.since)),
            until: anyCurrent ? nil : RevisionOrder.latest(entries.compactMap(\.until)),
            conflicts: ErrorConflicts.find(code: code, operations: operations, entries: entries, label: label,
                                           parameterCheck: parameterCheck))
    }

    private static func grouped(_ occurrences: [ErrorOccurrence], _ text: KeyPath<ErrorOccurrence, String?>)
        -> [String: [String]] {
        var groups: [String: Set<String>] = [:]
        for occurrence in occurrences {
            guard let value = occurrence[keyPath: text] else { continue }
            groups[occurrence.language, default: []].insert(value)
        }
        return groups.mapValues { $0.sorted() }
    }
}
