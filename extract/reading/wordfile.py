"""Word .docx -> pages of lines in the `Line` convention (see DEVELOPERS.md).

The body is read in document order, paragraphs and tables interleaved: a paragraph is a line
(its manual line breaks end lines too, as they end the printed ones), with the label Word's
automatic numbering prints before it (`extract.reading.wordnumbering`); a table row is a line of its cells
joined by TAB, a merged cell once (padded to the columns it spans, as a PDF table row reads).
A cell's paragraphs and nested tables are flattened into the cell's text. A one-column table is
a box around body text, so its paragraphs are lines of their own, as are those of a text box,
after the paragraph it is anchored in. Headers, footers, footnotes, comments and deleted
revisions are not read.

A .docx has no fixed pages. A line's page counts the page breaks before it that the file records:
explicit ones (page breaks, paragraphs set to start a page, sections that start on a new page)
and those Word made when it last laid the document out (`w:lastRenderedPageBreak`). Word also
records its rendering of an explicit break, so a rendered break on a page nothing has been
written on yet is that same break.
"""
from __future__ import annotations

import io
import pathlib
import re
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from extract.errors import ExtractError
from extract.reading.wordnumbering import Numbering, W, int_val, val
from extract.records import Line, Page

MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
# The stream a password-protected Office file keeps its encrypted package in (an OLE directory name).
ENCRYPTED_STREAM = "EncryptedPackage".encode("utf-16-le")
# A section's w:type says how it begins; absent, it begins on a new page.
SAME_PAGE_SECTIONS = frozenset({"continuous", "nextColumn"})
# Built-in style names are stored in English whatever the language of Word ("heading 1").
HEADING_STYLE = re.compile(r"heading ([1-9])", re.IGNORECASE)
# Word's Title style is the document's top heading, as markdown's "#" is.
TITLE_STYLE = "title"
BODY_TEXT_OUTLINE = 9
FALSE_VALUES = frozenset({"0", "false", "off"})
# Content controls and custom XML wrap paragraphs, rows and cells without changing what they are.
WRAPPERS = frozenset({W + "sdt", W + "sdtContent", W + "customXml"})
# Inside a paragraph: properties, deleted or moved-away text, and the fallback copy of alternate content.
NOT_PRINTED = frozenset({W + "pPr", W + "rPr", W + "del", W + "moveFrom", MC + "Fallback"})
# Word's own limit; a damaged file's column span is not believed beyond it.
MAX_COLUMNS = 63
SPACES_AROUND_TAB = re.compile(r"[ \u00a0]*\t\s*")
# Ticks and crosses of attendance grids and action logs are often characters of Word's symbol
# fonts (Insert Symbol, or "ü" typed in Wingdings): the Unicode characters they print as.
# Other characters of those fonts are pictures, not text.
SYMBOLS = {
    "wingdings": {0xFC: "\u2714", 0xFB: "\u2718", 0xFE: "\u2611", 0xFD: "\u2612"},
    "wingdings 2": {0x50: "\u2714", 0x4F: "\u2718", 0x52: "\u2611", 0x54: "\u2612"},
    "symbol": {0xD6: "\u221a"},
}
# Symbol fonts keep their characters at U+F0xx, the code in the font's own table + 0xF000.
SYMBOL_AREA = 0xF000
HEX_CODE = re.compile(r"[0-9A-Fa-f]{1,4}")


@dataclass
class WordParagraph:
    """One line of a Word body: a paragraph (or one of its manually broken lines) with its list
    label, or a table row. The style evidence is kept for `Line`'s layout fields."""

    text: str
    page: int
    heading: int | None = None  # 1-based, from a Heading N (or Title) style or an outline level
    bold: bool = False  # every run with text in it is bold
    list_level: int | None = None  # 0-based level of Word's automatic numbering
    lead: str = ""  # the bold run opening a line that is not bold throughout ("Planning:" run in)


@dataclass
class Piece:
    """Text of one paragraph up to a manual line or page break."""

    text: str = ""
    page: int | None = None  # where its first printed character is
    bold: bool = True
    lead: str = ""  # its text up to the first visible character that is not bold
    leading: bool = True


def docx_to_pages(path: pathlib.Path, data: bytes) -> list[Page]:
    paragraphs = document_to_paragraphs(open_docx(path, data))
    if not paragraphs:
        raise ExtractError(f"Cannot read {path}: the Word document has no text.")
    return paragraphs_to_pages(paragraphs)


