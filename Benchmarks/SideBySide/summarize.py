#!/usr/bin/env python3
"""Prints run.sh's table: min / median / max of wall and CPU seconds per set, step and tool, ratio of medians."""
import statistics
import sys
from collections import defaultdict

times, lines = sys.argv[1], sys.argv[2]
samples = defaultdict(list)
for row in open(times):
    label, wall, cpu = row.rstrip("\n").split("\t")
    samples[tuple(label.split("|"))].append((float(wall), float(cpu)))


def spread(values):
    return f"{min(values):.2f} / {statistics.median(values):.2f} / {max(values):.2f}"


print("| set | step | tool | runs | wall s min / median / max | CPU s min / median / max | ratio (CPU median, openapi-generator ÷ docgen) |")
print("|---|---|---|---|---|---|---|")
for (set_, step, tool), values in sorted(samples.items()):
    if step.startswith("warm") or step.startswith("deps"):
        continue
    walls = [v[0] for v in values]
    cpus = [v[1] for v in values]
    ratio = ""
    if tool == "openapi-generator" and (set_, step, "docgen") in samples:
        base = statistics.median(v[1] for v in samples[(set_, step, "docgen")])
        ratio = f"{statistics.median(cpus) / base:.2f}×" if base > 0 else ""
    print(f"| {set_} | {step} | {tool} | {len(values)} | {spread(walls)} | {spread(cpus)} | {ratio} |")
print()
print("| set | tool | generated lines (sources) | generated test lines | ratio (sources) |")
print("|---|---|---|---|---|")
counts = {}
for row in open(lines):
    set_, tool, src, tests = row.rstrip("\n").split("\t")
    counts[(set_, tool)] = int(src)
    ratio = ""
    if tool == "openapi-generator" and counts.get((set_, "docgen")):
        ratio = f"{int(src) / counts[(set_, 'docgen')]:.2f}×"
    print(f"| {set_} | {tool} | {int(src):,} | {int(tests):,} | {ratio} |")
