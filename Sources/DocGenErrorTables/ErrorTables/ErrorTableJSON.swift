import Foundation
import DocGenSpec

/// The table as JSON: `ErrorTable` through `SpecJSON.encode` (sorted keys, two-space indent, trailing newline).
public enum ErrorTableJSON {
    public static func render(_ table: ErrorTable) throws -> Data {
        try SpecJSON.encode(table)
    }
}
