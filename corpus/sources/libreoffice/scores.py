"""Printed numbers from unrounded values, and the export contract's numeric flag rules as a check.

A question's unrounded value u (points out of max m) is printed as its score round(u) and percent
round(100·u/m); an area's score is round(Σu) and the total TOTALT is the sum of the printed area
scores. Rounding is half away from zero, as Swedish reports (and SwedishFormat in C#) print it.
"""
from decimal import Decimal, ROUND_HALF_UP


def rounded(value):
    """Half away from zero, to an integer."""
    return int(Decimal(str(value)).quantize(Decimal("1"), rounding=ROUND_HALF_UP))


def question_rows(questions, unrounded):
    """[(id, text, score, max, percent)] for one area; `unrounded` maps id -> u."""
    rows = []
    for q in questions:
        u = unrounded[q["id"]]
        if not 0 <= u <= q["max"]:
            raise ValueError(f"question {q['id']}: {u} is outside 0..{q['max']}")
        rows.append((q["id"], q["text"], rounded(u), q["max"], rounded(100 * u / q["max"])))
    return rows


def area_score(questions, unrounded):
    return rounded(sum(unrounded[q["id"]] for q in questions))


def contract_flags(areas, total):
    """The numeric flags of export-v1.md that these printed numbers would raise ([] when clean).

    `areas`: [{"number", "score", "rows": [(id, text, s, m, p)]}]; `total`: the printed TOTALT.
    """
    flags = []
    for area in areas:
        low = high = 0.0
        for (qid, _, s, m, p) in area["rows"]:
            if abs(s - p * m / 100) > 0.5 + 0.005 * m:
                flags.append(("percent-mismatch", area["number"], qid))
            if s < 0 or s > m or p > 100:
                flags.append(("score-out-of-range", area["number"], qid))
            lo, hi = s - 0.5, s + 0.5
            if abs(s - p * m / 100) <= 0.5 + 0.005 * m:
                lo, hi = max(lo, p * m / 100 - 0.005 * m), min(hi, p * m / 100 + 0.005 * m)
            low, high = low + lo, high + hi
        if area["rows"]:
            if area["score"] < low - 0.5 or area["score"] > high + 0.5:
                flags.append(("question-sum-mismatch", area["number"], None))
            if sum(r[3] for r in area["rows"]) != 100:
                flags.append(("area-max-mismatch", area["number"], None))
        if area["score"] > 100 or area["score"] < 0:
            flags.append(("score-out-of-range", area["number"], None))
    if len(areas) != 8:
        flags.append(("missing-area", None, None))
    if total is not None and total != sum(a["score"] for a in areas):
        flags.append(("total-mismatch", None, None))
    return flags
