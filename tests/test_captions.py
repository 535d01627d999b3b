"""Caption files (SRT and WebVTT), the format of firstcontact93's nebivolol page, pinned on invented pages of other
drugs and other words: the cues' words run on across their number, timing and blank lines, a cue that is a section's
title alone is its heading, a question cue and its answer are paragraphs of their own (:mod:`kg.formats`)."""
from __future__ import annotations

from kg import formats
from tests.test_extract_layouts5 import _mech, _x


def _srt(cues: list[str], vtt: bool = False) -> str:
    out = ["WEBVTT", ""] if vtt else []
    for k, text in enumerate(cues):
        start, end = 3 * k, 3 * k + 3
        stamp = (f"00:{start // 60:02d}:{start % 60:02d}.000 --> 00:{end // 60:02d}:{end % 60:02d}.500" if vtt
                 else f"00:00:{start:02d},000 --> 00:00:{end:02d},500")
        out += ([] if vtt else [str(k + 1)]) + [stamp] + text.split("|") + [""]
    return "Captions for a short video:\n\n" + "\n".join(out)


_CUES = ["Zoravir in one minute", "USAGE", "Zoravir treats overactive bladder|in adults,",
         "and sometimes bedwetting|in children (off-label).", "SIDE EFFECTS",
         "The most common side effects are|dry mouth, constipation,", "and blurred vision.",
         "Less common ones include|trouble passing urine|and confusion.", "HOW IT WORKS",
         "Zoravir blocks muscarinic M3 receptors|in the bladder wall.", "FAQS", "Q: Can I drink alcohol?",
         "It can make you drowsier,|so keep to small amounts."]


def test_srt_cues_are_read_as_running_text_under_their_titles() -> None:
    page = _srt(_CUES)
    assert len(formats.rewrite(page).split("\n")) == len(page.split("\n"))  # line for line
    x = _x(page)
    assert {u.label for u in x.treats} >= {"Overactive bladder"}
    got = {e.label: e.category for e in x.side_effects}
    assert got.get("Dry mouth") == "Common" and got.get("Blurred vision") == "Common"
    assert got.get("Confusion") == "Less common"
    assert not any("-->" in e.label or e.label[:1].isdigit() for e in x.side_effects)
    assert ("blocks", "muscarinic M3 receptor") in _mech(x)
    assert [f.question for f in x.faqs] == ["Can I drink alcohol?"]
    assert "drowsier" in x.faqs[0].answer


def test_webvtt_cues_are_read_the_same_way() -> None:
    x = _x(_srt(_CUES, vtt=True))
    got = {e.label: e.category for e in x.side_effects}
    assert got.get("Dry mouth") == "Common" and got.get("Confusion") == "Less common"
    assert [f.question for f in x.faqs] == ["Can I drink alcohol?"]


def test_a_page_quoting_one_timing_line_is_left_alone() -> None:
    page = "## Usage\n\nThe video at 00:00:41,500 --> 00:00:45,500 shows the dose.\n"
    assert formats.rewrite(page) == page
