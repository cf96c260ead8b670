"""The pages: search, the history of an issue, the action register, and the stored files.

Each view calls the library functions the command line calls (`RecordIndex` for search and
history, `corpus.register_commands` for the register and its close/reopen), then renders.
Errors the library raises for what a person typed are shown on the page."""
from __future__ import annotations

import datetime as dt
import hmac
import itertools
import secrets
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from flask import (
    Blueprint,
    Response,
    abort,
    current_app,
    flash,
    redirect,
    render_template,
    request,
    send_file,
    session,
    url_for,
)

from corpus.errors import StoreError
from corpus.surrogates import readable, to_json
from index.errors import IndexMissing, QueryError
from web.downloads import (
    ACTION_COLUMNS,
    HISTORY_COLUMNS,
    SEARCH_COLUMNS,
    actions_to_rows,
    history_to_rows,
    hits_to_rows,
    rows_to_csv,
)
from web.facets import open_meetings_filter, results_to_facets
from web.files import file_etag, media_type, path_to_link_ref, ref_to_path
from web.forms import ACTION_VIEWS, MAX_HITS, ActionsForm, SearchForm
from web.marks import question_to_marker

if TYPE_CHECKING:
    from corpus.register.assemble import RegisterAction
    from corpus.store import Store
    from web.library import Library

pages = Blueprint("pages", __name__)
DOWNLOAD_HITS = 1000
DOWNLOAD_FORMATS = ("csv", "json")
USER_ERRORS = (QueryError, IndexMissing, StoreError)


@dataclass
class Site:
    library: Library
    today: Callable[[], dt.date]


def site() -> Site:
    return current_app.extensions["minutebook"]


# -- helpers shared by the views ----------------------------------------------------------------
def source_linker(store: Store | None) -> Callable[[str | None, int | None], str | None]:
    """path, page -> the link that opens the stored file at that page (None when not stored)."""
    def link(path: str | None, page: int | None = None) -> str | None:
        ref = path_to_link_ref(store, path) if store and path else None
        if ref is None:
            return None
        return url_for("pages.files", ref=ref) + (f"#page={page}" if page else "")
    return link


def quiet_store() -> Store | None:
    try:
        return site().library.store()
    except StoreError:
        return None


def download_format() -> str | None:
    fmt = request.args.get("format")
    if fmt is not None and fmt not in DOWNLOAD_FORMATS:
        abort(400, description=f"Cannot download as {fmt!r}; choose csv or json.")
    return fmt


def download(name: str, fmt: str, data: Any, rows: Iterable[dict[str, Any]], columns: list[str]) -> Response:
    if fmt == "csv":
        body, mimetype = readable(rows_to_csv(rows, columns)), "text/csv"  # werkzeug adds the charset
    else:
        body, mimetype = to_json(data, indent=2), "application/json"
    return Response(body, mimetype=mimetype,
                    headers={"Content-Disposition": f'attachment; filename="minutebook-{name}.{fmt}"'})


def csrf_token() -> str:
    if "csrf" not in session:
        session["csrf"] = secrets.token_urlsafe(24)
    return str(session["csrf"])


def check_csrf() -> None:
    """A form posted from another site (which cannot read this one's token) is refused."""
    sent = request.form.get("csrf", "")
    if not hmac.compare_digest(sent, session.get("csrf", "")) or not sent:
        abort(400, description="This form has expired; reload the page and try again.")


# -- search -------------------------------------------------------------------------------------
@pages.get("/")
def front() -> Any:
    try:
        store, error = site().library.store(), None
    except StoreError as e:
        store, error = None, str(e)
    return render_template("search.html", section="search", form=SearchForm(), answer=None,
                           overview=overview(store), error=error)


def overview(store: Store | None) -> dict[str, Any] | None:
    from corpus.store import record_counts
    from index.schema import RECORD_KINDS

    if store is None:
        return None
    counts = record_counts(store)
    shown = [(kind, counts[kind]) for kind in RECORD_KINDS if counts.get(kind) and kind != "document"]
    return {"files": sum(1 for _ in store.indexed()), "records": shown}


