import DocGenRuntime
import Foundation
import XCTest

final class CredentialsTests: XCTestCase {
    private var home: URL!

    override func setUpWithError() throws {
        home = FileManager.default.temporaryDirectory.appendingPathComponent("docgen-rt-home-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: home)
    }

    private func write(_ text: String, to relative: String) throws {
        let url = home.appendingPathComponent(relative)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    private func context(_ environment: [String: String] = [:]) -> CredentialsContext {
        CredentialsContext(environment: environment, homeDirectory: home.path)
    }

    // MARK: Secrets never shown

    func testSecretsNeverAppearInAnyDescription() {
        let credentials = Credentials(accessKeyId: "LTAI5tFakeKeyId1234", secret: "SuperSecretValue", securityToken: "TokenValue42")
        var dumped = ""
        dump(credentials, to: &dumped)
        for text in [credentials.description, credentials.debugDescription, String(describing: credentials),
                     String(reflecting: credentials), "\(credentials)", dumped, String(describing: [credentials])] {
            XCTAssertFalse(text.contains("SuperSecretValue"), text)
            XCTAssertFalse(text.contains("TokenValue42"), text)
            XCTAssertFalse(text.contains("LTAI5tFakeKeyId1234"), text)
        }
        XCTAssertTrue(credentials.description.contains("****1234"))
    }

    func testSignedRequestsAndErrorsDoNotShowSecrets() async throws {
        let secret = "SuperSecretValue", token = "TokenValue42"
        let transport = ScriptedTransport([.fail(TransportError(kind: .timedOut, detail: "timed out (host ecs.aliyuncs.com)"))])
        let client = ServiceClient(service: .alibaba("ecs", version: "2014-05-26", signature: .rpcHMACSHA1), region: "cn-hangzhou",
                                   credentials: StaticCredentialsProvider(Credentials(accessKeyId: "id", secret: secret, securityToken: token)),
                                   transport: transport, retryPolicy: .none)
        do {
            _ = try await client.send(DescribeRegions.Request(), binding: .rpc(method: .get))
        } catch {
            XCTAssertFalse("\(error)".contains(secret))
            XCTAssertFalse("\(error)".contains(token))
            XCTAssertEqual((error as? TransportError)?.action, "DescribeRegions")
        }
        let sent = try XCTUnwrap(transport.requests.first)
        XCTAssertEqual(sent.queryValue("SecurityToken"), token, "the token is sent…")
        var dumped = ""
        dump(sent, to: &dumped)
        for text in [sent.description, sent.debugDescription, String(reflecting: sent), dumped] {
            XCTAssertFalse(text.contains(token), "…but never shown: \(text)")
            XCTAssertFalse(text.contains(secret))
        }

        let tencent = ScriptedTransport(json: #"{"Response":{"RequestId":"r"}}"#)
        let tencentClient = ServiceClient(service: .tencent("cvm", version: "2017-03-12"), region: "ap-guangzhou",
                                          credentials: StaticCredentialsProvider(Credentials(accessKeyId: "id", secret: secret, securityToken: token)),
                                          transport: tencent)
        _ = try await tencentClient.send(DescribeInstances.Request())
        let tencentRequest = try XCTUnwrap(tencent.requests.first)
        XCTAssertFalse(tencentRequest.description.contains(token))
        XCTAssertFalse(tencentRequest.description.contains("Signature="))
    }

    func testCredentialsErrorsDoNotQuoteTheFile() async throws {
        try write(#"{"secretId": "AKIDx", "secretKey": "SuperSecretValue", "#, to: ".tccli/default.credential")
        await XCTAssertThrowsErrorAsync(try await TencentCLIConfigProvider(context: self.context()).credentials()) { error in
            XCTAssertFalse("\(error)".contains("SuperSecretValue"))
        }
    }

    // MARK: Environment

    func testEnvironmentProviders() async throws {
        let alibaba = EnvironmentCredentialsProvider(vendor: .alibaba, context: context([
            "ALIBABA_CLOUD_ACCESS_KEY_ID": "ak", "ALIBABA_CLOUD_ACCESS_KEY_SECRET": "sk", "ALIBABA_CLOUD_SECURITY_TOKEN": "st",
        ]))
        let found = try await alibaba.credentials()
        XCTAssertEqual(found, Credentials(accessKeyId: "ak", secret: "sk", securityToken: "st"))

        let tencent = EnvironmentCredentialsProvider(vendor: .tencent, context: context([
            "TENCENTCLOUD_SECRET_ID": "id", "TENCENTCLOUD_SECRET_KEY": "key",
        ]))
        let tencentFound = try await tencent.credentials()
        XCTAssertEqual(tencentFound, Credentials(accessKeyId: "id", secret: "key"))

        let none = try await EnvironmentCredentialsProvider(vendor: .tencent, context: context()).credentials()
        XCTAssertNil(none)
        await XCTAssertThrowsErrorAsync(try await EnvironmentCredentialsProvider(vendor: .alibaba, context: self.context(["ALIBABA_CLOUD_ACCESS_KEY_ID": "ak"])).credentials())
    }

    // MARK: CLI config files

    func testAlibabaCLIConfigCurrentProfile() async throws {
        try write("""
            {"current": "sts", "profiles": [
              {"name": "default", "mode": "AK", "access_key_id": "ak1", "access_key_secret": "sk1"},
              {"name": "sts", "mode": "StsToken", "access_key_id": "ak2", "access_key_secret": "sk2", "sts_token": "tok2"},
              {"name": "role", "mode": "RamRoleArn", "access_key_id": "ak3", "access_key_secret": "sk3"}
            ]}
            """, to: ".aliyun/config.json")
        let current = try await AlibabaCLIConfigProvider(context: context()).credentials()
        XCTAssertEqual(current, Credentials(accessKeyId: "ak2", secret: "sk2", securityToken: "tok2"))
        let named = try await AlibabaCLIConfigProvider(context: context(), profile: "default").credentials()
        XCTAssertEqual(named, Credentials(accessKeyId: "ak1", secret: "sk1"))
        await XCTAssertThrowsErrorAsync(try await AlibabaCLIConfigProvider(context: self.context(), profile: "role").credentials())
    }

    func testTencentCLICredentialFile() async throws {
        try write(#"{"secretId": "AKIDfile", "secretKey": "filekey", "token": "filetoken"}"#, to: ".tccli/default.credential")
        let found = try await TencentCLIConfigProvider(context: context()).credentials()
        XCTAssertEqual(found, Credentials(accessKeyId: "AKIDfile", secret: "filekey", securityToken: "filetoken"))
        let missing = try await TencentCLIConfigProvider(context: context(), profile: "other").credentials()
        XCTAssertNil(missing)
    }

    func testChainPrefersTheEnvironmentThenTheFile() async throws {
        try write(#"{"secretId": "AKIDfile", "secretKey": "filekey"}"#, to: ".tccli/default.credential")
        let fromFile = try await CredentialsProviderChain.standard(vendor: .tencent, context: context()).credentials()
        XCTAssertEqual(fromFile?.accessKeyId, "AKIDfile")
        let fromEnvironment = try await CredentialsProviderChain.standard(
            vendor: .tencent, context: context(["TENCENTCLOUD_SECRET_ID": "AKIDenv", "TENCENTCLOUD_SECRET_KEY": "envkey"])).credentials()
        XCTAssertEqual(fromEnvironment?.accessKeyId, "AKIDenv")
        let nothing = try await CredentialsProviderChain.standard(vendor: .alibaba, context: context()).credentials()
        XCTAssertNil(nothing)
    }
}
