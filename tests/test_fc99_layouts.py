"""Set 99's misses that are no notation of their own (invented pages of other drugs and other words): a table of
numbers under a group's heading, a Quarto table caption and cross-reference, a sentence that says where a group is
listed, questions closing a page with no FAQ heading, a use's source given by its examples."""
from __future__ import annotations

from tests.test_extract_layouts5 import _x


def _page(body: str):
    return _x("## Usage\n\nIt treats chronic gout.\n\n" + body)


def test_a_group_heading_over_a_table_of_numbers_is_the_group() -> None:
    x = _page("## Side effects {.tabset}\n\nMost people have none. The commonest ones are listed in @tbl-ae.\n\n"
              "### Common\n\n| Side effect | How often |\n|---|---|\n| Flushing | about 1 in 4 people |\n"
              "| Itching | about 1 in 9 |\n\n: Side effects by how often {#tbl-ae}\n\n### Serious\n\n"
              "| Effect | Frequency |\n|---|---|\n| Liver injury | fewer than 1 in 1,000 |\n\n"
              "## How it works {#sec-how}\n\nIt blocks xanthine oxidase.\n")
    assert [(e.label, e.category, e.serious) for e in x.side_effects] == [
        ("Flushing", "Common", False), ("Itching", "Common", False), ("Liver injury", "Serious", True)]


def test_a_group_said_to_be_listed_elsewhere_gives_no_effect() -> None:
    x = _page("## Side Effects\n\nCommon side effects are listed in the table below.\n\n"
              "| Effect | How common |\n|---|---|\n| Cough | common |\n")
    assert [e.label for e in x.side_effects] == ["Cough"]


def test_questions_closing_a_page_with_no_faq_heading_are_its_faqs() -> None:
    x = _page("## Side Effects\n\n- Rash\n\n## How it Works\n\nIt blocks xanthine oxidase.\n\n"
              "**❓ Can I take it with food?**\nYes, it is best after a meal.\n\n"
              "**❓ How long until it works?**\nA few weeks.\n\nℹ️ General information only.")
    assert [f.question.lstrip("❓ ") for f in x.faqs] == ["Can I take it with food?", "How long until it works?"]
    assert [(m.relation, m.target) for m in x.mechanism] == [("inhibits", "xanthine oxidase")]


def test_a_question_inside_a_section_that_goes_on_is_no_faq() -> None:
    x = _page("## How it Works\n\nIt blocks xanthine oxidase.\n\n**Why does that matter?**\nLess uric acid is made.\n\n"
              "**Mechanism in short:** less uric acid.\n")
    assert not x.faqs


def test_a_uses_source_given_by_its_examples_is_not_its_name() -> None:
    x = _x("## Usage\n\nIt is used for:\n\n• Dizziness from balance disorders such as vestibular neuritis\n"
           "• Hiccups\n\n## Side Effects\n\n- Rash\n")
    assert [u.label for u in x.treats] == ["Dizziness", "Hiccups"]


def test_the_condition_a_use_comes_with_is_no_use() -> None:
    x = _x("## Usage\n\nIt is used for:\n\n- Poor sleep alongside low mood or panic disorder, with an antidepressant\n"
           "- Jet lag\n\n## Side Effects\n\n- Rash\n")
    assert [u.label for u in x.treats] == ["Poor sleep", "Jet lag"]


def test_other_forms_of_a_condition_are_the_condition() -> None:
    x = _x("## Usage\n\nIt is approved for essential tremor and other forms of tremor.\n\n## Side Effects\n\n- Rash\n")
    assert [u.label for u in x.treats] == ["Essential tremor", "Tremor"]
