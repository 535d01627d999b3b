"""The OWL ontology and HermiT (layer 2): the only module that imports owlready2.

Two jobs, both on small inputs so that HermiT stays fast:

* :func:`classify` loads ``ontology/drugkg.ttl`` (Turtle, converted to N-Triples with rdflib
  because owlready2 reads RDF/XML and N-Triples only), runs HermiT on the TBox, and returns what
  it entails as plain values (:class:`TBox`): for every property the properties it implies
  (forwards or, through inverses, backwards), for every class its superclasses, the defined
  classes with their conditions as a small expression tree, the disjoint groups, functional
  properties, domains and ranges. :mod:`kg.rules` turns these into rules applied to one
  monograph at a time, which scales where HermiT over the whole ABox does not.
* :func:`check_abox` runs HermiT on the ontology plus a sample of the data (e.g. one
  monograph's graph) for consistency, and returns the class memberships HermiT infers.
"""
from __future__ import annotations

import ctypes
import io
import os
import subprocess
import sys
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kg.config import PROJECT_ROOT
from kg.errors import ReasoningError
from kg.namespaces import DKG, OWL, PREFIXES, XSD


class _OnFirstUse:
    """A module imported when one of its names is first used: a build that finds its rules in the
    cache (every build but the first after an ontology change) never needs owlready2 nor rdflib,
    whose imports were a tenth of a one-file rebuild's 2 s at 10,000 monographs."""

    def __init__(self, name: str) -> None:
        self._name = name

    def __getattr__(self, attr: str) -> Any:
        import importlib

        return getattr(importlib.import_module(self._name), attr)


if TYPE_CHECKING:
    import owlready2 as owl
    import rdflib
else:
    owl = _OnFirstUse("owlready2")
    rdflib = _OnFirstUse("rdflib")


