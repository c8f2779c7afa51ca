import Foundation
import DocGenSpec

/// Who the page is about (vendor, product, API version, action), from what the page itself says:
/// the OpenAPI Explorer link, the request example's domain and query, the `Action`/`Version` rows,
/// a title like `Elastic Compute Service:CreateSnapshotGroup` or `# CreateSnapshot`.
struct PageIdentity {
    var vendor: String?
    var product: String?
    var apiVersion: String?
    var action: String?

    static func read(text: String, title: String?, actionRow: ParameterNode?, versionRow: ParameterNode?) -> PageIdentity {
        var id = PageIdentity()
        let explorer = explorerLink(in: text)
        let domain = serviceDomain(in: text)

        if let actionRow, describesActionInGeneral(actionRow) {
            // A common-parameters page: its Action row names an action only as an example, and so does its
            // request example. Only a title that is an action name identifies one.
            id.action = titleAction(title)
        } else {
            id.action = vote([
                actionRow.flatMap(valueOfDescription),
                actionRow.flatMap(exampleValue),
                explorer?.action,
                QueryInText.action(in: text),
                titleAction(title),
            ])
        }
        id.apiVersion = explorer?.version
            ?? QueryInText.version(in: text)
            ?? versionRow.flatMap { row in
                [row.rawDescription, row.example].compactMap { $0 }
                    .lazy.compactMap { firstMatch(Pattern.isoDate, in: $0) }.first
            }
        id.vendor = explorer != nil ? "alibaba" : domain?.vendor ?? vendorFromLinks(text)
        id.product = explorer?.product ?? domain?.product ?? titleProduct(title)
        return id
    }

    /// The name most of the page's witnesses agree on (pages contradict themselves: an `Action` row saying
    /// "Set the value to DeleteReplicaPair" beside a request example and title saying DeleteDiskReplicaPair).
    /// A tie goes to the earliest witness in the list.
    static func vote(_ witnesses: [String?]) -> String? {
        let present = witnesses.compactMap { $0 }
        var best: String?
        var bestCount = 0
        for candidate in present {
            let count = present.filter { $0 == candidate }.count
            if count > bestCount { best = candidate; bestCount = count }
        }
        return best
    }

    /// An `Action` row that gives its value as an example ("例如…取值为 DescribeInstances", "For example, … the
    /// Action parameter is DescribeInstances"): the row documents the parameter for every operation.
    static func describesActionInGeneral(_ row: ParameterNode) -> Bool {
        guard let d = row.rawDescription else { return false }
        return Pattern.exampleMarker.firstMatch(in: d) != nil
    }

    /// `取值：CreateSnapshot`, `The value used for this API: X`, `Set the value to X`, `Value: X`.
    static func valueOfDescription(_ row: ParameterNode) -> String? {
        guard let d = row.rawDescription else { return nil }
        for p in Pattern.actionValue { if let v = firstMatch(p, in: d) { return v } }
        return nil
    }

    static func exampleValue(_ row: ParameterNode) -> String? {
        guard let e = row.example.map(CellText.collapsed),
              Pattern.identifier.matches(e) else { return nil }
        return e
    }

    struct Explorer { var product: String?; var action: String?; var version: String? }

    /// `https://api.aliyun.com/#product=Ecs&api=CreateSnapshotGroup&type=RPC&version=2014-05-26`, or the
    /// newer `api.aliyun.com/api/Ecs/2014-05-26/CreateSnapshotGroup`.
    static func explorerLink(in text: String) -> Explorer? {
        // A byte search first: most pages have no such link, and the regexes bridge the whole page to NSString.
        guard TextBytes.contains("api.aliyun.com/", in: text) else { return nil }
        // Neither pattern matches across a line break, so the first match is in the first line that has one.
        let linkLines = PageLines.containing(["api.aliyun.com/"], in: text, nelEndsLine: false)
        if let hash = linkLines.lazy.compactMap({ line in Pattern.explorerHash.firstMatch(in: line).map { String(line[$0.range]) } }).first {
            let query = hash.split(separator: "#", maxSplits: 1).last.map(String.init) ?? ""
            var fields: [String: String] = [:]
            for pair in query.trimmingCharacters(in: CharacterSet(charactersIn: "/?")).split(separator: "&") {
                let kv = pair.split(separator: "=", maxSplits: 1).map(String.init)
                if kv.count == 2 { fields[kv[0].lowercased()] = kv[1] }
            }
            if fields["product"] != nil || fields["api"] != nil {
                return Explorer(product: fields["product"]?.lowercased(), action: fields["api"],
                                version: fields["version"].flatMap { firstMatch(Pattern.wholeISODate, in: $0) })
            }
        }
        if let m = linkLines.lazy.compactMap({ groups(Pattern.explorerPath, in: $0) }).first {
            return Explorer(product: m[0].lowercased(), action: m[2], version: m[1])
        }
        return nil
    }

