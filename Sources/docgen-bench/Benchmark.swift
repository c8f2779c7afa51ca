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
    struct Timing {
        var wall: Double
        /// User + system CPU seconds of the whole process: on a shared machine this moves less than wall time.
        var cpu: Double
    }

    /// Wall and CPU seconds taken by `body`, with its result.
    static func time<T>(_ body: () throws -> T) rethrows -> (timing: Timing, result: T) {
        let startCPU = cpuSeconds()
        let start = DispatchTime.now().uptimeNanoseconds
        let result = try body()
        let wall = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        return (Timing(wall: wall, cpu: cpuSeconds() - startCPU), result)
    }

    static func cpuSeconds() -> Double {
        let usage = resourceUsage()
        func seconds(_ t: timeval) -> Double { Double(t.tv_sec) + Double(t.tv_usec) / 1e6 }
        return seconds(usage.ru_utime) + seconds(usage.ru_stime)
    }

    private static func resourceUsage() -> rusage {
        var usage = rusage()
        #if os(macOS)
        getrusage(RUSAGE_SELF, &usage)
        #else
        getrusage(RUSAGE_SELF.rawValue, &usage)
        #endif
        return usage
    }

    /// Peak resident set size of this process so far, in MiB (`getrusage` `ru_maxrss`, kB on Linux, bytes on macOS).
    /// Linux keeps `ru_maxrss` across `exec`, so under `swift run` it can be swift-build's own peak.
    static func peakMemoryMB() -> Double {
        #if os(macOS)
        return Double(resourceUsage().ru_maxrss) / 1_048_576
        #else
        return Double(resourceUsage().ru_maxrss) / 1024
        #endif
    }

    /// Peak resident set size of this program's own address space (`VmHWM` in /proc/self/status, Linux), in MiB.
    static func peakMemoryOfThisProgramMB() -> Double? {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
              let kB = Double(line.split(separator: " ").dropFirst().first ?? "")
        else { return nil }
        return kB / 1024
    }

    static func format(_ value: Double, _ digits: Int = 3) -> String {
        String(format: "%.\(digits)f", value)
    }
}
