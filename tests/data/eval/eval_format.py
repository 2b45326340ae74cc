"""What the evaluation files may contain: shared by check_eval.py and score.py."""

import json
import pathlib

HERE = pathlib.Path(__file__).resolve().parent
SPLITS = {
    "lumbar-sentences-tune.json": ("tune", 220),
    "lumbar-sentences-heldout.json": ("heldout", 110),
}

# DESIGN.md section 4: the finding kinds `extract` reports.
KINDS = {
    "stenosis", "spondylolisthesis", "instability", "translation", "angulation",
    "facet-arthropathy", "disc-herniation", "scoliosis", "pelvic-obliquity",
    "coronal-imbalance", "sagittal-imbalance", "pi-ll-mismatch", "radiculopathy",
    "neurogenic-claudication", "weakness", "prior-laminectomy", "prior-fusion",
    "pseudarthrosis", "osteotomy", "flexion-extension-study", "physical-therapy",
    "cord-compression", "cord-signal-change", "myelopathy",
}
SEGMENTS = ["T10-T11", "T11-T12", "T12-L1", "L1-L2", "L2-L3", "L3-L4", "L4-L5", "L5-S1"]
SEVERITIES = {"minimal", "mild", "mild-to-moderate", "moderate", "moderate-to-severe", "severe"}
LOCATIONS = {"central", "foraminal", "lateral-recess"}
DIRECTIONS = {"antero", "retro", "lateral"}
SETTINGS = {"in-person", "telehealth", "home"}
SIDES = {"left", "right", "bilateral"}
STYLES = {"mri", "ct", "xray", "flexext", "clinic", "pt-note", "op-note", "order"}
# Categories derived from the expectations (ConText) and tags for what the
# sentence exercises; README.md says what each means.
CATEGORIES = {
    "affirmed", "negated", "resolved", "historical", "hypothetical", "uncertain",
    "experiencer", "no-finding", "scope", "notation", "vertebra", "range",
    "measurement", "severity", "motion", "therapy", "neuro", "surgery", "deformity",
    "structure",
}
# Fields of an expected item; the scored ones are kind, segment, negated,
# uncertain and, when given, severity, grade, mm and degrees (DESIGN section 4).
FIELDS = {
    "kind": str, "segment": (str, type(None)), "negated": bool, "uncertain": bool,
    "hypothetical": bool, "historical": bool, "experiencer": str, "severity": str,
    "grade": int, "mm": (int, float), "degrees": (int, float), "percent": (int, float),
    "direction": str, "location": str, "root": str, "side": str, "weeks": (int, float),
    "visits": int, "start": str, "end": str, "setting": str,
}


def load(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)
