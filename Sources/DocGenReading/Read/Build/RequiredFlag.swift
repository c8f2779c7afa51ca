import DocGenSpec

/// Reads a Required cell: 是/Yes/true/必选 ... or 否/No/false/可选 ...; nil when it says neither.
enum RequiredFlag {
    static func parse(_ cell: String) -> Bool? { memo(cell) }

    private static let memo = StringMemo<Bool?> { uncached($0) }

    private static func uncached(_ cell: String) -> Bool? {
        let t = CellText.collapsed(cell).lowercased()
        if t.isEmpty { return nil }
        for yes in ["是", "yes", "true", "必选", "必需", "必填", "必须", "required", "mandatory", "y"] where t.hasPrefix(yes) {
            if yes == "y" && t.count > 1 { continue }
            return true
        }
        for no in ["否", "no", "false", "可选", "非必", "optional", "不是", "n"] where t.hasPrefix(no) {
            if no == "n" && t.count > 1 { continue }
            return false
        }
        return nil
    }
}
