"""Headers every response carries, CORS, links that are safe to follow, and unknown methods.

- ``Content-Security-Policy``: our own script and stylesheet only (no inline code), no
  framing, forms and fetches to this origin; ``X-Frame-Options: DENY``,
  ``X-Content-Type-Options: nosniff`` and ``Referrer-Policy: same-origin`` beside it.
- CORS is off unless origins are configured (``kg serve --cors ORIGIN``, ``*`` for any):
  then those origins may read answers (GET, HEAD, POST with ``Accept`` and ``Content-Type``),
  never with credentials, and never with an ``Authorization`` header: writes stay same-origin.
- :func:`safe_href`: only ``http(s)`` IRIs and our own paths become links; anything else
  (``javascript:``, ``data:`` ...) is shown as text.
- A method that is not HTTP's is answered 501, before routing can say 405.
"""
from __future__ import annotations

import re
from collections.abc import Iterable

from flask import Flask, Response, request

from kg.web.errors import envelope

CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
       "connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'")
HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "same-origin",
}
#: the methods HTTP defines; anything else is folded into one metrics label and answered 501
METHODS = frozenset({"GET", "HEAD", "POST", "PUT", "DELETE", "OPTIONS", "PATCH", "TRACE", "CONNECT"})
CORS_METHODS = "GET, HEAD, POST"
CORS_HEADERS = "Accept, Content-Type"

_SAFE_IRI = re.compile(r"^https?://[^\s\x00-\x1f\x7f]+$", re.IGNORECASE)


def safe_href(iri: str | None, local: str | None = None) -> str | None:
    """The link target for ``iri``: ``local`` (our own path) if given, the IRI itself if it
    is http(s), else None (show it as text)."""
    if local and local.startswith("/") and not local.startswith("//"):
        return local
    return iri if iri and _SAFE_IRI.match(iri) else None


def cors_origins(values: Iterable[str]) -> tuple[str, ...]:
    """``--cors`` values (repeatable, or comma-separated) as a tuple of origins."""
    out: list[str] = []
    for value in values:
        for origin in value.split(","):
            origin = origin.strip().rstrip("/")
            if origin and origin not in out:
                out.append(origin)
    return tuple(out)


def register(app: Flask, origins: Iterable[str] = ()) -> None:
    allowed = frozenset(origins)

    @app.before_request
    def _unknown_method() -> Response | None:
        if request.method not in METHODS:
            return envelope(501, f"the method {request.method[:20]!r} is not implemented; "
                                 "use GET, HEAD or POST (PUT and DELETE on /store)")
        return None

    @app.after_request
    def _headers(resp: Response) -> Response:
        for name, value in HEADERS.items():
            resp.headers.setdefault(name, value)
        if allowed and "*" not in allowed:
            resp.vary.add("Origin")  # the answer differs by origin: caches must keep them apart
        origin = request.headers.get("Origin")
        if origin and allowed and ("*" in allowed or origin in allowed):
            resp.headers["Access-Control-Allow-Origin"] = "*" if "*" in allowed else origin
            if request.method == "OPTIONS":
                resp.headers["Access-Control-Allow-Methods"] = CORS_METHODS
                resp.headers["Access-Control-Allow-Headers"] = CORS_HEADERS
                resp.headers["Access-Control-Max-Age"] = "600"
        return resp
