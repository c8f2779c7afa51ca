import DocGenRuntime
import Foundation
import DocGenSpec

/// Builds the view model of one operation's generated tests.
struct TestsViewBuilder {
    let spec: OperationSpec
    let specPath: String
    let context: ProductContext
    let operationName: String
    let request: StructShape
    let response: ResponseShape

    private var base: Int { context.profile.style.listIndexBase }
    private var samples: SampleBuilder { SampleBuilder(listIndexBase: base) }

    func build() -> OperationTestsView {
        let (example, notes) = exampleValues()
        var view = OperationTestsView(
            headerLines: DocLines.header(specPath: specPath), moduleName: context.moduleName,
            suiteName: operationName + "Tests", operationName: operationName,
            requestType: context.moduleName + "." + operationName + ".Request",
            operationReference: context.moduleName + "." + operationName,
            errorTypeReference: context.moduleName + "." + context.errorTypeName,
            hasExample: example != nil, exampleArguments: [], exampleNotes: notes.flatMap(SwiftEscaping.commentLines),
            expectedQuery: [], limitCases: [], hasLimitCases: false, errorCodes: errorRoundTrips(), hasErrorCodes: false,
            responseExample: nil, responseNotes: []
        )
        view.hasErrorCodes = !view.errorCodes.isEmpty
        if let example {
            let present = zip(request.properties, example).compactMap { property, value in value.map { (property, $0) } }
            view.exampleArguments = present.enumerated().map { index, item in
                ExampleArgumentView(name: item.0.name, value: item.1.swiftExpression, isLast: index == present.count - 1)
            }
            var pairs: [(String, String)] = [("Action", spec.action)]
            if context.profile.style.sendsVersion { pairs.append(("Version", spec.apiVersion)) }
            pairs += QueryPlanner(listIndexBase: base).pairs(request, example, prefix: "")
            view.expectedQuery = pairs.map {
                QueryPairView(nameLiteral: SwiftEscaping.stringLiteral($0.0), valueLiteral: SwiftEscaping.stringLiteral($0.1))
            }
            view.rejectedExamples = rejectedExamples()
            (view.limitCases, view.limitTableLines) = limitCases(example: example)
            view.limitTableHashes = RawJSONText.hashes(for: view.limitTableLines)
            view.hasLimitCases = !view.limitCases.isEmpty
        }
        (view.responseExample, view.responseNotes) = responseExample()
        return view
    }

    // MARK: Example request

    /// The top-level properties whose page example breaks a documented limit, each with that example.
    func rejectedExamples() -> [RejectedExampleView] {
        request.properties.compactMap { property in
            let (_, note, rejected) = samples.pageExample(for: property)
            guard let rejected, let note else { return nil }
            return RejectedExampleView(
                testName: "pageExampleOf" + SwiftIdentifiers.upperCamel(property.storageName) + "IsReported",
                commentLines: SwiftEscaping.commentLines("The page's " + note + ": validation must report it."),
                storageName: property.storageName, value: rejected.swiftExpression,
                wireKeyLiteral: SwiftEscaping.stringLiteral(property.wireKey))
        }
    }

    /// One value per top-level property (nil: not set), or nil when a required value cannot be built.
    func exampleValues() -> ([SampleValue?]?, [String]) {
        var notes: [String] = []
        var values: [SampleValue?] = []
        for property in request.properties {
            let (example, note) = samples.exampleValue(for: property)
            if let note { notes.append("The page's " + note + "; a valid value is used instead.") }
            let value = example ?? (property.required ? samples.validValue(for: property) : nil)
            if property.required, value == nil {
                notes.append("No value of \(property.wireKey) passes its documented limits; the example tests are left out.")
                return (nil, notes)
            }
            values.append(value)
        }
        fixRelations(request, &values)
        return (values, notes)
    }

    /// Leaves out example values that the page's own `mutuallyExclusiveWith` / `dependsOn` rules forbid together.
    private func fixRelations(_ shape: StructShape, _ values: inout [SampleValue?]) {
        fixRelations(shape, &values, keeping: [])
    }

    /// Makes the values satisfy the struct's relations: of two exclusive values the optional one is dropped; a value
    /// whose dependency is missing gets one, unless that dependency would itself be exclusive with a value that is
    /// set, in which case the dependent value is dropped. Properties in `keeping` are never dropped (the case under
    /// test). Repeats until nothing changes.
    private func fixRelations(_ shape: StructShape, _ values: inout [SampleValue?], keeping: Set<Int>) {
        func exclusiveWithSomethingSet(_ index: Int) -> Bool {
            shape.relations.contains { r in
                r.kind == .mutuallyExclusiveWith
                    && ((r.property == index && values[r.other] != nil) || (r.other == index && values[r.property] != nil))
            }
        }
        func droppable(_ index: Int) -> Bool { !shape.properties[index].required && !keeping.contains(index) }
        for _ in 0..<8 {
            var changed = false
            for relation in shape.relations {
                let a = relation.property, b = relation.other
                switch relation.kind {
                case .mutuallyExclusiveWith:
                    guard values[a] != nil, values[b] != nil else { continue }
                    if droppable(b) { values[b] = nil; changed = true } else if droppable(a) { values[a] = nil; changed = true }
                case .dependsOn:
                    guard values[a] != nil, values[b] == nil else { continue }
                    if !exclusiveWithSomethingSet(b), let fill = samples.validValue(for: shape.properties[b]) {
                        values[b] = fill
                        changed = true
                    } else if droppable(a) {
                        values[a] = nil
                        changed = true
                    }
                }
            }
            if !changed { return }
        }
    }

