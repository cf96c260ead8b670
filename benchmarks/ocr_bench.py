"""OCR word accuracy and speed: text PDFs rendered to images, read back by OCR, and compared with
their own text layer; the packaged engine against Tesseract, side by side in one run.

    python benchmarks/ocr_bench.py [PDF...] [--pages 2]

Default PDFs: the text PDFs of ../shared/corpus/pdf and ../shared/corpus/real (the scanned pack
has no text layer to compare with). Each of the first --pages pages of each file is rendered as
minutebook renders a scanned page (`extract.reading.ocr.render_page`, 144 dpi) and read by:

- the packaged engine, as minutebook reads a page (`extract.reading.ocr.image_to_lines`: RapidOCR,
  PP-OCRv6 models inside its wheel, one onnxruntime thread);
- Tesseract (`tesseract IMAGE stdout`, one thread), when it is installed (Debian's
  `tesseract-ocr`; the product does not need it): the reference.

Word error rate: the word-level edit distance between the OCR's words and the text layer's (both
in reading order, case and quote styles folded) over the text layer's word count. Pages/s: the
engine's time alone (rendering is shared and not counted). Prints both and the ratios.
"""
from __future__ import annotations

import argparse
import os
import pathlib
import re
import shutil
import subprocess
import sys
import tempfile
import time
import unicodedata
from collections.abc import Callable

REPO = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from extract.reading import ocr  # noqa: E402

SHARED = REPO.parent / "shared" / "corpus"
FOLDS = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u2013": "-", "\u2014": "-"})
Engine = Callable[[object], str]


def words_of(text: str) -> list[str]:
    """The words of `text`, case and quote styles folded, soft hyphens closed up."""
    text = unicodedata.normalize("NFKC", text).translate(FOLDS).lower()
    text = re.sub(r"[\x02\ufffe\u00ad]\s*", "", text)
    return text.split()


def edit_distance(said: list[str], meant: list[str]) -> int:
    row = list(range(len(meant) + 1))
    for i, word in enumerate(said, 1):
        previous, row[0] = row[0], i
        for j, other in enumerate(meant, 1):
            previous, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, previous + (word != other))
    return row[-1]


def packaged(image: object) -> str:
    return "\n".join(" ".join(w.text for w in line) for line in ocr.image_to_lines(image, threads=1))


def tesseract(image: object) -> str:
    from PIL import Image

    with tempfile.TemporaryDirectory() as folder:
        png = pathlib.Path(folder) / "page.png"
        Image.fromarray(image[:, :, ::-1]).save(png, dpi=(72 * ocr.RENDER_SCALE,) * 2)  # type: ignore[index]
        return subprocess.run(["tesseract", str(png), "stdout", "-l", "eng"], capture_output=True, text=True,
                              check=True, env={**os.environ, "OMP_THREAD_LIMIT": "1"}).stdout


def pages_of(paths: list[pathlib.Path], count: int) -> list[tuple[str, object, list[str]]]:
    """(name, image, the text layer's words) of the first `count` pages of each PDF that have text."""
    import pypdfium2 as pdfium

    pages = []
    for path in paths:
        document = pdfium.PdfDocument(path)
        for index in range(min(count, len(document))):
            words = words_of(document[index].get_textpage().get_text_range())
            if words:
                pages.append((f"{path.name} p{index + 1}", ocr.render_page(document, index), words))
        document.close()
    return pages


def measure(engine: Engine, pages: list[tuple[str, object, list[str]]]) -> tuple[float, float]:
    """(word error rate, pages per second) of `engine` over `pages`."""
    errors = total = 0
    seconds = 0.0
    for _, image, meant in pages:
        start = time.perf_counter()
        said = words_of(engine(image))
        seconds += time.perf_counter() - start
        errors += edit_distance(said, meant)
        total += len(meant)
    return errors / total, len(pages) / seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("pdfs", nargs="*", type=pathlib.Path)
    parser.add_argument("--pages", type=int, default=2, help="Pages of each PDF (from its first).")
    args = parser.parse_args()
    paths = args.pdfs or sorted(p for p in [*SHARED.glob("pdf/*.pdf"), *SHARED.glob("real/*.pdf")]
                                if "scanned" not in p.name)
    pages = pages_of(paths, args.pages)
    ocr.image_to_lines(pages[0][1][:200], threads=1)  # load the models before timing
    print(f"{len(pages)} pages of {len(paths)} PDFs rendered at {72 * ocr.RENDER_SCALE:.0f} dpi; "
          f"load average {os.getloadavg()[0]:.1f}")
    engines: dict[str, Engine] = {"packaged (RapidOCR, PP-OCRv6 small)": packaged}
    if shutil.which("tesseract"):
        engines["tesseract"] = tesseract
    else:
        print("tesseract is not installed (apt-get install tesseract-ocr): no reference")
    results = {name: measure(engine, pages) for name, engine in engines.items()}
    print(f"{'engine':40} {'WER':>6} {'pages/s':>8}")
    for name, (wer, rate) in results.items():
        print(f"{name:40} {wer:6.3f} {rate:8.3f}")
    if len(results) == 2:
        (wer, rate), (ref_wer, ref_rate) = results.values()
        print(f"packaged / tesseract: WER x{wer / ref_wer:.2f}, speed x{rate / ref_rate:.2f}")


if __name__ == "__main__":
    main()
