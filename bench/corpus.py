"""A synthetic corpus for the benchmarks: the bundled monographs under new drug names."""
from __future__ import annotations

import re
from pathlib import Path

from kg.pipeline import discover

SYLLABLES = ["ka", "lo", "mi", "ra", "te", "zu", "vo", "ni", "sa", "pe", "du", "xi"]
_TITLE = re.compile(r"^title:\s*(.+?)\s*$", re.MULTILINE)


def fake_name(i: int, suffix: str = "mab") -> str:
    """A pronounceable drug name, distinct for each ``i`` below 12**4."""
    parts = []
    for _ in range(4):
        parts.append(SYLLABLES[i % len(SYLLABLES)])
        i //= len(SYLLABLES)
    return "".join(parts).capitalize() + suffix


def replicate(corpus: Path, out: Path, n: int, suffix: str = "mab") -> list[Path]:
    """N copies of the corpus monographs, each with its drug renamed everywhere in the text."""
    sources = discover([corpus])
    out.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(n):
        text = sources[i % len(sources)].read_bytes().decode("utf-8")
        title = _TITLE.search(text)
        name = fake_name(i, suffix)
        if title:
            text = re.sub(re.escape(title.group(1)), name, text, flags=re.IGNORECASE)
        dest = out / f"{name.lower()}.md"
        dest.write_bytes(text.encode("utf-8"))
        paths.append(dest)
    return paths
