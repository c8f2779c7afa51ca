import DocGenSpec

/// The catalogue of changes `SpecDiff` can report. The raw value is the stable id used in output, fingerprints and
/// ignore files: never rename one. Modelled on oasdiff's and smithy-diff's rules, judged from the caller's side:
/// a request that used to be accepted and now is not, or generated code that stops compiling, is BREAKING.
public enum ChangeKind: String, Codable, Hashable, Sendable, CaseIterable {
    case operationAdded = "operation-added"
    case operationRemoved = "operation-removed"

    case parameterAddedOptional = "request-parameter-added-optional"
    case parameterAddedRequired = "request-parameter-added-required"
    case parameterRemoved = "request-parameter-removed"
    case parameterTypeChanged = "request-parameter-type-changed"
    case parameterItemTypeChanged = "request-parameter-item-type-changed"
    case parameterBecameRequired = "request-parameter-became-required"
    case parameterBecameOptional = "request-parameter-became-optional"
    case parameterDeprecated = "request-parameter-deprecated"
    case parameterUndeprecated = "request-parameter-no-longer-deprecated"
    case parameterBecameInternal = "request-parameter-became-internal"
    case parameterDescriptionChanged = "request-parameter-description-changed"

    case lengthNarrowed = "request-parameter-length-narrowed"
    case lengthWidened = "request-parameter-length-widened"
    case lengthNewlyStated = "request-parameter-length-newly-stated"
    case lengthNoLongerStated = "request-parameter-length-no-longer-stated"
    case rangeNarrowed = "request-parameter-range-narrowed"
    case rangeWidened = "request-parameter-range-widened"
    case rangeNewlyStated = "request-parameter-range-newly-stated"
    case rangeNoLongerStated = "request-parameter-range-no-longer-stated"
    case countNarrowed = "request-parameter-count-narrowed"
    case countWidened = "request-parameter-count-widened"
    case countNewlyStated = "request-parameter-count-newly-stated"
    case countNoLongerStated = "request-parameter-count-no-longer-stated"
    case enumValueAdded = "request-parameter-enum-value-added"
    case enumValueRemoved = "request-parameter-enum-value-removed"
    case enumNewlyStated = "request-parameter-enum-newly-stated"
    case enumNoLongerStated = "request-parameter-enum-no-longer-stated"
    case defaultChanged = "request-parameter-default-changed"
    case defaultNewlyStated = "request-parameter-default-newly-stated"
    case defaultNoLongerStated = "request-parameter-default-no-longer-stated"
    case forbiddenPrefixAdded = "request-parameter-forbidden-prefix-added"
    case forbiddenPrefixRemoved = "request-parameter-forbidden-prefix-removed"
    case forbiddenSubstringAdded = "request-parameter-forbidden-substring-added"
    case forbiddenSubstringRemoved = "request-parameter-forbidden-substring-removed"
    case startRuleChanged = "request-parameter-start-rule-changed"
    case charsetChanged = "request-parameter-charset-changed"
    case mutualExclusionAdded = "request-parameter-mutual-exclusion-added"
    case mutualExclusionAddedWithNewParameter = "request-parameter-mutual-exclusion-added-with-new-parameter"
    case mutualExclusionRemoved = "request-parameter-mutual-exclusion-removed"
    case dependencyAdded = "request-parameter-dependency-added"
    case dependencyOfNewParameter = "request-parameter-dependency-of-new-parameter"
    case dependencyRemoved = "request-parameter-dependency-removed"

    case responseFieldAdded = "response-field-added"
    case responseFieldRemoved = "response-field-removed"
    case responseFieldTypeChanged = "response-field-type-changed"
    case responseFieldItemTypeChanged = "response-field-item-type-changed"
    case responseFieldDescriptionChanged = "response-field-description-changed"

    case errorCodeAdded = "error-code-added"
    case errorCodeRemoved = "error-code-removed"
    case errorHTTPStatusChanged = "error-http-status-changed"
    case errorMessageVariantAdded = "error-message-variant-added"
    case errorMessageVariantRemoved = "error-message-variant-removed"
    case errorMessageChanged = "error-message-changed"
    case errorDescriptionChanged = "error-description-changed"
    case errorDescriptionRemoved = "error-description-removed"

    public var id: String { rawValue }

