"""Rules from the misses of firstcontact258 and firstcontact259 (SEO-writing, email, writing-app, reading and
news-feed assistants), pinned by invented pages of other drugs and other words."""
from __future__ import annotations

from tests.test_fc234_rules import _mech


def test_a_targets_common_name_in_brackets_and_a_binding_that_shuts_it_down() -> None:
    assert _mech("The kidney takes sodium back through a pump called Na+/K+-ATPase (the sodium pump).\n- Zorvane "
                 "binds irreversibly to the sodium pump, shutting it down.") == [("inhibits", "Na+/K+-ATPase")]
