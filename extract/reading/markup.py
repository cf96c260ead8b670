"""Text, Markdown and HTML -> pages of plain lines in the `Line` convention (one paragraph, heading
or table row a line; table cells joined by TAB). Form feeds in text are page breaks.

Text exported from council web pages often keeps fragments of markup (`<p>`, `<td>`, `**bold**`,
"1\\. PUBLIC FORUM"), so every format, PDF included, goes through `clean_line`.
"""
from __future__ import annotations

import html
import itertools
import re
from html.parser import HTMLParser
from typing import NamedTuple

from extract.reading.ink import Ink
from extract.reading.paragraph_breaks import LIST_START, ends_dangling
from extract.records import Line, Page

HEADING_TAGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
BOLD_TAGS = {"b", "strong"}
ITALIC_TAGS = {"i", "em"}
UNDERLINE_TAGS = {"u", "ins"}
LIST_TAGS = {"ul", "ol"}
STYLING_TAGS = (("bold", BOLD_TAGS), ("italic", ITALIC_TAGS), ("underline", UNDERLINE_TAGS), ("lists", LIST_TAGS))
# A browser indents each level of a list by 40 pixels of 16: so many ems (see `Line.indent`).
LIST_INDENT_EMS = 2.5
BLOCK_TAGS = {"p", "div", "br", "li", "ul", "ol", "tr", "table", "h1", "h2", "h3", "h4", "h5", "h6",
              "section", "article", "header", "footer", "blockquote", "pre", "dt", "dd", "hr", "caption"}
CELL_TAGS = {"td", "th"}
# A site's navigation menu is page furniture, as a PDF's running header is: it would otherwise
# stand above the document's own heading.
SKIP_TAGS = {"script", "style", "head", "title", "noscript", "nav"}
TAG = re.compile(r"</?([a-zA-Z][a-zA-Z0-9]*)\b[^<>]*>")
ENTITY = re.compile(r"&(?:#\d+|#x[0-9a-fA-F]+|[a-zA-Z]+);")
BOLD = re.compile(r"\*\*|__")
ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>~])")
HEADING = re.compile(r"^\s{0,3}#{1,6}\s+")
MD_LIST = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+")
MD_TABLE_SEPARATOR = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$")
PIPE_ROW = re.compile(r"^\s*\|.*\|\s*$")
# Plain text wrapped by its writer at a fixed column (e-mail, text exports) wraps between 50
# and this many characters; longer lines mean one paragraph a line, as the seed texts are.
MAX_WRAP = 100
WRAP_SLACK = 10
FRONT_MATTER = re.compile(r"\A---\s*\n.*?\n---\s*\n", re.DOTALL)
# An item number opening a paragraph's first line: "10. Correspondence", "2: Travel and Transportation".
NUMBERED_LINE = re.compile(r"^\d{1,3}(?:\\?[.:)])?\s+[A-Z]")
# Lines shorter than this say nothing of where a text wraps.
MIN_WRAPPED = 40


class Run(NamedTuple):
    """A piece of an HTML page's text, with the elements it sits in."""

    text: str
    bold: bool = False
    italic: bool = False
    underline: bool = False
    heading: int = 0
    lists: int = 0  # lists it is inside