    /// What the rule means, its severity, how sure a reader-made spec lets us be, and what it does to the generated
    /// Swift client. One table so the catalogue document is generated from exactly what the code uses.
    public var rule: ChangeRule {
        switch self {
        case .operationAdded:
            return .init(.info, .high, "An operation exists only in the new specs.", "new client method: additive")
        case .operationRemoved:
            return .init(.breaking, .high, "An operation exists only in the old specs.", "client method removed: source-breaking")
        case .parameterAddedOptional:
            return .init(.info, .high, "New optional request parameter.", "new initializer argument defaulting to nil: source-compatible")
        case .parameterAddedRequired:
            return .init(.breaking, .high, "New required request parameter: old requests lack it.", "new required initializer argument: source-breaking")
        case .parameterRemoved:
            return .init(.breaking, .high, "Request parameter removed (common parameters one page omits are not counted).", "property and initializer argument removed: source-breaking")
        case .parameterTypeChanged:
            return .init(.breaking, .high, "Request parameter type changed.", "property type changes: source-breaking")
        case .parameterItemTypeChanged:
            return .init(.breaking, .high, "Element type of an array parameter changed.", "array element type changes: source-breaking")
        case .parameterBecameRequired:
            return .init(.breaking, .high, "Optional request parameter became required.", "initializer argument loses its default: source-breaking")
        case .parameterBecameOptional:
            return .init(.info, .high, "Required request parameter became optional: every old request still works.", "initializer argument gains a nil default: source-compatible")
        case .parameterDeprecated:
            return .init(.warn, .medium, "Request parameter is now marked deprecated.", "@available(*, deprecated) on the property: new warnings at call sites")
        case .parameterUndeprecated:
            return .init(.info, .medium, "Request parameter no longer marked deprecated.", "deprecation attribute removed: source-compatible")
        case .parameterBecameInternal:
            return .init(.warn, .medium, "Request parameter now said to be unavailable for public use.", "property may be dropped from the public client: check callers")
        case .parameterDescriptionChanged:
            return .init(.info, .high, "Description text changed (same language; translations are not compared).", "doc comment changes")
        case .lengthNarrowed:
            return .init(.breaking, .medium, "Length limit narrowed (minLength up or maxLength down).", "validation rejects values it accepted: runtime-breaking")
        case .lengthWidened:
            return .init(.info, .medium, "Length limit widened.", "validation accepts more: compatible")
        case .lengthNewlyStated:
            return .init(.warn, .low, "A length limit is stated where none was (a new limit or a documentation fix).", "new validation check: may reject values it accepted")
        case .lengthNoLongerStated:
            return .init(.info, .low, "A length limit is no longer stated.", "validation check removed: compatible")
        case .rangeNarrowed:
            return .init(.breaking, .medium, "Value range narrowed (minimum up or maximum down).", "validation rejects values it accepted: runtime-breaking")
        case .rangeWidened:
            return .init(.info, .medium, "Value range widened.", "validation accepts more: compatible")
        case .rangeNewlyStated:
            return .init(.warn, .low, "A value range is stated where none was.", "new validation check: may reject values it accepted")
        case .rangeNoLongerStated:
            return .init(.info, .low, "A value range is no longer stated.", "validation check removed: compatible")
        case .countNarrowed:
            return .init(.breaking, .medium, "Repeat-list N range narrowed (fewer items allowed).", "validation rejects arrays it accepted: runtime-breaking")
        case .countWidened:
            return .init(.info, .medium, "Repeat-list N range widened.", "validation accepts more: compatible")
        case .countNewlyStated:
            return .init(.warn, .low, "An N range is stated where none was.", "new validation check: may reject arrays it accepted")
        case .countNoLongerStated:
            return .init(.info, .low, "An N range is no longer stated.", "validation check removed: compatible")
        case .enumValueAdded:
            return .init(.info, .medium, "Allowed value added to a request parameter.", "new enum case: additive for callers")
        case .enumValueRemoved:
            return .init(.breaking, .medium, "Allowed value removed from a request parameter.", "enum case removed: source-breaking")
        case .enumNewlyStated:
            return .init(.warn, .low, "A list of allowed values is stated where none was.", "property may become an enum: check callers")
        case .enumNoLongerStated:
            return .init(.info, .low, "The list of allowed values is no longer stated.", "enum may become a plain value: check callers")
        case .defaultChanged:
            return .init(.warn, .medium, "Default value changed: omitting the parameter now means something else.", "behaviour change with no source change")
        case .defaultNewlyStated:
            return .init(.info, .low, "A default value is stated where none was.", "doc comment changes")
        case .defaultNoLongerStated:
            return .init(.info, .low, "The default value is no longer stated.", "doc comment changes")
        case .forbiddenPrefixAdded:
            return .init(.warn, .medium, "A forbidden prefix is added (e.g. `http://`).", "validation may reject values it accepted")
        case .forbiddenPrefixRemoved:
            return .init(.info, .medium, "A forbidden prefix is no longer stated.", "validation accepts more: compatible")
        case .forbiddenSubstringAdded:
            return .init(.warn, .medium, "A forbidden substring is added.", "validation may reject values it accepted")
        case .forbiddenSubstringRemoved:
            return .init(.info, .medium, "A forbidden substring is no longer stated.", "validation accepts more: compatible")
        case .startRuleChanged:
            return .init(.warn, .medium, "The must-start-with rule changed, appeared or disappeared (restated often, so not BREAKING).", "validation may change")
        case .charsetChanged:
            return .init(.warn, .medium, "The allowed character set changed, appeared or disappeared.", "validation may change")
        case .mutualExclusionAdded:
            return .init(.breaking, .medium, "Two existing parameters can no longer be given together.", "validation rejects a combination it accepted: runtime-breaking")
        case .mutualExclusionAddedWithNewParameter:
            return .init(.info, .medium, "A new parameter cannot be given together with another: no old request is affected.", "new validation check on new arguments only: compatible")
        case .mutualExclusionRemoved:
            return .init(.info, .medium, "Two parameters may now be given together.", "validation accepts more: compatible")
        case .dependencyAdded:
            return .init(.breaking, .medium, "An existing parameter now needs another parameter to be given.", "validation rejects requests it accepted: runtime-breaking")
        case .dependencyOfNewParameter:
            return .init(.info, .medium, "A new parameter needs another parameter to be given.", "new validation check on new arguments only: compatible")
        case .dependencyRemoved:
            return .init(.info, .medium, "A parameter no longer needs another one.", "validation accepts more: compatible")
        case .responseFieldAdded:
            return .init(.info, .high, "New response field.", "new optional property on the response model: source-compatible")
        case .responseFieldRemoved:
            return .init(.breaking, .high, "Response field removed: callers reading it get nothing.", "property removed: source-breaking")
        case .responseFieldTypeChanged:
            return .init(.breaking, .high, "Response field type changed.", "property type changes: source-breaking, decoding may fail")
        case .responseFieldItemTypeChanged:
            return .init(.breaking, .high, "Element type of an array response field changed.", "array element type changes: source-breaking")
        case .responseFieldDescriptionChanged:
            return .init(.info, .high, "Response field description changed (same language).", "doc comment changes")
        case .errorCodeAdded:
            return .init(.warn, .high, "New (HTTP status, error code) row: callers may meet an error they do not handle.", "new case in the error-code enum: exhaustive switches without default stop compiling")
        case .errorCodeRemoved:
            return .init(.warn, .high, "An (HTTP status, error code) row is gone: callers no longer see it.", "error-code enum case removed: code naming it stops compiling")
        case .errorHTTPStatusChanged:
            return .init(.warn, .high, "Same error code, another HTTP status.", "callers matching on the status see another one")
        case .errorMessageVariantAdded:
            return .init(.info, .high, "An error code gains another message (compared without final period, spaces collapsed).", "error table gains a message: compatible")
        case .errorMessageVariantRemoved:
            return .init(.info, .high, "One of several messages of an error code is gone.", "error table loses a message: compatible")
        case .errorMessageChanged:
            return .init(.warn, .high, "An error message text changed: callers matching message text may miss it.", "message string changes")
        case .errorDescriptionChanged:
            return .init(.info, .high, "Error description changed (same language).", "doc comment changes")
        case .errorDescriptionRemoved:
            return .init(.info, .high, "An error row no longer has a description.", "doc comment removed")
        }
    }
}

/// One catalogue entry's facts.
public struct ChangeRule: Hashable, Sendable {
    public var severity: ChangeSeverity
    public var confidence: ChangeConfidence
    public var meaning: String
    public var swiftEffect: String

    init(_ severity: ChangeSeverity, _ confidence: ChangeConfidence, _ meaning: String, _ swiftEffect: String) {
        self.severity = severity
        self.confidence = confidence
        self.meaning = meaning
        self.swiftEffect = swiftEffect
    }
}
