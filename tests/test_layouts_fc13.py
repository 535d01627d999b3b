"""Wordings of firstcontact13 (measured blind once, at 0.806; these rules came after)."""
from __future__ import annotations

from tests.test_extract_layouts5 import _x


def _uses(body: str) -> list[tuple[str, str | None]]:
    return [(t.label, t.qualifier) for t in _x(f"**Usage:** {body}\n\n**Side Effects:** Headache.\n").treats]


def test_a_use_told_as_when_a_doctor_prescribes_it() -> None:
    assert _uses("Doctors prescribe it when a migraine, with or without aura, has already started in an adult; it "
                 "is meant to stop the attack.") == [("Migraine", None)]
    assert _uses("It is prescribed when someone has painful muscle spasms from an acute injury, such as a back "
                 "strain.") == [("Painful muscle spasms", None)]
    assert _uses("It is prescribed when you have gout.") == [("Gout", None)]


def test_how_long_it_is_used_is_no_use() -> None:
    assert _uses("It is used for back pain, together with rest and physical therapy for a short time, usually no "
                 "longer than two weeks. It is a therapy for a limited period.") == [("Back pain", None)]


def test_indicated_in_and_treat_and_prevent() -> None:
    assert _uses("It is approved to treat and prevent postmenopausal osteoporosis and to prevent migraine. It is "
                 "also indicated in Paget's disease of bone, a condition in which bone is broken down.") == [
        ("Postmenopausal osteoporosis", None), ("Migraine", "prevention"), ("Paget's disease of bone", None)]


def test_it_stops_the_enzyme_and_binds_to_hydroxyapatite() -> None:
    x = _x("**How it Works:** Zoravir binds tightly to hydroxyapatite, the mineral in bone. When osteoclasts break "
           "down that bone, they take up the drug, and it stops the enzyme farnesyl pyrophosphate synthase (FPPS) "
           "inside them. It stops the bacteria from making proteins.")
    assert [(m.relation, m.target, m.symbol) for m in x.mechanism] == [
        ("binds", "hydroxyapatite", None), ("inhibits", "farnesyl pyrophosphate synthase", "FPPS")]
    for text in ("Unlike zoravir, aspirin stops the enzyme COX-1.", "Unlike zoravir, aspirin blocks the enzyme COX-1."):
        assert not _x(f"**How it Works:** {text}").mechanism, text  # another agent's action, named in lower case
    z = _x("**How it Works:** Unlike aspirin, zoravir blocks the enzyme COX-2.")
    assert [(m.relation, m.target) for m in z.mechanism] == [("blocks", "COX-2")]


def test_a_target_named_bare_then_in_full_is_one_target() -> None:
    x = _x("**How it Works:** Zoravir is an agonist at two serotonin receptors, 5-HT1B and 5-HT1D. By stimulating "
           "5-HT1B receptors on blood vessels, it narrows them. By acting on 5-HT1D receptors on nerve endings, it "
           "calms the nerves.")
    assert [(m.relation, m.target) for m in x.mechanism] == [("activates", "5-HT1B receptor"),
                                                             ("activates", "5-HT1D receptor")]


def test_like_another_drug_it_blocks_is_the_drugs_own_action() -> None:
    for text, want in (
        ("Chemically it is very close to amitriptyline, and like it, it blocks histamine H1 receptors and "
         "muscarinic acetylcholine receptors.", [("blocks", "histamine H1 receptor"),
                                                 ("blocks", "muscarinic acetylcholine receptor")]),
        ("Like amitriptyline, it blocks histamine H1 receptors.", [("blocks", "histamine H1 receptor")]),
        ("Unlike amitriptyline, it blocks only H1 receptors.", [("blocks", "H1 receptor")]),
        ("Like zoravir, aspirin blocks the enzyme COX-1.", []),  # aspirin's action, said of aspirin
        ("Chemicals like histamine activate H1 receptors.", []),  # the body's messengers
    ):
        x = _x(f"**How it Works:** {text}")
        assert [(m.relation, m.target) for m in x.mechanism] == want, text
