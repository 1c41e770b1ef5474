"""A related document (a municipality's guidelines): numbered headings, goals, a numbered list, a
budget table and the words "styrkor" and "förbättringsområden", but no Kompass scores. Its
running header names the municipality and carries no date."""
import truth
from fodt import Document


def render(data, catalog, code):
    doc = Document(data["header"], "", data["title"])
    doc.cover(data["title"], data["subtitle"])
    for index, section in enumerate(data["sections"]):
        doc.heading(section["heading"], new_page=index == 0)
        for paragraph in section.get("paragraphs", []):
            doc.paragraph(paragraph)
        if "bullets" in section:
            doc.bullets(section["bullets"])
        if "numbered" in section:
            doc.bullets(section["numbered"], numbered=True)
        if "table" in section:
            t = section["table"]
            doc.table([6.5, 6.5, 3.0], t["header"], t["rows"], numeric_from=2, caption=t["caption"], bold_last=True)
    contract = truth.document("related-document", data["title"], municipality=truth.municipality(data["municipality"], code))
    return doc.xml(), contract, {"pages": None, "on_page": [(1, data["title"])]}
