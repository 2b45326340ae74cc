#!/usr/bin/env python3
"""Checks the EHR-shaped record-level cases against a spinecds binary.

    check_cases.py BINARY [--pattern GLOB] [--cases DIR] [--verbose]

For each case directory (default pattern `ehr-*`; the cervical cases are
`cerv-*`) it runs `BINARY assess CASE/request.json --format json --service
SERVICE` and `--format cards`, and compares the answer with the case's
expected.json, whose format is described in README-ehr.md. One line per mismatch, then a summary;
exits 1 when any case does not match, 2 on a usage error.

Card kinds are not a field of a CDS Hooks card, so they are found the way a
caller would: the request's `davinci-crd.configuration` turns every card kind
off but one, and the cards that remain are of that kind (DESIGN §6).
"""
import argparse
import copy
import fnmatch
import json
import os
import subprocess
import sys
import tempfile

CARD_KINDS = ["fusion-extent", "pelvic-fixation", "flexion-extension-films", "physical-therapy",
              "criteria-summary", "data-unavailable", "instructions"]
CRITERION_STATUSES = {"met", "not-met", "unknown", "not-applicable", "absent"}
REPO = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", ".."))
REQUEST_SCHEMAS = ["service/schemas/hook-request.schema.json"]
CONTEXT_SCHEMAS = {"order-sign": "service/schemas/order-sign-context.schema.json",
                   "order-select": "service/schemas/order-select-context.schema.json"}
RESPONSE_SCHEMA = "tests/data/schemas/hook-response.schema.json"
PREFETCH_KEYS = ["patient", "conditions", "procedures", "observations", "diagnosticReports",
                 "serviceRequests", "medications", "coverage"]


class Runner:
    """Runs the binary; remembers whether `assess` knows `--service`."""

    def __init__(self, binary):
        self.binary = binary
        self.service_flag = True
        self.config = None  # a config file (payers → profile) for the case being checked
        self.kind_runs = True  # ask for each named card kind alone (see card_kinds)

    def assess(self, request_path, fmt, service):
        cmd = [self.binary, "assess", request_path, "--format", fmt]
        if self.config:
            # Only cases that name `payers` get here; a binary without --config
            # fails them (the profile cannot be chosen otherwise).
            cmd += ["--config", self.config]
        if self.service_flag and service:
            proc = subprocess.run(cmd + ["--service", service], capture_output=True, text=True, timeout=120)
            if proc.returncode != 0 and "--service" in proc.stderr:
                self.service_flag = False
            else:
                return proc
        return subprocess.run(cmd, capture_output=True, text=True, timeout=120)


def request_shape_problems(req):
    """The CDS Hooks order-sign request shape the cases must have (before the binary judges it)."""
    out = []
    if not isinstance(req, dict):
        return ["request is not a JSON object"]
    if req.get("hook") not in CONTEXT_SCHEMAS:
        out.append("hook is not order-sign or order-select")
    if not isinstance(req.get("hookInstance"), str) or not req.get("hookInstance"):
        out.append("hookInstance missing")
    ctx = req.get("context")
    if not isinstance(ctx, dict):
        return out + ["context missing"]
    for key in ("userId", "patientId"):
        if not isinstance(ctx.get(key), str) or not ctx.get(key):
            out.append(f"context.{key} missing")
    if req.get("hook") == "order-select" and not (isinstance(ctx.get("selections"), list) and ctx["selections"]):
        out.append("context.selections missing (order-select)")
    orders = ctx.get("draftOrders")
    if not isinstance(orders, dict) or orders.get("resourceType") != "Bundle" or not orders.get("entry"):
        out.append("context.draftOrders is not a Bundle with entries")
    prefetch = req.get("prefetch")
    if not isinstance(prefetch, dict):
        return out + ["prefetch missing"]
    for key in PREFETCH_KEYS:
        if key not in prefetch:
            out.append(f"prefetch.{key} missing (cases carry the full prefetch)")
    for key, value in prefetch.items():
        if value is None:
            continue
        rtype = value.get("resourceType") if isinstance(value, dict) else None
        if key == "patient":
            if rtype != "Patient" or value.get("id") != ctx.get("patientId"):
                out.append("prefetch.patient is not the context's Patient")
        elif rtype != "Bundle":
            out.append(f"prefetch.{key} is not a Bundle")
        else:
            for i, e in enumerate(value.get("entry", [])):
                r = e.get("resource") if isinstance(e, dict) else None
                if not isinstance(r, dict) or not r.get("resourceType") or not r.get("id"):
                    out.append(f"prefetch.{key}.entry[{i}] has no resource with resourceType and id")
    return out


