"""``kg query``: SPARQL against the store, or against an RDF file."""
from __future__ import annotations

import sys
from typing import Any

import click
from rich.console import Console
from rich.table import Table

from kg.cli.common import config_from, fail, reports_errors, store_option
from kg.config import DEFAULT_BASE
from kg.errors import KgError
from kg.namespaces import PREFIXES
from kg.store import GraphStore, QueryResult, Term, open_store, parse_rdf_file

FORMATS = ["table", "csv", "tsv", "json", "xml", "turtle", "ntriples"]


def parse_binding(text: str) -> tuple[str, Term]:
    """``name=value``: ``<iri>`` or an ``http(s)://`` value is an IRI, anything else a string."""
    name, sep, value = text.partition("=")
    if not sep or not name.strip():
        raise click.BadParameter(f"{text!r} is not NAME=VALUE", param_hint="--param")
    value = value.strip()
    if value.startswith("<") and value.endswith(">"):
        return name.strip().lstrip("?"), Term("uri", value[1:-1])
    if value.startswith(("http://", "https://")):
        return name.strip().lstrip("?"), Term("uri", value)
    return name.strip().lstrip("?"), Term("literal", value)


@click.command("query")
@click.argument("query", required=False)
@click.option("--file", "-f", "query_file", type=click.File("r", encoding="utf-8"),
              help="Read the query from a .rq file (- for stdin).")
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="table", show_default=True)
@click.option("--data", type=click.Path(exists=True, dir_okay=False),
              help="Query this RDF file instead of the store.")
@click.option("--param", "-p", "params", multiple=True, metavar="NAME=VALUE",
              help="Bind a variable to an RDF term (IRI if <...> or http(s)://).")
@click.option("--asserted-only", is_flag=True, help="Leave out the inferred graph.")
@click.option("--wide", is_flag=True,
              help="Table: full IRIs, no cell cut to the terminal's width (the default when not a terminal).")
@store_option
@reports_errors
def command(query: str | None, query_file: object, fmt: str, data: str | None,
            params: tuple[str, ...], asserted_only: bool, wide: bool, store: str | None) -> None:
    """Run a SPARQL QUERY (or --file F.rq) and print the results."""
    if bool(query) == bool(query_file):
        fail("give a QUERY or --file F.rq (exactly one)", 2)
    text = query or query_file.read()  # type: ignore[attr-defined]
    cfg = config_from(store)
    # read-only: works beside a running kg serve, which holds the store's write lock
    db = parse_rdf_file(data) if data else open_store(cfg.store, read_only=True, base=cfg.base)
    if not data and not asserted_only:
        note_inference_state(db, cfg.base)
    options: dict[str, Any] = {"bindings": dict(parse_binding(p) for p in params)}
    if asserted_only:
        from kg.inferred import is_inferred

        options["default_graph"] = [g for g in db.named_graphs() if not is_inferred(g, cfg.base)]
    result = db.query(text, **options)
    emit(result, fmt, cfg.base, wide=wide or not sys.stdout.isatty())


def note_inference_state(db: GraphStore, base: str) -> None:
    """One line on stderr when the inferred graph does not follow from the data (answers that
    use it may then be out of date): stdout stays the answer alone."""
    from kg.inferred import describe_state, inference_state

    try:
        state = inference_state(db, base)
    except KgError:
        return
    if state != "fresh":
        click.echo(f"kg: note: {describe_state(state)}", err=True)


def emit(result: QueryResult, fmt: str, base: str = DEFAULT_BASE, *, wide: bool = False) -> None:
    if fmt == "table":
        print_table(result, base, wide=wide)
        return
    if result.kind == "graph" and fmt in ("csv", "tsv", "json", "xml"):
        fmt = "turtle"
    elif result.kind != "graph" and fmt in ("turtle", "ntriples"):
        fmt = "json"
    sys.stdout.buffer.write(result.serialize(fmt))
    sys.stdout.flush()


def compact(term: Term | None, prefixes: dict[str, str]) -> str:
    """A short form for a table cell: ``id:drug/imiquimod`` rather than the whole IRI."""
    if term is None:
        return ""
    if term.kind == "uri":
        for prefix, ns in prefixes.items():
            if term.value.startswith(ns) and len(term.value) > len(ns):
                return f"{prefix}:{term.value[len(ns):]}"
    return term.value


def print_table(result: QueryResult, base: str = DEFAULT_BASE, *, wide: bool = False) -> None:
    """A table: on a terminal, IRIs as CURIEs and cells cut to its width (saying so on stderr);
    ``wide`` (and whenever stdout is not a terminal), full IRIs and every cell whole."""
    prefixes = {} if wide else {"id": base, **PREFIXES}
    if result.kind == "boolean":
        Console(soft_wrap=False).print("true" if result.boolean else "false")
        return
    if result.kind == "graph":
        table = Table("subject", "predicate", "object")
        rows = result.triples()
    else:
        table = Table(*result.variables)
        rows = result.rows()
    n = 0
    for row in rows:
        table.add_row(*[compact(t, prefixes) for t in row])
        n += 1
    console = Console(soft_wrap=False)
    needed = console.measure(table, options=console.options.update_width(1_000_000)).maximum
    if wide:
        # both sizes given: a dumb terminal's console would otherwise keep 80 columns
        console = Console(soft_wrap=False, width=max(needed, 20), height=console.height)
    elif needed > console.width:
        click.echo(f"kg: cells are cut to fit {console.width} columns; --wide shows every IRI whole", err=True)
    console.print(table)
    if result.kind != "graph":
        console.print(f"{n} row{'s' if n != 1 else ''}")
