"""Rules from the misses of firstcontact166 and firstcontact167 (ordinary answers of twelve models not imitated before,
measured after the rules from sets 140-165), pinned by invented pages of other drugs and other words."""
from __future__ import annotations

from tests.test_extract_layouts5 import _x


def _uses(x) -> list[str]:  # type: ignore[no-untyped-def]
    return [u.label for u in x.treats]


def test_how_long_a_use_may_last_is_no_use() -> None:
    """"oral X must be used for no more than 7 days and the injection for no more than 5 days": a limit, no use."""
    x = _x("Usage:\nZorvane is used for gout. Since 2019, oral zorvane must be used for no more than 14 days and the "
           "injection for no more than 3 days.\n", "Zorvane")
    assert _uses(x) == ["Gout"]


def test_nausea_and_vomiting_with_a_setting_is_one_use() -> None:
    """"Prevention of nausea and vomiting with moderately emetogenic chemotherapy": one complex, its setting kept."""
    x = _x("Usage:\nZorvane is used for:\n* Prevention of nausea and vomiting with radiotherapy to the abdomen - for "
           "example in a long course.\n* Gout\n", "Zorvane")
    assert _uses(x) == ["Nausea and vomiting with radiotherapy to the abdomen", "Gout"]


def test_what_a_powder_is_mixed_to_make_is_no_use() -> None:
    """"It comes as a powder that is mixed to make a solution for infusion": a form for a route, no use "Infusion"."""
    x = _x("Usage:\nZorvane is used for gout. The vial holds a powder that is mixed to make a solution for injection "
           "into a vein.\n", "Zorvane")
    assert _uses(x) == ["Gout"]


def test_a_form_called_by_a_name_is_a_brand() -> None:
    """"A ready-to-use solution called Focinvez was approved in 2023": a product of the drug, its brand."""
    x = _x("Usage:\nZorvane is used for gout. A long-acting patch called Urivexa was approved in Canada in 2022.\n",
           "Zorvane")
    assert "Urivexa" in [b.label for b in x.brand_names]


def _effects(x) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    return [(e.label, e.category) for e in x.side_effects]


def test_mild_effects_said_where_they_happen_before_their_list() -> None:
    """"Most side effects are mild and happen where the gel is applied: pain, redness, ...": the list, common."""
    x = _x("## Side Effects\n\nMost side effects are mild and occur where the foam is sprayed: stinging, dryness and "
           "peeling.\n", "Zorvane")
    assert _effects(x) == [("Stinging", "Common"), ("Dryness", "Common"), ("Peeling", "Common")]


def test_why_a_kind_of_side_effects_can_occur_then_its_list() -> None:
    """"Because a small amount reaches the body, anticholinergic side effects can also occur. These include A, B":
    the list, no effect named "Anticholinergic side effects"."""
    x = _x("## Side Effects\n\nBecause some of the cream is absorbed, or it may be rubbed into the eyes, "
           "adrenergic side effects can also occur. These include a fast heartbeat, tremor and sweating.\n", "Zorvane")
    assert [label for label, _ in _effects(x)] == ["Fast heartbeat", "Tremor", "Sweating"]


def test_why_an_effect_happens_is_no_part_of_it() -> None:
    """"overheating or heat illness because the body sweats less in hot weather": the effect, not why."""
    x = _x("## Side Effects\n\nSerious side effects are uncommon: fainting, and low blood sugar because the liver "
           "makes less glucose.\n", "Zorvane")
    assert [label for label, _ in _effects(x)] == ["Fainting", "Low blood sugar"]


def test_a_group_said_to_happen_names_the_list_after_it() -> None:
    """"Serious side effects can happen, most often during the first 3 months. These include:" over a list: serious."""
    x = _x("## Side Effects\n\n- Headache\n\nSerious side effects can happen, most often in the first 2 months. "
           "These include:\n- Seizures\n- Hair loss\n", "Zorvane")
    assert _effects(x)[1:] == [("Seizures", "Serious"), ("Hair loss", "Serious")]


def _actions(x) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    return [(m.relation, m.target) for m in x.mechanism]


