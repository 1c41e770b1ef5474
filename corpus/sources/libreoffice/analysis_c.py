"""An older-era full analysis (2002 revision, half points), designed after the parsers were written.

Pages: 1 cover · 2 "1 Inledning" (Kommunkompassen, the evaluation) · 3 "2 Sammanfattning" with
Tabell 1 · from 4 "3 Genomgång av de åtta områdena", each area on a new page (one area's
findings run over onto the next page) · then "4 Poängsammanställning", the question tables
flowing over several pages. The pages of the question rows are read back from the PDF (`locate`).

Design: Liberation Serif throughout, black with a dark red rule colour, A4 portrait; running
header "RAPPORT" · report date, footer "Kommunkompassen – Falköpings kommun" · "Sida 5 (16)";
cover "Kommun Kompassen" in two words over "FALKÖPINGS KOMMUN" and "OKTOBER 2008", then
"ANALYS AV" and the evaluators one per line; Tabell 1 with the earlier evaluation's column
before this year's ("Falköping 2004 | Falköping 2008 | Medelvärde"), its caption above it, half
points printed with a decimal comma ("55,5"), a "TOTALT" row; area headings in capitals
("OMRÅDE 4 – ANSVARSDELEGERING OCH ORGANISATION"), a borderless "Delområden | Poäng" box, the
general text without a label, "STYRKOR" and "FÖRBÄTTRINGSOMRÅDEN" as bold run-in labels of a
sentence, findings as "•" bullets that wrap; question tables "Nr | Fråga | Poäng | Max |
Procent" with half points ("12,5") and "63%", a "Summa" row.
"""
import datetime

import scores
import truth
from fodt_b import Design
from fodt_c import Document

SUMMARY_PAGE = 3
MONTHS = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december"]


def number(value):
    """A score as printed: whole points as integers, half points with a decimal comma; for the truth
    an int or a float."""
    value = float(value)
    if value * 2 != int(value * 2):
        raise SystemExit(f"{value} is not a whole or half point")
    return (str(int(value)), int(value)) if value == int(value) else (f"{value:.1f}".replace(".", ","), value)


