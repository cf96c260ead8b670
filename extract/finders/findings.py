"""Inspection findings: judgements per area, findings, comments, recommendations, improvements.

Four conventions, read line by line (a line is a paragraph, heading or TAB-joined table row):
- labelled lines: "Ofsted finding: ...", "Ofsted comment: ...", "Ofsted Recommendation 15: ...";
- headed lists: the bullets under "What needs to improve?", "Areas for improvement", "Recommendations",
  or the rows of a "Requirement | Due date" table under "Statutory requirements";
- judgement rows: "Overall effectiveness<TAB>Good", "Adoption – Requires Improvement", "Care leavers: good";
- narrative judgements: "Overall judgement was 'inadequate'", "judged the Board as inadequate"
  (spaCy phrase patterns in `patterns/findings.jsonl`).
Only labelled lines are read from a section that never mentions an inspection, so a grade word
in ordinary prose ("good practice", "inadequate housing") never becomes a judgement.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import replace
from typing import Any

from extract.finders import grades
from extract.records import Document, Finding, Line

# Who a labelled line quotes, and the kind each label stands for.
INSPECTORATE_LABELS = ("ofsted", "hmi", "inspection", "inspector", "inspectors", "inspectors'")
KIND_BY_LABEL = {
    "finding": "finding",
    "comment": "comment",
    "recommendation": "recommendation",
    "area for improvement": "improvement",
    "area for development": "improvement",
}
# Reports answer each quoted finding with their own response; when the reader joins the two
# into one paragraph, the finding ends where the response label starts.
RESPONSE_LABELS = ("Action", "Actions", "Response", "Council response", "Our response", "Update", "Progress")
# Headings whose bullets are findings of one kind ("What needs to improve in this local
# authority's children's services?" starts with the first).
KIND_BY_HEADING = {
    "what needs to improve": "improvement",
    "what needs to be improved": "improvement",
    "what does the school need to do to improve": "improvement",
    "what does the provider need to do to improve": "improvement",
    "what does the setting need to do to improve": "improvement",
    # social care reports (children's homes, fostering) put what a provider must do by law
    # under this heading, then what it should do under "Recommendations"
    "statutory requirements": "improvement",
    "areas for improvement": "improvement",
    "areas for development": "improvement",
    # focused-visit letters split "What needs to improve" into these and "Areas for improvement"
    "areas for priority action": "improvement",
    "area for priority action": "improvement",
    "ofsted findings": "finding",
    "inspection findings": "finding",
    "ofsted comments": "comment",
    "ofsted recommendations": "recommendation",
    "recommendations": "recommendation",
}
MAX_HEADING_WORDS = 14
MAX_AREA_WORDS = 15
# A list under a heading ends at the first line that is not a list item; unbulleted items are
# short sentences, so a long paragraph ends the list too.
MAX_LIST_ITEMS = 20
MAX_PLAIN_ITEM_CHARS = 400
# Judgement rows come in tables and lists: a row with another row this close is in one.
ROW_GROUP_DISTANCE = 3
# How far (in tokens) a grade may follow the word that reports it: "judged both Children's
# services and the Board as 'inadequate'".
CUE_WINDOW = 10
# Words that may stand between an area and its cue: "Children's services were judged ...".
AUXILIARIES = frozenset({"was", "were", "is", "are", "has", "have", "had", "been", "being", "be"})
# Officer reports have "Recommendations" too: they only count in an inspection report (one of
# these opens a line), and a list that asks a committee to act is never an inspector's.
REPORT_ONLY_HEADINGS = ("recommendations", "statutory requirements")
INSPECTION_REPORT_MARKS = ("inspection of", "inspection date", "inspection dates", "lead inspector", "lead inspectors")
# Social care reports set requirements (and sometimes recommendations) out as a table,
# "Requirement | Due date", after a sentence or two on the law they rest on: each row is a
# finding, its first cell the text.
TABLE_ITEM_COLUMNS = frozenset({
    "requirement", "requirements", "recommendation", "recommendations", "action", "actions",
    "area for improvement", "areas for improvement",
})
MAX_LEAD_IN_LINES = 2
# The header cells of an inspection's summary table of judgements.
JUDGEMENT_TABLE_COLUMNS = frozenset({"judgement", "judgements", "judgment", "judgments", "grade", "grades",
                                     "area", "rating", "ofsted judgement", "inspection judgement"})
# "Overall experiences and progress of children and young people, taking into account" heads
# the rows below it in the summary table; the clause is not part of the area's name.
_INTRODUCING_CLAUSE = re.compile(r",?\s+taking into account\s*$", re.I)
COMMITTEE_ASK = re.compile(r"^that\b|\b(?:is|are) (?:asked|recommended|requested|invited) to\b", re.I)

_QUOTES = "'\"\u2018\u2019\u201c\u201d"
_LABELLED = re.compile(
    r"^(?:" + "|".join(map(re.escape, INSPECTORATE_LABELS)) + r")\s+"
    r"(?P<label>" + "|".join(map(re.escape, KIND_BY_LABEL)) + r")s?"
    r"(?:\s+(?:no\.?\s*)?(?P<number>\d+[a-z]?))?\s*[:\u2013\u2014-]\s*(?P<text>\S.*)$",
    re.I,
)
_LIST_MARK = re.compile(r"^(?:[-\u2022*\u25aa\u25cf\u25e6\u00b7>]\s*|\(?(?P<number>\d{1,2}|[a-z])[.)]\s+)+")
_SECTION_NUMBER = re.compile(r"^\d+(?:\.\d+)*\.?\s+")
_GRADE_ALTERNATION = "|".join(sorted(map(re.escape, grades.GRADE_BY_PHRASE), key=len, reverse=True))
_ROW = re.compile(
    rf"^(?P<area>.*?\S)(?P<sep>\s*[:\u2013\u2014]\s*|\s+-\s+|\s+)[{_QUOTES}]*(?P<grade>{_GRADE_ALTERNATION})[{_QUOTES}]*\.?$",
    re.I,
)
# Cells are TAB-joined; markdown tables ("| Overall effectiveness | Good |") use pipes.
_CELL_SEPARATOR = re.compile(r"\t|\s*\|\s*")
_RULE_CELL = re.compile(r"^:?-{3,}:?$")
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_ANY_GRADE = re.compile(rf"\b(?:{_GRADE_ALTERNATION})\b", re.I)
_INSPECTION = re.compile(r"\b(?:" + "|".join(map(re.escape, grades.INSPECTION_WORDS)) + r")\b", re.I)
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z\u201c\"'])")
_TRAILING_ASIDE = re.compile(r"\s*\([^()]*\)\s*$")
_RESPONSE = re.compile(r"\s(?:" + "|".join(map(re.escape, RESPONSE_LABELS)) + r"):\s.*$")
_AREA_STOPWORDS = AUXILIARIES | {"as", "of", "to", "the", "a", "an", "and", "now", "remains", "remain", "very"}


def lines_to_findings(lines: list[Line]) -> list[Finding]:
    inspected = any(_INSPECTION.search(line.text) for line in lines)
    found: list[tuple[int, Finding]] = list(_labelled_findings(lines))
    if inspected:
        found += _listed_findings(lines, _is_inspection_report(lines))
        rows = dict(_judgement_rows(lines)) | dict(_flattened_rows(lines))
        found += rows.items()
        found += _narrative_judgements(lines, skip=set(rows), year=_latest_year(lines))
    return _unique(f for _, f in sorted(found, key=lambda pair: pair[0]))


def _plain(text: str) -> str:
    """The words of a line without markdown emphasis, list marks or surrounding space."""
    text = text.replace("**", "").replace("__", "")
    return _LIST_MARK.sub("", text.strip()).strip()


def _finding_text(text: str) -> str:
    """Drop what the author added to the quoted finding: "... data (X will lead) Action: ..."."""
    text = _RESPONSE.sub("", text).strip().strip(_QUOTES).strip()
    shorter = _TRAILING_ASIDE.sub("", text)
    return (shorter or text).strip().strip(_QUOTES).strip()


def _labelled_findings(lines: list[Line]) -> Iterator[tuple[int, Finding]]:
    for n, line in enumerate(lines):
        m = _LABELLED.match(_plain(line.text))
        if m:
            kind = KIND_BY_LABEL[m["label"].lower()]
            yield n, Finding(kind=kind, text=_finding_text(m["text"]), page=line.page, number=m["number"])


def _heading(text: str) -> str | None:
    """The KIND_BY_HEADING key the line is a heading for, if it is one."""
    key = grades.phrase_key(_SECTION_NUMBER.sub("", _plain(text))).rstrip(" ?:")
    if len(key.split()) > MAX_HEADING_WORDS or key.endswith("."):
        return None
    return next((h for h in KIND_BY_HEADING if key == h or key.startswith(h + " ")), None)


def _is_inspection_report(lines: list[Line]) -> bool:
    return any(grades.phrase_key(_plain(line.text)).startswith(INSPECTION_REPORT_MARKS) for line in lines)


def _listed_findings(lines: list[Line], inspection_report: bool) -> Iterator[tuple[int, Finding]]:
    for n, line in enumerate(lines):
        heading = _heading(line.text)
        if heading is None or (heading in REPORT_ONLY_HEADINGS and not inspection_report):
            continue
        kind = KIND_BY_HEADING[heading]
        # a table cell holds the finding alone, its regulation reference included
        rows = [(m, item, None) for m, item in _table_items(lines, n + 1)]
        for m, item, number in rows or _list_items(lines, n + 1):
            if kind == "recommendation" and COMMITTEE_ASK.match(item):
                break
            text = item if rows else _finding_text(item)
            yield m, Finding(kind=kind, text=text, page=lines[m].page, number=number)


def _cells(text: str) -> list[str]:
    """The cells of a TAB-joined or markdown table row, less markdown's "---" rule cells."""
    cells = [c.strip() for c in _CELL_SEPARATOR.split(text) if c.strip()]
    return [] if cells and all(_RULE_CELL.match(c) for c in cells) else cells


