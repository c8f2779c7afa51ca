import Foundation
import DocGenSpec

/// One `docgen generate`: specs folder + settings → output folder, with the change-detection shortcut of
/// `GenerationCache`. Shared by the command and the benchmark.
public struct GenerationRun {
    public var specsRoot: URL
    public var outRoot: URL
    public var templates: TemplateSet
    public var config: GenerateConfig

    public init(specsRoot: URL, outRoot: URL, templates: TemplateSet, config: GenerateConfig) {
        self.specsRoot = specsRoot.standardizedFileURL
        self.outRoot = outRoot.standardizedFileURL
        self.templates = templates
        self.config = config
    }

    public struct Result: Sendable {
        /// The cache showed nothing changed: no spec was read, nothing rendered or written.
        public var upToDate: Bool
        public var specCount: Int
        public var fileCount: Int
        public var outcome: GenerationWriter.Outcome
        public var notes: [String]
    }

    /// Generates and writes (or, with `check`, only reports what would change).
    public func run(check: Bool, onWait: (String) -> Void = { FileHandle.standardError.write(Data(($0 + "\n").utf8)) }) throws -> Result {
        // Writers of one output folder take turns; `--check` writes nothing and takes no lock.
        let lock = check ? nil : try WriteLock.acquire(outRoot, onWait: onWait)
        defer { lock?.release() }
        if !check { OutputFolder(root: outRoot).removeTemporaryLeftovers() }
        let specPaths = try SpecLoader.specPaths(in: specsRoot)
        let settings = GenerationCache.settingsFingerprint(templates: templates, access: config.access, selection: config)
        let packaging = try config.packaging.resolved(outRoot: outRoot)
        let inputs = GenerationCache.stamps(specPaths, under: specsRoot)
        if let cache = GenerationCache.read(from: outRoot), cache.settings == settings, let inputs, cache.inputs == inputs,
           cache.outputsUnchanged(under: outRoot) {
            var outcome = GenerationWriter.Outcome()
            outcome.unchanged = cache.outputs.count
            return Result(upToDate: true, specCount: specPaths.count, fileCount: cache.outputs.count, outcome: outcome, notes: [])
        }
        let loaded = try SpecLoader.load(paths: specPaths, from: specsRoot).filter { config.selects($0.spec) }
        var generator = SDKGenerator(templates: templates, access: config.access)
        generator.packaging = config.packaging
        let files = try generator.generate(loaded, packageName: packaging.packageName, runtime: packaging.runtime)
        let writer = GenerationWriter(folder: OutputFolder(root: outRoot))
        let outcome = check ? try writer.plan(files) : try writer.apply(files)
        if !check, let inputs, let outputs = GenerationCache.stamps(files.map(\.path), under: outRoot) {
            try GenerationCache(settings: settings, inputs: inputs, outputs: outputs).write(to: outRoot)
        }
        return Result(upToDate: false, specCount: loaded.count, fileCount: files.count, outcome: outcome, notes: generator.notes)
    }
}
