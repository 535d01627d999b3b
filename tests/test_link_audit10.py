"""The tenth audit of links (2026-12-02): every condition and side-effect link of heldout-wild,
firstcontact2, firstcontact5, firstcontact6 and firstcontact7, each fix pinned by a case that
failed before it (issue 11: a wrong identifier is worse than none).
"""
from __future__ import annotations

from pathlib import Path

import pytest

from kg.config import load_config
from kg.link import BROAD_MATCH, Identifiers, is_direct, load_linker
from kg.linking.normalize import feeling_phrasings, unhyphenated
from kg.linking.tables import NAME_COLUMNS, read_tsv_gz
from kg.vocab import parse_sssom_vocab

ROOT = Path(__file__).resolve().parent.parent
CFG = load_config(environ={})
EXACT_MATCH = "skos:exactMatch"


@pytest.fixture(scope="module")
def linker():  # type: ignore[no-untyped-def]
    return load_linker(CFG)


# -- a retired class is no link -----------------------------------------------------------------------

SSSOM = """# curie_map:
#   DOID: http://purl.obolibrary.org/obo/DOID_
#   MONDO: http://purl.obolibrary.org/obo/MONDO_
#   semapv: https://w3id.org/semapv/vocab/
#   skos: http://www.w3.org/2004/02/skos/core#
# mapping_set_id: https://example.org/mini.sssom.tsv
subject_id\tsubject_label\tpredicate_id\tobject_id\tobject_label\tmapping_justification
MONDO:0001445\tobsolete neurogenic bladder\tskos:exactMatch\tDOID:12143\tneurogenic bladder\tsemapv:LexicalMatching
MONDO:0000275\tmonogenic disease\tskos:exactMatch\tDOID:0050177\tobsolete monogenic disease\tsemapv:LexicalMatching
MONDO:0004979\tasthma\tskos:exactMatch\tDOID:2841\tasthma\tsemapv:LexicalMatching
"""


def test_a_mapping_of_an_obsolete_class_is_not_imported(tmp_path: Path) -> None:
    """MONDO's mapping set keeps its retired classes ("obsolete neurogenic bladder" =
    DOID:12143): chained from the Disease Ontology, they were the close matches of
    *Neurogenic bladder*, *Status epilepticus* and *High uric acid levels*."""
    path = tmp_path / "mini.sssom.tsv"
    path.write_text(SSSOM, encoding="utf-8")
    parsed = parse_sssom_vocab(path, Identifiers())
    assert {(x.curie, x.xref) for x in parsed.xrefs} == {("MONDO:0004979", "DOID:2841")}
    assert {n.curie for n in parsed.names} == {"MONDO:0004979"}
    assert parsed.dropped["mappings of obsolete classes"] == 2


def test_the_committed_mondo_table_has_no_obsolete_class() -> None:
    rows = read_tsv_gz(ROOT / "data" / "vocab" / "mondo.names.tsv.gz", NAME_COLUMNS)
    assert not [r for r in rows if r[3].casefold().startswith("obsolete ")]


@pytest.mark.parametrize(("kind", "label", "doid", "retired"), [
    ("condition", "Neurogenic bladder", "DOID:12143", "MONDO:0001445"),
    ("condition", "Status epilepticus", "DOID:1824", "MONDO:0002125"),
    ("side-effect", "High uric acid levels", "DOID:1920", "MONDO:0002144"),
])
def test_no_link_reaches_a_retired_class(linker, kind, label, doid, retired) -> None:  # type: ignore[no-untyped-def]
    curies = {x.curie for x in linker.explain(kind, label).links}
    assert doid in curies and retired not in curies


# -- coverage: readings that keep precision ------------------------------------------------------------

def exact_and_broad(outcome) -> tuple[set[str], set[str]]:  # type: ignore[no-untyped-def]
    direct = [x for x in outcome.links if is_direct(x)]
    return ({x.curie for x in direct if x.predicate == EXACT_MATCH},
            {x.curie for x in direct if x.predicate == BROAD_MATCH})


