"""Mechanism and identity wordings firstcontact58-61's misses showed, pinned on invented pages: an active form named
after "its active form,"; two enzymes named with their symbols in one bracket; a lead sentence over bullets that name
the subtypes it acts on; binding a channel "and closing it"; an object list ended by a participle or by the main
clause after "By <doing> X,"; a brand with an ampersand; a route said of another medicine; soaps and washes."""
from __future__ import annotations

from kg.extract import extract
from kg.parse import parse_text


def _x(body: str, title: str = "Tovalin"):
    return extract(parse_text(f"---\ntitle: {title}\n---\n\n# {title}\n\n{body}\n", "tovalin.md"))


def _mech(how: str) -> list[tuple[str, str]]:
    return [(m.relation, m.target) for m in _x(f"## Usage\nIt treats pain.\n\n## How it Works\n{how}").mechanism]


def test_an_active_form_named_after_its_active_form() -> None:
    assert _mech("Enzymes in the gut wall turn it into its active form, des-tovalin. Des-tovalin binds tightly to "
                 "mineralocorticoid receptors. This switches off many of the genes that drive swelling.") == [
        ("binds", "mineralocorticoid receptor")]


def test_two_enzymes_with_their_symbols_in_one_bracket() -> None:
    assert _mech("Tovalin permanently blocks two enzymes called lipoxygenase-5 and lipoxygenase-12 (LOX-5 and "
                 "LOX-12).") == [("inhibits", "lipoxygenase-5"), ("inhibits", "lipoxygenase-12")]
    assert [(m.target, m.symbol) for m in _x("## Usage\nIt treats pain.\n\n## How it Works\nTovalin blocks "
                                             "lipoxygenase-5 and lipoxygenase-12 (LOX-5 and LOX-12).").mechanism] == [
        ("lipoxygenase-5", "LOX-5"), ("lipoxygenase-12", "LOX-12")]


def test_a_lead_over_bullets_that_name_the_subtypes() -> None:
    assert _mech("Tovalin is a copy of a natural hormone. It activates muscarinic receptors in several organs:\n\n"
                 "* **M2 muscarinic receptors** in the heart: these slow the heart rate.\n"
                 "* **M3 muscarinic receptors** in the bladder: these tighten the bladder muscle.\n") == [
        ("activates", "M2 muscarinic receptor"), ("activates", "M3 muscarinic receptor")]
    # a bullet on receptors of another kind, which the drug barely touches, is none of the lead's
    assert ("blocks", "histamine and muscarinic receptor") not in _mech(
        "Tovalin works mainly by blocking dopamine receptors:\n\n* **Dopamine D2 receptors** (main target): Tovalin "
        "is a strong D2 antagonist.\n* **Histamine and muscarinic receptors**: It has almost no effect on them.\n")


def test_binding_a_channel_and_closing_it_blocks_it() -> None:
    assert _mech("It binds to a site on the ATP-sensitive potassium (K-ATP) channels of the beta cells and closes "
                 "them.") == [("blocks", "ATP-sensitive potassium channel")]


def test_an_object_list_ends_at_a_participle_or_the_main_clause() -> None:
    assert _mech("At higher doses, Tovalin also lowers the production of leukotrienes, easing wheeze, cough and "
                 "tightness.") == [("decreases", "leukotriene production")]
    assert _mech("By reducing the production of leukotrienes, Tovalin eases cough and wheeze.") == [
        ("decreases", "leukotriene production")]


def test_a_brand_with_an_ampersand_a_route_of_another_medicine_and_washes() -> None:
    x = _x("**Usage**: Tovalin is an anti-dandruff agent. It comes in shampoos, bar soaps and body washes. Common "
           "brands include Clear & Fresh, Dandrex and ZT Bar. It is applied to the scalp and rinsed off. It is not "
           "used for scalp ringworm, which needs an antifungal medicine taken by mouth.")
    assert [b.label for b in x.brand_names] == ["Clear & Fresh", "Dandrex", "ZT Bar"]
    assert [r.label for r in x.routes] == ["topical"]
    assert [f.label for f in x.formulations] == ["shampoos", "bar soaps", "body washes"]


def test_an_active_form_that_oxidizes_what_it_reaches() -> None:
    assert _mech("Tovalin is iodine held by a carrier. On the skin, the complex slowly releases free iodine. Once "
                 "released, free iodine passes into fungi and oxidizes fungal proteins.") == [
        ("inhibits", "fungal protein")]
    # the form's name opening the sentence, a word before it capitalised
    assert _mech("Tovalin is iodine held by a carrier. On the skin, the complex slowly releases free iodine. Free "
                 "iodine passes into fungi and oxidizes fungal proteins.") == [("inhibits", "fungal protein")]
