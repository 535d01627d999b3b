"""The graphs the reasoner writes, and their state (layer 3): fresh, stale, interrupted or absent.

Every graph the reasoner writes starts with ``<base>graph/inferred`` (:func:`is_inferred`):

* ``<base>graph/inferred/monograph/<key>`` and ``<base>graph/inferred-trace/monograph/<key>``
  (:func:`monograph_graphs`): what the rules add to one monograph, and the digest of the rules
  that gave it (which rule gave a triple is worked out when asked: :func:`kg.reason.explain`);
  replaced with the monograph (the build publishes them in the same transaction) and dropped
  with it;
* ``<base>graph/inferred`` (:func:`kg.namespaces.inferred_graph`): what the node descriptions
  alone entail (``X a biolink:Disease``), once per node, like the nodes graph;
* ``<base>graph/inferred-trace`` (:func:`kg.namespaces.trace_graph`): the rules (what
  ``kg reason --why`` names), the digest of the rules in force, and the stale mark.

A build or ``kg reason`` marks the inferences stale before it writes (:func:`mark_inference_stale`)
and writes the rules graph last, which clears the mark, so a run killed in between leaves a
store that says so. This module reads the state cheaply (no reasoner, no ontology) for
``kg build``, ``kg query`` and the service.
"""
from __future__ import annotations

from kg.config import DEFAULT_BASE
from kg.namespaces import DKG, graph_iri, inferred_graph, nodes_graph, trace_graph
from kg.store import GraphStore

__all__ = ["DIGEST", "STATE", "describe_state", "drop_inferences", "inference_state", "inferred_graphs",
           "is_inferred", "mark_inference_stale", "marked_stale", "monograph_graphs", "monographs_without_inferences",
           "staging_graphs"]

STATE = f"{DKG}inferenceState"
DIGEST = f"{DKG}rulesDigest"


def is_inferred(graph: str, base: str = DEFAULT_BASE) -> bool:
    """Whether ``graph`` is one the reasoner writes (inferred triples, trace, rules, staging)."""
    return graph.startswith(inferred_graph(base))


def monograph_graphs(graph: str, base: str | None = None) -> tuple[str, str]:
    """(inferred graph, trace graph) of the monograph whose data graph is ``graph``
    (``<base>graph/monograph/<key>``; the base is read from it)."""
    head, _, key = graph.rpartition("/graph/monograph/")
    return f"{head}/graph/inferred/monograph/{key}", f"{head}/graph/inferred-trace/monograph/{key}"


def inferred_graphs(store: GraphStore, base: str = DEFAULT_BASE) -> list[str]:
    """Every graph of the store the reasoner wrote."""
    return [g for g in store.named_graphs() if is_inferred(g, base)]


def drop_inferences(store: GraphStore, base: str = DEFAULT_BASE) -> None:
    """Drop every inferred graph (``kg build --no-reason``: they no longer follow from the data)."""
    store.drop_graphs(inferred_graphs(store, base))


def staging_graphs(base: str = DEFAULT_BASE) -> tuple[str, str]:
    """The graphs an earlier version of the reasoner wrote before it swapped them in: a store
    that still has them was interrupted there (``kg reason`` drops them)."""
    return f"{inferred_graph(base)}-staging", f"{trace_graph(base)}-staging"


def mark_inference_stale(store: GraphStore, base: str = DEFAULT_BASE, stale: bool = True) -> None:
    """Say in the store (in the rules graph, which the reasoner rewrites last) that the
    inferences no longer follow from the data; ``stale=False`` takes the mark back."""
    triple = f'<{inferred_graph(base)}> <{STATE}> "stale"'
    if stale:
        store.update(f"INSERT DATA {{ GRAPH <{trace_graph(base)}> {{ {triple} }} }}")
        return
    store.update(f"DELETE DATA {{ GRAPH <{trace_graph(base)}> {{ {triple} }} }}")
    if not store.query(f"ASK {{ GRAPH <{trace_graph(base)}> {{ ?s ?p ?o }} }}").boolean:
        store.drop_graphs([trace_graph(base)])  # the mark was all it held: leave no empty graph


