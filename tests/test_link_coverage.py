"""More links, still exact (issue 11): loose keys, lay terms, what the page says, and coverage.

The linker runs over the committed tables and lexicon (data/vocab). Each way of reading a name
is pinned by cases that must link and cases that must not; the coverage of the bundled corpus
is measured per kind, and every link that differs from the node's own words is checked against
a hand-made table of what it must be.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from kg.config import load_config
from kg.errors import LinkError
from kg.extract import extract
from kg.link import BROAD_MATCH, build_linker, is_direct, load_linker, vocab_dir
from kg.linking.normalize import (
    alternatives,
    american,
    core_name,
    direction_last,
    disease_variant,
    effect_names,
    glosses,
    head_first,
    in_context,
    inverted,
    level_key,
    loose,
    loses_direction,
    of_phrasings,
    of_reordered,
    place_first,
    same_head,
    symbol_key,
    unspecified_name,
)
from kg.linking.report import coverage, link_nodes, nodes_of
from kg.linking.tables import read_lay_terms
from kg.parse import parse_file
from kg.pipeline import discover
from kg.vocab import import_file

ROOT = Path(__file__).resolve().parent.parent
CFG = load_config(environ={})
EXACT = "skos:exactMatch"


@pytest.fixture(scope="module")
def linker():  # type: ignore[no-untyped-def]
    return load_linker(CFG)


def exact(outcome) -> set[str]:  # type: ignore[no-untyped-def]
    return {x.curie for x in outcome.links if is_direct(x) and x.predicate == EXACT}


# -- the keys ---------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "key"), [
    ("Seizures", "seizure"),
    ("Stomach ulcers", "stomach ulcer"),
    ("Oedema", "edema"),
    ("Anaemia", "anemia"),
    ("Hypoglycaemia", "hypoglycemia"),
    ("Diarrhoea", "diarrhea"),
    ("Tumours", "tumor"),
    ("Skin discolouration", "skin discoloration"),
    ("Behçet's disease", "behcet disease"),
    ("Crohn’s disease", "crohn disease"),
    ("Low blood sodium levels", "low blood sodium"),
    ("Pain, joint", "joint pain"),
    ("Keratosis, Actinic", "actinic keratosis"),
    ("Herpes", "herpes"),
    ("Diabetes mellitus", "diabetes mellitus"),
    ("Stress", "stress"),
])
def test_loose_key(text: str, key: str) -> None:
    assert loose(text) == key


def test_small_pieces() -> None:
    assert american("paediatric") == "pediatric" and american("colours") == "colors"
    assert inverted("Sweating, increased") == "increased Sweating"
    assert inverted("Addiction, abuse, and misuse") is None  # a list, not a heading
    assert disease_variant("Anthrax") == "Anthrax disease" and disease_variant("Lyme disease") == "Lyme"


@pytest.mark.parametrize(("label", "text", "found"), [
    ("Swelling of the ankles or feet", "Swelling of the ankles or feet (edema) is common.", ["edema"]),
    ("High potassium levels", "**High potassium levels (hyperkalemia):** rare", ["hyperkalemia"]),
    ("Shingles", "Shingles (herpes zoster)", ["herpes zoster"]),
    ("High uric acid levels", "High uric acid levels (which can bring on gout)", []),
    ("Severe allergic reaction", "Severe allergic reaction (e.g., hives, difficulty breathing)", []),
    ("Muscle damage", "Muscle damage (myopathy or rhabdomyolysis)", []),
    ("Thrombotic thrombocytopenic purpura", "Thrombotic thrombocytopenic purpura (TTP)", []),
    ("Lithium toxicity", "Lithium toxicity (serious)", []),
    ("Bleeding", "Bleeding (nosebleeds, bruising, bleeding gums)", []),
])
def test_glosses_are_names_only(label: str, text: str, found: list[str]) -> None:
    assert glosses(label, text) == found


def test_an_effect_is_named_in_its_group() -> None:
    assert in_context("Erosion", "Skin reactions") == ["skin erosion"]
    assert in_context("Irritation", "Application site reactions") == ["application site irritation"]
    assert in_context("Erosion", "Common") == []
    assert in_context("Swelling of the face", "Skin reactions") == []
    assert effect_names("Dryness", "Skin reactions", "Skin reactions: dryness (xerosis)") == ["xerosis", "skin dryness"]


# -- what links, and how ------------------------------------------------------------------------------

LINKS = [  # (kind, label, synonyms, an identifier it must get as an exact match)
    ("side-effect", "Seizures", (), "HP:0001250"),                       # plural
    ("side-effect", "Diarrhoea", (), "HP:0002014"),                      # British spelling
    ("side-effect", "Anaemia", (), "HP:0001903"),
    ("condition", "Behçet's disease", (), "DOID:13241"),                 # accent, possessive
    ("condition", "Anthrax", (), "DOID:7427"),                           # "X" is "X disease"
    ("condition", "Postherpetic neuralgia", (), "mesh:D051474"),         # "Neuralgia, Postherpetic"
    ("side-effect", "Low blood sodium", (), "HP:0002902"),               # "... levels"
    ("side-effect", "Respiratory infections", (), "HP:0011947"),         # HPO synonym, "tract" filler
    ("side-effect", "Itching", (), "HP:0000989"),                        # HPO layperson synonym
    ("side-effect", "Fast heartbeat", (), "HP:0001649"),                 # lay term -> tachycardia
    ("side-effect", "Painful urination", (), "HP:0100518"),
    ("side-effect", "Tightening of the foreskin", (), "HP:0001741"),
    ("condition", "Cardiovascular disease", (), "DOID:1287"),
    ("condition", "Social anxiety disorder", (), "DOID:11257"),
    ("side-effect", "High potassium levels", ("hyperkalemia",), "HP:0002153"),  # the page's gloss
    ("side-effect", "Erosion", ("skin erosion",), "HP:0200041"),         # its group: skin reactions
    ("condition", "External genital warts", ("condyloma acuminata",), "DOID:11168"),
    ("condition", "Cold sores", ("herpes labialis",), "umls:C0019345"),  # SIDER, when DOID/HPO fail
    ("side-effect", "Drowsiness or sleepiness", (), "HP:0002329"),       # two names of one thing
    ("side-effect", "Kidney problems", (), "DOID:557"),                  # an umbrella: kidney disease
    ("side-effect", "Liver problems", ("jaundice",), "DOID:409"),        # ... whatever the brackets say
    ("condition", "Whooping cough", ("pertussis",), "DOID:1116"),        # the disease, not HPO's cough
    ("side-effect", "Higher blood pressure", (), "HP:0032263"),          # a comparative is a level
]


@pytest.mark.parametrize(("kind", "label", "synonyms", "curie"), LINKS)
def test_links(linker, kind, label, synonyms, curie) -> None:  # type: ignore[no-untyped-def]
    assert curie in exact(linker.explain(kind, label, synonyms))


NOT_LINKED = [  # words that name nothing precise, or two things, or lose a qualifier
    ("sign", "stomach", ()),                     # not "stomach disease"
    ("side-effect", "Sensitivity to sunlight", ()),  # HPO, not DOID photosensitivity disease
    ("side-effect", "Nausea or stomach pain", ()),
    ("side-effect", "Fast or irregular heartbeat", ()),
    ("condition", "Chronic urticaria", ("hives",)),  # not Urticaria
]


@pytest.mark.parametrize(("kind", "label", "synonyms"), NOT_LINKED)
def test_not_linked(linker, kind, label, synonyms) -> None:  # type: ignore[no-untyped-def]
    outcome = linker.explain(kind, label, synonyms)
    if label == "Sensitivity to sunlight":
        assert not any(c.startswith("DOID:") for c in exact(outcome))
    elif label == "Chronic urticaria":
        assert "HP:0001025" not in exact(outcome)
    else:
        assert not exact(outcome), outcome.links


def test_an_umbrella_reads_no_example_as_its_name(linker) -> None:  # type: ignore[no-untyped-def]
    outcome = linker.explain("side-effect", "Liver problems", ("jaundice",))
    jaundice = [x for x in outcome.links if x.curie == "HP:0000952"]  # one sign of it
    assert [x.predicate for x in jaundice] == ["skos:narrowMatch"]
    assert "as an example of 'Liver problems'" in outcome.via["HP:0000952"]


def test_a_condition_a_stronger_vocabulary_knows_by_the_pages_name_takes_that(linker) -> None:  # type: ignore[no-untyped-def]
    assert "HP:0031247" in exact(linker.explain("condition", "Whooping cough"))  # alone: HPO's term
    outcome = linker.explain("condition", "Whooping cough", ("pertussis",))
    assert "HP:0031247" not in {x.curie for x in outcome.links}


def test_a_refused_synonym_links_nothing_and_is_said(linker) -> None:  # type: ignore[no-untyped-def]
    outcome = linker.explain("side-effect", "Fainting")  # HPO: an EXACT synonym of Loss of consciousness
    assert "HP:0007185" not in {x.curie for x in outcome.links}
    assert "HP:0001279" in exact(outcome)  # Syncope, through the lexicon
    assert any("refused-synonyms.tsv:" in r and "HP:0007185" in r for r in outcome.refused)


def test_a_bad_refused_synonyms_file_names_its_line(tmp_path: Path) -> None:
    from kg.linking.tables import read_refused_synonyms

    path = tmp_path / "refused-synonyms.tsv"
    path.write_text("# c\ncurie\tsynonym\treason\nHP:0000001\tSomething\n", encoding="utf-8")
    with pytest.raises(LinkError) as err:
        read_refused_synonyms(path)
    assert err.value.line == 3


def test_a_graded_label_gets_a_broader_match_never_an_exact_one(linker) -> None:  # type: ignore[no-untyped-def]
    outcome = linker.explain("side-effect", "Severe diarrhea")
    assert not outcome.linked and outcome.broader
    broad = {x.curie for x in outcome.links if x.predicate == BROAD_MATCH}
    assert "HP:0002014" in broad
    assert "a kind of 'diarrhea'" in outcome.via["HP:0002014"]


@pytest.mark.parametrize(("kind", "label", "curie"), [
    ("condition", "Moderate to severe Alzheimer's disease", "DOID:10652"),
    ("condition", "Mild-to-moderate pain", "HP:0012531"),
    ("side-effect", "New or worsening heart failure", "HP:0001635"),
])
def test_a_range_of_grades_is_a_grade(linker, kind, label, curie) -> None:  # type: ignore[no-untyped-def]
    """ "Moderate to severe X" grades X as "Severe X" does: a broader match, never an exact one."""
    outcome = linker.explain(kind, label)
    assert not outcome.linked and curie in {x.curie for x in outcome.links if x.predicate == BROAD_MATCH}
    assert not linker.explain(kind, "Nausea and vomiting").broader  # "and" joins grades only


@pytest.mark.parametrize(("kind", "label", "synonym", "curie"), [
    ("condition", "Severe eczema", "atopic dermatitis", "HP:0000964"),   # the audit's wrong exact links
    ("condition", "Short-term trouble sleeping", "insomnia", "HP:0100785"),
])
def test_a_graded_label_is_a_kind_of_what_its_ungraded_other_name_names(linker, kind, label, synonym, curie) -> None:  # type: ignore[no-untyped-def]
    outcome = linker.explain(kind, label, (synonym,))
    assert not outcome.linked and curie in {x.curie for x in outcome.links if x.predicate == BROAD_MATCH}
    assert "is a kind of" in outcome.via[curie]


@pytest.mark.parametrize(("kind", "label", "synonym", "kept", "refused"), [
    # the audit of 2026-12-02: anaphylaxis is no broader than a severe allergic reaction
    ("side-effect", "Severe allergic reactions", "anaphylaxis", "umls:C0020517", "HP:0100845"),
    ("side-effect", "Very low white blood cell count", "agranulocytosis", "HP:0001882", "HP:0012234"),
    ("condition", "Severe eczema", "atopic dermatitis", "HP:0000964", "DOID:3310"),
])
def test_a_graded_labels_other_name_is_broader_only_when_the_ungraded_label_names_it_too(
        linker, kind, label, synonym, kept, refused) -> None:  # type: ignore[no-untyped-def]
    """The page may gloss the grade with a kind of its own ("Severe allergic reactions
    (anaphylaxis)"), so the other name's terms are the label's broader matches only when the label
    without its grade names them; else the ungraded label's own terms are, and the refusal is said."""
    outcome = linker.explain(kind, label, (synonym,))
    broader = {x.curie for x in outcome.links if x.predicate == BROAD_MATCH}
    assert kept in broader and refused not in {x.curie for x in outcome.links}
    assert any(refused in r and "without its grade" in r for r in outcome.refused)


def test_an_abbreviation_carries_the_grade_and_a_name_that_begins_with_acute_is_no_grade(linker) -> None:  # type: ignore[no-untyped-def]
    """ "Acute" begins names ("Acute generalized exanthematous pustulosis", found by its
    initials AGEP), so it is no grade here; a synonym that carries the grade links exactly."""
    assert linker.explain("side-effect", "Acute generalised exanthematous pustulosis", ("AGEP",)).linked
    graded = linker.explain("condition", "Short-term trouble sleeping", ("short-term insomnia",))
    assert "HP:0100785" not in exact(graded)  # (no vocabulary names short-term insomnia: still no exact link)


@pytest.mark.parametrize("note", ["± vomiting", "mainly with the suspension", "with or without fever", "+ fever"])
def test_a_note_beside_a_label_is_not_another_name(linker, note: str) -> None:  # type: ignore[no-untyped-def]
    outcome = linker.explain("sign", "severe stomach pain that will not go away", (note,))
    assert not exact(outcome) and any("not another name" in r for r in outcome.refused)
    quoted = linker.explain("side-effect", "Sudden sleep episodes", ('"sleep attacks"',))
    assert not any("not another name" in r for r in quoted.refused)  # quotes are not a note: it is read,
    assert any("sleep attacks" in r and "without its grade" in r for r in quoted.refused)  # then judged


def test_the_label_decides_before_the_pages_synonyms(linker) -> None:  # type: ignore[no-untyped-def]
    """Two pages that name one node give it the same links, whatever else each page says."""
    alone = exact(linker.explain("side-effect", "Bleeding"))
    assert alone and exact(linker.explain("side-effect", "Bleeding", ("skin bleeding",))) == alone


def test_lay_term_links_say_which_row(linker) -> None:  # type: ignore[no-untyped-def]
    outcome = linker.explain("side-effect", "Fast heartbeat")
    assert "'Fast heartbeat' is 'tachycardia' (lay-terms.tsv:" in outcome.via["HP:0001649"]
    link = next(x for x in outcome.links if x.curie == "HP:0001649")
    assert link.justification == "semapv:LexicalMatching" and link.matched == "Tachycardia"


def test_a_tie_under_a_loose_key_stays_unlinked_and_is_reported(tmp_path: Path) -> None:
    obo = tmp_path / "ties.obo"
    obo.write_text("format-version: 1.2\ndata-version: ties/1\n\n"
                   "[Term]\nid: HP:0000001\nname: Oedema of the leg\n\n"
                   "[Term]\nid: HP:0000002\nname: Edema of the leg\n", encoding="utf-8")
    out = tmp_path / "vocab"
    import_file(obo, out, name="ties", kinds=["side-effect"], licence="test")
    outcome = build_linker(out, None).explain("side-effect", "Oedema of the legs")
    assert outcome.links == [] and outcome.ties
    assert outcome.ties[0].candidates == ("HP:0000001", "HP:0000002")


# -- the lexicon --------------------------------------------------------------------------------------


def test_every_lay_term_names_one_term_per_vocabulary(linker) -> None:  # type: ignore[no-untyped-def]
    from kg.linking.normalize import normalize

    terms = read_lay_terms(vocab_dir(CFG) / "lay-terms.tsv")
    assert len(terms) > 100
    for medical, where in terms.values():
        per_source = {}
        for name, ix in linker.indexes.items():
            found = {c for scope in ("label", "exact") for c, _ in ix.names[scope].get(normalize(medical), ())}
            found |= {c for scope in ("label", "exact") for c, _ in ix.folded[scope].get(loose(medical), ())}
            if found:
                per_source[name] = found
        assert per_source, f"{where}: {medical!r} is in no vocabulary"
        assert all(len(c) == 1 for c in per_source.values()), f"{where}: {medical!r} is ambiguous: {per_source}"


def test_a_bad_lexicon_names_its_line(tmp_path: Path) -> None:
    path = tmp_path / "lay-terms.tsv"
    path.write_text("lay_term\tmedical_term\tnote\nfast heartbeat\ttachycardia\t\n"
                    "Fast heartbeats\tarrhythmia\t\n", encoding="utf-8")
    with pytest.raises(LinkError, match="given twice") as err:
        read_lay_terms(path)
    assert err.value.line == 3


# -- coverage of the bundled corpus, and no wrong identifier ------------------------------------------

#: what each node of the bundled corpus that is not linked by its own words must get (every
#: exact link of these nodes must be in the set): checked by hand against the vocabularies
EXPECTED = {
    "Low blood potassium": {"HP:0002900", "umls:C0853761"},  # SIDER: "Blood potassium decreased"
    "Low blood sodium": {"HP:0002902"},
    "Fast heartbeat": {"HP:0001649", "umls:C0039231"},
    "Painful urination": {"HP:0100518", "mesh:D053159", "umls:C0013428"},
    "Pain during sex": {"HP:0030016", "umls:C1384606"},
    "Decreased sex drive": {"HP:0046504"},
    "Tightening of the foreskin": {"DOID:2712", "HP:0001741", "umls:C0345326"},
    "Inflamed hair follicles": {"DOID:4409", "HP:0025084", "umls:C0016436"},
    "Heart rhythm problems": {"HP:0011675", "umls:C0003811"},
    "Increased sensitivity to sunlight": {"HP:0000992"},
    "Pain in the arms or legs": {"HP:0009763"},
    "Low vitamin B12 levels": {"DOID:0050731", "HP:0100502", "umls:C0042847"},
    "Flu-like symptoms": {"umls:C0521839"},
    "Cold sores": {"umls:C0019345"},
    "Burning": {"umls:C0085624"},
    "Bleeding": {"umls:C0019080"},
    "Stomach upset": {"umls:C0235309"},
    "Changes in skin color": {"umls:C0151907"},
    "Changes in skin pigmentation": {"HP:0001000"},
    "Feeling of warmth": {"umls:C2939147"},
    "Hardening of the skin": {"umls:C0241075"},
    "Peeling": {"HP:0040189"},
    "Flaking": {"HP:0040189"},
    "Scaling": {"HP:0040189"},
    "Blistering": {"umls:C0005758", "HP:0008066"},
    "Scabbing": {"umls:C0205204"},
    "Erosion": {"HP:0200041", "umls:C0241069"},
    "Ulceration": {"HP:0200042", "umls:C0037299"},
    "Dryness": {"HP:0000958", "umls:C0151908"},
    "Irritation": {"umls:C0521490"},
    "Facial flushing after drinking alcohol": {"HP:0001033"},
    "Cardiovascular disease": {"DOID:1287"},
    "Social anxiety disorder": {"DOID:11257"},
    "External genital warts": {"DOID:11168"},
    "External genital and perianal warts": {"DOID:11168", "MONDO:0005647", "mesh:D003218"},
    "Shingles": {"DOID:8536", "umls:C0019360"},
}


@pytest.fixture(scope="module")
def bundled(linker):  # type: ignore[no-untyped-def]
    nodes = nodes_of(extract(parse_file(p)) for p in discover([ROOT / "data" / "monographs"]))
    return link_nodes(linker, nodes)


def test_coverage_of_conditions_and_side_effects_is_at_least_80_percent(bundled) -> None:  # type: ignore[no-untyped-def]
    cov = coverage(bundled)
    linked = cov["condition"][0] + cov["side-effect"][0]
    total = cov["condition"][1] + cov["side-effect"][1]
    assert linked / total >= 0.80, cov


@pytest.mark.parametrize(("corpus", "exact_floor", "whole_floor"), [
    # floors are the figures of 2026-12-02 after link10 (138/183 = 0.754 ...), cut at the third
    # decimal; in brackets the figures before it (link9 and the extractor commits that followed);
    # lex3's blind rows (written without reading these sets) raised five sets, each said "lex3"
    ("tests/fixtures/heldout-wild", 0.754, 0.836),   # 138/183, 153/183 (0.732 / 0.809)
    ("tests/fixtures/heldout", 0.830, 0.915),        # 59/71, 65/71 (lex3; 64/71 before) (0.831 / 0.901)
    ("tests/fixtures/firstcontact", 0.629, 0.718),   # 90/143 (audit14: "Breast swelling or tenderness
    # (gynecomastia)" names two things, the gloss one of them: narrower, not exact; extractor fixes of
    # 2026-12-03 removed six wrong nodes such as "With fever"), 94/149, 107/149 (link12 took back two exact links as
    # wrong: "Migraine attacks", "Cluster headache attacks" are episodes, broader only; 96/149, 109/149 before)
    # (link11: "Uric acid kidney stones", a general rule; 95/149, 108/149 before; lex3; 107/149 before that)
    # (0.638 / 0.711)
    ("tests/fixtures/firstcontact2", 0.732, 0.776),  # 82/112, 87/112 (2026-12-03: the use "Blood clots during
    # pregnancy" is read whole, as its truth has it, a kind of thrombosis: broader only), 83/112, 88/112 before
    # (link11: "COPD flare-ups", a general
    # rule, read on this set; 82/112, 87/112 before) (0.714 / 0.768: a part a curator
    # vetoed, "epidural haematoma", was counted linked then)
    ("tests/fixtures/firstcontact3", 0.793, 0.809),  # 100/126, 102/126 (link11: a row written reading it,
    # "Dementia of the Alzheimer's type"; 99/126, 101/126 with the extraction before it; 97/126 at link10)
    # (0.770 / 0.786)
    ("tests/fixtures/firstcontact4", 0.660, 0.725),  # 101/153, 111/153 (0.660 / 0.725)
    ("tests/fixtures/firstcontact5", 0.807, 0.850),  # 113/140, 119/140 (lex3; 118/140 before) (0.793 / 0.829;
    # 0.657 / 0.687 at first contact)
    ("tests/fixtures/firstcontact6", 0.752, 0.790),  # 79/105, 83/105 (the extractor's commit 185c220; 78/105,
    # 82/105 before) (0.714 / 0.743; 0.653 / 0.681 at first contact)
    ("tests/fixtures/firstcontact7", 0.671, 0.742),  # 94/140, 104/140 (link11: "Slow heart rate during surgery
    # (bradycardia)" is a kind of bradycardia, no longer exact; 95/140, 105/140 before)
    # (0.671 / 0.736; 0.585 / 0.692 at first contact)
    ("tests/fixtures/firstcontact8", 0.707, 0.761),  # 80/113, 86/113 (link12 took back "Migraine attacks" as
    # exact, an episode, broader only; 81/113, 87/113 before) (lex3; 86/113 before) (0.717 / 0.761;
    # 0.633 / 0.670 at first contact)
    ("tests/fixtures/firstcontact9", 0.783, 0.820),  # 83/106, 87/106 (link11: a row written reading it,
    # "Spotting between periods"; 82/106, 86/106 before; lex3; 81/106, 85/106 before that)
    # (0.745 / 0.783 at the linker's first contact)
    # blind for the linker too: landed after link10's rules and rows; measured before any change
    # for it (66.0 % / 68.1 % with the extraction it landed with, 62/94 and 64/94)
    ("tests/fixtures/firstcontact10", 0.747, 0.792),  # 83/111, 88/111 since linezolid's run-in "Indications:" list
    # gave one more use, unlinked (83/110, 88/110 after link11 read its unlinked names: "Raised blood fats" and
    # "Rebound high blood pressure" by general rules, "joint aches" a row; 81/110, 85/110 before)
    # 81/116, 85/116 at the linker's first contact
    # blind held-out set, measured once at 65335f8 and never tuned for (see its INDEX.md)
    ("tests/fixtures/firstcontact11", 0.77, 0.809),  # 81/105, 85/105 since oxcarbazepine's serious prose (a serious
    # but frequent problem, a rare group's colon) is read: five more nodes, four linked; 77/100, 81/100 since
    # metronidazole's "surgical site infections"
    # (prevention) is read, a name no offline vocabulary has; 77/99, 81/99 after bdae1d4 read the prose page's five
    # common and four less common side effects (metallic taste, furry tongue, ...: four more nodes, three linked);
    # 74/95, 78/95 before it (link11 read its unlinked names, so it is no
    # longer blind for the linker: three rows, "Focal seizures", "Reversible posterior leukoencephalopathy syndrome",
    # "Helicobacter pylori infection of the stomach"; 71/95, 75/95 with the extractor's 185c220 before them)
    # 66/96, 70/96 at first contact
    # blind held-out set, measured once at ddedd98 (the extractor and linker of 2fa7b6b) and never tuned for
    ("tests/fixtures/firstcontact12", 0.691, 0.710),  # 74/107, 76/107 at first contact
    # blind held-out set, measured once at 3d95ec6 (landed as 343e88a; the extractor and linker of 1bbf5b9)
    # and never tuned for
    ("tests/fixtures/firstcontact13", 0.666, 0.727),  # 66/99, 72/99 at first contact
    ("tests/fixtures/firstcontact16", 0.75, 0.805),  # 54/72, 58/72 after the rules from its misses (52/69, 55/69
    # at first contact: the three uses found since are linked, as is the boxed warning's effect)
    ("tests/fixtures/firstcontact15", 0.648, 0.703),  # 59/91, 64/91 after the extractor's fixes from its misses
    # (52/87, 57/87 at first contact)
    ("tests/fixtures/firstcontact19", 0.666, 0.70),  # 58/87, 61/87 after the fixes and the audit19 rows from its
    # misses (51/79, 54/79 at first contact)
    ("tests/fixtures/firstcontact18", 0.755, 0.783),  # 74/98, 77/98 after the fixes and the audit18 rows from its
    # misses (57/90, 59/90 at first contact; 74/97 before the bold effect glossed in parentheses, "Fluid around the
    # lungs or heart", was read: a listing label, linked by its parts)
    ("tests/fixtures/firstcontact17", 0.691, 0.755),  # 65/94, 71/94 after the extractor's fixes from its misses
    # and the audit17 rules and rows (52/89, 58/89 at first contact); "Stinging or pain when the drop goes in", kept
    # whole as its truth reads it since the moment of a dose stays with its effect, is a kind of each (broadMatch),
    # no longer a listing linked by its parts
    ("tests/fixtures/firstcontact20", 0.718, 0.805),  # 74/103, 83/103 after the fixes and the audit20 rows from its
    # misses (62/103, 68/103 at first contact)
    ("tests/fixtures/firstcontact21", 0.758, 0.827),  # 66/87, 72/87 after the fixes and the audit21 row from its
    # misses (63/88, 68/88 at first contact)
    ("tests/fixtures/firstcontact22", 0.705, 0.82),  # 60/85, 70/85 since "Atrial fibrillation or atrial flutter"
    # is one node as its truth says (two exact nodes before, now one listing of two); 62/86, 71/86 after the fixes
    # from its misses (60/85, 69/85 at first contact)
    ("tests/fixtures/firstcontact23", 0.687, 0.75),  # 66/96, 72/96 after the fixes from its misses (67/100, 73/100
    # at first contact)
    ("tests/fixtures/firstcontact24", 0.696, 0.737),  # 69/99, 73/99 after the fixes from its misses (64/92, 69/92
    # at first contact; "Dry or red skin where the gel is applied" keeps its place since firstcontact30, and no term
    # names dry skin at the application site)
    ("tests/fixtures/firstcontact25", 0.68, 0.80),  # 51/75, 60/75 after the fixes from its misses (50/82, 59/82 at
    # first contact)
    ("tests/fixtures/firstcontact26", 0.626, 0.717),  # 62/99, 71/99 after the fixes from its misses (56/106,
    # 64/106 at first contact)
    ("tests/fixtures/firstcontact27", 0.56, 0.658),  # 46/82, 54/82 after the fixes from its misses (46/91, 52/91 at
    # first contact: fragments the extractor made, such as "5 days" and "Are older", were a tenth of its nodes)
    ("tests/fixtures/firstcontact28", 0.585, 0.70),  # 41/70, 49/70 after the fixes from its misses (41/76, 49/76 at
    # first contact)
    ("tests/fixtures/firstcontact29", 0.626, 0.716),  # 42/67, 48/67 after the fixes from its misses (44/76, 51/76 at
    # first contact; "minor muscle and joint pain" made one use, a listing, took "Joint pain" off the exact count;
    # "Burning or stinging where it is applied" keeps its place, and no term names burning at the application site;
    # the opening's general aim "Osteoporosis" before the list of its kinds is no use, firstcontact30; "**Allergic
    # reactions:** Rash, hives, ..." is one effect, its symptoms no nodes)
    ("tests/fixtures/firstcontact31", 0.666, 0.744),  # 60/90, 67/90 after the fixes from its misses (57/89, 63/89 at
    # first contact; "Frown lines, crow’s feet, and forehead lines" read as three uses, none in a vocabulary)
    ("tests/fixtures/firstcontact30", 0.643, 0.742),  # 65/101, 75/101 after the fixes from its misses (59/104, 69/104
    # at first contact)
    ("tests/fixtures/firstcontact32", 0.791, 0.833),  # 76/96, 80/96 after the fixes from its misses (59/81, 62/81 at
    # first contact: ambrisentan's sixteen side effects, under italic group names, were unread)
    ("tests/fixtures/firstcontact33", 0.778, 0.83),  # 60/77, 64/77 after the fixes from its misses (41/82, 45/82 at
    # first contact: fragments such as "In children" and "Cancers" were nodes, abatacept's indented sections unread)
    ("tests/fixtures/firstcontact34", 0.614, 0.685),  # 43/70, 48/70 after the fixes from its misses (42/74, 48/74 at
    # first contact: most of what stays unlinked is named by no vocabulary, "Induction of labor", "Bowel preparation";
    # "Severe eosinophilic asthma", read since its denied attacks no longer cancel it, is asthma graded, no term)
    ("tests/fixtures/firstcontact35", 0.56, 0.61),  # 57/101, 62/101 after the fixes from its misses (56/101, 61/101
    # at first contact: what stays unlinked is named by no vocabulary, "Radiation emergencies", "Minor cuts")
    ("tests/fixtures/firstcontact36", 0.70, 0.79),  # 65/92, 73/92 after the fixes from its misses (49/80, 57/80 at
    # first contact: prose sentences "Some people notice ..." were unread)
    ("tests/fixtures/firstcontact37", 0.64, 0.72),  # 65/101, 73/101 after the fixes from its misses (61/102, 69/102
    # at first contact: other names of diseases DOID's file does not hold, "Rh sensitization", "Pathologic myopia")
    ("tests/fixtures/firstcontact39", 0.72, 0.84),  # 66/91, 77/91 after the fixes from its misses (58/90, 70/90 at
    # first contact: a lead-in's own use before the transplant kinds it listed, read as uses, was unread)
    ("tests/fixtures/firstcontact40", 0.71, 0.71),  # 60/84, 60/84 after the fixes from its misses (43/66, 43/66 at
    # first contact: prose uses and effects unread; "Antibodies against emicizumab" is named by no vocabulary)
    ("tests/fixtures/firstcontact41", 0.72, 0.74),  # 63/87, 65/87 after the fixes from its misses (61/89, 63/89 at
    # first contact: what stays unlinked to HPO is SIDER's, "Eye redness", "Stomach cramps")
    ("tests/fixtures/firstcontact43", 0.69, 0.76),  # 69/100, 76/100 after the fixes from its misses (66/100, 73/100
    # at first contact: a few lay names no vocabulary held, "Testicle shrinkage", "Peeling of the skin")
    ("tests/fixtures/firstcontact48", 0.60, 0.63),  # 74/122, 78/122 after the fixes from its misses (73/123, 77/123
    # at first contact: anaplastic thyroid cancer, ear drainage and drug-induced lupus named by no vocabulary's words)
    ("tests/fixtures/firstcontact49", 0.71, 0.74),  # 68/95, 71/95 after the fixes from its misses (48/70, 51/70 at
    # first contact: prose effects unread, the malarias named by their parasite's species); 69/92, 72/92 since
    # 'Changes in heart rhythm' and the eleventh session's rules
    ("tests/fixtures/firstcontact50", 0.59, 0.69),  # 59/100, 69/100 after the fixes from its misses (57/100, 66/100
    # at first contact: "Skin rash or hives (urticaria)" was Urticaria, exactly, a link of another thing)
    ("tests/fixtures/firstcontact52", 0.70, 0.80),  # 77/109, 88/109 after the fixes from its misses (79/115, 90/115
    # at first contact: fragments read as uses, "The" and the stiffness, tremor and restlessness of an appositive)
    ("tests/fixtures/firstcontact53", 0.63, 0.68),  # 59/89, 63/89 after the fixes from its misses (55/84, 59/84 at
    # first contact: lactase's one semicolon sentence of effects unread; several misses left, its INDEX says which);
    # 59/93, 64/93 since the twelfth session read tobramycin's whole labelled lines (four more effects, three of them
    # named by no vocabulary's words: "Crusting of the eyelids", "Blurred vision for a few minutes after use", and
    # "Sensitivity to light", photophobia or photosensitivity); 60/93, 65/93 since "Feeling like something is in your
    # eye" finds the lexicon's "feeling that ..." row; 60/94, 65/94 since formal prose groups are read (activated
    # charcoal's "Dehydration or low salt levels", a pair no vocabulary names as one, its truth's effect too); 60/94,
    # 64/94 since "Stinging or burning when the drops go in" is kept whole as its truth reads it (links.tsv: '-')
    ("tests/fixtures/firstcontact54", 0.68, 0.75),  # 72/105, 79/105 after the fixes from its misses (69/103, 76/103
    # at first contact: "Recurrent mouth ulcers (aphthous ulcers)" was Aphthous ulcer, exactly, a link of another thing)
    ("tests/fixtures/firstcontact55", 0.69, 0.71),  # 62/89, 64/89 after the fixes from its misses (56/83, 58/83 at
    # first contact: biotin's and sodium bicarbonate's effects half read)
    ("tests/fixtures/firstcontact56", 0.71, 0.75),  # 71/100, 75/100 after the fixes from its misses (66/95, 69/95 at
    # first contact: rosuvastatin's serious group and levonorgestrel's devices read wrong)
    ("tests/fixtures/firstcontact57", 0.65, 0.69),  # 68/104, 72/104 after the fixes from its misses (41/73, 42/73 at
    # first contact: three layouts never met; "Red skin" as Erythema since, the colour the drug gives, a call its INDEX
    # records)
    ("tests/fixtures/firstcontact58", 0.74, 0.78),  # 71/95, 75/95 after the fixes from its misses (72/104, 76/104
    # at first contact: its body-system lines read as effects, "Off-label" as a use)
    ("tests/fixtures/firstcontact59", 0.61, 0.67),  # 58/94, 63/94 after the fixes from its misses (53/95, 58/95 at
    # first contact: many effects named by no vocabulary's words, "Staining of the teeth and tongue")
    ("tests/fixtures/firstcontact60", 0.71, 0.78),  # 76/106, 83/106 after the fixes from its misses (75/109, 81/109
    # at first contact)
    ("tests/fixtures/firstcontact61", 0.71, 0.78),  # 71/99, 78/99 after the fixes from its misses (68/99, 75/99 at
    # first contact)
    ("tests/fixtures/firstcontact62", 0.70, 0.76),  # 70/99, 76/99 after the fixes from its misses and lex5 (62/97,
    # 66/97 at first contact: a table's System column read as effects)
    ("tests/fixtures/firstcontact63", 0.69, 0.76),  # 73/105, 80/105 after the fixes from its misses and lex5 (59/101,
    # 65/101 at first contact: numbered items run together)
    ("tests/fixtures/firstcontact64", 0.79, 0.87),  # 75/94, 82/94 at first contact and after (the fixes changed no
    # node)
    ("tests/fixtures/firstcontact66", 0.61, 0.67),  # 66/107, 72/107 after one rule from its misses (62/103, 68/103 at
    # first contact)
    ("tests/fixtures/firstcontact67", 0.61, 0.68),  # 63/103, 71/103 after the first rules from its misses (62/98,
    # 70/98 at first contact: a summary table's row had hidden the page's Usage, its four poisonings)
    ("tests/fixtures/firstcontact68", 0.71, 0.82),  # 69/97, 80/97 after the rules from its misses (67/93, 78/93 at
    # first contact: edoxaban's off-label uses and zanamivir's serious effects unread)
    ("tests/fixtures/firstcontact69", 0.75, 0.75),  # 72/96, 72/96 after the rules from its misses (57/96, 57/96 at
    # first contact: Grok 3's side effects unread)
    ("tests/fixtures/firstcontact70", 0.74, 0.81),  # 69/93, 76/93 after the rules from its misses (68/90, 75/90 at
    # first contact: besifloxacin's off-label uses unread)
    ("tests/fixtures/firstcontact71", 0.58, 0.68),  # 58/100, 68/100 after the rules from its misses (61/105, 72/105 at
    # first contact: sapropterin's allergy signs read as effects)
    ("tests/fixtures/firstcontact72", 0.65, 0.79),  # 61/93, 74/93 after the rules from its misses (53/86, 64/86 at
    # first contact)
    ("tests/fixtures/firstcontact73", 0.64, 0.71),  # 68/105, 75/105 after the rules from its misses (47/72, 53/72 at
    # first contact: tetracaine's transcript and trihexyphenidyl's definition list unread)
    ("tests/fixtures/firstcontact74", 0.68, 0.73),  # 72/105, 77/105 after the rules from its misses (67/99, 72/99 at
    # first contact)
    ("tests/fixtures/firstcontact75", 0.70, 0.80),  # 73/104, 84/104 after the rules from its misses (50/67, 54/67 at
    # first contact: hydrocortisone's YAML and artemether-lumefantrine's fenced answer unread)
    ("tests/fixtures/firstcontact76", 0.62, 0.71),  # 69/111, 80/111 after its audit and the rules from its misses
    # (68/106, 78/106 at first contact, one of them the wrong exact match of postmenopausal osteoporosis); 79/111
    # since "Burning or stinging when the drops go in" is kept whole as its truth reads it (its links.tsv: '-')
    ("tests/fixtures/firstcontact77", 0.76, 0.77),  # 73/95, 74/95 after the rules from its misses (57/105, 58/105 at
    # first contact: a table of run-in fields, a slide deck and a form read as nothing)
    ("tests/fixtures/firstcontact78", 0.78, 0.85),  # 78/99, 85/99 after the rules from its misses (67/87, 72/87 at
    # first contact)
    ("tests/fixtures/firstcontact80", 0.73, 0.77),  # 75/102, 79/102 after the rules from its misses (75/104, 79/104
    # at first contact)
    ("tests/fixtures/firstcontact81", 0.73, 0.82),  # 76/103, 85/103 after the rules from its misses (40/64, 47/64 at
    # first contact: four pages read as no use)
    ("tests/fixtures/firstcontact82", 0.74, 0.79),  # 81/108, 86/108 after the rules from its misses (74/102, 79/102
    # at first contact)
    ("tests/fixtures/firstcontact83", 0.68, 0.77),  # 79/116, 90/116 after the rules from its misses (56/95, 62/95 at
    # first contact: a chat log, INI tables, BBCode, a leaflet's headings and a man page read as little or nothing)
    ("tests/fixtures/firstcontact84", 0.70, 0.74),  # 66/94, 70/94 after the rules from its misses (65/94, 69/94 at
    # first contact)
    ("tests/fixtures/firstcontact85", 0.72, 0.76),  # 73/100, 77/100 after the rules from its misses (34/48, 36/48 at
    # first contact: three pages read as nothing)
    ("tests/fixtures/firstcontact86", 0.67, 0.70),  # 71/105, 74/105 after the rules from its misses (73/116, 76/116
    # at first contact, blind, ordinary layouts)
    ("tests/fixtures/firstcontact87", 0.59, 0.65),  # 59/100, 65/100 after the readers of its formats (21/34, 22/34
    # at first contact, blind: flashcards, XML and an ASCII grid table read as nothing; more nodes read, a lower share)
    ("tests/fixtures/firstcontact88", 0.79, 0.83),  # 87/109, 91/109 after the rules from its misses (71/90, 75/90 at
    # first contact, blind, ordinary layouts)
    ("tests/fixtures/firstcontact89", 0.75, 0.77),  # 84/111, 86/111 after the readers of its formats (no node read at
    # first contact: troff, Texinfo, a Python dict, a DOT graph, a dot-leader sheet and DokuWiki read as nothing)
    ("tests/fixtures/firstcontact90", 0.70, 0.73),  # 68/96, 71/96 after the rules from its misses (68/102, 71/102 at
    # first contact, blind, ordinary layouts)
    ("tests/fixtures/firstcontact91", 0.70, 0.75),  # 66/92, 70/92 after the readers of its formats (14/19, 15/19 at
    # first contact: five of six pages read as little or nothing, one raised); 66/93, 70/93 since "Dizziness when you
    # stand up quickly" is kept whole as its truth reads it, a node of its own (broadMatch dizziness)
    ("tests/fixtures/firstcontact92", 0.68, 0.81),  # 80/117, 95/117 after the rules from its misses (80/124, 95/124
    # at first contact, blind, ordinary layouts)
    ("tests/fixtures/firstcontact93", 0.57, 0.67),  # 63/109, 74/109 after the readers of its formats (50/83, 56/83 at
    # first contact, blind: a Gherkin feature file and schema.org JSON-LD read as nothing; more nodes, a lower share)
    ("tests/fixtures/firstcontact94", 0.68, 0.72),  # 64/93, 67/93 after the rules from its misses (55/81, 58/81 at
    # first contact, blind, ordinary layouts: cannabidiol's conversational prose read as nothing)
    ("tests/fixtures/firstcontact95", 0.67, 0.73),  # 74/110, 81/110 after the readers of its formats and the next
    # session's rules (41/66, 45/66 at first contact, blind: an Anki deck, a FHIR Bundle and beamer slides read as
    # almost nothing)
    ("tests/fixtures/firstcontact96", 0.70, 0.76),  # 73/103, 79/103 after the rules from its misses (68/108, 71/108
    # at first contact, blind, ordinary layouts)
    ("tests/fixtures/firstcontact97", 0.69, 0.72),  # 77/111, 81/111 after the readers of its formats (52/78, 55/78
    # at first contact, blind: a Discord embed and a Cypher script read as almost nothing)
    ("tests/fixtures/firstcontact98", 0.71, 0.74),  # 79/111, 83/111 after the rules from its misses (78/112, 82/112
    # at first contact, blind, ordinary layouts; brodalumab's opening "Psoriasis", linked exactly, is read as the
    # summary of the kinds its bullets name, no use, as its truth reads it)
    ("tests/fixtures/firstcontact99", 0.64, 0.70),  # 63/98, 69/98 after the readers of its formats (31/47, 34/47 at
    # first contact, blind, one of them a link of another thing, refused since: JSON Lines, Prolog facts, Turtle and a
    # Logseq outline read as almost nothing)
    ("tests/fixtures/firstcontact100", 0.69, 0.76),  # 74/107, 82/107 since a gloss's Disease Ontology term outside
    # what the label's words name is refused (tests/test_link_audit102.py): "Uncomplicated urinary tract infections
    # (cystitis)" is a kind of urinary tract infection, no longer cystitis exactly; 75/107, 83/107 after the rules from
    # its misses (76/109, 84/109 at first contact, blind, ordinary layouts)
    ("tests/fixtures/firstcontact101", 0.55, 0.64),  # 49/89, 57/89 after the readers of its formats (2/7, 2/7 at
    # first contact, blind: SPARQL Update, a Mermaid flowchart, Perl POD, OPML and an mdoc man page read as almost
    # nothing)
    ("tests/fixtures/firstcontact102", 0.70, 0.74),  # 67/95, 71/95 after the rules from its misses (65/102, 69/102
    # once the link of another thing was refused, tests/test_link_audit102.py; 66/102, 70/102 at first contact, blind,
    # ordinary answers of six older models: "Lymphatic filariasis" as elephantiasis by the page's gloss)
    ("tests/fixtures/firstcontact103", 0.63, 0.71),  # 58/91, 65/91 after the readers of its formats (20/38, 22/38 at
    # first contact, blind: a Lua table, INI, Protocol Buffers text, an Apple plist and EDN read as almost nothing)
    ("tests/fixtures/firstcontact104", 0.74, 0.77),  # 79/106, 82/106 after the rules from its misses: two broad opening
    # uses read as the summaries of the kinds after them ("Migraine headaches", "Fungal infections of the skin": nodes
    # gone, both had been linked); 81/108, 84/108 at first contact (blind, ordinary answers of six models not imitated
    # before)
    ("tests/fixtures/firstcontact105", 0.70, 0.73),  # 77/110, 81/110 since artesunate's WebVTT list of uses is read
    # (its three kinds of malaria, "Malaria" no longer: one linked node gone, three in); 77/108, 81/108 after the
    # readers of its formats (27/39, 29/39 at
    # first contact, blind: a Windows .reg file, a Lisp S-expression, a Nix attribute set and groff ms read as almost
    # nothing)
    ("tests/fixtures/firstcontact106", 0.73, 0.74),  # 79/107, 80/107 after the rules from its misses (76/103, 76/103
    # at first contact, blind, ordinary answers of six models not imitated before)
    ("tests/fixtures/firstcontact107", 0.67, 0.73),  # 67/100, 73/100 after the readers of its formats and the rules
    # from its misses (25/40, 26/40 at first contact, blind: a Ruby hash, a BibTeX record, a Bash script and DocBook
    # read as almost nothing)
    ("tests/fixtures/firstcontact108", 0.87, 0.88),  # 83/95, 84/95 at first contact (blind, ordinary answers of six
    # models not imitated before)
    ("tests/fixtures/firstcontact109", 0.61, 0.63),  # 63/102, 65/102 after the readers of its formats (16/30 at
    # first contact, one of them "- condition" as MONDO's root disease, refused since, tests/test_link_audit106.py;
    # blind: a batch file, a TypeScript object, KDL, a PHP array and NestedText read as almost nothing)
    ("tests/fixtures/firstcontact110", 0.72, 0.76),  # 70/96, 73/96 at first contact (blind, ordinary answers of six
    # models not imitated before)
    ("tests/fixtures/firstcontact111", 0.54, 0.60),  # 45/83, 50/83 at first contact (blind: a Java .properties file,
    # JATS XML and a Fountain screenplay read as almost nothing or in part; an R list and an Elixir map read by the
    # generic literal reader written before the set was read)
    ("tests/fixtures/firstcontact112", 0.73, 0.75),  # 66/90, 68/90 at first contact (blind, ordinary answers of six
    # models not imitated before)
    ("tests/fixtures/firstcontact113", 0.37, 0.37),  # 22/59, 22/59 at first contact (blind: iCalendar, RIS, a gettext
    # template and a Makefile read as almost nothing, Hjson in part)
    ("tests/fixtures/firstcontact114", 0.78, 0.80),  # 82/104, 84/104 at first contact (blind, ordinary answers of six
    # models not imitated before; identified 85.6 %)
    ("tests/fixtures/firstcontact115", 0.70, 0.72),  # 67/95, 69/95 after the rules from its misses and set 122's
    # (tavaborole's "Nail infections caused by Candida yeast" read whole, as its truth gives it, which names no term;
    # 66/94, 68/94 at first contact; blind, ordinary answers of six models not imitated before; identified 74.5 %,
    # then 75.8 %, then 74.7 %)
    ("tests/fixtures/firstcontact116", 0.58, 0.65),  # 63/107, 70/107 after the readers of its formats (28/46, 30/46 at
    # first contact, blind: an Android strings.xml, a vCard, a Fortran namelist and a Ren'Py script read as almost
    # nothing, a MIME e-mail in part; identified 67.4 %, then 70.1 % of more than twice the nodes)
    ("tests/fixtures/firstcontact117", 0.75, 0.78),  # 72/95, 75/95 after the rules from its misses (60/89, 63/89 at
    # first contact; blind, ordinary answers of six models not imitated before; identified 75.3 %, then 82.1 %)
    ("tests/fixtures/firstcontact118", 0.65, 0.68),  # 69/105, 72/105 after the readers of its formats (27/47, 28/47 at
    # first contact, blind: an Atom entry of escaped HTML, XLIFF, an SVG infographic and Jsonnet read as almost
    # nothing; identified 61.7 %, then 71.4 %)
    ("tests/fixtures/firstcontact119", 0.78, 0.80),  # 87/111, 89/111 once trimethobenzamide's two uses told apart by
    # their causes were read as the truth gives them (its links.tsv: no term means either; 87/109, 89/109 at first
    # contact, blind, ordinary answers of six models not imitated before, after every rule of the session; identified
    # 83.5 %, then 82.0 %)
    ("tests/fixtures/firstcontact120", 0.60, 0.62),  # 48/79, 49/79 after the rules from its misses (47/79, 48/79 at
    # first contact; blind, ordinary answers of six models not imitated before; identified 68.4 %, then 69.6 %)
    ("tests/fixtures/firstcontact121", 0.73, 0.78),  # 71/97, 76/97 after the readers of its formats (19/25, 19/25 at
    # first contact, blind: a Rust struct literal, a C header, an Emacs Lisp plist, Inform 7, a Kubernetes ConfigMap
    # and a Dockerfile's labels read as almost nothing; identified 76.0 % of 25 nodes, then 80.4 % of 97)
    ("tests/fixtures/firstcontact122", 0.70, 0.72),  # 66/94, 68/94 after the rules from its misses (efinaconazole's
    # lead summary gone, its Candida use read whole, as the truth gives it, naming no term; 69/97, 71/97 at first
    # contact, blind, ordinary answers of six models not imitated before, after the rules from sets 120 and 121;
    # identified 77.3 %, then 76.6 %)
    ("tests/fixtures/firstcontact123", 0.70, 0.74),  # 69/98, 73/98 after the readers of its formats (11/15, 11/15
    # at first contact, blind: an OpenAPI example, a COBOL data division, a systemd unit, a GEDCOM record, an ABC
    # tune's words and a Pkl module read as almost nothing; identified 73.3 % of 15 nodes, then 76.5 % of 98)
    ("tests/fixtures/firstcontact124", 0.78, 0.80),  # 71/90, 72/90 after the rules from its misses, its one link of
    # another thing refused ("Blue discolouration of the skin" as Cyanosis, by HPO's synonym; 70/90, 71/90 at first
    # contact, blind, ordinary answers of six models not imitated before, after every rule of the session;
    # identified 80.0 %, then 81.1 %)
    ("tests/fixtures/firstcontact125", 0.71, 0.74),  # 68/95, 71/95 after the readers of its formats (25/38, 25/38 at
    # first contact, blind: a Postman collection, Scala case classes, an Ada package and a CMake script read as almost
    # nothing; identified 68.4 % of 38 nodes, then 76.8 % of 95)
    ("tests/fixtures/firstcontact126", 0.73, 0.77),  # 68/92, 71/92 after the rules from its misses (64/90, 67/90 at
    # first contact, blind, ordinary answers of six models not imitated before, after every rule of the session;
    # identified 76.7 %, then 79.3 %)
    ("tests/fixtures/firstcontact127", 0.81, 0.83),  # 93/114, 95/114 after the rules from its misses and the key for
    # the Greek plural of "-osis" (87/115, 90/115 at first contact, blind, ordinary answers of six models not imitated
    # before, after every rule of the session; identified 79.1 %, then 84.2 %)
    ("tests/fixtures/firstcontact128", 0.64, 0.68),  # 60/93, 64/93 after the readers of its formats (8/23, 8/23 at
    # first contact, blind: a Tcl dict, an OCaml record, Smalltalk dictionaries, a VB.NET module, a Puppet manifest
    # and a Bazel BUILD file read as almost nothing; identified 39.1 % of 23 nodes, then 72.0 % of 93)
    ("tests/fixtures/firstcontact129", 0.75, 0.77),  # 68/90, 70/90 after the rules from its misses (63/86, 65/86 at
    # first contact, blind, ordinary answers of six models not imitated before, after every rule of the session;
    # identified 76.7 %, then 78.9 %)
    ("tests/fixtures/firstcontact130", 0.69, 0.74),  # 65/94, 70/94 after the readers of its formats (17/24, 17/24 at
    # first contact, blind: a MATLAB struct, an F# record, an Apache config, an Objective-C dictionary and a fish
    # script read as almost nothing; identified 75.0 % of 24 nodes, then 76.6 % of 94)
    ("tests/fixtures/firstcontact131", 0.71, 0.75),  # 76/106, 80/106 after the rules from its misses (76/109, 80/109
    # at first contact, blind, ordinary answers of six models not imitated before, after every rule of the session;
    # identified 76.1 %, then 79.2 %)
    ("tests/fixtures/firstcontact132", 0.66, 0.73),  # 62/93, 68/93 after the readers of its formats (9/24, 11/24 at
    # first contact, blind: a Terraform file, a Zig struct, Common Lisp defstructs, an AutoHotkey script and Pascal
    # records read as almost nothing; identified 45.8 % of 24 nodes, then 77.4 % of 93)
    ("tests/fixtures/firstcontact133", 0.57, 0.62),  # 62/107, 67/107 after the rules from its misses (59/106, 63/106 at
    # first contact, blind, ordinary answers of six models not imitated before, after every rule of the session;
    # identified 59.4 %, then 62.6 %)
    ("tests/fixtures/firstcontact134", 0.79, 0.81),  # 79/100, 81/100 after the rules from its misses (67/90, 68/90 at
    # first contact, blind, ordinary answers of six models not imitated before; identified 76.7 %, then 82.0 %)
    ("tests/fixtures/firstcontact135", 0.74, 0.77),  # 74/100, 77/100 after the readers of its formats (16/26, 16/26 at
    # first contact, blind: a Racket hash, an Ansible playbook, a Windows .inf file, a C# object and an Elm record read
    # as almost nothing; identified 65.4 % of 26 nodes, then 79.0 % of 100)
    ("tests/fixtures/firstcontact136", 0.67, 0.69),  # 61/91, 63/91 after the rules from its misses (52/78, 54/78 at
    # first contact, blind, ordinary answers of six models not imitated before; identified 76.9 %, then 76.9 %)
    ("tests/fixtures/firstcontact137", 0.71, 0.78),  # 77/107, 84/107 after the readers of its formats (1/10, 1/10 at
    # first contact, blind: six notations read as almost nothing; identified 10.0 % of 10 nodes, then 80.4 % of 107)
    ("tests/fixtures/firstcontact138", 0.68, 0.73),  # 68/100, 73/100 after the rules from its misses (66/97, 71/97 at
    # first contact, blind, ordinary answers of six models not imitated before; identified 76.3 %, then 76.0 %)
    ("tests/fixtures/firstcontact139", 0.70, 0.74),  # 68/97, 72/97 after the readers of its formats and the rules
    # from what they left (18/27, 18/27 at first contact, blind: SAS, PostScript, VHDL, LilyPond and Lean 4 read as
    # almost nothing; identified 70.4 % of 27 nodes, then 77.3 % of 97)
    ("tests/fixtures/firstcontact140", 0.81, 0.87),  # 83/102, 89/102 after the rules from its misses (81/109, 86/109 at
    # first contact, blind, ordinary answers of six models not imitated before; identified 79.8 %, then 88.2 %)
    ("tests/fixtures/firstcontact141", 0.70, 0.73),  # 63/90, 66/90 after the rules from its misses (59/91, 62/91 at
    # first contact, blind, ordinary answers of six models not imitated before; identified 71.4 %, then 76.7 %)
    ("tests/fixtures/firstcontact142", 0.74, 0.78),  # 74/99, 78/99 after the readers of its formats (30/48, 31/48 at
    # first contact, blind: a PowerShell hashtable, an Erlang term file, Swift structs, a Go literal, an ABAP report and
    # BASIC DATA read as little; identified 66.7 % of 48 nodes, then 81.8 % of 99)
    ("tests/fixtures/firstcontact143", 0.68, 0.73),  # 73/106, 78/106 after the rules from its misses (72/108, 77/108 at
    # first contact, blind, ordinary answers of six models not imitated before; identified 73.1 %, then 75.5 %)
    ("tests/fixtures/firstcontact144", 0.79, 0.79),  # 82/103, 82/103 after the readers of its formats (20/23, 20/23 at
    # first contact, blind: a Thrift IDL, HOCON, Gleam types, Forth words, an Eiffel class and a TLA+ module read as
    # little; identified 87.0 % of 23 nodes, then 82.5 % of 103)
    ("tests/fixtures/firstcontact145", 0.65, 0.68),  # 66/101, 69/101 after the rules from its misses (64/97, 67/97 at
    # first contact, blind, ordinary answers of six models not imitated before, after the rules from sets 140-143;
    # identified 74.2 %; four uses more read since, none linked exactly)
    ("tests/fixtures/firstcontact148", 0.71, 0.72),  # 74/104, 75/104 after the rules from its misses (73/103, 74/103 at
    # first contact, blind, ordinary answers of six models not imitated before, after the rules from sets 140-145;
    # identified 76.7 %, then 76.9 %)
    ("tests/fixtures/firstcontact146", 0.70, 0.70),  # 66/93, 66/93 after the rules from its misses (62/86, 62/86 at
    # first contact, blind, ordinary answers of six models not imitated before, after the rules from sets 140-145;
    # identified 75.6 %, then 75.3 %; seven uses more read since, most named with their time or place)
    ("tests/fixtures/firstcontact147", 0.75, 0.80),  # 78/103, 83/103 after the readers of its formats (32/44, 34/44 at
    # first contact, blind: an AppleScript record, a Stata do-file, a GraphQL mutation, an awk script, a Ballerina
    # record and Bencode; identified 79.5 % of 44 nodes, then 82.5 % of 103)
    ("tests/fixtures/firstcontact149", 0.75, 0.77),  # 81/107, 83/107 after the rules from its misses, as at first
    # contact (blind, ordinary answers of six models not imitated before, after the rules from sets 140-148;
    # identified 78.5 %, every node whose truth gives an identifier)
    ("tests/fixtures/firstcontact150", 0.69, 0.75),  # 67/97, 73/97 after the rules from its misses (62/91, 68/91 at
    # first contact, blind, ordinary answers of six models not imitated before, after the rules from sets 140-148;
    # identified 80.2 %, then 80.4 % of 97)
    ("tests/fixtures/firstcontact151", 0.78, 0.79),  # 78/100, 79/100 after the rules from its misses (77/101, 78/101
    # at first contact, blind, ordinary answers of six models not imitated before, after the rules from sets 140-150;
    # identified 81.2 %, then 83.0 %)
    ("tests/fixtures/firstcontact152", 0.70, 0.74),  # 70/99, 74/99 after the rules from its misses, as at first
    # contact (blind, ordinary answers of six models not imitated before, after the rules from sets 140-150;
    # identified 76.8 %)
    ("tests/fixtures/firstcontact154", 0.78, 0.79),  # 68/87, 69/87 after the rules from its misses (66/89, 67/89 at
    # first contact, blind, ordinary answers of six models not imitated before, after the rules from sets 140-152;
    # identified 78.7 %, then 82.8 %)
    ("tests/fixtures/firstcontact153", 0.82, 0.85),  # 78/94, 80/94 after the rules from its misses (78/95, 80/95 at
    # first contact, blind, ordinary answers of six models not imitated before, after the rules from sets 140-152;
    # identified 85.3 %, then 86.2 %)
    ("tests/fixtures/firstcontact155", 0.79, 0.84),  # 73/92, 78/92 after the rules from its misses (67/89, 73/89 at
    # first contact, blind; identified 85.4 %, then 88.0 %)
    ("tests/fixtures/firstcontact156", 0.70, 0.76),  # 63/90, 69/90 after the rules from its misses (61/89, 67/89 at
    # first contact, blind; identified 79.8 %, then 81.1 %)
    ("tests/fixtures/firstcontact157", 0.72, 0.75),  # 69/94, 72/94 after the readers of its formats (29/41, 29/41 at
    # first contact, blind; identified 73.2 %, then 78.7 %); 68/94, 71/94 once "Changes in body fat (lipodystrophy)"
    # reads its gloss as a kind of change, not its name (unlinked in its truth)
    ("tests/fixtures/firstcontact158", 0.61, 0.63),  # 57/93, 59/93 after the rules from its misses (56/94, 58/94 at
    # first contact, blind; identified 69.1 %, then 71.0 %)
    ("tests/fixtures/firstcontact159", 0.69, 0.72),  # 76/109, 79/109 after the rules from its misses (74/110, 77/110 at
    # first contact, blind; identified 73.6 %, then 76.1 %)
    ("tests/fixtures/firstcontact160", 0.74, 0.75),  # 75/100, 76/100 after the rules from its misses (75/102, 76/102 at
    # first contact, blind; identified 76.5 %, then 78.0 %); 75/101 once almotriptan's studied "menstrual migraine" is
    # read (its truth's link '-')
    ("tests/fixtures/firstcontact161", 0.75, 0.79),  # 76/101, 80/101 after the rules from its misses (76/101, 80/101 at
    # first contact, blind; identified 83.2 %, then 83.2 %)
    ("tests/fixtures/firstcontact162", 0.73, 0.77),  # 64/87, 67/87 after the rules from its misses (64/88, 67/88 at
    # first contact, blind; identified 78.4 %, then 79.3 %)
    ("tests/fixtures/firstcontact163", 0.67, 0.69),  # 71/105, 73/105 after the readers of its formats (17/30, 17/30 at
    # first contact, blind; identified 60.0 %, then 72.4 %)
    ("tests/fixtures/firstcontact164", 0.73, 0.77),  # 77/105, 81/105 after the rules from its misses (75/106, 79/106 at
    # first contact, blind; identified 75.5 %, then 78.1 %)
    ("tests/fixtures/firstcontact165", 0.68, 0.72),  # 68/99, 72/99 after the rules from its misses (68/99, 72/99 at
    # first contact, blind; identified 77.8 %, then 77.8 %)
    ("tests/fixtures/firstcontact166", 0.73, 0.75),  # 68/92, 69/92 after the rules from its misses (64/89, 65/89 at
    # first contact, blind; identified 77.5 %, then 79.3 %)
    ("tests/fixtures/firstcontact167", 0.73, 0.75),  # 77/105, 79/105 after the rules from its misses (77/105, 79/105 at
    # first contact, blind; identified 77.1 %, then 77.1 %)
    ("tests/fixtures/firstcontact168", 0.77, 0.80),  # 69/89, 72/89 after the readers of its formats (42/64, 45/64 at
    # first contact, blind; identified 73.4 %, then 84.3 %)
    ("tests/fixtures/firstcontact169", 0.78, 0.80),  # 85/108, 87/108 after the rules from its misses (85/108, 87/108 at
    # first contact, blind; identified 83.3 %, then 83.3 %)
    ("tests/fixtures/firstcontact170", 0.77, 0.82),  # 77/100, 82/100 after the rules from its misses (76/100, 81/100 at
    # first contact, blind; identified 83.0 %, then 84.0 %)
    ("tests/fixtures/firstcontact171", 0.72, 0.76),  # 75/104, 80/104 after the rules from its misses (72/102, 77/102 at
    # first contact, blind; identified 77.5 %, then 78.8 %)
    ("tests/fixtures/firstcontact172", 0.65, 0.66),  # 67/102, 68/102 after the rules from its misses (66/102, 67/102 at
    # first contact, blind; identified 68.6 %, then 69.6 %)
    ("tests/fixtures/firstcontact173", 0.70, 0.73),  # 65/92, 68/92 after the rules from its misses (63/92, 66/92 at
    # first contact, blind; identified 73.9 %, then 76.1 %)
    ("tests/fixtures/firstcontact174", 0.75, 0.78),  # 66/87, 68/87 after the readers of its formats (7/24, 7/24 at
    # first contact, blind; identified 29.2 %, then 79.3 %)
    ("tests/fixtures/firstcontact175", 0.68, 0.76),  # 68/99, 76/99 after the rules from its misses (68/99, 76/99 at
    # first contact, blind; identified 79.8 %, then 79.8 %)
    ("tests/fixtures/firstcontact176", 0.72, 0.73),  # 78/107, 79/107 after the rules from its misses (76/107, 77/107 at
    # first contact, blind; identified 75.7 %, then 77.6 %)
    ("tests/fixtures/firstcontact177", 0.74, 0.78),  # 74/100, 78/100 after the rules from its misses (75/100, 79/100 at
    # first contact, blind; identified 83.0 %, then 82.0 %)
    # ("Esophagitis" exactly linked at first contact was amifostine's "Radiation-induced esophagitis", which
    # its truth leaves unlinked, a narrower thing)
    ("tests/fixtures/firstcontact178", 0.74, 0.78),  # 70/94, 74/94 after the rules from its misses (69/94, 73/94 at
    # first contact, blind; identified 80.9 %, then 81.9 %)
    ("tests/fixtures/firstcontact179", 0.67, 0.70),  # 75/111, 78/111 after the rules from its misses (75/111, 78/111 at
    # first contact, blind; identified 73.0 %, then 73.0 %)
    ("tests/fixtures/firstcontact180", 0.75, 0.76),  # 82/108, 83/108 after the rules from its misses (82/108, 83/108 at
    # first contact, blind; identified 79.6 %, then 79.6 %)
    ("tests/fixtures/firstcontact181", 0.68, 0.71),  # 66/96, 69/96 after the rules from its misses (62/90, 65/90 at
    # first contact, blind; identified 76.7 %, then 76.0 %: six nodes more, ravulizumab's uses among them)
    ("tests/fixtures/firstcontact182", 0.78, 0.80),  # 83/106, 85/106 after the rules from its misses (84/109, 86/109 at
    # first contact, blind; identified 78.9 %, then 80.2 %)
    ("tests/fixtures/firstcontact183", 0.60, 0.66),  # 64/106, 71/106 after the readers of its formats (16/28, 18/28 at
    # first contact, blind; identified 71.4 %, then 70.8 %)
    ("tests/fixtures/firstcontact184", 0.72, 0.75),  # 69/95, 72/95 after the rules from its misses (69/96, 72/96 at
    # first contact, blind; identified 77.1 %, then 77.9 %)
    ("tests/fixtures/firstcontact185", 0.75, 0.77),  # 61/81, 63/81 after the rules from its misses (61/82, 62/82 at
    # first contact, blind; identified 78.0 %, then 80.2 %)
    ("tests/fixtures/firstcontact186", 0.65, 0.74),  # 62/94, 70/94 after the rules from its misses (61/94, 69/94 at
    # first contact, blind; identified 75.5 %, then 76.6 %)
    ("tests/fixtures/firstcontact187", 0.79, 0.79),  # 76/96, 76/96 after the rules from its misses (76/99, 76/99 at
    # first contact, blind; identified 78.8 %, then 81.2 %)
    ("tests/fixtures/firstcontact188", 0.73, 0.81),  # 70/95, 77/95 after the rules from its misses (71/99, 79/99 at
    # first contact, blind; identified 84.8 %, then 86.3 %)
    ("tests/fixtures/firstcontact189", 0.70, 0.72),  # 61/87, 63/87 after the rules from its misses (61/88, 63/88 at
    # first contact, blind; identified 76.1 %, then 77.0 %)
    ("tests/fixtures/firstcontact190", 0.68, 0.70),  # 61/89, 63/89 after the rules from its misses (61/91, 63/91 at
    # first contact, blind; identified 73.6 %, then 75.3 %)
    ("tests/fixtures/firstcontact191", 0.55, 0.56),  # 60/108, 61/108 after the rules from its misses (59/110, 61/110 at
    # first contact, blind; identified 61.8 %, then 63.0 %)
    ("tests/fixtures/firstcontact192", 0.70, 0.76),  # 72/102, 78/102 after the rules from its misses (72/102, 78/102 at
    # first contact, blind; identified 83.3 %, then 83.3 %)
    ("tests/fixtures/firstcontact193", 0.76, 0.78),  # 67/88, 69/88 after the rules from its misses (66/88, 68/88 at
    # first contact, blind; identified 78.4 %, then 79.5 %)
    ("tests/fixtures/firstcontact194", 0.76, 0.77),  # 71/93, 72/93 after the rules from its misses (71/93, 72/93 at
    # first contact, blind; identified 79.6 %, then 79.6 %)
    ("tests/fixtures/firstcontact195", 0.70, 0.71),  # 61/87, 62/87 after the rules from its misses (61/87, 62/87 at
    # first contact, blind; identified 74.7 %, then 74.7 %)
    ("tests/fixtures/firstcontact196", 0.69, 0.72),  # 74/107, 78/107 after the rules from its misses (74/107, 78/107 at
    # first contact, blind; identified 74.8 %, then 74.8 %)
    ("tests/fixtures/firstcontact197", 0.74, 0.80),  # 75/101, 81/101 after the rules from its misses (78/107, 84/107 at
    # first contact, blind; identified 81.3 %, then 82.2 %)
    ("tests/fixtures/firstcontact198", 0.74, 0.75),  # 64/86, 65/86 after the rules from its misses (65/86, 66/86 at
    # first contact, blind; identified 79.1 %, then 77.9 %)
    ("tests/fixtures/firstcontact199", 0.74, 0.74),  # 60/81, 60/81 after the rules from its misses (60/82, 60/82 at
    # first contact, blind; identified 74.4 %, then 75.3 %)
    ("tests/fixtures/firstcontact200", 0.76, 0.78),  # 67/88, 69/88 after the rules from its misses (67/88, 69/88 at
    # first contact, blind; identified 79.5 %, then 79.5 %)
    ("tests/fixtures/firstcontact201", 0.77, 0.78),  # 68/88, 69/88 after the rules from its misses (67/87, 68/87 at
    # first contact, blind; identified 78.2 %, then 78.4 %)
    ("tests/fixtures/firstcontact202", 0.76, 0.79),  # 72/94, 75/94 after the rules from its misses (71/95, 74/95 at
    # first contact, blind; identified 78.9 %, then 80.9 %)
    ("tests/fixtures/firstcontact203", 0.67, 0.69),  # 65/96, 67/96 after the rules from its misses (65/94, 67/94 at
    # first contact, blind; identified 72.3 %, then 70.8 %)
    ("tests/fixtures/firstcontact204", 0.72, 0.74),  # 75/104, 77/104 after the rules from its misses (64/94, 66/94 at
    # first contact, blind; identified 70.2 %, then 75.0 %)
    ("tests/fixtures/firstcontact205", 0.75, 0.77),  # 76/101, 78/101 after the rules from its misses (72/95, 74/95 at
    # first contact, blind; identified 81.1 %, then 80.2 %)
    ("tests/fixtures/firstcontact206", 0.77, 0.81),  # 74/96, 78/96 after the rules from its misses (73/96, 77/96 at
    # first contact, blind; identified 83.3 %, then 84.4 %)
    ("tests/fixtures/firstcontact207", 0.77, 0.79),  # 75/97, 77/97 after the rules from its misses (74/97, 76/97 at
    # first contact, blind; identified 80.4 %, then 81.4 %)
    ("tests/fixtures/firstcontact208", 0.69, 0.75),  # 72/104, 78/104 after the rules from its misses (72/107, 78/107 at
    # first contact, blind; identified 78.5 %, then 80.8 %)
    ("tests/fixtures/firstcontact209", 0.76, 0.81),  # 85/111, 90/111 after the rules from its misses (84/111, 89/111 at
    # first contact, blind; identified 83.8 %, then 84.7 %)
    ("tests/fixtures/firstcontact210", 0.71, 0.77),  # 76/106, 82/106 after the rules from its misses (64/91, 70/91 at
    # first contact, blind; identified 80.2 %, then 81.1 %)
    ("tests/fixtures/firstcontact211", 0.76, 0.78),  # 71/93, 73/93 after the rules from its misses (74/98, 77/98 at
    # first contact, blind; identified 80.6 %, then 80.6 %)
    ("tests/fixtures/firstcontact212", 0.75, 0.80),  # 80/106, 85/106 after the rules from its misses (80/110, 85/110 at
    # first contact, blind; identified 80.9 %, then 84.0 %)
    ("tests/fixtures/firstcontact213", 0.75, 0.76),  # 76/101, 77/101 after the rules from its misses (78/106, 79/106 at
    # first contact, blind; identified 79.2 %, then 81.2 %)
    ("tests/fixtures/firstcontact214", 0.69, 0.70),  # 67/96, 68/96 after the rules from its misses (66/95, 67/95 at
    # first contact, blind; identified 71.6 %, then 71.9 %)
    ("tests/fixtures/firstcontact215", 0.68, 0.73),  # 65/95, 70/95 after the rules from its misses (61/93, 66/93 at
    # first contact, blind; identified 75.3 %, then 77.9 %)
    ("tests/fixtures/firstcontact216", 0.71, 0.73),  # 64/90, 66/90 after the rules from its misses (64/90, 66/90 at
    # first contact, blind; identified 75.6 %, then 75.6 %)
    ("tests/fixtures/firstcontact217", 0.75, 0.76),  # 75/99, 76/99 after the rules from its misses (73/104, 76/104 at
    # first contact, blind; identified 73.1 %, then 76.8 %)
    ("tests/fixtures/firstcontact218", 0.63, 0.71),  # 72/114, 82/114 after the rules from its misses (72/117, 82/117 at
    # first contact, blind; identified 74.4 %, then 76.3 %)
    ("tests/fixtures/firstcontact219", 0.77, 0.78),  # 74/96, 75/96 after the rules from its misses (74/99, 75/99 at
    # first contact, blind; identified 77.8 %, then 80.2 %)
    ("tests/fixtures/firstcontact220", 0.72, 0.77),  # 72/100, 77/100 after the rules from its misses (72/100, 77/100 at
    # first contact, blind; identified 78.0 %, then 78.0 %)
    ("tests/fixtures/firstcontact221", 0.78, 0.82),  # 74/93, 78/93 after the rules from its misses (74/93, 78/93 at
    # first contact, blind; identified 86.0 %, then 86.0 %); 74/94 once elcatonin's studied "pain after a spine
    # fracture" is read (its truth's link '-')
    ("tests/fixtures/firstcontact222", 0.62, 0.75),  # 61/98, 74/98 after the rules from its misses (61/100, 74/100 at
    # first contact, blind; identified 75.0 %, then 76.5 %)
    ("tests/fixtures/firstcontact223", 0.72, 0.74),  # 68/94, 70/94 after the rules from its misses (68/94, 70/94 at
    # first contact, blind; identified 76.6 %, then 76.6 %)
    ("tests/fixtures/firstcontact224", 0.73, 0.76),  # 68/93, 71/93 after the rules from its misses (68/95, 71/95 at
    # first contact, blind; identified 78.9 %, then 80.6 %)
    ("tests/fixtures/firstcontact225", 0.68, 0.72),  # 73/106, 77/106 after the rules from its misses (73/109, 77/109 at
    # first contact, blind; identified 71.6 %, then 73.6 %)
    ("tests/fixtures/firstcontact226", 0.63, 0.69),  # 67/105, 73/105 after the rules from its misses (67/101, 71/101 at
    # first contact, blind; identified 73.3 %, then 72.4 %)
    ("tests/fixtures/firstcontact227", 0.70, 0.72),  # 80/114, 83/114 after the rules from its misses (80/116, 83/116 at
    # first contact, blind; identified 73.3 %, then 74.6 %)
    ("tests/fixtures/firstcontact228", 0.58, 0.62),  # 56/95, 59/95 after the rules from its misses (56/96, 59/96 at
    # first contact, blind; identified 63.5 %, then 64.2 %)
    ("tests/fixtures/firstcontact229", 0.75, 0.80),  # 79/104, 84/104 after the rules from its misses (79/107, 84/107 at
    # first contact, blind; identified 80.4 %, then 82.7 %)
    ("tests/fixtures/firstcontact230", 0.64, 0.67),  # 63/97, 65/97 after the rules from its misses (63/97, 65/97 at
    # first contact, blind; identified 71.1 %, then 71.1 %)
    ("tests/fixtures/firstcontact231", 0.78, 0.85),  # 84/107, 91/107 after the rules from its misses (84/107, 91/107 at
    # first contact, blind; identified 86.9 %, then 86.9 %)
    ("tests/fixtures/firstcontact232", 0.65, 0.67),  # 52/79, 53/79 after the rules from its misses (52/80, 53/80 at
    # first contact, blind; identified 68.8 %, then 69.6 %)
    ("tests/fixtures/firstcontact233", 0.69, 0.70),  # 76/109, 77/109 after the rules from its misses (76/109, 77/109 at
    # first contact, blind; identified 73.4 %, then 73.4 %)
    ("tests/fixtures/firstcontact234", 0.78, 0.80),  # 79/101, 81/101 after the rules from its misses (78/101, 81/101 at
    # first contact, blind; identified 84.2 %, then 84.2 %)
    ("tests/fixtures/firstcontact235", 0.70, 0.73),  # 61/87, 64/87 after the rules from its misses (60/87, 63/87 at
    # first contact, blind; identified 73.6 %, then 74.7 %)
    ("tests/fixtures/firstcontact236", 0.75, 0.76),  # 75/99, 76/99 after the rules from its misses (74/102, 75/102 at
    # first contact, blind; identified 75.5 %, then 78.8 %)
    ("tests/fixtures/firstcontact237", 0.63, 0.68),  # 66/104, 71/104 after the rules from its misses (58/93, 63/93 at
    # first contact, blind; identified 71.0 %, then 71.2 %)
    ("tests/fixtures/firstcontact238", 0.68, 0.71),  # 70/102, 73/102 after the rules from its misses (70/102, 73/102 at
    # first contact, blind; identified 74.5 %, then 74.5 %)
    ("tests/fixtures/firstcontact239", 0.63, 0.68),  # 58/92, 63/92 after the rules from its misses (58/94, 63/94 at
    # first contact, blind; identified 70.2 %, then 71.7 %)
    ("tests/fixtures/firstcontact240", 0.69, 0.74),  # 65/94, 70/94 after the rules from its misses (65/97, 70/97 at
    # first contact, blind; identified 74.2 %, then 76.6 %)
    ("tests/fixtures/firstcontact241", 0.65, 0.71),  # 65/99, 71/99 after the rules from its misses (66/101, 72/101 at
    # first contact, blind; identified 73.3 %, then 73.7 %)
    ("tests/fixtures/firstcontact242", 0.76, 0.79),  # 74/97, 77/97 after the rules from its misses (74/97, 77/97 at
    # first contact, blind; identified 80.4 %, then 80.4 %)
    ("tests/fixtures/firstcontact243", 0.66, 0.67),  # 58/87, 59/87 after the rules from its misses (58/87, 59/87 at
    # first contact, blind; identified 69.0 %, then 69.0 %)
    # lowered on 2026-12-08 to 64/101, 68/101: "Convulsions", "Altered consciousness" and "Widespread peeling of the
    # skin", serious effects now read after a member said with "that" (a seek-help clause among them was read as an
    # effect before and still is), which no vocabulary names exactly
    ("tests/fixtures/firstcontact244", 0.63, 0.67),  # 63/98, 67/98 after the rules from its misses (65/102, 69/102 at
    # first contact, blind; identified 69.6 %, then 70.4 %)
    ("tests/fixtures/firstcontact245", 0.75, 0.75),  # 81/108, 82/108 after the rules from its misses (79/104, 80/104 at
    # first contact, blind; identified 82.7 %, then 81.5 %)
    ("tests/fixtures/firstcontact246", 0.71, 0.71),  # 69/97, 69/97 after the rules from its misses (70/99, 70/99 at
    # first contact, blind; identified 74.7 %, then 75.3 %)
    ("tests/fixtures/firstcontact247", 0.62, 0.65),  # 64/103, 67/103 after the rules from its misses (64/105, 67/105 at
    # first contact, blind; identified 66.7 %, then 67.0 %)
    ("tests/fixtures/firstcontact248", 0.70, 0.72),  # 70/100, 72/100 after the rules from its misses (70/100, 72/100 at
    # first contact, blind; identified 75.0 %, then 75.0 %)
    ("tests/fixtures/firstcontact249", 0.65, 0.70),  # 59/90, 63/90 after the rules from its misses (60/94, 65/94 at
    # first contact, blind; identified 71.3 %, then 72.2 %)
    ("tests/fixtures/firstcontact250", 0.73, 0.75),  # 76/104, 78/104 after the rules from its misses (76/104, 78/104 at
    # first contact, blind; identified 80.8 %, then 80.8 %)
    ("tests/fixtures/firstcontact251", 0.67, 0.68),  # 71/105, 72/105 after the rules from its misses (70/107, 71/107 at
    # first contact, blind; identified 72.0 %, then 74.3 %)
    ("tests/fixtures/firstcontact252", 0.64, 0.67),  # 56/87, 59/87 after the rules from its misses (56/87, 59/87 at
    # first contact, blind; identified 73.6 %, then 73.6 %)
    ("tests/fixtures/firstcontact253", 0.67, 0.72),  # 59/88, 64/88 after the rules from its misses (59/90, 64/90 at
    # first contact, blind; identified 75.6 %, then 77.3 %)
    ("tests/fixtures/firstcontact254", 0.66, 0.68),  # 70/105, 72/105 after the rules from its misses (70/106, 72/106 at
    # first contact, blind; identified 72.6 %, then 73.3 %)
    ("tests/fixtures/firstcontact255", 0.65, 0.71),  # 63/96, 69/96 after the rules from its misses (63/96, 69/96 at
    # first contact, blind; identified 74.0 %, then 74.0 %)
    ("tests/fixtures/firstcontact256", 0.68, 0.71),  # 71/104, 74/104 after the rules from its misses (71/104, 74/104 at
    # first contact, blind; identified 73.1 %, then 73.1 %)
    ("tests/fixtures/firstcontact257", 0.75, 0.76),  # 76/101, 77/101 after the rules from its misses (76/102, 77/102 at
    # first contact, blind; identified 78.4 %, then 79.2 %)
    ("tests/fixtures/firstcontact258", 0.62, 0.68),  # 63/101, 69/101 after the rules from its misses (63/101, 69/101 at
    # first contact, blind; identified 70.3 %, then 70.3 %)
    ("tests/fixtures/firstcontact259", 0.66, 0.71),  # 66/99, 71/99 after the rules from its misses (66/99, 71/99 at
    # first contact, blind; identified 75.8 %, then 75.8 %)
    # lowered on 2026-12-08 to 75/101, 76/101: "Photorejuvenation of sun-aged skin", an approved drug's studied use
    # now read (off-label, as its truth has it), which no vocabulary names exactly
    ("tests/fixtures/firstcontact260", 0.74, 0.75),  # 75/100, 76/100 after the rules from its misses (74/102, 75/102 at
    # first contact, blind; identified 75.5 %, then 78.0 %)
    ("tests/fixtures/firstcontact261", 0.69, 0.73),  # 78/112, 82/112 after the rules from its misses (78/113, 82/113 at
    # first contact, blind; identified 75.2 %, then 75.9 %)
    ("tests/fixtures/firstcontact262", 0.62, 0.67),  # 50/80, 54/80 after the rules from its misses (50/85, 54/85 at
    # first contact, blind; identified 67.1 %, then 71.2 %)
    ("tests/fixtures/firstcontact263", 0.69, 0.73),  # 69/99, 73/99 after the rules from its misses (69/101, 73/101 at
    # first contact, blind; identified 73.3 %, then 74.7 %)
    ("tests/fixtures/firstcontact264", 0.59, 0.62),  # 53/89, 56/89 after the rules from its misses (53/88, 56/88 at
    # first contact, blind; identified 67.0 %, then 66.3 %)
    ("tests/fixtures/firstcontact265", 0.66, 0.71),  # 59/89, 64/89 after the rules from its misses (59/90, 64/90 at
    # first contact, blind; identified 72.2 %, then 74.2 %)
    ("tests/fixtures/firstcontact266", 0.70, 0.71),  # 73/102, 74/102 after the rules from its misses (75/107, 77/107 at
    # first contact, blind; identified 72.9 %, then 73.5 %)
    # (0.70, 0.71: "Pancreatitis after ERCP", a studied use read from 2026-12-08, is a name no vocabulary has exactly)
    ("tests/fixtures/firstcontact267", 0.66, 0.72),  # 66/98, 72/98 after the rules from its misses (67/102, 73/102 at
    # first contact, blind; identified 74.5 %, then 76.5 %); 65/98 once dexchlorpheniramine's "Allergic reactions to
    # blood or plasma transfusions" is read whole, as its truth has it (its link '-')
    ("tests/fixtures/firstcontact268", 0.58, 0.63),  # 50/86, 55/86 after the rules from its misses (50/86, 55/86 at
    # first contact, blind; identified 65.1 %, then 65.1 %)
    ("tests/fixtures/firstcontact269", 0.69, 0.71),  # 64/92, 66/92 after the rules from its misses (64/93, 66/93 at
    # first contact, blind; identified 74.2 %, then 75.0 %)
    ("tests/fixtures/firstcontact270", 0.69, 0.70),  # 72/103, 73/103 after the rules from its misses (72/103, 73/103 at
    # first contact, blind; identified 74.8 %, then 74.8 %)
    ("tests/fixtures/firstcontact271", 0.70, 0.75),  # 66/93, 70/93 after the rules from its misses (66/94, 70/94 at
    # first contact, blind; identified 75.5 %, then 76.3 %)
    ("tests/fixtures/firstcontact272", 0.79, 0.82),  # 67/84, 69/84 after the rules from its misses (67/85, 69/85 at
    # first contact, blind; identified 81.2 %, then 82.1 %)
    ("tests/fixtures/firstcontact273", 0.70, 0.74),  # 73/103, 77/103 after the rules from its misses (73/103, 77/103 at
    # first contact, blind; identified 76.7 %, then 76.7 %)
    ("tests/fixtures/firstcontact274", 0.65, 0.67),  # 63/96, 65/96 after the rules from its misses (63/96, 65/96 at
    # first contact, blind; identified 69.8 %, then 69.8 %)
    ("tests/fixtures/firstcontact275", 0.65, 0.68),  # 70/107, 73/107 after the rules from its misses (70/108, 73/108 at
    # first contact, blind; identified 70.4 %, then 71.0 %)
    ("tests/fixtures/firstcontact276", 0.52, 0.55),  # 54/102, 57/102 after the rules from its misses (54/104, 57/104 at
    # first contact, blind; identified 58.7 %, then 59.8 %)
    ("tests/fixtures/firstcontact277", 0.69, 0.72),  # 67/96, 70/96 after the rules from its misses (67/96, 70/96 at
    # first contact, blind; identified 76.0 %, then 76.0 %)
    ("tests/fixtures/firstcontact278", 0.78, 0.80),  # 75/96, 77/96 after the rules from its misses (75/96, 77/96 at
    # first contact, blind; identified 84.4 %, then 84.4 %)
    ("tests/fixtures/firstcontact279", 0.67, 0.69),  # 67/100, 69/100 after the rules from its misses (67/100, 69/100 at
    # first contact, blind; identified 73.0 %, then 73.0 %)
    ("tests/fixtures/firstcontact280", 0.68, 0.72),  # 60/88, 64/88 after the rules from its misses (60/91, 64/91 at
    # first contact, blind; identified 73.6 %, then 76.1 %)
    ("tests/fixtures/firstcontact281", 0.74, 0.79),  # 70/94, 75/94 after the rules from its misses (72/96, 76/96 at
    # first contact, blind; identified 81.2 %, then 83.0 %)
    ("tests/fixtures/firstcontact282", 0.62, 0.66),  # 58/93, 62/93 after the rules from its misses (58/92, 62/92 at
    # first contact, blind; identified 68.5 %, then 67.7 %)
    ("tests/fixtures/firstcontact283", 0.64, 0.70),  # 59/91, 64/91 after the rules from its misses (58/92, 63/92 at
    # first contact, blind; identified 69.6 %, then 71.4 %)
    ("tests/fixtures/firstcontact284", 0.67, 0.70),  # 62/92, 65/92 after the rules from its misses (56/87, 59/87 at
    # first contact, blind; identified 71.3 %, then 76.1 %)
    ("tests/fixtures/firstcontact285", 0.69, 0.77),  # 59/85, 66/85 after the rules from its misses (59/85, 66/85 at
    # first contact, blind; identified 81.2 %, then 81.2 %)
    # lowered on 2026-12-08 to 68/92, 73/92: "Chronic prostatitis", an approved drug's studied use now read
    # (off-label, as its truth has it), which no vocabulary names exactly
    ("tests/fixtures/firstcontact286", 0.73, 0.79),  # 68/91, 73/91 after the rules from its misses (67/90, 72/90 at
    # first contact, blind; identified 83.3 %, then 83.5 %)
    ("tests/fixtures/firstcontact287", 0.71, 0.74),  # 64/90, 67/90 after the rules from its misses (65/92, 68/92 at
    # first contact, blind; identified 77.2 %, then 77.8 %)
    ("tests/fixtures/firstcontact288", 0.70, 0.80),  # 64/91, 73/91 after the rules from its misses (61/91, 70/91 at
    # first contact, blind; identified 78.0 %, then 81.3 %)
    ("tests/fixtures/firstcontact289", 0.63, 0.69),  # 52/82, 57/82 after the rules from its misses (52/82, 57/82 at
    # first contact, blind; identified 72.0 %, then 72.0 %)
    ("tests/fixtures/firstcontact290", 0.79, 0.79),  # 69/87, 69/87 after the rules from its misses (69/87, 69/87 at
    # first contact, blind; identified 81.6 %, then 81.6 %)
    ("tests/fixtures/firstcontact291", 0.79, 0.82),  # 77/97, 80/97 after the rules from its misses (73/93, 76/93 at
    # first contact, blind; identified 86.0 %, then 86.6 %)
    ("tests/fixtures/firstcontact292", 0.51, 0.54),  # 46/90, 49/90 after the rules from its misses (40/85, 43/85 at
    # first contact, blind; identified 55.3 %, then 58.9 %)
    # lowered on 2026-12-08 to 68/95, 74/95: "CF-related diabetes", an approved drug's studied use now read
    # (off-label, as its truth has it), which no vocabulary names exactly
    ("tests/fixtures/firstcontact293", 0.71, 0.77),  # 67/93, 73/93 after the rules from its misses (67/93, 73/93 at
    # first contact, blind; identified 79.6 %, then 79.6 %)
    ("tests/fixtures/firstcontact294", 0.66, 0.67),  # 60/90, 61/90 after the rules from its misses (56/88, 57/88 at
    # first contact, blind; identified 68.2 %, then 71.1 %)
    ("tests/fixtures/firstcontact295", 0.66, 0.71),  # 69/103, 74/103 after the rules from its misses (69/103, 74/103 at
    # first contact, blind; identified 74.8 %, then 74.8 %)
    ("tests/fixtures/firstcontact298", 0.75, 0.83),  # 55/73, 61/73 after the rules from its misses (51/68, 57/68 at
    # first contact, blind; identified 88.2 %, then 87.7 %)
    ("tests/fixtures/firstcontact299", 0.67, 0.71),  # 65/96, 69/96 after the rules from its misses (64/96, 68/96 at
    # first contact, blind; identified 72.9 %, then 74.0 %)
    ("tests/fixtures/firstcontact296", 0.70, 0.76),  # 63/90, 69/90 after the rules from its misses (59/85, 65/85 at
    # first contact, blind; identified 81.2 %, then 81.1 %)
    ("tests/fixtures/firstcontact297", 0.72, 0.73),  # 62/86, 63/86 after the rules from its misses (59/86, 60/86 at
    # first contact, blind; identified 73.3 %, then 76.7 %)
    ("tests/fixtures/firstcontact300", 0.66, 0.68),  # 60/90, 62/90 after the rules from its misses (60/91, 62/91 at
    # first contact, blind; identified 70.3 %, then 71.1 %)
    ("tests/fixtures/firstcontact301", 0.61, 0.67),  # 54/88, 59/88 after the rules from its misses (54/86, 59/86 at
    # first contact, blind; identified 69.8 %, then 68.2 %)
    ("tests/fixtures/firstcontact302", 0.66, 0.71),  # 55/83, 59/83 after the rules from its misses (54/83, 58/83 at
    # first contact, blind; identified 72.3 %, then 73.5 %)
    # lowered on 2026-12-08 to 66/93, 72/93: "Female-pattern hair loss", an approved drug's studied use now read
    # (off-label, as its truth has it), which no vocabulary names exactly
    ("tests/fixtures/firstcontact303", 0.70, 0.77),  # 66/92, 72/92 after the rules from its misses (66/93, 72/93 at
    # first contact, blind; identified 81.7 %, then 82.6 %)
    ("tests/fixtures/firstcontact306", 0.69, 0.73),  # 58/84, 62/84 after the rules from its misses (57/84, 61/84 at
    # first contact, blind; identified 73.8 %, then 75.0 %)
    ("tests/fixtures/firstcontact307", 0.66, 0.67),  # 54/81, 55/81 after the rules from its misses (54/83, 55/83 at
    # first contact, blind; identified 71.1 %, then 72.8 %)
    # lowered on 2026-12-08 to 51/83, 52/83: "MRSA skin infections", an approved drug's studied use now read
    # (off-label, as its truth has it), which no vocabulary names exactly
    ("tests/fixtures/firstcontact304", 0.61, 0.62),  # 51/82, 52/82 after the rules from its misses (51/85, 52/85 at
    # first contact, blind; identified 63.5 %, then 65.9 %)
    ("tests/fixtures/firstcontact305", 0.51, 0.56),  # 45/88, 50/88 after the rules from its misses (46/90, 51/90 at
    # first contact, blind; identified 62.2 %, then 62.5 %)
    ("tests/fixtures/firstcontact308", 0.67, 0.72),  # 58/86, 62/86 after the rules from its misses (58/86, 62/86 at
    # first contact, blind; identified 74.4 %, then 74.4 %)
    ("tests/fixtures/firstcontact309", 0.58, 0.61),  # 55/94, 58/94 after the rules from its misses (50/91, 53/91 at
    # first contact, blind; identified 63.7 %, then 67.0 %)
    ("tests/fixtures/firstcontact310", 0.68, 0.74),  # 62/90, 67/90 after the rules from its misses (57/86, 62/86 at
    # first contact, blind; identified 75.6 %, then 77.8 %)
    # lowered on 2026-12-08 to 69/90, 72/90: "Mood swings or mania", a two-item effect now read whole, and a longer
    # effect label ("... so that nerve damage goes unnoticed"), which no vocabulary names exactly
    ("tests/fixtures/firstcontact311", 0.76, 0.79),  # 68/88, 70/88 after the rules from its misses (67/89, 69/89 at
    # first contact, blind; identified 78.7 %, then 80.7 %)
    ("tests/fixtures/firstcontact312", 0.71, 0.74),  # 61/85, 63/85 after the rules from its misses (61/87, 63/87 at
    # first contact, blind; identified 74.7 %, then 76.5 %)
    ("tests/fixtures/firstcontact313", 0.64, 0.76),  # 49/76, 58/76 after the rules from its misses (49/76, 58/76 at
    # first contact, blind; identified 78.9 %, then 78.9 %)
    ("tests/fixtures/firstcontact314", 0.65, 0.67),  # 56/85, 57/85 after the rules from its misses (55/83, 56/83 at
    # first contact, blind; identified 73.5 %, then 72.9 %)
    ("tests/fixtures/firstcontact315", 0.74, 0.77),  # 67/90, 70/90 after the rules from its misses (67/89, 70/89 at
    # first contact, blind; identified 82.0 %, then 82.2 %)
    ("tests/fixtures/firstcontact316", 0.70, 0.77),  # 72/102, 79/102 after the rules from its misses (71/102, 78/102 at
    # first contact, blind; identified 79.4 %, then 80.4 %)
    ("tests/fixtures/firstcontact317", 0.69, 0.72),  # 59/85, 62/85 after the rules from its misses (58/84, 61/84 at
    # first contact, blind; identified 73.8 %, then 74.1 %)
    ("tests/fixtures/firstcontact318", 0.72, 0.77),  # 67/93, 72/93 after the rules from its misses (62/88, 67/88 at
    # first contact, blind; identified 77.3 %, then 79.6 %)
    ("tests/fixtures/firstcontact319", 0.63, 0.70),  # 56/88, 62/88 after the rules from its misses (55/87, 61/87 at
    # first contact, blind; identified 73.6 %, then 73.9 %)
    ("tests/fixtures/firstcontact320", 0.76, 0.79),  # 72/94, 75/94 after the rules from its misses (72/94, 75/94 at
    # first contact, blind; identified 81.9 %, then 81.9 %)
    ("tests/fixtures/firstcontact321", 0.75, 0.80),  # 59/78, 63/78 after the rules from its misses (59/81, 63/81 at
    # first contact, blind; identified 80.2 %, then 83.3 %)
    ("tests/fixtures/firstcontact322", 0.67, 0.76),  # 55/81, 62/81 after the rules from its misses (55/81, 62/81 at
    # first contact, blind; identified 77.8 %, then 77.8 %)
    ("tests/fixtures/firstcontact323", 0.63, 0.69),  # 56/88, 61/88 after the rules from its misses (56/88, 61/88 at
    # first contact, blind; identified 72.7 %, then 72.7 %)
    ("tests/fixtures/firstcontact324", 0.53, 0.54),  # 50/94, 51/94 after the rules from its misses (49/92, 50/92 at
    # first contact, blind; identified 59.8 %, then 59.6 %)
    ("tests/fixtures/firstcontact325", 0.60, 0.63),  # 52/86, 55/86 after the rules from its misses (49/83, 52/83 at
    # first contact, blind; identified 67.5 %, then 68.6 %)
    ("tests/fixtures/firstcontact326", 0.71, 0.73),  # 62/87, 64/87 after the rules from its misses (62/87, 64/87 at
    # first contact, blind; identified 75.9 %, then 75.9 %)
    ("tests/fixtures/firstcontact327", 0.63, 0.65),  # 54/85, 56/85 after the rules from its misses (54/85, 56/85 at
    # first contact, blind; identified 69.4 %, then 69.4 %)
    # lowered on 2026-12-08 to 49/81, 53/81: "Acute bacterial sinusitis", an approved drug's studied use now read
    # (off-label, as its truth has it), which no vocabulary names exactly
    ("tests/fixtures/firstcontact328", 0.60, 0.65),  # 49/80, 53/80 after the rules from its misses (49/80, 53/80 at
    # first contact, blind; identified 68.8 %, then 68.8 %)
    # lowered on 2026-12-08 to 56/88, 60/88: "Osteoarthritis of the hands", an approved drug's studied use now read
    # (off-label, as its truth has it), which no vocabulary names exactly
    ("tests/fixtures/firstcontact329", 0.63, 0.68),  # 56/87, 60/87 after the rules from its misses (45/69, 48/69 at
    # first contact, blind; identified 73.9 %, then 73.6 %)
    ("tests/fixtures/firstcontact330", 0.71, 0.73),  # 54/76, 56/76 after the rules from its misses (51/73, 53/73 at
    # first contact, blind; identified 78.1 %, then 78.9 %)
    ("tests/fixtures/firstcontact331", 0.78, 0.86),  # 52/66, 57/66 after the rules from its misses (52/69, 57/69 at
    # first contact, blind; identified 84.1 %, then 87.9 %)
    ("tests/fixtures/firstcontact332", 0.65, 0.68),  # 61/93, 64/93 after the rules from its misses (53/83, 55/83 at
    # first contact, blind; identified 69.9 %, then 73.1 %)
    ("tests/fixtures/firstcontact333", 0.58, 0.62),  # 41/70, 44/70 after the rules from its misses (38/71, 41/71 at
    # first contact, blind; identified 63.4 %, then 68.6 %)
    ("tests/fixtures/firstcontact334", 0.61, 0.67),  # 56/91, 61/91 after the rules from its misses (56/91, 61/91 at
    # first contact, blind; identified 72.5 %, then 72.5 %)
    ("tests/fixtures/firstcontact335", 0.75, 0.81),  # 70/93, 76/93 after the rules from its misses (66/86, 72/86 at
    # first contact, blind; identified 86.0 %, then 83.9 %)
    ("tests/fixtures/firstcontact336", 0.71, 0.76),  # 66/92, 70/92 after the rules from its misses (65/89, 69/89 at
    # first contact, blind; identified 77.5 %, then 76.1 %)
    ("tests/fixtures/firstcontact337", 0.67, 0.77),  # 55/81, 63/81 after the rules from its misses (55/81, 63/81 at
    # first contact, blind; identified 81.5 %, then 81.5 %)
    ("tests/fixtures/firstcontact338", 0.73, 0.77),  # 71/97, 75/97 after the rules from its misses (71/97, 75/97 at
    # first contact, blind; identified 80.4 %, then 80.4 %)
    ("tests/fixtures/firstcontact339", 0.60, 0.63),  # 53/87, 55/87 after the rules from its misses (53/87, 55/87 at
    # first contact, blind; identified 66.7 %, then 66.7 %)
    ("tests/fixtures/firstcontact340", 0.75, 0.81),  # 58/77, 63/77 after the rules from its misses (58/77, 63/77 at
    # first contact, blind; identified 84.4 %, then 84.4 %)
    ("tests/fixtures/firstcontact341", 0.67, 0.70),  # 59/88, 62/88 after the rules from its misses (59/87, 62/87 at
    # first contact, blind; identified 74.7 %, then 73.9 %)
    ("tests/fixtures/firstcontact342", 0.42, 0.51),  # 36/85, 44/85 after the rules from its misses (36/85, 44/85 at
    # first contact, blind; identified 54.1 %, then 54.1 %)
    ("tests/fixtures/firstcontact343", 0.65, 0.67),  # 52/79, 53/79 after the rules from its misses (50/74, 50/74 at
    # first contact, blind; identified 73.0 %, then 73.4 %)
    ("tests/fixtures/firstcontact344", 0.62, 0.68),  # 57/91, 62/91 after the rules from its misses (53/87, 58/87 at
    # first contact, blind; identified 69.0 %, then 70.3 %)
    ("tests/fixtures/firstcontact345", 0.75, 0.76),  # 57/76, 58/76 after the rules from its misses (54/71, 54/71 at
    # first contact, blind; identified 78.9 %, then 78.9 %)
    ("tests/fixtures/firstcontact346", 0.71, 0.73),  # 51/71, 52/71 after the rules from its misses (51/71, 52/71 at
    # first contact, blind; identified 77.5 %, then 77.5 %)
    ("tests/fixtures/firstcontact347", 0.51, 0.54),  # 46/90, 49/90 after the rules from its misses (44/88, 47/88 at
    # first contact, blind; identified 54.5 %, then 55.6 %)
    ("tests/fixtures/firstcontact348", 0.79, 0.81),  # 65/82, 67/82 after the rules from its misses (65/82, 67/82 at
    # first contact, blind; identified 86.6 %, then 86.6 %)
    ("tests/fixtures/firstcontact349", 0.69, 0.75),  # 58/84, 63/84 after the rules from its misses (58/86, 63/86 at
    # first contact, blind; identified 79.1 %, then 81.0 %)
    ("tests/fixtures/firstcontact79", 0.71, 0.71),  # 72/101, 72/101 after the rules from its misses (54/71, 54/71 at
    # first contact: pivmecillinam's JSON and ropivacaine's crib sheet unread)
    ("tests/fixtures/firstcontact65", 0.78, 0.79),  # 82/105, 83/105 after the fixes from its misses and lex5 (70/97,
    # 71/97 at first contact: chloroquine's formal prose gave no effect)
    ("tests/fixtures/firstcontact51", 0.76, 0.79),  # 72/94, 75/94 after the fixes from its misses (56/79, 59/79 at
    # first contact: theophylline's one semicolon sentence of effects and mifepristone's uses unread)
    ("tests/fixtures/firstcontact45", 0.72, 0.77),  # 76/105, 81/105 after the fixes from its misses (74/107, 79/107
    # at first contact: normal-tension glaucoma and thickening of the cornea named by no vocabulary's words)
    ("tests/fixtures/firstcontact46", 0.67, 0.68),  # 77/114, 78/114 after the fixes from its misses (68/111, 70/111
    # at first contact: sodium fluoride's prose effects unread, TRAPS spelled out unlinked)
    ("tests/fixtures/firstcontact47", 0.72, 0.80),  # 78/107, 86/107 after the fixes from its misses (69/107, 77/107
    # at first contact: tirzepatide's uses in brand-labelled items unread)
    ("tests/fixtures/firstcontact44", 0.81, 0.84),  # 74/91, 77/91 after the fixes from its misses (69/91, 72/91 at
    # first contact: population groups read as effects, "Right heart failure" and "Dysthymia" unlinked)
    ("tests/fixtures/firstcontact42", 0.78, 0.84),  # 75/95, 80/95 after the fixes from its misses (65/86, 69/86 at
    # first contact: prose serious lists and fusidic acid's tablet effects unread)
    ("tests/fixtures/firstcontact38", 0.70, 0.71),  # 50/70, 51/70 after the fixes from its misses (45/70, 46/70 at
    # first contact: targets the section named "called X" unread, prose effects missed)
    ("tests/fixtures/firstcontact14", 0.701, 0.75),  # 87/124, 93/124 after the extractor's fixes from its misses
    # (60/116, 66/116 at first contact: most misses were extraction errors, such as products read as conditions)
])
def test_coverage_of_pages_of_other_drugs(linker, corpus: str, exact_floor: float, whole_floor: float) -> None:  # type: ignore[no-untyped-def]
    """Held-out sets (other drugs, layouts the lexicon's authors did not read): exact links,
    and exact or by each thing a listing label names ("Rash or itching"), never falling back."""
    nodes = nodes_of(extract(parse_file(p)) for p in discover([ROOT / corpus]))
    results = [(n, o) for n, o in link_nodes(linker, nodes) if n.kind in ("condition", "side-effect")]
    exact_n = sum(o.linked for _, o in results)
    whole = exact_n + sum(o.by_parts for _, o in results)
    assert exact_n / len(results) >= exact_floor and whole / len(results) >= whole_floor, (exact_n, whole, len(results))


def test_links_not_made_on_the_nodes_own_words_are_the_expected_ones(bundled) -> None:  # type: ignore[no-untyped-def]
    checked = 0
    for node, outcome in bundled:
        if node.label not in EXPECTED:
            continue
        found = exact(outcome)
        assert found and found <= EXPECTED[node.label], (node.label, found)
        checked += 1
    assert checked >= 25


# -- measured levels in other words ---------------------------------------------------------------

@pytest.mark.parametrize(("text", "key"), [
    ("Raised liver enzymes on blood tests", "raised liver enzyme"),  # where it was measured
    ("High ammonia levels in the blood", "high ammonia"),
    ("Blood", "blood"), ("Sugar in the blood", "sugar in the blood"),  # nothing would remain / no level
])
def test_where_a_level_was_measured_is_dropped(text: str, key: str) -> None:
    assert loose(text) == key


@pytest.mark.parametrize(("key", "level"), [
    ("raised serum cholesterol", "high cholesterol"), ("elevated blood potassium", "high potassium"),
    ("increased circulating ammonia", "high ammonia"), ("decreased blood sodium", "low sodium"),
    ("low blood", None), ("sweating", None), ("high", None),
])
def test_level_key(key: str, level: str | None) -> None:
    assert level_key(key) == level


@pytest.mark.parametrize(("label", "curie"), [
    ("High ammonia levels in the blood", "HP:0001987"),  # HPO: "High blood ammonia levels"
    ("Raised potassium level in the blood", "HP:0002153"),
    ("Raised eosinophil count on blood tests", "HP:0001880"),
])
def test_a_level_in_other_words_links(linker, label: str, curie: str) -> None:  # type: ignore[no-untyped-def]
    assert curie in exact(linker.explain("side-effect", label))


def test_the_level_tier_never_changes_a_link_made_before_it(linker) -> None:  # type: ignore[no-untyped-def]
    """Tried last: "High blood pressure" keeps what the lexicon says (hypertension), not HPO's
    "Increased blood pressure", which its level key would reach first."""
    found = exact(linker.explain("side-effect", "High blood pressure"))
    assert "DOID:10763" in found and "HP:0032263" not in found


# -- the thing that shows -------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "core"), [
    ("Migraine attacks", "Migraine"), ("COPD flare-ups", "COPD"), ("Gout flares", "Gout"),
    ("Signs of a stroke", "stroke"), ("Symptoms of an allergic reaction", "allergic reaction"),
    ("Attacks", None), ("Stroke", None), ("Signs", None),
])
def test_core_name(text: str, core: str | None) -> None:
    assert core_name(text) == core


