"""Recognising the words of a scanned page: a PDF page -> its image (rendered by pypdfium2) ->
lines of positioned words (RapidOCR, whose PP-OCRv6 models ship inside its wheel and run on
onnxruntime: nothing is downloaded).

Each word keeps its box in PDF points from the page's top-left corner (pdfplumber's convention,
as `extract.reading.pdftext` gives text) and how heavy its strokes are, the one trace of a bold
face an image keeps. Turning words into the segments the rest of reading takes is
`extract.reading.scanned`'s work, so what is recognised here can be cached and read again.
"""
from __future__ import annotations

import functools
import pathlib
from typing import Any, NamedTuple

# 144 dpi: 10-point text is some 28 pixels high, where the recogniser (fed 48-pixel lines) reads
# best; a finer image only slows detection.
RENDER_SCALE = 2.0
DET_MODEL = "PP-OCRv6_det_small.onnx"
REC_MODEL = "PP-OCRv6_rec_small.onnx"
# A grey darker than this is ink (a scan's paper is rarely whiter than 200, its text rarely greyer than 100).
INK_GREY = 140


@functools.cache
def engine() -> str:
    """What recognises, as cached recognitions are keyed: another version, model or resolution
    reads the page again."""
    from importlib.metadata import version

    return f"rapidocr {version('rapidocr')} {DET_MODEL} {REC_MODEL} {72 * RENDER_SCALE:.0f} dpi"


class OcrWord(NamedTuple):
    text: str
    x0: float
    top: float
    x1: float
    bottom: float
    score: float  # the recogniser's confidence, 0-1
    stroke: float  # the typical width of the word's vertical strokes, in points: bold is heavier


OcrLine = list[OcrWord]


@functools.cache
def recogniser(threads: int) -> Any:
    """One RapidOCR per process, on the models inside its package (named, so that the library's
    downloader never runs), without the 180-degree line classifier: a rendered page is upright,
    and the classifier turns some upright lines over into nonsense."""
    import rapidocr

    models = pathlib.Path(rapidocr.__file__).parent / "models"
    return rapidocr.RapidOCR(params={
        "Global.log_level": "error",
        "Global.use_cls": False,
        "Global.text_score": 0.0,  # every line comes back; `extract.reading.scanned` judges them
        "Det.model_path": str(models / DET_MODEL),
        "Rec.model_path": str(models / REC_MODEL),
        "EngineConfig.onnxruntime.intra_op_num_threads": threads,
        "EngineConfig.onnxruntime.inter_op_num_threads": 1,
    })


def render_page(document: Any, index: int, scale: float = RENDER_SCALE) -> Any:
    """The page's image as a BGR array (height x width x 3: pdfium's byte order, and OpenCV's)."""
    page = document[index]
    try:
        return page.render(scale=scale).to_numpy()
    finally:
        page.close()


def stroke_width(grey: Any) -> float:
    """The mean length of the horizontal runs of ink in a word's box, in pixels: about the width
    of its strokes, which a bold face draws heavier (on a 144-dpi scan of 11-point text, some 11%
    of the line's height in a regular face and 20% in bold)."""
    import numpy as np

    ink = grey < INK_GREY
    runs = np.count_nonzero(np.diff(ink, axis=1, prepend=False, append=False)) / 2
    return float(np.count_nonzero(ink) / runs) if runs else 0.0


def image_to_lines(image: Any, scale: float = RENDER_SCALE, threads: int = 0) -> list[OcrLine]:
    """The lines of words recognised in `image` (a page rendered at `scale` pixels a point), top
    to bottom as the detector found them. `threads`: onnxruntime's threads (0: one a core)."""
    result = recogniser(threads)(image, return_word_box=True)
    grey = image.mean(axis=2)
    lines = []
    for found in result.word_results if len(result) else ():
        line = []
        for text, score, quad in found:
            xs, ys = [p[0] for p in quad], [p[1] for p in quad]
            box = grey[int(min(ys)):int(max(ys)) + 1, int(min(xs)):int(max(xs)) + 1]
            line.append(OcrWord(text, min(xs) / scale, min(ys) / scale, max(xs) / scale, max(ys) / scale,
                                float(score), stroke_width(box) / scale))
        if line:
            lines.append(line)
    return lines
