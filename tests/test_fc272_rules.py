"""Rules from the misses of firstcontact272 and firstcontact273 (shopping, delivery, social-media, short-video and
car makers' assistants), pinned by invented pages of other drugs and other words."""
from __future__ import annotations

from tests.test_fc234_rules import _mech, _page


def test_plain_label_fields_among_the_names_items() -> None:
    x = _page(gen="Zorvane (often shortened to ZRV)\n* Brand name: Oncoviro\n* Type of medicine: Oncolytic virus "
                  "therapy\n* How it is given: Suspension injected directly into the tumours (intralesional "
                  "injection), every 2 weeks")
    assert [r.label for r in x.routes] == ["intralesional"]
    assert "Suspension" in [f.label for f in x.formulations]


def test_the_protein_a_carried_gene_makes() -> None:
    assert _mech("Zorvane is a weakened virus.\n\n* It carries the gene for human interleukin-12 (IL-12), so the "
                 "infected tumour cells make this protein.") == [("increases", "human interleukin-12")]


def test_a_pump_named_by_its_enzyme_in_brackets() -> None:
    assert _mech("Zorvane builds up in bone and inhibits osteoclasts, partly by blocking their proton pump "
                 "(vacuolar H+-ATPase).") == [("blocks", "vacuolar H+-ATPase")]


def test_the_name_then_what_it_is_with_no_verb() -> None:
    x = _page(gen="Zorvane (zorvane hydrochloride), a **potassium channel blocker** that increases acetylcholine "
                  "release. It is supplied as 10 mg tablets.")
    assert x.drug_class is not None and x.drug_class.label == "potassium channel blocker"


def test_how_often_effects_come_is_no_effect() -> None:
    x = _page(effects="Side effects are frequent and are the main reason the dose is limited.\n\n- Nausea")
    assert [e.label for e in x.side_effects] == ["Nausea"]


def test_a_part_of_treatment_is_no_class() -> None:
    x = _page(usage="Zorvane is used for acute diarrhoea. It is given with fluids, and oral rehydration salts are "
                    "the most important part of treatment.")
    assert x.drug_class is None
