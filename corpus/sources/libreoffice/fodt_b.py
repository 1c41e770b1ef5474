"""A second flat-ODF writer, for the documents designed after the parsers (data/unseen/).

`fodt.py` draws one house style; this one takes its design as arguments (page size, fonts,
running header and a "Sida N av M" footer, colours) and adds what that style lacks: two-column
sections, lists numbered "1)" or marked with an en dash, a check mark or an arrow, tables whose
header row LibreOffice repeats on the next page and whose rows never split, cells shaded per
row, and a contents list whose page numbers LibreOffice fills in (bookmark references).
Kept apart from `fodt.py` so that the three older documents stay byte-identical.
"""
from xml.sax.saxutils import escape

from fodt import NS

# List styles by name: (kind, label). "number" labels are the suffix after the figure.
LISTS = {"Paren": ("number", ")"), "Dash": ("bullet", "–"), "Check": ("bullet", "✓"),
         "Arrow": ("bullet", "→"), "Plain": ("bullet", "•")}


class Design:
    """Page, fonts and furniture of one document. Lengths in cm, font sizes in pt."""

    def __init__(self, width, height, margins, body_font, heading_font, body_size, accent,
                 header=None, footer=None, first_page_bare=True):
        self.width, self.height, self.margins = width, height, margins
        self.body_font, self.heading_font, self.body_size = body_font, heading_font, body_size
        self.accent = accent
        self.header = header          # (left, right) texts or None
        self.footer = footer          # (left, right) texts; "{page}" and "{pages}" become fields
        self.first_page_bare = first_page_bare


def _fields(text):
    return (escape(text).replace("{page}", '<text:page-number text:select-page="current">1</text:page-number>')
            .replace("{pages}", "<text:page-count>1</text:page-count>"))