@pytest.mark.parametrize(("kind", "label", "curie"), [
    ("side-effect", "Signs of a stroke", "HP:0001297"),
])
def test_the_thing_that_shows_links_when_the_label_finds_nothing(linker, kind: str, label: str, curie: str) -> None:  # type: ignore[no-untyped-def]
    outcome = linker.explain(kind, label)
    assert curie in exact(outcome) and label in outcome.via[curie]


@pytest.mark.parametrize(("kind", "label", "curie"), [
    # an attack of a thing is no name of it (link12, firstcontact12's "Asthma attacks"): broader only
    ("condition", "Migraine attacks", "DOID:6364"),
    ("condition", "Cluster headache attacks", "HP:0012199"),
])
def test_an_episode_of_a_thing_is_a_kind_of_it_when_the_label_finds_nothing(linker, kind: str, label: str,  # type: ignore[no-untyped-def]
                                                                              curie: str) -> None:
    outcome = linker.explain(kind, label)
    assert curie not in exact(outcome) and label in outcome.via[curie]
    assert curie in {x.curie for x in outcome.links if is_direct(x) and x.predicate == BROAD_MATCH}


def test_a_label_a_vocabulary_names_keeps_its_own_link(linker) -> None:  # type: ignore[no-untyped-def]
    """"Gout flares" is SIDER's "Gout flare": the core ("Gout") is not tried, so the
    link stays the more exact one."""
    found = exact(linker.explain("side-effect", "Gout flares"))
    assert "umls:C1619733" in found
    assert not any("names 'Gout'" in v for v in linker.explain("side-effect", "Gout flares").via.values())


