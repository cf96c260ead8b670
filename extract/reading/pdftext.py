"""Stage 1 of reading a PDF: the file -> pages of positioned text segments, read with pypdfium2
(fast, keeps content order), with the ruled tables pdfplumber finds on the pages that have them.

pdfplumber reads a page ~90x slower than pypdfium2, so pypdfium2 reads every page and
pdfplumber is used only for pages with ruled tables (see `extract.reading.tables`). Coordinates are
converted to pdfplumber's convention: points from the top-left corner of the page.
"""
from __future__ import annotations

import bisect
import ctypes
import dataclasses
import pathlib
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from extract.errors import ExtractError
from extract.limits import DEFAULT_LIMITS, Limits
from extract.reading.ink import Ink
from extract.reading.tables import Box, Rule, Table, has_grid, ruled_tables
from extract.reading.textless import textless_reason

# pdfium marks a hyphen it judges to be a soft (end-of-line) hyphen with one of these.
SOFT_HYPHENS = "\x02\ufffe\u00ad"
# A gap wider than this many font sizes between two characters on a line separates two cells
# (table columns without rules, a page stamp beside a page number); justified text never has one.
CELL_GAP_EMS = 1.6
# A font is bold or italic when its name says so ("Arial-BoldMT", "Calibri,Bold", "Tahoma-Bold",
# "Cambria-BoldItalic", "FranklinGothic-Demi") or its descriptor's flags do; the descriptor's weight
# is not trusted (Word's "Arial-BoldMT" has weight 400, Google Docs' "Lora-Regular" 704).
BOLD_FONT = re.compile(r"bold|black|heavy|(?<![a-z])demi", re.IGNORECASE)
ITALIC_FONT = re.compile(r"italic|oblique", re.IGNORECASE)
FORCE_BOLD_FLAG = 1 << 18
ITALIC_FLAG = 1 << 6
# Text filled and stroked: how Word thickens a font that has no bold face.
FILL_STROKE_MODE = 2
# An underline runs through the bottom of its text's box, between the baseline and the descenders:
# from this many font sizes above the box's bottom edge to this many.
UNDERLINE_ZONE = (0.3, 0.04)


class Style(NamedTuple):
    bold: bool = False
    italic: bool = False
    underline: bool = False


@dataclass
class Segment:
    """A run of text on one physical line, with no wide gap inside."""

    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float
    lead: float = 0.0  # width of the first word: would it have fitted at the end of the line above?
    # where each word after the first starts, and the space before it (a cell beside a cell can
    # be closer than CELL_GAP_EMS: `extract.reading.layout` splits it off where the table's column starts)
    starts: list[tuple[float, float]] = field(default_factory=list)
    opens_cell: bool = False  # split off there: a cell, however close to the text before it
    # how each word is set, as its first character is (two lists, not a list of pairs: a pair a
    # word would be an object for the garbage collector to track, which slows reading)
    styles: list[Style] = field(default_factory=list)
    sizes: list[float] = field(default_factory=list)

    @property
    def middle(self) -> float:
        return (self.top + self.bottom) / 2

    @property
    def ink(self) -> Ink:
        chars = bold = italic = 0
        points = 0.0
        # only the last character can be a soft hyphen
        underline = 0
        for word, style, size in zip(self.text.rstrip("\x02").split(), self.styles, self.sizes, strict=False):
            chars += len(word)
            bold += len(word) if style.bold else 0
            italic += len(word) if style.italic else 0
            underline += len(word) if style.underline else 0
            points += len(word) * size
        return Ink(chars, bold, italic, points, underline)


@dataclass
class PdfPage:
    number: int
    width: float
    height: float
    segments: list[Segment]
    rules: list[Rule]
    tables: list[Table] = field(default_factory=list)
    ocr: bool = False  # its segments were read from its image (`extract.reading.scanned`)


def _char_boxes(textpage: Any, count: int) -> list[tuple[float, float, float, float]]:
    """Loose boxes (font ascent to descent, so a line's characters share a height) of every char."""
    import pypdfium2.raw as pdfium_c

    rect = pdfium_c.FS_RECTF()
    boxes = []
    for i in range(count):
        pdfium_c.FPDFText_GetLooseCharBox(textpage.raw, i, rect)
        boxes.append((rect.left, rect.top, rect.right, rect.bottom))
    return boxes


# A font's ascent-to-descent height is about this many times its size. pdfium's own font size
# is unreliable (1.0 for text scaled by its matrix, as Word writes it), the loose box is not.
HEIGHT_PER_SIZE = 1.16


def _by_address(native: Any, restype: Any = ctypes.c_void_p) -> Any:
    """A copy of the pdfium function `native` that takes and returns handles as plain addresses:
    hashable, and with no pointer object to build (it is called for every word)."""
    copy = type(native)(ctypes.cast(native, ctypes.c_void_p).value)
    copy.argtypes = [ctypes.c_void_p if issubclass(t, ctypes._Pointer) else t for t in native.argtypes]
    copy.restype = restype
    return copy


