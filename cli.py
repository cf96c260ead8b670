"""minutebook's command line: parses options, calls one library function, turns library errors
into one-sentence messages. Heavy libraries are imported inside the commands that need them."""
from __future__ import annotations

import contextlib
import io
import signal
import sys
from collections.abc import Callable, Iterator
from typing import Any

import click

from extract.errors import ExtractError
from extract.limits import MAX_MB, MAX_PAGES, Limits


def emit_json(data: object) -> None:
    from corpus.surrogates import to_json

    click.echo(to_json(data, indent=2))


@contextlib.contextmanager
def library_errors() -> Iterator[None]:
    """Turns the library's errors (each already one sentence for the user) into exit status 1."""
    from corpus.errors import StoreError
    from corpus.fetch.errors import FetchError
    from index.errors import IndexMissing, QueryError

    try:
        yield
    except (ExtractError, StoreError, IndexMissing, QueryError, FetchError) as e:
        raise click.ClickException(str(e)) from None


def json_option(what: str) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    return click.option("--json", "as_json", is_flag=True, help=f"Print {what} as one JSON document.")


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--home", envvar="MINUTEBOOK_HOME", default="minutebook-data", show_default=True,
              type=click.Path(file_okay=False), help="Where the store and index live.")
@click.pass_context
def main(ctx: click.Context, home: str) -> None:
    """minutebook: search and act on what a council's committees minuted."""
    ctx.obj = {"home": home}
    # A file name that is not UTF-8 is printed as its own bytes, as `ls` prints it, in any locale.
    if isinstance(sys.stdout, io.TextIOWrapper):
        sys.stdout.reconfigure(errors="surrogateescape")


def no_ocr_option() -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    return click.option("--no-ocr", is_flag=True,
                        help="Refuse a PDF without a text layer instead of reading its scanned pages by OCR.")


def limit_options(command: Callable[..., Any]) -> Callable[..., Any]:
    """--max-pages and --max-mb: how large a file may be before it is refused in one line."""
    command = click.option("--max-mb", type=click.FloatRange(min=0, min_open=True), default=MAX_MB,
                           show_default=True, help="Refuse a file larger than this many MB.")(command)
    return click.option("--max-pages", type=click.IntRange(min=1), default=MAX_PAGES, show_default=True,
                        help="Refuse a PDF of more pages than this.")(command)


@main.command()
@click.argument("file", type=click.Path())
@json_option("the extraction")
@no_ocr_option()
@click.option("--jobs", type=click.IntRange(min=1), default=1, show_default=True,
              help="Read this many scanned pages at once by OCR, in separate processes.")
@limit_options
def extract(file: str, as_json: bool, no_ocr: bool, jobs: int, max_pages: int, max_mb: float) -> None:
    """Parse one PDF / .docx / .txt / .md / .html FILE and print what was extracted. Writes nothing."""
    from corpus.progress import OcrProgress
    from extract.pipeline import OcrOptions, extract_file
    from extract.summary import extraction_to_text

    with library_errors():
        result = extract_file(file, OcrOptions(enabled=not no_ocr, jobs=jobs, progress=OcrProgress()),
                              Limits(max_pages=max_pages, max_mb=max_mb))
    if as_json:
        emit_json(result.to_dict())
    else:
        click.echo(extraction_to_text(result))


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@click.option("--jobs", type=click.IntRange(min=1), default=1, show_default=True,
              help="Extract this many files at once (one file: OCR this many of its scanned pages), "
                   "in separate processes.")
@no_ocr_option()
@limit_options
@click.option("--scheduler", envvar="MINUTEBOOK_SCHEDULER",
              help="Extract on the Dask cluster whose scheduler is at this address (tcp://HOST:8786).")
@click.option("--shared-storage", is_flag=True,
              help="With --scheduler: send the workers each file's path, not its bytes (they see these files).")