class Schemas:
    """The project's JSON Schemas for hook requests and responses; checks are
    skipped (said once) when the `jsonschema` module is not installed."""

    def __init__(self):
        self.ok = False
        try:
            import jsonschema  # noqa: F401 (optional)
        except ImportError:
            print("check_cases: python3-jsonschema not installed; schema checks skipped", file=sys.stderr)
            return
        self.jsonschema = jsonschema
        self.request = [self._load(p) for p in REQUEST_SCHEMAS]
        self.context = {hook: self._load(p) for hook, p in CONTEXT_SCHEMAS.items()}
        self.response = self._load(RESPONSE_SCHEMA)
        self.ok = True

    @staticmethod
    def _load(rel):
        path = os.path.join(REPO, rel)
        if not os.path.exists(path):
            return None
        with open(path) as f:
            return json.load(f)

    def _errors(self, schema, doc, what):
        if schema is None:
            return []
        v = self.jsonschema.validators.validator_for(schema)(schema)
        return [f"{what}: {'/'.join(str(p) for p in e.absolute_path) or '(root)'}: {e.message[:160]}"
                for e in sorted(v.iter_errors(doc), key=lambda e: list(map(str, e.absolute_path)))[:3]]

    def request_errors(self, req):
        if not self.ok:
            return []
        out = []
        for schema in self.request:
            out += self._errors(schema, req, "request schema")
        if isinstance(req, dict) and req.get("hook") in self.context:
            out += self._errors(self.context[req["hook"]], req.get("context"), f"{req['hook']} context schema")
        return out

    def response_errors(self, response):
        return self._errors(self.response, response, "response schema") if self.ok else []


# expected.json key -> (Assessment section, member, compared as a set?, what to call it)
TOP_LEVEL_FIELDS = {
    "requestedLevels": ("requested", "levels", True, "requested levels"),
    "pelvicFixationRequested": ("requested", "pelvicFixation", False, "pelvic fixation requested"),
    "supportedFusionLevels": ("supported", "fusionLevels", True, "supported fusion levels"),
    "decompressionOnly": ("supported", "decompressionOnly", True, "decompression-only levels"),
    "pelvicFixationSupported": ("supported", "pelvicFixation", False, "pelvic fixation supported"),
}


def pick_assessment(doc, expected):
    if isinstance(doc, list):
        want = expected.get("order")
        for a in doc:
            if want is None or a.get("order") == want:
                return a
        return doc[0] if doc else {}
    return doc


def one_of(value, want):
    return value in want if isinstance(want, list) else value == want


def evidence_texts(assessment):
    for row in assessment.get("levels", []) or []:
        for e in row.get("evidence", []) or []:
            yield f"levels[{row.get('segment')}]", e.get("text", "")
    for c in assessment.get("criteria", []) or []:
        for e in c.get("evidence", []) or []:
            yield f"criteria[{c.get('id')}]", e.get("text", "")


# Cervical rows (DESIGN §9): expected.json key -> how it is compared.
ROW_FIELDS = {"root": "value", "basis": "value", "compression": "set", "cordSignal": "bool",
              "concordant": "bool"}


