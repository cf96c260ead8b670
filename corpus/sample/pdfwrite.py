"""Write small A4 PDFs laid out like council papers, for tests and the demo corpus.

reportlab is a test/dev-time dependency, so it is imported inside `write_pdf`.

    from corpus.sample.pdfwrite import write_pdf

    write_pdf(
        "pack.pdf",
        [
            [("heading", "Children's Scrutiny Panel"), "A paragraph, wrapped to the text width.",
             ("table", [["Name", "Organisation"], ["Jo Bloggs", "Healthwatch"]])],
            [("columns", ["Left column paragraph.", "Another one.", ("break",), "Right column."])],
            ["This page is intentionally left blank"],
        ],
        header="Children's Scrutiny Panel - 6 November 2017",   # running header on every page
        page_footer=True,                                          # "Page N" at the bottom
    )

`pages` is a list of pages; each page is a list of blocks, and content that does not fit flows
on to extra pages (so a paragraph can be split by a page end). A block is one of:

- `"text"`: a paragraph, wrapped to the text width;
- `("heading", "text")`: a bold heading;
- `("bullet", "text")`: a paragraph with a bullet and a hanging indent;
- `("table", rows)`: a table ruled with lines, rows of cell strings; long cells wrap;
  `("table", rows, False)` draws the same table without rules (columns kept apart by space);
- `("columns", blocks)`: the blocks laid out in two columns, left first; `("break",)`
  inside moves to the right column;
- `("stamp", "Agenda Item 6")`: a bold stamp at the top right of the current page;
- `("header", "text" or None)`: the running header from the current page on, that page
  included (each document of a pack has its own; None for none);
- `("gap",)`: extra vertical space.

Options: `header`, `page_footer` ("Page N", or a format string with `{n}`, e.g.
`"Page {n} of the pack"`), `footer` (a fixed text above the page number, e.g. "draft until
agreed"), `first_page_number` (the number the first "Page N" shows), `font_size`,
`hyphenate` (break long words at line ends with a "-", as typeset packs do).
"""
from __future__ import annotations

import pathlib
from collections.abc import Sequence
from typing import Any

Block = Any

MARGIN = 72.0
COLUMN_GAP = 24.0
CELL_PAD = 4.0


