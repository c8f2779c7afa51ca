import Foundation
import DocGenSpec

/// One diff as the command line asks for it: read both sides, compare, check vendor claims, apply the ignore file.
public enum DiffRun {
    public struct Result: Sendable {
        public var report: DiffReport
        /// Problems that did not stop the diff (duplicate specs in a folder).
        public var notes: [String]
    }

    public static func report(old: String, new: String, ignoreFile: String?, failOn: ChangeSeverity?,
                              pageReader: SpecInput.PageReading?) throws -> Result {
        let ignore = try ignoreFile.map { try IgnoreList.read(at: URL(fileURLWithPath: $0)) } ?? IgnoreList()
        let left = try SpecInput.load(old, pageReader: pageReader)
        let right = try SpecInput.load(new, pageReader: pageReader)
        let changes: [Change]
        let claims: [ClaimCheck]
        switch (left.shape, right.shape) {
        case (.single, .single):
            changes = SpecDiff.compare(old: left.specs[0], new: right.specs[0])
            claims = VendorClaimCheck.check(old: left.specs[0], new: right.specs[0], changes: changes)
        case (.folder, .folder):
            changes = SpecDiff.compare(old: left.specs, new: right.specs)
            claims = VendorClaimCheck.check(oldSpecs: left.specs, newSpecs: right.specs, changes: changes)
        default:
            throw DocGenError.usage("compare a file with a file or a folder with a folder ('\(old)', '\(new)')")
        }
        let report = DiffReport(oldLabel: old, newLabel: new, changes: changes, claims: claims, ignore: ignore, failOn: failOn)
        return Result(report: report, notes: left.notes + right.notes)
    }
}
