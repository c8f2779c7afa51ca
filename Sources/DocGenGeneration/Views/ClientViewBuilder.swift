import DocGenSpec

/// What the client of a product needs to know about one operation, gathered while the operation renders.
struct ClientOperationInput: Sendable {
    var spec: OperationSpec
    var operationName: String
    var request: StructShape
    var response: ResponseShape
    /// Whether the operation's generated tests have an `example()` request.
    var hasExample: Bool
    /// The arguments of that example (for the usage example).
    var exampleArguments: [ExampleArgumentView] = []
}

/// Builds the per-product client (`Client.swift.mustache`) and its tests (`ClientTests.swift.mustache`).
struct ClientViewBuilder {
    let context: ProductContext
    /// Sorted by action.
    let operations: [ClientOperationInput]

    /// Members the client already has; an operation method never takes these names.
    static let reservedMembers: Set<String> = [
        "core", "service", "init", "deinit", "self", "region", "send", "paginate", "hashValue", "description",
    ]

    static func clientTypeName(moduleName: String) -> String { moduleName + "Client" }

    var clientTypeName: String { Self.clientTypeName(moduleName: context.moduleName) }

    private var isTencent: Bool { context.profile.style == .tencent }

    /// Method names by action: `createSnapshot`, then `createSnapshotPages` for paginated operations.
    private func methodNames() -> [String: (call: String, pages: String)] {
        var scope = IdentifierScope(reserved: Self.reservedMembers)
        var calls: [String: String] = [:]
        for operation in operations { calls[operation.spec.action] = scope.claim(SwiftIdentifiers.lowerCamel(operation.spec.action)) }
        var result: [String: (String, String)] = [:]
        for operation in operations {
            let call = calls[operation.spec.action]!
            let pages = pagination(operation) != nil ? scope.claim(call + "Pages") : ""
            result[operation.spec.action] = (call, pages)
        }
        return result
    }

    func pagination(_ operation: ClientOperationInput) -> Pagination? {
        Pagination.detect(request: operation.request, response: operation.response)
    }

    // MARK: Client

    func build() -> ClientFileView {
        let names = methodNames()
        let views = operations.map { operation -> ClientOperationView in
            let (call, pages) = names[operation.spec.action]!
            let binding = Self.binding(for: operation.spec, tencent: isTencent)
            let paging = pagination(operation)
            let action = SwiftEscaping.commentText(operation.spec.action)
            var doc: [String] = []
            if let title = operation.spec.title.map(SwiftEscaping.commentLines), let first = title.first, !first.isEmpty,
               first != action, !first.hasSuffix(":" + action) {
                doc.append("Calls `\(action)`: \(first)")
            } else {
                doc.append("Calls `\(action)`.")
            }
            doc += [
                "",
                "Checks the request's documented limits first (unless the client was made with `validatesRequests: false`), then signs it, sends it \(binding.description) and decodes the response.",
            ]
            if binding.isRetriedFreely {
                doc += ["", "Safe to repeat, so failed attempts are retried under the client's `RetryPolicy`."]
            } else {
                doc += ["", "Not idempotent: after a server error it is retried only when the request carries a `ClientToken`."]
            }
            if paging != nil { doc += ["", "To read every page, use `\(pages)(_:)`."] }
            doc += [
                "",
                "- Parameter request: The parameters of `\(action)`.",
                "- Returns: The decoded response body.",
                "- Throws: `ValidationError` when the request breaks a documented limit (nothing is sent); `ServiceError` when the service refuses it (compare its code with `\(context.errorTypeName)`, for example in `catch \(context.errorTypeName).someCode`); `TransportError` when no response arrives.",
            ]
            var pagesDoc: [String] = []
            var arguments: [PaginationArgumentView] = []
            if let paging {
                let rule: String
                switch paging.kind {
                case .pageNumber:
                    rule = "Sends `PageNumber` 1, 2, … until `TotalCount` items are read or a page comes back short or empty."
                case .nextToken:
                    rule = "Sends each response's `NextToken` back until a response has none (or an empty page arrives)."
                case .offsetLimit:
                    rule = "Advances `Offset` by the items read until `TotalCount` items are read or a page comes back short or empty."
                }
                pagesDoc = [
                    "The pages of `\(action)`, one request per page, fetched as the sequence is iterated.",
                    "",
                    rule + " The request's other fields are sent unchanged on every page.",
                    "",
                    "    for try await page in client.\(pages)(request) {",
                    "        // use page",
                    "    }",
                    "",
                    "- Parameter request: The first page's request.",
                    "- Returns: A `Paginator` whose elements are the decoded responses; iterating throws what `\(call)(_:)` throws.",
                ]
                arguments = paging.arguments.enumerated().map {
                    PaginationArgumentView(text: $1, isLast: $0 == paging.arguments.count - 1)
                }
            }
            return ClientOperationView(
                methodName: call, pagesMethodName: pages, operationName: operation.operationName, docLines: doc,
                pagesDocLines: pagesDoc, bindingExpression: binding.expression, paginationKind: paging?.kind.rawValue,
                paginationItemCount: paging?.itemCountExpression ?? "", paginationArguments: arguments
            )
        }
        let vendorName = isTencent ? "Tencent Cloud" : "Alibaba Cloud"
        let endpoint = documentedEndpoint()
        var doc = [
            "A client of \(vendorName) \(SwiftEscaping.commentText(context.product)) (API version \(SwiftEscaping.commentText(context.apiVersion))): one method per operation.",
            "",
            "Each call validates the request, signs it, sends it, retries what is safe to retry and decodes the response; an error body is thrown as `ServiceError` (compare it with `\(context.errorTypeName)`).",
            "",
            "    let client = \(clientTypeName)(region: \(exampleRegionLiteral))   // credentials from the environment",
        ]
        if let endpoint {
            doc += ["", "Endpoint: `\(SwiftEscaping.commentText(endpoint))` as the product's pages state it; pass `endpoint:` to use another."]
        } else {
            doc += ["", "Endpoint: the vendor's convention for the region; pass `endpoint:` to use another."]
        }
        doc += ["", "Immutable and `Sendable`: share one client across tasks."]
        return ClientFileView(
            headerLines: DocLines.header(specPath: nil), moduleName: context.moduleName, access: context.access.rawValue,
            clientTypeName: clientTypeName, errorTypeName: context.errorTypeName, docLines: doc,
            serviceExpression: serviceExpression(endpoint: endpoint),
            // Only RPC-style operations can use Alibaba's classic signature; REST ones always sign with ACS3.
            selectsSignature: !isTencent && operations.contains { !Self.binding(for: $0.spec, tencent: false).isREST },
            exampleRegionLiteral: exampleRegionLiteral,
            operations: views, paginated: views.filter { $0.paginationKind != nil }
        )
    }

