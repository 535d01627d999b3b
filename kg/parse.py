"""Monograph parser (layer 1): Markdown text -> :class:`kg.model.Document`.

The only module that imports markdown-it-py. One pass over the CommonMark token stream
builds the sections and their blocks; every :class:`~kg.model.Span` holds 1-based line
numbers of the *original* file (front matter lines included), taken from ``Token.map``.

A section starts at an ``##`` heading or at a paragraph that opens with a bold label
(``**Usage:**``, ``**Generic Name:** Imiquimod`` - the text after the label is the section's
``inline``). A bold-only paragraph that reads like a sub-heading of the current section
(``**Common side effects:**`` inside *Side Effects*) stays inside that section as a label
block. ``Section.blocks`` is flat, in document order (nested items follow their parent and
carry ``depth``); each item also lists its nested items in ``children``.
"""
from __future__ import annotations

import csv
import hashlib
import html
import json
import re
from dataclasses import dataclass, field, replace
from functools import lru_cache
from itertools import accumulate
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from markdown_it import MarkdownIt
from markdown_it.token import Token

from kg import formats
from kg.errors import ParseError
from kg.frontmatter import read_front_matter as _front_matter
from kg.frontmatter import wide_encoding
from kg.model import READER_FAILED, REASONING_SKIPPED, Block, Document, Section, Span, Warning_
from kg.sections import (
    BULLET_GLYPHS,
    ITEM_LETTER,
    KEYCAP_MARKS,
    ORDINAL_WORD,
    SYMBOL_RUN,
    LabelLine,
    clean_label,
    is_group_label,
    opens_on_symbol,
    section_kind,
    split_label,
)

__all__ = ["parse_text", "parse_file", "parse_bytes"]




@lru_cache(maxsize=2)
def _markdown(tables: bool = True) -> MarkdownIt:
    """The shared CommonMark parser (built on first use, never at import time); with ``tables``
    the GFM table rule too (a page with no ``|`` line is parsed without it: it costs on every line)."""
    # Monographs never use code blocks, fences, raw HTML, link references, links or entities: those
    # rules only cost time (and an indented paragraph stays a paragraph instead of becoming code).
    md = MarkdownIt("commonmark")
    if tables:
        md.enable("table")
    md.disable(["code", "fence", "html_block", "reference", "link", "image", "autolink", "html_inline", "entity"])
    # Inline parsing is done by :func:`_inline` on ``Token.content`` (a bold lead-in label and
    # emphasis markers are all a monograph uses), which is several times cheaper than the token tree.
    md.disable("inline")
    # With no inline token tree there are no text children for ``text_join`` to merge. ``normalize``
    # only folds CR/CRLF (already done by :func:`parse_text`) and NUL: see :func:`_tokens`.
    md.disable(["text_join", "normalize"])
    return md


@lru_cache(maxsize=1)
def _markdown_nul() -> MarkdownIt:
    """:func:`_markdown` with ``normalize`` kept, for text holding a NUL character (U+FFFD for it)."""
    md = MarkdownIt("commonmark").enable("table")
    md.disable(["code", "fence", "html_block", "reference", "link", "image", "autolink", "html_inline", "entity"])
    md.disable("inline")
    md.disable("text_join")
    return md


# ---------------------------------------------------------------------------
# Entry points
# ---------------------------------------------------------------------------


def parse_file(path: str | Path) -> Document:
    """Read ``path`` as bytes, hash them and parse the UTF-8 text."""
    p = Path(path)
    try:
        raw = p.read_bytes()
    except OSError as exc:
        raise ParseError(f"cannot read monograph: {exc.strerror}", file=str(p),
                         hint="check the path and permissions") from exc
    return parse_bytes(raw, str(p))


def parse_bytes(raw: bytes, path: str) -> Document:
    """Decode ``raw`` strictly as UTF-8 (rejecting binary content) and parse it."""
    wide = wide_encoding(raw)
    if wide:
        raise ParseError(f"the file is {wide} text, not UTF-8", file=path, line=1,
                         hint=f"save it as UTF-8, e.g. with iconv -f {wide.split()[0]} -t UTF-8")
    nul = raw.find(b"\x00")
    if nul >= 0:
        raise ParseError("binary content (NUL byte) in a monograph", file=path,
                         line=raw.count(b"\n", 0, nul) + 1, hint="monographs must be UTF-8 Markdown text")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ParseError(f"invalid UTF-8 (byte 0x{raw[exc.start]:02x})", file=path,
                         line=raw.count(b"\n", 0, exc.start) + 1,
                         hint="save the file as UTF-8") from exc
    return _document(text, path, hashlib.sha256(raw).hexdigest())


def parse_text(text: str, path: str) -> Document:
    """Parse monograph ``text`` (``path`` is only used in messages and the result)."""
    return _document(text, path, None)


def _document(text: str, path: str, sha256: str | None) -> Document:
    """:func:`parse_text`; ``sha256`` is the hash of the file's bytes when the caller has them (else
    the hash of the text as parsed: BOM dropped, line ends folded), computed once."""
    source = text
    if text.startswith("\ufeff"):
        text = text[1:]
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    lines = text.split("\n")
    if lines and lines[-1] == "" and text.endswith("\n"):
        lines.pop()
    front, n_front = _front_matter(lines, path)
    body = "\n" * n_front + "\n".join(lines[n_front:])
    notes: list[Warning_] = []
    try:
        rewritten = _rewrite(body, lines)
    except (MemoryError, RecursionError):
        raise
    except Exception as e:  # noqa: BLE001 - a notation reader's fault must not cost the page: read it as Markdown
        rewritten = body
        notes.append(Warning_(READER_FAILED, f"the notation readers failed on this page ({type(e).__name__}: {e}); "
                                             "it is read as plain Markdown - please report it with the page",
                              n_front + 1))
    if rewritten.count("\n") != body.count("\n"):  # each reader keeps every source line one line: evidence needs it
        notes.append(Warning_(READER_FAILED, f"a notation reader turned this page's {body.count(chr(10)) + 1} lines "
                                             f"into {rewritten.count(chr(10)) + 1}; it is read as plain Markdown - "
                                             "please report it with the page", n_front + 1))
        rewritten = body
    line_lists = rewritten == body  # (a notation reader's output is its own structure: no bare-line lists in it)
    body = rewritten
    thought = _REASONING.search(body)
    if thought:  # "<think> ... </think>" before the answer: the model's reasoning ("Uses: ... I think it's off-label"),
        # drafts of what the answer says, never claims of the page: blanked line for line, and said
        first, last = body.count("\n", 0, thought.start()) + 1, body.count("\n", 0, thought.end()) + 1
        body = body[:thought.start()] + re.sub(r"[^\n]", " ", thought.group(0)) + body[thought.end():]
        said = f"lines {first}-{last} are the model's reasoning (<think> ... </think>) before its answer"
        notes.append(Warning_(REASONING_SKIPPED, f"{said}: not read for claims", first))
    tokens = (_markdown_nul() if "\x00" in body else _markdown("|" in body)).parse(body)
    builder = _Builder(lines, outline=_bullet_outline(body), line_lists=line_lists)
    builder.feed(tokens)
    if not any(sec.kind in _TOPIC_KINDS for sec in builder.sections):
        builder.sections = _topic_sections(builder.sections)
    if not any(sec.kind == "faqs" for sec in builder.sections):
        builder.sections = _question_sections(builder.sections)
    if not any(sec.kind == "faqs" for sec in builder.sections):
        builder.sections = _trailing_questions(builder.sections)
    title, title_span = builder.title, builder.title_span
    if not title:
        fm_title = front.get("title")
        if not fm_title:
            raise ParseError("no title: the monograph has no '# Heading' and no front-matter title",
                             file=path, line=n_front + 1 if n_front < len(lines) else 1,
                             hint="add a '# Drug name' line")
        title, title_span = str(fm_title).strip(), Span(2, max(2, n_front - 1)) if n_front else Span(1, 1)
    return Document(path=path, title=title, title_span=title_span or Span(1, 1), front_matter=front,
                    sections=builder.sections, lines=lines,
                    sha256=sha256 or hashlib.sha256(text.encode("utf-8")).hexdigest(),
                    source=source, line_offsets=_line_offsets(source, len(lines)), notes=notes)


#: a model's visible reasoning before its answer: a "<think>" opening a line, to its "</think>"
_REASONING = re.compile(r"(?m)^[ \t]*<think>.*?</think>", re.S)


def _rewrite(body: str, lines: list[str]) -> str:
    """``body`` with every notation the parser reads rewritten as the Markdown it means, line for line (the readers of
    :mod:`kg.formats` first, then this module's); ``lines`` are the page's source lines."""
    body = formats.rewrite(body)  # XML, flashcards, ...: the notations of kg.formats
    if _RST_UNDERLINE.search(body):
        body = _rst_titles(body)
    if "```" in body or "~~~" in body:
        body = _yaml_fences(body)
    if "_" in body and _YAML_TOP.search(body):  # "generic_name: X", "usage:" over "  approved_uses:": YAML, unfenced
        body = _yaml_outline(body)
    if "\n[" in body and " = " in body and len(_TOML_TABLE.findall(body)) >= 3:  # INI / TOML tables ("[usage]")
        body = _toml_outline(body)
    if "\n{" in body and '":' in body:  # a JSON object with no fence ("{" over '  "generic_name": "X",')
        body = _json_outline(body)
    if "I. " in body and len(_ROMAN_HEAD.findall(body)) >= 3:  # "I. Generic Name", "II. Usage" over "   A." / "1."
        body = _roman_outline(body)
    if "i. " in body and len(_LETTER_HEAD.findall(body)) >= 2 and len(_ROMAN_POINT.findall(body)) >= 3:
        body = _lettered_groups(body)  # "A. Common" over "   i. Increased appetite", "   ii. Weight gain"
    if ("\u251c" in body or "|-- " in body) and len(_TREE_BRANCH.findall(body)) >= 6:  # a tree view ("├── Usage")
        body = _tree_view(body)
    if "," in body and _CSV_HEADER.search(body):  # CSV lines ("Usage,Colorectal cancer,...", "FAQ,Q?,A")
        body = _csv_answer(body)
    if "h2. " in body and len(_JIRA_HEADING.findall(body)) >= 2:  # Jira / Confluence markup ("h2. Usage")
        body = _jira(body)
    if "\n== " in body and len(_ADOC_HEADING.findall(body)) >= 2:  # AsciiDoc ("== Usage", "** item", "Term:: text")
        body = _asciidoc(body)
    if "\\" in body and len(_LATEX_SECTION.findall(body)) >= 2:  # a LaTeX answer ("\section*{Usage}", "\item ...")
        body = _latex(body)
    if "[/" in body and len(_BBCODE_TAG.findall(body)) >= 6:  # a forum post's BBCode ("[b]Usage[/b]", "[*]item")
        body = "\n".join(_bbcode_line(line) for line in body.split("\n"))
    if "User:" in body and len(_CHAT_TURN.findall(body)) >= 4:  # a pasted chat ("User: And the side effects?")
        body = _chat_turns(body)
    if "/" in body and len(_POST_NUMBER.findall(body)) >= 3:  # a thread of numbered posts ("3/13 Usage 👇")
        body = _thread_posts(body)
    if "Slide" in body or "slide" in body:  # a slide deck's titles ("Slide 2: Usage"): the sections' headings
        body = _SLIDE_TITLE.sub(r"## \g<t>", body)
    if "\n[" in body and len(_FORM_FIELD.findall(body)) >= 3:  # a form's fields ("[Usage]", "[Common] a; b")
        body = _FORM_FIELD.sub(_form_field, body)
    if "<t" in body or "<T" in body:
        body = _html_tables(body)
    if "<" in body and (len(_HTML_BLOCK.findall(body)) >= 3 or len(_HTML_BOLD_LEAD.findall(body)) >= 3):
        # (HTML lists and headings, or labels in HTML bold: "<b>Usage:</b> ...<br>")
        body = "\n".join(_html_lines(body.split("\n")))
    elif "<details" in body or "<summary" in body:  # collapsible FAQ blocks in a Markdown page
        body = "\n".join(_details_line(line) if "<" in line else line for line in body.split("\n"))
    if "[!" in body:
        body = _unquote_alerts(body)
    if "{#" in body or "@tbl-" in body or "@fig-" in body or "@sec-" in body:  # Quarto / Pandoc cross-references
        body = _QUARTO_XREF.sub(_quarto_xref, _PANDOC_CAPTION.sub("", body))
    if "==" in body:  # "It is ==not== a first choice": highlighted words (Obsidian, markdown-it's mark) are words
        body = _HIGHLIGHT.sub(r"\g<t>", body)
    if "\n:" in body and sum(section_kind(t) in _SECTION_ROW_KINDS for t in _DEF_TERM.findall(body)) >= 2:
        body = _definition_page(body)
    if "\n  " in body and ("\n- " in body or "\n* " in body):  # "- Verapamil #drug" over "  - **Usage**": an outliner's
        body = _single_root_outline(body)  # one root node, the sections its children
    if "\n    " in body or "\n\t" in body:  # "Usage" over its text indented four spaces (no code: the section's)
        body = _indented_sections(body)
    leads = {line.lstrip()[:2] for line in lines}  # how each line opens: most pages need neither pass
    if "***" in body or "___" in body:  # "***Usage:*** ...": a bold-italic label opening a line is a bold label
        body = _BOLD_ITALIC_LEAD.sub(r"\1**\2**", body)
    if "==" in leads:  # MediaWiki headings ("== Usage ==", "=== Common ===")
        body = _WIKI_HEADING.sub(_wiki_heading, body)
    if " \u00b7 " in body and len(_CHIP_LINE.findall(body)) >= 3:  # "**Brands** · Adbry (US) · Adtralza (EU)"
        body = "\n".join(_chip_line(line) if " \u00b7 " in line else line for line in body.split("\n"))
    if " \u00b7 " in body and len(_DOT_LINE.findall(body)) >= 3:  # a crib sheet: "Common · a · b", "Usage — a · b",
        body = "\n".join(_dot_line(line) for line in body.split("\n"))  # "? Max dose — ..."
    if "[ ]" in body or "[x]" in body or "[X]" in body:  # a task list's boxes ("- [ ] Nausea"): no part of the item
        body = _TASK_BOX.sub(r"\1", body)
    body = _groups_after_items(body)
    if any(c in body for c in _CALLOUTS):  # "  💡 The vaccine works best ..." under a list item: a note of its own,
        body = _CALLOUT_LINE.sub("> ", body)  # not the item's words (a quote, line for line, ends the list)
    if "\u2022 " in leads and "\u2013 " in leads:  # "• Common" over "– Headache": the dash lines are its sub-bullets
        body = _DASH_SUB_BULLET.sub("  \u2013", body)
    if "\u25b6 " in leads and "- " in leads:  # "▶ Common" over "- Headache": the dash lines under a triangle are its
        body = _under_triangles(body)  # sub-bullets
    if any(lead[:1] in _GLYPHS for lead in leads):
        body = _GLYPH_BULLET.sub(r"\1-", body)
    if sum(lead[:1] in "\u30fb\uff65" for lead in leads) and len(_NAKAGURO_LINE.findall(body)) >= 2:
        body = _NAKAGURO_LINE.sub(r"\1- ", body)  # "・Multiple myeloma (MM): ..." (a Japanese list's middle dot, no
        # space after it): a list item (the line's columns after it move by one; its lines stay)
    if any(opens_on_symbol(lead) for lead in leads):
        body = _emoji_runs(body)
    if "**" in leads and (" \u2014 " in body or " \u2013 " in body):  # "**Idiopathic pulmonary fibrosis** — a ..."
        body = _bold_dash_runs(body)
    if "][" in body or "]" in body and _CITATION.search(body):  # answer-engine citations ("Diarrhea[1]")
        body = _CITATION.sub("", body)
    if ". [" in body or "? [" in body:  # ... and their sources named after a sentence ("... cramps. [NHS]")
        body = _SOURCE_NAME.sub("", body)
    if _SUPERSCRIPTS.intersection(body):  # ... and their superscript numbers ("Nausea²", "cough up¹.")
        body = _SUPER_CITATION.sub("", body)
    if "[^" in leads:
        body = _footnotes(body)
    if any(lead[:1].isdigit() and lead[1:2] in ".0123456789" for lead in leads) \
            and len(_DECIMAL_ITEM.findall(body)) > 1:
        body = _DECIMAL_ITEM.sub(_as_outline_item, body)
    if any(lead[:1].isdigit() for lead in leads):  # "Common (1-10%):" over "7) Hallucinations", "8) ...": a list
        body = _run_on_numbers(body)
    if any(lead[:1] == "(" or lead[1:] in (".", ")") and lead[:1] in _LETTERS for lead in leads) \
            and len(_LETTER_ITEM.findall(body)) > 1:
        body = _letter_items(body)
    return body


#: a line of "chips": a bold key, then its items, each after a middle dot ("**Forms** · prefilled syringe · pen")
_CHIP_LINE = re.compile(r"(?m)^\*\*([^*\n]+)\*\*[ \t]+\u00b7[ \t]")


