"""Why a PDF from which no text could be read cannot be read: told to the user, who must
either run OCR on a scan or learn that the file holds nothing at all."""
from __future__ import annotations


def textless_reason(data: bytes) -> str:
    """What the pages of the PDF `data` hold instead of text, as the end of a sentence. Read
    only for a PDF without text, one page at a time, stopping at the first image."""
    import pypdfium2 as pdfium
    import pypdfium2.raw as pdfium_c

    kinds: set[int] = set()
    damaged = False
    document = pdfium.PdfDocument(data)
    try:
        for index in range(len(document)):
            try:
                page = document[index]
            except pdfium.PdfiumError:
                damaged = True
                continue
            try:
                kinds.update(obj.type for obj in page.get_objects())
            finally:
                page.close()
            if pdfium_c.FPDF_PAGEOBJ_IMAGE in kinds:
                return "it has no text layer (a scanned image); it needs OCR."
    finally:
        document.close()
    if kinds:
        return "it has no text layer, only drawings; it needs OCR."
    if damaged:
        return "the PDF is damaged and no page could be read."
    return "its pages are blank (no text, no images)."