def open_docx(path: pathlib.Path, data: bytes) -> Any:
    import docx
    from docx.opc.exceptions import PackageNotFoundError
    from lxml import etree

    if data.startswith(OLE_MAGIC):
        if ENCRYPTED_STREAM in data:
            raise ExtractError(f"Cannot read {path}: the Word document is encrypted and needs a password.")
        raise ExtractError(f"Cannot read {path}: it is an old binary Word document (.doc), not a .docx; "
                           "save it as .docx or PDF.")
    if data.startswith(b"{\\rtf"):
        raise ExtractError(f"Cannot read {path}: it is a Rich Text (RTF) file, not a .docx; save it as .docx or PDF.")
    if not data.startswith(b"PK"):
        raise ExtractError(f"Cannot read {path}: it is not a Word .docx file (not a zip package).")
    try:
        return docx.Document(io.BytesIO(data))
    # a damaged zip directory can also name an unknown compression method or zip version
    except (zipfile.BadZipFile, zlib.error, EOFError, etree.XMLSyntaxError, NotImplementedError, RuntimeError):
        raise ExtractError(f"Cannot read {path}: the .docx file is damaged or truncated.") from None
    except (KeyError, ValueError, PackageNotFoundError):
        raise ExtractError(f"Cannot read {path}: the zip package holds no Word document "
                           "(word/document.xml).") from None


def paragraph_to_line(paragraph: WordParagraph) -> Line:
    """Word's own evidence of how a line is set: its heading style or outline level, its weight,
    and its list level as the indent (Word indents each list level by about two ems)."""
    return Line(paragraph.text, paragraph.page, bold=paragraph.bold, heading=paragraph.heading or 0,
                indent=2.0 * (paragraph.list_level or 0), lead=paragraph.lead)


def paragraphs_to_pages(paragraphs: list[WordParagraph]) -> list[Page]:
    pages = [Page(n, []) for n in range(1, max(p.page for p in paragraphs) + 1)]
    for paragraph in paragraphs:
        pages[paragraph.page - 1].lines.append(paragraph_to_line(paragraph))
    return pages


def document_to_paragraphs(document: Any) -> list[WordParagraph]:
    styles = Styles(document.styles.element)
    body = document.element.body
    reader = BodyReader(styles, Numbering(numbering_element(document), styles.numbering_styles()),
                        paragraphs_ending_page_sections(body))
    reader.read_blocks(body)
    return reader.out


def numbering_element(document: Any) -> Any:
    """The w:numbering element, or None for a document without lists (python-docx cannot make one)."""
    from docx.opc.constants import RELATIONSHIP_TYPE

    try:
        return getattr(document.part.part_related_by(RELATIONSHIP_TYPE.NUMBERING), "element", None)
    except KeyError:
        return None


def paragraphs_ending_page_sections(body: Any) -> set[Any]:
    """The paragraphs that end a section followed by one starting on a new page. A section's
    properties sit in its last paragraph (the last section's in the body itself)."""
    ends = [s for s in body.iter(W + "sectPr") if s.getparent().tag in (W + "pPr", W + "body")]
    return {end.getparent().getparent() for end, following in zip(ends, ends[1:], strict=False)
            if val(following, "type") not in SAME_PAGE_SECTIONS}


def flag(properties: Any, name: str) -> bool | None:
    """An on/off property (`<w:b/>`, `<w:b w:val="0"/>`) of a w:rPr or w:pPr, or None when unset."""
    found = None if properties is None else properties.find(W + name)
    return None if found is None else found.get(W + "val", "1").lower() not in FALSE_VALUES


def children(element: Any, tag: str) -> Iterator[Any]:
    for child in element:
        if child.tag in WRAPPERS:
            yield from children(child, tag)
        elif child.tag == tag:
            yield child


def runs(element: Any) -> Iterator[Any]:
    """The printed runs of a paragraph, through hyperlinks, fields, insertions and content controls."""
    for child in element:
        if child.tag == W + "r":
            yield child
        elif child.tag not in NOT_PRINTED:
            yield from runs(child)


def text_boxes(element: Any) -> Iterator[Any]:
    """The contents of the text boxes anchored in a paragraph, each once (a box kept as
    alternate content has a fallback copy); boxes inside a box are read with it."""
    for child in element:
        if child.tag == W + "txbxContent":
            yield child
        elif child.tag != MC + "Fallback":
            yield from text_boxes(child)


def symbol_font(run: Any) -> str | None:
    """The symbol font a run's text is set in (directly), or None for a text font."""
    fonts = run.find(f"{W}rPr/{W}rFonts")
    name = (fonts.get(W + "ascii") or fonts.get(W + "hAnsi") or "").lower() if fonts is not None else ""
    return name if name in SYMBOLS else None


def symbols_to_text(font: str, codes: list[int]) -> str:
    table = SYMBOLS.get(font.lower(), {})
    return "".join(table.get(code - SYMBOL_AREA if code >= SYMBOL_AREA else code, "") for code in codes)


