import DocGenRuntime
import Foundation
import XCTest

/// Each signer against its vendor's own published worked example: inputs and expected strings copied from the
/// documents named in each test (never from an implementation), compared byte for byte.
final class SignerWorkedExampleTests: XCTestCase {
    // MARK: Alibaba RPC (HMAC-SHA1)

    /// Alibaba Cloud, "RPC 签名机制" / ECS "Request signatures" (doc 28139): the DescribeRegions example,
    /// AccessKeyId `testid`, AccessKeySecret `testsecret`, signed with `testsecret&`.
    func testAlibabaRPCDescribeRegionsExample() {
        let parameters = [
            QueryPair("Timestamp", "2016-02-23T12:46:24Z"), QueryPair("Format", "XML"), QueryPair("AccessKeyId", "testid"),
            QueryPair("Action", "DescribeRegions"), QueryPair("SignatureMethod", "HMAC-SHA1"),
            QueryPair("SignatureNonce", "3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf"), QueryPair("Version", "2014-05-26"),
            QueryPair("SignatureVersion", "1.0"),
        ]
        let signer = AlibabaRPCSigner()
        XCTAssertEqual(signer.stringToSign(method: .get, parameters: parameters),
                       "GET&%2F&AccessKeyId%3Dtestid%26Action%3DDescribeRegions%26Format%3DXML%26SignatureMethod%3DHMAC-SHA1"
                       + "%26SignatureNonce%3D3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf%26SignatureVersion%3D1.0"
                       + "%26Timestamp%3D2016-02-23T12%253A46%253A24Z%26Version%3D2014-05-26")
        XCTAssertEqual(signer.signature(method: .get, parameters: parameters, secret: "testsecret"), "OLeaidS1JvxuMvnyHOwuJ+uX5qY=")
    }

    /// Alibaba Cloud, the newer "RPC 签名机制" (V2) page: DescribeDedicatedHosts in cn-beijing, `testid`/`testsecret`,
    /// nonce `edb2b34af0af9a6d14deaf7c1a5315eb`, 2023-03-13T08:34:30Z, GET.
    func testAlibabaRPCDescribeDedicatedHostsExample() {
        let parameters = [
            QueryPair("AccessKeyId", "testid"), QueryPair("Action", "DescribeDedicatedHosts"), QueryPair("Format", "JSON"),
            QueryPair("RegionId", "cn-beijing"), QueryPair("SignatureMethod", "HMAC-SHA1"),
            QueryPair("SignatureNonce", "edb2b34af0af9a6d14deaf7c1a5315eb"), QueryPair("SignatureVersion", "1.0"),
            QueryPair("Timestamp", "2023-03-13T08:34:30Z"), QueryPair("Version", "2014-05-26"),
        ]
        XCTAssertEqual(AlibabaRPCSigner().signature(method: .get, parameters: parameters, secret: "testsecret"),
                       "9NaGiOspFP5UPcwX8Iwt2YJXXuk=")
    }

    // MARK: Alibaba ACS3-HMAC-SHA256

    /// Alibaba Cloud, "V3 版本请求体&签名机制" / "Request syntax and signature method V3", the fixed-parameter example:
    /// POST RunInstances on ecs.cn-shanghai.aliyuncs.com, AccessKey `YourAccessKeyId`/`YourAccessKeySecret`.
    func testAlibabaACS3RunInstancesExample() {
        let emptyHash = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
        XCTAssertEqual(AlibabaACS3Signer.payloadHash(Data()), emptyHash)
        let signed = AlibabaACS3Signer().sign(
            method: .post, canonicalURI: "/",
            query: [QueryPair("ImageId", "win2019_1809_x64_dtc_zh-cn_40G_alibase_20230811.vhd"), QueryPair("RegionId", "cn-shanghai")],
            headers: [
                "host": "ecs.cn-shanghai.aliyuncs.com", "x-acs-action": "RunInstances", "x-acs-version": "2014-05-26",
                "x-acs-date": "2023-10-26T10:22:32Z", "x-acs-signature-nonce": "3156853299f313e23d1673dc12e1703d",
                "x-acs-content-sha256": emptyHash,
            ],
            accessKeyId: "YourAccessKeyId", secret: "YourAccessKeySecret")
        XCTAssertEqual(signed.canonicalRequest, """
            POST
            /
            ImageId=win2019_1809_x64_dtc_zh-cn_40G_alibase_20230811.vhd&RegionId=cn-shanghai
            host:ecs.cn-shanghai.aliyuncs.com
            x-acs-action:RunInstances
            x-acs-content-sha256:\(emptyHash)
            x-acs-date:2023-10-26T10:22:32Z
            x-acs-signature-nonce:3156853299f313e23d1673dc12e1703d
            x-acs-version:2014-05-26

            host;x-acs-action;x-acs-content-sha256;x-acs-date;x-acs-signature-nonce;x-acs-version
            \(emptyHash)
            """)
        XCTAssertEqual(signed.stringToSign, "ACS3-HMAC-SHA256\n7ea06492da5221eba5297e897ce16e55f964061054b7695beedaac1145b1e259")
        XCTAssertEqual(signed.signature, "06563a9e1b43f5dfe96b81484da74bceab24a1d853912eee15083a6f0f3283c0")
        XCTAssertEqual(signed.authorization,
                       "ACS3-HMAC-SHA256 Credential=YourAccessKeyId,SignedHeaders=host;x-acs-action;x-acs-content-sha256;"
                       + "x-acs-date;x-acs-signature-nonce;x-acs-version,Signature=06563a9e1b43f5dfe96b81484da74bceab24a1d853912eee15083a6f0f3283c0")
    }

