import DocGenSpec

/// How a list operation pages, read from its parameters and response fields. Three vendor patterns:
/// `PageNumber`/`PageSize` + `TotalCount` (Alibaba `Describe*`), `NextToken` (+ `MaxResults`) in the request and
/// the response, `Offset`/`Limit` + `TotalCount` (Tencent `Describe*`). The items counted are the response's list:
/// a top-level array, or the one array inside a top-level object (Alibaba's `Snapshots.Snapshot`).
struct Pagination: Sendable, Hashable {
    enum Kind: String, Sendable { case pageNumber, nextToken, offsetLimit }

    var kind: Kind
    /// Swift expression of the response's item count, given the response as `$0`.
    var itemCountExpression: String
    /// The JSON path of the list (`["Snapshots", "Snapshot"]`) and a JSON text of one item, for generated tests.
    var listPath: [String]
    var itemJSON: String
    /// The strategy's arguments after `itemCount:`, already Swift (`totalCount: { … }, pageNumber: { … }, …`).
    var arguments: [String]
    /// The wire names involved, for the doc comment.
    var requestKey: String
    var responseKey: String

    static func detect(request: StructShape, response: ResponseShape) -> Pagination? {
        guard let list = findList(in: response) else { return nil }
        func property(_ key: String, integer: Bool) -> PropertyShape? {
            guard let p = request.properties.first(where: { $0.wireKey == key }) else { return nil }
            switch p.kind {
            case .scalar(.int), .scalar(.int64): return p
            case .scalar(.string): return integer ? nil : p
            default: return nil
            }
        }
        func field(_ key: String, integer: Bool) -> ResponseFieldShape? {
            guard let f = response.fields.first(where: { $0.jsonKey == key }) else { return nil }
            switch f.kind {
            case .scalar(.int), .scalar(.int64): return f
            case .scalar(.string): return integer ? nil : f
            default: return nil
            }
        }
        /// `$0.name` as `Int?` for a getter.
        func readInt(_ p: PropertyShape) -> String {
            let access = "$0.\(p.storageName)"
            let value: String
            if case .scalar(.int64) = p.kind { value = p.required ? "Int(\(access))" : "\(access).map { Int($0) }" } else { value = access }
            return "{ \(value) }"
        }
        func writeInt(_ p: PropertyShape) -> String {
            if case .scalar(.int64) = p.kind { return "{ $0.\(p.storageName) = Int64($1) }" }
            return "{ $0.\(p.storageName) = $1 }"
        }
        func readTotal(_ f: ResponseFieldShape) -> String {
            if case .scalar(.int64) = f.kind { return "{ $0.\(f.name).map { Int($0) } }" }
            return "{ $0.\(f.name) }"
        }
        if let page = property("PageNumber", integer: true), let total = field("TotalCount", integer: true) {
            var arguments = ["totalCount: \(readTotal(total))", "pageNumber: \(readInt(page))",
                             "setPageNumber: \(writeInt(page))"]
            if let size = property("PageSize", integer: true) { arguments.append("pageSize: \(readInt(size))") }
            return Pagination(kind: .pageNumber, itemCountExpression: list.count, listPath: list.path, itemJSON: list.item,
                              arguments: arguments, requestKey: "PageNumber", responseKey: "TotalCount")
        }
        if let token = property("NextToken", integer: false), case .scalar(.string) = token.kind,
           let next = field("NextToken", integer: false), case .scalar(.string) = next.kind {
            let current = "{ $0.\(token.storageName) }"
            return Pagination(kind: .nextToken, itemCountExpression: list.count, listPath: list.path, itemJSON: list.item,
                              arguments: ["token: { $0.\(next.name) }", "currentToken: \(current)",
                                          "setToken: { $0.\(token.storageName) = $1 }"],
                              requestKey: "NextToken", responseKey: "NextToken")
        }
        if let offset = property("Offset", integer: true), let total = field("TotalCount", integer: true) {
            var arguments = ["totalCount: \(readTotal(total))", "offset: \(readInt(offset))", "setOffset: \(writeInt(offset))"]
            if let limit = property("Limit", integer: true) { arguments.append("limit: \(readInt(limit))") }
            return Pagination(kind: .offsetLimit, itemCountExpression: list.count, listPath: list.path, itemJSON: list.item,
                              arguments: arguments, requestKey: "Offset", responseKey: "TotalCount")
        }
        return nil
    }

    private static func findList(in response: ResponseShape) -> (count: String, path: [String], item: String)? {
        for field in response.fields {
            if let item = itemJSON(field.kind) { return ("$0.\(field.name)?.count ?? 0", [field.jsonKey], item) }
        }
        for field in response.fields {
            guard case .object(let inner) = field.kind else { continue }
            let lists = inner.fields.filter { itemJSON($0.kind) != nil }
            if lists.count == 1, let only = lists.first, let item = itemJSON(only.kind) {
                return ("$0.\(field.name)?.\(only.name)?.count ?? 0", [field.jsonKey, only.jsonKey], item)
            }
        }
        return nil
    }

    private static func itemJSON(_ kind: ResponseFieldShape.Kind) -> String? {
        switch kind {
        case .objectList, .jsonList: return "{}"
        case .scalarList(.string): return "\"item\""
        case .scalarList(.bool): return "true"
        case .scalarList: return "1"
        default: return nil
        }
    }
}