def compare_assessment(a, exp, report):
    family = "cervical" if exp.get("service", "").startswith("cervical-") else "lumbar"
    if a.get("verdict") == "not-applicable" and not one_of("not-applicable", exp.get("verdict", "not-applicable")):
        # Every other field follows from this one; one line says it all.
        report(f"the order is not recognised as a {family} fusion (verdict 'not-applicable')")
        return
    if "approach" in exp and not one_of((a.get("requested") or {}).get("approach"), exp["approach"]):
        report(f"approach {(a.get('requested') or {}).get('approach')!r}, expected {exp['approach']!r}")
    if "profile" in exp and (a.get("policy") or {}).get("profile") != exp["profile"]:
        report(f"policy profile {(a.get('policy') or {}).get('profile')!r}, expected {exp['profile']!r}")
    if "verdict" in exp and not one_of(a.get("verdict"), exp["verdict"]):
        report(f"verdict {a.get('verdict')!r}, expected {exp['verdict']!r}")
    for key, (section, member, is_set, label) in TOP_LEVEL_FIELDS.items():
        if key not in exp:
            continue
        value = (a.get(section) or {}).get(member)
        got = sorted(value or []) if is_set else bool(value)
        want = sorted(exp[key]) if is_set else exp[key]
        if got != want:
            report(f"{label} {got}, expected {want}")
    if "criteria" in exp:
        got = {c.get("id"): c.get("status") for c in a.get("criteria", []) or []}
        for cid, want in exp["criteria"].items():
            status = got.get(cid, "absent")
            if not one_of(status, want):
                report(f"criterion {cid} is {status!r}, expected {want!r}")
    if "dataGaps" in exp:
        got = sorted({g.get("key") for g in a.get("dataGaps", []) or []})
        if got != sorted(set(exp["dataGaps"])):
            report(f"data gaps {got}, expected {sorted(set(exp['dataGaps']))}")
    rows = {r.get("segment"): r for r in a.get("levels", []) or []}
    for seg, want in (exp.get("levels") or {}).items():
        row = rows.get(seg, {})
        if "instability" in want and bool(row.get("instability", False)) != want["instability"]:
            report(f"{seg} instability {bool(row.get('instability', False))}, expected {want['instability']}")
        if "stenosis" in want:
            got = row.get("stenosis", "none")
            if not one_of(got, want["stenosis"]):
                report(f"{seg} stenosis {got!r}, expected {want['stenosis']!r}")
        if "fusionSupported" in want and bool(row.get("fusionSupported", False)) != want["fusionSupported"]:
            report(f"{seg} fusionSupported {bool(row.get('fusionSupported', False))}, expected {want['fusionSupported']}")
        for key, how in ROW_FIELDS.items():
            if key not in want:
                continue
            if how == "set":
                got, ok = sorted(row.get(key) or []), sorted(row.get(key) or []) == sorted(want[key])
            elif how == "bool":
                got = bool(row.get(key, False))
                ok = got == want[key]
            else:
                got = row.get(key)
                ok = one_of(got, want[key])
            if not ok:
                report(f"{seg} {key} {got!r}, expected {want[key]!r}")


def check_not_evidence(exp, assessment, cards, report):
    needles = [n for n in exp.get("notEvidence", []) if n]
    if not needles:
        return
    places = list(evidence_texts(assessment))
    for card in cards:
        places.append((f"card {card.get('summary', '')[:40]!r} summary", card.get("summary", "")))
        places.append((f"card {card.get('summary', '')[:40]!r} detail", card.get("detail", "")))
    for needle in needles:
        for where, text in places:
            if needle.lower() in (text or "").lower():
                report(f"{where} quotes {needle!r}, which must never be evidence")
                break


