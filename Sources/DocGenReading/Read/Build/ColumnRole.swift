import DocGenSpec

/// What a table column holds, decided from its header text (about forty spellings across vendors and years),
/// never from its position: the 2018 error tables put the HTTP status third, Tencent puts Required before Type.
enum ColumnRole: Hashable, Sendable {
    case name, type, required, example, description, position, httpStatus, errorCode, errorMessage
    case date, summary, unknown

    static func of(_ header: String) -> ColumnRole { memo(header) }

    private static let memo = StringMemo<ColumnRole> { uncached($0) }

    private static func uncached(_ header: String) -> ColumnRole {
        var t = header.lowercased().filter { !$0.isWhitespace && $0 != "?" && $0 != "？" && $0 != "*" }
        if t.hasSuffix(":") || t.hasSuffix("：") { t.removeLast() }
        if let exact = exact[t] { return exact }
        // Table scanners try every cell that might be a header, so this runs on thousands of unique strings: the
        // words are looked for by bytes when the header is simple text (the same answers as Foundation's `contains`).
        let simple = t.isSimpleText
        let header = t
        return role { simple ? TextBytes.contains($0, in: header) : header.contains($0) }
    }

    /// The role of a header that is not one of the `exact` spellings, from the words `has` finds in it.
    private static func role(containing has: (String) -> Bool) -> ColumnRole {
        if has("http") || has("状态码") { return .httpStatus }
        if has("error") || has("错误") {
            if has("message") || has("information") || has("信息") || has("msg") { return .errorMessage }
            if has("code") || has("码") || has("代码") { return .errorCode }
        }
        if has("required") || has("必选") || has("必需") || has("必填") || has("必须") || has("mandatory") {
            return .required
        }
        if has("example") || has("示例") || has("sample") { return .example }
        if has("description") || has("描述") || has("说明") { return .description }
        if has("type") || has("类型") { return .type }
        if has("name") || has("名称") || has("参数名") { return .name }
        if has("位置") || has("position") { return .position }
        return .unknown
    }

    private static let exact: [String: ColumnRole] = [
        "名称": .name, "参数": .name, "参数名": .name, "参数名称": .name, "字段": .name, "字段名": .name, "name": .name,
        "parameter": .name, "parameters": .name, "parametername": .name, "参数名字": .name, "header": .name, "headername": .name, "element": .name,
        "elementname": .name, "元素": .name, "attribute": .name, "attributes": .name, "元素名称": .name, "请求头": .name, "头部": .name, "field": .name, "fieldname": .name, "key": .name,
        "类型": .type, "参数类型": .type, "type": .type, "datatype": .type, "数据类型": .type,
        "是否必选": .required, "是否必须": .required, "必须": .required, "是否必需": .required, "是否必填": .required, "必选": .required, "必需": .required,
        "必填": .required, "required": .required, "isrequired": .required, "mandatory": .required,
        "示例值": .example, "示例": .example, "example": .example, "examplevalue": .example, "examplevalues": .example, "instancevalue": .example, "sample": .example,
        "描述": .description, "说明": .description, "description": .description, "meaning": .description,
        "note": .description, "notes": .description, "remarks": .description, "备注": .description, "含义": .description,
        "详细说明": .description, "details": .description,
        "position": .position, "位置": .position, "location": .position,
        "httpcode": .httpStatus, "httpstatuscode": .httpStatus, "http状态码": .httpStatus, "http": .httpStatus,
        "statuscode": .httpStatus,
        "错误码": .errorCode, "错误代码": .errorCode, "errorcode": .errorCode, "code": .errorCode,
        "错误信息": .errorMessage, "errormessage": .errorMessage, "errormessages": .errorMessage,
        "errorinformation": .errorMessage, "message": .errorMessage, "错误消息": .errorMessage,
        "变更时间": .date, "changetime": .date, "date": .date, "time": .date, "日期": .date, "时间": .date,
        "变更内容概要": .summary, "summaryofchanges": .summary, "summary": .summary, "changesummary": .summary,
        "变更概要": .summary,
    ]
}

/// A table's columns by role; the first column with a role wins.
struct ColumnMap {
    var roles: [ColumnRole]
    var index: [ColumnRole: Int] = [:]

    init(header: [String]) {
        roles = header.map(ColumnRole.of)
        for (i, role) in roles.enumerated() where role != .unknown && index[role] == nil {
            index[role] = i
        }
    }

    subscript(role: ColumnRole) -> Int? { index[role] }

    func cell(_ role: ColumnRole, in cells: [String]) -> String? {
        guard let i = index[role], i < cells.count else { return nil }
        return cells[i]
    }

    /// Some pages swap two header cells (`| 类型 | 描述 |` over cells `| 具体操作的…名称 | String |`). When every row's
    /// Type cell is prose and its Description cell a type word, the two columns trade roles; true when they did.
    mutating func swapTypeAndDescriptionWhenCellsSaySo(_ rows: [TableRow]) -> Bool {
        guard let typeIndex = index[.type], let descriptionIndex = index[.description], !rows.isEmpty else { return false }
        let swapped = rows.allSatisfy { row in
            guard typeIndex < row.cells.count, descriptionIndex < row.cells.count else { return false }
            let typeCell = CellText.collapsed(row.cells[typeIndex]), descriptionCell = CellText.collapsed(row.cells[descriptionIndex])
            return TypeVocabulary.map(typeCell).unknown && !descriptionCell.isEmpty && !TypeVocabulary.map(descriptionCell).unknown
                && TypeVocabulary.scalars[descriptionCell.lowercased().replacingOccurrences(of: " ", with: "")] != nil
        }
        guard swapped else { return false }
        index[.type] = descriptionIndex
        index[.description] = typeIndex
        roles.swapAt(typeIndex, descriptionIndex)
        return true
    }

    var looksLikeParameters: Bool { index[.name] != nil && (index[.type] != nil || index[.required] != nil) }
    var looksLikeErrors: Bool { index[.errorCode] != nil }
}
