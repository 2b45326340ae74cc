#!/usr/bin/env python3
"""Validate the lumbar and cervical sentence evaluation sets; exit 1 on any error.

usage: check_eval.py [DIR]   (default: this file's folder)
"""

import pathlib
import re
import sys

from eval_format import (CATEGORIES, DIRECTIONS, FIELDS, HERE, KINDS, LOCATIONS, SETTINGS,
                         SEVERITIES, SIDES, SPLITS, STYLES, family, load, segments_of)

DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
UNLEVELLED = {"radiculopathy", "weakness", "neurogenic-claudication", "myelopathy",
              "physical-therapy", "flexion-extension-study", "scoliosis", "pelvic-obliquity",
              "coronal-imbalance", "sagittal-imbalance", "pi-ll-mismatch"}


def check_expected(where, e, errors, segments, roots):
    if not isinstance(e, dict):
        errors.append(f"{where}: not an object")
        return
    for key in ("kind", "segment", "negated", "uncertain"):
        if key not in e:
            errors.append(f"{where}: missing {key}")
    for key, value in e.items():
        if key not in FIELDS:
            errors.append(f"{where}: unknown field {key}")
        elif isinstance(value, bool) and FIELDS[key] in (int, float, (int, float)):
            errors.append(f"{where}: {key} must be a number")
        elif not isinstance(value, FIELDS[key]):
            errors.append(f"{where}: {key} has the wrong type")
    enums = {"kind": KINDS, "severity": SEVERITIES, "location": LOCATIONS,
             "direction": DIRECTIONS, "setting": SETTINGS, "side": SIDES}
    for key, allowed in enums.items():
        if key in e and e[key] not in allowed:
            errors.append(f"{where}: {key} {e[key]!r} is not one of {sorted(allowed)}")
    if e.get("segment") is not None and e["segment"] not in segments:
        errors.append(f"{where}: segment {e['segment']!r} is not one of {segments}")
    if e.get("hypothetical") and not e.get("uncertain"):
        errors.append(f"{where}: hypothetical must also be uncertain (DESIGN section 4 scores it so)")
    if "experiencer" in e and e["experiencer"] != "other":
        errors.append(f"{where}: experiencer is only ever \"other\"")
    if "root" in e and not re.fullmatch(roots, e["root"]):
        errors.append(f"{where}: root {e['root']!r} is not a nerve root of this file's region")
    for key in ("start", "end"):
        if key in e and not DATE.match(e[key]):
            errors.append(f"{where}: {key} {e[key]!r} is not YYYY[-MM[-DD]]")
    if e.get("kind") in UNLEVELLED and e.get("segment") is not None:
        errors.append(f"{where}: {e['kind']} never carries a segment (README.md, Conventions)")


def check_file(path, split, minimum, ids, texts, errors):
    segments = segments_of(path)
    # Lumbar files: L5, S1 (and T roots); cervical files: C1..C8 and T1.
    roots = r"C[1-8]|T1" if family(path) == "cervical" else r"[TLS]\d{1,2}"
    items = load(path)
    if not isinstance(items, list):
        errors.append(f"{path.name}: not a JSON array")
        return 0
    if len(items) < minimum:
        errors.append(f"{path.name}: {len(items)} items, at least {minimum} needed")
    for n, item in enumerate(items):
        where = f"{path.name}[{n}]"
        if not isinstance(item, dict):
            errors.append(f"{where}: not an object")
            continue
        for key in item:
            if key not in ("id", "text", "style", "categories", "expected"):
                errors.append(f"{where}: unknown field {key}")
        iid = item.get("id")
        if not isinstance(iid, str) or not iid:
            errors.append(f"{where}: id missing")
        else:
            where = f"{path.name} {iid}"
            if iid in ids:
                errors.append(f"{where}: id also used in {ids[iid]}")
            ids[iid] = path.name
        text = item.get("text")
        if not isinstance(text, str) or not text.strip():
            errors.append(f"{where}: text missing")
        else:
            if re.search(r"&(#\d+|#x[0-9a-fA-F]+|[a-zA-Z]+);", text):
                errors.append(f"{where}: text holds an HTML entity")
            key = " ".join(text.lower().split())
            if key in texts:
                errors.append(f"{where}: same text as {texts[key]}")
            texts[key] = f"{path.name} {iid}"
        if item.get("style") not in STYLES:
            errors.append(f"{where}: style {item.get('style')!r} is not one of {sorted(STYLES)}")
        cats = item.get("categories")
        if not isinstance(cats, list) or not cats:
            errors.append(f"{where}: categories missing")
        else:
            for c in cats:
                if c not in CATEGORIES:
                    errors.append(f"{where}: category {c!r} is not one of {sorted(CATEGORIES)}")
        expected = item.get("expected")
        if not isinstance(expected, list):
            errors.append(f"{where}: expected must be a list")
            continue
        for k, e in enumerate(expected):
            check_expected(f"{where} expected[{k}]", e, errors, segments, roots)
        if isinstance(cats, list):
            if ("no-finding" in cats) != (not expected):
                errors.append(f"{where}: no-finding is for items with an empty expected list, exactly")
            flags = {
                "negated": any(e.get("negated") and not e.get("historical") for e in expected),
                "resolved": any(e.get("negated") and e.get("historical") for e in expected),
                "hypothetical": any(e.get("hypothetical") for e in expected),
                "uncertain": any(e.get("uncertain") and not e.get("hypothetical") for e in expected),
                "experiencer": any(e.get("experiencer") for e in expected),
            }
            for c, present in flags.items():
                if present and c not in cats:
                    errors.append(f"{where}: an expected item is {c} but the category is not listed")
    return len(items)


def main(argv):
    folder = pathlib.Path(argv[1]) if len(argv) > 1 else HERE
    errors, ids, texts, counts, sizes = [], {}, {}, {}, {}
    for name, (split, minimum) in SPLITS.items():
        path = folder / name
        if not path.exists():
            errors.append(f"{name}: missing")
            continue
        try:
            sizes[name] = check_file(path, split, minimum, ids, texts, errors)
            key = (family(path), split)
            counts[key] = counts.get(key, 0) + sizes[name]
        except ValueError as exc:
            errors.append(f"{name}: not valid JSON: {exc}")
    for fam in sorted({f for f, _ in counts}):
        # The held-out file is a third of the tune file it was split from; an
        # added tune file (lumbar-sentences-tune-clinic.json) has no held-out part.
        tune = sizes.get(f"{fam}-sentences-tune.json")
        held = sizes.get(f"{fam}-sentences-heldout.json")
        if tune is not None and held is not None and held * 2 < tune * 0.8:
            errors.append(f"split: {fam} held-out part ({held}) is well under a third of the set")
    for e in errors:
        print(e)
    total = sum(counts.values())
    shown = {f"{fam} {split}": n for (fam, split), n in counts.items()}
    print(f"{'FAIL' if errors else 'OK'}: {total} items ({shown}), {len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
