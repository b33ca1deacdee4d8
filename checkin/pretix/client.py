"""A small client for pretix's REST API (``/api/v1/organizers/<organizer>/…``).

Every failure becomes one ``PretixError`` with a clear key: the server cannot be reached,
its certificate is not trusted, the token was refused, the answer makes no sense. The
standard library does the HTTP; ``truststore`` makes TLS trust what the operating system
trusts (company root certificates on Windows, the keychain on macOS), which a frozen app's
own OpenSSL would not find.
"""

from __future__ import annotations

import http.client
import json
import socket
import ssl
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass, field

from checkin import __version__
from checkin.errors import PretixError

TIMEOUT = 20.0  # seconds without an answer before a request counts as failed
PAGE_SIZE = 50  # pretix answers at most 50 results per page


def normalise_url(url: str) -> str:
    """The server's base address from what a user pastes (with or without https://, a path
    into the control panel or the API)."""
    text = (url or "").strip()
    if not text:
        raise PretixError("pretix_bad_url", url=url)
    if "://" not in text:
        text = "https://" + text
    parts = urllib.parse.urlsplit(text)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise PretixError("pretix_bad_url", url=url)
    path = parts.path
    for marker in ("/api/", "/control/"):
        if marker in path + "/":
            path = (path + "/")[: (path + "/").index(marker)]
    return urllib.parse.urlunsplit((parts.scheme, parts.netloc, path.rstrip("/"), "", ""))


def _ssl_context() -> ssl.SSLContext:
    try:
        import truststore

        return truststore.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    except (ImportError, OSError, ssl.SSLError):  # pragma: no cover - no OS trust store
        return ssl.create_default_context()


@dataclass(frozen=True)
class Response:
    status: int
    data: object
    headers: dict = field(default_factory=dict)


class PretixClient:
    """Requests against one organizer of one pretix server with a team API token."""

    def __init__(
        self,
        url: str,
        organizer: str,
        token: str,
        *,
        timeout: float = TIMEOUT,
        page_size: int = PAGE_SIZE,
    ):
        self.url = normalise_url(url)
        self.organizer = organizer.strip()
        self.token = token.strip()
        self.timeout = timeout
        self.page_size = page_size
        self._context = _ssl_context() if self.url.startswith("https:") else None

    @property
    def base(self) -> str:
        return f"{self.url}/api/v1/organizers/{urllib.parse.quote(self.organizer, safe='')}/"

    def _full(self, path: str, params: dict | None) -> str:
        full = path if path.startswith(("http://", "https://")) else self.base + path
        if params:
            query = urllib.parse.urlencode(params, doseq=True)
            full += ("&" if "?" in full else "?") + query
        return full

    def request(
        self,
        method: str,
        path: str,
        *,
        params: dict | None = None,
        body: dict | None = None,
        accept: tuple[int, ...] = (),
    ) -> Response:
        """One request; HTTP statuses in ``accept`` are returned instead of raised."""
        data = None if body is None else json.dumps(body).encode()
        req = urllib.request.Request(
            self._full(path, params),
            data=data,
            method=method,
            headers={
                "Authorization": f"Token {self.token}",
                "Accept": "application/json",
                "Content-Type": "application/json",
                "User-Agent": f"checkin/{__version__}",
            },
        )
        try:
            with urllib.request.urlopen(req, timeout=self.timeout, context=self._context) as resp:
                return Response(resp.status, _json(resp.read(), self.url), dict(resp.headers))
        except urllib.error.HTTPError as exc:
            raw = exc.read()
            if exc.code in accept:
                return Response(exc.code, _json(raw, self.url, strict=False), dict(exc.headers))
            raise self._http_error(exc.code, raw) from exc
        except urllib.error.URLError as exc:
            raise self._connection_error(exc.reason) from exc
        except (OSError, http.client.HTTPException) as exc:
            raise self._connection_error(exc) from exc

    def _http_error(self, status: int, raw: bytes) -> PretixError:
        if status == 401:
            return PretixError("pretix_wrong_token", url=self.url)
        detail = _json(raw, self.url, strict=False)
        text = detail.get("detail") if isinstance(detail, dict) else None
        return PretixError(
            "pretix_bad_answer",
            url=self.url,
            detail=f"HTTP {status}" + (f": {text}" if text else ""),
        )

    def _connection_error(self, reason) -> PretixError:
        if isinstance(reason, ssl.SSLCertVerificationError):
            return PretixError(
                "pretix_certificate", url=self.url, detail=reason.verify_message or str(reason)
            )
        if isinstance(reason, ssl.SSLError):
            return PretixError("pretix_certificate", url=self.url, detail=reason.reason or "TLS")
        if isinstance(reason, (TimeoutError, socket.timeout)):
            detail = f"no answer within {self.timeout:g} s"
        elif isinstance(reason, socket.gaierror):
            detail = "unknown host name"
        elif isinstance(reason, ConnectionRefusedError):
            detail = "connection refused"
        elif isinstance(reason, (ConnectionResetError, http.client.HTTPException)):
            detail = "the connection was lost"
        else:
            detail = getattr(reason, "strerror", None) or str(reason) or type(reason).__name__
        return PretixError("pretix_unreachable", url=self.url, detail=detail)

    def get(self, path: str, params: dict | None = None, *, accept=()) -> Response:
        return self.request("GET", path, params=params, accept=accept)

    def post(self, path: str, body: dict, *, accept=()) -> Response:
        return self.request("POST", path, body=body, accept=accept)

    def pages(self, path: str, params: dict | None = None) -> Iterator[Response]:
        """Every page of a paginated list, following pretix's ``next`` links."""
        url: str | None = path
        query = {**(params or {}), "page_size": self.page_size}
        while url:
            page = self.get(url, query)
            if not isinstance(page.data, dict) or not isinstance(page.data.get("results"), list):
                raise PretixError("pretix_bad_answer", url=self.url, detail="not a list of results")
            yield page
            url, query = self._next_page(page.data.get("next")), None  # it carries the query

    def _next_page(self, link: str | None) -> str | None:
        """pretix's ``next`` link, on our own scheme and host: behind a TLS proxy pretix may
        write http://, and the token must never go to another host."""
        if not link:
            return None
        ours, nxt = urllib.parse.urlsplit(self.base), urllib.parse.urlsplit(link)
        if not nxt.path.startswith(ours.path):
            raise PretixError("pretix_bad_answer", url=self.url, detail=f"next page {link}")
        return urllib.parse.urlunsplit((ours.scheme, ours.netloc, nxt.path, nxt.query, ""))

    def results(self, path: str, params: dict | None = None) -> list[dict]:
        return [row for page in self.pages(path, params) for row in page.data["results"]]


def _json(raw: bytes, url: str, *, strict: bool = True):
    if not raw:
        return None
    try:
        return json.loads(raw)
    except ValueError as exc:
        if not strict:
            return None
        raise PretixError("pretix_bad_answer", url=url, detail="not JSON") from exc
