import Foundation

/// The core every generated per-product client calls: it adds the vendor's common parameters, signs, sends,
/// retries, turns error bodies into `ServiceError` and decodes the success body.
///
/// A generated client holds one and forwards each operation:
///
///     public func describeRegions(_ request: DescribeRegions.Request) async throws -> DescribeRegions.Response {
///         try await core.send(request, binding: .rpcReadOnly)
///     }
///
/// Immutable and `Sendable`: share one across tasks.
public final class ServiceClient: Sendable {
    public let service: ServiceDescriptor
    public let region: String?
    public let credentialsProvider: any CredentialsProvider
    public let endpoint: Endpoint
    public let transport: any Transport
    public let retryPolicy: RetryPolicy
    /// Check each request's documented limits before sending it (throws `ValidationError`).
    public let validatesRequests: Bool
    public let decodingMode: DecodingMode
    public let environment: RequestEnvironment

    /// - Parameters:
    ///   - service: the product (generated).
    ///   - region: Alibaba `cn-hangzhou`, Tencent `ap-guangzhou`; picks the Alibaba endpoint and Tencent's `X-TC-Region`.
    ///   - credentials: nil reads the environment, then the vendor CLI's config file.
    ///   - endpoint: overrides the resolved endpoint (see `EndpointResolver`).
    public init(service: ServiceDescriptor, region: String?, credentials: (any CredentialsProvider)? = nil,
                endpoint: Endpoint? = nil, transport: any Transport = URLSessionTransport(),
                retryPolicy: RetryPolicy = .standard, validatesRequests: Bool = true,
                decodingMode: DecodingMode = .lenient, environment: RequestEnvironment = .live) {
        self.service = service
        self.region = region
        self.credentialsProvider = credentials
            ?? CredentialsProviderChain.standard(vendor: service.vendor == .alibaba ? .alibaba : .tencent)
        self.endpoint = EndpointResolver().resolve(service: service, region: region, override: endpoint)
        self.transport = transport
        self.retryPolicy = retryPolicy
        self.validatesRequests = validatesRequests
        self.decodingMode = decodingMode
        self.environment = environment
    }

    /// Sends `request` as the operation `binding` describes and returns its decoded response.
    ///
    /// - Throws: `ValidationError` (before sending, when validation is on), `ServiceError` (the service refused),
    ///   `TransportError` (no response), `ResponseDecodingError` (strict mode), `ServiceClientError`, `CancellationError`.
    public func send<Request: OperationRequest>(_ request: Request, binding: HTTPBinding = .rpc()) async throws -> Request.Response {
        if validatesRequests { try request.validate() }
        let parameters = try RequestParameters.locate(request, vendor: service.vendor)
        let isIdempotent = binding.isIdempotent || parameters.carriesClientToken
        guard let credentials = try await credentialsProvider.credentials() else { throw ServiceClientError.noCredentials }

        let started = environment.now()
        var attempt = 1
        while true {
            do {
                let httpRequest = try makeHTTPRequest(Request.self, parameters: parameters, binding: binding, credentials: credentials)
                return try await exchange(httpRequest, action: Request.action, style: Request.style)
            } catch {
                guard retryPolicy.shouldRetry(error, attempt: attempt, isIdempotent: isIdempotent) else { throw error }
                let delay = retryPolicy.delay(afterAttempt: attempt)
                if let deadline = retryPolicy.totalDeadline {
                    let elapsed = Duration.milliseconds(Int64(environment.now().timeIntervalSince(started) * 1000))
                    if elapsed + delay > deadline { throw error }
                }
                try await retryPolicy.sleep(delay)
                attempt += 1
            }
        }
    }

    /// The pages of a paginated operation, fetched one by one as the sequence is iterated.
    public func paginate<Request: OperationRequest>(_ request: Request, binding: HTTPBinding = .rpcReadOnly,
                                                    strategy: PaginationStrategy<Request>) -> Paginator<Request> {
        Paginator(first: request, strategy: strategy) { [self] page in try await send(page, binding: binding) }
    }

    /// The signed HTTP request for `request`, without sending it (for tests and for debugging).
    public func makeHTTPRequest<Request: OperationRequest>(_ request: Request, binding: HTTPBinding = .rpc(),
                                                           credentials: Credentials) throws -> HTTPRequest {
        try makeHTTPRequest(Request.self, parameters: RequestParameters.locate(request, vendor: service.vendor),
                            binding: binding, credentials: credentials)
    }

    private func makeHTTPRequest<Request: OperationRequest>(_ type: Request.Type, parameters: HTTPParameters, binding: HTTPBinding,
                                                            credentials: Credentials) throws -> HTTPRequest {
        let operation = RequestSigning.Operation(action: Request.action, version: Request.apiVersion, binding: binding)
        let signing = RequestSigning(endpoint: endpoint, region: region, service: service, environment: environment)
        switch service.vendor {
        case .tencent:
            return try signing.tencent(operation, parameters: parameters, credentials: credentials)
        case .alibaba:
            if binding.style == .rpc && service.alibabaSignature == .rpcHMACSHA1 {
                return try signing.alibabaRPC(operation, parameters: parameters, credentials: credentials)
            }
            return try signing.alibabaACS3(operation, parameters: parameters, credentials: credentials)
        }
    }

    /// One attempt: send, detect a service error, decode.
    private func exchange<Response: Decodable>(_ httpRequest: HTTPRequest, action: String, style: VendorStyle) async throws -> Response {
        let response: HTTPResponse
        do {
            response = try await transport.send(httpRequest)
        } catch var error as TransportError {
            error.action = action
            throw error
        }
        if let error = ErrorDetection.serviceError(in: response, vendor: service.vendor, action: action) { throw error }
        do {
            return try ResponseDecoding.decode(Response.self, from: response.body, style: style, mode: decodingMode, action: action)
        } catch let error as ResponseDecodingError {
            throw error
        } catch {
            throw ServiceClientError.undecodableResponse(action: action, httpStatus: response.statusCode,
                                                         detail: String(describing: type(of: error)))
        }
    }
}

/// Where a request's parameters go when the request does not say so itself.
enum RequestParameters {
    static func locate<Request: OperationRequest>(_ request: Request, vendor: ServiceDescriptor.Vendor) throws -> HTTPParameters {
        if let located = request as? any HTTPParameterLocating { return try located.httpParameters() }
        switch vendor {
        case .alibaba:
            // Every RPC parameter is a query parameter; Action and Version are added by the signer with the rest of
            // the common parameters (the generated `queryItems()` omits Version for Alibaba).
            var query = QueryItems(listIndexBase: Request.style.listIndexBase)
            request.appendQueryItems(to: &query, prefix: "")
            return HTTPParameters(query: query.pairs)
        case .tencent:
            // API 3.0 takes the parameters as a JSON object with the wire names: the request's Codable form.
            return HTTPParameters(jsonBody: try JSONEncoder.wire.encode(request))
        }
    }
}

extension HTTPParameters {
    /// A `ClientToken` makes a non-idempotent call safe to repeat: the service applies it once.
    var carriesClientToken: Bool {
        if query.contains(where: { $0.name == "ClientToken" && !$0.value.isEmpty }) { return true }
        if let jsonBody, case .object(let fields)? = try? JSONDecoder().decode(JSONValue.self, from: jsonBody),
           case .string(let token)? = fields["ClientToken"], !token.isEmpty {
            return true
        }
        return false
    }
}
