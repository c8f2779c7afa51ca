import Foundation
import DocGenSpec

/// Remembers the results of a pure function of a short string (a type cell, a column header, a section heading).
/// Pages repeat the same few hundred spellings thousands of times, and the functions use Foundation calls that cost
/// far more than a dictionary lookup. Shared by the ingest workers, so it locks; it stops growing at `limit` entries
/// (a run over strangers' pages must not grow it without bound) and then just computes.
///
/// `String` equality is canonical equivalence (`é` == `e` + U+0301), but the functions may tell such spellings apart
/// (and return parts of their input): a hit counts only when the stored key has the same bytes.
final class StringMemo<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var values: [String: (key: String, value: Value)] = [:]
    private let limit: Int
    private let compute: @Sendable (String) -> Value

    init(limit: Int = 20_000, _ compute: @escaping @Sendable (String) -> Value) {
        self.limit = limit
        self.compute = compute
    }

    func callAsFunction(_ key: String) -> Value {
        lock.lock()
        let known = values[key]
        lock.unlock()
        if let known {
            if known.key.utf8.elementsEqual(key.utf8) { return known.value }
            return compute(key)
        }
        let value = compute(key)
        lock.lock()
        if values.count < limit, values[key] == nil { values[key] = (key, value) }
        lock.unlock()
        return value
    }
}
