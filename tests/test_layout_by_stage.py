"""The tree shows the pipeline (issue 10): extract/ has one package per stage, each `__init__`
saying its input and output ("X -> Y"); the stage modules are in them, not loose in extract/;
corpus/ keeps the bundled sample's generator and the action register in packages of their own."""
from __future__ import annotations

import ast

import pytest

from tests.conftest import REPO

STAGES = ["extract/reading", "extract/structure", "extract/finders"]
# What stays at the top of extract/: the records every layer shares, the wiring, and helpers of all stages
# (workers.py: the process pool files and scanned pages are read in).
EXTRACT_TOP = {"__init__.py", "records.py", "errors.py", "limits.py", "pipeline.py", "nlp.py", "summary.py",
               "workers.py"}


@pytest.mark.parametrize("package", STAGES + ["corpus/sample", "corpus/register"])
def test_issue_10_each_stage_package_states_its_input_and_output(package):
    doc = ast.get_docstring(ast.parse((REPO / package / "__init__.py").read_text(encoding="utf-8"))) or ""
    assert "->" in doc, f"{package}/__init__.py should say its input -> output"


def test_issue_10_no_stage_module_is_left_loose_in_extract():
    assert {p.name for p in (REPO / "extract").glob("*.py")} <= EXTRACT_TOP


def test_issue_10_reading_runs_its_stages_once_each_in_order():
    from extract import reading

    source = ast.get_source_segment(src := (REPO / "extract/reading/__init__.py").read_text(encoding="utf-8"),
                                    next(n for n in ast.parse(src).body
                                         if isinstance(n, ast.FunctionDef) and n.name == "path_to_pages"))
    calls = ["path_to_data", "pdf_to_segments", "segments_to_rows", "rows_without_furniture", "rows_to_paragraphs"]
    positions = [source.index(call) for call in calls]
    assert positions == sorted(positions) and all(source.count(call) == 1 for call in calls)
    assert callable(reading.pages_to_lines)


def test_issue_10_the_sample_generator_and_register_are_not_loose_in_corpus():
    loose = {p.name for p in (REPO / "corpus").glob("*.py")}
    assert not {n for n in loose if n.startswith(("sample_", "register", "action_", "pdfwrite", "hand_status"))}
