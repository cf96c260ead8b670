"""spaCy for extraction: per concern, a blank English tokenizer with a SpanRuler of its patterns.

Patterns are data: `extract/patterns/<concern>.jsonl`, one JSON object a line with `label`,
`pattern` and a unique `id` (spaCy's SpanRuler / EntityRuler format). `load_patterns` validates
them so a broken pattern file fails loudly at start, not silently at match time.
"""
from __future__ import annotations

import functools
import json
import pathlib
from typing import Any

PATTERN_DIR = pathlib.Path(__file__).resolve().parent / "patterns"


class PatternError(ValueError):
    """A pattern file is malformed."""


def load_patterns(concern: str) -> list[dict[str, Any]]:
    path = PATTERN_DIR / f"{concern}.jsonl"
    patterns: list[dict[str, Any]] = []
    seen: set[str] = set()
    for n, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not raw.strip():
            continue
        try:
            entry = json.loads(raw)
        except json.JSONDecodeError as e:
            raise PatternError(f"{path.name} line {n}: not JSON ({e.msg})") from None
        missing = {"label", "pattern", "id"} - set(entry)
        if missing:
            raise PatternError(f"{path.name} line {n}: missing {', '.join(sorted(missing))}")
        if entry["id"] in seen:
            raise PatternError(f"{path.name} line {n}: duplicate id {entry['id']!r}")
        if not isinstance(entry["pattern"], (str, list)):
            raise PatternError(f"{path.name} line {n}: pattern must be a string or a list of token dicts")
        seen.add(entry["id"])
        patterns.append(entry)
    return patterns


@functools.cache
def span_ruler(concern: str) -> Any:
    """A blank English pipeline whose SpanRuler holds the patterns of one concern.

    Spans land in `doc.spans["ruler"]`, each with `label_` and `id_` from the pattern file."""
    import spacy

    nlp = spacy.blank("en")
    ruler: Any = nlp.add_pipe(
        "span_ruler", config={"spans_key": "ruler", "validate": True, "phrase_matcher_attr": "LOWER"}
    )
    ruler.add_patterns(load_patterns(concern))
    return nlp