def test_a_tie_on_a_chained_step_is_not_reported_as_unlinked(linker, caplog: pytest.LogCaptureFixture) -> None:  # type: ignore[no-untyped-def]
    """MONDO maps MONDO:0007256 to two DOIDs: that chain ties, the direct DOID link stands."""
    with caplog.at_level("WARNING", logger="kg.link"):
        links = linker("side-effect", "Hepatocellular carcinoma")
    assert any(x.curie == "DOID:684" and x.predicate == EXACT for x in links)
    said = [r.getMessage() for r in caplog.records if "Hepatocellular carcinoma" in r.getMessage()]
    assert said and "linked, but not to the identifiers that tie" in said[0] and "left unlinked" not in said[0]
    caplog.clear()
    with caplog.at_level("WARNING", logger="kg.link"):  # said once per node
        linker("side-effect", "Hepatocellular carcinoma")
    assert not [r for r in caplog.records if "Hepatocellular carcinoma" in r.getMessage()]


@pytest.mark.parametrize(("label", "curie"), [
    ("Swelling of the ankles", "HP:0001785"),  # HPO: "Ankle swelling"
    ("Pain of the joints", "HP:0002829"),  # "Joint pain"
])
def test_a_two_word_name_said_with_of_links_in_the_other_order(linker, label: str, curie: str) -> None:  # type: ignore[no-untyped-def]
    assert curie in exact(linker.explain("side-effect", label))


