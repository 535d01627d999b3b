"""Answer formats firstcontact142's pages showed the reader had never seen, pinned on invented pages (another drug,
other words, other key names): a PowerShell hashtable, an Erlang term file and a BASIC program's DATA statements, each
rewritten line for line (:mod:`kg.formats`)."""
from __future__ import annotations

from kg import formats
from tests.test_extract_layouts5 import _mech, _x


def _same_lines(page: str) -> None:
    assert len(formats.rewrite(page).split("\n")) == len(page.split("\n"))


def _melvarozin(page: str):
    """The page read, line for line, as the invented drug's answer: its brands, class, uses (one off-label), effects
    (two frequent, one serious), target and questions as every test's page gives them."""
    _same_lines(page)
    x = _x(page, "Melvarozin")
    assert [b.label for b in x.brand_names] == ["Melvar", "Rozidex"]
    assert x.drug_class is not None and x.drug_class.label.casefold() == "calcium channel blocker"
    assert [(u.label, u.qualifier) for u in x.treats] == [("Angina", None), ("High blood pressure", None),
                                                          ("Raynaud phenomenon", "off-label")]
    assert [(e.label, e.category, e.serious) for e in x.side_effects] == [
        ("Ankle swelling", "Frequent", False), ("Flushing", "Frequent", False), ("Slow heartbeat", "Serious", True)]
    assert _mech(x) == {("blocks", "L-type calcium channel")}
    return x


_POWERSHELL = "\n".join([
    "```powershell", "# Melvarozin reference card", "$Card = [ordered]@{", "    # ---- Generic Name ----",
    "    INN        = 'Melvarozin'", "    TradeNames = @('Melvar', 'Rozidex')",
    "    PharmClass = 'Calcium channel blocker'", "", "    # ---- Usage ----", "    Indications = [ordered]@{",
    "        Licensed = @(",
    "            [pscustomobject]@{ Disease = 'Angina'; Comment = 'chest pain that comes on with effort' }",
    "            [pscustomobject]@{ Disease = 'High blood pressure'; Comment = 'alone or with a diuretic' }",
    "        )", "        Unlicensed = @(",
    "            [pscustomobject]@{ Disease = 'Raynaud phenomenon'; Comment = 'cold, white fingers' }", "        )",
    "    }", "", "    # ---- Side Effects ----", "    AdverseReactions = [ordered]@{",
    "        Frequent = @('Ankle swelling', 'Flushing')", "        Serious  = @('Slow heartbeat')", "    }", "",
    "    # ---- How it Works ----", '    Mechanism = @"',
    "Melvarozin blocks the L-type calcium channel in heart muscle", "and in the walls of arteries.", '"@', "",
    "    # ---- FAQs ----", "    Questions = @(",
    "        [pscustomobject]@{ Question = 'Can I take it if I''m pregnant?'; Answer = 'Ask your doctor first.' }",
    '        [pscustomobject]@{ Question = "Why are my ankles ""puffy""?"; Answer = \'The arteries widen.\' }',
    "    )", "}", "$Card.Questions | Format-Table", "```"])


def test_a_powershell_hashtable() -> None:
    x = _melvarozin(_POWERSHELL)  # ("''" and '""' one quote each, not two strings side by side)
    assert [f.question for f in x.faqs] == ["Can I take it if I'm pregnant?", 'Why are my ankles "puffy"?']
    assert formats.rewrite(_POWERSHELL).split("\n")[-3:] == [""] * 3  # (the closing brace, the pipeline, the fence)


def test_a_page_with_a_powershell_snippet_is_left_alone() -> None:
    page = ("## Usage\n\nMelvarozin treats angina. Keep a dose log in PowerShell:\n\n```powershell\n"
            "$Log = [ordered]@{\n    Morning = @('5 mg')\n    Evening = @('5 mg')\n    Notes = @{ Mood = 'ok' }\n}\n"
            "```\n\n## Side Effects\n\n- Flushing\n")
    assert formats.rewrite(page) == page
    assert formats._powershell(page) == page  # (the reader itself finds no answer in it)


_ERLANG = "\n".join([
    "```erlang", "%% melvarozin.terms -- read with file:consult/1", "", "%%% ---- Generic Name ----",
    '{inn, "Melvarozin"}.', '{trade_names, [<<"Melvar">>, "Rozidex"]}.', '{pharm_class, "Calcium channel blocker"}.',
    "{route, oral}.", "", "%%% ---- Usage ----", "{indications,",
    ' [{licensed, "Angina", "chest pain that comes on with effort"},', '  {licensed, "High blood pressure"},',
    '  {"Raynaud phenomenon", [{unlicensed, true}]}]}.', "", "%%% ---- Side Effects ----",
    '{adverse_reactions, #{frequent => ["Ankle swelling", "Flushing"],',
    '                      serious => ["Slow heartbeat"]}}.', "", "%%% ---- How it Works ----",
    '{mode_of_action, "Melvarozin blocks the L-type calcium channel "',
    '                 "in heart muscle and in the walls of arteries."}.', "", "%%% ---- FAQs ----",
    '{questions, [{"Can I take it with grapefruit?", "No: grapefruit " ++ "raises its levels."},',
    '             {"Why are my ankles puffy?", "The arteries widen."}]}.', "```"])


