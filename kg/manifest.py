"""What each monograph graph was built from (layer 3), kept in the store itself.

Beside each monograph's graph ``…/graph/monograph/KEY`` a small *build graph*
``…/graph/build/KEY`` says, about the monograph graph: the file it was built from (its resolved
path), the SHA-256 of the file's bytes, the :func:`fingerprint` of everything else that shaped
it (the extraction and mapping code, the ontology and shapes, the vocabulary tables and
mappings, the base IRI, whether nodes were linked), and the digest of what it mapped to
(:meth:`kg.mapping.MappedGraph.digest`); a second one, ``…/graph/build/KEY/lines``, holds the
node descriptions it contributed to the shared nodes graph. They are replaced in the same
``replace_graphs`` call as the monograph's graph, so the record is as old as the graph it
describes, and it lives in the store, so a remote store keeps it too. Two builds of the same
files at the same place write the same records: a clean build and an incremental one export
identically.

With it ``kg build`` skips a file whose bytes and fingerprint are those the store already holds,
drops the graphs of files gone from a folder it builds (:func:`gone`), and removes from the
shared nodes graph the descriptions no current monograph gives any more
(:func:`stale_node_lines`), which a changed page's old wording would otherwise leave behind.
When the code changed but a monograph maps to what it did (the digest is the record's), only the
small build graph is written again, not the monograph's graph, node descriptions and inferences
(:func:`same_content`): a new version of kg that changes a few monographs rewrites those.
"""
from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from kg.config import Config
from kg.mapping import lit
from kg.namespaces import is_build_graph, nodes_graph  # noqa: F401 - is_build_graph is part of this module's API
from kg.store import GraphStore

#: the bookkeeping vocabulary: no ontology declares it, so the reasoner's rules never read it
BUILD = "https://w3id.org/drugkg/build/"
SOURCE, SHA256, FINGERPRINT, NODE_LINES, NODE, BUILT, CONTENT = (
    f"<{BUILD}{x}>" for x in ("source", "sha256", "fingerprint", "nodeLines", "node", "built", "content"))

#: modules of kg that do not shape a monograph's graph (the rest, and kg's subpackages other than
#: these, are hashed into the fingerprint: a change to any of them rebuilds every monograph)
_NOT_SHAPING = frozenset({"store.py", "remote.py", "stored_queries.py", "manifest.py", "plancache.py", "diff.py",
                          "__main__.py", "cli", "web"})
_PACKAGE = Path(__file__).resolve().parent
#: the form of the build records, in the fingerprint and before each record's digest: records of
#: another form are rebuilt, node descriptions included (5: one ``build:node`` a node described,
#: not one key a line)
RECORD_FORM = 5


@dataclass(frozen=True)
class Entry:
    """The record of one monograph graph."""

    graph: str
    source: str
    sha256: str
    fingerprint: str
    content: str = ""  # MappedGraph.digest() of what was published ("" in records of no digest)


def build_graph(graph: str) -> str:
    """The build graph of monograph graph ``graph`` (``…/graph/monograph/KEY`` -> ``…/graph/build/KEY``)."""
    head, _, key = graph.rpartition("/graph/monograph/")
    return f"{head}/graph/build/{key}"


def lines_graph(graph: str) -> str:
    """The graph of the node descriptions monograph graph ``graph`` contributed (``…/graph/build/KEY/lines``)."""
    return build_graph(graph) + "/lines"


def owned_graphs(graph: str) -> list[str]:
    """Every graph that belongs to one monograph and goes when its file is gone (its
    inferences too: :func:`kg.inferred.monograph_graphs`)."""
    from kg.inferred import monograph_graphs

    return [graph, build_graph(graph), lines_graph(graph), *monograph_graphs(graph)]


def _files(root: Path) -> Iterable[Path]:
    if root.is_file():
        yield root
    elif root.is_dir():
        yield from (p for p in root.rglob("*") if p.is_file() and "__pycache__" not in p.parts)


def fingerprint(config: Config, *, link: bool) -> str:
    """A digest of everything but the file itself that shapes a monograph's graph."""
    from kg.link import mappings_dir, vocab_dir

    h = hashlib.sha256(f"records={RECORD_FORM}\nbase={config.base}\nlink={link}\n".encode())
    code = sorted(p for p in _PACKAGE.rglob("*.py")
                  if not _NOT_SHAPING & set(p.relative_to(_PACKAGE).parts) and "__pycache__" not in p.parts)
    roots = [("kg", _PACKAGE, code), ("ontology", config.ontology_dir, None)]
    if link:
        roots += [("vocab", vocab_dir(config), None), ("mappings", mappings_dir(config), None)]
    for name, root, files in roots:
        for p in sorted(files if files is not None else _files(root)):
            h.update(f"{name}/{p.relative_to(root).as_posix()}\0".encode())
            h.update(hashlib.sha256(p.read_bytes()).digest())
    return h.hexdigest()


