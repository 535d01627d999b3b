"""``kg link``: what our nodes are linked to, how, and what is left unlinked, per kind."""
from __future__ import annotations

import sys

import click

from kg.cli.common import base_option, config_from, reports_errors, store_option
from kg.link import load_linker
from kg.linking.report import (
    NODES_QUERY,
    broader_only,
    by_parts_only,
    coverage,
    format_links_sssom,
    format_table,
    graded_only,
    identified,
    link_nodes,
    nodes_from_rows,
    nodes_of,
)


@click.command("link")
@store_option
@base_option
@click.option("--monographs", "monographs", is_flag=True,
              help="Re-run linking over data/monographs instead of reading the built store.")
@click.option("--format", "fmt", type=click.Choice(["table", "sssom"]), default="table",
              show_default=True, help="A per-kind report, or an SSSOM TSV mapping set.")
@click.option("--kind", "kinds", multiple=True,
              type=click.Choice(["drug", "condition", "target", "side-effect", "sign"]),
              help="Only nodes of this kind (repeatable).")
@click.option("--xrefs", is_flag=True,
              help="Table: also show the weaker mappings: curated cross-references, broader "
                   "matches, and the identifiers reached by chaining (close/related matches).")
@click.option("--include-unlinked", is_flag=True,
              help="SSSOM: add a sssom:NoTermFound row for each unlinked node.")
@reports_errors
def command(store: str | None, base: str | None, monographs: bool, fmt: str,
            kinds: tuple[str, ...], xrefs: bool, include_unlinked: bool) -> None:
    """Show the links of drugs, conditions, targets, side effects and signs: the identifier,
    the SSSOM justification, the matched string and the vocabulary version; then the nodes
    left unlinked (with ties and refused matches) so a curator sees what to add to
    data/mappings/*.sssom.tsv."""
    cfg = config_from(store, base)
    if monographs:
        from kg.extract import extract
        from kg.parse import parse_file
        from kg.pipeline import discover

        nodes = nodes_of(extract(parse_file(p)) for p in discover([cfg.monographs_dir]))
    else:
        from kg.store import open_store

        db = open_store(cfg.store, read_only=True, base=cfg.base)
        rows = ([str(t) if t is not None else "" for t in row] for row in db.query(NODES_QUERY).rows())
        nodes = nodes_from_rows(rows)
        if not nodes:
            click.echo(f"kg: no drug, condition, target, side effect or sign in {cfg.store}; run "
                       "`kg build` first or pass --monographs", err=True)
            sys.exit(1)
    if kinds:
        nodes = [n for n in nodes if n.kind in kinds]
    linker = load_linker(cfg)
    results = link_nodes(linker, nodes)
    if fmt == "sssom":
        click.echo(format_links_sssom(results, linker.identifiers.curie_map(), base=cfg.base,
                                      include_unlinked=include_unlinked), nl=False)
        return
    click.echo(format_table(results, show_xrefs=xrefs), nl=False)
    covered, broader, parts = coverage(results), broader_only(results), by_parts_only(results)
    graded, whole = graded_only(results), identified(results)
    click.echo("; ".join(f"{k} {a}/{b}" + "".join(f" (+{n[k]} {what})" for n, what in (
                             (parts, "by each thing of 'A or B'"), (graded, "graded, in HPO's modifiers"),
                             (broader, "broader only")) if n.get(k))
                         for k, (a, b) in covered.items()))
    click.echo("identified (exact, by each thing listed, or graded): "
               + "; ".join(f"{k} {a}/{b} ({100 * a / b:.1f} %)" for k, (a, b) in whole.items()))
