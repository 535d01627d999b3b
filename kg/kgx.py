"""KGX export: the graph as Biolink Model nodes and edges (JSON Lines), the exchange format of
KG-Hub, Monarch and the Translator programme.

What maps to what is read, not written down here: the Biolink category of a node and the Biolink
predicate of an edge come from the alignment axioms of our ontology as the store holds it
(``dkg:Condition rdfs:subClassOf biolink:DiseaseOrPhenotypicFeature``, ``dkg:treats
skos:exactMatch biolink:treats``); mixins, the preferred identifier prefixes of each class, the
Biolink CURIE prefixes and the enumerations come from the Biolink Model itself (the
``biolink-model`` package: its schema YAML and prefix map).

A node's ``id`` is an external identifier it has by a direct ``skos:exactMatch`` (never a chained
``closeMatch``/``relatedMatch``), the one whose prefix Biolink prefers for its class; our own CURIE
is then an ``xref``. A node with none keeps our CURIE as its ``id``. Our nodes that share an exact
identifier become one KGX node, and :class:`Report` says which. Edges come from the qualified
statements of the monograph graphs, read and written a row at a time.
"""
from __future__ import annotations

import importlib.util
import json
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, TextIO

import yaml

from kg.errors import KgError
from kg.link import OWN_PREFIX
from kg.linking.tables import read_prefixes
from kg.namespaces import BIOLINK, OBOINOWL, PROV, RDF, RDFS, SKOS, VOCAB, nodes_graph, ontology_graph
from kg.store import GraphStore

#: our source, as the Information Resource Registry names sources (not registered there yet)
INFORES = "infores:drugkg"
KNOWLEDGE_LEVEL = "knowledge_assertion"  # the page asserts it; we read it
AGENT_TYPE = "text_mining_agent"  # ... by text mining, no curator in between
NODES_FILE, EDGES_FILE, PREFIXES_FILE = "nodes.jsonl", "edges.jsonl", "prefixes.json"
NAMED_THING = "biolink:NamedThing"
#: the Biolink slots we write: each is checked to exist in the model we load
NODE_SLOTS = ("id", "category", "name", "synonym", "xref", "provided by")
EDGE_SLOTS = ("id", "subject", "predicate", "object", "primary knowledge source", "knowledge level",
              "agent type", "supporting text", "publications", "original predicate", "original subject",
              "original object")


class KgxError(KgError):
    """The KGX export cannot run: no Biolink Model, an unwritable directory, a model we do not know."""


# -- the Biolink Model, from the biolink-model package ---------------------------------------------


@dataclass(frozen=True)
class Biolink:
    """What the export needs of the Biolink Model: classes by CamelCase name, CURIE prefixes."""

    version: str
    classes: dict[str, dict[str, Any]]  # CamelCase name -> the class's YAML
    names: dict[str, str]  # YAML name ("phenotypic feature") -> CamelCase name
    prefixes: dict[str, str]  # Biolink CURIE prefix -> IRI prefix
    slots: frozenset[str]
    enums: dict[str, frozenset[str]]

    def ancestors(self, name: str) -> set[str]:
        """Every class or mixin above ``name`` (by ``is_a`` and ``mixins``), itself excluded."""
        seen: set[str] = set()
        todo = [name]
        while todo:
            cls = self.classes.get(todo.pop(), {})
            for parent in [cls.get("is_a"), *(cls.get("mixins") or [])]:
                camel = self.names.get(parent or "")
                if camel and camel not in seen:
                    seen.add(camel)
                    todo.append(camel)
        return seen

    def is_mixin(self, name: str) -> bool:
        return bool(self.classes.get(name, {}).get("mixin"))

    def id_prefixes(self, name: str) -> list[str]:
        """The identifier prefixes Biolink prefers for ``name``, then those of its descendants."""
        order = list(self.classes.get(name, {}).get("id_prefixes") or [])
        for camel in self.classes:
            if name in self.ancestors(camel):
                order += self.classes[camel].get("id_prefixes") or []
        return list(dict.fromkeys(order))

    def concrete(self, mixin: str, prefix: str | None) -> str | None:
        """The one non-mixin class under ``mixin`` that ranks ``prefix`` highest among its id
        prefixes (NCBIGene -> Gene, UniProtKB -> Protein), or None when none or several do."""
        ranked: dict[int, list[str]] = defaultdict(list)
        for camel, cls in self.classes.items():
            listed = cls.get("id_prefixes") or []
            if prefix in listed and not cls.get("mixin") and mixin in self.ancestors(camel):
                ranked[listed.index(prefix)].append(camel)
        best = ranked[min(ranked)] if ranked else []
        return best[0] if len(best) == 1 else None


