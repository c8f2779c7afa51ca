@testable import DocGenSpec
@testable import DocGenReading
@testable import DocGenDiff
@testable import DocGenGeneration
@testable import DocGenErrorTables
@testable import DocGenCommandLine

/// Runs the extractor on one description the way the builder calls it.
func extract(
    _ description: String, parameter: String = "Subject", type: ParamType = .string, repeatList: Bool = false,
    known: Set<String> = []
) -> ExtractedConstraints {
    ConstraintExtractor(knownParameters: known.union([parameter]))
        .extract(from: description, parameter: parameter, type: type, isRepeatList: repeatList)
}
