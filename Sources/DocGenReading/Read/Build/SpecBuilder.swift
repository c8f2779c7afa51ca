import DocGenSpec

/// Identity facts given on the command line or in a sources file, used where the page does not say them.
public struct IdentityHints: Hashable, Sendable {
    public var vendor: String?
    public var product: String?
    public var apiVersion: String?
    public var action: String?

    public init(vendor: String? = nil, product: String? = nil, apiVersion: String? = nil, action: String? = nil) {
        self.vendor = vendor
        self.product = product
        self.apiVersion = apiVersion
        self.action = action
    }
}

/// Interprets a `PageDocument`: finds the sections, maps table headers by meaning, builds parameters,
/// response fields, errors, change history, examples and identity, and accounts for every table row of the
/// parameter, response and error sections (used, or named in a diagnostic).
public enum SpecBuilder {
    public struct Options: Hashable, Sendable {
        /// `SystemDisk.Category` stays one parameter named `SystemDisk.Category` (false, the default: the name is
        /// what goes on the wire, and the vendors' own metadata lists it flat), or becomes object `SystemDisk` with
        /// child `Category` (true). Repeat lists (`Tag.N.Key`) are folded either way.
        public var foldDottedNames: Bool
        /// Structures from data-structure pages ingested alongside; fields that name one and have no fields of
        /// their own get its fields.
        public var structures: DataStructureCatalog

        public init(foldDottedNames: Bool = false, structures: DataStructureCatalog = DataStructureCatalog()) {
            self.foldDottedNames = foldDottedNames
            self.structures = structures
        }
    }

    public static func build(_ document: PageDocument, page: PageText, hints: IdentityHints) -> OperationSpec {
        build(document, page: page, hints: hints, options: Options())
    }

