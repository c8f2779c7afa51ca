/// HMAC (RFC 2104) over the runtime's own digests: HMAC-SHA1 signs Alibaba's classic RPC requests, HMAC-SHA256
/// signs ACS3 and derives Tencent's TC3 keys.
public enum HMAC {
    public static func sha1(key: some Sequence<UInt8>, message: some Sequence<UInt8>) -> [UInt8] {
        authenticate(key: Array(key), message: Array(message), blockSize: 64, hash: { Digest.sha1($0) })
    }

    public static func sha256(key: some Sequence<UInt8>, message: some Sequence<UInt8>) -> [UInt8] {
        authenticate(key: Array(key), message: Array(message), blockSize: 64, hash: { Digest.sha256($0) })
    }

    /// Convenience for the signers, whose keys and messages are text (UTF-8 on the wire).
    public static func sha256(key: some Sequence<UInt8>, message: String) -> [UInt8] {
        sha256(key: key, message: Array(message.utf8))
    }

    private static func authenticate(key: [UInt8], message: [UInt8], blockSize: Int, hash: ([UInt8]) -> [UInt8]) -> [UInt8] {
        // A key longer than a block is hashed first; a shorter one is zero-padded (RFC 2104, section 2).
        var block = key.count > blockSize ? hash(key) : key
        block += [UInt8](repeating: 0, count: blockSize - block.count)
        let inner = hash(block.map { $0 ^ 0x36 } + message)
        return hash(block.map { $0 ^ 0x5C } + inner)
    }
}
