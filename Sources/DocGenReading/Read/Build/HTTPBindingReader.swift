import DocGenSpec

/// The request line a page shows under its request-syntax heading (`## 请求语法`, `## Request syntax`,
/// `Request structure` underlined with `---`): `PATCH|POST /openapi/instances/[InstanceId]/x HTTP/1.1`, followed by
/// `Host:` and `Content-Type:` lines. Read from the page text, so fenced, indented and flattened blocks
/// (the whole request on one line) are all seen. A request line anywhere else (a request example) is not read.
struct RequestLine: Equatable {
    var method: String
    /// Path template: `[X]` and bare CamelCase segments become `{X}`; constant sub-resources kept (`/?acl`).
    var path: String
    /// Path placeholders in order (`InstanceId`, `ObjectName`).
    var pathParameters: [String]
    /// Variable query items of the request line (`uploadId=UploadId` → `uploadId`).
    var queryParameters: [String]
    var host: String?
    /// Host placeholders (`BucketName` of `BucketName.oss-cn-hangzhou.aliyuncs.com`).
    var hostParameters: [String]
    var contentType: String?
    /// Headers of the request block that name an API version (`x-log-apiversion: 0.6.0`).
    var versionHeader: String?
    var line: Int

    static let methods: Set<String> = ["GET", "POST", "PUT", "DELETE", "HEAD", "PATCH", "OPTIONS"]

    /// The first request line in a request-syntax section of `text`, with the header lines that follow it; when no
    /// such section has one, the first request line of the page (a page with only a request example), marked
    /// `fromExample`.
    static func find(in text: String) -> RequestLine? {
        guard TextBytes.contains("/", in: text) else { return nil }
        let lines = TextBytes.linesSplitAtLF(text)
        // Most pages have no line that starts with an HTTP method: the heading walk and the pattern then never run.
        let candidates = lines.indices.filter { startsWithMethod(lines[$0]) }
        guard !candidates.isEmpty else { return nil }
        if var found = find(lines, candidates: candidates, anywhere: false) {
            found.exampleQueryKeys = queryKeys(lines, candidates: candidates, method: found.method)
            found.xmlElementNames = xmlElementNames(lines)
            return found
        }
        guard var found = find(lines, candidates: candidates, anywhere: true) else { return nil }
        found.fromExample = true
        found.xmlElementNames = xmlElementNames(lines)
        // An example's `key=value` query items carry example values, not constant sub-resources: parameters.
        found.queryParameters += found.valuedQueryItems.map(\.key)
        found.constantQueryItems.removeAll { item in found.valuedQueryItems.contains { $0.item == item } }
        found.valuedQueryItems = []
        found.path = found.basePath + (found.constantQueryItems.isEmpty ? "" : "?" + found.constantQueryItems.joined(separator: "&"))
        return found
    }

    /// True when the line was read from an example rather than a request-syntax section.
    var fromExample = false
    /// Query keys that the page's other request lines of the same method send (`GET /oss.jpg?response-expires=…`):
    /// evidence of where a parameter travels when a heading says otherwise.
    var exampleQueryKeys: Set<String> = []
    /// Names of the XML elements the page shows (`<IndexDocument>` in its request body): a parameter of that name
    /// travels in the body.
    var xmlElementNames: Set<String> = []
    /// Query parameters that only some of the section's request variants carry (`GET /?inventory` and
    /// `GET /?inventory&continuation-token=xxx`): optional.
    var optionalQueryParameters: [String] = []
    /// The path without its query part (`/{ObjectName}`).
    var basePath = "/"
    /// Query items kept in the path: bare sub-resources (`acl`) and `key=value` constants (`comp=history`).
    var constantQueryItems: [String] = []
    /// The `key=value` items among `constantQueryItems`, whose value is neither a placeholder nor a filler.
    var valuedQueryItems: [QueryItem] = []

    struct QueryItem: Equatable {
        var key: String
        var item: String
    }