@pytest.mark.parametrize(("kind", "label", "curie"), [
    ("side-effect", "Osteonecrosis of the jaw", "umls:C2711248"),  # SIDER: "Osteonecrosis of jaw"
    ("side-effect", "Reactivation of hepatitis B", "umls:C1142420"),  # SIDER: "Hepatitis B reactivation"
    ("side-effect", "Brain swelling", "HP:0002181"),  # HPO: "Swelling of brain" (Cerebral edema)
])
def test_a_name_said_with_of_links_as_vocabularies_say_it(linker, kind: str, label: str, curie: str) -> None:  # type: ignore[no-untyped-def]
    assert curie in exact(linker.explain(kind, label))


def test_of_phrasings() -> None:
    assert of_phrasings("Osteonecrosis of the jaw") == ["Osteonecrosis of jaw"]
    assert of_phrasings("Reactivation of hepatitis B") == ["hepatitis B Reactivation"]
    assert of_phrasings("Brain swelling") == ["swelling of Brain", "swelling of the Brain"]
    assert of_phrasings("Thoughts of suicide or self-harm") == []  # a conjunction: no one name
    assert of_phrasings("Increased risk of bleeding") == [] and of_phrasings("Loss of consciousness") == []
    assert of_phrasings("Swelling of the face in the morning") == [] and of_phrasings("Headache") == []


