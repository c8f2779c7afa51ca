import DocGenSpec

/// Pairs two lists of items by a key, keeping each side's order; items sharing a key pair up in order.
struct KeyedPairing<Item> {
    var pairs: [(old: Item, new: Item)] = []
    var removed: [Item] = []
    var added: [Item] = []

    init(old: [Item], new: [Item], key: (Item) -> String) {
        var unusedNewIndices: [String: [Int]] = [:]
        for (index, item) in new.enumerated() { unusedNewIndices[key(item), default: []].append(index) }
        var used = Set<Int>()
        for item in old {
            let k = key(item)
            if let index = unusedNewIndices[k]?.first {
                unusedNewIndices[k]?.removeFirst()
                used.insert(index)
                pairs.append((item, new[index]))
            } else {
                removed.append(item)
            }
        }
        added = new.indices.filter { !used.contains($0) }.map { new[$0] }
    }
}