def biolink_folder() -> Path:
    """Where the ``biolink-model`` package keeps its schema and prefix map."""
    spec = importlib.util.find_spec("biolink_model")
    if spec is None or not spec.submodule_search_locations:
        raise KgxError("the KGX export needs the Biolink Model, which is not installed",
                       hint="pip install 'kg[kgx]' (the biolink-model package)")
    return Path(next(iter(spec.submodule_search_locations)))


def load_biolink(folder: Path | None = None) -> Biolink:
    folder = folder or biolink_folder()
    try:
        schema = yaml.safe_load((folder / "schema" / "biolink_model.yaml").read_text(encoding="utf-8"))
        prefixes = json.loads((folder / "prefixmaps" / "biolink_model_prefix_map.json").read_text(encoding="utf-8"))
    except (OSError, ValueError, yaml.YAMLError) as e:
        raise KgxError(f"cannot read the Biolink Model in {folder}: {e}",
                       hint="reinstall it: pip install --force-reinstall biolink-model") from e
    names = {key: "".join(w[:1].upper() + w[1:] for w in key.split()) for key in schema["classes"]}
    model = Biolink(
        version=str(schema.get("version", "?")),
        classes={names[k]: v or {} for k, v in schema["classes"].items()},
        names=names, prefixes=dict(prefixes), slots=frozenset(schema["slots"]),
        enums={k: frozenset((v or {}).get("permissible_values") or {}) for k, v in schema["enums"].items()})
    _check_model(model)
    return model


def _check_model(model: Biolink) -> None:
    """The slots and values we write exist in this model, or the export refuses to run."""
    missing = [s for s in (*NODE_SLOTS, *EDGE_SLOTS) if s not in model.slots]
    if KNOWLEDGE_LEVEL not in model.enums.get("KnowledgeLevelEnum", ()):
        missing.append(f"KnowledgeLevelEnum.{KNOWLEDGE_LEVEL}")
    if AGENT_TYPE not in model.enums.get("AgentTypeEnum", ()):
        missing.append(f"AgentTypeEnum.{AGENT_TYPE}")
    if missing:
        raise KgxError(f"Biolink Model {model.version} lacks {', '.join(missing)}",
                       hint="install a 4.x release: pip install 'biolink-model>=4.4,<5'")


# -- identifiers ------------------------------------------------------------------------------------


class Curies:
    """Our IRIs and our vocabularies' IRIs as the CURIEs Biolink uses (``MESH:D003218``)."""

    def __init__(self, vocab_prefixes: dict[str, tuple[str, str, str]], model: Biolink, base: str) -> None:
        self.base = base
        by_iri = {iri: p for p, iri in model.prefixes.items()}
        by_name = {p.casefold(): p for p in model.prefixes}
        self._expansions: list[tuple[str, str]] = []  # (IRI prefix, CURIE prefix), longest first
        for prefix, (curie_prefix, _pattern, uri_format) in vocab_prefixes.items():
            if not uri_format.endswith("$1"):
                continue
            stem = uri_format[:-2]
            known = by_iri.get(stem) or by_name.get(curie_prefix.casefold()) or by_name.get(prefix.casefold())
            self._expansions.append((stem, known or curie_prefix))
        self._expansions.sort(key=lambda e: -len(e[0]))
        self.biolink = frozenset(model.prefixes)
        self.own: dict[str, str] = {}  # our CURIE prefixes -> IRI prefix, as used

    def external(self, iri: str) -> str | None:
        for stem, prefix in self._expansions:
            if iri.startswith(stem) and len(iri) > len(stem):
                return f"{prefix}:{iri[len(stem):]}"
        return None

    def ours(self, iri: str) -> str | None:
        """``drugkg.condition:genital-warts`` for ``<base>condition/genital-warts``: one prefix per
        kind, so the local part has no slash (KGX's CURIE test refuses one)."""
        if not iri.startswith(self.base):
            return None
        kind, _, local = iri[len(self.base):].partition("/")
        if not kind or not local or not re.fullmatch(r"[^/:\s]+", local):
            return None
        prefix = f"{OWN_PREFIX}.{kind}"
        self.own[prefix] = f"{self.base}{kind}/"
        return f"{prefix}:{local}"