def inference_state(store: GraphStore, base: str = DEFAULT_BASE) -> str:
    """``fresh``: the inferences follow from the data (or there is no data); ``stale``: data
    was published after they were made (a build was interrupted, or is running), or a monograph
    has no inferences from the current rules; ``interrupted``: a run of an earlier reasoner
    died half-way (its staging graphs are left); ``absent``: there is data but no inferences
    (``kg build --no-reason``)."""
    staging = staging_graphs(base)
    rules = trace_graph(base)
    def ask(pattern: str) -> bool:
        return store.query(f"ASK {{ {pattern} }}").boolean

    # one ASK each, in the order of the answer: as BIND(EXISTS ...) columns of one SELECT, the
    # engine took 5-13 s on a store of 2,000 monographs; each ASK alone takes a millisecond
    if marked_stale(store, base):
        return "stale"
    if ask(f"VALUES ?g {{ <{staging[0]}> <{staging[1]}> }} GRAPH ?g {{ ?s ?p ?o }}"):
        return "interrupted"
    inferred_any = ask(f"GRAPH <{rules}> {{ ?r a <{DKG}InferenceRule> }}")
    if not inferred_any and ask(f"GRAPH <{nodes_graph(base)}> {{ ?s2 ?p2 ?o2 }}"):
        return "absent"
    if _every_monograph_has_a_digest(store, base):
        return "fresh"
    if ask(_without_digest(base)):
        return "stale"
    return "fresh"


def marked_stale(store: GraphStore, base: str = DEFAULT_BASE) -> bool:
    """Whether the store says its inferences no longer follow from the data
    (:func:`mark_inference_stale`), as opposed to some monographs having none."""
    mark = f'<{inferred_graph(base)}> <{STATE}> "stale"'
    return store.query(f"ASK {{ GRAPH <{trace_graph(base)}> {{ {mark} }} }}").boolean


def monographs_without_inferences(store: GraphStore, base: str = DEFAULT_BASE) -> list[str]:
    """The monograph graphs with no inferences from the rules in force (published by
    ``kg build --no-reason``, say), sorted."""
    rows = store.query(f"SELECT DISTINCT ?m WHERE {{ {_without_digest(base)} }}").rows()
    return sorted(row[0].value for row in rows if row[0] is not None)


def _without_digest(base: str) -> str:
    """A monograph graph ``?m`` whose inferred graph lacks the digest of the rules in force."""
    monographs = graph_iri("", base)
    return f"""GRAPH <{trace_graph(base)}> {{ <{inferred_graph(base)}> <{DIGEST}> ?now }}
    GRAPH ?m {{ ?mono a <{DKG}Monograph> }} FILTER(STRSTARTS(STR(?m), "{monographs}"))
    BIND(IRI(CONCAT("{inferred_graph(base)}/monograph/", STRAFTER(STR(?m), "{monographs}"))) AS ?inf)
    FILTER NOT EXISTS {{ GRAPH ?t {{ ?inf <{DIGEST}> ?now }} }}"""


def _every_monograph_has_a_digest(store: GraphStore, base: str) -> bool:
    """The common answer to the last question of :func:`inference_state`, by two counts the
    engine makes from its indexes (milliseconds): as many digests of the rules in force as
    monograph nodes. Each monograph's digest is written and dropped with it (its trace graph), so
    equal counts mean none is missing; unequal ones are settled by the exact ASK, which computes
    each monograph's inferred graph's name (3 s at 10,000 monographs)."""
    def number(pattern: str) -> int:
        rows = list(store.query(f"SELECT (COUNT(*) AS ?n) WHERE {{ {pattern} }}").rows())
        return int(rows[0][0].value) if rows and rows[0][0] is not None else -1

    digests = number(f"""GRAPH <{trace_graph(base)}> {{ <{inferred_graph(base)}> <{DIGEST}> ?now }}
    GRAPH ?t {{ ?inf <{DIGEST}> ?now }} FILTER(?inf != <{inferred_graph(base)}>)""")
    monographs = number(f"GRAPH ?m {{ ?mono a <{DKG}Monograph> }}")
    return monographs > 0 and digests == monographs


def describe_state(state: str) -> str:
    """A sentence for a person about an :func:`inference_state` other than ``fresh``."""
    return {
        "stale": "the inferred graph is stale: monographs were published after it was made (a build "
                 "was interrupted, or is running), or were reasoned with other rules; run kg build or kg reason",
        "interrupted": "a run of the reasoner was interrupted: the inferred graph is whole but its staging "
                       "graphs are left over; run kg reason",
        "absent": "there is no inferred graph (built with --no-reason): queries in the aligned vocabularies "
                  "(Biolink, RO, Wikidata) answer nothing; run kg reason",
    }.get(state, "")
