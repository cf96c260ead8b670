"""PDFs with scanned pages for the OCR tests: papers written with `corpus.sample.pdfwrite`, some
of their pages then replaced by an image of themselves, as a scanner would give them."""
from __future__ import annotations

import pathlib
from collections.abc import Sequence

from corpus.sample.pdfwrite import Block, write_pdf

SCAN_DPI = 150
# A scanned sheet of paper with nothing on it: a few specks of dust on white.
SPECKS = ((120, 300), (600, 900), (1000, 1500), (333, 1200))


def scanned_pdf(path: pathlib.Path, pages: Sequence[Sequence[Block]], scanned: set[int],
                blank: Sequence[int] = (), dusty: Sequence[int] = ()) -> pathlib.Path:
    """`pages` written as text, the 1-based pages in `scanned` then turned into images of
    themselves; a page of `blank` (empty, no image) or `dusty` (a scan of an empty sheet) is
    inserted at its number."""
    import pypdfium2 as pdfium

    path.parent.mkdir(parents=True, exist_ok=True)
    text = write_pdf(path.with_name(f".{path.stem}-text.pdf"), list(pages))
    source = pdfium.PdfDocument(text)
    out = pdfium.PdfDocument.new()
    width, height = source[0].get_size()
    written = 0
    for number in range(1, len(source) + len(blank) + len(dusty) + 1):
        if number in blank:
            out.new_page(width, height)
        elif number in dusty:
            image_page(out, dust_sheet(width, height), width, height)
        else:
            if number in scanned:
                image_page(out, source[written].render(scale=SCAN_DPI / 72).to_pil(), width, height)
            else:
                out.import_pages(source, [written])
            written += 1
    out.save(path)
    return path


def image_page(document: object, picture: object, width: float, height: float) -> None:
    import pypdfium2 as pdfium

    page = document.new_page(width, height)  # type: ignore[attr-defined]
    image = pdfium.PdfImage.new(document)
    image.set_bitmap(pdfium.PdfBitmap.from_pil(picture))
    image.set_matrix(pdfium.PdfMatrix().scale(width, height))
    page.insert_obj(image)
    page.gen_content()


def dust_sheet(width: float, height: float) -> object:
    from PIL import Image, ImageDraw

    sheet = Image.new("RGB", (round(width * SCAN_DPI / 72), round(height * SCAN_DPI / 72)), "white")
    draw = ImageDraw.Draw(sheet)
    for x, y in SPECKS:
        draw.ellipse((x, y, x + 3, y + 3), fill="gray")
    return sheet
