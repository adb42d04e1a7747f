"""The vendors' response schemas as JSON Schema, for checking fixtures and keel-connector-double's
answers: Langfuse 4.16.0's OpenAPI 3.0 document (nullable converted to JSON Schema null types),
LiteLLM 1.96.0's OpenAPI 3.1 document as it is, and the Keel-owned overlay for what the vendors
leave untyped (schemas/vendor-overlay.json, with its provenance).

Besides validation it reports members a schema does not declare: the vendor documents never say
additionalProperties: false, so without this check a misspelt or invented field would pass."""
import copy
import json
import os
import re

import jsonschema
import yaml

_RFC3339 = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$")
FORMATS = jsonschema.FormatChecker(formats=())


@FORMATS.checks("date-time")
def _is_datetime(value):
    return not isinstance(value, str) or bool(_RFC3339.match(value))


def _nullable_to_null(node):
    """OpenAPI 3.0 'nullable: true' becomes a JSON Schema null alternative."""
    if isinstance(node, list):
        return [_nullable_to_null(x) for x in node]
    if not isinstance(node, dict):
        return node
    out = {k: (_nullable_to_null(v) if k != "properties" else {p: _nullable_to_null(s) for p, s in v.items()})
           for k, v in node.items()}
    if out.get("nullable") is True:
        del out["nullable"]
        simple = "type" in out and not any(k in out for k in ("$ref", "allOf", "oneOf", "anyOf"))
        if simple:
            out["type"] = [out["type"], "null"] if isinstance(out["type"], str) else out["type"] + ["null"]
            if "enum" in out:
                out["enum"] = out["enum"] + [None]
            return out
        return {"anyOf": [out, {"type": "null"}]}
    out.pop("nullable", None)
    return out


class Vendor:
    """One vendor's document: components, path responses and overlay entries."""

    def __init__(self, name, spec, overlay):
        self.name = name
        self.spec = spec
        self.components = {"schemas": spec["components"]["schemas"]}
        self.overlay = overlay
        self.defs = overlay.get("$defs", {})

    def _root(self, schema):
        return dict(schema, components=self.components, **{"$defs": self.defs})

    def response_schema(self, method, path, status):
        """The document's schema for a response, or None when it types nothing (schema {} or a bare object)."""
        op = self.spec["paths"][path][method.lower()]
        content = op["responses"][str(status)].get("content", {}).get("application/json", {})
        schema = content.get("schema", {})
        if not schema or (schema.get("type") == "object" and "properties" not in schema and "$ref" not in schema):
            return None
        return self._root(schema)

    def overlay_schema(self, key):
        return self._root(self.overlay[key])

    def component(self, name):
        return self._root({"$ref": "#/components/schemas/" + name})


def load(specs_dir, overlay_path):
    with open(overlay_path, encoding="utf-8") as f:
        overlay = json.load(f)
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    with open(os.path.join(specs_dir, "langfuse-openapi.yml"), encoding="utf-8") as f:
        langfuse = _nullable_to_null(yaml.load(f, Loader=loader))
    with open(os.path.join(specs_dir, "litellm-openapi.json"), encoding="utf-8") as f:
        litellm = json.load(f)
    return {"langfuse": Vendor("langfuse", langfuse, overlay["langfuse"]),
            "litellm": Vendor("litellm", litellm, overlay["litellm"])}


def validator(schema):
    return jsonschema.Draft202012Validator(schema, format_checker=FORMATS)


def errors(schema, doc):
    return ["at /%s: %s" % ("/".join(map(str, e.absolute_path)), e.message[:240])
            for e in validator(schema).iter_errors(doc)]


def _resolve(root, schema):
    seen = 0
    while isinstance(schema, dict) and "$ref" in schema and seen < 50:
        ref = schema["$ref"]
        rest = {k: v for k, v in schema.items() if k != "$ref"}
        node = root
        for part in ref.lstrip("#/").split("/"):
            node = node[part]
        schema = dict(node, **rest) if rest else node
        seen += 1
    return schema


def _branch_valid(root, sub, instance):
    return validator(dict(sub, components=root.get("components"), **{"$defs": root.get("$defs", {})})).is_valid(instance)


def _declared(root, schema, instance):
    """Names a schema declares for an object instance, whether it is open, and each name's schemas."""
    schema = _resolve(root, schema)
    if not isinstance(schema, dict) or schema is True:
        return set(), True, {}
    names, props, open_ = set(), {}, False
    keys = set(schema) - {"title", "description", "$comment", "default", "examples", "components", "$defs"}
    if not keys:
        return set(), True, {}  # {}: anything
    extra = schema.get("additionalProperties")
    if extra not in (None, False) or "patternProperties" in schema:
        open_ = True
    if extra is None and not any(k in schema for k in ("properties", "allOf", "oneOf", "anyOf", "$ref")):
        open_ = True  # {type: object} alone is a free-form object
    for name, sub in schema.get("properties", {}).items():
        names.add(name)
        props.setdefault(name, []).append(sub)
    for sub in schema.get("allOf", []):
        n, o, p = _declared(root, sub, instance)
        names |= n
        open_ = open_ or o
        for k, v in p.items():
            props.setdefault(k, []).extend(v)
    for key in ("oneOf", "anyOf"):
        for sub in schema.get(key, []):
            if _branch_valid(root, sub, instance):
                n, o, p = _declared(root, sub, instance)
                names |= n
                open_ = open_ or o
                for k, v in p.items():
                    props.setdefault(k, []).extend(v)
    return names, open_, props


def _items(root, schema, instance):
    schema = _resolve(root, schema)
    if not isinstance(schema, dict):
        return []
    found = [schema["items"]] if isinstance(schema.get("items"), dict) else []
    for key in ("allOf", "oneOf", "anyOf"):
        for sub in schema.get(key, []):
            if key == "allOf" or _branch_valid(root, sub, instance):
                found += _items(root, sub, instance)
    return found


def undeclared(root, doc, schema=None, path=""):
    """Members of doc that no schema on their path declares."""
    schema = root if schema is None else schema
    out = []
    if isinstance(doc, dict):
        names, open_, props = _declared(root, schema, doc)
        for key, value in doc.items():
            if not open_ and key not in names:
                out.append("%s/%s" % (path, key))
            for sub in props.get(key, []):
                out += undeclared(root, value, sub, "%s/%s" % (path, key))
    elif isinstance(doc, list):
        subs = _items(root, schema, doc)
        for i, value in enumerate(doc):
            for sub in subs:
                out += undeclared(root, value, sub, "%s/%d" % (path, i))
    return sorted(set(out))


def has_teeth(schema, doc):
    """True when replacing some member (of the first element, for a list or a data/results page)
    with a value of the wrong type makes doc invalid: the schema checks something."""
    def target_of(d):
        if isinstance(d, list):
            return d[0] if d else None
        for key in ("data", "results", "items"):
            if isinstance(d, dict) and isinstance(d.get(key), list) and d[key]:
                return d[key][0]
        return d

    v = validator(schema)
    target = target_of(doc)
    if not isinstance(target, dict):
        return not v.is_valid({"not": "what the schema says"})
    for key in sorted(target):
        bad = copy.deepcopy(doc)
        target_of(bad)[key] = {"not": "what the schema says"}
        if not v.is_valid(bad):
            return True
    return False
