"""What a monograph file is before its Markdown body (layer 1): its encoding and its front matter.

Front matter is the YAML mapping between a leading ``---`` line and the next ``---`` (or
``...``) line. It is read with a safe loader and with bounds, because YAML is a small
language for large things: anchors and aliases let a few hundred bytes stand for billions of
values (a "billion laughs" alias bomb in ``title:`` took ``kg extract`` to 24 GB). Before
anything is constructed, the composed node graph is measured as it would be once expanded
(each alias counted as a full copy of what it names, in time linear in the nodes written); a
mapping that would expand past :data:`MAX_NODES` values, or that refers to itself, is refused
with the line of the key that holds it. The front matter's text is bounded too
(:data:`MAX_BYTES`): a monograph's front matter is a few ``key: value`` lines.

:func:`wide_encoding` tells UTF-16 and UTF-32 files (by their byte-order mark, or by the NUL
bytes every other character of mostly-ASCII text has) from binary ones, so a page saved in the
wrong encoding is reported as that, with the fix.
"""
from __future__ import annotations

import re
from typing import Any

import yaml

from kg.errors import ParseError

__all__ = ["MAX_BYTES", "MAX_DEPTH", "MAX_NODES", "read_front_matter", "wide_encoding"]

#: The largest front matter read, in bytes (the bundled pages have about 60).
MAX_BYTES = 64 * 1024
#: The most YAML values (scalars, lists, mappings) the front matter may hold once its aliases
#: are expanded (the bundled pages have about 10).
MAX_NODES = 10_000

#: The deepest nesting of lists and mappings read (the bundled pages have 1).
MAX_DEPTH = 20

_FRONT_END = frozenset({"---", "..."})
_OPEN = (yaml.BlockSequenceStartToken, yaml.BlockMappingStartToken, yaml.FlowSequenceStartToken,
         yaml.FlowMappingStartToken)
_CLOSE = (yaml.BlockEndToken, yaml.FlowSequenceEndToken, yaml.FlowMappingEndToken)
#: libyaml's safe loader when PyYAML was built with it (10-20x faster), else the pure-Python one.
_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_HINT = "fix the YAML between the '---' lines"
#: Front matter made only of top-level "key: plain value" lines (no flow collections, anchors,
#: aliases, tags or block scalars): it cannot nest or expand, so it needs none of the checks.
_FLAT = re.compile(r"(?:[A-Za-z_][\w-]*:[ \t]*[^\[\]{}&*!|>\n#'\"]*(?:\n|$))*")


def read_front_matter(lines: list[str], path: str) -> tuple[dict[str, Any], int]:
    """The YAML mapping between the leading ``---`` lines, and how many lines it takes
    (``({}, 0)`` without front matter). Raises :class:`ParseError` with the file and line."""
    if not lines or lines[0].strip() != "---":
        return {}, 0
    end = next((i for i in range(1, len(lines)) if lines[i].strip() in _FRONT_END), None)
    if end is None:
        raise ParseError("unterminated front matter: no closing '---' line", file=path, line=1,
                         hint="close the YAML block with a line of three dashes")
    text = "\n".join(lines[1:end])
    size = len(text.encode("utf-8"))
    if size > MAX_BYTES:
        raise ParseError(f"front matter of {size:,} bytes, over the limit of {MAX_BYTES:,}", file=path,
                         line=1, hint="front matter holds a few 'key: value' lines (title, layout): move "
                                      "the text below the closing '---' line")
    if _FLAT.fullmatch(text):  # "key: value" lines with no nesting, anchor or alias: nothing to bound
        try:
            data = yaml.load(text, Loader=_YAML_LOADER)  # noqa: S506 (a safe loader)
        except (yaml.YAMLError, ValueError):  # a syntax error, a 6,000-digit integer, ...
            data = _load(text, path, _YAML_LOADER)  # the careful path reports the error with its line
    else:
        data = _load(text, path, _YAML_LOADER)
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise ParseError("front matter is not a mapping of keys to values", file=path, line=2,
                         hint="write 'key: value' lines between the '---' lines")
    return data, end + 1


def _check_depth(text: str, path: str) -> None:
    """Refuse collections nested deeper than :data:`MAX_DEPTH` from the token stream (the
    scanner is iterative; the composers of both parsers recurse, libyaml's without a guard)."""
    depth = 0
    try:
        for token in yaml.scan(text, Loader=_YAML_LOADER):
            if isinstance(token, _OPEN):
                depth += 1
                if depth > MAX_DEPTH:
                    raise ParseError(f"front matter nested more than {MAX_DEPTH} levels deep", file=path,
                                     line=token.start_mark.line + 2,
                                     hint="front matter is a few 'key: value' lines: flatten it")
            elif isinstance(token, _CLOSE):
                depth -= 1
    except yaml.YAMLError:
        return  # a syntax error after shallow nesting: the parse below reports it with its line