def record(entry: Entry, node_lines: Iterable[str]) -> dict[str, str]:
    """The build graphs of one monograph as N-Triples: where it came from and what it mapped to
    (:func:`build_graph`), and the node descriptions it gave, as text (to know what to look for
    when it changes), with the nodes they describe (:func:`lines_graph`)."""
    lines = sorted(set(node_lines))
    return {build_graph(entry.graph): header(entry), lines_graph(entry.graph): _lines_record(entry.graph, lines)}


def header(entry: Entry) -> str:
    """The build graph proper: source, SHA-256, fingerprint, their ``built`` key and the digest."""
    g = f"<{entry.graph}>"
    return (f"{g} {SOURCE} {lit(entry.source)} .\n{g} {SHA256} {lit(entry.sha256)} .\n"
            f"{g} {FINGERPRINT} {lit(entry.fingerprint)} .\n{g} {BUILT} {lit(built_key(entry))} .\n"
            + (f"{g} {CONTENT} {lit(f'{RECORD_FORM} {entry.content}')} .\n" if entry.content else ""))


def _lines_record(graph: str, lines: Sequence[str]) -> str:
    """The node descriptions as one text, and each node they describe (``build:node``): which
    monographs may still give a line is one index look-up by its node, then a look at their
    text (:func:`stale_node_lines`). One quad a node, not one a line: at 10,000 monographs a key a
    line was 0.9 million quads, 9 % of what the build loads."""
    g = f"<{graph}>"
    nodes = dict.fromkeys(line.split(" ", 1)[0] for line in lines)
    return (f"{g} {NODE_LINES} {_long_literal(''.join(lines))} .\n"
            + "".join(f"{g} {NODE} {_node_term(node)} .\n" for node in nodes))


def _node_term(token: str) -> str:
    """A node as a ``build:node`` value: an IRI as itself, anything else (no node description has
    one) as the text of its token."""
    return token if token.startswith("<") and token.endswith(">") else lit(token)


def same_content(before: Entry | None, now: Entry) -> bool:
    """Whether the store holds, by its record ``before``, what ``now`` maps to: same digest of
    the monograph's graph and node descriptions, so the same inferences under the same rules
    (then only :func:`header` need be written). The build asks it only of monographs whose
    inferences in the store are from the rules in force, and not under ``--force`` or
    ``--no-reason``."""
    return before is not None and bool(now.content) and before.content == now.content


def _long_literal(text: str) -> str:
    """``lit(text)`` for a long text full of quotes (the node descriptions, kilobytes a monograph):
    four ``str.replace`` are 30x faster on it than the per-character ``str.translate`` table, which
    took a quarter of a 10,000-monograph build's publishing time (py-spy)."""
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r") + '"'


def built_key(entry: Entry) -> str:
    """Source, SHA-256 and fingerprint in one string: the record's ``build:built`` value, so that
    whether a file is built as it is now is one look-up of one quad (:func:`up_to_date`)."""
    return f"{entry.source}\n{entry.sha256}\n{entry.fingerprint}"


def count(store: GraphStore) -> int:
    """How many build records the store has (a count the engine makes without reading them)."""
    rows = list(store.query(f"SELECT (COUNT(*) AS ?n) WHERE {{ ?m {SOURCE} ?v }}").rows())
    return int(rows[0][0].value) if rows and rows[0][0] is not None else 0


def up_to_date(store: GraphStore, wanted: Iterable[Entry]) -> set[str]:
    """The graphs of ``wanted`` whose build record is exactly that entry (same file, bytes and
    fingerprint). On the embedded store each is one quad looked up by its index (0.55-0.9 s
    for 10,000 at load 3-5, where reading every record's text took 1.2-2 s); on a server, the records are read
    (:func:`read`) and compared."""
    wanted = list(wanted)
    holds = getattr(store, "holds", None)
    if holds is not None:
        found = holds((e.graph, BUILT[1:-1], built_key(e), build_graph(e.graph)) for e in wanted)
        return {e.graph for e, yes in zip(wanted, found) if yes}
    have = read(store, "", [e.graph for e in wanted])
    return {e.graph for e in wanted if (old := have.get(e.graph)) is not None and built_key(old) == built_key(e)}


def read(store: GraphStore, base: str, graphs: Sequence[str] | None = None, chunk: int = 500) -> dict[str, Entry]:
    """``monograph graph -> Entry`` for every monograph graph the store has a record of, or for
    those of ``graphs`` that have one (``base`` kept for callers: the bookkeeping vocabulary is
    only ever in build graphs)."""
    if graphs is not None:
        out: dict[str, Entry] = {}
        for i in range(0, len(graphs), chunk):
            out.update(_read(store, "VALUES ?m { " + " ".join(f"<{g}>" for g in graphs[i:i + chunk]) + " }"))
        return out
    return _read(store, "")


