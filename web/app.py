"""The Flask app behind `minutebook serve`, and the server that runs it.

Safety, because the page holds a council's papers and a clerk's buttons: it listens on
127.0.0.1 unless told otherwise, and then only answers requests addressed to a loopback name
(a web page elsewhere cannot reach it by DNS rebinding); templates escape every piece of
document text and a Content-Security-Policy forbids scripts besides; the buttons' forms carry
a token another site cannot read; errors are pages with one sentence, never a traceback."""
from __future__ import annotations

import datetime as dt
import ipaddress
import os
import secrets
from collections.abc import Callable
from typing import Any

PAGE_POLICY = ("default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; "
               "frame-ancestors 'none'; base-uri 'none'")
# Stored files are sent as they are; a text file (HTML sent as text) also runs nothing.
TEXT_FILE_POLICY = "sandbox; default-src 'none'"


def create_app(home: str | os.PathLike[str], today: Callable[[], dt.date] | None = None,
               loopback_only: bool = True) -> Any:
    """The web page over the store and index in `home`. `loopback_only=False` answers any Host
    (for `--host` other than loopback); `today` is for tests of overdue actions."""
    from flask import Flask, request
    from werkzeug.exceptions import HTTPException, InternalServerError

    from web.library import Library
    from web.templating import register_filters
    from web.views import Site, pages

    app = Flask(__name__)
    app.config.update(SECRET_KEY=secrets.token_bytes(32), SESSION_COOKIE_SAMESITE="Lax",
                      SESSION_COOKIE_HTTPONLY=True)
    app.extensions["minutebook"] = Site(Library(str(home)), today or dt.date.today)
    app.register_blueprint(pages)
    register_filters(app)

    @app.errorhandler(HTTPException)
    def http_error(e: HTTPException) -> Any:
        from flask import render_template

        return render_template("error.html", code=e.code, title=e.name, message=e.description), e.code

    @app.before_request
    def loopback_host_only() -> Any:
        # Checked here, not by Flask's TRUSTED_HOSTS: werkzeug cuts "[::1]:8000" at its first colon,
        # so no IPv6 name could ever match. A request without Host (HTTP/1.0) is no browser's.
        host = request.headers.get("Host")
        if loopback_only and host is not None and not is_loopback(host_name(host)):
            # No page can be built (links need the host): a plain sentence.
            return "This page answers only at a loopback address such as 127.0.0.1.\n", 400, {
                "Content-Type": "text/plain; charset=utf-8"}
        return None

    @app.errorhandler(InternalServerError)
    def server_error(e: InternalServerError) -> Any:
        from flask import render_template

        if e.original_exception is not None:
            app.logger.error("Error on %s", e.original_exception, exc_info=e.original_exception)
        return render_template("error.html", code=500, title="Something went wrong",
                               message="This page could not be made; the reason is in the terminal "
                                       "where `minutebook serve` runs."), 500

    @app.after_request
    def safety_headers(response: Any) -> Any:
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        response.headers.setdefault("Referrer-Policy", "no-referrer")
        if response.mimetype == "text/html":
            response.headers.setdefault("Content-Security-Policy", PAGE_POLICY)
        elif response.mimetype == "text/plain":
            response.headers.setdefault("Content-Security-Policy", TEXT_FILE_POLICY)
        return response

    return app


def host_name(host: str) -> str:
    """A Host header without its port: "[::1]:8000" -> "::1", "localhost:8000" -> "localhost"."""
    if host.startswith("["):
        return host[1:].partition("]")[0]
    return host.partition(":")[0]


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def make_server(home: str | os.PathLike[str], host: str = "127.0.0.1", port: int = 8000) -> Any:
    """A threaded WSGI server for the app, bound but not yet serving (port 0: a free port,
    read back from `.port`)."""
    from werkzeug.serving import make_server as werkzeug_server

    app = create_app(home, loopback_only=is_loopback(host))
    return werkzeug_server(host, port, app, threaded=True)


def serve(home: str | os.PathLike[str], host: str, port: int, echo: Callable[[str], None] = print) -> None:
    """Runs the page until Ctrl-C."""
    server = make_server(home, host, port)
    shown = f"[{host}]" if ":" in host else host
    echo(f"minutebook: serving {home} at http://{shown}:{server.port}/ (Ctrl-C to stop)")
    if not is_loopback(host):
        echo("Anyone who can reach this address can read the store and close actions.")
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
