"""The bundled fictional sample (Northfield Borough Council): its content -> page layouts -> PDFs
in `pdf/` plus their expected records (`python -m corpus.sample.build` writes both)."""
import pathlib

SAMPLE_DIR = pathlib.Path(__file__).resolve().parent / "pdf"
