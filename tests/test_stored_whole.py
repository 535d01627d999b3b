"""The whole-corpus forms of the stored queries (``queries/whole/NAME.rq``, issue 10, "queries at
scale"): each gives its query's answer, the same rows in the same order, on the bundled corpus in
a real store; and the service runs the form when the request binds no parameter, the query itself
when it binds one, for programs and for people, over a real socket."""
from __future__ import annotations

import json
import urllib.request
from pathlib import Path

import pytest

from kg.config import Config
from kg.store import OxigraphStore
from kg.stored_queries import list_queries
from kg.web import close_app, create_app
from kg.web.testing import live_server


def rows(store: OxigraphStore, text: str) -> list[tuple[str, ...]]:
    return [tuple("" if t is None else f"{t.kind}|{t.value}|{t.datatype}|{t.language}" for t in row)
            for row in store.query(text).rows()]


def test_the_slow_whole_corpus_queries_have_a_whole_corpus_form(built) -> None:  # noqa: ANN001
    _, _, cfg = built
    have = {q.name for q in list_queries(cfg.queries_dir) if q.whole is not None}
    assert {"side-effects", "provenance", "drugs-by-identifier", "treats-gathered", "mechanisms",
            "coverage"} <= have


@pytest.mark.parametrize("name", [q.name for q in list_queries(Path(__file__).resolve().parent.parent / "queries")
                                  if q.whole is not None])
def test_a_whole_corpus_form_gives_its_query_s_answer_row_for_row(built, name: str) -> None:  # noqa: ANN001
    store, _, cfg = built
    query = next(q for q in list_queries(cfg.queries_dir) if q.name == name)
    expected = rows(store, query.text)
    assert expected, f"{name} has no row on the bundled corpus: nothing to compare"
    assert query.whole is not None
    assert rows(store, query.whole) == expected


def test_the_service_runs_the_whole_form_only_when_no_parameter_is_bound(built, tmp_path: Path) -> None:  # noqa: ANN001
    store, _, cfg = built
    root = tmp_path / "project"
    (root / "queries" / "whole").mkdir(parents=True)
    for part in ("ontology", "data"):
        (root / part).symlink_to(cfg.project_root / part)
    head = "# title: Which\n# parameters: drug (IRI, optional): a drug\n"
    (root / "queries" / "which.rq").write_text(
        head + 'SELECT ?drug ?form WHERE { BIND("the query" AS ?form) }\n', encoding="utf-8")
    (root / "queries" / "whole" / "which.rq").write_text(
        'SELECT ?drug ?form WHERE { BIND("the whole-corpus form" AS ?form) }\n', encoding="utf-8")
    app = create_app(Config(store=cfg.store, project_root=root), store=store, workers=1, page_rows=5)
    try:
        with live_server(app) as live:
            def form(path: str) -> str:
                with urllib.request.urlopen(live.url + path, timeout=60) as resp:
                    body = resp.read().decode()
                if path.split("?")[0].endswith(".json"):
                    return str(json.loads(body)["results"]["bindings"][0]["form"]["value"])
                return "the whole-corpus form" if "the whole-corpus form" in body else \
                    "the query" if "the query" in body else body

            assert form("/queries/which.json") == "the whole-corpus form"
            assert form("/queries/which") == "the whole-corpus form"
            assert form("/queries/which.json?drug=https://w3id.org/drugkg/id/drug/imiquimod") == "the query"
            assert form("/queries/which?drug=https://w3id.org/drugkg/id/drug/imiquimod") == "the query"
            # a CSV, whole (not paged), is the whole-corpus form's too
            with urllib.request.urlopen(live.url + "/queries/which.csv", timeout=60) as resp:
                assert "the whole-corpus form" in resp.read().decode()
    finally:
        close_app(app)