    /// The first candidate line that parses as a request line: under a request-syntax heading, or (`anywhere`) on the
    /// whole page.
    private static func find(_ lines: [Substring], candidates: [Int], anywhere: Bool) -> RequestLine? {
        var syntaxLines: Set<Int>?
        if !anywhere {
            // Which lines sit under a request-syntax heading (up to the next heading).
            var under = Set<Int>()
            var inSyntax = false
            for i in lines.indices {
                if let heading = headingText(lines, i) {
                    inSyntax = isSyntaxHeading(heading)
                } else if inSyntax {
                    under.insert(i)
                }
            }
            syntaxLines = under
        }
        for (index, i) in candidates.enumerated() where syntaxLines?.contains(i) ?? (headingText(lines, i) == nil) {
            let trimmed = lines[i].trimmingCharacters(in: .whitespaces)
            guard var found = parse(requestLine: trimmed, line: i + 1) else { continue }
            if let syntaxLines {
                let variants = candidates[(index + 1)...].filter { syntaxLines.contains($0) }.compactMap {
                    parse(requestLine: lines[$0].trimmingCharacters(in: .whitespaces), line: $0 + 1)
                }
                found.mergeVariants(variants)
            }
            // Header lines: the rest of a flattened line, then the following lines up to a blank line.
            var headerText = [trimmed]
            var j = i + 1
            while j < lines.count, !lines[j].trimmingCharacters(in: .whitespaces).isEmpty, !lines[j].hasPrefix("```") {
                headerText.append(String(lines[j]))
                j += 1
            }
            found.readHeaders(headerText)
            return found
        }
        return nil
    }

    private static let methodWords: Set<String> = ["GET", "POST", "PUT", "DELETE", "HEAD", "PATCH", "OPTIONS"]

    /// A byte-level test: after leading blanks, an HTTP method word (any case) ends at a blank or `|`.
    static func startsWithMethod(_ line: Substring) -> Bool {
        var word: [UInt8] = []
        for byte in line.utf8 {
            if word.isEmpty, byte == 0x20 || byte == 0x09 { continue }
            if (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) {
                word.append(byte & 0xDF)
                if word.count > 7 { return false }
                continue
            }
            guard byte == 0x20 || byte == 0x09 || byte == UInt8(ascii: "|") else { return false }
            return methodWords.contains(String(decoding: word, as: UTF8.self))
        }
        return false
    }

    /// ATX heading text, or the text of a setext heading whose underline is the next line.
    private static func headingText(_ lines: [Substring], _ i: Int) -> String? {
        let line = lines[i]
        let t = line.drop { $0 == " " }
        if t.hasPrefix("#"), line.count - t.count < 4 {
            return String(t.drop { $0 == "#" })
        }
        if i + 1 < lines.count {
            let next = lines[i + 1].trimmingCharacters(in: .whitespaces)
            if next.count >= 3, next.allSatisfy({ $0 == "-" }) || next.allSatisfy({ $0 == "=" }),
               !t.isEmpty, !t.hasPrefix("|") {
                return String(t)
            }
        }
        return nil
    }

    static func isSyntaxHeading(_ heading: String) -> Bool {
        let t = SectionKind.normalized(heading)
        return ["请求语法", "请求结构", "requestsyntax", "requeststructure", "httprequest", "请求方式"].contains { t.contains($0) }
    }

