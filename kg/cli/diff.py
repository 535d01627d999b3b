"""``kg diff``: what changed between two releases, as a changelog or a patch."""
from __future__ import annotations

import contextlib
import sys
from collections.abc import Iterator
from typing import IO

import click

from kg.cli.common import base_option, config_from, fail, store_option
from kg.diff import PATCH_WRITERS, mixed_graphs, read_side, summarise, write_text
from kg.errors import KgError
from kg.store import open_store

FORMATS = ["text", *PATCH_WRITERS]


@click.command("diff")
@click.argument("paths", nargs=-1, metavar="[OLD] NEW")
@store_option
@base_option
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="text", show_default=True,
              help="text: counts per graph and claim kind, then the quads; rdf-patch: A/D rows; "
                   "sparql-update: DELETE DATA / INSERT DATA per graph, which turns OLD into NEW.")
@click.option("--limit", type=click.IntRange(min=0), default=20, show_default=True,
              help="Quads listed per graph in the text report (the counts are always whole).")
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True), default=None,
              help="Write to this file instead of standard output.")
def command(paths: tuple[str, ...], store: str | None, base: str | None, fmt: str, limit: int,
            output: str | None) -> None:
    """The quads added and removed from OLD to NEW, grouped by monograph (named graph) and claim
    kind: a release changelog, or a patch.

    OLD and NEW are exports of kg in any RDF format (the suffix tells which: .nq, .trig, .ttl,
    .nt, .jsonld, .rdf; use .nq or .trig, which keep the monographs' graphs). With NEW alone,
    OLD is the store as it is (--store PATH, $KG_STORE, default .kg/store):

    \b
        kg diff release-1.nq release-2.nq
        kg diff --store .kg/store release-2.nq --format sparql-update -o patch.ru

    Blank nodes (the ontology's OWL restrictions) are compared by their canonical labels, as
    exports write them; the SPARQL Update replaces a graph whose blank nodes changed whole.
    Memory: each side is sorted in runs of a million quads (about 250 MB), on disk beyond one
    run. Exit status as diff(1): 0 no difference, 1 differences, 2 trouble.
    """
    if len(paths) not in (1, 2):
        fail("give two exports (kg diff OLD NEW), or one export to compare with the store "
             "(kg diff --store PATH NEW)", 2)
    try:
        cfg = config_from(store, base)
        if len(paths) == 2:
            old_source: object = paths[0]
            names = paths
        else:
            old_source = open_store(cfg.store, read_only=True, base=cfg.base)
            names = (f"store {cfg.store}", paths[0])
        gather = fmt == "text"
        old = read_side(old_source, gather=gather)
        new = read_side(paths[-1], gather=gather)
        warning = mixed_graphs(old, new)
        if warning:
            click.echo(f"kg: warning: {warning}", err=True)
        with _opened(output) as out:
            if fmt == "text":
                summary = summarise(old, new, limit=limit, base=cfg.base)
                write_text(summary, old, new, out, base=cfg.base, names=(names[0], names[1]))
                changed = summary.added + summary.removed
            else:
                changed = PATCH_WRITERS[fmt](old, new, out)
                if not changed:
                    click.echo("kg: no difference", err=True)
    except KgError as e:
        fail(str(e), 2)
    except BrokenPipeError:  # kg diff … | head
        sys.exit(1)
    except OSError as e:
        fail(f"cannot write {output or 'the output'}: {e}", 2)
    sys.exit(1 if changed else 0)


@contextlib.contextmanager
def _opened(output: str | None) -> Iterator[IO[str]]:
    if output is None:
        yield click.get_text_stream("stdout")
        return
    with open(output, "w", encoding="utf-8", newline="\n") as fh:
        yield fh