def _load(text: str, path: str, loader_class: Any) -> Any:
    """Compose, measure, then construct one YAML document; errors become ParseError."""
    _check_depth(text, path)
    loader = loader_class(text)
    try:
        try:
            node = loader.get_single_node()
        except yaml.YAMLError as exc:
            if loader_class is not yaml.SafeLoader:
                # the pure-Python parser's marks point at the line of the problem; libyaml's may
                # point past it (but it recurses, so deep nesting keeps libyaml's)
                try:
                    return _load(text, path, yaml.SafeLoader)
                except RecursionError:
                    pass
            raise _yaml_error(exc, path) from exc
        except RecursionError as exc:
            raise ParseError("front matter nested too deeply", file=path, line=2, hint=_HINT) from exc
        if node is None:
            return None
        _check_expansion(node, path)
        try:
            return loader.construct_document(node)
        except yaml.YAMLError as exc:
            raise _yaml_error(exc, path) from exc
        except (ValueError, OverflowError, TypeError) as exc:  # e.g. an integer of 5,000 digits
            raise ParseError(f"front matter value cannot be read: {exc}", file=path,
                             line=_unreadable_line(loader_class, node), hint=_HINT) from exc
    finally:
        loader.dispose()


def _unreadable_line(loader_class: Any, root: yaml.Node) -> int:
    """The line of the first top-level value that cannot be constructed (else the first line)."""
    if isinstance(root, yaml.MappingNode):
        for key, value in root.value:
            loader = loader_class("")
            try:
                loader.construct_object(key, deep=True)
                loader.construct_object(value, deep=True)
            except (yaml.YAMLError, ValueError, OverflowError, TypeError):
                return int(key.start_mark.line) + 2
            finally:
                loader.dispose()
    return int(root.start_mark.line) + 2


def _yaml_error(exc: yaml.YAMLError, path: str) -> ParseError:
    mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
    line = mark.line + 2 if mark is not None else 2
    problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
    return ParseError(f"broken front matter YAML: {problem}", file=path, line=line, hint=_HINT)


def _children(node: yaml.Node) -> list[yaml.Node]:
    if isinstance(node, yaml.MappingNode):
        return [n for pair in node.value for n in pair]
    if isinstance(node, yaml.SequenceNode):
        return list(node.value)
    return []


def _expanded_size(root: yaml.Node, path: str, sizes: dict[int, int]) -> int:
    """How many values ``root`` stands for with every alias expanded, without expanding any:
    each distinct node is sized once (``sizes``, by identity), iteratively (no recursion limit).
    A node that contains itself would expand forever and is refused."""
    stack: list[tuple[yaml.Node, bool]] = [(root, False)]
    open_: set[int] = set()
    while stack:
        node, children_done = stack.pop()
        key = id(node)
        if key in sizes:
            continue
        if children_done:
            open_.discard(key)
            total = 1 + sum(sizes[id(c)] for c in _children(node))
            sizes[key] = min(total, MAX_NODES + 1)  # saturate: the count only needs to pass the bound
            continue
        if key in open_:
            raise ParseError("front matter refers to itself (a YAML alias inside its own anchor)",
                             file=path, line=node.start_mark.line + 2, hint=_HINT)
        open_.add(key)
        stack.append((node, True))
        for child in _children(node):
            if id(child) in open_:
                raise ParseError("front matter refers to itself (a YAML alias inside its own anchor)",
                                 file=path, line=child.start_mark.line + 2, hint=_HINT)
            if id(child) not in sizes:
                stack.append((child, False))
    return sizes[id(root)]


def _check_expansion(root: yaml.Node, path: str) -> None:
    sizes: dict[int, int] = {}
    if _expanded_size(root, path, sizes) <= MAX_NODES:
        return
    # point at the first top-level key whose value is too large (the line of `title: *bomb`)
    # point at the first top-level key whose value is too large (`f: &f [*e, *e, ...]`)
    culprit = root
    if isinstance(root, yaml.MappingNode):
        culprit = next((k for k, v in root.value if sizes[id(k)] + sizes[id(v)] > MAX_NODES), root)
    raise ParseError(f"front matter would hold more than {MAX_NODES:,} values once its YAML aliases "
                     "are expanded (an alias bomb?)", file=path,
                     line=culprit.start_mark.line + 2,
                     hint="write the values out: front matter is a few 'key: value' lines and needs no "
                          "YAML anchors or aliases")


# -- encoding ---------------------------------------------------------------------------------

_BOMS = ((b"\xff\xfe\x00\x00", "UTF-32 (little-endian)"), (b"\x00\x00\xfe\xff", "UTF-32 (big-endian)"),
         (b"\xff\xfe", "UTF-16 (little-endian)"), (b"\xfe\xff", "UTF-16 (big-endian)"))


def wide_encoding(raw: bytes) -> str | None:
    """The name of the UTF-16 or UTF-32 encoding ``raw`` is in, from its byte-order mark or,
    without one, from where its NUL bytes fall (mostly-ASCII text in UTF-16 has a NUL in every
    other byte, on one side); ``None`` for anything else (UTF-8, binary)."""
    for bom, name in _BOMS:
        if raw.startswith(bom):
            return name
    head = raw[:4096]
    if len(head) < 4 or b"\x00" not in head:
        return None
    pairs = len(head) // 2
    even = sum(1 for i in range(0, pairs * 2, 2) if head[i] == 0)
    odd = sum(1 for i in range(1, pairs * 2, 2) if head[i] == 0)
    if odd >= 0.6 * pairs and even <= 0.05 * pairs:
        return "UTF-16 (little-endian, no byte-order mark)"
    if even >= 0.6 * pairs and odd <= 0.05 * pairs:
        return "UTF-16 (big-endian, no byte-order mark)"
    return None