@pytest.mark.parametrize(("kind", "label", "curie"), [
    ("condition", "Postoperative nausea", "umls:C0520904"),  # SIDER (MedDRA): "Nausea postoperative"
    ("side-effect", "Paradoxical bronchospasm", "umls:C0236072"),  # "Bronchospasm paradoxical": exact
    ("side-effect", "Metallic taste", "umls:C0240327"),  # "Taste metallic", beside HPO's term
    ("side-effect", "Low estrogen levels", "umls:C0239302"),  # "Oestrogen low"
])
def test_an_adjective_after_its_noun_links_as_sider_writes_it(linker, kind: str, label: str, curie: str) -> None:  # type: ignore[no-untyped-def]
    assert curie in exact(linker.explain(kind, label))


def test_a_name_in_other_words_is_no_label_that_contradicts_a_synonym(linker) -> None:  # type: ignore[no-untyped-def]
    """SIDER's "Sweating decreased" (C0553721), found by reading ours in its order, does not
    refuse HPO's *Hypohidrosis*, whose EXACT synonym "Decreased sweating" is our label word for
    word (and whose UMLS xref is another CUI): both are the node's."""
    assert {"HP:0000966", "umls:C0553721"} <= exact(linker.explain("side-effect", "Decreased sweating"))


def test_head_first() -> None:
    assert head_first("Postoperative nausea") == "nausea Postoperative"
    assert head_first("Low estrogen levels") == "estrogen Low"
    assert head_first("Mouth sores") is None and head_first("Mouth sore") is None  # SIDER "Sore mouth" is pain
    assert head_first("Fine hand tremor") is None and head_first("Nausea") is None


