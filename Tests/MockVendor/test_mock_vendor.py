#!/usr/bin/env python3
"""The mock's own verifiers against the vendors' published worked examples: run `python3 test_mock_vendor.py`.
If these pass, the mock is an oracle independent of the Swift code."""

import hashlib
import unittest

import mock_vendor as mv

EMPTY = hashlib.sha256(b"").hexdigest()
PAYLOAD = b'{"Limit": 1, "Filters": [{"Values": ["\\u672a\\u547d\\u540d"], "Name": "instance-name"}]}'


class WorkedExamples(unittest.TestCase):
    def test_alibaba_rpc_describe_regions(self):
        # Alibaba Cloud, "RPC 签名机制" / "Request signatures", DescribeRegions example (testid / testsecret).
        params = {"Timestamp": "2016-02-23T12:46:24Z", "Format": "XML", "AccessKeyId": "testid",
                  "Action": "DescribeRegions", "SignatureMethod": "HMAC-SHA1",
                  "SignatureNonce": "3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf", "Version": "2014-05-26",
                  "SignatureVersion": "1.0", "Signature": "OLeaidS1JvxuMvnyHOwuJ+uX5qY="}
        ok, _, string_to_sign = mv.verify_alibaba_rpc("GET", params, {"testid": "testsecret"})
        self.assertTrue(ok)
        self.assertTrue(string_to_sign.endswith("%26Timestamp%3D2016-02-23T12%253A46%253A24Z%26Version%3D2014-05-26"))

    def test_alibaba_acs3_run_instances(self):
        # Alibaba Cloud, "V3 版本请求体&签名机制" / "Request syntax and signature method V3", fixed-parameter example.
        headers = {"host": "ecs.cn-shanghai.aliyuncs.com", "x-acs-action": "RunInstances", "x-acs-version": "2014-05-26",
                   "x-acs-date": "2023-10-26T10:22:32Z", "x-acs-signature-nonce": "3156853299f313e23d1673dc12e1703d",
                   "x-acs-content-sha256": EMPTY,
                   "authorization": "ACS3-HMAC-SHA256 Credential=YourAccessKeyId,SignedHeaders=host;x-acs-action;"
                   "x-acs-content-sha256;x-acs-date;x-acs-signature-nonce;x-acs-version,"
                   "Signature=06563a9e1b43f5dfe96b81484da74bceab24a1d853912eee15083a6f0f3283c0"}
        ok, _, _ = mv.verify_acs3("POST", "/", "ImageId=win2019_1809_x64_dtc_zh-cn_40G_alibase_20230811.vhd&RegionId=cn-shanghai",
                                  headers, b"", {"YourAccessKeyId": "YourAccessKeySecret"})
        self.assertTrue(ok)

    def test_tencent_tc3_describe_instances(self):
        # Tencent Cloud, "Signature v3", DescribeInstances example with the unmasked example key.
        headers = {"content-type": "application/json; charset=utf-8", "host": "cvm.tencentcloudapi.com",
                   "x-tc-timestamp": "1551113065",
                   "authorization": "TC3-HMAC-SHA256 Credential=AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE/2019-02-25/cvm/tc3_request, "
                   "SignedHeaders=content-type;host, Signature=72e494ea809ad7a8c8f7a4507b9bddcbaa8e581f516e8da2f66e2c5a96525168"}
        ok, _, canonical = mv.verify_tc3("POST", "/", "", headers, PAYLOAD,
                                         {"AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE": "Gu5t9xGARNpq86cd98joQYCN3EXAMPLE"})
        self.assertTrue(ok, canonical)

    def test_a_wrong_secret_is_rejected(self):
        params = {"AccessKeyId": "testid", "Action": "DescribeRegions", "Signature": "OLeaidS1JvxuMvnyHOwuJ+uX5qY="}
        ok, _, _ = mv.verify_alibaba_rpc("GET", params, {"testid": "other"})
        self.assertFalse(ok)


if __name__ == "__main__":
    unittest.main()
