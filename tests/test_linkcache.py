"""The linker's on-disk index (kg.linkcache): the real linking tables of data/vocab, a real
SQLite file in a temporary cache folder, the real mapper on the bundled monographs."""
from __future__ import annotations

import multiprocessing
import os
from pathlib import Path

import pytest

from kg.config import load_config
from kg.extract import extract
from kg.link import load_linker
from kg.linkcache import DiskMapping, cached_linker
from kg.mapping import map_extraction
from kg.parse import parse_file
from kg.pipeline import discover

CORPUS = Path(__file__).resolve().parent.parent / "data" / "monographs"


@pytest.fixture(scope="module")
def extractions() -> list:
    return [extract(parse_file(p)) for p in discover([CORPUS])]


def mapped(extractions: list, linker) -> list[str]:
    cfg = load_config(environ={})
    return [map_extraction(x, cfg.base, linker).ntriples() for x in extractions]


def disk_mappings(linker) -> int:
    """How many dicts of the linker's indexes are read from the cache file."""
    count = 0
    for ix in linker.indexes.values():
        for value in vars(ix).values():
            inner = value.values() if isinstance(value, dict) else [value]
            count += sum(isinstance(v, DiskMapping) for v in inner)
    return count


def test_the_linker_opened_from_its_index_links_as_the_tables_in_memory_do(tmp_path: Path, extractions: list) -> None:
    cfg = load_config(environ={})
    first = cached_linker(cfg, "digest-a", tmp_path)  # loads the tables, writes the index
    assert disk_mappings(first) == 0
    assert [p.name for p in tmp_path.iterdir()] == ["linker-1-digest-a.sqlite"]
    again = cached_linker(cfg, "digest-a", tmp_path)
    assert disk_mappings(again) > 0, "the second process's linker should read its tables from the file"
    expected = mapped(extractions, load_linker(cfg))
    assert mapped(extractions, again) == expected
    assert sum(len(t) for t in expected) > 0


def test_another_digest_is_another_index(tmp_path: Path) -> None:
    cfg = load_config(environ={})
    cached_linker(cfg, "digest-a", tmp_path)
    fresh = cached_linker(cfg, "digest-b", tmp_path)
    assert disk_mappings(fresh) == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["linker-1-digest-a.sqlite", "linker-1-digest-b.sqlite"]


def test_a_broken_index_is_loaded_again_not_trusted(tmp_path: Path, extractions: list) -> None:
    cfg = load_config(environ={})
    (tmp_path / "linker-1-digest-a.sqlite").write_bytes(b"not a database")
    linker = cached_linker(cfg, "digest-a", tmp_path)
    assert disk_mappings(linker) == 0
    assert mapped(extractions[:3], linker) == mapped(extractions[:3], load_linker(cfg))


def test_a_cache_folder_that_cannot_be_written_is_said_and_costs_only_time(tmp_path: Path, capsys) -> None:
    blocked = tmp_path / "file"
    blocked.write_text("a file where the cache folder should be")
    linker = cached_linker(load_config(environ={}), "digest-a", blocked / "kg")
    assert linker("condition", "Actinic keratosis")
    assert "could not be cached" in capsys.readouterr().err


_INHERITED: list = []


def _links_in_child(label: str) -> list[str]:
    linker = _INHERITED[0]  # the parent's linker, inherited by fork, its connection opened there
    return [link.curie for link in linker("condition", label)] + [str(os.getpid())]


def test_forked_workers_read_the_index_on_connections_of_their_own(tmp_path: Path) -> None:
    cfg = load_config(environ={})
    cached_linker(cfg, "digest-a", tmp_path)
    parent = cached_linker(cfg, "digest-a", tmp_path)
    want = [link.curie for link in parent("condition", "Actinic keratosis")]
    assert want and disk_mappings(parent) > 0
    _INHERITED[:] = [parent]
    labels = ["Actinic keratosis", "Superficial basal cell carcinoma", "Genital warts", "Asthma"]
    expected = [[link.curie for link in load_linker(cfg)("condition", label)] for label in labels]
    with multiprocessing.get_context("fork").Pool(2) as pool:
        got = pool.map(_links_in_child, labels)
    assert [g[:-1] for g in got] == expected
    assert all(g[-1] != str(os.getpid()) for g in got)
