"""Names that the vocabularies hold in another form of the same words (session 44): where a finding was measured, said
after it ("... on the heart tracing", "... on an ECG"), a colour said "-ish" before another ("reddish-brown" is
"red-brown"). Each case is a label no corpus page used, and each fold has its words that must stay as they are."""
from __future__ import annotations

import pytest

from kg.config import load_config
from kg.link import load_linker
from kg.linking.normalize import loose
from tests.test_link_coverage import exact


@pytest.fixture(scope="module")
def linker():  # type: ignore[no-untyped-def]
    return load_linker(load_config(environ={}))


@pytest.mark.parametrize(("text", "key"), [
    ("Prolonged QT interval on the ECG", "prolonged qt interval"),
    ("Widened QRS complex on an electrocardiogram", "widened qrs complex"),
    ("Shortened PR interval on a heart tracing", "shortened pr interval"),
    ("ECG", "ecg"),  # nothing left but the place: stays
    ("Yellowish-green sputum", "yellow green sputum"),
    ("Greyish-white spots", "gray white spot"),
    ("Reddish skin", "reddish skin"),  # no second colour: "reddish" says less than red, stays
])
def test_where_a_finding_was_measured_is_dropped(text: str, key: str) -> None:
    assert loose(text) == key


@pytest.mark.parametrize(("kind", "label", "curie"), [
    ("side-effect", "Prolonged QT interval on the ECG", "HP:0001657"),
    ("side-effect", "Shortened QT interval on an ECG", "HP:0012232"),
    ("side-effect", "Reddish-brown coloured urine", "HP:0040320"),
])
def test_a_finding_measured_on_the_heart_tracing_is_linked(linker, kind: str, label: str,  # type: ignore[no-untyped-def]
                                                           curie: str) -> None:
    out = linker.explain(kind, label, (), None)
    assert curie in exact(out), (label, out.links)
