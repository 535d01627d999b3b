"""The state of the inferred graph (layer 3): fresh, stale, interrupted or absent.

:mod:`kg.reason` replaces the inferred graph and its trace in one transaction, from staging
graphs (:func:`staging_graphs`); a build marks the inferred graph stale before it publishes
monographs and the reasoner's swap clears the mark. This module names those graphs and reads
the state, cheaply (no reasoner, no ontology), for ``kg build``, ``kg query`` and the service.
"""
from __future__ import annotations

from kg.config import DEFAULT_BASE
from kg.namespaces import DKG, inferred_graph, nodes_graph, trace_graph
from kg.store import GraphStore

__all__ = ["STATE", "describe_state", "inference_state", "mark_inference_stale", "staging_graphs"]


def staging_graphs(base: str = DEFAULT_BASE) -> tuple[str, str]:
    """The graphs a run of the reasoner writes into before they replace the inferred graph and
    its trace (kept apart so that readers never see a part of a run)."""
    return f"{inferred_graph(base)}-staging", f"{trace_graph(base)}-staging"


STATE = f"{DKG}inferenceState"


def mark_inference_stale(store: GraphStore, base: str = DEFAULT_BASE, stale: bool = True) -> None:
    """Say in the store (in the trace graph, which the next run replaces) that the inferred
    graph no longer follows from the data; ``stale=False`` takes the mark back."""
    triple = f'<{inferred_graph(base)}> <{STATE}> "stale"'
    if stale:
        store.update(f"INSERT DATA {{ GRAPH <{trace_graph(base)}> {{ {triple} }} }}")
        return
    store.update(f"DELETE DATA {{ GRAPH <{trace_graph(base)}> {{ {triple} }} }}")
    if not store.query(f"ASK {{ GRAPH <{trace_graph(base)}> {{ ?s ?p ?o }} }}").boolean:
        store.drop_graphs([trace_graph(base)])  # the mark was all it held: leave no empty graph


def inference_state(store: GraphStore, base: str = DEFAULT_BASE) -> str:
    """``fresh``: the inferred graph follows from the data (or there is no data); ``stale``: data
    was published after it was made (a build was interrupted, or is running); ``interrupted``: a
    run of the reasoner died half-way (its staging graphs are left; the inferred graph itself is
    whole); ``absent``: there is data but no inferred graph (``kg build --no-reason``)."""
    staging = staging_graphs(base)
    q = f"""SELECT ?stale ?staging ?inferred ?data WHERE {{
  BIND(EXISTS {{ GRAPH <{trace_graph(base)}> {{ <{inferred_graph(base)}> <{STATE}> "stale" }} }} AS ?stale)
  BIND(EXISTS {{ VALUES ?g {{ <{staging[0]}> <{staging[1]}> }} GRAPH ?g {{ ?s ?p ?o }} }} AS ?staging)
  BIND(EXISTS {{ GRAPH <{inferred_graph(base)}> {{ ?s1 ?p1 ?o1 }} }} AS ?inferred)
  BIND(EXISTS {{ GRAPH <{nodes_graph(base)}> {{ ?s2 ?p2 ?o2 }} }} AS ?data)
}}"""
    row = next(iter(store.query(q).rows()))
    stale, staging_left, inferred, data = (t is not None and t.value == "true" for t in row)
    if stale:
        return "stale"
    if staging_left:
        return "interrupted"
    if data and not inferred:
        return "absent"
    return "fresh"


def describe_state(state: str) -> str:
    """A sentence for a person about an :func:`inference_state` other than ``fresh``."""
    return {
        "stale": "the inferred graph is stale: monographs were published after it was made (a build "
                 "was interrupted, or is running); run kg build or kg reason",
        "interrupted": "a run of the reasoner was interrupted: the inferred graph is whole but its staging "
                       "graphs are left over; run kg reason",
        "absent": "there is no inferred graph (built with --no-reason): queries in the aligned vocabularies "
                  "(Biolink, RO, Wikidata) answer nothing; run kg reason",
    }.get(state, "")
