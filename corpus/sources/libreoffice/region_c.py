"""A Regionkompassen report for a region, designed after the parsers were written.

Pages: 1 cover · 2 "Sammanfattning" (text only, no table) · 3 "Om Regionkompassen och
utvärderingen" · from 4 "Områdena" flowing without page breaks · last page "Poängsammanställning"
with the only score table, *at the end*: "Tabell 2" (there is no Tabell 1 in the document),
"Nr | Område | Region Östergötland | Snitt regioner | Högsta", a "Totalt" row. The area pages
are therefore read back from the PDF (`locate`).

Design: Liberation Sans 10 pt, A4 portrait with a wide left margin, green accent; header
"Sveriges Kommuner och Landsting" · report date, footer "Regionkompassen 2017 · Region
Östergötland" · "Sida 5" (no page count); cover "Regionkompassen" over "Region Östergötland
2017", no month; areas headed "Område 6. Regionen som arbetsgivare – personalpolitik" (the
region's wording of areas 6 and 8), the section score right-aligned as "Poäng: 64 av 100", no
sub-area list, "Styrkor" and "Förbättringsområden" as shaded label bars, findings marked "▪".
No question tables: the region was scored per area. Scores follow the 2010 revision.
"""
import datetime

import scores
import truth
from fodt_b import Design
from fodt_c import Document

MONTHS = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december"]


def render(data, catalog, code):
    known = {a["number"]: [a["name"]] + a.get("variants", []) for a in catalog["areas"]}
    for a in data["areas"]:
        names = known[a["number"]] + [n.replace("Kommunen", "Regionen").replace("Kommun ", "Region ") for n in known[a["number"]]]
        if a["name"] not in names:
            raise SystemExit(f"{data['file']}: '{a['name']}' is not a (regional) name of area {a['number']} in the {catalog['revision']} catalog")
    year, place, printed = data["year"], data["region"], data["printedName"]
    first, last = (datetime.date.fromisoformat(d) for d in data["visit"])
    month = MONTHS[first.month - 1]
    title_lines = ["Regionkompassen", f"{printed} {year}"]
    areas = [{"number": a["number"], "name": a["name"], "score": a["score"], "rows": [], "source": a} for a in data["areas"]]
    total = sum(a["score"] for a in areas)
    means = [a["nationalMean"] for a in data["areas"]]
    problems = scores.contract_flags(areas, total)
    if problems:
        raise SystemExit(f"{data['file']}: the numbers would raise flags {problems}")

    design = Design(21, 29.7, (1.5, 1.8, 1.5, 3.4), "Liberation Sans", "Liberation Sans", 10, "#2e6b3f",
                    header=("Sveriges Kommuner och Landsting", data["reportDate"]),
                    footer=(f"Regionkompassen {year} · {printed}", "Sida {page}"))
    doc = Document(design, " ".join(title_lines))
    evaluators = " och ".join(f"{n}, {o}" for n, o in data["evaluators"])
    doc.cover(title_lines, [(data["subtitle"], "CoverBig"), (f"Utvärderare: {evaluators}", "Cover")])

    doc.heading("Sammanfattning", new_page=True)
    for text in data["summary"]:
        doc.paragraph(text)
    doc.paragraph(f"{printed} får sammanlagt {total} poäng av 800 möjliga. Poängen för varje område redovisas i slutet av rapporten, tillsammans med snittet för de landsting och regioner som har utvärderats.")

    doc.heading("Om Regionkompassen och utvärderingen", new_page=True)
    for text in data["about"]:
        doc.paragraph(text)
    doc.paragraph(f"Utvärderingen av {printed} genomfördes den {first.day}–{last.day} {month} {year} och är regionens {data['round']} utvärdering med Regionkompassen. "
                  f"Utvärderarna har intervjuat {data['interviews']} personer: förtroendevalda i regionstyrelsen och nämnderna, regiondirektören, förvaltningschefer, verksamhetschefer inom hälso- och sjukvården, medarbetare och fackliga företrädare. "
                  "De har också studerat regionplan, budget, årsredovisning, delårsrapporter och regionens webbplats.")

    doc.heading("Områdena", new_page=True)
    for a in areas:
        doc.heading(f"Område {a['number']}. {a['name']}", 2)
        doc.paragraph(f"Poäng: {a['score']} av 100", "ScoreRight")
        for text in a["source"]["general"]:
            doc.paragraph(text)
        doc.paragraph("Styrkor", "Bar")
        doc.items(a["source"]["strengths"], "Square")
        doc.paragraph("Förbättringsområden", "Bar")
        doc.items(a["source"]["improvements"], "Square")

    doc.heading("Poängsammanställning", new_page=True)
    doc.paragraph(f"Tabell 2. Poäng per område för {printed} {year}, snittet för utvärderade landsting och regioner och det högsta resultat som någon region har fått inom området.", "PlainLabel")
    rows = [[str(a["number"]), a["source"].get("tableName", a["name"]), str(a["score"]), str(m), str(a["source"]["highest"])] for a, m in zip(areas, means)]
    rows.append(["", "Totalt", str(total), str(sum(means)), "–"])
    doc.table([1.0, 7.6, 2.8, 2.4, 2.0], ["Nr", "Område", printed, "Snitt regioner", "Högsta"], rows,
              align=["start", "start", "center", "center", "center"], shade=(len(rows) - 1,), bold=(len(rows) - 1,), repeat_header=False)
    doc.paragraph(data["closing"])

    contract = truth.document(
        "regionkompassen", " ".join(title_lines),
        family="libreoffice-unseen-2",
        frameworkVersion=catalog["revision"],
        municipality={"name": place, "code": code, "kind": "region"},
        year=year, month=first.month, reportDate=data["reportDate"],
        evaluators=[n for n, _ in data["evaluators"]],
        evaluationRound=["första", "andra", "tredje"].index(data["round"]) + 1,
        total=total, nationalMeanTotal=sum(means),
        areas=[truth.area(a["number"], a["name"], a["score"], m, None,
                          strengths=a["source"]["strengths"], improvements=a["source"]["improvements"]) for a, m in zip(areas, means)])
    expectations = {"pages": None, "on_page": [(1, " ".join(title_lines))], "locate": lambda pages: locate(contract, pages, printed)}
    return doc.xml(), contract, expectations


def locate(contract, pages, printed):
    """The summary table is on the last page: every area's page is that page. Checks that its rows
    are printed there and that at least one findings list runs over a page end."""
    flat = [" ".join(p.split()) for p in pages]
    last = len(flat)
    checks = [(last, "Tabell 2."), (last, f"Totalt {contract['total']} {contract['nationalMeanTotal']}")]
    split = 0
    for area in contract["areas"]:
        area["page"] = last
        checks.append((last, f"{area['number']} "))
        checks.append((last, f"{area['score']} {area['nationalMean']}"))
        split += len({next(i for i in range(3, last - 1) if item in flat[i]) for item in area["strengths"] + area["improvements"]}) > 1
    if "Tabell 2." in " ".join(flat[:-1]) or not split:
        raise SystemExit(f"layout changed: the table is not on the last page alone, or no area's findings run over a page end ({split})")
    return checks
