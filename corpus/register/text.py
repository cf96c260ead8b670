"""The action register for a person at a terminal, and as the `actions --json` document."""
from __future__ import annotations

import datetime as dt
import itertools
from typing import Any

from corpus.register.assemble import RegisterAction


def register_to_json(entries: list[RegisterAction], today: dt.date) -> dict[str, Any]:
    return {"actions": [e.to_dict(today) for e in entries]}


def _entry_lines(entry: RegisterAction, today: dt.date) -> list[str]:
    flag = "OVERDUE " if entry.is_overdue(today) else ""
    lines = [f"    [{flag}{entry.status}] {entry.text}"]
    where = [f"item {entry.item_number}" if entry.item_number else "", entry.item_title or "",
             f"p. {entry.page}"]
    facts = [" ".join(w for w in where[:2] if w), where[2]]
    if entry.owner:
        facts.append(f"owner: {entry.owner}")
    if entry.due:
        facts.append(f"due {entry.due}")
    elif entry.due_text:
        facts.append(f"due {entry.due_text}")
    lines.append("        " + " · ".join(f for f in facts if f))
    evidence = entry.closed_by
    if evidence is not None:
        if evidence.by == "hand":
            said = f"set by hand {evidence.at or ''}".rstrip() + (f": {evidence.text}" if evidence.text else "")
        else:
            said = f"{evidence.date or 'undated'} p. {evidence.page}: \"{evidence.text}\""
        lines.append(f"        {entry.status} — {said}")
    lines.append(f"        id {entry.id}")
    return lines


def register_to_text(entries: list[RegisterAction], today: dt.date) -> str:
    """Grouped by body, then meeting (oldest first), one block per action."""
    if not entries:
        return "No actions match."
    out: list[str] = []
    for body, of_body in itertools.groupby(entries, key=lambda e: e.body or "(no body)"):
        out.append(body)
        for (date, path), grouped in itertools.groupby(of_body, key=lambda e: (e.date, e.path)):
            of_meeting = list(grouped)
            fetched_from = f" · {of_meeting[0].source_url}" if of_meeting[0].source_url else ""
            out.append(f"  {date or 'undated'} · {path}{fetched_from}")
            for entry in of_meeting:
                out.extend(_entry_lines(entry, today))
        out.append("")
    overdue = sum(e.is_overdue(today) for e in entries)
    out.append(f"{len(entries)} actions, {overdue} overdue.")
    return "\n".join(out)
