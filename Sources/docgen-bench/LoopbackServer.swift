import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A minimal HTTP/1.1 server on 127.0.0.1 for the signing benchmark: it answers every request, keep-alive, with one
/// fixed JSON body and checks nothing, so a bare URLSession call and a client call cost the server the same and
/// their difference is the client's own work. One thread per connection; it lives as long as the process.
final class LoopbackServer: @unchecked Sendable {
    // @unchecked: `listener`, `port` and `response` are set in init and only read afterwards.
    private let listener: Int32
    let port: Int
    private let response: [UInt8]

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    init(body: String) throws {
        let payload = Array(body.utf8)
        response = Array(("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: \(payload.count)\r\n"
            + "Connection: keep-alive\r\n\r\n").utf8) + payload
        #if canImport(Glibc)
        let listener = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        #else
        let listener = socket(AF_INET, SOCK_STREAM, 0)
        #endif
        guard listener >= 0 else { throw Failure(description: "socket() failed") }
        var one: Int32 = 1
        setsockopt(listener, SOL_SOCKET, SO_REUSEADDR, &one, socklen_t(MemoryLayout<Int32>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = 0  // any free port
        address.sin_addr.s_addr = inet_addr("127.0.0.1")  // loopback only
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(listener, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard bound == 0, listen(listener, 64) == 0 else { throw Failure(description: "bind/listen on 127.0.0.1 failed") }
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(listener, $0, &length) }
        }
        self.listener = listener
        port = Int(UInt16(bigEndian: address.sin_port))
        let thread = Thread { [self] in acceptLoop() }
        thread.start()
    }

    var baseURL: String { "http://127.0.0.1:\(port)" }

    private func acceptLoop() {
        while true {
            let connection = accept(listener, nil, nil)
            guard connection >= 0 else { continue }
            Thread { [self] in serve(connection) }.start()
        }
    }

    /// Reads requests (headers up to the blank line, then Content-Length bytes) and answers each until the peer
    /// closes the connection.
    private func serve(_ connection: Int32) {
        defer { close(connection) }
        var buffer: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 16_384)
        while true {
            guard let headerEnd = Self.find([13, 10, 13, 10], in: buffer) else {
                let count = read(connection, &chunk, chunk.count)
                if count <= 0 { return }
                buffer += chunk[0..<count]
                continue
            }
            let head = String(decoding: buffer[0..<headerEnd], as: UTF8.self).lowercased()
            let bodyLength = head.split(separator: "\r\n").first { $0.hasPrefix("content-length:") }
                .flatMap { Int($0.dropFirst("content-length:".count).trimmingCharacters(in: .whitespaces)) } ?? 0
            let total = headerEnd + 4 + bodyLength
            while buffer.count < total {
                let count = read(connection, &chunk, chunk.count)
                if count <= 0 { return }
                buffer += chunk[0..<count]
            }
            buffer.removeFirst(total)
            var written = 0
            while written < response.count {
                let count = response[written...].withUnsafeBytes { write(connection, $0.baseAddress, $0.count) }
                if count <= 0 { return }
                written += count
            }
        }
    }

    private static func find(_ needle: [UInt8], in haystack: [UInt8]) -> Int? {
        guard haystack.count >= needle.count else { return nil }
        for start in 0...(haystack.count - needle.count) where haystack[start] == needle[0] {
            if Array(haystack[start..<(start + needle.count)]) == needle { return start }
        }
        return nil
    }
}