    // MARK: Limits

    /// One probe of a limit or a relation. `overrides` are the top-level values it sets, by property index in
    /// ascending order, each possibly equal to the example's: a case touches one property or the few in relations, so
    /// carrying only those (not a copy of every value, compared with the example per case) keeps the cases linear in
    /// the number of parameters.
    private struct Case {
        var name: String
        var comment: String
        var overrides: [Override]
        var path: String
        var rule: ValidationRule
        var fails: Bool
    }

    /// The limit cases, and their table (`[name, wire path, rule, fails]` JSON rows, one per line) for
    /// `LimitProbe.table(json:)`.
    private func limitCases(example: [SampleValue?]) -> ([LimitCaseView], [String]) {
        let cases = collectCases(request, base: example, pathPrefix: "", namePrefix: "") { $0 }
        var names = IdentifierScope(reserved: ["exampleValuesPassValidation", "exampleQuery", "documentedErrorsRoundTrip",
                                               "pageResponseExampleDecodes", "example", "init"])
        let views = cases.map { item in
            let assignments = item.overrides.compactMap { index, value in
                example[index] == value
                    ? nil : AssignmentView(storageName: request.properties[index].storageName, value: value?.swiftExpression ?? "nil")
            }
            return LimitCaseView(
                testName: names.claim(item.name), commentLines: SwiftEscaping.commentLines(item.comment),
                assignments: assignments, hasAssignments: !assignments.isEmpty, pathLiteral: SwiftEscaping.stringLiteral(item.path),
                rule: String(describing: item.rule), fails: item.fails
            )
        }
        let rows = zip(views, cases).enumerated().map { index, pair in
            let row = "[" + [pair.0.testName, pair.1.path, pair.1.rule.rawValue].map(RawJSONText.string).joined(separator: ", ")
                + ", \(pair.1.fails)]"
            return index == cases.count - 1 ? row : row + ","
        }
        return (views, cases.isEmpty ? [] : ["["] + rows + ["]"])
    }

    /// A value a case sets at one property index of a struct level.
    private typealias Override = (index: Int, value: SampleValue?)

    /// The cases of `shape`'s limits and relations, each built from `base` (this level's values). `rebuild` turns the
    /// overrides of this level into the top-level overrides that carry them (the nested object rebuilt around them).
    private func collectCases(
        _ shape: StructShape, base: [SampleValue?], pathPrefix: String, namePrefix: String,
        rebuild: ([Override]) -> [Override]
    ) -> [Case] {
        var cases: [Case] = []
        let boundaries = BoundaryValues(samples: samples)
        // The only indices the relation cases (and `fixRelations`) change, ascending.
        let relationIndices = Set(shape.relations.flatMap { [$0.property, $0.other] }).sorted()
        for (index, property) in shape.properties.enumerated() {
            let name = namePrefix + property.name
            for limit in property.limits {
                for probe in boundaries.probes(for: limit, of: property) {
                    let path = pathPrefix + property.wireKey + (probe.onElement ? ".\(base0)" : "")
                    cases.append(Case(
                        name: "\(name)_\(limit.key)_\(probe.label)",
                        comment: "\(limit.key) \(limit.humanValue)" + (limit.documentation.map { ": " + $0 } ?? ""),
                        overrides: rebuild([(index, probe.value)]), path: path, rule: limit.rule, fails: probe.fails
                    ))
                }
            }
            if let nested = property.nested {
                let existing = base[index].flatMap { property.isList ? $0.listItems?.first : $0 }
                guard let element = existing ?? samples.validObject(nested) else { continue }
                let childBase = QueryPlanner.values(of: element, in: nested)
                let childPrefix = pathPrefix + property.wireKey + (property.isList ? ".\(base0)." : ".")
                cases += collectCases(nested, base: childBase, pathPrefix: childPrefix, namePrefix: name + "_") { childOverrides in
                    var childValues = childBase
                    for (childIndex, value) in childOverrides { childValues[childIndex] = value }
                    let object = samples.object(nested, childValues)
                    return rebuild([(index, property.isList ? .list([object]) : object)])
                }
            }
        }
        for relation in shape.relations {
            let a = shape.properties[relation.property], b = shape.properties[relation.other]
            guard let va = base[relation.property] ?? samples.validValue(for: a),
                  let vb = base[relation.other] ?? samples.validValue(for: b) else { continue }
            let name = namePrefix + a.name + "_" + relation.kind.rawValue + "_" + b.name
            let comment = "\(relation.kind.rawValue) \(b.wireKey)" + (relation.documentation.map { ": " + $0 } ?? "")
            let rule: ValidationRule = relation.kind == .mutuallyExclusiveWith ? .mutuallyExclusiveWith : .dependsOn
            // Only this pair may speak for the rule on this path: other partners of `a` are left out (exclusions) or
            // set (dependencies), and the relations around the pair are made to hold, so the probe sees exactly one
            // issue or none.
            let partners = shape.relations.filter {
                $0.property == relation.property && $0.kind == relation.kind && $0.other != relation.other
            }
            var both = base
            if relation.kind == .mutuallyExclusiveWith {
                // Other exclusive partners are left out.
                if partners.contains(where: { shape.properties[$0.other].required }) { continue }
                for partner in partners { both[partner.other] = nil }
            } else {
                // Other dependencies are satisfied.
                var satisfied = true
                for partner in partners where both[partner.other] == nil {
                    both[partner.other] = samples.validValue(for: shape.properties[partner.other])
                    if both[partner.other] == nil { satisfied = false }
                }
                if !satisfied { continue }
            }
            both[relation.property] = va
            both[relation.other] = vb
            var alone = both
            alone[relation.other] = nil
            if relation.kind == .dependsOn {
                fixRelations(shape, &both, keeping: [relation.property, relation.other])
            } else {
                fixRelations(shape, &alone, keeping: [relation.property])
            }
            let path = pathPrefix + a.wireKey
            switch relation.kind {
            case .mutuallyExclusiveWith:
                cases.append(Case(name: name + "_both", comment: comment, overrides: rebuild(relationIndices.map { ($0, both[$0]) }), path: path, rule: rule, fails: true))
                if !b.required {
                    cases.append(Case(name: name + "_alone", comment: comment, overrides: rebuild(relationIndices.map { ($0, alone[$0]) }), path: path, rule: rule, fails: false))
                }
            case .dependsOn:
                if !b.required {
                    cases.append(Case(name: name + "_alone", comment: comment, overrides: rebuild(relationIndices.map { ($0, alone[$0]) }), path: path, rule: rule, fails: true))
                }
                cases.append(Case(name: name + "_both", comment: comment, overrides: rebuild(relationIndices.map { ($0, both[$0]) }), path: path, rule: rule, fails: false))
            }
        }
        return cases
    }

