"""Options and error handling shared by the CLI commands."""
from __future__ import annotations

import functools
import sys
from collections.abc import Callable
from typing import Any, TypeVar

import click

from kg.config import ENV_STORE, Config, load_config
from kg.errors import KgError

F = TypeVar("F", bound=Callable[..., Any])


def store_option(f: F) -> F:
    """``--store PATH`` (or $KG_STORE): the embedded store directory, or ``:memory:``."""
    return click.option("--store", "store", envvar=ENV_STORE, default=None, metavar="PATH",
                        help=f"Store directory, :memory:, or a SPARQL server URL "
                             f"[env {ENV_STORE}; default .kg/store].")(f)


def base_option(f: F) -> F:
    return click.option("--base", default=None, envvar="KG_BASE", metavar="IRI",
                        help="Base IRI of the resources we mint [env KG_BASE].")(f)


def config_from(store: str | None = None, base: str | None = None, **overrides: Any) -> Config:
    """The settings: defaults, then the environment, then the command's options."""
    try:
        return load_config(store=store, base=base, **overrides)
    except ValueError as e:  # a malformed $KG_MAX_FILE_SIZE, say
        raise KgError(str(e), hint="fix the environment variable, or unset it") from e


def fail(message: str, code: int = 1) -> None:
    """One line on stderr, then exit."""
    click.echo(f"kg: {message}", err=True)
    sys.exit(code)


def reports_errors(f: F) -> F:
    """Turn a :class:`KgError` into a one-line message and exit status 1 (the CLI's edge)."""

    @functools.wraps(f)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return f(*args, **kwargs)
        except KgError as e:
            fail(str(e))
        except MemoryError:
            fail("ran out of memory (the process is capped, or the machine is full): nothing more was "
                 "written; what was published is whole (give it more memory, or less input)")
        except BrokenPipeError:
            sys.exit(0)

    return wrapper  # type: ignore[return-value]
