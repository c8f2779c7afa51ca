import Foundation

/// Finds credentials. A client asks once per call (not once per process), so a provider that reads a file picks up
/// a rotated key without a restart.
public protocol CredentialsProvider: Sendable {
    /// The credentials, or nil when this source has none (the chain then tries the next one). Throws when the
    /// source exists but is unusable (a malformed file), so a broken config is reported instead of skipped.
    func credentials() async throws -> Credentials?
}

/// Credentials given in code.
public struct StaticCredentialsProvider: CredentialsProvider {
    public let value: Credentials
    public init(_ value: Credentials) { self.value = value }
    public func credentials() async throws -> Credentials? { value }
}

/// Which cloud's conventions (environment variable names, CLI config files) a provider follows.
public enum CredentialsVendor: String, Sendable, Hashable {
    case alibaba
    case tencent
}

/// The process environment and home folder, injectable so tests never read the real ones.
public struct CredentialsContext: Sendable {
    public var environment: [String: String]
    public var homeDirectory: String

    public init(environment: [String: String], homeDirectory: String) {
        self.environment = environment
        self.homeDirectory = homeDirectory
    }

    public static var current: CredentialsContext {
        CredentialsContext(environment: ProcessInfo.processInfo.environment, homeDirectory: NSHomeDirectory())
    }
}

/// Reads `ALIBABA_CLOUD_ACCESS_KEY_ID` / `ALIBABA_CLOUD_ACCESS_KEY_SECRET` / `ALIBABA_CLOUD_SECURITY_TOKEN`, or
/// `TENCENTCLOUD_SECRET_ID` / `TENCENTCLOUD_SECRET_KEY` / `TENCENTCLOUD_SESSION_TOKEN`.
public struct EnvironmentCredentialsProvider: CredentialsProvider {
    public let vendor: CredentialsVendor
    public let context: CredentialsContext

    public init(vendor: CredentialsVendor, context: CredentialsContext = .current) {
        self.vendor = vendor
        self.context = context
    }

    var names: (id: String, secret: String, token: String) {
        switch vendor {
        case .alibaba: ("ALIBABA_CLOUD_ACCESS_KEY_ID", "ALIBABA_CLOUD_ACCESS_KEY_SECRET", "ALIBABA_CLOUD_SECURITY_TOKEN")
        case .tencent: ("TENCENTCLOUD_SECRET_ID", "TENCENTCLOUD_SECRET_KEY", "TENCENTCLOUD_SESSION_TOKEN")
        }
    }

    public func credentials() async throws -> Credentials? {
        let env = context.environment
        guard let id = env[names.id], !id.isEmpty else { return nil }
        guard let secret = env[names.secret], !secret.isEmpty else {
            throw CredentialsError("\(names.id) is set but \(names.secret) is not")
        }
        return Credentials(accessKeyId: id, secret: secret, securityToken: env[names.token])
    }
}

/// Tries providers in order and returns the first credentials found.
public struct CredentialsProviderChain: CredentialsProvider {
    public let providers: [any CredentialsProvider]

    public init(_ providers: [any CredentialsProvider]) { self.providers = providers }

    /// Environment first, then the vendor CLI's config file: the order both vendors' own SDKs use.
    public static func standard(vendor: CredentialsVendor, context: CredentialsContext = .current) -> CredentialsProviderChain {
        switch vendor {
        case .alibaba:
            CredentialsProviderChain([EnvironmentCredentialsProvider(vendor: .alibaba, context: context),
                                      AlibabaCLIConfigProvider(context: context)])
        case .tencent:
            CredentialsProviderChain([EnvironmentCredentialsProvider(vendor: .tencent, context: context),
                                      TencentCLIConfigProvider(context: context)])
        }
    }

    public func credentials() async throws -> Credentials? {
        for provider in providers {
            if let found = try await provider.credentials() { return found }
        }
        return nil
    }
}
