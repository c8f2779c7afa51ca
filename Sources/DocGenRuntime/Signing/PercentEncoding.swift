/// RFC 3986 percent-encoding as both vendors' signatures require it: only `A-Z a-z 0-9 - _ . ~` stay as they are,
/// every other UTF-8 byte becomes `%XY` (uppercase hex). So a space is `%20` (never `+`), `*` is `%2A`, `~` stays.
public enum PercentEncoding {
    public static func encode(_ text: String) -> String { QueryItems.percentEncode(text) }

    /// A URL path: each segment encoded, the `/` between segments kept (ACS3's CanonicalURI for ROA paths).
    public static func encodePath(_ path: String) -> String {
        path.split(separator: "/", omittingEmptySubsequences: false).map { encode(String($0)) }.joined(separator: "/")
    }

    /// Byte-wise (not locale-aware) order, which is what "sorted alphabetically" means in both vendors' documents:
    /// uppercase letters sort before lowercase ones.
    static func byteOrder(_ lhs: String, _ rhs: String) -> Bool {
        lhs.utf8.lexicographicallyPrecedes(rhs.utf8)
    }
}
