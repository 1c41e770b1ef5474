"""A full analysis on the 2020 question set, in a layout designed after the parsers were written.

Unlike `analysis.py` the text flows: areas follow one another without page breaks, so findings
lists and question tables run over page ends (the tables repeat their header row). Only the
chapters start on a new page: 1 cover · 2 contents · 3 "Om Kommunkompassen" (two columns) ·
4 "Sammanfattning" with Tabell 1 · 5– the areas · then "Poäng per fråga". The pages of the
question rows are therefore read back from the PDF (`locate`) instead of being known beforehand.

Design: Carlito throughout, a running header (municipality, report date) and a footer
("Sveriges Kommuner och Regioner", "Sida N av M"); cover with the month in words ("Mars 2022");
Tabell 1 as a shaded, fully ruled grid "Nr | Område | Poäng | Riksgenomsnitt | Skillnad" with
its caption below; area headings "3<tab>Styrning och kontroll" (no "Område"), "Poäng: 70 av 100",
Rubriker in italics, Allmänt in two columns, strengths numbered "1)", improvements marked "–";
question rows "Nr | Fråga | Poäng | Max | Andel" with the percent as "78 %".
"""
import datetime

import scores
import truth
from fodt_b import Design, Document

SUMMARY_PAGE = 4
MONTHS = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december"]


def signed(difference):
    # A real minus sign, as a typesetter (or Word's autocorrect) would print it.
    return f"+{difference}" if difference > 0 else ("±0" if difference == 0 else f"−{-difference}")


