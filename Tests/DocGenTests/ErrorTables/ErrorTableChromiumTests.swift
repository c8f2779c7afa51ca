import DocGenSpec
import DocGenReading
import DocGenDiff
import DocGenGeneration
import DocGenErrorTables
import DocGenCommandLine
import Foundation
import Testing

/// Headless Chromium, found on PATH (`chromium`, `chromium-browser`, `google-chrome`) or in `$DOCGEN_CHROMIUM`.
enum HeadlessChromium {
    static let executable: URL? = {
        let fm = FileManager.default
        if let path = ProcessInfo.processInfo.environment["DOCGEN_CHROMIUM"], fm.isExecutableFile(atPath: path) {
            return URL(fileURLWithPath: path)
        }
        let folders = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        for name in ["chromium", "chromium-browser", "google-chrome"] {
            for folder in folders where fm.isExecutableFile(atPath: "\(folder)/\(name)") {
                return URL(fileURLWithPath: "\(folder)/\(name)")
            }
        }
        return nil
    }()

    static var isAvailable: Bool { executable != nil }
    static let skipMessage = "chromium is not installed (apt-get install -y chromium): HTML page test skipped"

    /// The DOM after the page's scripts ran, as Chromium serialises it.
    static func dumpDOM(_ url: String) throws -> String {
        let profile = try TemporaryFolder.make("chromium")
        defer { TemporaryFolder.remove(profile) }
        let process = Process()
        process.executableURL = executable
        process.arguments = ["--headless", "--disable-gpu", "--no-sandbox", "--no-first-run", "--disable-extensions",
                             "--user-data-dir=\(profile.path)", "--virtual-time-budget=5000", "--dump-dom", url]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let killer = DispatchWorkItem { if process.isRunning { process.terminate() } }
        DispatchQueue.global().asyncAfter(deadline: .now() + 120, execute: killer)
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        killer.cancel()
        return String(decoding: data, as: UTF8.self)
    }
}

/// What the dumped DOM says about the table rows, in document order.
struct DumpedRows {
    var codes: [String] = []
    var hidden: Set<String> = []
    var http: [String] = []
    var visibleCount: Int?
    var sortedColumn: (name: String, order: String)?