def card_kinds(runner, req, service, cards, tmpdir, wanted):
    """kind -> cards of the default answer that have that kind, for the kinds in `wanted`.

    Each kind costs one more run of the binary (the request asking for that
    kind alone), so only the kinds the expectation names are asked about: a
    full pass under ASan otherwise outgrew its timeout as the cases grew."""
    by_kind = {}
    for kind in [k for k in CARD_KINDS if k in wanted]:
        only = copy.deepcopy(req)
        conf = {k: (k == kind) for k in CARD_KINDS}
        only.setdefault("extension", {})["davinci-crd.configuration"] = conf
        path = os.path.join(tmpdir, f"only-{kind}.json")
        with open(path, "w") as f:
            json.dump(only, f)
        proc = runner.assess(path, "cards", service)
        if proc.returncode != 0:
            continue
        kept = json.loads(proc.stdout).get("cards", [])
        ids = {(c.get("uuid"), c.get("summary")) for c in kept}
        match = [c for c in cards if (c.get("uuid"), c.get("summary")) in ids]
        if not match:  # a uuid that depends on the configuration: fall back to the summary
            summaries = {c.get("summary") for c in kept}
            match = [c for c in cards if c.get("summary") in summaries]
        if kind == "instructions":
            match = [c for c in kept]  # off by default: present only when asked for
        if match:
            by_kind[kind] = match
    return by_kind


def check_cards(runner, schemas, case_dir, req, exp, service, report):
    proc = runner.assess(os.path.join(case_dir, "request.json"), "cards", service)
    if proc.returncode != 0:
        report(f"assess --format cards exited {proc.returncode}: {proc.stderr.strip()[:200]}")
        return []
    try:
        response = json.loads(proc.stdout)
    except ValueError:
        report("assess --format cards printed no JSON")
        return []
    for p in schemas.response_errors(response):
        report(p)
    cards = response.get("cards", [])
    want = exp.get("cards")
    if want is None:
        return cards
    if want == "empty":
        if cards or response.get("systemActions"):
            report(f"expected {{\"cards\": []}}, got {len(cards)} card(s)"
                   + (" and systemActions" if response.get("systemActions") else ""))
        return cards
    if want.get("noWarning"):
        for c in cards:
            if c.get("indicator") == "warning":
                report(f"warning card on a supported order: {c.get('summary')!r}")
    if not runner.kind_runs:
        return cards
    wanted = (set(want.get("mustInclude", [])) | set(want.get("mustNotInclude", []))
              | set(want.get("indicators") or {}) | set(want.get("mention") or {}))
    for kind in sorted(wanted - set(CARD_KINDS)):
        report(f"expected.json: unknown card kind {kind!r}")
    with tempfile.TemporaryDirectory() as tmpdir:
        kinds = card_kinds(runner, req, service, cards, tmpdir, wanted)
    for kind in want.get("mustInclude", []):
        if kind not in kinds:
            report(f"no {kind} card (cards: {sorted(kinds) or 'none'})")
    for kind in want.get("mustNotInclude", []):
        if kind in kinds:
            report(f"unexpected {kind} card: {kinds[kind][0].get('summary')!r}")
    for kind, indicator in (want.get("indicators") or {}).items():
        for c in kinds.get(kind, []):
            if c.get("indicator") != indicator:
                report(f"{kind} card has indicator {c.get('indicator')!r}, expected {indicator!r}")
    for kind, needles in (want.get("mention") or {}).items():
        text = " ".join(f"{c.get('summary', '')} {c.get('detail', '')}" for c in kinds.get(kind, [])).lower()
        for needle in needles:
            if needle.lower() not in text:
                report(f"no {kind} card mentions {needle!r}")
    return cards


