import Foundation

/// The Alibaba Cloud CLI's `~/.aliyun/config.json`: the `current` profile, in mode `AK`
/// (`access_key_id`, `access_key_secret`) or `StsToken` (adds `sts_token`). Other modes (RamRoleArn, EcsRamRole…)
/// need a token exchange this runtime does not do; such a profile is reported, not silently skipped.
public struct AlibabaCLIConfigProvider: CredentialsProvider {
    public let context: CredentialsContext
    /// A profile to use instead of the file's `current` (the CLI's `--profile`, or `ALIBABA_CLOUD_PROFILE`).
    public let profile: String?

    public init(context: CredentialsContext = .current, profile: String? = nil) {
        self.context = context
        self.profile = profile
    }

    var path: String { context.homeDirectory + "/.aliyun/config.json" }

    private struct ConfigFile: Decodable {
        var current: String?
        var profiles: [Profile]
    }

    private struct Profile: Decodable {
        var name: String
        var mode: String?
        var access_key_id: String?
        var access_key_secret: String?
        var sts_token: String?
    }

    public func credentials() async throws -> Credentials? {
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        let file: ConfigFile
        do {
            file = try JSONDecoder().decode(ConfigFile.self, from: data)
        } catch {
            throw CredentialsError("\(path) is not a valid Alibaba Cloud CLI config")
        }
        let wanted = profile ?? context.environment["ALIBABA_CLOUD_PROFILE"] ?? file.current ?? "default"
        guard let entry = file.profiles.first(where: { $0.name == wanted }) else {
            throw CredentialsError("\(path) has no profile named \(wanted)")
        }
        let mode = entry.mode ?? "AK"
        guard mode == "AK" || mode == "StsToken" else {
            throw CredentialsError("profile \(wanted) in \(path) uses mode \(mode); only AK and StsToken are supported")
        }
        guard let id = entry.access_key_id, !id.isEmpty, let secret = entry.access_key_secret, !secret.isEmpty else {
            throw CredentialsError("profile \(wanted) in \(path) has no access key")
        }
        return Credentials(accessKeyId: id, secret: secret, securityToken: mode == "StsToken" ? entry.sts_token : nil)
    }
}

/// The Tencent Cloud CLI's credential file: `~/.tccli/<profile>.credential` (profile `default` unless
/// `TENCENTCLOUD_PROFILE` says otherwise), JSON with `secretId`, `secretKey` and optionally `token`.
public struct TencentCLIConfigProvider: CredentialsProvider {
    public let context: CredentialsContext
    public let profile: String?

    public init(context: CredentialsContext = .current, profile: String? = nil) {
        self.context = context
        self.profile = profile
    }

    var path: String {
        let name = profile ?? context.environment["TENCENTCLOUD_PROFILE"] ?? "default"
        return context.homeDirectory + "/.tccli/\(name).credential"
    }

    private struct CredentialFile: Decodable {
        var secretId: String?
        var secretKey: String?
        var token: String?
    }

    public func credentials() async throws -> Credentials? {
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        guard let file = try? JSONDecoder().decode(CredentialFile.self, from: data) else {
            throw CredentialsError("\(path) is not a valid Tencent Cloud CLI credential file")
        }
        guard let id = file.secretId, !id.isEmpty, let key = file.secretKey, !key.isEmpty else {
            throw CredentialsError("\(path) has no secretId/secretKey")
        }
        return Credentials(accessKeyId: id, secret: key, securityToken: file.token)
    }
}
