import Foundation
import DocGenSpec

/// Maps a vendor's type spelling onto the spec's closed vocabulary.
struct MappedType: Hashable, Sendable {
    var type: ParamType
    var items: Items?
    /// True when the spelling was not recognised (the caller reports it).
    var unknown = false
    /// True for `RepeatList`: an array whose element type the page does not give.
    var isRepeatList = false
}

enum TypeVocabulary {
    static let scalars: [String: ParamType] = [
        "string": .string, "str": .string, "text": .string, "date": .string, "datetime": .string,
        "timestamp": .string, "char": .string, "varchar": .string, "字符串": .string,
        "integer": .integer, "int": .integer, "int32": .integer, "short": .integer, "number": .integer, "整数": .integer,
        "整型": .integer, "uint": .integer, "uint32": .integer,
        "long": .long, "int64": .long, "uint64": .long, "长整型": .long,
        "boolean": .boolean, "bool": .boolean, "布尔": .boolean, "布尔值": .boolean,
        "float": .float, "浮点": .float, "浮点数": .float,
        "double": .double,
        "object": .object, "struct": .object, "json": .object, "map": .object, "dict": .object, "jsonobject": .object,
        "对象": .object, "container": .object, "容器": .object,
        // Spellings that say what a value is without naming a new type.
        "enumeratedstring": .string, "enum": .string, "枚举": .string, "枚举字符串": .string, "枚举值": .string, "字符": .string,
        "positiveinteger": .integer, "正整数": .integer,
        "array": .array, "list": .array, "repeatlist": .array, "jsonarray": .array, "数组": .array,
    ]

    /// `String`, `Array of String`, `Array of Tag`, `RepeatList`, `object []`, `String[]`, a bare type name
    /// (`InstanceChargePrepaid`, which a Markdown link leaves behind) -> object.
    static func map(_ raw: String) -> MappedType { mapMemo(raw) }

    private static let mapMemo = StringMemo<MappedType> { mapUncached($0) }

    private static func mapUncached(_ raw: String) -> MappedType {
        let text = raw.trimmingCharacters(in: CharacterSet.whitespacesAndNewlines.union(CharacterSet(charactersIn: "\\")))
            .replacingOccurrences(of: "\n", with: " ")
        let lower = text.lowercased()
        if let arrayElement = elementSpelling(text) {
            // `Array of Strings`: the plural of a scalar spelling is that scalar, not a structure named `Strings`.
            let singular = arrayElement.lowercased().dropLast()
            if arrayElement.lowercased().hasSuffix("s"), let scalar = scalars[String(singular)], scalar != .object, scalar != .array {
                return MappedType(type: .array, items: Items(type: scalar))
            }
            let element = map(arrayElement)
            // `Array of diagnoseItems`: an element named by an identifier is a structure, whatever its case.
            if element.unknown, isIdentifier(arrayElement) {
                return MappedType(type: .array, items: Items(type: .object, typeName: arrayElement))
            }
            if element.unknown { return MappedType(type: .array, items: Items(type: .string), unknown: true) }
            return MappedType(type: .array, items: items(for: element, spelling: arrayElement))
        }
        if let scalar = scalars[lower.replacingOccurrences(of: " ", with: "")] {
            if scalar == .array {
                return MappedType(type: .array, items: nil, isRepeatList: true)
            }
            return MappedType(type: scalar)
        }
        if isTypeName(text) {
            return MappedType(type: .object, items: nil)
        }
        return MappedType(type: .string, unknown: true)
    }

    /// The element spelling of `Array of X`, `X[]`, `X []`, `List<X>`, `Array<X>`.
    static func elementSpelling(_ text: String) -> String? {
        let t = text.trimmingCharacters(in: .whitespaces)
        for prefix in ["array of ", "list of ", "arrayof "] where t.lowercased().hasPrefix(prefix) {
            return String(t.dropFirst(prefix.count)).trimmingCharacters(in: .whitespaces)
        }
        // `NodeStatus Array`
        if t.lowercased().hasSuffix(" array") {
            let element = t.dropLast(6).trimmingCharacters(in: .whitespaces)
            if isIdentifier(element) { return element }
        }
        if t.hasSuffix("[]") {
            let element = t.dropLast(2).trimmingCharacters(in: .whitespaces)
            return element.isEmpty ? nil : element
        }
        for open in ["Array<", "List<", "array<", "list<"] where t.hasPrefix(open) && t.hasSuffix(">") {
            return String(t.dropFirst(open.count).dropLast())
        }
        return nil
    }

    static func items(for element: MappedType, spelling: String) -> Items {
        if element.type == .object {
            let name = spelling.trimmingCharacters(in: .whitespaces)
            let generic = scalars[name.lowercased()] != nil
            return Items(type: .object, typeName: generic ? nil : name)
        }
        if element.type == .array { return Items(type: .array) }
        return Items(type: element.type)
    }

    /// One ASCII identifier: a letter, then letters, digits or `_`.
    static func isIdentifier(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, first.isASCII, CharacterSet.letters.contains(first) else { return false }
        return text.unicodeScalars.allSatisfy { $0.isASCII && (CharacterSet.alphanumerics.contains($0) || $0 == "_") }
    }

    /// A vendor structure name: one identifier starting with a capital letter (`InstanceChargePrepaid`, `Tag`).
    static func isTypeName(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, CharacterSet.uppercaseLetters.contains(first) else { return false }
        return text.unicodeScalars.allSatisfy { CharacterSet.alphanumerics.contains($0) || $0 == "_" } && text.count > 1
    }
}
