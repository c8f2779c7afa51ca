import DocGenSpec

/// Orders revisions for since/until: by the page's date, where an undated revision counts as older than a dated
/// one (the spec store puts undated pages first), then by revision number.
enum RevisionOrder {
    static func key(_ r: RevisionRef) -> (String, Int, String, String) {
        (r.date ?? "", r.revision, r.operation, r.language)
    }

    static func earliest(_ refs: [RevisionRef]) -> RevisionRef? {
        refs.min { key($0) < key($1) }
    }

    static func latest(_ refs: [RevisionRef]) -> RevisionRef? {
        refs.max { key($0) < key($1) }
    }
}
