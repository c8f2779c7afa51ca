import DocGenSpec

/// Response elements that REST pages with XML bodies list flat, each naming its parent in the description
/// ("Parent nodes: BucketInfo.Bucket", "父节点：Tagging"): every such row moves under the row it names, so the
/// containers get their child elements. Unlike request bodies, the root element ("Parent node: none") stays a field:
/// the response body is that element.
///
/// The rows are often sorted by name, so a parent may come after its children: the nearest earlier row of that name
/// is taken, else the first later one. A parent that would end up inside its own child (the page names each as the
/// other's parent) is not used, and the row stays where the table put it. One `nesting-from-parent-nodes` info per
/// page counts the rows moved.
enum ResponseParentNodes {
    static func nest(_ roots: inout [ResponseTableReader.Node], log: inout BuildLog) {
        let parentNames = roots.map { XMLParentNodes.parent(in: $0.description) }
        guard parentNames.contains(where: { $0?.isEmpty == false }) else { return }
        let indicesByName = Dictionary(grouping: roots.indices, by: { roots[$0].name })

        // holder[i]: the index of the row that row i moves under.
        var holder = [Int?](repeating: nil, count: roots.count)
        for (i, parentName) in parentNames.enumerated() {
            guard let parentName, !parentName.isEmpty,
                  let candidates = indicesByName[parentName]?.filter({ $0 != i }), !candidates.isEmpty else { continue }
            let chosen = candidates.last(where: { $0 < i }) ?? candidates[0]
            if !isInside(chosen, of: i, holder: holder) { holder[i] = chosen }
        }
        let moved = holder.compactMap { $0 }.count
        guard moved > 0 else { return }
        for i in roots.indices {
            guard let h = holder[i] else { continue }
            let parent = roots[h]
            parent.children.append(roots[i])
            if parent.typeMissing { parent.type = .object; parent.typeMissing = false; parent.typeInferred = true }
            if parent.type == .array, parent.items?.type != .object {
                parent.items = Items(type: .object, typeName: parent.items?.typeName)
            }
        }
        let firstLine = roots.indices.first { holder[$0] != nil }.map { roots[$0].line }
        roots = roots.indices.filter { holder[$0] == nil }.map { roots[$0] }
        log.note(.info, "nesting-from-parent-nodes",
                 "\(moved) response field(s) moved under the element their description names as parent node",
                 line: firstLine)
    }

    /// Whether row `candidate` already sits, through the holders chosen so far, inside row `row`.
    private static func isInside(_ candidate: Int, of row: Int, holder: [Int?]) -> Bool {
        var current: Int? = candidate
        while let c = current {
            if c == row { return true }
            current = holder[c]
        }
        return false
    }
}
