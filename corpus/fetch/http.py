"""The polite HTTP client a fetch runs on: requests with urllib3's Retry, one request at a time,
a pause between requests, retries with backoff on 429/5xx, time-outs and dropped connections
(a Retry-After the server sends is honoured, up to a limit), a size limit, conditional
downloads, and every failure as one sentence naming the URL and the reason."""
from __future__ import annotations

import contextlib
import hashlib
import os
import pathlib
import re
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from corpus.fetch.errors import FetchError
from corpus.fetch.markers import is_challenge

DEFAULT_USER_AGENT = "minutebook/0.1 (council papers for search; one request at a time)"
RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
MAX_REDIRECTS = 10
CHUNK = 1 << 16
ERROR_PAGE_BYTES = 1 << 16  # enough of a refusal to tell a bot-shield challenge page
MB = 1 << 20
# The first bytes of each format a site serves papers in; anything else under that name (an
# HTML error or login page saved as .pdf) is refused rather than stored.
SIGNATURES = {".pdf": b"%PDF", ".docx": b"PK\x03\x04"}
PDF_HEADER_WINDOW = 1024  # a PDF's header may follow a little junk (the specification allows it)


@dataclass(frozen=True)
class HttpOptions:
    delay: float = 1.0  # seconds between two requests to the site
    user_agent: str = DEFAULT_USER_AGENT
    timeout: float = 30.0  # seconds to connect, and to wait for each read
    retries: int = 3
    backoff: float = 1.0  # urllib3's backoff factor: waits of 2b, 4b... seconds between retries (at least `delay`)
    max_bytes: int = 100 * MB
    longest_wait: float = 120.0  # a Retry-After longer than this is waited only this long


@dataclass
class Answer:
    url: str  # after redirects
    status: int
    content_type: str
    body: bytes

    def text(self) -> str:
        charset = re.search(r"charset=([\w-]+)", self.content_type, re.I)
        try:
            return self.body.decode(charset.group(1) if charset else "utf-8", errors="replace")
        except LookupError:
            return self.body.decode("utf-8", errors="replace")

    def is_html(self) -> bool:
        return "html" in self.content_type.lower() or looks_like_html(self.body)


@dataclass(frozen=True)
class Validators:
    """What the server said identifies this version of a document (ETag, Last-Modified)."""

    etag: str | None = None
    last_modified: str | None = None

    def headers(self) -> dict[str, str]:
        asked = {"If-None-Match": self.etag, "If-Modified-Since": self.last_modified}
        return {name: value for name, value in asked.items() if value}


@dataclass
class Saved:
    changed: bool  # False: the server said 304, or sent the bytes already held
    size: int
    sha256: str
    validators: Validators = field(default_factory=Validators)


def looks_like_html(head: bytes) -> bool:
    start = head[:512].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return start.startswith((b"<!doctype html", b"<html", b"<head", b"<body")) or b"<html" in start


def polite_retry(options: HttpOptions) -> Any:
    from urllib3.util.retry import Retry

    class PoliteRetry(Retry):  # type: ignore[misc]
        def get_retry_after(self, response: Any) -> float | None:
            seconds = super().get_retry_after(response)
            return None if seconds is None else min(seconds, options.longest_wait)

        def get_backoff_time(self) -> float:  # urllib3 retries the first failure at once
            return max(options.delay, float(super().get_backoff_time()))

    return PoliteRetry(total=options.retries, connect=options.retries, read=options.retries,
                       status=options.retries, other=0, redirect=False, backoff_factor=options.backoff,
                       status_forcelist=RETRY_STATUSES, allowed_methods=frozenset({"GET"}),
                       respect_retry_after_header=True, raise_on_status=False)


def status_failure(url: str, status: int, tries: int, page: Answer | None = None) -> str:
    """The sentence for an answer that is not the document."""
    if status == 403 and page is not None and page.is_html() and is_challenge(page.text()):
        return (f"{url} answered 403 with a challenge page: the site sits behind a bot shield that turns away "
                "scripts; try --user-agent with your browser's user agent string, or download the papers in a "
                "browser and `minutebook ingest` them.")
    if status == 403:
        return f"{url} refused access (403 Forbidden)."
    if status in (404, 410):
        return f"{url} was not found ({status})."
    if status == 429:
        return f"{url} still answered 429 Too Many Requests after {tries} tries; wait, or raise --delay, and run again."
    if status >= 500:
        return f"{url} answered {status} (a server error) after {tries} tries."
    return f"{url} answered HTTP {status}."


def transport_failure(url: str, error: Exception, options: HttpOptions) -> str:
    """The sentence for a request that got no answer: time-outs, redirect loops, refused
    connections, broken TLS."""
    import requests
    from urllib3.exceptions import ConnectTimeoutError, NewConnectionError, ReadTimeoutError

    inner = error.args[0] if error.args else None
    reason = getattr(inner, "reason", inner)  # urllib3's error, inside requests' (and MaxRetryError's)
    tries = options.retries + 1
    if isinstance(error, requests.exceptions.TooManyRedirects):
        return f"{url} redirects in a loop (more than {MAX_REDIRECTS} redirects)."
    refused = isinstance(reason, NewConnectionError)  # urllib3 makes it a kind of ConnectTimeoutError
    if not refused and (isinstance(error, requests.exceptions.Timeout)
                        or isinstance(reason, ConnectTimeoutError | ReadTimeoutError)):
        return f"{url} did not answer within {options.timeout:g} s ({tries} tries)."
    if isinstance(error, requests.exceptions.SSLError):
        return f"{url}: the secure connection failed ({reason or error})."
    if isinstance(error, requests.exceptions.InvalidURL | requests.exceptions.MissingSchema
                  | requests.exceptions.InvalidSchema):
        return f"{url} is not a web address minutebook can fetch."
    said = re.search(r"\[Errno -?\d+\] ([^'\")\]]+)", str(error))
    return f"Cannot reach {url} ({said.group(1).strip() if said else type(error).__name__})."