def _chip_line(line: str) -> str:
    """A chip line as a labelled line of the same length: "**Forms** · a · b" -> "**Forms:**  a;  b" ("**Can I
    drive?** · Yes" a question and its answer); dots between other words part items."""
    m = _CHIP_LINE.match(line)
    if m is None:
        return line.replace(" \u00b7 ", ";  ")
    return f"**{m.group(1).rstrip()}:**  " + line[m.end():].replace(" \u00b7 ", ";  ")


_NEWLINE = re.compile(r"\r\n|\r|\n")
#: a top-level bullet whose label names a section ("- **Usage:**", "* Side Effects:"): three or more make the
#: page one bulleted outline, each such bullet opening its section as "2. **Usage**" does in a numbered one
_OUTLINE_BULLET = re.compile(r"(?m)^[-*+][ \t]+(?:\*\*|__)?([A-Za-z][^*_:\n]{0,40})")


_ROOT_BULLET = re.compile(r"^[-*+][ \t]+\S")
_CHILD_BULLET = re.compile(r"^(?P<ind>[ \t]+)[-*+][ \t]+(?:\*\*|__)?(?P<t>[A-Za-z][^*_:\n]{0,40})")
#: an outliner's property ("Generic name:: verapamil"): a field
_PROPERTY = re.compile(r"^(?P<k>[ \t]*[-*+][ \t]+[A-Za-z][\w /()-]{0,40}?)::(?=[ \t])", re.M)
#: an outliner's tag after a node's name ("Verapamil #drug")
_NODE_TAG = re.compile(r"[ \t]+#[A-Za-z][\w-]*")


def _single_root_outline(body: str) -> str:
    """An outliner's page (Tana, Logseq, Workflowy): one root bullet ("- Verapamil #drug") whose children, indented
    under it, name three or more of the prompt's sections ("  - **Usage**"): the children moved to the margin (the
    root a line of text, its tags dropped), properties ("Generic name:: X") as fields, line for line. Anything else as
    it is."""
    lines = body.split("\n")
    roots = [i for i, line in enumerate(lines) if _ROOT_BULLET.match(line)]
    if len(roots) != 1:
        return body
    r = end = roots[0]
    end += 1
    while end < len(lines) and (not lines[end].strip() or lines[end][:1] in " \t"):
        end += 1
    kids = [(m, len(m.group("ind").expandtabs(4))) for line in lines[r + 1:end] if (m := _CHILD_BULLET.match(line))]
    ind = min((w for _, w in kids), default=0)
    if not ind or sum(section_kind(m.group("t").strip()) in _SECTION_ROW_KINDS for m, w in kids if w == ind) < 3:
        return body
    moved = [line.expandtabs(4)[ind:] if line.expandtabs(4)[:ind].strip() == "" else line.lstrip()
             for line in lines[r + 1:end]]
    root = _NODE_TAG.sub("", re.sub(r"^[-*+][ \t]+", "", lines[r]))
    return "\n".join(lines[:r] + [root] + [_PROPERTY.sub(r"\g<k>:", line) for line in moved] + lines[end:])


def _bullet_outline(body: str) -> bool:
    """Whether the answer is written as one bulleted outline: three top-level bullets or more whose
    labels name sections of the prompt (Generic Name, Usage, Side Effects, How it Works, FAQs)."""
    if "\n- " not in body and "\n* " not in body and "\n+ " not in body:
        return False
    kinds = {section_kind(m.group(1)) for m in _OUTLINE_BULLET.finditer(body)}
    return len(kinds & _SECTION_ROW_KINDS) >= 3
#: a page written in HTML rather than Markdown ("<h3>Usage</h3>", "<ul><li><strong>Common:</strong> ..."):
#: each line given to markdown-it as the Markdown it means, line for line, so every block keeps its
#: lines (quotes are found in the source as written)
_HTML_BLOCK = re.compile(r"<(?:h[1-6]|li|p|ul|ol)\b[^>]*>", re.I)
_HTML_BOLD_LEAD = re.compile(r"(?m)^[ \t]*<(?:b|strong)\b[^>]*>", re.I)
_HTML_HEADING = re.compile(r"^\s*<h([1-6])\b[^>]*>(.*?)</h\1\s*>\s*$", re.I)
_HTML_INLINE = ((re.compile(r"<li\b[^>]*>", re.I), "- "), (re.compile(r"</?(?:strong|b)\b[^>]*>", re.I), "**"),
                (re.compile(r"</?(?:em|i)\b[^>]*>", re.I), "*"), (re.compile(r"<[^<>]{1,200}>"), ""))


_TABLE_OPEN = re.compile(r"<table\b[^>]*>", re.I)
_TABLE_CLOSE = re.compile(r"</table\s*>", re.I)
_HTML_ROW = re.compile(r"^\s*(?:<t(?:head|body)\b[^>]*>\s*)?<tr\b[^>]*>(?P<cells>.*)</tr\s*>"
                       r"\s*(?:</t(?:head|body)\s*>\s*)?$", re.I)
_HTML_CELL = re.compile(r"<t(?P<tag>[hd])\b[^>]*>(?P<text>.*?)</t[hd]\s*>", re.I)


def _html_tables(body: str) -> str:
    """An HTML ``<table>`` whose rows each sit on one line, given to markdown-it as the Markdown table
    it means: the header row and the delimiter on the two lines before the first body row (the
    ``<table>``/``<thead>`` lines), each body row on its own line, the table's other lines blank."""
    lines = body.split("\n")
    k = 0
    while k < len(lines):
        if not _TABLE_OPEN.search(lines[k]):
            k += 1
            continue
        end = next((j for j in range(k, len(lines)) if _TABLE_CLOSE.search(lines[j])), None)
        if end is None:
            break
        rows = []
        for j in range(k, end + 1):
            m = _HTML_ROW.match(_TABLE_CLOSE.sub("", _TABLE_OPEN.sub("", lines[j])))
            if m:
                cells = _HTML_CELL.findall(m.group("cells"))
                rows.append((j, [t for t, _ in cells], [_html_cell(c) for _, c in cells]))
            elif "<tr" in lines[j].lower():
                rows = []  # a row over several lines: left as it is
                break
        head = rows[0] if rows and all(t.lower() == "h" for t in rows[0][1]) else None
        body_rows = [r for r in rows if r is not head]
        if body_rows and body_rows[0][0] - 2 >= k:
            width = max(len(r[2]) for r in rows)
            first = body_rows[0][0]
            out = {first - 2: _md_row(head[2] if head else [""] * width, width),
                   first - 1: _md_row(["---"] * width, width)}
            out.update({first + n: _md_row(r[2], width) for n, r in enumerate(body_rows)})
            for j in range(k, end + 1):
                lines[j] = out.get(j, "")
        k = end + 1
    return "\n".join(lines)


def _html_cell(cell: str) -> str:
    text = _HTML_INLINE[1][0].sub("**", cell)  # (<b>/<strong>: bold)
    text = html.unescape(_HTML_INLINE[-1][0].sub("", text))
    return " ".join(text.replace("|", "/").split())


def _md_row(cells: list[str], width: int) -> str:
    return "| " + " | ".join(cells + [""] * (width - len(cells))) + " |"


_DETAILS_TAG = re.compile(r"^\s*</?details\b[^>]*>\s*$", re.I)
_SUMMARY = re.compile(r"^\s*(?:<details\b[^>]*>\s*)?<summary\b[^>]*>(.*?)</summary\s*>\s*$", re.I)


def _details_line(line: str) -> str:
    """``<details>`` / ``</details>`` alone on a line: nothing; ``<summary>Question?</summary>``: the
    question as a bold line, its answer the paragraphs below (line for line, so spans stay)."""
    if _DETAILS_TAG.match(line):
        return ""
    m = _SUMMARY.match(line)
    if m:
        inner = html.unescape(_HTML_INLINE[-1][0].sub("", m.group(1))).strip()
        return f"**{inner}**" if inner else ""
    return line


#: a GitHub alert's first line ("> [!WARNING]"): markup, its quoted lines read as if unquoted
_ALERT = re.compile(r"^[ \t]{0,3}>[ \t]*\[![A-Za-z-]{2,20}\][+-]?[ \t]*(?P<title>[^\n]*?)[ \t]*$")
_QUOTED = re.compile(r"^[ \t]{0,3}>[ \t]?")


#: words marked as highlighted ("==not==", "==Suicidal thoughts==", not a MediaWiki heading's "== Usage ==")
_HIGHLIGHT = re.compile(r"(?<![=\w])==(?P<t>[^\s=][^=\n]{0,80}?(?<=[^\s=]))==(?![=\w])")


def _unquote_alerts(body: str) -> str:
    """GitHub alert callouts (``> [!NOTE]`` then ``> ...`` lines; Obsidian's callouts too) given to
    markdown-it as the lines they quote, line for line: the alert's type line blank (or its title, as a
    bold label), each quoted line without its ``>``. The type is no label, group or section: what the
    alert holds belongs to the section it sits in."""
    lines = body.split("\n")
    inside = False
    for k, line in enumerate(lines):
        alert = _ALERT.match(line)
        if alert:  # (a title on the type's line, "> [!warning] Serious side effects", is a bold label)
            title = alert.group("title").strip("*_ ")
            lines[k], inside = (f"**{title}**" if title else ""), True
        elif inside and _QUOTED.match(line):
            lines[k] = _QUOTED.sub("", line, count=1)
        else:
            inside = False
    return "\n".join(lines)


#: a term at the margin with its definition below ("Usage" on a line, ":   It is used ..." on the next): a
#: page whose terms name two of its sections or more is written as one definition list
_DEF_TERM = re.compile(r"(?m)^(\S[^\n]{0,60})\n(?:[ \t]*\n)?:[ \t]")
_DEF_LINE = re.compile(r"^(?P<indent>[ \t]*):[ \t]+(?P<text>\S.*)$")
#: a definition that is one item of a list ("**Ulcerative colitis** — ...", "Proctitis – ..."), not prose
_DEF_ITEM = re.compile(r"^(?:\*\*|__)|^[A-Z][^.:;\u2013\u2014]{2,80}?\s+[\u2013\u2014-]\s|"
                       r"^[*_](?=[A-Z])[^*_\n]{2,80}[*_](?=[\s(])")  # ("*Ovarian cancer* (...) — as maintenance ...")


def _definition_page(body: str) -> str:
    """A page whose answer is a definition list, given to markdown-it as the Markdown it means, line
    for line: a term at the margin is a section heading (``## Usage``), its definitions the section's
    paragraphs (several item-like definitions: list items); a nested term is a bold label over its
    definition (``**Common:**`` then the group's list; ``**Question?**`` then the answer)."""
    lines = body.split("\n")
    is_def = [_DEF_LINE.match(line) for line in lines]
    out = list(lines)
    carried = -1  # the last line of a top-level definition's indented run ("    - Parkinson's disease ...")
    for k, line in enumerate(lines):
        d = is_def[k]
        if d is not None:
            out[k] = d.group("text")
            if not d.group("indent"):
                carried = _definition_run(lines, is_def, k, out)
            continue
        if k <= carried:
            continue
        after = k + 2 if k + 2 < len(lines) and not lines[k + 1].strip() else k + 1  # (a blank line between)
        nxt = is_def[after] if after < len(lines) else None
        if nxt is None or not line.strip() or len(line.strip()) > 120:
            continue
        indent = len(line) - len(line.lstrip())
        term = line.strip()
        if not nxt.group("indent") and not indent:
            out[k] = "## " + term
        elif nxt.group("indent") and indent:
            out[k] = f"**{term}**" if term.endswith("?") else f"**{term.rstrip(':')}:**"
    # several item-like definitions under one term are that section's list
    start = 0
    for k in range(len(lines) + 1):
        if k == len(lines) or out[k].startswith("## ") and k > start:
            top = [j for j in range(start, k) if is_def[j] is not None and not is_def[j].group("indent")]
            listed = [j for j in top if _DEF_ITEM.match(is_def[j].group("text"))]
            if len(listed) >= 2:
                for j in listed:
                    out[j] = "- " + out[j]
            start = k
    return "\n".join(out)


#: a line that opens a list item ("    - Dry mouth", "  2. Nausea")
_ITEM_LINE = re.compile(r"^[ \t]*(?:[-*+]|\d{1,2}[.)])[ \t]+\S")


def _definition_run(lines: list[str], is_def: list[re.Match[str] | None], k: int, out: list[str]) -> int:
    """The lines a top-level definition at ``k`` carries on over, indented under it (Pandoc's rule: its nested list,
    "    - Parkinson's disease ..."), dedented in ``out`` by their least indent so that Markdown reads them as the
    definition's own blocks (a list after its lead-in), not as one paragraph; the index of the run's last line."""
    def term(i: int) -> bool:  # a nested term: a definition follows it ("    Common" over "    :   headache, ...")
        nxt = i + 2 if i + 2 < len(lines) and not lines[i + 1].strip() else i + 1
        return nxt < len(lines) and is_def[nxt] is not None and _ITEM_LINE.match(lines[i]) is None

    j, run = k + 1, []
    while j < len(lines) and is_def[j] is None and (lines[j][:1] in (" ", "\t") and lines[j].strip() and not term(j)
                                                     or not lines[j].strip() and j + 1 < len(lines)
                                                     and lines[j + 1][:1] in (" ", "\t") and is_def[j + 1] is None
                                                     and not term(j + 1)):
        run.append(j)
        j += 1
    depth = min((len(lines[i].expandtabs(4)) - len(lines[i].expandtabs(4).lstrip()) for i in run if lines[i].strip()),
                default=0)
    for i in run:
        out[i] = lines[i].expandtabs(4)[depth:] if lines[i].strip() else ""
    return run[-1] if run else k


#: a line indented as a Markdown code block (four spaces or a tab)
_INDENTED = re.compile(r"^(?: {4,}|\t)\S")
#: a section's name alone at the margin, no markup ("Usage", "How It Works:"), not a bullet or a bold label
_PLAIN_NAME = re.compile(r"^[A-Z][A-Za-z /&'-]{1,40}:?\s*$")


def _indented_sections(body: str) -> str:
    """A page whose section names stand at the margin, each over its text indented four spaces ("Usage" then
    "    Abatacept is ..."), given to markdown-it as the Markdown it means, line for line: each name a heading,
    its text dedented (read as written: paragraphs, lists, labels), not a code block nor a lazy continuation of
    the name. Two such sections at least; a page with one indented passage is left as it is."""
    lines = body.split("\n")
    names = [k for k, line in enumerate(lines[:-1]) if _PLAIN_NAME.match(line)
             and section_kind(line.strip()) is not None and _INDENTED.match(lines[k + 1])]
    if len(names) < 2:
        return body
    for k in names:
        run, j = [], k + 1
        while j < len(lines) and (not lines[j].strip() or lines[j][:1] in " \t"):
            lines[j] = lines[j].expandtabs(4)
            run.append(j)
            j += 1
        depth = min(len(lines[i]) - len(lines[i].lstrip()) for i in run if lines[i].strip())
        for i in run:
            lines[i] = lines[i][depth:] if lines[i].strip() else ""
        lines[k] = "## " + lines[k].strip()
    return "\n".join(lines)


_LIST_TAG = re.compile(r"<(/?)(?:ul|ol)\b[^>]*>|<li\b", re.I)


def _html_lines(lines: list[str]) -> list[str]:
    """Each line of an HTML answer as the Markdown it means (:func:`_html_line`), its indentation the HTML's nesting
    and not the spaces it was typed with: HTML ignores them, Markdown does not ("    <ul>" over "      <li>Nausea</li>"
    inside a "<dd>" would be one lazy paragraph). A list item is indented two spaces a level below the first list,
    every other line starts at the margin."""
    depth = 0
    out = []
    for line in lines:
        item_depth = None
        for m in _LIST_TAG.finditer(line):
            if m.group(0)[:3].casefold() == "<li":
                item_depth = depth if item_depth is None else item_depth
            else:
                depth = max(depth - 1, 0) if m.group(1) else depth + 1
        text = _html_line(line.strip())
        out.append("  " * max((item_depth or 1) - 1, 0) + text if item_depth is not None and text else text)
    return out


def _html_line(line: str) -> str:
    m = _HTML_HEADING.match(line)
    if m:
        return "#" * int(m.group(1)) + " " + _html_line(m.group(2)).strip()
    for rx, repl in _HTML_INLINE:
        line = rx.sub(repl, line)
    line = html.unescape(line)
    return line if line.strip() else ""