class _Writer:
    """Flows blocks down the page; starts a new page when the next line does not fit."""

    def __init__(self, path: pathlib.Path, opts: dict[str, Any]) -> None:
        from reportlab.lib.pagesizes import A4
        from reportlab.pdfgen import canvas

        self.width, self.height = A4
        # invariant: no creation date or random document id, so the same pages give the same bytes
        self.canvas = canvas.Canvas(str(path), pagesize=A4, invariant=1)
        self.opts = opts
        self.size = float(opts["font_size"])
        self.leading = self.size * 1.3
        self.page_number = 0
        self.left, self.right = MARGIN, self.width - MARGIN
        self.y = 0.0
        self.page_started = False

    # page handling -------------------------------------------------------------------------
    def start_page(self) -> None:
        if self.page_started:
            self.finish_page()
        self.page_started = True
        self.page_number += 1
        c, o = self.canvas, self.opts
        n = self.page_number + o["first_page_number"] - 1
        c.setFont("Helvetica", self.size - 1)
        if o["footer"]:
            c.drawCentredString(self.width / 2, 48, o["footer"])
        if o["page_footer"]:
            fmt = o["page_footer"] if isinstance(o["page_footer"], str) else "Page {n}"
            c.drawCentredString(self.width / 2, 32, fmt.format(n=n))
        self.top = self.height - MARGIN
        self.y = self.top

    def finish_page(self) -> None:
        """The running header is drawn as a page ends, so a ("header", …) block anywhere on the
        page sets it for that page."""
        if self.opts["header"]:
            self.canvas.setFont("Helvetica", self.size - 1)
            self.canvas.drawString(MARGIN, self.height - 40, self.opts["header"])
        self.canvas.showPage()

    def need(self, height: float) -> None:
        if self.y - height < MARGIN:
            self.start_page()

    # text ----------------------------------------------------------------------------------
    def wrap(self, text: str, font: str, width: float) -> list[str]:
        from reportlab.pdfbase.pdfmetrics import stringWidth

        lines: list[str] = []
        current = ""
        for word in text.split():
            trial = f"{current} {word}".strip()
            if stringWidth(trial, font, self.size) <= width:
                current = trial
                continue
            if current and self.opts["hyphenate"] and len(word) >= 8:
                head = self.longest_prefix(current, word, font, width)
                if head:
                    lines.append(f"{current} {word[:head]}-")
                    current = word[head:]
                    continue
            if current:
                lines.append(current)
            current = word
        if current:
            lines.append(current)
        return lines

    def longest_prefix(self, current: str, word: str, font: str, width: float) -> int:
        """How much of `word` (at least 3 letters, leaving 3) fits after `current` with a hyphen."""
        from reportlab.pdfbase.pdfmetrics import stringWidth

        for cut in range(len(word) - 3, 2, -1):
            if stringWidth(f"{current} {word[:cut]}-", font, self.size) <= width:
                return cut
        return 0

    def paragraph(self, text: str, font: str = "Helvetica", indent: float = 0.0, bullet: str = "") -> None:
        lines = self.wrap(text, font, self.right - self.left - indent)
        for i, line in enumerate(lines):
            self.need(self.leading)
            self.y -= self.leading
            self.canvas.setFont(font, self.size)
            if i == 0 and bullet:
                self.canvas.drawString(self.left, self.y, bullet)
            self.canvas.drawString(self.left + indent, self.y, line)
        self.y -= self.leading * 0.6

    # tables --------------------------------------------------------------------------------
    def table(self, rows: Sequence[Sequence[str]], ruled: bool = True) -> None:
        ncols = max(len(r) for r in rows)
        col_w = (self.right - self.left) / ncols
        for row in rows:
            cells = [self.wrap(str(cell), "Helvetica", col_w - 2 * CELL_PAD) for cell in row]
            height = max(len(c) for c in cells) * self.leading + 2 * CELL_PAD
            self.need(height)
            top = self.y
            c = self.canvas
            c.setFont("Helvetica", self.size)
            for i, lines in enumerate(cells):
                x = self.left + i * col_w
                for j, line in enumerate(lines):
                    c.drawString(x + CELL_PAD, top - CELL_PAD - (j + 1) * self.leading + 3, line)
            if ruled:
                c.line(self.left, top, self.right, top)
                c.line(self.left, top - height, self.right, top - height)
                for i in range(ncols + 1):
                    c.line(self.left + i * col_w, top, self.left + i * col_w, top - height)
            self.y = top - height
        self.y -= self.leading * 0.6

    # columns -------------------------------------------------------------------------------
    def columns(self, blocks: Sequence[Block]) -> None:
        col_w = (self.width - 2 * MARGIN - COLUMN_GAP) / 2
        top = self.y
        self.left, self.right = MARGIN, MARGIN + col_w
        lowest = top
        for block in blocks:
            if block == ("break",):
                lowest = min(lowest, self.y)
                self.left, self.right = MARGIN + col_w + COLUMN_GAP, self.width - MARGIN
                self.y = top
                continue
            self.block(block)
        self.y = min(lowest, self.y)
        self.left, self.right = MARGIN, self.width - MARGIN

    def block(self, block: Block) -> None:
        if isinstance(block, str):
            self.paragraph(block)
            return
        kind, *args = block
        if kind == "heading":
            self.need(self.leading * 2)
            self.y -= self.leading * 0.4
            self.paragraph(args[0], font="Helvetica-Bold")
        elif kind == "bullet":
            self.paragraph(args[0], indent=18.0, bullet="\u2022")
        elif kind == "table":
            self.table(*args)
        elif kind == "columns":
            self.columns(args[0])
        elif kind == "stamp":
            self.canvas.setFont("Helvetica-Bold", self.size + 2)
            self.canvas.drawRightString(self.width - MARGIN, self.height - 56, args[0])
        elif kind == "header":
            self.opts["header"] = args[0]
        elif kind == "gap":
            self.y -= self.leading
        else:
            raise ValueError(f"unknown block kind {kind!r}")


def write_pdf(
    path: str | pathlib.Path,
    pages: Sequence[Sequence[Block]],
    *,
    header: str | None = None,
    page_footer: bool | str = False,
    footer: str | None = None,
    first_page_number: int = 1,
    font_size: float = 10,
    hyphenate: bool = False,
) -> pathlib.Path:
    """Write `pages` (see the module docstring) to an A4 PDF at `path`; return the path."""
    path = pathlib.Path(path)
    opts = {"header": header, "page_footer": page_footer, "footer": footer,
            "first_page_number": first_page_number, "font_size": font_size, "hyphenate": hyphenate}
    writer = _Writer(path, opts)
    for page in pages:
        writer.start_page()
        for block in page:
            writer.block(block)
    writer.finish_page()
    writer.canvas.save()
    return path
