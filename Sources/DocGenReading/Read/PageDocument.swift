import DocGenSpec

/// A page after reading, before interpretation: headings, prose, code and tables in page order, each with the
/// 1-based source line it starts on. Every reader (Markdown, HTML, text renderings) produces this shape, so the
/// rules that turn tables into a spec (`SpecBuilder`) are written once.
///
/// Cell and prose text is plain: inline markup is gone (`**b**` -> `b`, `[t](u)` -> `t`, `\|` -> `|`),
/// line breaks inside a cell are `\n`. Nesting that a rendering shows only by indentation is written the way the
/// Markdown pages write it: a `└` before the child's name.
public struct PageDocument: Hashable, Sendable {
    public var file: String
    public var format: PageFormat
    public var blocks: [Block]

    public init(file: String, format: PageFormat, blocks: [Block]) {
        self.file = file
        self.format = format
        self.blocks = blocks
    }
}

public enum PageFormat: String, Codable, Hashable, Sendable, CaseIterable {
    /// Markdown with pipe tables (Alibaba, Tencent).
    case markdown
    /// HTML with `<table>` elements.
    case html
    /// Browser text rendering where table cells run together with no separator (`RegionIdstringYes`).
    case textRunTogether = "text-run-together"
    /// Browser text rendering where table cells are separated by single spaces (`DiskIds.N Yes Array of String ...`).
    case textSpaced = "text-spaced"
}

public enum Block: Hashable, Sendable {
    case heading(Heading)
    case paragraph(TextBlock)
    case code(TextBlock)
    case table(Table)

    public var line: Int {
        switch self {
        case .heading(let h): return h.line
        case .paragraph(let t), .code(let t): return t.line
        case .table(let t): return t.line
        }
    }
}

public struct Heading: Hashable, Sendable {
    /// 1 for `#`, 2 for `##`; text renderings guess (section titles are 2).
    public var level: Int
    /// Without anchors (`{#x .section}`) and markup.
    public var text: String
    public var line: Int

    public init(level: Int, text: String, line: Int) {
        self.level = level
        self.text = text
        self.line = line
    }
}

public struct TextBlock: Hashable, Sendable {
    public var text: String
    public var line: Int

    public init(text: String, line: Int) {
        self.text = text
        self.line = line
    }
}

public struct Table: Hashable, Sendable {
    public var header: [String]
    public var rows: [TableRow]
    /// Line of the header row.
    public var line: Int

    public init(header: [String], rows: [TableRow], line: Int) {
        self.header = header
        self.rows = rows
        self.line = line
    }
}

public struct TableRow: Hashable, Sendable {
    public var cells: [String]
    /// Line where the row starts.
    public var line: Int
    /// The page cut this row short: it stops before its closing `|` (the next row or a heading starts first). The
    /// reader that saw it named it in a diagnostic; the spec builder counts it in `RowAccounting.cut`.
    public var isCut: Bool

    public init(cells: [String], line: Int, isCut: Bool = false) {
        self.cells = cells
        self.line = line
        self.isCut = isCut
    }
}
