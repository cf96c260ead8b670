"""The pattern files load with validation, and a malformed one fails loudly."""
from __future__ import annotations

import pytest

from extract import nlp


@pytest.mark.parametrize("concern", sorted(p.stem for p in nlp.PATTERN_DIR.glob("*.jsonl")))
def test_every_pattern_file_loads_into_a_span_ruler(concern):
    patterns = nlp.load_patterns(concern)
    assert patterns, f"{concern}.jsonl holds no pattern"
    assert nlp.span_ruler(concern).pipe_names == ["span_ruler"]


@pytest.mark.parametrize("line,message", [
    ('{"label": "X", "pattern": "a"}', "missing id"),
    ('{"label": "X", "pattern": "a", "id": "x"}\n{"label": "Y", "pattern": "b", "id": "x"}', "duplicate id"),
    ('{"label": "X", "pattern": 3, "id": "x"}', "must be a string"),
    ("not json", "not JSON"),
])
def test_a_malformed_pattern_file_is_refused(tmp_path, monkeypatch, line, message):
    (tmp_path / "broken.jsonl").write_text(line + "\n", encoding="utf-8")
    monkeypatch.setattr(nlp, "PATTERN_DIR", tmp_path)
    with pytest.raises(nlp.PatternError, match=message):
        nlp.load_patterns("broken")