def render(data, catalog, code):
    qset = next(s for s in catalog["questionSets"] if s["name"] == data["questionSet"])
    names = {a["number"]: a["name"] for a in catalog["areas"]}
    subheadings = {a["number"]: a["subheadings"] for a in catalog["areas"]}
    year, place, printed = data["year"], data["municipality"], data["printedName"]
    first, last = (datetime.date.fromisoformat(d) for d in data["visit"])
    month = MONTHS[first.month - 1]
    title_lines = ["KommunKompassen", f"Analys av {printed}"]

    areas = []
    for a in data["areas"]:
        questions = [q for q in qset["questions"] if q["area"] == a["number"]]
        areas.append({"number": a["number"], "name": names[a["number"]], "rows": scores.question_rows(questions, a["unrounded"]),
                      "score": scores.area_score(questions, a["unrounded"]), "source": a, "subheadings": subheadings[a["number"]]})
    total = sum(a["score"] for a in areas)
    means = data["nationalMeans"]
    problems = scores.contract_flags(areas, total)
    if problems:
        raise SystemExit(f"{data['file']}: the numbers would raise flags {problems}")

    design = Design(21, 29.7, (1.4, 2.2, 1.4, 2.2), "Carlito", "Carlito", 11, "#1f4e79",
                    header=(f"KommunKompassen – {printed}", data["reportDate"]),
                    footer=("Sveriges Kommuner och Regioner", "Sida {page} av {pages}"))
    doc = Document(design, " ".join(title_lines))
    evaluators = ", ".join(f"{n} ({o})" for n, o in data["evaluators"])
    doc.cover(title_lines, [(f"{month.capitalize()} {year}", "CoverBig"), (f"Utvärderare: {evaluators}", "Cover")])

    doc.heading("Innehåll", new_page=True)
    doc.contents_line("Om Kommunkompassen", "om")
    doc.contents_line("Sammanfattning", "sammanfattning")
    doc.contents_line("Områdena ett och ett", "omraden")
    for a in areas:
        doc.contents_line(f"{a['number']} {a['name']}", f"omrade{a['number']}", level=2)
    doc.contents_line("Poäng per fråga", "fragor")

    doc.heading("Om Kommunkompassen", new_page=True, bookmark="om")
    doc.columns()
    doc.paragraph("Kommunkompassen är ett verktyg för att analysera hur en kommun styrs och leds. Det togs fram i Norden under 1990-talet och har använts av Sveriges Kommuner och Regioner, tidigare Sveriges Kommuner och Landsting, sedan 2002. År 2019 reviderades verktyget tillsammans med norska KS, och sedan 2020 bedöms kommunerna utifrån de åtta områden som den reviderade versionen anger.")
    doc.paragraph("Kommunkompassen bedömer inte verksamhetens resultat i sig utan hur kommunen arbetar för att nå dem: hur den styrs, hur den samspelar med invånarna och hur den leder och utvecklar sina verksamheter och medarbetare. Utvärderarna hämtar underlag från intervjuer, från kommunens styrdokument och rapporter och från kommunens webbplats.")
    doc.paragraph("Områdena är grupperade efter kommunens fyra roller som demokratiaktör, samhällsbyggare, välfärdsaktör och arbetsgivare. Varje område ger högst 100 poäng, och poängen sätts utifrån ett antal frågor per område med olika vikt:")
    doc.items([a["name"] for a in areas], "Dash")
    doc.paragraph("Rapporten redovisar poängen tillsammans med en kvalitativ beskrivning av kommunens styrkor och förbättringsområden. Den är tänkt som ett underlag för kommunens eget utvecklingsarbete och för jämförelser med andra kommuner som har utvärderats med samma version av verktyget.")
    doc.end_columns()

    doc.heading("Sammanfattning", new_page=True, bookmark="sammanfattning")
    doc.heading("Utvärderingen", 3)
    doc.paragraph(f"Utvärderingen av {printed} genomfördes den {first.day}–{last.day} {month} {year}. Det är den {data['round']} utvärderingen av kommunen enligt Kommunkompassen. Vi har studerat styrdokument, årsredovisning och nämndernas planer, granskat kommunens webbplats och intervjuat {data['interviews']} personer: förtroendevalda från majoritet och opposition, kommundirektören och förvaltningschefer, enhetschefer, medarbetare i stödfunktioner och fackliga företrädare.")
    doc.heading("Resultat", 3)
    above = sum(1 for a, m in zip(areas, means) if a["score"] > m)
    doc.paragraph(f"{printed} får sammanlagt {total} av 800 möjliga poäng och ligger över riksgenomsnittet inom {above} av de åtta områdena. Tabellen visar poängen per område, riksgenomsnittet för de kommuner som har utvärderats med den reviderade versionen och skillnaden mellan dem.")
    rows = [[str(a["number"]), a["name"], str(a["score"]), str(m), signed(a["score"] - m)] for a, m in zip(areas, means)]
    rows.append(["", "Totalt", str(total), str(sum(means)), signed(total - sum(means))])
    doc.table([1.0, 8.6, 2.0, 3.0, 2.0], ["Nr", "Område", "Poäng", data["nationalMeanLabel"], "Skillnad"], rows,
              align=["center", "start", "end", "end", "end"], shade=(len(rows) - 1,), bold=(len(rows) - 1,))
    doc.paragraph(f"Tabell 1. Poäng per område för {printed} {year} jämfört med riksgenomsnittet. Högsta möjliga poäng är 100 per område.", "Caption")

    doc.heading("Områdena ett och ett", new_page=True, bookmark="omraden")
    doc.paragraph("I det här avsnittet beskrivs varje område med de rubriker som har bedömts, en allmän inledning och de styrkor och förbättringsområden som utvärderarna har sett.")
    for a in areas:
        doc.heading(a["name"], 2, bookmark=f"omrade{a['number']}", number=a["number"])
        doc.paragraph(f"Poäng: {a['score']} av 100", "Score")
        doc.paragraph("Rubriker", "Label")
        for s in a["subheadings"]:
            doc.paragraph(s, "Quiet")
        doc.paragraph("Allmänt", "Label")
        doc.columns()
        for text in a["source"]["general"]:
            doc.paragraph(text)
        doc.end_columns()
        doc.paragraph("Styrkor", "Label")
        doc.items(a["source"]["strengths"], "Paren")
        doc.paragraph("Förbättringsområden", "Label")
        doc.items(a["source"]["improvements"], "Dash")

    doc.heading("Poäng per fråga", new_page=True, bookmark="fragor")
    doc.paragraph(f"Tabellerna visar {data['genitive']} poäng på varje fråga. Andelen är poängen i procent av frågans maxpoäng, beräknad före avrundning. Frågorna och deras maxpoäng är desamma för alla kommuner som utvärderas med den reviderade versionen, så att resultaten kan jämföras fråga för fråga.")
    doc.paragraph("Poängen på en fråga sätts utifrån vad utvärderarna har sett i dokument, på webbplatsen och i intervjuerna. En fråga kan ge poäng för flera delar, till exempel att det finns en strategi, att den är känd i organisationen och att den följs upp. Poängen är avrundade till hela tal, medan summan per område räknas fram ur de oavrundade värdena; därför kan raderna avvika något från summan.")
    for a in areas:
        doc.heading(a["name"], 3, number=a["number"])
        body = [[qid, text, str(s), str(m), f"{p} %"] for (qid, text, s, m, p) in a["rows"]]
        body.append(["", "Summa", str(a["score"]), "100", f"{a['score']} %"])
        doc.table([1.1, 9.9, 1.8, 1.6, 2.2], ["Nr", "Fråga", "Poäng", "Max", "Andel"], body,
                  align=["start", "start", "end", "end", "end"], shade=(len(body) - 1,), bold=(len(body) - 1,))

    contract = truth.document(
        "kommunkompassen-analysis", " ".join(title_lines),
        family="libreoffice-unseen",
        frameworkVersion=catalog["revision"],
        municipality=truth.municipality(place, code),
        year=year, month=first.month, reportDate=data["reportDate"],
        evaluators=[n for n, _ in data["evaluators"]],
        evaluationRound=["första", "andra", "tredje"].index(data["round"]) + 1,
        total=total, nationalMeanTotal=sum(means),
        areas=[truth.area(a["number"], a["name"], a["score"], m, SUMMARY_PAGE, a["subheadings"],
                          a["source"]["strengths"], a["source"]["improvements"],
                          [(qid, text, s, mx, p, None) for (qid, text, s, mx, p) in a["rows"]])
               for a, m in zip(areas, means)])
    expectations = {"pages": None, "on_page": [(SUMMARY_PAGE, "Tabell 1."), (SUMMARY_PAGE, "Totalt"), (1, f"{month.capitalize()} {year}")],
                    "locate": lambda pages: locate(contract, pages)}
    return doc.xml(), contract, expectations


def locate(contract, pages):
    """Sets each question row's page from the PDF text and checks the layout's promises.

    A row is on the first page, from the "Poäng per fråga" chapter on, whose text holds the
    question's text; rows never split (fodt_b keeps them together). Returns the on-page
    checks for build.py and fails when the text no longer runs over page ends as described."""
    flat = [" ".join(p.split()) for p in pages]
    start = next(i for i, p in enumerate(flat) if i > 1 and p.find("Poäng per fråga") >= 0 and "Tabellerna visar" in p)
    checks, split_tables, split_lists = [], 0, 0
    for area in contract["areas"]:
        for q in area["questions"]:
            q["page"] = next(i + 1 for i in range(start, len(flat)) if q["text"] in flat[i])
            checks.append((q["page"], q["id"]))
        split_tables += len({q["page"] for q in area["questions"]}) > 1
        for items in (area["strengths"], area["improvements"]):
            split_lists += len({next(i for i in range(4, start) if item in flat[i]) for item in items}) > 1
    if not split_tables or not split_lists:
        raise SystemExit(f"layout changed: {split_tables} question tables and {split_lists} findings lists run over a page end; the README promises both")
    return checks
