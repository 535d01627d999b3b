"""Rules from the misses of firstcontact173 (ordinary answers of six models not imitated before, measured after the
rules from sets 140-172), pinned by invented pages of other drugs and other words."""
from __future__ import annotations

from tests.test_extract_layouts5 import _x


def _uses(x) -> list[tuple[str, str | None]]:  # type: ignore[no-untyped-def]
    return [(u.label, u.qualifier) for u in x.treats]


def test_a_former_name_in_brackets_is_a_synonym() -> None:
    """"**Noscapine** (formerly called narcotine)": the older name, without its cue."""
    x = _x("### 1. Generic Name\n**Zorvane** (formerly called zorvanol)\n\n### 2. Usage\nZorvane is used for gout.\n",
           "Zorvane")
    assert [s.label for s in x.drug.synonyms] == ["zorvanol"]


def test_a_brand_given_as_an_example_of_where_it_is_sold() -> None:
    """"It is sold in several European and Asian countries, for example as **Nipaxon** in Sweden": a brand."""
    x = _x("Usage:\nZorvane is used for gout. It is sold in many countries of South America, for example as "
           "**Urivex** in Chile, and it is not approved in Canada.\n", "Zorvane")
    assert [b.label for b in x.brand_names] == ["Urivex"]


def test_what_related_drugs_are_used_for_is_not_a_use() -> None:
    """"It is closely related to cyclizine and meclizine, which are also used for travel sickness": theirs."""
    x = _x("Usage:\nZorvane is used for gout. It is closely related to probenecid and sulfinpyrazone, which are also "
           "used for kidney stones.\n", "Zorvane")
    assert _uses(x) == [("Gout", None)]


def test_a_use_tagged_studied_is_off_label_and_kept_when_no_longer_used() -> None:
    """"- **High cholesterol** (studied): older studies showed it lowers LDL, but it is not used for this today": an
    off-label use, kept."""
    x = _x("Usage:\nZorvane is used for:\n- **Gout**: with colchicine.\n- **Kidney stones** (studied): small trials "
           "showed fewer stones, but it is not used for this today.\n", "Zorvane")
    assert _uses(x) == [("Gout", None), ("Kidney stones", "off-label")]
