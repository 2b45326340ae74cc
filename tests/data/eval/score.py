#!/usr/bin/env python3
"""Score `spinecds extract` on an evaluation file, as DESIGN.md section 4 says.

usage: score.py BINARY FILE [FILE...] [--misses] [--json OUT]
                [--min-precision P] [--min-recall R] [--jobs N]

Each reported finding is one item per (kind, segment): a finding with several
segments is several items, one without segments is one item with segment null.
A reported item matches an expected one when kind, segment, negated and
uncertain agree (hypothetical counts as uncertain) and, where the expected item
gives them, severity, grade, mm and degrees agree (mm and degrees within 0.5);
in a cervical file (cervical-*.json) root, side and location are scored the
same way (README.md, "Cervical files").
Items are paired one to one per sentence (a maximum matching), so a finding
mentioned twice must be reported twice. Precision = matched reported / reported,
recall = matched expected / expected; printed overall, per category, per style
and per kind. Exit 1 when a threshold is not met or the binary fails on a
sentence.
"""

import argparse
import concurrent.futures
import json
import subprocess
import sys
from collections import defaultdict

from eval_format import CERVICAL_SCORED, family, load

SCORED_VALUES = ("severity", "grade", "mm", "degrees")
TOLERANCE = {"mm": 0.5, "degrees": 0.5}
# Shown for matched pairs, not scored (DESIGN section 4 does not score them).
INFO_FIELDS = ("historical", "experiencer", "location", "direction", "root", "side",
               "weeks", "visits", "start", "end", "setting")


def canonical_kind(kind):
    """DESIGN section 4: a kind of one's own that means stenosis, listhesis or
    motion by another name is scored as that kind."""
    k = str(kind).lower()
    if k in ("translation", "angulation"):
        return k
    if "stenosis" in k or "narrowing" in k:
        return "stenosis"
    if "listhesis" in k or "ptosis" in k:
        return "spondylolisthesis"
    if "instability" in k or "hypermobility" in k or k in ("motion", "abnormal-motion"):
        return "instability"
    return k


def reported_items(findings):
    items = []
    for f in findings:
        segments = f.get("segments") or [None]
        for seg in segments:
            items.append({
                "kind": canonical_kind(f.get("kind")), "segment": seg,
                "negated": bool(f.get("negated")),
                "uncertain": bool(f.get("uncertain")) or bool(f.get("hypothetical")),
                "raw": f,
            })
    return items


def values_agree(e, r, scored=SCORED_VALUES):
    for key in scored:
        if key not in e:
            continue
        got = r.get(key)
        if got is None:
            return False
        if key in TOLERANCE:
            try:
                if abs(float(got) - float(e[key])) > TOLERANCE[key]:
                    return False
            except (TypeError, ValueError):
                return False
        elif key == "grade":
            try:
                if float(got) != float(e[key]):
                    return False
            except (TypeError, ValueError):
                return False
        elif got != e[key]:
            return False
    return True


def matches(e, r, scored=SCORED_VALUES):
    return (e["kind"] == r["kind"] and e["segment"] == r["segment"]
            and bool(e["negated"]) == r["negated"]
            and (bool(e["uncertain"]) or bool(e.get("hypothetical"))) == r["uncertain"]
            and values_agree(e, r["raw"], scored))


def max_matching(expected, reported, scored=SCORED_VALUES):
    """Pairs (expected index, reported index), as many as possible."""
    owner = [-1] * len(reported)

    def augment(i, seen):
        for j, r in enumerate(reported):
            if j in seen or not matches(expected[i], r, scored):
                continue
            seen.add(j)
            if owner[j] < 0 or augment(owner[j], seen):
                owner[j] = i
                return True
        return False

    for i in range(len(expected)):
        augment(i, set())
    return [(i, j) for j, i in enumerate(owner) if i >= 0]


