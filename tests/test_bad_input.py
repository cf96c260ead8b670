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
from extract.reading.scanned import OcrOptions

pytest.importorskip("reportlab")

from corpus.sample.pdfwrite import write_pdf  # noqa: E402

TEXT = "The Panel noted the report and thanked the officers for their attendance and their answers."


def good_pdf(path: pathlib.Path) -> pathlib.Path:
    return write_pdf(path, [[("heading", "Minutes"), TEXT * 3]] * 4, page_footer=True)


def good_docx(path: pathlib.Path) -> pathlib.Path:
    import docx

    document = docx.Document()
    for _ in range(4):
        document.add_heading("Minutes", 1)
        document.add_paragraph(TEXT * 3)
    document.save(path)
    return path


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


def test_issue_13_a_blank_pdf_is_called_blank(tmp_path):
    from reportlab.pdfgen import canvas

    path = tmp_path / "blank.pdf"
    c = canvas.Canvas(str(path))
    c.showPage()
    c.showPage()
    c.save()
    assert "OCR" not in refused(path, "blank")


def test_a_pdf_of_images_is_called_a_scan(tmp_path):
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    image = tmp_path / "page.png"
    write_png(image)
    path = tmp_path / "scan.pdf"
    c = canvas.Canvas(str(path))
    c.showPage()  # a blank first page, as a scanned pack's cover may be
    c.drawImage(ImageReader(str(image)), 72, 72, 400, 600)
    c.showPage()
    c.save()
    assert "OCR" in refused(path, "scanned image")


def write_png(path: pathlib.Path) -> None:
    """A small grey image, made without an image library."""
    import struct
    import zlib

    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))

    rows = b"".join(b"\x00" + b"\x80" * 8 for _ in range(8))
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 8, 8, 8, 0, 0, 0, 0))
                     + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b""))


@pytest.mark.parametrize("seed", [1, 2, 3])
@pytest.mark.parametrize(("good", "suffix"), [(good_pdf, ".pdf"), (good_docx, ".docx")])
def test_bit_flipped_file_never_crashes(tmp_path, seed, good, suffix):
    data = bytearray(good(tmp_path / f"whole{suffix}").read_bytes())
    rng = random.Random(seed)
    for _ in range(60):
        data[rng.randrange(200, len(data))] = rng.randrange(256)
    (tmp_path / f"flipped{suffix}").write_bytes(bytes(data))
    try:
        pages_to_lines(path_to_pages(tmp_path / f"flipped{suffix}")[1])
    except ExtractError:
        pass


def test_unknown_type(tmp_path):
    (tmp_path / "minutes.odt").write_bytes(b"PK\x03\x04 not really")
    refused(tmp_path / "minutes.odt", "unknown file type .odt")


def ole_file(*streams: str) -> bytes:
    """The start of an OLE compound file (what Word 97-2003 and encrypted Office files are):
    its signature, then a directory naming its streams in UTF-16."""
    header = bytes.fromhex("d0cf11e0a1b11ae1") + bytes(504)
    return header + b"".join(name.encode("utf-16-le").ljust(64, b"\0") for name in streams) + bytes(1024)


def test_issue_11_truncated_docx(tmp_path):
    data = good_docx(tmp_path / "whole.docx").read_bytes()
    (tmp_path / "cut.docx").write_bytes(data[: len(data) // 2])
    refused(tmp_path / "cut.docx", "damaged or truncated")


def test_issue_11_docx_that_is_not_a_zip(tmp_path):
    (tmp_path / "notes.docx").write_text("Minutes of the meeting held on 4 March 2025")
    refused(tmp_path / "notes.docx", "not a zip package")
    (tmp_path / "zipish.docx").write_bytes(b"PK\x03\x04 not really")
    refused(tmp_path / "zipish.docx", "damaged or truncated")


def test_issue_11_docx_without_its_document_part(tmp_path):
    import zipfile

    whole = zipfile.ZipFile(good_docx(tmp_path / "whole.docx"))
    with zipfile.ZipFile(tmp_path / "hollow.docx", "w") as hollow:
        for name in whole.namelist():
            if name != "word/document.xml":
                hollow.writestr(name, whole.read(name))
    refused(tmp_path / "hollow.docx", "no Word document (word/document.xml)")


def test_issue_11_encrypted_docx(tmp_path):
    (tmp_path / "secret.docx").write_bytes(ole_file("Root Entry", "EncryptionInfo", "EncryptedPackage"))
    refused(tmp_path / "secret.docx", "encrypted and needs a password")


@pytest.mark.parametrize("name", ["old.doc", "renamed.docx"])
def test_issue_11_old_binary_word_document(tmp_path, name):
    (tmp_path / name).write_bytes(ole_file("Root Entry", "WordDocument", "1Table"))
    refused(tmp_path / name, "old binary Word document (.doc)")


def test_issue_11_rtf_named_doc(tmp_path):
    (tmp_path / "minutes.doc").write_text("{\\rtf1\\ansi Minutes of the meeting}")
    refused(tmp_path / "minutes.doc", "Rich Text (RTF)")


def test_issue_11_docx_without_text(tmp_path):
    import docx

    docx.Document().save(tmp_path / "blank.docx")
    refused(tmp_path / "blank.docx", "no text")


def test_binary_named_txt(tmp_path):
    (tmp_path / "random.txt").write_bytes(random.Random(7).randbytes(4096))
    refused(tmp_path / "random.txt", "binary")


def test_cli_prints_one_sentence_and_exits_1(tmp_path):
    from cli import main

    (tmp_path / "empty.pdf").write_bytes(b"")
    result = CliRunner().invoke(main, ["extract", str(tmp_path / "empty.pdf")])
    assert result.exit_code == 1
    assert "Traceback" not in result.output and "empty" in result.output


@pytest.mark.parametrize(("name", "data", "reason"), [
    ("secret.docx", ole_file("Root Entry", "EncryptedPackage"), "encrypted"),
    ("old.doc", ole_file("Root Entry", "WordDocument"), "old binary Word document"),
    ("cut.docx", b"PK\x03\x04\x14\x00\x06\x00", "damaged or truncated"),
])
def test_issue_11_cli_refuses_bad_word_files_in_one_sentence(tmp_path, name, data, reason):
    from cli import main

    (tmp_path / name).write_bytes(data)
    result = CliRunner().invoke(main, ["extract", "--json", str(tmp_path / name)])
    assert result.exit_code == 1
    assert "Traceback" not in result.output and reason in result.output
    assert result.output.strip().count("\n") == 0


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
    scanned = shared / "corpus" / "real" / "nipissing-township-council-2025-03-04-agenda-package-scanned.pdf"
    with pytest.raises(ExtractError, match="needs OCR"):  # read by OCR unless told not to (tests/test_ocr.py)
        path_to_pages(scanned, OcrOptions(enabled=False))
