import DocGenCommandLine
import Foundation

exit(DocGenMain.run(Array(CommandLine.arguments.dropFirst())))