    private static let requestLinePattern = TextPattern(
        #"^((?:GET|POST|PUT|DELETE|HEAD|PATCH|OPTIONS)(?:\s*\|\s*(?:GET|POST|PUT|DELETE|HEAD|PATCH|OPTIONS))*)\s+(/.*?)(?:\s+(?:HTTP/[0-9.]+|HTTPS?(?:\s*\|\s*HTTPS?)*)(?:\s.*)?)?$"#)

    /// `Get  /ObjectName? uploadId=UploadId HTTP/1.1` → GET, `/{ObjectName}`, query `uploadId`.
    static func parse(requestLine text: String, line: Int) -> RequestLine? {
        guard let m = requestLinePattern.firstMatch(in: text), let methodText = m[1], let rawPath = m[2] else { return nil }
        let method = methodText.uppercased().filter { !$0.isWhitespace }
        // A flattened request: the path ends where the headers start.
        var pathText = rawPath
        if let host = pathText.range(of: " Host:", options: .caseInsensitive) { pathText = String(pathText[..<host.lowerBound]) }
        pathText.removeAll { $0.isWhitespace }
        guard pathText.hasPrefix("/") else { return nil }
        let parts = pathText.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false)
        var segments: [String] = []
        var pathParameters: [String] = []
        for segment in parts[0].split(separator: "/", omittingEmptySubsequences: false).dropFirst() {
            if let name = placeholder(segment) {
                pathParameters.append(name)
                segments.append("{\(name)}")
            } else {
                segments.append(String(segment))
            }
        }
        let basePath = "/" + segments.joined(separator: "/")
        var constant: [String] = []
        var valued: [QueryItem] = []
        var queryParameters: [String] = []
        if parts.count > 1 {
            for item in parts[1].split(separator: "&") where !item.isEmpty {
                // `uploadId=UploadId` and `continuation-token=xxx` name a parameter; `comp=history` is a constant
                // sub-resource.
                if let eq = item.firstIndex(of: "=") {
                    let value = item[item.index(after: eq)...]
                    if placeholder(value) != nil || isFiller(value) {
                        queryParameters.append(String(item[..<eq]))
                        continue
                    }
                    valued.append(QueryItem(key: String(item[..<eq]), item: String(item)))
                }
                constant.append(String(item))
            }
        }
        var found = RequestLine(method: method, path: basePath + (constant.isEmpty ? "" : "?" + constant.joined(separator: "&")),
                                pathParameters: pathParameters, queryParameters: queryParameters,
                                host: nil, hostParameters: [], contentType: nil, versionHeader: nil, line: line)
        found.basePath = basePath
        found.constantQueryItems = constant
        found.valuedQueryItems = valued
        return found
    }