#: A page with no section for uses, side effects or how it works, written as prose paragraphs
#: ("Donepezil is ... used to treat dementia ...", "Side effects are usually mild ...", "As for how it
#: works, ...", "A few questions people often ask:"): each such paragraph, read by its first
#: sentence, opens the section it is about (titled by its kind, "Side effects (prose)"), and the
#: paragraphs after it stay in that section until another one opens.
_TOPIC_KINDS = frozenset({"uses", "side_effects", "mechanism"})
_TOPIC_RULES = tuple((kind, re.compile(rx, re.I)) for kind, rx in (
    ("faqs", r"^(?:here\s+are\s+)?(?:a\s+few|some|common|frequently\s+asked|other)\s+questions\b|"
             r"\bquestions\s+(?:people|patients)\s+(?:\w+\s+)?ask\b|"
             r"^(?:people|patients)\s+(?:\w+\s+)?ask\s+(?:(?:a\s+few|some|several|many|these|common|the\s+same)\s+)?"
             r"(?:\w+\s+)?questions\b|"
             # "You might also be wondering about a few practical things": the questions a reader has, to come
             r"^(?:(?:so|and|now)\s+)?you\s+(?:might|may)\s+(?:also\s+)?(?:be\s+)?wonder(?:ing)?\s+about\b|"
             r"^(?:here\s+are\s+)?(?:a\s+few|some)\s+(?:practical|common|other|quick)\s+(?:things|points)\s+"
             r"(?:people|patients|you)\b"),
    ("side_effects", r"^(?:the\s+)?(?:most\s+)?(?:common\s+|serious\s+|possible\s+|main\s+)?side[\s-]effects?\b|"
                     r"^(?:like\s+all\s+medicines|as\s+with\s+(?:any|all|other)\s+medicines?)\b"),
    ("mechanism", r"^as\s+for\s+how\s+(?:it|\w+)\s+works\b|^(?:it|\w+)\s+works\s+by\b|^how\s+(?:it|\w+)\s+works\b|"
                  r"\bmechanism\s+of\s+action\b"),
    ("uses", r"\b(?:is|are)\s+(?:mainly\s+|mostly\s+|also\s+)?(?:used|prescribed|approved|indicated)\s+(?:to\s+treat|"
             r"for|in)\b|\bused\s+to\s+treat\b"),
))


_TOPIC_TITLES = {"uses": "Usage", "side_effects": "Side effects", "mechanism": "How it works", "faqs": "FAQs",
                 "identity": "Generic name"}


#: a spoken transition before a paragraph's topic ("Now, what is it used for?", "When it comes to side effects, ...",
#: "So how does it work?", "And finally, a few questions people often ask."): the topic is what follows it
_SPOKEN_LEAD = re.compile(r"^(?:(?:so|now|okay|ok|well|next|then|and|finally|lastly|alright|all\s+right)\b[,!]?\s+)*"
                          r"(?:(?:let's|let\s+us)\s+(?:start|begin|talk|move\s+on|turn|look|finish|end)\s+(?:with|about|to|at)\s+|"
                          r"when\s+it\s+comes\s+to\s+|moving\s+on\s+to\s+|turning\s+to\s+|on\s+to\s+|as\s+for\s+(?!how\b)|"
                          r"as\s+far\s+as\s+|in\s+terms\s+of\s+)?", re.I)
#: the topics a spoken question or transition names, once its lead is gone
_SPOKEN_TOPIC = tuple((kind, re.compile(rx, re.I)) for kind, rx in (
    ("uses", r"^what(?:\s+is|['\u2019]s)\s+(?:it|\w+)\s+(?:\w+\s+)?used\s+for\b|"
             r"^what\s+(?:it['\u2019]s|are\s+they)\s+(?:\w+\s+)?used\s+for\b|"
             r"^what\s+does\s+(?:it|\w+)\s+treat\b|^(?:its|the)\s+(?:main\s+)?uses\b"),
    ("mechanism", r"^how\s+(?:does|do)\s+(?:it|they|\w+)\s+(?:actually\s+)?work\b"),
    ("identity", r"^(?:the|its)\s+(?:generic\s+)?name\b"),
))


def _topic(block: Block) -> str | None:
    if block.kind != "paragraph" or block.label and block.text:
        return None
    said = re.split(r"(?<=[.!?])\s+", (block.text or block.label or "")[:400])
    while len(said) > 1 and said[0].endswith("!") and len(said[0].split()) <= 8:
        said = said[1:]  # ("Happy to walk you through it! The generic name is ...": a greeting, then the topic)
    first = " ".join(said)[:240].split(". ", 1)[0]  # (its first sentence, read on over a question mark as before)
    spoken = _SPOKEN_LEAD.sub("", first, count=1)
    return next((kind for kind, rx in _TOPIC_RULES if rx.search(first) or spoken != first and rx.search(spoken)),
                None) or next((kind for kind, rx in _SPOKEN_TOPIC if rx.search(spoken)), None)


def _question_sections(sections: list[Section]) -> list[Section]:
    """A page with no FAQ section whose section of another name ("## Go deeper") holds nothing but questions, each a
    label over its answer: that section is the FAQs, and a question after it that opened a section of its own
    ("**What drug interactions are important?**" read as an Interactions section) is one of them. Two questions at
    least; a section with anything else labelled in it stays what it was."""
    for at, sec in enumerate(sections):
        if sec.kind != "unknown" or not sec.blocks or sec.blocks[0].label is None \
                or not all(b.label.rstrip().endswith("?") for b in sec.blocks if b.label is not None):
            continue
        end = at + 1
        while end < len(sections) and sections[end].title.rstrip().endswith("?") \
                and (sections[end].level is None or sec.level is not None and sections[end].level > sec.level) \
                and all(b.label is None or b.label.rstrip().endswith("?") for b in sections[end].blocks):
            end += 1
        asked = sum(b.label is not None for b in sec.blocks) + sum(
            1 + sum(b.label is not None for b in later.blocks) for later in sections[at + 1:end])
        if asked < 2:
            continue
        blocks = list(sec.blocks) + _asked_blocks(sections[at + 1:end])
        faqs = replace(sec, kind="faqs", blocks=blocks, span=Span(sec.span.start, sections[end - 1].span.end))
        return [*sections[:at], faqs, *sections[end:]]
    return sections


def _asked_blocks(asked: list[Section]) -> list[Block]:
    """Sections that each a question opened, as the blocks of one FAQ section: the question as a label over its
    answer's first paragraph, then the rest of its answer."""
    blocks: list[Block] = []
    for later in asked:
        first = later.blocks[0] if later.blocks and later.blocks[0].label is None else None
        blocks.append(Block(kind="paragraph", text=first.text if first else later.inline,
                            span=Span(later.span.start, first.span.end if first else later.span.start),
                            label=later.title))
        blocks += later.blocks[1:] if first else later.blocks
    return blocks


def _trailing_questions(sections: list[Section]) -> list[Section]:
    """A page with no FAQ section whose last section ends on questions, each a bold line over its answer ("<b>❓ Will it
    make me sleepy?</b>" then "Often, yes."), as a Telegram post or a chat answer closes: those questions are its FAQs,
    a section of their own after the last section's own text. Two questions at least, nothing but questions after the
    first; a question inside a section followed by more of the section stays where it is."""
    if not sections:
        return sections
    at = len(sections) - 1
    while at > 0 and sections[at].kind == "note":  # (the page's closing note after them)
        at -= 1
    notes = at + 1
    while at > 0 and sections[at].title.rstrip().endswith("?") \
            and all(b.label is None or b.label.rstrip().endswith("?") for b in sections[at].blocks):
        at -= 1  # ("### Does it interact with other medicines?" read as an Interactions section, "### Is it safe in
        # pregnancy?" as one of its own: more of the closing questions, each heading its answer)
    if sections[at].kind not in _TOPIC_KINDS:
        return sections
    last = sections[at]
    labelled = [k for k, b in enumerate(last.blocks) if b.label is not None]
    first = next((k for k in labelled if last.blocks[k].label.rstrip().endswith("?")), None)  # type: ignore[union-attr]
    if first is None or first == 0:
        return sections
    asked = [k for k in labelled if k >= first]
    if len(asked) < 2 or not all(last.blocks[k].label.rstrip().endswith("?") for k in asked):  # type: ignore[union-attr]
        return sections
    blocks = last.blocks[first:] + _asked_blocks(sections[at + 1:notes])
    end = sections[notes - 1].span.end if notes - 1 > at else last.span.end
    faqs = Section(title="FAQs (closing questions)", span=Span(blocks[0].span.start, end), blocks=blocks,
                   kind="faqs", level=last.level)
    last.blocks = last.blocks[:first]
    last.span = Span(last.span.start, blocks[0].span.start - 1)
    return [*sections[:at + 1], faqs, *sections[notes:]]


def _topic_sections(sections: list[Section]) -> list[Section]:
    out: list[Section] = []
    for sec in sections:
        if sec.kind not in ("identity", "preamble", "unknown"):
            out.append(sec)
            continue
        current = sec
        out.append(sec)
        kept: list[Block] = []
        for block in sec.blocks:
            kind = _topic(block)
            if kind and kind != current.kind and not (current.kind == "faqs" and kind != "faqs"):
                current = Section(title=_TOPIC_TITLES[kind] + " (prose)", span=block.span, kind=kind)
                out.append(current)
            (kept if current is sec else current.blocks).append(block)
            if current is not sec and block.span.end > current.span.end:
                current.span = Span(current.span.start, block.span.end)
        sec.blocks = kept
        if current is not sec:  # the section ends where the first prose section starts
            sec.span = Span(sec.span.start, max([sec.span.start] + [b.span.end for b in kept]))
    return out


#: a reStructuredText title: a text line underlined by a run of one of ``~ ^ " ' +`` at least as long as it
_RST_UNDERLINE = re.compile(r"(?m)^(?P<text>[^\s~^\"'+][^\n]{0,80})\n(?P<rule>([~^\"'+])\3{2,})[ \t]*$")
#: a reStructuredText field (":Brand names: Xylocaine, ..."): a plain label line
_RST_FIELD = re.compile(r"(?m)^:(?P<name>[A-Za-z][\w ()/-]{0,40}):[ \t]+(?=\S)")


def _rst_titles(body: str) -> str:
    """An answer written in reStructuredText, given to markdown-it as the Markdown it means, line for
    line: each underlined title as a heading whose level follows the order the underline characters
    first appear in (``~`` first: ``##``, ``^`` next: ``###``), the underline blank; a field line
    ``:Name: value`` as the label line ``Name: value``; directive lines (``.. warning::``) blank."""
    order: list[str] = []

    def title(m: re.Match[str]) -> str:
        text, rule = m.group("text").rstrip(), m.group("rule")
        if len(rule) < len(text):
            return m.group(0)
        if rule[0] not in order:
            order.append(rule[0])
        return "#" * min(2 + order.index(rule[0]), 6) + " " + text + "\n"

    body = _RST_UNDERLINE.sub(title, body)
    if not order:
        return body
    lines = _RST_FIELD.sub(lambda m: m.group("name") + ": ", body).split("\n")
    inside = False
    for k, line in enumerate(lines):
        if _RST_DIRECTIVE.match(line):
            lines[k], inside = "", True
        elif inside and (not line.strip() or line[:1] in " \t"):
            lines[k] = line.lstrip()  # the directive's indented body: the section's own text
        else:
            inside = False
    return "\n".join(lines)


_RST_DIRECTIVE = re.compile(r"^\.\. [a-z-]+::[ \t]*$")


#: An answer given as one fenced YAML block ("```yaml" then "generic_name: X", "side_effects:",
#: "  common:", "    - Nausea", "how_it_works: |", "faqs:", "  - q: ...", "    a: ..."): each line given
#: to markdown-it as the Markdown it means, line for line (keys as headings that may carry their
#: value, items as items, block text unindented, "q:"/"a:" as Q:/A: lines, comments and fences blank).
_FENCE = re.compile(r"^\s*(?:```|~~~)\s*(?P<info>[\w-]*)\s*$")
_YAML_KEY = re.compile(r"^(?P<indent>\s*)(?P<dash>-\s+)?(?P<key>[A-Za-z_][\w ]{0,40}?):(?:\s+(?P<value>.*?))?\s*$")


#: a key indented under another, as YAML nests them ("  common:", "  - q: ...")
_NESTED_KEY = re.compile(r"^\s+(?:-\s+)?[A-Za-z_][\w ]{0,40}:(?:\s|$)")
#: a line that is a group's name alone (plain, or bold, with or without its colon)
_GROUP_NAME_LINE = re.compile(r"^[ \t]*(?:\*\*|__)?(?P<g>[A-Z][\w ()%<>.,\u2013\u2014-]{2,60}?)(?:\*\*|__)?:?"
                              r"(?:\*\*|__)?[ \t]*$")


def _groups_after_items(body: str) -> str:
    """A group's name on the line right after a list item ("- Tiredness" then "  Less common" over more items), which
    Markdown would join to the item as its lazy continuation: a heading of its own, line for line, so it opens its
    group."""
    if "\n" not in body:
        return body
    lines = body.split("\n")
    for k in range(1, len(lines)):
        m = _GROUP_NAME_LINE.match(lines[k])
        if m and _ITEM_LINE.match(lines[k - 1]) and is_group_label(m.group("g")):  # ("Serious (rare)" too)
            lines[k] = "#### " + lines[k].lstrip()
    return "\n".join(lines)


#: a task list's box after a list marker ("- [ ] Nausea", "* [x] Acne")
_TASK_BOX = re.compile(r"(?m)^([ \t]*[-*+][ \t]+)\[[ xX]\][ \t]+")
#: the signs a callout line opens with (Notion, chat answers)
_CALLOUTS = ("\U0001f4a1", "\u26a0", "\u2139", "\U0001f4cc", "\U0001f4dd", "\u2757", "\U0001f514")
#: a callout line indented under a list item: a quote at the margin instead, so it is a paragraph of its own
_CALLOUT_LINE = re.compile(r"(?m)^[ \t]+(?=(?:\U0001f4a1|\u26a0\ufe0f?|\u2139\ufe0f?|\U0001f4cc|\U0001f4dd|\u2757|"
                           r"\U0001f514)\s)")
#: an en-dash bullet at the margin, on a page whose other bullets are round ones
_DASH_SUB_BULLET = re.compile(r"(?m)^\u2013(?=[ \t])")


def _under_triangles(body: str) -> str:
    """"▶ **Kawasaki disease**" over "- Given to children ...", "▶ Common" over "- Headache": each dash line under a
    triangle line (blank lines between them aside) indented as its sub-bullet, line for line."""
    out, under = [], False
    for line in body.split("\n"):
        if line.startswith("\u25b6 "):
            under = True
        elif under and line.startswith("- "):
            line = "  " + line
        elif line.strip():
            under = False
        out.append(line)
    return "\n".join(out)
#: a slide's title line: "Slide 2: Usage", "Slide 3 - Side Effects"
_SLIDE_TITLE = re.compile(r"(?m)^[ \t]*slide[ \t]+\d{1,2}[ \t]*[:.\u2013\u2014-][ \t]*(?P<t>\S[^\n]{0,60})$", re.I)
#: a form's field: a name in square brackets opening a line, its value after it or on the lines below
_FORM_FIELD = re.compile(r"(?m)^\[(?P<t>[A-Z][A-Za-z /&'()-]{1,40})\](?:[ \t]*:)?(?:[ \t]+(?P<v>\S[^\n]*))?$")


def _form_field(m: re.Match[str]) -> str:
    """A form's field as the Markdown it means, line for line: a section's name alone its heading ("[Usage]"), any
    other field a bold label over or before its value ("[Brand Names] Auryxia", "[Common] a; b; c")."""
    name, value = m.group("t").strip(), m.group("v")
    if value is None and section_kind(name) in _SECTION_ROW_KINDS:
        return f"## {name}"
    return f"**{name}:** {value}" if value else f"**{name}:**"


#: a crib sheet's line: a list after middle dots ("Common · nausea · vomiting"), or a question and its answer after a
#: question mark and a dash ("? Max dose — roughly 3 mg/kg")
_DOT_LINE = re.compile(r"(?m)^[^\n]*\S \u00b7 \S[^\n]*$|^\?[ \t]+\S[^\n]*[ \t][\u2013\u2014][ \t]")
_DOT_KEY = re.compile(r"^(?P<k>[A-Z][\w ()'/-]{1,40}?)[ \t]+\u00b7[ \t]+(?P<v>\S.*)$")
_DASH_KEY = re.compile(r"^(?P<k>[A-Z][\w ()'/-]{1,40}?)[ \t]+[\u2013\u2014][ \t]+(?P<v>\S.*)$")
_DOT_QUESTION = re.compile(r"^\?[ \t]+(?P<q>\S.*?)[ \t]+[\u2013\u2014][ \t]+(?P<a>\S.*)$")


def _dot_line(line: str) -> str:
    """A crib sheet's line as the Markdown it means, line for line: "Common · a · b" a group label over its list
    ("**Common:** a; b"), "Usage — a · b" a labelled list ("**Usage:** a; b"), "? Max dose — about 3 mg/kg" a question
    item and its answer."""
    q = _DOT_QUESTION.match(line)
    if q:
        return f"- **{q.group('q').rstrip('?')}?** {q.group('a')}"
    m = _DOT_KEY.match(line) or _DASH_KEY.match(line)
    if m and " \u00b7 " in line:
        listed = m.group("v").replace(" \u00b7 ", "; ")
        return f"**{m.group('k')}:** {listed}"
    return line


#: a Pandoc table or figure caption with its label, on its own line ("Table: Side effects {#tbl-se}", ": Side effects
#: by frequency {#tbl-se}"): the table's title, no item of it (a definition's ":" line has no label)
_PANDOC_CAPTION = re.compile(r"(?m)^(?:Table)?:[ \t]+[^\n]*\{#(?:tbl|fig)-[\w-]+\}[ \t]*$")
#: a Quarto cross-reference ("listed in @tbl-se", "see @sec-usage"): the thing it points to, in words
_QUARTO_XREF = re.compile(r"(?<![\w@.])@(?P<k>tbl|fig|sec|eq|lst)-[\w-]*\w")
_XREF_WORDS = {"tbl": "the table", "fig": "the figure", "sec": "the section", "eq": "the equation",
               "lst": "the listing"}