    /// `type=RPC` / `type=ROA` of the OpenAPI Explorer link, lower case.
    static func explorerStyle(in text: String) -> String? {
        guard TextBytes.contains("api.aliyun.com/", in: text) else { return nil }
        for line in PageLines.containing(["api.aliyun.com/"], in: text, nelEndsLine: false) {
            if let m = Pattern.explorerType.firstMatch(in: line), let t = m[1] { return t.lowercased() }
        }
        return nil
    }

    /// The endpoint the request example or prose names: `ecs.aliyuncs.com`, `cbs.intl.tencentcloudapi.com`,
    /// `lb.api.qcloud.com`. A region suffix (`ecs-cn-hangzhou`) is not part of the product.
    static func serviceDomain(in text: String) -> (vendor: String, product: String)? {
        let suffixes = Vendors.known.flatMap(\.apiDomainSuffixes)
        // A match holds no line break, and the line that decides is the match's own: so only the lines that name a
        // suffix go to the regex, instead of the whole page bridged to NSString.
        var first: (String, String)?
        for lineText in PageLines.containing(suffixes, in: text, nelEndsLine: true) {
            for m in Pattern.serviceDomain.allMatches(in: lineText) {
                guard let label = m[1], let suffix = m[3] else { continue }
                guard let vendor = Vendors.owning(apiHost: suffix)?.id else { continue }
                let labels = [label] + (m[2] ?? "").split(separator: ".").map(String.init)
                guard let product = productLabel(labels) else { continue }
                if lineText.contains("Action=") || lineText.lowercased().contains("domain") || lineText.contains("域名") {
                    return (vendor, product)
                }
                if first == nil { first = (vendor, product) }
            }
        }
        return first
    }

    /// The service label of a host's labels before the vendor's API suffix: the one nearest the suffix that is not a
    /// region or an access qualifier, with a region suffix cut off (`oss-cn-hangzhou` → `oss`). Labels further left
    /// are the caller's own names (a bucket, a project such as `big-game`, `my-bucket`): never the product.
    /// `ecs.aliyuncs.com` → ecs, `big-game.cn-hangzhou.log.aliyuncs.com` → log, `cbs.intl.tencentcloudapi.com` → cbs.
    static func productLabel(_ labels: [String]) -> String? {
        for label in labels.reversed() {
            if qualifierLabels.contains(label) || Pattern.regionLabel.matches(label) { continue }
            if let cut = Pattern.regionSuffix.firstMatch(in: label) {
                return String(label[..<cut.range.lowerBound])
            }
            return label
        }
        return nil
    }

    static let qualifierLabels: Set<String> = ["intl", "internal", "vpc", "global", "share", "api", "openapi", "public"]

    /// Links and names only one vendor prints: its domains, its name, and the name of its API console
    /// ("OpenAPI Explorer" is Alibaba Cloud's; Tencent Cloud's is plain "API Explorer").
    static func vendorFromLinks(_ text: String) -> String? {
        if let vendor = Vendors.known.first(where: { $0.siteHosts.contains(where: text.contains) }) { return vendor.id }
        return Vendors.known.first { $0.proseNames.contains(where: text.localizedCaseInsensitiveContains) }?.id
    }

    /// `# CreateSnapshot`, or `ENS:CreateSnapshot` / `Elastic Compute Service:CreateSnapshotGroup`.
    static func titleAction(_ title: String?) -> String? {
        guard let title else { return nil }
        let candidate = title.split(whereSeparator: { $0 == ":" || $0 == "：" }).last.map { $0.trimmingCharacters(in: .whitespaces) } ?? title
        return Pattern.titleAction.matches(candidate) ? candidate : nil
    }

    static func titleProduct(_ title: String?) -> String? {
        guard let title, let colon = title.firstIndex(where: { $0 == ":" || $0 == "：" }) else { return nil }
        let name = title[..<colon].trimmingCharacters(in: .whitespaces)
        if let known = productNames[name.lowercased()] { return known }
        return Pattern.productCode.matches(name) ? name.lowercased() : nil
    }

