"""Answer notations firstcontact105's pages showed the reader had never seen, pinned on invented pages (other drugs,
other key names, other words): a Windows .reg file, a Lisp S-expression, a Nix attribute set, groff ms and txt2tags,
each rewritten line for line (:mod:`kg.formats`)."""
from __future__ import annotations

from kg import formats
from tests.test_extract_layouts5 import _mech, _x


def _same_lines(page: str) -> None:
    assert len(formats.rewrite(page).split("\n")) == len(page.split("\n"))


def _effects(x) -> list[tuple[str, str | None, bool]]:
    return [(e.label, e.category, e.serious) for e in x.side_effects]


_REG = "\n".join([
    "REGEDIT4", "", "; Ketrazine monograph, one key per part", "",
    "[HKEY_LOCAL_MACHINE\\SOFTWARE\\Monographs\\Ketrazine]", '"Version"=dword:00000003', "",
    "[HKEY_LOCAL_MACHINE\\SOFTWARE\\Monographs\\Ketrazine\\Identity]", '"Generic"="Ketrazine"',
    '"TradeNames"="Ketrax"', '"PharmacologicClass"="Thromboxane receptor antagonist"', "",
    "[HKEY_LOCAL_MACHINE\\SOFTWARE\\Monographs\\Ketrazine\\Indications]",
    '"Overview"="Ketrazine is taken by mouth to keep blood flowing in narrowed leg arteries."',
    '"Licensed1"="Intermittent claudication"', '"Licensed2"="Raynaud phenomenon"',
    '"Licensed2Note"="In adults whose fingers turn white in the cold"', '"Unlicensed1"="Frostbite"', "",
    "[HKEY_LOCAL_MACHINE\\SOFTWARE\\Monographs\\Ketrazine\\AdverseEffects\\Frequent]",
    '"Item1"="Flushing"', '"Item2"="Palpitations"', "",
    "[HKEY_LOCAL_MACHINE\\SOFTWARE\\Monographs\\Ketrazine\\AdverseEffects\\Severe]",
    '"Item1"="Bleeding from the gut"', "",
    "[HKEY_LOCAL_MACHINE\\SOFTWARE\\Monographs\\Ketrazine\\Mechanism]",
    '"Target"="thromboxane A2 receptor"', '"Action"="Antagonist"', "",
    "[HKEY_LOCAL_MACHINE\\SOFTWARE\\Monographs\\Ketrazine\\Questions\\First]",
    '"Q"="Can I take it with aspirin?"', '"A"="Only if your doctor says so."', "",
    "[HKEY_LOCAL_MACHINE\\SOFTWARE\\Monographs\\Ketrazine\\Questions\\Second]",
    '"Q"="Should I stop before surgery?"', '"A"="Yes, a week before."'])


def test_a_windows_registry_file() -> None:
    _same_lines(_REG)
    x = _x(_REG, "Ketrazine")
    assert [b.label for b in x.brand_names] == ["Ketrax"]
    assert x.drug_class is not None and x.drug_class.label.casefold() == "thromboxane receptor antagonist"
    assert [(u.label, u.qualifier) for u in x.treats] == [("Intermittent claudication", None),
                                                          ("Raynaud phenomenon", None), ("Frostbite", "off-label")]
    assert _effects(x) == [("Flushing", "Frequent", False), ("Palpitations", "Frequent", False),
                           ("Bleeding from the gut", "Severe", True)]
    assert _mech(x) == {("blocks", "thromboxane A2 receptor")}
    assert [f.question for f in x.faqs] == ["Can I take it with aspirin?", "Should I stop before surgery?"]


def test_registry_keys_in_a_settings_tip_are_left_alone() -> None:
    page = ("## Usage\n\nIt treats gout. The reminder app keeps its settings here:\n\n```reg\n"
            "[HKEY_CURRENT_USER\\Software\\Pillbox]\n\"Sound\"=\"on\"\n[HKEY_CURRENT_USER\\Software\\Pillbox\\Times]\n"
            "\"Morning\"=\"08:00\"\n[HKEY_CURRENT_USER\\Software\\Pillbox\\Colors]\n\"Theme\"=\"dark\"\n```\n")
    assert formats.rewrite(page) == page