    var exampleRegion: String { isTencent ? "ap-guangzhou" : "cn-hangzhou" }
    var exampleRegionLiteral: String { SwiftEscaping.stringLiteral(exampleRegion) }

    private var productCode: String { context.product.lowercased() }

    func serviceExpression(endpoint: String?) -> String {
        let product = SwiftEscaping.stringLiteral(productCode)
        let version = SwiftEscaping.stringLiteral(context.apiVersion)
        let endpointArgument = endpoint.map { ", endpoint: " + SwiftEscaping.stringLiteral($0) } ?? ""
        if isTencent { return "ServiceDescriptor.tencent(\(product), version: \(version)\(endpointArgument))" }
        return "ServiceDescriptor.alibaba(\(product), version: \(version)\(endpointArgument))"
    }

    /// The host the product's pages state (the most frequent one, a region in it turned into `{region}`), when it is
    /// a plain host name; nil otherwise. A page states it in its request syntax (`Host:`) or as the host of its
    /// request example (`https://ram.aliyuncs.com/?Action=…`): whether a product has one global endpoint or one per
    /// region is read from its pages, never from a list of products.
    func documentedEndpoint() -> String? {
        var counts: [String: Int] = [:]
        for operation in operations {
            let stated = operation.spec.http?.host ?? operation.spec.examples.request.flatMap(Self.exampleHost)
            guard let host = stated.map(Self.normalisedHost), let host else { continue }
            counts[host, default: 0] += 1
        }
        return counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.first?.key
    }

    /// `ecs.aliyuncs.com` of `https://ecs.aliyuncs.com/?Action=CreateSnapshot&…`.
    static func exampleHost(_ request: String) -> String? {
        guard let scheme = request.range(of: "://") else { return nil }
        let rest = request[scheme.upperBound...]
        let host = rest.prefix { $0 != "/" && $0 != "?" && $0 != ":" && !$0.isWhitespace }
        return host.isEmpty ? nil : String(host)
    }