def _table_items(lines: list[Line], start: int) -> Iterator[tuple[int, str]]:
    """The first cells of the rows of a findings table ("Requirement | Due date") whose header
    row comes within MAX_LEAD_IN_LINES of `start`."""
    end = min(start + MAX_LEAD_IN_LINES + 1, len(lines))
    header = next((n for n in range(start, end) if _is_item_table_header(lines[n].text)), None)
    if header is None:
        return
    for n in range(header + 1, len(lines)):
        cells = _cells(lines[n].text)
        if not cells and _CELL_SEPARATOR.search(lines[n].text):
            continue  # a markdown rule row
        if len(cells) < 2:
            return
        yield n, _plain(cells[0])


def _is_item_table_header(text: str) -> bool:
    cells = _cells(text)
    return len(cells) > 1 and grades.phrase_key(_plain(cells[0])).rstrip(":") in TABLE_ITEM_COLUMNS


def _list_items(lines: list[Line], start: int) -> Iterator[tuple[int, str, str | None]]:
    """The items of the list starting at `start`: all bulleted, or all short plain sentences."""
    bulleted: bool | None = None
    for n in range(start, min(start + MAX_LIST_ITEMS, len(lines))):
        text = lines[n].text.replace("**", "").strip()
        if not text:
            continue
        mark = _LIST_MARK.match(text)
        if bulleted is None:
            bulleted = bool(mark)
        if bulleted and not mark:
            return
        if not bulleted and (len(text) > MAX_PLAIN_ITEM_CHARS or not text.endswith((".", ";"))):
            return
        number = mark["number"] if mark and mark["number"] and mark["number"].isdigit() else None
        yield n, _plain(text), number


