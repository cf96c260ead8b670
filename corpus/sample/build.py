"""Writes minutebook's bundled sample corpus: the PDFs in `corpus/sample/`, their gold records in
`tests/fixtures/sample_gold/` and the expected action register in
`tests/fixtures/sample_actions.json`.

    python -m corpus.sample.build            # rewrite all three in the source tree

The output is byte-stable (fixed content, no randomness, reportlab's invariant mode), so a test
can rebuild the sample and compare it with the committed files. reportlab is a test-time
dependency; `minutebook demo` uses the committed PDFs and never imports this module.
"""
from __future__ import annotations

import json
import pathlib
import tempfile

from corpus.sample import SAMPLE_DIR
from corpus.sample import content as sample_content
from corpus.sample.gold import file_to_gold, files_to_action_register
from corpus.sample.layout import PageRanges, Pages, document_to_pages
from corpus.sample.model import SampleFile

REPO_DIR = pathlib.Path(__file__).resolve().parents[2]
GOLD_DIR = REPO_DIR / "tests" / "fixtures" / "sample_gold"
REGISTER_PATH = REPO_DIR / "tests" / "fixtures" / "sample_actions.json"


def count_pages(pages: Pages) -> int:
    """How many PDF pages `pages` fill once their content has flowed (written to a scratch file)."""
    import pypdfium2

    from corpus.sample.pdfwrite import write_pdf

    with tempfile.TemporaryDirectory() as tmp:
        path = write_pdf(pathlib.Path(tmp) / "count.pdf", pages)
        pdf = pypdfium2.PdfDocument(path)
        try:
            return len(pdf)
        finally:
            pdf.close()


def file_to_pages(sample: SampleFile) -> Pages:
    """All pages of a file; a pack's agenda is laid out once its documents' page ranges are known."""
    def lay_out(ranges: PageRanges) -> list[Pages]:
        laid_out = []
        for i, doc in enumerate(sample.documents):
            pages = document_to_pages(doc, ranges, sample.stamps.get(i))
            if sample.document_headers:
                pages[0].insert(0, ("header", sample.document_headers.get(i)))
            laid_out.append(pages)
        return laid_out

    ranges: PageRanges = {}
    if len(sample.documents) > 1:
        first = 1
        for i, pages in enumerate(lay_out({})):
            n = count_pages(pages)
            ranges[i] = (first, first + n - 1)
            first += n
    return [page for pages in lay_out(ranges) for page in pages]


def write_sample(pdf_dir: pathlib.Path, gold_dir: pathlib.Path | None = None,
                 register_path: pathlib.Path | None = None) -> list[pathlib.Path]:
    """Write every sample PDF to `pdf_dir` (and, when given, the gold and the register); return the PDFs."""
    from corpus.sample.pdfwrite import write_pdf

    pdf_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for sample in sample_content.SAMPLE_FILES:
        written.append(write_pdf(pdf_dir / f"{sample.name}.pdf", file_to_pages(sample),
                                 header=sample.header, page_footer=sample.page_footer))
        if gold_dir is not None:
            gold_dir.mkdir(parents=True, exist_ok=True)
            write_json(gold_dir / f"{sample.name}.json", file_to_gold(sample))
    if register_path is not None:
        write_json(register_path, {"actions": files_to_action_register(sample_content.SAMPLE_FILES)})
    return written


def write_json(path: pathlib.Path, data: object) -> None:
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    for written_path in write_sample(SAMPLE_DIR, GOLD_DIR, REGISTER_PATH):
        print(written_path.relative_to(REPO_DIR))
