"""Rules from the misses of firstcontact143 (ordinary answers of six models not imitated before, measured after the
rules from sets 140-141 and set 142's readers), pinned by invented pages of other drugs and other words."""
from __future__ import annotations

from tests.test_extract_layouts5 import _x


def _targets(x) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    return [(m.relation, m.target) for m in x.mechanism if m.is_target]


def test_a_bold_target_then_what_it_does_to_this_receptor() -> None:
    """Bullets under a hedged lead: "- **Histamine H3 receptor** – it blocks this receptor ...", "- **Dopamine D3
    receptor** – it acts as a partial agonist and antagonist ..." (modulates), "- **Norepinephrine transporter (NET)**
    – it inhibits norepinephrine reuptake ..." (inhibits the transporter)."""
    x = _x("## How it Works\n\nThe exact mechanism is not fully understood, but zorvane acts on several systems:\n\n"
           "- **Histamine H3 receptor** – it blocks this receptor, which is believed to improve alertness.\n"
           "- **Dopamine D3 receptor** – it acts as a **presynaptic partial agonist and postsynaptic antagonist**.\n"
           "- **Norepinephrine transporter (NET)** – it inhibits norepinephrine reuptake, raising its levels.\n",
           "Zorvane")
    assert _targets(x) == [("blocks", "histamine H3 receptor"), ("modulates", "dopamine D3 receptor"),
                           ("inhibits", "norepinephrine transporter")]


def test_a_bold_target_alone_under_a_counted_lead_and_how_much() -> None:
    """"... by inhibiting two fungal enzymes:" over "- **Chitin synthase** (CHS)" and "- **Glucan synthase**" (a label
    alone); "Zorvane acts on both enzymes about equally" names no third."""
    x = _x("## How it Works\n\nZorvane works by inhibiting two fungal enzymes that build the cell wall:\n\n- **Chitin "
           "synthase** (CHS)\n- **Glucan synthase**\n\nZorvane acts on both enzymes about equally, which may slow "
           "resistance.\n", "Zorvane")
    assert _targets(x) == [("inhibits", "chitin synthase"), ("inhibits", "glucan synthase")]


def test_a_word_said_again_at_and_is_one_name() -> None:
    """"**Complicated skin and skin structure infections (cSSSI)**": one use."""
    x = _x("Usage:\nZorvane is used to treat:\n1. **Complicated Skin and Skin Structure Infections (cSSSI)** caused "
           "by susceptible bacteria.\n2. Pneumonia\n", "Zorvane")
    assert [u.label for u in x.treats] == ["Complicated Skin and Skin Structure Infections", "Pneumonia"]


def test_a_serious_groups_sub_points_name_the_effect_then_its_signs() -> None:
    """"- **Serious (rare):**" over "  - Angle-closure glaucoma: eye pain, halos around lights" and "  - Severe
    allergic reaction: rash, swelling of the lips": the effects, and what they show by as signs."""
    x = _x("## Side Effects\n\n- **Common:** cough, dry mouth\n- **Serious (rare):**\n  - Angle-closure glaucoma: eye "
           "pain, halos around lights\n  - Severe allergic reaction: rash, swelling of the lips\n  - Irregular "
           "heartbeat (atrial fibrillation)\n", "Zorvane")
    assert [(e.label, e.category, e.serious) for e in x.side_effects] == [
        ("Cough", "Common", False), ("Dry mouth", "Common", False), ("Angle-closure glaucoma", "Serious", True),
        ("Severe allergic reaction", "Serious", True), ("Irregular heartbeat", "Serious", True)]
    assert [s.label for s in x.serious_signs] == ["eye pain", "halos around lights", "rash", "swelling of the lips"]


def test_uses_studied_but_not_approved_for_them() -> None:
    """"Zorvane has also been studied in other conditions, but it is not approved for them:" over bold uses: the uses
    studied, their status, no denial."""
    x = _x("Usage:\nZorvane is used for the following conditions:\n\n- **Psoriasis:** in adults.\n\nZorvane has also "
           "been studied in other conditions, but it is not approved for them:\n\n- **Hidradenitis suppurativa:** a "
           "trial was stopped early.\n- **Alopecia areata:** results were mixed.\n", "Zorvane")
    assert [(u.label, u.qualifier) for u in x.treats] == [
        ("Psoriasis", None), ("Hidradenitis suppurativa", "investigational"), ("Alopecia areata", "investigational")]


def test_an_aim_to_lower_the_pressure_inside_the_eye() -> None:
    """"... used to lower the pressure inside the eye (IOP)" over "Open-angle glaucoma" and "Ocular hypertension": the
    aim their kind, no use of its own."""
    x = _x("## Usage\n\nZorvane is a topical rho kinase inhibitor used to lower the pressure inside the eye "
           "(intraocular pressure, or IOP).\n\n**Approved Uses:**\n\n- **Open-angle glaucoma**\n- **Ocular "
           "hypertension**\n", "Zorvane")
    assert [u.label for u in x.treats] == ["Open-angle glaucoma", "Ocular hypertension"]


def test_lay_terms_of_set_143() -> None:
    """"Inflammation of the aorta" is aortitis, as "inflammation of the arteries" is arteritis; "Giant cell arteritis"
    the Disease Ontology's temporal arteritis (its older name)."""
    from kg.config import load_config
    from kg.link import is_direct, load_linker
    linker = load_linker(load_config(environ={}))
    for kind, label, curie in [("side-effect", "Inflammation of the aorta", "DOID:519"),
                               ("condition", "Giant cell arteritis", "DOID:13375")]:
        out = linker.explain(kind, label, (), None)
        assert curie in {x.curie for x in out.links if is_direct(x) and x.predicate == "skos:exactMatch"}, label
