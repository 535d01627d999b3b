"""Shared fixtures: the bundled corpus built once into a real Oxigraph store on disk."""
from __future__ import annotations

from pathlib import Path

import pytest

from kg.config import Config, load_config
from kg.pipeline import BuildReport, build
from kg.store import OxigraphStore, open_store

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "data" / "monographs"


@pytest.fixture(scope="session")
def corpus() -> Path:
    return CORPUS


@pytest.fixture(scope="session")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[OxigraphStore, BuildReport, Config]:
    """The bundled monographs built (with linking) into a store in a temporary directory."""
    path = tmp_path_factory.mktemp("store") / "db"
    cfg = load_config(environ={}, store=str(path))
    store = open_store(path)
    report = build([CORPUS], store, cfg, workers=1)
    return store, report, cfg


@pytest.fixture(scope="session")
def default_linker():  # type: ignore[no-untyped-def]
    """The linker of the default configuration (the shipped vocabularies and mappings), loaded once."""
    from kg.config import load_config
    from kg.link import load_linker

    return load_linker(load_config(environ={}))
