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
ENV_MAX_FILE_SIZE = "KG_MAX_FILE_SIZE"
ENV_MAX_CLAIMS = "KG_MAX_CLAIMS"

#: The largest monograph ``kg build`` reads, in bytes. The bundled pages are 3-6 KB; the worst
#: page of this size (131,000 one-word bullets) takes 10-30 s and 350 MB to parse and extract.
DEFAULT_MAX_FILE_SIZE = 512 * 1024
#: The most claims one monograph may make. The bundled pages make 40-70; the SHACL gate's time
#: grows faster than linearly with the claims about one drug (2,000: 0.7 s; 8,000: 4.8 s).
DEFAULT_MAX_CLAIMS = 2000

_SIZE_UNITS = {"": 1, "b": 1, "k": 1024, "kb": 1024, "kib": 1024, "m": 1024**2, "mb": 1024**2,
               "mib": 1024**2, "g": 1024**3, "gb": 1024**3, "gib": 1024**3}

#: The package's project root (where ontology/, queries/ and data/ live in a checkout).
PROJECT_ROOT = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class Config:
    """Where things are and how IRIs are minted. Build one with :func:`load_config`."""

    store: str = ".kg/store"  # a directory (Oxigraph); ":memory:" for an in-memory store
    base: str = DEFAULT_BASE
    project_root: Path = PROJECT_ROOT
    update_token: str | None = None
    max_file_size: int = DEFAULT_MAX_FILE_SIZE  # bytes per monograph (kg build refuses larger)
    max_claims: int = DEFAULT_MAX_CLAIMS  # claims per monograph (kg build refuses more)
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


def parse_size(text: str | int) -> int:
    """A size in bytes from ``"512k"``, ``"1MB"``, ``"2 MiB"`` or a plain number of bytes
    (units are binary: k = 1024). Raises ValueError with a message for a person."""
    if isinstance(text, int):
        value = text
    else:
        raw = text.strip().lower().replace(" ", "")
        number = raw.rstrip("abcdefghijklmnopqrstuvwxyz")
        unit = raw[len(number):]
        try:
            value = int(float(number) * _SIZE_UNITS[unit])
        except (KeyError, ValueError):
            raise ValueError(f"{text!r} is not a size: give bytes, or a number with k, MB or GB "
                             "(e.g. 512k, 1MB)") from None
    if value < 1:
        raise ValueError(f"{text!r} is not a size: it must be at least one byte")
    return value


def parse_count(text: str | int, what: str = "count") -> int:
    """A positive whole number, with a message for a person when it is not one."""
    try:
        value = int(text)
    except ValueError:
        raise ValueError(f"{text!r} is not a {what}: give a whole number") from None
    if value < 1:
        raise ValueError(f"{text!r} is not a {what}: it must be at least 1")
    return value


def load_config(environ: dict[str, str] | None = None, **overrides: Any) -> Config:
    """Defaults, then environment variables, then explicit overrides (e.g. CLI options).
    A malformed limit in the environment raises ValueError naming the variable."""
    env = os.environ if environ is None else environ
    limits: dict[str, int] = {}
    for var, key, parse in ((ENV_MAX_FILE_SIZE, "max_file_size", parse_size),
                            (ENV_MAX_CLAIMS, "max_claims", parse_count)):
        if env.get(var):
            try:
                limits[key] = parse(env[var])
            except ValueError as e:
                raise ValueError(f"${var}: {e}") from None
    cfg = Config(
        store=env.get(ENV_STORE, Config.store),
        base=env.get(ENV_BASE, DEFAULT_BASE),
        update_token=env.get(ENV_UPDATE_TOKEN) or None,
        **limits,
    )
    return cfg.with_(**overrides)