def prefix_of(curie: str) -> str:
    return curie.partition(":")[0]


# -- reading the store ------------------------------------------------------------------------------


def _strings(result: Any) -> Iterator[list[str | None]]:
    for row in result.rows():
        yield [None if t is None else t.value for t in row]


def _literal(row_term: Any) -> Any:
    """A literal as JSON: integers and booleans typed, the rest text."""
    if row_term is None:
        return None
    if row_term.datatype == "http://www.w3.org/2001/XMLSchema#integer":
        return int(row_term.value)
    if row_term.datatype == "http://www.w3.org/2001/XMLSchema#boolean":
        return row_term.value in ("true", "1")
    return row_term.value


def class_alignments(db: GraphStore, base: str) -> dict[str, set[str]]:
    """Our class -> the Biolink classes the ontology puts it under (``rdfs:subClassOf``)."""
    found: dict[str, set[str]] = defaultdict(set)
    q = (f"SELECT ?c ?b WHERE {{ GRAPH <{ontology_graph(base)}> {{ ?c <{RDFS}subClassOf> ?b "
         f"FILTER(STRSTARTS(STR(?b), \"{BIOLINK}\")) }} }}")
    for cls, bl in _strings(db.query(q)):
        found[cls or ""].add(f"biolink:{(bl or '')[len(BIOLINK):]}")
    return found


def predicate_alignments(db: GraphStore, base: str) -> tuple[dict[str, str], list[str]]:
    """Our predicate -> its Biolink predicate: the ``skos:exactMatch`` one, else the
    ``rdfs:subPropertyOf`` one; and a note for each predicate that has several of the kind chosen."""
    q = (f"SELECT ?p ?how ?b WHERE {{ GRAPH <{ontology_graph(base)}> {{ "
         f"{{ ?p <{SKOS}exactMatch> ?b BIND(0 AS ?how) }} UNION {{ ?p <{RDFS}subPropertyOf> ?b BIND(1 AS ?how) }} "
         f"FILTER(STRSTARTS(STR(?b), \"{BIOLINK}\") && STRSTARTS(STR(?p), \"{VOCAB}\")) }} }} ORDER BY ?p ?how ?b")
    candidates: dict[str, dict[int, list[str]]] = defaultdict(lambda: defaultdict(list))
    for p, how, bl in _strings(db.query(q)):
        candidates[p or ""][int(how or 0)].append(f"biolink:{(bl or '')[len(BIOLINK):]}")
    chosen, notes = {}, []
    for p, by_how in sorted(candidates.items()):
        best = by_how[min(by_how)]
        chosen[p] = best[0]
        if len(best) > 1:
            notes.append(f"{p} has {len(best)} Biolink predicates ({', '.join(best)}): {best[0]} is used")
    return chosen, notes


@dataclass
class OurNode:
    iri: str
    types: set[str] = field(default_factory=set)
    labels: list[str] = field(default_factory=list)
    synonyms: list[str] = field(default_factory=list)
    exact: list[str] = field(default_factory=list)
    xrefs: list[str] = field(default_factory=list)


