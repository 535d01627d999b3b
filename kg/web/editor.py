"""The SPARQL editor of the query page: YASQE (``@zazuko/yasqe``, CodeMirror 5 with a SPARQL
1.1 grammar), taken from npm at install time (``npm ci --prefix editor``), never copied into
the repository. When it is not installed the page keeps its plain textarea.

- ``/static/editor/yasqe.min.js`` and ``/static/editor/yasqe.min.css``: the package's build,
  from ``editor/node_modules`` (or ``$KG_EDITOR_DIR``), served beside our own static files (the
  CSP allows only our own scripts);
- ``/editor/vocabulary.json``: what our completers offer: our prefixes, the classes and
  properties the graph and the ontology use (read in a query worker, kept until the next write).
  Entity names are completed from ``/search?in=names``. Nothing is fetched from elsewhere (the
  package's prefix.cc and LOV completers are replaced).
"""
from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from flask import Blueprint, Response, send_from_directory

from kg.config import Config
from kg.namespaces import OWL, PREFIXES, RDF, RDFS
from kg.web.errors import ApiError
from kg.web.service import service

bp = Blueprint("editor", __name__)

PACKAGE = Path("node_modules") / "@zazuko" / "yasqe" / "build"
ASSETS = ("yasqe.min.js", "yasqe.min.css")
CLASSES = f"""SELECT DISTINCT ?c WHERE {{
  {{ ?s a ?c }} UNION {{ ?c a <{OWL}Class> }} UNION {{ ?c a <{RDFS}Class> }} FILTER(isIRI(?c)) }} LIMIT 5000"""
PROPERTIES = f"""SELECT DISTINCT ?p WHERE {{
  {{ ?s ?p ?o }} UNION {{ ?p a <{OWL}ObjectProperty> }} UNION {{ ?p a <{OWL}DatatypeProperty> }}
  UNION {{ ?p a <{RDF}Property> }} }} LIMIT 5000"""


def editor_dir(config: Config) -> Path | None:
    """Where the editor's build is, if it is installed: ``$KG_EDITOR_DIR`` when set (the
    package's ``build`` folder, or a folder holding ``node_modules``), else ``editor/`` of the
    checkout."""
    root = Path(os.environ["KG_EDITOR_DIR"]) if "KG_EDITOR_DIR" in os.environ else config.project_root / "editor"
    for folder in (root, root / PACKAGE):
        if all((folder / name).is_file() for name in ASSETS):
            return folder
    return None


@dataclass(frozen=True)
class VocabularyTask:
    """The classes and properties in use, read in a query worker."""

    def run(self, store: Any, deadline: float | None = None) -> dict[str, list[str]]:
        classes = sorted({c.value for (c,) in store.query(CLASSES).rows() if c is not None})
        props = sorted({p.value for (p,) in store.query(PROPERTIES).rows() if p is not None})
        return {"classes": classes, "properties": props}


@bp.route("/static/editor/<name>")
def asset(name: str) -> Response:
    folder = editor_dir(service().config)
    if name not in ASSETS or folder is None:
        raise ApiError(404, f"no editor file {name[:60]!r} here (install the editor: npm ci --prefix editor)")
    return send_from_directory(folder, name, max_age=3600)


@bp.route("/editor/vocabulary.json")
def vocabulary() -> Response:
    svc = service()
    data = svc.cached("editor_vocabulary", lambda: svc.call(VocabularyTask(), what="vocabulary"))
    body = {"prefixes": PREFIXES | {"id": svc.config.base}, **data}
    return Response(json.dumps(body, ensure_ascii=False) + "\n", mimetype="application/json")