def test_an_erlang_term_file() -> None:
    x = _melvarozin(_ERLANG)
    assert [r.label for r in x.routes] == ["oral"]  # (an atom, its word)
    assert [f.answer for f in x.faqs] == ["No: grapefruit raises its levels.", "The arteries widen."]  # ("++")
    assert formats.rewrite(_ERLANG).split("\n")[:3] == [""] * 3  # (the fence, the header comment)


def test_a_page_with_an_erlang_snippet_is_left_alone() -> None:
    page = ("## Usage\n\nMelvarozin treats angina. The clinic's dose server reads this config:\n\n```erlang\n"
            + "".join(f'{{dose_{n}, "5 mg"}}.\n' for n in range(8))
            + "```\n\n## Side Effects\n\n- Flushing\n")
    assert formats.rewrite(page) == page
    assert formats._erlang(page) == page  # (the reader itself finds no answer in it)


_BASIC = "\n".join([
    "```basic", "10 REM *** MELVAROZIN ***", "20 REM RECORD: KIND$, FIELD1$, FIELD2$", "30 GOSUB 900", "40 END",
    "100 REM ===== GENERIC NAME =====", '110 DATA "INN", "Melvarozin", ""', '120 DATA "TRADE", "Melvar", "Europe"',
    '130 DATA "TRADE", "Rozidex", "Japan"', '140 DATA "CLASS", "Calcium channel blocker", ""',
    "200 REM ===== USAGE =====", '210 DATA "INDICATION", "Angina", "LICENSED: chest pain that comes on with effort"',
    '220 DATA "INDICATION", "High blood pressure", "LICENSED"',
    '230 DATA "INDICATION", "Raynaud phenomenon", "UNLICENSED: cold, white fingers"',
    "300 REM ===== SIDE EFFECTS =====", '310 DATA "ADR", "FREQUENT", "Ankle swelling"',
    '320 DATA "ADR", "FREQUENT", "Flushing"', '330 DATA "ADR", "SERIOUS", "Slow heartbeat"',
    "400 REM ===== HOW IT WORKS =====",
    '410 DATA "MOA", "Melvarozin blocks the L-type calcium channel in heart muscle.", ""',
    '420 DATA "MOA", "The arteries widen and the heart works less hard.", ""', "500 REM ===== FAQS =====",
    '510 DATA "FAQ", "Can I take it with grapefruit?", "No: grapefruit raises its levels."',
    '520 DATA "FAQ", "Why are my ankles puffy?", "The arteries widen."', '890 DATA "ZZZ", "", ""',
    "900 READ K$, A$, B$", '910 IF K$ = "ZZZ" THEN RETURN', '920 PRINT K$; ": "; A$; " "; B$', "930 GOTO 900", "```"])


def test_basic_data_statements_led_by_a_record_type() -> None:
    x = _melvarozin(_BASIC)  # ("TRADE" rows' market column no brand; "UNLICENSED: ..." a status and its note)
    assert [f.question for f in x.faqs] == ["Can I take it with grapefruit?", "Why are my ankles puffy?"]
    assert "ZZZ" not in formats.rewrite(_BASIC)  # (the end marker the READ loop looks for)


def test_basic_data_statements_under_their_rem_headings() -> None:
    page = "\n".join([
        "```basic", "10 REM GENERIC NAME", '20 DATA "Melvarozin"', "30 REM TRADE NAMES", '40 DATA "Melvar", "Rozidex"',
        "100 REM USAGE", "110 DATA 3", '120 DATA "Angina", "LICENSED"', '130 DATA "High blood pressure", "LICENSED"',
        '140 DATA "Raynaud phenomenon", "UNLICENSED"', "200 REM SIDE EFFECTS", "210 DATA 3",
        '220 DATA "Frequent", "Ankle swelling"', '230 DATA "Frequent", "Flushing"',
        '240 DATA "Serious", "Slow heartbeat"', "300 REM HOW IT WORKS",
        '310 DATA "Melvarozin blocks the L-type calcium channel in heart muscle."', "400 REM FAQS", "410 DATA 1",
        '420 DATA "Can I take it with grapefruit?", "No: grapefruit raises its levels."',
        "500 READ N", "510 FOR I = 1 TO N: READ A$, B$: PRINT A$, B$: NEXT I", "```"])
    _same_lines(page)
    x = _x(page, "Melvarozin")  # (no record type: each row under the field or section its REM line names; counts
    assert [b.label for b in x.brand_names] == ["Melvar", "Rozidex"]  # skipped)
    assert [(u.label, u.qualifier) for u in x.treats] == [("Angina", None), ("High blood pressure", None),
                                                          ("Raynaud phenomenon", "off-label")]
    assert [(e.label, e.category) for e in x.side_effects] == [
        ("Ankle swelling", "Frequent"), ("Flushing", "Frequent"), ("Slow heartbeat", "Serious")]
    assert _mech(x) == {("blocks", "L-type calcium channel")}
    assert [f.question for f in x.faqs] == ["Can I take it with grapefruit?"]


def test_a_page_with_a_basic_snippet_is_left_alone() -> None:
    page = ("## Usage\n\nMelvarozin treats angina. A pill counter in BASIC:\n\n```basic\n"
            + "".join(f'{n}0 DATA "Day {n}", "5 mg"\n' for n in range(1, 10))
            + "100 READ D$, M$\n```\n\n## Side Effects\n\n- Flushing\n")
    assert formats.rewrite(page) == page
    assert formats._basic(page) == page  # (the reader itself finds no answer in it)
