#!/usr/bin/env python3
"""The deployment files, checked without a container engine or a cluster
(none is reachable from CI): deploy/Dockerfile and the podman runtime stage,
every Kubernetes manifest of deploy/k8s and deploy/compose.yaml are parsed and
the fields that decide whether the service runs are compared with each other
and with the binary: probes on /healthz and /readyz, a non-root user, the
image's port, resources, the Secret and ConfigMaps the pods mount, egress
limited to DNS, the FHIR servers and PostgreSQL. The ConfigMap's config.json
is then served by the real binary, with the ConfigMap's policy files and a
throwaway certificate, until /readyz lists the policy.

usage: test_manifests.py --source DIR --binary SPINECDS
"""
import argparse
import functools
import glob
import json
import os
import re
import shlex
import shutil
import signal
import socket
import ssl
import subprocess
import sys
import tempfile
import time
import unittest
import urllib.request

import yaml

ARGS = None


def source(*parts):
    return os.path.join(ARGS.source, *parts)


def read(*parts):
    with open(source(*parts), encoding="utf-8") as f:
        return f.read()


# --- Dockerfile -------------------------------------------------------------

def dockerfile_stages(text):
    """[(FROM line words, [(INSTRUCTION, argument text)])] per stage, with
    continuation lines joined and comments dropped."""
    logical, cur = [], ""
    for line in text.splitlines():
        if not cur and line.lstrip().startswith("#"):
            continue
        if line.rstrip().endswith("\\"):
            cur += line.rstrip()[:-1] + " "
            continue
        cur += line
        if cur.strip():
            logical.append(cur.strip())
        cur = ""
    stages = []
    for line in logical:
        word, _, rest = line.partition(" ")
        word = word.upper()
        if word == "FROM":
            stages.append((rest.split(), []))
        elif stages:
            stages[-1][1].append((word, " ".join(rest.split())))
        elif word != "ARG":
            raise AssertionError(f"{word} before the first FROM")
    return stages


def instructions(stage, word):
    return [arg for w, arg in stage[1] if w == word]


def one(stage, word):
    found = instructions(stage, word)
    if len(found) != 1:
        raise AssertionError(f"expected one {word} in the stage, found {len(found)}")
    return found[0]


def apt_packages(stage):
    """The packages `apt-get install` names in the stage's RUN lines."""
    out = set()
    for run in instructions(stage, "RUN"):
        for part in run.split("&&"):
            words = part.split()
            if "apt-get" in words and "install" in words:
                out |= {w for w in words[words.index("install") + 1:] if not w.startswith("-")}
    return out


def runtime_fields(stage):
    return {
        "packages": apt_packages(stage),
        "user": one(stage, "USER"),
        "expose": one(stage, "EXPOSE"),
        "env": one(stage, "ENV"),
        "workdir": one(stage, "WORKDIR"),
        "healthcheck": one(stage, "HEALTHCHECK"),
        "entrypoint": json.loads(one(stage, "ENTRYPOINT")),
        "cmd": json.loads(one(stage, "CMD")),
        "users": [r for r in instructions(stage, "RUN") if "useradd" in r],
    }


def uid_of(user):
    uid = user.split(":")[0]
    assert uid.isdigit(), f"USER {user} must be numeric so runAsNonRoot can be checked"
    return int(uid)


# --- Kubernetes ---------------------------------------------------------------

@functools.lru_cache(maxsize=None)
def k8s_objects():
    objects = {}
    for path in sorted(glob.glob(source("deploy", "k8s", "*.yaml"))):
        if os.path.basename(path) == "kustomization.yaml":
            continue
        with open(path, encoding="utf-8") as f:
            for doc in yaml.safe_load_all(f):
                if doc:
                    key = (doc["kind"], doc["metadata"]["name"])
                    assert key not in objects, f"{key} defined twice"
                    objects[key] = (os.path.basename(path), doc)
    return objects