def content_failure(url: str, suffix: str, head: bytes) -> str | None:
    """Why bytes served under a .pdf or .docx name are not that file (None when they are)."""
    signature = SIGNATURES.get(suffix.lower())
    if signature is None:
        return None
    window = head[:PDF_HEADER_WINDOW] if suffix.lower() == ".pdf" else head[:len(signature)]
    if signature in window:
        return None
    if looks_like_html(head):
        return f"{url} served a web page (HTML) instead of a {suffix[1:].upper()} file; nothing was stored."
    return f"{url} is not a {suffix[1:].upper()} file; nothing was stored."


def size_text(size: int) -> str:
    return f"{size / MB:.3g} MB" if size >= MB else f"{size / 1024:.3g} KB"


def too_large(url: str, options: HttpOptions) -> str:
    return f"{url} is larger than {size_text(options.max_bytes)}; --max-mb raises the limit."


class HttpClient:
    """One session to one site: requests go one at a time, `delay` seconds apart."""

    def __init__(self, options: HttpOptions) -> None:
        import requests
        from requests.adapters import HTTPAdapter

        self.options = options
        self.session = requests.Session()
        self.session.headers["User-Agent"] = options.user_agent
        self.session.max_redirects = MAX_REDIRECTS
        adapter = HTTPAdapter(max_retries=polite_retry(options), pool_connections=1, pool_maxsize=1)
        self.session.mount("http://", adapter)
        self.session.mount("https://", adapter)
        self.last_request = float("-inf")

    def close(self) -> None:
        self.session.close()

    def __enter__(self) -> HttpClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextlib.contextmanager
    def request(self, url: str, headers: dict[str, str] | None = None) -> Iterator[Any]:
        import requests

        pause = self.last_request + self.options.delay - time.monotonic()
        if pause > 0:
            time.sleep(pause)
        try:
            response = self.session.get(url, headers=headers, stream=True,
                                        timeout=(self.options.timeout, self.options.timeout))
        except requests.exceptions.RequestException as e:
            raise FetchError(transport_failure(url, e, self.options)) from None
        finally:
            self.last_request = time.monotonic()
        try:
            yield response
        except requests.exceptions.RequestException as e:  # the body broke off or stalled
            raise FetchError(transport_failure(url, e, self.options)) from None
        finally:
            response.close()

    def refuse_declared_size(self, response: Any, url: str, limit: int) -> None:
        declared = response.headers.get("Content-Length", "")
        if declared.isdigit() and int(declared) > limit:
            raise FetchError(too_large(url, self.options))

    def read(self, response: Any, url: str, limit: int) -> bytes:
        self.refuse_declared_size(response, url, limit)
        body = bytearray()
        for chunk in response.iter_content(CHUNK):
            body += chunk
            if len(body) > limit:
                raise FetchError(too_large(url, self.options))
        return bytes(body)

    def get(self, url: str) -> Answer:
        """Any answer, whatever its status (a caller probing a site reads 404s too)."""
        with self.request(url) as response:
            body = self.read(response, url, self.options.max_bytes)
            return Answer(response.url, response.status_code, response.headers.get("Content-Type", ""), body)

    def page(self, url: str) -> Answer:
        """A page or web-service answer that must be there."""
        answer = self.get(url)
        if answer.status != 200:
            raise FetchError(status_failure(url, answer.status, self.options.retries + 1, answer))
        return answer

    def download(self, url: str, target: pathlib.Path, held: Saved | None = None) -> Saved:
        """Saves the document at `url` to `target` (written whole or not at all). With `held`,
        what an earlier run saved there, asks only for a newer version and reports an unchanged
        one (304, or the same bytes again) without touching the file."""
        held = held if held is not None and target.is_file() else None
        with self.request(url, held.validators.headers() if held else None) as response:
            if response.status_code == 304 and held is not None:
                return Saved(False, held.size, held.sha256, held.validators)
            if response.status_code != 200:
                page = Answer(response.url, response.status_code, response.headers.get("Content-Type", ""),
                              self.read(response, url, ERROR_PAGE_BYTES) if response.status_code == 403 else b"")
                raise FetchError(status_failure(url, response.status_code, self.options.retries + 1, page))
            validators = Validators(response.headers.get("ETag"), response.headers.get("Last-Modified"))
            size, sha = self.stream_to(response, url, target, held)
        return Saved(held is None or sha != held.sha256, size, sha, validators)

    def stream_to(self, response: Any, url: str, target: pathlib.Path, held: Saved | None) -> tuple[int, str]:
        self.refuse_declared_size(response, url, self.options.max_bytes)
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, part = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name[:80]}.", suffix=".part")
        digest, size, head = hashlib.sha256(), 0, b""
        try:
            with os.fdopen(fd, "wb") as out:
                for chunk in response.iter_content(CHUNK):
                    if len(head) < PDF_HEADER_WINDOW:
                        head += chunk[:PDF_HEADER_WINDOW]
                    size += len(chunk)
                    if size > self.options.max_bytes:
                        raise FetchError(too_large(url, self.options))
                    digest.update(chunk)
                    out.write(chunk)
                out.flush()
                os.fsync(out.fileno())
            refused = content_failure(url, target.suffix, head)
            if refused:
                raise FetchError(refused)
            if held is None or digest.hexdigest() != held.sha256:
                os.replace(part, target)
        finally:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(part)
        return size, digest.hexdigest()
