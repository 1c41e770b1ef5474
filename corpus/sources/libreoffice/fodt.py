"""A small writer of flat OpenDocument text (.fodt) for LibreOffice to turn into PDF.

Only what the sample documents need: a cover page without running header, a running header with
the report date and "page (pages)", headings, paragraphs, bullet lists, ruled tables and page
breaks. Python standard library only.
"""
from xml.sax.saxutils import escape

NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
    'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
    'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
    'xmlns:dc="http://purl.org/dc/elements/1.1/"'
)

STYLES = """
 <office:font-face-decls>
  <style:font-face style:name="Liberation Serif" svg:font-family="'Liberation Serif'" style:font-family-generic="roman" style:font-pitch="variable"/>
  <style:font-face style:name="Liberation Sans" svg:font-family="'Liberation Sans'" style:font-family-generic="swiss" style:font-pitch="variable"/>
 </office:font-face-decls>
 <office:styles>
  <style:default-style style:family="paragraph">
   <style:paragraph-properties fo:hyphenation-ladder-count="no-limit"/>
   <style:text-properties style:font-name="Liberation Serif" fo:font-size="11pt" fo:language="sv" fo:country="SE" fo:hyphenate="false"/>
  </style:default-style>
  <style:style style:name="Standard" style:family="paragraph" style:class="text"/>
  <style:style style:name="Text_20_body" style:display-name="Text body" style:family="paragraph" style:parent-style-name="Standard">
   <style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0.2cm" fo:line-height="115%"/>
  </style:style>
  <style:style style:name="Title" style:family="paragraph" style:parent-style-name="Standard">
   <style:paragraph-properties fo:margin-top="5cm" fo:margin-bottom="1cm"/>
   <style:text-properties style:font-name="Liberation Sans" fo:font-size="26pt" fo:font-weight="bold"/>
  </style:style>
  <style:style style:name="Cover" style:family="paragraph" style:parent-style-name="Standard">
   <style:paragraph-properties fo:margin-bottom="0.25cm"/>
   <style:text-properties style:font-name="Liberation Sans" fo:font-size="13pt"/>
  </style:style>
  <style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" style:parent-style-name="Standard" style:default-outline-level="1">
   <style:paragraph-properties fo:margin-top="0.4cm" fo:margin-bottom="0.3cm" fo:keep-with-next="always"/>
   <style:text-properties style:font-name="Liberation Sans" fo:font-size="17pt" fo:font-weight="bold"/>
  </style:style>
  <style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="paragraph" style:parent-style-name="Standard" style:default-outline-level="2">
   <style:paragraph-properties fo:margin-top="0.35cm" fo:margin-bottom="0.15cm" fo:keep-with-next="always"/>
   <style:text-properties style:font-name="Liberation Sans" fo:font-size="13pt" fo:font-weight="bold"/>
  </style:style>
  <style:style style:name="Label" style:family="paragraph" style:parent-style-name="Standard">
   <style:paragraph-properties fo:margin-top="0.25cm" fo:margin-bottom="0.1cm" fo:keep-with-next="always"/>
   <style:text-properties style:font-name="Liberation Sans" fo:font-size="10.5pt" fo:font-weight="bold"/>
  </style:style>
  <style:style style:name="List_20_Item" style:display-name="List Item" style:family="paragraph" style:parent-style-name="Standard">
   <style:paragraph-properties fo:margin-bottom="0.08cm"/>
  </style:style>
  <style:style style:name="Table_20_Contents" style:display-name="Table Contents" style:family="paragraph" style:parent-style-name="Standard">
   <style:text-properties fo:font-size="10pt"/>
  </style:style>
  <style:style style:name="Table_20_Heading" style:display-name="Table Heading" style:family="paragraph" style:parent-style-name="Table_20_Contents">
   <style:text-properties fo:font-weight="bold"/>
  </style:style>
  <style:style style:name="Table_20_Number" style:display-name="Table Number" style:family="paragraph" style:parent-style-name="Table_20_Contents">
   <style:paragraph-properties fo:text-align="end"/>
  </style:style>
  <style:style style:name="Table_20_Number_20_Heading" style:display-name="Table Number Heading" style:family="paragraph" style:parent-style-name="Table_20_Number">
   <style:text-properties fo:font-weight="bold"/>
  </style:style>
  <style:style style:name="Caption" style:family="paragraph" style:parent-style-name="Standard">
   <style:paragraph-properties fo:margin-top="0.3cm" fo:margin-bottom="0.15cm" fo:keep-with-next="always"/>
   <style:text-properties fo:font-size="10pt" fo:font-style="italic"/>
  </style:style>
  <style:style style:name="Header" style:family="paragraph" style:parent-style-name="Standard">
   <style:paragraph-properties>
    <style:tab-stops><style:tab-stop style:position="11.5cm"/><style:tab-stop style:position="16cm" style:type="right"/></style:tab-stops>
   </style:paragraph-properties>
   <style:text-properties style:font-name="Liberation Sans" fo:font-size="8.5pt"/>
  </style:style>
  <text:list-style style:name="Bullets">
   <text:list-level-style-bullet text:level="1" text:bullet-char="•">
    <style:list-level-properties text:list-level-position-and-space-mode="label-alignment">
     <style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="0.9cm" fo:text-indent="-0.5cm" fo:margin-left="0.9cm"/>
    </style:list-level-properties>
   </text:list-level-style-bullet>
  </text:list-style>
  <text:list-style style:name="Numbers">
   <text:list-level-style-number text:level="1" style:num-suffix="." style:num-format="1">
    <style:list-level-properties text:list-level-position-and-space-mode="label-alignment">
     <style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="0.9cm" fo:text-indent="-0.6cm" fo:margin-left="0.9cm"/>
    </style:list-level-properties>
   </text:list-level-style-number>
  </text:list-style>
 </office:styles>
"""