@pytest.mark.parametrize(("kind", "label", "exact", "broad"), [
    # the grade kept before the name the lexicon gives the rest: HPO names the graded term
    ("condition", "Recurrent vaginal yeast infections", "HP:0012204", "DOID:2272"),
    # ... or before the label of the term the rest links: SIDER's "Sudden visual loss"
    ("side-effect", "Sudden loss of vision", "umls:C0155002", "HP:0000572"),
])
def test_a_grade_kept_before_a_vocabularys_name_of_the_rest_links_exactly(linker, kind, label, exact,  # type: ignore[no-untyped-def]
                                                                         broad) -> None:
    exact_ids, broad_ids = exact_and_broad(linker.explain(kind, label))
    assert exact in exact_ids and broad in broad_ids  # the ungraded term stays the broader one


@pytest.mark.parametrize("label", ["Severe diarrhea", "Severe allergic reactions", "Severe hypotension"])
def test_a_grade_no_vocabulary_names_stays_broader(linker, label: str) -> None:  # type: ignore[no-untyped-def]
    exact_ids, broad_ids = exact_and_broad(linker.explain("side-effect", label))
    assert not exact_ids and broad_ids


@pytest.mark.parametrize(("text", "solid"), [
    ("Light-headedness", "Lightheadedness"),
    ("Non-melanoma skin cancer", "Nonmelanoma skin cancer"),
    ("Type-2 diabetes", None),  # a number is no part of a word
    ("Nausea", None),
])
def test_unhyphenated(text: str, solid: str | None) -> None:
    assert unhyphenated(text) == solid


def test_a_hyphenated_word_links_spelled_solid(linker) -> None:  # type: ignore[no-untyped-def]
    assert "umls:C0220870" in exact_and_broad(linker.explain("side-effect", "Light-headedness"))[0]


@pytest.mark.parametrize(("kind", "label", "curie"), [
    ("side-effect", "Acne-like breakouts", "umls:C0175167"),            # acneiform eruption
    ("side-effect", "Lighter patches of skin", "HP:0001053"),           # hypopigmented skin patches
    ("side-effect", "Milk leakage", "HP:0100829"),                      # galactorrhea
    ("side-effect", "Skin burning", "umls:C0241057"),                   # skin burning sensation
    ("side-effect", "Atypical thigh bone fractures", "umls:C3160754"),  # atypical femur fracture
    ("condition", "Fast heart rhythms in an unborn baby", "HP:6000264"),  # fetal tachycardia
    ("side-effect", "Sudden decrease or loss of hearing", "umls:C0011057"),
    ("condition", "Crohn's disease affecting the colon", "DOID:0060192"),  # Crohn's colitis
    ("side-effect", "Blood clot around the spinal cord", "umls:C0856150"),  # spinal haematoma
    ("side-effect", "Vertebral fractures", "umls:C0080179"),            # spinal fracture
    ("condition", "Esophageal thrush", "DOID:13146"),
    ("condition", "Non-Q-wave myocardial infarction", "umls:C0860155"),
    ("condition", "ST-elevation myocardial infarction", "umls:C1536220"),
])
def test_lay_rows_of_link10(linker, kind: str, label: str, curie: str) -> None:  # type: ignore[no-untyped-def]
    assert curie in exact_and_broad(linker.explain(kind, label))[0]


@pytest.mark.parametrize("label", ["Bleeding around the spine", "Overheating", "Hair thinning"])
def test_lay_names_of_no_one_term_stay_unlinked_10(linker, label: str) -> None:  # type: ignore[no-untyped-def]
    """Bleeding is no haematoma; "overheating" is hyperthermia, which HPO gives as a synonym of
    Fever (another thing); thinning hair is no alopecia."""
    assert not exact_and_broad(linker.explain("side-effect", label))[0]


@pytest.mark.parametrize(("text", "said"), [
    ("Jittery feeling", ["Feeling jittery"]),
    ("Feeling of warmth", ["Sensation of warmth"]),
    ("A feeling of heaviness", ["Sensation of heaviness"]),
    ("Feeling of pressure in the chest", []),  # a phrase
    ("Burning or stinging feeling", []),
    ("Feeling", []),
])
def test_feeling_phrasings(text: str, said: list[str]) -> None:
    assert feeling_phrasings(text) == said


