"""Content negotiation: one table of formats and one pure function (DESIGN.md, style rule 7).

:func:`negotiate` takes an Accept header (with q-values), the kind of answer (``bindings`` and
``boolean`` for SELECT/ASK, ``graph`` for CONSTRUCT/DESCRIBE and entity data, ``page`` for
HTML-capable pages) and an optional ``?format=`` value, and returns the format to send, or None
when nothing acceptable can be served (the caller answers 406).
"""
from __future__ import annotations

from dataclasses import dataclass

RESULTS = frozenset({"bindings", "boolean"})
GRAPH = frozenset({"graph"})


@dataclass(frozen=True)
class Format:
    name: str        # short name: the key of kg.store.RESULT_FORMATS / RDF_FORMATS, or "html"
    media_type: str
    kinds: frozenset[str]
    suffix: str
    aliases: tuple[str, ...] = ()

    @property
    def is_rdf(self) -> bool:
        return self.kinds == GRAPH

    @property
    def content_type(self) -> str:
        text = self.media_type.startswith("text/") or self.name in ("json", "jsonld", "xml", "rdfxml")
        return f"{self.media_type}; charset=utf-8" if text else self.media_type


#: Server preference order within a kind: the first format of a kind is its default.
FORMATS: tuple[Format, ...] = (
    Format("json", "application/sparql-results+json", RESULTS, "json", ("application/json",)),
    Format("xml", "application/sparql-results+xml", RESULTS, "srx", ("application/xml", "text/xml")),
    Format("csv", "text/csv", RESULTS, "csv"),
    Format("tsv", "text/tab-separated-values", RESULTS, "tsv"),
    Format("turtle", "text/turtle", GRAPH, "ttl", ("application/x-turtle",)),
    Format("ntriples", "application/n-triples", GRAPH, "nt", ("text/plain",)),
    Format("jsonld", "application/ld+json", GRAPH, "jsonld", ("application/json",)),
    Format("rdfxml", "application/rdf+xml", GRAPH, "rdf", ("application/xml", "text/xml")),
    Format("trig", "application/trig", GRAPH, "trig"),
    Format("nquads", "application/n-quads", GRAPH, "nq"),
    Format("html", "text/html", frozenset({"bindings", "boolean", "graph", "page"}), "html",
           ("application/xhtml+xml",)),
)
BY_NAME = {f.name: f for f in FORMATS}
#: Every name a ``?format=`` or a URL suffix may use.
ALIASES: dict[str, str] = {
    **{f.name: f.name for f in FORMATS}, **{f.suffix: f.name for f in FORMATS},
    "ttl": "turtle", "nt": "ntriples", "rdf": "rdfxml", "owl": "rdfxml", "xml": "xml",
    "srj": "json", "srx": "xml", "n3": "turtle",
}

#: ``?format=json`` / ``.xml`` on a graph answer mean its JSON-LD / RDF/XML.
_GRAPH_SPELLING = {"json": "jsonld", "xml": "rdfxml"}


def parse_accept(header: str | None) -> list[tuple[str, float, int]]:
    """``[(media range, q, position)]`` for the ranges of an Accept header (q=0 kept)."""
    out = []
    for pos, part in enumerate((header or "").split(",")):
        fields = [f.strip() for f in part.split(";")]
        media = fields[0].lower()
        if not media or "/" not in media:
            continue
        q = 1.0
        for param in fields[1:]:
            key, _, value = param.partition("=")
            if key.strip().lower() == "q":
                try:
                    q = max(0.0, min(1.0, float(value)))
                except ValueError:
                    q = 0.0
        out.append((media, q, pos))
    return out


def _match(rng: str, media: str) -> int:
    """Specificity of ``rng`` matching ``media``: 2 exact, 1 ``type/*``, 0 ``*/*``, -1 none."""
    if rng == media:
        return 2
    if rng == "*/*":
        return 0
    if rng.endswith("/*") and media.split("/")[0] == rng[:-2]:
        return 1
    return -1


def _score(f: Format, ranges: list[tuple[str, float, int]]) -> tuple[float, int, int] | None:
    best: tuple[int, float, int] | None = None  # (specificity, q, position)
    for media in (f.media_type, *f.aliases):
        for rng, q, pos in ranges:
            spec = _match(rng, media)
            if spec < 0:
                continue
            if media != f.media_type:
                spec -= 1  # an alias matches a little worse than the real media type
            if best is None or (spec, -pos) > (best[0], -best[2]):
                best = (spec, q, pos)
    if best is None or best[1] <= 0:
        return None
    return best[1], best[0], -best[2]


def negotiate(accept: str | None, kind: str, fmt: str | None = None, *,
              html: bool = False) -> Format | None:
    """The format to answer a ``kind`` with. ``fmt`` (``?format=`` or a suffix) wins over
    Accept; ``html`` says whether this endpoint can render an HTML page."""
    offered = [f for f in FORMATS if kind in f.kinds and (html or f.name != "html")]
    if fmt:
        name = ALIASES.get(fmt.strip().lower())
        if kind == "graph" and name in _GRAPH_SPELLING:
            name = _GRAPH_SPELLING[name]
        if name is None:
            name = next((f.name for f in FORMATS if fmt.strip().lower() in (f.media_type, *f.aliases)
                         and f in offered), None)
        return next((f for f in offered if f.name == name), None)
    ranges = parse_accept(accept)
    if not ranges:
        return offered[0] if offered else None
    scored = [(s, -i, f) for i, f in enumerate(offered) if (s := _score(f, ranges)) is not None]
    if not scored:
        return None
    return max(scored, key=lambda t: (t[0], t[1]))[2]