    /// Every `<Name>` opening tag on the page (an XML body, in the syntax block or an example).
    private static func xmlElementNames(_ lines: [Substring]) -> Set<String> {
        var names = Set<String>()
        for line in lines where line.utf8.contains(UInt8(ascii: "<")) {
            var rest = line[...]
            while let open = rest.firstIndex(of: "<") {
                let after = rest[rest.index(after: open)...]
                guard let close = after.firstIndex(of: ">") else { break }
                let name = after[..<close]
                if let first = name.first, first.isASCII, first.isLetter,
                   name.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") }) {
                    names.insert(String(name))
                }
                rest = after[after.index(after: close)...]
            }
        }
        return names
    }

    /// The query keys of every request line on the page with this method.
    private static func queryKeys(_ lines: [Substring], candidates: [Int], method: String) -> Set<String> {
        var keys = Set<String>()
        for i in candidates {
            guard let line = parse(requestLine: lines[i].trimmingCharacters(in: .whitespaces), line: i + 1),
                  line.method == method else { continue }
            keys.formUnion(line.queryParameters)
            keys.formUnion(line.valuedQueryItems.map(\.key))
        }
        return keys
    }

    /// A value that stands for "some value" rather than being one: `xxx`, `***`, `...`.
    static func isFiller(_ value: Substring) -> Bool {
        value.count >= 2 && value.allSatisfy { $0 == "x" || $0 == "X" || $0 == "*" || $0 == "." || $0 == "…" }
    }

    /// Other request lines of the same section for the same method and path (`GET /?inventory` beside
    /// `GET /?inventory&continuation-token=xxx`): a query parameter or sub-resource that not every variant carries is
    /// an optional query parameter, so the path keeps only what all of them share.
    mutating func mergeVariants(_ variants: [RequestLine]) {
        let same = variants.filter { $0.method == method && $0.basePath == basePath }
        guard !same.isEmpty else { return }
        let all = [self] + same
        func keys(_ l: RequestLine) -> Set<String> {
            Set(l.queryParameters + l.constantQueryItems.map { String($0.split(separator: "=", maxSplits: 1)[0]) })
        }
        let shared = all.dropFirst().reduce(keys(self)) { $0.intersection(keys($1)) }
        var optional: [String] = []
        for line in all {
            for key in line.queryParameters + line.constantQueryItems.map({ String($0.split(separator: "=", maxSplits: 1)[0]) })
            where !shared.contains(key) && !optional.contains(key) {
                optional.append(key)
            }
        }
        guard !optional.isEmpty else { return }
        queryParameters = queryParameters.filter { shared.contains($0) } + optional
        optionalQueryParameters = optional
        constantQueryItems = constantQueryItems.filter { shared.contains(String($0.split(separator: "=", maxSplits: 1)[0])) }
        valuedQueryItems = valuedQueryItems.filter { shared.contains($0.key) }
        path = basePath + (constantQueryItems.isEmpty ? "" : "?" + constantQueryItems.joined(separator: "&"))
    }

    /// `GetObjectTagging` → `Get`, `Object`, `Tagging`.
    static func words(ofAction action: String) -> [String] {
        var words: [String] = []
        for character in action {
            if character.isUppercase || words.isEmpty { words.append("") }
            words[words.count - 1].append(character)
        }
        return words
    }

    /// A lower-case path segment that spells a resource noun of the operation's own name plus `name` or `id`
    /// (`/objectname` on a page whose action is `GetObjectTagging`) is that resource's placeholder (`{ObjectName}`):
    /// such pages write the placeholder in lower case. A literal segment that merely ends in `name` (`rename`) does
    /// not start with one of the action's words, so it stays.
    mutating func readLowerCasePlaceholders(actionWords: [String]) {
        let nouns = actionWords.map { $0.lowercased() }.filter { $0.count >= 3 }
        guard !nouns.isEmpty else { return }
        var changed = false
        var segments = basePath.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        for (i, segment) in segments.enumerated() where i > 0 && !segment.isEmpty
            && segment.allSatisfy({ $0.isASCII && $0.isLowercase }) {
            for noun in nouns where segment.hasPrefix(noun) {
                let suffix = segment.dropFirst(noun.count)
                guard suffix == "name" || suffix == "id" else { continue }
                let name = noun.prefix(1).uppercased() + noun.dropFirst() + suffix.prefix(1).uppercased() + suffix.dropFirst()
                segments[i] = "{\(name)}"
                changed = true
                break
            }
        }
        guard changed else { return }
        basePath = segments.joined(separator: "/")
        pathParameters = segments.compactMap { $0.hasPrefix("{") && $0.hasSuffix("}") ? String($0.dropFirst().dropLast()) : nil }
        path = basePath + (constantQueryItems.isEmpty ? "" : "?" + constantQueryItems.joined(separator: "&"))
    }

    /// `[InstanceId]`, `{InstanceId}`, or a bare identifier with an upper-case letter (`ObjectName`): REST paths
    /// write their literal segments in lower case, so an upper-case letter marks a placeholder.
    static func placeholder(_ segment: Substring) -> String? {
        var s = segment
        if (s.hasPrefix("[") && s.hasSuffix("]")) || (s.hasPrefix("{") && s.hasSuffix("}")) {
            s = s.dropFirst().dropLast()
            return s.isEmpty ? nil : String(s)
        }
        guard let first = s.first, first.isLetter, s.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") }),
              s.contains(where: \.isUppercase) else { return nil }
        return String(s)
    }

    private mutating func readHeaders(_ lines: [String]) {
        for line in lines {
            for (field, value) in Self.headerFields(in: line) {
                switch field.lowercased() {
                case "host" where host == nil:
                    var labels: [String] = []
                    for label in value.split(separator: ".", omittingEmptySubsequences: false) {
                        if let name = Self.placeholder(label), label.first?.isUppercase == true || label.hasPrefix("[") || label.hasPrefix("{") {
                            hostParameters.append(name)
                            labels.append("{\(name)}")
                        } else {
                            labels.append(String(label))
                        }
                    }
                    host = labels.joined(separator: ".")
                case "content-type" where contentType == nil:
                    contentType = value
                case let f where versionHeader == nil && f.hasPrefix("x-") && f.replacingOccurrences(of: "-", with: "").hasSuffix("apiversion"):
                    versionHeader = value
                default: break
                }
            }
        }
    }

    private static let headerPattern = TextPattern(#"(?:^|\s)([A-Za-z][A-Za-z0-9-]*):[ \t]*([^\s]+)"#, caseSensitive: true)

    /// `Name: value` pairs of a header line (several on a flattened line).
    static func headerFields(in line: String) -> [(String, String)] {
        headerPattern.allMatches(in: line).compactMap { m in
            guard let f = m[1], let v = m[2], f.lowercased() != "http", f.lowercased() != "https" else { return nil }
            return (f, v)
        }
    }
}