_SEXP = "\n".join([
    "```scheme", ";;; velmorin.scm -- the monograph as one list", "(monograph", ' (identity (name "Velmorin")',
    '  (trade-names "Velmo" "Morix")', '  (class "Soluble guanylate cyclase stimulator"))', " (indications",
    "  (licensed", '   (item :disease "Heart failure" :purpose prevention-of-worsening', '    :details "After a recent',
    'hospital stay.")', '   (item :disease "Pulmonary hypertension" :short "PH"))',
    '  (unlicensed (item :disease "Scleroderma")))', " (adverse-effects",
    '  (frequent "Dizziness" "Low blood pressure")', '  (rare "Fainting"))', " (mode-of-action",
    '  (target "soluble guanylate cyclase" :action stimulator))',
    " (questions", '  (faq :question "Can I take it with sildenafil?" :answer "No.")',
    '  (faq :question "Is it taken with food?" :answer "Either way.")))', "```"])


def test_a_lisp_s_expression() -> None:
    _same_lines(_SEXP)
    x = _x(_SEXP, "Velmorin")
    assert [b.label for b in x.brand_names] == ["Velmo", "Morix"]
    assert x.drug_class is not None and x.drug_class.label.casefold() == "soluble guanylate cyclase stimulator"
    assert [(u.label, u.qualifier) for u in x.treats] == [("Heart failure", "prevention"),
                                                          ("Pulmonary hypertension", None),
                                                          ("Scleroderma", "off-label")]
    assert x.treats[1].abbreviation == "PH"
    assert _effects(x) == [("Dizziness", "Frequent", False), ("Low blood pressure", "Frequent", False),
                           ("Fainting", "Rare", False)]
    assert _mech(x) == {("activates", "soluble guanylate cyclase")}
    assert [f.question for f in x.faqs] == ["Can I take it with sildenafil?", "Is it taken with food?"]


def test_parenthesised_lines_of_prose_are_no_s_expression() -> None:
    page = ("## Usage\n\n(see below) It treats gout.\n(a) in adults\n(b) in children\n(c) in the elderly\n"
            "(d) in pregnancy\n(e) in kidney disease\n(f) in liver disease\n\n(defun f (x) (* x 2))\n")
    assert formats.rewrite(page) == page


_NIX = "\n".join([
    "```nix", "# dorzemab.nix", "let", '  inn = "Dorzemab";', "in", "rec {", "  identity = {", "    inherit inn;",
    '    tradeNames = [ "Dorzia" "Zemabra" ];', '    pharmacologicClass = "Anti-IL-5 monoclonal antibody";', "  };",
    "  indications = {", "    overview = ''", "      Dorzemab is an injection given every four weeks to people whose",
    "      asthma is driven by eosinophils.", "    '';", "    licensed = [",
    '      { disease = "Severe eosinophilic asthma"; short = "SEA"; }', "    ];",
    '    unlicensed = [ { disease = "Nasal polyps"; } ];', "  };", "  adverseEffects = {",
    '    veryCommon = [ "Headache" "Injection-site pain" ];', '    rare = [ { item = "Anaphylaxis"; } ];', "  };",
    '  modeOfAction.targets = [ { name = "interleukin-5 receptor"; action = "antagonist"; } ];', "  questions = [",
    '    { question = "Can I inject it myself?"; answer = "Yes, after training."; }',
    '    { question = "Does it replace my inhaler?"; answer = "No."; }', "  ];", "}", "```"])