def k8s(kind, name=None):
    found = [d for (k, n), (_, d) in k8s_objects().items() if k == kind and (name is None or n == name)]
    assert len(found) == 1, f"expected one {kind} {name or ''}, found {len(found)}"
    return found[0]


def matches(selector, labels):
    return all(labels.get(k) == v for k, v in selector.items())


def quantity(q):
    """A CPU or memory quantity in a common unit (cores, bytes)."""
    q = str(q)
    units = {"m": 1e-3, "Ki": 2**10, "Mi": 2**20, "Gi": 2**30, "k": 1e3, "M": 1e6, "G": 1e9}
    for suffix, factor in sorted(units.items(), key=lambda u: -len(u[0])):
        if q.endswith(suffix):
            return float(q[: -len(suffix)]) * factor
    return float(q)


def config_json():
    return json.loads(k8s("ConfigMap", "spinecds-config")["data"]["config.json"])


class Dockerfile(unittest.TestCase):
    def setUp(self):
        self.stages = dockerfile_stages(read("deploy", "Dockerfile"))
        self.build, self.runtime = self.stages[0], self.stages[-1]

    def test_multi_stage_on_debian_12(self):
        self.assertGreaterEqual(len(self.stages), 2)
        for words, _ in self.stages:
            self.assertRegex(words[0], r"^debian:(bookworm|12)(-slim)?$")
        self.assertEqual(self.build[0][-2:], ["AS", "build"])

    def test_build_stage_copies_every_source_folder_and_builds_the_binary(self):
        folders = re.findall(r"^add_subdirectory\((\w+)\)", read("CMakeLists.txt"), re.M)
        copied = {a.split()[0] for a in instructions(self.build, "COPY")}
        for folder in folders + ["CMakeLists.txt", "cmake"]:
            self.assertIn(folder, copied, f"the build stage does not COPY {folder}")
        run = " ".join(instructions(self.build, "RUN"))
        self.assertIn("deploy/install-deps.sh", run)
        self.assertIn("-DSPINECDS_TESTS=OFF", run)
        self.assertIn("--target spinecds", run)

    def test_runtime_stage_runs_the_binary_as_a_non_root_user(self):
        f = runtime_fields(self.runtime)
        uid = uid_of(f["user"])
        self.assertGreater(uid, 0)
        self.assertTrue(any(f"--uid {uid}" in u for u in f["users"]), "USER's uid is never created")
        self.assertIn("COPY --from=build /build/service/spinecds /usr/local/bin/spinecds",
                      [f"COPY {c}" for c in instructions(self.runtime, "COPY")])
        self.assertEqual(f["entrypoint"], ["/usr/local/bin/spinecds"])
        self.assertEqual(f["cmd"][0], "serve")
        self.assertEqual(f["expose"], "8080")
        self.assertIn("SPINECDS_LISTEN_PORT=8080", f["env"])
        self.assertIn("SPINECDS_LISTEN_BIND=0.0.0.0", f["env"])
        self.assertIn("/healthz", f["healthcheck"])
        self.assertTrue(f["healthcheck"].startswith("--interval="))

    def test_runtime_stage_installs_the_package_of_every_library_the_binary_links(self):
        needed = re.findall(r"\(NEEDED\).*\[(.+)\]",
                            subprocess.run(["readelf", "-d", ARGS.binary], capture_output=True,
                                           text=True, check=True).stdout)
        base = {"libc.so.6", "libm.so.6", "libstdc++.so.6", "libgcc_s.so.1"}  # in every Debian image
        packages = apt_packages(self.runtime)
        # A sanitizer build's runtimes never ship, nor do the project's own
        # libraries, which only the sanitized tree links shared
        # (SPINECDS_SHARED_LIBS); the image builds them into the binary.
        needed = [n for n in needed if not re.match(r"lib(a|ub)san\.so|libspinecds_", n)]
        for lib in sorted(set(needed) - base):
            owner = subprocess.run(["dpkg", "-S", f"*/{lib}"], capture_output=True, text=True)
            self.assertEqual(owner.returncode, 0, f"no Debian package holds {lib}")
            package = owner.stdout.split(":")[0]
            self.assertIn(package, packages, f"{lib} comes from {package}, which the image lacks")

    def test_podman_runtime_stage_is_the_same(self):
        podman = dockerfile_stages(read("deploy", "Containerfile.runtime"))
        self.assertEqual(len(podman), 1)
        mine = runtime_fields(podman[0])
        self.assertEqual(mine, runtime_fields(self.runtime))
        self.assertEqual(instructions(podman[0], "COPY"), ["spinecds /usr/local/bin/spinecds"])
        # The debootstrap base gets the same libraries.
        script = read("deploy", "podman-image.sh")
        listed = re.search(r"^packages=(\S+)", script, re.M).group(1).split(",")
        self.assertEqual(set(listed), mine["packages"])
        self.assertIn("debootstrap", script)
        self.assertRegex(script, r"skip\(\)")