_NODE_PROPERTIES = {f"{RDF}type": "types", f"{RDFS}label": "labels", f"{SKOS}altLabel": "synonyms",
                    f"{VOCAB}abbreviation": "synonyms", f"{VOCAB}symbol": "synonyms",
                    f"{SKOS}exactMatch": "exact", f"{OBOINOWL}hasDbXref": "xrefs"}


def read_nodes(db: GraphStore, base: str) -> dict[str, OurNode]:
    values = " ".join(f"<{p}>" for p in _NODE_PROPERTIES)
    q = (f"SELECT ?n ?p ?v WHERE {{ GRAPH <{nodes_graph(base)}> {{ ?n ?p ?v VALUES ?p {{ {values} }} }} }} "
         f"ORDER BY ?n ?p ?v")
    nodes: dict[str, OurNode] = {}
    for n, p, v in _strings(db.query(q)):
        node = nodes.setdefault(n or "", OurNode(n or ""))
        bucket = getattr(node, _NODE_PROPERTIES[p or ""])
        if isinstance(bucket, set):
            bucket.add(v)
        elif v not in bucket:
            bucket.append(v)
    return nodes


# -- from our nodes to KGX nodes ---------------------------------------------------------------------


@dataclass
class KgxNode:
    id: str
    category: list[str]
    members: list[OurNode]
    ours: list[str]  # our CURIEs, in the order of members
    exact: list[str]


@dataclass
class Report:
    """What the export wrote, gathered and left out: printed by the CLI, checked by the tests."""

    biolink_version: str = ""
    nodes: int = 0
    edges: int = 0
    by_predicate: Counter[str] = field(default_factory=Counter)
    merged: list[tuple[str, list[str]]] = field(default_factory=list)  # KGX id, our CURIEs
    nodes_without_category: Counter[str] = field(default_factory=Counter)  # our class -> count
    nodes_without_edge: Counter[str] = field(default_factory=Counter)
    statements_without_predicate: Counter[str] = field(default_factory=Counter)  # our predicate -> count
    composed: int = 0  # edges to the things a listing lists or a graded node grades
    own_ids: int = 0
    named_thing: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)  # "file:line: why", one per edge or node left out
    notes: list[str] = field(default_factory=list)

    def lines(self) -> list[str]:
        out = [f"KGX (Biolink Model {self.biolink_version}): {self.nodes} nodes, {self.edges} edges "
               f"({', '.join(f'{p} {n}' for p, n in sorted(self.by_predicate.items()))}); "
               f"{self.own_ids} nodes have no exact external identifier and keep ours as id"]
        if self.composed:
            out.append(f"{self.composed} of the edges are to what a listing lists or a graded node grades "
                       "(dkg:lists, dkg:gradeOf), beside the edge to the node the page named, which each "
                       "keeps as original_object")
        out += [f"one KGX node {i} for {len(ours)} of ours: {', '.join(ours)}" for i, ours in self.merged]
        out += [f"left out: {n} nodes of {c} (no Biolink class in the ontology)"
                for c, n in sorted(self.nodes_without_category.items())]
        out += [f"left out: {n} nodes of {c} with no edge in KGX (their relations have no Biolink predicate)"
                for c, n in sorted(self.nodes_without_edge.items())]
        out += [f"left out: {n} statements of {p} (no Biolink predicate in the ontology)"
                for p, n in sorted(self.statements_without_predicate.items())]
        if self.named_thing:
            out.append(f"{len(self.named_thing)} nodes are biolink:NamedThing (their Biolink class is a mixin and "
                       f"no identifier says which class under it): {', '.join(self.named_thing)}")
        return out + self.notes + self.skipped


class _Groups:
    """Union-find over our nodes: two that share an exact identifier are one thing."""

    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, x: str) -> str:
        self.parent.setdefault(x, x)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def _most_specific(categories: Iterable[str], model: Biolink) -> list[str]:
    names = {c.partition(":")[2] for c in categories}
    above = set().union(*(model.ancestors(n) for n in names)) if names else set()
    return sorted(f"biolink:{n}" for n in names - above)


