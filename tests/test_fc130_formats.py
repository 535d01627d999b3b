"""Answer formats firstcontact130's pages showed the reader had never seen, pinned on invented pages (another drug,
other words, other key names): a MATLAB script that builds a struct, an Apache httpd configuration and a fish shell
script, each rewritten line for line (:mod:`kg.formats`)."""
from __future__ import annotations

from kg import formats
from tests.test_extract_layouts5 import _mech, _x


def _same_lines(page: str) -> None:
    assert len(formats.rewrite(page).split("\n")) == len(page.split("\n"))


def _tavorexin(page: str):
    """The page read, line for line, as the invented drug's answer: its brands, class, uses (one off-label), effects
    (two frequent, one serious), target and questions as every test's page gives them."""
    _same_lines(page)
    x = _x(page, "Tavorexin")
    assert [b.label for b in x.brand_names] == ["Tavorin", "Xenotav"]
    assert x.drug_class is not None and x.drug_class.label.casefold() == "beta blocker"
    assert [(u.label, u.qualifier) for u in x.treats] == [("High blood pressure", None), ("Angina", None),
                                                          ("Essential tremor", "off-label")]
    assert [(e.label, e.category, e.serious) for e in x.side_effects] == [
        ("Cold hands", "Frequent", False), ("Tiredness", "Frequent", False), ("Slow heartbeat", "Serious", True)]
    assert _mech(x) == {("blocks", "beta-1 adrenergic receptor")}
    assert [f.question for f in x.faqs] == ["Can I drink alcohol?", "Can I stop it suddenly?"]
    return x


_MATLAB = "\n".join([
    "```matlab", "% tavorexin_card.m", "card = struct();", "", "%% ====== Generic Name ======",
    "card.inn = 'Tavorexin';", "card.tradeNames = {'Tavorin', 'Xenotav'};", "card.pharmClass = 'Beta blocker';", "",
    "%% ====== Usage ======", "card.indications.licensed = {", "    'High blood pressure',  'in adults';",
    "    'Angina',               'long-term, to lower the number of attacks'", "    };",
    "card.indications.unlicensed = {", "    'Essential tremor',     'when other drugs fail'", "    };", "",
    "%% ====== Side Effects ======", "card.adverse.frequent = {", "    'Cold hands'", "    'Tiredness'", "    };",
    "card.adverse.serious = {'Slow heartbeat'};", "",
    "%% ====== How it Works ======",
    "card.action = ['Tavorexin blocks beta-1 adrenergic receptors in the heart, so the heart ' ...",
    "    'beats more slowly and with less force.'];", "", "%% ====== FAQs ======",
    "card.faq(1).question = 'Can I drink alcohol?';",
    "card.faq(1).answer = 'Only a little; it can add to the dizziness.';",
    "card.faq(2).question = 'Can I stop it suddenly?';",
    "card.faq(2).answer = ['No. Your doctor''s advice is to lower the dose ' ...", "    'over two weeks.'];",
    "",
    "disp(card)", "```"])


def test_a_matlab_script_that_builds_a_struct() -> None:
    _tavorexin(_MATLAB)
    assert "  No. Your doctor's advice is to lower the dose" in formats.rewrite(_MATLAB).split("\n")


def test_a_page_with_a_matlab_plot_snippet_is_left_alone() -> None:
    page = ("## Usage\n\nTavorexin lowers blood pressure. A study plotted the readings:\n\n```matlab\n"
            "%% Plot the readings\nopts = struct();\nopts.title = 'Blood pressure';\nopts.xlabel = 'Week';\n"
            "opts.ylabel = 'mmHg';\nopts.colors = {'red', 'blue'};\nopts.style = '--';\n"
            "opts.legend = {'Drug', 'Placebo'};\nopts.font = 'Arial';\nopts.grid = 'on';\nplot(weeks, bp);\n```\n\n"
            "## Side Effects\n\n- Cold hands\n")
    assert formats.rewrite(page) == page


