@testable import DocGenCore

/// Runs the extractor on one description the way the builder calls it.
func extract(
    _ description: String, parameter: String = "Subject", type: ParamType = .string, repeatList: Bool = false,
    known: Set<String> = []
) -> ExtractedConstraints {
    ConstraintExtractor(knownParameters: known.union([parameter]))
        .extract(from: description, parameter: parameter, type: type, isRepeatList: repeatList)
}
