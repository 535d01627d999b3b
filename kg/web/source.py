"""``/monograph/NAME``: a monograph's own text, with line numbers (``#L35`` links to a line) and
the spans its claims were read from highlighted, each naming its claim.

The text is read from the monograph folder (``data/monographs``, or the folders in
``app.config["KG_SOURCES"]`` / ``$KG_SOURCES``), by the file name the graph records, and shown
only when its SHA-256 is the one the graph records: a page that changed since the build would
put the highlights in the wrong places. Spans come from each statement's
``oa:TextPositionSelector`` (code points of the decoded text, end excluded); a statement without
one is placed by its line span.
"""
from __future__ import annotations

import hashlib
import os
import re
from dataclasses import dataclass, field
from pathlib import Path, PurePath

from flask import Blueprint, Response, current_app, render_template

from kg.namespaces import DCTERMS, DKG, OA, RDFS
from kg.store import Term
from kg.web.errors import ApiError
from kg.web.service import service

bp = Blueprint("source", __name__)

MONOGRAPH = f"""PREFIX dkg: <{DKG}>
SELECT ?m (SAMPLE(?f) AS ?file) (SAMPLE(?h) AS ?sha) (SAMPLE(?t) AS ?title) (SAMPLE(?n) AS ?note)
       (SAMPLE(?d) AS ?drug) (SAMPLE(?dl) AS ?drugLabel) WHERE {{
  ?m a dkg:Monograph . OPTIONAL {{ ?m dkg:fileName ?f }} OPTIONAL {{ ?m dkg:sha256 ?h }}
  OPTIONAL {{ ?m <{DCTERMS}title> ?t }} OPTIONAL {{ ?m dkg:reliabilityNote ?n }}
  OPTIONAL {{ ?d dkg:describedIn ?m OPTIONAL {{ ?d <{RDFS}label> ?dl }} }}
}} GROUP BY ?m"""

CLAIMS = f"""PREFIX dkg: <{DKG}>
PREFIX oa: <{OA}>
SELECT ?m ?st ?p ?o (SAMPLE(?ol) AS ?label) (SAMPLE(?a) AS ?line) (SAMPLE(?b) AS ?endLine)
       (SAMPLE(?s) AS ?start) (SAMPLE(?e) AS ?end) (SAMPLE(?q) AS ?quote) WHERE {{
  ?st <http://www.w3.org/ns/prov#wasDerivedFrom> ?m ; dkg:predicate ?p ; dkg:object ?o .
  OPTIONAL {{ ?o <{RDFS}label> ?ol }}
  OPTIONAL {{ ?st dkg:startLine ?a }} OPTIONAL {{ ?st dkg:endLine ?b }} OPTIONAL {{ ?st dkg:quote ?q }}
  OPTIONAL {{ ?st dkg:evidenceTarget ?tg OPTIONAL {{ ?tg oa:hasSelector ?sel . ?sel oa:start ?s ; oa:end ?e }} }}
}} GROUP BY ?m ?st ?p ?o ORDER BY ?line ?start LIMIT 5000"""
#: (the offsets are an OPTIONAL inside the statement's OPTIONAL target: as one OPTIONAL with a
#: path, the engine read every selector of the store, 50 s for a page at 3,000 monographs; 24 ms)

#: what a monograph key is made of (keys are minted from file names: kg.namespaces.slug)
_KEY = re.compile(r"[\w.~-]{1,200}")
UNEXPLAINED = f"SELECT ?m ?l WHERE {{ ?m <{DKG}unexplainedLine> ?l }}"


@dataclass
class SourceClaim:
    statement: str
    predicate: str
    obj: str
    label: str
    line: int
    end_line: int
    start: int | None
    end: int | None
    quote: str

    @property
    def text(self) -> str:
        return f"{self.predicate} {self.label}"


@dataclass
class Line:
    number: int
    pieces: list[tuple[str, list[int]]]  # (text, indexes of the claims whose span covers it)
    claims: list[int] = field(default_factory=list)  # claims that start on this line
    unexplained: bool = False


