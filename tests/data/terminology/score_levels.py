#!/usr/bin/env python3
"""score_levels.py BIN [FILE ...] [--misses]: how many level vectors `spinecds
levels` answers as the file says (accepts: the same segments and pelvis;
refusals: exit 2 and the error fragment in a one-line message)."""
import json
import subprocess
import sys
from pathlib import Path


def check(binary, item):
    run = subprocess.run([binary, "levels", "--", item["text"]], capture_output=True,
                         text=True, timeout=10)
    if "error" in item:
        err = run.stderr.strip()
        ok = run.returncode == 2 and item["error"] in err and "\n" not in err
        return ok, err
    if run.returncode != 0:
        return False, run.stderr.strip()
    got = json.loads(run.stdout)
    ok = got["segments"] == item["segments"] and got["pelvis"] == item["pelvis"]
    return ok, run.stdout.strip()


def main():
    args = [a for a in sys.argv[1:] if a != "--misses"]
    misses = "--misses" in sys.argv
    binary, files = args[0], args[1:] or [str(Path(__file__).with_name("levels-s26.json"))]
    for f in files:
        data = json.loads(Path(f).read_text())
        for kind in ("accept", "refuse"):
            good = 0
            for item in data[kind]:
                ok, got = check(binary, item)
                good += ok
                if not ok and misses:
                    want = item.get("error") or (item["segments"], item["pelvis"])
                    print(f"  MISS {kind}: {item['text']!r}: want {want}; got {got}")
            print(f"{Path(f).name} {kind}: {good}/{len(data[kind])}")


if __name__ == "__main__":
    main()
