"""Safety checks shared by the endpoints: the update token, and what a query or update may
fetch from the network (SERVICE only to allowed hosts, LOAD never).

What may leave the machine is decided on a real SPARQL parser's reading of the exact text the
engine runs (:func:`kg.web.sparqltext.outbound`); a text it cannot read with certainty is
refused. Query workers of a service with no allowed host also cannot open a network socket
at all (:mod:`kg.web.sandbox`), so a reading that missed something still ends in a refusal.
"""
from __future__ import annotations

import hmac
import re
from collections.abc import Iterable

from flask import request

from kg.namespaces import PREFIXES
from kg.web import sparqltext
from kg.web.errors import ApiError
from kg.web.service import service


def require_token() -> None:
    """Writes need ``Authorization: Bearer TOKEN`` matching the configured token."""
    token = service().settings.update_token
    if not token:
        raise ApiError(403, "this service is read-only; start it with KG_UPDATE_TOKEN or "
                            "--update-token-file to accept updates")
    scheme, _, given = request.headers.get("Authorization", "").partition(" ")
    if scheme.lower() != "bearer" or not given.strip():
        raise ApiError(401, "updates need the header 'Authorization: Bearer TOKEN'",
                       {"WWW-Authenticate": 'Bearer realm="kg"'})
    if not hmac.compare_digest(given.strip().encode(), token.encode()):
        raise ApiError(403, "the update token is wrong")


#: an endpoint we may call: http(s), a plain host name or address (no user info), a port
_ENDPOINT = re.compile(r"^https?://(?P<host>[A-Za-z0-9.-]+|\[[0-9A-Fa-f:.]+\])(?::[0-9]{1,5})?"
                       r"(?:[/?#]|$)", re.IGNORECASE)


def endpoint_host(iri: str) -> str | None:
    """The host a SERVICE IRI names, or None when it is not a plain http(s) endpoint."""
    m = _ENDPOINT.match(iri)
    return m.group("host").lower().strip("[]") if m else None


def check_outbound(text: str, *, update: bool = False, allow: Iterable[str] | None = None,
                   wait: float | None = None) -> None:
    """Refuse ``text`` (exactly as it will be run) if it could fetch from a host that is not
    on the allow-list, or LOAD anything; 400 when it cannot be read with certainty.
    ``allow`` and ``wait`` default to the app's settings (a query worker passes them)."""
    if allow is None or wait is None:
        settings = service().settings
        allow = settings.service_allow if allow is None else allow
        wait = settings.timeout if wait is None else wait
    try:
        found = sparqltext.outbound(text, update=update, prefixes=None if update else PREFIXES,
                                    wait=wait)
    except sparqltext.OutboundBusy as e:
        raise ApiError(503, str(e), {"Retry-After": "1"}) from e
    except sparqltext.OutboundUnchecked as e:
        raise ApiError(400, f"refused: {e}") from e
    if found.loads:
        raise ApiError(403, "LOAD is refused: this service never fetches data from the network; "
                            "add files with kg build or the Graph Store Protocol")
    check_services(found.services, allow)


def check_services(targets: Iterable[str | None], allow: Iterable[str]) -> None:
    allowed = {h.lower().strip("[]") for h in allow}
    for iri in targets:
        if iri is None:
            raise ApiError(403, "SERVICE with a variable is refused; name the endpoint by its IRI")
        host = endpoint_host(iri)
        if host is None:
            raise ApiError(403, f"SERVICE <{iri}> is refused: an endpoint is an http(s) IRI "
                                "with a plain host name")
        if host not in allowed:
            raise ApiError(403, f"SERVICE <{iri}> is refused: {host} is not on the allow-list "
                                "(kg serve --service-allow HOST)")