def test_a_member_said_again_without_its_family_is_one_target() -> None:
    """"blocks the histamine H1 receptor ... also blocks H1 receptors in the brain": one target, its fuller name."""
    x = _x("## How it Works\n\nIn an allergy, histamine attaches to H1 receptors on blood vessels and nerves. Zorvane "
           "blocks the histamine H1 receptor, so histamine cannot act.\n\nBecause it crosses the blood-brain barrier, "
           "zorvane also blocks H1 receptors in the brain, which causes sleepiness.\n", "Zorvane")
    assert [t for r, t in _actions(x) if r == "blocks"] == ["histamine H1 receptor"]


def test_a_gerund_on_the_labelled_receptors_gives_the_relation() -> None:
    """"* **Histamine H1 receptors:** Blocking these receptors causes sedation": blocked; what follows read on."""
    x = _x("## How it Works\n\nZorvane acts on two receptors:\n\n* **Serotonin 5-HT3 receptors:** Zorvane blocks "
           "these receptors.\n* **Dopamine D2 receptors:** Blocking these receptors reduces the release of "
           "prolactin.\n", "Zorvane")
    assert ("blocks", "dopamine D2 receptor") in _actions(x)


def test_binding_then_acting_as_a_weak_agonist_activates() -> None:
    """"It binds to androgen receptors and acts as a weak agonist, which explains ...": activated."""
    x = _x("## How it Works\n\nZorvane works in two ways:\n\n* It binds to mu-opioid receptors and acts as a weak "
           "agonist, which explains its mild effect.\n* It also blocks NMDA receptors.\n", "Zorvane")
    assert ("activates", "mu-opioid receptor") in _actions(x)


def test_these_effects_are_no_downstream_thing() -> None:
    """"..., so histamine cannot produce these effects": what the sentence before named, no entry "effects"."""
    x = _x("## How it Works\n\nZorvane blocks the angiotensin AT1 receptor, so angiotensin II cannot produce these "
           "effects.\n", "Zorvane")
    assert not [t for _, t in _actions(x) if "effect" in t]


def test_a_brand_of_another_place_and_a_brand_sold_since_a_year() -> None:
    """"..., and in some European countries as Tiklid"; "in Japan it has been sold since 2020 as Ecclock": brands."""
    x = _x("Usage:\nZorvane is used for gout. It was sold in Canada under the brand name Zorvex, which is no longer "
           "made, and in some Asian countries as Zorvix. In Korea it has been sold since 2019 as Urizor (2% gel).\n",
           "Zorvane")
    assert [b.label for b in x.brand_names] == ["Zorvex", "Zorvix", "Urizor"]


def test_a_brand_of_the_drug_with_another_in_one_tablet_is_not_its_own() -> None:
    """"It is also available together with tadalafil in one tablet (Opsynvi)": the pair's brand."""
    x = _x("Usage:\nZorvane is used for gout. It is sold as Zorvex. It also comes together with colchicine in one "
           "tablet (Zorvicol).\n", "Zorvane")
    assert [b.label for b in x.brand_names] == ["Zorvex"]


def test_an_abbreviation_of_the_condition_a_symptom_is_named_in() -> None:
    """"Pruritus in progressive familial intrahepatic cholestasis (PFIC) ... approved to treat PFIC itself": two."""
    x = _x("Usage:\nZorvane is used for fatigue in primary biliary cholangitis (PBC). In Japan it is also approved to "
           "treat PBC itself in adults.\n", "Zorvane")
    assert _uses(x) == ["Fatigue in primary biliary cholangitis", "Primary biliary cholangitis"]


def test_an_abbreviation_ending_like_an_adjective_is_a_name() -> None:
    """"approved to treat PFIC itself": an abbreviation that ends in "-IC" is no lone adjective."""
    x = _x("Usage:\nZorvane is used for itching in benign recurrent intrahepatic cholestasis (BRIC). In Europe it is "
           "approved to treat BRIC itself in adults.\n", "Zorvane")
    assert _uses(x) == ["Itching in benign recurrent intrahepatic cholestasis",
                        "Benign recurrent intrahepatic cholestasis"]
