"""Every query string is safe on the search path: the officer questions with each word dropped in
turn, stop words, punctuation, unbalanced quotes, Whoosh syntax, 1,000 words, other scripts and
control characters, dates that do not exist and very long tokens, through `RecordIndex.search`,
the history of an issue, the `search` and `history` commands and the web pages, over the bundled
sample and (when ../shared is present) the shared corpus. Each gets results or one sentence: a
QueryError in the library, one line and exit 1 from a command, a 400 page on the web.

Also the regressions behind it: a date range tier without terms (the Whoosh traceback once seen
for "who chaired the children's scrutiny panel in 2024"), ~1,300 words (RecursionError in
history), since later than until (silently nothing)."""
from __future__ import annotations

import datetime as dt
import json
import pathlib
from collections.abc import Callable, Iterator
from typing import Any
from urllib.parse import urlencode

import pytest
from click.testing import CliRunner

import cli
from corpus.ingest import ingest
from index.errors import QueryError
from index.history import records_to_history
from index.query_checks import MAX_QUERY_CHARS, MAX_QUERY_WORDS
from index.safe_query import query_for_reader
from index.search import RecordIndex
from tests.conftest import REPO, SHARED
from web.app import create_app

QUESTIONS = [json.loads(line)["question"] for line in
             (REPO / "benchmarks" / "officer_questions.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]
WORDS = "what did the scrutiny panel resolve about elective home education and children in care".split()
# Words every index here holds: a long run of them is the deepest query tree (before the length
# limit, 1,000 of them ended history in a RecursionError).
COMMON = "panel education ofsted board partnership minutes meeting council children".split()


def each_word_dropped(question: str) -> Iterator[str]:
    words = question.split()
    for i in range(len(words)):
        yield " ".join(words[:i] + words[i + 1:])


CASES: dict[str, list[str]] = {
    "officer questions": [*QUESTIONS, "who chaired the children's scrutiny panel in 2024"],
    "each word dropped": [q for question in QUESTIONS for q in each_word_dropped(question)],
    "stop words only": ["the", "in", "of the and", "what did we", "who was it", "a an the of in on at to",
                        "and or not", "is it what when where which who why how", "please find something"],
    "punctuation only": ["?", "!!!", "...", "-", "'", "’", '"', "“”", "&", "()", "[]", "{}", "/\\", "*", "**",
                         "—–", ",;:", "#@$%^&*", "__", "''", "-- --", "@", "~", "^", "|"],
    "unbalanced quotes": ['"elective home education', 'elective" home', '"', '""', '"""', "“education",
                          "education”", "'scrutiny panel", '"children" "in care', '" "', '"in 2024',
                          '"scrutiny panel" in 2024 "'],
    "Whoosh syntax": ["kind:resolution", "text:education", "date:2024", "field:", ":", "educ*", "*", "?",
                      "ed?cation", "education AND panel", "education OR panel", "NOT education", "education AND",
                      "OR", "AND OR NOT", "(education", "education)", "((panel))", "(children AND (care OR panel))",
                      "education~2", "panel^3", "education~", "[a TO b]", "date:[2017 TO 2019]", "{a TO b}",
                      "[* TO *]", "-education", "+education", "\\", "education\\", "<education>", "kind:*"],
    "long": [" ".join(COMMON[i % len(COMMON)] for i in range(n)) for n in (MAX_QUERY_WORDS, MAX_QUERY_WORDS + 1, 1000)]
            + [" ".join(["panel", "children"] * 500), " ".join(WORDS[i % len(WORDS)] for i in range(1000))]
            + ["education " * (MAX_QUERY_CHARS // 10), "-".join(["care"] * (MAX_QUERY_CHARS // 5)),
               '"' + " ".join(WORDS[i % len(WORDS)] for i in range(MAX_QUERY_WORDS - 1)) + '"'],
    "other scripts and characters": [
        "ما الذي قررناه بشأن التعليم المنزلي", "选择性家庭教育的决议", "решение о домашнем обучении",
        "🏫📚 education 👶", "👨‍👩‍👧‍👦", "e\u0301ducation", "Z\u0335\u0327a\u0337l\u0338g\u0335o\u0336",
        "\u200feducation\u200e", "\u202eeducation", "education\x00panel", "\x00", "\x01\x02\x1b[31m", "\t\n\r",
        "\ufeffeducation", "edu\u200bcation", "\u3000", "ｅｄｕｃａｔｉｏｎ", "ΕΚΠΑΙΔΕΥΣΗ", "שלום education",
        "\udcff\udcfe education"],  # argv bytes that are not UTF-8 arrive as lone surrogates
    "dates that do not exist": [
        "31 February 2024", "decisions on 31 February 2024", "panel in 31 February 2024", "in 2024-13-45",
        "2024-13-45", "in 99999", "since 99999", "in 0000", "in 1900", "in 2099", "before 1000", "after 9999",
        "resolutions in 32 January 2024", "in Smarch 2024", "30/02/2024", "education since 2024 until 2019",
        "education after 2024 before 2020", "on 29 February 2023", "in 29 February 2024"],
    "very long single tokens": ["a" * (MAX_QUERY_CHARS - 1), "education" * 111, "x" * 5000, "1" * 999,
                                "https://example.org/" + "a" * 900, "é" * 999, "ed-" * 333],
}
OPTION_DATES = ["31 February 2024", "2024-13-45", "2024-13", "99999", "\x00", "x" * 2000, "2024", "last Tuesday",
                "6/13/2024", "32/13/2017", "١٢/١٢/٢٠٢٠"]


def one_sentence(message: str) -> bool:
    return bool(message.strip()) and "\n" not in message and "Traceback" not in message


def answer_or_sentence(call: Callable[[], dict[str, Any]], answer_key: str) -> str | None:
    """None when `call` answers (a JSON-able dict) or raises a one-sentence QueryError; else what went wrong."""
    try:
        answer = call()
    except QueryError as e:
        return None if one_sentence(str(e)) else f"QueryError not one sentence: {e!r}"
    except Exception as e:  # noqa: BLE001 - the failure being tested for, reported with its query
        return f"{type(e).__name__}: {e}"
    json.dumps(answer)
    return None if isinstance(answer.get(answer_key), list) else f"no {answer_key!r} in the answer"


def command_answers_or_says_one_line(home: pathlib.Path, args: list[str]) -> str | None:
    result = CliRunner().invoke(cli.main, ["--home", str(home), *args])
    if result.exit_code == 0:
        return None if result.stdout.strip() else "exit 0 and nothing printed"
    if result.exit_code == 1 and (result.exception is None or isinstance(result.exception, SystemExit)):
        errors = result.stderr.strip().splitlines()
        if len(errors) == 1 and errors[0].startswith("Error: ") and "Traceback" not in result.output:
            return None
    return f"exit {result.exit_code}: {result.output[-300:]!r} {result.exception!r}"


def failures(check: Callable[[str], str | None], queries: list[str]) -> list[tuple[str, str]]:
    found = []
    for query in queries:
        problem = check(query)
        if problem:
            found.append((query[:80], problem))
    return found


# -- the indexes ---------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def sample_home(tmp_path_factory: pytest.TempPathFactory) -> pathlib.Path:
    home = tmp_path_factory.mktemp("fuzz-sample") / "home"
    ingest([REPO / "corpus" / "sample" / "pdf"], home)
    return home


@pytest.fixture(scope="module")
def shared_home(tmp_path_factory: pytest.TempPathFactory) -> pathlib.Path:
    if not (SHARED / "corpus").is_dir():
        pytest.skip("../shared (the shared development corpus) is absent on this machine")
    home = tmp_path_factory.mktemp("fuzz-shared") / "home"
    ingest([SHARED / "corpus" / "pdf", SHARED / "corpus" / "real"], home, jobs=2)
    return home


@pytest.fixture(scope="module", params=["sample", "shared"])
def home(request: pytest.FixtureRequest) -> pathlib.Path:
    return request.getfixturevalue(f"{request.param}_home")


@pytest.fixture(scope="module")
def index(home: pathlib.Path) -> Iterator[RecordIndex]:
    with RecordIndex(str(home)) as opened:
        yield opened


# -- every query, every path ---------------------------------------------------------------------
@pytest.mark.parametrize("case", CASES)
@pytest.mark.parametrize("limit", [1, 2, 10])
def test_search_answers_or_explains(index: RecordIndex, case: str, limit: int) -> None:
    # Small limits too: with fewer hits scored than match, the total is estimated from the query.
    assert failures(lambda q: answer_or_sentence(lambda: index.search(q, limit=limit), "hits"), CASES[case]) == []


@pytest.mark.parametrize("case", CASES)
def test_history_answers_or_explains(index: RecordIndex, case: str) -> None:
    def history(q: str) -> dict[str, Any]:
        return records_to_history(q, index.matching(q), index)

    assert failures(lambda q: answer_or_sentence(lambda: history(q), "meetings"), CASES[case]) == []


@pytest.mark.parametrize("case", [c for c in CASES if c != "each word dropped"])
@pytest.mark.parametrize("command", ["search", "history"])
def test_commands_answer_or_say_one_line(home: pathlib.Path, case: str, command: str) -> None:
    # The dropped-word variants go through the library above; a command adds only its option
    # parsing and output, which every other case exercises.
    queries = CASES[case]
    assert failures(lambda q: command_answers_or_says_one_line(home, [command, "--", q]), queries) == []
    assert failures(lambda q: command_answers_or_says_one_line(home, [command, "--json", "--", q]), queries[:5]) == []


@pytest.mark.parametrize("option", ["--since", "--until"])
def test_option_dates_answer_or_say_one_line(home: pathlib.Path, option: str) -> None:
    found = failures(lambda d: command_answers_or_says_one_line(home, ["search", "education", option, d]),
                     OPTION_DATES)
    assert found == []


@pytest.mark.parametrize("case", CASES)
@pytest.mark.parametrize("path", ["/search", "/history"])
def test_web_pages_answer_or_explain(sample_home: pathlib.Path, case: str, path: str) -> None:
    client = create_app(sample_home).test_client()

    def page(q: str) -> str | None:
        # As a browser sends it: UTF-8, and a lone surrogate as the byte it stands for.
        response = client.get(path, query_string=urlencode({"q": q}, errors="surrogateescape"))
        return None if response.status_code in (200, 400) else f"{path}: {response.status_code}"

    assert failures(page, CASES[case]) == []


# -- the regressions -----------------------------------------------------------------------------
def test_issue_12_who_chaired_the_panel_in_2024_answers(sample_home: pathlib.Path) -> None:
    """The question that once ended in a Whoosh traceback (`estimate_min_size`: min() arg is an
    empty sequence): on the sample it did at 2 hits, when Whoosh scored only the first hits and
    search's total asked for an estimate of a query holding a date range tier without terms."""
    from whoosh.query import And, ConstantScoreQuery, DateRange, Term

    with RecordIndex(str(sample_home)) as index:
        for limit in (1, 2, 10):
            answer = index.search("who chaired the children's scrutiny panel in 2024", limit=limit)
            assert answer["hits"] and answer["total"] >= len(answer["hits"])
            assert {hit["meeting"]["date"][:4] for hit in answer["hits"]} == {"2024"}
        # The cause, in Whoosh itself: a range runs as tiers of term ranges, and a tier holding
        # no indexed date makes estimate_min_size take min() of nothing.
        reader = index.searcher.reader()
        in_2024 = DateRange("date", dt.datetime(2024, 1, 1), dt.datetime(2024, 12, 31, 23, 59, 59))
        raw = And([Term("text", "panel"), ConstantScoreQuery(in_2024, 0.0)])
        with pytest.raises(ValueError, match="empty sequence"):  # Whoosh's own behaviour: the cause
            raw.estimate_min_size(reader)
        safe = query_for_reader(raw, reader)
        assert safe.estimate_min_size(reader) >= 0
        assert sorted(index.searcher.docs_for_query(safe)) == sorted(index.searcher.docs_for_query(raw)) != []


def test_issue_12_a_compound_is_never_left_empty_or_widened(sample_home: pathlib.Path) -> None:
    from whoosh.query import And, ConstantScoreQuery, DateRange, Every, NullQuery, Or, Term

    with RecordIndex(str(sample_home)) as index:
        reader = index.searcher.reader()
        in_1900 = DateRange("date", dt.datetime(1900, 1, 1), dt.datetime(1900, 12, 31, 23, 59, 59))
        never = ConstantScoreQuery(in_1900, 0.0)
        # Whoosh's normalize() would turn both into queries that match everything.
        assert query_for_reader(And([Every(), never]), reader) is NullQuery
        assert query_for_reader(And([Term("text", "panel"), never]), reader) is NullQuery
        assert query_for_reader(Or([never, Term("text", "panel")]), reader) == Term("text", "panel")
        assert query_for_reader(Or([]), reader) is NullQuery
        assert index.search("panel in 1900")["hits"] == []


def test_issue_13_history_long_query_is_one_sentence_before_any_recursion(sample_home: pathlib.Path) -> None:
    words = " ".join(COMMON[i % len(COMMON)] for i in range(1300))
    result = CliRunner().invoke(cli.main, ["--home", str(sample_home), "history", words])
    assert result.exit_code == 1 and (result.exception is None or isinstance(result.exception, SystemExit))
    assert result.stderr.strip() == (f"Error: The query has 1,300 words; minutebook searches at most "
                                     f"{MAX_QUERY_WORDS}, so keep the words that name the issue.")
    response = create_app(sample_home).test_client().get("/history", query_string={"q": words})
    assert response.status_code == 400 and b"1,300 words" in response.data and b"Traceback" not in response.data


def test_issue_13_history_long_query_within_the_limits_answers(sample_home: pathlib.Path) -> None:
    # The limits keep the query tree far from Python's recursion limit, also for the deepest
    # tree they allow: one matching word repeated, each a part of one And.
    with RecordIndex(str(sample_home)) as index:
        for question in (" ".join(["panel"] * MAX_QUERY_WORDS), "-".join(["panel"] * (MAX_QUERY_CHARS // 6))):
            assert records_to_history(question, index.matching(question), index)["meetings"]


@pytest.mark.parametrize("args", [["--since", "2024", "--until", "2019"],
                                  ["--since", "Nov 2024", "--until", "Oct 2024"]])
def test_issue_13_since_later_than_until_says_so(sample_home: pathlib.Path, args: list[str]) -> None:
    result = CliRunner().invoke(cli.main, ["--home", str(sample_home), "search", "panel", *args])
    assert result.exit_code == 1 and "The dates run backwards" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    response = create_app(sample_home).test_client().get(
        "/search", query_string={"q": "panel", "since": args[1], "until": args[3]})
    assert response.status_code == 400 and b"The dates run backwards" in response.data


def test_issue_13_question_dates_backwards_say_so_in_history(sample_home: pathlib.Path) -> None:
    result = CliRunner().invoke(cli.main, ["--home", str(sample_home), "history", "panel since 2024 before 2020"])
    assert result.exit_code == 1 and "since 1 January 2024 is later than until 31 December 2019" in result.stderr
    response = create_app(sample_home).test_client().get("/history", query_string={"q": "panel after 2024 until 2023"})
    assert response.status_code == 400 and b"The dates run backwards" in response.data


def test_a_question_date_and_an_option_narrow_each_other(sample_home: pathlib.Path) -> None:
    # Only a period that ends before it starts is refused.
    with RecordIndex(str(sample_home)) as index:
        assert {h["meeting"]["date"][:7] for h in index.search("panel in 2024", since="Jul 2024")["hits"]} <= {
            "2024-07", "2024-08", "2024-09", "2024-10", "2024-11", "2024-12"}
        with pytest.raises(QueryError, match="backwards"):
            index.search("panel in 2023", since="2024")


@pytest.mark.parametrize("typed", ["31 February 2024", "2024-13-45", "2024-02-30", "30/02/2024", "2024-13"])
def test_an_option_date_that_does_not_exist_is_named(sample_home: pathlib.Path, typed: str) -> None:
    with RecordIndex(str(sample_home)) as index, pytest.raises(
            QueryError, match=f"Cannot read '{typed}' as a date: there is no such day"):
        index.search("panel", since=typed)


@pytest.mark.parametrize("question", ["panel on 31 February 2024", "decisions in 30 Feb 2023", "since 32 May 2024"])
def test_a_question_date_that_does_not_exist_is_named(sample_home: pathlib.Path, question: str) -> None:
    with RecordIndex(str(sample_home)) as index, pytest.raises(QueryError, match="there is no such day"):
        index.search(question)


@pytest.mark.parametrize("question", ["in", "and or not", "if yet"])
def test_only_words_the_index_leaves_out_say_so(sample_home: pathlib.Path, question: str) -> None:
    # Not the whole store as the answer (history would list every meeting).
    with RecordIndex(str(sample_home)) as index:
        for answer in (lambda: index.search(question), lambda: list(index.matching(question))):
            with pytest.raises(QueryError, match="Every word of the query is too common"):
                answer()
        assert index.search("in 2024")["hits"] and index.search("outstanding actions")["hits"]
