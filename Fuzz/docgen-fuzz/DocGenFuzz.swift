// libFuzzer entry point for docgen's untrusted-input stages. Built only by `scripts/fuzz.sh` (Package.swift adds this
// target when DOCGEN_FUZZ=1, compiled with `-sanitize=fuzzer,address`); the normal build never sees it.
//
// One binary, one target per run: DOCGEN_FUZZ_TARGET picks the stage, so the script links once instead of once
// per target. Every stage must return for any input; a crash, a sanitizer report or a hang is a bug to turn into a
// regression test in Tests/DocGenTests/Robustness/.
import Foundation
@testable import DocGenSpec
@testable import DocGenReading
@testable import DocGenGeneration

/// The stages that read input docgen did not write.
enum FuzzTarget: String, CaseIterable {
    /// Page bytes through the UTF-8 check and normalisation, then the format detector.
    case detect
    /// Each reader, then the spec builder on what it read (the builder is where cells become a spec).
    case markdown, html, textRunTogether = "text-run-together", textSpaced = "text-spaced"
    /// A user template: parsed, then rendered over a small fixed context with lists, nesting and escapes.
    case mustache
    /// A spec file from a store: decoded, checked, and written back (the writer must take whatever decodes).
    case spec

    static let selected: FuzzTarget = {
        let name = ProcessInfo.processInfo.environment["DOCGEN_FUZZ_TARGET"] ?? ""
        guard let target = FuzzTarget(rawValue: name) else {
            let names = FuzzTarget.allCases.map(\.rawValue).joined(separator: ", ")
            FileHandle.standardError.write(Data("docgen-fuzz: set DOCGEN_FUZZ_TARGET to one of: \(names)\n".utf8))
            exit(2)
        }
        return target
    }()
}

/// libFuzzer's driver, run from our own entry point: SwiftPM links an executable target with `main` defined as
/// `<module>_main`, so libFuzzer's `main` is never used.
@_silgen_name("LLVMFuzzerRunDriver")
private func runFuzzerDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ testOneInput: @convention(c) (UnsafePointer<UInt8>, Int) -> CInt
) -> CInt

@_cdecl("docgen_fuzz_main")
public func docgenFuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var count = argc
    var arguments = argv
    return runFuzzerDriver(&count, &arguments) { data, size in fuzzOneInput(data, size) }
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    switch FuzzTarget.selected {
    case .detect: detect(bytes)
    case .markdown: readAndBuild(bytes, MarkdownReader())
    case .html: readAndBuild(bytes, HTMLReader())
    case .textRunTogether: readAndBuild(bytes, RunTogetherTextReader())
    case .textSpaced: readAndBuild(bytes, SpacedTextReader())
    case .mustache: mustache(bytes)
    case .spec: spec(bytes)
    }
    return 0
}

/// The text a reader gets: what the loader makes of the bytes, or nothing when the loader refuses them.
private func pageText(_ bytes: [UInt8], file: String) -> PageText? {
    guard case .success(let normalized) = PageBytesNormalizer.normalize(bytes) else { return nil }
    let text = String(decoding: normalized.bytes, as: UTF8.self)
    return PageText(file: file, text: text, sha256: "0", byteCount: bytes.count)
}

private func detect(_ bytes: [UInt8]) {
    guard let page = pageText(bytes, file: "fuzz.txt") else { return }
    for name in ["fuzz.md", "fuzz.html", "fuzz.txt"] {
        _ = FormatDetector.detect(page.text, fileName: name)
    }
}

private func readAndBuild(_ bytes: [UInt8], _ reader: some PageReader) {
    guard let page = pageText(bytes, file: "fuzz") else { return }
    let (document, _) = reader.read(page)
    let spec = SpecBuilder.build(document, page: page, hints: IdentityHints(), options: .init(foldDottedNames: true))
    // Row accounting is the builder's promise on any input.
    if !spec.rowAccounting.isExact {
        fatalError("row accounting not exact: \(spec.rowAccounting)")
    }
}

/// A context exercising sections over lists, inverted sections, dotted names and escaping.
private let mustacheContext: MustacheValue? = try? MustacheValue(encoding: [
    "name": "<a & \"b\">",
    "items": ["one", "two", "three"],
    "empty": [],
    "nested": ["a": "x", "b": "{{y}}"],
] as [String: AnyEncodableValue])

private func mustache(_ bytes: [UInt8]) {
    let source = String(decoding: bytes, as: UTF8.self)
    guard let template = try? MustacheTemplate(source: source, name: "fuzz"), let context = mustacheContext else { return }
    var options = MustacheRenderOptions.standard
    options.maximumWork = 200_000
    _ = try? template.render(context, partials: FuzzPartials(), options: options)
}

/// Partials that exist, including one that includes itself: recursion must end at the budget.
private struct FuzzPartials: MustachePartialProvider {
    func partialSource(named name: String) throws -> String? {
        switch name {
        case "self": return "{{>self}}"
        case "row": return "{{#items}}{{.}}{{/items}}"
        default: return nil
        }
    }
}

private func spec(_ bytes: [UInt8]) {
    guard let spec = try? SpecJSON.decode(OperationSpec.self, from: Data(bytes)),
          (try? SpecJSON.checkSchemaVersion(spec.schemaVersion, path: "fuzz.json")) != nil else { return }
    _ = try? SpecJSON.encode(spec)
}

/// A JSON-like value, so the context can mix strings, lists and objects.
enum AnyEncodableValue: Encodable, ExpressibleByStringLiteral, ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral {
    case string(String), list([AnyEncodableValue]), object([String: AnyEncodableValue])

    init(stringLiteral value: String) { self = .string(value) }
    init(arrayLiteral elements: AnyEncodableValue...) { self = .list(elements) }
    init(dictionaryLiteral elements: (String, AnyEncodableValue)...) {
        self = .object(Dictionary(elements, uniquingKeysWith: { first, _ in first }))
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .string(let s): try container.encode(s)
        case .list(let l): try container.encode(l)
        case .object(let o): try container.encode(o)
        }
    }
}
