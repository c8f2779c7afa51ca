/// The spec types written straight to SpecJSON text, a dozen times faster than through `Encoder`. Each writer gives
/// the keys its `Codable` conformance encodes, in UTF-8 order, leaving out the optionals `encodeIfPresent` leaves out.
/// `SpecJSONTests` checks the bytes against Foundation's encoder on a spec with every field set, and fails when a
/// field is added to a spec type without being set there (so a writer cannot silently miss it).
protocol SpecJSONWritable {
    func write(to out: inout SpecJSONOutput) throws
}

extension SpecJSONOutput {
    mutating func array<T>(_ values: [T], _ each: (T, inout SpecJSONOutput) throws -> Void) rethrows {
        openArray()
        for value in values {
            element()
            try each(value, &self)
        }
        closeArray()
    }

    mutating func array<T: SpecJSONWritable>(_ values: [T]) throws {
        try array(values) { value, out in try value.write(to: &out) }
    }

    mutating func strings(_ values: [String]) {
        array(values) { value, out in out.string(value) }
    }
}

extension OperationSpec: SpecJSONWritable {
    func write(to out: inout SpecJSONOutput) throws {
        out.openObject()
        out.key("action"); out.string(action)
        out.key("apiVersion"); out.string(apiVersion)
        out.key("changeHistory"); try out.array(changeHistory)
        out.key("diagnostics"); try out.array(diagnostics)
        out.key("errors"); try out.array(errors)
        out.key("examples"); examples.write(to: &out)
        out.key("language"); out.string(language)
        out.key("parameters"); try out.array(parameters)
        out.key("product"); out.string(product)
        out.key("responseFields"); try out.array(responseFields)
        out.key("rowAccounting"); rowAccounting.write(to: &out)
        out.key("schemaVersion"); out.int(schemaVersion)
        out.key("source"); source.write(to: &out)
        if let summary { out.key("summary"); out.string(summary) }
        if let title { out.key("title"); out.string(title) }
        out.key("vendor"); out.string(vendor)
        out.closeObject()
    }
}

extension SourceInfo: SpecJSONWritable {
    func write(to out: inout SpecJSONOutput) {
        out.openObject()
        if let date { out.key("date"); out.string(date) }
        out.key("file"); out.string(file)
        out.key("format"); out.string(format)
        out.key("sha256"); out.string(sha256)
        out.closeObject()
    }
}

extension Examples: SpecJSONWritable {
    func write(to out: inout SpecJSONOutput) {
        out.openObject()
        if let request { out.key("request"); out.string(request) }
        if let responseJSON { out.key("responseJSON"); out.string(responseJSON) }
        out.closeObject()
    }
}

extension PageChange: SpecJSONWritable {
    func write(to out: inout SpecJSONOutput) {
        out.openObject()
        out.key("date"); out.string(date)
        out.key("details"); out.strings(details)
        out.key("line"); out.int(line)
        out.key("summary"); out.string(summary)
        out.closeObject()
    }
}

extension RowAccounting: SpecJSONWritable {
    func write(to out: inout SpecJSONOutput) {
        out.openObject()
        out.key("reported"); out.int(reported)
        out.key("seen"); out.int(seen)
        out.key("used"); out.int(used)
        out.closeObject()
    }
}

extension Diagnostic: SpecJSONWritable {
    func write(to out: inout SpecJSONOutput) {
        out.openObject()
        out.key("code"); out.string(code)
        out.key("file"); out.string(file)
        if let line { out.key("line"); out.int(line) }
        out.key("message"); out.string(message)
        out.key("severity"); out.string(severity.rawValue)
        out.closeObject()
    }
}

extension ErrorCode: SpecJSONWritable {
    /// Nulls are written, as `encode(to:)` does.
    func write(to out: inout SpecJSONOutput) {
        out.openObject()
        out.key("code"); out.string(code)
        out.key("description"); if let description { out.string(description) } else { out.null() }
        out.key("http"); if let http { out.int(http) } else { out.null() }
        out.key("line"); out.int(line)
        out.key("message"); if let message { out.string(message) } else { out.null() }
        out.closeObject()
    }
}

extension Items: SpecJSONWritable {
    func write(to out: inout SpecJSONOutput) {
        out.openObject()
        out.key("type"); out.string(type.rawValue)
        if let typeName { out.key("typeName"); out.string(typeName) }
        out.closeObject()
    }
}

extension Parameter: SpecJSONWritable {
    func write(to out: inout SpecJSONOutput) throws {
        out.openObject()
        if let children { out.key("children"); try out.array(children) }
        out.key("common"); out.bool(common)
        out.key("constraintSources")
        out.openObject()
        for key in constraintSources.keys.sorted(by: { $0.utf8.lexicographicallyPrecedes($1.utf8) }) {
            out.key(key); out.string(constraintSources[key]!)
        }
        out.closeObject()
        out.key("constraints"); try constraints.write(to: &out)
        if let description { out.key("description"); out.string(description) }
        if let example { out.key("example"); out.string(example) }
        if let items { out.key("items"); items.write(to: &out) }
        out.key("line"); out.int(line)
        out.key("name"); out.string(name)
        out.key("required"); out.bool(required)
        out.key("type"); out.string(type.rawValue)
        out.key("wireName"); out.string(wireName)
        out.closeObject()
    }
}

extension ResponseField: SpecJSONWritable {
    func write(to out: inout SpecJSONOutput) throws {
        out.openObject()
        if let children { out.key("children"); try out.array(children) }
        if let description { out.key("description"); out.string(description) }
        if let example { out.key("example"); out.string(example) }
        if let items { out.key("items"); items.write(to: &out) }
        out.key("line"); out.int(line)
        out.key("name"); out.string(name)
        out.key("type"); out.string(type.rawValue)
        out.closeObject()
    }
}

extension Constraints: SpecJSONWritable {
    /// The kinds in the order of their JSON keys' UTF-8 bytes.
    private static let keyOrder = ConstraintKind.allCases.sorted { $0.rawValue.utf8.lexicographicallyPrecedes($1.rawValue.utf8) }

    func write(to out: inout SpecJSONOutput) throws {
        out.openObject()
        for kind in Self.keyOrder {
            guard let value = self[kind] else { continue }
            out.key(kind.rawValue)
            switch value {
            case .count(let n): out.int(n)
            case .number(let n): try n.write(to: &out)
            case .names(let names): out.strings(names)
            case .scalar(let s): try s.write(to: &out)
            case .word(let w): out.string(w)
            case .flag(let b): out.bool(b)
            }
        }
        out.closeObject()
    }
}

extension SpecNumber: SpecJSONWritable {
    /// As `encode(to:)`: a whole number as an integer, else Foundation's spelling of the `Double`.
    func write(to out: inout SpecJSONOutput) throws {
        if isWhole {
            out.number(String(Int64(value)))
        } else if case .number(let text) = try JSONTreeEncoder.number(value) {
            out.number(text)
        }
    }
}

extension SpecScalar: SpecJSONWritable {
    func write(to out: inout SpecJSONOutput) throws {
        switch self {
        case .string(let s): out.string(s)
        case .number(let n): try n.write(to: &out)
        case .bool(let b): out.bool(b)
        }
    }
}