    static func normalisedHost(_ text: String) -> String? {
        let host = text.trimmingCharacters(in: .whitespaces).lowercased()
        let labels = host.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        guard labels.count >= 2, labels.allSatisfy({ label in
            !label.isEmpty && label.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
        }) else { return nil }
        let regionPrefixes = ["cn-", "ap-", "us-", "eu-", "me-", "na-", "sa-", "ca-", "jp-", "in-", "rus-", "ar-"]
        return labels.map { label in regionPrefixes.contains { label.hasPrefix($0) } ? "{region}" : label }
            .joined(separator: ".")
    }

    /// The host a client made with `region` and no `endpoint:` sends to (what `EndpointResolver` computes).
    func expectedHost(region: String) -> String {
        if let endpoint = documentedEndpoint() { return endpoint.replacingOccurrences(of: "{region}", with: region) }
        if isTencent { return "\(productCode).tencentcloudapi.com" }
        return "\(productCode).\(region).aliyuncs.com"
    }

    struct Binding {
        var expression: String
        var description: String
        var isRetriedFreely: Bool
        var isREST: Bool
    }

    static let readOnlyPrefixes = ["Describe", "List", "Get", "Query"]

    static func isReadOnly(_ action: String) -> Bool {
        readOnlyPrefixes.contains { prefix in
            action.hasPrefix(prefix) && action.dropFirst(prefix.count).first.map { $0.isUppercase || $0.isNumber } ?? true
        }
    }

    /// The `HTTPBinding` of an operation: REST from the spec's binding where the page states a method and path,
    /// else the vendor's RPC convention (Tencent: POST with a JSON body; Alibaba: query parameters).
    static func binding(for spec: OperationSpec, tencent: Bool) -> Binding {
        let readOnly = isReadOnly(spec.action)
        let method = spec.http?.method?.split(separator: "|").first.map { $0.trimmingCharacters(in: .whitespaces).uppercased() }
        if let http = spec.http, http.style != "alibaba-rpc", http.style != "tencent-3.0", let method, !method.isEmpty,
           let path = http.path, path.hasPrefix("/") {
            let methodExpression = ["GET", "POST", "PUT", "DELETE", "PATCH", "HEAD"].contains(method)
                ? "." + method.lowercased() : "HTTPMethod(rawValue: \(SwiftEscaping.stringLiteral(method)))"
            let idempotent = ["GET", "HEAD", "PUT", "DELETE"].contains(method)
            return Binding(expression: ".roa(\(methodExpression), \(SwiftEscaping.stringLiteral(path)))",
                           description: "as `\(SwiftEscaping.commentText(method)) \(SwiftEscaping.commentText(path))`",
                           isRetriedFreely: idempotent, isREST: true)
        }
        if tencent {
            return Binding(expression: readOnly ? ".rpcReadOnly" : ".rpc()",
                           description: "as a POST with a JSON body", isRetriedFreely: readOnly, isREST: false)
        }
        if method == "GET" {
            return Binding(expression: ".rpc(method: .get, isIdempotent: \(readOnly))",
                           description: "as a GET with its parameters in the query", isRetriedFreely: readOnly, isREST: false)
        }
        return Binding(expression: readOnly ? ".rpcReadOnly" : ".rpc()",
                       description: "with its parameters in the query", isRetriedFreely: readOnly, isREST: false)
    }

    // MARK: Tests

