"""``kg export`` streamed (kg.export): the bundled monographs built into a real Oxigraph store on
disk, exported by the in-memory sort (OxigraphStore.export) and by the streaming writer with
runs small enough to spill to disk; the bytes must be the same, and the runs must be used."""
from __future__ import annotations

import io
import os
import tracemalloc
from pathlib import Path

import pytest

from kg.config import load_config
from kg.export import write_export
from kg.namespaces import is_build_graph
from kg.pipeline import build
from kg.store import RDF_FORMATS, OxigraphStore, open_store

CORPUS = Path(__file__).resolve().parent.parent / "data" / "monographs"


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[OxigraphStore, list[str]]:
    db = tmp_path_factory.mktemp("export") / "store"
    store = open_store(db)
    report = build([CORPUS], store, load_config(environ={}, store=str(db)), link=False)
    assert report.published and not report.failed
    wanted = ["", *(g for g in store.named_graphs() if not is_build_graph(g))]
    return store, wanted


@pytest.mark.parametrize("fmt", sorted(RDF_FORMATS))
def test_the_streamed_export_is_byte_identical_to_the_in_memory_one(built, fmt: str) -> None:
    store, wanted = built
    expected = store.export(fmt, wanted)
    spilled, whole = io.BytesIO(), io.BytesIO()
    runs = write_export(store, spilled, fmt, wanted, run=1000)
    once = write_export(store, whole, fmt, wanted)
    assert runs.runs > 5 and once.runs == 0
    assert spilled.getvalue() == expected
    assert whole.getvalue() == expected
    assert runs.items == once.items > 10_000


def test_the_ontology_blank_nodes_are_in_the_export_with_canonical_labels(built) -> None:
    store, wanted = built
    out = io.BytesIO()
    write_export(store, out, "nquads", wanted, run=1000)
    assert b"_:c14n0 " in out.getvalue()


def test_only_the_graphs_asked_for_are_written(built) -> None:
    store, wanted = built
    one = next(g for g in wanted if "/graph/monograph/" in g)
    out = io.BytesIO()
    written = write_export(store, out, "nquads", [one], run=100)
    lines = out.getvalue().decode().splitlines()
    assert len(lines) == written.items > 100
    assert all(line.endswith(f"<{one}> .") for line in lines)
    assert out.getvalue() == store.export("nquads", [one])


def test_memory_is_one_run_not_the_whole_store(built) -> None:
    """Python's own allocations while exporting: sorted in runs of 1,000 quads the peak is a
    fraction of what sorting every quad at once takes."""
    store, wanted = built

    def peak(run: int) -> int:
        with open(os.devnull, "wb") as sink:  # a BytesIO would hold the whole output
            tracemalloc.start()
            try:
                write_export(store, sink, "ntriples", wanted, run=run)
                return tracemalloc.get_traced_memory()[1]
            finally:
                tracemalloc.stop()

    in_memory, in_runs = peak(10**7), peak(1000)
    assert in_runs * 3 < in_memory, (in_runs, in_memory)


def test_an_unknown_format_is_one_clear_error(built) -> None:
    from kg.errors import StoreError

    store, wanted = built
    with pytest.raises(StoreError, match="unknown export format 'csv'"):
        write_export(store, io.BytesIO(), "csv", wanted)


def test_kg_export_writes_the_same_bytes_through_the_stream(built, tmp_path: Path) -> None:
    from click.testing import CliRunner

    from kg.cli import main

    store, wanted = built
    out = tmp_path / "all.nq"
    result = CliRunner().invoke(main, ["export", "--store", str(store.path), "--format", "nquads", "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert out.read_bytes() == store.export("nquads", wanted)
    assert not (tmp_path / "all.nq.partial").exists()
    missing = CliRunner().invoke(main, ["export", "--store", str(store.path), "-o", str(tmp_path / "no" / "x.ttl")])
    assert missing.exit_code == 1 and "cannot write" in missing.output and "Traceback" not in missing.output
