"""The audit of links of the blind sets ``tests/fixtures/firstcontact110`` and ``firstcontact111`` (2026-12-06): no
identifier of another thing by the label at first contact. Kept where the truth gives another or none, each by a rule
the linker follows: "Brain inflammation (leukoencephalopathy)" as HPO's *Leukoencephalopathy* and "Swelling in the
back of the eye (macular edema)" as *Macular edema* by the page's own gloss; "Increased heart rate" as *Tachycardia*
(a lay-terms row since earlier sets); "Sleep problems" as the Disease Ontology's *sleep disorder* (the truths give
HPO's *Sleep abnormality*, the same thing in another vocabulary); "Critical limb ischaemia" as HPO's *Rest limb pain*
by its EXACT synonym "Critical limb ischemia". One lay-terms row for a name the link truths give and the linker
never joined: "Loss of bone density" (*Reduced bone mineral density*, as "low bone density" already was). Left as
decided before: "Upper stomach pain" is SIDER's *Abdominal pain upper* (a row of its own), "Metallic taste" one form
of parageusia (refused-synonyms.tsv), and "Increased liver enzymes" and "Hypomania" stay unlinked to HPO where a
SIDER label contradicts it by its UMLS concept (tests/test_link_audit25.py)."""
from __future__ import annotations

from kg.link import EXACT_MATCH
from tests.test_link_audit12 import direct


def test_loss_of_bone_density_is_reduced_bone_mineral_density(default_linker) -> None:  # type: ignore[no-untyped-def]
    outcome = default_linker.explain("side-effect", "Loss of bone density")
    assert "HP:0004349" in direct(outcome, EXACT_MATCH) and "lay-terms.tsv:" in outcome.via["HP:0004349"]


def test_a_gloss_names_the_node_for_the_linker(default_linker) -> None:  # type: ignore[no-untyped-def]
    """The page's own name for the thing in brackets is the node's synonym, and links it."""
    outcome = default_linker.explain("side-effect", "Swelling in the back of the eye", ["macular edema"])
    assert "HP:0040049" in direct(outcome, EXACT_MATCH)
