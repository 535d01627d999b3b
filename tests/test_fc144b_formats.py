"""Answer formats firstcontact144's pages showed the reader had never seen, pinned on invented pages (another drug,
other words, other key names): a TLA+ module's definitions, an Eiffel class's features and Forth words that print the
answer, each rewritten line for line (:mod:`kg.formats`)."""
from __future__ import annotations

from kg import formats
from tests.test_extract_layouts5 import _mech, _x


def _same_lines(page: str) -> None:
    assert len(formats.rewrite(page).split("\n")) == len(page.split("\n"))


def _norvadil(page: str, rare: str = "Serious"):
    """The page read, line for line, as the invented drug's answer: its brands, class, uses (one off-label), effects
    (two frequent, one serious in the group ``rare``), target and questions as every test's page gives them."""
    _same_lines(page)
    x = _x(page, "Norvadil")
    assert [b.label for b in x.brand_names] == ["Norva", "Vadilex"]
    assert x.drug_class is not None and x.drug_class.label.casefold() == "calcium channel blocker"
    assert [(u.label, u.qualifier) for u in x.treats] == [("Stable angina", None), ("Raynaud phenomenon", None),
                                                          ("Altitude sickness", "off-label")]
    assert [(e.label, e.category, e.serious) for e in x.side_effects] == [
        ("Flushing", "Frequent", False), ("Ankle swelling", "Frequent", False), ("Fainting", rare, True)]
    assert _mech(x) == {("blocks", "L-type calcium channel")}
    assert [f.question for f in x.faqs] == ["Can I take it with grapefruit juice?", "How long until it works?"]
    return x


_TLA = "\n".join([
    "```tla", "------------------------ MODULE Norvadil ------------------------", "(* The card as TLA+ values. *)",
    "EXTENDS Sequences, Naturals", "", "\\* ---------- Generic Name ----------", 'Inn         == "Norvadil"',
    'TradeNames  == {"Norva", "Vadilex"}', 'PharmClass  == "calcium channel blocker"', 'Administration == {"oral"}',
    "", "\\* ---------- Usage ----------", "Indications == <<",
    '  [disease |-> "Stable angina", comment |-> "to prevent attacks", unlicensed |-> FALSE],',
    '  [disease |-> "Raynaud phenomenon", unlicensed |-> FALSE],',
    '  [disease |-> "Altitude sickness", comment |-> "studied in climbers", unlicensed |-> TRUE]', ">>", "",
    "\\* ---------- Side Effects ----------", 'Severity == {"Frequent", "Serious"}', "", "Reactions == <<",
    '  [effect |-> "Flushing",       sev |-> "Frequent"],', '  [effect |-> "Ankle swelling", sev |-> "Frequent"],',
    '  [effect |-> "Fainting",       sev |-> "Serious"]', ">>", "", "\\* ---------- How it Works ----------",
    "Action ==", '  "Norvadil blocks the L-type calcium channel in the walls of " \\o',
    '  "the arteries, so they widen."', "", "\\* ---------- FAQs ----------", "Questions == <<",
    '  <<"Can I take it with grapefruit juice?", "No, it raises the level of the drug.">>,',
    '  <<"How long until it works?", "About " \\o "two days.">>', ">>", "",
    "Valid == \\A i \\in 1..Len(Reactions) : Reactions[i].sev \\in Severity",
    "==================================================================", "```"])


def test_a_tla_modules_definitions() -> None:
    x = _norvadil(_TLA)
    assert x.faqs[1].answer == "About two days."
    out = formats.rewrite(_TLA).split("\n")
    assert out[:6] == [""] * 5 + ["## Generic Name"]  # (the fence, the module's line, the comment, EXTENDS)
    assert out[19] == "" and out[-4:] == [""] * 4  # (the effects' values, the property, the closing line)


def test_a_markdown_answer_that_quotes_a_tla_module_is_left_alone() -> None:
    page = "## Usage\n\n- Stable angina\n\n## Side Effects\n\n- Flushing\n\nThe same as a TLA+ spec:\n\n" + _TLA
    assert formats.rewrite(page) == page
    assert formats._tla(page) != page  # (the reader itself would read the module: the page's headings keep it out)


