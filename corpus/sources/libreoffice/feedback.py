"""An "Återkoppling": the feedback presented at the end of a visit. Area scores and national
means in one table on page 2, then each area's strengths and areas for improvement; no
question tables and no "Rubriker"."""
import datetime

import scores
import truth
from fodt import Document

SUMMARY_PAGE = 2
MONTHS = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december"]


def render(data, catalog, code):
    names = {a["number"]: a["name"] for a in catalog["areas"]}
    year, place, printed = data["year"], data["municipality"], data["printedName"]
    first, last = (datetime.date.fromisoformat(d) for d in data["visit"])
    month = MONTHS[first.month - 1]
    title = f"Återkoppling Kommunkompassen {printed} {year}"
    areas = [{"number": a["number"], "name": names[a["number"]], "score": a["score"], "rows": [], "source": a} for a in data["areas"]]
    total = sum(a["score"] for a in areas)
    problems = scores.contract_flags(areas, total)
    if problems:
        raise SystemExit(f"{data['file']}: the numbers would raise flags {problems}")

    doc = Document("Sveriges Kommuner och Landsting", data["reportDate"], title)
    evaluators = " och ".join(f"{n}, {o}" for n, o in data["evaluators"])
    doc.cover(title, [f"Muntlig återkoppling efter platsbesöket den {first.day}–{last.day} {month} {year}",
                      f"Utvärderare: {evaluators}", f"{place} {data['reportDate']}"])

    doc.heading("Resultat", new_page=True)
    doc.paragraph(f"Platsbesöket i {printed} genomfördes den {first.day}–{last.day} {month} {year}. Här redovisas poängen per område tillsammans med ett nationellt snitt för de kommuner som utvärderats sedan 2010. Den skriftliga rapporten följer om cirka sex veckor.")
    rows = [[f"{a['number']}. {a['name']}", str(a["score"]), str(a["source"]["nationalMean"])] for a in areas]
    rows.append(["TOTALT", str(total), str(data["nationalMeanTotal"])])
    doc.table([10.5, 2.75, 2.75], ["Område", "Poäng", data["nationalMeanLabel"]], rows, bold_last=True)

    doc.heading("Styrkor och förbättringsområden per område", new_page=True)
    for a in areas:
        doc.heading(f"{a['number']}. {a['name']}", 2)
        doc.paragraph(f"Poäng {a['score']}")
        doc.label("STYRKOR")
        doc.bullets(a["source"]["strengths"])
        doc.label("FÖRBÄTTRINGSOMRÅDEN")
        doc.bullets(a["source"]["improvements"])

    contract = truth.document(
        "kommunkompassen-feedback", title,
        frameworkVersion="2010",
        municipality=truth.municipality(place, code),
        year=year, month=first.month, reportDate=data["reportDate"],
        evaluators=[n for n, _ in data["evaluators"]],
        total=total, nationalMeanTotal=data["nationalMeanTotal"],
        areas=[truth.area(a["number"], a["name"], a["score"], a["source"]["nationalMean"], SUMMARY_PAGE,
                          strengths=a["source"]["strengths"], improvements=a["source"]["improvements"]) for a in areas])
    expectations = {"pages": None, "on_page": [(SUMMARY_PAGE, "TOTALT")] + [(SUMMARY_PAGE, f"{a['number']}. {a['name']}") for a in areas]}
    return doc.xml(), contract, expectations
