"""The layering DEVELOPERS.md sets: `extract` imports neither `corpus`, `index` nor `web`;
`index` imports neither `corpus` nor `web` (the store feeds the index, never the other way); and
`index` and `corpus` use extraction only through its record types, errors and limits (`corpus.ingest`
also calls `extract.pipeline`, the one way a file gets extracted, in `extract.workers`' pool, the
one the OCR of a scan's pages runs in too). Imports inside functions count."""
from __future__ import annotations

import ast

import pytest

from tests.conftest import REPO

SHARED_EXTRACT_MODULES = {"extract.records", "extract.errors", "extract.limits"}


def imported_modules(package: str) -> list[tuple[str, str]]:
    """(module file, imported module) for every import statement in the package's modules."""
    found = []
    for path in sorted((REPO / package).rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                found += [(path.name, alias.name) for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
                found += [(path.name, f"{node.module}.{alias.name}") if node.module == "extract" else
                          (path.name, node.module) for alias in node.names]
    return found


def test_extract_imports_no_later_layer():
    wrong = [(f, m) for f, m in imported_modules("extract") if m.split(".")[0] in {"corpus", "index", "web"}]
    assert not wrong


def test_index_imports_no_later_layer():
    wrong = [(f, m) for f, m in imported_modules("index") if m.split(".")[0] in {"corpus", "web"}]
    assert not wrong


@pytest.mark.parametrize("package", ["index", "corpus"])
def test_index_and_corpus_use_only_extraction_records_and_errors(package):
    allowed = SHARED_EXTRACT_MODULES | ({"extract.pipeline", "extract.workers"} if package == "corpus" else set())
    wrong = [(f, m) for f, m in imported_modules(package) if m.split(".")[0] == "extract" and m not in allowed]
    assert not wrong
    assert all(f == "ingest.py" for f, m in imported_modules(package) if m == "extract.pipeline")
