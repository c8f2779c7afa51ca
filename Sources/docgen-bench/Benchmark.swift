import Foundation

/// One benchmark: a subcommand of `docgen-bench` that prints its figures.
protocol Benchmark {
    static var name: String { get }
    /// One line: arguments and what is measured.
    static var usage: String { get }
    static func run(_ arguments: [String]) throws
}

/// Wall-clock and memory measurement shared by the benchmarks.
enum Measure {
    /// Seconds taken by `body`, with its result.
    static func time<T>(_ body: () throws -> T) rethrows -> (seconds: Double, result: T) {
        let start = DispatchTime.now().uptimeNanoseconds
        let result = try body()
        return (Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9, result)
    }

    /// Peak resident set size of this process so far, in MiB (`getrusage` `ru_maxrss`, kB on Linux, bytes on macOS).
    static func peakMemoryMB() -> Double {
        var usage = rusage()
        #if os(macOS)
        getrusage(RUSAGE_SELF, &usage)
        return Double(usage.ru_maxrss) / 1_048_576
        #else
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return Double(usage.ru_maxrss) / 1024
        #endif
    }

    static func format(_ value: Double, _ digits: Int = 3) -> String {
        String(format: "%.\(digits)f", value)
    }
}
