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
        if t.contains("http") || t.contains("状态码") { return .httpStatus }
        if t.contains("error") || t.contains("错误") {
            if t.contains("message") || t.contains("information") || t.contains("信息") || t.contains("msg") { return .errorMessage }
            if t.contains("code") || t.contains("码") || t.contains("代码") { return .errorCode }
        }
        if t.contains("required") || t.contains("必选") || t.contains("必需") || t.contains("必填") || t.contains("必须") || t.contains("mandatory") {
            return .required
        }
        if t.contains("example") || t.contains("示例") || t.contains("sample") { return .example }
        if t.contains("description") || t.contains("描述") || t.contains("说明") { return .description }
        if t.contains("type") || t.contains("类型") { return .type }
        if t.contains("name") || t.contains("名称") || t.contains("参数名") { return .name }
        if t.contains("位置") || t.contains("position") { return .position }
        return .unknown
    }

    private static let exact: [String: ColumnRole] = [
        "名称": .name, "参数": .name, "参数名": .name, "参数名称": .name, "字段": .name, "字段名": .name, "name": .name,
        "parameter": .name, "parameters": .name, "parametername": .name, "参数名字": .name, "header": .name, "headername": .name, "element": .name,
        "elementname": .name, "元素": .name, "元素名称": .name, "请求头": .name, "头部": .name, "field": .name, "fieldname": .name, "key": .name,
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