def test_a_nix_attribute_set() -> None:
    _same_lines(_NIX)
    x = _x(_NIX, "Dorzemab")
    assert [b.label for b in x.brand_names] == ["Dorzia", "Zemabra"]
    assert x.drug_class is not None and x.drug_class.label.casefold() == "anti-il-5 monoclonal antibody"
    assert [(u.label, u.qualifier) for u in x.treats] == [("Severe eosinophilic asthma", None),
                                                          ("Nasal polyps", "off-label")]
    assert _effects(x) == [("Headache", "Very common", False), ("Injection-site pain", "Very common", False),
                           ("Anaphylaxis", "Rare", False)]
    assert _mech(x) == {("blocks", "interleukin-5 receptor")}
    assert [f.question for f in x.faqs] == ["Can I inject it myself?", "Does it replace my inhaler?"]


def test_a_nixos_configuration_in_a_page_is_left_alone() -> None:
    page = ("## Usage\n\nIt treats gout. My reminder service, in NixOS:\n\n```nix\n{ config, pkgs, ... }:\n{\n"
            "  inherit (pkgs) lib;\n  services.pillbox.enable = true;\n  networking.hostName = \"home\";\n"
            "  time.timeZone = \"UTC\";\n  users.users.me.isNormalUser = true;\n"
            "  environment.systemPackages = [ pkgs.vim pkgs.git ];\n  system.stateVersion = \"23.11\";\n}\n```\n")
    assert formats.rewrite(page) == page


_MS = "\n".join([
    '.\\" lomevant.ms', ".TL", "Lomevant", ".AU", "Patient leaflet", ".NH", "Generic Name", ".PP", ".B Lomevant",
    "(brand names", ".I Lomix ,", ".I Vantar )", "is taken as a powder.", ".NH", "Usage", ".PP",
    "Lomevant is a bile acid sequestrant.", ".IP \\(bu 2",
    '.B "Primary hypercholesterolaemia"', "\\(em with diet.", ".SH", "Off-label uses", ".IP \\(bu 2",
    '.B "Bile acid diarrhoea"', ".NH", "Side Effects", ".TS", "tab(|);", "l l.", "Effect|Frequency",
    "Constipation|common", "Bloating|uncommon", ".TE", ".SH", "Serious", ".IP \\(bu 2", '.B "Bowel obstruction"',
    ".NH", "How it Works", ".PP", "Lomevant inhibits the ileal bile acid transporter.", ".NH", "FAQs",
    '.IP "1." 4', '.B "Can I take it with other medicines?"', ".br", "Take them an hour before.", '.IP "2." 4',
    '.B "Does it taste of anything?"', ".br", "It is gritty."])


def test_groff_ms_headings_table_and_items() -> None:
    _same_lines(_MS)
    out = formats.rewrite(_MS).split("\n")
    assert out[0] == out[2] == out[4] == "" and out[6] == "## Generic Name"
    assert out[_MS.split("\n").index("Off-label uses")] == "### Off-label uses"
    x = _x(_MS, "Lomevant")
    assert [b.label for b in x.brand_names] == ["Lomix", "Vantar"]
    assert x.drug_class is not None and x.drug_class.label.casefold() == "bile acid sequestrant"
    assert [(u.label, u.qualifier) for u in x.treats] == [("Primary hypercholesterolaemia", None),
                                                          ("Bile acid diarrhoea", "off-label")]
    assert _effects(x) == [("Constipation", "Common", False), ("Bloating", "Uncommon", False),
                           ("Bowel obstruction", "Serious", True)]
    assert _mech(x) == {("inhibits", "ileal bile acid transporter")}
    assert [f.question for f in x.faqs] == ["Can I take it with other medicines?", "Does it taste of anything?"]


def test_a_man_page_keeps_its_titled_headings_and_joined_font_arguments() -> None:
    page = "\n".join([".TH LOMEVANT 1", ".SH NAME", "lomevant", ".SH USAGE", ".B high cholesterol", ".PP",
                      "Taken with meals.", ".SH SIDE EFFECTS", ".IP \\(bu 2", "Constipation"])
    out = formats.rewrite(page).split("\n")
    assert out[1] == "## Name" and out[3] == "## Usage" and out[4] == "**high cholesterol**"