def _choose_id(exact: list[str], categories: list[str], model: Biolink, held: Counter[str]) -> str | None:
    """Of the group's exact identifiers, the one whose prefix Biolink ranks first for its
    categories; among those of that prefix, the one most of our nodes hold, then the smallest."""
    order: list[str] = []
    for c in categories:
        order += model.id_prefixes(c.partition(":")[2])
    usable = [e for e in exact if prefix_of(e) in order]
    if not usable:
        return None
    return min(usable, key=lambda e: (order.index(prefix_of(e)), -held[e], e))


def _category(categories: list[str], chosen: str | None, model: Biolink) -> tuple[list[str], bool]:
    """Mixins cannot be categories: each becomes the class under it the identifier names, else
    biolink:NamedThing. Returns the categories and whether NamedThing had to stand in."""
    out, fallback = [], False
    for c in categories:
        name = c.partition(":")[2]
        if not model.is_mixin(name):
            out.append(c)
            continue
        concrete = model.concrete(name, prefix_of(chosen) if chosen else None)
        out.append(f"biolink:{concrete}" if concrete else NAMED_THING)
        fallback = fallback or concrete is None
    return sorted(set(out)), fallback


def kgx_nodes(nodes: dict[str, OurNode], classes: dict[str, set[str]], model: Biolink, curies: Curies,
              report: Report) -> dict[str, KgxNode]:
    """Our IRI -> its KGX node (shared by the IRIs gathered into it)."""
    groups, exact_of, categorised = _Groups(), {}, {}
    for iri, node in sorted(nodes.items()):
        cats = set().union(*(classes.get(t, set()) for t in node.types)) if node.types else set()
        if not cats:
            for t in sorted(node.types) or ["(no type)"]:
                report.nodes_without_category[t] += 1
            continue
        if curies.ours(iri) is None:
            report.skipped.append(f"{iri}: left out, not an IRI under the base {curies.base} we can write as a CURIE")
            continue
        categorised[iri] = cats
        exact_of[iri] = sorted({c for c in map(curies.external, node.exact) if c})
        for curie in exact_of[iri]:
            groups.union(iri, "id:" + curie)
    members: dict[str, list[str]] = defaultdict(list)
    for iri in categorised:
        members[groups.find(iri)].append(iri)
    out: dict[str, KgxNode] = {}
    for group in members.values():
        out.update(dict.fromkeys(group, _gather(sorted(group), nodes, categorised, exact_of, model, curies, report)))
    return out


def _gather(group: list[str], nodes: dict[str, OurNode], categorised: dict[str, set[str]],
            exact_of: dict[str, list[str]], model: Biolink, curies: Curies, report: Report) -> KgxNode:
    held = Counter(e for iri in group for e in exact_of[iri])
    exact = sorted(held)
    categories = _most_specific(set().union(*(categorised[i] for i in group)), model)
    chosen = _choose_id(exact, categories, model, held)
    categories, fallback = _category(categories, chosen, model)
    ours = [curies.ours(i) or i for i in group]
    node = KgxNode(chosen or ours[0], categories, [nodes[i] for i in group], ours, exact)
    if fallback:
        report.named_thing.append(node.id)
    if len(group) > 1:
        report.merged.append((node.id, ours))
    if chosen is None and exact:
        report.notes.append(f"{ours[0]}: its exact identifiers ({', '.join(exact)}) have no prefix Biolink "
                            f"lists for {', '.join(categories)}; ours is the id, they are xrefs")
    return node


def node_record(node: KgxNode, curies: Curies) -> dict[str, Any]:
    names = [label for m in node.members for label in m.labels]
    synonyms = [s for m in node.members for s in m.synonyms] + names[1:]
    xrefs = [*node.ours, *node.exact]
    for m in node.members:
        xrefs += [e for e in m.exact if curies.external(e) is None] + m.xrefs
    record: dict[str, Any] = {"id": node.id, "category": node.category}
    if names:
        record["name"] = names[0]
    if synonyms := _unique(synonyms, drop=names[:1]):
        record["synonym"] = synonyms
    if xrefs := _unique(xrefs, drop=[node.id]):
        record["xref"] = xrefs
    record["provided_by"] = [INFORES]
    return record


