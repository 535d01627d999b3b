"""kg.store against a real Oxigraph store in a temporary directory."""
from __future__ import annotations

from pathlib import Path

import pytest
import rdflib

from kg.errors import QueryError, StoreError
from kg.mapping import map_extraction
from kg.store import RDF_FORMATS, OxigraphStore, Term, open_store
from tests.helpers import sample_extraction

G1, G2 = "http://example.org/g/1", "http://example.org/g/2"
T1 = '<http://example.org/a> <http://example.org/p> "one" .\n'
T2 = '<http://example.org/b> <http://example.org/p> "two" .\n'


@pytest.fixture
def store(tmp_path: Path) -> OxigraphStore:
    return open_store(tmp_path / "store")


def test_replace_graphs_replaces_only_the_named_graph(store: OxigraphStore) -> None:
    store.replace_graphs({G1: T1, G2: T2})
    store.replace_graphs({G1: T2})
    rows = store.query("SELECT ?g ?o WHERE { GRAPH ?g { ?s ?p ?o } } ORDER BY ?g", union=False).rows()
    assert [(r[0].value, r[1].value) for r in rows] == [(G1, "two"), (G2, "two")]
    assert store.named_graphs() == [G1, G2]


@pytest.mark.parametrize("existing", [False, True])
def test_bad_data_writes_nothing(store: OxigraphStore, existing: bool) -> None:
    if existing:
        store.replace_graphs({G1: T1})
    before = len(store)
    with pytest.raises((StoreError, QueryError)):
        store.replace_graphs({G1: T2, G2: "<http://example.org/a> <broken"})
    assert len(store) == before


def test_store_persists_on_disk(tmp_path: Path) -> None:
    s = open_store(tmp_path / "db")
    s.replace_graphs({G1: T1})
    s.flush()
    del s
    assert len(open_store(tmp_path / "db")) == 1


def test_default_graph_is_the_union_unless_restricted(store: OxigraphStore) -> None:
    store.replace_graphs({G1: T1, G2: T2})
    q = "SELECT ?o WHERE { ?s ?p ?o } ORDER BY ?o"
    assert [r[0].value for r in store.query(q).rows()] == ["one", "two"]
    assert [r[0].value for r in store.query(q, default_graph=[G2]).rows()] == ["two"]


def test_bindings_are_terms_not_text(store: OxigraphStore) -> None:
    store.replace_graphs({G1: T1 + T2})
    q = "SELECT ?s ?o WHERE { ?s ?p ?o }"
    rows = list(store.query(q, bindings={"o": Term("literal", "two")}).rows())
    assert [r[0].value for r in rows] == ["http://example.org/b"]
    with pytest.raises(QueryError, match="projection"):
        store.query("SELECT ?s WHERE { ?s ?p ?o }", bindings={"o": Term("literal", "two")})
    evil = Term("literal", '" } UNION { ?s ?p ?o')
    assert list(store.query(q, bindings={"o": evil}).rows()) == []


def test_malformed_query_names_the_problem(store: OxigraphStore) -> None:
    with pytest.raises(QueryError, match="malformed SPARQL query"):
        store.query("SELECT WHERE {")


@pytest.mark.parametrize("fmt", sorted(RDF_FORMATS))
def test_export_is_byte_stable_and_parses(tmp_path: Path, fmt: str) -> None:
    outputs = []
    for n in range(2):
        s = open_store(tmp_path / f"s{n}")
        # insert in a different order each time: the export must not care
        graphs = [map_extraction(sample_extraction("Alpha", "alpha.md")),
                  map_extraction(sample_extraction("Beta", "beta.md"))]
        for m in (graphs if n == 0 else reversed(graphs)):
            s.replace_graphs({m.graph: m.ntriples()})
        outputs.append(s.export(fmt))
    assert outputs[0] == outputs[1]
    rdflib_format = {"turtle": "turtle", "ntriples": "nt", "nquads": "nquads", "trig": "trig",
                     "jsonld": "json-ld", "rdfxml": "xml"}[fmt]
    ds = rdflib.Dataset()
    ds.parse(data=outputs[0], format=rdflib_format)
    assert len(ds) > 0 or sum(len(g) for g in ds.graphs()) > 0


def test_turtle_export_declares_prefixes(store: OxigraphStore) -> None:
    m = map_extraction(sample_extraction())
    store.replace_graphs({m.graph: m.ntriples()})
    text = store.export("turtle").decode()
    assert "@prefix dkg: <https://w3id.org/drugkg/vocab/> ." in text
    assert "_:" not in text


def test_unknown_export_format(store: OxigraphStore) -> None:
    with pytest.raises(StoreError, match="unknown export format"):
        store.export("yaml")


def test_bound_queries_answer_as_substitutions_alone(built, monkeypatch: pytest.MonkeyPatch) -> None:
    """Bindings reach Oxigraph twice, as substitutions and as a VALUES clause that lets its
    planner start from the bound term (kg.store._hinted); the answer must be what the
    substitutions alone give, for every stored query's parameters and values that have rows."""
    import kg.store
    from kg.stored_queries import list_queries

    store, _, cfg = built
    checked = 0
    for stored in list_queries(cfg.queries_dir):
        whole = store.query(stored.text)
        rows = list(whole.rows())
        for param in stored.parameters:
            column = whole.variables.index(param.name)
            values = sorted({row[column].value for row in rows if row[column] is not None})[:3]
            assert values, f"{stored.name}: no value of ?{param.name} to bind"
            for value in values:
                bindings = {param.name: Term("uri", value)}
                hinted = sorted(map(repr, store.query(stored.text, bindings=bindings).rows()))
                with monkeypatch.context() as m:
                    m.setattr(kg.store, "_hinted", lambda text, _: text)
                    alone = sorted(map(repr, store.query(stored.text, bindings=bindings).rows()))
                assert hinted == alone and hinted, (stored.name, value)
                assert "VALUES" in kg.store._hinted(stored.text, bindings)
                checked += 1
    assert checked >= 10