_T2T = "\n".join([
    "Fenvoxil", "Leaflet", "%%date", "", "%!target: xhtml", "% a comment", "", "= Generic Name =", "",
    "**Fenvoxil**", "", "|| Brand | Form | Dose | Route |",
    "| Fenvox | Tablets | 0.25 mg | by mouth at night |", "", "= Usage =", "",
    "Fenvoxil is a dopamine agonist.", "", "== Licensed uses ==", "", "- **Restless legs syndrome**", "",
    "== Off-label uses ==", "", "- **Periodic limb movements**", "", "= Side Effects =", "",
    "|| Effect | Frequency |", "| Nausea | common |", "| Sudden sleep attacks | rare |", "", "= How it Works =", "",
    "Fenvoxil activates dopamine D3 receptors in the brain.", "", "= FAQs =", "", ": **Can I drive?**",
    "Not until you know how it affects you.", ": **Is it //addictive//?**", "No, but stop it slowly."])


def test_a_txt2tags_page() -> None:
    _same_lines(_T2T)
    out = formats.rewrite(_T2T).split("\n")
    assert out[2] == out[4] == out[5] == "" and out[7] == "## Generic Name" and out[18] == "### Licensed uses"
    x = _x(_T2T, "Fenvoxil")
    assert [b.label for b in x.brand_names] == ["Fenvox"] and x.routes and x.routes[0].label == "oral"
    assert x.drug_class is not None and x.drug_class.label.casefold() == "dopamine agonist"
    assert [(u.label, u.qualifier) for u in x.treats] == [("Restless legs syndrome", None),
                                                          ("Periodic limb movements", "off-label")]
    assert _effects(x) == [("Nausea", "Common", False), ("Sudden sleep attacks", "Rare", False)]
    assert _mech(x) == {("activates", "dopamine D3 receptor")}
    assert [f.question for f in x.faqs] == ["Can I drive?", "Is it addictive?"]


def test_mediawiki_headings_without_txt2tags_marks_are_left_alone() -> None:
    page = ("= Fenvoxil =\n\n== Usage ==\n\nIt treats gout.\n\n== Side Effects ==\n\n* Nausea\n\n"
            "== FAQs ==\n\n; Can I drive? : Yes.\n")
    assert formats.rewrite(page) == page


def test_named_webvtt_cue_identifiers_are_markup() -> None:
    page = "\n".join(["WEBVTT", ""] + [line for n, text in enumerate(
        ["Zoravir treats shingles.", "It can cause headache,", "nausea and rash.", "Q: Can I drink alcohol?",
         "A: Yes, a little."], 1) for line in (f"part-{n}", f"00:00:0{n}.000 --> 00:00:0{n + 1}.000", text, "")])
    _same_lines(page)
    out = formats.rewrite(page)
    assert "part-" not in out and "nausea and rash." in out


def test_webvtt_tags_and_a_list_spoken_over_cues() -> None:
    """WebVTT's own tags ("<v Narrator>", "<b>", "<i>") as Markdown, and "It is used to treat:" followed by cues that
    each name a term ("<i>Shingles</i> - ...") a list of uses, not one running sentence."""
    texts = ["<v Narrator>This is a short guide to zoravir.", "<b>Usage</b>", "It is used to treat:",
             "<i>Shingles</i> - in adults over 50,\nwithin three days of the rash.", "<i>Cold sores</i> - at the first "
             "tingle.", "It is not used for chickenpox.", "<b>Side Effects</b>",
             "Common side effects include headache and nausea."]
    page = "\n".join(["WEBVTT", ""] + [line for n, text in enumerate(texts, 1) for line in (
        f"00:00:{n:02d}.000 --> 00:00:{n + 1:02d}.000", text, "")])
    _same_lines(page)
    out = formats.rewrite(page)
    assert "<v" not in out and "- **Shingles** - in adults over 50," in out
    x = _x(page)
    assert [u.label for u in x.treats] == ["Shingles", "Cold sores"]
    assert [e.label for e in x.side_effects] == ["Headache", "Nausea"]
