#!/usr/bin/env python3
"""A local stand-in for Alibaba Cloud and Tencent Cloud API endpoints, for DocGenRuntime's integration tests.

It checks each request's signature the way the vendors' documents describe it, written here from those documents
and not from the Swift code under test (that is the point: two independent readings of the same document must
agree):

* Alibaba RPC signature 1.0, HMAC-SHA1 ("RPC 签名机制" / "Request signatures"): sort every parameter except
  Signature, RFC 3986-encode names and values, StringToSign = METHOD&%2F&encode(query),
  Signature = Base64(HMAC-SHA1(secret + "&", StringToSign)).
* Alibaba ACS3-HMAC-SHA256 ("V3 版本请求体&签名机制" / "Request syntax and signature method V3"): canonical request
  of method, path, sorted encoded query, the signed headers, their names, and x-acs-content-sha256;
  Signature = hex(HMAC-SHA256(secret, "ACS3-HMAC-SHA256\\n" + hex(SHA256(canonical request)))).
* Tencent TC3-HMAC-SHA256 ("签名方法 v3" / "Signature v3"): canonical request, credential scope
  date/service/tc3_request, keys derived from "TC3" + secret, hex(HMAC-SHA256(signing key, StringToSign)).

A bad signature gets the vendor's real error: Alibaba HTTP 400 `SignatureDoesNotMatch`, Tencent HTTP 200 with
`Response.Error.Code = AuthFailure.SignatureFailure`.

Usage: mock_vendor.py SCRIPT.json [--port N]
The first line printed is the port. The server listens on 127.0.0.1 only and exits when stdin reaches EOF (the
test process died or closed the pipe) or on SIGTERM.

Script format:
    {
      "credentials": {"<access key id>": "<secret>"},
      "actions": {
        "<Action>": [
          {"status": 200, "body": {...}, "times": 2, "delay": 0.0, "expect": {"PageNumber": "2"}},
          ...
        ]
      }
    }
Each action answers from its list in order; a step with "times" answers that many requests; the last step repeats.
"expect" lists parameters the request must carry (a mismatch answers 400 `MockExpectationFailed`).
Control endpoints (never signed): POST /__script replaces the script, GET /__log returns the requests seen.
"""

import base64
import hashlib
import hmac
import json
import os
import sys
import threading
import time
import uuid
from datetime import datetime, timezone
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qsl, quote, urlsplit

STATE_LOCK = threading.Lock()
STATE = {"script": {"credentials": {}, "actions": {}}, "served": {}, "log": []}


def rfc3986(text):
    """Percent-encode everything but A-Z a-z 0-9 - _ . ~ (both vendors' rule)."""
    return quote(text, safe="-_.~")


def sha256_hex(data):
    return hashlib.sha256(data).hexdigest()


def hmac_sha256(key, message):
    return hmac.new(key, message.encode("utf-8"), hashlib.sha256).digest()


# ---------------------------------------------------------------- signature checks, one per vendor document


def verify_alibaba_rpc(method, params, secrets):
    """Returns (ok, access key id, detail)."""
    key_id = params.get("AccessKeyId", "")
    secret = secrets.get(key_id)
    if secret is None:
        return False, key_id, "unknown AccessKeyId"
    pairs = sorted((rfc3986(k), rfc3986(v)) for k, v in params.items() if k != "Signature")
    canonical = "&".join(f"{k}={v}" for k, v in pairs)
    string_to_sign = method + "&" + rfc3986("/") + "&" + rfc3986(canonical)
    digest = hmac.new((secret + "&").encode("utf-8"), string_to_sign.encode("utf-8"), hashlib.sha1).digest()
    expected = base64.b64encode(digest).decode("ascii")
    return hmac.compare_digest(expected, params.get("Signature", "")), key_id, string_to_sign


def parse_authorization(value, algorithm):
    """'ALG Credential=..,SignedHeaders=..,Signature=..' (ACS3 uses ',' and TC3 ', ')."""
    if not value.startswith(algorithm + " "):
        return None
    fields = {}
    for part in value[len(algorithm) + 1:].split(","):
        name, _, content = part.strip().partition("=")
        fields[name] = content
    return fields


