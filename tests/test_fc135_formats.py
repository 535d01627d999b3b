"""Answer formats firstcontact135's pages showed the reader had never seen, pinned on invented pages (another drug,
other words, other key names): a Windows .inf file whose sections name "%Token%"s that "[Strings]" spells out, an
Ansible playbook whose play's vars hold the answer and a Racket hash, each rewritten line for line
(:mod:`kg.formats`)."""
from __future__ import annotations

from kg import formats
from tests.test_extract_layouts5 import _mech, _x


def _same_lines(page: str) -> None:
    assert len(formats.rewrite(page).split("\n")) == len(page.split("\n"))


def _velmorin(page: str):
    """The page read, line for line, as the invented drug's answer: its brands, class, uses (one off-label), effects
    (two frequent, one serious), target and questions as every test's page gives them."""
    _same_lines(page)
    x = _x(page, "Velmorin")
    assert [b.label for b in x.brand_names] == ["Velmora", "Morinex"]
    assert x.drug_class is not None and x.drug_class.label.casefold() == "proton pump inhibitor"
    assert [(u.label, u.qualifier) for u in x.treats] == [("Stomach ulcer", None), ("Heartburn", None),
                                                          ("Barrett's oesophagus", "off-label")]
    assert [(e.label, e.category, e.serious) for e in x.side_effects] == [
        ("Headache", "Frequent", False), ("Diarrhoea", "Frequent", False), ("Low magnesium level", "Serious", True)]
    assert ("blocks", "proton pump") in _mech(x)
    assert [f.question for f in x.faqs] == ["Should I take it before breakfast?", "Can I open the capsule?"]
    return x


_INF = "\n".join([
    "```inf", "; velmorin.inf - a drug card for Setup", "[Version]", 'Signature = "$Chicago$"', "Provider = %Author%",
    "", "[Identity]", "Name = %DrugName%", "TradeNames = %Trade1%,%Trade2%", "Class = %Klass%", "",
    "[Indications]", "Licensed = %Ind1%,%Ind2%", "Unlicensed = %Ind3%", "",
    "[AdverseEffects.Frequent]", "Line1 = %Fx1%", "Line2 = %Fx2%", "", "[AdverseEffects.Serious]", "Line1 = %Fx3%",
    "", "[Mechanism]", "Body = %Moa%", "", "[Questions]", "Q1 = %Ask1%", "A1 = %Reply1%", "Q2 = %Ask2%",
    "A2 = %Reply2%", "", "[Strings]", 'Author = "Ward pharmacy"', 'DrugName = "Velmorin"', 'Trade1 = "Velmora"',
    'Trade2 = "Morinex (Canada)"', 'Klass = "Proton pump inhibitor"', 'Ind1 = "Stomach ulcer - in adults"',
    'Ind2 = "Heartburn"', 'Ind3 = "Barrett\'s oesophagus"', 'Fx1 = "Headache"', 'Fx2 = "Diarrhoea"',
    'Fx3 = "Low magnesium level"',
    'Moa = "Velmorin blocks the proton pump (H+/K+ ATPase) in the stomach lining, so less acid is made."',
    'Ask1 = "Should I take it before breakfast?"', 'Reply1 = "Yes, half an hour before."',
    'Ask2 = "Can I open the capsule?"', 'Reply2 = "Yes, and sprinkle it on apple sauce."', "```"])


def test_an_inf_file_whose_tokens_strings_spells_out() -> None:
    _velmorin(_INF)
    lines = formats.rewrite(_INF).split("\n")
    assert lines[:32] == [""] * 32  # (the sections name tokens only: the words are told where [Strings] gives them)
    assert lines[36] == "- **Drug class:** Proton pump inhibitor"


def test_a_page_with_a_driver_inf_snippet_is_left_alone() -> None:
    page = ("## Usage\n\nVelmorin treats stomach ulcers. The pill counter's driver is installed with this file:\n\n"
            "```inf\n[Version]\nSignature = \"$Windows NT$\"\nProvider = %Mfg%\n\n[Manufacturer]\n%Mfg% = Models\n\n"
            "[Models]\n%Desc% = Install, USB\\VID_1234\n\n[Install]\nCopyFiles = %Files%\nAddReg = %Reg%\n"
            "DelReg = %Old%\nCatalogFile = %Cat%\nDriverVer = %Ver%\n\n[Strings]\nMfg = \"Pill Counter Inc.\"\n"
            "Desc = \"Pill counter\"\nFiles = \"a.sys\"\n"
            "Reg = \"r\"\nOld = \"o\"\nCat = \"c.cat\"\nVer = \"1.0\"\n```\n\n## Side Effects\n\n- Headache\n")
    assert formats.rewrite(page) == page