def _style_reader(textpage: Any) -> Callable[[int], Style]:
    """The style of the character at an index, from the font of its text object (a run of text
    in one font and render mode, so its style is looked up once)."""
    import pypdfium2.raw as pdfium_c

    text_object = _by_address(pdfium_c.FPDFText_GetTextObject)
    object_font = _by_address(pdfium_c.FPDFTextObj_GetFont)
    render_mode = _by_address(pdfium_c.FPDFTextObj_GetTextRenderMode, ctypes.c_int)
    objects: dict[int | None, Style] = {None: Style()}
    fonts: dict[int | None, Style] = {None: Style()}
    name = ctypes.create_string_buffer(256)

    def font_style(address: int) -> Style:
        font = ctypes.cast(address, pdfium_c.FPDF_FONT)
        pdfium_c.FPDFFont_GetBaseFontName(font, name, len(name))
        label = name.value.decode("latin-1")
        flags = pdfium_c.FPDFFont_GetFlags(font)
        return Style(bool(BOLD_FONT.search(label) or flags & FORCE_BOLD_FLAG),
                     bool(ITALIC_FONT.search(label) or flags & ITALIC_FLAG))

    def object_style(address: int) -> Style:
        font = object_font(address)
        if font not in fonts:
            fonts[font] = font_style(font)
        if render_mode(address) == FILL_STROKE_MODE:
            return fonts[font]._replace(bold=True)
        return fonts[font]

    def style(index: int) -> Style:
        address = text_object(textpage.raw, index)
        found = objects.get(address)
        if found is None:
            found = objects[address] = object_style(address)
        return found

    return style


def underlined(segments: list[Segment], rules: list[Rule], links: list[Box]) -> list[Segment]:
    """`segments` with the words a rule runs under underlined. The rule runs through the bottom
    of the text's box and ends with the text (within a font size): a table's border lies lower
    and runs on to the cell's edge. Text in a link is underlined because it is a link."""
    lines = sorted((r for r in rules if r[2] - r[0] > r[3] - r[1] and not _in_link(r, links)), key=lambda r: r[1])
    if not lines:
        return segments
    tops = [r[1] for r in lines]
    low, high = UNDERLINE_ZONE
    marked = []
    for seg in segments:
        near = lines[bisect.bisect_left(tops, seg.bottom - low * seg.size):
                     bisect.bisect_right(tops, seg.bottom - high * seg.size)]
        under = [r for r in near if r[2] <= seg.x1 + seg.size]
        if under:
            starts = [seg.x0] + [x for x, _ in seg.starts]
            styles = [style._replace(underline=True) if any(r[0] <= x + 1 < r[2] for r in under) else style
                      for style, x in zip(seg.styles, starts, strict=False)] + seg.styles[len(starts):]
            seg = dataclasses.replace(seg, styles=styles)
        marked.append(seg)
    return marked


def _in_link(rule: Rule, links: list[Box]) -> bool:
    return any(b[0] - 1 <= (rule[0] + rule[2]) / 2 <= b[2] + 1 and b[1] - 1 <= rule[1] <= b[3] + 1 for b in links)


def page_links(page: Any, height: float) -> list[Box]:
    """The boxes of the page's link annotations."""
    import pypdfium2.raw as pdfium_c

    links = []
    rect = pdfium_c.FS_RECTF()
    for i in range(pdfium_c.FPDFPage_GetAnnotCount(page.raw)):
        annot = pdfium_c.FPDFPage_GetAnnot(page.raw, i)
        if (pdfium_c.FPDFAnnot_GetSubtype(annot) == pdfium_c.FPDF_ANNOT_LINK
                and pdfium_c.FPDFAnnot_GetRect(annot, rect)):
            links.append((rect.left, height - rect.top, rect.right, height - rect.bottom))
        pdfium_c.FPDFPage_CloseAnnot(annot)
    return links


def _crosses_wall(walls: list[Rule], x_from: float, x_to: float, top: float, bottom: float) -> bool:
    return any(x_from <= (w[0] + w[2]) / 2 <= x_to and w[1] < bottom and w[3] > top for w in walls)


