"""``kg reason``: HermiT on the ontology (cached), its rules applied to every monograph of the store."""
from __future__ import annotations

import json
import os
import sys
from dataclasses import asdict

import click

from kg.cli.common import base_option, config_from, reports_errors, store_option
from kg.reason import ReasonReport, explain, reason
from kg.store import open_store


@click.command("reason")
@click.option("--sample", type=int, default=1, show_default=True,
              help="Monograph graphs HermiT checks together with the ontology (0: none).")
@click.option("--no-trace", is_flag=True,
              help="Kept for scripts: no rule is recorded per inferred triple any more (--why works it out).")
@click.option("--workers", type=click.IntRange(min=1), default=None,
              help="Processes that apply the rules (default: one per core).")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@click.option("--why", nargs=3, metavar="S P O", default=None,
              help="Do not reason: say which axioms put the triple <S> <P> <O> in the inferred graph "
                   "(the rules are applied again to the monographs that give it).")
@store_option
@base_option
@reports_errors
def command(sample: int, no_trace: bool, workers: int | None, fmt: str, why: tuple[str, str, str] | None,
            store: str | None, base: str | None) -> None:
    """Classify the ontology with HermiT (once per version of the ontology: the rules are cached),
    write what it entails about each monograph (class memberships, inverse edges, Biolink / RO /
    Wikidata edges) into that monograph's inferred graph, and check that the data is consistent
    with the ontology. The exit status is 1 when it is not."""
    cfg = config_from(store, base)
    # --why only reads (beside a running kg serve too); reasoning writes the inferred graph
    db = open_store(cfg.store, read_only=bool(why), token=cfg.update_token, base=cfg.base)
    if why:
        s, p, o = (x.strip("<>") for x in why)
        rows = explain(db, s, p, o, base=cfg.base, ontology_file=cfg.ontology_dir / "drugkg.ttl")
        for row in rows:
            click.echo(f"{row['kind']}: {row['axiom']} ({row['entailed_by']})  <{row['rule']}>")
        if not rows:
            click.echo("not in the inferred graph (asserted, or not entailed)")
            sys.exit(1)
        return
    report = reason(db, base=cfg.base, ontology_file=cfg.ontology_dir / "drugkg.ttl",
                    trace=not no_trace, sample=sample, workers=workers or os.cpu_count() or 1)
    db.flush()
    click.echo(report.to_text() if fmt == "text" else _json(report), nl=False)
    if not report.consistent:
        sys.exit(1)


def _json(report: ReasonReport) -> str:
    return json.dumps(asdict(report), indent=2, ensure_ascii=False) + "\n"
