"""Scanned pages: the pages of a PDF that have no text layer (or only a few stray characters over
a page-sized image) are read by OCR (`extract.reading.ocr`) into the positioned segments a text
page gives, so rows, furniture, paragraphs and headings read them the same way.

OCR takes seconds a page, so what it recognises is kept in an `OcrCache` when one is given (the
store keeps one per file content and page), pages are recognised `jobs` at a time in separate
processes, and `progress(file name, done, total)` is told after each page.
"""
from __future__ import annotations

import dataclasses
import hashlib
import pathlib
import re
import statistics
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any, Protocol

from extract.reading.ocr import OcrLine, OcrWord, engine, image_to_lines, render_page
from extract.reading.pdftext import CELL_GAP_EMS, HEIGHT_PER_SIZE, PdfPage, Segment, Style
from extract.workers import worker_pool

# A page whose text layer holds fewer characters than this (a page number, a scanner's stamp) is
# read as the image it is...
STRAY_CHARS = 20
# ... when images cover at least this share of it (a blank page, or one of a few words, has none).
IMAGE_COVER = 0.5
# A line recognised with less confidence than this is a smudge, a signature or a logo, not text
# (on the scans measured, text reads above 0.85 and signatures from 0.5 to 0.75).
MIN_LINE_SCORE = 0.75
# Letters the recogniser confuses in English words, mended in each word: an l read for the i of
# "-tion" ("Resolutlon"), a ! for an l between letters ("Reso!ution"), a capital I inside a
# lower-case word ("fundIng"; not the I of "McIntyre", "MacInnis") and an l for it before a
# consonant ("Mclsaac").
OCR_MENDS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"(?<=[a-z])tlon(?=s?\b)"), "tion"),
    (re.compile(r"(?<=[a-z])!(?=[a-z])"), "l"),
    (re.compile(r"(?<!Mc)(?<!Mac)(?<=[a-z])I(?=[a-z])"), "i"),
    (re.compile(r"(?<=\bMc)l(?=[b-df-hj-np-tv-z])"), "I"),
)
# A detected line's box is some 12% taller or shorter than the next for the same type: a line
# within this share of the page's usual height is set in the page's body size.
SAME_SIZE = 0.25
# A word whose strokes are this many times heavier (for its height) than the page's usual is bold.
BOLD_STROKE = 1.4


class OcrCache(Protocol):
    """Where recognised pages are kept: by the file's SHA-256 and the 1-based page number."""

    def get(self, sha256: str, page: int) -> dict[str, Any] | None: ...

    def put(self, sha256: str, page: int, value: dict[str, Any]) -> None: ...


PageProgress = Callable[[str, int, int], None]  # (file name, pages done, pages to read)


@dataclass(frozen=True)
class OcrOptions:
    """How to read scanned pages: `enabled` False refuses a PDF without a text layer, as before;
    `jobs` pages are recognised at once, each in its own process."""

    enabled: bool = True
    jobs: int = 1
    cache: OcrCache | None = None
    progress: PageProgress | None = None


DEFAULT_OCR = OcrOptions()


def image_cover(pdf_page: Any) -> float:
    """The share of the page that its images cover (at most 1)."""
    import pypdfium2.raw as pdfium_c

    width, height = pdf_page.get_size()
    area = 0.0
    for image in pdf_page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_IMAGE], max_depth=3):
        left, bottom, right, top = image.get_bounds()
        area += (right - left) * (top - bottom)
    return min(area / (width * height), 1.0) if width and height else 0.0


def needs_ocr(page: PdfPage, pdf_page: Any) -> bool:
    text = sum(len(s.text) - s.text.count(" ") for s in page.segments)
    return text < STRAY_CHARS and image_cover(pdf_page) >= IMAGE_COVER


def pages_to_ocr(document: Any, pages: list[PdfPage]) -> list[int]:
    """The numbers of the pages to read by OCR (not a page pdfium cannot load: a damaged file)."""
    import pypdfium2 as pdfium

    numbers = []
    for page in pages:
        if len(page.segments) >= STRAY_CHARS:  # cheap: most pages have many segments
            continue
        try:
            pdf_page = document[page.number - 1]
        except pdfium.PdfiumError:
            continue
        try:
            if needs_ocr(page, pdf_page):
                numbers.append(page.number)
        finally:
            pdf_page.close()
    return numbers


_document: Any = None


def _open_in_worker(data: bytes) -> None:
    import pypdfium2 as pdfium

    global _document
    _document = pdfium.PdfDocument(data)


def _recognise_in_worker(number: int) -> list[OcrLine]:
    return image_to_lines(render_page(_document, number - 1), threads=1)


def recognised(document: Any, data: bytes, numbers: list[int], jobs: int) -> Iterator[tuple[int, list[OcrLine]]]:
    """(page number, its lines) for each page of `numbers`, in order, `jobs` pages at a time."""
    if jobs <= 1 or len(numbers) <= 1:
        for number in numbers:
            yield number, image_to_lines(render_page(document, number - 1), threads=1)
        return
    with worker_pool(min(jobs, len(numbers)), _open_in_worker, (data,)) as pool:
        yield from zip(numbers, pool.map(_recognise_in_worker, numbers), strict=True)


