#!/usr/bin/env python3
"""Holds the connector test doubles to the vendors' documents.

  fixtures DIR   every fixture in DIR validates against the response schema the vendor document
                 (or, where it types nothing, schemas/vendor-overlay.json) gives it, declares no
                 member the schema does not, and the schema has teeth (a broken copy is refused);
                 every fixture has a check and every check a fixture
  live BINARY    starts keel-connector-double (Langfuse v4, Langfuse legacy, Langfuse rate-limited,
                 LiteLLM), asks it every endpoint it serves and checks each answer the same way
  capture BINARY DIR
                 writes the live answers as fixtures (then reviewed by hand; see README.md)

Usage: check_vendor_schemas.py --specs SPECS_DIR --overlay vendor-overlay.json MODE ARGS"""
import argparse
import base64
import json
import os
import subprocess
import sys
import urllib.error
import urllib.parse
import urllib.request

sys.dont_write_bytecode = True  # no __pycache__ in the source tree
import vendorschemas  # noqa: E402

NOW = "2026-03-18T10:30:00Z"
LANGFUSE_AUTH = "Basic " + base64.b64encode(b"pk-lf-keel-double:sk-lf-keel-double").decode()
LITELLM_AUTH = "Bearer sk-keel-double-master"
ALL_FIELDS = "core,basic,time,io,metadata,model,usage,prompt,metrics,trace_context"
Q_ITEMS = "/api/public/annotation-queues/{queueId}/items"
Q_ITEM = Q_ITEMS + "/{itemId}"

# Spec quirks the double answers around, each a documented exception rather than a silent pass.
# ObservationV2 lists modelId, inputPrice, outputPrice and totalPrice as required although they
# belong to the `model` field group: an answer without that group is checked without them.
OBSERVATION_V2_MODEL_GROUP = ["modelId", "inputPrice", "outputPrice", "totalPrice"]


def spec(method, path, status):
    return ("spec", method, path, status)


def overlay(key):
    return ("overlay", key)


def both(method, path, status, key):
    return ("both", method, path, status, key)


