import Foundation
import DocGenSpec

/// The files `docgen errors` writes: `<vendor>-<product>.<ext>` per product and `all.<ext>`, for each format.
public enum ErrorTableFiles {
    public static func render(_ builder: ErrorTableBuilder, formats: [ErrorTableFormat]) throws -> [String: Data] {
        try render(builder.productTables() + [builder.mergedTable()], formats: formats)
    }

    public static func render(_ tables: [ErrorTable], formats: [ErrorTableFormat]) throws -> [String: Data] {
        var files: [String: Data] = [:]
        for table in tables {
            let base = baseName(table)
            for format in formats {
                let path = "\(base).\(format.rawValue)"
                guard files[path] == nil else {
                    throw DocGenError.invalidInput("two products would both write \(path); rename one of them")
                }
                files[path] = try data(table, format)
            }
        }
        return files
    }

    static func data(_ table: ErrorTable, _ format: ErrorTableFormat) throws -> Data {
        switch format {
        case .md: return Data(ErrorTableMarkdown.render(table).utf8)
        case .csv: return Data(ErrorTableCSV.render(table).utf8)
        case .json: return try ErrorTableJSON.render(table)
        case .html: return Data(ErrorTableHTML.render(table).utf8)
        }
    }

    /// `alibaba-ecs`, or `all` for the merged table. Names come from pages, so only `[A-Za-z0-9._-]` is kept.
    static func baseName(_ table: ErrorTable) -> String {
        guard let vendor = table.vendor, let product = table.product else { return "all" }
        return safe(vendor) + "-" + safe(product)
    }

    private static func safe(_ name: String) -> String {
        var out = String(name.unicodeScalars.map { scalar -> Character in
            let c = Character(scalar)
            return (c.isASCII && (c.isLetter || c.isNumber)) || c == "-" || c == "_" || c == "." ? c : "_"
        })
        if out.isEmpty || out.hasPrefix(".") { out = "_" + out }
        return String(out.prefix(100))
    }
}
