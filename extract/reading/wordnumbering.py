"""Word's automatic list numbering: the label ("5.", "(a)", "2.3", "•") Word prints before a
numbered paragraph, which is in the numbering definitions (numbering.xml), not in the text.

A paragraph names a list instance (`w:num`, by numId) and a level (ilvl). The instance points at an
abstract definition (`w:abstractNum`) whose `w:lvl`s give each level's start, format and label
template ("%1.", "(%2)", "%1.%2"). As Word does, the running counts belong to the abstract
definition, so instances sharing one continue one sequence; an instance's `w:startOverride` sets
its level's count the first time that instance is used there (Word's "Restart numbering").
Using a level restarts the deeper levels, unless a deeper level's `w:lvlRestart` says otherwise.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
BULLET = "\u2022"
PLACEHOLDER = re.compile(r"%([1-9])")
ROMAN = [(1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"), (50, "l"), (40, "xl"),
         (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")]
# A level whose lvlRestart is 0 never restarts.
NEVER = -1


def val(element: Any, child: str) -> str | None:
    """The w:val of `element`'s child `child` (a name without namespace), or None."""
    if element is None:
        return None
    found = element.find(W + child)
    return None if found is None else found.get(W + "val")


def as_int(value: str | None) -> int | None:
    try:
        return None if value is None else int(value)
    except ValueError:
        return None


def int_val(element: Any, child: str) -> int | None:
    return as_int(val(element, child))


@dataclass
class Level:
    fmt: str = "decimal"
    template: str = ""
    start: int = 1
    restart: int | None = None  # the (0-based) level whose use restarts this one; None: any shallower one
    suffix: str = "tab"  # what Word puts between the label and the text: tab, space or nothing
    legal: bool = False  # "legal" numbering prints every level of the label in decimal
    style: str | None = None  # the paragraph style linked to this level


def lvl_to_level(lvl: Any) -> Level:
    restart = int_val(lvl, "lvlRestart")
    start = int_val(lvl, "start")
    legal = lvl.find(W + "isLgl")
    return Level(
        fmt=val(lvl, "numFmt") or "decimal",
        template=val(lvl, "lvlText") or "",
        start=1 if start is None else start,
        restart=None if restart is None else (restart - 1 if restart > 0 else NEVER),
        suffix=val(lvl, "suff") or "tab",
        legal=legal is not None and legal.get(W + "val", "1") not in ("0", "false", "off"),
        style=val(lvl, "pStyle"),
    )


def levels_of(element: Any) -> dict[int, Level]:
    return {as_int(lvl.get(W + "ilvl")) or 0: lvl_to_level(lvl) for lvl in element.findall(W + "lvl")}


def letters(n: int) -> str:
    """Word's letter numbering: a..z, then aa..zz, aaa..."""
    n = max(n, 1)
    return chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1)


def roman(n: int) -> str:
    out = []
    for value, digits in ROMAN:
        count, n = divmod(n, value)
        out.append(digits * count)
    return "".join(out)


def format_number(n: int, fmt: str) -> str:
    """A count in one of Word's number formats; formats not listed here print as decimal."""
    if fmt == "lowerLetter":
        return letters(n)
    if fmt == "upperLetter":
        return letters(n).upper()
    if fmt == "lowerRoman":
        return roman(n)
    if fmt == "upperRoman":
        return roman(n).upper()
    if fmt == "decimalZero":
        return f"{n:02d}"
    if fmt == "none":
        return ""
    return str(n)


def restarts(level: Level, ilvl: int, used: int) -> bool:
    """Does using level `used` restart `level` (at `ilvl`)? A lvlRestart naming a level that is
    not shallower than the level itself is ignored, as the standard says."""
    if level.restart is None or level.restart >= ilvl:
        return True
    return level.restart != NEVER and used <= level.restart


@dataclass
class Instance:
    """One `w:num`: its abstract definition and the levels it overrides."""

    abstract: str
    levels: dict[int, Level]
    start_overrides: dict[int, int]


class Numbering:
    """The numbering definitions of one document and the counts of its lists so far."""

    def __init__(self, numbering: Any, style_num_ids: dict[str, str]) -> None:
        """`numbering` is the w:numbering element (None when the document has none); `style_num_ids`
        the numId each numbering style (a list style) names, for abstract definitions that are only
        a link to such a style."""
        found = [] if numbering is None else list(numbering)
        abstracts = {a.get(W + "abstractNumId"): a for a in found if a.tag == W + "abstractNum"}
        instances = {n.get(W + "numId"): n for n in found if n.tag == W + "num"}

        def abstract_of(num: Any) -> str | None:
            abstract_id = val(num, "abstractNumId")
            link = val(abstracts.get(abstract_id), "numStyleLink")
            linked = instances.get(style_num_ids.get(link, "")) if link else None
            return val(linked, "abstractNumId") if linked is not None else abstract_id

        self.abstracts = {key: levels_of(a) for key, a in abstracts.items()}
        self.instances: dict[str, Instance] = {}
        for num_id, num in instances.items():
            abstract = abstract_of(num)
            if abstract is None or abstract not in self.abstracts:
                continue
            levels = dict(self.abstracts[abstract])
            starts = {}
            for override in num.findall(W + "lvlOverride"):
                ilvl = as_int(override.get(W + "ilvl")) or 0
                lvl = override.find(W + "lvl")
                if lvl is not None:
                    levels[ilvl] = lvl_to_level(lvl)
                start = int_val(override, "startOverride")
                if start is not None:
                    starts[ilvl] = start
            self.instances[num_id] = Instance(abstract, levels, starts)
        self.counts: dict[str, dict[int, int]] = {}
        self.entered: set[tuple[str, int]] = set()

    def level_for_style(self, num_id: str, style_id: str) -> int | None:
        """The level linked to a paragraph style, for a style that names a list but no level."""
        instance = self.instances.get(num_id)
        if instance is None:
            return None
        return next((ilvl for ilvl, level in sorted(instance.levels.items()) if level.style == style_id), None)

    def next_label(self, num_id: str, ilvl: int) -> tuple[str, str] | None:
        """Count one more paragraph of list `num_id` at level `ilvl`; its label as Word prints it
        and the suffix after it, or None when the list or level is not defined."""
        instance = self.instances.get(num_id)
        level = instance.levels.get(ilvl) if instance else None
        if instance is None or level is None:
            return None
        counts = self.counts.setdefault(instance.abstract, {})
        if ilvl in instance.start_overrides and (num_id, ilvl) not in self.entered:
            counts[ilvl] = instance.start_overrides[ilvl]
        else:
            counts[ilvl] = counts[ilvl] + 1 if ilvl in counts else level.start
        self.entered.add((num_id, ilvl))
        for deeper in [d for d in counts if d > ilvl and restarts(instance.levels.get(d, Level()), d, ilvl)]:
            del counts[deeper]
        if level.fmt == "bullet":
            return (BULLET, level.suffix) if level.template.strip() else None

        def printed(match: re.Match[str]) -> str:
            shown = int(match.group(1)) - 1
            shown_level = instance.levels.get(shown, Level())
            count = counts.get(shown, shown_level.start)
            return format_number(count, "decimal" if level.legal else shown_level.fmt)

        label = PLACEHOLDER.sub(printed, level.template).strip()
        return (label, level.suffix) if label else None
