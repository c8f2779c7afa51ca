import DocGenSpec
import DocGenReading
import DocGenDiff
import DocGenGeneration
import DocGenErrorTables
import DocGenCommandLine
import Testing

@Suite("Error tables: rows, languages, conflicts, since/until")
struct ErrorTableBuilderTests {
    typealias F = ErrorTableFixtures

    @Test func oneRowPerCodeWithOperationsStatusesAndTexts() {
        let builder = ErrorTableBuilder(operations: F.current(
            F.spec("StartBox", errors: [
                F.error(404, "BoxNotFound", "The box does not exist.", "Check the box id."),
                F.error(403, "QuotaExceeded", "You have too many boxes."),
            ]),
            F.spec("StopBox", errors: [F.error(404, "BoxNotFound", "The box does not exist.", "Check the box id.")]),
            F.spec("ListBoxes", errors: [])
        ))
        let table = builder.productTables()[0]
        #expect(table.vendor == "acme" && table.product == "box")
        #expect(table.operationCount == 3)
        #expect(table.codes.map(\.code) == ["BoxNotFound", "QuotaExceeded"])
        let notFound = F.row(table, "BoxNotFound")!
        #expect(notFound.httpStatuses == [404])
        #expect(notFound.operations.map(\.label) == ["StartBox", "StopBox"])
        #expect(notFound.operations.map(\.operation) == ["acme/box/2020-01-01/StartBox", "acme/box/2020-01-01/StopBox"])
        #expect(notFound.messages == ["en": ["The box does not exist."]])
        #expect(notFound.descriptions == ["en": ["Check the box id."]])
        #expect(notFound.conflicts.isEmpty)
        #expect(notFound.since == nil && notFound.until == nil)
    }

    @Test func mergedTableSpansVendorsAndLabelsOperationsWithTheirProduct() {
        let builder = ErrorTableBuilder(operations: F.current(
            F.spec("StartBox", errors: [F.error(500, "InternalError", "Something broke.")]),
            F.spec("PutObject", vendor: "zeta", product: "store", errors: [F.error(nil, "InternalError", nil)])
        ))
        #expect(builder.productTables().map { "\($0.vendor!)-\($0.product!)" } == ["acme-box", "zeta-store"])
        let merged = builder.mergedTable()
        #expect(merged.vendor == nil && merged.product == nil)
        let row = F.row(merged, "InternalError")!
        #expect(row.operations.map(\.label) == ["acme/box/StartBox", "zeta/store/PutObject"])
        #expect(row.httpStatuses == [500])
        // A page without a status column is not a second status.
        #expect(!row.conflicts.contains { $0.kind == .httpStatus })
    }

    @Test func descriptionsAreGroupedByLanguageWhenZhAndEnPagesExist() {
        let en = F.spec("StartBox", language: "en", errors: [
            F.error(403, "QuotaExceeded", "You have too many boxes.", "The account reached its box quota."),
        ])
        let zh = F.spec("StartBox", language: "zh", errors: [
            F.error(403, "QuotaExceeded", "You have too many boxes.", "账号的箱子数量已达上限。"),
        ])
        let operation = OperationRevisions(id: en.operationID, revisions: [en, zh])
        let table = ErrorTableBuilder(operations: [operation]).mergedTable()
        let row = F.row(table, "QuotaExceeded")!
        #expect(table.languages == ["en", "zh"])
        #expect(row.descriptions == ["en": ["The account reached its box quota."], "zh": ["账号的箱子数量已达上限。"]])
        #expect(row.messages == ["en": ["You have too many boxes."], "zh": ["You have too many boxes."]])
        #expect(row.operations.count == 1)
        #expect(row.operations[0].occurrences.map(\.language) == ["en", "zh"])
        // Two pages of one operation in two languages are not history.
        #expect(row.since == nil && row.until == nil)
    }

    @Test func differentHttpStatusesAndMessagesAreConflicts() {
        let table = ErrorTableBuilder(operations: F.current(
            F.spec("StartBox", errors: [F.error(403, "OperationDenied", "The box is locked.")]),
            F.spec("StopBox", errors: [
                F.error(404, "OperationDenied", "The zone is closed."),
                F.error(404, "OperationDenied", "%s"),
            ]),
            F.spec("MoveBox", errors: [F.error(403, "Throttling", "%s"), F.error(403, "Throttling", "Slow down.")])
        )).productTables()[0]
        let denied = F.row(table, "OperationDenied")!
        #expect(denied.httpStatuses == [403, 404])
        let http = denied.conflicts.first { $0.kind == .httpStatus }
        #expect(http?.summary == "HTTP 403 (StartBox); 404 (StopBox)")
        let message = denied.conflicts.first { $0.kind == .message }
        #expect(message?.summary == "2 different messages (en) across 2 operations")
        // "%s" is a placeholder, not a second message.
        #expect(F.row(table, "Throttling")!.conflicts.isEmpty)
    }