_PLAYBOOK = "\n".join([
    "```yaml", "---", "- name: Print the Velmorin card", "  hosts: all", "  become: false", "  vars:",
    "    inn: Velmorin", "    trade_names: [Velmora, Morinex]", "    pharmacologic_class: proton pump inhibitor",
    "    # ---- Usage ----", "    indications:", "      licensed:", "        - disease: Stomach ulcer",
    "          comment: in adults", "        - disease: Heartburn", "      unlicensed:",
    "        - disease: Barrett's oesophagus", "    adverse_reactions:", "      frequent:", "        - Headache",
    "        - Diarrhoea", "      serious:", "        - Low magnesium level", "    mechanism: >-",
    "      Velmorin blocks the proton pump (H+/K+ ATPase) in the", "      stomach lining, so less acid is made.",
    "    questions:", "      - question: Should I take it before breakfast?",
    "        answer: Yes, half an hour before.",
    "      - question: Can I open the capsule?", "        answer: Yes, and sprinkle it on apple sauce.",
    "  tasks:", "    - name: Show the card", "      ansible.builtin.debug:",
    "        msg: \"{{ inn }} is a {{ pharmacologic_class }} for {{ indications.licensed | length }} uses\"", "```"])


def test_an_ansible_playbook_whose_vars_hold_the_answer() -> None:
    _velmorin(_PLAYBOOK)
    lines = formats.rewrite(_PLAYBOOK).split("\n")
    assert lines[:5] == [""] * 5 and lines[-5:] == [""] * 5  # (the play's own keys, its tasks and the fence)
    assert lines[9] == "## Usage"  # (on the comment that names the section)


def test_a_page_with_an_ansible_play_is_left_alone() -> None:
    page = ("## Usage\n\nVelmorin treats stomach ulcers. The ward's tablets install the reminder app with:\n\n"
            "```yaml\n- name: Install the reminder app\n  hosts: tablets\n  become: true\n  vars:\n"
            "    app: pill-reminder\n    usage: daily\n    side_effects_log: /var/log/se.log\n    faqs_url: /faq\n"
            "  tasks:\n    - name: Install it\n      ansible.builtin.apt:\n        name: \"{{ app }}\"\n```\n\n"
            "## Side Effects\n\n- Headache\n")
    assert formats.rewrite(page) == page


_RACKET = "\n".join([
    "```scheme", "#lang racket/base", ";; velmorin card", "(define card", "  (hasheq 'inn \"Velmorin\"",
    "          'trade-names '(\"Velmora\" \"Morinex\")", "          'pharmacologic-class \"proton pump inhibitor\"",
    "          ;; -- Usage --", "          'indications",
    "          (list (hasheq 'disease \"Stomach ulcer\" 'comment \"in adults\" 'unlicensed #f)",
    "                (hasheq 'disease \"Heartburn\" 'unlicensed #false)",
    "                (hasheq 'disease \"Barrett's oesophagus\" 'unlicensed #t))",
    "          'adverse-reactions (hasheq 'frequent '(\"Headache\" \"Diarrhoea\")",
    "                                     'serious '(\"Low magnesium level\"))",
    "          'mechanism \"Velmorin blocks the proton pump (H+/K+ ATPase) in the stomach, so less acid is made.\"",
    "          'questions '((\"Should I take it before breakfast?\" . \"Yes, half an hour before.\")",
    "                       (\"Can I open the capsule?\" . \"Yes, and sprinkle it on apple sauce.\"))))",
    "(provide card)", "```"])


def test_a_racket_hash() -> None:
    _velmorin(_RACKET)
    lines = formats.rewrite(_RACKET).split("\n")
    assert lines[7] == "## Usage" and lines[-2:] == [""] * 2  # (the comment that names it; "(provide ...)", fence)


def test_a_page_with_a_racket_settings_hash_is_left_alone() -> None:
    page = ("## Usage\n\nVelmorin treats stomach ulcers. The reminder app keeps its settings in Racket:\n\n"
            "```racket\n#lang racket\n(define settings\n  (hash 'drug \"Velmorin\"\n        'dose \"20 mg\"\n"
            "        'time \"07:30\"\n        'note \"with food\"\n"
            "        'repeat #t\n        'snooze 10\n        'sound 'bell))\n```\n\n"
            "## Side Effects\n\n- Headache\n")
    assert formats.rewrite(page) == page