def _known_area_in(text: str) -> str | None:
    """The canonical area a longer printed name contains: "Kirklees Safeguarding Children Board"."""
    key = f" {grades.phrase_key(text)} "
    hits = [alias for alias in grades.AREA_BY_ALIAS if f" {alias} " in key]
    return grades.AREA_BY_ALIAS[max(hits, key=len)] if hits else None


def _row_candidate(text: str) -> tuple[str, str, bool] | None:
    """(area, grade, area is known) when the line is one judgement row, else None."""
    cells = _cells(text)
    if len(cells) > 1:
        graded = [grades.canonical_grade(c) for c in cells[1:]]
        grade = next((g for g in reversed(graded) if g), None)
        area, separated = _plain(cells[0]), True
    else:
        m = _ROW.match(_plain(text))
        if not m:
            return None
        area, grade = m["area"].strip(f" {_QUOTES}"), grades.canonical_grade(m["grade"])
        separated = bool(m["sep"].strip())
    area = _INTRODUCING_CLAUSE.sub("", area)
    words = area.split()
    if not grade or not words or len(words) > MAX_AREA_WORDS or ". " in area or words[-1].lower() in _AREA_STOPWORDS:
        return None
    if grades.names_earlier_inspection(area):
        return None
    known = grades.canonical_area(area) is not None or _known_area_in(area) is not None
    # Without a separator ("Overall effectiveness Good", a table row read as text) only a
    # known area name tells a row from a sentence ending in a grade word.
    if not separated and grades.canonical_area(area) is None:
        return None
    return area, grade, known