def _unique(values: Iterable[str | None], drop: Iterable[str] = ()) -> list[str]:
    dropped = {d.casefold() for d in drop}
    seen: dict[str, str] = {}
    for v in values:
        if v and v.casefold() not in dropped:
            seen.setdefault(v.casefold(), v)
    return list(seen.values())


# -- edges, streamed --------------------------------------------------------------------------------

_EDGE_QUERY = """
SELECT ?st ?s ?p ?o ?evidence ?quote ?section ?start ?end ?qualifier ?certainty ?serious ?category ?mono ?file
WHERE {{
  GRAPH ?g {{
    ?st <{v}subject> ?s ; <{v}predicate> ?p ; <{v}object> ?o .
    OPTIONAL {{ ?st <{prov}wasDerivedFrom> ?mono . OPTIONAL {{ ?mono <{v}fileName> ?file }} }}
    OPTIONAL {{ ?st <{v}evidence> ?evidence }}  OPTIONAL {{ ?st <{v}quote> ?quote }}
    OPTIONAL {{ ?st <{v}section> ?section }}  OPTIONAL {{ ?st <{v}startLine> ?start }}
    OPTIONAL {{ ?st <{v}endLine> ?end }}  OPTIONAL {{ ?st <{v}qualifier> ?qualifier }}
    OPTIONAL {{ ?st <{v}certainty> ?certainty }}  OPTIONAL {{ ?st <{v}serious> ?serious }}
  }}
  OPTIONAL {{ GRAPH ?g {{ ?st <{v}category> ?cat }} GRAPH <{nodes}> {{ ?cat <{rdfs}label> ?category }} }}
  FILTER(STRSTARTS(STR(?g), "{graphs}"))
  VALUES ?p {{ {predicates} }}
}} ORDER BY ?st
"""
#: statement values that are ours, not Biolink's: written under our own names
_OWN_EDGE_FIELDS = (("quote", "drugkg_quote"), ("section", "drugkg_section"), ("start", "drugkg_start_line"),
                    ("end", "drugkg_end_line"), ("qualifier", "drugkg_qualifier"),
                    ("certainty", "drugkg_certainty"), ("serious", "drugkg_serious"),
                    ("category", "drugkg_effect_category"), ("file", "drugkg_file"))


def edge_rows(db: GraphStore, base: str, predicates: Iterable[str]) -> Iterator[dict[str, Any]]:
    """One dict per qualified statement of a monograph graph whose predicate is in ``predicates``."""
    wanted = " ".join(f"<{p}>" for p in sorted(predicates))
    if not wanted:
        return
    result = db.query(_EDGE_QUERY.format(v=VOCAB, prov=PROV, rdfs=RDFS, nodes=nodes_graph(base),
                                         graphs=f"{base}graph/monograph/", predicates=wanted))
    names = result.variables
    for row in result.rows():
        yield {name: _literal(term) if term is not None and term.kind == "literal" else (term and term.value)
               for name, term in zip(names, row)}


@dataclass(frozen=True)
class Component:
    """A thing one of our nodes is composed of (:meth:`kg.mapping._Writer.composed`)."""

    iri: str
    relation: str  # "lists" or "gradeOf"
    grade: str = ""
    modifiers: tuple[str, ...] = ()  # IRIs of HPO clinical modifiers


def read_compositions(db: GraphStore, base: str) -> dict[str, list[Component]]:
    """Our node -> what it lists or grades, with the grade's words and modifiers."""
    q = f"""SELECT ?n ?rel ?m ?grade (GROUP_CONCAT(DISTINCT STR(?mod); separator=" ") AS ?mods) WHERE {{
  GRAPH <{nodes_graph(base)}> {{
    ?n ?rel ?m VALUES ?rel {{ <{VOCAB}lists> <{VOCAB}gradeOf> }}
    OPTIONAL {{ ?n <{VOCAB}grade> ?grade }} OPTIONAL {{ ?n <{VOCAB}modifier> ?mod }} }}
}} GROUP BY ?n ?rel ?m ?grade ORDER BY ?n ?m"""
    out: dict[str, list[Component]] = defaultdict(list)
    for n, rel, m, grade, mods in _strings(db.query(q)):
        relation = (rel or "").rpartition("/")[2]
        if relation == "gradeOf":
            out[n or ""].append(Component(m or "", relation, grade or "", tuple((mods or "").split())))
        else:  # a listing lists its parts ungraded
            out[n or ""].append(Component(m or "", relation))
    return {n: _spread_grades(parts, out) for n, parts in out.items()}