@json_option("a summary of what was added, unchanged and failed")
@click.pass_context
def ingest(ctx: click.Context, paths: tuple[str, ...], jobs: int, no_ocr: bool, max_pages: int,
           max_mb: float, scheduler: str | None, shared_storage: bool, as_json: bool) -> None:
    """Add files and folders (recursively) to the store and the index; unchanged files are skipped."""
    from corpus.cluster import Cluster
    from corpus.ingest import ingest as ingest_paths
    from corpus.progress import ClusterProgress, OcrProgress

    if shared_storage and not scheduler:
        raise click.UsageError("--shared-storage needs --scheduler: it says what the cluster's workers can see.")
    if scheduler and jobs > 1:
        raise click.UsageError("--jobs sets the local processes; with --scheduler the cluster's workers extract.")
    progress = ClusterProgress(enabled=not as_json)
    cluster = Cluster(scheduler, shared_storage, status=progress.status) if scheduler else None
    stop = signal.signal(signal.SIGTERM, signal.default_int_handler)  # `kill` stops an ingest as Ctrl-C does
    with library_errors():
        try:
            report = ingest_paths(paths, ctx.obj["home"], jobs=jobs, progress=progress, ocr=not no_ocr,
                                  page_progress=OcrProgress(),
                                  limits=Limits(max_pages=max_pages, max_mb=max_mb), cluster=cluster)
        except KeyboardInterrupt:
            raise click.ClickException("Ingest interrupted; the files read so far are kept, and the same "
                                       "ingest again finishes the rest.") from None
        finally:
            signal.signal(signal.SIGTERM, stop)
            progress.finish()
    run = cluster.run if cluster else None
    if as_json:
        emit_json({**report.to_dict(), "cluster": run.to_dict() if run else None})
    else:
        for _, reason in report.failed:
            click.echo(f"failed: {reason}", err=True)
        click.echo(report.summary_line())
        if run:
            click.echo(run.summary_line())
    if report.failed:
        ctx.exit(1)


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@click.pass_context
def remove(ctx: click.Context, paths: tuple[str, ...]) -> None:
    """Drop files (or every file under a folder) from the store and the index."""
    from corpus.ingest import remove as remove_paths

    with library_errors():
        removed = remove_paths(paths, ctx.obj["home"])
    click.echo(f"{len(removed)} file(s) removed.")


@main.command()
@click.argument("query")
@click.option("--kind", help="Only records of this kind: resolution, decision, action, item, attendee, "
                             "finding, document.")
@click.option("--body", help="Only meetings of bodies whose name contains these words.")
@click.option("--since", help="Only meetings on or after DATE (2017, Nov 2017, 6/11/2017).")
@click.option("--until", help="Only meetings on or before DATE.")
@click.option("--limit", type=int, default=10, show_default=True, help="At most this many hits.")
@json_option("the hits")
@click.pass_context
def search(ctx: click.Context, query: str, kind: str | None, body: str | None, since: str | None,
           until: str | None, limit: int, as_json: bool) -> None:
    """Ranked records answering QUERY, a question or words; "quoted phrases" stay phrases."""
    from index.search import search as search_index
    from index.text_output import search_to_text, wants_color

    with library_errors():
        answer = search_index(ctx.obj["home"], query, kind=kind, body=body, since=since, until=until, limit=limit)
    if as_json:
        emit_json(answer)
    else:
        click.echo(search_to_text(answer, color=wants_color(sys.stdout)))


@main.command()
@click.argument("query")
@json_option("the history")
@click.pass_context
def history(ctx: click.Context, query: str, as_json: bool) -> None:
    """The history of an issue: each meeting where QUERY came up, oldest first, and what happened."""
    from index.history import history as issue_history
    from index.text_output import history_to_text

    with library_errors():
        answer = issue_history(ctx.obj["home"], query)
    if as_json:
        emit_json(answer)
    else:
        click.echo(history_to_text(answer))


@main.command()
@click.argument("kind")
@click.option("--format", "fmt", default="csv", show_default=True, help="csv or jsonl.")
@click.option("-o", "--output", type=click.Path(), help="Write to FILE instead of stdout.")
@click.pass_context
def export(ctx: click.Context, kind: str, fmt: str, output: str | None) -> None:
    """Every record of KIND: meetings, attendees, resolutions, decisions, actions or findings."""
    from corpus.export import export_to

    with library_errors():
        export_to(ctx.obj["home"], kind, fmt, output)


