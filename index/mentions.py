"""Where a page passage mentions an issue: the short snippet history shows for a report, work
programme or inspection that discusses it.

The index already decided the passage matches (every concept of the question, by stem, acronym
or glossary tag); here each line of it is scored by how many of the question's concepts it
names, and the best line, cut down around its first mention, is the snippet."""
from __future__ import annotations

import re
from collections.abc import Callable

from index.acronyms import is_acronym
from index.concepts import concept_id, glossary_group_of, text_to_concepts
from index.understand import Understood

SNIPPET_CHARS = 240
Stemmer = Callable[[str], list[str]]


def names_concept(line: str, stems: set[str], concept: tuple[str, ...], stem: Stemmer) -> bool:
    glossary = glossary_group_of(concept)
    if glossary and concept_id(glossary) in text_to_concepts(line):
        return True
    return any(set(stem(wording)) <= stems for wording in concept if stem(wording))


def wording_at(line: str, wording: str) -> int:
    """Where a wording first appears in the line as whole words (an acronym only in capitals;
    a single word also by its first letters, "educated" for "education"), else -1."""
    if is_acronym(wording):
        found = re.search(rf"\b{re.escape(wording)}\b", line)
    elif " " in wording:
        found = re.search(rf"\b{re.escape(wording)}\b", line, re.IGNORECASE)
    else:
        found = re.search(rf"\b{re.escape(wording[:max(4, len(wording) - 3)])}", line, re.IGNORECASE)
    return found.start() if found else -1


def first_mention(line: str, understood: Understood) -> int:
    wordings = [w for c in understood.concepts for w in (glossary_group_of(c) or ()) + c] + understood.phrases
    found = [at for at in (wording_at(line, w) for w in wordings) if at >= 0]
    return min(found, default=0)


def passage_to_snippet(text: str, understood: Understood, stem: Stemmer) -> str:
    """The line of `text` naming most of the question's concepts and phrases (the first such),
    at most SNIPPET_CHARS long, cut to start shortly before the first mention."""
    best, best_score = "", -1
    for line in (ln.strip() for ln in text.splitlines()):
        if not line:
            continue
        stems = set(stem(line))
        score = sum(names_concept(line, stems, c, stem) for c in understood.concepts)
        score += sum(p.lower() in line.lower() for p in understood.phrases)
        if score > best_score:
            best, best_score = line, score
    if len(best) <= SNIPPET_CHARS:
        return best
    start = max(0, first_mention(best, understood) - SNIPPET_CHARS // 4)
    start = best.rfind(" ", 0, start) + 1 if start else 0
    cut = best[start:start + SNIPPET_CHARS]
    return ("…" if start else "") + cut + ("…" if start + SNIPPET_CHARS < len(best) else "")
