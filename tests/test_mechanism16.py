"""Mechanism sentences of shapes first met in firstcontact16, each written here for other drugs and in other
words: a comparison before the subject ("Like the SSRIs, zoravir inhibits ..."), codes listed before one class
word ("5-HT3, 5-HT7 and 5-HT1D receptors"), a demonstrative before a named class ("these alpha-glucosidase
enzymes"), a messenger's "own receptors", a relative clause after another drug and its brand, and a participle
clause after the target. Each test is a small page."""
from __future__ import annotations

import pytest

from tests.test_mechanism15 import _down, _targets


@pytest.mark.parametrize(("body", "found"), [
    ("Like the SSRIs, zoravir inhibits the serotonin transporter (SERT).",
     {("inhibits", "serotonin transporter", "asserted")}),
    ("Like other NSAIDs, Zoravir also blocks the enzyme cyclooxygenase-2 (COX-2).",
     {("inhibits", "cyclooxygenase-2", "asserted")}),  # (an enzyme blocked is inhibited, its code after a hyphen too)
    ("Unlike the TCAs, it blocks the norepinephrine transporter (NET) and nothing else.",
     {("blocks", "norepinephrine transporter", "asserted")}),
    ("Unlike Zoravir, Aspirin blocks COX-1.", set()),
])
def test_a_comparison_before_the_subject_is_not_the_subject(body: str, found: set) -> None:
    """"Like the SSRIs, zoravir inhibits ...": the agents compared (even a capitalised class such as "SSRIs") are
    not the subject; the drug (or "it") after the comma is."""
    assert _targets(body) == found


@pytest.mark.parametrize(("body", "found"), [
    ("Zoravir is an antagonist at 5-HT2A, 5-HT2C and 5-HT6 receptors.",
     {("blocks", "5-HT2A receptor", "asserted"), ("blocks", "5-HT2C receptor", "asserted"),
      ("blocks", "5-HT6 receptor", "asserted")}),
    ("Zoravir blocks dopamine D2, D3 and D4 receptors in the brain.",
     {("blocks", "dopamine D2 receptor", "asserted"), ("blocks", "dopamine D3 receptor", "asserted"),
      ("blocks", "dopamine D4 receptor", "asserted")}),
    ("Zoravir blocks the M1, M2, and M3 receptors of the gut.",
     {("blocks", "M1 receptor", "asserted"), ("blocks", "M2 receptor", "asserted"),
      ("blocks", "M3 receptor", "asserted")}),
])
def test_codes_listed_before_one_class_word_each_take_it(body: str, found: set) -> None:
    """"5-HT3, 5-HT7 and 5-HT1D receptors": every code in the comma list is a receptor."""
    assert _targets(body) == found


@pytest.mark.parametrize(("body", "found"), [
    ("Sugars must be split first. Zoravir reversibly blocks these alpha-glucosidase enzymes (the ones in the gut wall) "
     "and also inhibits pancreatic lipase.",
     {("inhibits", "alpha-glucosidase enzyme", "asserted"), ("inhibits", "pancreatic lipase", "asserted")}),
    ("Zoravir selectively blocks these H2 receptors on stomach cells.",
     {("blocks", "H2 receptor", "asserted")}),
    ("Zoravir blocks these bacterial enzymes.", set()),
])
def test_a_demonstrative_before_a_named_class_keeps_the_name(body: str, found: set) -> None:
    """"blocks these alpha-glucosidase enzymes" with nothing named before: the name follows the demonstrative; a
    second verb after "and also" starts a second action, not a second target."""
    assert _targets(body) == found


@pytest.mark.parametrize(("body", "found"), [
    ("Zoravir raises the level of histamine. Histamine then acts on its own receptors in the airway.",
     set()),
    ("Zoravir works differently from warfarin (Coumadin), which blocks vitamin K epoxide reductase.", set()),
    ("Unlike aspirin, it does not block COX, and it differs from ticagrelor (Brilinta), which blocks the "
     "P2Y12 receptor.", set()),
    ("Zoravir inhibits phosphodiesterase (PDE) enzymes in smooth muscle, letting cyclic GMP (cGMP) accumulate.",
     {("inhibits", "phosphodiesterase", "asserted")}),
])
def test_what_another_agent_or_a_participle_names_is_no_target(body: str, found: set) -> None:
    """A messenger's "own receptors", what another drug (with its brand in brackets) blocks in a relative clause,
    and a participle clause after the target ("letting cyclic GMP accumulate") give no target."""
    assert _targets(body) == found


@pytest.mark.parametrize(("body", "found"), [
    ("Zoravir may also boost the release of glucagon-like peptide-1 (GLP-1) from the gut.",
     {("increases", "glucagon-like peptide-1", "hedged")}),
    ("Zoravir boosts the production of nitric oxide in vessel walls.",
     {("increases", "nitric oxide", "asserted")}),
])
def test_boost_without_an_ending_raises_what_it_names(body: str, found: set) -> None:
    """"boost the release of X", "boosts the production of X": the bare verb and its "-s" form raise X."""
    assert _down(body) == found


@pytest.mark.parametrize(("body", "found"), [
    ("Unlike them, it also acts directly on several serotonin receptor subtypes: it is an antagonist at 5-HT2A "
     "receptors.", {("blocks", "5-HT2A receptor", "asserted")}),
    ("Unlike the older drugs, it does more: it blocks the histamine H1 receptor (H1R).",
     {("blocks", "histamine H1 receptor", "asserted")}),
    ("Aspirin, which is older, works differently: it inhibits COX-1.", set()),
])
def test_it_after_a_comparison_and_a_colon_is_still_the_drug(body: str, found: set) -> None:
    """"Unlike them, it ...: it is an antagonist at ...": the comparison opens the sentence, and the "it" after
    the colon is the drug; "Aspirin, which ..., works differently: it ..." stays another agent."""
    assert _targets(body) == found