    public static func build(_ document: PageDocument, page: PageText, hints: IdentityHints, options: Options) -> OperationSpec {
        var log = BuildLog(file: page.file)
        let blocks = DefinitionListParameters.tables(in: PageSections.assign(document.blocks), log: &log)
        let hasRequestSection = blocks.contains { $0.section == .request }
        let hasErrorSection = blocks.contains { $0.section == .errors }

        var request = RequestTableReader(foldDottedNames: options.foldDottedNames)
        var response = ResponseTableReader()
        var errors: [ErrorCode] = []
        var changes: [PageChange] = []
        var requestTables = 0
        for (i, sb) in blocks.enumerated() {
            guard case .table(let table) = sb.block else { continue }
            switch effectiveSection(of: sb, table: table, hasRequestSection: hasRequestSection, hasErrorSection: hasErrorSection) {
            case .request:
                requestTables += 1
                request.read(table, intro: paragraph(before: i, in: blocks),
                             sectionLocation: LocationCue.location(fromHeading: sb.heading), log: &log)
            case .response:
                response.read(table, title: structureTitle(before: i, in: blocks), log: &log)
            case .errors:
                ErrorTableReader.read(table, into: &errors, log: &log)
            case .changeHistory:
                changes += ChangeHistoryReader.read(table)
            case .examples, .other:
                continue
            }
        }
        let examples = PageFacts.examples(blocks)
        ResponseParentNodes.nest(&response.roots, log: &log)
        ResponseNestingFromExample.apply(to: &response.roots, exampleJSON: examples.responseJSON, log: &log)
        if !hasRequestSection && requestTables == 0 {
            log.note(.warning, "no-parameter-section", "page has no request-parameter section; the spec lists no parameters", line: nil)
        } else if requestTables == 0 {
            log.note(.info, "no-parameter-table", "the request-parameter section has no table", line: blocks.first { $0.section == .request }?.block.line)
        }

        request.finish(xmlBodyRoots: XMLBodyRoot.names(in: blocks), log: &log)
        if !options.structures.isEmpty {
            var resolution = StructureResolution(catalog: options.structures, language: PageFacts.language(of: document.blocks))
            resolution.resolve(request.roots)
            resolution.resolve(response.roots)
            resolution.report(into: &log)
        }
        let knownNames = Set(allNodes(request.roots).flatMap { [$0.name, $0.wireName] })
        RequiredFromDescription.apply(to: request.roots, log: &log)
        let extractor = ConstraintExtractor(knownParameters: knownNames)

        // Searched as raw text; an HTML page first loses its markup and entities (links keep their targets).
        let identityText = document.format == .html ? HTMLReader.scannableText(page.text) : page.text
        let found = PageIdentity.read(text: identityText, title: TitleBlock.text(in: document.blocks),
                                      actionRow: request.roots.first { $0.name == "Action" },
                                      versionRow: request.roots.first { $0.name == "Version" })
        func pick(_ pageValue: String?, _ hint: String?, _ what: String, _ option: String) -> String {
            if let v = pageValue ?? hint, !v.isEmpty { return v }
            log.note(.warning, "identity-unknown", "the page does not say its \(what); pass \(option)", line: nil)
            return "unknown"
        }
        var requestLine = RequestLine.find(in: identityText)
        let vendor = pick(found.vendor, hints.vendor, "vendor", "--vendor")
        let product = pick(found.product, hints.product, "product", "--product")
        let apiVersion = pick(found.apiVersion ?? requestLine?.versionHeader, hints.apiVersion, "API version", "--api-version")
        let action = pick(found.action, hints.action, "action", "--action")
        requestLine?.readLowerCasePlaceholders(actionWords: RequestLine.words(ofAction: action))

        let date = document.blocks.lazy.compactMap { block -> String? in
            if case .paragraph(let p) = block { return PageFacts.date(in: p.text) }
            if case .heading(let h) = block { return PageFacts.date(in: h.text) }
            return nil
        }.first

        var roots = request.roots
        let http = HTTPBindingBuilder.bind(requestLine: requestLine, roots: &roots,
                                           sawLocationCue: request.sawLocationCue, vendor: vendor,
                                           explorerStyle: PageIdentity.explorerStyle(in: identityText),
                                           actionKnown: action != "unknown", log: &log)
        let parameters = roots.map { $0.parameter(extractor: extractor) }
        let responseFields = response.roots.map(\.field)
        let elementRows = response.roots.reduce(into: [Int: Int]()) { $0.merge($1.elementRowLines) { first, _ in first } }
        ContainersWithoutFields.report(parameters: parameters, responseFields: responseFields,
                                       exampleJSON: examples.responseJSON, elementRows: elementRows, log: &log)

        return OperationSpec(
            vendor: vendor, product: product, apiVersion: apiVersion, action: action,
            language: PageFacts.language(of: document.blocks),
            title: PageFacts.title(of: document.blocks), summary: PageFacts.summary(of: document.blocks),
            source: SourceInfo(file: page.file, sha256: page.sha256, format: document.format.rawValue, date: date),
            parameters: parameters, responseFields: responseFields, errors: errors,
            changeHistory: changes, examples: examples, diagnostics: log.diagnostics,
            rowAccounting: log.accounting, http: http
        )
    }

    /// A table outside any recognised section still counts when its header says what it is and the page has
    /// no such section by heading (pages with a missing or unusual heading).
    private static func effectiveSection(of sb: SectionedBlock, table: Table, hasRequestSection: Bool,
                                         hasErrorSection: Bool) -> SectionKind {
        guard sb.section == .other else { return sb.section }
        let columns = ColumnMap(header: table.header)
        if !hasErrorSection, columns.looksLikeErrors, columns[.name] == nil { return .errors }
        if !hasRequestSection, columns[.name] != nil, columns[.required] != nil { return .request }
        return .other
    }

    private static func paragraph(before index: Int, in blocks: [SectionedBlock]) -> String? {
        guard index > 0, case .paragraph(let p) = blocks[index - 1].block else { return nil }
        return p.text
    }

    /// The structure name written just above a response sub-table (`**AvailableZoneType**`).
    private static func structureTitle(before index: Int, in blocks: [SectionedBlock]) -> String? {
        guard index > 0, case .paragraph(let p) = blocks[index - 1].block else { return nil }
        let text = CellText.collapsed(p.text)
        return TypeVocabulary.isTypeName(text) ? text : nil
    }

    private static func allNodes(_ nodes: [ParameterNode]) -> [ParameterNode] {
        nodes.flatMap { [$0] + allNodes($0.children) }
    }
}
