import Foundation
import DocGenSpec

/// Where partials (`{{>name}}`) and parents (`{{<name}}`) come from.
public protocol MustachePartialProvider: Sendable {
    /// The source of partial `name`, or nil when there is none. A missing partial renders as empty (the spec's
    /// rule) unless rendering is strict: see `MustacheRenderOptions.strictPartials` and `StrictPartials`.
    func partialSource(named name: String) throws -> String?
}

/// Partials held in memory, keyed by name.
public struct DictionaryPartials: MustachePartialProvider {
    public let sources: [String: String]
    public init(_ sources: [String: String]) { self.sources = sources }
    public func partialSource(named name: String) throws -> String? { sources[name] }
}

/// No partials at all.
public struct NoPartials: MustachePartialProvider {
    public init() {}
    public func partialSource(named name: String) throws -> String? { nil }
}

/// Wraps a provider so that a missing partial is an error naming the including template and line
/// (the same as rendering with `MustacheRenderOptions(strictPartials: true)`).
public struct StrictPartials<Base: MustachePartialProvider>: MustachePartialProvider {
    public let base: Base
    public init(_ base: Base) { self.base = base }
    public func partialSource(named name: String) throws -> String? {
        guard let source = try base.partialSource(named: name) else { throw MissingPartial(name: name) }
        return source
    }
}

/// Thrown by a provider to say "this partial does not exist, and that is an error"; the renderer turns it into
/// a `MustacheError` naming the template and line of the tag that asked for it.
public struct MissingPartial: Error, Equatable {
    public var name: String
    public init(name: String) { self.name = name }
}

/// How a render treats the unusual cases.
public struct MustacheRenderOptions: Sendable, Equatable {
    /// A partial or parent the provider does not know is an error instead of empty text.
    public var strictPartials: Bool
    /// Partials may include partials (the spec allows recursion); this bounds it so a cycle fails instead of
    /// exhausting the stack.
    public var maximumPartialDepth: Int

    /// Nested renders (sections, partials, blocks together): bounds the recursion of one render.
    public var maximumRenderDepth: Int
    /// Steps (nodes rendered, contexts searched) one render may take: a section inside a section over lists multiplies the work (10,000
    /// nested sections over a 3-item list would never finish); past this the render fails with a message.
    public var maximumWork: Int

    public init(strictPartials: Bool = false, maximumPartialDepth: Int = 64, maximumRenderDepth: Int = 1024,
                maximumWork: Int = 20_000_000) {
        self.strictPartials = strictPartials
        self.maximumPartialDepth = maximumPartialDepth
        self.maximumRenderDepth = maximumRenderDepth
        self.maximumWork = maximumWork
    }

    /// The spec's behaviour: missing partials render as empty text.
    public static let standard = MustacheRenderOptions()
    /// What a code generator wants: a missing partial is a mistake.
    public static let strict = MustacheRenderOptions(strictPartials: true)
}

/// Partials read from files `<folder>/<name><fileExtension>` (e.g. `Templates/field.mustache` for `{{>field}}`).
/// Names stay inside the folder: absolute names and `..` are refused with an error.
public struct DirectoryPartials: MustachePartialProvider {
    public let folder: URL
    public let fileExtension: String

    public init(folder: URL, fileExtension: String = ".mustache") {
        self.folder = folder
        self.fileExtension = fileExtension
    }

    public func partialSource(named name: String) throws -> String? {
        let parts = name.split(separator: "/", omittingEmptySubsequences: false)
        guard !name.hasPrefix("/"), !parts.contains(where: { $0.isEmpty || $0 == "." || $0 == ".." }) else {
            throw DocGenError.invalidInput("partial name '\(name)' must be a relative path inside \(folder.path)")
        }
        let file = folder.appendingPathComponent(name + fileExtension)
        guard FileManager.default.fileExists(atPath: file.path) else { return nil }
        do {
            return try String(contentsOf: file, encoding: .utf8)
        } catch {
            throw DocGenError.io("cannot read partial \(file.path): \(error.localizedDescription)")
        }
    }
}
