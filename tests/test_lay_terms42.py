"""Lay-term rows written from the first-contact sets' link truths (session 42): each row of the lexicon's section
"Rows added from the first-contact sets' link truths (session 42)" links its words exactly to the term they name.

Each case says the row's words otherwise than the corpus page that led to it did (another plural, a dropped article,
a British spelling, an inverted heading, another direction word, or another case where the words have no other
form), so the row is pinned as a row for any page, not for one page's string."""
from __future__ import annotations

import pytest

from kg.config import load_config
from kg.link import is_direct, load_linker

EXACT = "skos:exactMatch"

CASES = [  # (kind, label said otherwise than the corpus, an identifier it must get exactly through the lexicon)
    ("condition", "Hypophosphatasia, adult-onset", "DOID:0110913"),
    ("condition", "Hypophosphatasia, infantile-onset", "DOID:0110914"),
    ("condition", "Hypophosphatasia, juvenile-onset", "DOID:0110915"),
    ("condition", "Stenosis, aortic", "DOID:1712"),
    ("condition", "Aspirin exacerbated respiratory diseases", "DOID:0080822"),
    ("side-effect", "Being Unable To Pass Urine", "HP:0000016"),
    ("condition", "Biotin-thiamine-responsive basal ganglia diseases", "DOID:0050659"),
    ("side-effect", "Bleeding disorder", "HP:0001892"),
    ("side-effect", "Bleeding on the whites of the eyes", "HP:0011896"),
    ("side-effect", "Bleeding under conjunctiva", "HP:0011896"),
    ("side-effect", "Bluish colour of the white of the eye", "HP:0000592"),
    ("condition", "Lice, body", "DOID:5513"),
    ("side-effect", "Bowel ischaemia", "HP:0033404"),
    ("condition", "CDKL5 deficiency disorders", "DOID:0080467"),
    ("condition", "Opioid use disorders", "HP:0033515"),
    ("condition", "Cocaine use disorders", "HP:0033513"),
    ("condition", "Cannabis use disorders", "HP:5200341"),
    ("side-effect", "Changes in the way food tastes", "HP:0031249"),
    ("condition", "Chronic inflammatory demyelinating polyneuropathies", "DOID:5213"),
    ("side-effect", "Colitis, Clostridioides difficile", "DOID:0060185"),
    ("side-effect", "Conduction disturbance", "HP:0031546"),
    ("condition", "Scabies, crusted", "DOID:14374"),
    ("condition", "Cutaneous squamous cell carcinomas", "DOID:3151"),
    ("side-effect", "Cut that takes longer to stop bleeding", "HP:0001934"),
    ("side-effect", "Damage to retina", "HP:0000488"),
    ("condition", "Delayed sleep wake phase disorders", "DOID:0111141"),
    ("condition", "Dientamoeba fragilis infections", "DOID:946"),
    ("condition", "Medullary thyroid cancers", "DOID:3973"),
    ("side-effect", "Eyes stinging", "HP:6000420"),
    ("side-effect", "Redness, eyelid", "HP:0040323"),
    ("condition", "Familial dysbetalipoproteinaemia", "DOID:3145"),
    ("side-effect", "feeling generally unwell", "HP:0033834"),
    ("side-effect", "A feeling of weakness", "HP:0025406"),
    ("side-effect", "feeling very thirsty", "HP:0001959"),
    ("side-effect", "Fluid buildup in the lung", "HP:0100598"),
    ("side-effect", "Flushing of face after drinking alcohol", "HP:0001033"),
    ("side-effect", "Flushing of skin", "HP:0031284"),
    ("condition", "Fuchs endothelial corneal dystrophies", "DOID:11555"),
    ("condition", "Fungal ear infection", "DOID:0050147"),
    ("side-effect", "Depigmentation, hair", "HP:0005599"),
    ("condition", "Head lice infestations", "HP:6000743"),
    ("condition", "Heart failure with reduced ejection fractions", "DOID:9651"),
    ("condition", "Hereditary tyrosinaemia type 1", "DOID:0050726"),
    ("side-effect", "Increased risk of infections", "HP:0002719"),
    ("side-effect", "Hypersensitivity reaction", "DOID:0060056"),
    ("side-effect", "Salivation, increased", "HP:0003781"),
    ("side-effect", "INDIFFERENCE", "HP:0000741"),
    ("side-effect", "Kidney stone made of uric acid", "HP:0000791"),
    ("condition", "LH and FSH deficiencies", "HP:0008213"),
    ("side-effect", "Leaking of milk from the nipple", "HP:0100829"),
    ("side-effect", "Less semen during ejaculations", "HP:6000135"),
    ("side-effect", "Lichen planus like rash", "HP:0031452"),
    ("side-effect", "Bone mineral density, loss of", "HP:0004349"),
    ("side-effect", "Toxicity, magnesium", "HP:0002918"),
    ("side-effect", "MALIGNANCIES", "DOID:162"),
    ("side-effect", "Missed menstrual period", "HP:0000141"),
    ("condition", "Multiple osteochondroma", "HP:0002762"),
    ("condition", "Myofascial pains", "DOID:431"),
    ("side-effect", "needing to pee more often", "HP:0100515"),
    ("side-effect", "passing urine more often", "HP:0100515"),
    ("condition", "Neonatal respiratory distress syndromes", "DOID:12716"),
    ("condition", "Keratitis, neurotrophic", "DOID:12125"),
    ("side-effect", "Numbness or tingling in hands and feet", "HP:0031006"),
    ("side-effect", "Numbness and tingling in hands and feet", "HP:0031006"),
    ("side-effect", "Tingling or numbness in fingers and toes", "HP:0031006"),
    ("condition", "Mucositis, oral", "DOID:9637"),
    ("condition", "Oropharyngeal cancers", "DOID:8557"),
    ("condition", "Cancer, vulvar", "DOID:1245"),
    ("condition", "Pancreatic neuroendocrine tumours", "HP:0030405"),
    ("side-effect", "Parasitic worm infection", "MONDO:0004664"),
    ("side-effect", "Period stopping altogether", "HP:0000869"),
    ("side-effect", "Pituitary hormone deficiency", "HP:0040075"),
    ("side-effect", "poor vision in dim light", "HP:0000662"),
    ("side-effect", "Premature closure of growth plate", "HP:0010588"),
    ("condition", "Carnitine deficiency, primary", "DOID:14365"),
    ("side-effect", "Problem with coordination", "HP:0002311"),
    ("side-effect", "Psychotic symptom", "HP:0000709"),
    ("side-effect", "Psychotic reaction", "HP:0000709"),
    ("side-effect", "Raised pressure around brain", "HP:0002516"),
    ("side-effect", "Reduced blood flow to fingers and toes", "HP:0033402"),
    ("side-effect", "Rounded faces", "HP:0000311"),
    ("condition", "SMA type-1", "DOID:13137"),
    ("condition", "SMA type-2", "DOID:0050530"),
    ("condition", "SMA type-3", "DOID:12376"),
    ("condition", "SMA type-4", "DOID:0050529"),
    ("condition", "Secondary-progressive MS", "DOID:0050783"),
    ("side-effect", "Shortening of QT interval", "HP:0012232"),
    ("side-effect", "Skin stretch mark", "HP:0001065"),
    ("condition", "Insomnia, sleep-maintenance", "HP:0031355"),
    ("side-effect", "Stomach ruptures", "HP:6000383"),
    ("side-effect", "sudden loss of vision in one or both eyes", "HP:0001117"),
    ("side-effect", "sudden vision loss in one or both eyes", "HP:0001117"),
    ("condition", "Keratitis, superficial punctate", "HP:0011859"),
    ("condition", "Superficial vein thromboses", "HP:0002638"),
    ("side-effect", "Swelling of arms or legs", "HP:0012398"),
    ("side-effect", "Swelling of lymph nodes", "HP:0002716"),
    ("condition", "Systemic mastocytosis with associated haematological neoplasm", "MONDO:0020332"),
    ("condition", "Thrombocythaemia", "DOID:2228"),
    ("side-effect", "Tingling of skin", "HP:0003401"),
    ("condition", "Toxic adenomas", "HP:0011786"),
    ("side-effect", "Toxic psychoses", "DOID:1742"),
    ("condition", "TRICHOSTRONGYLIASIS", "DOID:1254"),
    ("condition", "Tuberous Sclerosis Complex", "DOID:13515"),
    ("side-effect", "Unpleasant body odour", "HP:0500001"),
    ("condition", "Ureteral stone", "DOID:14146"),
    ("condition", "Atrophy, vaginal", "HP:0040413"),
    ("condition", "Shock, vasodilatory", "HP:0031275"),
    ("condition", "Neuritis, vestibular", "DOID:12683"),
    ("side-effect", "vitamin K deficiency with bleeding", "DOID:11249"),
    ("condition", "X-linked hypophosphataemia", "DOID:0050445"),
]


@pytest.fixture(scope="module")
def linker():  # type: ignore[no-untyped-def]
    return load_linker(load_config(environ={}))


@pytest.mark.parametrize(("kind", "label", "curie"), CASES)
def test_lay_terms_of_session_42(linker, kind: str, label: str, curie: str) -> None:  # type: ignore[no-untyped-def]
    out = linker.explain(kind, label, (), None)
    assert curie in {x.curie for x in out.links if is_direct(x) and x.predicate == EXACT}, (label, out.links)
    assert "lay-terms.tsv" in out.via[curie], out.via