# fixture name -> (vendor, schema source). The live probes below produce one answer per name.
CHECKS = {
    "langfuse_health": ("langfuse", spec("GET", "/api/public/health", 200)),
    "langfuse_annotation_queues": ("langfuse", spec("GET", "/api/public/annotation-queues", 200)),
    "langfuse_annotation_queue": ("langfuse", spec("GET", "/api/public/annotation-queues/{queueId}", 200)),
    "langfuse_annotation_queue_items": ("langfuse", spec("GET", Q_ITEMS, 200)),
    "langfuse_annotation_queue_item": ("langfuse", spec("GET", Q_ITEM, 200)),
    "langfuse_annotation_queue_item_completed": ("langfuse", spec("PATCH", Q_ITEM, 200)),
    "langfuse_observations_v2": ("langfuse", spec("GET", "/api/public/v2/observations", 200)),
    "langfuse_observations_v2_last_page": ("langfuse", spec("GET", "/api/public/v2/observations", 200)),
    "langfuse_trace_legacy": ("langfuse", spec("GET", "/api/public/traces/{traceId}", 200)),
    "langfuse_observation_legacy": ("langfuse", spec("GET", "/api/public/observations/{observationId}", 200)),
    "langfuse_observations_legacy": ("langfuse", spec("GET", "/api/public/observations", 200)),
    "langfuse_score_configs": ("langfuse", spec("GET", "/api/public/score-configs", 200)),
    "langfuse_score_config": ("langfuse", spec("GET", "/api/public/score-configs/{configId}", 200)),
    "langfuse_score_created": ("langfuse", spec("POST", "/api/public/scores", 200)),
    "langfuse_scores_v2": ("langfuse", spec("GET", "/api/public/v2/scores", 200)),
    "langfuse_scores_v3": ("langfuse", spec("GET", "/api/public/v3/scores", 200)),
    "langfuse_comment_created": ("langfuse", spec("POST", "/api/public/comments", 200)),
    "langfuse_metrics_v2": ("langfuse", both("GET", "/api/public/v2/metrics", 200, "GET /api/public/v2/metrics 200")),
    "langfuse_metrics_daily_legacy": ("langfuse", overlay("GET /api/public/metrics/daily 200")),
    "langfuse_error_400_zod": ("langfuse", overlay("error zod 400")),
    "langfuse_error_401": ("langfuse", overlay("error message")),
    "langfuse_error_404_v4_only": ("langfuse", overlay("error message")),
    "langfuse_error_429": ("langfuse", overlay("error 429")),
    "litellm_health_liveliness": ("litellm", both("GET", "/health/liveliness", 200, "GET /health/liveliness 200")),
    "litellm_health_readiness": ("litellm", both("GET", "/health/readiness", 200, "GET /health/readiness 200")),
    "litellm_spend_logs_v2": ("litellm", both("GET", "/spend/logs/v2", 200, "GET /spend/logs/v2 200")),
    "litellm_user_daily_activity": ("litellm", spec("GET", "/user/daily/activity", 200)),
    "litellm_team_daily_activity": ("litellm", spec("GET", "/team/daily/activity", 200)),
    "litellm_tag_daily_activity": ("litellm", spec("GET", "/tag/daily/activity", 200)),
    "litellm_key_info": ("litellm", both("GET", "/key/info", 200, "GET /key/info 200")),
    "litellm_team_info": ("litellm", both("GET", "/team/info", 200, "GET /team/info 200")),
    "litellm_budget_list": ("litellm", both("GET", "/budget/list", 200, "GET /budget/list 200")),
    "litellm_budget_info": ("litellm", both("POST", "/budget/info", 200, "POST /budget/info 200")),
    "litellm_error_401": ("litellm", overlay("error proxy")),
    "litellm_error_400_spend_dates": ("litellm", overlay("error proxy")),
    "litellm_error_422": ("litellm", spec("GET", "/spend/logs/v2", 422)),
    "litellm_error_400_daily_dates": ("litellm", overlay("error detail")),
    # Hand-made edge cases (made from captured answers by make_edge_fixtures, below).
    "langfuse_trace_legacy_self_hosted": ("langfuse", spec("GET", "/api/public/traces/{traceId}", 200)),
    "langfuse_observations_v2_future_field": ("langfuse", spec("GET", "/api/public/v2/observations", 200)),
    "litellm_user_daily_activity_bigint": ("litellm", spec("GET", "/user/daily/activity", 200)),
}

# Members a fixture carries on purpose although the schema does not declare them: a newer server's
# field, which a connector must ignore rather than refuse.
EXPECTED_UNDECLARED = {
    "langfuse_observations_v2_future_field": ["/data/0/reasoningTokens", "/meta/totalEstimate"],
}


def schemas_for(vendors, name, doc=None):
    vendor, source = CHECKS[name]
    v = vendors[vendor]
    out = []
    if source[0] in ("spec", "both"):
        s = v.response_schema(source[1], source[2], source[3])
        if s is None and source[0] == "spec":
            raise SystemExit("%s: the %s document types nothing for %s %s; use the overlay" % (name, vendor, source[1], source[2]))
        if s is not None:
            out.append(s)
    if source[0] in ("overlay", "both"):
        out.append(v.overlay_schema(source[-1]))
    if name.startswith("langfuse_observations_v2") and isinstance(doc, dict):
        out = [relax_observation_v2(v, s, doc) for s in out]
    return out


def relax_observation_v2(vendor, schema, doc):
    rows = doc.get("data") or []
    if rows and all("modelId" not in r for r in rows):
        relaxed = json.loads(json.dumps(schema))
        obs = relaxed["components"]["schemas"]["ObservationV2"]
        obs["required"] = [r for r in obs["required"] if r not in OBSERVATION_V2_MODEL_GROUP]
        return relaxed
    return schema


def check(vendors, name, doc):
    failures = []
    schemas = schemas_for(vendors, name, doc)
    for schema in schemas:
        failures += ["%s %s" % (name, e) for e in vendorschemas.errors(schema, doc)]
        extra = vendorschemas.undeclared(schema, doc)
        if extra != EXPECTED_UNDECLARED.get(name, []):
            failures.append("%s: members the schema does not declare: %s (expected %s)"
                            % (name, extra, EXPECTED_UNDECLARED.get(name, [])))
    # Together the schemas must have teeth (MetricsV2Response alone types rows as open maps).
    if not any(vendorschemas.has_teeth(schema, doc) for schema in schemas):
        failures.append("%s: its schemas accept a broken copy (no teeth)" % name)
    return failures


