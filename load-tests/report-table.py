#!/usr/bin/env python3
"""Prints the latest Gatling report of each simulation as rows of the results table in
docs/performance.md: request, req/s, p50, p95, p99 (ms), KO.

    python3 load-tests/report-table.py [load-tests/target/gatling]

Gatling's req/s is the count divided by the whole run, so for a closed model it is the
throughput of that request while the others ran beside it.
"""
import html
import pathlib
import re
import sys

root = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else pathlib.Path(__file__).parent / "target" / "gatling")
latest = {}
for report in sorted(root.glob("*-*/index.html")):
    simulation = report.parent.name.rsplit("-", 1)[0]
    latest[simulation] = report  # sorted by name, so the newest run wins

row = re.compile(r'<tr id="req_[^"]*".*?class="ellipsed-name">(.*?)</span>(.*?)</tr>', re.S)
cell = re.compile(r'<td class="value [^"]*col-(\d+)">([^<]*)</td>')

print("| simulation | request | req/s | p50 ms | p95 ms | p99 ms | KO |")
print("| --- | --- | ---: | ---: | ---: | ---: | ---: |")
for simulation, report in sorted(latest.items()):
    for name, cells in row.findall(report.read_text(encoding="utf-8")):
        values = {int(column): value for column, value in cell.findall(cells)}
        print(f"| {simulation} | {html.unescape(name)} | {values[6]} | {values[8]} | {values[10]} "
              f"| {values[11]} | {values[4]} |")
