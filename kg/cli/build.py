"""``kg build [PATH ...]``: monographs into the store, one named graph each."""
from __future__ import annotations

import os
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import click

from kg.cli.common import base_option, config_from, fail, reports_errors, store_option
from kg.config import ENV_MAX_CLAIMS, ENV_MAX_FILE_SIZE, parse_count, parse_size
from kg.namespaces import DKG
from kg.pipeline import LINK_TIE, BuildReport, FileResult, Plan, build_checked, discover_sources
from kg.store import Term, open_store
from kg.stored_queries import get_query

#: monographs named per kind of extractor warning in the summary (the rest are counted)
SHOWN = 8


def _size(ctx: click.Context, param: click.Parameter, value: str | None) -> int | None:
    try:
        return None if value is None else parse_size(value)
    except ValueError as e:
        raise click.BadParameter(str(e)) from None


def _count(ctx: click.Context, param: click.Parameter, value: str | None) -> int | None:
    try:
        return None if value is None else parse_count(value, "number of claims")
    except ValueError as e:
        raise click.BadParameter(str(e)) from None


@click.command("build")
@click.argument("paths", nargs=-1, type=click.Path())
@store_option
@base_option
@click.option("--workers", type=int, default=None, help="Worker processes [default: one per core].")
@click.option("--no-link", is_flag=True, help="Do not link nodes to external vocabularies.")
@click.option("--allow-invalid", is_flag=True,
              help="Publish monographs that fail the SHACL shapes anyway (and say so).")
@click.option("--no-reason", is_flag=True, help="Skip the reasoner (drops the now stale inferred graph).")
@click.option("--max-file-size", metavar="SIZE", callback=_size, default=None,
              help=f"Refuse monographs larger than SIZE (bytes, or 512k, 1MB ...) [env {ENV_MAX_FILE_SIZE}; "
                   "default 512k].")
@click.option("--max-claims", metavar="N", callback=_count, default=None,
              help=f"Refuse monographs that make more than N claims [env {ENV_MAX_CLAIMS}; default 2000].")
@click.option("--force", is_flag=True,
              help="Rebuild every monograph, even those the store holds from the same bytes and code.")
@click.option("--quiet", "-q", is_flag=True, help="No progress bar; only problems and the summary.")
@reports_errors
def command(paths: tuple[str, ...], store: str | None, base: str | None, workers: int | None,
            no_link: bool, allow_invalid: bool, no_reason: bool, max_file_size: int | None,
            max_claims: int | None, force: bool, quiet: bool) -> None:
    """Parse, extract, link and map every monograph under PATHS (default: data/monographs) into
    the store, validate each against ontology/shapes.ttl before it is published, then run the
    reasoner. A monograph that cannot be read, is over a limit, mints the same key as another
    file, or does not conform, is reported and left out (its previous graph stays); the exit
    status is then 1. To build into a store that kg serve is serving, send the build through
    the server: --store http://HOST:PORT/sparql with $KG_UPDATE_TOKEN.

    Builds are incremental: a monograph the store holds from the same bytes, built by the same
    code, ontology and vocabularies, is skipped (--force rebuilds it); a FOLDER is synced, so
    the monographs built before from files now gone from it are removed, and named."""
    cfg = config_from(store, base, max_file_size=max_file_size, max_claims=max_claims)
    targets = list(paths) or [str(cfg.monographs_dir)]
    files = discover_sources(targets)
    if not files:
        fail(f"no monographs under {', '.join(targets)}: nothing was built (a monograph is a *.md file; "
             "INDEX.md and README.md are skipped)")
    plan_cache = _plan_cache(cfg.store)  # read before the store is opened: opening it for writing changes it
    db = open_store(cfg.store, token=cfg.update_token, base=cfg.base)

    def show(result: FileResult) -> None:
        if result.error is not None:
            bar.print(f"error: {result.error}")
        bar.advance()

    with progress_bar(enabled=not quiet and sys.stderr.isatty()) as bar:
        report = build_checked(targets, db, cfg, link=not no_link, allow_invalid=allow_invalid,
                               reason=not no_reason, workers=workers or os.cpu_count() or 1, on_result=show,
                               force=force, on_plan=bar.start, files=files, plan_cache=plan_cache)
    db.flush()
    summarize(report, cfg.store, quiet)
    for line in same_drug_lines(db, cfg.queries_dir, [p.graph for p in report.published]):
        click.echo(line)
    if plan_cache is not None:
        from kg import plancache

        # stamped once the store is closed, so that the next build can tell whether anything wrote it since
        if _close(db, len(report.published), quiet):
            plancache.save(plan_cache)
        else:
            plancache.discard(plan_cache.store_path)
    if not report.ok or not report.consistent:
        raise SystemExit(1)


#: monographs published from which a build says, before it closes the store, that closing may wait
CLOSE_NOTE_AT = 2000
#: seconds of closing a build reports
CLOSE_SAID_AFTER = 5.0


