"""Large inputs for the scaling benchmarks, made from the seed minutes in the same run.

Standard library only (a plain install has no reportlab): `minutes_text` builds text of a given
size in three shapes, `write_ruled_pack` writes a PDF agenda pack whose every page has a ruled
table, with its own few lines of PDF syntax.
"""
from __future__ import annotations

import pathlib
import re
import textwrap
from collections.abc import Iterator

HEADER = ("Minutes of the meeting of the Children's Scrutiny Panel held on Friday 11 October 2024\n\n"
          "Present: Councillor Itrat Ali (Chair), Councillor Jane Rylah, Councillor Richard Smith\n\n")
# The shapes of a large text: a minutes book (the seeds one after another, each its own documents),
# one long meeting (the seeds' minute items numbered on as a body's minutes are, "CSP/24/1234", one
# document), and one long item (the seeds' minute items under one heading, as a licensing board
# lists hundreds of applications).
SHAPES = ("book", "meeting", "item")


def seed_texts(seeds: pathlib.Path) -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in sorted(seeds.glob("*.txt"))]
    if not texts:
        raise SystemExit(f"no seed texts (*.txt) in {seeds}")
    return texts


def seed_items(seeds: pathlib.Path) -> list[tuple[str, str]]:
    """(title, text) of every minute item of the seeds, as the extractor reads them."""
    from extract.pipeline import extract_file

    return [(item.title, item.text) for path in sorted(seeds.glob("*.txt"))
            for document in extract_file(path).documents if document.kind == "minutes"
            for item in document.items if item.text.strip()]


def minutes_text(shape: str, size: int, seeds: pathlib.Path) -> str:
    """About `size` characters of minutes in `shape` (one of SHAPES), cut at a line end."""
    if shape == "book":
        chunks = _cycle(seed_texts(seeds))
        out = []
    else:
        items = seed_items(seeds)
        chunks = (f"CSP/24/{k} {title}\n\n{text}\n\n" if shape == "meeting" else f"{text}\n\n"
                  for k, (title, text) in enumerate(_cycle(items), 1))
        out = [HEADER] + ([] if shape == "meeting" else ["1. Matters considered\n\n"])
    length = sum(map(len, out))
    while length < size:
        chunk = next(chunks)
        out.append(chunk + "\n\n")
        length += len(chunk) + 2
    text = "".join(out)[:size]
    return text[:text.rfind("\n") + 1]


def _cycle(values: list) -> Iterator:
    while True:
        yield from values


# A4 in points, and where the page's text and table sit.
WIDTH, HEIGHT = 595, 842
MARGIN = 60
LEADING = 13
TABLE_ROWS = [("Ref", "Action", "Owner", "Due")] + [
    (f"A{n}", f"Report back on item {n}", "Clerk", f"{n % 28 + 1} March 2025") for n in range(1, 8)]
COLUMNS = (60, 300, 90, 85)


def _pdf_string(text: str) -> str:
    text = text.encode("latin-1", "replace").decode("latin-1")
    return "(" + text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ")"


def page_content(number: int, lines: list[str]) -> bytes:
    """One page: a bold heading, paragraphs of seed text, a ruled action table, a page number."""
    ops = ["BT", "/F2 13 Tf", f"{MARGIN} {HEIGHT - MARGIN} Td", _pdf_string(f"{number}. Report of the Panel") + " Tj",
           "/F1 10 Tf", f"0 {-2 * LEADING} Td"]
    for line in lines:
        ops += [_pdf_string(line) + " Tj", f"0 {-LEADING} Td"]
    ops.append("ET")
    top = HEIGHT - MARGIN - (len(lines) + 4) * LEADING
    row_height = 18
    bottom = top - row_height * len(TABLE_ROWS)
    right = MARGIN + sum(COLUMNS)
    ops.append("0.5 w")
    for r in range(len(TABLE_ROWS) + 1):
        y = top - r * row_height
        ops.append(f"{MARGIN} {y} m {right} {y} l S")
    x = MARGIN
    for width in (0, *COLUMNS):
        x += width
        ops.append(f"{x} {top} m {x} {bottom} l S")
    for r, row in enumerate(TABLE_ROWS):
        x = MARGIN
        for width, cell in zip(COLUMNS, row, strict=True):
            ops.append(f"BT /F1 9 Tf {x + 4} {top - (r + 1) * row_height + 5} Td {_pdf_string(cell)} Tj ET")
            x += width
    ops.append(f"BT /F1 9 Tf {WIDTH / 2} 30 Td {_pdf_string(f'Page {number}')} Tj ET")
    return "\n".join(ops).encode("latin-1")


def write_ruled_pack(path: pathlib.Path, pages: int, seeds: pathlib.Path, lines_per_page: int = 30) -> None:
    """A PDF of `pages` A4 pages, each with a heading, `lines_per_page` lines of the seed texts
    (wrapped to the text width) and a ruled table (the pages pdfplumber is asked about)."""
    words = " ".join(" ".join(seed_texts(seeds)).split())
    wrapped = _cycle(textwrap.wrap(re.sub(r"[^\x20-\x7e]", " ", words), 95))
    objects: list[bytes] = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"",  # the page tree, once the pages are numbered
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>",
    ]
    kids = []
    for number in range(1, pages + 1):
        content = page_content(number, [next(wrapped) for _ in range(lines_per_page)])
        objects.append(b"<< /Length %d >>\nstream\n%s\nendstream" % (len(content), content))
        kids.append(len(objects) + 1)
        objects.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %d %d] /Contents %d 0 R "
                       b"/Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> >>" % (WIDTH, HEIGHT, len(objects)))
    objects[1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (" ".join(f"{k} 0 R" for k in kids).encode(), pages)
    with path.open("wb") as out:
        out.write(b"%PDF-1.4\n")
        offsets = []
        for n, body in enumerate(objects, 1):
            offsets.append(out.tell())
            out.write(b"%d 0 obj\n%s\nendobj\n" % (n, body))
        xref = out.tell()
        out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
        out.write(b"".join(b"%010d 00000 n \n" % o for o in offsets))
        out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref))
