import DocGenSpec
import Foundation

/// The `docgen` executable's whole behaviour: pick the command, print help, map errors to the exit-code table.
public enum DocGenMain {
    /// Runs one command line (without the program name) and returns the process exit code.
    public static func run(_ arguments: [String]) -> Int32 {
        guard let first = arguments.first, first != "--help", first != "-h", first != "help" else {
            print(topLevelHelp())
            return arguments.isEmpty ? ExitCode.usage : ExitCode.ok
        }
        guard let command = allCommands.first(where: { $0.name == first }) else {
            var message = "docgen: unknown command '\(TerminalText.safe(first))'"
            if let guess = CommandSuggestion.closest(to: first, among: allCommands.map { $0.name }) {
                message += "; did you mean '\(guess)'?"
            }
            printError(message + "\n\n" + topLevelHelp())
            return ExitCode.usage
        }
        let rest = Array(arguments.dropFirst())
        if rest.contains("--help") || rest.contains("-h") {
            print(command.help)
            return ExitCode.ok
        }
        return run(command, rest)
    }

    private static func run<C: Command>(_ command: C.Type, _ arguments: [String]) -> Int32 {
        do {
            return try C.run(arguments)
        } catch let error as DocGenError {
            printError("docgen \(C.name): \(error)")
            if case .usage = error { printError("Run 'docgen \(C.name) --help' for usage.") }
            return error.exitCode
        } catch {
            printError("docgen \(C.name): \(error)")
            return ExitCode.failure
        }
    }

    static func topLevelHelp() -> String {
        var text = """
        docgen: turns cloud vendors' API reference pages into specs, diffs and Swift code.

        Usage: docgen <command> [options] [arguments]

        Commands:

        """
        for command in allCommands {
            text += "  " + command.name.padding(toLength: 10, withPad: " ", startingAt: 0) + command.summary + "\n"
        }
        text += "\nRun 'docgen <command> --help' for a command's options.\n" + ExitCode.helpText
        return text
    }
}

func printError(_ message: String) {
    FileHandle.standardError.write(Data((TerminalText.safe(message) + "\n").utf8))
}
