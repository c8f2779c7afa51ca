@testable import DocGenSpec
@testable import DocGenGeneration
import Foundation
import Testing

/// Which keys of a page's response example the generated response type does not know.
@Suite struct UndocumentedExampleKeysTests {
    private func shape(_ fields: [ResponseField]) -> ResponseShape {
        ResponseShapeBuilder.build(fields, typeName: "Response", qualifiedName: "Op.Response")
    }

    private func json(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    private var snapshots: ResponseShape {
        let id = ResponseField(name: "SnapshotId", type: .string, line: 3)
        return shape([
            ResponseField(name: "RequestId", type: .string, line: 1),
            ResponseField(name: "Snapshots", type: .array, items: Items(type: .object), children: [id], line: 2),
            ResponseField(name: "Owner", type: .object, children: [ResponseField(name: "Name", type: .string, line: 5)], line: 4),
            ResponseField(name: "Extra", type: .object, line: 6),
        ])
    }

    @Test func listsAreFollowedThroughTheirWrapperAndUnknownKeysNamedByPath() throws {
        let body = try json(#"""
            {"RequestId": "r", "TotalCount": 2,
             "Snapshots": {"Snapshot": [{"SnapshotId": "s-1", "Size": 1}, {"SnapshotId": "s-2"}]},
             "Owner": {"Name": "n", "Id": 7}, "Extra": {"Anything": 1}}
            """#)
        #expect(UndocumentedExampleKeys.paths(in: body, shape: snapshots, prefix: "") ==
                ["Owner.Id", "Snapshots.Snapshot[0].Size", "TotalCount"])
    }

    @Test func aSingleObjectStandsForAOneElementListAndTencentPathsStartAtResponse() throws {
        let body = try json(#"{"RequestId": "r", "Snapshots": {"SnapshotId": "s-1", "Zone": "z"}}"#)
        #expect(UndocumentedExampleKeys.paths(in: body, shape: snapshots, prefix: "Response") == ["Response.Snapshots.Zone"])
    }

    @Test func aListStopsAtItsFirstElementThatIsNotAnObject() throws {
        let body = try json(#"{"Snapshots": [{"SnapshotId": "s", "A": 1}, 5, {"B": 2}]}"#)
        #expect(UndocumentedExampleKeys.paths(in: body, shape: snapshots, prefix: "") == ["Snapshots[0].A"])
    }
}