class Kubernetes(unittest.TestCase):
    def setUp(self):
        self.objects = dict(k8s_objects())
        self.deploy = k8s("Deployment", "spinecds")
        self.pod = self.deploy["spec"]["template"]
        self.container = self.pod["spec"]["containers"][0]
        self.runtime = runtime_fields(dockerfile_stages(read("deploy", "Dockerfile"))[-1])

    def test_kustomization_lists_every_manifest(self):
        listed = yaml.safe_load(read("deploy", "k8s", "kustomization.yaml"))["resources"]
        files = {f for f, _ in self.objects.values()}
        self.assertEqual(set(listed), files)
        kinds = {k for k, _ in self.objects}
        for kind in ["Deployment", "Service", "ConfigMap", "Secret", "HorizontalPodAutoscaler",
                     "PodDisruptionBudget", "NetworkPolicy"]:
            self.assertIn(kind, kinds)

    def test_probes_liveness_healthz_readiness_readyz_on_the_image_port(self):
        c = self.container
        self.assertEqual(c["livenessProbe"]["httpGet"]["path"], "/healthz")
        self.assertEqual(c["readinessProbe"]["httpGet"]["path"], "/readyz")
        ports = {p["name"]: p["containerPort"] for p in c["ports"]}
        self.assertEqual(list(ports.values()), [int(self.runtime["expose"])])
        tls = "tls" in config_json()["listen"]
        for probe in ("livenessProbe", "readinessProbe", "startupProbe"):
            get = c[probe]["httpGet"]
            self.assertIn(get["port"], list(ports) + list(ports.values()))
            self.assertEqual(get.get("scheme", "HTTP"), "HTTPS" if tls else "HTTP")

    def test_non_root_with_the_image_user(self):
        uid = uid_of(self.runtime["user"])
        pod_sc = self.pod["spec"]["securityContext"]
        self.assertIs(pod_sc["runAsNonRoot"], True)
        self.assertEqual(pod_sc["runAsUser"], uid)
        sc = self.container["securityContext"]
        self.assertIs(sc["runAsNonRoot"], True)
        self.assertIs(sc["allowPrivilegeEscalation"], False)
        self.assertEqual(sc["capabilities"]["drop"], ["ALL"])
        self.assertIs(sc["readOnlyRootFilesystem"], True)
        self.assertEqual(self.container["image"], "spinecds")
        self.assertEqual(self.container["args"][0], "serve")

    def test_resources_requests_and_limits(self):
        r = self.container["resources"]
        for what in ("cpu", "memory"):
            self.assertLessEqual(quantity(r["requests"][what]), quantity(r["limits"][what]))

    def test_selectors_name_the_pods(self):
        labels = self.pod["metadata"]["labels"]
        self.assertTrue(matches(self.deploy["spec"]["selector"]["matchLabels"], labels))
        self.assertTrue(matches(k8s("Service")["spec"]["selector"], labels))
        self.assertTrue(matches(k8s("PodDisruptionBudget")["spec"]["selector"]["matchLabels"], labels))
        self.assertTrue(matches(k8s("NetworkPolicy")["spec"]["podSelector"]["matchLabels"], labels))
        target = k8s("Service")["spec"]["ports"][0]["targetPort"]
        self.assertIn(target, [p["name"] for p in self.container["ports"]])

    def test_hpa_and_pdb_keep_a_replica_serving(self):
        hpa = k8s("HorizontalPodAutoscaler")
        self.assertEqual(hpa["spec"]["scaleTargetRef"], {"apiVersion": "apps/v1", "kind": "Deployment",
                                                        "name": "spinecds"})
        self.assertGreaterEqual(hpa["spec"]["minReplicas"], 2)
        self.assertGreater(hpa["spec"]["maxReplicas"], hpa["spec"]["minReplicas"])
        pdb = k8s("PodDisruptionBudget")["spec"]
        self.assertTrue(pdb.get("maxUnavailable") == 1 or
                        0 < pdb.get("minAvailable", 0) < hpa["spec"]["minReplicas"])

    def test_secret_holds_tls_review_key_and_admin_tokens_and_the_pods_use_them(self):
        secret = k8s("Secret", "spinecds-secrets")
        keys = set(secret.get("stringData", {})) | set(secret.get("data", {}))
        self.assertTrue({"tls.crt", "tls.key", "reviews-secret", "admin-tokens", "store-url"} <= keys)
        env = {e["name"]: e["valueFrom"]["secretKeyRef"] for e in self.container["env"]}
        self.assertEqual(env["SPINECDS_REVIEWS_SECRET"], {"name": "spinecds-secrets", "key": "reviews-secret"})
        self.assertEqual(env["SPINECDS_ADMIN_TOKENS"], {"name": "spinecds-secrets", "key": "admin-tokens"})
        self.assertEqual(env["SPINECDS_STORE"], {"name": "spinecds-secrets", "key": "store-url"})
        volumes = {v["name"]: v for v in self.pod["spec"]["volumes"]}
        mounts = {m["mountPath"]: m["name"] for m in self.container["volumeMounts"]}
        tls = config_json()["listen"]["tls"]
        for path in (tls["cert"], tls["key"]):
            volume = volumes[mounts[os.path.dirname(path)]]
            self.assertEqual(volume["secret"]["secretName"], "spinecds-secrets")
            self.assertIn(os.path.basename(path), [i["path"] for i in volume["secret"]["items"]])

    def test_configmaps_hold_the_config_policy_and_value_sets_where_the_config_looks(self):
        volumes = {v["name"]: v for v in self.pod["spec"]["volumes"]}
        mounts = {m["mountPath"]: m for m in self.container["volumeMounts"]}
        args = self.container["args"]
        config_path = args[args.index("--config") + 1]
        config_mount = mounts[os.path.dirname(config_path)]
        self.assertEqual(volumes[config_mount["name"]]["configMap"]["name"], "spinecds-config")
        config = config_json()
        policy_dir = config["valueSets"]
        policy_mount = mounts[policy_dir]
        self.assertNotIn("subPath", policy_mount, "a subPath mount never sees ConfigMap updates")
        policy_map = k8s("ConfigMap", volumes[policy_mount["name"]]["configMap"]["name"])
        for policy_id, path in config["policies"].items():
            self.assertEqual(os.path.dirname(path), policy_dir)
            self.assertEqual(json.loads(policy_map["data"][os.path.basename(path)])["id"], policy_id)

    def test_policy_configmap_is_the_repository_files(self):
        if os.environ.get("SPINECDS_UPDATE_GOLDEN") == "1":
            subprocess.run([source("deploy", "k8s", "generate-policy-configmap")], check=True)
            k8s_objects.cache_clear()
        data = k8s("ConfigMap", "spinecds-policy")["data"]
        files = glob.glob(source("criteria", "policies", "*.json")) + \
            glob.glob(source("terminology", "valuesets", "*.json"))
        self.assertEqual(set(data), {os.path.basename(p) for p in files},
                         "run deploy/k8s/generate-policy-configmap")
        for path in files:
            with open(path, encoding="utf-8") as f:
                self.assertEqual(data[os.path.basename(path)], f.read(),
                                 f"{os.path.basename(path)} differs: run deploy/k8s/generate-policy-configmap")
        check = subprocess.run([source("deploy", "k8s", "generate-policy-configmap"), "--check"])
        self.assertEqual(check.returncode, 0)

    def test_egress_only_to_dns_fhir_servers_and_postgresql(self):
        policy = k8s("NetworkPolicy")["spec"]
        self.assertIn("Egress", policy["policyTypes"])
        rules = policy["egress"]
        by_port = {}
        for rule in rules:
            self.assertTrue(rule.get("to"), "an egress rule without `to` allows every address")
            self.assertTrue(rule.get("ports"), "an egress rule without `ports` allows every port")
            for peer in rule["to"]:
                cidr = peer.get("ipBlock", {}).get("cidr", "")
                self.assertFalse(cidr.endswith("/0"), "egress to the whole internet")
            by_port.setdefault(tuple(sorted(p["port"] for p in rule["ports"])), []).append(rule)
        self.assertEqual(set(by_port), {(53, 53), (443,), (5432,)})
        dns = by_port[(53, 53)][0]["to"][0]
        self.assertEqual(dns["podSelector"]["matchLabels"], {"k8s-app": "kube-dns"})
        self.assertTrue(all("ipBlock" in peer for peer in by_port[(443,)][0]["to"]))
        postgres = by_port[(5432,)][0]["to"][0]
        self.assertIn("postgresql", json.dumps(postgres))
        # Every FHIR server the configuration names is reached over HTTPS (443).
        config = config_json()
        servers = config["fhir"]["allowedServers"] + [
            s for i in config["auth"]["trustedIssuers"] for s in i.get("fhirServers", [])]
        self.assertTrue(servers)
        for url in servers:
            self.assertRegex(url, r"^https://[^:/]+/", f"{url}: NetworkPolicy allows 443 only")
        self.assertEqual({p["port"] for p in policy["ingress"][0]["ports"]},
                         {c["containerPort"] for c in self.container["ports"]})


