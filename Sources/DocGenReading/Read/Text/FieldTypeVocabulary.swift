import DocGenSpec

/// The closed set of type words the Alibaba reference pages print in the Type column. Recognising them is what
/// lets a run-together row line (`InstantAccessbooleanNo`) be split: the name is what precedes the type.
enum FieldTypeVocabulary {
    static let baseTypes: [String] = [
        "string", "integer", "long", "int", "int32", "int64", "boolean", "float", "double", "number",
        "object", "array", "map", "any", "date", "datetime", "binary", "byte", "file",
    ]

    /// Every type word, longest first so a suffix match prefers `object []` over `object`'s neighbours.
    static let all: [String] = {
        let listed = baseTypes + baseTypes.map { "\($0) []" } + baseTypes.map { "array<\($0)>" }
        return listed.sorted { $0.count != $1.count ? $0.count > $1.count : $0 < $1 }
    }()

    /// The type a text ends with, if any.
    static func typeSuffix(of text: String) -> String? {
        all.first { text.hasSuffix($0) }
    }

    /// `object`, `object []`, `array<object>`: rows after it are its fields.
    static func holdsFields(_ type: String) -> Bool {
        type == "object" || type == "object []" || type == "array<object>" || type == "map"
    }

    /// A bare `array`: the next unnamed row is its item type.
    static func expectsItemRow(_ type: String) -> Bool {
        type == "array"
    }
}
