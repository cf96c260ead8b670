"""Search hits and issue histories as text for a terminal: the council's words first, then
where they come from."""
from __future__ import annotations

import re
import textwrap
from typing import Any

MARK = re.compile(r"\*\*(.+?)\*\*")
WIDTH = 100


def where(meeting: dict[str, Any]) -> str:
    return " ".join(x for x in (meeting.get("date") or "undated", meeting.get("body") or "") if x)


def source(src: dict[str, Any]) -> str:
    return f"{src['path']} p.{src['page']}"


def marked(text: str, color: bool) -> str:
    return MARK.sub(lambda m: f"\033[1m{m.group(1)}\033[0m" if color else m.group(1).upper(), text)


def search_to_text(answer: dict[str, Any], color: bool = False) -> str:
    if not answer["hits"]:
        return f"No records match {answer['query']!r}."
    lines = []
    for n, hit in enumerate(answer["hits"], 1):
        item = hit["item"]
        heading = f"{n}. [{hit['kind']}] {where(hit['meeting'])}"
        if item.get("title"):
            heading += f" - item {item['number']}: {item['title']}" if item.get("number") else f" - {item['title']}"
        lines.append(heading)
        lines.extend(textwrap.wrap(marked(hit["highlight"], color), WIDTH, initial_indent="   ",
                                   subsequent_indent="   "))
        scanned = " (read by OCR: a name or figure may be misread)" if hit.get("details", {}).get("ocr") else ""
        lines.append(f"   {source(hit['source'])}{scanned}")
    return "\n".join(lines)


def history_to_text(answer: dict[str, Any]) -> str:
    if not answer["meetings"]:
        return f"No meeting discusses {answer['query']!r}."
    lines = []
    for meeting in answer["meetings"]:
        lines.append(f"{where(meeting)}  ({source(meeting['source'])})")
        for item in meeting["items"]:
            label = f"item {item['number']}: " if item.get("number") else ""
            lines.append(f"  {label}{item.get('title') or ''} (p.{item['page']})")
            for name in ("resolutions", "decisions", "actions", "findings"):
                for outcome in item[name]:
                    lines.extend(textwrap.wrap(f"{name[:-1]}: {outcome['text']} (p.{outcome['page']})", WIDTH,
                                               initial_indent="    - ", subsequent_indent="      "))
            for mention in item.get("mentions", []):
                lines.extend(textwrap.wrap(f"mentioned: {mention['text']} (p.{mention['page']})", WIDTH,
                                           initial_indent="    - ", subsequent_indent="      "))
    return "\n".join(lines)