def _spread_grades(components: list[Component], compositions: dict[str, list[Component]]) -> list[Component]:
    """A graded listing ("Severe allergic or skin reactions" grades "Allergic or skin reactions") is
    composed of each thing the listing lists, with the grade: the edges go to the things, as a
    listing's do, and say the grade, as a graded node's do. A listing of a grade ("Severe
    constipation or bowel blockage" lists "Severe constipation") is composed of the thing graded,
    with its grade."""
    out: list[Component] = []
    for c in components:
        under = [x for x in compositions.get(c.iri, []) if x.relation != c.relation]
        if c.relation == "gradeOf" and under:
            out.extend(replace(x, grade=c.grade, modifiers=c.modifiers) for x in under)
        elif c.relation == "lists" and under:
            out.extend(replace(x, relation="lists") for x in under)
        else:
            out.append(c)
    return out


def composed_record(record: dict[str, Any], component: Component, obj: KgxNode, curies: Curies) -> dict[str, Any]:
    """The edge ``record`` (to a listing or graded node) made an edge to one thing it is composed
    of: the same claim, read the way a composite mention is normalised; ``original_object`` still
    names the page's node."""
    local = (curies.ours(component.iri) or component.iri).rpartition(":")[2]
    out = {**record, "id": f"{record['id']}#{component.relation}-{local}", "object": obj.id,
           "drugkg_composition": component.relation}
    if component.grade:
        out["drugkg_grade"] = component.grade
    if component.modifiers:
        out["drugkg_modifier"] = [curies.external(m) or m for m in component.modifiers]
    return out


def unaligned_statements(db: GraphStore, base: str, predicates: Iterable[str]) -> Counter[str]:
    """How many statements of the monograph graphs have each predicate that is not in ``predicates``."""
    q = (f"SELECT ?p (COUNT(?st) AS ?n) WHERE {{ GRAPH ?g {{ ?st <{VOCAB}predicate> ?p }} "
         f"FILTER(STRSTARTS(STR(?g), \"{base}graph/monograph/\")) }} GROUP BY ?p")
    aligned = set(predicates)
    return Counter({p or "": int(n or 0) for p, n in _strings(db.query(q)) if p not in aligned})


def edge_record(row: dict[str, Any], subject: KgxNode, obj: KgxNode, predicate: str,
                curies: Curies) -> dict[str, Any]:
    record: dict[str, Any] = {
        "id": row["st"], "subject": subject.id, "predicate": predicate, "object": obj.id,
        "primary_knowledge_source": INFORES, "knowledge_level": KNOWLEDGE_LEVEL, "agent_type": AGENT_TYPE,
    }
    if row.get("evidence"):
        record["supporting_text"] = [row["evidence"]]
    if row.get("mono"):
        record["publications"] = [row["mono"]]
    record["original_predicate"] = row["p"]
    record["original_subject"] = curies.ours(row["s"]) or row["s"]
    record["original_object"] = curies.ours(row["o"]) or row["o"]
    for key, name in _OWN_EDGE_FIELDS:
        if row.get(key) is not None:
            record[name] = row[key]
    return record


# -- writing ----------------------------------------------------------------------------------------


def _line(fh: TextIO, record: dict[str, Any]) -> None:
    fh.write(json.dumps(record, ensure_ascii=False, separators=(",", ":")) + "\n")