    init(_ dom: String) throws {
        let row = try NSRegularExpression(
            pattern: #"<tr data-search="[^"]*"([^>]*)><td data-sort="([^"]*)">.*?</td><td class="num" data-sort="([^"]*)""#)
        let text = dom as NSString
        for match in row.matches(in: dom, range: NSRange(location: 0, length: text.length)) {
            let code = text.substring(with: match.range(at: 2))
            codes.append(code)
            http.append(text.substring(with: match.range(at: 3)))
            if text.substring(with: match.range(at: 1)).contains("hidden") { hidden.insert(code) }
        }
        if let count = try NSRegularExpression(pattern: #"id="count" data-visible="(\d+)""#)
            .firstMatch(in: dom, range: NSRange(location: 0, length: text.length)) {
            visibleCount = Int(text.substring(with: count.range(at: 1)))
        }
        if let sort = try NSRegularExpression(pattern: #"<th data-column="(\w+)" aria-sort="(\w+)""#)
            .firstMatch(in: dom, range: NSRange(location: 0, length: text.length)) {
            sortedColumn = (text.substring(with: sort.range(at: 1)), text.substring(with: sort.range(at: 2)))
        }
    }

    var visible: [String] { codes.filter { !hidden.contains($0) } }
}

@Suite("Error tables: HTML page in headless Chromium", .serialized,
       .enabled(if: HeadlessChromium.isAvailable, "\(HeadlessChromium.skipMessage)"))
struct ErrorTableChromiumTests {
    typealias F = ErrorTableFixtures

    static func page() throws -> (url: URL, table: ErrorTable) {
        let table = ErrorTableBuilder(operations: F.current(
            F.spec("StartBox", errors: [
                F.error(403, "QuotaExceeded.Box", "You have too many boxes."),
                F.error(500, "InternalError", "Something broke."),
                F.error(404, "BoxNotFound", "The box does not exist."),
            ]),
            F.spec("StopBox", errors: [
                F.error(400, "Throttling", "Request quota of the account used up."),
                F.error(409, "IncorrectBoxStatus", "<b>Not</b> & \"stopped\""),
                F.error(nil, "Unavailable", nil),
            ]),
            F.spec("ListBoxes", errors: [F.error(429, "TooManyRequests", "Slow down.")])
        )).mergedTable()
        let folder = try TemporaryFolder.make("errors")
        let url = folder.appendingPathComponent("all.html")
        try Data(ErrorTableHTML.render(table).utf8).write(to: url)
        return (url, table)
    }

    static func load(_ page: URL, _ query: String = "") throws -> DumpedRows {
        try DumpedRows(HeadlessChromium.dumpDOM(page.absoluteString + query))
    }

    @Test func everyCodeIsOneRowAndAllAreVisibleWithoutAQuery() throws {
        let (url, table) = try Self.page()
        defer { try? FileManager.default.removeItem(at: url.deletingLastPathComponent()) }
        let rows = try Self.load(url)
        #expect(rows.codes.count == table.codes.count)
        #expect(rows.codes == table.codes.map(\.code))
        #expect(rows.hidden.isEmpty)
        #expect(rows.visibleCount == table.codes.count)
        #expect(rows.sortedColumn?.name == "code" && rows.sortedColumn?.order == "ascending")
    }

    @Test func theSearchBoxFiltersRowsOnCodeAndMessageText() throws {
        let (url, table) = try Self.page()
        defer { try? FileManager.default.removeItem(at: url.deletingLastPathComponent()) }
        let quota = try Self.load(url, "?q=Quota")
        #expect(quota.codes.count == table.codes.count)
        #expect(quota.visible == ["QuotaExceeded.Box", "Throttling"])
        #expect(quota.visibleCount == 2)
        let operation = try Self.load(url, "?q=listboxes")
        #expect(operation.visible == ["TooManyRequests"])
        let escaped = try Self.load(url, "?q=%3Cb%3ENot")
        #expect(escaped.visible == ["IncorrectBoxStatus"])
        let nothing = try Self.load(url, "?q=no-such-thing")
        #expect(nothing.visible.isEmpty && nothing.visibleCount == 0)
    }

    @Test func clickingAHeaderSortsAndClickingAgainReverses() throws {
        let (url, table) = try Self.page()
        defer { try? FileManager.default.removeItem(at: url.deletingLastPathComponent()) }
        // Code is the initial order; one click on it reverses.
        let byCode = try Self.load(url, "?sort=code")
        #expect(byCode.codes == table.codes.map(\.code).reversed())
        #expect(byCode.sortedColumn?.name == "code" && byCode.sortedColumn?.order == "descending")

        let byHTTP = try Self.load(url, "?sort=http")
        #expect(byHTTP.sortedColumn?.name == "http" && byHTTP.sortedColumn?.order == "ascending")
        let statuses = byHTTP.http.filter { !$0.isEmpty }.compactMap(Int.init)
        #expect(statuses == [400, 403, 404, 409, 429, 500])
        #expect(byHTTP.codes == ["Throttling", "QuotaExceeded.Box", "BoxNotFound", "IncorrectBoxStatus",
                                 "TooManyRequests", "InternalError", "Unavailable"])

        let reversed = try Self.load(url, "?sort=http&sort=http")
        #expect(reversed.sortedColumn?.order == "descending")
        #expect(reversed.http.compactMap(Int.init) == [500, 429, 409, 404, 403, 400])
        #expect(reversed.codes.last == "Unavailable", "a row without a status stays last")

        // Sorting and filtering together: hidden rows stay hidden in the new order.
        let both = try Self.load(url, "?q=quota&sort=http&sort=http")
        #expect(both.visible == ["QuotaExceeded.Box", "Throttling"])
        #expect(both.codes.count == table.codes.count)
    }
}