    private var base0: Int { base }

    // MARK: Errors and response

    private func errorRoundTrips() -> [ErrorRoundTripView] {
        var seen = Set<String>()
        return spec.errors.compactMap { error in
            guard seen.insert(error.code).inserted, let member = context.errorMembers[error.code] else { return nil }
            let json = String(decoding: (try? JSONEncoder().encode(error.code)) ?? Data(), as: UTF8.self)
            return ErrorRoundTripView(memberName: member, codeLiteral: SwiftEscaping.stringLiteral(error.code),
                                      jsonLiteral: SwiftEscaping.stringLiteral(json))
        }
    }

    private func responseExample() -> (ResponseExampleView?, [String]) {
        guard let raw = spec.examples.responseJSON?.trimmingCharacters(in: .whitespacesAndNewlines), !raw.isEmpty else {
            return (nil, [])
        }
        guard let object = (try? JSONSerialization.jsonObject(with: Data(raw.utf8))) as? [String: Any] else {
            return (nil, ["The page's response example is not a JSON object; it is not tested."])
        }
        var body = raw
        var fields = object
        if context.profile.style.wrapsResponse {
            if let inner = object["Response"] as? [String: Any] {
                fields = inner
            } else {
                body = "{\"Response\": " + raw + "}"
            }
        }
        let checks = response.fields.compactMap { field -> ResponseCheckView? in
            switch field.kind {
            case .scalar(.string):
                guard let value = fields[field.jsonKey] as? String else { return nil }
                return ResponseCheckView(name: field.name, valueLiteral: SwiftEscaping.stringLiteral(value))
            case .time(let format):
                // The instant Foundation's DateFormatter reads in the example: the runtime's own reader must agree.
                guard let value = fields[field.jsonKey], let seconds = TimeExamples.anySeconds(value, format: format) else { return nil }
                return ResponseCheckView(name: field.name, valueLiteral: SampleValue.time(secondsSince1970: seconds, wireText: "").swiftExpression)
            default:
                return nil
            }
        }
        let undocumented = UndocumentedExampleKeys.paths(in: fields, shape: response,
                                                         prefix: context.profile.style.wrapsResponse ? "Response" : "")
        var notes: [String] = []
        if !undocumented.isEmpty {
            notes.append("The page's response example has \(undocumented.count) key(s) its response table does not list; the test expects exactly those as unknown.")
        }
        return (ResponseExampleView(bodyLiteral: SwiftEscaping.stringLiteral(body), checks: checks, hasChecks: !checks.isEmpty,
                                    undocumentedKeyLiterals: undocumented.map(SwiftEscaping.stringLiteral),
                                    hasUndocumentedKeys: !undocumented.isEmpty), notes)
    }
}