def _close(db: Any, published: int, quiet: bool) -> bool:
    """Close the on-disk store, saying so when it waits: RocksDB finishes the compactions a large
    write started as the store closes (34 s once after 10,000 monographs, about 80 s after 50,000),
    and a build that went quiet after its summary would look hung."""
    if published >= CLOSE_NOTE_AT and not quiet:
        click.echo(f"closing the store (after {published:,} monographs its database may finish "
                   "compacting first, a minute or two)", err=True)
    started = time.perf_counter()
    closed = db.close()
    took = time.perf_counter() - started
    if took >= CLOSE_SAID_AFTER:
        click.echo(f"closed the store in {took:.0f} s (its database was compacting what the build wrote)", err=True)
    return bool(closed)


def _plan_cache(location: str | None) -> Any:
    """The plan cache (:mod:`kg.plancache`) of an on-disk store; None for a server or ``:memory:``."""
    if not location or location == ":memory:" or "://" in str(location):
        return None
    from kg import plancache

    return plancache.load(Path(location))


class _Bar:
    """A rich progress bar on stderr (monographs/s, ETA), or nothing but the errors."""

    def __init__(self, progress: Any = None) -> None:
        self.progress, self.task = progress, None

    def start(self, plan: Plan) -> None:
        if self.progress is not None and plan.to_process:
            self.task = self.progress.add_task(f"building ({plan.skipped} unchanged)", total=plan.to_process)

    def advance(self) -> None:
        if self.task is not None:
            self.progress.advance(self.task)

    def print(self, line: str) -> None:
        if self.progress is not None:
            self.progress.console.print(line, markup=False, highlight=False)
        else:
            click.echo(line, err=True)


@contextmanager
def progress_bar(enabled: bool) -> Iterator[_Bar]:
    if not enabled:
        yield _Bar()
        return
    from rich import progress as rp
    from rich.console import Console
    from rich.text import Text

    class Rate(rp.ProgressColumn):
        def render(self, task: Any) -> Text:
            return Text(f"{task.speed:.0f} monographs/s" if task.speed else "… monographs/s")

    columns = (rp.TextColumn("{task.description}"), rp.BarColumn(), rp.MofNCompleteColumn(), Rate(),
               rp.TimeElapsedColumn(), rp.TextColumn("ETA"), rp.TimeRemainingColumn())
    with rp.Progress(*columns, console=Console(stderr=True), transient=True) as progress:
        yield _Bar(progress)


#: published monographs up to which the same-drug check looks at their drugs one by one (a
#: bound query each); beyond, at the drugs the whole store describes more than once
ONE_BY_ONE = 50


def same_drug_lines(db, queries: Path, graphs: list[str] | None = None) -> list[str]:
    """One line per drug that several monographs describe (queries/same-drug.rq): both pages'
    claims are kept, each with its own provenance, and the researcher should know. Given
    ``graphs`` (the monographs a build published), only about the drugs they describe: a build
    that published nothing says nothing. Else the drugs the store says are described more than
    once (one scan of ``dkg:describedIn``: 0.1 s at 50,000 monographs), each through the stored
    query, bound: the stored query over the whole store joins every drug's label and files
    before it groups them (3.3 s at 10,000, 19 s at 50,000, after the build had printed its
    summary)."""
    try:
        query = get_query(queries, "same-drug").text
        drugs = _drugs_of(db, graphs) if graphs is not None and len(graphs) <= ONE_BY_ONE else _described_twice(db)
        rows = [row for drug in drugs for row in _rows(db, query, {"drug": drug})]
    except Exception as exc:  # noqa: BLE001 - a summary line must not fail a finished build
        return [f"note: could not look for drugs described by several monographs ({exc})"]
    out = []
    for row in rows:
        label, count, files = (row[k].value if row.get(k) else "" for k in ("drugLabel", "monographs", "files"))
        out.append(f"same drug: {label} is described by {count} monographs ({', '.join(sorted(files.split()))}); "
                   "both pages' claims are kept, each with its own provenance")
    return out


def _drugs_of(db, graphs: list[str]) -> list[Term]:
    if not graphs:
        return []
    values = " ".join(f"<{g}>" for g in graphs)
    rows = db.query(f"""SELECT DISTINCT ?drug WHERE {{ VALUES ?g {{ {values} }}
      GRAPH ?g {{ ?drug <{DKG}describedIn> ?m }} }} ORDER BY ?drug""").rows()
    return [row[0] for row in rows if row[0] is not None]


def _described_twice(db) -> list[Term]:
    """The subjects of ``dkg:describedIn`` with more than one monograph (the stored query then
    keeps those that are drugs with a file)."""
    rows = db.query(f"""SELECT ?drug WHERE {{ ?drug <{DKG}describedIn> ?m }}
      GROUP BY ?drug HAVING (COUNT(DISTINCT ?m) > 1) ORDER BY ?drug""").rows()
    return [row[0] for row in rows if row[0] is not None]


