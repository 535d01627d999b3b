"""The ground-truth files of our corpora say what their authors meant: a comma inside a YAML flow
mapping ("{label: Bone, joint or muscle pain, ...}") ends the value, so the truth said "Bone" and
scored a right extraction as wrong. Every item may hold only the fields the conventions define."""
from __future__ import annotations

from pathlib import Path

import pytest
import yaml

FIXTURES = Path(__file__).parent / "fixtures"
FIELDS = {"label", "category", "serious", "abbreviation", "qualifier", "synonyms", "relation", "target", "symbol",
          "certainty", "agent", "examples", "effect", "population", "note", "status"}
TRUTHS = sorted(FIXTURES.glob("*/*.expected.yaml"))


def test_there_are_truth_files() -> None:
    assert len(TRUTHS) >= 100


@pytest.mark.parametrize("path", TRUTHS, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_every_item_holds_only_known_fields(path: Path) -> None:
    truth = yaml.safe_load(path.read_text(encoding="utf-8"))
    bad = [(key, item) for key, value in truth.items() if isinstance(value, list)
           for item in value if isinstance(item, dict) and not set(item) <= FIELDS]
    assert not bad, f"{path}: quote values that hold a comma: {bad}"