    @Test func typographicQuotesCaseAndAFinalStopDoNotMakeMessagesDifferent() {
        let table = ErrorTableBuilder(operations: F.current(
            F.spec("StartBox", errors: [F.error(403, "Denied", "The box’s lock is on.")]),
            F.spec("StopBox", errors: [F.error(403, "Denied", "The box's lock is on")]),
            F.spec("MoveBox", errors: [F.error(403, "Denied", "the box's lock is on.")])
        )).mergedTable()
        let row = F.row(table, "Denied")!
        #expect(row.conflicts.isEmpty)
        // The table still shows each spelling as the pages wrote it.
        #expect(row.messages["en"]?.count == 3)
    }

    @Test func messagesInDifferentLanguagesAreNotComparedWithEachOther() {
        let en = F.spec("StartBox", language: "en", errors: [F.error(403, "Busy", "The box is busy.")])
        let zh = F.spec("StartBox", language: "zh", errors: [F.error(403, "Busy", "箱子正忙。")])
        let table = ErrorTableBuilder(operations: [OperationRevisions(id: en.operationID, revisions: [en, zh])])
            .mergedTable()
        #expect(F.row(table, "Busy")!.conflicts.isEmpty)
    }

    @Test func codeNamingAParameterOfAnotherOperationButNotThisOneIsFlagged() {
        let table = ErrorTableBuilder(operations: F.current(
            F.spec("MakeSnapshot", parameters: ["RegionId", "RetentionDays", "Tag.N.Key"], errors: [
                F.error(400, "InvalidRetentionDays.Malformed", "%s"),
            ]),
            F.spec("MakeDisk", parameters: ["RegionId", "DiskName"], errors: [
                F.error(400, "InvalidRetentionDays.Malformed", "%s"),
                F.error(400, "InvalidDiskName.Malformed", "%s"),
                F.error(400, "MissingParameter", "%s"),
                F.error(404, "InvalidZone.NotFound", "The specified Zone does not exist."),
                F.error(400, "InvalidTag.Mismatch", "The specified Tag.n.Key and Tag.n.Value are not match."),
                F.error(400, "InvalidTagKey.Malformed", "The specified Tag.n.Key is not valid."),
                F.error(400, "Zone.NotOnSale", "%s"),
            ])
        )).productTables()[0]
        let retention = F.row(table, "InvalidRetentionDays.Malformed")!.conflicts
        #expect(retention.count == 1)
        #expect(retention.first?.kind == .unknownParameter)
        #expect(retention.first?.operation == "acme/box/2020-01-01/MakeDisk")
        #expect(retention.first?.parameter == "RetentionDays")
        #expect(retention.first?.summary
            == "RetentionDays (from the code) is not a parameter of MakeDisk; it is one of MakeSnapshot")
        // The operation has it; generic words; names no operation has: no flag.
        // A message that does not complain about a value (“are not match”) is not read for names either.
        for code in ["InvalidDiskName.Malformed", "MissingParameter", "InvalidZone.NotFound", "Zone.NotOnSale",
                     "InvalidTag.Mismatch"] {
            #expect(F.row(table, code)!.conflicts.isEmpty, "\(code)")
        }
        // TagKey (code) is MakeSnapshot's Tag.N.Key; the message names Tag.n.Key, whose base Tag MakeDisk lacks too.
        let tag = F.row(table, "InvalidTagKey.Malformed")!.conflicts
        #expect(tag.map(\.parameter) == ["TagKey", "Tag"])
        #expect(tag.map(\.summary).last == "Tag (from the message) is not a parameter of MakeDisk; it is one of MakeSnapshot")
    }

    @Test func parameterNamesFromMessagesAndCodesFollowTheDocumentedRules() {
        let disk = F.spec("MakeDisk", parameters: ["RegionId", "InstanceIds"], errors: [
            F.error(400, "InvalidInstanceId.NotFound", "The specified instanceId does not exist."),
            F.error(400, "InvalidParameter.PeriodUnit", "%s"),
            F.error(400, "Unknown.Failure", "The specified parameter \"Description\" is not valid."),
            F.error(400, "Other.Failure", "autoRenewPeriod is invalid."),
            F.error(400, "InvalidStatus", "%s"),
            F.error(400, "InvalidStatus.Malformed", "%s"),
            F.error(404, "InvalidHostId.NotFound", "The specified HostId does not exist."),
            F.error(400, "InvalidDiskCategory.ValueNotSupported", "%s"),
            F.error(400, "InvalidSystemDiskCategory.Malformed", "%s"),
            F.error(400, "DeploymentSet.InvalidId", "%s"),
            F.error(400, "Invalid.Parameter", "%s"),
            F.error(400, "InvalidParameter.PeriodUnit.KeyNotEnabled", "%s"),
            F.error(400, "InvalidAutoRenewPeriod.MalFormed", "%s"),
        ])
        let other = F.spec("RenewBox", parameters: ["InstanceId", "PeriodUnit", "Description", "AutoRenewPeriod", "Status",
                                                    "HostId", "DiskCategory", "SystemDiskCategory"],
                           errors: [])
        let third = F.spec("RunBox", parameters: ["SystemDisk.Category", "DeploymentSetId"], errors: [
            F.error(400, "InvalidDiskCategory.ValueNotSupported", "%s"),
            F.error(400, "InvalidSystemDiskCategory.Malformed", "%s"),
            F.error(400, "DeploymentSet.InvalidId", "%s"),
        ])
        let table = ErrorTableBuilder(operations: F.current(disk, other, third)).productTables()[0]
        // InstanceIds covers InstanceId (plural and case are ignored).
        #expect(F.row(table, "InvalidInstanceId.NotFound")!.conflicts.isEmpty)
        #expect(F.row(table, "InvalidParameter.PeriodUnit")!.conflicts.map(\.parameter) == ["PeriodUnit"])
        #expect(F.row(table, "Unknown.Failure")!.conflicts.map(\.parameter) == ["Description"])
        #expect(F.row(table, "Other.Failure")!.conflicts.map(\.parameter) == ["autoRenewPeriod"])
        // Only codes complaining about a value count: a bare InvalidX or a state (NotFound) names no parameter.
        #expect(F.row(table, "InvalidStatus")!.conflicts.isEmpty)
        #expect(F.row(table, "InvalidStatus.Malformed")!.conflicts.map(\.parameter) == ["Status"])
        #expect(F.row(table, "InvalidHostId.NotFound")!.conflicts.isEmpty)
        // RunBox's SystemDisk.Category is SystemDiskCategory, but not DiskCategory: names are compared whole.
        let category = F.row(table, "InvalidDiskCategory.ValueNotSupported")!.conflicts
        #expect(category.compactMap(\.operation) == ["acme/box/2020-01-01/MakeDisk", "acme/box/2020-01-01/RunBox"])
        let system = F.row(table, "InvalidSystemDiskCategory.Malformed")!.conflicts
        #expect(system.compactMap(\.operation) == ["acme/box/2020-01-01/MakeDisk"])
        // DeploymentSet.InvalidId: "InvalidId" is the complaint, not a name.
        #expect(F.row(table, "DeploymentSet.InvalidId")!.conflicts.isEmpty)
        #expect(F.row(table, "Invalid.Parameter")!.conflicts.isEmpty)
        // A third segment that is a state, not a value complaint, makes InvalidParameter.X about something else.
        #expect(F.row(table, "InvalidParameter.PeriodUnit.KeyNotEnabled")!.conflicts.isEmpty)
        #expect(F.row(table, "InvalidAutoRenewPeriod.MalFormed")!.conflicts.map(\.parameter) == ["AutoRenewPeriod"])
    }

    @Test func aLongerParameterEndingInTheNameIsNotTheNamedParameter() {
        // InstantAccessRetentionDays is not RetentionDays: the snapshot-group page lists the snapshot code.
        let table = ErrorTableBuilder(operations: F.current(
            F.spec("MakeSnapshot", parameters: ["DiskId", "RetentionDays"], errors: []),
            F.spec("MakeSnapshotGroup", parameters: ["InstanceId", "InstantAccessRetentionDays"], errors: [
                F.error(400, "InvalidRetentionDays.Malformed", "The specified RetentionDays is not valid."),
            ])
        )).productTables()[0]
        let conflicts = F.row(table, "InvalidRetentionDays.Malformed")!.conflicts
        #expect(conflicts.map(\.summary)
            == ["RetentionDays (from the code) is not a parameter of MakeSnapshotGroup; it is one of MakeSnapshot"])
    }

    @Test func pagesWithoutParametersAreNotCheckedForUnknownParameters() {
        let table = ErrorTableBuilder(operations: F.current(
            F.spec("MakeSnapshot", parameters: ["RetentionDays"], errors: []),
            F.spec("MakeDisk", parameters: [], errors: [F.error(400, "InvalidRetentionDays.Malformed", "%s")])
        )).productTables()[0]
        #expect(F.row(table, "InvalidRetentionDays.Malformed")!.conflicts.isEmpty)
    }

    @Test func sinceAndUntilComeFromTheFirstAndLastRevisionListingTheCode() {
        let r1 = F.spec("StartBox", file: "history/2019-01-01.md", date: "2019-01-01", errors: [
            F.error(400, "OldCode", "Gone later."), F.error(403, "Stable", "Always here."),
        ])
        let r2 = F.spec("StartBox", file: "history/2020-01-01.md", date: "2020-01-01", errors: [
            F.error(400, "OldCode", "Gone later, reworded."), F.error(403, "Stable", "Always here."),
            F.error(409, "NewCode", "Added in 2020."),
        ])
        let r3 = F.spec("StartBox", file: "current.md", date: "2021-01-01", errors: [
            F.error(403, "Stable", "Always here."), F.error(409, "NewCode", "Added in 2020."),
        ])
        let operation = OperationRevisions(id: r3.operationID, revisions: [r1, r2, r3])
        let table = ErrorTableBuilder(operations: [operation]).productTables()[0]
        #expect(table.codes.map(\.code) == ["NewCode", "OldCode", "Stable"])

        let old = F.row(table, "OldCode")!
        #expect(old.since?.date == "2019-01-01" && old.since?.revision == 1)
        #expect(old.until?.date == "2020-01-01" && old.until?.source == "history/2020-01-01.md")
        #expect(old.until?.display == "2020-01-01 (history/2020-01-01.md)")
        // The row shows the last revision that listed it, not the first.
        #expect(old.messages == ["en": ["Gone later, reworded."]])

        let new = F.row(table, "NewCode")!
        #expect(new.since?.revision == 2 && new.until == nil)
        let stable = F.row(table, "Stable")!
        #expect(stable.since?.revision == 1 && stable.until == nil)
        #expect(stable.operations[0].occurrences.map(\.revision) == [3])
    }

    @Test func aCodeStillListedByAnyOperationHasNoUntil() {
        let old = F.spec("StartBox", file: "a1.md", date: "2019-01-01", errors: [F.error(400, "Shared", "x")])
        let new = F.spec("StartBox", file: "a2.md", date: "2020-01-01", errors: [])
        let stop = F.spec("StopBox", errors: [F.error(400, "Shared", "x")])
        let table = ErrorTableBuilder(operations: [
            OperationRevisions(id: old.operationID, revisions: [old, new]), OperationRevisions(current: stop),
        ]).productTables()[0]
        let row = F.row(table, "Shared")!
        #expect(row.until == nil)
        #expect(row.operations.first { $0.label == "StartBox" }?.until?.source == "a1.md")
        #expect(row.operations.first { $0.label == "StopBox" }?.until == nil)
    }

    @Test func eachLanguageHasItsOwnTimeline() {
        // en revision 1, zh revision 2, en revision 3 without the code: gone in en, still current in zh.
        let en1 = F.spec("StartBox", language: "en", file: "en1.md", errors: [F.error(400, "Code", "m")])
        let zh = F.spec("StartBox", language: "zh", file: "zh.md", errors: [F.error(400, "Code", "m")])
        let en2 = F.spec("StartBox", language: "en", file: "en2.md", errors: [])
        let table = ErrorTableBuilder(operations: [OperationRevisions(id: en1.operationID, revisions: [en1, zh, en2])])
            .mergedTable()
        let row = F.row(table, "Code")!
        #expect(row.until == nil)
        #expect(row.since?.source == "en1.md")
        #expect(row.operations[0].occurrences.map(\.source) == ["en1.md", "zh.md"])
    }
}