def _row_area(printed: str) -> str:
    """The area a row names: canonical for an alias or a label of the overall judgement ("Kent's
    Ofsted rating"), as printed otherwise ("Northshire Safeguarding Children Board (NSCB)")."""
    if _known_area_in(printed) == grades.OVERALL_EFFECTIVENESS:
        return grades.OVERALL_EFFECTIVENESS
    return grades.canonical_area(printed) or printed


def _judgement_rows(lines: list[Line]) -> Iterator[tuple[int, Finding]]:
    candidates = {n: c for n, line in enumerate(lines) if (c := _row_candidate(line.text))}
    for n, (area, grade, known) in candidates.items():
        grouped = any(m != n and m in candidates for m in range(n - ROW_GROUP_DISTANCE, n + ROW_GROUP_DISTANCE + 1))
        if known or grouped:
            name = _row_area(area)
            yield n, Finding(kind="judgement", text=lines[n].text.strip(), page=lines[n].page, area=name, grade=grade)


def _is_judgement_header(text: str) -> bool:
    """"Judgement", "Grade" or "Judgement<TAB>Grade": the header of a summary table."""
    words = [grades.phrase_key(_plain(c)).rstrip(":") for c in _cells(text)]
    return bool(words) and all(w in JUDGEMENT_TABLE_COLUMNS for w in words)


def _flattened_pair(lines: list[Line], n: int) -> tuple[str, str] | None:
    """(area, grade) when line n names an area and line n + 1 holds only a grade."""
    if n + 1 >= len(lines) or len(_cells(lines[n].text)) != 1:
        return None
    area, grade = _plain(lines[n].text), grades.canonical_grade(_plain(lines[n + 1].text))
    words = area.split()
    if (not grade or not words or len(words) > MAX_AREA_WORDS or area.endswith(".") or _ANY_GRADE.search(area)
            or grades.names_earlier_inspection(area)):
        return None
    return area, grade


def _flattened_rows(lines: list[Line]) -> Iterator[tuple[int, Finding]]:
    """A summary table copied out of a PDF as text loses its cells: each area sits on one line
    and its grade alone on the next. The rows run on from the table's header ("Judgement" /
    "Grade") or from a known area's pair (the report's headline judgement)."""
    n = 0
    while n < len(lines):
        headed = False
        while n < len(lines) and _is_judgement_header(lines[n].text):
            n, headed = n + 1, True
        pair = _flattened_pair(lines, n)
        if pair is None or not (headed or grades.canonical_area(pair[0])):
            n += 1
            continue
        while pair:
            area, grade = pair
            yield n, Finding(kind="judgement", text=f"{lines[n].text.strip()}\t{lines[n + 1].text.strip()}",
                             page=lines[n].page, area=_row_area(area), grade=grade)
            n += 2
            pair = _flattened_pair(lines, n)


def _latest_year(lines: list[Line]) -> int | None:
    """The year of the document's own inspection: the latest year it mentions."""
    return max((int(y) for line in lines for y in _YEAR.findall(line.text)), default=None)


def _narrative_judgements(lines: list[Line], skip: set[int], year: int | None) -> Iterator[tuple[int, Finding]]:
    sentences = [
        (n, sentence)
        for n, line in enumerate(lines) if n not in skip and _ANY_GRADE.search(line.text)
        for sentence in _SENTENCE_END.split(line.text.replace("\u2019", "'").replace("\u2018", "'"))
        if _ANY_GRADE.search(sentence)
    ]
    if not sentences:
        return
    from extract import nlp

    ruler = nlp.span_ruler("findings")
    docs = ruler.pipe(s for _, s in sentences)
    for (n, sentence), doc in zip(sentences, docs, strict=True):
        for area, grade in _reported_judgements(doc, bool(_INSPECTION.search(sentence)), year):
            yield n, Finding(kind="judgement", text=sentence.strip(), page=lines[n].page, area=area, grade=grade)