def textpage_to_segments(textpage: Any, height: float, rules: list[Rule] | None = None) -> list[Segment]:
    """Split pdfium's text into segments at line ends, at vertical jumps (pdfium glues a
    hyphenated line to the next), at wide horizontal gaps and at vertical rules (the border
    between two table cells, however close their texts come)."""
    walls = [r for r in rules or [] if r[3] - r[1] > r[2] - r[0]]
    text = textpage.get_text_range()
    count = min(len(text), textpage.count_chars())
    boxes = _char_boxes(textpage, count)
    style = _style_reader(textpage)
    segments: list[Segment] = []
    chars: list[str] = []
    starts: list[tuple[float, float]] = []
    styles: list[Style] = []
    sizes: list[float] = []
    in_word = False
    x0 = x1 = top = bottom = size = lead = 0.0

    def flush() -> None:
        # A soft hyphen inside a line is invisible; at the end it says "joined to the next line".
        joined = "".join(chars).strip()
        joined = joined[:-1].replace("\x02", "") + joined[-1:]
        if joined.strip("\x02"):
            segments.append(Segment(joined, x0, x1, top, bottom, size, lead or x1 - x0, list(starts),
                                    styles=list(styles), sizes=list(sizes)))
        chars.clear()
        starts.clear()
        styles.clear()
        sizes.clear()

    for i in range(count):
        ch = text[i]
        if ch in "\r\n":
            flush()
            in_word = False
            continue
        if ch in SOFT_HYPHENS:
            chars.append("\x02")
            continue
        if ch.isspace():
            if chars:
                chars.append(" ")
                lead = lead or x1 - x0
            in_word = False
            continue
        left, t, right, b = boxes[i]
        ctop, cbottom = height - t, height - b
        if chars:
            jumped = abs((ctop + cbottom) / 2 - (top + bottom) / 2) > 0.5 * (bottom - top)
            gap = left - x1
            if (jumped or gap > CELL_GAP_EMS * size or gap < -size * 3
                    or (gap > 1 and walls and _crosses_wall(walls, x1, left, ctop, cbottom))):
                flush()
                in_word = False
        if not chars:
            x0, x1, top, bottom, lead = left, right, ctop, cbottom, 0.0
            size = (cbottom - ctop) / HEIGHT_PER_SIZE or 10.0
        elif chars[-1] == " ":
            starts.append((left, left - x1))
        if not in_word:
            styles.append(style(i))
            sizes.append((cbottom - ctop) / HEIGHT_PER_SIZE)
            in_word = True
        chars.append(ch)
        x1 = max(x1, right)
        top, bottom = min(top, ctop), max(bottom, cbottom)
    flush()
    return segments


def page_rules(page: Any, height: float) -> list[Rule]:
    """Thin path objects (table rules, underlines) as (x0, top, x1, bottom)."""
    import pypdfium2.raw as pdfium_c

    rules = []
    for obj in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_PATH], max_depth=2):
        left, bottom, right, top = obj.get_bounds()
        if min(right - left, top - bottom) <= 2.5 and max(right - left, top - bottom) >= 6:
            rules.append((left, height - top, right, height - bottom))
    return rules


def read_pdf_page(document: Any, index: int) -> PdfPage:
    """One page's segments and rules; a page pdfium cannot parse (a damaged file) is empty."""
    import pypdfium2 as pdfium

    try:
        page = document[index]
        width, height = page.get_size()
        rules = page_rules(page, height)
        segments = underlined(textpage_to_segments(page.get_textpage(), height, rules), rules, page_links(page, height))
        return PdfPage(index + 1, width, height, segments, rules)
    except pdfium.PdfiumError:
        return PdfPage(index + 1, 595.0, 842.0, [], [])


def open_pdf(path: pathlib.Path, data: bytes) -> Any:
    import pypdfium2 as pdfium

    if b"%PDF-" not in data[:1024]:
        head = data[:512].lower()
        if b"<html" in head or b"<!doctype" in head:
            raise ExtractError(f"Cannot read {path}: it is an HTML page saved with a .pdf name "
                               "(perhaps a failed download), not a PDF.")
        raise ExtractError(f"Cannot read {path}: it is not a PDF (no %PDF header).")
    try:
        return pdfium.PdfDocument(data)
    except pdfium.PdfiumError as e:
        if "password" in str(e).lower():
            raise ExtractError(f"Cannot read {path}: the PDF is encrypted and needs a password.") from None
        raise ExtractError(f"Cannot read {path}: the PDF is damaged or truncated.") from None


def pdf_to_segments(path: pathlib.Path, data: bytes,
                    read_images: Callable[[list[PdfPage]], list[PdfPage]] | None = None,
                    limits: Limits = DEFAULT_LIMITS) -> list[PdfPage]:
    """Every page of the PDF `data` (read from `path`) with its segments, rules and ruled tables.
    `read_images` reads the pages that have no text layer (OCR, `extract.reading.scanned`); a PDF
    of more pages than the `limits` allow is refused before any is read."""
    document = open_pdf(path, data)
    try:
        limits.check_pages(path, len(document))
        pages = [read_pdf_page(document, i) for i in range(len(document))]
    finally:
        document.close()
    if not pages:
        raise ExtractError(f"Cannot read {path}: the PDF has no pages.")
    if read_images is not None:
        pages = read_images(pages)
    if not any(p.segments for p in pages):
        raise ExtractError(f"Cannot read {path}: {textless_reason(data)}")
    tables = ruled_tables(data, [p.number for p in pages if has_grid(p.rules)])
    for page in pages:
        page.tables = tables.get(page.number, [])
    return pages
