"""Safety checks shared by the endpoints: the update token, SERVICE allow-list, no LOAD."""
from __future__ import annotations

import hmac
from collections.abc import Iterable
from urllib.parse import urlsplit

from flask import request

from kg.web.errors import ApiError
from kg.web.service import service


def require_token() -> None:
    """Writes need ``Authorization: Bearer TOKEN`` matching the configured token."""
    token = service().settings.update_token
    if not token:
        raise ApiError(403, "this service is read-only; start it with --update-token TOKEN "
                            "(or KG_UPDATE_TOKEN) to accept updates")
    scheme, _, given = request.headers.get("Authorization", "").partition(" ")
    if scheme.lower() != "bearer" or not given.strip():
        raise ApiError(401, "updates need the header 'Authorization: Bearer TOKEN'",
                       {"WWW-Authenticate": 'Bearer realm="kg"'})
    if not hmac.compare_digest(given.strip().encode(), token.encode()):
        raise ApiError(403, "the update token is wrong")


def check_services(targets: Iterable[str | None], allow: Iterable[str]) -> None:
    allowed = {h.lower() for h in allow}
    for iri in targets:
        if iri is None:
            raise ApiError(403, "SERVICE with a variable or an unknown prefix is refused; "
                                "name the endpoint by its IRI")
        host = (urlsplit(iri).hostname or "").lower()
        if host not in allowed:
            raise ApiError(403, f"SERVICE <{iri}> is refused: {host or 'that endpoint'} is not on "
                                "the allow-list (kg serve --service-allow HOST)")
