"""A third flat-ODF writer, for the second pair of documents designed after the parsers (data/unseen-2/).

It is `fodt_b.Document` (design passed in as a `fodt_b.Design`) with what that writer lacks, added
as extra styles so that the documents `fodt_b.py` writes stay byte-identical:

- paragraphs with a bold run-in label ("STYRKOR – Utvärderarna vill lyfta fram följande:");
- a plain bold label without colour, and a shaded label bar (white text on the accent colour);
- a small-square list ("▪");
- a borderless table whose cells hold several paragraphs (a "Delområden | Poäng" box);
- right-aligned paragraphs (a bold score line kept with the text after it) and a small-print note.
"""
from xml.sax.saxutils import escape

from fodt_b import Document as _Base

EXTRA_LISTS = {"Square": "▪"}


class Document(_Base):
    """`fodt_b.Document` plus run-in labels, label bars, a square list and multi-line table cells."""

    def rich(self, runs, style="Text_20_body"):
        """One paragraph of (text, bold) runs."""
        body = "".join(f'<text:span text:style-name="RunIn">{escape(t)}</text:span>' if b else escape(t) for t, b in runs)
        self.parts.append(f'<text:p text:style-name="{style}">{body}</text:p>')

    def box(self, widths, header, columns, align=None):
        """A borderless table of one header row and one body row whose cells hold several lines
        each (`columns`: one list of lines per column); a rule under the header."""
        name = self._name("Box")
        align = align or ["start"] * len(widths)
        self.automatic.append(
            f'<style:style style:name="{name}" style:family="table"><style:table-properties style:width="{sum(widths):.2f}cm" table:align="left" fo:margin-top="0.1cm" fo:margin-bottom="0.3cm"/></style:style>'
            + "".join(f'<style:style style:name="{name}.C{i}" style:family="table-column"><style:table-column-properties style:column-width="{w:.2f}cm"/></style:style>' for i, w in enumerate(widths))
            + f'<style:style style:name="{name}.Head" style:family="table-cell"><style:table-cell-properties fo:padding="0.06cm" fo:border="none" fo:border-bottom="0.5pt solid #000000"/></style:style>'
            + f'<style:style style:name="{name}.Cell" style:family="table-cell"><style:table-cell-properties fo:padding="0.06cm" fo:border="none"/></style:style>')
        out = [f'<table:table table:name="{name}" table:style-name="{name}">']
        out += [f'<table:table-column table:style-name="{name}.C{i}"/>' for i in range(len(widths))]
        out.append('<table:table-row>' + "".join(
            f'<table:table-cell table:style-name="{name}.Head" office:value-type="string"><text:p text:style-name="Cell_{a}_bold">{escape(h)}</text:p></table:table-cell>'
            for h, a in zip(header, align)) + '</table:table-row>')
        out.append('<table:table-row>' + "".join(
            f'<table:table-cell table:style-name="{name}.Cell" office:value-type="string">'
            + "".join(f'<text:p text:style-name="Cell_{a}">{escape(line)}</text:p>' for line in lines)
            + '</table:table-cell>' for lines, a in zip(columns, align)) + '</table:table-row>')
        out.append('</table:table>')
        self.parts.append("".join(out))

    def _styles(self):
        d = self.design
        extra = f"""
  <style:style style:name="RunIn" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
  <style:style style:name="RunInPara" style:family="paragraph" style:parent-style-name="Standard">
   <style:paragraph-properties fo:margin-top="0.3cm" fo:margin-bottom="0.15cm" fo:keep-with-next="always"/>
  </style:style>
  <style:style style:name="PlainLabel" style:family="paragraph" style:parent-style-name="Standard">
   <style:paragraph-properties fo:margin-top="0.3cm" fo:margin-bottom="0.1cm" fo:keep-with-next="always"/>
   <style:text-properties fo:font-weight="bold"/>
  </style:style>
  <style:style style:name="Bar" style:family="paragraph" style:parent-style-name="Standard">
   <style:paragraph-properties fo:margin-top="0.35cm" fo:margin-bottom="0.15cm" fo:padding="0.08cm" fo:background-color="{d.accent}" fo:keep-with-next="always"/>
   <style:text-properties style:font-name="{d.heading_font}" fo:font-weight="bold" fo:color="#ffffff"/>
  </style:style>
  <style:style style:name="Right" style:family="paragraph" style:parent-style-name="Standard">
   <style:paragraph-properties fo:text-align="end" fo:margin-bottom="0.2cm"/>
  </style:style>
  <style:style style:name="ScoreRight" style:family="paragraph" style:parent-style-name="Right">
   <style:paragraph-properties fo:keep-with-next="always"/><style:text-properties fo:font-weight="bold"/>
  </style:style>
  <style:style style:name="Note" style:family="paragraph" style:parent-style-name="Standard">
   <style:paragraph-properties fo:margin-top="0.2cm" fo:margin-bottom="0.2cm"/><style:text-properties fo:font-size="{d.body_size - 2}pt"/>
  </style:style>
"""
        place = ('<style:list-level-properties text:list-level-position-and-space-mode="label-alignment">'
                 '<style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="0.7cm" fo:text-indent="-0.5cm" fo:margin-left="0.7cm"/></style:list-level-properties>')
        extra += "".join(f'<text:list-style style:name="{n}"><text:list-level-style-bullet text:level="1" text:bullet-char="{c}">{place}</text:list-level-style-bullet></text:list-style>'
                         for n, c in EXTRA_LISTS.items())
        return super()._styles().replace(" </office:styles>", extra + " </office:styles>")