def verify_acs3(method, raw_path, raw_query, headers, body, secrets):
    auth = parse_authorization(headers.get("authorization", ""), "ACS3-HMAC-SHA256")
    if auth is None:
        return False, "", "no ACS3 Authorization"
    key_id = auth.get("Credential", "")
    secret = secrets.get(key_id)
    if secret is None:
        return False, key_id, "unknown AccessKeyId"
    signed = auth.get("SignedHeaders", "").split(";")
    for required in ("host", "x-acs-action", "x-acs-content-sha256", "x-acs-date", "x-acs-signature-nonce", "x-acs-version"):
        if required not in signed:
            return False, key_id, f"{required} is not signed"
    if headers.get("x-acs-content-sha256") != sha256_hex(body):
        return False, key_id, "x-acs-content-sha256 does not match the body"
    query = parse_qsl(raw_query, keep_blank_values=True)
    canonical_query = "&".join(f"{k}={v}" for k, v in sorted((rfc3986(k), rfc3986(v)) for k, v in query))
    canonical_headers = "".join(f"{name}:{headers.get(name, '').strip()}\n" for name in signed)
    canonical_request = "\n".join(
        [method, raw_path, canonical_query, canonical_headers, ";".join(signed), headers["x-acs-content-sha256"]]
    )
    string_to_sign = "ACS3-HMAC-SHA256\n" + sha256_hex(canonical_request.encode("utf-8"))
    expected = hmac.new(secret.encode("utf-8"), string_to_sign.encode("utf-8"), hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected, auth.get("Signature", "")), key_id, canonical_request


def verify_tc3(method, raw_path, raw_query, headers, body, secrets):
    auth = parse_authorization(headers.get("authorization", ""), "TC3-HMAC-SHA256")
    if auth is None:
        return False, "", "no TC3 Authorization"
    key_id, _, scope = auth.get("Credential", "").partition("/")
    secret = secrets.get(key_id)
    if secret is None:
        return False, key_id, "unknown SecretId"
    date, _, rest = scope.partition("/")
    service, _, terminator = rest.partition("/")
    timestamp = headers.get("x-tc-timestamp", "")
    if terminator != "tc3_request" or not timestamp.isdigit():
        return False, key_id, "malformed credential scope or timestamp"
    if datetime.fromtimestamp(int(timestamp), tz=timezone.utc).strftime("%Y-%m-%d") != date:
        return False, key_id, "credential date is not the UTC date of X-TC-Timestamp"
    signed = auth.get("SignedHeaders", "").split(";")
    if "content-type" not in signed or "host" not in signed:
        return False, key_id, "content-type and host must be signed"
    canonical_headers = "".join(f"{name}:{headers.get(name, '').strip().lower()}\n" for name in signed)
    canonical_request = "\n".join([method, raw_path, raw_query, canonical_headers, ";".join(signed), sha256_hex(body)])
    string_to_sign = "\n".join(
        ["TC3-HMAC-SHA256", timestamp, scope, sha256_hex(canonical_request.encode("utf-8"))]
    )
    secret_date = hmac_sha256(("TC3" + secret).encode("utf-8"), date)
    secret_service = hmac_sha256(secret_date, service)
    secret_signing = hmac_sha256(secret_service, "tc3_request")
    expected = hmac.new(secret_signing, string_to_sign.encode("utf-8"), hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected, auth.get("Signature", "")), key_id, canonical_request


# ---------------------------------------------------------------- the vendors' error bodies


def alibaba_error(status, code, message, host):
    return status, {
        "RequestId": str(uuid.uuid4()).upper(),
        "HostId": host,
        "Code": code,
        "Message": message,
        "Recommend": f"https://api.aliyun.com/troubleshoot?q={code}",
    }


def tencent_error(code, message):
    # Tencent reports errors with HTTP 200 and Response.Error.
    return 200, {"Response": {"Error": {"Code": code, "Message": message}, "RequestId": str(uuid.uuid4())}}


# ---------------------------------------------------------------- scripted answers