class _HtmlToText(HTMLParser):
    """Block elements become line breaks, table cells TABs; scripts and styles are dropped.
    A definition list's term and its first definition are one row ("Apologies<TAB>J Smith"), as
    a two-column table or a "Term: definition" line would be."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[Run] = []
        self.skipping = 0
        self.after_term = False
        self.open = {"bold": 0, "italic": 0, "underline": 0, "lists": 0}
        self.heading = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.count(tag, 1)
        if tag in SKIP_TAGS:
            self.skipping += 1
        elif tag == "dd" and self.after_term:
            while self.parts and not self.parts[-1].text.strip():
                self.parts.pop()
            self.parts.append(Run("\t"))
            self.after_term = False
        elif tag in CELL_TAGS:
            self.parts.append(Run("\t"))
        elif tag in BLOCK_TAGS:
            self.parts.append(Run("\n"))

    def handle_endtag(self, tag: str) -> None:
        self.count(tag, -1)
        if tag in SKIP_TAGS:
            self.skipping = max(0, self.skipping - 1)
        elif tag in BLOCK_TAGS:
            self.parts.append(Run("\n"))
            self.after_term = tag == "dt"

    def count(self, tag: str, step: int) -> None:
        """Keep count of the open elements that style the text inside them."""
        kind = next((kind for kind, tags in STYLING_TAGS if tag in tags), "")
        if kind:
            self.open[kind] = max(0, self.open[kind] + step)
        elif tag in HEADING_TAGS:
            self.heading = HEADING_TAGS[tag] if step > 0 else 0

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            self.parts.append(Run(re.sub(r"\s+", " ", data), self.open["bold"] > 0, self.open["italic"] > 0,
                                  self.open["underline"] > 0, self.heading, self.open["lists"]))
            self.after_term = self.after_term and not data.strip()


def runs_to_line(runs: list[Run], page: int) -> Line:
    raw = "".join(run.text for run in runs)
    # a row's text starts with the TAB of its first cell
    cells = [" ".join(c.split()) for c in raw.split("\t")]
    text = "\t".join(cells[1:] if raw.lstrip(" ").startswith("\t") else cells)
    inked = [run for run in runs if run.text.strip()]
    ink = sum((run_ink(run) for run in inked), Ink())
    lead = "".join(run.text for run in itertools.takewhile(lambda run: run.bold, inked))
    return Line(text, page, bold=ink.mostly_bold, italic=ink.mostly_italic, underline=ink.mostly_underlined,
                indent=LIST_INDENT_EMS * max((run.lists for run in inked), default=0),
                heading=max((run.heading for run in inked), default=0),
                lead="" if ink.mostly_bold else " ".join(lead.split()))


def run_ink(run: Run) -> Ink:
    chars = len("".join(run.text.split()))
    return Ink(chars, chars if run.bold else 0, chars if run.italic else 0, underline=chars if run.underline else 0)


def html_to_lines(source: str, page: int) -> list[Line]:
    parser = _HtmlToText()
    parser.feed(source)
    parser.close()
    lines: list[Line] = []
    runs: list[Run] = []
    for run in [*parser.parts, Run("\n")]:
        if run.text == "\n":
            lines.append(runs_to_line(runs, page))
            runs = []
        else:
            runs.append(run)
    return lines


def html_to_text(source: str) -> str:
    return "\n".join(line.text for line in html_to_lines(source, 0))


def clean_line(text: str) -> str:
    """Plain text of one line: markup fragments out, entities decoded, spaces collapsed
    (TABs between cells kept)."""
    if PIPE_ROW.match(text):
        cells = text.strip().strip("|").split("|")
        text = "" if MD_TABLE_SEPARATOR.match(text) else "\t".join(c.strip() for c in cells)
    if TAG.search(text):
        # inside a table row, block tags only separate sentences of one cell
        text = TAG.sub(" ", text) if "\t" in text else html_to_text(text).replace("\n", " ")
    if ENTITY.search(text):
        text = html.unescape(text)
    text = ESCAPE.sub(r"\1", BOLD.sub("", text)).replace("\x02", "").replace("\u00ad", "")
    cells = [" ".join(cell.split()) for cell in text.split("\t")]
    return "\t".join(cells) if any(cells) else ""


def marked_ink(text: str) -> Ink:
    """The characters of `text`, bold inside `**`/`__`."""
    parts = BOLD.split(text)
    chars = [len("".join(part.split())) for part in parts]
    # an odd count of markers leaves the last one unpaired: the text after it is not bold
    return Ink(sum(chars), sum(chars[1:len(parts) - 1 + len(parts) % 2:2]))


def marked_line(text: str, page: int, heading: int = 0, depth: int = 0) -> Line:
    bold = marked_ink(text).mostly_bold
    parts = BOLD.split(text)
    lead = clean_line(parts[1]) if len(parts) > 2 and not parts[0].strip() and not bold else ""
    return Line(text, page, bold=bold, indent=LIST_INDENT_EMS * depth, heading=heading, lead=lead)


def markdown_to_lines(source: str, page: int) -> list[Line]:
    """Markdown -> one line per paragraph, heading, list item or table row."""
    source = FRONT_MATTER.sub("", source.lstrip("\ufeff"), count=1)
    out: list[Line] = []
    paragraph: list[str] = []
    heading = depth = 0
    lists: list[int] = []  # the indents of the list items the text is inside
    wrap = wrap_width(source.splitlines())

    def flush() -> None:
        if paragraph:
            out.append(marked_line(" ".join(paragraph), page, heading, depth))
            paragraph.clear()

    for raw in source.splitlines():
        line = raw.strip()
        if not line or MD_TABLE_SEPARATOR.match(line):
            flush()
            continue
        if PIPE_ROW.match(line):
            flush()
            out.append(Line(clean_line(line), page, bold=marked_ink(line).mostly_bold))
        elif HEADING.match(raw) or MD_LIST.match(raw):
            flush()
            if HEADING.match(raw):
                heading, depth = len(line) - len(line.lstrip("#")), 0
            else:
                heading, depth = 0, list_depth(raw, lists)
            paragraph.append(HEADING.sub("", line))
        else:
            if len(paragraph) == 1 and ends_numbered_heading(paragraph[0], line, wrap):
                flush()
            if not paragraph:
                heading = depth = 0
                if not raw[:1].isspace():
                    lists.clear()  # a paragraph at the margin ends the lists above it
            paragraph.append(line)
        if raw.endswith("  ") or raw.endswith("\\"):
            flush()  # a hard line break
    flush()
    return out


def wrap_width(lines: list[str]) -> int:
    """The width a hard-wrapped text's lines reach (the median length of its long lines); 0 for
    text that is not hard-wrapped (fewer than a third of its lines long)."""
    text = [line.strip() for line in lines if line.strip() and not PIPE_ROW.match(line)]
    widths = sorted(len(line) for line in text if len(line) >= MIN_WRAPPED)
    return widths[len(widths) // 2] if widths and len(widths) * 3 >= len(text) else 0


def ends_numbered_heading(first: str, following: str, wrap: int) -> bool:
    """Whether a paragraph's numbered first line is a heading of its own: converted text (OCR,
    PDF to markdown) keeps a heading's line break only as a short line that the next line's
    first word would have fitted after ("2: Travel and Transportation" / "Deputation to ...")."""
    return bool(wrap and NUMBERED_LINE.match(first)
                and len(first) + 1 + len(following.split()[0]) < wrap - WRAP_SLACK)


def list_depth(raw: str, lists: list[int]) -> int:
    """How deep the list item `raw` is, given the indents of the items above it (updated)."""
    indent = len(raw) - len(raw.lstrip())
    while lists and lists[-1] > indent:
        lists.pop()
    if not lists or lists[-1] < indent:
        lists.append(indent)
    return len(lists)


def unwrap_text(text: str) -> str:
    """Plain text hard-wrapped at a fixed column -> one line per paragraph. A line carries on
    into the next when the next line's first word would not have fitted after it; blank lines,
    list items and table rows (TABs, pipes) break. Text that is not hard-wrapped is left alone."""
    lines = text.splitlines()
    widths = [len(line.rstrip()) for line in lines if line.strip() and "\t" not in line]
    if not widths or not 50 <= max(widths) <= MAX_WRAP:
        return text
    wrap = max(widths)
    if sum(1 for w in widths if w >= wrap - 12) < 0.3 * len(widths):
        return text
    out: list[str] = []
    last = ""  # the previous physical line
    for line in lines:
        stripped = line.strip()
        # the wrap column is only known from the longest line, so a line near it counts as full
        full = last and len(last) + 1 + len(stripped.split(" ")[0]) > wrap - WRAP_SLACK
        if (stripped and full and "\t" not in line + last
                and (not LIST_START.match(stripped) or ends_dangling(last))
                and not PIPE_ROW.match(line) and not PIPE_ROW.match(last)):
            out[-1] = f"{out[-1]} {stripped}"
        else:
            out.append(line.rstrip())
        last = line.rstrip() if stripped else ""
    return "\n".join(out)


def text_to_lines(text: str, page: int) -> list[Line]:
    return [marked_line(line, page) for line in unwrap_text(text).splitlines()]


def text_to_pages(text: str, fmt: str) -> list[Page]:
    """Form feeds are page breaks in every text format."""
    convert = {"md": markdown_to_lines, "html": html_to_lines, "txt": text_to_lines}[fmt]
    return [Page(i + 1, convert(chunk, i + 1)) for i, chunk in enumerate(text.split("\f"))]
