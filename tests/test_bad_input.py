"""Bad input: one clear sentence naming the file and the reason (ExtractError), never a traceback.

The hostile files are made here in tmp_path; the last test also runs over ../shared/corpus/bad.
"""
from __future__ import annotations

import pathlib
import random

import pytest
from click.testing import CliRunner

from extract.errors import ExtractError
from extract.reading import pages_to_lines, path_to_pages

pytest.importorskip("reportlab")

from corpus.sample.pdfwrite import write_pdf  # noqa: E402

TEXT = "The Panel noted the report and thanked the officers for their attendance and their answers."


def good_pdf(path: pathlib.Path) -> pathlib.Path:
    return write_pdf(path, [[("heading", "Minutes"), TEXT * 3]] * 4, page_footer=True)


def refused(path: pathlib.Path, *reason: str) -> str:
    with pytest.raises(ExtractError) as caught:
        path_to_pages(path)
    message = str(caught.value)
    assert str(path) in message and message.count(". ") == 0 and message.endswith(".")
    assert any(r in message for r in reason), message
    return message


def test_missing_file(tmp_path):
    refused(tmp_path / "nowhere.pdf", "no such file")


def test_directory(tmp_path):
    (tmp_path / "folder.pdf").mkdir()
    refused(tmp_path / "folder.pdf", "directory")


def test_unreadable_file(tmp_path, monkeypatch):
    path = good_pdf(tmp_path / "locked.pdf")

    def denied(self: pathlib.Path) -> bytes:
        raise PermissionError(13, "Permission denied", str(self))

    # root reads files whatever their mode, so the refusal is simulated
    monkeypatch.setattr(pathlib.Path, "read_bytes", denied)
    refused(path, "permission denied")


def test_zero_bytes(tmp_path):
    (tmp_path / "empty.pdf").write_bytes(b"")
    refused(tmp_path / "empty.pdf", "empty")


def test_html_saved_as_pdf(tmp_path):
    (tmp_path / "download.pdf").write_text("<!DOCTYPE html><html><body>404 Not Found</body></html>")
    refused(tmp_path / "download.pdf", "HTML page")


def test_other_bytes_named_pdf(tmp_path):
    (tmp_path / "notes.pdf").write_text("just some notes")
    refused(tmp_path / "notes.pdf", "not a PDF")


def test_truncated_pdf(tmp_path):
    data = good_pdf(tmp_path / "whole.pdf").read_bytes()
    (tmp_path / "cut.pdf").write_bytes(data[: len(data) // 3])
    refused(tmp_path / "cut.pdf", "damaged or truncated")


def test_encrypted_pdf(tmp_path):
    from reportlab.pdfgen import canvas

    path = tmp_path / "secret.pdf"
    c = canvas.Canvas(str(path), encrypt="a password")
    c.drawString(72, 700, TEXT)
    c.save()
    refused(path, "password")


def test_pdf_without_text_needs_ocr(tmp_path):
    from reportlab.pdfgen import canvas

    path = tmp_path / "scan.pdf"
    c = canvas.Canvas(str(path))
    c.rect(72, 72, 400, 600, fill=1)  # a page of pure graphics, as a scan has no text objects
    c.showPage()
    c.save()
    refused(path, "OCR")


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_bit_flipped_pdf_never_crashes(tmp_path, seed):
    data = bytearray(good_pdf(tmp_path / "whole.pdf").read_bytes())
    rng = random.Random(seed)
    for _ in range(60):
        data[rng.randrange(200, len(data))] = rng.randrange(256)
    (tmp_path / "flipped.pdf").write_bytes(bytes(data))
    try:
        pages_to_lines(path_to_pages(tmp_path / "flipped.pdf")[1])
    except ExtractError:
        pass


def test_unknown_type(tmp_path):
    (tmp_path / "minutes.docx").write_bytes(b"PK\x03\x04 not really")
    refused(tmp_path / "minutes.docx", "unknown file type .docx")


def test_binary_named_txt(tmp_path):
    (tmp_path / "random.txt").write_bytes(random.Random(7).randbytes(4096))
    refused(tmp_path / "random.txt", "binary")


def test_cli_prints_one_sentence_and_exits_1(tmp_path):
    from cli import main

    (tmp_path / "empty.pdf").write_bytes(b"")
    result = CliRunner().invoke(main, ["extract", str(tmp_path / "empty.pdf")])
    assert result.exit_code == 1
    assert "Traceback" not in result.output and "empty" in result.output


@pytest.mark.golden
def test_shared_bad_corpus_is_refused_clearly(shared):
    bad = shared / "corpus" / "bad"
    for path in sorted(bad.iterdir()):
        if path.name == "README.md":
            continue
        if path.name == "bit-flipped.pdf":  # may extract partially, must not crash
            try:
                pages_to_lines(path_to_pages(path)[1])
            except ExtractError:
                pass
            continue
        refused(path, "")
    refused(shared / "corpus" / "real" / "nipissing-township-council-2025-03-04-agenda-package-scanned.pdf", "OCR")
