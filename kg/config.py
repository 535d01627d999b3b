"""Settings shared by every command and the web app (layer 0, standard library only)."""
from __future__ import annotations

import os
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

#: Our own vocabulary (classes and properties of ontology/drugkg.ttl).
VOCAB = "https://w3id.org/drugkg/vocab/"
#: Default base of the resources we mint (drugs, conditions, statements ...).
DEFAULT_BASE = "https://w3id.org/drugkg/id/"

ENV_STORE = "KG_STORE"
ENV_BASE = "KG_BASE"
ENV_UPDATE_TOKEN = "KG_UPDATE_TOKEN"

#: The package's project root (where ontology/, queries/ and data/ live in a checkout).
PROJECT_ROOT = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class Config:
    """Where things are and how IRIs are minted. Build one with :func:`load_config`."""

    store: str = ".kg/store"  # a directory (Oxigraph); ":memory:" for an in-memory store
    base: str = DEFAULT_BASE
    project_root: Path = PROJECT_ROOT
    update_token: str | None = None
    extra: dict[str, str] = field(default_factory=dict)

    @property
    def ontology_dir(self) -> Path:
        return self.project_root / "ontology"

    @property
    def queries_dir(self) -> Path:
        return self.project_root / "queries"

    @property
    def data_dir(self) -> Path:
        return self.project_root / "data"

    @property
    def monographs_dir(self) -> Path:
        return self.data_dir / "monographs"

    def with_(self, **changes: Any) -> Config:
        """A copy with the given settings changed; ``None`` values leave a setting as it is."""
        return replace(self, **{k: v for k, v in changes.items() if v is not None})


def load_config(environ: dict[str, str] | None = None, **overrides: Any) -> Config:
    """Defaults, then environment variables, then explicit overrides (e.g. CLI options)."""
    env = os.environ if environ is None else environ
    cfg = Config(
        store=env.get(ENV_STORE, Config.store),
        base=env.get(ENV_BASE, DEFAULT_BASE),
        update_token=env.get(ENV_UPDATE_TOKEN) or None,
    )
    return cfg.with_(**overrides)