class Document:
    """Collects the body of one .fodt document in the given `Design`; `xml()` returns the file."""

    def __init__(self, design, title):
        self.design = design
        self.title = title
        self.parts = []
        self.automatic = []
        self.count = 0

    def _name(self, prefix):
        self.count += 1
        return f"{prefix}{self.count}"

    # -- blocks ---------------------------------------------------------------------------------
    def cover(self, title_lines, lines):
        """The first page (no header or footer): a title that may span lines, then `lines` of
        (text, style), style "Cover" or the larger "CoverBig"."""
        title = "<text:line-break/>".join(escape(t) for t in title_lines)
        self.parts.append(f'<text:h text:style-name="CoverTitle" text:outline-level="1">{title}</text:h>')
        for line, style in lines:
            self.paragraph(line, style)

    def heading(self, text, level=1, new_page=False, bookmark=None, number=None):
        """A heading; `number` is set before a tab (ODF collapses a typed tab to a space)."""
        style = f"H{level}Break" if new_page else f"Heading_20_{level}"
        mark = f'<text:bookmark text:name="{bookmark}"/>' if bookmark else ""
        lead = f"{escape(str(number))}<text:tab/>" if number is not None else ""
        self.parts.append(f'<text:h text:style-name="{style}" text:outline-level="{level}">{mark}{lead}{escape(text)}</text:h>')

    def paragraph(self, text, style="Text_20_body"):
        self.parts.append(f'<text:p text:style-name="{style}">{escape(text)}</text:p>')

    def items(self, entries, list_style="Plain"):
        rows = "".join(f'<text:list-item><text:p text:style-name="List_20_Item">{escape(e)}</text:p></text:list-item>' for e in entries)
        self.parts.append(f'<text:list text:style-name="{list_style}">{rows}</text:list>')

    def contents_line(self, text, bookmark, level=1):
        """One line of a contents list: text, dot leader, and the page LibreOffice finds for `bookmark`."""
        self.parts.append(f'<text:p text:style-name="Contents_20_{level}">{escape(text)}<text:tab/>'
                          f'<text:bookmark-ref text:reference-format="page" text:ref-name="{bookmark}">0</text:bookmark-ref></text:p>')

    def columns(self, count=2):
        """Opens a section of `count` balanced columns; close it with `end_columns`."""
        name = self._name("Columns")
        self.automatic.append(
            f'<style:style style:name="{name}" style:family="section"><style:section-properties text:dont-balance-text-columns="false">'
            f'<style:columns fo:column-count="{count}" fo:column-gap="0.8cm"/></style:section-properties></style:style>')
        self.parts.append(f'<text:section text:style-name="{name}" text:name="{name}">')

    def end_columns(self):
        self.parts.append('</text:section>')

    def table(self, widths, header, rows, align=None, shade=(), bold=(), ruled=True, repeat_header=True):
        """A table. `align` gives "start"/"center"/"end" per column; `shade` and `bold` hold body
        row indexes to shade or set in bold; the header row is shaded and, when the table breaks
        over a page, repeated."""
        name = self._name("Table")
        align = align or ["start"] * len(widths)
        border = "0.5pt solid #404040" if ruled else "none"
        self.automatic.append(
            f'<style:style style:name="{name}" style:family="table"><style:table-properties style:width="{sum(widths):.2f}cm" table:align="left" fo:margin-top="0.1cm" fo:margin-bottom="0.2cm"/></style:style>'
            + "".join(f'<style:style style:name="{name}.C{i}" style:family="table-column"><style:table-column-properties style:column-width="{w:.2f}cm"/></style:style>' for i, w in enumerate(widths))
            + f'<style:style style:name="{name}.Row" style:family="table-row"><style:table-row-properties fo:keep-together="always"/></style:style>'
            + f'<style:style style:name="{name}.Cell" style:family="table-cell"><style:table-cell-properties fo:padding="0.09cm" fo:border="{border}"/></style:style>'
            + f'<style:style style:name="{name}.Shade" style:family="table-cell"><style:table-cell-properties fo:padding="0.09cm" fo:border="{border}" fo:background-color="#dde6f0"/></style:style>')
        out = [f'<table:table table:name="{name}" table:style-name="{name}">']
        out += [f'<table:table-column table:style-name="{name}.C{i}"/>' for i in range(len(widths))]
        head = self._row(name, header, align, shaded=True, bold=True)
        out.append(f'<table:table-header-rows>{head}</table:table-header-rows>' if repeat_header else head)
        out += [self._row(name, row, align, shaded=i in shade, bold=i in bold) for i, row in enumerate(rows)]
        out.append('</table:table>')
        self.parts.append("".join(out))

    @staticmethod
    def _row(name, cells, align, shaded, bold):
        cell_style = f"{name}.Shade" if shaded else f"{name}.Cell"
        out = [f'<table:table-row table:style-name="{name}.Row">']
        for cell, a in zip(cells, align):
            style = f"Cell_{a}" + ("_bold" if bold else "")
            out.append(f'<table:table-cell table:style-name="{cell_style}" office:value-type="string"><text:p text:style-name="{style}">{escape(str(cell))}</text:p></table:table-cell>')
        out.append('</table:table-row>')
        return "".join(out)

    # -- file -----------------------------------------------------------------------------------
    def _styles(self):
        d = self.design
        text_width = d.width - d.margins[1] - d.margins[3]
        cells = "".join(
            f'<style:style style:name="Cell_{a}{b}" style:family="paragraph" style:parent-style-name="Standard">'
            f'<style:paragraph-properties fo:text-align="{a}"/><style:text-properties fo:font-size="{d.body_size - 1}pt"{w}/></style:style>'
            for a in ("start", "center", "end") for b, w in (("", ""), ("_bold", ' fo:font-weight="bold"')))
        lists = ""
        for name, (kind, label) in LISTS.items():
            place = ('<style:list-level-properties text:list-level-position-and-space-mode="label-alignment">'
                     '<style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="0.8cm" fo:text-indent="-0.6cm" fo:margin-left="0.8cm"/></style:list-level-properties>')
            if kind == "number":
                lists += f'<text:list-style style:name="{name}"><text:list-level-style-number text:level="1" style:num-suffix="{label}" style:num-format="1">{place}</text:list-level-style-number></text:list-style>'
            else:
                lists += f'<text:list-style style:name="{name}"><text:list-level-style-bullet text:level="1" text:bullet-char="{label}">{place}</text:list-level-style-bullet></text:list-style>'
        heading = f'style:font-name="{d.heading_font}" fo:color="{d.accent}" fo:font-weight="bold"'
        return f"""
 <office:font-face-decls>
  <style:font-face style:name="{d.body_font}" svg:font-family="'{d.body_font}'" style:font-pitch="variable"/>
  <style:font-face style:name="{d.heading_font}" svg:font-family="'{d.heading_font}'" style:font-pitch="variable"/>
 </office:font-face-decls>
 <office:styles>
  <style:default-style style:family="paragraph">
   <style:paragraph-properties fo:hyphenation-ladder-count="no-limit" fo:orphans="2" fo:widows="2"/>
   <style:text-properties style:font-name="{d.body_font}" fo:font-size="{d.body_size}pt" fo:language="sv" fo:country="SE" fo:hyphenate="false"/>
  </style:default-style>
  <style:style style:name="Standard" style:family="paragraph" style:class="text"/>
  <style:style style:name="Text_20_body" style:display-name="Text body" style:family="paragraph" style:parent-style-name="Standard">
   <style:paragraph-properties fo:margin-bottom="0.22cm" fo:line-height="120%" fo:text-align="justify"/>
  </style:style>
  <style:style style:name="Lead" style:family="paragraph" style:parent-style-name="Standard">
   <style:paragraph-properties fo:margin-bottom="0.25cm"/><style:text-properties fo:font-size="{d.body_size + 3}pt"/>
  </style:style>
  <style:style style:name="Cover" style:family="paragraph" style:parent-style-name="Standard">
   <style:paragraph-properties fo:margin-bottom="0.3cm"/><style:text-properties style:font-name="{d.heading_font}" fo:font-size="{d.body_size + 3}pt"/>
  </style:style>
  <style:style style:name="CoverBig" style:family="paragraph" style:parent-style-name="Cover">
   <style:paragraph-properties fo:margin-top="0.4cm" fo:margin-bottom="1.2cm"/><style:text-properties fo:font-size="{d.body_size + 9}pt" fo:color="{d.accent}"/>
  </style:style>
  <style:style style:name="Title" style:family="paragraph" style:parent-style-name="Standard">
   <style:paragraph-properties fo:margin-top="{d.height * 0.22:.1f}cm" fo:margin-bottom="0.5cm" fo:line-height="105%"/>
   <style:text-properties style:font-name="{d.heading_font}" fo:font-size="{d.body_size * 2.6:.0f}pt" fo:font-weight="bold" fo:color="{d.accent}"/>
  </style:style>
  <style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" style:parent-style-name="Standard" style:default-outline-level="1">
   <style:paragraph-properties fo:margin-top="0.2cm" fo:margin-bottom="0.4cm" fo:keep-with-next="always" fo:padding-bottom="0.1cm" fo:border-bottom="1pt solid {d.accent}"/>
   <style:text-properties {heading} fo:font-size="{d.body_size + 9}pt"/>
  </style:style>
  <style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="paragraph" style:parent-style-name="Standard" style:default-outline-level="2">
   <style:paragraph-properties fo:margin-top="0.6cm" fo:margin-bottom="0.2cm" fo:keep-with-next="always">
    <style:tab-stops><style:tab-stop style:position="0.9cm"/></style:tab-stops>
   </style:paragraph-properties>
   <style:text-properties {heading} fo:font-size="{d.body_size + 5}pt"/>
  </style:style>
  <style:style style:name="Heading_20_3" style:display-name="Heading 3" style:family="paragraph" style:parent-style-name="Standard" style:default-outline-level="3">
   <style:paragraph-properties fo:margin-top="0.45cm" fo:margin-bottom="0.1cm" fo:keep-with-next="always">
    <style:tab-stops><style:tab-stop style:position="0.9cm"/></style:tab-stops>
   </style:paragraph-properties>
   <style:text-properties {heading} fo:font-size="{d.body_size + 1}pt"/>
  </style:style>
  <style:style style:name="Label" style:family="paragraph" style:parent-style-name="Standard">
   <style:paragraph-properties fo:margin-top="0.3cm" fo:margin-bottom="0.1cm" fo:keep-with-next="always"/>
   <style:text-properties style:font-name="{d.heading_font}" fo:font-weight="bold" fo:color="{d.accent}"/>
  </style:style>
  <style:style style:name="ColumnHead" style:family="paragraph" style:parent-style-name="Label">
   <style:paragraph-properties fo:margin-top="0cm"/>
  </style:style>
  <style:style style:name="Score" style:family="paragraph" style:parent-style-name="Standard">
   <style:paragraph-properties fo:margin-top="0.1cm" fo:margin-bottom="0.2cm" fo:keep-with-next="always"/>
   <style:text-properties style:font-name="{d.heading_font}" fo:font-size="{d.body_size + 1}pt" fo:font-weight="bold"/>
  </style:style>
  <style:style style:name="Quiet" style:family="paragraph" style:parent-style-name="Standard">
   <style:paragraph-properties fo:margin-left="0.8cm" fo:margin-bottom="0.04cm" fo:keep-with-next="always"/>
   <style:text-properties fo:font-style="italic"/>
  </style:style>
  <style:style style:name="Caption" style:family="paragraph" style:parent-style-name="Standard">
   <style:paragraph-properties fo:margin-bottom="0.3cm"/><style:text-properties fo:font-size="{d.body_size - 1.5}pt" fo:font-style="italic"/>
  </style:style>
  <style:style style:name="List_20_Item" style:display-name="List Item" style:family="paragraph" style:parent-style-name="Standard">
   <!-- An item never breaks over a page (a list may): a finding stays one string on one page. -->
   <style:paragraph-properties fo:margin-bottom="0.1cm" fo:line-height="115%" fo:keep-together="always"/>
  </style:style>
  <style:style style:name="Contents_20_1" style:display-name="Contents 1" style:family="paragraph" style:parent-style-name="Standard">
   <style:paragraph-properties fo:margin-top="0.25cm" fo:margin-bottom="0.1cm">
    <style:tab-stops><style:tab-stop style:position="{text_width - 0.01:.2f}cm" style:type="right" style:leader-style="dotted" style:leader-text="."/></style:tab-stops>
   </style:paragraph-properties>
   <style:text-properties fo:font-weight="bold"/>
  </style:style>
  <style:style style:name="Contents_20_2" style:display-name="Contents 2" style:family="paragraph" style:parent-style-name="Standard">
   <style:paragraph-properties fo:margin-left="0.6cm" fo:margin-bottom="0.08cm">
    <style:tab-stops><style:tab-stop style:position="{text_width - 0.61:.2f}cm" style:type="right" style:leader-style="dotted" style:leader-text="."/></style:tab-stops>
   </style:paragraph-properties>
  </style:style>
  <style:style style:name="Furniture" style:family="paragraph" style:parent-style-name="Standard">
   <style:paragraph-properties>
    <style:tab-stops><style:tab-stop style:position="{text_width:.2f}cm" style:type="right"/></style:tab-stops>
   </style:paragraph-properties>
   <style:text-properties style:font-name="{d.heading_font}" fo:font-size="{d.body_size - 2.5}pt" fo:color="#505050"/>
  </style:style>
  {cells}
  {lists}
 </office:styles>
"""

    def xml(self):
        d = self.design
        top, right, bottom, left = d.margins

        def furniture(kind, texts):
            if texts is None:
                return ""
            return f'<style:{kind}><text:p text:style-name="Furniture">{_fields(texts[0])}<text:tab/>{_fields(texts[1])}</text:p></style:{kind}>'

        geometry = (f'fo:page-width="{d.width}cm" fo:page-height="{d.height}cm" fo:margin-top="{top}cm" fo:margin-bottom="{bottom}cm" '
                    f'fo:margin-left="{left}cm" fo:margin-right="{right}cm"' + (' style:print-orientation="landscape"' if d.width > d.height else ""))
        spacing = '<style:header-footer-properties fo:min-height="0.5cm" fo:margin-bottom="0.5cm" fo:margin-top="0.5cm"/>'
        automatic = (
            '<office:automatic-styles>'
            '<style:style style:name="CoverTitle" style:family="paragraph" style:parent-style-name="Title" style:master-page-name="First_20_Page"/>'
            + "".join(f'<style:style style:name="H{n}Break" style:family="paragraph" style:parent-style-name="Heading_20_{n}"><style:paragraph-properties fo:break-before="page"/></style:style>' for n in (1, 2, 3))
            # A column head that starts the next column (an empty break paragraph would take a line).
            + '<style:style style:name="ColumnHeadBreak" style:family="paragraph" style:parent-style-name="ColumnHead"><style:paragraph-properties fo:break-before="column"/></style:style>'
            + "".join(self.automatic)
            + f'<style:page-layout style:name="Page"><style:page-layout-properties {geometry}/><style:header-style>{spacing}</style:header-style><style:footer-style>{spacing}</style:footer-style></style:page-layout>'
            + f'<style:page-layout style:name="CoverPage"><style:page-layout-properties {geometry}/></style:page-layout>'
            '</office:automatic-styles>')
        first = "CoverPage" if d.first_page_bare else "Page"
        masters = (
            '<office:master-styles>'
            f'<style:master-page style:name="Standard" style:page-layout-name="Page">{furniture("header", d.header)}{furniture("footer", d.footer)}</style:master-page>'
            f'<style:master-page style:name="First_20_Page" style:display-name="First Page" style:page-layout-name="{first}" style:next-style-name="Standard"/>'
            '</office:master-styles>')
        meta = f'<office:meta><dc:title>{escape(self.title)}</dc:title><dc:language>sv-SE</dc:language></office:meta>'
        return ('<?xml version="1.0" encoding="UTF-8"?>\n'
                f'<office:document {NS} office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">'
                + meta + self._styles() + automatic + masters
                + '<office:body><office:text>' + "".join(self.parts) + '</office:text></office:body></office:document>\n')
