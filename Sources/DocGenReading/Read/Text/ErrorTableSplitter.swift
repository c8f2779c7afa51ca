import DocGenSpec

/// Splits all rows of one error table in two passes. The first pass splits each row on its own; the rows it
/// split without assumptions then teach the second pass what this table looks like (description openings several
/// rows share, the words its codes are made of, the words of its prose), which settles rows the first pass had
/// to guess at, and rows whose message starts in lowercase right after the code (`...NotSupported|disk size ...`),
/// which a single row cannot tell from a longer last word.
enum ErrorTableSplitter {
    static func split(_ rows: [String], base: ErrorRowSplitter, pageWords: Set<String>) -> [ErrorRowSplitter.Split] {
        let first = rows.map { base.split($0) }
        let confident = first.filter { $0.assumption == nil && !$0.failed }

        var openingCounts: [String: Int] = [:]
        var codeWords: Set<String> = []
        var proseWords = pageWords
        for split in confident {
            let words = split.description.split(separator: " ").prefix(4)
            if words.count == 4 { openingCounts[words.joined(separator: " "), default: 0] += 1 }
            codeWords.formUnion(camelWords(split.code))
            proseWords.formUnion(lowercaseWords(split.message + " " + split.description))
        }
        var learned = base
        learned.descriptionOpenings = openingCounts.filter { $0.value >= 2 }.keys.sorted()
        learned.codeWords = codeWords
        learned.proseWords = proseWords
        return rows.map { learned.split($0) }
    }

    /// `InvalidDiskSize.NotSupported` -> Invalid, Disk, Size, Not, Supported.
    static func camelWords(_ code: String) -> Set<String> {
        var words: Set<String> = []
        var current = ""
        for c in code {
            if c.isUppercase, !current.isEmpty, current.last?.isLowercase == true {
                words.insert(current)
                current = ""
            }
            if c.isLetter { current.append(c) } else if !current.isEmpty { words.insert(current); current = "" }
        }
        if !current.isEmpty { words.insert(current) }
        return words.filter { $0.count >= 2 && $0.first!.isUppercase }
    }

    /// Words written entirely in lowercase ASCII letters (the prose of these pages is English).
    static func lowercaseWords(_ text: String) -> Set<String> {
        var words: Set<String> = []
        var current: [UInt8] = []
        var allLower = true
        func flush() {
            if current.count >= 2, allLower { words.insert(String(decoding: current, as: UTF8.self)) }
            current.removeAll(keepingCapacity: true)
            allLower = true
        }
        for byte in text.utf8 {
            if byte >= 97 && byte <= 122 {
                current.append(byte)
            } else if (byte >= 65 && byte <= 90) || byte >= 128 {
                current.append(byte)
                allLower = false
            } else {
                flush()
            }
        }
        flush()
        return words
    }
}
