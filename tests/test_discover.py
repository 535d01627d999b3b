"""kg.pipeline.discover walks folders with os.scandir: it must find what pathlib's rglob finds
(the definition it replaced), on a real tree with nested and hidden folders, links and non-files."""
from __future__ import annotations

import os
from pathlib import Path

from kg.pipeline import NOT_MONOGRAPHS, discover, resolve_all


def by_rglob(root: Path) -> list[Path]:
    found: dict[Path, Path] = {}
    for f in root.rglob("*.md"):
        if f.name.lower() not in NOT_MONOGRAPHS and f.is_file():
            found.setdefault(f.resolve(), f)
    return sorted(found.values())


def test_discover_finds_what_rglob_finds(tmp_path: Path) -> None:
    root = tmp_path / "in"
    for rel in ("a.md", "b.MD", "INDEX.md", "readme.md", "notes.txt", "x/c.md", "x/y/d.md", ".hidden/e.md",
                "x/y/z/.md"):
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("# t\n", encoding="utf-8")
    (root / "folder.md").mkdir()  # a folder named like a monograph is not one
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "f.md").write_text("# f\n", encoding="utf-8")
    os.symlink(outside, root / "linked")  # rglob does not follow links to folders
    os.symlink(outside / "f.md", root / "link.md")  # a link to a file is a file
    os.symlink(tmp_path / "nowhere.md", root / "dangling.md")
    assert discover([root]) == by_rglob(root)
    assert root / "link.md" in discover([root]) and root / "x" / "y" / "d.md" in discover([root])


def test_resolve_all_is_resolve(tmp_path: Path) -> None:
    (tmp_path / "real").mkdir()
    (tmp_path / "real" / "a.md").write_text("# a\n", encoding="utf-8")
    os.symlink(tmp_path / "real", tmp_path / "alias")
    os.symlink(tmp_path / "real" / "a.md", tmp_path / "real" / "b.md")
    files = [tmp_path / "alias" / "a.md", tmp_path / "real" / "b.md", Path(os.path.relpath(tmp_path / "real" / "a.md"))]
    assert resolve_all(files) == {f: str(f.resolve()) for f in files}
