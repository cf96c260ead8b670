"""Text, Markdown and HTML -> pages of plain lines in the `Line` convention (one paragraph, heading
or table row a line; table cells joined by TAB). Form feeds in text are page breaks.

Text exported from council web pages often keeps fragments of markup (`<p>`, `<td>`, `**bold**`,
"1\\. PUBLIC FORUM"), so every format, PDF included, goes through `clean_line`.
"""
from __future__ import annotations

import html
import re
from collections.abc import Callable
from functools import partial
from html.parser import HTMLParser

from extract.reading.paragraph_breaks import LIST_START, ends_dangling
from extract.records import Page

BLOCK_TAGS = {"p", "div", "br", "li", "ul", "ol", "tr", "table", "h1", "h2", "h3", "h4", "h5", "h6",
              "section", "article", "header", "footer", "blockquote", "pre", "dt", "dd", "hr", "caption"}
CELL_TAGS = {"td", "th"}
# Tags that set text apart by weight, as item headings are; kept as markdown's "**" (EMPHASIS).
EMPHASIS_TAGS = {"strong", "b", "u", "h1", "h2", "h3", "h4", "h5", "h6"}
EMPHASIS = "**"
# A line whose every word is inside "**...**" pairs: "**1.** **Apologies**", "**Item 3** **-** **Update**".
EMPHASISED = re.compile(r"^[^\w*]*(?:\*\*[^*]+\*\*[^\w*]*)+$")
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


class _HtmlToText(HTMLParser):
    """Block elements become line breaks, table cells TABs; scripts and styles are dropped.
    A definition list's term and its first definition are one row ("Apologies<TAB>J Smith"), as
    a two-column table or a "Term: definition" line would be."""

    def __init__(self, emphasis: bool = False) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping = 0
        self.after_term = False
        self.emphasis = emphasis
        self.weight = 0  # how many emphasis tags are open

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in EMPHASIS_TAGS and self.emphasis and not self.skipping:
            if tag in BLOCK_TAGS:
                self.parts.append("\n")
            self.weight += 1
            if self.weight == 1:
                self.parts.append(EMPHASIS)
            return
        if tag in SKIP_TAGS:
            self.skipping += 1
        elif tag == "dd" and self.after_term:
            while self.parts and not self.parts[-1].strip():
                self.parts.pop()
            self.parts.append("\t")
            self.after_term = False
        elif tag in CELL_TAGS:
            self.parts.append("\t")
        elif tag in BLOCK_TAGS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in EMPHASIS_TAGS and self.emphasis and self.weight and not self.skipping:
            self.weight -= 1
            if self.weight == 0:
                self.parts.append(EMPHASIS)
            if tag in BLOCK_TAGS:
                self.parts.append("\n")
                self.after_term = False
            return
        if tag in SKIP_TAGS:
            self.skipping = max(0, self.skipping - 1)
        elif tag in BLOCK_TAGS:
            self.parts.append("\n")
            self.after_term = tag == "dt"

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            self.parts.append(re.sub(r"\s+", " ", data))
            self.after_term = self.after_term and not data.strip()


def html_to_text(source: str, emphasis: bool = False) -> str:
    """HTML -> lines; with `emphasis`, text in bold, underline or heading tags is marked "**...**"."""
    parser = _HtmlToText(emphasis)
    parser.feed(source)
    parser.close()
    lines = []
    for raw in "".join(parser.parts).split("\n"):
        # a row's text starts with the TAB of its first cell
        cells = [" ".join(c.split()) for c in raw.split("\t")]
        lines.append("\t".join(cells[1:] if raw.lstrip(" ").startswith("\t") else cells))
    return "\n".join(lines)


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


def is_emphasised(text: str) -> bool:
    """Whether a line of markup is set apart by weight as a whole ("**Item 1**", "<b>Planning</b>")."""
    if TAG.search(text):
        text = html_to_text(text, emphasis=True).replace("\n", " ")
    return bool(EMPHASISED.match(re.sub(r"\*{3,}", EMPHASIS, ESCAPE.sub(r"\1", text))))


def markdown_to_text(source: str) -> str:
    """Markdown -> one line per paragraph, heading, list item or table row."""
    source = FRONT_MATTER.sub("", source.lstrip("\ufeff"), count=1)
    out: list[str] = []
    paragraph: list[str] = []
    wrap = wrap_width(source.splitlines())

    def flush() -> None:
        if paragraph:
            out.append(" ".join(paragraph))
            paragraph.clear()

    for raw in source.splitlines():
        line = raw.strip()
        if not line or MD_TABLE_SEPARATOR.match(line):
            flush()
            continue
        if PIPE_ROW.match(line):
            flush()
            out.append(clean_line(line))
        elif HEADING.match(raw):
            flush()
            paragraph.append(f"{EMPHASIS}{HEADING.sub('', line)}{EMPHASIS}")
        elif MD_LIST.match(raw):
            flush()
            paragraph.append(line)
        else:
            if len(paragraph) == 1 and ends_numbered_heading(paragraph[0], line, wrap):
                flush()
            paragraph.append(line)
        if raw.endswith("  ") or raw.endswith("\\"):
            flush()  # a hard line break
    flush()
    return "\n".join(out)


def wrap_width(lines: list[str]) -> int:
    """The width most wrapped lines of a text reach (their median length); 0 when none wrap."""
    widths = sorted(len(line.strip()) for line in lines
                    if len(line.strip()) >= MIN_WRAPPED and not PIPE_ROW.match(line))
    return widths[len(widths) // 2] if widths else 0


def ends_numbered_heading(first: str, following: str, wrap: int) -> bool:
    """Whether a paragraph's numbered first line is a heading of its own: converted text (OCR,
    PDF to markdown) keeps a heading's line break only as a short line that the next line's
    first word would have fitted after ("2: Travel and Transportation" / "Deputation to ...")."""
    return bool(wrap and NUMBERED_LINE.match(first)
                and len(first) + 1 + len(following.split()[0]) < wrap - WRAP_SLACK)


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


def text_to_pages(text: str, fmt: str) -> list[Page]:
    """Form feeds are page breaks in every text format."""
    converters: dict[str, Callable[[str], str]] = {
        "md": markdown_to_text, "html": partial(html_to_text, emphasis=True), "txt": unwrap_text}
    convert = converters[fmt]
    return [Page(i + 1, convert(chunk).splitlines()) for i, chunk in enumerate(text.split("\f"))]
