#!/usr/bin/env python3
"""The naive baseline for ingest CPU (docs/performance.md): reads every page below the given folders and splits each
Markdown table row on `|` — no parsing, no spec, nothing written. Prints pages, rows and cells.

    python3 scripts/naive-ingest.py ../shared/corpus
"""
import os
import sys

pages = rows = cells = 0
for root in sys.argv[1:]:
    for folder, _, files in os.walk(root):
        for name in files:
            if not name.endswith((".md", ".markdown", ".txt", ".html", ".htm")) or name.startswith("README"):
                continue
            with open(os.path.join(folder, name), encoding="utf-8", errors="replace") as page:
                text = page.read()
            pages += 1
            for line in text.splitlines():
                line = line.strip()
                if line.startswith("|"):
                    rows += 1
                    cells += len(line.strip("|").split("|"))
print(f"{pages} pages, {rows} table rows, {cells} cells")