    /// Long product names the vendors print in page titles, onto their API product codes.
    static let productNames: [String: String] = [
        "elastic compute service": "ecs", "云服务器 ecs": "ecs", "云服务器ecs": "ecs",
        "edge node service": "ens", "ens": "ens",
        "cloud block storage": "cbs", "virtual private cloud": "vpc", "专有网络 vpc": "vpc",
        "server load balancer": "slb", "cloud load balancer": "clb", "object storage service": "oss",
        "resource access management": "ram", "apsaradb rds": "rds", "relational database service": "rds",
        "container service for kubernetes": "cs", "key management service": "kms", "log service": "sls",
        "cloud monitor": "cms", "cloudmonitor": "cms", "auto scaling": "ess", "elastic ip address": "vpc",
        "data transmission service": "dts", "cloud virtual machine": "cvm",
    ]

    static func firstMatch(_ pattern: TextPattern, in text: String) -> String? {
        groups(pattern, in: text)?.first
    }

    /// The groups that took part in the first match (group 0, the whole match, left out).
    static func groups(_ pattern: TextPattern, in text: String) -> [String]? {
        guard let m = pattern.firstMatch(in: text) else { return nil }
        return m.groups.dropFirst().compactMap { $0 }
    }

    /// Compiled once: compiling a pattern costs more than matching it on a page.
    enum Pattern {
        static let actionQuery = TextPattern(#"[?&]Action=\s*([A-Za-z][A-Za-z0-9]+)"#, caseSensitive: true)
        static let versionQuery = TextPattern(#"[?&]Version=([0-9]{4}-[0-9]{2}-[0-9]{2})"#, caseSensitive: true)
        static let isoDate = TextPattern(#"([0-9]{4}-[0-9]{2}-[0-9]{2})"#, caseSensitive: true)
        static let wholeISODate = TextPattern(#"^([0-9]{4}-[0-9]{2}-[0-9]{2})$"#, caseSensitive: true)
        static let exampleMarker = TextPattern(#"例如|比如|(?i:for example|e\.g\.)"#, caseSensitive: true)
        static let actionValue = [
            TextPattern(#"(?:取值|值)\s*[:：为]\s*([A-Za-z][A-Za-z0-9]+)"#, caseSensitive: true),
            TextPattern(#"(?i:value used for this API)\s*[:：]?\s*([A-Za-z][A-Za-z0-9]+)"#, caseSensitive: true),
            TextPattern(#"(?i:set the value to)\s+([A-Za-z][A-Za-z0-9]+)"#, caseSensitive: true),
            TextPattern(#"(?i:value)\s*[:：]\s*([A-Za-z][A-Za-z0-9]+)"#, caseSensitive: true),
        ]
        static let explorerType = TextPattern(#"api\.aliyun\.com/#[^\s)\]]*[?&]type=(RPC|ROA)\b"#, caseSensitive: false)
        static let identifier = TextPattern(#"^[A-Za-z][A-Za-z0-9]+$"#, caseSensitive: true)
        static let explorerHash = TextPattern(#"api\.aliyun\.com/#/?\??[^\s)\]]*"#, caseSensitive: true)
        static let explorerPath = TextPattern(
            #"api\.aliyun\.com/api/([A-Za-z0-9-]+)/([0-9]{4}-[0-9]{2}-[0-9]{2})/([A-Za-z][A-Za-z0-9]+)"#, caseSensitive: true)
        /// `<label>(.<label>)*.<suffix>` for every known vendor's API domain suffixes.
        static let serviceDomain = TextPattern(
            #"\b([a-z][a-z0-9-]*)((?:\.[a-z0-9-]+)*)\.("#
                + Vendors.known.flatMap(\.apiDomainSuffixes).map { $0.replacingOccurrences(of: ".", with: "\\.") }.joined(separator: "|")
                + ")", caseSensitive: true)
        static let regionLabel = TextPattern(
            #"^(?:cn|ap|us|eu|me|sa|na|rus|jp|ac|af|in|ca)-[a-z]+(?:-[a-z0-9]+)*$"#, caseSensitive: true)
        static let regionSuffix = TextPattern(
            #"-(?:cn|ap|us|eu|me|sa|na|rus|jp|ac|af|in|ca)-[a-z]+(?:-[a-z0-9]+)*$"#, caseSensitive: true)
        static let titleAction = TextPattern(#"^[A-Z][A-Za-z0-9]+$"#, caseSensitive: true)
        static let productCode = TextPattern(#"^[A-Za-z][A-Za-z0-9-]*$"#, caseSensitive: true)
    }
}
