import Foundation

/// An access key pair and, for temporary (STS) credentials, its token.
///
/// The secret and the token are never shown: `description`, `debugDescription` and the mirror `dump` reads print
/// `<redacted>` in their place, and only the last four characters of the key ID.
public struct Credentials: Sendable, Hashable, CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
    /// Alibaba `AccessKeyId`, Tencent `SecretId`.
    public var accessKeyId: String
    /// Alibaba `AccessKeySecret`, Tencent `SecretKey`.
    public var secret: String
    /// Alibaba `SecurityToken`, Tencent session `Token`: set for temporary credentials only.
    public var securityToken: String?

    public init(accessKeyId: String, secret: String, securityToken: String? = nil) {
        self.accessKeyId = accessKeyId
        self.secret = secret
        self.securityToken = securityToken.flatMap { $0.isEmpty ? nil : $0 }
    }

    /// Tencent's name for the token.
    public var sessionToken: String? { securityToken }

    public var description: String {
        "Credentials(accessKeyId: \(Self.masked(accessKeyId)), secret: <redacted>"
            + (securityToken == nil ? "" : ", securityToken: <redacted>") + ")"
    }

    public var debugDescription: String { description }

    public var customMirror: Mirror { Mirror(self, children: ["redacted": description]) }

    /// `****abcd`: enough to tell two keys apart in a log, not enough to use one.
    static func masked(_ id: String) -> String {
        id.count <= 4 ? "****" : "****" + id.suffix(4)
    }
}

/// Why no credentials could be found. Lists where it looked, never what it read.
public struct CredentialsError: Error, Sendable, Hashable, CustomStringConvertible {
    public var description: String
    public init(_ description: String) { self.description = description }
}