@pages.get("/search")
def search() -> Any:
    form = SearchForm.from_args(request.args)
    fmt = download_format()
    if not form.q:
        return render_template("search.html", section="search", form=form, answer=None,
                               overview=overview(quiet_store()),
                               error="Type a question or a few words to search for."), 400
    library = site().library
    try:
        with library.index() as index:
            open_meetings = library.open_meetings(index)
            results = index.results(form.q, kind=form.kind or None, body=form.body or None,
                                    since=form.since or None, until=form.until or None,
                                    limit=DOWNLOAD_HITS if fmt else form.limit,
                                    within=open_meetings_filter(open_meetings) if form.open else None)
            hits = [index.hit_to_dict(h, highlight=fmt != "csv") for h in results]
            total = len(results)
            facets = None if fmt else results_to_facets(library.facet_cache, index.searcher, results, open_meetings)
        store = library.store()
    except USER_ERRORS as e:
        return render_template("search.html", section="search", form=form, answer=None, overview=None,
                               error=str(e)), 400
    if fmt:
        answer = {"query": form.q, "total": total, "hits": hits}
        return download("search", fmt, answer, hits_to_rows(hits), SEARCH_COLUMNS)
    return render_template("search.html", section="search", form=form, answer=True, hits=hits, total=total,
                           facets=facets, source_link=source_linker(store), max_hits=MAX_HITS)


# -- history ------------------------------------------------------------------------------------
@pages.get("/history")
def history() -> Any:
    from index.history import records_to_history

    q = (request.args.get("q") or "").strip()
    fmt = download_format()
    if not q:
        return render_template("history.html", section="history", q=q, answer=None)
    library = site().library
    try:
        with library.index() as index:
            answer = records_to_history(q, index.matching(q), index)
            mark_words = question_to_marker(index, q)
        store = library.store()
    except USER_ERRORS as e:
        return render_template("history.html", section="history", q=q, answer=None, error=str(e)), 400
    if fmt:
        return download("history", fmt, answer, history_to_rows(answer), HISTORY_COLUMNS)
    return render_template("history.html", section="history", q=q, answer=answer,
                           source_link=source_linker(store), mark_words=mark_words)


# -- the action register ------------------------------------------------------------------------
def meetings_of(entries: list[RegisterAction]) -> list[tuple[str, list[tuple[tuple[Any, ...], list[Any]]]]]:
    """Entries (already ordered by body and meeting) grouped by body, then by meeting."""
    grouped = []
    for body, of_body in itertools.groupby(entries, key=lambda e: e.body or "No body named"):
        meetings = [(key, list(of_meeting))
                    for key, of_meeting in itertools.groupby(of_body, key=lambda e: (e.date, e.path))]
        grouped.append((body, meetings))
    return grouped


@pages.get("/actions")
def actions() -> Any:
    from corpus.register.commands import ActionFilter, filter_register
    from corpus.register.text import register_to_json

    form = ActionsForm.from_args(request.args)
    fmt = download_format()
    library, today = site().library, site().today()
    if not form.known_status:
        return render_template("actions.html", section="actions", form=form, groups=[], bodies=[], count=0,
                               error=f"There is no {form.status!r} view; choose open, overdue, done or all."), 400
    status, overdue = ACTION_VIEWS[form.status]
    try:
        register = library.register()
        store = library.store()
    except USER_ERRORS as e:
        return render_template("actions.html", section="actions", form=form, groups=[], bodies=[], count=0,
                               error=str(e)), 400
    entries = filter_register(register, ActionFilter(status, form.owner or None, form.body or None, None, overdue),
                              today)
    if fmt:
        answer = register_to_json(entries, today)
        return download("actions", fmt, answer, actions_to_rows(answer["actions"]), ACTION_COLUMNS)
    bodies = sorted({e.body for e in register if e.body})
    return render_template("actions.html", section="actions", form=form, groups=meetings_of(entries),
                           bodies=bodies, count=len(entries), overdue=sum(e.is_overdue(today) for e in entries),
                           today=today, csrf=csrf_token(), source_link=source_linker(store))


@pages.post("/actions")
def change_action() -> Any:
    """The close / reopen buttons: the same functions as `minutebook actions close|reopen`."""
    from corpus.register.commands import close_action, reopen_action

    check_csrf()
    change = {"close": close_action, "reopen": reopen_action}.get(request.form.get("change", ""))
    action_id = (request.form.get("id") or "").strip()
    if change is None or not action_id:
        abort(400, description="The form did not say which action to close or reopen.")
    note = (request.form.get("note") or "").strip() or None
    try:
        entry = change(site().library.home, action_id, note)
    except StoreError as e:
        flash(str(e), "error")
    else:
        flash(f"{'Closed' if entry.status == 'done' else 'Reopened'}: {entry.text}", "done")
    back = ActionsForm.from_args(request.form)
    return redirect(url_for("pages.actions", **back.args()), code=303)


# -- stored files -------------------------------------------------------------------------------
@pages.get("/files/<ref>")
def files(ref: str) -> Any:
    store = quiet_store()
    path = ref_to_path(store, ref) if store else None
    if path is None:
        abort(404, description="The store holds no such file.")
    return send_file(path, mimetype=media_type(path), conditional=True, etag=file_etag(path),
                     download_name=readable(path.name))
