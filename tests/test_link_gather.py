"""One thing, several nodes: the stored queries that gather them (issue 11).

Our nodes are minted from each page's own label, so "External genital warts" (podofilox) and
"External genital and perianal warts" (imiquimod, sinecatechins) are two condition nodes.
queries/same-condition.rq gathers nodes that share an exact external identifier or a name a
page gave; queries/treats-gathered.rq answers "which drugs treat X?" over the gathered nodes.
Run on a real store built from the bundled corpus (the session fixture ``built``).
"""
from __future__ import annotations

from pathlib import Path

from kg.store import Term
from kg.stored_queries import read_query

ROOT = Path(__file__).resolve().parent.parent
SKOS = "http://www.w3.org/2004/02/skos/core#"
DKG = "https://w3id.org/drugkg/vocab/"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"


def rows(store, name: str, **params: str) -> list[dict[str, str]]:  # type: ignore[no-untyped-def]
    query = read_query(ROOT / "queries" / f"{name}.rq")
    bindings = {k: Term("uri", v) for k, v in params.items()}
    result = store.query(query.text, bindings=bindings)
    return [{v: (str(t.value) if t is not None else "") for v, t in zip(result.variables, row)}
            for row in result.rows()]


def test_the_queries_declare_their_parameter_and_columns(built) -> None:  # type: ignore[no-untyped-def]
    store, _, _ = built
    for name, columns in (("same-condition", ["condition", "conditionLabel", "same", "sameLabel", "sharedIds"]),
                          ("treats-gathered", ["condition", "conditionLabel", "drug", "drugLabel",
                                               "treated", "treatedLabel", "wording"])):
        query = read_query(ROOT / "queries" / f"{name}.rq")
        assert [p.name for p in query.parameters] == ["condition"] and query.parameters[0].kind == "iri"
        assert [str(v).lstrip("?") for v in store.query(query.text).variables] == columns


def genital_wart_nodes(store) -> list[str]:  # type: ignore[no-untyped-def]
    found = store.query(f"""SELECT DISTINCT ?c WHERE {{ ?c a <{DKG}Condition> ; <{RDFS}label> ?l .
                               FILTER(CONTAINS(LCASE(?l), "genital") && CONTAINS(LCASE(?l), "wart")) }}""")
    return sorted(str(row[0].value) for row in found.rows())


def test_which_drugs_treat_genital_warts(built) -> None:  # type: ignore[no-untyped-def]
    store, _, _ = built
    nodes = genital_wart_nodes(store)
    assert len(nodes) >= 2  # the pages name it differently: several nodes
    for node in nodes:  # asked from any of them, the answer is the same three drugs
        answer = rows(store, "treats-gathered", condition=node)
        drugs = {r["drugLabel"] for r in answer}
        assert {"Imiquimod", "Podofilox", "Sinecatechins"} <= drugs, (node, drugs)
        for r in answer:  # each page's own wording is kept on its statement
            assert r["wording"] and r["treated"] in nodes or r["treated"] == node


def test_no_two_conditions_share_an_exact_identifier_without_being_gathered(built) -> None:  # type: ignore[no-untyped-def]
    store, _, _ = built
    pairs = store.query(f"""SELECT DISTINCT ?a ?b WHERE {{
        ?a a <{DKG}Condition> ; <{SKOS}exactMatch> ?id . ?b a <{DKG}Condition> ; <{SKOS}exactMatch> ?id .
        FILTER(STR(?a) < STR(?b)) }}""")
    shared = [(str(a.value), str(b.value)) for a, b in pairs.rows()]
    assert shared, "the bundled corpus has conditions named twice (genital warts)"
    for a, b in shared:
        gathered = {r["same"] for r in rows(store, "same-condition", condition=a)}
        assert b in gathered, (a, b)


def test_a_name_a_page_gave_gathers_too(built) -> None:  # type: ignore[no-untyped-def]
    """Two nodes whose pages gave the same synonym are gathered, whatever their identifiers."""
    store, _, _ = built
    named = store.query(f"""SELECT DISTINCT ?a ?b WHERE {{
        ?a a <{DKG}Condition> ; <{SKOS}altLabel> ?n . ?b a <{DKG}Condition> ; <{SKOS}altLabel> ?m .
        FILTER(STR(?a) < STR(?b) && LCASE(STR(?n)) = LCASE(STR(?m))) }}""")
    for a, b in ((str(x.value), str(y.value)) for x, y in named.rows()):
        assert b in {r["same"] for r in rows(store, "same-condition", condition=a)}


def test_a_condition_named_once_is_gathered_with_nothing(built) -> None:  # type: ignore[no-untyped-def]
    store, _, cfg = built
    node = f"{cfg.base}condition/actinic-keratosis"
    assert rows(store, "same-condition", condition=node) == []
    drugs = {r["drugLabel"] for r in rows(store, "treats-gathered", condition=node)}
    assert {"Imiquimod", "Fluorouracil", "Diclofenac"} <= drugs


# -- the entity pages show what the stored queries gather -------------------------------------------

def entity_page(built, iri: str) -> str:  # type: ignore[no-untyped-def]
    from kg.web import close_app, create_app
    store, _, cfg = built
    app = create_app(cfg, store=store, workers=1)
    try:
        resp = app.test_client().get("/id/" + iri[len(cfg.base):], headers={"Accept": "text/html"})
        assert resp.status_code == 200, iri
        return resp.get_data(as_text=True)
    finally:
        close_app(app)


def test_a_condition_page_lists_the_nodes_gathered_with_it_and_their_drugs(built) -> None:  # type: ignore[no-untyped-def]
    store, _, _ = built
    nodes = genital_wart_nodes(store)
    for node in nodes:
        page = entity_page(built, node)
        gathered = {r["same"]: r for r in rows(store, "same-condition", condition=node)}
        assert gathered, node
        assert "The same thing under other names" in page
        for other, r in gathered.items():  # every node the stored query gathers is linked from the page
            assert f'href="{other}"' in page or f'href="/id/{other.split("/id/", 1)[1]}"' in page, other
            for shared in r["sharedIds"].split():  # with the identifier the two share
                assert "shares " + shared.rsplit("/", 1)[-1].replace("_", ":") in page, shared
        # the drugs that treat it under the other names are on the page, each with the other node
        own = {r["drugLabel"] for r in rows(store, "treats-gathered", condition=node) if r["treated"] == node}
        elsewhere = {r["drugLabel"] for r in rows(store, "treats-gathered", condition=node) if r["treated"] != node}
        assert elsewhere - own, "the point of gathering: another page's drug"
        section = page.split("under the names other pages gave it", 1)[1]
        for drug in elsewhere:
            assert drug in section, (node, drug)


def test_a_condition_named_once_has_no_gathered_section(built) -> None:  # type: ignore[no-untyped-def]
    _, _, cfg = built
    page = entity_page(built, f"{cfg.base}condition/actinic-keratosis")
    assert "The same thing under other names" not in page and "under the names other pages gave it" not in page