def export_kgx(db: GraphStore, out_dir: str | Path, *, base: str, vocab_dir: Path,
               model: Biolink | None = None) -> Report:
    """Write ``nodes.jsonl``, ``edges.jsonl`` and ``prefixes.json`` (our CURIE prefixes) into
    ``out_dir`` (made if missing); identical input gives identical files."""
    model = model or load_biolink()
    report = Report(biolink_version=model.version)
    curies = Curies(read_prefixes(vocab_dir), model, base)
    predicates, report.notes = predicate_alignments(db, base)
    report.statements_without_predicate = unaligned_statements(db, base, predicates)
    ours = read_nodes(db, base)
    mapped = kgx_nodes(ours, class_alignments(db, base), model, curies, report)
    out = _directory(out_dir)
    used = _write_edges(out, edge_rows(db, base, predicates), mapped, predicates, curies, report,
                        read_compositions(db, base))
    _write_nodes(out, ours, mapped, used, curies, report)
    (out / PREFIXES_FILE).write_text(json.dumps(dict(sorted(curies.own.items())), indent=1) + "\n",
                                     encoding="utf-8")
    return report


def _write_edges(out: Path, rows: Iterable[dict[str, Any]], mapped: dict[str, KgxNode],
                 predicates: dict[str, str], curies: Curies, report: Report,
                 compositions: dict[str, list[Component]] | None = None) -> dict[str, KgxNode]:
    """Write one edge per statement as the rows come, and one more to each thing its object is
    composed of (:func:`read_compositions`); the KGX nodes they use, by id."""
    used: dict[str, KgxNode] = {}
    previous = None
    with open(out / EDGES_FILE, "w", encoding="utf-8", newline="\n") as fh:
        for row in rows:
            where = f"{row.get('file') or row['st']}:{row.get('start') or ''}"
            if row["st"] == previous:  # a one-valued property with two values: still one edge
                report.skipped.append(f"{where}: statement {row['st']} has two values of a one-valued "
                                      "property; the first row is written")
                continue
            previous = row["st"]
            subject, obj = mapped.get(row["s"]), mapped.get(row["o"])
            if subject is None or obj is None:
                missing = row["s"] if subject is None else row["o"]
                report.skipped.append(f"{where}: edge {row['st']} left out: {missing} has no node in KGX")
                continue
            record = edge_record(row, subject, obj, predicates[row["p"]], curies)
            _line(fh, record)
            report.edges += 1
            report.by_predicate[predicates[row["p"]]] += 1
            used[subject.id], used[obj.id] = subject, obj
            for component in (compositions or {}).get(row["o"], []):
                part = mapped.get(component.iri)
                if part is None:
                    report.skipped.append(f"{where}: the edge of {row['st']} to {component.iri}, which "
                                          f"{row['o']} {component.relation}, left out: it has no node in KGX")
                    continue
                _line(fh, composed_record(record, component, part, curies))
                report.edges += 1
                report.composed += 1
                report.by_predicate[predicates[row["p"]]] += 1
                used[part.id] = part
    return used


def _write_nodes(out: Path, ours: dict[str, OurNode], mapped: dict[str, KgxNode], used: dict[str, KgxNode],
                 curies: Curies, report: Report) -> None:
    for iri, node in mapped.items():
        if node.id not in used:
            for t in sorted(ours[iri].types):
                report.nodes_without_edge[t] += 1
    report.named_thing = [i for i in report.named_thing if i in used]
    report.merged = [(i, o) for i, o in report.merged if i in used]
    with open(out / NODES_FILE, "w", encoding="utf-8", newline="\n") as fh:
        for kid in sorted(used):
            _line(fh, node_record(used[kid], curies))
            report.nodes += 1
            report.own_ids += kid in used[kid].ours


def _directory(path: str | Path) -> Path:
    out = Path(path)
    if out.exists() and not out.is_dir():
        raise KgxError(f"{out} is a file; the KGX export writes a directory ({NODES_FILE}, {EDGES_FILE})",
                       hint="name a directory with -o")
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise KgxError(f"cannot make the directory {out}: {e}", hint="name a writable directory with -o") from e
    return out
