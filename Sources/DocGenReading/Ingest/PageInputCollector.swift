import Foundation
import DocGenSpec

/// Expands `ingest` arguments (files and folders) into the list of pages, in a stable order.
///
/// - A folder is searched recursively for page-like files (`.md .markdown .txt .html .htm`, any case); hidden files
///   and folders are skipped, and so are `README.*` files (notes about a folder, not pages). Each page's display path is relative to the folder argument (`alibaba-ecs-en/AddTags.md`).
/// - A file argument is taken whatever its extension (it was asked for); its display path is its file name.
/// - Pages come in argument order, each folder's pages sorted by display path; a file reached twice is read once.
public enum PageInputCollector {
    public static let pageExtensions: Set<String> = ["md", "markdown", "txt", "html", "htm"]

    public static func collect(_ arguments: [String]) -> (inputs: [PageInput], diagnostics: [Diagnostic]) {
        var inputs: [PageInput] = []
        var diagnostics: [Diagnostic] = []
        var seen = Set<String>()
        for argument in arguments {
            let url = URL(fileURLWithPath: argument).standardizedFileURL
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder) else {
                diagnostics.append(Diagnostic(.error, code: "input-missing", "no such file or folder", file: argument, line: nil))
                continue
            }
            let found: [PageInput]
            if isFolder.boolValue {
                guard FileManager.default.isReadableFile(atPath: url.path) else {
                    diagnostics.append(Diagnostic(.error, code: "unreadable", "cannot read folder", file: argument, line: nil))
                    continue
                }
                found = pages(inFolder: url)
                if found.isEmpty {
                    diagnostics.append(Diagnostic(.warning, code: "no-pages", "folder holds no page files (\(extensionList))", file: argument, line: nil))
                }
            } else {
                found = [PageInput(url: url, displayPath: url.lastPathComponent)]
            }
            for input in found where seen.insert(input.url.resolvingSymlinksInPath().path).inserted {
                inputs.append(input)
            }
        }
        return (inputs, diagnostics)
    }

    private static var extensionList: String {
        pageExtensions.sorted().map { "." + $0 }.joined(separator: " ")
    }

    private static func pages(inFolder folder: URL) -> [PageInput] {
        let keys: [URLResourceKey] = [.isRegularFileKey]
        guard let walker = FileManager.default.enumerator(
            at: folder, includingPropertiesForKeys: keys, options: [.skipsHiddenFiles]
        ) else { return [] }
        let prefix = folder.path.hasSuffix("/") ? folder.path : folder.path + "/"
        var found: [PageInput] = []
        for case let url as URL in walker {
            guard pageExtensions.contains(url.pathExtension.lowercased()),
                  url.deletingPathExtension().lastPathComponent.lowercased() != "readme",
                  (try? url.resourceValues(forKeys: Set(keys)).isRegularFile) == true
            else { continue }
            let path = url.standardizedFileURL.path
            let relative = path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : url.lastPathComponent
            found.append(PageInput(url: url.standardizedFileURL, displayPath: relative))
        }
        // Byte order of the UTF-8 path, so the order does not depend on the locale or on Unicode collation.
        return found.sorted { Array($0.displayPath.utf8).lexicographicallyPrecedes(Array($1.displayPath.utf8)) }
    }
}
