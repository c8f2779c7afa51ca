import DocGenSpec

/// One self-contained HTML page per table: inline CSS and script, no network. A search box filters rows (matching
/// rows keep no `hidden` attribute), clicking a column header sorts by it (`aria-sort` shows the order).
/// `page.html?q=Quota&sort=http` fills the box and clicks the named headers after load (used by the Chromium test).
/// All page text goes through `HTMLEscaping.escape`.
public enum ErrorTableHTML {
    /// Column ids (the `data-column` of each header), in the order of `ErrorTableCells.headers`.
    static let columns = ["code", "http", "message", "description", "operations", "since", "until", "conflicts"]

    /// Fixed layout so the table fits a laptop screen; long words wrap inside their cell.
    static let columnWidths = ["15%", "5%", "21%", "21%", "12%", "7%", "7%", "12%"]

    public static func render(_ table: ErrorTable) -> String {
        let e = HTMLEscaping.escape
        var out = """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(e(table.title))</title>
        <style>\(style)</style>
        </head>
        <body>
        <header>
        <h1>\(e(table.title))</h1>
        <p>\(table.codes.count) error codes from \(table.operationCount) operations\
        \(table.languages.isEmpty ? "" : " (pages in " + e(table.languages.joined(separator: ", ")) + ")");
         \(table.conflictCount) conflicts. Click a column title to sort.</p>
        <label>Search <input id="search" type="search" autocomplete="off" placeholder="code, message, operation…"></label>
        <span id="count" data-visible="\(table.codes.count)">\(table.codes.count) of \(table.codes.count) codes</span>
        </header>
        <table id="codes">
        <colgroup>\(columnWidths.map { "<col style=\"width: \($0)\">" }.joined())</colgroup>
        <thead><tr>
        """
        for (index, title) in ErrorTableCells.headers.enumerated() {
            let sorted = index == 0 ? " aria-sort=\"ascending\"" : ""
            out += "<th data-column=\"\(columns[index])\"\(sorted)><button type=\"button\">\(e(title))</button></th>"
        }
        out += "</tr></thead>\n<tbody>\n"
        for row in table.codes {
            out += rowHTML(ErrorTableCells(row, in: table))
        }
        out += "</tbody>\n</table>\n<script>\(script)</script>\n</body>\n</html>\n"
        return out
    }

    private static func rowHTML(_ cells: ErrorTableCells) -> String {
        let e = HTMLEscaping.escape
        let row = cells.row
        func list(_ items: [String], _ titles: [String]? = nil) -> String {
            guard !items.isEmpty else { return "" }
            let lis = items.enumerated().map { index, item in
                let title = titles.map { " title=\"\(e($0[index]))\"" } ?? ""
                return "<li\(title)>\(breakable(item))</li>"
            }
            return "<ul>" + lis.joined() + "</ul>"
        }
        func languageList(_ texts: [String: [String]]) -> String {
            let lines = cells.lines(texts)
            guard !lines.isEmpty else { return "" }
            return "<ul>" + lines.map { line in
                let tag = cells.showLanguage ? "<span class=\"lang\">\(e(line.language))</span> " : ""
                return "<li lang=\"\(e(line.language))\">\(tag)\(e(line.text))</li>"
            }.joined() + "</ul>"
        }
        func cell(_ sortKey: String, _ content: String, _ extraClass: String = "") -> String {
            let cls = extraClass.isEmpty ? "" : " class=\"\(extraClass)\""
            return "<td\(cls) data-sort=\"\(e(sortKey))\">\(content)</td>"
        }
        let revisionKey: (RevisionRef?) -> String = { ref in ref.map { "\($0.date ?? "") \($0.revision)" } ?? "" }
        var out = "<tr data-search=\"\(e(row.searchText))\""
        out += row.conflicts.isEmpty ? ">" : " class=\"conflict\">"
        out += cell(row.code, "<code>\(breakable(row.code, after: "."))</code>")
        out += cell(row.httpStatuses.first.map(String.init) ?? "", e(cells.http), "num")
        out += cell(cells.lines(row.messages).first?.text ?? "", languageList(row.messages))
        out += cell(cells.lines(row.descriptions).first?.text ?? "", languageList(row.descriptions))
        out += cell(String(row.operations.count), list(cells.operationLabels, row.operations.map(\.operation)))
        out += revisionCell(row.since, sortKey: revisionKey(row.since))
        out += revisionCell(row.until, sortKey: revisionKey(row.until))
        out += cell(String(row.conflicts.count), list(cells.conflictLines))
        return out + "</tr>\n"
    }

