import Foundation
import DocGenSpec

/// One file of the generated output, path relative to the output folder.
public struct GeneratedFile: Sendable, Equatable {
    public var path: String
    public var data: Data
}

/// Turns specs into the files of the generated SDK, entirely in memory: nothing is written until every file has
/// rendered, so a spec or template that fails leaves the output folder as it was.
///
/// Layout: `Sources/<Module>/<Operation>.swift`, `Sources/<Module>/<Module>Error.swift` and
/// `Sources/<Module>/<Module>Client.swift` per product, `Tests/<Module>Tests/<Operation>Tests.swift` and
/// `Tests/<Module>Tests/<Module>ClientTests.swift`, `Docs/<Module>.md` (Markdown reference), `Package.swift` (the SDK as
/// a package of its own, depending on the runtime), and `.docgen-manifest` listing every file docgen wrote.
public struct SDKGenerator: Sendable {
    public var templates: TemplateSet
    public var access: AccessLevel
    public var packaging = PackageSettings()
    /// Lines for the user (older API versions skipped), in a stable order.
    public private(set) var notes: [String] = []

    public init(templates: TemplateSet, access: AccessLevel) {
        self.templates = templates
        self.access = access
    }

    public static let manifestPath = ".docgen-manifest"

    /// Renders every file. `packageName` and `runtime` go into `Package.swift` (see `PackageSettings.resolved`).
    public mutating func generate(
        _ specs: [LoadedSpec], packageName: String = "GeneratedSDK", runtime: RuntimeSource = .path("..")
    ) throws -> [GeneratedFile] {
        try templates.prepare()
        try SpecChecks.check(specs)
        var files: [GeneratedFile] = []
        var modules: [String] = []
        let products = Dictionary(grouping: specs) { "\($0.spec.vendor)/\($0.spec.product)" }
        var moduleOwners: [String: (module: String, spec: String)] = [:]
        for key in products.keys.sorted() {
            let all = products[key]!
            // A dated version (yyyy-MM-dd, what every vendor uses) always outranks one that is not a date, such as
            // `unknown` for a page that did not say its version: string order would put `unknown` after every date.
            let newest = all.map(\.spec.apiVersion).max { APIVersionRank($0) < APIVersionRank($1) }!
            let chosen = all.filter { $0.spec.apiVersion == newest }.sorted { $0.spec.action < $1.spec.action }
            let undated = all.filter { $0.spec.apiVersion != newest && !APIVersionRank.isDate($0.spec.apiVersion) }
            let skipped = all.count - chosen.count - undated.count
            if skipped > 0 {
                notes.append("\(key): using API version \(newest); \(skipped) spec(s) of older versions skipped")
            }
            if !undated.isEmpty {
                let paths = undated.map(\.path).sorted()
                notes.append("\(key): using API version \(newest); \(undated.count) spec(s) whose API version is not a date skipped (\(paths.prefix(3).joined(separator: ", "))\(paths.count > 3 ? ", ..." : "")): re-ingest their pages with --api-version or --sources, then delete those specs")
            }
            let module = packaging.moduleName(vendor: chosen[0].spec.vendor, product: chosen[0].spec.product,
                                              apiVersion: newest)
            // `e-cs` and `e_cs` are two products but one module name: never merge them.
            if let owner = moduleOwners[module] {
                throw DocGenError.invalidInput("\(chosen[0].path): product \(key) gets module name \(module), as does \(owner.module) from \(owner.spec); rename one product (re-ingest with --product)")
            }
            moduleOwners[module] = (key, chosen[0].path)
            modules.append(module)
            files += try generateProduct(chosen, moduleName: module)
        }
        let manifestView = PackageManifestView(
            headerLines: DocLines.header(specPath: nil), packageNameLiteral: SwiftEscaping.stringLiteral(packageName),
            runtimeDependency: runtime.dependencyExpression, modules: modules.sorted().map { .init(name: $0) })
        files.append(GeneratedFile(path: "Package.swift", data: Data(try render("Package.swift", manifestView).utf8)))
        let manifest = (files.map(\.path) + [Self.manifestPath]).sorted().joined(separator: "\n") + "\n"
        files.append(GeneratedFile(path: Self.manifestPath, data: Data(manifest.utf8)))
        return files.sorted { $0.path < $1.path }
    }

