"""Rules from the misses of firstcontact129 (ordinary answers of six models not imitated before, written after every
rule of the session), pinned by invented pages of other drugs and other words."""
from __future__ import annotations

from tests.test_extract_layouts5 import _x

_NAME_LINE = ("Generic name :- Calvirex Sodium (CVX). It is a salt of calvirex. Commonly available brand is Calvo-Max. "
              "It is available as granules to be taken orally, and as injection which is given as slow intravenous "
              "infusion in hospital.")
_REPLY = """Hi,
Thanks for query.

NAME_LINE

Usage :- CVX is an ammonia lowering agent. It is used for :-
1) Hepatic encephalopathy.
2) Some doctors also use it off label in alcoholic hepatitis to improve liver tests.
3) It is also used off label after a variceal bleed to prevent hepatic coma.

Side effects :- Common side effects are nausea and vomiting. With injection there can be pain at injection site and
redness of vein. In high dose IV infusion some patients feel burning sensation and muscle ache.
If you notice swelling of face, difficulty in breathing or severe vomiting kindly consult your doctor immediately.

How it works :- Calvirex activates the enzyme ornithine transcarbamylase in liver cells.

FAQs :-
Q1) Is it safe?
Ans :- Yes.
"""


def test_a_doctors_reply_with_labels_set_by_a_colon_and_a_hyphen() -> None:
    """"Usage :- text", "Side effects :- text": labels set by a colon and a hyphen open their sections; the name's
    sentence ends at its period; the sentences after the name on its line give the routes and the brand."""
    x = _x(_REPLY.replace("NAME_LINE", _NAME_LINE), "Calvirex Sodium")
    assert x.drug.label == "Calvirex Sodium" and [s.label for s in x.drug.synonyms] == ["CVX"]
    assert [b.label for b in x.brand_names] == ["Calvo-Max"]
    assert [r.label for r in x.routes] == ["oral", "intravenous"]
    assert [(u.label, u.qualifier) for u in x.treats] == [
        ("Hepatic encephalopathy", None), ("Alcoholic hepatitis", "off-label"), ("Hepatic coma", "off-label")]
    assert [e.label for e in x.side_effects] == [
        "Nausea", "Vomiting", "Pain at injection site", "Redness of vein", "Burning sensation", "Muscle ache"]
    assert [s.label for s in x.serious_signs] == ["swelling of face", "difficulty in breathing", "severe vomiting"]
    assert [(m.relation, m.target) for m in x.mechanism] == [("activates", "ornithine transcarbamylase")]


def test_a_part_of_the_drugs_name_is_the_drug() -> None:
    """"L-Ornithine L-Aspartate" ... "Ornithine stimulates the urea cycle, by activating the enzyme X": a part of
    the drug's hyphenated name, the drug."""
    x = _x("## Usage\n\n- Gout\n\n## How it Works\n\nAspartate helps too. Calvorine stimulates the cycle in liver "
           "cells, by activating the enzyme argininosuccinate synthetase.\n", "D-Calvorine L-Aspartate")
    assert [(m.relation, m.target) for m in x.mechanism] == [("activates", "argininosuccinate synthetase")]


def test_a_complement_factor_is_a_target() -> None:
    """"binds factor B and inhibits it": the complement factor, named by its letter."""
    x = _x("## Usage\n\n- Gout\n\n## How it Works\n\nCalvirex binds factor D and inhibits it.\n", "Calvirex")
    assert [(m.relation, m.target) for m in x.mechanism] == [("inhibits", "factor D")]


def test_a_class_without_what_follows_it() -> None:
    """"X is a wakefulness-promoting agent and it is a controlled substance": the class; "in the same family as Y" no
    class."""
    x = _x("## Usage\n\nCalvirex is an alertness-promoting agent and it is a controlled substance (Schedule IV).\n\n"
           "- Narcolepsy\n", "Calvirex")
    assert x.drug_class is not None and x.drug_class.label == "alertness-promoting agent"
    x = _x("## Usage\n\nCalvirex is a triazole antifungal, in the same family as fluconazole.\n\n- Thrush\n",
           "Calvirex")
    assert x.drug_class is not None and x.drug_class.label == "triazole antifungal"


def test_a_deed_after_of_shares_nothing_with_the_signs_after() -> None:
    """"feel very low or have thoughts of harming yourself, or have itching, hives or trouble breathing": "itching"
    is a sign of its own."""
    x = _x("## Usage\n\n- Gout\n\n## Side Effects\n\nHeadache is common.\n\nCall your doctor right away if you have "
           "severe pelvic pain, feel very low or have thoughts of harming yourself, or have itching, hives or "
           "wheezing.\n", "Calvirex")
    signs = [s.label for s in x.serious_signs]
    assert "itching" in signs and not any("harming itching" in s for s in signs)


def test_the_greek_plural_of_osis_is_its_singular() -> None:
    """"Actinic keratoses", "GM2 gangliosidoses": the plural of "-osis" keyed as its singular, so the vocabularies'
    terms are found; "overdoses", "purposes" and "noses" are English plurals of words in "-ose"."""
    from kg.linking.normalize import singular
    assert singular("actinic keratoses") == "actinic keratosis"
    assert singular("fungal mycoses") == "fungal mycosis"
    assert singular("drug overdoses") == "drug overdose"
    assert singular("purposes") == "purpose"
    from kg.config import load_config
    from kg.link import is_direct, load_linker
    linker = load_linker(load_config(environ={}))
    out = linker.explain("condition", "Actinic keratoses", (), None)
    assert any(x.curie == "DOID:8866" for x in out.links if is_direct(x))


def test_a_lay_term_said_without_its_article() -> None:
    """"Pain in abdomen" finds the lay-terms row "pain in the abdomen" (abdominal pain): the row's article is no word
    of the thing."""
    from kg.config import load_config
    from kg.link import is_direct, load_linker
    linker = load_linker(load_config(environ={}))
    out = linker.explain("side-effect", "Pain in abdomen", (), None)
    assert any(x.curie == "HP:0002027" for x in out.links if is_direct(x))
    assert "lay-terms.tsv" in out.via["HP:0002027"]