def sym_to_text(sym: Any) -> str:
    """A w:sym: one character of a symbol font, by its code in hex."""
    code = sym.get(W + "char") or ""
    return symbols_to_text(sym.get(W + "font") or "", [int(code, 16)]) if HEX_CODE.fullmatch(code) else ""


def tidy(text: str) -> str:
    """Tabs part cells in the `Line` convention: runs of them count once, and none at the ends."""
    return SPACES_AROUND_TAB.sub("\t", text).strip()


class Styles:
    """Paragraph and character styles, each with the chain of styles it is based on."""

    def __init__(self, styles: Any) -> None:
        self.by_id = {s.get(W + "styleId"): s for s in styles.findall(W + "style")}
        self.default_paragraph = next(
            (key for key, s in self.by_id.items()
             if s.get(W + "type") == "paragraph" and (s.get(W + "default") or "0").lower() not in FALSE_VALUES),
            None)
        self.default_bold = bool(flag(styles.find(f"{W}docDefaults/{W}rPrDefault/{W}rPr"), "b"))

    def chain(self, style_id: str | None) -> list[Any]:
        found: list[Any] = []
        while style_id in self.by_id and self.by_id[style_id] not in found:
            found.append(self.by_id[style_id])
            style_id = val(found[-1], "basedOn")
        return found

    def properties(self, style_id: str | None, kind: str) -> list[Any]:
        """The `kind` ("pPr", "rPr") elements of a style and the styles it is based on, nearest first."""
        return [p for p in (s.find(W + kind) for s in self.chain(style_id)) if p is not None]

    def numbering_styles(self) -> dict[str, str]:
        """The list a numbering style names, by style id."""
        return {key: num_id for key, s in self.by_id.items()
                if s.get(W + "type") == "numbering" and (num_id := val(s.find(f"{W}pPr/{W}numPr"), "numId"))}

    def paragraph_style(self, p_pr: Any) -> str | None:
        return val(p_pr, "pStyle") or self.default_paragraph

    def inherited(self, p_pr: Any, style_id: str | None, name: str) -> Any:
        """The nearest w:pPr (the paragraph's own, then its styles') that sets `name`, or None."""
        chain = ([] if p_pr is None else [p_pr]) + self.properties(style_id, "pPr")
        return next((p for p in chain if p.find(W + name) is not None), None)

    def heading_level(self, p_pr: Any, style_id: str | None) -> int | None:
        level = self.outline_level(p_pr, style_id)
        return level + 1 if level is not None and level < BODY_TEXT_OUTLINE else None

    def outline_level(self, p_pr: Any, style_id: str | None) -> int | None:
        """0-based: the paragraph's own outline level, else its nearest style's (Heading N is N - 1)."""
        if (level := int_val(p_pr, "outlineLvl")) is not None:
            return level
        for style in self.chain(style_id):
            name = (val(style, "name") or "").lower()
            if match := HEADING_STYLE.fullmatch(name):
                return int(match.group(1)) - 1
            if name == TITLE_STYLE:
                return 0
            if (level := int_val(style.find(W + "pPr"), "outlineLvl")) is not None:
                return level
        return None

    def run_bold(self, run: Any, paragraph_style: str | None) -> bool:
        r_pr = run.find(W + "rPr")
        chain = ([] if r_pr is None else [r_pr]) + self.properties(val(r_pr, "rStyle"), "rPr") \
            + self.properties(paragraph_style, "rPr")
        return next((b for b in (flag(p, "b") for p in chain) if b is not None), self.default_bold)


