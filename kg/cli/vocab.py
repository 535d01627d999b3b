"""``kg vocab import|list``: build the linking tables of data/vocab from real vocabularies."""
from __future__ import annotations

from pathlib import Path

import click

from kg.cli.common import config_from, reports_errors
from kg.errors import LinkError
from kg.link import KINDS, vocab_dir
from kg.linking.tables import read_manifest


@click.group("vocab")
def command() -> None:
    """Vocabularies used for linking: import them into data/vocab, list what is there."""


@command.command("import")
@click.option("--from", "from_dir", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Folder of the published vocabularies [default: ../shared/vocab].")
@click.option("--only", multiple=True, metavar="SOURCE",
              help="Re-import only this built-in source (hpo, doid, mondo, drugbank, ...).")
@click.option("--file", "file", type=click.Path(dir_okay=False, exists=True, path_type=Path),
              default=None, help="Import a vocabulary of your own (.obo, .owl/.ttl/.rdf, .sssom.tsv).")
@click.option("--name", default=None, help="Source name for --file [default: from the file name].")
@click.option("--kinds", default="", metavar="K1,K2",
              help=f"Node kinds --file serves ({', '.join(KINDS)}) [default: condition,side-effect,sign].")
@click.option("--version", "version", default="", help="Version of --file, when it does not say.")
@click.option("--licence", default="", help="Licence of --file (kept in the manifest).")
@click.option("--out", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Folder of the linking tables [default: data/vocab].")
@reports_errors
def import_(from_dir: Path | None, only: tuple[str, ...], file: Path | None, name: str | None,
            kinds: str, version: str, licence: str, out: Path | None) -> None:
    """Re-create the linking tables from the vocabulary files (reproducible), or add one."""
    from kg.vocab import import_all, import_file, import_hierarchy

    cfg = config_from()
    target = out or vocab_dir(cfg)
    if file is not None:
        kind_list = [k.strip() for k in kinds.split(",") if k.strip()]
        results = [import_file(file, target, name=name, kinds=kind_list, version=version,
                               licence=licence)]
    else:
        folder = from_dir or cfg.project_root.parent / "shared" / "vocab"
        if not folder.is_dir():
            raise LinkError(f"no vocabulary folder at {folder}", hint="pass --from DIR")
        results = import_all(folder, target, only)
    for r in results:
        rows = ", ".join(f"{n} {k}" for k, n in r.source.rows.items())
        dropped = "; ".join(f"dropped {n} {what}" for what, n in r.dropped.items())
        click.echo(f"{r.source.name:<14} {r.source.version:<40} {rows}" + (f"  ({dropped})" if dropped else ""))
    if file is None and (note := import_hierarchy(folder, target, only)):
        click.echo(note)
    click.echo(f"wrote {target}/manifest.yaml")


@command.command("list")
@reports_errors
def list_() -> None:
    """The sources of data/vocab: name, version, licence, rows, kinds served."""
    cfg = config_from()
    manifest = read_manifest(vocab_dir(cfg))
    if not manifest.sources:
        click.echo("no linking tables: run `kg vocab import`")
    for s in manifest.sources:
        kinds = ", ".join(f"{k}" + (f" (tier {t})" if t else "") for k, t in s.kinds.items())
        rows = ", ".join(f"{n} {k}" for k, n in s.rows.items())
        click.echo(f"{s.name}: {s.title}\n  version {s.version}\n  licence {s.licence}\n"
                   f"  rows {rows}; kinds {kinds}")
