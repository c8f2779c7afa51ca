/// How far a pagination has come, for the strategies' stop rules.
public struct PageProgress: Sendable, Hashable {
    public var pagesFetched: Int
    public var itemsFetched: Int
    public var itemsOnLastPage: Int
}

/// How to get from one page to the next: given the request just sent, its response and the progress, the next
/// request, or nil to stop. Generated code picks one of the three vendor patterns and passes closures that read
/// and write the operation's own fields.
public struct PaginationStrategy<Request: OperationRequest>: Sendable {
    public var itemCount: @Sendable (Request.Response) -> Int
    public var next: @Sendable (Request, Request.Response, PageProgress) -> Request?

    public init(itemCount: @escaping @Sendable (Request.Response) -> Int,
                next: @escaping @Sendable (Request, Request.Response, PageProgress) -> Request?) {
        self.itemCount = itemCount
        self.next = next
    }

    /// `PageNumber`/`PageSize`/`TotalCount` (Alibaba `Describe*`). Stops on an empty page, once `TotalCount` items
    /// are read, or on a page shorter than `PageSize`.
    public static func pageNumber(
        itemCount: @escaping @Sendable (Request.Response) -> Int,
        totalCount: @escaping @Sendable (Request.Response) -> Int?,
        pageNumber: @escaping @Sendable (Request) -> Int?,
        setPageNumber: @escaping @Sendable (inout Request, Int) -> Void,
        pageSize: @escaping @Sendable (Request) -> Int? = { _ in nil },
        firstPage: Int = 1
    ) -> Self {
        Self(itemCount: itemCount) { request, response, progress in
            if progress.itemsOnLastPage == 0 { return nil }
            if let total = totalCount(response), progress.itemsFetched >= total { return nil }
            if let size = pageSize(request), progress.itemsOnLastPage < size { return nil }
            var next = request
            setPageNumber(&next, (pageNumber(request) ?? firstPage) + 1)
            return next
        }
    }

    /// `NextToken`/`MaxResults`. Stops when the response has no token (or an empty one, or the same token again) or
    /// the page is empty.
    public static func nextToken(
        itemCount: @escaping @Sendable (Request.Response) -> Int,
        token: @escaping @Sendable (Request.Response) -> String?,
        currentToken: @escaping @Sendable (Request) -> String?,
        setToken: @escaping @Sendable (inout Request, String) -> Void
    ) -> Self {
        Self(itemCount: itemCount) { request, response, progress in
            guard progress.itemsOnLastPage > 0, let token = token(response), !token.isEmpty,
                  token != currentToken(request) else { return nil }
            var next = request
            setToken(&next, token)
            return next
        }
    }

    /// `Offset`/`Limit`/`TotalCount` (Tencent `Describe*`). The next offset is the current one plus the items read.
    public static func offsetLimit(
        itemCount: @escaping @Sendable (Request.Response) -> Int,
        totalCount: @escaping @Sendable (Request.Response) -> Int?,
        offset: @escaping @Sendable (Request) -> Int?,
        setOffset: @escaping @Sendable (inout Request, Int) -> Void,
        limit: @escaping @Sendable (Request) -> Int? = { _ in nil }
    ) -> Self {
        Self(itemCount: itemCount) { request, response, progress in
            if progress.itemsOnLastPage == 0 { return nil }
            if let total = totalCount(response), progress.itemsFetched >= total { return nil }
            if let limit = limit(request), progress.itemsOnLastPage < limit { return nil }
            var next = request
            setOffset(&next, (offset(request) ?? 0) + progress.itemsOnLastPage)
            return next
        }
    }
}

/// The pages of a paginated operation as an `AsyncSequence`: each iteration step sends one request. Errors
/// (after the client's retries) end the iteration by being thrown.
///
///     for try await page in client.paginate(request, strategy: DescribeSnapshots.pagination) { … }
public struct Paginator<Request: OperationRequest>: AsyncSequence, Sendable {
    public typealias Element = Request.Response

    let first: Request
    let strategy: PaginationStrategy<Request>
    let fetch: @Sendable (Request) async throws -> Request.Response

    public init(first: Request, strategy: PaginationStrategy<Request>,
                fetch: @escaping @Sendable (Request) async throws -> Request.Response) {
        self.first = first
        self.strategy = strategy
        self.fetch = fetch
    }

    public struct AsyncIterator: AsyncIteratorProtocol {
        var pending: Request?
        var progress = PageProgress(pagesFetched: 0, itemsFetched: 0, itemsOnLastPage: 0)
        let strategy: PaginationStrategy<Request>
        let fetch: @Sendable (Request) async throws -> Request.Response

        public mutating func next() async throws -> Request.Response? {
            guard let request = pending else { return nil }
            pending = nil
            let response = try await fetch(request)
            let count = strategy.itemCount(response)
            progress.pagesFetched += 1
            progress.itemsFetched += count
            progress.itemsOnLastPage = count
            pending = strategy.next(request, response, progress)
            return response
        }
    }

    public func makeAsyncIterator() -> AsyncIterator {
        AsyncIterator(pending: first, strategy: strategy, fetch: fetch)
    }

    /// Every page, collected (for tests and small lists).
    public func allPages() async throws -> [Request.Response] {
        var pages: [Request.Response] = []
        for try await page in self { pages.append(page) }
        return pages
    }
}
