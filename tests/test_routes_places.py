"""Routes named by the place a drug is given or put ("an epidural injection", "injected into the joint", "buccal
tablets", "a urethral suppository", "a hormonal intrauterine device placed in the uterus", "into the bladder wall"),
a use's item that says how the drug is given ("- **Spinal anesthesia** – injected into the spinal fluid"), a route
sentence after another in a Usage bullet, an injection "into the muscle", and a route another treatment needs ("which
usually need antibiotics by mouth"), pinned on invented pages."""
from __future__ import annotations

from tests.test_extract_layouts5 import _x


def _routes(body: str) -> list[str]:
    return [r.label for r in _x(body).routes]


def test_a_use_item_that_says_where_it_is_injected() -> None:
    body = ("## Usage\nZoracaine is a long-acting local anesthetic. It comes as a solution for injection.\n\n"
            "- **Epidural anesthesia** \u2013 injected into the epidural space of the lower back, for labor pain\n"
            "- **Spinal anesthesia** \u2013 injected into the spinal fluid (intrathecal) for surgery\n"
            "- **Oral surgery** \u2013 dental nerve blocks\n")
    assert _routes(body) == ["epidural", "intrathecal"]


def test_an_epidural_or_a_joint_of_the_reader_is_no_route() -> None:
    body = ("## Usage\nZoraban is a blood thinner taken by mouth. If you have had an epidural or spinal tap, tell "
            "your doctor about back pain. It also eases joint pain from clots and treats bladder cancer that has grown "
            "into the bladder muscle.\n")
    assert _routes(body) == ["oral"]


def test_places_of_products_and_injections() -> None:
    assert _routes("## Usage\nZorasone is injected into the joint by a doctor to ease knee pain.\n") == \
        ["intra-articular"]
    assert sorted(_routes("## Usage\nZorazine is available as tablets and buccal tablets that dissolve between the "
                          "gum and the cheek.\n")) == ["buccal", "oral"]
    assert _routes("## Usage\nZoradil is injected into the side of the penis or placed in the urethra.\n") == \
        ["intracavernosal", "intraurethral"]
    assert "intraurethral" in _routes("## Usage\nZoradil comes as a urethral suppository, a tiny pellet placed in "
                                      "the tip of the penis.\n")
    assert _routes("## Usage\nZoragestrel is taken by mouth for emergency contraception, and hormonal intrauterine "
                   "devices placed in the uterus release it for years.\n") == ["oral", "intrauterine"]
    assert _routes("## Usage\nZoratox is injected into a muscle (intramuscular) or into the bladder wall "
                   "(intradetrusor).\n") == ["intramuscular", "intradetrusor"]
    assert _routes("## Usage\nZoraplex is given as an injection directly into the hardened tissue (intralesional "
                   "injection).\n") == ["intralesional"]


def test_a_route_sentence_after_another_in_a_usage_bullet() -> None:
    body = ("**Usage**\n\u2022 Zorabrom is a uricosuric agent, meaning it raises the uric acid passed in the urine. "
            "It is taken by mouth as 50 mg tablets, usually once a day.\n\u2022 It treats gout.\n")
    assert _routes(body) == ["oral"]


def test_an_injection_into_the_muscle() -> None:
    assert _routes("## Usage\nZorazid is taken by mouth as tablets; an injection into the muscle is available for "
                   "people who cannot swallow.\n") == ["oral", "intramuscular"]
    assert _routes("## Usage\nZoraphrine comes in auto-injectors that are injected into the outer thigh muscle.\n") \
        == ["intramuscular"]


def test_a_route_another_treatment_needs() -> None:
    body = ("## Usage\nZoracetic otic solution is used as ear drops for outer ear infections. It does not treat "
            "middle ear infections, which usually need antibiotics by mouth.\n")
    assert _routes(body) == ["otic"]