def run_extract(binary, text, timeout):
    try:
        proc = subprocess.run([binary, "extract", "--text", text], capture_output=True,
                              text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return None, f"timed out after {timeout} s"
    except OSError as exc:
        return None, str(exc)
    if proc.returncode != 0:
        return None, f"exit {proc.returncode}: {proc.stderr.strip()[:200]}"
    try:
        return json.loads(proc.stdout)["findings"], None
    except (ValueError, KeyError, TypeError) as exc:
        return None, f"output is not {{\"findings\": [...]}}: {exc}"


class Tally:
    def __init__(self):
        self.tp_r = self.reported = self.tp_e = self.expected = 0

    def add(self, tp, reported, expected):
        self.tp_r += tp
        self.tp_e += tp
        self.reported += reported
        self.expected += expected

    def precision(self):
        return self.tp_r / self.reported if self.reported else 1.0

    def recall(self):
        return self.tp_e / self.expected if self.expected else 1.0

    def row(self, name):
        return (f"  {name:<26} P {self.precision():6.3f}  R {self.recall():6.3f}"
                f"   (matched {self.tp_r}, reported {self.reported}, expected {self.expected})")

    def as_dict(self):
        return {"precision": round(self.precision(), 4), "recall": round(self.recall(), 4),
                "matched": self.tp_r, "reported": self.reported, "expected": self.expected}


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("binary")
    ap.add_argument("files", nargs="+")
    ap.add_argument("--misses", action="store_true", help="print every sentence that is not exact")
    ap.add_argument("--json", help="write the numbers to this file")
    ap.add_argument("--min-precision", type=float)
    ap.add_argument("--min-recall", type=float)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--timeout", type=float, default=30)
    args = ap.parse_args()

    items, scored_of = [], {}
    for path in args.files:
        for item in load(path):
            items.append(item)
            scored_of[id(item)] = (SCORED_VALUES + CERVICAL_SCORED if family(path) == "cervical"
                                   else SCORED_VALUES)

    with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
        outputs = list(pool.map(lambda it: run_extract(args.binary, it["text"], args.timeout),
                                items))

    overall, per_cat, per_style = Tally(), defaultdict(Tally), defaultdict(Tally)
    per_kind = defaultdict(Tally)
    info = defaultdict(lambda: [0, 0])
    failures, exact = [], 0
    for item, (findings, error) in zip(items, outputs):
        if error:
            failures.append(f"{item['id']}: {error}")
            findings = []
        expected = item["expected"]
        reported = reported_items(findings)
        scored = scored_of[id(item)]
        pairs = max_matching(expected, reported, scored)
        tp = len(pairs)
        overall.add(tp, len(reported), len(expected))
        for c in item["categories"]:
            per_cat[c].add(tp, len(reported), len(expected))
        per_style[item["style"]].add(tp, len(reported), len(expected))
        matched_e = {i for i, _ in pairs}
        matched_r = {j for _, j in pairs}
        for i, e in enumerate(expected):
            per_kind[e["kind"]].expected += 1
            per_kind[e["kind"]].tp_e += i in matched_e
        for j, r in enumerate(reported):
            per_kind[r["kind"]].reported += 1
            per_kind[r["kind"]].tp_r += j in matched_r
        for i, j in pairs:
            for key in INFO_FIELDS:
                if key in expected[i] and key not in scored:
                    info[key][1] += 1
                    info[key][0] += reported[j]["raw"].get(key) == expected[i][key]
        if tp == len(expected) == len(reported):
            exact += 1
        elif args.misses:
            print(f"MISS {item['id']} [{item['style']}] {item['text']!r}")
            for i, e in enumerate(expected):
                if i not in matched_e:
                    print("   missing:", json.dumps(e))
            for j, r in enumerate(reported):
                if j not in matched_r:
                    shown = {k: v for k, v in r["raw"].items() if k not in ("segments", "span")}
                    print("   extra:  ", json.dumps({"segment": r["segment"], **shown}))

    print(f"{', '.join(args.files)}: {len(items)} sentences, {exact} exact")
    print(overall.row("OVERALL"))
    print("per category:")
    for c in sorted(per_cat):
        print(per_cat[c].row(c))
    print("per style:")
    for s in sorted(per_style):
        print(per_style[s].row(s))
    print("per kind (precision by reported kind, recall by expected kind):")
    for k in sorted(per_kind):
        print(per_kind[k].row(k))
    print("not scored, agreement on matched items where expected gives the field:")
    for key in INFO_FIELDS:
        if info[key][1]:
            print(f"  {key:<12} {info[key][0]}/{info[key][1]}")
    for f in failures:
        print("ERROR", f)

    if args.json:
        with open(args.json, "w", encoding="utf-8") as out:
            json.dump({"files": args.files, "sentences": len(items), "exact": exact,
                       "overall": overall.as_dict(),
                       "categories": {c: t.as_dict() for c, t in sorted(per_cat.items())},
                       "styles": {s: t.as_dict() for s, t in sorted(per_style.items())},
                       "kinds": {k: t.as_dict() for k, t in sorted(per_kind.items())},
                       "errors": failures}, out, indent=1)
            out.write("\n")

    ok = not failures
    if args.min_precision is not None and overall.precision() < args.min_precision:
        print(f"FAIL: precision {overall.precision():.3f} < {args.min_precision}")
        ok = False
    if args.min_recall is not None and overall.recall() < args.min_recall:
        print(f"FAIL: recall {overall.recall():.3f} < {args.min_recall}")
        ok = False
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
