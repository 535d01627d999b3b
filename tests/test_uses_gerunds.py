"""A use named with a purpose gerund ("and treating X", "used for preventing X") is X: the
gerund says what the drug does for it, it is no part of the condition's name."""
from __future__ import annotations

from tests.test_extract_layouts5 import _x


def _uses(body: str) -> dict[str, str | None]:
    return {t.label: t.qualifier for t in _x(body + "\n\n## Side Effects\n\n- Headache").treats}


def test_a_second_gerund_in_a_list_of_uses_is_not_part_of_the_name() -> None:
    uses = _uses("## Usage\n\nIt treats high blood pressure.\n\nOff-label uses include preventing kidney stones in "
                 "people who lose too much calcium in their urine, and treating nephrogenic diabetes insipidus.")
    assert uses == {"High blood pressure": None, "Kidney stones": "off-label",
                    "Nephrogenic diabetes insipidus": "off-label"}


def test_used_for_a_gerund_names_the_condition_and_preventing_is_prevention() -> None:
    uses = _uses("## Usage\n\nIt is used for treating acne, and for preventing sunburn.")
    assert uses == {"Acne": None, "Sunburn": "prevention"}


def test_the_treatment_the_patients_are_receiving_is_not_this_drugs_use() -> None:
    uses = _uses("## Usage\n\nIt treats osteoporosis. Some doctors also use it off-label to prevent bone loss in men "
                 "receiving hormone therapy for prostate cancer. It is also given to people undergoing treatment for "
                 "breast cancer to prevent nausea. It is an add-on treatment for gout.")
    assert uses == {"Osteoporosis": None, "Bone loss": "off-label", "Nausea": "prevention", "Gout": None}
