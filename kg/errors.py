"""One error base class and one subclass per stage (layer 0).

Messages say what went wrong, where (file and line when there is one) and what to do.
Raise them with ``raise ... from exc``; only the outermost edges (CLI, web) catch broadly.
"""
from __future__ import annotations


class KgError(Exception):
    """Base class of every error this package raises on purpose."""

    def __init__(self, message: str, *, file: str | None = None, line: int | None = None,
                 hint: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.file = file
        self.line = line
        self.hint = hint

    def __str__(self) -> str:
        where = ""
        if self.file:
            where = f"{self.file}:{self.line}: " if self.line else f"{self.file}: "
        text = f"{where}{self.message}"
        return f"{text} ({self.hint})" if self.hint else text


class ParseError(KgError):
    """A monograph cannot be read: binary, wrong encoding, broken front matter, no title."""


class InputError(KgError):
    """Monographs that cannot be built as given: over a size or claim limit, two files that mint
    one key, no monograph at all."""


class ExtractError(KgError):
    """The extractor met a structure it cannot interpret."""


class MappingError(KgError):
    """Claims cannot be turned into RDF (e.g. a label that normalises to nothing)."""


class LinkError(KgError):
    """A vocabulary or mapping file cannot be read, or an identifier is invalid."""


class StoreError(KgError):
    """The graph store cannot be opened, read or written."""


class QueryError(KgError):
    """A SPARQL query is malformed, times out or asks for something unsupported."""


class ValidationError(KgError):
    """SHACL validation could not run (not: the graph does not conform)."""


class ReasoningError(KgError):
    """The ontology cannot be loaded or reasoned over."""