class BodyReader:
    """Reads a body in order, keeping count of pages and of list numbers."""

    def __init__(self, styles: Styles, numbering: Numbering, section_ends: set[Any]) -> None:
        self.styles = styles
        self.numbering = numbering
        self.section_ends = section_ends
        self.page = 1
        self.fresh = True  # nothing printed on this page yet
        self.out: list[WordParagraph] = []

    def new_page(self, unless_fresh: bool) -> None:
        if unless_fresh and self.fresh:
            return
        self.page += 1
        self.fresh = True

    def read_blocks(self, container: Any) -> None:
        for child in container:
            if child.tag in WRAPPERS:
                self.read_blocks(child)
            elif child.tag == W + "p":
                self.read_paragraph(child)
            elif child.tag == W + "tbl":
                self.read_table(child)

    def read_paragraph(self, p: Any) -> None:
        p_pr = p.find(W + "pPr")
        style = self.styles.paragraph_style(p_pr)
        if flag(self.styles.inherited(p_pr, style, "pageBreakBefore"), "pageBreakBefore"):
            self.new_page(unless_fresh=True)
        numbered = self.list_number(p_pr, style)
        printed = [(piece.text, piece.page, piece.bold, "" if piece.bold else " ".join(piece.lead.split()))
                   for piece in self.pieces(p, style) if piece.page]
        if p in self.section_ends:
            self.new_page(unless_fresh=False)
        heading = self.styles.heading_level(p_pr, style)
        level, prefix = numbered if numbered else (None, "")
        for i, (text, page, bold, lead) in enumerate(printed):
            self.out.append(WordParagraph((prefix if i == 0 else "") + tidy(text), page, heading, bold, level,
                                          lead))
        for box in text_boxes(p):
            self.read_blocks(box)

    def list_number(self, p_pr: Any, style: str | None) -> tuple[int, str] | None:
        """The paragraph's list level and the label Word prints before it (with the space after
        it), counted whether or not the paragraph has text, as Word counts it."""
        num_pr = None if p_pr is None else p_pr.find(W + "numPr")
        num_id, ilvl = val(num_pr, "numId"), int_val(num_pr, "ilvl")
        for properties in self.styles.properties(style, "pPr"):
            style_num_pr = properties.find(W + "numPr")
            num_id = val(style_num_pr, "numId") if num_id is None else num_id
            ilvl = int_val(style_num_pr, "ilvl") if ilvl is None else ilvl
        if num_id is None or num_id == "0":
            return None
        if ilvl is None:
            ilvl = self.numbering.level_for_style(num_id, style or "") or 0
        label = self.numbering.next_label(num_id, ilvl)
        if label is None:
            return None
        text, suffix = label
        return ilvl, text + ("" if suffix == "nothing" else " ")

    def pieces(self, p: Any, style: str | None) -> list[Piece]:
        pieces = [Piece()]
        for run in runs(p):
            bold = self.styles.run_bold(run, style)
            font = symbol_font(run)
            for item in run:
                tag = item.tag
                text = (item.text or "") if tag == W + "t" else sym_to_text(item) if tag == W + "sym" else ""
                if font and tag == W + "t":
                    text = symbols_to_text(font, [ord(c) for c in text])
                if text:
                    if text.strip():
                        self.fresh = False
                        pieces[-1].page = pieces[-1].page or self.page
                        pieces[-1].bold = pieces[-1].bold and bold
                        pieces[-1].leading = pieces[-1].leading and bold
                    if pieces[-1].leading:
                        pieces[-1].lead += text
                    pieces[-1].text += text
                elif tag in (W + "tab", W + "ptab"):
                    pieces[-1].text += "\t"
                elif tag == W + "noBreakHyphen":
                    pieces[-1].text += "-"
                elif tag == W + "lastRenderedPageBreak":
                    self.new_page(unless_fresh=True)
                elif tag == W + "br" and item.get(W + "type") == "column":
                    pieces[-1].text += " "
                elif tag in (W + "br", W + "cr"):
                    if item.get(W + "type") == "page":
                        self.new_page(unless_fresh=False)
                    pieces.append(Piece())
        return pieces

    def read_table(self, tbl: Any) -> None:
        rows = list(children(tbl, W + "tr"))
        if all(len(list(children(tr, W + "tc"))) <= 1 for tr in rows):
            for tr in rows:
                for tc in children(tr, W + "tc"):
                    self.read_blocks(tc)
            return
        for tr in rows:
            self.read_row(tr)

    def read_row(self, tr: Any) -> None:
        """Each cell is read from where the row starts: Word records a rendered page break in
        every cell of a row that runs on to the next page."""
        start, start_fresh = self.page, self.fresh
        ends: list[tuple[int, bool]] = []
        cells: list[str] = [""] * min(int_val(tr.find(W + "trPr"), "gridBefore") or 0, MAX_COLUMNS)
        read: list[WordParagraph] = []
        for tc in children(tr, W + "tc"):
            self.page, self.fresh = start, start_fresh
            lines = self.cell_lines(tc)
            ends.append((self.page, self.fresh))
            cells.append(" ".join(line.text.replace("\t", " ") for line in lines))
            cells.extend([""] * (min(int_val(tc.find(W + "tcPr"), "gridSpan") or 1, MAX_COLUMNS) - 1))
            read.extend(lines)
        if ends:
            self.page = max(page for page, _ in ends)
            self.fresh = all(fresh for page, fresh in ends if page == self.page)
        if read:
            self.out.append(WordParagraph("\t".join(cells), min(line.page for line in read),
                                          bold=all(line.bold for line in read)))

    def cell_lines(self, tc: Any) -> list[WordParagraph]:
        outer = self.out
        self.out = []
        try:
            self.read_blocks(tc)
            return self.out
        finally:
            self.out = outer
