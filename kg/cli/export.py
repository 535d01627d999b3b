"""``kg export``: the whole graph, byte-identical for identical input."""
from __future__ import annotations

import os

import click

from kg.cli.common import config_from, reports_errors, store_option
from kg.config import Config
from kg.errors import KgError
from kg.export import write_export
from kg.manifest import is_build_graph
from kg.store import RDF_FORMATS, GraphStore, open_store

FORMATS = ["turtle", "ntriples", "jsonld", "trig", "nquads", "rdfxml"]
KGX = "kgx"  # not RDF: Biolink nodes and edges as JSON Lines, into the directory -o names (kg.kgx)


@click.command("export")
@store_option
@click.option("--format", "fmt", type=click.Choice([*FORMATS, KGX]), default="turtle", show_default=True)
@click.option("-o", "--output", type=click.Path(writable=True), default=None,
              help="Write to this file instead of standard output (for kgx: this directory).")
@click.option("--graph", "graphs", multiple=True, metavar="IRI", help="Only these named graphs.")
@reports_errors
def command(store: str | None, fmt: str, output: str | None, graphs: tuple[str, ...]) -> None:
    """Write the graph (sorted, prefixes declared, no blank nodes) in FORMAT; the build records
    (which file and code made each monograph graph) only when named with --graph."""
    assert set(FORMATS) <= set(RDF_FORMATS)
    # read-only: works beside a running kg serve, which holds the store's write lock
    cfg = config_from(store)
    db = open_store(cfg.store, read_only=True, base=cfg.base)
    if fmt == KGX:
        return _kgx(db, cfg, output)
    # the build records (kg.manifest) are bookkeeping, not knowledge: left out unless asked for
    # by name; "" keeps the default graph's triples, if any
    wanted = list(graphs) or ["", *(g for g in db.named_graphs() if not is_build_graph(g))]
    # streamed, sorted in runs on disk beyond a million quads (kg.export): memory stays bounded
    if output:
        if os.path.isdir(output):
            raise KgError(f"{output} is a directory", hint="name a file with -o, or leave -o out for stdout")
        # written beside it and renamed when whole: an export that fails leaves no half file
        partial = f"{output}.partial"
        try:
            with open(partial, "wb") as fh:
                write_export(db, fh, fmt, wanted)
            os.replace(partial, output)
        except OSError as e:
            raise KgError(f"cannot write {output}: {e}", hint="check that its folder exists and can be written") from e
        finally:
            if os.path.exists(partial):
                os.unlink(partial)
    else:
        write_export(db, click.get_binary_stream("stdout"), fmt, wanted)


def _kgx(db: GraphStore, cfg: Config, output: str | None) -> None:
    """KGX files into the directory ``-o`` names; what was gathered or left out on stderr."""
    from kg.kgx import export_kgx  # reads the Biolink Model: only when asked for
    from kg.link import vocab_dir

    if not output:
        raise KgError("kgx writes two files (nodes.jsonl, edges.jsonl)", hint="name a directory with -o DIR")
    report = export_kgx(db, output, base=cfg.base, vocab_dir=vocab_dir(cfg))
    for line in report.lines():
        click.echo(f"kg export: {line}", err=True)