@pytest.mark.parametrize(("label", "curie"), [
    ("Jittery feeling", "umls:C0549209"),     # SIDER's "Feeling jittery"
    ("Feeling of heat", "umls:C0234193"),     # SIDER's "Sensation of heat"
])
def test_a_feeling_links_as_sider_says_it(linker, label: str, curie: str) -> None:  # type: ignore[no-untyped-def]
    assert curie in exact_and_broad(linker.explain("side-effect", label))[0]


def test_a_part_whose_links_a_curator_vetoed_is_not_counted_linked(linker) -> None:  # type: ignore[no-untyped-def]
    """data/mappings/vetoes.sssom.tsv refuses HPO's (intracranial) *Epidural hemorrhage* for
    "Spinal or epidural haematoma": the label is then linked by one of its two things only, and
    coverage must not count it as linked by each."""
    outcome = linker.explain("side-effect", "Spinal or epidural haematoma")
    assert "HP:0100310" not in {x.curie for x in outcome.links}
    assert outcome.parts == {"Spinal haematoma": True, "epidural haematoma": False} and not outcome.by_parts


# -- firstcontact10's audit --------------------------------------------------------------------------

def test_a_narrower_name_another_vocabulary_puts_below_the_labels_concept_is_a_narrower_match(linker) -> None:  # type: ignore[no-untyped-def]
    """"Increased pressure in the skull (pseudotumor cerebri)" (firstcontact10): the page means
    pseudotumor cerebri, which the Disease Ontology puts below *intracranial hypertension*, the same
    UMLS concept (C0151740) as HPO's *Increased intracranial pressure*, the label's term. link10
    made DOID's pseudotumor cerebri exact and HPO's term broader; since link12 the node, which every
    page that says "increased pressure in the skull" shares, keeps its own words' exact match and
    the page's narrower name is its ``skos:narrowMatch`` (tests/test_link_audit12.py)."""
    outcome = linker.explain("side-effect", "Increased pressure in the skull", ("pseudotumor cerebri",))
    exact_ids, broad_ids = exact_and_broad(outcome)
    assert exact_ids == {"HP:0002516"} and not broad_ids
    assert "DOID:11459" in {x.curie for x in outcome.links if x.predicate == "skos:narrowMatch"}


def test_a_shared_cui_within_the_labels_own_vocabulary_is_no_hierarchy(linker) -> None:  # type: ignore[no-untyped-def]
    """HPO cross-references Arrhythmia to UMLS's "abnormal ECG", the parent of Prolonged QT
    interval: that makes QT prolongation no kind of arrhythmia (HPO's own hierarchy says not)."""
    exact_ids, _ = exact_and_broad(linker.explain("side-effect", "Irregular heartbeat", ("QT prolongation",)))
    assert "HP:0011675" in exact_ids and "HP:0001657" not in exact_ids


# -- the third blind lexicon pass's audit ------------------------------------------------------------

@pytest.mark.parametrize(("kind", "label", "wrong"), [
    ("side-effect", "Pinched nerve", "HP:0030430"),  # HPO's layperson synonym of Neuroma: no tumour
    ("condition", "Pinched nerve", "HP:0030430"),
    ("side-effect", "Brain inflammation", "HP:0002383"),  # of Infectious encephalitis: any encephalitis
    ("side-effect", "Excessive hair growth", "HP:0000998"),  # hirsutism or hypertrichosis: no lexicon row
    ("side-effect", "Increased hair growth", "HP:0000998"),
])
def test_a_name_that_may_mean_more_than_its_term_links_it_not_exactly(linker, kind: str, label: str,  # type: ignore[no-untyped-def]
                                                                        wrong: str) -> None:
    assert wrong not in exact_and_broad(linker.explain(kind, label))[0]


def test_the_pages_own_name_decides_an_ambiguous_lay_name(linker) -> None:  # type: ignore[no-untyped-def]
    """'Excessive hair growth (hirsutism)': the page says which; a lexicon row for the lay words
    used to pull the other way, and the node was left with no link at all."""
    assert "HP:0001007" in exact_and_broad(linker.explain("side-effect", "Excessive hair growth", ("hirsutism",)))[0]
    assert "DOID:9588" in exact_and_broad(linker.explain("side-effect", "Brain inflammation", ("encephalitis",)))[0]