_EIFFEL = "\n".join([
    "```eiffel", "note", '\ttitle: "Norvadil card"', "", "class", "\tNORVADIL_CARD", "", "feature -- Access", "",
    '\tinn: STRING = "Norvadil"', "", "\ttrade_names: ARRAY [STRING]", '\t\tonce Result := <<"Norva", "Vadilex">> end',
    "", '\tpharm_class: STRING = "calcium channel blocker"', "", "feature -- Indications", "",
    "\tlicensed: ARRAY [TUPLE [disease, comment: STRING]]", "\t\tonce", "\t\t\tResult := <<",
    '\t\t\t\t["Stable angina", "to prevent attacks"],', '\t\t\t\t["Raynaud phenomenon", "in cold weather"]',
    "\t\t\t>>", "\t\tend", "", "\tunlicensed: ARRAY [TUPLE [disease, comment: STRING]]",
    '\t\tonce Result := <<["Altitude sickness", "studied in 10%% of trials"]>> end', "",
    "feature -- Adverse reactions", "", "\tfrequent: ARRAY [STRING]", "\t\tlocal", "\t\t\tswelling: STRING",
    "\t\tonce", '\t\t\tswelling := "Ankle swelling"',
    '\t\t\tcreate Result.make_from_array (<<"Flushing", "Ankle swelling">>)', "\t\tend", "",
    "\tserious: ARRAY [STRING]", '\t\tonce Result := <<"Fainting">> end', "", "feature -- Mode of action", "",
    '\taction: STRING = "Norvadil blocks the L-type calcium channel in the walls of the %', '\t\t%arteries."', "",
    "feature -- Questions", "", "\tquestions: ARRAY [TUPLE [STRING, STRING]]", "\t\tonce", "\t\t\tResult := <<",
    '\t\t\t\t["Can I take it with grapefruit juice?", "No, it raises the level of the drug."],',
    '\t\t\t\t["How long until it works?", "About two days."]', "\t\t\t>>", "\t\tend", "", "end", "```", "",
    "The `once` functions build each list a single time."])


def test_an_eiffel_classs_features() -> None:
    x = _norvadil(_EIFFEL)
    assert x.treats[2].label == "Altitude sickness"
    out = formats.rewrite(_EIFFEL).split("\n")
    assert "10% of trials" in out[27] and out[-1] == "The `once` functions build each list a single time."
    assert out[:7] == [""] * 7 and out[34] == ""  # (the fence, the note clause, the class, a local variable)


def test_a_markdown_answer_that_quotes_an_eiffel_class_is_left_alone() -> None:
    page = "## Usage\n\n- Stable angina\n\n## Side Effects\n\n- Flushing\n\nThe same as an Eiffel class:\n\n" + _EIFFEL
    assert formats.rewrite(page) == page
    assert formats._eiffel(page) != page  # (the reader itself would read the class: the page's headings keep it out)


_FORTH = "\n".join([
    "\\ norvadil.fs -- the card as Forth words", "", ": heading ( addr u -- )  cr cr type ;",
    ": item ( -- )  cr .\"  * \" ;", "", ": names ( -- )", "  s\" Generic Name\" heading", "  cr .\" Norvadil\"",
    "  cr .\" Trade names: Norva, Vadilex\"", "  cr .\" Drug class: calcium channel blocker\" ;", "",
    ": indications ( -- )", "  s\" Usage\" heading", "  cr .\" Licensed:\"", "  item .\" Stable angina\"",
    "  item .\" Raynaud phenomenon\"", "  cr .\" Off-label:\"", "  item .\" Altitude sickness\" ;", "",
    ": reactions ( -- )", "  s\" Side Effects\" heading", "  cr .\" Frequent:\"", "  item .\" Flushing\"",
    "  item .\" Ankle swelling\"", "  cr .\" Serious:\"", "  item .\" Fainting\" ;", "", ": action ( -- )",
    "  s\" How it Works\" heading", "  cr .\" Norvadil blocks the L-type calcium channel in the walls of\"",
    "  cr .\" the arteries, so they widen.\" ;", "", ": questions ( -- )", "  s\" FAQs\" heading",
    "  cr .\" Q: Can I take it with grapefruit juice?\"", "  cr .\" A: No, it raises the level of the drug.\"",
    "  cr .\" Q: How long until it works?\"", "  cr .\" A: About two days.\" ;", "",
    ": card ( -- )  names indications reactions action questions cr ;", "card bye", "",
    "Run it with gforth norvadil.fs to print the card."])


def test_forth_words_that_print_the_answer() -> None:
    x = _norvadil(_FORTH)
    assert x.faqs[0].answer == "No, it raises the level of the drug."
    out = formats.rewrite(_FORTH).split("\n")
    assert out[:6] == [""] * 6 and out[6] == "## Generic Name" and out[14] == "- Stable angina"
    assert out[-1] == "Run it with gforth norvadil.fs to print the card."  # (the page after the program as it was)


def test_a_markdown_answer_that_quotes_some_forth_is_left_alone() -> None:
    page = "## Usage\n\n- Stable angina\n\n## Side Effects\n\n- Flushing\n\nThe same as Forth words:\n\n```forth\n" \
        + _FORTH + "\n```"
    assert formats.rewrite(page) == page
    assert formats._forth(page) != page  # (the reader itself would run the words: the page's headings keep them out)
