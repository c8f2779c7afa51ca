import Foundation
import DocGenSpec

/// A parameter name that an error code (or its message) refers to.
struct ParameterReference: Hashable, Sendable {
    enum Origin: String, Sendable { case code, message }
    var name: String
    var origin: Origin
}

/// Derives the parameter names an error code talks about, keeping only codes that complain about an input value
/// (a code about a resource's state, `InvalidInstanceId.NotFound`, names a related resource as often as a parameter).
///
/// From the code's dot-separated segments: `MissingX` gives `X`; `InvalidParameter.X`, `MissingParameter.X`,
/// `InvalidParams.X`, `Invalid.X` give `X`; `InvalidX.S`, `IncorrectX.S`, `IllegalX.S` and `X.S` give `X` when `S` is a
/// value complaint (`Malformed`, `ValueNotSupported`, `OutOfRange`, ...; see `valueComplaints`).
/// From the message, when it says a value is wrong (`not valid`, `invalid`, `malformed`, `missing`, `required`, ...):
/// the name after `The specified`, `parameter`, or before `is invalid` / `is not valid`, when it looks like an
/// identifier (a camel hump `RegionId`/`autoRenewPeriod`, a quoted name, or a `Tag.N.Key` wire name).
enum ParameterReferences {
    static let invalidPrefixes = ["Invalid", "Incorrect", "Illegal"]
    static let valueComplaints: Set<String> = [
        "Malformed", "ValueNotSupported", "ValueNotSupport", "Invalid", "Missing", "Empty", "Required", "TooLong",
        "OutOfRange", "LengthExceeded", "LengthLimitExceeded", "Format", "FormatError", "NotValid", "ValueError",
        "ValueInvalid", "IllegalValue", "InvalidValue", "InvalidFormat",
    ]
    /// Words that stand for "a parameter" rather than naming one.
    static let genericWords: Set<String> = ["parameter", "parameters", "param", "params", "value", "values",
                                            "argument", "arguments", "input", "format", "request"]
    static let messageComplaints = ["not valid", "invalid", "malformed", "illegal", "missing", "required", "empty",
                                    "must be", "format"]

    static func fromCode(_ code: String) -> [String] {
        let segments = code.split(separator: ".").map(String.init)
        var names: [String] = []
        for (index, segment) in segments.enumerated() {
            let next = index + 1 < segments.count ? segments[index + 1] : nil
            if let rest = stripping(["Missing"], from: segment) {
                if genericWords.contains(rest.lowercased()) {
                    if let next, isIdentifier(next), !isValueComplaint(next) { names.append(next) }
                } else {
                    names.append(rest)
                }
            } else if invalidPrefixes.contains(segment) || genericWords.contains(stripping(invalidPrefixes, from: segment)?.lowercased() ?? "") {
                // Invalid.X, InvalidParameter.X, InvalidParams.X; with a third segment only when it is a value
                // complaint (InvalidParameter.KMSKeyId.CMKNotEnabled is about the key's state).
                let after = index + 2 < segments.count ? segments[index + 2] : nil
                if let next, isIdentifier(next), !isValueComplaint(next), !genericWords.contains(next.lowercased()),
                   after.map(isValueComplaint) ?? true {
                    names.append(next)
                }
            } else if let rest = stripping(invalidPrefixes, from: segment) {
                if let next, isValueComplaint(next) { names.append(rest) }
            } else if index == 0, let next, isValueComplaint(next), isIdentifier(segment),
                      !genericWords.contains(segment.lowercased()) {
                names.append(segment)
            }
        }
        return names
    }

    /// Case-insensitive: pages write `MalFormed` too.
    static func isValueComplaint(_ segment: String) -> Bool {
        valueComplaintKeys.contains(segment.lowercased())
    }

    private static let valueComplaintKeys = Set(valueComplaints.map { $0.lowercased() })

    private static func stripping(_ prefixes: [String], from segment: String) -> String? {
        for prefix in prefixes where segment.hasPrefix(prefix) {
            let rest = String(segment.dropFirst(prefix.count))
            if let first = rest.first, first.isUppercase, isIdentifier(rest) { return rest }
        }
        return nil
    }

    private static let messagePatterns: [NSRegularExpression] = [
        #"\b[Tt]he specified (?:parameter )?(["'`]?)([A-Za-z][A-Za-z0-9]*(?:\.[A-Za-z0-9]+)*)\1"#,
        #"\b[Pp]arameter (["'`]?)([A-Za-z][A-Za-z0-9]*(?:\.[A-Za-z0-9]+)*)\1"#,
        #"(["'`]?)\b([A-Za-z][A-Za-z0-9]*(?:\.[A-Za-z0-9]+)*)\1 (?:is|are) (?:not valid|invalid|Invalid|malformed|illegal|missing|required|empty)"#,
    ].map { try! NSRegularExpression(pattern: $0) }

    static func fromMessage(_ message: String) -> [String] {
        let lower = message.lowercased()
        guard messageComplaints.contains(where: { lower.contains($0) }) else { return [] }
        let text = message as NSString
        var names: [String] = []
        for pattern in messagePatterns {
            for match in pattern.matches(in: message, range: NSRange(location: 0, length: text.length)) {
                let quoted = match.range(at: 1).length > 0
                let token = text.substring(with: match.range(at: 2))
                let parts = token.split(separator: ".").map(String.init)
                let isWireName = parts.count > 2 && parts.dropFirst().contains { isRepeatMarker($0) }
                guard let base = parts.first, quoted || isWireName || hasCamelHump(base) else { continue }
                guard !genericWords.contains(base.lowercased()) else { continue }
                names.append(base)
            }
        }
        return names
    }

    private static func isRepeatMarker(_ part: String) -> Bool {
        part == "n" || part == "N" || part.allSatisfy(\.isNumber)
    }

    static func isIdentifier(_ text: String) -> Bool {
        guard let first = text.first, first.isASCII, first.isLetter else { return false }
        return text.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) }
    }

    /// `RegionId`, `autoRenewPeriod`: a lowercase letter followed by an uppercase one.
    static func hasCamelHump(_ text: String) -> Bool {
        guard isIdentifier(text) else { return false }
        var previousLower = false
        for c in text {
            if c.isUppercase && previousLower { return true }
            previousLower = c.isLowercase
        }
        return false
    }

    /// Case-insensitive, plural-insensitive comparison key (`InstanceIds` and `instanceId` meet).
    static func key(_ name: String) -> String {
        var lower = name.lowercased()
        if lower.count > 3, lower.hasSuffix("s") { lower.removeLast() }
        return lower
    }

    /// Base names of a spec's parameters and their children, the parts of their wire names, and the parts joined
    /// (`SystemDisk.Category` also gives `SystemDiskCategory`).
    static func parameterKeys(of spec: OperationSpec) -> Set<String> {
        var keys: Set<String> = []
        func visit(_ parameter: Parameter) {
            keys.insert(key(parameter.name))
            let parts = parameter.wireName.split(separator: ".").map(String.init).filter { !isRepeatMarker($0) }
            for part in parts { keys.insert(key(part)) }
            keys.insert(key(parts.joined()))
            parameter.children?.forEach(visit)
        }
        spec.parameters.forEach(visit)
        return keys
    }

}
