"""`minutebook demo`: the whole product on the bundled fictional sample, with nothing else on the
machine. Copies the sample PDFs into HOME, ingests them into HOME's store and index, then asks
what an officer would ask: what was resolved on an issue, the issue's history, the open actions.

The sample (`corpus/sample/pdf/*.pdf`) is package data written by `corpus.sample.build`; the demo
only reads it, so it needs no reportlab.
"""
from __future__ import annotations

import datetime as dt
import os
import pathlib
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from corpus.errors import StoreError
from corpus.sample import SAMPLE_DIR

if TYPE_CHECKING:
    from corpus.ingest import IngestReport
    from corpus.register.assemble import RegisterAction

DEFAULT_HOME = "minutebook-demo"
QUESTION = "what did we resolve on elective home education"
HISTORY_QUERY = "elective home education"
SHOWN_HITS = 3


@dataclass
class DemoResult:
    home: pathlib.Path
    ingest: IngestReport
    answer: dict[str, Any]  # CONTRACT.md's search answer to QUESTION
    history: dict[str, Any]  # CONTRACT.md's history of HISTORY_QUERY
    open_actions: list[RegisterAction]  # open or carried forward, oldest meeting first
    today: dt.date


def bundled_sample() -> list[pathlib.Path]:
    files = sorted(SAMPLE_DIR.glob("*.pdf"))
    if not files:
        raise StoreError(f"The bundled sample is missing from {SAMPLE_DIR}; reinstall minutebook.")
    return files


def copy_sample(home: pathlib.Path) -> pathlib.Path:
    """The sample's PDFs, copied to HOME/sample so the store's source paths stay valid (and
    `minutebook serve` can show the pages) wherever minutebook is installed."""
    target = home / "sample"
    target.mkdir(parents=True, exist_ok=True)
    for pdf in bundled_sample():
        if not (target / pdf.name).exists() or (target / pdf.name).read_bytes() != pdf.read_bytes():
            shutil.copyfile(pdf, target / pdf.name)
    return target


def run_demo(home: str | os.PathLike[str] = DEFAULT_HOME, today: dt.date | None = None,
             progress: Callable[[int, int], None] = lambda done, total: None) -> DemoResult:
    """Build (or refresh) the demo store in `home` and answer the demo's questions. A second run
    finds every file unchanged and ingests nothing. A sample file that fails to extract is in
    the result's ingest report; the questions are still answered from the rest."""
    from corpus.ingest import ingest
    from corpus.register.commands import list_actions
    from index.history import history
    from index.search import search

    today = today or dt.date.today()
    home_path = pathlib.Path(home)
    report = ingest([copy_sample(home_path)], home_path, progress=progress)
    return DemoResult(
        home=home_path,
        ingest=report,
        answer=search(str(home_path), QUESTION, limit=SHOWN_HITS),
        history=history(str(home_path), HISTORY_QUERY),
        open_actions=list_actions(home_path, "open", today=today),
        today=today,
    )


def demo_to_text(result: DemoResult) -> str:
    from corpus.register.text import register_to_text
    from index.text_output import history_to_text, search_to_text

    home = result.home
    failures = [f"Could not ingest {path}: {reason}" for path, reason in result.ingest.failed]
    return "\n".join([
        f"Ingested the bundled sample into {home}: {result.ingest.summary_line()}",
        *failures,
        "",
        f"$ minutebook --home {home} search \"{QUESTION}\"",
        search_to_text(result.answer),
        "",
        f"$ minutebook --home {home} history \"{HISTORY_QUERY}\"",
        history_to_text(result.history),
        "",
        f"$ minutebook --home {home} actions --status open",
        register_to_text(result.open_actions, result.today),
        "",
        f"Try your own questions with `minutebook --home {home} search ...`, or add your council's "
        f"papers with `minutebook ingest FOLDER`.",
    ])