    // MARK: Tencent TC3-HMAC-SHA256

    private let tencentPayload = Data(#"{"Limit": 1, "Filters": [{"Values": ["\u672a\u547d\u540d"], "Name": "instance-name"}]}"#.utf8)

    /// Tencent Cloud, "Signature v3" (English, the version whose step 3 shows the unmasked example key
    /// `Gu5t9xGARNpq86cd98joQYCN3EXAMPLE`): DescribeInstances in ap-guangzhou, timestamp 1551113065.
    func testTencentTC3DescribeInstancesExample() {
        let signed = TencentTC3Signer(service: "cvm").sign(
            method: .post,
            signedHeaders: ["content-type": "application/json; charset=utf-8", "host": "cvm.tencentcloudapi.com"],
            payload: tencentPayload, timestamp: 1_551_113_065,
            secretId: "AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE", secretKey: "Gu5t9xGARNpq86cd98joQYCN3EXAMPLE")
        XCTAssertEqual(signed.canonicalRequest, """
            POST
            /

            content-type:application/json; charset=utf-8
            host:cvm.tencentcloudapi.com

            content-type;host
            35e9c5b0e3ae67532d3c9f17ead6c90222632e5b1ff7f6e89887f1398934f064
            """)
        XCTAssertEqual(signed.stringToSign, """
            TC3-HMAC-SHA256
            1551113065
            2019-02-25/cvm/tc3_request
            5ffe6a04c0664d6b969fab9a13bdab201d63ee709638e2749d62a09ca18d7031
            """)
        XCTAssertEqual(signed.signature, "72e494ea809ad7a8c8f7a4507b9bddcbaa8e581f516e8da2f66e2c5a96525168")
        XCTAssertEqual(signed.authorization,
                       "TC3-HMAC-SHA256 Credential=AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE/2019-02-25/cvm/tc3_request, "
                       + "SignedHeaders=content-type;host, Signature=72e494ea809ad7a8c8f7a4507b9bddcbaa8e581f516e8da2f66e2c5a96525168")
    }

    /// Tencent Cloud, "签名方法 v3" (Chinese versions from 2020–2021): the same example with the key printed masked,
    /// `Gu5t9xGARNpq86cd98joQYCN3*******`. The masked text is not a real key, but the published signature
    /// `2230eefd…` is what HMAC gives for the masked text taken literally, so the example still reproduces.
    func testTencentTC3MaskedKeyExample() {
        let signed = TencentTC3Signer(service: "cvm").sign(
            method: .post,
            signedHeaders: ["content-type": "application/json; charset=utf-8", "host": "cvm.tencentcloudapi.com"],
            payload: tencentPayload, timestamp: 1_551_113_065,
            secretId: "AKIDz8krbsJ5yKBZQpn74WFkmLPx3*******", secretKey: "Gu5t9xGARNpq86cd98joQYCN3*******")
        XCTAssertEqual(signed.signature, "2230eefd229f582d8b1b891af7107b91597240707d778ab3738f756258d7652c")
    }

    /// Tencent Cloud, "签名方法 v3" (current version): `x-tc-action` is signed too, its value lowercased
    /// (`describeinstances`); keys masked as `AKID********************************` / 32 `*`, taken literally.
    func testTencentTC3CurrentExampleWithActionHeader() {
        let signed = TencentTC3Signer(service: "cvm").sign(
            method: .post,
            signedHeaders: ["content-type": "application/json; charset=utf-8", "host": "cvm.tencentcloudapi.com",
                            "x-tc-action": "DescribeInstances"],
            payload: tencentPayload, timestamp: 1_551_113_065,
            secretId: "AKID********************************", secretKey: String(repeating: "*", count: 32))
        XCTAssertTrue(signed.canonicalRequest.contains("x-tc-action:describeinstances\n\ncontent-type;host;x-tc-action\n"))
        XCTAssertEqual(Digest.hex(Digest.sha256(Array(signed.canonicalRequest.utf8))),
                       "7019a55be8395899b900fb5564e4200d984910f34794a27cb3fb7d10ff6a1e84")
        XCTAssertEqual(signed.signature, "10b1a37a7301a02ca19a647ad722d5e43b4b3cff309d421d85b46093f6ab6c4f")
    }

    /// The document's warning: 1551113065 is 2019-02-26 00:44:25 in UTC+8, but the scope date is the UTC one.
    func testTencentDateIsUTC() {
        XCTAssertEqual(TencentTC3Signer.date(ofTimestamp: 1_551_113_065), "2019-02-25")
        XCTAssertEqual(TencentTC3Signer.date(ofTimestamp: 0), "1970-01-01")
        XCTAssertEqual(TencentTC3Signer.date(ofTimestamp: 951_782_400), "2000-02-29")
        XCTAssertEqual(TencentTC3Signer.date(ofTimestamp: 1_798_761_599), "2026-12-31")
    }

    /// RFC 3986 as both documents spell it out: space `%20`, `*` `%2A`, `~` kept, UTF-8 bytes encoded.
    func testPercentEncoding() {
        XCTAssertEqual(PercentEncoding.encode("a b*c~d/é"), "a%20b%2Ac~d%2F%C3%A9")
        XCTAssertEqual(PercentEncoding.encodePath("/clusters/c 1/triggers"), "/clusters/c%201/triggers")
    }
}