def test_of_reordered() -> None:
    assert of_reordered("Swelling of the ankles") == "ankles Swelling"
    assert of_reordered("Loss of consciousness") == "consciousness Loss"
    assert of_reordered("Swelling of the legs and feet") is None and of_reordered("Headache") is None


# -- "A or B": each thing it names, as a narrower match ------------------------------------------------

@pytest.mark.parametrize(("text", "readings"), [
    ("Rash or itching", [("Rash",), ("itching",)]),
    ("Stuffy or runny nose", [("Stuffy nose", "Stuffy"), ("runny nose",)]),
    ("Muscle cramps or weakness", [("Muscle cramps",), ("Muscle weakness", "weakness")]),
    ("Nausea, vomiting, or diarrhea", [("Nausea",), ("vomiting",), ("diarrhea",)]),
    ("Bleeding in the stomach or intestines", [("Bleeding in the stomach",), ("Bleeding in the intestines",)]),
    ("stomach pain with nausea or vomiting", None),                     # "with (nausea or vomiting)"
    ("fever with a rash and swollen glands", None),
    ("Redness or swelling of the skin", [("Redness of the skin",), ("swelling of the skin",)]),
    ("numbness or tingling in your hands or feet", None),   # two "or": which binds what is unsure
    ("Tightness or pressure in the chest, throat or jaw", None),
    ("Nausea and vomiting", [("Nausea",), ("vomiting",)]),             # a label listing two: their group
    ("Skin and soft tissue infections", [("Skin tissue infections", "Skin infections", "Skin"),
                                         ("soft tissue infections",)]),
    ("Nausea and vomiting or diarrhea", None),
    ("Myopathy", None),
    ("Dizziness or lightheadedness (on standing)", None),
])
def test_alternatives(text: str, readings: list[tuple[str, ...]] | None) -> None:
    assert alternatives(text) == readings