def source_dirs() -> list[Path]:
    dirs = [Path(p) for p in current_app.config.get("KG_SOURCES") or []]
    dirs += [Path(p) for p in os.environ.get("KG_SOURCES", "").split(os.pathsep) if p]
    return dirs + [service().config.monographs_dir]


def read_source(file: str, sha: str) -> tuple[str | None, str]:
    """The monograph's text, or None and why not."""
    name = PurePath(file).name
    if not name or name != file:
        return None, f"the graph names the file {file!r}, which is not a plain file name"
    for folder in source_dirs():
        path = folder / name
        try:
            data = path.read_bytes()
        except OSError:
            continue
        if sha and hashlib.sha256(data).hexdigest() != sha:
            return None, (f"{name} in {folder} has changed since the graph was built (its SHA-256 is not the "
                          "one recorded); rebuild to see it with its claims")
        try:
            return data.decode("utf-8"), ""
        except UnicodeDecodeError:
            return None, f"{name} is not UTF-8 text"
    return None, f"{name} is not in the monograph folders of this server"


def lay_out(text: str, claims: list[SourceClaim], unexplained: set[int]) -> list[Line]:
    """The text as numbered lines, each cut where a claim's span starts or ends."""
    lines: list[Line] = []
    offset = 0
    spans = [(c.start, c.end, i) for i, c in enumerate(claims)
             if c.start is not None and c.end is not None and 0 <= c.start < c.end <= len(text)]
    by_line: dict[int, list[int]] = {}
    for i, c in enumerate(claims):
        by_line.setdefault(c.line, []).append(i)
    for number, raw in enumerate(text.split("\n"), 1):
        end = offset + len(raw)
        inside = [(max(s, offset), min(e, end), i) for s, e, i in spans if s < end and e > offset]
        cuts = sorted({offset, end, *(s for s, _, _ in inside), *(e for _, e, _ in inside)})
        pieces = []
        for a, b in zip(cuts, cuts[1:]):
            covering = [i for s, e, i in inside if s <= a and b <= e]
            pieces.append((text[a:b], covering))
        if not pieces:
            pieces = [("", [])]
        lines.append(Line(number, pieces, by_line.get(number, []), number in unexplained))
        offset = end + 1
    return lines


def _int(t: Term | None) -> int | None:
    try:
        return int(t.value) if t is not None else None
    except ValueError:
        return None


@bp.route("/monograph/<key>")
def monograph(key: str) -> Response:
    svc = service()
    if not _KEY.fullmatch(key):
        raise ApiError(404, f"no monograph {key[:60]!r}: a monograph's name is letters, digits, '-', '_' and '.'")
    iri = f"{svc.config.base}monograph/{key}"
    m = Term("uri", iri)
    rows = list(svc.store.query(MONOGRAPH, bindings={"m": m}).rows())
    if not rows or rows[0][1] is None:
        raise ApiError(404, f"no monograph {key!r} in the graph")
    _, file, sha, title, note, drug, drug_label = rows[0]
    claims = []
    for _, st, p, o, label, line, end_line, start, end, quote in svc.store.query(CLAIMS, bindings={"m": m}).rows():
        assert st is not None and p is not None and o is not None
        first = _int(line) or 0
        claims.append(SourceClaim(st.value, p.value.rsplit("/", 1)[-1], o.value,
                                  label.value if label else o.value.rsplit("/", 1)[-1], first,
                                  _int(end_line) or first, _int(start), _int(end), quote.value if quote else ""))
    unexplained = {n for _, t in svc.store.query(UNEXPLAINED, bindings={"m": m}).rows() if (n := _int(t))}
    text, why = read_source(file.value if file else "", sha.value if sha else "")
    lines = lay_out(text, claims, unexplained) if text is not None else []
    html = render_template("source.html", key=key, iri=iri, file=file.value if file else key,
                           title=title.value if title else key, note=note.value if note else "",
                           drug=drug.value if drug else None, drug_label=drug_label.value if drug_label else "",
                           claims=claims, lines=lines, why=why, unexplained=sorted(unexplained))
    return Response(html, mimetype="text/html")