# -- HPO layperson synonyms audit ---------------------------------------------------------------------
# Every EXACT layperson synonym of up to four words in hp.obo (2025-01-16) read against its term's
# definition: those a leaflet may write and that name something broader, narrower or other than the
# term are refused in data/vocab/refused-synonyms.tsv (each row says what the phrase names instead).

HPO_LAYPERSON_REFUSED = [
    ("Urinary tract infections", "HP:0000010"),
    ("Overactive bladder", "HP:0000012"),
    ("Lockjaw", "HP:0000211"),
    ("Sweating dysfunction", "HP:0000970"),
    ("Excessive hairiness", "HP:0001007"),
    ("Peripheral nerve disease", "HP:0001271"),
    ("Low birth weight", "HP:0001518"),
    ("Eyelid twitching", "HP:0000643"),
    ("Wandering eye", "HP:0000646"),
    ("Wandering eyes", "HP:0000646"),
    ("Deliberate self-harm", "HP:0000742"),
    ("Voice change", "HP:0001618"),
    ("Laboratory abnormality", "HP:0001939"),
    ("Breathing difficulties", "HP:0002098"),
    ("Dribbling", "HP:0002307"),
    ("Dizzy spell", "HP:0002321"),
    ("Losing words", "HP:0002381"),
    ("Slow breathing", "HP:0002791"),
    ("Rapid breathing", "HP:0002883"),
    ("Liver cancer", "HP:0002896"),
    ("Autoimmune disease", "HP:0002960"),
    ("Autoimmune disorder", "HP:0002960"),
    ("Belly bloating", "HP:0003270"),
    ("Obstructive lung disease", "HP:0006536"),
    ("Extra heart beat", "HP:0006682"),
    ("Attention deficit", "HP:0007018"),
    ("Attention deficits", "HP:0007018"),
    ("Fair skin", "HP:0007513"),
    ("Early menopause", "HP:0008209"),
    ("gestational diabetes", "HP:0009800"),
    ("Bell's palsy", "HP:0010628"),
    ("Taste hallucinations", "HP:0011160"),
    ("Central nervous system infection", "HP:0011450"),
    ("Abnormal heart rate", "HP:0011675"),
    ("Acute respiratory tract infection", "HP:0011948"),
    ("Deja vu", "HP:0012005"),
    ("Infrequent bowel movements", "HP:0012450"),
    ("Cervical tumor", "HP:0030159"),
    ("Cervical tumour", "HP:0030159"),
    ("Sun allergy", "HP:0032379"),
    ("Abnormal uterus bleeding", "HP:0100608"),
    ("Abnormal erection", "HP:0100639"),
    ("Erectile abnormalities", "HP:0100639"),
    ("Bacterial infection of skin", "HP:0100658"),
    ("Infection in blood stream", "HP:0100806"),
    ("Puffy face", "HP:0500011"),
    ("Disturbing dreams", "HP:5200287"),
    ("Loss of eyesight", "HP:0000505"),
    ("Psychiatric disorders", "HP:0000708"),
    ("Psychiatric disturbances", "HP:0000708"),
    ("Tic disorder", "HP:0100033"),
]


@pytest.mark.parametrize(("label", "refused"), HPO_LAYPERSON_REFUSED)
@pytest.mark.parametrize("kind", ["side-effect", "condition"])
def test_a_refused_hpo_layperson_synonym_links_its_term_not_exactly(linker, kind: str, label: str,  # type: ignore[no-untyped-def]
                                                                     refused: str) -> None:
    assert refused not in exact_and_broad(linker.explain(kind, label))[0]


def test_each_refused_layperson_synonym_is_a_refused_row() -> None:
    rows = {tuple(line.split("\t")[:2]) for line in
            (ROOT / "data" / "vocab" / "refused-synonyms.tsv").read_text(encoding="utf-8").splitlines()
            if line and not line.startswith("#")}
    assert {(curie, label) for label, curie in HPO_LAYPERSON_REFUSED} <= rows
