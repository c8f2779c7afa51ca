import DocGenSpec

/// Builds the request parameters from the rows of the request section's tables, folding repeat lists
/// (`Tag.N.Key` + `Tag.N.Value` -> `Tag` array of objects with children `Key`, `Value`), nesting `└` rows
/// under the row above them, and giving array rows the element type of an unnamed row that follows.
struct RequestTableReader {
    var foldDottedNames: Bool
    var roots: [ParameterNode] = []
    /// `roots` by name, in order: looking a root up must not scan every row of a page with thousands of them.
    private var rootsByName: [String: [ParameterNode]] = [:]
    /// The last node seen at each `└` depth, to hang deeper rows on.
    private var lastAtDepth: [ParameterNode] = []
    private var lastLeaf: ParameterNode?
    /// The last object row of a table with a Position column: rows after it with an empty Position cell are its
    /// fields (`whiteIpGroup` Struct Body, then `groupName`, `ips` with no position).
    private var lastPositionedObject: ParameterNode?
    /// Which JSON-string parameter a table without an intro naming one documents the fields of.
    private var jsonStringFields = JSONStringFields()
    /// Whether any table had a Position / 位置 column, or sat under a request-header or request-body heading.
    private(set) var sawLocationCue = false

    init(foldDottedNames: Bool) { self.foldDottedNames = foldDottedNames }

    /// After all tables: XML elements listed flat move under the element their description names as parent.
    /// `xmlBodyRoots`: the outermost elements of the XML bodies the page's request blocks send (`XMLBodyRoot`).
    mutating func finish(xmlBodyRoots: Set<String> = [], log: inout BuildLog) {
        let before = roots.count
        XMLParentNodes.nest(&roots, bodyRoots: xmlBodyRoots, log: &log)
        if roots.count != before {
            rootsByName = Dictionary(grouping: roots, by: \.name)
        }
    }

    /// `intro` is the paragraph just above the table: a later table that describes a structure
    /// ("parameters of the Configuration data type") gives the children of the parameter of that type.
    mutating func read(_ table: Table, intro: String?, log: inout BuildLog) {
        read(table, intro: intro, sectionLocation: nil, log: &log)
    }

    /// `sectionLocation`: the wire location the table's heading gives its rows (request headers, request body).
    mutating func read(_ table: Table, intro: String?, sectionLocation: ParameterLocation?, log: inout BuildLog) {
        var columns = ColumnMap(header: table.header)
        if columns.swapTypeAndDescriptionWhenCellsSaySo(table.rows) {
            log.note(.warning, "columns-swapped",
                     "the Type and Description headers sit over each other's cells (every Type cell is prose, every Description cell a type); read as the cells say",
                     line: table.line)
        }
        lastPositionedObject = nil
        if columns[.position] != nil || sectionLocation != nil { sawLocationCue = true }
        var holder: ParameterNode?
        if !roots.isEmpty, let intro {
            holder = structureHolder(named: intro)
        }
        guard columns[.name] != nil else {
            for row in table.rows {
                log.rowCut(row)
                log.rowReported(.warning, "table-unrecognised",
                                "request-section table without a name column (header: \(table.header.joined(separator: " | "))); row not read",
                                line: row.line)
            }
            jsonStringFields.tableRead(header: table.header, holder: nil)
            return
        }
        var jsonHolder: ParameterNode?
        if holder == nil, !roots.isEmpty {
            let rowNames = table.rows.map { NestMarker.split(columns.cell(.name, in: $0.cells) ?? "").1 }
            jsonHolder = jsonStringFields.holder(rowNames: rowNames, header: table.header, roots: roots)
            if let jsonHolder {
                jsonHolder.keepsWireType = true
                holder = jsonHolder
                log.note(.info, "json-string-fields",
                         "the table lists fields of the JSON-string parameter '\(jsonHolder.name)' (its example is a JSON object with these keys, or an earlier table of the same kind did); they are its documented inner schema, and it stays a string on the wire",
                         line: table.line)
            }
        }
        jsonStringFields.tableRead(header: table.header, holder: jsonHolder)
        for row in table.rows {
            let (cells, note) = CellText.fitted(row.cells, width: table.header.count)
            log.rowCut(row)
            if let note { log.note(.info, "row-cell-count", note, line: row.line) }
            read(cells: cells, columns: columns, line: row.line, holder: holder, sectionLocation: sectionLocation, log: &log)
        }
    }

