#!/usr/bin/env python3
"""Builds the second-toolchain sample documents: data/*.json -> .fodt -> LibreOffice -> PDF + truth.

Usage: build.py [--unseen | --unseen-2] ARCHIVE_DIR TRUTH_DIR
Writes ARCHIVE_DIR/Externt/<name>.pdf and TRUTH_DIR/Externt/<name>.pdf.json for data/*.json, or with
--unseen for data/unseen/*.json (the documents designed after the parsers, corpus/unseen), with
--unseen-2 for data/unseen-2/*.json (a second such pair, corpus/unseen-2). The
truth is computed from the same data the source is written from (where the text flows, the pages of
question rows are read back from the PDF); the PDF is then checked with pdftotext (pages of
the cited values, every truth string present). LibreOffice 7.4 ignores SOURCE_DATE_EPOCH, so the
creation date, /ID and /DocChecksum it writes are replaced afterwards (same lengths, so the
cross-reference offsets stay valid): the same LibreOffice and fonts give the same bytes.
"""
import csv
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import analysis
import analysis_b
import analysis_c
import feedback
import feedback_b
import policy
import region_c
import truth

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[2]
RENDERERS = {"analysis": analysis.render, "feedback": feedback.render, "policy": policy.render,
             "analysis-b": analysis_b.render, "feedback-b": feedback_b.render,
             "analysis-c": analysis_c.render, "region-c": region_c.render}
OPTIONS = {"--unseen": "unseen", "--unseen-2": "unseen-2"}


def main(argv):
    unseen = OPTIONS.get(argv[1]) if len(argv) > 1 else None
    args = argv[2:] if unseen else argv[1:]
    if len(args) != 2:
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    archive, truths = Path(args[0]), Path(args[1])
    sources = HERE / "data" / unseen if unseen else HERE / "data"
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        print("LibreOffice is not installed (apt-get install libreoffice-writer-nogui)", file=sys.stderr)
        return 3
    catalogs = {v: json.loads((REPO / f"pipelines/frameworks/{v}.json").read_text(encoding="utf-8")) for v in ("2002", "2010", "2020")}
    codes = {row["name"]: row["code"] for row in csv.DictReader((REPO / "pipelines/reference/kommuner.csv").open(encoding="utf-8"))}
    counties = {row["short_name"]: row["code"] for row in csv.DictReader((REPO / "pipelines/reference/lan.csv").open(encoding="utf-8"))}

    with tempfile.TemporaryDirectory(prefix="kompass-lo-") as work:
        work = Path(work)
        jobs = []
        for source in sorted(sources.glob("*.json")):
            data = json.loads(source.read_text(encoding="utf-8"))
            catalog = catalogs[data.get("framework", "2010")]
            code = counties[data["region"]] if "region" in data else codes[data["municipality"]]
            xml, contract, expectations = RENDERERS[data["kind"]](data, catalog, code)
            fodt = work / (data["file"] + ".fodt")
            fodt.write_text(xml, encoding="utf-8")
            jobs.append((data, fodt, contract, expectations))

        convert(soffice, work, [j[1] for j in jobs])
        for data, fodt, contract, expectations in jobs:
            pdf = reproducible(fodt.with_suffix(".pdf").read_bytes(), data.get("reportDate"))
            if "locate" in expectations:
                pages = page_texts(pdf)
                if pages is None:
                    raise SystemExit(f"{data['file']}: needs pdftotext to find the pages of its flowing text")
                expectations["on_page"] += expectations["locate"](pages)
            verify(data["file"], pdf, contract, expectations)
            relative = f"Externt/{data['file']}.pdf"
            (archive / "Externt").mkdir(parents=True, exist_ok=True)
            (truths / "Externt").mkdir(parents=True, exist_ok=True)
            (archive / relative).write_bytes(pdf)
            (truths / (relative + ".json")).write_text(truth.finish(contract, pdf, relative), encoding="utf-8")
            print(f"{relative}: {len(pdf)} bytes, {contract['documentType']}")
    return 0


def convert(soffice, work, sources):
    env = dict(os.environ, HOME=str(work))
    command = [soffice, "--headless", "--norestore", f"-env:UserInstallation=file://{work}/profile",
               "--convert-to", "pdf:writer_pdf_Export", "--outdir", str(work)] + [str(s) for s in sources]
    result = subprocess.run(command, env=env, capture_output=True, text=True, timeout=300)
    missing = [s for s in sources if not s.with_suffix(".pdf").exists()]
    if result.returncode != 0 or missing:
        raise SystemExit(f"LibreOffice failed ({result.returncode}): {result.stderr.strip()} missing: {missing}")


def reproducible(pdf, date):
    """Replaces LibreOffice's clock and random parts with values derived from the document."""
    stamp = (date or "2020-01-01").replace("-", "").encode() + b"120000"
    pdf = re.sub(rb"/CreationDate\(D:\d{14}", b"/CreationDate(D:" + stamp, pdf)
    pdf = re.sub(rb"/ModDate\(D:\d{14}", b"/ModDate(D:" + stamp, pdf)
    blank = re.sub(rb"<[0-9A-F]{32}>", b"<>", re.sub(rb"/DocChecksum /[0-9A-F]{32}", b"", pdf))
    digest = hashlib.md5(blank).hexdigest().upper().encode()
    pdf = re.sub(rb"(/ID \[ ?)<[0-9A-F]{32}>(\s*)<[0-9A-F]{32}>", lambda m: m.group(1) + b"<" + digest + b">" + m.group(2) + b"<" + digest + b">", pdf)
    return re.sub(rb"/DocChecksum /[0-9A-F]{32}", b"/DocChecksum /" + digest, pdf)


def verify(name, pdf, contract, expectations):
    """Fails the build when the PDF does not print what the truth says, where it says."""
    pages = page_texts(pdf)
    if pages is None:
        print(f"{name}: pdftotext not installed, pages not verified", file=sys.stderr)
        return
    flat = " ".join(" ".join(pages).split())
    problems = []
    if expectations["pages"] and len(pages) != expectations["pages"]:
        problems.append(f"{len(pages)} pages, expected {expectations['pages']}")
    for page, marker in expectations["on_page"]:
        if page > len(pages) or marker.strip() not in " ".join(pages[page - 1].split()):
            problems.append(f"'{marker.strip()}' not on page {page}")
    wanted = [contract["title"]] + contract["evaluators"]
    for area in contract["areas"]:
        wanted += area["subheadings"] + area["strengths"] + area["improvements"] + [q["text"] for q in area["questions"]]
    problems += [f"'{w}' not printed" for w in wanted if w not in flat]
    if problems:
        raise SystemExit(f"{name}: " + "; ".join(problems))


def page_texts(pdf):
    """The text of each page as pdftotext reads it, or None without pdftotext."""
    if shutil.which("pdftotext") is None:
        return None
    with tempfile.NamedTemporaryFile(suffix=".pdf") as handle:
        handle.write(pdf)
        handle.flush()
        text = subprocess.run(["pdftotext", "-enc", "UTF-8", handle.name, "-"], capture_output=True, text=True, check=True).stdout
    return text.split("\f")[:-1]


if __name__ == "__main__":
    sys.exit(main(sys.argv))
