"""An "Återkoppling" as a slide deck (16:9, landscape), designed after the parsers were written.

One slide per page: 1 title slide · 2 "Utvärderingen" · 3 "Resultat per område", the scores as
a horizontal table (areas as numbered columns, a legend of the area names below) · 4–11 one
slide per area, "Område N: <name>", the score beside the national mean, strengths (✓) and
areas for improvement (→) side by side in two columns · 12 "Hur går vi vidare?". DejaVu Sans,
a footer with the report date and the slide number only. The area names are the catalog's
printed variants of the 2016 question set ("Ständiga förbättringar", ...).
"""
import datetime

import scores
import truth
from fodt_b import Design, Document

SUMMARY_PAGE = 3
PAGES = 12
MONTHS = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december"]


def render(data, catalog, code):
    known = {a["number"]: [a["name"]] + a.get("variants", []) for a in catalog["areas"]}
    for a in data["areas"]:
        if a["name"] not in known[a["number"]]:
            raise SystemExit(f"{data['file']}: '{a['name']}' is not a name of area {a['number']} in the {catalog['revision']} catalog")
    year, place, printed = data["year"], data["municipality"], data["printedName"]
    first, last = (datetime.date.fromisoformat(d) for d in data["visit"])
    month = MONTHS[first.month - 1]
    title_lines = ["Återkoppling Kommunkompassen", printed]
    areas = [{"number": a["number"], "name": a["name"], "score": a["score"], "rows": [], "source": a} for a in data["areas"]]
    total = sum(a["score"] for a in areas)
    problems = scores.contract_flags(areas, total)
    if problems or data["nationalMeanTotal"] != sum(a["nationalMean"] for a in data["areas"]):
        raise SystemExit(f"{data['file']}: the numbers would raise flags {problems} or the mean total is not the sum")

    design = Design(25.4, 14.29, (0.8, 1.5, 0.6, 1.5), "DejaVu Sans", "DejaVu Sans", 13, "#7a1f3d",
                    footer=(f"Kommunkompassen · {printed} · {data['reportDate']}", "{page}"))
    doc = Document(design, " ".join(title_lines))
    doc.cover(title_lines, [(f"{first.day}–{last.day} {month} {year}", "CoverBig")]
              + [(f"{n}, {o}", "Cover") for n, o in data["evaluators"]])

    doc.heading("Utvärderingen", new_page=True)
    names = " och ".join(f"{n} ({o})" for n, o in data["evaluators"])
    doc.items([f"{data['genitive']} {data['round']} utvärdering enligt Kommunkompassen",
               f"Platsbesök {first.day}–{last.day} {month} {year} med {data['interviews']} intervjuer: förtroendevalda, chefer, medarbetare och fackliga företrädare",
               "Dokumentstudier och granskning av stadens webbplats",
               f"Utvärderare: {names}",
               "Den skriftliga rapporten kommer inom sex veckor"])

    doc.heading("Resultat per område", new_page=True)
    header = ["Område"] + [str(a["number"]) for a in areas] + ["Totalt"]
    rows = [[f"{place} {year}"] + [str(a["score"]) for a in areas] + [str(total)],
            [data["nationalMeanLabel"]] + [str(a["source"]["nationalMean"]) for a in areas] + [str(data["nationalMeanTotal"])]]
    doc.table([4.2] + [1.8] * 8 + [2.2], header, rows, align=["start"] + ["center"] * 9, bold=(0,))
    doc.paragraph(f"{data['nationalMeanLabel']}: medelvärdet för kommuner utvärderade sedan 2010. Högst 100 poäng per område.", "Caption")
    doc.columns()
    for a in areas:
        doc.paragraph(f"{a['number']}  {a['name']}", "Standard")
    doc.end_columns()

    for a in areas:
        doc.heading(f"Område {a['number']}: {a['name']}", new_page=True)
        doc.paragraph(f"{a['score']} poäng ({data['nationalMeanLabel']} {a['source']['nationalMean']})", "Score")
        doc.columns()
        doc.paragraph("Styrkor", "ColumnHead")
        doc.items(a["source"]["strengths"], "Check")
        doc.paragraph("Förbättringsområden", "ColumnHeadBreak")
        doc.items(a["source"]["improvements"], "Arrow")
        doc.end_columns()

    doc.heading("Hur går vi vidare?", new_page=True)
    doc.items(["Den skriftliga rapporten redovisar poängen fråga för fråga",
               "Förbättringsområdena förs in i stadens utvecklingsplan",
               "En ny utvärdering om tre till fyra år visar utvecklingen"])

    contract = truth.document(
        "kommunkompassen-feedback", " ".join(title_lines),
        family="libreoffice-unseen",
        frameworkVersion=catalog["revision"],
        municipality=truth.municipality(place, code),
        year=year, month=first.month, reportDate=data["reportDate"],
        evaluators=[n for n, _ in data["evaluators"]],
        evaluationRound=["första", "andra", "tredje"].index(data["round"]) + 1,
        total=total, nationalMeanTotal=data["nationalMeanTotal"],
        areas=[truth.area(a["number"], a["name"], a["score"], a["source"]["nationalMean"], SUMMARY_PAGE,
                          strengths=a["source"]["strengths"], improvements=a["source"]["improvements"]) for a in areas])
    expectations = {"pages": PAGES, "on_page": [(1, " ".join(title_lines)), (SUMMARY_PAGE, "Totalt"), (SUMMARY_PAGE, f"{place} {year}")]
                    + [(3 + a["number"], f"Område {a['number']}: {a['name']}") for a in areas]}
    return doc.xml(), contract, expectations
