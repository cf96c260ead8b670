"""`search` on a terminal: the council's words exactly as printed, matched words in bold only when
stdout is a terminal (not when piped), never with NO_COLOR set or TERM=dumb, as grep and ripgrep
do. The command runs as a real process, on a real pseudo-terminal where the test needs one."""
from __future__ import annotations

import io
import os
import pathlib
import pty
import subprocess
import sys

import pytest

from corpus.ingest import ingest
from index.text_output import BOLD, PLAIN, marked, search_to_text, wants_color
from tests.conftest import REPO

QUESTION = ["search", "panel education noted", "--kind", "resolution", "--limit", "2"]
# The sample's resolution, as its minutes print it; the question matches "Education" and "noted".
PRINTED = "That the report on Elective Home Education be noted."


@pytest.fixture(scope="module")
def home(tmp_path_factory: pytest.TempPathFactory) -> pathlib.Path:
    home = tmp_path_factory.mktemp("terminal") / "home"
    ingest([REPO / "corpus" / "sample" / "pdf" / "northfield-cfs-panel-2023-06-12-minutes.pdf"], home)
    return home


def environment(**changes: str | None) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "NO_COLOR"} | {"TERM": "xterm-256color"}
    for name, value in changes.items():
        env.pop(name, None)
        if value is not None:
            env[name] = value
    return env


def on_terminal(home: pathlib.Path, env: dict[str, str]) -> str:
    """What the command prints with a pseudo-terminal as its stdout."""
    leader, follower = pty.openpty()
    with subprocess.Popen([sys.executable, "cli.py", "--home", str(home), *QUESTION], cwd=REPO, env=env,
                          stdout=follower, stderr=subprocess.PIPE) as process:
        os.close(follower)
        chunks = []
        while True:
            try:
                chunk = os.read(leader, 4096)
            except OSError:  # EIO: the process closed the terminal
                break
            if not chunk:
                break
            chunks.append(chunk)
        assert process.wait(timeout=60) == 0, process.stderr.read() if process.stderr else ""
    os.close(leader)
    return b"".join(chunks).decode("utf-8").replace("\r\n", "\n")


def piped(home: pathlib.Path, env: dict[str, str]) -> str:
    return subprocess.run([sys.executable, "cli.py", "--home", str(home), *QUESTION], cwd=REPO, env=env,
                          capture_output=True, text=True, check=True).stdout


def words(text: str) -> str:
    return " ".join(text.split())


def test_issue_12_piped_output_quotes_the_council_words_as_printed(home: pathlib.Path) -> None:
    out = piped(home, environment())
    assert PRINTED.rstrip(".") in words(out)
    assert "\033" not in out and "**" not in out and "REPORT" not in out and "NOTED" not in out


def test_terminal_output_marks_matched_words_in_bold(home: pathlib.Path) -> None:
    out = on_terminal(home, environment())
    assert f"That the report on Elective Home {BOLD}Education{PLAIN} be {BOLD}noted{PLAIN}" in words(out)
    assert words(out.replace(BOLD, "").replace(PLAIN, "")) == words(piped(home, environment()))


@pytest.mark.parametrize("changes", [{"NO_COLOR": "1"}, {"NO_COLOR": "yes please"}, {"TERM": "dumb"}])
def test_no_color_or_a_dumb_terminal_gets_no_marks(home: pathlib.Path, changes: dict[str, str]) -> None:
    out = on_terminal(home, environment(**changes))
    assert "\033" not in out and PRINTED.rstrip(".") in words(out)


class Stream(io.StringIO):
    def __init__(self, tty: bool) -> None:
        super().__init__()
        self.tty = tty

    def isatty(self) -> bool:
        return self.tty


@pytest.mark.parametrize("tty, env, expected", [
    (True, {}, True), (False, {}, False), (True, {"NO_COLOR": "1"}, False),
    (True, {"NO_COLOR": ""}, True),  # no-color.org: only a non-empty value disables colour
    (True, {"TERM": "dumb"}, False),
])
def test_colour_only_on_a_terminal_without_no_color(monkeypatch: pytest.MonkeyPatch, tty: bool,
                                                    env: dict[str, str], expected: bool) -> None:
    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.setenv("TERM", "xterm")
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    assert wants_color(Stream(tty)) is expected


def test_marks_keep_the_case_of_the_text() -> None:
    assert marked("The **Chair** met the **CHAIR** of the **panel**", color=False) == \
        "The Chair met the CHAIR of the panel"
    answer = {"query": "chair", "hits": [{"kind": "decision", "meeting": {"date": "2024-01-02", "body": "Board"},
                                          "item": {}, "highlight": "The **Chair** agreed",
                                          "source": {"path": "a.pdf", "page": 3}}]}
    assert "The Chair agreed" in search_to_text(answer)
    assert f"The {BOLD}Chair{PLAIN} agreed" in search_to_text(answer, color=True)
