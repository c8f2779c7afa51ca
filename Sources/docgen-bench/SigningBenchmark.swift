@_spi(DocGenGenerated) import DocGenRuntime
import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// Signatures per second of each signing algorithm, and what a `ServiceClient` call costs on top of a bare
/// URLSession call to the same loopback server (validation, parameters, common parameters, signing, error
/// detection, decoding), with the runtime's transport alone in between. The server is started here, on 127.0.0.1,
/// and answers a fixed body without checking it; it runs in this process, so the CPU figures include its share,
/// which is the same for every kind of call.
enum SigningBenchmark: Benchmark {
    static let name = "signing"
    static let usage = "[--signatures N] [--calls N] [--rounds N]  signatures/s per algorithm; client call vs bare URLSession on loopback"

    static func run(_ arguments: [String]) throws {
        let signatures = max(1, intOption("--signatures", in: arguments) ?? 20_000)
        let calls = max(1, intOption("--calls", in: arguments) ?? 300)
        let roundCount = max(1, intOption("--rounds", in: arguments) ?? 7)

        print("signatures (\(signatures) each, one request of 7 business parameters):")
        for algorithm in Algorithm.allCases {
            let (timing, _) = Measure.time { for index in 0..<signatures { _ = algorithm.sign(index) } }
            print("  \(algorithm.label.padding(toLength: 30, withPad: " ", startingAt: 0))"
                + "\(Measure.format(Double(signatures) / timing.cpu, 0)) /s CPU, \(Measure.format(Double(signatures) / timing.wall, 0)) /s wall"
                + " (\(Measure.format(timing.cpu * 1e6 / Double(signatures), 1)) µs CPU each)")
        }

        let alibabaServer = try LoopbackServer(body: #"{"RequestId":"bench","TotalCount":0}"#)
        let tencentServer = try LoopbackServer(body: #"{"Response":{"RequestId":"bench","TotalCount":0}}"#)
        // The kinds of call take turns, `rounds` times, and each figure is the median round: on a shared machine a
        // burst of load then hits one round of every kind rather than all the calls of one kind.
        var kinds: [(label: String, run: @Sendable () async throws -> Measure.Timing)] = [
            ("bare URLSession POST", { try await bareCalls(calls, url: alibabaServer.baseURL) }),
            ("URLSessionTransport alone", { try await transportCalls(calls, url: alibabaServer.baseURL) }),
        ]
        for scheme in ClientScheme.allCases {
            let server = scheme == .tencentTC3 ? tencentServer : alibabaServer
            kinds.append((scheme.label, { try await clientCalls(calls, scheme: scheme, url: server.baseURL) }))
        }
        var rounds: [[Measure.Timing]] = Array(repeating: [], count: kinds.count)
        for _ in 0..<roundCount {
            for (index, kind) in kinds.enumerated() { rounds[index].append(try blocking(kind.run)) }
        }
        let medians = rounds.map { timings in
            Measure.Timing(wall: median(timings.map(\.wall)) / Double(calls), cpu: median(timings.map(\.cpu)) / Double(calls))
        }
        print("calls on loopback (\(roundCount) rounds of \(calls) sequential calls per kind, median round; per call):")
        for (index, kind) in kinds.enumerated() {
            var line = "  \(kind.label.padding(toLength: 30, withPad: " ", startingAt: 0))"
                + "\(Measure.format(medians[index].wall * 1e6, 0)) µs wall, \(Measure.format(medians[index].cpu * 1e6, 0)) µs CPU"
            if index > 0 {
                line += "; over bare: \(Measure.format((medians[index].wall - medians[0].wall) * 1e6, 0)) µs wall, "
                    + "\(Measure.format((medians[index].cpu - medians[0].cpu) * 1e6, 0)) µs CPU"
            }
            print(line)
        }
    }

    static func median(_ values: [Double]) -> Double {
        let sorted = values.sorted()
        return sorted.count % 2 == 1 ? sorted[sorted.count / 2] : (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
    }

    // MARK: Signatures

    enum Algorithm: CaseIterable {
        case alibabaRPC, alibabaACS3, tencentTC3

        var label: String {
            switch self {
            case .alibabaRPC: "Alibaba RPC HMAC-SHA1"
            case .alibabaACS3: "Alibaba ACS3-HMAC-SHA256"
            case .tencentTC3: "Tencent TC3-HMAC-SHA256"
            }
        }

        static let business = [
            QueryPair("RegionId", "cn-hangzhou"), QueryPair("InstanceIds", #"["i-bp67acfmxazb4p****"]"#),
            QueryPair("PageNumber", "1"), QueryPair("PageSize", "10"), QueryPair("InstanceName", "web-server-01"),
            QueryPair("Tag.1.Key", "env"), QueryPair("Tag.1.Value", "production"),
        ]
        static let tencentBody = Data(#"{"InstanceIds":["ins-r8hr2upy"],"Offset":0,"Limit":10,"Filters":[{"Name":"zone","Values":["ap-guangzhou-1"]}]}"#.utf8)

        /// One signature; `index` varies the nonce and time so nothing is cached.
        func sign(_ index: Int) -> String {
            let nonce = "nonce-\(index)"
            switch self {
            case .alibabaRPC:
                let common = [
                    QueryPair("Action", "DescribeInstances"), QueryPair("Version", "2014-05-26"), QueryPair("Format", "JSON"),
                    QueryPair("Timestamp", "2024-01-01T00:00:00Z"), QueryPair("SignatureMethod", "HMAC-SHA1"),
                    QueryPair("SignatureVersion", "1.0"), QueryPair("SignatureNonce", nonce), QueryPair("AccessKeyId", "bench-id"),
                ]
                return AlibabaRPCSigner().signature(method: .post, parameters: common + Self.business, secret: "bench-secret")
            case .alibabaACS3:
                let headers = [
                    "host": "ecs.cn-hangzhou.aliyuncs.com", "x-acs-action": "DescribeInstances", "x-acs-version": "2014-05-26",
                    "x-acs-date": "2024-01-01T00:00:00Z", "x-acs-signature-nonce": nonce,
                    "x-acs-content-sha256": AlibabaACS3Signer.payloadHash(Data()),
                ]
                return AlibabaACS3Signer().sign(method: .post, canonicalURI: "/", query: Self.business, headers: headers,
                                                accessKeyId: "bench-id", secret: "bench-secret").authorization
            case .tencentTC3:
                let headers = ["content-type": "application/json; charset=utf-8", "host": "cvm.tencentcloudapi.com",
                               "x-tc-action": "DescribeInstances"]
                return TencentTC3Signer(service: "cvm").sign(method: .post, signedHeaders: headers, payload: Self.tencentBody,
                                                             timestamp: 1_700_000_000 + index, secretId: "bench-id",
                                                             secretKey: "bench-secret").authorization
            }
        }
    }

    // MARK: Calls

    enum ClientScheme: CaseIterable {
        case alibabaRPC, alibabaACS3, tencentTC3

        var label: String {
            switch self {
            case .alibabaRPC: "client, Alibaba RPC HMAC-SHA1"
            case .alibabaACS3: "client, Alibaba ACS3"
            case .tencentTC3: "client, Tencent TC3"
            }
        }
    }

    /// `count` POSTs of a small form body through one URLSession data task each (completion handler, the cheapest
    /// way on Linux), as a program without the runtime would send them.
    static func bareCalls(_ count: Int, url: String) async throws -> Measure.Timing {
        let session = URLSession(configuration: .ephemeral)
        var prepared = URLRequest(url: URL(string: url + "/")!)
        prepared.httpMethod = "POST"
        prepared.setValue("application/x-www-form-urlencoded", forHTTPHeaderField: "Content-Type")
        prepared.httpBody = Data("RegionId=cn-hangzhou&PageNumber=1&PageSize=10".utf8)
        let request = prepared
        @Sendable func call() async throws {
            let status: Int = try await withCheckedThrowingContinuation { continuation in
                session.dataTask(with: request) { _, response, error in
                    if let error { continuation.resume(throwing: error) } else {
                        continuation.resume(returning: (response as? HTTPURLResponse)?.statusCode ?? 0)
                    }
                }.resume()
            }
            guard status == 200 else { throw LoopbackServer.Failure(description: "bare call failed") }
        }
        for _ in 0..<50 { try await call() }
        return try await measure { for _ in 0..<count { try await call() } }
    }

    /// The same POST through the runtime's transport only: no validation, signing or decoding.
    static func transportCalls(_ count: Int, url: String) async throws -> Measure.Timing {
        let transport = URLSessionTransport()
        let request = HTTPRequest(method: .post, url: URL(string: url + "/")!,
                                  headers: ["Content-Type": "application/x-www-form-urlencoded"],
                                  body: Data("RegionId=cn-hangzhou&PageNumber=1&PageSize=10".utf8))
        for _ in 0..<50 { _ = try await transport.send(request) }
        return try await measure {
            for _ in 0..<count {
                guard try await transport.send(request).statusCode == 200 else {
                    throw LoopbackServer.Failure(description: "transport call failed")
                }
            }
        }
    }

    static func clientCalls(_ count: Int, scheme: ClientScheme, url: String) async throws -> Measure.Timing {
        let endpoint = Endpoint(url: url)!
        let credentials = StaticCredentialsProvider(Credentials(accessKeyId: "bench-id", secret: "bench-secret"))
        let service: ServiceDescriptor = switch scheme {
        case .alibabaRPC: .alibaba("ecs", version: "2014-05-26", signature: .rpcHMACSHA1)
        case .alibabaACS3: .alibaba("ecs", version: "2014-05-26", signature: .acs3HMACSHA256)
        case .tencentTC3: .tencent("cvm", version: "2017-03-12")
        }
        let region = scheme == .tencentTC3 ? "ap-guangzhou" : "cn-hangzhou"
        let client = ServiceClient(service: service, region: region, credentials: credentials, endpoint: endpoint,
                                   transport: URLSessionTransport(), retryPolicy: .none)
        func call() async throws {
            if scheme == .tencentTC3 {
                let response = try await client.send(TencentListRequest(), binding: .rpcReadOnly)
                guard response.requestId == "bench" else { throw LoopbackServer.Failure(description: "client call failed") }
            } else {
                let response = try await client.send(AlibabaListRequest(), binding: .rpcReadOnly)
                guard response.requestId == "bench" else { throw LoopbackServer.Failure(description: "client call failed") }
            }
        }
        for _ in 0..<50 { try await call() }
        return try await measure { for _ in 0..<count { try await call() } }
    }

    static func measure(_ body: () async throws -> Void) async throws -> Measure.Timing {
        let startCPU = Measure.cpuSeconds()
        let start = DispatchTime.now().uptimeNanoseconds
        try await body()
        return Measure.Timing(wall: Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9, cpu: Measure.cpuSeconds() - startCPU)
    }

    /// Runs `body` on the concurrency pool and waits for it (the benchmark entry point is synchronous).
    static func blocking<T: Sendable>(_ body: @escaping @Sendable () async throws -> T) throws -> T {
        let box = ResultBox<T>()
        let done = DispatchSemaphore(value: 0)
        Task {
            do { box.result = .success(try await body()) } catch { box.result = .failure(error) }
            done.signal()
        }
        done.wait()
        return try box.result!.get()
    }

    final class ResultBox<T>: @unchecked Sendable {
        // @unchecked: written once by the task before the semaphore signals, read after the wait.
        var result: Result<T, any Error>?
    }

    static func intOption(_ name: String, in arguments: [String]) -> Int? {
        guard let index = arguments.firstIndex(of: name), index + 1 < arguments.count else { return nil }
        return Int(arguments[index + 1])
    }
}

/// A list request shaped like a generated one (four parameters, one limit), for the client calls.
struct AlibabaListRequest: OperationRequest {
    typealias Response = ListResponse
    static var action: String { "DescribeInstances" }
    static var apiVersion: String { "2014-05-26" }
    static var style: VendorStyle { .alibabaRPC }

    var regionId = "cn-hangzhou"
    var pageNumber = 1
    var pageSize = 10
    var instanceIds = ["i-bp67acfmxazb4p****", "i-bp67acfmxazb4q****"]

    private enum CodingKeys: String, CodingKey {
        case regionId = "RegionId", pageNumber = "PageNumber", pageSize = "PageSize", instanceIds = "InstanceIds"
    }

    func appendQueryItems(to query: inout QueryItems, prefix: String) {
        query.append(prefix + "RegionId", regionId)
        query.append(prefix + "PageNumber", pageNumber)
        query.append(prefix + "PageSize", pageSize)
        query.append(prefix + "InstanceIds", instanceIds)
    }

    func collectIssues(into issues: inout ValidationIssues, prefix: String) {
        issues.maximum(pageSize, 100, parameter: prefix + "PageSize", documentation: "Maximum value: 100.")
    }
}

/// The same request in Tencent's style (a JSON body).
struct TencentListRequest: OperationRequest {
    typealias Response = ListResponse
    static var action: String { "DescribeInstances" }
    static var apiVersion: String { "2017-03-12" }
    static var style: VendorStyle { .tencent }

    var offset = 0
    var limit = 10
    var instanceIds = ["ins-r8hr2upy", "ins-r8hr2upz"]

    private enum CodingKeys: String, CodingKey { case offset = "Offset", limit = "Limit", instanceIds = "InstanceIds" }

    func appendQueryItems(to query: inout QueryItems, prefix: String) {
        query.append(prefix + "Offset", offset)
        query.append(prefix + "Limit", limit)
        query.append(prefix + "InstanceIds", instanceIds)
    }

    func collectIssues(into issues: inout ValidationIssues, prefix: String) {
        issues.maximum(limit, 100, parameter: prefix + "Limit", documentation: "Maximum value: 100.")
    }
}

struct ListResponse: Decodable, Sendable {
    var requestId: String?
    var totalCount: Int?

    private enum CodingKeys: String, CodingKey { case requestId = "RequestId", totalCount = "TotalCount" }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        requestId = try container.lenientScalar(String.self, forKey: .requestId)
        totalCount = try container.lenientScalar(Int.self, forKey: .totalCount)
    }
}