    private func renderOperation(_ loaded: LoadedSpec, context: ProductContext) throws -> ([GeneratedFile], ClientOperationInput) {
        do {
            let builder = OperationViewBuilder(spec: loaded.spec, specPath: loaded.path, context: context)
            let request = builder.requestShape()
            let response = builder.responseShape()
            let source = try render("Operation.swift", builder.fileView(request: request, response: response))
            let tests = TestsViewBuilder(spec: loaded.spec, specPath: loaded.path, context: context,
                                         operationName: builder.operationName, request: request, response: response)
            let testsView = tests.build()
            let testSource = try render("OperationTests.swift", testsView)
            let module = context.moduleName
            let files = [
                GeneratedFile(path: "Sources/\(module)/\(builder.operationName).swift", data: Data(source.utf8)),
                GeneratedFile(path: "Tests/\(module)Tests/\(builder.operationName)Tests.swift", data: Data(testSource.utf8)),
            ]
            let client = ClientOperationInput(spec: loaded.spec, operationName: builder.operationName, request: request,
                                              response: response, hasExample: testsView.hasExample,
                                              exampleArguments: testsView.exampleArguments)
            return (files, client)
        } catch let error as DocGenError {
            throw DocGenError.invalidInput("\(loaded.path): cannot render: \(error)")
        }
    }

    private mutating func generateProduct(_ specs: [LoadedSpec], moduleName: String) throws -> [GeneratedFile] {
        let first = specs[0].spec
        let errorTypeName = moduleName + "Error"
        let context = ProductContext(
            vendor: first.vendor, product: first.product, apiVersion: first.apiVersion, moduleName: moduleName,
            errorTypeName: errorTypeName, access: access, profile: VendorProfile.forVendor(first.vendor),
            errorMembers: ErrorCodeNames.memberNames(for: specs.flatMap { $0.spec.errors.map(\.code) }),
            operationNames: ModuleNaming.operationNames(actions: specs.map(\.spec.action), moduleName: moduleName,
                                                        errorTypeName: errorTypeName,
                                                        clientTypeName: ClientViewBuilder.clientTypeName(moduleName: moduleName))
        )
        // Operations render independently: spread them over the cores. Results land in their own slots, so the
        // output order (and bytes) do not depend on scheduling.
        // Two actions whose names differ only in characters a Swift name drops (`a/b`, `a_b`) or in case would
        // write one file (or two files one case-insensitive disk cannot keep apart).
        // Exactly equal names are an error; names equal but for case are two files here, one on macOS: a note.
        var nameOwners: [String: String] = [:]
        var caseOwners: [String: String] = [:]
        for loaded in specs {
            let name = SwiftIdentifiers.upperCamel(loaded.spec.action)
            if let other = nameOwners[name] {
                throw DocGenError.invalidInput("\(loaded.path): action '\(loaded.spec.action)' gets the Swift name \(name) in \(moduleName), as does the action of \(other); rename one (re-ingest with --action)")
            }
            nameOwners[name] = loaded.path
            if let other = caseOwners[name.lowercased()] {
                notes.append("\(moduleName): \(name) (\(loaded.path)) differs only in case from the operation of \(other); their files are one file on a case-insensitive file system")
            }
            caseOwners[name.lowercased()] = loaded.path
        }
        let results = ResultSlots<([GeneratedFile], ClientOperationInput)>(count: specs.count)
        let generator = self
        DispatchQueue.concurrentPerform(iterations: specs.count) { index in
            results.set(index, Result { try generator.renderOperation(specs[index], context: context) })
        }
        var files: [GeneratedFile] = []
        var clientOperations: [ClientOperationInput] = []
        for result in results.values {
            let (operationFiles, client) = try result.get()
            files += operationFiles
            clientOperations.append(client)
        }
        let client = ClientViewBuilder(context: context, operations: clientOperations)
        do {
            let clientSource = try render("Client.swift", client.build())
            files.append(GeneratedFile(path: "Sources/\(moduleName)/\(client.clientTypeName).swift", data: Data(clientSource.utf8)))
            let clientTests = try render("ClientTests.swift", client.buildTests())
            files.append(GeneratedFile(path: "Tests/\(moduleName)Tests/\(client.clientTypeName)Tests.swift",
                                       data: Data(clientTests.utf8)))
        } catch let error as DocGenError {
            throw DocGenError.invalidInput("\(moduleName): cannot render the client: \(error)")
        }
        let errors = ErrorsViewBuilder(context: context, specs: specs.map(\.spec)).build()
        let errorSource = try render("Errors.swift", errors)
        files.append(GeneratedFile(path: "Sources/\(moduleName)/\(errorTypeName).swift", data: Data(errorSource.utf8)))
        let reference = try render("Reference.md", ReferenceViewBuilder(context: context, specs: specs.map(\.spec)).build())
        files.append(GeneratedFile(path: "Docs/\(moduleName).md", data: Data(reference.utf8)))
        return files
    }
}

