"""The ``kg`` command (layer 5): thin click commands over the pipeline, store and web app.

Each command lives in its own module ``kg/cli/NAME.py`` and exposes a click object named
``command``; :data:`COMMAND_MODULES` lists them in help order. Modules are imported only when
their command runs, so ``kg extract`` does not pay for loading the web app or the reasoner.
Errors of this package end a command with a one-line message and exit status 1.
"""
from __future__ import annotations

import importlib

import click

COMMAND_MODULES: tuple[str, ...] = (
    "extract", "build", "query", "export", "diff", "serve", "get", "validate", "reason", "link", "vocab",
)


class LazyGroup(click.Group):
    """A group whose subcommands are the ``command`` objects of :data:`COMMAND_MODULES`."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return list(COMMAND_MODULES)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name not in COMMAND_MODULES:
            return None
        return importlib.import_module(f"kg.cli.{cmd_name}").command  # type: ignore[no-any-return]


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="kg")
def main() -> None:
    """Drug monographs in, a linked and validated knowledge graph out, served over SPARQL."""