NARROWER = "skos:narrowMatch"


@pytest.mark.parametrize(("label", "curies"), [
    ("Rash or itching", {"umls:C0015230", "HP:0000989"}),
    ("Joint or muscle pain", {"HP:0002829", "HP:0003326"}),          # Arthralgia, Myalgia
    ("Muscle cramps or weakness", {"HP:0003394", "HP:0001324"}),     # "weakness" read as muscle weakness
    ("Cleft lip or palate", {"HP:0410030", "HP:0000175"}),
    ("Low or high blood sugar", {"HP:0001943", "HP:0003074"}),       # each half through the lexicon
])
def test_either_of_two_things_links_to_each_as_narrower(linker, label: str, curies: set[str]) -> None:  # type: ignore[no-untyped-def]
    outcome = linker.explain("side-effect", label)
    narrower = {x.curie for x in outcome.links if x.predicate == NARROWER}
    assert curies <= narrower
    assert not outcome.linked and outcome.by_parts  # never an exact match of the pair
    assert all(f"{label!r} names" in outcome.via[c] for c in curies)


def test_a_pair_half_linked_is_said_and_not_counted_whole(linker) -> None:  # type: ignore[no-untyped-def]
    outcome = linker.explain("side-effect", "Vivid or lucid dreams")
    assert outcome.parts == {"Vivid dreams": True, "lucid dreams": False}
    assert not outcome.by_parts and not outcome.linked
    # "strange dreams" is abnormal dreams since lex3's row: that pair is now linked by each thing
    assert linker.explain("side-effect", "Vivid or strange dreams").by_parts