@main.group(invoke_without_command=True)
@click.option("--status", type=click.Choice(["open", "carried", "done", "all"]), default="open", show_default=True,
              help="open = not done (open or carried forward).")
@click.option("--owner", help="Only actions whose owner matches NAME.")
@click.option("--body", help="Only actions of bodies whose name contains NAME.")
@click.option("--since", help="Only actions minuted on or after DATE (2017, Nov 2017, 6/11/2017).")
@click.option("--overdue", is_flag=True, help="Only actions past their due date and not done.")
@json_option("the register")
@click.pass_context
def actions(ctx: click.Context, status: str, owner: str | None, body: str | None, since: str | None,
            overdue: bool, as_json: bool) -> None:
    """The action register: actions across all meetings with their status, oldest meeting first."""
    if ctx.invoked_subcommand is not None:
        return
    import datetime as dt

    from corpus.register.commands import list_actions
    from corpus.register.text import register_to_json, register_to_text

    today = dt.date.today()
    with library_errors():
        entries = list_actions(ctx.obj["home"], status, owner, body, since, overdue, today)
    if as_json:
        emit_json(register_to_json(entries, today))
    else:
        click.echo(register_to_text(entries, today))


def change_action_status(ctx: click.Context, change: Callable[..., Any], action_id: str, note: str | None) -> None:
    import datetime as dt

    from corpus.register.text import register_to_text

    with library_errors():
        entry = change(ctx.obj["home"], action_id, note)
    click.echo(register_to_text([entry], dt.date.today()))


@actions.command("close")
@click.argument("action_id", metavar="ID")
@click.option("--note", help="Why it is closed (kept as the evidence).")
@click.pass_context
def actions_close(ctx: click.Context, action_id: str, note: str | None) -> None:
    """Mark action ID done by hand; kept across re-ingest and re-index."""
    from corpus.register.commands import close_action

    change_action_status(ctx, close_action, action_id, note)


@actions.command("reopen")
@click.argument("action_id", metavar="ID")
@click.option("--note", help="Why it is reopened.")
@click.pass_context
def actions_reopen(ctx: click.Context, action_id: str, note: str | None) -> None:
    """Mark action ID open again by hand (also one the minutes report done)."""
    from corpus.register.commands import reopen_action

    change_action_status(ctx, reopen_action, action_id, note)


@main.command()
@click.option("--home", "demo_home", type=click.Path(file_okay=False),
              help="Where the demo's store and index live.  [default: minutebook-demo]")
@click.pass_context
def demo(ctx: click.Context, demo_home: str | None) -> None:
    """Ingest the bundled fictional sample and answer an officer's questions about it."""
    from corpus.demo import DEFAULT_HOME, demo_to_text, run_demo
    from corpus.progress import TerminalProgress

    # `minutebook --home DIR demo` (or MINUTEBOOK_HOME) is honoured too; the group's own default is not,
    # so the demo never mixes its sample into ./minutebook-data
    given_to_group = ctx.parent is not None and \
        ctx.parent.get_parameter_source("home") is not click.core.ParameterSource.DEFAULT
    home = demo_home or (ctx.obj["home"] if given_to_group else DEFAULT_HOME)
    progress = TerminalProgress()
    with library_errors():
        try:
            result = run_demo(home, progress=progress)
        finally:
            progress.finish()
    click.echo(demo_to_text(result))
    if result.ingest.failed:  # the answers are printed, but a broken sample file is a failure
        raise click.exceptions.Exit(1)


@main.command()
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on; anything but 127.0.0.1 lets other machines read the store.")
@click.option("--port", type=click.IntRange(0, 65535), default=8000, show_default=True,
              help="Port to listen on (0: any free port).")
@click.pass_context
def serve(ctx: click.Context, host: str, port: int) -> None:
    """A local web page with search, the history of an issue and the action register."""
    from web.app import serve as serve_web

    try:
        serve_web(ctx.obj["home"], host, port, echo=click.echo)
    except OSError as e:
        raise click.ClickException(f"Cannot listen on {host}:{port} ({e.strerror or e}).") from None


