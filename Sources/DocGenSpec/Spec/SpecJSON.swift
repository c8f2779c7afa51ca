import Foundation

/// The one way specs are turned into bytes and back: sorted keys, two-space indent, `"key": value`, empty
/// containers as `[]` / `{}`, no escaped slashes, trailing newline. Same spec in, same bytes out.
public enum SpecJSON {
    /// The one writer: the values' own `encode(to:)` into `SpecJSONWriter`, so a new spec field needs nothing here.
    public static func encode<T: Encodable>(_ value: T) throws -> Data {
        Data(try SpecJSONWriter.encode(value))
    }

    /// The reference encoding the writer is tested against: Foundation's encoder, then `indent`.
    static func encodeWithFoundation<T: Encodable>(_ value: T) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return indent(try encoder.encode(value))
    }

    /// Re-indents compact JSON text. Works on the bytes (strings are copied verbatim), so numbers keep their spelling.
    static func indent(_ compact: Data) -> Data {
        let bytes = [UInt8](compact)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count * 2)
        var depth = 0
        var inString = false
        var escaped = false
        func newline() {
            out.append(0x0A)
            out.append(contentsOf: repeatElement(0x20, count: depth * 2))
        }
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            if inString {
                out.append(b)
                if escaped { escaped = false } else if b == UInt8(ascii: "\\") { escaped = true } else if b == UInt8(ascii: "\"") { inString = false }
                i += 1
                continue
            }
            switch b {
            case UInt8(ascii: "\""):
                inString = true
                out.append(b)
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                let close: UInt8 = b == UInt8(ascii: "{") ? UInt8(ascii: "}") : UInt8(ascii: "]")
                if i + 1 < bytes.count, bytes[i + 1] == close {
                    out.append(b)
                    out.append(close)
                    i += 2
                    continue
                }
                out.append(b)
                depth += 1
                newline()
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                depth -= 1
                newline()
                out.append(b)
            case UInt8(ascii: ","):
                out.append(b)
                newline()
            case UInt8(ascii: ":"):
                out.append(b)
                out.append(0x20)
            default:
                out.append(b)
            }
            i += 1
        }
        out.append(0x0A)
        return Data(out)
    }

    public static func decode<T: Decodable>(_ type: T.Type, from data: Data) throws -> T {
        try JSONDecoder().decode(type, from: data)
    }

    /// Reads a spec file, naming the file in the error.
    public static func readSpec(at url: URL) throws -> OperationSpec {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw DocGenError.io("\(url.path): cannot read: \(error.localizedDescription)")
        }
        let spec: OperationSpec
        do {
            spec = try decode(OperationSpec.self, from: data)
        } catch let DecodingError.dataCorrupted(context) {
            throw DocGenError.invalidInput("\(url.path): not a docgen spec: \(context.debugDescription)")
        } catch let DecodingError.keyNotFound(key, context) {
            let path = (context.codingPath + [key]).map(\.stringValue).joined(separator: ".")
            throw DocGenError.invalidInput("\(url.path): not a docgen spec: missing field '\(path)'")
        } catch let DecodingError.typeMismatch(_, context) {
            let path = context.codingPath.map(\.stringValue).joined(separator: ".")
            throw DocGenError.invalidInput("\(url.path): not a docgen spec: wrong type at '\(path)'")
        } catch {
            throw DocGenError.invalidInput("\(url.path): not a docgen spec: \(error)")
        }
        try checkSchemaVersion(spec.schemaVersion, path: url.path)
        return spec
    }

    /// Specs of another schema version are refused rather than half-read: their fields may mean something else.
    public static func checkSchemaVersion(_ version: Int, path: String) throws {
        guard version == OperationSpec.currentSchemaVersion else {
            throw DocGenError.invalidInput(
                "\(path): schemaVersion \(version) is not supported (this docgen reads \(OperationSpec.currentSchemaVersion)); re-ingest the page or use a matching docgen")
        }
    }
}