class Document:
    """Collects the body of one .fodt document; `xml()` returns the whole file."""

    def __init__(self, header_left, header_date, title):
        self.header_left = header_left
        self.header_date = header_date
        self.title = title
        self.parts = []
        self.tables = 0
        self.table_styles = []

    # -- body -----------------------------------------------------------------------------------
    def cover(self, title, lines):
        """The first page: no running header, the title, then smaller lines."""
        self.parts.append(f'<text:p text:style-name="CoverTitle">{escape(title)}</text:p>')
        for line in lines:
            self.parts.append(f'<text:p text:style-name="Cover">{escape(line)}</text:p>')

    def heading(self, text, level=1, new_page=False):
        style = f"H{level}Break" if new_page else f"Heading_20_{level}"
        self.parts.append(f'<text:h text:style-name="{style}" text:outline-level="{level}">{escape(text)}</text:h>')

    def page_break(self):
        self.parts.append('<text:p text:style-name="Break"/>')

    def paragraph(self, text, style="Text_20_body"):
        self.parts.append(f'<text:p text:style-name="{style}">{escape(text)}</text:p>')

    def label(self, text):
        self.paragraph(text, "Label")

    def bullets(self, items, numbered=False):
        style = "Numbers" if numbered else "Bullets"
        rows = "".join(f'<text:list-item><text:p text:style-name="List_20_Item">{escape(i)}</text:p></text:list-item>' for i in items)
        self.parts.append(f'<text:list text:style-name="{style}">{rows}</text:list>')

    def table(self, widths_cm, header, rows, numeric_from=1, caption=None, bold_last=False):
        """A ruled table; columns from `numeric_from` on are right-aligned figures."""
        if caption:
            self.paragraph(caption, "Caption")
        self.tables += 1
        name = f"Tabell{self.tables}"
        total = sum(widths_cm)
        self.table_styles.append(
            f'<style:style style:name="{name}" style:family="table"><style:table-properties style:width="{total:.2f}cm" table:align="left"/></style:style>'
            + "".join(f'<style:style style:name="{name}.C{i}" style:family="table-column"><style:table-column-properties style:column-width="{w:.2f}cm"/></style:style>' for i, w in enumerate(widths_cm)))
        out = [f'<table:table table:name="{name}" table:style-name="{name}">']
        out += [f'<table:table-column table:style-name="{name}.C{i}"/>' for i in range(len(widths_cm))]
        out.append('<table:table-header-rows>' + self._row(header, numeric_from, heading=True) + '</table:table-header-rows>')
        for index, row in enumerate(rows):
            out.append(self._row(row, numeric_from, heading=bold_last and index == len(rows) - 1))
        out.append('</table:table>')
        self.parts.append("".join(out))

    @staticmethod
    def _row(cells, numeric_from, heading):
        out = ['<table:table-row>']
        for i, cell in enumerate(cells):
            numeric = i >= numeric_from
            style = ("Table_20_Number" if numeric else "Table_20_Contents") + ("_20_Heading" if heading and numeric else "")
            if heading and not numeric:
                style = "Table_20_Heading"
            out.append(f'<table:table-cell table:style-name="Cell" office:value-type="string"><text:p text:style-name="{style}">{escape(str(cell))}</text:p></table:table-cell>')
        out.append('</table:table-row>')
        return "".join(out)

    # -- file -----------------------------------------------------------------------------------
    def xml(self):
        header = (f'<text:p text:style-name="Header">{escape(self.header_left)}<text:tab/>{escape(self.header_date)}'
                  '<text:tab/><text:page-number text:select-page="current">1</text:page-number> (<text:page-count>1</text:page-count>)</text:p>')
        automatic = (
            '<office:automatic-styles>'
            '<style:style style:name="CoverTitle" style:family="paragraph" style:parent-style-name="Title" style:master-page-name="First_20_Page"/>'
            '<style:style style:name="H1Break" style:family="paragraph" style:parent-style-name="Heading_20_1"><style:paragraph-properties fo:break-before="page"/></style:style>'
            '<style:style style:name="H2Break" style:family="paragraph" style:parent-style-name="Heading_20_2"><style:paragraph-properties fo:break-before="page"/></style:style>'
            '<style:style style:name="Break" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:break-before="page"/></style:style>'
            '<style:style style:name="Cell" style:family="table-cell"><style:table-cell-properties fo:padding="0.08cm" fo:border="0.5pt solid #000000"/></style:style>'
            + "".join(self.table_styles) +
            '<style:page-layout style:name="Page"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="1.5cm" fo:margin-bottom="2cm" fo:margin-left="2.5cm" fo:margin-right="2.5cm"/>'
            '<style:header-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-bottom="0.6cm"/></style:header-style></style:page-layout>'
            '<style:page-layout style:name="CoverPage"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="2.5cm" fo:margin-bottom="2cm" fo:margin-left="2.5cm" fo:margin-right="2.5cm"/></style:page-layout>'
            '</office:automatic-styles>')
        masters = (
            '<office:master-styles>'
            f'<style:master-page style:name="Standard" style:page-layout-name="Page"><style:header>{header}</style:header></style:master-page>'
            '<style:master-page style:name="First_20_Page" style:display-name="First Page" style:page-layout-name="CoverPage" style:next-style-name="Standard"/>'
            '</office:master-styles>')
        meta = f'<office:meta><dc:title>{escape(self.title)}</dc:title><dc:language>sv-SE</dc:language></office:meta>'
        return ('<?xml version="1.0" encoding="UTF-8"?>\n'
                f'<office:document {NS} office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">'
                + meta + STYLES + automatic + masters
                + '<office:body><office:text>' + "".join(self.parts) + '</office:text></office:body></office:document>\n')