def render(data, catalog, code):
    qset = next(s for s in catalog["questionSets"] if s["name"] == data["questionSet"])
    known = {a["number"]: [a["name"]] + a.get("variants", []) for a in catalog["areas"]}
    subheadings = {a["number"]: a["subheadings"] for a in catalog["areas"]}
    year, place, printed = data["year"], data["municipality"], data["printedName"]
    first, last = (datetime.date.fromisoformat(d) for d in data["visit"])
    month = MONTHS[first.month - 1]
    title_lines = ["Kommun Kompassen", printed.upper(), f"{month.upper()} {year}"]

    areas = []
    for a in data["areas"]:
        if a["name"] not in known[a["number"]]:
            raise SystemExit(f"{data['file']}: '{a['name']}' is not a name of area {a['number']} in the {catalog['revision']} catalog")
        questions = [q for q in qset["questions"] if q["area"] == a["number"]]
        # Half points are given as such: the printed score is the value itself, the percent is rounded.
        rows = [(qid, text, number(a["points"][qid])[1], m, p) for (qid, text, _, m, p) in scores.question_rows(questions, a["points"])]
        score = number(sum(a["points"][q["id"]] for q in questions))[1]
        areas.append({"number": a["number"], "name": a["name"].upper(), "summaryName": a["name"], "rows": rows,
                      "score": score, "source": a, "subheadings": subheadings[a["number"]]})
    total = number(sum(a["score"] for a in areas))[1]
    means = data["nationalMeans"]
    earlier = data["earlier"]
    problems = scores.contract_flags(areas, total)
    if problems:
        raise SystemExit(f"{data['file']}: the numbers would raise flags {problems}")

    design = Design(21, 29.7, (1.6, 2.4, 1.6, 2.6), "Liberation Serif", "Liberation Serif", 11.5, "#5a1a1a",
                    header=("RAPPORT", data["reportDate"]),
                    footer=(f"Kommunkompassen – {printed}", "Sida {page} ({pages})"))
    doc = Document(design, " ".join(title_lines))
    doc.cover(title_lines, [("ANALYS AV", "CoverBig")] + [(f"{n}, {o}", "Cover") for n, o in data["evaluators"]])

    doc.heading("1 Inledning", new_page=True)
    doc.heading("Vad är Kommunkompassen?", 3)
    for text in data["about"]:
        doc.paragraph(text)
    doc.heading("Utvärderingen", 3)
    doc.paragraph(f"Utvärderingen av {printed} genomfördes den {first.day}–{last.day} {month} {year} och är kommunens {data['round']} utvärdering enligt Kommunkompassen; den förra gjordes {data['earlierYear']}. "
                  f"Utvärderarna har läst styrdokument, budget, årsredovisning och nämndernas verksamhetsberättelser, granskat kommunens webbplats och intervjuat {data['interviews']} personer: "
                  "förtroendevalda från både majoritet och opposition, kommunchefen, förvaltningschefer, enhetschefer, medarbetare och fackliga företrädare.")
    doc.paragraph("Rapporten följer Kommunkompassens åtta områden. För varje område redovisas de delområden som har bedömts, poängen, en allmän beskrivning av området och de styrkor och förbättringsområden som utvärderarna vill lyfta fram. I slutet av rapporten finns en sammanställning av poängen fråga för fråga.")

    doc.heading("2 Sammanfattning", new_page=True)
    words = ["inget", "ett", "två", "tre", "fyra", "fem", "sex", "sju", "samtliga"]
    better = sum(1 for a, e in zip(areas, earlier) if a["score"] > e)
    above = sum(1 for a, m in zip(areas, means) if a["score"] > m)
    doc.paragraph(f"{printed} får {number(total)[0]} poäng av 800 möjliga. Vid utvärderingen {data['earlierYear']} fick kommunen {number(sum(earlier))[0]} poäng. "
                  f"Kommunen har förbättrat sig inom {words[better]} av de åtta områdena och ligger över medelvärdet för de kommuner som har utvärderats inom {words[above]}.")
    doc.paragraph(f"Tabell 1. Poäng per område för {printed} {data['earlierYear']} och {year} samt medelvärdet för utvärderade kommuner.", "PlainLabel")
    rows = [[f"{a['number']}. {a['summaryName']}", number(e)[0], number(a["score"])[0], number(m)[0]] for a, e, m in zip(areas, earlier, means)]
    rows.append(["TOTALT", number(sum(earlier))[0], number(total)[0], number(sum(means))[0]])
    doc.table([8.2, 2.8, 2.8, 2.6], ["Område", f"{place} {data['earlierYear']}", f"{place} {year}", "Medelvärde"], rows,
              align=["start", "center", "center", "center"], bold=(len(rows) - 1,), repeat_header=False)
    doc.paragraph("Högsta möjliga poäng är 100 per område. Poängen sätts i halva poäng. Medelvärdet avser de kommuner som har utvärderats med samma version av Kommunkompassen.", "Note")
    for text in data["summary"]:
        doc.paragraph(text)

    doc.heading("3 Genomgång av de åtta områdena", new_page=True)
    for i, a in enumerate(areas):
        doc.heading(f"OMRÅDE {a['number']} – {a['name']}", 2, new_page=i > 0)
        doc.box([11.0, 5.0], ["Delområden", "Poäng"], [a["subheadings"], [number(a["score"])[0]]], align=["start", "end"])
        for text in a["source"]["general"]:
            doc.paragraph(text)
        doc.rich([("STYRKOR", True), (" – " + data["strengthsLead"], False)], "RunInPara")
        doc.items(a["source"]["strengths"], "Plain")
        doc.rich([("FÖRBÄTTRINGSOMRÅDEN", True), (" – " + data["improvementsLead"], False)], "RunInPara")
        doc.items(a["source"]["improvements"], "Plain")

    doc.heading("4 Poängsammanställning", new_page=True)
    doc.paragraph("Tabellerna visar hur poängen inom varje område fördelar sig på frågorna. Poängen sätts i hela eller halva poäng; procenten anger andelen av frågans maxpoäng.")
    for a in areas:
        doc.paragraph(f"{a['number']}. {a['summaryName']}", "PlainLabel")
        body = [[qid, text, number(s)[0], str(m), f"{p}%"] for (qid, text, s, m, p) in a["rows"]]
        body.append(["", "Summa", number(a["score"])[0], "100", f"{scores.rounded(a['score'])}%"])
        doc.table([1.0, 10.4, 1.7, 1.5, 1.8], ["Nr", "Fråga", "Poäng", "Max", "Procent"], body,
                  align=["start", "start", "end", "end", "end"], bold=(len(body) - 1,))

    contract = truth.document(
        "kommunkompassen-analysis", " ".join(title_lines),
        family="libreoffice-unseen-2",
        frameworkVersion=catalog["revision"],
        municipality=truth.municipality(place, code),
        year=year, month=first.month, reportDate=data["reportDate"],
        evaluators=[n for n, _ in data["evaluators"]],
        evaluationRound=["första", "andra", "tredje"].index(data["round"]) + 1,
        total=total, nationalMeanTotal=number(sum(means))[1],
        areas=[truth.area(a["number"], a["name"], a["score"], number(m)[1], SUMMARY_PAGE, a["subheadings"],
                          a["source"]["strengths"], a["source"]["improvements"],
                          [(qid, text, s, mx, p, None) for (qid, text, s, mx, p) in a["rows"]])
               for a, m in zip(areas, means)])
    expectations = {"pages": None,
                    "on_page": [(1, "Kommun Kompassen"), (SUMMARY_PAGE, "Tabell 1."), (SUMMARY_PAGE, "TOTALT " + " ".join([number(sum(earlier))[0], number(total)[0], number(sum(means))[0]]))]
                    + [(SUMMARY_PAGE, f"{a['number']}. {a['summaryName']} {number(e)[0]} {number(a['score'])[0]} {number(m)[0]}") for a, e, m in zip(areas, earlier, means)],
                    "locate": lambda pages: locate(contract, pages)}
    return doc.xml(), contract, expectations


def locate(contract, pages):
    """Sets each question row's page from the PDF text and checks what the layout promises: each
    area starts a page after the summary, at least one area's findings run onto the next page, at
    least one question table breaks over a page end."""
    flat = [" ".join(p.split()) for p in pages]
    start = next(i for i, p in enumerate(flat) if "4 Poängsammanställning" in p and "Tabellerna visar" in p)
    checks, split_tables, split_lists = [], 0, 0
    for area in contract["areas"]:
        heading = f"OMRÅDE {area['number']} – {area['name']}"
        begin = next(i for i in range(SUMMARY_PAGE, start) if heading in flat[i])
        checks.append((begin + 1, heading))
        for q in area["questions"]:
            # By its text: pdftotext may read a page's repeated header row and the ids apart from it.
            q["page"] = next(i + 1 for i in range(start, len(flat)) if q["text"] in flat[i])
            checks.append((q["page"], q["text"]))
        split_tables += len({q["page"] for q in area["questions"]}) > 1
        findings = area["strengths"] + area["improvements"]
        split_lists += len({next(i for i in range(begin, start) if item in flat[i]) for item in findings}) > 1
    if not split_tables or not split_lists:
        raise SystemExit(f"layout changed: {split_tables} question tables and {split_lists} areas' findings run over a page end; the README promises both")
    return checks