class Compose(unittest.TestCase):
    def setUp(self):
        self.compose = yaml.safe_load(read("deploy", "compose.yaml"))
        self.services = self.compose["services"]

    def test_spinecds_postgresql_and_the_local_fhir_server(self):
        self.assertEqual(set(self.services), {"spinecds", "postgres", "fhir"})
        s = self.services["spinecds"]
        self.assertEqual(s["build"], {"context": "..", "dockerfile": "deploy/Dockerfile"})
        env = s["environment"]
        self.assertRegex(env["SPINECDS_STORE"], r"^postgresql://[^@]+@postgres:5432/")
        self.assertEqual(s["depends_on"]["postgres"]["condition"], "service_healthy")
        # SpineCDS shares the FHIR server's namespace: the FHIR base the trial
        # kit names from the host is the one SpineCDS may contact.
        self.assertEqual(s["network_mode"], "service:fhir")
        ports = self.services["fhir"]["ports"]
        self.assertIn("127.0.0.1:8080:8080", ports)
        fhir_port = re.search(r"--port\", \"(\d+)\"", self.services["fhir"]["build"]["dockerfile_inline"]).group(1)
        self.assertIn(f"127.0.0.1:{fhir_port}:{fhir_port}", ports)
        self.assertEqual(env["SPINECDS_FHIR_ALLOWED_SERVERS"], f"http://127.0.0.1:{fhir_port}/fhir")
        self.assertIn("--bind", self.services["fhir"]["build"]["dockerfile_inline"])
        for name in ("fhir", "postgres"):
            self.assertIn("healthcheck", self.services[name])


