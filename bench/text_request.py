#!/usr/bin/env python3
"""Writes an order-sign hook request whose record holds one DiagnosticReport
with a conclusion of BYTES bytes of lumbar report text (the text benchmark's
report, bench/bench_text_findings.cpp, repeated): the "request with a 4 MiB
text field" of issue 11.

usage: bench/text_request.py BYTES OUT_FILE
"""
import ast
import json
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def report_text():
    src = open(os.path.join(ROOT, "bench/bench_text_findings.cpp"), encoding="utf-8").read()
    body = src[src.index("kReport =") : src.index(";\n", src.index("kReport ="))]
    return "".join(ast.literal_eval(lit) for lit in re.findall(r'"(?:[^"\\]|\\.)*"', body))


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    size, out = int(sys.argv[1]), sys.argv[2]
    report = report_text()
    text = (report * (size // len(report) + 1))[:size]
    req = json.load(open(os.path.join(ROOT, "tests/data/service/l2-pelvis-order-sign.json")))
    bundle = req["prefetch"]["diagnosticReports"]
    big = json.loads(json.dumps(bundle["entry"][0]))
    big["resource"]["id"] = "dr-large-text"
    big["resource"]["conclusion"] = text
    if "fullUrl" in big:
        big["fullUrl"] = big["fullUrl"].rsplit("/", 1)[0] + "/dr-large-text"
    bundle["entry"].append(big)
    with open(out, "w", encoding="utf-8") as f:
        json.dump(req, f)
    print(f"{out}: {os.path.getsize(out)} bytes, conclusion {len(text.encode())} bytes")


if __name__ == "__main__":
    main()
