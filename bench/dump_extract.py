#!/usr/bin/env python3
"""Dumps what `spinecds extract` prints for every sentence of the evaluation
set, the text fuzz corpus and one long text made of all of them (it crosses
the engine's 64 KiB chunks), so a speed change can be checked to change no
output: run it before and after, then diff the two files.

usage: bench/dump_extract.py SPINECDS_BINARY OUT_FILE
"""
import glob
import json
import os
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def extract(binary, args):
    run = subprocess.run([binary, "extract", *args], capture_output=True, check=False)
    return run.returncode, run.stdout.decode("utf-8", "replace").strip()


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    binary, out_path = sys.argv[1], sys.argv[2]
    texts = []
    for path in sorted(glob.glob(os.path.join(ROOT, "tests/data/eval/*.json"))):
        for item in json.load(open(path, encoding="utf-8")):
            texts.append((os.path.basename(path) + ":" + item["id"], item["text"]))
    lines = []
    for name, text in texts:
        rc, out = extract(binary, ["--text", text])
        lines.append(f"{name}\t{rc}\t{out}")
    corpus = sorted(glob.glob(os.path.join(ROOT, "tests/fuzz/corpus/fuzz_text_findings/*")))
    for path in corpus:
        rc, out = extract(binary, ["--file", path])
        lines.append(f"corpus:{os.path.basename(path)}\t{rc}\t{out}")
    # Every sentence as its own line, then as one paragraph, repeated past
    # several chunks.
    long_text = ("\n".join(t for _, t in texts) + "\n\n" + " ".join(t for _, t in texts) + "\n\n") * 3
    with tempfile.NamedTemporaryFile("w", encoding="utf-8", suffix=".txt", delete=False) as f:
        f.write(long_text)
        long_path = f.name
    try:
        rc, out = extract(binary, ["--file", long_path])
    finally:
        os.unlink(long_path)
    findings = json.loads(out)["findings"] if rc == 0 else []
    lines.append(f"long:{len(long_text.encode())} bytes\t{rc}\t{len(findings)} findings")
    lines.extend(json.dumps(f, sort_keys=True) for f in findings)
    with open(out_path, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    print(f"{len(texts)} sentences, {len(corpus)} corpus files, {len(findings)} findings in the long text")


if __name__ == "__main__":
    main()
