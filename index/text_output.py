"""Search hits and issue histories as text for a terminal: the council's words first, then
where they come from."""
from __future__ import annotations

import os
import re
import textwrap
from typing import Any, TextIO

MARK = re.compile(r"\*\*(.+?)\*\*")
BOLD, PLAIN = "\033[1m", "\033[0m"
WIDTH = 100


def where(meeting: dict[str, Any]) -> str:
    return " ".join(x for x in (meeting.get("date") or "undated", meeting.get("body") or "") if x)


def source(src: dict[str, Any]) -> str:
    """The file and page; for a fetched file, then the document's address on the council's site."""
    return f"{src['path']} p.{src['page']}" + (f"  {src['url']}" if src.get("url") else "")


def wants_color(stream: TextIO) -> bool:
    """Matched words are bold only on a terminal, as grep and ripgrep mark them: never when the
    output is piped or saved, when NO_COLOR is set to anything (no-color.org) or TERM is dumb."""
    return stream.isatty() and not os.environ.get("NO_COLOR") and os.environ.get("TERM") != "dumb"


def marked(text: str, color: bool) -> str:
    """The council's words as printed; matched words in bold when `color`, else unmarked."""
    return MARK.sub(lambda m: f"{BOLD}{m.group(1)}{PLAIN}" if color else m.group(1), text)


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
        # Wrapped before marking, so bold and plain output break at the same places, and whole
        # words only: a marked word is never split from its mark.
        lines.extend(marked(line, color) for line in textwrap.wrap(
            hit["highlight"], WIDTH, initial_indent="   ", subsequent_indent="   ", break_long_words=False,
            break_on_hyphens=False))
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