def _read(store: GraphStore, values: str) -> dict[str, Entry]:
    # one pattern a query, joined here: the engine took 2-3x longer to join the three itself
    columns = []
    for predicate in (SOURCE, SHA256, FINGERPRINT, CONTENT):
        rows = store.query(f"SELECT ?m ?v WHERE {{ {values} ?m {predicate} ?v }}").rows()
        columns.append({m.value: v.value for m, v in rows if m is not None and v is not None})
    sources, shas, fingerprints, contents = columns
    return {m: Entry(m, source, shas[m], fingerprints[m], _content(contents.get(m, "")))
            for m, source in sources.items() if m in shas and m in fingerprints}


def _content(value: str) -> str:
    """The digest of a record of the current form (:data:`RECORD_FORM`), "" for an older one:
    :func:`same_content` then rewrites its graphs and node descriptions, not its header alone."""
    form, _, digest = value.partition(" ")
    return digest if form == str(RECORD_FORM) else ""


def file_sha256(path: Path) -> str | None:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return None


def gone(entries: Mapping[str, Entry], folders: Iterable[Path], present: Iterable[str],
         minted: Iterable[str]) -> list[Entry]:
    """The records of monographs built from a file under one of ``folders`` that is no longer
    there (not among the resolved paths ``present``), whose graph no present file mints
    (``minted``) either."""
    roots = [str(f.resolve()).rstrip(os.sep) + os.sep for f in folders]
    here = set(present)
    keep = set(minted)
    return sorted((e for e in entries.values()
                   if e.graph not in keep and e.source not in here and any(e.source.startswith(r) for r in roots)),
                  key=lambda e: e.source)


def node_lines(store: GraphStore, graphs: Sequence[str], chunk: int = 500) -> dict[str, set[str]]:
    """``monograph graph -> the node descriptions it contributed``, from the build graphs."""
    out: dict[str, set[str]] = {}
    for i in range(0, len(graphs), chunk):
        values = " ".join(f"<{g}>" for g in graphs[i:i + chunk])
        rows = store.query(f"""SELECT ?m ?lines WHERE {{ VALUES ?m {{ {values} }}
  GRAPH ?b {{ ?m {NODE_LINES} ?lines }} }}""").rows()
        for m, text in rows:
            if m is not None and text is not None:
                out[m.value] = {line + "\n" for line in text.value.split("\n") if line}
    return out


def stale_node_lines(store: GraphStore, lines: Iterable[str], chunk: int = 500) -> list[str]:
    """Those of ``lines`` (node descriptions some monograph gave before) that no monograph now in
    the store gives. Nearly every monograph describes a node as the others do (at 10,000
    monographs 351 of 48,928 nodes had two descriptions), so the text of one record describing
    the node (``build:node``, an index look-up) settles most lines; for a line it lacks the
    engine looks through the texts of the node's other records (each line starts a text or
    follows a line break). (A key a line, the earlier form, was one quad a line: 9 % of what a
    10,000-monograph build loaded.)"""
    by_node: dict[str, set[str]] = {}
    for line in set(lines):
        by_node.setdefault(line.split(" ", 1)[0], set()).add(line)
    nodes = sorted(by_node)
    one = _one_record(store, nodes, chunk)
    texts = node_lines(store, sorted(set(one.values())))
    pending = {node: by_node[node] - texts.get(one[node], set()) for node in nodes if node in one}
    stale = [line for node in nodes if node not in one for line in by_node[node]]
    for node in nodes:  # the few lines that record lacks: any record of the node that has it
        stale += [line for line in sorted(pending.get(node, ())) if not store.query(
            f"ASK {{ GRAPH ?b {{ ?g {NODE} {_node_term(node)} ; {NODE_LINES} ?text }} "
            f"FILTER(CONTAINS(CONCAT(\"\\n\", ?text), {lit(chr(10) + line)})) }}").boolean]
    return sorted(stale)


def _one_record(store: GraphStore, nodes: Sequence[str], chunk: int) -> dict[str, str]:
    """``node -> one record describing it``, for the nodes some record describes."""
    out: dict[str, str] = {}
    for i in range(0, len(nodes), chunk):
        values = " ".join(_node_term(node) for node in nodes[i:i + chunk])
        rows = store.query(f"SELECT ?node (SAMPLE(?g) AS ?one) WHERE {{ VALUES ?node {{ {values} }} "
                           f"GRAPH ?b {{ ?g {NODE} ?node }} }} GROUP BY ?node").rows()
        for node, g in rows:
            if node is not None and g is not None:
                out[f"<{node.value}>" if node.kind == "uri" else node.value] = g.value
    return out


def drop_node_lines(store: GraphStore, base: str, lines: Sequence[str], chunk: int = 2000) -> None:
    for i in range(0, len(lines), chunk):
        store.update(f"DELETE DATA {{ GRAPH <{nodes_graph(base)}> {{\n{''.join(lines[i:i + chunk])}}} }}")
