import DocGenRuntime
import Foundation
import XCTest

final class EndpointAndErrorTests: XCTestCase {
    func testEndpointResolution() {
        let resolver = EndpointResolver()
        let ecs = ServiceDescriptor.alibaba("ecs", version: "2014-05-26")
        XCTAssertEqual(resolver.resolve(service: ecs, region: "cn-hangzhou", override: nil).description, "https://ecs.cn-hangzhou.aliyuncs.com")
        XCTAssertEqual(resolver.resolve(service: ecs, region: nil, override: nil).description, "https://ecs.aliyuncs.com")
        let global = ServiceDescriptor.alibaba("ram", version: "2015-05-01", isRegional: false)
        XCTAssertEqual(resolver.resolve(service: global, region: "cn-hangzhou", override: nil).host, "ram.aliyuncs.com")
        let stated = ServiceDescriptor.alibaba("ens", version: "2017-11-10", endpoint: "ens.aliyuncs.com")
        XCTAssertEqual(resolver.resolve(service: stated, region: "cn-beijing", override: nil).host, "ens.aliyuncs.com")
        let statedRegional = ServiceDescriptor.alibaba("x", version: "1", endpoint: "x-{region}.example.com")
        XCTAssertEqual(resolver.resolve(service: statedRegional, region: "cn-beijing", override: nil).host, "x-cn-beijing.example.com")
        let cvm = ServiceDescriptor.tencent("cvm", version: "2017-03-12")
        XCTAssertEqual(resolver.resolve(service: cvm, region: "ap-guangzhou", override: nil).host, "cvm.tencentcloudapi.com")
        let local = Endpoint(url: "http://127.0.0.1:8080")!
        XCTAssertEqual(resolver.resolve(service: cvm, region: "ap-guangzhou", override: local), local)
        XCTAssertEqual(local.hostHeader, "127.0.0.1:8080")
        XCTAssertEqual(Endpoint(host: "ecs.aliyuncs.com", port: 443).hostHeader, "ecs.aliyuncs.com")
        XCTAssertNil(Endpoint(url: "not a url"))
    }

    func testPlaceholderFamilies() {
        XCTAssertTrue(ErrorCodePattern.matches("InvalidParameter.%s", "InvalidParameter.Foo"))
        XCTAssertTrue(ErrorCodePattern.matches("InvalidParameter.%s", "InvalidParameter.Foo.Bar"))
        XCTAssertFalse(ErrorCodePattern.matches("InvalidParameter.%s", "InvalidParameter."))
        XCTAssertFalse(ErrorCodePattern.matches("InvalidParameter.%s", "InvalidParameterValue.Foo"))
        XCTAssertTrue(ErrorCodePattern.matches("QuotaExceed.%s.Limit", "QuotaExceed.Disk.Limit"))
        XCTAssertFalse(ErrorCodePattern.matches("QuotaExceed.%s.Limit", "QuotaExceed.Disk.Other"))
        XCTAssertTrue(ErrorCodePattern.matches("Throttling", "Throttling"))
        XCTAssertFalse(ErrorCodePattern.matches("Throttling", "Throttling.User"))
        let error = ServiceError(code: "InvalidParameter.Foo", message: "m", requestID: "r", httpStatus: 400, action: "A")
        XCTAssertTrue(error.matches(TestProductError.invalidParameter_s))
        XCTAssertEqual(error.code(as: TestProductError.self).code, "InvalidParameter.Foo")
    }

    func testRetryableCodes() {
        func error(_ code: String, _ status: Int = 400) -> ServiceError {
            ServiceError(code: code, message: nil, requestID: nil, httpStatus: status, action: "A")
        }
        for code in ["Throttling", "Throttling.User", "Throttling.Api", "RequestLimitExceeded", "ServiceUnavailable", "InternalError"] {
            XCTAssertTrue(error(code).isRetryable, code)
        }
        XCTAssertTrue(error("Anything", 503).isRetryable)
        XCTAssertTrue(error("Anything", 429).isThrottling)
        XCTAssertFalse(error("InvalidParameter", 400).isRetryable)
        XCTAssertFalse(error("InternalError").isThrottling)
        XCTAssertEqual(error("Throttling.User").description, "A failed with Throttling.User (HTTP 400)")
    }
}
