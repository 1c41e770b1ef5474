"""Truth files exactly as the C# generator serialises `TruthDocument` (ContractJson): camelCase,
every field present, nulls written, derived-record fields (family, expectedFlags) first,
two-space indentation, non-ASCII letters unescaped, no trailing newline."""
import hashlib
import json


def municipality(name, code):
    return {"name": name, "code": code, "kind": "kommun"}


def document(kind, title, **fields):
    doc = {
        "family": "libreoffice",
        "expectedFlags": [],
        "sha256": None,
        "path": None,
        "documentType": kind,
        "error": None,
        "title": title,
        "frameworkVersion": None,
        "municipality": None,
        "year": None,
        "month": None,
        "reportDate": None,
        "evaluators": [],
        "evaluationRound": None,
        "ocr": False,
        "total": None,
        "nationalMeanTotal": None,
        "areas": [],
        "flags": [],
    }
    for key, value in fields.items():
        if key not in doc:
            raise KeyError(f"not a contract field: {key}")
        doc[key] = value
    return doc


def area(number, name, score, national_mean, page, subheadings=(), strengths=(), improvements=(), questions=()):
    return {
        "number": number, "name": name, "score": score, "nationalMean": national_mean, "page": page,
        "subheadings": list(subheadings), "strengths": list(strengths), "improvements": list(improvements),
        "questions": [{"id": q[0], "text": q[1], "score": q[2], "max": q[3], "percent": q[4], "page": q[5]} for q in questions],
    }


def finish(doc, pdf_bytes, path):
    doc = dict(doc)
    doc["sha256"] = hashlib.sha256(pdf_bytes).hexdigest()
    doc["path"] = path
    return json.dumps(doc, ensure_ascii=False, indent=2)
