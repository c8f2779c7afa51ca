/// A name cell that writes the parameter with the value to send (`x-oss-complete-all:yes`, as the header line would
/// read): the parameter is the part before the colon, and the value is its example. A name is never written with a
/// colon otherwise, so only `name:value` with a plain value (letters, digits, `-_.`) is split.
enum NameWithValue {
    static func split(_ cell: String) -> (name: String, value: String)? {
        let parts = cell.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty, parts[1].count <= 40,
              ParameterName.isPlausible(String(parts[0])),
              parts[1].unicodeScalars.allSatisfy({ $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || "-_.".unicodeScalars.contains($0)) })
        else { return nil }
        return (String(parts[0]), String(parts[1]))
    }
}
