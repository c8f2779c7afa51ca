import DocGenCore
import Foundation

/// Exit codes shared by every command. Commands with finer codes (diff) document them in their help.
enum ExitCode {
    static let ok: Int32 = 0
    static let failure: Int32 = 1
    static let usage: Int32 = 2
}

func printError(_ message: String) {
    FileHandle.standardError.write(Data((message + "\n").utf8))
}

func topLevelHelp() -> String {
    var text = """
    docgen: turns cloud vendors' API reference pages into specs, diffs and Swift code.

    Usage: docgen <command> [options] [arguments]

    Commands:

    """
    for command in allCommands {
        text += "  " + command.name.padding(toLength: 10, withPad: " ", startingAt: 0) + command.summary + "\n"
    }
    text += """

    Run 'docgen <command> --help' for a command's options.
    Exit codes: 0 ok, 1 a command's failure condition (see its help), 2 usage error.
    """
    return text
}

let arguments = Array(CommandLine.arguments.dropFirst())
guard let first = arguments.first, first != "--help", first != "-h", first != "help" else {
    print(topLevelHelp())
    exit(arguments.isEmpty ? ExitCode.usage : ExitCode.ok)
}
guard let command = allCommands.first(where: { $0.name == first }) else {
    printError("docgen: unknown command '\(first)'\n\n" + topLevelHelp())
    exit(ExitCode.usage)
}
let rest = Array(arguments.dropFirst())
if rest.contains("--help") || rest.contains("-h") {
    print(command.help)
    exit(ExitCode.ok)
}
do {
    exit(try command.run(rest))
} catch let error as DocGenError {
    printError("docgen \(command.name): \(error)")
    if case .usage = error { printError("Run 'docgen \(command.name) --help' for usage.") }
    exit(error.exitCode)
} catch {
    printError("docgen \(command.name): \(error)")
    exit(ExitCode.failure)
}