def _reported_judgements(doc: Any, mentions_inspection: bool, year: int | None = None) -> Iterator[tuple[str, str]]:
    """(area, grade) for each grade the sentence reports as a judgement.

    A grade counts when a cue ("judged", "judgement of", "rated", "overall effectiveness of")
    shortly precedes it and nothing before it in the sentence puts it in the past or the
    hypothetical ("since 2019 ... judged", "our ambition is to be judged outstanding"), and the
    sentence is not a statistic about many providers ("85% of schools are rated good"), and the
    grade is not about an earlier inspection ("judged inadequate at the last inspection in 2019"
    when the document's own inspection is later)."""
    from spacy.util import filter_spans

    spans = doc.spans["ruler"]
    by_label = {label: filter_spans([s for s in spans if s.label_ == label]) for label in ("GRADE", "AREA", "CUE")}
    qualifiers = [s for s in spans if s.label_ in ("PAST", "HEDGE", "GENERIC")]
    earlier = [s for s in spans if s.label_ == "EARLIER" or (
        s.label_ == "YEAR" and year is not None and int(s[-1].text) < year)]
    for g in by_label["GRADE"]:
        if any(q.start < g.start for q in qualifiers) or _in_grade_range(doc, g):
            continue
        if _about_earlier_inspection(g, earlier, by_label["GRADE"], by_label["CUE"]):
            continue
        cue = _reporting_cue(doc, by_label["CUE"], by_label["GRADE"], g)
        if cue is None:
            continue
        areas = [a for a in by_label["AREA"] if a.start >= cue.start and a.end <= g.start]
        # "the overall judgement for the Board was inadequate" grades the Board
        areas = [a for a in areas if a.start >= cue.end] or areas
        if not areas:
            areas = [a for a in by_label["AREA"] if a.end <= cue.start
                     and all(t.lower_ in AUXILIARIES for t in doc[a.end:cue.start])]
        names = [grades.canonical_area(a.text) for a in areas]
        if not any(names) and mentions_inspection:
            names = [grades.OVERALL_EFFECTIVENESS]
        grade = grades.canonical_grade(g.text)
        for name in names:
            if name and grade:
                yield name, grade


def _about_earlier_inspection(g: Any, earlier: list[Any], grade_spans: list[Any], cues: list[Any]) -> bool:
    """An earlier-inspection marker that belongs to the grade: after it with no other grade or
    cue between ("judged inadequate at the last inspection"), or before it with no grade before
    the marker ("in 2019 it was judged inadequate", but not "judged inadequate in 2019 and is now
    judged good")."""
    def between(spans: list[Any], start: int, end: int) -> bool:
        return any(s.start >= start and s.end <= end for s in spans)

    return any((e.end <= g.start and not between(grade_spans, 0, e.start))
               or (e.start >= g.end and not between(grade_spans + cues, g.end, e.start)) for e in earlier)


def _in_grade_range(doc: Any, g: Any) -> bool:
    """A grade in "from good to ...", "good or better", "inadequate or requires improvement"
    describes a change or a band, not a judgement."""
    before = [t.lower_ for t in doc[:g.start] if t.text not in _QUOTES and not t.is_punct]
    after = [t.lower_ for t in doc[g.end:] if t.text not in _QUOTES and not t.is_punct]
    return (before[-1:] in (["from"], ["or"])) or after[:1] == ["or"]


def _reporting_cue(doc: Any, cues: list[Any], grade_spans: list[Any], g: Any) -> Any:
    """The cue nearest before grade `g`, if no clause break or other grade stands between."""
    before = [c for c in cues if c.end <= g.start]
    if not before:
        return None
    cue = before[-1]
    between = doc[cue.end:g.start]
    if len(between) > CUE_WINDOW or any(t.text in ";,()" for t in between):
        return None
    if any(other.start >= cue.end and other.end <= g.start for other in grade_spans):
        return None
    return cue


def _area_key(area: str) -> str:
    return grades.canonical_area(area) or _known_area_in(area) or area.lower()


def _finding_key(f: Finding) -> tuple[str, str]:
    """What makes two findings the same: the (area, grade) of a judgement, the text of the rest."""
    return (f.kind, f"{_area_key(f.area or '')}|{f.grade}") if f.kind == "judgement" else (f.kind, f.text.lower())


def _unique(findings: Iterable[Finding], seen: set[tuple[str, str]] | None = None) -> list[Finding]:
    """The first of each finding: a document repeats its judgements in summary, table and prose."""
    seen = set() if seen is None else seen
    out = []
    for f in findings:
        key = _finding_key(f)
        if key not in seen:
            seen.add(key)
            out.append(f)
    return out


def documents_without_repeated_findings(documents: list[Document]) -> list[Document]:
    """The documents of one file, each less the findings another already holds: a pack carries
    an inspection report, then minutes and a summary quoting the same judgements. The
    inspection report keeps its own; otherwise the earlier document keeps them."""
    seen: set[tuple[str, str]] = set()
    order = sorted(range(len(documents)), key=lambda n: documents[n].kind != "inspection")
    kept = {n: _unique(documents[n].findings, seen) for n in order}
    return [replace(doc, findings=kept[n]) for n, doc in enumerate(documents)]