    /// The first childless node, in page order, whose type name is a word of `intro`. The intro is split once and
    /// the tree walked without copying it: this runs once per table, over everything read so far.
    private func structureHolder(named intro: String) -> ParameterNode? {
        let words = Set(intro.split(whereSeparator: { !$0.isLetter && !$0.isNumber && $0 != "_" }).map(String.init))
        guard !words.isEmpty else { return nil }
        for root in roots {
            if let hit = Self.firstLeaf(in: root, namedBy: words) { return hit }
        }
        return fieldsHolder(named: intro)
    }

    private static let fieldsCue = TextPattern(
        #"fields? of|following (?:fields|parameters|sub-?parameters)|sub-?parameters|字段|还包含以下|包含以下参数|子参数|结构说明|的参数说明|参数的格式"#,
        caseSensitive: false)

    /// A table introduced as the fields of a parameter named in the intro ("The following table describes the fields of
    /// the Sources parameter", "Result中还包含以下参数"): the childless top-level parameter of that name, whatever its
    /// type (a JSON-string parameter keeps its wire type string; see `keepsWireType`).
    private func fieldsHolder(named intro: String) -> ParameterNode? {
        guard Self.fieldsCue.firstMatch(in: intro) != nil else { return nil }
        let words = Set(intro.split(whereSeparator: { !($0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_")) }).map(String.init))
        guard let hit = roots.last(where: { $0.children.isEmpty && !$0.common && words.contains($0.name) }) else { return nil }
        if hit.type == .string { hit.keepsWireType = true }
        return hit
    }

    private static func firstLeaf(in node: ParameterNode, namedBy words: Set<String>) -> ParameterNode? {
        if let name = node.typeName, node.children.isEmpty, words.contains(name) { return node }
        for child in node.children {
            if let hit = firstLeaf(in: child, namedBy: words) { return hit }
        }
        return nil
    }

    private mutating func read(cells: [String], columns: ColumnMap, line: Int, holder tableHolder: ParameterNode?,
                               sectionLocation: ParameterLocation?, log: inout BuildLog) {
        var holder = tableHolder
        let positionCell = columns.cell(.position, in: cells).map(CellText.collapsed)
        let cellLocation = positionCell.flatMap(LocationCue.location(fromCell:))
        if let positionCell, positionCell.isEmpty, holder == nil, let object = lastPositionedObject {
            holder = object
        }
        let rawName = columns.cell(.name, in: cells) ?? ""
        let (depth, cellName) = NestMarker.split(rawName)
        var name = cellName
        var valueInName: String?
        if let split = NameWithValue.split(name) {
            log.note(.info, "name-with-value",
                     "the name cell '\(name)' writes the parameter with its value; read as parameter '\(split.name)' with example '\(split.value)'",
                     line: line)
            (name, valueInName) = split
        }
        let typeText = columns.cell(.type, in: cells) ?? ""
        if name.isEmpty {
            // A text rendering's element row: `DiskIds | array` then ` | String`.
            if !typeText.isEmpty, let array = lastLeaf, array.type == .array, array.items == nil || array.isRepeatList {
                let element = TypeVocabulary.map(typeText)
                array.items = TypeVocabulary.items(for: element, spelling: typeText)
                array.isRepeatList = false
                log.rowUsed()
            } else {
                log.rowReported(.warning, "row-without-name", "request parameter row has no name; row not read", line: line)
            }
            return
        }
        guard ParameterName.isPlausible(name) else {
            log.rowReported(.warning, "row-unparsed", "request parameter row name '\(name)' is not a parameter name; row not read", line: line)
            return
        }
        var mapped = TypeVocabulary.map(typeText)
        if typeText.isEmpty {
            log.note(.info, "type-missing", "parameter '\(name)' has no type; read as string", line: line)
            mapped = MappedType(type: .string)
        } else if mapped.unknown {
            log.note(.warning, "type-unknown", "parameter '\(name)' has unknown type '\(CellText.collapsed(typeText))'; read as string", line: line)
        }
        let requiredCell = columns.cell(.required, in: cells)
        var required = false
        if let requiredCell {
            if let flag = RequiredFlag.parse(requiredCell) {
                required = flag
            } else if !CellText.collapsed(requiredCell).isEmpty {
                log.note(.warning, "required-unknown", "parameter '\(name)' has Required '\(CellText.collapsed(requiredCell))'; read as not required", line: line)
            }
        }
        let description = columns.cell(.description, in: cells)
        let example = columns.cell(.example, in: cells).flatMap { $0.isEmpty ? nil : $0 } ?? valueInName

        let leaf: ParameterNode
        if depth > 0, depth <= lastAtDepth.count {
            let parent = lastAtDepth[depth - 1]
            parent.becomeParent(repeated: false)
            leaf = makeLeaf(name: name, wireName: name, repeated: false, mapped: mapped, required: required, line: line)
            parent.children.append(leaf)
            if required { parent.required = true }
        } else if let holder {
            if holder.keepsWireType, holder.children.contains(where: { $0.name == name }) {
                // Variant tables of one JSON-string parameter repeat a field (`match_rule` for two protocols).
                log.rowReported(.info, "field-listed-again",
                                "'\(name)' is listed again among the fields of '\(holder.name)' (another variant's table); the first row is kept",
                                line: line)
                return
            }
            if !holder.keepsWireType { holder.becomeParent(repeated: false) }
            leaf = makeLeaf(name: name, wireName: name, repeated: false, mapped: mapped, required: required, line: line)
            holder.children.append(leaf)
        } else {
            leaf = insert(wireName: name, mapped: mapped, required: required, line: line)
        }
        leaf.typeName = leaf.typeName ?? ResponseTableReader.typeName(CellText.collapsed(typeText))
        if leaf.type == .array, leaf.items?.type == .object, leaf.items?.typeName == nil {
            leaf.items?.typeName = leaf.typeName
        }
        leaf.rawDescription = description.flatMap { $0.isEmpty ? nil : $0 } ?? leaf.rawDescription
        leaf.example = example.flatMap { $0.isEmpty ? nil : $0 } ?? leaf.example
        if depth == 0, leaf.synthesised == false, isRoot(leaf) {
            leaf.common = CommonParameter.isCommon(name: leaf.name, description: description ?? "")
            if let location = cellLocation ?? sectionLocation {
                leaf.location = location
                leaf.locationFromHeading = cellLocation == nil
            }
        }
        if positionCell?.isEmpty == false {
            lastPositionedObject = cellLocation == .body && (leaf.type == .object || leaf.items?.type == .object) && isRoot(leaf)
                ? leaf : nil
        }
        let level = min(depth, lastAtDepth.count)
        lastAtDepth = Array(lastAtDepth.prefix(level)) + [leaf]
        lastLeaf = leaf
        log.rowUsed()
    }

    /// Places a row by its wire name, creating or reusing the parents its path names.
    private mutating func insert(wireName: String, mapped: MappedType, required: Bool, line: Int) -> ParameterNode {
        let path = ParameterPath(wireName: wireName, foldDottedNames: foldDottedNames)
        // Children are looked up in place, not through a copy: a copy of `roots` alive while a root is appended would
        // make every insert copy the whole array.
        var parent: ParameterNode?
        for level in path.levels.dropLast() {
            let holder: ParameterNode
            if let existing = lastChild(of: parent, named: level.name, where: { _ in true }) {
                holder = existing
            } else {
                holder = ParameterNode(name: level.name, wireName: level.wirePrefix, type: .object, required: false, line: line)
                holder.synthesised = true
                attach(holder, to: parent)
            }
            holder.becomeParent(repeated: level.repeated)
            // `Entry.N.Cidr` required means "required in every entry", not "at least one entry": only an object
            // that is not a repeat list must be sent when a field inside it must.
            if required, !level.repeated { holder.required = true }
            parent = holder
        }
        let leafLevel = path.levels.last ?? ParameterPath.Level(name: wireName, repeated: false, wirePrefix: wireName)
        // A `Tag.N` row after `Tag.N.Key` rows: the row describes the parent made for them.
        if let existing = lastChild(of: parent, named: leafLevel.name, where: \.synthesised) {
            existing.synthesised = false
            existing.required = existing.required || required
            if leafLevel.repeated { existing.becomeParent(repeated: true) }
            return existing
        }
        let leaf = makeLeaf(name: leafLevel.name, wireName: wireName, repeated: leafLevel.repeated, mapped: mapped,
                            required: required, line: line)
        attach(leaf, to: parent)
        return leaf
    }

    private mutating func attach(_ node: ParameterNode, to parent: ParameterNode?) {
        if let parent {
            parent.children.append(node)
        } else {
            roots.append(node)
            rootsByName[node.name, default: []].append(node)
        }
    }

    /// The last child of `parent` (a root when nil) with this name that satisfies `condition`.
    private func lastChild(of parent: ParameterNode?, named name: String,
                           where condition: (ParameterNode) -> Bool) -> ParameterNode? {
        if let parent { return parent.children.last { $0.name == name && condition($0) } }
        return rootsByName[name]?.last(where: condition)
    }

    private func isRoot(_ node: ParameterNode) -> Bool {
        rootsByName[node.name]?.contains { $0 === node } ?? false
    }

    private func makeLeaf(name: String, wireName: String, repeated: Bool, mapped: MappedType, required: Bool,
                          line: Int) -> ParameterNode {
        let node: ParameterNode
        if repeated {
            let items: Items?
            if mapped.type == .array {
                items = mapped.items
            } else if mapped.type == .object {
                items = Items(type: .object)
            } else {
                items = Items(type: mapped.type)
            }
            node = ParameterNode(name: name, wireName: wireName, type: .array, items: items, required: required, line: line)
            node.isRepeatList = true
        } else {
            node = ParameterNode(name: name, wireName: wireName, type: mapped.type, items: mapped.items, required: required, line: line)
            node.isRepeatList = mapped.isRepeatList
        }
        return node
    }
}

/// `└` markers in front of a name give its depth (response tables and some request tables use them).
enum NestMarker {
    static func split(_ raw: String) -> (depth: Int, name: String) {
        var depth = 0
        var rest = Substring(raw)
        while let c = rest.first, c == "└" || c == " " || c == "\u{00A0}" || c == "\t" || c == "\n" || c == "├" || c == "─" {
            if c == "└" || c == "├" { depth += 1 }
            rest = rest.dropFirst()
        }
        return (depth, CellText.collapsed(String(rest)))
    }
}

enum ParameterName {
    /// A name is one token of letters, digits and `._-$@[]` (no spaces, no sentence).
    static func isPlausible(_ name: String) -> Bool {
        // Only ASCII can pass, and for ASCII `isAlphabetic` is exactly A-Z and a-z: decided on the bytes.
        TextBytes.withBytes(name) { bytes in
            guard let first = bytes.first, isLetter(first) || first == UInt8(ascii: "_") || first == UInt8(ascii: "$")
                || first == UInt8(ascii: "@") else { return false }
            return bytes.allSatisfy { b in
                isLetter(b) || (0x30...0x39).contains(b) || Self.punctuation.contains(b)
            }
        }
    }

    private static let punctuation = Set("._-$@[]:/".utf8)

    private static func isLetter(_ b: UInt8) -> Bool { (0x41...0x5A).contains(b) || (0x61...0x7A).contains(b) }
}

/// The vendors' common parameters that a page lists beside the operation's own: `Action` and `Version` always;
/// any other only when its own description says it is a common parameter (Tencent's `Region`). Alibaba's
/// `RegionId` is the operation's own parameter and says nothing of the kind.
enum CommonParameter {
    static func isCommon(name: String, description: String) -> Bool {
        if name == "Action" || name == "Version" { return true }
        if cannotStartAMarker(description) { return false }
        // Lower-casing maps scalar by scalar and Character boundaries depend only on what precedes them and the next
        // scalar, so the first 32 Characters decide `hasPrefix` for these short words (a long description costs
        // nothing more).
        let d = String(CellText.collapsed(description).prefix(32)).lowercased()
        return ["common param", "公共参数", "系统规定参数"].contains(where: d.hasPrefix)
    }

    /// True when the first scalar after any leading separators is an ASCII character other than `c`/`C`, or a CJK
    /// ideograph other than 公 and 系: those lower-case to themselves (or to another ASCII letter) and nothing
    /// canonically equivalent to `c`, 公 or 系 starts with them, so no marker can start the description. (If a
    /// separator combines with what follows, the collapsed text starts with that separator and cannot match either.)
    private static func cannotStartAMarker(_ description: String) -> Bool {
        guard let first = description.unicodeScalars.first(where: { !" \n\t\u{A0}\r".unicodeScalars.contains($0) }) else {
            return true
        }
        if first.isASCII { return first != "c" && first != "C" }
        return (0x4E00...0x9FFF).contains(first.value) && first != "公" && first != "系"
    }
}

/// XML request elements that OSS-style pages list flat, each naming its parent in the description ("Parent nodes:
/// IndexDocument", "父节点：WebsiteConfiguration"). An element whose parent is another listed element becomes that
/// element's child; the document root ("Parent nodes: none", "父节点：无", or a container row with no parent named
/// like the outermost element of the XML body the page's request sends) is not a parameter: its children are the
/// top-level body fields, and its row is reported (`xml-root-element`, info).
enum XMLParentNodes {
    private static let pattern = TextPattern(#"(?:parent nodes?|parent elements?|父节点|父元素)\s*[:：]\s*([A-Za-z无][A-Za-z0-9_.-]*|none)"#,
                                             caseSensitive: false, requiresAnyOf: ["parent", "父"])

    static func parent(in description: String?) -> String? {
        guard let description, let m = pattern.firstMatch(in: description), let name = m[1] else { return nil }
        let last = name.split(separator: ".").last.map(String.init) ?? name
        return last.lowercased() == "none" || last == "无" ? "" : last
    }

    static func nest(_ roots: inout [ParameterNode], bodyRoots: Set<String> = [], log: inout BuildLog) {
        /// The body's root element as the page's XML shows it: a childless container row that names no parent.
        func isShownRoot(_ node: ParameterNode) -> Bool {
            bodyRoots.contains(node.name) && node.type == .object && node.children.isEmpty
                && parent(in: node.rawDescription) == nil
        }
        guard roots.contains(where: { parent(in: $0.rawDescription) != nil || isShownRoot($0) }) else { return }
        let referenced = Set(roots.compactMap { parent(in: $0.rawDescription) })
        var kept: [ParameterNode] = []
        var rootNames: Set<String> = []
        for node in roots {
            let shownRoot = isShownRoot(node)
            guard let parentName = parent(in: node.rawDescription) ?? (shownRoot ? "" : nil) else { kept.append(node); continue }
            if parentName.isEmpty {
                // Only an element others name as their parent, or the one the page's XML body opens with, is the
                // document root; a lone one stays a parameter.
                if referenced.contains(node.name) || shownRoot {
                    rootNames.insert(node.name)
                    log.rowReclassified(.info, "xml-root-element",
                                        "'\(node.name)' is the XML body's root element; its child elements are the body fields",
                                        line: node.line)
                    continue
                }
                kept.append(node)
                continue
            }
            if rootNames.contains(parentName) { kept.append(node); continue }
            if let holder = lastNode(named: parentName, before: node.line, in: kept) {
                holder.becomeParent(repeated: false)
                holder.children.append(node)
            } else {
                kept.append(node)
            }
        }
        roots = kept
    }

    private static func lastNode(named name: String, before line: Int, in nodes: [ParameterNode]) -> ParameterNode? {
        var hit: ParameterNode?
        for node in nodes {
            if node.name == name, node.line < line { hit = node }
            if let deeper = lastNode(named: name, before: line, in: node.children), deeper.line > (hit?.line ?? 0) { hit = deeper }
        }
        return hit
    }
}
