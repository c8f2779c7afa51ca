/// SpecJSON's text layout, written as it goes: two-space indent, `"key": value`, empty containers as `{}` / `[]`,
/// string escapes as Foundation's writer makes them. Used by the spec types' own writers (`SpecJSONWritable`), which
/// give keys in sorted (UTF-8) order.
struct SpecJSONOutput {
    private(set) var bytes: [UInt8] = []
    /// Members written so far in each open container, innermost last.
    private var counts: [Int] = []

    init() { bytes.reserveCapacity(16_384) }

    mutating func openObject() { open(UInt8(ascii: "{")) }
    mutating func closeObject() { close(UInt8(ascii: "}")) }
    mutating func openArray() { open(UInt8(ascii: "[")) }
    mutating func closeArray() { close(UInt8(ascii: "]")) }

    private mutating func open(_ bracket: UInt8) {
        bytes.append(bracket)
        counts.append(0)
    }

    private mutating func close(_ bracket: UInt8) {
        if counts.removeLast() > 0 { newline() }
        bytes.append(bracket)
    }

    /// Starts the next member of the open object.
    mutating func key(_ name: StaticString) {
        member()
        bytes.append(UInt8(ascii: "\""))
        bytes.append(contentsOf: UnsafeBufferPointer(start: name.utf8Start, count: name.utf8CodeUnitCount))
        bytes.append(contentsOf: [UInt8(ascii: "\""), UInt8(ascii: ":"), 0x20])
    }

    mutating func key(_ name: String) {
        member()
        SpecJSONWriter.writeString(name, into: &bytes)
        bytes.append(contentsOf: [UInt8(ascii: ":"), 0x20])
    }

    /// Starts the next element of the open array.
    mutating func element() { member() }

    private mutating func member() {
        if counts[counts.count - 1] > 0 { bytes.append(UInt8(ascii: ",")) }
        counts[counts.count - 1] += 1
        newline()
    }

    private mutating func newline() {
        bytes.append(0x0A)
        bytes.append(contentsOf: repeatElement(0x20, count: counts.count * 2))
    }

    mutating func string(_ value: String) { SpecJSONWriter.writeString(value, into: &bytes) }
    mutating func int(_ value: Int) { bytes.append(contentsOf: String(value).utf8) }
    mutating func bool(_ value: Bool) { bytes.append(contentsOf: (value ? "true" : "false").utf8) }
    mutating func null() { bytes.append(contentsOf: "null".utf8) }
    mutating func number(_ text: String) { bytes.append(contentsOf: text.utf8) }

    /// Ends the document (SpecJSON files end with a newline).
    mutating func finish() { bytes.append(0x0A) }
}
