"""Rules from the misses of firstcontact133 (ordinary answers of six models not imitated before, the session's last
blind set), pinned by invented pages of other drugs and other words."""
from __future__ import annotations

from tests.test_extract_layouts5 import _x


def test_a_condition_secondary_to_another_is_one_use() -> None:
    """"1. Geographic atrophy (GA) secondary to age-related macular degeneration (AMD) - ...": one use, named whole;
    its "to" no purpose."""
    x = _x("## Usage\n\nIt is used for:\n\n1. Pulmonary hypertension (PH) secondary to interstitial lung disease - in "
           "adults.\n2. Gout - long term.\n", "Calvirex")
    assert [u.label for u in x.treats] == ["Pulmonary hypertension secondary to interstitial lung disease", "Gout"]


def test_the_routes_of_the_products_a_brand_field_names() -> None:
    """"**Brand Names:** Calvix (subcutaneous injection, twice daily) and Calvix LAR (intramuscular injection every 4
    weeks)": each brand's product says how it is given."""
    x = _x("## Generic Name\n\n*   **Generic Name:** Calvirex\n*   **Brand Names:** Calvix (subcutaneous injection, "
           "twice daily) and Calvix LAR (long-acting, intramuscular injection every 4 weeks).\n\n## Usage\n\n- Gout\n",
           "Calvirex")
    assert sorted(r.label for r in x.routes) == ["intramuscular", "subcutaneous"]