    func buildTests() -> ClientTestsView {
        let names = methodNames()
        let region = exampleRegion
        var view = ClientTestsView(
            headerLines: DocLines.header(specPath: nil), moduleName: context.moduleName, clientTypeName: clientTypeName,
            errorTypeName: context.errorTypeName, suiteName: clientTypeName + "Tests",
            regionLiteral: SwiftEscaping.stringLiteral(region),
            expectedHostLiteral: SwiftEscaping.stringLiteral(expectedHost(region: region)),
            actionHeaderLiteral: SwiftEscaping.stringLiteral(isTencent ? "X-TC-Action" : "x-acs-action"),
            success: nil, documentedError: nil, pagination: nil
        )
        let callable = operations.filter { $0.hasExample }
        func example(_ operation: ClientOperationInput) -> String { operation.operationName + "Tests.example()" }
        if let first = callable.first {
            view.success = ClientTestCallView(
                methodName: names[first.spec.action]!.call, exampleExpression: example(first),
                actionLiteral: SwiftEscaping.stringLiteral(first.spec.action),
                bodyLiteral: SwiftEscaping.stringLiteral(wrap(["\"RequestId\":\"request-1\""])))
        }
        if let first = callable.first {
            let member = first.spec.errors.lazy.compactMap { self.context.errorMembers[$0.code] }.first
            // Only the required arguments: the shortest call that works.
            let required = Set(first.request.properties.filter(\.required).map(\.name))
            var arguments = first.exampleArguments.filter { required.contains($0.name) }
            if !arguments.isEmpty { arguments[arguments.count - 1].isLast = true }
            view.usage = ClientUsageView(
                regionLiteral: SwiftEscaping.stringLiteral(region), methodName: names[first.spec.action]!.call,
                operationName: first.operationName, arguments: arguments, catchMember: member,
                credentialsHint: isTencent ? "TENCENTCLOUD_SECRET_ID/TENCENTCLOUD_SECRET_KEY or the tccli config"
                    : "ALIBABA_CLOUD_ACCESS_KEY_ID/ALIBABA_CLOUD_ACCESS_KEY_SECRET or ~/.aliyun/config.json")
        }
        errorSearch: for operation in callable {
            for error in operation.spec.errors {
                guard let member = context.errorMembers[error.code] else { continue }
                let code = Self.concreteCode(error.code)
                let status = isTencent ? 200 : (error.http.flatMap { (400..<500).contains($0) ? $0 : nil } ?? 400)
                let fields = isTencent
                    ? "\"Error\":{\"Code\":\(Self.jsonString(code)),\"Message\":\"documented\"},\"RequestId\":\"request-2\""
                    : "\"RequestId\":\"request-2\",\"Code\":\(Self.jsonString(code)),\"Message\":\"documented\""
                view.documentedError = ClientErrorTestView(
                    methodName: names[operation.spec.action]!.call, exampleExpression: example(operation),
                    memberName: member, status: status, codeLiteral: SwiftEscaping.stringLiteral(code),
                    bodyLiteral: SwiftEscaping.stringLiteral(wrap([fields])))
                break errorSearch
            }
        }
        for operation in callable {
            guard let paging = pagination(operation), let prepared = pagingPreparation(operation, paging) else { continue }
            let list = Self.nest(paging.listPath, "[" + paging.itemJSON + "]")
            let first: [String]
            let last: [String]
            switch paging.kind {
            case .nextToken:
                first = [list, "\"NextToken\":\"page-2-token\"", "\"RequestId\":\"request-1\""]
                last = [list, "\"RequestId\":\"request-2\""]
            case .pageNumber, .offsetLimit:
                first = [list, "\"TotalCount\":2", "\"RequestId\":\"request-1\""]
                last = [list, "\"TotalCount\":2", "\"RequestId\":\"request-2\""]
            }
            view.pagination = ClientPaginationTestView(
                pagesMethodName: names[operation.spec.action]!.pages, exampleExpression: prepared,
                firstBodyLiteral: SwiftEscaping.stringLiteral(wrap(first)),
                lastBodyLiteral: SwiftEscaping.stringLiteral(wrap(last)))
            break
        }
        return view
    }

    /// The example request with its page size left out (a page of one item would otherwise end the iteration), or
    /// nil when the page size is required.
    private func pagingPreparation(_ operation: ClientOperationInput, _ paging: Pagination) -> String? {
        let sizeKey: String?
        switch paging.kind {
        case .pageNumber: sizeKey = "PageSize"
        case .offsetLimit: sizeKey = "Limit"
        case .nextToken: sizeKey = nil
        }
        let base = operation.operationName + "Tests.example()"
        guard let sizeKey, let size = operation.request.properties.first(where: { $0.wireKey == sizeKey }) else { return base }
        if size.required { return nil }
        return "{ var request = \(base); request.\(size.storageName) = nil; return request }()"
    }

    /// A JSON object text of `fields`, inside Tencent's `{"Response": …}`.
    private func wrap(_ fields: [String]) -> String {
        let object = "{" + fields.joined(separator: ",") + "}"
        return isTencent ? "{\"Response\":" + object + "}" : object
    }

    /// `"Snapshots":{"Snapshot":[…]}` for the path `["Snapshots", "Snapshot"]`.
    static func nest(_ path: [String], _ value: String) -> String {
        var text = value
        for (index, key) in path.enumerated().reversed() {
            text = jsonString(key) + ":" + text
            if index > 0 { text = "{" + text + "}" }
        }
        return text
    }

    static func jsonString(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

    /// A placeholder family's code with its placeholders filled (`InvalidParameter.%s` → `InvalidParameter.Example`).
    static func concreteCode(_ code: String) -> String {
        code.replacingOccurrences(of: "%s", with: "Example").replacingOccurrences(of: "%d", with: "1")
            .replacingOccurrences(of: "*", with: "Example")
    }
}