def check_case(runner, schemas, case_dir):
    problems = []
    name = os.path.basename(case_dir.rstrip("/"))

    def report(msg):
        problems.append(f"{name}: {msg}")

    try:
        with open(os.path.join(case_dir, "request.json")) as f:
            req = json.load(f)
        with open(os.path.join(case_dir, "expected.json")) as f:
            exp = json.load(f)
    except (OSError, ValueError) as e:
        report(f"unreadable case: {e}")
        return problems
    for p in request_shape_problems(req) + schemas.request_errors(req):
        report(f"request shape: {p}")
    for cid, want in (exp.get("criteria") or {}).items():
        for w in (want if isinstance(want, list) else [want]):
            if w not in CRITERION_STATUSES:
                report(f"expected.json: criterion {cid} has unknown status {w!r}")
    service = exp.get("service", "lumbar-fusion-order-sign")
    runner.config = None
    if exp.get("payers"):
        # The payer → profile map of DESIGN §7, as a config file for `assess --config`.
        fd, runner.config = tempfile.mkstemp(suffix=".json", prefix="case-config-")
        with os.fdopen(fd, "w") as f:
            json.dump({"payers": exp["payers"]}, f)
    try:
        return check_case_with(runner, schemas, case_dir, req, exp, service, report, problems)
    finally:
        if runner.config:
            os.unlink(runner.config)
            runner.config = None


def check_case_with(runner, schemas, case_dir, req, exp, service, report, problems):
    """The binary's answers against expected.json (runner.config set when the case names payers)."""
    proc = runner.assess(os.path.join(case_dir, "request.json"), "json", service)
    if proc.returncode != 0:
        report(f"assess rejected the request (exit {proc.returncode}): {proc.stderr.strip()[:200]}")
        return problems
    try:
        assessment = pick_assessment(json.loads(proc.stdout), exp)
    except ValueError:
        report("assess --format json printed no JSON")
        return problems
    compare_assessment(assessment, exp, report)
    cards = check_cards(runner, schemas, case_dir, req, exp, service, report)
    check_not_evidence(exp, assessment, cards, report)
    return problems


def main(argv):
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("binary")
    ap.add_argument("--pattern", default="ehr-*", help="glob of case directory names (default: ehr-*)")
    ap.add_argument("--cases", default=here, help="folder holding the cases (default: this script's folder)")
    ap.add_argument("--verbose", action="store_true", help="print a line for each passing case too")
    ap.add_argument("--no-kind-runs", action="store_true",
                    help="check the assessment and the default cards only, not which card kinds they are "
                         "(each kind is one more run; the sanitizer build uses this, the release build "
                         "checks the kinds)")
    try:
        args = ap.parse_args(argv)
    except SystemExit as e:
        return 2 if e.code else 0
    if not os.access(args.binary, os.X_OK):
        print(f"check_cases: {args.binary} is not an executable", file=sys.stderr)
        return 2
    names = sorted(n for n in os.listdir(args.cases)
                   if fnmatch.fnmatch(n, args.pattern) and os.path.isfile(os.path.join(args.cases, n, "expected.json")))
    if not names:
        golden = sorted(n for n in os.listdir(args.cases)
                        if fnmatch.fnmatch(n, args.pattern)
                        and os.path.isfile(os.path.join(args.cases, n, "expected-assessment.json")))
        if golden:
            # The v-cases are golden files, not meanings: the whole Assessment
            # is compared by the unit test that owns them.
            print(f"check_cases: {len(golden)} folders match {args.pattern!r} ({golden[0]} ...), but they "
                  "are golden-file cases (request.json + expected-assessment.json), compared whole by "
                  "tests/unit/test_service_golden.cpp: run `ctest --test-dir build/dev -R service_golden`",
                  file=sys.stderr)
        else:
            print(f"check_cases: no case matches {args.pattern!r} in {args.cases}", file=sys.stderr)
        return 2
    runner = Runner(args.binary)
    runner.kind_runs = not args.no_kind_runs
    schemas = Schemas()
    failed = []
    for n in names:
        try:
            problems = check_case(runner, schemas, os.path.join(args.cases, n))
        except subprocess.TimeoutExpired:
            problems = [f"{n}: assess did not answer within 120 s"]
        for p in problems:
            print(p)
        if problems:
            failed.append(n)
        elif args.verbose:
            print(f"{n}: ok")
    print(f"{len(names) - len(failed)}/{len(names)} cases pass" + (f"; failing: {' '.join(failed)}" if failed else ""))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
