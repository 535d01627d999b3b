"""``kg export``: the whole graph, byte-identical for identical input."""
from __future__ import annotations

import click

from kg.cli.common import config_from, reports_errors, store_option
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
    """Write the graph (sorted, prefixes declared, no blank nodes) in FORMAT."""
    assert set(FORMATS) <= set(RDF_FORMATS)
    # read-only: works beside a running kg serve, which holds the store's write lock
    data = open_store(config_from(store).store, read_only=True).export(fmt, list(graphs) or None)
    if output:
        with open(output, "wb") as fh:
            fh.write(data)
    else:
        click.get_binary_stream("stdout").write(data)
