"""Misses left from sets 102-105, each rule pinned by invented pages of other drugs and other words."""
from __future__ import annotations

from tests.test_extract_layouts5 import _mech, _x


def _how(body: str) -> set[tuple[str, str]]:
    return _mech(_x("## How it Works\n\n" + body + "\n"))


def test_the_kinase_activity_of_a_receptor_is_the_receptor_inhibited() -> None:
    """"inhibits the tyrosine kinase activity of X receptors": the receptor, as "the activity of X" gives it."""
    assert _how("Zoravir inhibits the tyrosine kinase activity of the stem cell factor receptors (SCFR1 and SCFR2).") \
        == {("inhibits", "stem cell factor receptor")}
    assert _how("Zoravir inhibits the enzymatic activity of the enzyme cathepsin K.") == {("inhibits", "cathepsin K")}


def test_a_state_that_lasts_names_no_object() -> None:
    """"keeps X switched on all the time" describes the disease: no "increases all the time"."""
    assert _how("In some tumours a fusion gene keeps the KQ2 receptor switched on all the time. Zoravir blocks the "
                "KQ2 receptor.") == {("blocks", "KQ2 receptor")}


def test_a_pathway_shut_down_is_a_downstream_decrease_each_named() -> None:
    """A pathway is no molecular target: "shuts down the A and B pathways" decreases each, the head noun shared, and
    "the pathways downstream of X, including A" names A."""
    assert _how("Zoravir inhibits KQ2. This shuts down the JNK and NF-kB pathways.") == {
        ("inhibits", "KQ2"), ("decreases", "JNK pathway"), ("decreases", "NF-kB pathway")}
    assert _how("Zoravir inhibits KQ2. This blocks the signalling pathways downstream of the kinase, including the "
                "Wnt pathway, so the cells stop growing.") == {("inhibits", "KQ2"), ("decreases", "Wnt pathway")}
    assert _how("Zoravir blocks the hedgehog signalling pathway.") == {("decreases", "hedgehog pathway")}