def _owlready2_version() -> str:
    """owlready2's ``VERSION`` (its distribution's version) without importing it."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("owlready2")
    except PackageNotFoundError:
        return ""


ONTOLOGY_FILE = "drugkg.ttl"
ONTOLOGY_IRI = "https://w3id.org/drugkg/vocab"
DATA_IRI = "https://w3id.org/drugkg/sample-abox"
HERMIT = f"HermiT (owlready2 {_owlready2_version()})"
_PY_DATATYPES = {int: f"{XSD}integer", bool: f"{XSD}boolean", str: f"{XSD}string",
                 float: f"{XSD}decimal"}


# -- values handed to kg.reason ---------------------------------------------------------------

@dataclass(frozen=True)
class Expr:
    """A class expression of a defined class, as a small tree.

    ``kind`` is ``class`` (``iri``), ``and`` / ``or`` (``parts``), ``some`` (``iri`` of the
    property, ``inverse``, ``parts[0]`` the filler) or ``value`` (``iri`` of the property,
    ``value`` an N-Triples term).
    """

    kind: str
    iri: str = ""
    parts: tuple[Expr, ...] = ()
    value: str = ""
    inverse: bool = False


@dataclass(frozen=True)
class PropertyEntailment:
    """``premise(s, o)`` entails ``conclusion(s, o)``, or ``conclusion(o, s)`` if ``inverse``."""

    premise: str
    conclusion: str
    inverse: bool
    asserted: bool  # written in the ontology as one axiom (else entailed by HermiT)


@dataclass(frozen=True)
class ClassEntailment:
    premise: str
    conclusion: str
    asserted: bool


@dataclass(frozen=True)
class Definition:
    """A defined class: ``iri`` is equivalent to ``expr``."""

    iri: str
    expr: Expr
    depends_on: frozenset[str]


@dataclass
class TBox:
    """What HermiT entails from the ontology, as plain IRIs."""

    properties: list[PropertyEntailment] = field(default_factory=list)
    classes: list[ClassEntailment] = field(default_factory=list)
    definitions: list[Definition] = field(default_factory=list)
    disjoint: list[tuple[str, ...]] = field(default_factory=list)
    functional: list[str] = field(default_factory=list)
    domains: dict[str, list[str]] = field(default_factory=dict)
    ranges: dict[str, list[str]] = field(default_factory=dict)  # class IRIs or datatype IRIs
    value_sets: dict[str, tuple[str, ...]] = field(default_factory=dict)  # data property -> allowed
    descendants: dict[str, set[str]] = field(default_factory=dict)  # class -> itself and subclasses
    labels: dict[str, str] = field(default_factory=dict)
    unsatisfiable: list[str] = field(default_factory=list)
    #: classes marked ``dkg:materialised false``: memberships entailed by the class hierarchy
    #: are checked but not written (:func:`kg.rules.rules_from`)
    unmaterialised: frozenset[str] = frozenset()
    seconds: float = 0.0


@dataclass
class AboxResult:
    """HermiT on the ontology plus a sample of the data."""

    consistent: bool
    memberships: dict[str, set[str]] = field(default_factory=dict)  # individual -> classes
    seconds: float = 0.0


# -- loading ----------------------------------------------------------------------------------

def ontology_path(root: Path | None = None) -> Path:
    return (root or PROJECT_ROOT) / "ontology" / ONTOLOGY_FILE


def load_graph(path: Path | None = None) -> rdflib.Graph:
    """The ontology as an rdflib graph (for the store and for asserted-axiom look-ups)."""
    path = path or ontology_path()
    graph = rdflib.Graph()
    try:
        graph.parse(path, format="turtle")
    except (OSError, SyntaxError, ValueError) as e:
        raise ReasoningError(f"cannot read the ontology {path}: {e}",
                             hint="check the Turtle syntax, e.g. with `rapper -i turtle FILE`") from e
    return graph


def _world(graph: rdflib.Graph, data: str | None = None) -> owl.World:
    world = owl.World()
    nt = graph.serialize(format="nt", encoding="utf-8")
    world.get_ontology(ONTOLOGY_IRI).load(fileobj=io.BytesIO(nt), format="ntriples")
    if data:
        world.get_ontology(DATA_IRI).load(fileobj=io.BytesIO(data.encode("utf-8")), format="ntriples")
    return world


def _die_with_parent() -> None:
    """Run in HermiT's Java process between fork and exec: the kernel kills it when the Python
    process that started it dies (Linux ``prctl(PR_SET_PDEATHSIG, SIGKILL)``), so a build that
    is killed leaves no Java process behind. The call was resolved in the parent."""
    if _PRCTL is not None:
        _PRCTL[0](1, 9)  # PR_SET_PDEATHSIG = 1, SIGKILL = 9
        if os.getppid() != _PRCTL[1]:  # the parent died before the call: nobody will signal us
            os._exit(1)


_PRCTL: tuple[Any, int] | None = None


def _java_dies_with_us() -> None:
    """Make owlready2 start Java with :func:`_die_with_parent` (it runs ``subprocess`` with the
    keyword arguments of ``owlready2.reasoning._subprocess_kargs``)."""
    global _PRCTL
    kwargs = getattr(getattr(owl, "reasoning", None), "_subprocess_kargs", None)
    if not sys.platform.startswith("linux") or not isinstance(kwargs, dict):
        return
    try:
        _PRCTL = (ctypes.CDLL(None, use_errno=True).prctl, os.getpid())
    except (OSError, AttributeError):
        return
    kwargs["preexec_fn"] = _die_with_parent


def _run_hermit(world: owl.World) -> bool:
    """Run HermiT on everything in ``world``; False when it finds the whole inconsistent."""
    _java_dies_with_us()
    try:
        owl.sync_reasoner_hermit(world, debug=0)
    except owl.OwlReadyInconsistentOntologyError:
        return False
    except (owl.OwlReadyJavaError, OSError, subprocess.SubprocessError) as e:
        raise ReasoningError(f"HermiT could not run: {e}",
                             hint="HermiT needs Java (java -version); set JAVA_HOME or install a JRE") from e
    return True


# -- the TBox ---------------------------------------------------------------------------------

def classify(path: Path | None = None, graph: rdflib.Graph | None = None) -> TBox:
    """Run HermiT on the ontology and return what it entails; raise if it is inconsistent."""
    graph = graph if graph is not None else load_graph(path)
    started = time.perf_counter()
    try:
        world = _world(graph)
    except (OSError, ValueError, TypeError) as e:
        raise ReasoningError(f"owlready2 cannot load the ontology: {e}",
                             hint="the ontology must be valid OWL 2 in Turtle") from e
    if not _run_hermit(world):
        raise ReasoningError("the ontology is inconsistent: HermiT finds no model of its axioms",
                             hint="undo the last change to ontology/drugkg.ttl and add axioms one by one")
    tbox = TBox()
    tbox.unsatisfiable = sorted(c.iri for c in world.inconsistent_classes())
    _collect_properties(world, graph, tbox)
    _collect_classes(world, graph, tbox)
    tbox.labels = {str(s): str(o) for s, o in graph.subject_objects(rdflib.RDFS.label)}
    tbox.unmaterialised = frozenset(str(c) for c, v in graph.subject_objects(rdflib.URIRef(f"{DKG}materialised"))
                                    if isinstance(v, rdflib.Literal) and v.value is False)
    tbox.seconds = time.perf_counter() - started
    return tbox


def _is_builtin(iri: str) -> bool:
    return iri.startswith((OWL, "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
                           "http://www.w3.org/2000/01/rdf-schema#"))


def _props(world: owl.World) -> list[Any]:
    return [p for p in world.properties() if isinstance(p, owl.ObjectPropertyClass | owl.DataPropertyClass)]


def _inverses(p: Any) -> list[Any]:
    found = [p.inverse_property] if p.inverse_property is not None else []
    return found + [q.inverse_property for q in p.equivalent_to
                    if hasattr(q, "inverse_property") and q.inverse_property is not None]


def _property_closure(p: Any) -> set[tuple[str, bool]]:
    """Every (property, inverted) that ``p`` entails, following super-properties and inverses."""
    seen: set[tuple[str, bool]] = set()
    todo: list[tuple[Any, bool]] = [(p, False)]
    while todo:
        q, inverted = todo.pop()
        for sup in q.ancestors():
            if _is_builtin(sup.iri) or (sup.iri, inverted) in seen:
                continue
            seen.add((sup.iri, inverted))
            todo.extend((inv, not inverted) for inv in _inverses(sup))
    seen.discard((p.iri, False))
    return seen


def _collect_properties(world: owl.World, graph: rdflib.Graph, tbox: TBox) -> None:
    for p in _props(world):
        if _is_builtin(p.iri):
            continue
        for iri, inverted in sorted(_property_closure(p)):
            tbox.properties.append(PropertyEntailment(p.iri, iri, inverted,
                                                      _asserted_property(graph, p.iri, iri, inverted)))
        if owl.FunctionalProperty in p.is_a:
            tbox.functional.append(p.iri)
        tbox.domains[p.iri] = [c.iri for c in p.domain if hasattr(c, "iri")]
        tbox.ranges[p.iri] = [_range_iri(r) for r in p.range if _range_iri(r)]
        one_of = [r for r in p.range if isinstance(r, owl.OneOf)]
        if one_of:
            tbox.value_sets[p.iri] = tuple(str(v) for v in one_of[0].instances)


def _range_iri(r: Any) -> str:
    if isinstance(r, type) and r in _PY_DATATYPES:
        return _PY_DATATYPES[r]
    return str(getattr(r, "iri", ""))


def _asserted_property(graph: rdflib.Graph, p: str, q: str, inverted: bool) -> bool:
    a, b = rdflib.URIRef(p), rdflib.URIRef(q)
    if inverted:
        return (a, rdflib.OWL.inverseOf, b) in graph or (b, rdflib.OWL.inverseOf, a) in graph
    return ((a, rdflib.RDFS.subPropertyOf, b) in graph or (a, rdflib.OWL.equivalentProperty, b) in graph
            or (b, rdflib.OWL.equivalentProperty, a) in graph)


def _collect_classes(world: owl.World, graph: rdflib.Graph, tbox: TBox) -> None:
    for c in world.classes():
        if _is_builtin(c.iri):
            continue
        tbox.descendants[c.iri] = {d.iri for d in c.descendants() if not _is_builtin(d.iri)}
        for sup in sorted(c.ancestors(), key=lambda x: x.iri):
            if sup is c or _is_builtin(sup.iri):
                continue
            asserted = (rdflib.URIRef(c.iri), rdflib.RDFS.subClassOf, rdflib.URIRef(sup.iri)) in graph
            tbox.classes.append(ClassEntailment(c.iri, sup.iri, asserted))
        for eq in c.equivalent_to:
            if isinstance(eq, owl.ClassConstruct):
                expr = _expr(eq)
                tbox.definitions.append(Definition(c.iri, expr, frozenset(_named(expr)) - {c.iri}))
    for group in world.disjoint_classes():
        tbox.disjoint.append(tuple(e.iri for e in group.entities if hasattr(e, "iri")))


def _expr(x: Any) -> Expr:
    """An owlready2 class expression as an :class:`Expr`; unsupported constructs raise."""
    if isinstance(x, owl.ThingClass):
        return Expr("class", iri=x.iri)
    if isinstance(x, owl.And):
        return Expr("and", parts=tuple(_expr(c) for c in x.Classes))
    if isinstance(x, owl.Or):
        return Expr("or", parts=tuple(_expr(c) for c in x.Classes))
    if isinstance(x, owl.Restriction):
        prop, inverse = x.property, False
        if isinstance(prop, owl.Inverse):
            prop, inverse = prop.property, True
        if x.type == owl.SOME:
            return Expr("some", iri=prop.iri, parts=(_expr(x.value),), inverse=inverse)
        if x.type == owl.VALUE:
            return Expr("value", iri=prop.iri, value=_term(x.value), inverse=inverse)
    raise ReasoningError(f"the defined class condition {x} uses a construct kg reason cannot apply",
                         hint="use only intersection, union, someValuesFrom and hasValue in "
                              "owl:equivalentClass, or add the construct to kg.ontology._expr")


def _term(value: Any) -> str:
    """A Python value of owlready2 as an N-Triples term."""
    if hasattr(value, "iri"):
        return f"<{value.iri}>"
    if isinstance(value, bool):
        return f'"{"true" if value else "false"}"^^<{XSD}boolean>'
    if isinstance(value, int):
        return f'"{value}"^^<{XSD}integer>'
    escaped = str(value).replace("\\", "\\\\").replace('"', '\\"')
    return f'"{escaped}"'


def _named(e: Expr) -> Iterable[str]:
    if e.kind == "class":
        yield e.iri
    for part in e.parts:
        yield from _named(part)


# -- a sample of the ABox ---------------------------------------------------------------------

def check_abox(ntriples: str, path: Path | None = None, graph: rdflib.Graph | None = None) -> AboxResult:
    """HermiT on the ontology plus ``ntriples`` (e.g. one monograph's graph).

    Returns whether the two together are consistent and, if so, every named class HermiT
    places each individual of the sample in (its realisation)."""
    graph = graph if graph is not None else load_graph(path)
    started = time.perf_counter()
    try:
        world = _world(graph, ntriples)
    except (OSError, ValueError, TypeError) as e:
        raise ReasoningError(f"owlready2 cannot load the sample data: {e}",
                             hint="the sample must be N-Triples") from e
    consistent = _run_hermit(world)
    result = AboxResult(consistent=consistent)
    if consistent:
        for iri in _typed_subjects(ntriples):
            ind = world[iri]
            if ind is None or not hasattr(ind, "is_a"):
                continue
            result.memberships[iri] = {c.iri for t in ind.is_a if isinstance(t, owl.ThingClass)
                                       for c in t.ancestors() if not _is_builtin(c.iri)}
    result.seconds = time.perf_counter() - started
    return result


def _typed_subjects(ntriples: str) -> list[str]:
    marker = " <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> "
    return sorted({line.split(" ", 1)[0][1:-1] for line in ntriples.splitlines()
                   if marker in line and line.startswith("<")})


def curie(iri: str) -> str:
    """A short name for messages: ``dkg:treats``, ``biolink:treats``, or the IRI itself."""
    for prefix, ns in (*PREFIXES.items(), ("wd", "http://www.wikidata.org/entity/")):
        if iri.startswith(ns) and len(iri) > len(ns):
            return f"{prefix}:{iri[len(ns):]}"
    return iri


__all__ = ["AboxResult", "ClassEntailment", "Definition", "Expr", "PropertyEntailment", "TBox",
           "check_abox", "classify", "curie", "load_graph", "ontology_path"]
