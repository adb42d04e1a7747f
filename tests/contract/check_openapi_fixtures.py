#!/usr/bin/env python3
"""Keeps docs/platform-api.yaml honest: every golden fixture must validate against the schema the
OpenAPI document gives its response, a mutated fixture must not, and every path of the contract
must be in the document.  Usage: check_openapi_fixtures.py platform-api.yaml fixtures-dir"""
import copy
import json
import os
import sys

import jsonschema
import yaml

PATHS = [
    "/v1/whoami", "/v1/telemetry/requests", "/v1/telemetry/traces/{correlation_id}", "/v1/telemetry/series",
    "/v1/spend", "/v1/budgets", "/v1/slos", "/v1/slos/{id}/status", "/v1/review/queues", "/v1/review/items",
    "/v1/review/items/{id}", "/v1/review/items/{id}/claim", "/v1/review/items/{id}/lease/renew",
    "/v1/review/items/{id}/lease/release", "/v1/review/items/{id}/decision", "/v1/review/feedback", "/metrics",
]


def main(spec_path, fixtures):
    spec = yaml.safe_load(open(spec_path, encoding="utf-8"))
    components = {"schemas": spec["components"]["schemas"]}
    failures = []

    def schema(name):
        return {"$ref": "#/components/schemas/" + name, "components": components}

    def page(item, **extra):
        s = {"components": components, "allOf": [
            {"$ref": "#/components/schemas/PageEnvelope"},
            {"type": "object", "properties": {"items": {"type": "array", "items": {"$ref": "#/components/schemas/" + item}}}}]}
        if extra:
            s["allOf"].append(extra)
        return s

    checks = {
        "whoami": schema("Identity"), "requests": page("RequestRecord"), "trace": schema("Trace"),
        "series": schema("SeriesResponse"), "spend": page("SpendRow", required=["currency"]),
        "budgets": page("Budget"), "slos": page("Slo"), "slo_status": schema("SloStatus"),
        "queues": page("ReviewQueue"), "items": page("ReviewItem"), "item": schema("ReviewItem"),
        "lease": schema("Lease"), "decision": schema("Decision"), "receipt": schema("DecisionReceipt"),
        "feedback": schema("FeedbackRecord"),
    }
    for status in ("401", "403", "404", "409", "422"):
        checks["problem_" + status] = schema("Problem")

    listed = sorted(f[:-5] for f in os.listdir(fixtures) if f.endswith(".json"))
    if listed != sorted(checks):
        failures.append("fixtures without a schema check or checks without a fixture: %s vs %s" % (listed, sorted(checks)))

    for name, s in checks.items():
        validator = jsonschema.Draft202012Validator(s)
        with open(os.path.join(fixtures, name + ".json"), encoding="utf-8") as f:
            doc = json.load(f)
        for error in validator.iter_errors(doc):
            failures.append("%s.json at %s: %s" % (name, "/".join(map(str, error.path)), error.message[:200]))
        # The schema must have teeth: a required member of the wrong type is refused.
        bad = copy.deepcopy(doc)
        target = bad["items"][0] if isinstance(bad.get("items"), list) and bad["items"] else bad
        key = sorted(target)[0]
        target[key] = {"not": "what the schema says"}
        if validator.is_valid(bad):
            failures.append("%s: the schema accepts an object in member %r" % (name, key))

    for path in PATHS:
        if path not in spec["paths"]:
            failures.append("docs/platform-api.yaml lacks path " + path)

    for line in failures:
        print("FAIL: " + line)
    print("%d fixtures checked against %s, %d failures" % (len(checks), os.path.basename(spec_path), len(failures)))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
