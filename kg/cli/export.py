"""``kg export``: the whole graph, byte-identical for identical input."""
from __future__ import annotations

import click

from kg.cli.common import config_from, reports_errors, store_option
from kg.manifest import is_build_graph
from kg.store import RDF_FORMATS, open_store

FORMATS = ["turtle", "ntriples", "jsonld", "trig", "nquads", "rdfxml"]


@click.command("export")
@store_option
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="turtle", show_default=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True), default=None,
              help="Write to this file instead of standard output.")
@click.option("--graph", "graphs", multiple=True, metavar="IRI", help="Only these named graphs.")
@reports_errors
def command(store: str | None, fmt: str, output: str | None, graphs: tuple[str, ...]) -> None:
    """Write the graph (sorted, prefixes declared, no blank nodes) in FORMAT; the build records
    (which file and code made each monograph graph) only when named with --graph."""
    assert set(FORMATS) <= set(RDF_FORMATS)
    # read-only: works beside a running kg serve, which holds the store's write lock
    cfg = config_from(store)
    db = open_store(cfg.store, read_only=True, base=cfg.base)
    # the build records (kg.manifest) are bookkeeping, not knowledge: left out unless asked for
    # by name; "" keeps the default graph's triples, if any
    wanted = list(graphs) or ["", *(g for g in db.named_graphs() if not is_build_graph(g))]
    data = db.export(fmt, wanted)
    if output:
        with open(output, "wb") as fh:
            fh.write(data)
    else:
        click.get_binary_stream("stdout").write(data)