def test_a_graded_pair_and_a_bound_phrase_get_no_parts(linker) -> None:  # type: ignore[no-untyped-def]
    for label in ("Severe nausea or vomiting", "stomach pain with nausea or vomiting"):
        outcome = linker.explain("side-effect", label)
        assert not any(x.predicate == NARROWER for x in outcome.links), (label, outcome.links)


def test_thoughts_and_behavior_name_more_than_ideation(linker) -> None:  # type: ignore[no-untyped-def]
    """HPO's Suicidal ideation is the thoughts; "Suicidal thoughts and behavior" is broader."""
    outcome = linker.explain("side-effect", "Suicidal thoughts and behaviors")
    assert not outcome.linked
    assert "HP:0031589" in {x.curie for x in outcome.links if x.predicate == NARROWER}


def test_a_plural_on_a_symbol_is_no_other_gene(linker) -> None:  # type: ignore[no-untyped-def]
    assert symbol_key("RARs") == "rar" and symbol_key("TLR7") == "tlr7" and symbol_key("COX-1") == "cox-1"
    outcome = linker.explain("target", "retinoic acid receptor", (), "RARs")
    assert "NCBIGene:5917" not in {x.curie for x in outcome.links}  # RARS, arginyl-tRNA synthetase


def test_a_pair_of_two_names_of_one_thing_stays_exact(linker) -> None:  # type: ignore[no-untyped-def]
    outcome = linker.explain("side-effect", "Drowsiness or sleepiness")
    assert outcome.linked and not outcome.parts


# -- the audit of 2026-12-02 (firstcontact8, monographs-wild): HPO synonyms looser than their term --

@pytest.mark.parametrize(("label", "refused", "curie"), [
    ("Mood changes", "HP:0000712", "umls:C2939186"),  # not Emotional lability: SIDER's Mood alteration NOS
    ("Abnormal liver function tests", "HP:0002910", "umls:C0151766"),  # not raised transaminases
    ("Abnormal liver tests", "HP:0002910", "umls:C0151766"),
])
def test_a_looser_synonym_is_refused_the_lexicon_names_it(linker, label: str, refused: str, curie: str) -> None:  # type: ignore[no-untyped-def]
    found = exact(linker.explain("side-effect", label))
    assert refused not in found and curie in found


@pytest.mark.parametrize(("label", "curie"), [
    ("Mood swings", "HP:0000712"),  # lability is mood swings
    ("Elevated liver enzymes", "umls:C0857093"),  # raised, a direction: still linked
])
def test_the_refusals_keep_the_terms_own_names(linker, label: str, curie: str) -> None:  # type: ignore[no-untyped-def]
    assert curie in exact(linker.explain("side-effect", label))


def test_a_behavioural_overactivity_is_no_broader_term_of_an_organs(linker) -> None:  # type: ignore[no-untyped-def]
    outcome = linker.explain("condition", "Neurogenic detrusor overactivity")
    assert "umls:C1536696" not in {x.curie for x in outcome.links}  # SIDER "Overactivity"


@pytest.mark.parametrize(("synonym", "label", "loses"), [
    ("Abnormal liver function tests", "Elevated circulating hepatic transaminase concentration", True),
    ("Abnormal fertility", "Decreased fertility", True),
    ("Abnormality of proprioception", "Impaired proprioception", True),
    ("Abnormally high serum-ascites albumin gradient", "Elevated serum-ascites albumin gradient", False),
    ("Abnormal lower cranial nerve function", "Lower cranial nerve dysfunction", False),  # a place
    ("Elevated liver enzymes", "Elevated circulating hepatic transaminase concentration", False),
    ("Abnormal eyelashes", "Abnormal eyelash morphology", False),
])
def test_loses_direction(synonym: str, label: str, loses: bool) -> None:
    assert loses_direction(synonym, label) is loses


@pytest.mark.parametrize(("text", "key"), [
    ("Bradyarrhythmias", "bradyarrhythmia"), ("Lymphomas", "lymphoma"), ("Edemas", "edema"),
    ("Dyskinesias", "dyskinesia"),
    ("Hypospadias", "hypospadias"), ("Pancreas", "pancreas"), ("Bias", "bias"),  # singular
])
def test_a_plural_of_a_name_in_a_is_singular(text: str, key: str) -> None:
    assert loose(text) == key


def test_a_gloss_in_the_plural_of_a_name_in_ia_links(linker) -> None:  # type: ignore[no-untyped-def]
    """"Pauses in the heartbeat (bradyarrhythmias)": SIDER's Bradyarrhythmia."""
    assert "umls:C0079035" in exact(linker.explain("side-effect", "Pauses in the heartbeat", ("bradyarrhythmias",)))


@pytest.mark.parametrize(("kind", "label", "curie"), [
    ("condition", "Thyroid storm", "DOID:12837"),                 # thyroid crisis
    ("condition", "Gambling disorder", "DOID:12399"),             # pathological gambling (DSM-IV)
    ("condition", "Nonalcoholic steatohepatitis", "DOID:0080547"),  # renamed MASH
    ("side-effect", "PR interval prolongation", "HP:0012248"),
    ("side-effect", "Trouble emptying the bladder", "HP:0000016"),  # urinary retention
    ("side-effect", "Reduced adrenal gland function", "HP:0000846"),
    ("side-effect", "Bruising more easily", "HP:0000978"),
    ("condition", "Cranial diabetes insipidus", "DOID:0081055"),  # central
    ("condition", "Vasospastic angina", "DOID:0111151"),           # Prinzmetal angina
    ("condition", "Toxic multinodular goiter", "DOID:11277"),      # Plummer's disease
    ("side-effect", "Acute narrow-angle glaucoma", "umls:C0154946"),  # acute angle-closure
    ("side-effect", "Swelling of the legs and feet", "HP:0010741"),  # edema of the lower limbs
    ("condition", "Exercise-induced bronchospasm", "DOID:0080821"),  # exercise-induced bronchoconstriction
    ("side-effect", "Tarry stools", "HP:0002249"),            # melena
    ("side-effect", "Sensitivity to sound", "HP:0010780"),    # hyperacusis
])
def test_lay_rows_of_2026_12_02(linker, kind: str, label: str, curie: str) -> None:  # type: ignore[no-untyped-def]
    assert curie in exact(linker.explain(kind, label))


@pytest.mark.parametrize(("kind", "label", "curie"), [
    ("side-effect", "Changes in heart rhythm", "HP:0011675"),  # arrhythmia (firstcontact49's link truth)
    ("side-effect", "Ear drainage", "DOID:10261"),             # otorrhea (firstcontact48's)
    ("side-effect", "Drug-induced lupus", "DOID:0040093"),     # drug-induced lupus erythematosus (firstcontact48's)
    ("condition", "Cutaneous lupus", "DOID:0050169"),          # "lupus", the disease's everyday name
])
def test_lay_rows_of_2026_12_04(linker, kind: str, label: str, curie: str) -> None:  # type: ignore[no-untyped-def]
    assert curie in exact(linker.explain(kind, label))


@pytest.mark.parametrize("label", [
    "Trouble urinating",     # hesitancy, retention or pain (HPO's dysuria is "painful or difficult"): no row
    "Sensitivity to light",  # photophobia or photosensitivity
    "Vision changes",        # blurred vision, visual disturbance or a loss: no one term
    "Hair thinning",         # not alopecia (hair loss) nor hypotrichosis
    "Black stools",          # melena, or iron or bismuth
    "Thrush",                # oral or vaginal
])
def test_lay_names_of_no_one_term_stay_unlinked(linker, label: str) -> None:  # type: ignore[no-untyped-def]
    assert not linker.explain("side-effect", label).linked


def test_differentiation_syndrome_is_the_retinoic_acid_syndrome_not_a_kind_of_syndrome(linker) -> None:  # type: ignore[no-untyped-def]
    outcome = linker.explain("side-effect", "Differentiation syndrome")
    assert exact(outcome) == {"umls:C0860564"}  # its name since arsenic trioxide was seen to cause it too
    assert not any(x.predicate == BROAD_MATCH for x in outcome.links)


@pytest.mark.parametrize(("text", "plain"), [
    ("Mood alteration NOS", "Mood alteration"),
    ("Generalized tonic-clonic seizure (without specification of onset)", "Generalized tonic-clonic seizure"),
    ("Cranial nerve palsy, NOS", "Cranial nerve palsy"),
    ("NOS", None), ("Nosebleed", None), ("Seizure (febrile)", None),  # other notes are not "unspecified"
])
def test_unspecified_name(text: str, plain: str | None) -> None:
    assert unspecified_name(text) == plain


def test_a_name_said_unspecified_links_by_the_name(linker) -> None:  # type: ignore[no-untyped-def]
    """HPO: "Generalized tonic-clonic seizure (without specification of onset)" of Bilateral
    tonic-clonic seizure; "Primary generalized ..." keeps its own term, and a name the
    vocabulary gives another term is not taken from it ("Mood alteration NOS" under the key
    "mood alteration" only because no term is named so)."""
    assert "HP:0002069" in exact(linker.explain("side-effect", "Generalized tonic-clonic seizures"))
    assert "HP:0025190" in exact(linker.explain("condition", "Primary generalized tonic-clonic seizures"))
    assert exact(linker.explain("side-effect", "Mood alteration")) == {"umls:C2939186"}


@pytest.mark.parametrize(("text", "said"), [
    ("Low white blood cell count", ["white blood cell count Low", "white blood cell count decreased",
                                    "white blood cell count low"]),
    ("Abnormal liver function tests", ["liver function tests Abnormal"]),
    ("Raised uric acid levels", ["uric acid Raised", "uric acid increased", "uric acid high"]),
    ("Increased risk of bleeding", []), ("Low blood counts or anemia", []),  # phrases
    ("Low blood pressure", ["blood pressure Low", "blood pressure decreased", "blood pressure low"]),
    ("Fast heartbeat", []), ("Severe low blood pressure", []), ("High blood", []),  # no direction first / too short
])
def test_direction_last(text: str, said: list[str]) -> None:
    assert direction_last(text) == said


@pytest.mark.parametrize(("label", "curie"), [
    ("Reduced bone density", "umls:C0877225"),     # SIDER: "Bone density decreased"
    ("Increased blood pressure", "umls:C0497247"),  # "Blood pressure increased"
    ("Low blood calcium", "umls:C3665624"),        # "Blood calcium decreased"
])
def test_a_direction_said_last_links_as_sider_writes_it(linker, label: str, curie: str) -> None:  # type: ignore[no-untyped-def]
    assert curie in exact(linker.explain("side-effect", label))


def test_same_head() -> None:
    assert same_head("Trouble chewing") == "Difficulty chewing"
    assert same_head("Difficulty walking up stairs") == "Trouble walking up stairs"
    assert same_head("Trouble") is None and same_head("Troubled sleep") is None


@pytest.mark.parametrize(("label", "curie", "not_curie"), [
    ("Trouble chewing", "HP:0005216", None),            # HPO: "Difficulty chewing"
    ("Trouble standing", "HP:0003698", None),           # HPO: "Difficulty standing"
    ("Difficulty sleeping", "HP:0100785", "HP:0002360"),  # insomnia, not any sleep abnormality
    ("Trouble finding words", "umls:C0454643", "HP:0002381"),  # word-finding difficulty, not aphasia
    ("Bloating", "umls:C1291077", "HP:0003270"),  # a feeling (SIDER's Abdominal bloating), not the distention
    ("Feeling bloated", "umls:C1291077", "HP:0003270"),
])
def test_trouble_is_difficulty_and_their_looser_synonyms_are_refused(linker, label: str, curie: str,  # type: ignore[no-untyped-def]
                                                                     not_curie: str | None) -> None:
    found = exact(linker.explain("side-effect", label))
    assert curie in found and not_curie not in found


def test_place_first() -> None:
    assert place_first("Cramps in the legs") == "legs Cramps"
    assert place_first("Irritation at the application site") == "application site Irritation"
    assert place_first("Swelling around the eyes") is None  # periorbital, not the eyes
    assert place_first("Pain in the arms and legs") is None and place_first("Swelling of the face") is None
    assert place_first("Blurred vision in the morning hours of the day") is None


def test_a_place_said_after_links_as_the_vocabularies_say_it(linker) -> None:  # type: ignore[no-untyped-def]
    outcome = linker.explain("side-effect", "Irritation at the application site")
    assert "umls:C0521490" in exact(outcome)  # SIDER: "Application site irritation"
    assert "umls:C0270996" not in exact(linker.explain("side-effect", "Swelling around the eyes"))  # "Eye swelling"


@pytest.mark.parametrize(("text", "key"), [
    ("Paraesthesia", "paresthesia"), ("Hypoaesthesia", "hypoesthesia"), ("Gynaecomastia", "gynecomastia"),
    ("Caesarean section", "cesarean section"), ("Naevi", "nevi"), ("Aesthetic", "aesthetic"),
])
def test_more_british_spellings(text: str, key: str) -> None:
    assert loose(text) == key


def test_sider_british_names_meet_american_labels(linker) -> None:  # type: ignore[no-untyped-def]
    assert "umls:C0030554" in exact(linker.explain("side-effect", "Paresthesia"))  # SIDER: "Paraesthesia"


@pytest.mark.parametrize(("label", "linked"), [
    ("Serotonin syndrome (especially", True),  # a note cut off after its bracket (firstcontact8)
    ("Nausea (mainly with the suspension", True),
    ("Seizures (febrile", False),  # what is in the bracket may name a kind: not dropped
])
def test_a_note_cut_off_after_its_bracket_is_not_part_of_the_name(linker, label: str, linked: bool) -> None:  # type: ignore[no-untyped-def]
    assert linker.explain("side-effect", label).linked is linked