/// Per-table cues for a parameter's wire location: a Position / 位置 column cell, or the heading of the section the
/// table sits in (`## 请求头` / `Request headers` → header; `## 请求元素` / `Request elements` / `RequestBody` → body).
enum LocationCue {
    static func location(fromCell cell: String) -> ParameterLocation? {
        let t = CellText.collapsed(cell).lowercased()
        switch t {
        case "query", "querystring", "query string", "查询", "url": return .query
        case "path", "路径": return .path
        case "header", "headers", "请求头", "头部": return .header
        case "body", "formdata", "form", "请求体", "body(json)": return .body
        case "host", "domain", "域名": return .host
        default: return nil
        }
    }

    static func location(fromHeading heading: String?) -> ParameterLocation? {
        guard let heading else { return nil }
        let t = SectionKind.normalized(heading)
        if t.contains("请求头") || t.contains("requestheader") || t.contains("请求header") { return .header }
        if t.contains("请求元素") || t.contains("requestelement") || t.contains("requestbody") || t.contains("请求体")
            || t.contains("请求body") { return .body }
        return nil
    }
}

/// Puts the binding together: the request line's method, path, host and content type; each top-level parameter's
/// location from its own cue (Position cell, section heading), else from the request line (a path, host or query
/// placeholder of that name), else the style's convention, named in an `http-binding-convention` info diagnostic.
/// A page with neither a request line nor a location cue gets no binding (nil): nothing is claimed it did not say.
enum HTTPBindingBuilder {
    static func bind(requestLine: RequestLine?, roots: inout [ParameterNode], sawLocationCue: Bool, vendor: String,
                     explorerStyle: String?, actionKnown: Bool, log: inout BuildLog) -> HTTPBinding? {
        guard requestLine != nil || sawLocationCue else { return nil }
        // A request example alone binds only a page about one operation (not an overview page's sample request).
        if requestLine?.fromExample == true, !sawLocationCue, !actionKnown { return nil }
        let stated = roots.compactMap(\.location)
        let style: String
        switch vendor {
        case "alibaba":
            if requestLine?.queryParameters.contains("Action") == true {
                style = "alibaba-rpc"
            } else if requestLine != nil || explorerStyle == "roa" {
                style = "alibaba-roa"
            } else if explorerStyle == "rpc" || stated.allSatisfy({ $0 == .query }) {
                style = "alibaba-rpc"
            } else {
                style = "alibaba-roa"
            }
        case "tencent": style = "tencent-3.0"
        default: style = "extensible"
        }
        let restLine = style == "alibaba-rpc" ? nil : requestLine
        if let requestLine, requestLine.fromExample, restLine != nil {
            log.note(.info, "http-binding-from-example",
                     "the page has no request-syntax section; method and path are read from its request example", line: requestLine.line)
        }
        var binding = HTTPBinding(style: style, method: restLine?.method, path: restLine?.path,
                                  host: requestLine?.host, contentType: requestLine?.contentType, line: requestLine?.line)
        var conventional: [String] = []
        if binding.method == nil || binding.path == nil {
            switch style {
            case "alibaba-rpc":
                binding.method = binding.method ?? "GET|POST"
                binding.path = binding.path ?? "/"
                conventional.append("method and path (\(binding.method!) /, the RPC convention)")
            case "tencent-3.0":
                binding.method = binding.method ?? "POST"
                binding.path = binding.path ?? "/"
                binding.contentType = binding.contentType ?? "application/json"
                conventional.append("method, path and content type (POST / application/json, the API 3.0 convention)")
            default:
                log.note(.info, "http-binding-incomplete", "the page states parameter locations but no request line; method and path unknown", line: nil)
            }
        }
        func matches(_ names: [String]?, _ node: ParameterNode) -> Bool {
            names?.contains { $0.caseInsensitiveCompare(node.name) == .orderedSame } ?? false
        }
        if let restLine {
            addPlaceholders(of: restLine, to: &roots, log: &log)
        }
        var defaulted: [String] = []
        // A GET or HEAD request has no body: "request elements" of such a page are query parameters.
        if let method = binding.method, method == "GET" || method == "HEAD" {
            for node in roots where node.location == .body { node.location = .query }
        }
        var movedToQuery: [String] = []
        for node in roots where node.locationFromHeading && node.location == .header
            && restLine?.exampleQueryKeys.contains(node.name) == true {
            node.location = .query
            movedToQuery.append(node.name)
        }
        if !movedToQuery.isEmpty {
            log.note(.info, "location-from-example",
                     "\(movedToQuery.joined(separator: ", ")) sit under a request-headers heading, but the page's request example sends them in the query; read as query parameters",
                     line: restLine?.line)
        }
        for node in roots where node.location == nil || node.locationFromHeading {
            if matches(restLine?.pathParameters, node) {
                node.location = .path
            } else if matches(restLine?.hostParameters, node) {
                node.location = .host
            } else if matches(restLine?.queryParameters, node) {
                node.location = .query
            }
        }
        for node in roots where node.location == nil {
            if matches(requestLine?.pathParameters, node) {
                node.location = .path
            } else if matches(requestLine?.hostParameters, node) {
                node.location = .host
            } else if matches(requestLine?.queryParameters, node) {
                node.location = .query
            } else if let method = binding.method, method != "GET", method != "HEAD", style == "alibaba-roa",
                      requestLine?.xmlElementNames.contains(node.name) == true {
                node.location = .body
            } else if node.common && style == "tencent-3.0" {
                node.location = .header
                defaulted.append(node.name)
            } else {
                node.location = style == "tencent-3.0" ? .body : .query
                defaulted.append(node.name)
            }
        }
        if !defaulted.isEmpty {
            let convention = style == "tencent-3.0" ? "body (common parameters: header)" : "query"
            conventional.append("location of \(defaulted.joined(separator: ", ")) (\(convention))")
        }
        if !conventional.isEmpty {
            log.note(.info, "http-binding-convention",
                     "the page does not state the \(conventional.joined(separator: "; ")); the \(style) convention is used",
                     line: nil)
        }
        return binding
    }