def run_fixtures(vendors, directory):
    failures = []
    listed = sorted(f[:-5] for f in os.listdir(directory) if f.endswith(".json"))
    if listed != sorted(CHECKS):
        failures.append("fixtures without a check: %s; checks without a fixture: %s"
                        % (sorted(set(listed) - set(CHECKS)), sorted(set(CHECKS) - set(listed))))
    for name in sorted(set(listed) & set(CHECKS)):
        with open(os.path.join(directory, name + ".json"), encoding="utf-8") as f:
            failures += check(vendors, name, json.load(f))
    return len(set(listed) & set(CHECKS)), failures


class Double:
    def __init__(self, binary, *args):
        self.proc = subprocess.Popen([binary, "--port", "0", "--now", NOW] + list(args),
                                     stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        self.base = self.proc.stdout.readline().strip()
        if not self.base.startswith("http://"):
            self.proc.kill()
            raise SystemExit("keel-connector-double %s did not start: %s" % (args, self.proc.stderr.read()))

    def call(self, method, path, body=None, auth=None):
        data = None if body is None else json.dumps(body).encode()
        req = urllib.request.Request(self.base + path, data=data, method=method)
        if auth:
            req.add_header("Authorization", auth)
        if data is not None:
            req.add_header("Content-Type", "application/json")
        try:
            with urllib.request.urlopen(req, timeout=30) as r:
                return r.status, json.loads(r.read().decode())
        except urllib.error.HTTPError as e:
            return e.code, json.loads(e.read().decode())

    def stop(self):
        self.proc.terminate()
        self.proc.wait(timeout=30)


def probe(binary):
    """Asks the doubles every endpoint of CHECKS (and a few variants); yields (name, status, expected, doc)."""
    lf, legacy = Double(binary, "--kind", "langfuse"), Double(binary, "--kind", "langfuse", "--langfuse-mode", "legacy")
    limited = Double(binary, "--kind", "langfuse", "--rate-limit", "annotation-queues=1/60s")
    ll = Double(binary, "--kind", "litellm")
    try:
        def get(d, path, auth=LANGFUSE_AUTH):
            return d.call("GET", path, auth=auth)

        queues = get(lf, "/api/public/annotation-queues")[1]["data"]
        q0 = queues[0]["id"]
        pending = get(lf, "/api/public/annotation-queues/%s/items?status=PENDING&limit=3" % q0)
        item = pending[1]["data"][0]
        done = get(lf, "/api/public/annotation-queues/%s/items?status=COMPLETED&limit=100" % q0)[1]["data"]
        scored_trace = next(i["objectId"] for i in done if i["objectType"] == "TRACE")
        generation = get(lf, "/api/public/v2/observations?type=GENERATION&limit=1")[1]["data"][0]
        configs = get(lf, "/api/public/score-configs")
        quality = next(c for c in configs[1]["data"] if c["name"] == "quality")
        metrics = {"view": "observations", "metrics": [{"measure": "totalCost", "aggregation": "sum"},
                                                        {"measure": "latency", "aggregation": "p95"}],
                   "dimensions": [{"field": "providedModelName"}], "timeDimension": {"granularity": "day"},
                   "fromTimestamp": "2026-03-15T00:00:00Z", "toTimestamp": "2026-03-17T00:00:00Z",
                   "orderBy": [{"field": "time_dimension", "direction": "asc"}]}
        yield "langfuse_health", get(lf, "/api/public/health", None), 200
        yield "langfuse_annotation_queues", get(lf, "/api/public/annotation-queues"), 200
        yield "langfuse_annotation_queue", get(lf, "/api/public/annotation-queues/" + q0), 200
        yield "langfuse_annotation_queue_items", pending, 200
        yield "langfuse_annotation_queue_item", get(lf, "/api/public/annotation-queues/%s/items/%s" % (q0, item["id"])), 200
        yield "langfuse_annotation_queue_item_completed", lf.call(
            "PATCH", "/api/public/annotation-queues/%s/items/%s" % (q0, item["id"]), {"status": "COMPLETED"}, LANGFUSE_AUTH), 200
        yield "langfuse_observations_v2", get(lf, "/api/public/v2/observations?limit=3&fields=" + ALL_FIELDS), 200
        yield "langfuse_observations_v2_last_page", get(
            lf, "/api/public/v2/observations?limit=50&traceId=%s&fromStartTime=2026-01-01T00:00:00Z" % generation["traceId"]), 200
        yield "langfuse_trace_legacy", get(lf, "/api/public/traces/" + scored_trace), 200
        yield "langfuse_trace_legacy_self_hosted", get(legacy, "/api/public/traces/" + scored_trace), 200
        yield "langfuse_observation_legacy", get(lf, "/api/public/observations/" + generation["id"]), 200
        yield "langfuse_observations_legacy", get(legacy, "/api/public/observations?type=GENERATION&limit=2"), 200
        yield "langfuse_score_configs", configs, 200
        yield "langfuse_score_config", get(lf, "/api/public/score-configs/" + quality["id"]), 200
        yield "langfuse_score_created", lf.call("POST", "/api/public/scores", {
            "id": "keel-decision-" + item["id"], "traceId": item["objectId"], "name": "quality", "value": 4,
            "configId": quality["id"], "source": "ANNOTATION", "queueId": q0, "comment": "Links checked."}, LANGFUSE_AUTH), 200
        yield "langfuse_scores_v2", get(lf, "/api/public/v2/scores?limit=4&queueId=" + q0), 200
        yield "langfuse_scores_v3", get(lf, "/api/public/v3/scores?limit=4&fields=details,subject,annotation&queueId=" + q0), 200
        yield "langfuse_comment_created", lf.call("POST", "/api/public/comments", {
            "projectId": "proj-keel-double", "objectType": "TRACE", "objectId": scored_trace,
            "content": "Refund amount is wrong; see <b>policy 4.2</b>.", "authorUserId": "user-reviewer-ana"}, LANGFUSE_AUTH), 200
        yield "langfuse_metrics_v2", get(lf, "/api/public/v2/metrics?query=" + urllib.parse.quote(json.dumps(metrics))), 200
        yield "langfuse_metrics_daily_legacy", get(legacy, "/api/public/metrics/daily?limit=3"), 200
        yield "langfuse_error_400_zod", get(lf, "/api/public/annotation-queues/%s/items?limit=101&sort=asc" % q0), 400
        yield "langfuse_error_401", get(lf, "/api/public/annotation-queues", None), 401
        yield "langfuse_error_404_v4_only", get(legacy, "/api/public/v2/observations"), 404
        get(limited, "/api/public/annotation-queues")
        yield "langfuse_error_429", get(limited, "/api/public/annotation-queues"), 429
        # Variants, checked but not kept as fixtures: default field groups, every score data type.
        yield "langfuse_observations_v2", get(lf, "/api/public/v2/observations?limit=20"), 200
        yield "langfuse_observations_legacy", get(lf, "/api/public/observations?limit=20&page=2"), 200
        for data_type in ("NUMERIC", "BOOLEAN", "CATEGORICAL", "TEXT"):
            yield "langfuse_scores_v2", get(lf, "/api/public/v2/scores?limit=3&dataType=" + data_type), 200
            yield "langfuse_scores_v3", get(lf, "/api/public/v3/scores?limit=3&fields=details,subject,annotation&dataType="
                                            + data_type), 200

        def lget(path, auth=LITELLM_AUTH):
            return ll.call("GET", path, auth=auth)
        window = "start_date=%s&end_date=%s" % (urllib.parse.quote("2026-03-17 00:00:00"), urllib.parse.quote("2026-03-18 23:59:59"))
        days = "start_date=2026-03-17&end_date=2026-03-18&page_size=3"
        yield "litellm_health_liveliness", lget("/health/liveliness", None), 200
        yield "litellm_health_readiness", lget("/health/readiness", None), 200
        yield "litellm_spend_logs_v2", lget("/spend/logs/v2?page_size=3&" + window), 200
        yield "litellm_spend_logs_v2", lget("/spend/logs/v2?page_size=50&status_filter=failure&" + window), 200
        yield "litellm_user_daily_activity", lget("/user/daily/activity?" + days), 200
        yield "litellm_team_daily_activity", lget("/team/daily/activity?" + days), 200
        yield "litellm_tag_daily_activity", lget("/tag/daily/activity?" + days), 200
        yield "litellm_key_info", lget("/key/info?key=sk-keel-support-bot"), 200
        yield "litellm_team_info", lget("/team/info?team_id=team-support"), 200
        yield "litellm_budget_list", lget("/budget/list"), 200
        yield "litellm_budget_info", ll.call("POST", "/budget/info", {"budgets": ["budget-research-credits"]}, LITELLM_AUTH), 200
        yield "litellm_error_401", lget("/spend/logs/v2", None), 401
        yield "litellm_error_400_spend_dates", lget("/spend/logs/v2?page_size=10"), 400
        yield "litellm_error_422", lget("/spend/logs/v2?page_size=1001&page=0&" + window), 422
        yield "litellm_error_400_daily_dates", lget("/team/daily/activity"), 400
    finally:
        for d in (lf, legacy, limited, ll):
            d.stop()


def make_edge_fixtures(directory):
    """Edge cases a connector's parser must survive, derived from captured answers."""
    with open(os.path.join(directory, "langfuse_observations_v2_last_page.json"), encoding="utf-8") as f:
        future = json.load(f)
    future["data"] = future["data"][:1]
    future["data"][0]["reasoningTokens"] = 512        # a field a newer server adds
    future["meta"]["totalEstimate"] = 1
    with open(os.path.join(directory, "litellm_user_daily_activity.json"), encoding="utf-8") as f:
        big = json.load(f)
    big["results"] = big["results"][:1]
    day = big["results"][0]
    day["metrics"]["prompt_tokens"] = 9007199254740993  # 2**53 + 1: BigInt columns exceed a double
    day["metrics"]["total_tokens"] = day["metrics"]["prompt_tokens"] + day["metrics"]["completion_tokens"]
    big["metadata"]["total_prompt_tokens"] = day["metrics"]["prompt_tokens"]
    big["metadata"]["total_tokens"] = day["metrics"]["total_tokens"]
    for name, doc in (("langfuse_observations_v2_future_field", future), ("litellm_user_daily_activity_bigint", big)):
        with open(os.path.join(directory, name + ".json"), "w", encoding="utf-8") as f:
            json.dump(doc, f, indent=2, ensure_ascii=False)
            f.write("\n")


def run_live(vendors, binary, capture_dir=None):
    failures, count, written = [], 0, set()
    for name, (status, doc), expected in probe(binary):
        count += 1
        if status != expected:
            failures.append("%s: status %d, expected %d: %s" % (name, status, expected, json.dumps(doc)[:300]))
            continue
        failures += check(vendors, name, doc)
        if capture_dir and name not in written:
            written.add(name)
            with open(os.path.join(capture_dir, name + ".json"), "w", encoding="utf-8") as f:
                json.dump(doc, f, indent=2, ensure_ascii=False)
                f.write("\n")
    if capture_dir:
        make_edge_fixtures(capture_dir)
        missing = sorted(set(CHECKS) - set(written) - {"langfuse_observations_v2_future_field",
                                                       "litellm_user_daily_activity_bigint"})
        if missing:
            failures.append("no answer captured for " + ", ".join(missing))
    return count, failures


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--specs", required=True)
    parser.add_argument("--overlay", required=True)
    parser.add_argument("mode", choices=["fixtures", "live", "capture"])
    parser.add_argument("args", nargs="+")
    a = parser.parse_args()
    vendors = vendorschemas.load(a.specs, a.overlay)
    if a.mode == "fixtures":
        count, failures = run_fixtures(vendors, a.args[0])
        what = "fixtures"
    else:
        count, failures = run_live(vendors, a.args[0], a.args[1] if a.mode == "capture" else None)
        what = "live answers of keel-connector-double"
    for line in failures:
        print("FAIL: " + line)
    print("%d %s checked against Langfuse 4.16.0 / LiteLLM 1.96.0 (+ vendor-overlay.json), %d failures"
          % (count, what, len(failures)))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