@main.command()
@click.argument("url")
@click.option("--committee", "committees", multiple=True,
              help="Only this committee: its title as the site prints it, part of it, or its id. Repeatable.")
@click.option("--since", help="Only meetings on or after DATE (2017, Nov 2017, 6/11/2017).")
@click.option("--until", help="Only meetings on or before DATE.")
@click.option("--kinds", default="minutes,agenda,reports", show_default=True,
              help="What to download of each meeting: printed minutes, the agenda (reports pack), its reports.")
@click.option("--no-ingest", is_flag=True, help="Only download; the next fetch (or `ingest`) adds them to the store.")
@click.option("--delay", type=click.FloatRange(min=0), default=1.0, show_default=True,
              help="Seconds between two requests to the site.")
@click.option("--user-agent", help="Send this User-Agent (e.g. your browser's) instead of minutebook's.")
@click.option("--max-mb", type=click.FloatRange(min=0, min_open=True), default=100, show_default=True,
              help="Refuse a document larger than this many megabytes.")
@click.option("--timeout", type=click.FloatRange(min=0, min_open=True), default=30, show_default=True,
              help="Seconds to wait for the site to answer, before trying again.")
@json_option("a summary of what was downloaded, unchanged, restricted and failed")
@click.pass_context
def fetch(ctx: click.Context, url: str, committees: tuple[str, ...], since: str | None, until: str | None,
          kinds: str, no_ingest: bool, delay: float, user_agent: str | None, max_mb: float, timeout: float,
          as_json: bool) -> None:
    """Download a council's papers from its ModernGov site at URL, then ingest them; a second run
    downloads only what is new or changed."""
    from corpus.fetch.fetching import fetch as fetch_site
    from corpus.fetch.http import DEFAULT_USER_AGENT, MB, HttpOptions
    from corpus.fetch.progress import FetchProgress

    options = HttpOptions(delay=delay, user_agent=user_agent or DEFAULT_USER_AGENT, timeout=timeout,
                          max_bytes=int(max_mb * MB))
    progress = FetchProgress(enabled=not as_json)
    with library_errors():
        try:
            report = fetch_site(url, ctx.obj["home"], committees, since, until, kinds.split(","),
                                ingest=not no_ingest, options=options, progress=progress.status,
                                ingest_progress=progress)
        finally:
            progress.finish()
    failed = [*report.failed, *(report.ingest.failed if report.ingest else [])]
    if as_json:
        emit_json(report.to_dict())
    else:
        for _, reason in failed:
            click.echo(f"failed: {reason}", err=True)
        click.echo(report.summary_line())
    if failed:
        ctx.exit(1)


# -- the store's integrity and repair -------------------------------------------------------------
@main.command()
@json_option("the problems")
@click.pass_context
def check(ctx: click.Context, as_json: bool) -> None:
    """Verify the store and index; one line per problem with the command that mends it (exit 1)."""
    from corpus.check import check_store, check_to_text

    with library_errors():
        report = check_store(ctx.obj["home"])
    if as_json:
        emit_json(report.to_dict())
    else:
        click.echo(check_to_text(report))
    if report.problems:
        ctx.exit(1)


@main.command()
@click.pass_context
def reindex(ctx: click.Context) -> None:
    """Rebuild the index (and a damaged catalog) from the cached extractions; no file is read again."""
    from corpus.reindex import reindex as reindex_store

    with library_errors():
        report = reindex_store(ctx.obj["home"])
    for problem in report.skipped:
        click.echo(f"skipped: {problem.sentence()}", err=True)
    click.echo(report.summary_line())
    if report.skipped:
        ctx.exit(1)


@actions.command("restore")
@click.pass_context
def actions_restore(ctx: click.Context) -> None:
    """Put back the previous version of a damaged file of hand-set statuses."""
    from corpus.register.hand_status import restore_hand_statuses

    with library_errors():
        count = restore_hand_statuses(ctx.obj["home"])
    click.echo(f"{count} hand-set action statuses restored from their previous version.")


if __name__ == "__main__":
    sys.exit(main())
