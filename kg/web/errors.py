"""One error shape over HTTP (DESIGN.md, style rule 6), pinned by tests/test_web_errors.py:

    {"ok": false, "status": 400, "error": "one-line reason"}

Every error — ours, Werkzeug's (404, 405, 413 ...) and unexpected exceptions — leaves as this
envelope; a traceback only ever goes to the server log. A browser (an ``Accept`` that names
``text/html`` and prefers it to JSON) gets the same status, headers and one-line reason as an
HTML page instead, with a way back.
"""
from __future__ import annotations

import logging
from collections.abc import Mapping

from flask import Flask, Response, has_request_context, json, render_template, request
from werkzeug.exceptions import HTTPException

from kg.errors import KgError, QueryError
from kg.web.executor import PoolBusy, QueryFailed, QueryTimeout

log = logging.getLogger("kg.web")


class ApiError(Exception):
    """Raise anywhere in a view to answer with the envelope."""

    def __init__(self, status: int, message: str, headers: Mapping[str, str] | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.headers = dict(headers or {})


def one_line(text: str) -> str:
    return " ".join(str(text).split())


def wants_html() -> bool:
    """Whether the request is a browser's: its Accept names text/html and ranks it above JSON."""
    if not has_request_context():
        return False
    accept = request.accept_mimetypes
    return ("text/html" in (request.headers.get("Accept") or "")
            and accept.best_match(["application/json", "text/html"]) == "text/html")


def _html(status: int, message: str) -> Response | None:
    try:
        body = render_template("error.html", status=status, message=one_line(message),
                               path=request.path)
    except Exception:  # the page cannot be drawn (no app, a broken template): the envelope it is
        log.exception("cannot render the error page")
        return None
    return Response(body, status=status, mimetype="text/html")


def envelope(status: int, message: str, headers: Mapping[str, str] | None = None) -> Response:
    resp = _html(status, message) if wants_html() else None
    if resp is None:
        body = json.dumps({"ok": False, "status": status, "error": one_line(message)})
        resp = Response(body + "\n", status=status, mimetype="application/json")
    resp.vary.add("Accept")
    for k, v in (headers or {}).items():
        resp.headers[k] = v
    return resp


_HTTP_MESSAGES = {
    404: "no such page",
    405: "method not allowed here",
    413: "request body too large",
}


def _http_error(e: HTTPException) -> Response:
    status = e.code or 500
    if status == 405:
        allowed = ", ".join(sorted(getattr(e, "valid_methods", None) or []))
        message = f"method not allowed here; use {allowed}" if allowed else _HTTP_MESSAGES[405]
        return envelope(405, message, {"Allow": allowed} if allowed else None)
    if status == 404:
        return envelope(404, f"no such page: {request.path}")
    if status == 413:
        from flask import current_app
        limit = current_app.config.get("MAX_CONTENT_LENGTH")
        return envelope(413, f"request body too large (the limit is {limit} bytes)")
    return envelope(status, _HTTP_MESSAGES.get(status) or e.description or e.name)


def register(app: Flask) -> None:
    @app.errorhandler(ApiError)
    def _api(e: ApiError) -> Response:
        return envelope(e.status, e.message, e.headers)

    @app.errorhandler(QueryTimeout)
    def _timeout(e: QueryTimeout) -> Response:
        return envelope(503, f"{e.message}; narrow the query (LIMIT, more specific patterns)",
                        {"Retry-After": "1"})

    @app.errorhandler(PoolBusy)
    def _busy(e: PoolBusy) -> Response:
        return envelope(503, e.message, {"Retry-After": "1"})

    @app.errorhandler(QueryFailed)
    def _failed(e: QueryFailed) -> Response:
        return envelope(e.status, e.message)

    @app.errorhandler(QueryError)
    def _query(e: QueryError) -> Response:
        return envelope(400, str(e))

    @app.errorhandler(KgError)
    def _kg(e: KgError) -> Response:
        return envelope(500, str(e))

    @app.errorhandler(HTTPException)
    def _http(e: HTTPException) -> Response:
        return _http_error(e)

    @app.errorhandler(Exception)
    def _other(e: Exception) -> Response:  # the web's outermost edge
        log.exception("unexpected error")
        return envelope(500, f"internal error ({type(e).__name__}); see the server log")