    /// The date (or revision number) in the cell, the page it comes from below it in small type.
    private static func revisionCell(_ ref: RevisionRef?, sortKey: String) -> String {
        let e = HTMLEscaping.escape
        guard let ref else { return "<td class=\"rev\" data-sort=\"\">" + "</td>" }
        let when = ref.date ?? "revision \(ref.revision)"
        return "<td class=\"rev\" data-sort=\"\(e(sortKey))\">\(e(when))<small>\(breakable(ref.source))</small></td>"
    }

    /// Escaped text with a line-break opportunity after each `/` (operation labels, page paths) or `.` (codes).
    static func breakable(_ text: String, after separator: String = "/") -> String {
        HTMLEscaping.escape(text).replacingOccurrences(of: separator, with: separator + "<wbr>")
    }

    private static let style = """

    :root { color-scheme: light dark; --line: #d0d7de; --head: #f6f8fa; --warn: #9a6700; }
    @media (prefers-color-scheme: dark) { :root { --line: #3d444d; --head: #151b23; --warn: #d29922; } }
    body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; margin: 0 1rem 2rem; }
    header { max-width: 80rem; }
    h1 { font-size: 1.4rem; margin: 1rem 0 .25rem; }
    header p { margin: .25rem 0 .75rem; }
    #search { font: inherit; width: min(36rem, 70vw); padding: .3rem .5rem; margin-right: 1rem; }
    table { border-collapse: collapse; width: 100%; min-width: 60rem; table-layout: fixed; margin-top: .75rem; }
    th, td { border-bottom: 1px solid var(--line); padding: .35rem .5rem; text-align: left; vertical-align: top;
             overflow-wrap: break-word; }
    thead th { position: sticky; top: 0; background: var(--head); z-index: 1; white-space: nowrap; }
    th button { font: inherit; font-weight: 600; border: 0; background: none; color: inherit; cursor: pointer; padding: 0; }
    th[aria-sort=ascending] button::after { content: " ▲"; }
    th[aria-sort=descending] button::after { content: " ▼"; }
    td:nth-child(1) code { font: .95em ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; overflow-wrap: anywhere; }
    td:nth-child(8) { color: var(--warn); font-size: .9em; }
    td.rev { font-size: .85em; }
    td.rev small { display: block; opacity: .75; }
    thead th { overflow: hidden; text-overflow: ellipsis; }
    td ul { margin: 0; padding: 0; list-style: none; }
    td li + li { margin-top: .25rem; }
    .lang { font-size: .75em; border: 1px solid var(--line); border-radius: 3px; padding: 0 .25em; }
    tr[hidden] { display: none; }

    """

    private static let script = #"""

    'use strict';
    (function () {
      const table = document.getElementById('codes');
      const body = table.tBodies[0];
      const box = document.getElementById('search');
      const count = document.getElementById('count');
      const rows = Array.from(body.rows);
      function filter() {
        const query = box.value.trim().toLowerCase();
        let visible = 0;
        for (const row of rows) {
          const show = query === '' || row.dataset.search.includes(query);
          row.hidden = !show;
          if (show) visible += 1;
        }
        count.dataset.visible = String(visible);
        count.textContent = visible + ' of ' + rows.length + ' codes';
      }
      function compare(a, b) {
        if (a === b) return 0;
        const x = Number(a), y = Number(b);
        if (a !== '' && b !== '' && !isNaN(x) && !isNaN(y)) return x - y;
        return a < b ? -1 : 1;
      }
      function sortBy(header) {
        const column = header.cellIndex;
        const descending = header.getAttribute('aria-sort') === 'ascending';
        for (const th of table.tHead.rows[0].cells) th.removeAttribute('aria-sort');
        header.setAttribute('aria-sort', descending ? 'descending' : 'ascending');
        const sign = descending ? -1 : 1;
        // Empty cells go last in either direction.
        const ordered = Array.from(body.rows).sort(function (r, s) {
          const a = r.cells[column].dataset.sort, b = s.cells[column].dataset.sort;
          if ((a === '') !== (b === '')) return a === '' ? 1 : -1;
          return sign * compare(a, b);
        });
        for (const row of ordered) body.appendChild(row);
      }
      for (const th of table.tHead.rows[0].cells) th.addEventListener('click', function () { sortBy(th); });
      box.addEventListener('input', filter);
      const params = new URLSearchParams(location.search || location.hash.slice(1));
      if (params.has('q')) { box.value = params.get('q'); filter(); }
      for (const name of params.getAll('sort')) {
        const th = table.querySelector('th[data-column="' + CSS.escape(name) + '"]');
        if (th) th.click();
      }
    })();

    """#
}
