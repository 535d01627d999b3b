"""The layer rules of DESIGN.md, checked by walking the imports of every module in kg/."""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "kg"

#: third-party engine -> the only modules allowed to import it
ENGINE_OWNERS = {
    "markdown_it": {"kg.parse"},
    "pyoxigraph": {"kg.store"},
    "pyshacl": {"kg.validate"},
    "owlready2": {"kg.ontology"},
    "bioregistry": {"kg.link", "kg.vocab"},
    "curies": {"kg.link", "kg.vocab"},
    "flask": {"kg.web", "kg.cli"},
}
#: module -> kg modules it must never import
FORBIDDEN = {
    "kg.model": {"kg"},
    "kg.errors": {"kg"},
    "kg.config": {"kg"},
    "kg.parse": {"kg.mapping", "kg.store", "kg.pipeline", "kg.web", "kg.cli"},
    "kg.extract": {"kg.mapping", "kg.store", "kg.pipeline", "kg.web", "kg.cli"},
    "kg.mapping": {"kg.store", "kg.pipeline", "kg.web", "kg.cli"},
    "kg.store": {"kg.pipeline", "kg.web", "kg.cli", "kg.parse", "kg.extract"},
    "kg.pipeline": {"kg.web", "kg.cli"},
    "kg.web": {"kg.parse", "kg.extract", "kg.mapping", "kg.pipeline", "kg.cli"},
}
NO_RDFLIB = ("kg.model", "kg.errors", "kg.config", "kg.parse", "kg.extract")


def module_name(path: Path) -> str:
    rel = path.relative_to(PACKAGE.parent).with_suffix("")
    parts = list(rel.parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
    return found


MODULES = {module_name(p): imports(p) for p in sorted(PACKAGE.rglob("*.py"))}


def within(module: str, prefix: str) -> bool:
    return module == prefix or module.startswith(prefix + ".")


@pytest.mark.parametrize("module", sorted(MODULES))
def test_engines_stay_behind_their_module(module: str) -> None:
    for imported in MODULES[module]:
        top = imported.split(".")[0]
        owners = ENGINE_OWNERS.get(top)
        if owners is not None:
            assert any(within(module, o) for o in owners), f"{module} imports {top}"


@pytest.mark.parametrize("module", sorted(MODULES))
def test_layers(module: str) -> None:
    for owner, banned in FORBIDDEN.items():
        if not within(module, owner):
            continue
        for imported in MODULES[module]:
            for b in banned:
                if b == "kg":
                    assert not within(imported, "kg"), f"{module} (layer 0) imports {imported}"
                else:
                    assert not within(imported, b), f"{module} must not import {imported}"


@pytest.mark.parametrize("module", NO_RDFLIB)
def test_claims_stay_plain_python(module: str) -> None:
    for m, found in MODULES.items():
        if within(m, module):
            assert not any(within(i, "rdflib") for i in found), f"{m} imports rdflib"


def test_the_walk_sees_the_package() -> None:
    assert {"kg.model", "kg.mapping", "kg.store", "kg.pipeline"} <= set(MODULES)
