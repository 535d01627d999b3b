"""Usage layouts and wordings of firstcontact14 (measured blind once; these rules came after), each with
invented variants of the same shape."""
from __future__ import annotations

from tests.test_extract_layouts5 import _x


def _uses(body: str) -> list[tuple[str, str | None]]:
    return [(t.label, t.qualifier) for t in _x(f"**Usage:** {body}\n\n**Side Effects:** Headache.\n").treats]


def _full(body: str) -> list[tuple[str, str | None, list[str], str | None]]:
    return [(t.label, t.abbreviation, t.synonyms, t.qualifier)
            for t in _x(f"**Usage:** {body}\n\n**Side Effects:** Headache.\n").treats]


def test_a_usage_table_whose_first_column_is_the_product_takes_the_use_column() -> None:
    body = ("Zoravir is an antihistamine. What it is used for depends on the product:\n\n"
            "| Product | Form | Used for |\n|---|---|---|\n"
            "| Zorex Forte | Tablets, 10 mg | Long-term (maintenance) treatment of chronic urticaria (CU), including "
            "dermographism |\n"
            "| Generic zoravir | Oral solution | CU; also given in hospital, together with adrenaline, for acute "
            "anaphylaxis (off-label in the US) |\n"
            "| Zorex 1% | Cream | Itchy skin (pruritus) caused by eczema or insect bites |\n"
            "| Zorex 2% | Cream | Itchy skin caused by sunburn |\n")
    assert _full(body) == [("Chronic urticaria", "CU", [], None), ("Anaphylaxis", None, [], "off-label"),
                           ("Itchy skin", None, ["pruritus"], None)]
    other = ("It comes as several products:\n\n| Brand | Strength | Indication |\n|---|---|---|\n"
             "| Calmora XR | 20 mg | Generalised anxiety disorder |\n"
             "| Calmora Night | 5 mg | Insomnia; sometimes prescribed off-label for nightmares |\n")
    assert _uses(other) == [("Generalised anxiety disorder", None), ("Insomnia", None), ("Nightmares", "off-label")]


def test_a_condition_first_table_still_reads_its_first_column() -> None:
    body = ("It is used for:\n\n| Condition | Caused by | Notes |\n|---|---|---|\n"
            "| Hookworm infection | *Ancylostoma* larvae | One dose |\n"
            "| Pinworm | *Enterobius* | Repeat after 2 weeks |\n")
    assert _uses(body) == [("Hookworm infection", None), ("Pinworm", None)]


def test_numbered_off_label_items_that_state_a_purpose() -> None:
    body = ("It is used in the management of:\n\n"
            "1. Angina due to coronary artery disease (CAD) — chest pain on effort.\n"
            "2. Off-label: to lower the risk of a further heart attack in people who have had one (in Korea).\n"
            "3. Off-label: to help prevent blood clots (thrombosis) after a valve is replaced in the heart.\n")
    assert _full(body) == [("Angina", None, [], None), ("Heart attack", None, [], "off-label"),
                           ("Blood clots", None, ["thrombosis"], "off-label")]
    assert _uses("It is given:\n\n- To reduce the risk of another migraine attack in adults.\n") == [
        ("Migraine attack", "prevention")]


def test_a_grade_alone_a_synonym_after_also_called_and_signs_of_are_no_conditions() -> None:
    body = ("It is licensed for:\n\n"
            "- Atopic dermatitis, moderate to severe, in adults who need systemic therapy\n"
            "- Chronic spontaneous urticaria (CSU), also known as chronic idiopathic urticaria\n"
            "- Giant cell arteritis (GCA) with clinical signs of active disease\n"
            "- Asthma, severe, in children 6 years and older\n")
    assert _full(body) == [("Atopic dermatitis", None, [], None),
                           ("Chronic spontaneous urticaria", "CSU", ["chronic idiopathic urticaria"], None),
                           ("Giant cell arteritis", "GCA", [], None), ("Asthma", None, [], None)]


def test_licensed_for_and_give_it_as_use_verbs() -> None:
    assert _uses("It is licensed for narcolepsy (NT1). In the UK it is also licensed for cataplexy when other "
                 "treatment has failed.") == [("Narcolepsy", None), ("Cataplexy", None)]
    assert _uses("Doctors give it off-label for hiccups and for Tourette syndrome.") == [
        ("Hiccups", "off-label"), ("Tourette syndrome", "off-label")]


def test_licensed_for_a_population_and_for_this_name_no_use() -> None:
    assert _uses("It is a hormone blocker licensed for women with early breast cancer. It is used for:\n\n"
                 "- Advanced breast cancer\n") == [("Advanced breast cancer", None)]
    assert _uses("Doctors prescribe it off-label for alopecia areata; it is licensed for this in Japan and "
                 "Korea.") == [("Alopecia areata", "off-label")]


def test_off_label_in_some_types_of_and_a_dash_aside_on_how_it_is_given() -> None:
    assert _uses("Doctors also use it off-label, together with other treatments, in some forms of vasculitis, and "
                 "— as the cream applied to the skin — for lichen planus.") == [
        ("Vasculitis", "off-label"), ("Lichen planus", "off-label")]
    assert _uses("It is used in certain types of lymphoma and – given as an infusion – for myeloma.") == [
        ("Lymphoma", None), ("Myeloma", None)]
