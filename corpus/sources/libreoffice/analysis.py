"""A full KommunKompassen analysis in a word-processor layout of its own.

Fixed page plan (each part starts on a new page, so the truth knows its pages before LibreOffice
lays it out; build.py checks them against pdftotext afterwards):
  1 cover · 2 contents · 3 "Vad är Kommunkompassen?" · 4 summary with Tabell 1 ·
  5–12 one page per area · 13–16 the question tables, two areas per page.
"""
import datetime

import scores
import truth
from fodt import Document

SUMMARY_PAGE = 4
PAGES = 16
MONTHS = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december"]


def table_page(area_number):
    return 13 + (area_number - 1) // 2


def section_page(area_number):
    return 4 + area_number


def render(data, catalog, code):
    qset = next(s for s in catalog["questionSets"] if s["name"] == "2016")
    names = {a["number"]: a["name"] for a in catalog["areas"]}
    subheadings = {a["number"]: a["subheadings"] for a in catalog["areas"]}
    year, place, printed = data["year"], data["municipality"], data["printedName"]
    first, last = (datetime.date.fromisoformat(d) for d in data["visit"])
    month = MONTHS[first.month - 1]
    title = f"KommunKompassen Analys av {printed} {year}"
    evaluators = " och ".join(f"{n}, {o}" for n, o in data["evaluators"])

    areas = []
    for a in data["areas"]:
        questions = [q for q in qset["questions"] if q["area"] == a["number"]]
        rows = scores.question_rows(questions, a["unrounded"])
        areas.append({"number": a["number"], "name": names[a["number"]], "score": scores.area_score(questions, a["unrounded"]),
                      "rows": rows, "source": a, "subheadings": subheadings[a["number"]]})
    total = sum(a["score"] for a in areas)
    means = data["nationalMeans"]
    problems = scores.contract_flags(areas, total)
    if problems:
        raise SystemExit(f"{data['file']}: the numbers would raise flags {problems}")

    doc = Document("Sveriges Kommuner och Landsting", data["reportDate"], title)
    doc.cover(title, [f"Utvärderare: {evaluators}", f"Rapport {data['reportDate']}"])

    doc.heading("Innehåll", new_page=True)
    contents = [("1 Vad är Kommunkompassen?", 3), (f"2 {printed}: En sammanfattande genomgång", 4), ("3 Genomgång utifrån de åtta huvudområdena", 5)]
    contents += [(f"Område {a['number']} {a['name']}", section_page(a["number"])) for a in areas]
    contents += [("4 Översikt av poängfördelning", 13)]
    doc.table([13.0, 3.0], ["Avsnitt", "Sida"], [[t, str(p)] for t, p in contents])

    doc.heading("1 Vad är Kommunkompassen?", new_page=True)
    doc.paragraph("Kommunkompassen är ett verktyg för utvärdering och analys av kommuners sätt att arbeta. Verktyget togs fram i Norden och har använts av Sveriges Kommuner och Landsting sedan 2002. Det reviderades 2010 och frågorna uppdaterades 2016.")
    doc.paragraph("Utvärderarna hämtar information från tre källor: intervjuer, officiella dokument och kommunens webbsida. Resultatet redovisas i en rapport med en poängbedömning och en kvalitativ beskrivning av kommunens styrkor och förbättringsområden. Bedömningen görs inom åtta huvudområden:")
    doc.bullets([a["name"] for a in areas])
    doc.paragraph("Kommunkompassen utvärderar inte verksamhetens resultat utan sättet att leda den och sättet att samspela i organisationen. Varje område kan ge högst 100 poäng.")

    doc.heading(f"2 {printed}: En sammanfattande genomgång", new_page=True)
    doc.heading("Utvärderingen", 2)
    doc.paragraph(f"Utvärderingen av {printed} genomfördes i {month} {year} med platsbesök den {first.day}–{last.day} {month} och var kommunens {data['round']} utvärdering enligt Kommunkompassen. Utvärderarna har studerat dokument, granskat kommunens webbsida och intervjuat {data['interviews']} personer: politiker, ledande tjänstemän, chefer, stödfunktioner och fackliga företrädare.")
    doc.heading("Sammanfattning av resultat", 2)
    doc.paragraph(f"{printed} får {total} poäng av 800 möjliga. Kommunen ligger över det nationella medelvärdet inom flera områden och har sina främsta förbättringsområden inom ständiga förbättringar och samverkan med civilsamhället.")
    rows = [[f"{a['number']}. {a['name']}", str(a["score"]), str(m)] for a, m in zip(areas, means)]
    rows.append(["TOTALT", str(total), str(sum(means))])
    doc.table([10.5, 2.75, 2.75], ["Område", f"{place} {year}", data["nationalMeanLabel"]], rows,
              caption=f"Tabell 1 {printed} {year} i förhållande till Kommunkompassens huvudområden och ett nationellt medelvärde beräknat från 2010 och framåt.", bold_last=True)

    for a in areas:
        if a["number"] == 1:
            doc.heading("3 Genomgång utifrån de åtta huvudområdena", new_page=True)
            doc.heading(f"Område 1 {a['name']}", 2)
        else:
            doc.heading(f"Område {a['number']} {a['name']}", 2, new_page=True)
        doc.label("Rubriker")
        doc.bullets(a["subheadings"])
        doc.label(f"Poäng {a['score']}")
        doc.label("ALLMÄNT")
        doc.paragraph(a["source"]["general"])
        doc.label("STYRKOR")
        doc.bullets(a["source"]["strengths"])
        doc.label("FÖRBÄTTRINGSOMRÅDEN")
        doc.bullets(a["source"]["improvements"])

    for a in areas:
        if a["number"] == 1:
            doc.heading("4 Översikt av poängfördelning", new_page=True)
            doc.paragraph(f"Nedan visas {data['genitive']} resultat fördelat på delfrågor inom respektive område.")
        elif a["number"] % 2 == 1:
            doc.page_break()
        body = [[f"{qid} {text}", str(s), str(m), f"{p}%"] for (qid, text, s, m, p) in a["rows"]]
        body.append(["Summa", str(a["score"]), "100", f"{a['score']}%"])
        doc.table([10.3, 1.9, 1.9, 1.9], [f"{a['number']}. {a['name']}", "Uppnått", "Max", "Procent"], body, bold_last=True)
        doc.paragraph("")

    contract = truth.document(
        "kommunkompassen-analysis", title,
        frameworkVersion="2010",
        municipality=truth.municipality(place, code),
        year=year, month=first.month, reportDate=data["reportDate"],
        evaluators=[n for n, _ in data["evaluators"]],
        evaluationRound=["första", "andra", "tredje"].index(data["round"]) + 1,
        total=total, nationalMeanTotal=sum(means),
        areas=[truth.area(a["number"], a["name"], a["score"], m, SUMMARY_PAGE, a["subheadings"],
                          a["source"]["strengths"], a["source"]["improvements"],
                          [(qid, text, s, mx, p, table_page(a["number"])) for (qid, text, s, mx, p) in a["rows"]])
               for a, m in zip(areas, means)])
    expectations = {"pages": PAGES, "on_page": [(SUMMARY_PAGE, "Tabell 1"), (SUMMARY_PAGE, "TOTALT")]
                    + [(section_page(a["number"]), f"Område {a['number']} {a['name']}") for a in areas]
                    + [(table_page(a["number"]), f"{r[0]} ") for a in areas for r in a["rows"]]}
    return doc.xml(), contract, expectations