class ConfigServes(unittest.TestCase):
    """The Kubernetes config.json, served by the real binary."""

    def test_the_configmap_config_serves_and_readyz_lists_the_policy(self):
        work = tempfile.mkdtemp(prefix="spinecds-manifests-")
        proc = None
        try:
            config = config_json()
            policy_dir = config["valueSets"]
            local_policy = os.path.join(work, "policy")
            os.makedirs(local_policy)
            for name, text in k8s("ConfigMap", "spinecds-policy")["data"].items():
                with open(os.path.join(local_policy, name), "w", encoding="utf-8") as f:
                    f.write(text)
            cert, key = os.path.join(work, "tls.crt"), os.path.join(work, "tls.key")
            subprocess.run(["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt",
                            "ec_paramgen_curve:P-256", "-nodes", "-days", "1", "-subj", "/CN=127.0.0.1",
                            "-keyout", key, "-out", cert], check=True, capture_output=True)
            text = json.dumps(config).replace(policy_dir, local_policy)
            text = text.replace(config["listen"]["tls"]["cert"], cert)
            text = text.replace(config["listen"]["tls"]["key"], key)
            with open(os.path.join(work, "config.json"), "w", encoding="utf-8") as f:
                f.write(text)
            env = {k: v for k, v in os.environ.items() if not k.startswith("SPINECDS_")}
            env["SPINECDS_STORE"] = "sqlite:" + os.path.join(work, "store.db")
            env["SPINECDS_LISTEN_BIND"] = "127.0.0.1"
            with open(os.path.join(work, "serve.log"), "w", encoding="utf-8") as log:
                proc = subprocess.Popen([os.path.abspath(ARGS.binary), "serve", "--config",
                                         os.path.join(work, "config.json"), "--port", "0"],
                                        stdout=log, stderr=log, env=env, cwd=work)
            port = None
            deadline = time.time() + 30
            while port is None and time.time() < deadline:
                with open(os.path.join(work, "serve.log"), encoding="utf-8") as f:
                    m = re.search(r'"event":"server.listening".*?"port":"(\d+)"', f.read())
                if m:
                    port = int(m.group(1))
                elif proc.poll() is not None:
                    break
                time.sleep(0.05)
            with open(os.path.join(work, "serve.log"), encoding="utf-8") as f:
                output = f.read()
            self.assertIsNotNone(port, f"spinecds serve did not start with the ConfigMap's config:\n{output}")
            self.assertIn('"tls":"on"', output)
            self.assertIn('"auth":"jwt"', output)
            insecure = ssl.create_default_context()
            insecure.check_hostname = False
            insecure.verify_mode = ssl.CERT_NONE
            with urllib.request.urlopen(f"https://127.0.0.1:{port}/readyz", context=insecure,
                                        timeout=10) as r:
                ready = json.load(r)
            self.assertEqual(ready["status"], "ready")
            listed = {p["id"]: p["version"] for p in ready["policies"]}
            for policy_id in config["policies"]:
                shipped = json.loads(k8s("ConfigMap", "spinecds-policy")["data"][policy_id + ".json"])
                self.assertEqual(listed[policy_id], shipped["version"])
            self.assertEqual(ready["valueSets"], local_policy)
        finally:
            if proc and proc.poll() is None:
                proc.send_signal(signal.SIGTERM)
                proc.wait(timeout=20)
            shutil.rmtree(work, ignore_errors=True)


def main():
    global ARGS
    parser = argparse.ArgumentParser()
    parser.add_argument("--source", required=True)
    parser.add_argument("--binary", required=True)
    ARGS, rest = parser.parse_known_args()
    unittest.main(argv=[sys.argv[0]] + rest, verbosity=2)


if __name__ == "__main__":
    main()