def _quarto_xref(m: re.Match[str]) -> str:
    return _XREF_WORDS[m.group("k")]


#: a top-level key of an answer written as YAML with no fence ("generic_name: Hydrocortisone", "side_effects:")
_YAML_TOP = re.compile(r"(?m)^(?P<key>[a-z][a-z0-9]*(?:_[a-z0-9]+)*):(?:[ \t]+\S.*)?$")


def _yaml_outline(body: str) -> str:
    """An answer written as YAML with no fence, given to markdown-it as the Markdown it means, line for line (as
    :func:`_yaml_fences` does for a fenced one): from its first top-level key on, while its lines are keys, items,
    indented or blank. Three top-level keys at least that name sections ("usage", "side_effects", "how_it_works"),
    one of them in snake case; a page of lower-case labels with no underscore is left as it is."""
    lines = body.split("\n")
    tops = [k for k, line in enumerate(lines) if (m := _YAML_TOP.match(line))
            and section_kind(m.group("key").replace("_", " ")) in _SECTION_ROW_KINDS]
    if len(tops) < 3 or not any("_" in lines[k].split(":", 1)[0] for k in tops):
        return body
    for k in range(tops[0], len(lines)):
        line = lines[k]
        if line.strip() and line[:1] not in (" ", "\t", "-") and not _YAML_KEY.match(line):
            break
        lines[k] = formats.yaml_line(line)
    return "\n".join(lines)


#: an INI / TOML table's header ("[usage]", "[side_effects.common]")
_TOML_TABLE = re.compile(r"(?m)^\[(?P<name>[a-z][a-z0-9_]*(?:\.[a-z0-9_]+)?)\][ \t]*$")
_TOML_KEY = re.compile(r"^(?P<key>[A-Za-z][\w-]*)[ \t]*=[ \t]*(?P<value>.*?)[ \t]*$")
_TOML_STRING = re.compile(r'"((?:[^"\\]|\\.)*)"')
_TOML_QA = re.compile(r"^(?P<k>[qa])\d{0,2}$", re.I)
_TOML_PROSE = frozenset({"summary", "description", "text", "note", "notes", "overview", "details", "explanation"})


def _toml_outline(body: str) -> str:
    """An answer written as INI / TOML tables with no fence ("[generic_name]" over 'name = "X"', "[usage]" over
    'uses = [' and '  "Asthma",', "[side_effects.common]" over 'items = ["A", "B"]', 'q1 = "...?"'), read as the YAML
    outline it matches (:func:`kg.formats.yaml_line`), line for line: a table a heading (a dotted table's parent
    opened on the blank line before it), a key its field, an array of one line a comma list, an array's lines its
    items, "q1" / "a1" the FAQs' Q: / A: lines. Three tables at least, one of them naming a section."""
    lines = body.split("\n")
    tables = [k for k, line in enumerate(lines) if _TOML_TABLE.match(line)]
    if not any(section_kind(_TOML_TABLE.match(lines[k]).group("name").split(".")[0].replace("_", " "))  # type: ignore[union-attr]
               in _SECTION_ROW_KINDS for k in tables):
        return body
    out = lines[:tables[0]]
    opened: set[str] = set()
    depth = 0
    in_array = False
    for line in lines[tables[0]:]:
        table = _TOML_TABLE.match(line)
        key = _TOML_KEY.match(line) if not table else None
        if table:
            parent, _, child = table.group("name").partition(".")
            if child and parent not in opened and out and not out[-1].strip():
                out[-1] = formats.yaml_line(parent + ":")
            opened.add(parent)
            depth = 1 if child else 0
            out.append(formats.yaml_line("  " * depth + (child or parent) + ":"))
            in_array = False
        elif key and key.group("value") == "[":
            in_array = True
            name = key.group("key")
            out.append("" if name.casefold() in ("items", "list", "values")
                       else formats.yaml_line("  " * (depth + 1) + name + ":"))
        elif in_array:
            if line.strip() == "]":
                in_array = False
                out.append("")
            else:
                values = _TOML_STRING.findall(line)
                out.append("- " + values[0] if values else line.strip())
        elif key:
            name, value = key.group("key"), key.group("value")
            values = _TOML_STRING.findall(value)
            text = ", ".join(values) if value.startswith("[") else (values[0] if values else value)
            qa = _TOML_QA.match(name)
            if qa:
                out.append(f"{qa.group('k').upper()}: {text}")
            elif name.casefold() in ("items", "list", "values"):
                out.append(text)  # ('items = ["Tremor", "Nervousness"]' under its group's heading: the list)
            elif name.casefold() in _TOML_PROSE or text.endswith((".", "!")) and len(text.split()) > 8:
                out.append(text)  # ('summary = "Terbutaline relaxes ..."': the table's own sentences)
            else:
                label = name.replace("_", " ")
                out.append(f"**{label[:1].upper()}{label[1:]}:** {text}")  # ('drug_class = "..."': a field)
        else:
            out.append(line)
    return "\n".join(out)


def _json_outline(body: str) -> str:
    """An answer given as a JSON object with no fence, read line for line as a fenced one is (:func:`_json_line`):
    from a "{" alone at the margin to the "}" that closes it, when three keys at least are in between."""
    lines = body.split("\n")
    start = next((k for k, line in enumerate(lines) if line.strip() == "{" and not line[:1].isspace()), None)
    end = next((k for k in range(len(lines) - 1, start, -1) if lines[k].strip() in ("}", "},")), None) \
        if start is not None else None
    if start is None or end is None or sum(bool(_JSON_KEY.match(x)) for x in lines[start + 1:end]) < 3:
        return body
    lines[start:end + 1] = ["", *(_json_line(x) for x in lines[start + 1:end]), ""]
    return "\n".join(lines)


def _yaml_fences(body: str) -> str:
    lines = body.split("\n")
    opened: int | None = None
    for i, line in enumerate(lines):
        m = _FENCE.match(line)
        if not m:
            continue
        if opened is None:
            opened = i if m.group("info").casefold() in ("yaml", "yml", "json", "") else None
            continue
        block = lines[opened + 1:i]
        if m.group("info") == "" and sum(bool(_JSON_KEY.match(x)) for x in block) >= 3:
            lines[opened:i + 1] = ["", *(_json_line(x) for x in block), ""]
        elif m.group("info") == "" and not any(_NESTED_KEY.match(x) for x in block) \
                and sum(section_kind(x) in _SECTION_ROW_KINDS
                        for x in block if 0 < len(x.strip()) <= 40) >= 2:
            lines[opened] = lines[i] = ""  # the whole answer in a fence of plain text ("USAGE:" over its lines, no
            # nested key as YAML has): its lines are the page's, not code
        elif m.group("info") == "" and sum(bool(_YAML_KEY.match(x)) for x in block) >= 3:
            lines[opened:i + 1] = ["", *(formats.yaml_line(x) for x in block), ""]
        opened = None
    return "\n".join(lines)


#: a JSON member on its line (``"side_effects": {``, ``"generic_name": "X",``) and a string in an array
_JSON_KEY = re.compile(r'^(?P<indent>\s*)"(?P<key>[A-Za-z_][\w ]{0,40})"\s*:\s*(?P<value>.*?)\s*,?\s*$')
_JSON_STRING = re.compile(r'^\s*(?P<value>"(?:[^"\\]|\\.)*")\s*,?\s*$')


def _json_string(value: str) -> str:
    """A JSON value as the words of one line (an escaped line end in a string is a space: the line stays one)."""
    try:
        out = json.loads(value)
    except ValueError:
        return value.strip('"')
    if isinstance(out, list):
        return ", ".join(str(x) for x in out if x is not None).replace("\n", " ").strip()
    return "" if out is None else str(out).replace("\n", " ").strip()


