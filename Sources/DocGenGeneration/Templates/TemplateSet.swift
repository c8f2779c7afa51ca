import Foundation
import DocGenSpec

/// The templates one generation uses: the built-in ones (embedded in the binary, identical to `Templates/` in the
/// repository), each replaceable by a file of the same name in an override folder. Extra `.mustache` files in that
/// folder are available as partials. Missing partials are errors; template errors name the file and line.
public struct TemplateSet: Sendable {
    /// The templates docgen renders directly (the others are partials they include).
    public static let fileTemplates = [
        "Operation.swift", "OperationTests.swift", "Errors.swift", "Client.swift", "ClientTests.swift", "Reference.md",
        "Package.swift",
    ]

    /// Template name (file name without `.mustache`) → source.
    public private(set) var sources: [String: String]
    /// Template name → where it came from, for error messages (`built-in Operation.swift.mustache` or a path).
    public private(set) var origins: [String: String]
    private var parsed: [String: MustacheTemplate] = [:]

    public static func builtIn() -> TemplateSet {
        var set = TemplateSet(sources: BuiltInTemplates.sources, origins: [:])
        for name in BuiltInTemplates.sources.keys { set.origins[name] = "built-in \(name).mustache" }
        return set
    }

    /// The built-in templates with every `*.mustache` file of `folder` taking precedence.
    public static func load(overridesFrom folder: URL?) throws -> TemplateSet {
        var set = builtIn()
        guard let folder else { return set }
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isFolder), isFolder.boolValue else {
            throw DocGenError.invalidInput("\(folder.path): template folder does not exist")
        }
        let files = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        for file in files.sorted() where file.hasSuffix(".mustache") && !file.hasPrefix(".") {
            let url = folder.appendingPathComponent(file)
            guard let data = FileManager.default.contents(atPath: url.path) else {
                throw DocGenError.io("\(url.path): cannot read template")
            }
            guard let source = String(data: data, encoding: .utf8) else {
                throw DocGenError.invalidInput("\(url.path): template is not UTF-8 text")
            }
            let name = String(file.dropLast(".mustache".count))
            set.sources[name] = source
            set.origins[name] = url.path
        }
        return set
    }

    /// Parses the file templates once (a syntax error is reported before anything is rendered).
    public mutating func prepare() throws {
        for name in Self.fileTemplates {
            guard let source = sources[name] else {
                throw DocGenError.invalidInput("template \(name).mustache is missing")
            }
            do {
                parsed[name] = try MustacheTemplate(source: source, name: name)
            } catch let error as MustacheError {
                throw describe(error)
            }
        }
    }

    /// Renders a file template with a view model.
    public func render(_ name: String, _ view: some Encodable) throws -> String {
        let template: MustacheTemplate
        if let ready = parsed[name] {
            template = ready
        } else {
            guard let source = sources[name] else { throw DocGenError.invalidInput("template \(name).mustache is missing") }
            do { template = try MustacheTemplate(source: source, name: name) } catch let error as MustacheError { throw describe(error) }
        }
        let context = try MustacheValue(encoding: view)
        do {
            return try template.render(context, partials: DictionaryPartials(sources), options: .strict)
        } catch let error as MustacheError {
            throw describe(error)
        }
    }

    private func describe(_ error: MustacheError) -> DocGenError {
        let origin = origins[error.template] ?? "\(error.template).mustache"
        return .invalidInput("\(origin):\(error.line): \(error.message)")
    }
}
