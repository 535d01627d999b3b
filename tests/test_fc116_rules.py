"""Rules from the misses of firstcontact116 (six notations never seen; the extractor's side, once the readers gave the
pages as Markdown), pinned by invented pages of other drugs and other words."""
from __future__ import annotations

from tests.test_extract_layouts5 import _x


def _uses(items: str) -> list[tuple[str, str | None]]:
    x = _x(f"## Usage\n\nSelvoxin is used for these conditions:\n\n{items}\n\n## Side Effects\n\n- Headache\n",
           "Selvoxin")
    return [(u.label, u.qualifier) for u in x.treats]


def test_what_was_tried_before_is_no_part_of_the_use() -> None:
    """"... that does not respond to high-dose antihistamines", "... after treatment with X or Y": what was tried
    before, cut from the use's name."""
    assert _uses("- **Chronic urticaria that does not respond to high-dose antihistamines** (off-label)\n"
                 "- **Advanced bladder cancer after treatment with cisplatin or carboplatin**") == [
        ("Chronic urticaria", "off-label"), ("Advanced bladder cancer", None)]


def test_co_therapy_and_damage_tails_of_a_bold_use() -> None:
    """"**Psoriasis, alone or added to methotrexate**", "**Chronic heart failure, in combination with other medicines
    (off-label)**", "**Hair loss after chemotherapy caused by damage to the follicles**": the use, its status kept."""
    assert _uses("- **Plaque psoriasis, alone or added to methotrexate**\n"
                 "- **Chronic heart failure, in combination with other medicines** (off-label)\n"
                 "- **Hair loss after chemotherapy caused by damage to the hair follicles** (off-label)") == [
        ("Plaque psoriasis", None), ("Chronic heart failure", "off-label"),
        ("Hair loss after chemotherapy", "off-label")]


def test_when_started_is_no_use() -> None:
    """"Prevention of heart transplant rejection, started at least 2 weeks after the transplant, with steroids": the
    start and the co-therapy are no uses."""
    assert _uses("- Prevention of heart transplant rejection, started at least 2 weeks after the transplant, with "
                 "reduced-dose tacrolimus and steroids") == [("Heart transplant rejection", "prevention")]


def test_a_test_adjective_goes_with_the_next_member() -> None:
    """"Advanced oestrogen receptor-positive, HER2-negative breast cancer": one use, the comma between its
    adjectives."""
    assert _uses("- Advanced oestrogen receptor-positive, HER2-negative breast cancer in older women") == [
        ("Advanced oestrogen receptor-positive, HER2-negative breast cancer", None)]


def test_without_is_how_the_effect_before_shows() -> None:
    """"- **Less common:** Prolonged bleeding time on lab tests, without extra bruising": one effect."""
    x = _x("## Usage\n\n- Gout\n\n## Side Effects\n\n- **Less common:** Prolonged bleeding time on lab tests, without "
           "extra bruising\n- **Less common:** Hives\n", "Selvoxin")
    assert [e.label for e in x.side_effects] == ["Prolonged bleeding time on lab tests", "Hives"]


def test_gloss_after_a_labelled_effect() -> None:
    """"- **Serious:** Posterior reversible encephalopathy syndrome (PRES), a rare brain swelling": what it is, no
    second effect."""
    x = _x("## Usage\n\n- Gout\n\n## Side Effects\n\n- **Serious:** Posterior reversible encephalopathy syndrome "
           "(PRES), a rare brain swelling\n- **Serious:** Liver failure\n", "Selvoxin")
    assert [e.label for e in x.side_effects] == ["Posterior reversible encephalopathy syndrome", "Liver failure"]


def test_taken_said_without_subject_under_the_name() -> None:
    """"Taken by mouth as capsules." under the generic name: the drug's route and form."""
    x = _x("## Generic Name\n\nSelvoxin\n\nTaken by mouth as capsules, once a day.\n\n## Usage\n\nSelvoxin treats "
           "gout.\n", "Selvoxin")
    assert [r.label for r in x.routes] == ["oral"]
    assert [f.label for f in x.formulations] == ["capsules"]


def test_brand_elsewhere_inside_a_field_bracket() -> None:
    """"Brand names: Varnex (transplant; Corvane in Europe), Ostira": Corvane a brand too; "(Only in Europe)" names
    none."""
    def brands(line: str) -> list[str]:
        x = _x(f"## Generic Name\n\nSelvoxin\n\nBrand names: {line}\n\n## Usage\n\nSelvoxin treats gout.\n", "Selvoxin")
        return [b.label for b in x.brand_names]
    assert brands("Varnex (transplant; Corvane in Europe), Ostira") == ["Varnex", "Ostira", "Corvane"]
    assert brands("Varnex (Only in Europe), Ostira") == ["Varnex", "Ostira"]


def test_brand_by_place_and_by_maker() -> None:
    """"in Chile it is Tribazol, and Bayer once sold it as Bayzone": two brands, the maker none."""
    x = _x("## Generic Name\n\nSelvoxin is an antiparasitic taken by mouth. In the US it is sold without a brand "
           "name; in Chile it is Tribazol, and Bayer once sold it as Bayzone.\n\n## Usage\n\nSelvoxin treats gout.\n",
           "Selvoxin")
    assert [b.label for b in x.brand_names] == ["Tribazol", "Bayzone"]
