"""Rules from firstcontact85's misses left undone last session, pinned on invented pages (other drugs, other words): an
HTML answer's indentation is its nesting, not the spaces it was typed with; what a binding makes the receptor do more
strongly is an activation; "More X flows into the Y, which makes them less Z" is a flow and the place's property; a
class of other medicines named by its examples as "the first choice for" a condition gives the drug no use."""
from __future__ import annotations

from tests.test_extract_layouts5 import _mech, _x

_DL = """<dl>
  <dt>Usage</dt>
  <dd>
    Zoravir is used to treat:
    <ul>
      <li>Overactive bladder</li>
      <li>Bedwetting in children, with an alarm</li>
    </ul>
  </dd>

  <dt>Side Effects</dt>
  <dd>
    Common:
    <ul>
      <li>Dry mouth</li>
      <li>Blurred vision</li>
      <li>Constipation
        <ul>
          <li>worse in older adults</li>
        </ul>
      </li>
    </ul>
    Serious:
    <ul>
      <li>Trouble passing urine</li>
    </ul>
  </dd>
</dl>
"""


def test_an_html_definition_list_typed_with_indentation() -> None:
    x = _x(_DL)
    assert [u.label for u in x.treats] == ["Overactive bladder", "Bedwetting"]
    assert [(e.label, e.category, e.serious) for e in x.side_effects] == [
        ("Dry mouth", "Common", False), ("Blurred vision", "Common", False), ("Constipation", "Common", False),
        ("Trouble passing urine", "Serious", True)]


def test_a_binding_that_makes_the_receptor_respond_more_strongly() -> None:
    x = _x("## How it Works\n\nZoravir binds to a site on glycine receptors in the spinal cord. This makes the "
           "receptor respond more strongly to glycine. More chloride flows into the motor neurons, which makes them "
           "less excitable, so the muscles relax.\n")
    assert _mech(x) == {("activates", "glycine receptor"), ("increases", "chloride flow into the motor neurons"),
                        ("decreases", "excitability of the motor neurons")}


def test_less_of_an_ion_flowing_into_cells() -> None:
    x = _x("## How it Works\n\nZoravir blocks T-type calcium channels in the thalamus, so less calcium flows into "
           "these cells.\n")
    assert ("decreases", "calcium flow into these cells") in _mech(x)


def test_others_named_by_examples_as_the_first_choice() -> None:
    x = _x("## Usage\n\nZoravir is used for short-term relief of muscle spasm.\n\nPhysical therapies such as "
           "stretching are usually the first choice for chronic back pain.\n")
    assert [u.label for u in x.treats] == ["Muscle spasm"]