def _json_line(line: str) -> str:
    """One line of an answer given as a JSON object, as the YAML reader gives it (a key as a heading that
    may carry its value, a string in an array as an item, "question"/"answer" as Q:/A: lines, a sentence
    under a nested key as its paragraph, braces and brackets blank)."""
    key = _JSON_KEY.match(line)
    if key:
        value = key.group("value")
        value = "" if value in ("{", "[", "{}", "[]") else _json_string(value)
        name = key.group("key").replace("_", " ").strip()
        if name.casefold() in ("q", "question", "a", "answer"):
            return f"{name[0].upper()}: {value}"
        depth = max(len(key.group("indent")) // 2 - 1, 0)
        if value and depth and (value.endswith((".", "!")) or len(value.split()) > 8):
            return value  # ("summary": "It is an antifungal used to ..."): the key's sentence itself
        name = name[:1].upper() + name[1:]
        if value and depth:  # ("common": ["Headache", "Nausea"]): a group label and its items on one line
            return f"**{name}:** {value}"
        heading = "#" * (2 + min(depth, 2)) + " " + name
        return f"{heading}: {value}" if value else heading
    item = _JSON_STRING.match(line)
    if item:
        return "- " + _json_string(item.group("value"))
    pair = _json_object(line)  # '{"q": "How long do I take it?", "a": "Usually 3 days."},': a question and its answer
    if pair is not None:
        return f"- **{pair[0]}** {pair[1]}"
    return ""


def _json_object(line: str) -> tuple[str, str] | None:
    """A question and its answer given as a JSON object on one line ('{"q": "...?", "a": "..."}'), or None."""
    text = line.strip().rstrip(",")
    if not (text.startswith("{") and text.endswith("}")):
        return None
    try:
        obj = json.loads(text)
    except ValueError:
        return None
    keys = {str(k).casefold(): v for k, v in obj.items()} if isinstance(obj, dict) else {}
    q, a = keys.get("q", keys.get("question")), keys.get("a", keys.get("answer"))
    return (str(q), str(a)) if isinstance(q, str) and isinstance(a, str) and q.rstrip().endswith("?") else None


#: the first header of a table of fields and values
_FIELD_HEADERS = frozenset({"field", "fields", "item", "property", "attribute", "key", "feature", "aspect", "detail",
                            "category", "topic", ""})


#: a group's name opening a piece of a paragraph ("serious – ...", "Common: ...")
_GROUP_HEAD = re.compile(r"^([A-Za-z][A-Za-z ]{2,30}?)\s*(?:[:\u2013\u2014]|\s-)\s*")
#: a piece that is a sentence of its own, not more of a list ("get medical help right away for ...")
_OWN_SENTENCE = re.compile(r"^(?:get|call|seek|stop|contact|tell|see|go|if|when)\b", re.I)
#: items lettered or numbered in Roman figures ("a) Anxiety", "b. Itching", "(i) Is it addictive?",
#: "(iv) ..."), which Markdown does not read as a list: given to markdown-it as "1)" / "1.", padded
#: with spaces before to the same length, so lines and columns stay
_LETTER_ITEM = re.compile(rf"(?m)^([ \t]*)({ITEM_LETTER})(?=[ \t])")


#: a MediaWiki heading ("== Usage ==", "=== Less common ==="): given to markdown-it as "## Usage", "### Less
#: common" (the level is the number of "=" signs); a setext underline ("===") has no text and is left alone
_WIKI_HEADING = re.compile(r"(?m)^[ \t]{0,3}(={2,6})[ \t]*([^=\s][^\n]*?)[ \t]*\1[ \t]*$")


def _wiki_heading(m: re.Match[str]) -> str:
    return "#" * len(m.group(1)) + " " + m.group(2)


#: a numbered line ("7) Hallucinations", "12. Confusion"), its number not 1
_NUMBERED_LINE = re.compile(r"^([ \t]{0,3})(\d{1,3})([.)])(?=[ \t]+\S)")


def _run_on_numbers(body: str) -> str:
    """Numbered lines right under a line that leads them in ("Common (1-10%):") or under another numbered line,
    numbered on from an earlier list ("7) ...", "8) ..."): Markdown lets only a list that starts at 1 break into a
    paragraph, so these would run on as its text; each is given to markdown-it as "1)" (padded to the same length:
    lines and columns stay), the page's numbering being no part of what it says."""
    lines = body.split("\n")
    for k in range(1, len(lines)):
        m = _NUMBERED_LINE.match(lines[k])
        if m is None or m.group(2) == "1":
            continue
        prev = lines[k - 1].rstrip()
        if prev.endswith(":") or _NUMBERED_LINE.match(prev):
            marker = "1" + m.group(3)
            pad = len(m.group(1)) + len(m.group(2)) + 1 - len(marker)
            if pad <= 3:
                lines[k] = " " * pad + marker + lines[k][m.end():]
    return "\n".join(lines)


def _letter_items(body: str) -> str:
    """Lettered items (and Roman-numbered ones, "i." / "ii.", when a line opens with "ii.") given to markdown-it as
    numbered ones; one indented under a list item ("1. **Usage**" over "    a. **Prevention ...:**") is that item's
    sub-list, as Markdown reads a nested list, not code."""
    roman = bool(_ROMAN_TWO.search(body))
    out: list[str] = []
    content = -1  # the content column of the list item the lines are in, -1 outside a list
    marked = False  # that item is a Markdown item ("1. Approved uses"), not a bracketed number of this list's own
    for line in body.split("\n"):
        item = _LIST_ITEM_START.match(line)
        indent = len(line) - len(line.lstrip(" \t"))
        m = _LETTER_ITEM.match(line) or (_ROMAN_ITEM.match(line) if roman else None)
        if item and indent <= 3:
            content, marked = item.end(), True
        elif line.strip() and indent == 0 and not (m and content > 0 and m.group(2)[1:2].isdigit()):
            content = -1  # a paragraph at the margin ends the list
        if m and marked and content > len(m.group(1)) and m.group(2)[1:2].isdigit():
            # "1. Approved uses" over "(1) Endometriosis pain: ...": a bracketed number under a numbered item at the
            # margin is its sub-item, whatever its indentation (the words keep their line)
            out.append(" " * content + "1) " + line[m.end():].lstrip(" \t"))
            continue
        if m:
            numbered = _as_numbered(m, 3 if content < 0 else content + 3)
            if numbered != m.group(0):  # (its own items may sit under it: "c. **Serious:**" over "i. ...")
                content = max(content, m.end() + len(line[m.end():]) - len(line[m.end():].lstrip(" \t")))
                marked = False  # ("(1) X" over "(2) Y": items of one list)
            line = numbered + line[m.end():]
        out.append(line)
    return "\n".join(out)


def _as_numbered(m: re.Match[str], deepest: int = 3) -> str:
    marker = m.group(2)
    delim = "." if marker.endswith(".") else ")"
    number = "1" if len(marker) <= 5 else "10"
    pad = len(marker) - len(number) - 1
    return m.group(1) + " " * pad + number + delim if len(m.group(1)) + pad <= deepest else m.group(0)


#: Roman-numbered items ("i.", "ii.", "iv."): read as such only on a page with an "ii." line (an "i." alone may be a
#: letter)
_ROMAN_ITEM = re.compile(r"^([ \t]*)((?:i{1,3}|iv|vi{0,3}|ix|x)\.)(?=[ \t])")
_ROMAN_TWO = re.compile(r"(?m)^[ \t]*ii\.[ \t]")
#: a numbered or bulleted list item's marker at the margin, with the spaces after it
_LIST_ITEM_START = re.compile(r"^[ \t]{0,3}(?:\d{1,3}[.)]|[-*+])[ \t]+(?=\S)")


#: a numeric citation marker or a footnote reference glued to a word, a bold label or a sentence's
#: end ("Diarrhea[1]", "**Serious**[1][2]:", "Osteonecrosis of the jaw[^2]"): markup of an answer
#: engine or of Markdown's footnotes, not part of the label or item. Dropped from the text given to
#: markdown-it (lines stay; a quote is found in the source as the words are); a link ("[1](url)")
#: and a reference or footnote definition at a line's start are left alone
_CITATION = re.compile(r"(?:(?<=[^\s\[\]])|(?<=[^\s\[\]])[ \t])(?:\[(?:\d{1,3}(?:\s*[,\u2013-]\s*\d{1,3})*|"
                       r"\^[\w-]{1,20}\^?)\])+(?![(\[])")  # (Copilot's "[^1^]"; a document assistant's "... [4]:")
#: a source's name in brackets after a sentence's end, as an answer engine cites it ("... stomach cramps. [NHS]",
#: "[Mayo Clinic]"); not a link ("[NHS](https://...)")
_SOURCE_NAME = re.compile(r"(?<=[.!?])[ \t]+\[(?:[A-Z][\w.&'-]*)(?:[ \t]+[\w.&'-]+){0,4}\](?![(\[])")
#: a citation as superscript digits after a word or a closing bracket ("Nausea²", "hydrochloride)¹", "up¹."), as
#: an answer engine writes them: dropped as the bracketed ones are; not a unit's power ("m²", "cells/mm³") nor a
#: charge ("Fe³⁺")
_SUPERSCRIPTS = frozenset("\u2070\u00b9\u00b2\u00b3\u2074\u2075\u2076\u2077\u2078\u2079")
_SUPER_CITATION = re.compile("(?:(?<=[a-z]{2})(?<![^a-z]mm)(?<![^a-z]cm)|(?<=[)\\]]))"
                             "[\u2070\u00b9\u00b2\u00b3\u2074-\u2079]+(?![\u207a\u207b\u2070\u00b9\u00b2\u00b3\u2074-\u2079])")
#: a footnote's definition ("[^2]: The risk is higher after tooth extractions.")
_FOOTNOTE = re.compile(r"^\[\^[\w-]{1,20}\]:[ \t]+(?=\S)")


def _footnotes(body: str) -> str:
    """Footnote definitions after a page's last heading, after a blank line: a section of their
    own ("Footnotes", which the extractor names as a section it does not read), one item a note,
    instead of text run into the section above. Same lines: the blank line becomes the heading."""
    lines = body.split("\n")
    first = next((i for i, line in enumerate(lines) if _FOOTNOTE.match(line)), None)
    if first is None or first == 0 or lines[first - 1].strip() \
            or any(line.lstrip().startswith("#") for line in lines[first:]):
        return body
    lines[first - 1] = "## Footnotes"
    lines[first:] = [_FOOTNOTE.sub("- ", line) for line in lines[first:]]
    return "\n".join(lines)


#: a line opened by a decimal outline number ("2.1.1 Hyperthyroidism ...", "4.3 It does not ..."),
#: which Markdown does not read as a list marker: given to markdown-it as "1." padded with spaces
#: before to the same length (as a lettered item is), so each such line is one item
_DECIMAL_ITEM = re.compile(r"(?m)^([ \t]{0,3})(\d{1,2}(?:\.\d{1,2}){1,3}\.?)(?=[ \t]+[A-Z\u00c0-\u024f])")


def _as_outline_item(m: re.Match[str]) -> str:
    indent, marker = m.group(1), m.group(2)
    for number in ("1.", "10."):
        pad = len(marker) - len(number)
        if pad >= 0 and len(indent) + pad <= 3:
            return indent + " " * pad + number
    return m.group(0)


#: a bullet typed as a glyph (kg.sections.BULLET_GLYPHS): given to markdown-it as "-", one
#: character for one, so every line and column stays where it is in the source
_GLYPHS = frozenset(BULLET_GLYPHS)
_LETTERS = frozenset("abcdefgh")
_GLYPH_BULLET = re.compile(f"(?m)^([ \t]*)[{BULLET_GLYPHS}](?=[ \t])")
#: a line opened by a katakana middle dot, the list mark of Japanese answers, with or without a space after it
_NAKAGURO_LINE = re.compile(r"(?m)^([ \t]*)[\u30fb\uff65][ \t]?(?=\S)")
#: A line opening with a bullet glyph (read as "-" already), not an emoji.
_GLYPH_LINE = re.compile(f"^[{BULLET_GLYPHS}]")


def _emoji_runs(body: str) -> str:
    """Lines at the margin that each open with an emoji, two or more in a row ("✅ Hay fever", "😴 Drowsiness",
    "📞 you have ..."), are the bullets of a list, although Markdown joins them into one paragraph: each becomes
    a list item, its emoji kept (a cross mark still negates it). A run holding a question ("❓ **Can I ...?**"
    then "💬 Yes ...") is a question and its answer, not a list."""
    lines = body.split("\n")
    k = 0
    while k < len(lines):
        end = k
        while end < len(lines) and _LEAD_SYMBOLS.match(lines[end]) and not _GLYPH_LINE.match(lines[end]):
            end += 1
        if end - k >= 2 and not any(_plain(line).rstrip().endswith("?") for line in lines[k:end]):
            lines[k:end] = ["- " + line for line in lines[k:end]]
        k = max(end, k + 1)
    return "\n".join(lines)


#: a line that opens on a bold term, then a dash and what it is ("**Diarrhea** — the most frequent side effect")
_BOLD_DASH_LINE = re.compile(r"^\*\*(?P<t>[^*\n]{2,80})\*\*\s+[\u2013\u2014]\s+\S")


def _bold_dash_runs(body: str) -> str:
    """Lines at the margin that each open on a bold term, a dash and its description, two or more in a row (blank
    lines between them or not): the items of a list, as Llama-style answers write uses and side effects, though
    Markdown reads them as paragraphs (or joins them into one); each becomes a list item. A bold term that names a
    section ("**Usage** — ...") is a section's label, and breaks the run."""
    lines = body.split("\n")
    marks = [bool(m) and section_kind(m.group("t").strip(" :")) is None
             for m in (_BOLD_DASH_LINE.match(line) for line in lines)]
    k = 0
    while k < len(lines):
        if not marks[k]:
            k += 1
            continue
        run, j = [k], k + 1
        while j < len(lines) and (marks[j] or not lines[j].strip() and j + 1 < len(lines) and marks[j + 1]):
            if marks[j]:
                run.append(j)
            j += 1
        if len(run) >= 2:
            for i in run:
                lines[i] = "- " + lines[i]
        k = j
    return "\n".join(lines)


def _line_offsets(source: str, n: int) -> list[int]:
    """The offset in ``source`` (BOM and CRs kept) where each of its ``n`` lines starts."""
    first = 1 if source.startswith("\ufeff") else 0
    if "\r" not in source:  # LF only: each line starts one past the end of the previous one
        return list(accumulate((len(line) + 1 for line in source[first:].split("\n", max(n - 1, 0))[:max(n, 1) - 1]),
                               initial=first))
    out = [first]
    out.extend(m.end() for m in _NEWLINE.finditer(source))
    return out[:max(n, 1)]


# ---------------------------------------------------------------------------
# Token stream -> sections and blocks
# ---------------------------------------------------------------------------


@dataclass
class _Inline:
    """Plain text of an inline token, with a leading bold label split off."""

    text: str
    label: str | None
    span: Span
    strong: list[str] = field(default_factory=list)  # bold phrases after the label


@dataclass
class _Lines:
    """Part of a paragraph token's source read as a paragraph of its own (see ``_Builder._lazy_line``)."""

    content: str
    map: tuple[int, int]


@dataclass
class _Builder:
    lines: list[str]
    title: str = ""
    title_span: Span | None = None
    sections: list[Section] = field(default_factory=list)
    outline: bool = False  # the answer is one bulleted outline (see _bullet_outline)
    line_lists: bool = True  # lines of a paragraph may be a list written without bullets (see _entry_lines)
    _stack: list[Block] = field(default_factory=list)      # open list items, innermost last
    _ordered: list[bool] = field(default_factory=list)      # open lists: numbered?
    _pending: list[Block | None] = field(default_factory=list)  # item awaiting its first paragraph
    _section_items: int = 0  # open list items that are section labels ("2. Usage")

    def feed(self, tokens: list[Token]) -> None:
        i, n = 0, len(tokens)
        while i < n:
            tok = tokens[i]
            t = tok.type
            if t == "heading_open":
                self._heading(tok, tokens[i + 1])
                i += 3
                continue
            if t == "table_open":
                i = self._table(tokens, i)
                continue
            if t in ("bullet_list_open", "ordered_list_open"):
                self._ordered.append(t == "ordered_list_open")
            elif t in ("bullet_list_close", "ordered_list_close"):
                self._ordered.pop()
            elif t == "list_item_open":
                self._pending.append(None)
            elif t == "list_item_close":
                done = self._pending.pop()
                if done is _SECTION_ITEM:
                    self._section_items -= 1
                if done is not None and self._stack and self._stack[-1] is done:
                    self._stack.pop()
            elif t == "inline" and tokens[i - 1].type == "paragraph_open":
                self._paragraph(tok)
            i += 1

    # -- headings and paragraphs ------------------------------------------------------------

    def _heading(self, open_tok: Token, inline: Token) -> None:
        info = _inline(inline)
        text = _join(info)
        level = int(open_tok.tag[1:])
        if level == 1 and not self.title:
            self.title, self.title_span = text, info.span
            return
        title = clean_label(text)
        kind = section_kind(title)
        rest = ""
        ll = split_label(text) if ":" in text else None  # "## Generic Name: Zedamab", "## Usage: It is used ..."
        if ll is not None and ll.rest:
            named = clean_label(ll.label)
            named_kind = section_kind(named)
            if named_kind is not None:
                title, rest, kind = named, ll.rest, named_kind
            elif self.title and named.casefold() == clean_label(self.title).casefold() \
                    and section_kind(ll.rest) is not None and len(ll.rest.split()) <= 5:
                # "## Zoravir: Side Effects": the drug's name, then the section's
                title, kind = clean_label(ll.rest), section_kind(ll.rest)
        what = _WHAT_IS.match(title) if kind is None and self.title else None
        if what and what.group(1).casefold() == clean_label(self.title).casefold():
            kind = "identity"  # "## What is fluoxetine?": a page of questions, its Generic Name section
        if self._is_sub(kind, title, level, "heading"):
            self._add(Block(kind="paragraph", text=rest, span=info.span, label=title))
            return
        inline = _plain(rest) if kind in ("identity", "brands") else ""
        self.sections.append(Section(title=title, span=info.span, kind=kind or "unknown", level=level,
                                     inline=inline))
        if rest and not inline and (rest.rstrip().endswith((".", "!")) or len(rest.split()) > 8):
            # a sentence, not a subtitle ("What to Watch For")
            self._add(Block(kind="paragraph", text=_plain(rest), span=info.span))
        elif rest and not inline and kind is not None:
            # "## Drug class: carbonic anhydrase inhibitor": a known field's short value, its content
            self.sections[-1].inline = _plain(rest)
            self._add(Block(kind="paragraph", text=_plain(rest), span=info.span))

    def _bare_label(self, line: str) -> tuple[Any, ...] | None:
        """A section name alone on its line, with no colon ("Part 2 – Usage", "Side Effects")."""
        text = line.strip()
        if not text or len(text) > 60 or text[-1] in ".,;?!" or text[0].islower() and not _PROMPT_SECTION.match(text):
            return None  # (a lower-case line is a section only as one of the prompt's names: "usage", "side effects")
        title = clean_label(text)
        kind = section_kind(title)
        if kind is None and is_group_label(title) and self.sections and self.sections[-1].kind != "preamble":
            return ("sub", None, LabelLine(title, "", "plain", len(line)))  # "A. Common" over its list
        if kind is None or kind == "note" or len(title.split()) > 5 or self._is_sub(kind, title, None, "plain"):
            return None
        return ("section", kind, LabelLine(text, "", "plain", len(line)))

    def _is_sub(self, kind: str | None, title: str, level: int | None, markup: str) -> bool:
        """Whether a label inside the current section is a sub-heading of it, not a new section.

        Known kinds open sections, except a question inside FAQs, a label of the current
        section's own kind ("Serious side effects" inside Side Effects) and a plain ``Note:`` line.
        An unknown label is a sub-heading of a section, unless it is a heading at the level of the
        section's own heading (or higher), or nothing is open yet but the preamble.
        """
        cur = self.sections[-1] if self.sections else None
        if cur is None or cur.kind == "preamble":
            return False
        if cur.kind == "faqs" and title.rstrip("\"\u201d").endswith("?"):  # (a question in quotation marks too)
            return True
        if kind == "other" and level is None and cur.kind in ("uses", "identity", "mechanism") \
                and _ASIDE_OF_SECTION.search(title):
            return True  # "**Key points about its use:**", "**Forms available:**" inside Usage: its own sub-heading
        if kind == "other" and cur.kind == "side_effects" and _FORMS_GROUP.match(title) \
                and (level is None or cur.level is not None and level > cur.level):  # (or "#### Inhaled Form
            # (Cayston)" under "## Side Effects")
            return True  # "**Oral forms (Parkinson's doses):**" over the effects of those forms: a group of them
        if kind == "other" and cur.kind == "mechanism" and level is not None and cur.level is not None \
                and level > cur.level:
            return True  # "## 4. How it Works" over "### 4.1 Class III action (potassium channels)": its own part
        if kind is not None:
            return kind == cur.kind or (kind == "note" and markup == "plain")
        if level is None:
            return True
        if cur.level is None:
            return level > 2  # "## Fun Facts" after "**Usage:**" opens a section; "### Common" does not
        return level > cur.level

    def _table(self, tokens: list[Token], i: int) -> int:
        """A Markdown table: each body row is an item whose text is its first cell, with all its
        cells and the header kept (a side-effect table's frequency and seriousness columns).

        A leading column of row numbers ("# | Question | Answer", "Step | What happens") is not
        the row's text: it is dropped. A table whose rows are the page's sections ("| **Usage** |
        It is used for:<br>• ... |") opens a section per row, its cell read as that section's lines
        (see :meth:`_section_row`)."""
        header: list[str] = []
        rows: list[tuple[list[str], Span]] = []
        row: list[str] = []
        row_span: Span | None = None
        in_head = False
        while i < len(tokens) and tokens[i].type != "table_close":
            tok = tokens[i]
            if tok.type == "thead_open":
                in_head = True
            elif tok.type == "thead_close":
                in_head = False
            elif tok.type == "tr_open":
                row, start = [], (tok.map or (0, 1))[0]
                row_span = Span(start + 1, start + 1)
            elif tok.type == "inline":
                row.append(tok.content)
            elif tok.type == "tr_close":
                if in_head:
                    header = [_plain(c) for c in row]
                elif row and row_span is not None and any(row):
                    rows.append((row, row_span))
            i += 1
        if rows and all(len(r) > 1 and _ROW_NUMBER.match(_plain(r[0])) for r, _ in rows):
            rows = [(r[1:], span) for r, span in rows]
            header = header[1:]
        kinds = [section_kind(_plain(r[0])) for r, _ in rows]
        led = [_LED_CELL.match(r[0]) for r, _ in rows]  # "| **Used for:** Athlete's foot; jock itch | What it means |"
        if sum(m is not None and section_kind(_plain(m.group("l"))) in _SECTION_ROW_KINDS for m in led) >= 2:
            rows = [([m.group("l"), m.group("v") if section_kind(_plain(m.group("l"))) == "identity"
                      else f"**{m.group('l')}:** {m.group('v')}", *r[1:]] if m else r, span)
                    for (r, span), m in zip(rows, led)]
            kinds = [section_kind(_plain(r[0])) for r, _ in rows]  # (the field's name opens the row, its value, a
            # run-in line under the same name, and the other cells its section's lines)
        opened = len(self.sections)
        if sum(k in _SECTION_ROW_KINDS for k in kinds) >= 2:
            for (r, span), kind in zip(rows, kinds):
                self._section_row(r, span, kind)
        elif self._key_value(header, rows):
            for r, span in rows:  # "| Brand names | Spiriva |": read as the line "**Brand names:** Spiriva"
                cells = [_plain(c) for c in r]
                self._lines(SimpleNamespace(content=f"**{cells[0].rstrip(':')}:** {cells[1]}",
                                            map=(span.start - 1, span.start)))
        else:
            for r, span in rows:
                for cells in _br_rows(r):
                    self._add(Block(kind="item", text=cells[0], span=span, cells=cells, header=list(header), depth=0))
        for sec in self.sections[opened:]:
            sec.row = True  # (a section the page heads itself comes first: see Document.first_of)
        return i + 1

    def _key_value(self, header: list[str], rows: list[tuple[list[str], Span]]) -> bool:
        """A two-column table of fields and their values ("| Field | Details |", or any two-column
        table in the Generic Name section): each row reads as a labelled line."""
        if not rows or any(len(r) != 2 for r, _ in rows):
            return False
        if not (header and header[0].casefold() in _FIELD_HEADERS
                or self.sections and self.sections[-1].kind == "identity"):
            return False
        return all(0 < len(_plain(r[0]).split()) <= 4 and not _plain(r[0]).rstrip().endswith((".", "?"))
                   for r, _ in rows)

    def _section_row(self, row: list[str], span: Span, kind: str | None) -> None:
        """One row of a table whose rows are sections: its first cell the label, the rest its
        text, each ``<br>``-separated piece read as a line (a bullet, a ``**Common:**`` label, prose)."""
        title = clean_label(_plain(row[0]))
        pieces = [p.strip() for p in _BR.split(" <br> ".join(row[1:])) if p.strip()]
        if kind is not None and not self._is_sub(kind, title, None, "bold"):
            inline = _plain(pieces[0]) if pieces and kind in ("identity", "brands") else ""
            self.sections.append(Section(title=title, span=span, kind=kind, inline=inline))
            if inline:
                pieces = pieces[1:]
        elif pieces and title:  # (an empty first cell continues the section above: its cell is read as is)
            pieces[0] = f"**{title}:** {pieces[0]}"
        for piece in pieces:
            bullet = _CELL_BULLET.match(piece)
            if bullet:
                info = _inline_src(piece[bullet.end():], span)
                self._add(Block(kind="item", text=info.text if info.label is not None else _join(info), span=span,
                                label=_clean_label(info.label) if info.label is not None else None,
                                strong=info.strong))
                continue
            self._emit(span.start - 1, [(0, piece)], None)  # a line of the cell: prose, or "**Common:** ..."

    def _paragraph(self, tok: Token) -> None:
        """A paragraph, cut at every line that opens with a label (``Usage:``, ``Common: ...``,
        ``**Serious:** ...``, ``Q: ...``): a label may open a section, which decides the next
        line's role, so lines are read in order."""
        if self._pending and self._pending[-1] is not _SECTION_ITEM:  # inside a list item
            if self._pending[-1] is None and self._opens_section_item(tok):
                return
            lazy = self._lazy_line(tok)
            if lazy:  # "- Headache" then "Common (up to 1 in 10 people):" at the margin: a new paragraph
                start = tok.map[0]
                content = tok.content.split("\n")
                self._item_paragraph(_inline_src("\n".join(content[:lazy]), Span(start + 1, start + lazy)))
                self._lines(_Lines("\n".join(content[lazy:]), (start + lazy, tok.map[1])))
                return
            self._item_paragraph(_inline(tok))
            return
        self._lines(tok)

    def _lazy_line(self, tok: Token) -> int:
        """The first line of a bullet's paragraph that Markdown joins to it only as a lazy continuation:
        written at the margin and opening with a capital or a bold run, as a model writes a new label
        line or sentence after a list with no blank line between. In a numbered list only a sentence
        after a line that ended one goes ("3. Serious: a, b." then "Steroids may help."): a numbered
        question's answer at the margin is its own. 0 when there is none."""
        if "\n" not in tok.content or tok.map is None or not self._ordered:
            return 0
        numbered = self._ordered[-1]
        first = self.lines[tok.map[0]] if tok.map[0] < len(self.lines) else ""
        margin = len(first) - len(first.lstrip())  # the bullet's own (a page indented whole: its margin)
        for k in range(1, tok.map[1] - tok.map[0]):
            raw = self.lines[tok.map[0] + k] if tok.map[0] + k < len(self.lines) else ""
            line = raw.lstrip()
            if len(raw) - len(line) > margin:
                continue  # indented under the bullet: its own text
            line = line[1:].lstrip() if line.startswith(": ") else line  # (a definition list's line: its marker)
            if numbered:  # a numbered item's answer at the margin is its own ("1. How is it taken?" over "With food."):
                before = self.lines[tok.map[0] + k - 1].rstrip()  # only a sentence after one that ended goes on
                if before.endswith(".") and line[:1].isupper() and len(line.split()) >= 3:  # at the margin as prose
                    return k
                continue
            if line[:1].isupper() or line.startswith(("**", "__")) and line[2:3].strip():
                return k
        return 0

    def _opens_section_item(self, tok: Token) -> bool:
        """``2. Usage`` / ``1. Generic Name: X`` written as a numbered list (or ``- **Usage:**`` in a page
        written as one bulleted outline): a top-level item whose first line is a section label opens that
        section; the item's text is the section's."""
        if len(self._ordered) - self._section_items != 1 or not (self._ordered[-1] or self.outline):
            return False
        role = self._line_role(tok.content.split("\n", 1)[0])
        if role is None or role[0] != "section" or role[1] == "unknown":
            return False
        if role[1] in ("precautions", "dosage", "other") and self.sections and self.sections[-1].kind == "uses" \
                and _BOLD_DASH.match(tok.content):
            return False  # "2. **Termination of pregnancy between 13 and 20 weeks** – to start ..." in Usage's list: a
            # use described, not a precautions section its word "pregnancy" would open
        if role[1] == "side_effects" and self.sections and self.sections[-1].kind == "uses" \
                and _BOLD_DASH.match(tok.content) \
                and not re.search(r"side[\s-]*effects?|adverse|unwanted", role[2].label, re.I):
            return False  # "2. **Severe early toxicity from fluorouracil** – for people who ..." in Usage's list: a use
            # described (a poisoning), not a side-effects section its word "toxicity" would open
        self._pending[-1] = _SECTION_ITEM
        self._section_items += 1
        self._lines(tok)
        return True

    def _lines(self, tok: Token) -> None:
        start = (tok.map or (0, 1))[0]
        if "\n:" in tok.content and self._definitions(tok.content.split("\n"), start):
            return
        buf: list[tuple[int, str]] = []  # (0-based line, its text): "<br>" puts two pieces on one line
        role = None
        held: Section | None = None  # a section whose label line left a bracket open: its text goes on
        for k, line in _br_lines(tok.content):
            if held is not None:  # "Brand names: A (US), B (Europe, UK," over "Australia and elsewhere)": one value
                held.inline = f"{held.inline} {_plain(line)}"
                held.span = Span(held.span.start, start + k + 1)
                held = held if held.inline.count("(") > held.inline.count(")") else None
                continue
            new = self._line_role(line)
            if new is None and buf and role is not None and line[:1].isupper() and len(buf) == 1 \
                    and len(line.split()) >= 3 and role[2].rest.strip() \
                    and (role[0] == "bold"
                         or role[0] == "sub" and buf[0][1].rstrip().endswith(".") and ":" not in line[:40]):
                # (or a plain label's one-line value, ended: "Class: cytoprotective agent." then "Used to prevent X.")
                # "**Common:** a, b" then "Serious side effects are rare ..." on the next line: a new paragraph,
                # not more of the group's list
                self._emit(start, buf, role)
                buf, role = [(k, line)], None
                continue
            if new is None:
                buf.append((k, line))
                continue
            self._emit(start, buf, role)
            if new[0] == "section":
                ll = new[2]
                sec = Section(title=clean_label(ll.label), span=Span(start + k + 1, start + k + 1), kind=new[1],
                              inline=_plain(ll.rest))
                self.sections.append(sec)
                keep = ll.rest and sec.kind not in ("identity", "brands")
                buf, role = ([(k, line)] if keep else []), (new if keep else None)
                held = sec if not keep and sec.inline.count("(") > sec.inline.count(")") else None
            else:
                buf, role = [(k, line)], new
        self._emit(start, buf, role)

    def _definitions(self, lines: list[str], start: int) -> bool:
        """A definition list ("Scabies" on one line, ": The cream is applied ..." on the next):
        each term becomes an item labelled with the term, its definitions the item's text."""
        if not _DEFINITION.match(lines[1] if len(lines) > 1 else "") or _DEFINITION.match(lines[0]) \
                or len(lines[0]) > 90:
            return False
        term: tuple[str, int] | None = None
        for k, line in enumerate(lines):
            d = _DEFINITION.match(line)
            if d and term is not None:  # (a MediaWiki term opens with "; ")
                self._add(Block(kind="item", text=_plain(line[d.end():]), span=Span(term[1] + 1, start + k + 1),
                                label=_clean_label(_plain(term[0][2:] if term[0].startswith("; ") else term[0]))))
            elif not d and len(line) <= 90:
                term = (line, start + k)
            else:
                return True  # the rest is not a definition list: already-added items stand
        return True

    def _emit(self, start: int, pieces: list[tuple[int, str]], role: tuple[Any, ...] | None) -> None:
        """Add one piece of a paragraph (0-based first line of the paragraph, its source lines as
        (offset, text) pairs, its label role)."""
        if not pieces:
            return
        span = Span(start + pieces[0][0] + 1, start + pieces[-1][0] + 1)
        src = "\n".join(line for _k, line in pieces)
        if role is None and self.line_lists and _entry_lines([line for _k, line in pieces]):
            for k, line in pieces:  # "Diarrhea" / "Constipation" / "Headache" on lines of their own, no bullet: a
                self._add(Block(kind="item", text=_plain(line.strip()), span=Span(start + k + 1, start + k + 1)))
            return  # list spoken line by line (a voice answer's), each line an item
        if role is not None and (role[0] in ("sub", "section") or role[0] == "bold" and _ITALIC_LEAD.match(src)):
            # a plain or italic label ("*Common:* a, b"), or a section's own text
            ll = role[2]
            label = None if role[0] == "section" else _clean_label(ll.label)
            text = _plain(src[ll.rest_col:])
            group = _BOLD_GROUP_LEAD.match(src[ll.rest_col:]) if role[0] == "section" else None
            if group and is_group_label(_clean_label(_plain(group.group(1)))):  # "**Side Effects:** **Common:** a; b":
                label, text = _clean_label(_plain(group.group(1))), _plain(src[ll.rest_col + group.end():])  # the
                # section, then its first group on the same line
            if ";" in text and (label is None or is_group_label(label)) \
                    and self._inline_groups(text if label is None else f"{label}: {text}", span):
                return
            rest = src[ll.rest_col:]
            strong = [_plain(m.group(2)) for m in _STRONG.finditer(rest)] if "**" in rest or "__" in rest else []
            self._add(Block(kind="paragraph", text=text, span=span, label=label, strong=strong))
            return
        info = _inline_src(src, span)
        if info.label is not None and info.text[:1].islower() and not info.label.rstrip().endswith(":"):
            # "**Get medical help right away** if you have ...": the bold words open a sentence, no label
            info = _Inline(text=_join(info), label=None, span=span, strong=[info.label] + info.strong)
        if info.label is not None and info.text in ("", ":"):  # a bold sub-heading ("**Common side effects:**",
            # or "**Common side effects**:" with its colon outside the bold)
            self._add(Block(kind="paragraph", text="", span=span, label=_clean_label(info.label)))
        else:
            self._add(Block(kind="paragraph", text=_join(info) if info.label is None else info.text, span=span,
                            label=None if info.label is None else _clean_label(info.label), strong=info.strong))

    def _inline_groups(self, text: str, span: Span) -> bool:
        """"Common – a, b; serious – c, d; get help right away for e": groups run together in one
        paragraph, each opened by its name. Split into one labelled paragraph per group (a piece
        with no group name of its own stays with the group before it, "heart block; low blood
        sugar", unless it is a sentence of its own: "get help ..."). Needs two group names."""
        pieces = [p.strip() for p in text.split(";")]
        heads = [_GROUP_HEAD.match(p) for p in pieces]
        if sum(h is not None and is_group_label(h.group(1)) for h in heads) < 2 or heads[0] is None:
            return False
        groups: list[tuple[str | None, list[str]]] = []
        for piece, head in zip(pieces, heads):
            if head is not None and is_group_label(head.group(1)):
                groups.append((head.group(1)[:1].upper() + head.group(1)[1:], [piece[head.end():]]))
            elif _OWN_SENTENCE.match(piece) or not groups:
                groups.append((None, [piece]))
            else:
                groups[-1][1].append(piece)
        for label, texts in groups:
            self._add(Block(kind="paragraph", text="; ".join(texts), span=span, label=label))
        return True

    def _line_role(self, line: str) -> tuple[Any, ...] | None:
        """``("section", kind, label)``, ``("sub", None, label)`` or None for one source line."""
        head = line.lstrip()[:1]
        if head not in ("*", "_") and ":" not in line[:96] and "\u2014" not in line[:60] and "\u2013" not in line[:60] \
                and " - " not in line[:48]:  # ("Usage - Benzocaine is ...")
            return self._bare_label(line) if len(line) <= 64 else None  # most prose lines end here
        ll = split_label(line)
        if ll is None:
            return self._bare_label(line)
        title = _clean_label(ll.label)
        if not title:
            return None
        kind = section_kind(title)
        bare = re.sub(r"\s*\([^()]*\)", "", title) or title  # "Serious side effects (some boxed):" counts 3 words
        if kind is not None and _CIRCUMSTANCE_LABEL.match(title) and self.sections \
                and self.sections[-1].kind not in ("preamble", "identity"):
            kind = None  # "**With long-term use at high doses:**": a group of the section, whatever its words
        if kind in ("dosage", "other") and _HOW_OFTEN_LABEL.match(title) and self.sections \
                and self.sections[-1].kind == "side_effects":
            kind = None  # "Expected with almost every dose:" inside Side Effects: a group, however it names a dose
        if kind in ("other", "brands") and ll.rest and _FIELD_LABEL.match(title) and self.sections \
                and self.sections[-1].kind == "uses":
            kind = None  # "**Class:** an X", "**Brands:** A (US), B (EU)" inside Usage: fields of the section
        if kind in ("other", "dosage") and ll.rest and _PRODUCTS_LABEL.match(title) and self.sections \
                and self.sections[-1].kind in ("uses", "identity", "brands"):
            kind = None  # "Available as: Zyprexa (tablets), ..." atop Usage: a field of the section, which goes on
            # ("**Dosage forms:** 600 mg tablets; ..." too, however its first word reads)
        if kind == "dosage" and ll.rest and _STRENGTH_LABEL.match(title) and self.sections \
                and self.sections[-1].kind == "mechanism":
            kind = None  # "Strength ..... About 25 times stronger than hydrocortisone" under How it Works: how strong
            # its action is, a field of the section, which goes on ("Feedback ..... Suppresses ACTH release")
        if ll.markup == "bold":
            if kind is not None and not self._is_sub(kind, title, None, "bold"):
                return ("section", kind, ll)
            if not self.sections or self.sections[-1].kind == "preamble":
                if ll.label.rstrip().endswith(":") or not ll.rest:
                    return ("section", "unknown", ll) if ll.label.rstrip().endswith(":") else None
            return ("bold", None, ll)  # a bold sub-label: _inline_src splits it off
        words = len(bare.split())
        short = words <= 4 or not ll.rest and words <= 7
        if kind is not None and short and _ITS.search(bare) and self.sections and self.sections[-1].kind != "preamble":
            return None  # "Key points about its use:": a plain lead-in about the drug, no section of its own
        if kind is not None and short and not self._is_sub(kind, title, None, "plain"):
            return ("section", kind, ll)
        if not self.sections or self.sections[-1].kind == "preamble":
            return None
        if len(bare.split()) > 6 or bare.casefold() in _NOT_LABELS or _SENTENCE_WORDS.search(bare):
            return None
        return ("sub", None, ll)

    def _item_paragraph(self, info: _Inline) -> None:
        slot = len(self._pending) - 1
        item = self._pending[slot]
        if item is not None:  # a second paragraph of a loose item: append to its text
            item.text = f"{item.text} {_join(info)}".strip()
            item.span = Span(item.span.start, max(item.span.end, info.span.end))
            return
        depth = len(self._ordered) - 1 - self._section_items
        if info.label is None and _ITEM_LABEL.match(info.text) and not _SENTENCE_WORDS.search(info.text):
            info = _Inline(text="", label=info.text, span=info.span)  # "- Common:" over a nested list: its label
        elif info.label is None and ":" in info.text[:120]:
            plain = _PLAIN_ITEM_LABEL.match(info.text) or _LONG_ITEM_LABEL.match(info.text)  # "- Common: headache,
            # nausea": as "**Common:** ..." reads
            if plain and not _SENTENCE_WORDS.search(plain.group(1)) and plain.group(1).casefold() not in _NOT_LABELS:
                info = _Inline(text=info.text[plain.end():].strip(), label=plain.group(1), span=info.span,
                               strong=info.strong)
        elif info.label is None and ("\u2014" in info.text[:40] or "\u2013" in info.text[:40]):
            group = split_label(info.text)  # "- *Common* — a, b and c": a group's name, then its list
            if group is not None and group.rest and is_group_label(group.label):
                info = _Inline(text=group.rest, label=group.label, span=info.span, strong=info.strong)
        block = Block(kind="item", text=info.text if info.label is not None else _join(info), span=info.span,
                      label=_clean_label(info.label) if info.label is not None else None,
                      depth=max(depth, 0), ordered=bool(self._ordered and self._ordered[-1]), strong=info.strong)
        while self._stack and self._stack[-1].depth >= block.depth:
            self._stack.pop()
        if self._stack:
            self._stack[-1].children.append(block)
        self._stack.append(block)
        self._pending[slot] = block
        self._add(block)

    def _add(self, block: Block) -> None:
        if ")" in block.text and ("(1)" in block.text or "(a)" in block.text or "(i)" in block.text):
            block.text = _unenumerate(block.text)
        if not self.sections:
            self.sections.append(Section(title="", span=block.span, kind="preamble"))
        section = self.sections[-1]
        if section.row and block.kind == "paragraph" and (block.label or "").rstrip().endswith("?") \
                and block.span.start > section.span.end:  # "**Should I take it with food?**" under a table whose
            section = Section(title="FAQs", span=block.span, kind="faqs")  # rows were the sections: the questions
            self.sections.append(section)  # after it are its FAQs, not the last row's section
        section.blocks.append(block)
        if block.span.end > section.span.end:  # otherwise the span stays as it is
            section.span = Span(section.span.start, block.span.end)


# ---------------------------------------------------------------------------
# Inline helpers
# ---------------------------------------------------------------------------


#: a list marker inside a sentence ("used (1) to treat ...; (2) to ...", "are (a) dryness, (b) redness")
_INLINE_MARKER = re.compile(r"(?:^|(?<=\s))\((\d{1,2}|[a-z]|[ivx]{1,4})\)\s+")
_ROMAN = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii")


#: the "other" labels that, as a bold or plain label inside a claim section, go on with it rather than open one
_ASIDE_OF_SECTION = re.compile(r"\bkey\s+points\b|\bforms?\b|\bformulations?\b|\bavailab|\bclass\b", re.I)


#: a table cell that opens with a bold field's name and its value: "**Used for:** Athlete's foot; jock itch"
_LED_CELL = re.compile(r"^\s*\*\*(?P<l>[^*]{2,40}?):?\*\*:?\s*(?P<v>\S.*)$")


#: the prompt's own section names, as an answer written all in lower case gives them on lines of their own
_PROMPT_SECTION = re.compile(r"^(?:generic\s+names?|usage|uses|side\s+effects|how\s+it\s+works|faqs?|"
                             r"frequently\s+asked\s+questions)\s*:?$")
#: a line that opens an entry: a capital or a digit, no markup
_ENTRY_LINE = re.compile(r"^[A-Z0-9][^*_`|<>#]*$")


#: a line that opens with its place in a list said as a word: "First, benign epilepsy of childhood ..."
_ORDINAL_LINE = re.compile(rf"^{ORDINAL_WORD},\s", re.I)


def _entry_lines(lines: list[str]) -> bool:
    """Three or more lines, each an entry of a list written without bullets: each opens with a capital, none is a
    question or longer than 220 characters, none ends mid-sentence (a comma, "and"), and at least half are short
    (six words or fewer before their first full stop): not prose wrapped at a width, whose lines run on."""
    lines = [x.strip() for x in lines]
    if len(lines) < 3 or not all(_ENTRY_LINE.match(x) and len(x) <= 220 and not x.endswith("?") for x in lines):
        return False
    if any(re.search(r"(?:,|;|:|\band|\bor|\bthe|\ba|\bof|\bto|\bwith)$", x, re.I) for x in lines):
        return False
    short = sum(len(re.split(r"(?<=[a-z)])\.\s", x)[0].split()) <= 6 or bool(_ORDINAL_LINE.match(x)) for x in lines)
    return 2 * short >= len(lines)


def _br_rows(row: list[str]) -> list[list[str]]:
    """A table row's plain cells; a row with one cell that lists names one per line ("| **Common (1-10%)** |
    Vomiting<br>Dry mouth<br>Dizziness |") is a row per name, each with the row's other cells (its frequency)."""
    pieces = [[p.strip(" \u2022") for p in _BR.split(c) if p.strip(" \u2022")] if "<" in c else [c] for c in row]
    listed = [k for k, ps in enumerate(pieces) if len(ps) > 1]
    cells = [_plain(c) for c in row]
    if len(listed) != 1 or any(len(p.split()) > 12 or p.rstrip().endswith((".", ":")) for p in pieces[listed[0]]):
        return [cells]
    return [cells[:listed[0]] + [_plain(p)] + cells[listed[0] + 1:] for p in pieces[listed[0]]]


def _br_lines(content: str) -> list[tuple[int, str]]:
    """A paragraph's lines with their offsets; an HTML ``<br>`` breaks a line as a newline does
    ("**Generic Name:** X<br>**Brand Names:** Y", "*Common:* a, b<br>*Serious:* c"), the pieces
    keeping their source line."""
    out: list[tuple[int, str]] = []
    for k, line in enumerate(content.split("\n")):
        if "<" in line and _BR.search(line):
            out.extend((k, piece.strip()) for piece in _BR.split(line) if piece.strip())
        else:
            out.append((k, line))
    return out


def _unenumerate(text: str) -> str:
    """Prose whose items are numbered inline, "(1) ... (2) ..." or "(a) ... (b) ...", with the markers
    dropped, so the items read as the comma or semicolon list they are written as ("Common side effects
    are (a) dryness, (b) redness" -> "are dryness, redness"). Only a run that starts at 1, a or i and
    goes on in order (two markers at least) is a list: "vitamin (a)" alone is left as it is."""
    cut: list[tuple[int, int]] = []
    run: list[tuple[int, int]] = []
    want: str | None = None
    for m in _INLINE_MARKER.finditer(text):
        mark = m.group(1)
        if mark != want:
            if len(run) >= 2:
                cut.extend(run)
            run, want = [], None
            if mark not in ("1", "a", "i"):
                continue
        run.append(m.span())
        if mark.isdigit():
            want = str(int(mark) + 1)
        elif text[run[0][0]:run[0][0] + 3] == "(i)":  # a run opened by "(i)" is numbered in Roman figures
            want = _ROMAN[_ROMAN.index(mark) + 1] if mark in _ROMAN[:-1] else None
        else:
            want = chr(ord(mark) + 1) if len(mark) == 1 else None
    if len(run) >= 2:
        cut.extend(run)
    if not cut:
        return text
    out, prev = [], 0
    for a, b in cut:
        out.append(text[prev:a])
        prev = b
    out.append(text[prev:])
    return "".join(out)


#: a label in bold italics at the start of a line ("***Usage:***", "___Usage:___", "- ***Serious:***")
_BOLD_ITALIC_LEAD = re.compile(r"(?m)^([ \t]*(?:[-*+][ \t]+)?)(?:\*\*\*|___)(?=\S)([^*_\n]{1,90}?)(?<=\S)"
                               r"(?:\*\*\*|___)")
#: a bold group label opening a section's run-in text: "**Common:** a; b"
_BOLD_GROUP_LEAD = re.compile(r"\s*(?:\*\*|__)([^*_\n]{2,40}?:?)(?:\*\*|__)\s*:?\s*")
_LEAD_STRONG = re.compile(r"^\s*(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_STRONG = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_EMPH = re.compile(r"(?<![\w*])\*(?=[^\s*])(.+?)(?<=[^\s*])\*(?![\w*])|(?<![\w_])_(?=[^\s_])(.+?)(?<=[^\s_])_(?![\w_])")
_CODE = re.compile(r"(`+)(.+?)\1")
_ESCAPE = re.compile(r"\\([!-/:-@\[-`{-~])")
_BREAK = re.compile(r"\\\n|  +\n|\s+")


def _plain(src: str) -> str:
    """Inline Markdown source -> plain text (emphasis markers, code ticks and escapes removed)."""
    if "*" in src or "_" in src:
        if "**" in src or "__" in src:
            src = _STRONG.sub(r"\2", src)
        if "*" in src or "_" in src:
            src = _EMPH.sub(lambda m: m.group(1) or m.group(2), src)
    if "`" in src:
        src = _CODE.sub(lambda m: m.group(2).strip(), src)
    if "<" in src:
        src = _BR.sub(" ", src)  # "<br>" inside a list item or cell: a line break
    if "\\" in src:
        src = _ESCAPE.sub(r"\1", src)
        if "\\" in src:
            return _BREAK.sub(" ", src).strip()
    if "  \n" in src:  # a hard break followed by indentation keeps two spaces
        return _BREAK.sub(" ", src).strip()
    return " ".join(src.split())  # ``\s`` and ``str.split`` agree on whitespace


def _inline(tok: Token) -> _Inline:
    """Plain text of an inline token's source; split off a leading ``**bold**`` label."""
    start, end = tok.map or (0, 1)
    return _inline_src(tok.content, Span(start + 1, max(start + 1, end)))


def _inline_src(src: str, span: Span) -> _Inline:
    """Plain text of inline Markdown source; split off a leading ``**bold**`` label (after any
    emoji a model puts before it: "✅ **Asthma** – ...", "🔸 Dry skin")."""
    label: str | None = None
    if src and (ord(src[0]) >= 0x2000 or src[1:2] in KEYCAP_MARKS):  # (a keycap digit: "1️⃣ **X** – ...")
        lead = _LEAD_SYMBOLS.match(src)
        src = _LEAD_SYMBOLS.sub("", src)
        if lead and _CROSS.search(lead.group(0)) and not _NEGATION_WORD.search(_DESCRIPTION.split(src, 1)[0]):
            # (a negation in the item's description, "X – it does not replace Y", leaves X itself un-negated)
            src = "Not " + src  # "✗ type 1 diabetes": a cross mark is a negation (kept as a word)
        elif lead and lead.group(0).rstrip()[-1:] in _ARROW_WORDS and src[:1].isalpha():
            src = _ARROW_WORDS[lead.group(0).rstrip()[-1]] + src  # "↓ risk of X": a shorthand arrow is a word
    m = _LEAD_STRONG.match(src)
    if m:
        label = _plain(m.group(2))
        src = src[m.end():]
    elif "<" in src and _BR.search(src):
        head, rest = _BR.split(src, maxsplit=1)
        if rest.strip() and 0 < len(head.split()) <= 8 and not re.search(r"[.:;!?]\s*$", head):
            # "Bleeding<br>nosebleeds, ...": a term, then its description
            src = f"{head.rstrip()} \u2013 {rest.lstrip()}"
    strong = [_plain(s.group(2)) for s in _STRONG.finditer(src)] if "**" in src or "__" in src else []
    return _Inline(text=_plain(src), label=label, span=span, strong=strong)


def _join(info: _Inline) -> str:
    """Label and text together, as the line reads without markup."""
    if info.label is None:
        return info.text
    return f"{info.label} {info.text}".strip()


def _clean_label(label: str | None) -> str:
    """``Skin reactions:`` -> ``Skin reactions``; U+2011 and friends -> ASCII hyphen."""
    text = " ".join((label or "").split())
    if not text.isascii():  # (the table maps no ASCII character)
        text = text.translate(_HYPHENS)
    return text[:-1].rstrip() if text.endswith(":") else text


#: Emoji, arrows, dingbats and their variation selectors at the start of an item ("✅ ", "🔸 ", "➡️ ").
_LEAD_SYMBOLS = re.compile(r"^" + SYMBOL_RUN)  # (and keycap digits: "1️⃣ **Coats damaged areas** – ...")
#: A cross mark opening an item ("✗ DKA", "❌ Asthma attacks"): the item is negated.
_CROSS = re.compile("[\u2717\u2718\u274c\u274e\u2716\U0001f6ab\u26d4]")
#: Where an item's head ends and its description or second clause begins ("X – ...", "X; ...", "X: ...").
_DESCRIPTION = re.compile(r";|\s[\u2013\u2014-]\s|:\s")
_NEGATION_WORD = re.compile(r"\b(?:not|no|never|cannot|don't|doesn't|isn't|won't|avoid)\b", re.I)
_ARROW_WORDS = {"\u2193": "Reduces ", "\u2191": "Increases "}
#: A list item that is only a short label ("Common:", "Serious (rare):"): the heading of its nested items.
_ITEM_LABEL = re.compile(r"^[A-Z][^:.!?;]{0,48}:$")
#: a short plain label opening a list item, then its text ("Common: headache, nausea", "Less common (usually from
#: breathing in dried cream or touching the eyes): coughing, sneezing")
_PLAIN_ITEM_LABEL = re.compile(r"^([A-Z][^:.!?;()\d]{0,30}?(?: \([^()]{1,80}\))?):\s+(?=\S)")
#: a longer name over a comma list of short names ("2. Reactions caused by the death of the worms: fever, itching,
#: cough and wheezing"): a group's name too, named by its plural kind (a sentence's colon is followed by a clause;
#: "Inflammation of the esophagus or stomach: heartburn, ..." is an effect and its signs)
_LONG_ITEM_LABEL = re.compile(r"^((?=[^:]*\b(?i:reactions|effects|problems|symptoms|events|complaints)\b)"
                              r"[A-Z][^:.!?;()\d]{30,60}?):\s+(?=(?:[^,;:.()]{1,40},\s+){2,}[^,;:.()]{1,40}\.?$)")
_DEFINITION = re.compile(r"^:\s+")
_ROW_NUMBER = re.compile(r"^(?:#|no\.?|step)?\s*\d{1,3}[.)]?$", re.I)
_BR = re.compile(r"<br\s*/?>", re.I)
#: An italic label opening a line ("*Common:* a, b", "_Serious:_ c"), not a bold one.
_ITALIC_LEAD = re.compile(r"^\s*(?:\*(?!\*)|_(?!_))")
_CELL_BULLET = re.compile(r"^(?:[\u2022\u25e6\u25aa\u2023\u2043\u00b7]|[-*+]\s)\s*")
#: forms of the drug named as a group ("Oral forms", "Injectable form (hospital doses)"), not a section of forms
_FORMS_GROUP = re.compile(r"^(?:(?:with|for|from)\s+(?:the\s+)?)?[\w-]+(?:\s+[\w-]+)?\s+forms?\b(?!\s+(?:and|&)\s)",
                          re.I)
# ("With the IV form" over the effects of that form)
#: an outline's Roman-numbered heading that names a section ("II. Usage", "IV. How it Works")
_ROMAN_HEAD = re.compile(r"(?m)^(?:I|II|III|IV|V|VI|VII|VIII|IX|X)\.[ \t]+(?P<t>[A-Z][^\n]{0,60}?)[ \t]*$")
#: an outline's point under it, indented, lettered or numbered ("   A. Common side effects", "      1. Dizziness")
_OUTLINE_POINT = re.compile(r"^(?P<ind>[ \t]+)(?:[A-Z]|\d{1,2})\.[ \t]+(?P<text>\S.*)$")


def _roman_outline(body: str) -> str:
    """An outline answer with no Markdown ("I. Generic Name" over "   A. Brand name: Hytrin", "II. Usage" over
    "   B. Off-label uses" over "      1. Ureteral stones"): each Roman heading that names a section a heading, each
    point an item nested by its indent, line for line."""
    lines = body.split("\n")
    heads = {k for k, line in enumerate(lines)
             if (m := _ROMAN_HEAD.match(line)) and section_kind(m.group("t")) is not None}
    if len(heads) < 3:
        return body
    first = min(heads)
    points = {k: m for k, line in enumerate(lines) if k > first and (m := _OUTLINE_POINT.match(line))}
    indents = sorted({len(m.group("ind").expandtabs(4)) for m in points.values()})
    out = []
    for k, line in enumerate(lines):
        if k in heads:
            out.append("## " + _ROMAN_HEAD.match(line).group("t"))  # type: ignore[union-attr]
        elif k in points:
            m = points[k]
            out.append("  " * indents.index(len(m.group("ind").expandtabs(4))) + "- " + m.group("text"))
        else:
            out.append(line)
    return "\n".join(out)


#: a lettered group line ("A. Common", "B) Less common:") and a point numbered in small Roman numerals under it
_LETTER_HEAD = re.compile(r"(?m)^(?P<l>[A-H])[.)][ \t]+(?P<t>[A-Z][^.:!?\n]{0,40}?):?[ \t]*$")
_ROMAN_POINT = re.compile(r"(?m)^(?P<ind>[ \t]{0,8})(?:i|ii|iii|iv|v|vi|vii|viii|ix|x|xi|xii|xiii|xiv|xv)[.)][ \t]+"
                          r"(?P<text>\S[^\n]*)$")


def _lettered_groups(body: str) -> str:
    """Groups lettered "A. Common", "B. Less common", each over points numbered "i.", "ii." (no Markdown list: the
    lines would run together as one paragraph): each letter line a bold label, each point under one an item, line for
    line. A letter line with no point under it, and a point with no letter line above it in its run, are left as
    they are."""
    lines = body.split("\n")
    under = False
    for k, line in enumerate(lines):
        head = _LETTER_HEAD.match(line)
        point = _ROMAN_POINT.match(line)
        below = next((n for n in lines[k + 1:] if n.strip()), "")
        if head and _ROMAN_POINT.match(below):  # (a lettered line with no point under it, "A. Yes", stays a line)
            lines[k] = f"**{head.group('t').strip()}:**"
            under = True
        elif point and under:
            lines[k] = "- " + point.group("text")
        elif line.strip():
            under = False
    return "\n".join(lines)


#: a branch of a tree view: its depth in guide columns ("│   " or four spaces each), then its text
_TREE_BRANCH = re.compile(r"(?m)^(?P<pre>(?:[\u2502|][ \t]{3}|[ \t]{4})*)(?:[\u251c\u2514]\u2500\u2500|[|`+]--)[ \t]+"
                          r"(?P<text>\S[^\n]*)$")


def _tree_view(body: str) -> str:
    """An answer drawn as a tree ("Fexofenadine" over "├── Usage" over "│   ├── Seasonal allergic rhinitis" over
    "│   │   └── Relieves sneezing ..."), fenced or not: a first-level branch that names a section a heading, every
    deeper branch an item nested by its depth, the root and the fence around the tree blank, line for line."""
    lines = body.split("\n")
    rows = {k: m for k, line in enumerate(lines) if (m := _TREE_BRANCH.match(line))}
    first, end = min(rows), max(rows)
    if sum(section_kind(m.group("text")) in _SECTION_ROW_KINDS for m in rows.values()
           if not m.group("pre")) < 2:
        return body
    for k in range(first - 3, end + 2):
        if 0 <= k < len(lines) and k not in rows and (_FENCE.match(lines[k]) or k == first - 1 and lines[k].strip()):
            lines[k] = ""  # (the fence, and the root just above the first branch)
    depth = {k: len(m.group("pre").expandtabs(4)) // 4 for k, m in rows.items()}
    for k, m in rows.items():
        text = m.group("text")
        if depth.get(k + 1, -1) > depth[k] and len(text.split()) <= 4 and text[-1:].isalnum():
            text += ":"  # ("Off-label", "Get emergency help" over their branches: a group's name, a lead-in)
        lines[k] = ("## " + m.group("text") if not depth[k] and section_kind(m.group("text"))
                    else "  " * max(0, depth[k] - 1) + "- " + text)
    return "\n".join(lines)


#: the header of an answer given as CSV lines: its first column the section ("Section,Item,Detail")
_CSV_HEADER = re.compile(r"(?m)^(?:Section|Category|Topic|Heading),[A-Z][\w ]{0,20}(?:,[A-Z][\w ]{0,20}){0,3}[ \t]*$")
_CSV_GROUP = re.compile(r"^(?P<s>[^()]+?)\s*\((?P<g>[^()]+)\)$")


def _csv_answer(body: str) -> str:
    """An answer given as CSV lines under a header ("Section,Item,Detail" over "Usage,Colorectal cancer,...",
    "Side effect (common),Diarrhea,", "FAQ,How should I take it?,..."): read as a table whose rows are the sections
    (the header on the blank line before it, the separator in its place), a row of the section above with an empty
    first cell; each row's item and detail the cell a reader of that section expects: a field or a use "• **Item:**
    detail", an effect "**Group:** Item" (its group in the brackets of its section), a question "**Question?**
    answer", mechanism and notes the detail as prose, line for line."""
    lines = body.split("\n")
    head = next((k for k, line in enumerate(lines) if _CSV_HEADER.fullmatch(line.strip())), 0)
    if head == 0 or lines[head - 1].strip():
        return body
    lines[head - 1], lines[head] = "| Section | Detail |", "|---|---|"
    last = None
    for k in range(head + 1, len(lines)):
        if not lines[k].strip() or "," not in lines[k]:
            break
        row = next(csv.reader([lines[k]]))
        section, item = (row + [""])[:2]
        grouped = _CSV_GROUP.match(section.strip())
        name, group = (grouped.group("s"), grouped.group("g")) if grouped else (section.strip(), "")
        kind = section_kind(name)
        if kind is None:
            break
        item, detail = item.strip(), ", ".join(x.strip() for x in row[2:] if x.strip())
        cell = formats.fact_cell(kind, group, item, detail, kind == "identity" and last is None)
        first = "" if kind == last else name
        last = kind
        lines[k] = f"| {first} | {cell.replace('|', '/')} |"
    return "\n".join(lines)



#: Jira / Confluence wiki markup: a heading ("h2. Usage"), a macro tag ("{panel:title=...}", "{note}"), a list
#: item ("* a", "** b", "# c"), a table row ("||Effect||Frequency||", "|Headache|Common|"), bold ("*Brand names:*")
_JIRA_HEADING = re.compile(r"(?m)^h(?P<n>[1-6])\.[ \t]+(?P<t>\S[^\n]*)$")
_JIRA_MACRO = re.compile(r"\{(?:panel|note|info|tip|warning|quote|code|noformat|expand)(?::[^}\n]*)?\}", re.I)
_JIRA_ITEM = re.compile(r"^(?P<m>[*#]{1,4})[ \t]+(?P<text>\S.*)$")
_JIRA_STRONG = re.compile(r"(?<![\w*])\*(?=\S)([^*\n]{1,80}?)(?<=\S)\*(?![\w*])")


def _jira(body: str) -> str:
    """A Jira / Confluence answer: "h2. Usage" a heading ("h1." the page's title again, blank), macro tags dropped
    (their text kept), "*bold*" bold, "* a" / "** b" / "# c" items nested by their marks, a table's header row blank and
    each row "|Headache|Common|" an item "Headache: Common" (its effect, then how often), line for line."""
    out = []
    started = False
    for line in body.split("\n"):
        m = _JIRA_HEADING.match(line)
        if m:
            started = True
            out.append("" if m.group("n") == "1" else "#" * int(m.group("n")) + " " + _JIRA_MACRO.sub("", m.group("t")))
            continue
        if not started:
            out.append(line)
            continue
        line = _JIRA_MACRO.sub("", line)
        if line.startswith("||"):
            out.append("")
            continue
        if line.startswith("|") and line.rstrip().endswith("|"):
            cells = [c.strip() for c in line.strip().strip("|").split("|")]
            out.append("- " + cells[0] + (": " + "; ".join(c for c in cells[1:] if c) if len(cells) > 1 else ""))
            continue
        item = _JIRA_ITEM.match(line)
        if item:
            marks = item.group("m")
            line = "  " * (len(marks) - 1) + ("1." if marks[-1] == "#" else "-") + " " + item.group("text")
        out.append(_JIRA_STRONG.sub(r"**\1**", line))
    return "\n".join(out)


#: an AsciiDoc section title, with no closing marks ("== Usage"; MediaWiki's "== Usage ==" is read elsewhere)
_ADOC_HEADING = re.compile(r"(?m)^(?P<m>={1,5})[ \t]+(?P<t>[^=\n]*[^=\s])[ \t]*$")
_ADOC_ATTRIBUTE = re.compile(r"^:[\w-]+:.*$")
_ADOC_ITEM = re.compile(r"^(?P<stars>\*{1,5}|\.{1,5})[ \t]+(?P<text>\S.*)$")
_ADOC_TERM = re.compile(r"^(?P<term>\S[^:\n]{0,120}?):{2,4}(?:[ \t]+(?P<text>\S.*))?$")
_ADOC_ADMONITION = re.compile(r"^(?:NOTE|TIP|IMPORTANT|WARNING|CAUTION):[ \t]+(?=\S)")
_ADOC_STRONG_LEAD = re.compile(r"^\*(?=\S)([^*\n]{1,90}?)(?<=\S)\*(?=[:\s,.]|$)")


def _asciidoc(body: str) -> str:
    """An AsciiDoc answer: "== Usage" a heading (the document's "= Title" and its ":toc:" attributes blank), "* a" and
    "** b" items nested by their stars, "*Fungal nail infections*" (AsciiDoc's bold) bold, a labelled list's
    "Brand names:: A, B" and "How do I apply it?:: ..." a bold label and its text, "NOTE:" / "WARNING:" paragraphs
    quoted (a box of their own), line for line."""
    out = []
    for line in body.split("\n"):
        m = _ADOC_HEADING.match(line)
        item = _ADOC_ITEM.match(line)
        term = _ADOC_TERM.match(line) if "::" in line else None
        if m:
            out.append("" if len(m.group("m")) == 1 else "#" * len(m.group("m")) + " " + m.group("t"))
        elif _ADOC_ATTRIBUTE.match(line):
            out.append("")
        elif item:
            text = _ADOC_STRONG_LEAD.sub(r"**\1**", item.group("text"))
            mark = "-" if item.group("stars")[0] == "*" else "1."
            out.append("  " * (len(item.group("stars")) - 1) + mark + " " + text)
        elif term:
            label = term.group("term")  # (an item each: the terms follow one another with no blank line)
            label = label if label.endswith("?") else label + ":"
            out.append(f"- **{label}** {term.group('text') or ''}".rstrip())
        elif _ADOC_ADMONITION.match(line):
            out.append("> " + line[_ADOC_ADMONITION.match(line).end():])  # type: ignore[union-attr]
        else:
            out.append(line)
    return "\n".join(out)


#: a LaTeX sectioning command and its title ("\section*{Usage}", "\subsection{Common}")
_LATEX_SECTION = re.compile(r"(?m)^[ \t]*\\(?P<cmd>(?:sub){0,2}section)\*?\{(?P<t>[^{}\n]{1,80})\}[ \t]*$")
#: a LaTeX line that only sets the document up or opens or closes an environment: no text of the answer
_LATEX_SETUP = re.compile(r"^[ \t]*\\(?:documentclass|usepackage|title|author|date|maketitle|begin|end|hline|"
                          r"centering|noindent|vspace|hspace|newpage|clearpage|toprule|midrule|bottomrule)\b.*$")
_LATEX_LIST = re.compile(r"^[ \t]*\\(?P<be>begin|end)\{(?:itemize|enumerate|description)\}")
_LATEX_ITEM = re.compile(r"^[ \t]*\\item(?:\[(?P<label>[^\]]*)\])?[ \t]*")
_LATEX_ROW = re.compile(r"^[ \t]*(?P<cells>[^&\n]+(?:&[^&\n]+)+?)[ \t]*\\\\[ \t]*(?:\\hline)?[ \t]*$")
_LATEX_INLINE = ((re.compile(r"\\textbf\{([^{}]*)\}"), r"**\1**"),
                 (re.compile(r"\\(?:textit|emph)\{([^{}]*)\}"), r"*\1*"),
                 (re.compile(r"\\paragraph\*?\{([^{}]*)\}"), r"**\1**"),
                 (re.compile(r"\\[a-zA-Z]+\*?\{([^{}]*)\}"), r"\1"), (re.compile(r"\\([%&$#_])"), r"\1"),
                 (re.compile(r"(?<!\\)~"), " "), (re.compile(r"\\[,;:!]"), " "))


def _latex_inline(text: str) -> str:
    for rx, rep in _LATEX_INLINE:
        text = rx.sub(rep, text)
    return text


def _latex(body: str) -> str:
    """A LaTeX answer, not fenced: sections headings, ``itemize`` items list items nested as their environments
    are, a ``tabular`` a Markdown table (its first ``\\hline`` after the header row the separator), ``\\textbf`` bold,
    ``\\paragraph{Question?}`` a bold line, the set-up lines blank, line for line."""
    out: list[str] = []
    depth = 0
    header_at = -1  # the line of a table's first row, waiting for its separator
    lines = body.split("\n")
    for k, line in enumerate(lines):
        m = _LATEX_SECTION.match(line)
        lst = _LATEX_LIST.match(line)
        item = _LATEX_ITEM.match(line)
        row = _LATEX_ROW.match(line)
        if m:
            out.append("#" * (2 + m.group("cmd").count("sub")) + " " + _latex_inline(m.group("t")))
        elif lst:
            depth = max(0, depth + (1 if lst.group("be") == "begin" else -1))
            out.append("")
        elif item:
            rest = line[item.end():]
            lead = f"**{item.group('label')}** " if item.group("label") else ""
            out.append("  " * max(0, depth - 1) + "- " + lead + _latex_inline(rest))
        elif row:
            cells = [_latex_inline(c.strip()) for c in row.group("cells").split("&")]
            if header_at < 0 and (k == 0 or not _LATEX_ROW.match(lines[k - 1])):
                header_at = len(cells)
            out.append("| " + " | ".join(cells) + " |")
        elif header_at > 0 and line.strip() == "\\hline":
            out.append("|" + "---|" * header_at)  # (the separator the header row needs, in the rule's line)
            header_at = 0
        elif _LATEX_SETUP.match(line):
            if line.lstrip().startswith("\\end{tabular"):
                header_at = -1
            out.append("")
        else:
            out.append(_latex_inline(line))
    return "\n".join(out)


#: a BBCode tag ("[b]", "[/list]", "[*]", "[url=...]")
_BBCODE_TAG = re.compile(r"\[/?(?:b|i|u|s|list|\*|url|quote|color|size|h\d)(?:=[^\]\n]*)?\]", re.I)
_BBCODE_LINE = ((re.compile(r"^[ \t]*\[/?(?:list|quote|code)(?:=[^\]\n]*)?\][ \t]*$", re.I), ""),
                (re.compile(r"^[ \t]*\[\*\][ \t]*", re.I), "- "),
                (re.compile(r"\[(b|u|h\d)\](.*?)\[/\1\]", re.I), r"**\2**"),
                (re.compile(r"\[i\](.*?)\[/i\]", re.I), r"*\1*"),
                (re.compile(r"\[/?(?:s|url|color|size|font)(?:=[^\]\n]*)?\]", re.I), ""))


def _bbcode_line(line: str) -> str:
    """A line of a forum post's BBCode as the Markdown it means: "[list]" and "[/list]" blank, "[*]item" an item,
    "[b]X[/b]" and "[u]X[/u]" (a group's name underlined) bold, "[i]x[/i]" emphasis, links and colours their text."""
    if "[" not in line:
        return line
    for rx, rep in _BBCODE_LINE:
        line = rx.sub(rep, line)
    return line


#: a turn of a pasted chat, who speaks, then what they say
_CHAT_TURN = re.compile(r"(?m)^(?P<who>User|Assistant|AI|ChatGPT|Bot|Human|Me|You):[ \t]*(?P<text>.*)$")
_CHAT_USER = frozenset({"user", "human", "me", "you"})


def _chat_turns(body: str) -> str:
    """A pasted chat ("User: ..." / "Assistant: ..." turns, the answer given across the assistant's turns): the
    assistant's words are the answer; a user's turn that asks for a section ("And the side effects?", "Great. Any FAQs
    people usually have?") opens it; the user's other words (the prompt itself, "Thanks!") are no part of the answer,
    line for line."""
    out = []
    for line in body.split("\n"):
        m = _CHAT_TURN.match(line)
        if not m:
            out.append(line)
        elif m.group("who").casefold() in _CHAT_USER:
            said = [x for x in re.split(r"(?<=[.!?])\s+", m.group("text").strip()) if x]
            last = _SPOKEN_LEAD.sub("", said[-1]).strip() if said else ""
            asked = last[:1].upper() + last[1:]
            if not section_kind(asked):  # ("Any FAQs people usually have?": a section's name, asked)
                asked = asked.rstrip("?")
            out.append("## " + asked if section_kind(asked) in _SECTION_ROW_KINDS and len(said) <= 2
                       and len(asked.split()) <= 8 else "")
        else:
            out.append(m.group("text"))
    return "\n".join(out)


#: a post of a thread, numbered out of the whole ("3/13 ..."), the number opening its first line
_POST_NUMBER = re.compile(r"(?m)^(\d{1,2})/(\d{1,2})[ \t]+(?=\S)")
#: symbols that close a post's short title ("Usage 👇", "Rare but serious 🚨")
_TRAIL_SYMBOLS = re.compile("[\\s\u2190-\u2bff\u2600-\u27bf\U0001f000-\U0001faff\ufe0f]+$")


def _thread_posts(body: str) -> str:
    """A thread of numbered posts ("1/13 ...", "3/13 Usage 👇", "6/13 Rare but serious 🚨"): the numbers are no part
    of the text, and a post that opens on a section's name alone opens that section (a group's name stays a line of
    its own), line for line."""
    posts = [(m.group(1), m.group(2)) for m in _POST_NUMBER.finditer(body)]
    totals = [t for _, t in posts]
    total = max(set(totals), key=totals.count)
    if len({n for n, t in posts if t == total}) < 3:
        return body  # ("1/2 tablet" lines of a dosing list: no thread, whose posts count up)
    out = []
    for line in body.split("\n"):
        m = _POST_NUMBER.match(line)
        if m and m.group(2) == total and int(m.group(1)) <= int(total):
            line = line[m.end():]
            short = _TRAIL_SYMBOLS.sub("", line)
            if len(short.split()) <= 5 and short != line:
                line = short  # ("Rare but serious 🚨": the group's name)
            if len(short.split()) <= 4 and section_kind(short) in _SECTION_ROW_KINDS:
                line = "## " + short
        out.append(line)
    return "\n".join(out)


#: a heading that asks what a thing is ("What is fluoxetine?")
_WHAT_IS = re.compile(r"^what\s+(?:is|are)\s+(.+?)\?$", re.I)
#: Kinds whose names, as the first cells of two rows or more, make a table the page's sections.
_SECTION_ROW_KINDS = frozenset({"identity", "uses", "side_effects", "mechanism", "faqs"})
_HYPHENS = {0x2010: "-", 0x2011: "-", 0x2012: "-", 0x2013: "-", 0x2212: "-"}
#: The marker of an open list item that is a section label, not a list member.
_SECTION_ITEM: Any = Block(kind="section-item", text="", span=Span(1, 1))
#: Words that make a plain "X:" line a sentence introducing a list rather than a label.
_SENTENCE_WORDS = re.compile(r"\b(?:is|are|was|were|be|been|can|could|may|might|will|would|should|must|used|include|"
                             r"includes|included|including|has|have|had|not|does|do|did|you|your|it|this|these)\b",
                             re.I)
#: an identity field's label ("Class", "Drug class", "Brands", "Brand names"), which inside Usage opens no section
_FIELD_LABEL = re.compile(r"^(?:(?:drug|medicine|therapeutic)\s+)?class(?:ification)?$|^brands?(?:\s+names?)?$|"
                          r"^description$", re.I)  # ("Description: A long-acting ..." atop Usage)
#: A label that opens by saying how often or how likely ("Expected with every dose", "Common with the first doses")
_HOW_OFTEN_LABEL = re.compile(r"^(?:expected|common(?:ly)?|rare(?:ly)?|less|more|very|occasional(?:ly)?|seen|reported|"
                              r"likely|usual(?:ly)?|typical(?:ly)?|frequent(?:ly)?|uncommon|infrequent|often|sometimes|"
                              r"mild|serious|severe)\b", re.I)
#: a label that says how strong a drug is ("Strength", "Relative strength"), a dose's name elsewhere
_STRENGTH_LABEL = re.compile(r"^(?:relative\s+|comparative\s+)?(?:strength|potency)$", re.I)
#: A label that opens with the circumstance of a group ("With long-term use", "During the first weeks")
_CIRCUMSTANCE_LABEL = re.compile(r"^(?:with|during|after|while|on|at|over)\s", re.I)
#: a bold name, then a description after a dash ("**Termination of pregnancy** – to start contractions ...")
_BOLD_DASH = re.compile(r"^\s*(?:\*\*|__)[^*_\n]{3,80}(?:\*\*|__)\s*(?:[\u2013\u2014]|-\s)")
#: a label for the products the drug comes as ("Available as", "Forms", "Available forms and brands")
_PRODUCTS_LABEL = re.compile(r"^(?:(?:also\s+)?available(?:\s+(?:as|in|forms?))?|forms?|formulations?|dosage\s+forms?|"
                             r"comes\s+as|supplied\s+as)(?:\s+and\s+(?:brands?|brand\s+names|strengths?))?$", re.I)
#: A pronoun for the drug in a plain label makes it a lead-in ("Key points about its use:"), not a section name.
_ITS = re.compile(r"\b(?:its|their)\b", re.I)
#: Plain lead-ins that read as labels but open no sub-section ("For example: ...").
_NOT_LABELS = frozenset({"for example", "example", "e.g", "however", "remember", "tip", "important", "also",
                         "in short", "in summary", "please note", "caution", "yes", "no"})