extension SDKGenerator {
    /// Renders and drops trailing spaces (indented partials indent blank lines too). Safe for Swift output: the
    /// built-in templates only produce single-line string literals, which cannot end in a space before their quote.
    func render(_ template: String, _ view: some Encodable) throws -> String {
        Self.trimTrailingSpaces(try templates.render(template, view))
    }

    static func trimTrailingSpaces(_ text: String) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        var pending: [UInt8] = []
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: " "), UInt8(ascii: "\t"):
                pending.append(byte)
            case UInt8(ascii: "\n"):
                pending.removeAll(keepingCapacity: true)
                out.append(byte)
            default:
                if !pending.isEmpty {
                    out.append(contentsOf: pending)
                    pending.removeAll(keepingCapacity: true)
                }
                out.append(byte)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}

/// Orders API versions for picking a product's newest: any `yyyy-MM-dd`-style date (digits and `-`, starting with a
/// digit) above anything else, then by string order within each group.
struct APIVersionRank: Comparable {
    var isDate: Bool
    var text: String

    init(_ text: String) {
        self.text = text
        isDate = Self.isDate(text)
    }

    static func isDate(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, ("0"..."9").contains(first) else { return false }
        return text.unicodeScalars.allSatisfy { ("0"..."9").contains($0) || $0 == "-" }
    }

    static func < (a: APIVersionRank, b: APIVersionRank) -> Bool { (a.isDate ? 1 : 0, a.text) < (b.isDate ? 1 : 0, b.text) }
}

/// One slot per task of a `concurrentPerform`; each task writes only its own slot.
final class ResultSlots<Value>: @unchecked Sendable {
    private var slots: [Result<Value, any Error>?]
    private let lock = NSLock()

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ result: Result<Value, any Error>) {
        lock.lock()
        slots[index] = result
        lock.unlock()
    }

    var values: [Result<Value, any Error>] { slots.map { $0! } }
}

/// What a spec must hold for code to be generated from it; each error names the spec file and the field.
enum SpecChecks {
    static func check(_ specs: [LoadedSpec]) throws {
        var seen: [String: String] = [:]
        for loaded in specs {
            let spec = loaded.spec
            for (field, value) in [("vendor", spec.vendor), ("product", spec.product), ("apiVersion", spec.apiVersion),
                                   ("action", spec.action)] where SwiftIdentifiers.words(of: value).isEmpty {
                throw DocGenError.invalidInput("\(loaded.path): field '\(field)' is empty or has no letters or digits ('\(value)')")
            }
            if let problem = SpecNesting.problem(in: spec) {
                throw DocGenError.invalidInput("\(loaded.path): \(problem)")
            }
            for (index, error) in spec.errors.enumerated() where error.code.trimmingCharacters(in: .whitespaces).isEmpty {
                throw DocGenError.invalidInput("\(loaded.path): field 'errors[\(index)].code' is empty (line \(error.line))")
            }
            let id = spec.operationID.description
            if let other = seen[id] {
                throw DocGenError.invalidInput("\(loaded.path): operation \(id) is also specified by \(other)")
            }
            seen[id] = loaded.path
        }
    }
}
