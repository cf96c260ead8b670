"""minutebook's command line: parses options, calls one library function, turns library errors
into one-sentence messages. Heavy libraries are imported inside the commands that need them."""
from __future__ import annotations

import contextlib
import json
import sys
from collections.abc import Callable, Iterator
from typing import Any

import click

from extract.errors import ExtractError
from extract.limits import MAX_MB, MAX_PAGES, Limits


def emit_json(data: object) -> None:
    click.echo(json.dumps(data, ensure_ascii=False, indent=2))


@contextlib.contextmanager
def library_errors() -> Iterator[None]:
    """Turns the library's errors (each already one sentence for the user) into exit status 1."""
    from corpus.errors import StoreError
    from index.errors import IndexMissing, QueryError

    try:
        yield
    except (ExtractError, StoreError, IndexMissing, QueryError) as e:
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


def limit_options(command: Callable[..., Any]) -> Callable[..., Any]:
    """--max-pages and --max-mb: how large a file may be before it is refused in one line."""
    command = click.option("--max-mb", type=click.FloatRange(min=0, min_open=True), default=MAX_MB,
                           show_default=True, help="Refuse a file larger than this many MB.")(command)
    return click.option("--max-pages", type=click.IntRange(min=1), default=MAX_PAGES, show_default=True,
                        help="Refuse a PDF of more pages than this.")(command)


@main.command()
@click.argument("file", type=click.Path())
@json_option("the extraction")
@limit_options
def extract(file: str, as_json: bool, max_pages: int, max_mb: float) -> None:
    """Parse one PDF / .docx / .txt / .md / .html FILE and print what was extracted. Writes nothing."""
    from extract.pipeline import extract_file
    from extract.summary import extraction_to_text

    with library_errors():
        result = extract_file(file, Limits(max_pages=max_pages, max_mb=max_mb))
    if as_json:
        emit_json(result.to_dict())
    else:
        click.echo(extraction_to_text(result))


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@click.option("--jobs", type=click.IntRange(min=1), default=1, show_default=True,
              help="Extract this many files at once, in separate processes.")
@limit_options
@click.pass_context
def ingest(ctx: click.Context, paths: tuple[str, ...], jobs: int, max_pages: int, max_mb: float) -> None:
    """Add files and folders (recursively) to the store and the index; unchanged files are skipped."""
    from corpus.ingest import ingest as ingest_paths
    from corpus.progress import TerminalProgress

    progress = TerminalProgress()
    with library_errors():
        try:
            report = ingest_paths(paths, ctx.obj["home"], jobs=jobs, progress=progress,
                                  limits=Limits(max_pages=max_pages, max_mb=max_mb))
        finally:
            progress.finish()
    for _, reason in report.failed:
        click.echo(f"failed: {reason}", err=True)
    click.echo(report.summary_line())
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
    from index.text_output import search_to_text

    with library_errors():
        answer = search_index(ctx.obj["home"], query, kind=kind, body=body, since=since, until=until, limit=limit)
    if as_json:
        emit_json(answer)
    else:
        click.echo(search_to_text(answer, color=sys.stdout.isatty()))


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
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="Write to FILE instead of stdout.")
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


if __name__ == "__main__":
    sys.exit(main())