def next_step(action):
    with STATE_LOCK:
        steps = STATE["script"].get("actions", {}).get(action)
        if not steps:
            return None
        served = STATE["served"].get(action, 0)
        STATE["served"][action] = served + 1
        position = 0
        for step in steps:
            position += int(step.get("times", 1))
            if served < position:
                return step
        return steps[-1]


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):  # keep the test output clean
        pass

    def do_GET(self):
        self.handle_any()

    def do_POST(self):
        self.handle_any()

    def do_PUT(self):
        self.handle_any()

    def do_DELETE(self):
        self.handle_any()

    def do_PATCH(self):
        self.handle_any()

    def reply(self, status, body):
        data = json.dumps(body, ensure_ascii=False).encode("utf-8")
        try:
            self.send_response(status)
            self.send_header("Content-Type", "application/json; charset=utf-8")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up (a timeout test)

    def handle_any(self):
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        raw_path, _, raw_query = self.path.partition("?")
        headers = {name.lower(): value for name, value in self.headers.items()}

        if raw_path == "/__script" and self.command == "POST":
            with STATE_LOCK:
                STATE["script"] = json.loads(body or b"{}")
                STATE["served"] = {}
            return self.reply(200, {"ok": True})
        if raw_path == "/__log":
            with STATE_LOCK:
                return self.reply(200, STATE["log"])

        secrets = STATE["script"].get("credentials", {})
        host = headers.get("host", "")
        auth = headers.get("authorization", "")
        if auth.startswith("TC3-HMAC-SHA256"):
            vendor, action = "tencent", headers.get("x-tc-action", "")
            try:
                params = json.loads(body or b"{}")
            except ValueError:
                return self.reply(*tencent_error("InvalidParameter", "the body is not JSON"))
            ok, key_id, detail = verify_tc3(self.command, raw_path, raw_query, headers, body, secrets)
            protocol = "tc3"
        elif auth.startswith("ACS3-HMAC-SHA256"):
            vendor, action = "alibaba", headers.get("x-acs-action", "")
            params = dict(parse_qsl(raw_query, keep_blank_values=True))
            if body and headers.get("content-type", "").startswith("application/json"):
                params.update(json.loads(body))
            ok, key_id, detail = verify_acs3(self.command, raw_path, raw_query, headers, body, secrets)
            protocol = "acs3"
        else:
            vendor = "alibaba"
            params = dict(parse_qsl(raw_query, keep_blank_values=True))
            if body and headers.get("content-type", "").startswith("application/x-www-form-urlencoded"):
                params.update(parse_qsl(body.decode("utf-8"), keep_blank_values=True))
            action = params.get("Action", "")
            if "Signature" not in params:
                return self.reply(*alibaba_error(400, "IncompleteSignature", "The request signature does not conform to Aliyun standards.", host))
            for required in ("Version", "Timestamp", "SignatureNonce", "Format"):
                if required not in params:
                    return self.reply(*alibaba_error(400, "MissingParameter", f'The input parameter "{required}" that is mandatory for processing this request is not supplied.', host))
            ok, key_id, detail = verify_alibaba_rpc(self.command, params, secrets)
            protocol = "rpc"

        with STATE_LOCK:
            STATE["log"].append({"protocol": protocol, "action": action, "method": self.command, "path": raw_path,
                                 "params": params, "signatureOK": ok,
                                 "token": headers.get("x-tc-token") or headers.get("x-acs-security-token") or params.get("SecurityToken")})

        if not ok:
            if key_id not in secrets:
                if vendor == "tencent":
                    return self.reply(*tencent_error("AuthFailure.SecretIdNotFound", "The SecretId is not found, please ensure that your SecretId is correct."))
                return self.reply(*alibaba_error(404, "InvalidAccessKeyId.NotFound", "Specified access key is not found.", host))
            if vendor == "tencent":
                return self.reply(*tencent_error("AuthFailure.SignatureFailure", "The provided credentials could not be validated. Please check your signature is correct."))
            return self.reply(*alibaba_error(400, "SignatureDoesNotMatch", "Specified signature is not matched with our calculation. server string to sign is:" + detail, host))

        step = next_step(action)
        if step is None:
            if vendor == "tencent":
                return self.reply(*tencent_error("InvalidAction", f"The action {action} is not scripted."))
            return self.reply(*alibaba_error(404, "InvalidAction.NotFound", f"Specified api {action} is not found.", host))
        for name, value in (step.get("expect") or {}).items():
            if str(params.get(name)) != str(value):
                message = f"expected {name}={value}, got {params.get(name)}"
                if vendor == "tencent":
                    return self.reply(*tencent_error("MockExpectationFailed", message))
                return self.reply(*alibaba_error(400, "MockExpectationFailed", message, host))
        if step.get("delay"):
            time.sleep(float(step["delay"]))
        return self.reply(int(step.get("status", 200)), step.get("body", {}))


def exit_on_stdin_eof():
    try:
        while sys.stdin.buffer.read(1024):
            pass
    finally:
        os._exit(0)


def main():
    args = sys.argv[1:]
    port = 0
    if "--port" in args:
        index = args.index("--port")
        port = int(args[index + 1])
        del args[index:index + 2]
    if args:
        with open(args[0], encoding="utf-8") as file:
            STATE["script"] = json.load(file)
    server = ThreadingHTTPServer(("127.0.0.1", port), Handler)
    server.daemon_threads = True
    print(server.server_address[1], flush=True)
    threading.Thread(target=exit_on_stdin_eof, daemon=True).start()
    server.serve_forever()


if __name__ == "__main__":
    main()