    /// A placeholder of the request-syntax line (`Host: BucketName.oss-…`, `/ObjectName`, `?uploadId=UploadId`) is a
    /// parameter of the request even when no table lists it: it is added, string, at that location (required unless
    /// a request variant of the same section leaves it out), before
    /// the table's parameters, and named in a `request-line-parameter` info diagnostic. On a page whose only request
    /// line is its example, the same placeholder shapes count (`Host: BucketName.oss…`): the example's values are
    /// lower case (`examplebucket`, `/exampleobject.txt`) and add nothing.
    static func addPlaceholders(of line: RequestLine, to roots: inout [ParameterNode], log: inout BuildLog) {
        var known = Set(roots.map { $0.name.lowercased() })
        var added: [ParameterNode] = []
        let placeholders: [(String, ParameterLocation)] = line.hostParameters.map { ($0, .host) }
            + line.pathParameters.map { ($0, .path) } + line.queryParameters.map { ($0, .query) }
        for (name, location) in placeholders where !known.contains(name.lowercased()) && ParameterName.isPlausible(name) {
            known.insert(name.lowercased())
            let required = !line.optionalQueryParameters.contains(name)
            let node = ParameterNode(name: name, wireName: name, type: .string, required: required, line: line.line)
            node.location = location
            added.append(node)
        }
        guard !added.isEmpty else { return }
        roots = added + roots
        log.note(.info, "request-line-parameter",
                 "the request line names \(added.map(\.name).joined(separator: ", ")), which no table lists; added as string parameters (required unless a request variant leaves it out)",
                 line: line.line)
    }
}
