print("benchmarks are being built")