def _rows(db, query: str, bindings: dict[str, Term] | None = None) -> list[dict[str, Term | None]]:
    result = db.query(query, bindings=bindings)
    return [dict(zip(result.variables, row)) for row in result.rows()]


def summarize(report: BuildReport, store: str, quiet: bool) -> None:
    for path, problems in report.rejected.items():
        for problem in problems:
            click.echo(f"rejected {problem}" if path in problem else f"rejected {path}: {problem}", err=True)
    if report.published_invalid:
        click.echo(f"WARNING: --allow-invalid published {len(report.published_invalid)} monograph(s) "
                   "that do not conform to the shapes:", err=True)
        for path, problems in report.published_invalid.items():
            for problem in problems:
                click.echo(f"WARNING: {path}: {problem}", err=True)
    for note in report.notes:
        click.echo(f"note: {note}")
    if report.reasoning and (not quiet or not report.consistent):
        click.echo(report.reasoning.rstrip())
    for key, files in report.collisions.items():
        click.echo(f"collision: {len(files)} files mint the monograph key {key!r}, none built: "
                   + ", ".join(files), err=True)
    warned = report.warnings_by_kind()
    warned.pop(LINK_TIE, None)
    ties = report.link_ties()
    if ties:
        click.echo(f"link ties: {len(ties)} node(s) whose candidate identifiers tie were left unlinked, or "
                   "linked only to what does not tie (kg link lists them)" + (":" if not quiet else ""))
        for node, where in ([] if quiet else sorted(ties.items())):
            more = f" and {len(where) - 1} more" if len(where) > 1 else ""
            click.echo(f"  {where[0]}{more}: {node}")
    if warned:
        click.echo("extractor warnings (claims may be missing; kg extract FILE shows them): " + "; ".join(
            f"{kind} in {len(files)} ({_names(files)})" for kind, files in warned.items()))
    for change in ("added", "changed"):
        files = report.by_change(change)
        if files:
            click.echo(f"{change} {len(files)}: {_names(files)}")
    rebuilt = report.by_change("rebuilt")
    if rebuilt:
        click.echo(f"rebuilt {len(rebuilt)} unchanged files (--force, the code, ontology or vocabularies "
                   f"changed, or their inferences were missing): {_names(rebuilt)}")
    if report.same_content:
        click.echo(f"of the files built again, {report.same_content} mapped to the graphs the store held: "
                   "only their build records were written")
    if report.removed:
        click.echo(f"removed {len(report.removed)} (their files are gone from the folder built): "
                   f"{_names(report.removed)}")
    if not report.changed_anything and not report.failed and not report.rejected:
        click.echo(f"nothing changed: {report.skipped} monographs up to date in {store}")
    click.echo(stage_line(report))
    published = len(report.published)
    click.echo(f"built {published} monographs ({report.triples} triples) into {store} in "
               f"{report.seconds.get('total', 0) + report.seconds.get('reason', 0):.2f} s; {report.discovered} "
               f"found, {report.skipped} unchanged, {len(report.removed)} removed, {len(report.failed)} failed, "
               f"{len(report.rejected)} rejected")


def stage_line(report: BuildReport) -> str:
    """Counts and seconds per stage: the files at each step, the wall time of this process per
    stage, the time the workers spent per file (summed over the workers), and their CPU time a
    monograph per stage (what a busy machine does not swell: the figure to compare across runs)."""
    work, wall = report.work_seconds, report.seconds
    counts = (f"stages: {report.discovered} discovered, {report.skipped} skipped unchanged, {report.parsed} parsed, "
              f"{len(report.published)} published, {len(report.removed)} removed, {len(report.rejected)} rejected, "
              f"{len(report.failed)} failed, {sum(len(w) for w in report.warnings.values())} warnings, "
              f"{report.triples} triples")
    in_workers = ", ".join(f"{stage} {work[stage]:.2f}" for stage in ("parse", "extract", "map", "validate", "reason")
                           if stage in work)
    here = ", ".join(f"{stage} {wall[stage]:.2f}" for stage in ("plan", "validate", "load", "remove", "orphans",
                                                                 "reason", "total") if stage in wall)
    cpu = report.work_cpu
    per_file = ", ".join(f"{stage} {1000 * cpu[stage] / report.parsed:.2f}"
                         for stage in ("parse", "extract", "map", "validate", "reason") if stage in cpu)
    return (f"{counts}; seconds: {here}" + (f" (per file, summed over the workers: {in_workers})" if in_workers else "")
            + (f"; CPU ms a monograph in the workers: {per_file} (total {1000 * sum(cpu.values()) / report.parsed:.2f})"
               if per_file and report.parsed else ""))


def _names(files: list[str]) -> str:
    names = [Path(f).name for f in files[:SHOWN]]
    return ", ".join(names) + (f" and {len(files) - SHOWN} more" if len(files) > SHOWN else "")
