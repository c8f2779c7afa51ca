import Foundation
import DocGenSpec

public struct IngestOptions: Sendable {
    /// nil: detect each page's format.
    public var format: PageFormat?
    /// Applied to every page (command-line `--vendor` etc.).
    public var hints: IdentityHints
    /// Per-page hints (`--sources`); they override `hints`.
    public var sourceHints: SourceHints
    public var maxPageBytes: Int
    /// Pages read at the same time; output does not depend on it.
    public var concurrency: Int

    public init(
        format: PageFormat? = nil, hints: IdentityHints = IdentityHints(), sourceHints: SourceHints = SourceHints(),
        maxPageBytes: Int = PageLoader.defaultMaxBytes,
        concurrency: Int = ProcessInfo.processInfo.activeProcessorCount
    ) {
        self.format = format
        self.hints = hints
        self.sourceHints = sourceHints
        self.maxPageBytes = maxPageBytes
        self.concurrency = max(1, concurrency)
    }
}

/// What became of one page.
public struct PageOutcome: Sendable {
    public var input: PageInput
    /// nil when the page failed (an error diagnostic says why) or is a data-structure page; such a page leaves the
    /// spec store alone.
    public var spec: OperationSpec?
    /// The structures of a data-structure page (no action, `## Instance` headings over field tables); nil otherwise.
    public var structures: DataStructureCatalog?
    /// Everything said about the page: loading, format, reader and builder diagnostics, in that order.
    public var diagnostics: [Diagnostic]
    public var format: PageFormat?
    public var byteCount: Int
    public var replacedSpaces: Int

    public var failed: Bool { spec == nil && structures == nil }
}

/// Load -> detect -> read -> build, for many pages. Pages are independent, so they run in parallel; results keep
/// input order, so the output is the same whatever the scheduling.
///
/// A page fails (no spec) when it cannot be loaded or when its reader or builder reports an `error`: a spec that
/// lost part of its page must not replace a good earlier revision.
public struct Ingestor: Sendable {
    public var options: IngestOptions
    public var pipeline: PagePipeline

    public init(options: IngestOptions = IngestOptions(), pipeline: PagePipeline = .standard) {
        self.options = options
        self.pipeline = pipeline
    }

    /// - Parameter progress: called with (pages done, pages total) after each page, from worker threads.
    ///
    /// When some pages are data-structure pages, the other pages are built a second time with their structures, so
    /// that `Array of Instance` gets the fields of `Instance` whatever the order of the pages.
    public func process(_ inputs: [PageInput], progress: (@Sendable (Int, Int) -> Void)? = nil) -> [PageOutcome] {
        var outcomes = processEach(inputs, structures: DataStructureCatalog(), progress: progress)
        let catalog = DataStructureCatalog(merging: outcomes.compactMap(\.structures))
        guard !catalog.isEmpty else { return outcomes }
        let again = outcomes.indices.filter { outcomes[$0].spec != nil }
        let rebuilt = processEach(again.map { inputs[$0] }, structures: catalog, progress: nil)
        for (index, outcome) in zip(again, rebuilt) { outcomes[index] = outcome }
        return outcomes
    }

    private func processEach(_ inputs: [PageInput], structures: DataStructureCatalog,
                             progress: (@Sendable (Int, Int) -> Void)?) -> [PageOutcome] {
        let results = OutcomeSlots(count: inputs.count)
        let workers = min(options.concurrency, inputs.count)
        if workers <= 1 {
            for (index, input) in inputs.enumerated() {
                results.set(index, process(input, structures: structures))
                progress?(index + 1, inputs.count)
            }
        } else {
            // Workers take the next page index from a shared counter: pages differ a lot in size, so fixed
            // slices would leave one core idle.
            DispatchQueue.concurrentPerform(iterations: workers) { _ in
                while let index = results.claimNext() {
                    let done = results.set(index, process(inputs[index], structures: structures))
                    progress?(done, inputs.count)
                }
            }
        }
        return results.outcomes()
    }

