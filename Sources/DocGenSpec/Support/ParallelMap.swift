import Foundation

/// Runs independent jobs on every core; results come back in input order, so output never depends on scheduling.
package enum ParallelMap {
    package static func run<Input: Sendable, Output: Sendable>(_ inputs: [Input], _ body: @Sendable (Input) throws -> Output) -> [Result<Output, Error>] {
        let slots = Slots<Output>(count: inputs.count)
        DispatchQueue.concurrentPerform(iterations: inputs.count) { index in
            slots.set(index, Result { try body(inputs[index]) })
        }
        return slots.results
    }

    private final class Slots<Output>: @unchecked Sendable {
        private let lock = NSLock()
        private var slots: [Result<Output, Error>?]

        init(count: Int) { slots = Array(repeating: nil, count: count) }

        func set(_ index: Int, _ result: Result<Output, Error>) {
            lock.lock()
            slots[index] = result
            lock.unlock()
        }

        var results: [Result<Output, Error>] {
            lock.lock()
            defer { lock.unlock() }
            return slots.map { $0! }
        }
    }
}