_HTTPD = "\n".join([
    "```apache", "# tavorexin.conf -- a drug card served by Apache", "<VirtualHost *:8080>",
    "    ServerName tavorexin.cards.local", "", "    # ~~~~~~~~ Generic Name ~~~~~~~~", "    <Location \"/identity\">",
    "        SetEnv INN \"Tavorexin\"", "        SetEnv TRADE_NAMES \"Tavorin, Xenotav\"",
    "        SetEnv PHARM_CLASS \"Beta blocker\"", "    </Location>", "", "    # ~~~~~~~~ Usage ~~~~~~~~",
    "    <Location \"/indications\">", "        SetEnv INDICATION_1 \"High blood pressure | in adults\"",
    "        SetEnv INDICATION_2 \"Angina | long-term, to lower the number of attacks\"",
    "        SetEnv UNLICENSED_1 \"Essential tremor | when other drugs fail\"", "    </Location>", "",
    "    # ~~~~~~~~ Side Effects ~~~~~~~~", "    <Location \"/adverse-effects\">",
    "        Header add X-Adverse-Effect-Frequent \"Cold hands\"",
    "        Header add X-Adverse-Effect-Frequent \"Tiredness\"",
    "        Header add X-Adverse-Effect-Serious \"Slow heartbeat\"", "    </Location>", "",
    "    # ~~~~~~~~ How it Works ~~~~~~~~", "    <Location \"/mechanism\">",
    "        SetEnv MECHANISM \"Tavorexin blocks beta-1 adrenergic receptors in the heart, so the heart \\",
    "beats more slowly and with less force.\"", "    </Location>", "", "    # ~~~~~~~~ FAQs ~~~~~~~~",
    "    <Location \"/questions/1\">", "        Header set X-Q \"Can I drink alcohol?\"",
    "        Header set X-A \"Only a little; it can add to the dizziness.\"", "    </Location>",
    "    <Location \"/questions/2\">", "        Header set X-Q \"Can I stop it suddenly?\"",
    "        Header set X-A \"No. Lower the dose over two weeks.\"", "    </Location>", "</VirtualHost>", "```"])


def test_an_apache_configuration_that_serves_the_answer() -> None:
    _tavorexin(_HTTPD)


def test_a_page_with_an_apache_snippet_is_left_alone() -> None:
    page = ("## Usage\n\nTavorexin lowers blood pressure. The clinic's reminder site is set up so:\n\n```apache\n"
            "<VirtualHost *:80>\n    ServerName reminders.local\n    <Location \"/morning\">\n"
            "        SetEnv DOSE \"5 mg\"\n        SetEnv TIME \"08:00\"\n        Header set X-Drug \"Tavorexin\"\n"
            "    </Location>\n    <Location \"/evening\">\n        SetEnv DOSE \"5 mg\"\n"
            "        SetEnv TIME \"20:00\"\n"
            "        Header set X-Drug \"Tavorexin\"\n    </Location>\n    <Location \"/help\">\n"
            "        SetEnv PHONE \"555-0100\"\n        Header set X-Info \"Call us\"\n    </Location>\n"
            "</VirtualHost>\n```\n\n## Side Effects\n\n- Cold hands\n")
    assert formats.rewrite(page) == page


_FISH = "\n".join([
    "```fish", "#!/usr/bin/env fish", "# tavorexin.fish -- a drug card", "", "# ----- Generic Name -----",
    "set -gx inn \"Tavorexin\"", "set -gx trade_names \"Tavorin\" \"Xenotav\"",
    "set -gx pharm_class \"Beta blocker\"", "",
    "# ----- Usage -----", "set -gx licensed \\", "    \"High blood pressure|in adults\" \\",
    "    \"Angina|long-term, to lower the number of attacks\"",
    "set -gx unlicensed \"Essential tremor|when other drugs fail\"",
    "", "# ----- Side Effects -----", "set -gx side_effects_frequent \"Cold hands\" \"Tiredness\"",
    "set -gx side_effects_serious \"Slow heartbeat\"", "", "# ----- How it Works -----",
    "set -gx action \"Tavorexin blocks beta-1 adrenergic receptors in the heart, so the heart\" \\",
    "    \"beats more slowly and with less force.\"", "", "# ----- FAQs -----",
    "set -gx questions \\", "    \"Can I drink alcohol?\" \\", "    \"Can I stop it suddenly?\"",
    "set -gx answers \\", "    \"Only a little; it can add to the dizziness.\" \\",
    "    \"No. Lower the dose over two weeks.\"", "",
    "function card", "    set -l n (count $questions)", "    for i in (seq $n)", "        echo \"Q: $questions[$i]\"",
    "    end", "end", "", "card", "```"])


def test_a_fish_script_whose_lists_hold_the_answer() -> None:
    _tavorexin(_FISH)


def test_a_page_with_a_fish_snippet_is_left_alone() -> None:
    page = ("## Usage\n\nTavorexin lowers blood pressure. A fish function can remind you of the dose:\n\n```fish\n"
            "set -g dose \"5 mg\"\nset -g morning \"08:00\"\nset -g evening \"20:00\"\nset -g sound \"bell\"\n"
            "set -g label \"Blood pressure\"\nset -g repeat \"daily\"\nfunction remind\n    echo \"Take $dose\"\nend\n"
            "```\n\n## Side Effects\n\n- Cold hands\n")
    assert formats.rewrite(page) == page
