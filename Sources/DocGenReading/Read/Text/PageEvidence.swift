import Foundation
import DocGenSpec

/// What the rest of a page says about its names, used to settle splits the tables alone leave open:
/// which identifiers exist (`InstanceId`, `DiskId`), and which names sit under which (`Tag.N.Key` in a message,
/// nesting in the JSON example).
struct PageEvidence: Sendable {
    /// Identifiers of two or more CamelCase words seen outside the error table.
    var knownNames: Set<String> = []
    /// For a name, the names it was seen under (`Key` -> [`Tag`]), from repeat paths like `Tag.N.Key` in any text.
    var parents: [String: Set<String>] = [:]
    /// The same from the JSON examples, which also show what a name is *not* under.
    var jsonParents: [String: Set<String>] = [:]
    /// Keys at the top level of a JSON example.
    var topLevelKeys: Set<String> = []

    /// Collects identifiers from prose and field tables (not error rows, whose codes would all look like names)
    /// and nesting from every line of the page.
    init(proseLines: [String], allLines: [String], codeBlocks: [String], fieldNames: [String]) {
        let fields = Set(fieldNames.filter { !$0.isEmpty })
        for name in fieldNames where Self.isMultiWordIdentifier(name) { knownNames.insert(name) }
        for text in proseLines {
            for token in Self.identifierTokens(text) {
                for part in token.split(separator: ".") where Self.isMultiWordIdentifier(String(part)) {
                    knownNames.insert(String(part))
                }
            }
        }
        for text in allLines {
            // Parameter paths have a repeat marker (`Tag.N.Key`, `Tag.1.Value`) or start with a field of the page
            // (`SystemDisk.Category`); a bare `InvalidParameter.Name` is an error code.
            for token in Self.identifierTokens(text) {
                let parts = token.split(separator: ".").map(String.init)
                let marked = parts.count >= 3 && parts.dropFirst().dropLast().contains(where: Self.isRepeatMarker)
                guard marked || (parts.count >= 2 && fields.contains(parts[0])) else { continue }
                let path = parts.filter { !Self.isRepeatMarker($0) }
                guard path.count >= 2 else { continue }
                for (i, child) in path.enumerated().dropFirst() {
                    for parent in path[..<i] where parent.first?.isUppercase == true {
                        parents[child, default: []].insert(parent)
                    }
                }
            }
        }
        for code in codeBlocks {
            guard let data = code.data(using: .utf8),
                  let json = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]) else { continue }
            if let root = json as? [String: Any] {
                topLevelKeys.formUnion(root.keys)
                for key in root.keys { knownNames.formUnion([key].filter(Self.isMultiWordIdentifier)) }
            }
            record(json, under: [])
        }
    }

    private mutating func record(_ value: Any, under ancestors: [String]) {
        if let dict = value as? [String: Any] {
            for (key, child) in dict {
                jsonParents[key, default: []].formUnion(ancestors)
                if Self.isMultiWordIdentifier(key) { knownNames.insert(key) }
                record(child, under: ancestors + [key])
            }
        } else if let array = value as? [Any] {
            for element in array { record(element, under: ancestors) }
        }
    }

    /// True when the page shows `child` under `parent`; false when it shows `child` only elsewhere; nil when silent.
    /// The JSON examples are responses, so they only speak for response fields.
    func places(_ child: String, under parent: String, useJSON: Bool) -> Bool? {
        if parents[child]?.contains(parent) == true { return true }
        guard useJSON else { return nil }
        if jsonParents[child]?.contains(parent) == true { return true }
        if topLevelKeys.contains(child) || jsonParents[child]?.isEmpty == false { return false }
        return nil
    }

    static func isRepeatMarker(_ part: String) -> Bool {
        part == "N" || part == "n" || (!part.isEmpty && part.allSatisfy(\.isNumber))
    }

    /// `InstanceId`, `KMSKeyId`, `DescribeRegions`: a capital start and a lowercase-to-uppercase step inside.
    static func isMultiWordIdentifier(_ text: String) -> Bool {
        guard let first = text.first, first.isUppercase, text.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) })
        else { return false }
        return TitleShape.hasLowerToUpperTransition(text)
    }

    /// Runs of identifier characters (ASCII letters, digits, dots), without leading or trailing dots.
    static func identifierTokens(_ text: String) -> [String] {
        var tokens: [String] = []
        var current: [UInt8] = []
        func flush() {
            while current.last == UInt8(ascii: ".") { current.removeLast() }
            while current.first == UInt8(ascii: ".") { current.removeFirst() }
            if !current.isEmpty { tokens.append(String(decoding: current, as: UTF8.self)) }
            current.removeAll(keepingCapacity: true)
        }
        for byte in text.utf8 {
            let isLetter = (byte >= 65 && byte <= 90) || (byte >= 97 && byte <= 122)
            if isLetter || (byte >= 48 && byte <= 57) || byte == UInt8(ascii: ".") { current.append(byte) } else { flush() }
        }
        flush()
        return tokens
    }
}