def lines_to_json(lines: list[OcrLine]) -> dict[str, Any]:
    return {"engine": engine(), "lines": [[list(word) for word in line] for line in lines]}


def json_to_lines(value: dict[str, Any] | None) -> list[OcrLine] | None:
    """The lines of a cached page, or None when there is none, or it came from another engine."""
    if not value or value.get("engine") != engine():
        return None
    return [[OcrWord(*word) for word in line] for line in value["lines"]]


def ocr_lines(name: str, data: bytes, document: Any, numbers: list[int],
              options: OcrOptions) -> dict[int, list[OcrLine]]:
    """The recognised lines of each page of `numbers`: from the cache, else by OCR (then cached)."""
    sha = hashlib.sha256(data).hexdigest()
    found: dict[int, list[OcrLine]] = {}
    for number in numbers:
        cached = json_to_lines(options.cache.get(sha, number)) if options.cache else None
        if cached is not None:
            found[number] = cached
    missing = [n for n in numbers if n not in found]
    done = len(found)
    if options.progress and missing:
        options.progress(name, done, len(numbers))
    for number, lines in recognised(document, data, missing, options.jobs):
        found[number] = lines
        if options.cache:
            options.cache.put(sha, number, lines_to_json(lines))
        done += 1
        if options.progress:
            options.progress(name, done, len(numbers))
    return found


def kept_lines(lines: list[OcrLine]) -> list[OcrLine]:
    """Lines read with confidence that hold a letter or a digit."""
    return [line for line in lines if statistics.mean(w.score for w in line) >= MIN_LINE_SCORE
            and any(c.isalnum() for w in line for c in w.text)]


def mended(text: str) -> str:
    for pattern, repair in OCR_MENDS:
        text = pattern.sub(repair, text)
    return text


def line_height(line: OcrLine) -> float:
    return statistics.median(w.bottom - w.top for w in line)


def line_sizes(lines: list[OcrLine]) -> list[float]:
    """The font size of each line, from its height; a line about the page's usual height is set in
    the page's usual size, so the noise of detection splits no paragraph and makes no heading."""
    heights = [line_height(line) for line in lines]
    usual = statistics.median(heights)
    return [(usual if abs(h - usual) <= SAME_SIZE * usual else h) / HEIGHT_PER_SIZE for h in heights]


def heaviness(word: OcrWord) -> float:
    return word.stroke / (word.bottom - word.top) if word.bottom > word.top else 0.0


def line_to_segments(line: OcrLine, size: float, bold_from: float) -> list[Segment]:
    """One recognised line -> its segments, split where a gap wider than a text page's cell gap
    parts two words (the cells of a table row, a label and its text)."""
    runs: list[list[OcrWord]] = [[line[0]]]
    for prev, word in zip(line, line[1:], strict=False):
        if word.x0 - prev.x1 > CELL_GAP_EMS * size:
            runs.append([word])
        else:
            runs[-1].append(word)
    segments = []
    for run in runs:
        styles, starts = [], []
        for k, word in enumerate(run):
            styles += [Style(bold=heaviness(word) >= bold_from)] * len(word.text.split())
            if k:
                starts.append((word.x0, word.x0 - run[k - 1].x1))
        top, bottom = min(w.top for w in run), max(w.bottom for w in run)
        segments.append(Segment(" ".join(w.text for w in run), run[0].x0, run[-1].x1, top, bottom, size,
                                run[0].x1 - run[0].x0, starts, styles=styles, sizes=[size] * len(styles)))
    return segments


def lines_to_segments(lines: list[OcrLine]) -> list[Segment]:
    """A page's recognised lines -> positioned segments, as `pdftext` gives a text page's."""
    lines = [[w._replace(text=mended(w.text)) for w in line if w.text.strip()] for line in kept_lines(lines)]
    lines = [line for line in lines if line]
    if not lines:
        return []
    bold_from = BOLD_STROKE * statistics.median(heaviness(w) for line in lines for w in line)
    return [seg for line, size in zip(lines, line_sizes(lines), strict=True)
            for seg in line_to_segments(line, size, bold_from)]


def pages_with_ocr(path: pathlib.Path, data: bytes, options: OcrOptions, pages: list[PdfPage]) -> list[PdfPage]:
    """`pages` with those that have no text layer read by OCR (their `ocr` set)."""
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(data)
    try:
        numbers = pages_to_ocr(document, pages)
        if not numbers:
            return pages
        read = ocr_lines(path.name, data, document, numbers, options)
    finally:
        document.close()
    return [dataclasses.replace(p, segments=lines_to_segments(read[p.number]), ocr=True) if p.number in read else p
            for p in pages]