    public func process(_ input: PageInput) -> PageOutcome {
        process(input, structures: DataStructureCatalog())
    }

    func process(_ input: PageInput, structures: DataStructureCatalog) -> PageOutcome {
        let loaded = PageLoader(maxBytes: options.maxPageBytes).load(input)
        var diagnostics = loaded.diagnostics
        guard let page = loaded.page else {
            return PageOutcome(input: input, spec: nil, diagnostics: diagnostics, format: nil, byteCount: 0, replacedSpaces: 0)
        }
        let format: PageFormat
        if let forced = options.format {
            format = forced
        } else {
            let detection = FormatDetector.detect(page.text, fileName: input.displayPath)
            format = detection.format
            if !detection.isCertain {
                diagnostics.append(Diagnostic(.info, code: "format-guessed",
                    "no table shows the page's format; read as \(format.rawValue) (use --format to choose)", file: page.file, line: nil))
            }
        }
        var outcome = PageOutcome(input: input, spec: nil, diagnostics: diagnostics, format: format,
                                  byteCount: page.byteCount, replacedSpaces: loaded.replacedSpaces)
        guard let reader = pipeline.readers[format] else {
            outcome.diagnostics.append(Diagnostic(.error, code: "no-reader", "no reader for format \(format.rawValue)", file: page.file, line: nil))
            return outcome
        }
        let (document, readerDiagnostics) = reader.read(page)
        let hints = options.sourceHints.hints(for: input, over: options.hints)
        var spec = pipeline.build(document, page, hints, structures)
        if spec.action == "unknown" {
            let catalog = DataStructureCatalog.read(document, language: spec.language)
            if !catalog.isEmpty {
                outcome.structures = catalog
                outcome.diagnostics = diagnostics + readerDiagnostics + [Diagnostic(
                    .info, code: "data-structure-page",
                    "a data-structure page: \(catalog.names.count) structures (\(catalog.names.prefix(8).joined(separator: ", "))\(catalog.names.count > 8 ? ", …" : "")) fill the fields that name them on the pages ingested with it; no spec of its own",
                    file: page.file, line: nil)]
                return outcome
            }
        }
        // The store keys revisions on these, so they come from the page bytes, whatever the builder filled in.
        spec.source.file = page.file
        spec.source.sha256 = page.sha256
        spec.source.format = format.rawValue
        if spec.source.date == nil { spec.source.date = options.sourceHints.date(for: input) }
        spec.diagnostics = diagnostics + readerDiagnostics + spec.diagnostics
        if let problem = SpecNesting.problem(in: spec) {
            spec.diagnostics.append(Diagnostic(.error, code: "nesting-too-deep", problem + "; skipped", file: page.file, line: nil))
        }
        outcome.diagnostics = spec.diagnostics
        if !spec.diagnostics.contains(where: { $0.severity == .error }) {
            outcome.spec = spec
        }
        return outcome
    }
}

/// Result slots filled by worker threads. The lock guards the slots and counters; the page work happens outside it.
private final class OutcomeSlots: @unchecked Sendable {
    private let lock = NSLock()
    private var slots: [PageOutcome?]
    private var nextIndex = 0
    private var done = 0

    init(count: Int) {
        slots = Array(repeating: nil, count: count)
    }

    func claimNext() -> Int? {
        lock.lock()
        defer { lock.unlock() }
        guard nextIndex < slots.count else { return nil }
        nextIndex += 1
        return nextIndex - 1
    }

    /// Returns how many pages are done.
    @discardableResult
    func set(_ index: Int, _ outcome: PageOutcome) -> Int {
        lock.lock()
        defer { lock.unlock() }
        slots[index] = outcome
        done += 1
        return done
    }

    func outcomes() -> [PageOutcome] {
        lock.lock()
        defer { lock.unlock() }
        return slots.map { $0! }
    }
}
