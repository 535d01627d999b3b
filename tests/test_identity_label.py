"""The drug's name is the Generic Name value's first sentence: a value that runs on ("Oxcarbazepine. It is sold
as Trileptal ...") made the drug node's label a paragraph, and the mechanism reader did not know its subject."""
from __future__ import annotations

from tests.test_extract_layouts5 import _x


def test_the_generic_name_is_the_first_sentence_of_a_value_that_runs_on() -> None:
    x = _x("**Generic Name** \u2014 Zoravir. It is sold as Zorvix (tablets) and as Zorvix XR, all taken by mouth.\n\n"
           "**Usage:** It treats gout.\n\n**How it Works:** Zoravir blocks xanthine oxidase.", title="Zoravir")
    assert x.drug.label == "Zoravir"
    assert [m.target for m in x.mechanism] == ["xanthine oxidase"]
    y = _x("Generic name: zoravir (as zoravir sodium). It is sold under the brand name Zorvix as tablets.\n\n"
           "Usage: It treats gout.", title="Zoravir")
    assert y.drug.label == "zoravir"
