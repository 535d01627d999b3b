"""Answer formats that are not Markdown, each given to markdown-it as the Markdown it means, line for line.

A model asked for "XML", "study flashcards" or "a plain-text table" writes the same answer in another notation. Each
reader here rewrites such a page so that every source line stays one line (evidence keeps its line numbers and its
quotes are found in the source as written): markup becomes headings, labels and list items, and the words stay. Each
runs only when its cheap test (:func:`rewrite`) finds the notation several times, so an ordinary page never reaches it.
(The readers written before this module, for LaTeX, Jira, BBCode, CSV and others, live in :mod:`kg.parse`.)
"""

from __future__ import annotations

import html
import itertools
import json
import re
from bisect import bisect_right
from collections.abc import Callable

import yaml

from kg.sections import clean_label, is_group_label, section_kind

__all__ = ["rewrite"]

#: the kinds of section a heading opens; any other kind named by an element is a label inside the section
_MAIN_KINDS = frozenset({"identity", "uses", "side_effects", "mechanism", "faqs", "precautions", "interactions"})
_TITLES = {"identity": "Generic Name", "uses": "Usage", "side_effects": "Side Effects", "mechanism": "How it Works",
           "faqs": "FAQs", "precautions": "Precautions", "interactions": "Interactions"}


def _decap(text: str) -> str:
    """``text`` with its first letter in lower case, to go on a sentence, unless its first word is written in capitals
    ("CMV infections ...", "HIV" keep theirs)."""
    first = text.split(" ", 1)[0]
    return text if len(first) > 1 and first[:2].isupper() else text[:1].lower() + text[1:]


def rewrite(body: str) -> str:
    """``body`` with every notation this module reads rewritten as Markdown (unchanged when none is found)."""
    if '"@type"' in body and body.count('"@type"') >= 3 and ("schema.org" in body or '"@context"' in body):
        body = _json_ld(body)
    if '"resourceType"' in body and body.count('"resourceType"') >= 3 and _FHIR_DRUG.search(body):
        body = _fhir(body)
    if "Feature:" in body and len(_GHERKIN_SCENARIO.findall(body)) >= 2:
        body = _gherkin(body)
    if '"cell_type"' in body and len(_NB_CELL.findall(body)) >= 2 and '"source"' in body:
        body = _notebook(body)
    if "{\\rtf" in body and body.count("\\par") >= 6:
        body = _rtf(body)
    if "@startmindmap" in body and len(_PUML_NODE.findall(body)) >= 6:
        body = _plantuml(body)
    if ":" in body and len(_SCRIPT_TURN.findall(body)) >= 8:
        body = _dialogue(body)
    if ("INT" in body or "EXT" in body) and _FOUNTAIN_SCENE.search(body) and len(_FOUNTAIN_CUE.findall(body)) >= 6:
        body = _fountain(body)
    if "label" in body and len(_RENPY_LABELS.findall(body)) >= 3 and _RENPY_CHARACTERS.search(body):
        body = _renpy(body)
    if " - " in body and len(_I7_HEADINGS.findall(body)) >= 3 and _I7_MARK.search(body):
        body = _inform7(body)
    if "\t" in body and _TSV_HEADER.search(body):
        body = _tsv(body)
    if "INSERT" in body.upper() and len(_SQL_ROW.findall(body)) >= 4:
        body = _sql(body)
    if "<speak" in body and len(_SSML_SENTENCE.findall(body)) >= 4:
        body = _ssml(body)
    if "<plist" in body and body.count("<key>") >= 6:
        body = _plist(body)
    if "<para" in body and _DOCBOOK.search(body) and body.count("<para") >= 4 \
            or "<sec" in body and body.count("<sec") >= 3 and _JATS.search(body):
        body = _docbook(body)
    if "<resources" in body and len(_ANDROID_NAMED.findall(body)) >= 6:
        body = _android(body)
    if "<svg" in body and len(_SVG_TEXT.findall(body)) >= 8 and "</svg>" in body:
        body = _svg(body)
    if "<xliff" in body and len(_XLIFF_UNIT.findall(body)) >= 6 and body.count("<source") >= 6:
        body = _xliff(body)
    if "&lt;" in body and _ATOM.search(body) and _ATOM_CONTENT.search(body) and len(_ESCAPED_TAG.findall(body)) >= 6:
        body = _atom(body)
    if "</" in body and len(_XML_LEAF.findall(body)) >= 6 and not _HTML_TAGS.search(body):
        body = _xml(body)
    if "\t" in body and _ANKI_HEADER.search(body) and len(_ANKI_CARD.findall(body)) >= 4:
        body = _anki(body)
    if "\\begin{frame}" in body and len(_FRAME_OPEN.findall(body)) >= 2:
        body = _beamer(body)
    if "nswer" in body and len(_QUIZ_ANSWER.findall(body)) >= 3 and len(_QUIZ_OPTION.findall(body)) >= 9:
        body = _quiz(body)
    if "Front:" in body and len(_CARD_SIDE.findall(body)) >= 6:
        body = _flashcards(body)
    if "+-" in body and len(_GRID_BORDER.findall(body)) >= 3:
        body = _grid_table(body)
    if ("flowchart" in body or "graph" in body) and _FLOW_HEAD.search(body) and len(_FLOW_EDGE.findall(body)) >= 6:
        body = _flowchart(body)
    if "#table(" in body and _TYPST_TABLE.search(body) and not _MD_SECTION.search(body):
        body = _typst_tables(body)
    if "\n== " in body and len(_TYPST_MARKUP.findall(body)) >= 3 and not _MD_SECTION.search(body):
        body = _typst_markup(body)
    if "mindmap" in body and _MINDMAP.search(body):
        body = _mindmap(body)
    if "marp:" in body and _MARP.search(body):
        body = _marp(body)
    if "\n." in body and len(_TROFF_MACRO.findall(body)) >= 6 and (".SH" in body or ".NH" in body):
        body = _troff(body)
    if "\n.Sh" in body and len(_MDOC_MACRO.findall(body)) >= 6 and len(_MDOC_SECTION.findall(body)) >= 3 \
            and not _MD_SECTION.search(body):
        body = _mdoc(body)
    if "@" in body and len(_TEXI_COMMAND.findall(body)) >= 6 and ("@chapter" in body or "@section" in body):
        body = _texinfo(body)
    if '": ' in body and len(_PY_KEY.findall(body)) >= 4 and _PY_DICT_OPEN.search(body):
        body = _python_dict(body)
    if "\nW:" in body and len(_ABC_WORDS.findall(body)) >= 6 and _ABC_KEY.search(body):
        body = _abc(body)
    if "\\markup" in body and len(_LY_MARKUP.findall(body)) >= 3 and len(_LY_TEXT.findall(body)) >= 8:
        body = _lilypond(body)
    if ".." in body and len(_LEADER.findall(body)) >= 4:
        body = _dot_leaders(body)
    if "=" in body and _T2T_MARK.search(body) and len(_T2T_HEADINGS.findall(body)) >= 3:
        body = _txt2tags(body)
    if "=====" in body and len(_DOKU_HEADING.findall(body)) >= 3:
        body = _dokuwiki(body)
    if "->" in body and "digraph" in body and len(_DOT_EDGE.findall(body)) >= 6:
        body = _dot_graph(body)
    if ("#" in body or "<<" in body or "{{{" in body) and len(_MOIN_MARK.findall(body)) >= 3 \
            and (_MOIN_LINE.search(body) or "{{{#!" in body):
        body = _moinmoin(body)
    if "\n!" in body and len(_TW_HEADING.findall(body)) >= 3 and len(_TW_MARK.findall(body)) >= 3 \
            and not _twee_page(body):  # (a Twee story's SugarCube passages: read with the story, below)
        body = _tiddlywiki(body)
    if ("'''" in body or "[[" in body) and len(_WIKI_INLINE.findall(body)) >= 3 \
            and not ("''" in body and _ISA_THEORY.search(body)) and not _twee_page(body):  # (Isabelle's strings:
        # "''''" an empty one; a Twee story's links and bold read with the story, below)
        body = _WIKI_INLINE.sub(_wiki_inline, body)
    if "-->" in body and len(_CUE_TIMING.findall(body)) >= 4:
        body = _captions(body)
    if ("CREATE" in body or "MERGE" in body) and len(_CYPHER_CLAUSE.findall(body)) >= 6 \
            and len(_CYPHER_REL.findall(body)) >= 3:
        body = _cypher(body)
    if "{" in body and len(_DJOT_MARK.findall(body)) >= 3 \
            and (_DJOT_FENCE.search(body) or _DJOT_HIGHLIGHT.search(body)):  # (Pandoc writes "::: div" and
        body = _djot(body)  # "{.class}" too: a Djot page names itself or highlights)
    if "h2. " in body and len(_TEXTILE_HEADING.findall(body)) >= 2 and len(_TEXTILE_ONLY.findall(body)) >= 2:
        body = _textile(body)
    if "local" in body and len(_JSONNET_MARK.findall(body)) >= 2 and len(_JSONNET_KEY.findall(body)) >= 6:
        body = _jsonnet(body)
    if ("openapi" in body or "swagger" in body) and _OPENAPI.search(body) and len(_OPENAPI_KEY.findall(body)) >= 3:
        body = _openapi(body)
    if "new" in body and _PKL_ONLY.search(body) and len(_PKL_MARK.findall(body)) >= 3:
        body = _pkl(body)
    if ": |" in body and len(_CM_FILES.findall(body)) >= 3:
        body = _configmap(body)
    if "vars:" in body and _ANSIBLE_HOSTS.search(body) and len(_ANSIBLE_PLAY.findall(body)) >= 3:
        body = _ansible(body)
    if ": " in body and len(_YAML_MAP_ITEM.findall(body)) >= 2:
        body = _yaml_doc(body)
    if '"embeds"' in body and len(_EMBED_FIELD.findall(body)) >= 3:
        body = _discord_embed(body)
    if '"body"' in body and _POSTMAN_MARK.search(body) and len(_POSTMAN_BODY.findall(body)) >= 3:
        body = _postman(body)
    if "*" in body and len(_SHORTCODE_LEAD.findall(body)) >= 3 and len(_SLACK_BOLD_LINE.findall(body)) >= 2:
        lines = body.split("\n")
        body = "\n".join(_slack_line(line, lines[k - 1] if k else "") for k, line in enumerate(lines))
    if '{"' in body and len(_JSONL_LINE.findall(body)) >= 6:
        body = _jsonl(body)
    if "=head" in body and len(_POD_COMMAND.findall(body)) >= 6 and len(_POD_HEAD1.findall(body)) >= 3 \
            and not _MD_SECTION.search(body):
        body = _pod(body)
    if "<outline" in body and "<opml" in body and len(_OPML_LINE.findall(body)) >= 6:
        body = _opml(body)
    if _SPARQL_DATA.search(body) and len(_TTL_PREFIX.findall(body)) >= 2:  # (the patterns ignore case themselves:
        body = _sparql(body)  # no upper- or lower-cased copy of every page)
    if body.count(" ;") >= 3 and len(_TTL_PREFIX.findall(body)) >= 2:
        body = _turtle(body)
    if ";" in body and len(_NIX_BINDING.findall(body)) >= 6 and _NIX_MARK.search(body):
        body = _nix(body)
    if "variable" in body and len(_TF_VARIABLES.findall(body)) >= 3 and len(_TF_DEFAULT.findall(body)) >= 3:
        body = _terraform(body)
    if "const" in body and _ZIG_OPENS.search(body) and len(_ZIG_FIELD.findall(body)) >= 6:
        body = _zig(body)
    if "<|" in body and len(_WL_RULE.findall(body)) >= 6 and _WL_OPENS.search(body):
        body = _wolfram(body)
    if "let" in body and _VIM_LETS.search(body) and len(_VIM_CONT.findall(body)) >= 6:
        body = _vim(body)
    if "::=" in body and _ASN_VALUES.search(body) and len(_ASN_TYPES.findall(body)) >= 3:
        body = _asn1(body)
    if "= {" in body and len(_LUA_FIELD.findall(body)) >= 8:
        body = _lua(body)
    if ": " in body and len(_RUBY_KEY.findall(body)) >= 8 and _RUBY_MARK.search(body):
        body = _ruby(body)
    if ("const" in body or "export" in body) and _TS_OPEN.search(body) and len(_TS_KEY.findall(body)) >= 8:
        body = _typescript(body)
    if "new" in body and _CS_VAR.search(body) and len(_CS_NEW.findall(body)) >= 3 and not _MD_SECTION.search(body):
        body = _csharp(body)
    if "=>" in body and _PUPPET_CLASS.search(body) and len(_PUPPET_VAR.findall(body)) >= 3:
        body = _puppet(body)
    if "=>" in body and len(_PHP_PAIR.findall(body)) >= 8 and ("<?php" in body or _PHP_OPEN.search(body)):
        body = _php(body)
    if "{:" in body and len(_EDN_KEY.findall(body)) >= 6:
        body = _edn(body)
    if "[" in body and _RED_HEADER.search(body) and len(_RED_SET.findall(body)) >= 6:
        body = _red(body)
    if "def" in body and _PS_MARK.search(body) and len(_PS_DEFS.findall(body)) >= 6:
        body = _postscript(body)
    if "[HKEY_" in body and len(_REG_KEYS.findall(body)) >= 3:
        body = _reg(body)
    if "dict set" in body and len(_TCL_DICT_SET.findall(body)) >= 6 and not _MD_SECTION.search(body):
        body = _tcl(body)
    if "let" in body and _ML_RECORD.search(body) and len(_ML_FIELD.findall(body)) >= 6 and _ML_MARK.search(body) \
            and not _MD_SECTION.search(body):
        body = _ocaml(body)
    if "let" in body and _FS_RECORD.search(body) and len(_FS_FIELD.findall(body)) >= 6 and _FS_MARK.search(body) \
            and not _MD_SECTION.search(body):
        body = _fsharp(body)
    if "type alias" in body and _ELM_VALUE.search(body) and len(_ELM_FIELD.findall(body)) >= 6 \
            and not _MD_SECTION.search(body):
        body = _elm(body)
    if "structure" in body and _LEAN_STRUCTURE.search(body) and _LEAN_DEF.search(body) \
            and len(_LEAN_ASSIGN.findall(body)) >= 6 and not _MD_SECTION.search(body):
        body = _lean(body)
    if "put:" in body and _ST_NEW.search(body) and len(_ST_AT_PUT.findall(body)) >= 6 \
            and not _MD_SECTION.search(body):
        body = _smalltalk(body)
    if ":=" in body and len(_AHK_ASSIGN.findall(body)) >= 6 and _AHK_MARK.search(body) \
            and not _MD_SECTION.search(body):
        body = _autohotkey(body)
    if "define" in body and len(_C_STRING_MACROS.findall(body)) >= 8:
        body = _c_header(body)
    if "contract" in body and _SOL_MARK.search(body) and len(_SOL_DATA.findall(body)) >= 6:
        body = _solidity(body)
    if "(" in body and len(_CMAKE_SET.findall(body)) >= 6 and _CMAKE_MARK.search(body):
        body = _cmake(body)
    if "package" in body and _ADA_PACKAGE.search(body) and len(_ADA_CONSTANTS.findall(body)) >= 4:
        body = _ada(body)
    if "constant" in body and _ADA_PACKAGE.search(body) and len(_VHDL_CONSTANTS.findall(body)) >= 4:
        body = _vhdl(body)
    if "'" in body and _PAS_PROGRAM.search(body) and len(_PAS_VALUES.findall(body)) >= 6 \
            and not _MD_SECTION.search(body):
        body = _pascal(body)
    if "PIC" in body and len(_COBOL_ITEMS.findall(body)) >= 6 and _COBOL_GROUP.search(body):
        body = _cobol(body)
    if ("echo" in body or "printf" in body) and len(_SH_PRINT.findall(body)) >= 4 and _SH_MARK.search(body):
        body = _shell(body)
    if "\t" in body and len(_MAKE_ECHO.findall(body)) >= 6 and _MAKE_MARK.search(body):
        body = _make(body)
    if ("echo" in body or "ECHO" in body) and _BAT_MARK.search(body) and len(_BAT_PRINT.findall(body)) >= 6:
        body = _batch(body)
    if "@" in body and _BIB_ENTRY.search(body) and len(_BIB_FIELD.findall(body)) >= 6:
        body = _bibtex(body)
    if "msgid" in body and len(_PO_ENTRY.findall(body)) >= 6 and body.count("msgstr") >= 6:
        body = _po(body)
    if "TY  - " in body and len(_RIS_TAGS.findall(body)) >= 6 and "\nER  -" in body:
        body = _ris(body)
    if "\n0 " in body and _GED_RECORDS.search(body) and len(_GED_LINES.findall(body)) >= 8:
        body = _gedcom(body)
    if "BEGIN:VCALENDAR" in body and body.count("SUMMARY:") >= 3 and body.count("DESCRIPTION:") >= 3:
        body = _ics(body)
    if "=" in body and len(_NML_GROUPS.findall(body)) >= 3 and len(re.findall(r"(?m)^[ \t]*/[ \t]*$", body)) >= 3:
        body = _namelist(body)
    if ("boundary=" in body or "quoted-printable" in body) and len(_MAIL_HEADERS.findall(body)) >= 4:
        body = _mime(body)
    if "BEGIN:VCARD" in body and len(_VCARD_EXTENSIONS.findall(body)) >= 6:
        body = _vcard(body)
    if "[X-" in body and len(_UNIT_X_SECTIONS.findall(body)) >= 3 and _UNIT_OWN.search(body):
        body = _systemd(body)
    if "%" in body and _INF_STRINGS.search(body) and len(_INF_REFS.findall(body)) >= 6:
        body = _inf(body)
    if "\n[" in body and len(_INI_SECTIONS.findall(body)) >= 3 and len(_INI_BARE.findall(body)) >= 6:
        body = _ini(body)
    if "%rec:" in body and len(_REC_TYPES.findall(body)) >= 3 and len(_REC_FIELDS.findall(body)) >= 8:
        body = _recutils(body)
    if "input" in body and len(_SAS_LINES.findall(body)) >= 3 and len(_SAS_STEPS.findall(body)) >= 3:
        body = _sas(body)
    if "LABEL" in body and len(_DOCKER_LABEL.findall(body)) >= 3 and _DOCKER_FROM.search(body):
        body = _dockerfile(body)
    if "." in body and len(_MAT_FIELD.findall(body)) >= 8 and _MAT_MARK.search(body):
        body = _matlab(body)
    if "<Location" in body and len(_HTTPD_DIRECTIVE.findall(body)) >= 8 and len(_HTTPD_LOCATION.findall(body)) >= 3:
        body = _httpd(body)
    if "set" in body and len(_FISH_SET.findall(body)) >= 6 and _FISH_MARK.search(body):
        body = _fish(body)
    if "=" in body and len(_PROP_KEYS.findall(body)) >= 8 and _PROP_MARK.search(body) \
            and not _MD_SECTION.search(body):
        body = _properties(body)
    if "(hash" in body and _RKT_OPENS.search(body) and len(_RKT_KEY.findall(body)) >= 6:
        body = _racket(body)
    if "(" in body and len(_SEXP_LIST.findall(body)) >= 6:
        body = _sexp(body)
    if ("(def" in body or "(setq" in body) and _ELISP_DEFS.search(body) and len(_ELISP_KEY.findall(body)) >= 6:
        body = _elisp(body)
    if "(def" in body and _CL_DEFS.search(body) and len(_CL_MAKE.findall(body)) >= 3:
        body = _common_lisp(body)
    if " {" in body and len(_PROTO_MESSAGE.findall(body)) >= 2 and len(_PROTO_FIELD.findall(body)) >= 4:
        body = _textproto(body)
    if "{" in body and len(_KDL_NODE.findall(body)) >= 8 and len(_KDL_BLOCK.findall(body)) >= 3:
        body = _kdl(body)
    if ("nestedtext" in body or "```nt" in body) and _NT_FENCE.search(body):
        body = _nestedtext(body)
    if ")." in body and len(_PL_CLAUSE.findall(body)) >= 8:
        body = _prolog(body)
    if "::" in body and len(_LOGSEQ_PROPERTIES.findall(body)) >= 2 and len(_LOGSEQ_SECTION.findall(body)) >= 3:
        body = _logseq(body)
    if " As " in body and _VB_END.search(body) and len(_VB_DECL.findall(body)) >= 6:
        body = _vbnet(body)
    if "load(" in body and _STARLARK_LOAD.search(body) and len(_STARLARK_ARG.findall(body)) >= 6:
        body = _starlark(body)
    if "@" in body and _PWSH_VAR.search(body) and len(_PWSH_MARK.findall(body)) >= 3 \
            and not _MD_SECTION.search(body):
        body = _powershell(body)
    if "}." in body and len(_ERL_PAIR.findall(body)) >= 6 and len(_ERL_END.findall(body)) >= 3 \
            and not _MD_SECTION.search(body):
        body = _erlang(body)
    if "DATA" in body.upper() and len(_BAS_DATA.findall(body)) >= 8 and _BAS_READ.search(body) \
            and not _MD_SECTION.search(body):
        body = _basic(body)
    if "struct" in body and len(_SWIFT_STRUCT.findall(body)) >= 2 and _SWIFT_INIT.search(body) \
            and len(_SWIFT_ARG.findall(body)) >= 6 and not _MD_SECTION.search(body):
        body = _swift(body)
    if "struct" in body and len(_GO_STRUCT.findall(body)) >= 2 and _GO_VAR.search(body) \
            and len(_GO_FIELD.findall(body)) >= 6 and not _MD_SECTION.search(body):
        body = _go(body)
    if ("=" in body and len(_ABAP_STATEMENT.findall(body)) >= 2 and len(_ABAP_ASSIGN.findall(body)) >= 6
            and not _MD_SECTION.search(body)):
        body = _abap(body)
    if "const" in body and _THRIFT_CONST.search(body) and len(_THRIFT_FIELD.findall(body)) >= 4 \
            and not _MD_SECTION.search(body):
        body = _thrift(body)
    if ("=" in body and len(_HOCON_OBJECT.findall(body)) >= 2 and len(_HOCON_ASSIGN.findall(body)) >= 6
            and _HOCON_MARK.search(body) and not _MD_SECTION.search(body)):
        body = _hocon(body)
    if "type" in body and len(_GLEAM_TYPE.findall(body)) >= 2 and _GLEAM_FN.search(body) \
            and len(_GLEAM_ARG.findall(body)) >= 6 and not _MD_SECTION.search(body):
        body = _gleam(body)
    if "MODULE" in body and _TLA_MODULE.search(body) and len(_TLA_DEF.findall(body)) >= 6 \
            and len(_TLA_MARK.findall(body)) >= 4 and not _named_sections(body):
        body = _tla(body)
    if "feature" in body and _EIF_CLASS.search(body) and _EIF_FEATURES.search(body) \
            and len(_EIF_DECL.findall(body)) >= 6 and not _named_sections(body):
        body = _eiffel(body)
    if '."' in body and len(_FORTH_PRINTS.findall(body)) >= 8 and len(_FORTH_DEFS.findall(body)) >= 3 \
            and _FORTH_STACK.search(body) and len(_FORTH_CR.findall(body)) >= 4 and not _named_sections(body):
        body = _forth(body)
    if "input" in body and _STATA_INPUT.search(body) and _STATA_END.search(body) \
            and len(_STATA_ROW.findall(body)) >= 6 and not _named_sections(body):
        body = _stata(body)
    if ":" in body and len(_BEN_END.findall(body)) >= 3 and _ben_lengths(body) >= 8 and not _named_sections(body):
        body = _bencode(body)
    if "record" in body and len(_BAL_RECORD.findall(body)) >= 2 and _BAL_VALUE.search(body) \
            and len(_LIT_MEMBER.findall(body)) >= 6 and not _named_sections(body):
        body = _ballerina(body)
    if ("mutation" in body or "query" in body) and _GQL_OPERATION.search(body) and _GQL_CALL.search(body) \
            and len(_GQL_MEMBER.findall(body)) >= 6 and not _MD_SECTION.search(body):
        body = _graphql(body)
    if "BEGIN" in body and _AWK_BEGIN.search(body) and len(_AWK_ASSIGNS.findall(body)) >= 6 \
            and _AWK_PRINT.search(body) and not _MD_SECTION.search(body):
        body = _awk(body)
    if " to " in body and (sets := len(_AS_SET.findall(body))) and (sets >= 4 or len(_AS_GOES_ON.findall(body)) >= 6) \
            and _AS_MARK.search(body) and not _MD_SECTION.search(body):
        body = _applescript(body)
    if ")=" in body and len(_M_SETS.findall(body)) >= 6 and _M_MARK.search(body) and not _named_sections(body):
        body = _mumps(body)
    if "record" in body and len(_CHPL_RECORD.findall(body)) >= 2 and len(_CHPL_FIELD.findall(body)) >= 4 \
            and len(_CHPL_CONST.findall(body)) + len(_CHPL_NEWS.findall(body)) >= 6 and _CHPL_MARK.search(body) \
            and not _named_sections(body):
        body = _chapel(body)
    if "$" in body and len(_ZEEK_TYPE.findall(body)) >= 2 and len(_ZEEK_ARG.findall(body)) >= 6 \
            and _ZEEK_MARK.search(body) and not _named_sections(body):
        body = _zeek(body)
    if "data class" in body and len(_KT_DATA.findall(body)) >= 2 and _KT_VALUE.search(body) \
            and len(_KT_ARG.findall(body)) >= 6 and not _named_sections(body):
        body = _kotlin(body)
    if "=>" in body and len(_PONY_DECL.findall(body)) >= 2 and len(_PONY_FUN.findall(body)) >= 4 \
            and _PONY_NEW.search(body) and not _named_sections(body):
        body = _pony(body)
    if "param" in body and len(_BICEP_PARAM.findall(body)) >= 4 and _BICEP_MARK.search(body) \
            and not _named_sections(body):
        body = _bicep(body)
    if ":=" in body and _COQ_DEF.search(body) and len(_COQ_DECL.findall(body)) >= 2 \
            and len(_COQ_FIELD.findall(body)) >= 6 and not _named_sections(body):
        body = _coq(body)
    if ("typedef" in body or "enum" in body or "haxe" in body) and len(_HX_MARK.findall(body)) >= 2 \
            and _HX_VALUE.search(body) and len(_LIT_MEMBER.findall(body)) >= 6 and not _named_sections(body):
        body = _haxe(body)
    if ":" in body and (len(_MAX_LABEL.findall(body)) >= 3 or len(_MAX_END.findall(body)) >= 4) \
            and len(_MAX_ASSIGN.findall(body)) >= 6 and not _named_sections(body):
        body = _maxima(body)
    if "localparam" in body and len(_SV_PARAM.findall(body)) >= 4 and _SV_MARK.search(body) \
            and not _named_sections(body):
        body = _systemverilog(body)
    if "@examples" in body and _SMITHY_MARK.search(body) and len(_SMITHY_SHAPE.findall(body)) >= 3 \
            and not _named_sections(body):
        body = _smithy(body)
    if "end" in body and len(_MO_DECL.findall(body)) + len(_MO_ARG.findall(body)) >= 6 and _MO_MARK.search(body) \
            and {m.group("n") for m in _MO_CLASS.finditer(body)} & {m.group("n") for m in _MO_END.finditer(body)} \
            and not _named_sections(body):
        body = _modelica(body)
    if "''" in body and _ISA_THEORY.search(body) and len(_ISA_DEF.findall(body)) >= 4 \
            and len(_ISA_STRING.findall(body)) >= 6 and not _named_sections(body):
        body = _isabelle(body)
    if "." in body and len(_RX_ASSIGN.findall(body)) >= 8 and len(_RX_NUMBERED.findall(body)) >= 2 \
            and _RX_MARK.search(body) and not _named_sections(body):
        body = _rexx(body)
    if "{" in body and (_QML_IMPORT.search(body) or len(_QML_ELEMENT.findall(body)) >= 3) \
            and len(_QML_PROPERTY.findall(body)) + len(_QML_ELEMENT.findall(body)) >= 6 and not _named_sections(body):
        body = _qml(body)
    if ("model" in body or "enum" in body) and len(_TSP_DECL.findall(body)) >= 3 and _TSP_MARK.search(body) \
            and _TSP_VALUE.search(body) and not _named_sections(body):
        body = _typespec(body)
    if "/**" in body and len(_JD_HTML.findall(body)) >= 6 and len(_JD_LINE.findall(body)) >= 10 \
            and not _named_sections(body):
        body = _javadoc(body)
    if "*" in body and _CRON_MARK.search(body) and _cron_jobs(body) >= 2 and len(_CRON_COMMENT.findall(body)) >= 8 \
            and not _named_sections(_FENCED_BLOCK.sub("", body)):  # (a crontab's "# Usage" comments no headings)
        body = _crontab(body)
    if _PUG_MARK.search(body) and len(tags := _PUG_TAG.findall(body)) >= 3 \
            and len(_PUG_EACH.findall(body)) + len(_PUG_CODE.findall(body)) + len(tags) >= 8 \
            and not _named_sections(_FENCED_BLOCK.sub("", body)):
        body = _pug(body)
    if "dn:" in body and _LDIF_DN.search(body) and _LDIF_CLASS.search(body) \
            and sum(bool(_LDIF_ATTR.match(line)) for line in body.split("\n")) >= 8 \
            and not _named_sections(_FENCED_BLOCK.sub("", body)):  # (its "# Usage" comments no headings)
        body = _ldif(body)
    if ":=" in body and len(_MPL_ASSIGN.findall(body)) >= 6 \
            and _MPL_MARK.search(body) and not _MD_SECTION.search(body):
        body = _maple(body)
    if "data" in body and _HS_DATA.search(body) and _HS_VALUE.search(body) and len(_HS_FIELD.findall(body)) >= 6 \
            and _HS_MARK.search(body) and not _named_sections(body):
        body = _haskell(body)
    if "$" in body and _SCSS_MAP.search(body) and len(_SCSS_MEMBER.findall(body)) >= 6 and _SCSS_MARK.search(body) \
            and not _named_sections(body):
        body = _scss(body)
    if "{" in body and _ROBOT_TABLES.search(body) and len(_ROBOT_VAR.findall(body)) >= 6 \
            and not _named_sections(_FENCED_BLOCK.sub("", body)):  # (its "# Usage" comments no headings)
        body = _robot(body)
    if _twee_page(body):
        body = _twee(body)
    if "*" in body and len(_VIMHELP_TAGGED.findall(body)) >= 3 and _VIMHELP_MARK.search(body) \
            and not _named_sections(_FENCED_BLOCK.sub("", body)):
        body = _vimhelp(body)
    if not _MD_SECTION.search(body) and len(members := _LIT_MEMBER.findall(body)) >= 6 \
            and not (len(_JSON_KEY.findall(body)) >= 0.8 * len(members) and _JSON_OPEN.search(body)):
        body = _literal(body)  # (last: a literal no reader above names; JSON the parser's own readers read)
    return body


# ---------------------------------------------------------------------------
# RTF ("{\b\fs28 Usage\b0\par}", "\bullet\tab Nausea\par", "{\i Off-label use:} ...")
# ---------------------------------------------------------------------------

#: a group in bold with a font size, alone on its line: a heading ("{\b\fs28 Usage\b0\par}")
_RTF_HEADING = re.compile(r"^\{(?:\\[a-z]+-?\d*\s?)*\\b(?:\\[a-z]+-?\d*\s?)*\\fs(?P<size>\d+)\s?(?P<t>[^{}\\]+?)"
                          r"(?:\\b0)?\s*(?:\\par)?\s*\}\s*(?:\\par)?\s*$")
#: a group wholly in bold on its line: a label ("{\b Common side effects:}\par")
_RTF_BOLD_LINE = re.compile(r"^\{\\b\s(?P<t>[^{}\\]+)\}\s*(?:\\par)?\s*$")
_RTF_GROUP = re.compile(r"\{\\(?P<m>b|i|ul)\s(?P<t>[^{}\\]*)\}")
_RTF_CONTROL = re.compile(r"\\(?:[a-z]+-?\d*\s?|'[0-9a-f]{2}|[~\-_*{}\\])", re.I)


def _rtf_text(line: str) -> str:
    """One RTF line's words: bold and italic groups as Markdown's, escapes as their characters, control words
    dropped."""
    line = _RTF_GROUP.sub(lambda m: f"**{m.group('t').strip()}**" if m.group("m") == "b" and m.group("t").strip()
                          else f"*{m.group('t').strip()}*" if m.group("t").strip() else "", line)
    line = re.sub(r"\\u(-?\d+)\s?\??", lambda m: chr(int(m.group(1)) % 65536), line)

    def control(m: re.Match[str]) -> str:
        word = m.group(0)
        if word.startswith("\\'"):
            return bytes([int(word[2:], 16)]).decode("cp1252", "replace")
        return {"\\~": " ", "\\{": "{", "\\}": "}", "\\\\": "\\", "\\tab": " ", "\\tab ": " "}.get(word, "")

    return " ".join(_RTF_CONTROL.sub(control, line).replace("{", "").replace("}", "").split())


def _rtf(body: str) -> str:
    r"""An RTF document as Markdown, line for line: the header's tables blank, a bold group with a font size alone on
    its line a heading (its first the title, blank), a bold line a label, "\bullet\tab item\par" an item, other lines
    their words."""
    lines = body.split("\n")
    start = next(k for k, line in enumerate(lines) if "{\\rtf" in line)
    titled = False
    for k in range(start, len(lines)):
        line = lines[k].strip()
        if k == start or line.startswith(("{\\fonttbl", "{\\colortbl", "{\\stylesheet", "{\\info", "{\\*")):
            lines[k] = ""
            continue
        head = _RTF_HEADING.match(line)
        if head:
            text = head.group("t").strip()
            lines[k] = f"## {text}" if section_kind(text) or titled else ""
            titled = True
            continue
        bold = _RTF_BOLD_LINE.match(line)
        if bold:
            lines[k] = f"**{bold.group('t').strip()}**"
            continue
        bullet = re.match(r"^(?:\{\\pntext[^}]*\})?\s*\\bullet\s*(?:\\tab\s?)?", line)
        text = _rtf_text(line[bullet.end():] if bullet else line)
        lines[k] = f"- {text}" if bullet and text else text
        if line == "}" or line.endswith("}") and line.count("}") > line.count("{") and not text:
            lines[k] = ""
    return "\n".join(lines)


# ---------------------------------------------------------------------------
# A PlantUML mind map ("@startmindmap", "** Usage", "*** Acne", "***:multi-line\ntext;")
# ---------------------------------------------------------------------------

_PUML_NODE = re.compile(r"(?m)^[ \t]*(?:\*+|\++|-+)_?[ \t:]")


def _plantuml(body: str) -> str:
    """A PlantUML mind map as Markdown, line for line: its start and end, style block, side switches and fence blank;
    the root blank; a first-level node that names a section its heading; every deeper node an item nested by its depth
    (one with nodes under it, short, a lead-in); a multi-line node ("***:text" ... ";") an item and its lines."""
    lines = body.split("\n")
    start = next(k for k, line in enumerate(lines) if line.strip() == "@startmindmap")
    end = next((k for k in range(start + 1, len(lines)) if lines[k].strip() == "@endmindmap"), len(lines) - 1)
    out = list(lines)
    if start > 0 and _FENCE_LINE.match(lines[start - 1]):
        out[start - 1] = ""
    if end + 1 < len(lines) and _FENCE_LINE.match(lines[end + 1]):
        out[end + 1] = ""
    nodes: list[tuple[int, int, str]] = []  # (line, depth, text)
    in_style = in_text = False
    for k in range(start, end + 1):
        line = lines[k].strip()
        out[k] = ""
        if line.startswith("<style>") or in_style:
            in_style = not line.endswith("</style>")
            continue
        if in_text:  # the lines of a multi-line node, to its ";"
            in_text = not line.endswith(";")
            out[k] = "  " * max(0, nodes[-1][1] - 2) + "  " + _puml_text(line.rstrip(";"))
            continue
        m = re.match(r"^(\*+|\++|-+)_?\s*(:?)(.*)$", line)
        if not m or k in (start, end):
            continue
        text = m.group(3)
        if m.group(2) and not text.rstrip().endswith(";"):
            in_text = True
        nodes.append((k, len(m.group(1)) - 1, _puml_text(text.rstrip().rstrip(";") if m.group(2) else text)))
    if sum(depth == 1 and section_kind(text) in _MAIN_KINDS for _, depth, text in nodes) < 2:
        return body
    labelled = False  # under a node of the second level read as a label: its nodes one level less deep
    for i, (k, depth, text) in enumerate(nodes):
        below = i + 1 < len(nodes) and nodes[i + 1][1] > depth
        if depth <= 2:
            labelled = False
        if depth == 0 or not text:
            out[k] = ""
        elif depth == 1 and section_kind(text):
            out[k] = f"## {text}"
        elif depth == 2 and below:  # "*** Approved" over its uses, "*** Tell the nurse right away if you notice"
            out[k] = f"**{text.rstrip(':')}:**" if "**" not in text else f"{text.rstrip(':')}:"
            labelled = True
        else:
            lead = ":" if below and len(text.split()) <= 6 and text[-1:].isalnum() else ""
            out[k] = "  " * max(0, depth - 2 - labelled) + f"- {text}{lead}"
    return "\n".join(out)


def _puml_text(text: str) -> str:
    """A node's words: "<b>" as bold, other tags and icons ("<&pill>") dropped."""
    text = re.sub(r"</?b>", "**", text)
    return " ".join(re.sub(r"<&[\w-]+>|</?[a-z]+(?:\s[^<>]*)?>", "", text).split())


# ---------------------------------------------------------------------------
# A scripted dialogue ("PHARMACIST: ...", "PATIENT: What is it used for?", "[She nods.]")
# ---------------------------------------------------------------------------

#: a turn of a script: a speaker's name in capitals, a colon, the words
_SCRIPT_TURN = re.compile(r"(?m)^[ \t]*(?:\*\*)?(?P<who>[A-Z][A-Z.' -]{1,24}?)(?:\*\*)?:(?:\*\*)?[ \t]+(?P<text>\S.*)$")
#: a stage direction in brackets ("[The PHARMACIST taps the leaflet.]")
_STAGE = re.compile(r"\[[^\[\]\n]{3,}\]\s*")
#: spoken words that open a question and say nothing of it ("Okay, ...", "Got it.")
_SAID_LEAD = re.compile(r"^(?:(?:so|and|okay|ok|well|also|then|great|thanks|right|sure|alright|got\s+it)\b[,.!]?\s+)*",
                        re.I)
#: the section a spoken question asks for, in words no section's name has ("How does it actually work in the brain?")
_ASKED_TOPIC = tuple((kind, re.compile(rx, re.I)) for kind, rx in (
    ("uses", r"\bwhat\s+(?:exactly\s+)?(?:is\s+(?:it|\w+)|it's|are\s+they)\s+(?:exactly\s+)?(?:\w+\s+)?used\s+for\b|"
             r"\bwhat\s+does\s+(?:it|\w+)\s+treat\b"),
    ("side_effects", r"\bside[\s-]+effects?\b"),
    ("mechanism", r"\bhow\s+(?:does|do)\s+(?:it|they|\w+)\s+(?:actually\s+|really\s+|even\s+)?work\b"),
))
#: asking to ask more: the questions after it are the page's FAQs
_MORE_QUESTIONS = re.compile(r"\b(?:a\s+few|some|more|other|any|couple\s+(?:of\s+)?)\s+(?:more\s+|other\s+)?"
                             r"questions?\b", re.I)


def _dialogue(body: str) -> str:
    """A scripted conversation as Markdown, line for line: stage directions dropped, each turn read by
    :func:`_answer_turns`."""
    lines = body.split("\n")
    turns = [(k, m.group("who"), m.group("text")) for k, m in enumerate(map(_SCRIPT_TURN.match, lines)) if m]
    if not _answer_turns(lines, turns, {}):
        return body
    speakers = _speakers(turns)
    spoken = {k for k, who, _ in turns if who in speakers}
    for k, line in enumerate(lines):
        if k not in spoken:
            text = _STAGE.sub("", line)
            lines[k] = text if text.strip() or not line.strip() else ""
    return "\n".join(lines)


def _speakers(turns: list[tuple[int, str, str]]) -> list[str]:
    """The speakers of at least three turns."""
    names: dict[str, int] = {}
    for _, who, _ in turns:
        names[who] = names.get(who, 0) + 1
    return [who for who, n in names.items() if n >= 3]


#: a question for a group of side effects ("And the less common ones?", "What about the serious side effects?")
_ASKED_GROUP = re.compile(r"^(?:(?:and|so|now)[,\s]+)?(?:(?:what|how)\s+about\s+)?(?:the\s+)?(?P<g>.+?)"
                          r"(?:\s+(?:ones|side[\s-]+effects?))?\s*\?$", re.I)


def _answer_turns(lines: list[str], turns: list[tuple[int, str, str]], heads: dict[int, str]) -> bool:
    """The turns (each turn's line, speaker and words) of a conversation between two speakers as Markdown on their
    lines (False, nothing written, when not two speak three times or more): the asker (the speaker whose turns end
    in "?" most) asking for a section opens it ("What side effects should I expect?" -> "## Side Effects", its first
    answer after "Are those different?" the Generic Name section), asking to ask more opens the FAQs, whose questions
    are then bold lines, asking for a group of side effects a label of it ("And the less common ones:"); the other
    speaker's words are the answer. ``heads`` holds the sections the script's own headings open (line -> kind)."""
    speakers = _speakers(turns)
    if len(speakers) != 2:
        return False
    names: dict[str, list[str]] = {who: [] for who in speakers}
    for _, who, text in turns:
        if who in names:
            names[who].append(_STAGE.sub("", text).strip())
    asker = max(speakers, key=lambda who: sum(t.endswith("?") for t in names[who]) / len(names[who]))
    opened: set[str] = set()
    faqs = asked = False
    current = None
    for k, who, said_text in turns:
        if who not in speakers:
            continue
        for j in [j for j in heads if j < k and heads[j] not in opened]:
            opened.add(heads[j])
            current = heads[j]
            faqs = faqs or heads[j] == "faqs"
        text = _STAGE.sub("", said_text).strip()
        if who != asker:
            if not opened and asked and k and not lines[k - 1].strip():
                lines[k - 1] = "## Generic Name"  # (the first answer to a question: what the drug is)
                opened.add("identity")
            lines[k] = text
            continue
        asked = True
        said = [x for x in re.split(r"(?<=[.!?])\s+", text) if x]
        last = _SAID_LEAD.sub("", said[-1] if said else "").strip()
        kind = section_kind(last[:1].upper() + last[1:]) if last else None
        kind = kind or next((name for name, rx in _ASKED_TOPIC if rx.search(last)), None)
        group = _ASKED_GROUP.match(text) if current == "side_effects" and len(said) == 1 else None
        if not faqs and (kind == "faqs" or _MORE_QUESTIONS.search(text)):
            faqs = True
            lines[k] = "## FAQs"
        elif not faqs and kind in _MAIN_KINDS and kind not in opened:
            opened.add(kind)
            current = kind
            lines[k] = f"## {_TITLES[kind]}"
        elif faqs and text.endswith("?"):
            lines[k] = f"**{text}**"
        elif text.endswith("?") and {"uses", "side_effects", "mechanism"} <= opened and k and not lines[k - 1].strip():
            faqs = True  # (a question after every section was asked for: the FAQs begin)
            lines[k - 1], lines[k] = "## FAQs", f"**{text}**"
        elif group and is_group_label(group.group("g")):
            lines[k] = text[:-1].rstrip() + ":"
        else:
            lines[k] = ""
    return True


# ---------------------------------------------------------------------------
# A Fountain screenplay ("INT. PHARMACY - NIGHT", a character's cue in capitals over the words spoken, "(softly)")
# ---------------------------------------------------------------------------

_FOUNTAIN_SCENE = re.compile(r"(?m)^[ \t]*(?:INT|EXT|EST|INT\.?/EXT|I/E)[. ][^\n]*$")
#: a character's cue: a line in capitals after a free line, its extensions ("(V.O.)", "(CONT'D)"), words under it
_FOUNTAIN_CUE = re.compile(r"(?m)(?:^|\n)[ \t]*\n[ \t]*@?(?P<who>[A-Z][A-Z0-9'. -]{0,30}?)[ \t]*(?:\([A-Z0-9'. ]+\)"
                           r"[ \t]*)*\^?[ \t]*\n[ \t]*[^ \t\n]")
_FOUNTAIN_CUE_LINE = re.compile(r"^[ \t]*@?(?P<who>[A-Z][A-Z0-9'. -]{0,30}?)[ \t]*(?:\([A-Z0-9'. ]+\)[ \t]*)*\^?"
                                r"[ \t]*$")
#: a transition ("CUT TO:", "FADE OUT.", "> FADE TO BLACK.") or centred text ("> THE END <")
_FOUNTAIN_TRANSITION = re.compile(r"^[ \t]*(?:[A-Z][A-Z ]*TO:|FADE (?:OUT|IN|TO BLACK)[.:]?|>.*)[ \t]*$")
_FOUNTAIN_TITLE_KEY = re.compile(r"^(?:Title|Credit|Author|Authors|Source|Draft date|Date|Contact|Copyright|Notes|"
                                 r"Revision)[ \t]*:", re.I)
_FOUNTAIN_NOTE = re.compile(r"\[\[.*?\]\]")


def _fountain(body: str) -> str:
    """A Fountain screenplay (fenced or not) as Markdown, line for line: its title page, scene headings, transitions,
    notes ("[[...]]"), synopses ("= ...") and action lines blank; a section line ("# HOW IT WORKS") the section's
    heading; a character's cue and the parentheticals under it ("(firmly)") blank, the words spoken under the cue
    a turn of the conversation (:func:`_answer_turns`)."""
    lines = body.split("\n")
    scene = next((k for k, line in enumerate(lines) if _FOUNTAIN_SCENE.match(line)), None)
    if scene is None:
        return body
    fences = [k for k, line in enumerate(lines) if _FENCE_LINE.match(line)]
    before = [k for k in fences if k < scene]
    if len(before) % 2:
        first, last = before[-1], next((k for k in fences if k > scene), len(lines) - 1)
    else:
        first = next((k for k in range(scene) if _FOUNTAIN_TITLE_KEY.match(lines[k])), scene)
        last = len(lines) - 1
    out = list(lines)
    turns: list[tuple[int, str, str]] = []
    heads: dict[int, str] = {}
    k = first
    titled = k + 1 < len(lines) and _FOUNTAIN_TITLE_KEY.match(lines[k + 1] if k in fences else lines[k]) is not None
    while k <= last:
        line = _FOUNTAIN_NOTE.sub("", lines[k]).strip()
        out[k] = ""
        if titled:  # (the title page, to its first free line)
            titled = bool(line) or k == first
        elif line.startswith("#"):
            title = line.strip("# \t")
            kind = section_kind(title[:1] + title[1:].lower())
            if kind in _MAIN_KINDS:
                out[k], heads[k] = f"## {_TITLES[kind]}", kind
        elif (cue := _FOUNTAIN_CUE_LINE.match(line)) and not lines[k - 1].strip() and k < last \
                and lines[k + 1].strip() and not _FOUNTAIN_SCENE.match(line) and not _FOUNTAIN_TRANSITION.match(line):
            words: list[int] = []
            k += 1
            while k <= last and lines[k].strip() and not _FENCE_LINE.match(lines[k]):
                said = _FOUNTAIN_NOTE.sub("", lines[k]).strip()
                if not re.match(r"^\(.*\)$", said):
                    out[k] = said
                    words.append(k)
                else:
                    out[k] = ""
                k += 1
            if words:
                turns.append((words[0], cue.group("who").strip(), out[words[0]]))
            continue
        k += 1
    if not _answer_turns(out, turns, heads):
        return body
    return "\n".join(out)


# ---------------------------------------------------------------------------
# A Ren'Py script ('define r = Character("Rosa")', "label usage:" over 'r "words"' lines, "{b}" text tags, the FAQs a
# "menu:" of '"Question?":' choices each over its answer)
# ---------------------------------------------------------------------------

_RENPY_CHARACTER = re.compile(r"^[ \t]*define[ \t]+(?P<v>[A-Za-z_]\w*)[ \t]*=[ \t]*Character\(")
_RENPY_CHARACTERS = re.compile(_RENPY_CHARACTER.pattern, re.M)  # (the same line, searched in the whole body)
_RENPY_LABEL = re.compile(r"^[ \t]*label[ \t]+(?P<n>[A-Za-z_][\w.]*)[ \t]*(?:\([^()]*\))?[ \t]*:[ \t]*$")
_RENPY_LABELS = re.compile(_RENPY_LABEL.pattern, re.M)
#: a line of dialogue: a character (with image attributes), the words in quotes, a transition after them
_RENPY_SAY = re.compile(r"^[ \t]*(?:(?P<who>[A-Za-z_]\w*)(?:[ \t]+[A-Za-z_]\w*)*[ \t]+)?"
                        r"\"(?P<t>(?:[^\"\\]|\\.)*)\"(?:[ \t]+with[ \t]+\w+)?[ \t]*(?P<choice>(?:if[ \t].*)?:)?[ \t]*$")
_RENPY_MENU = re.compile(r"^[ \t]*menu(?:[ \t]+[A-Za-z_]\w*)?[ \t]*:[ \t]*$")
_RENPY_TAG = re.compile(r"\{(?P<close>/)?(?P<t>[a-z]+)(?:=[^{}]*)?\}")


def _renpy_text(text: str) -> str:
    """Spoken words with their text tags as Markdown ("{b}" bold, "{i}" italic, others dropped), escapes their
    characters."""
    text = _RENPY_TAG.sub(lambda m: {"b": "**", "i": "*"}.get(m.group("t"), ""), text.replace("{{", "{"))
    return re.sub(r"\\(.)", lambda m: {"n": " ", "t": " "}.get(m.group(1), m.group(1)), text).strip()


def _renpy(body: str) -> str:
    """A Ren'Py script (fenced or not) as Markdown, line for line: a label that names a section ("label
    side_effects:") its heading; the dialogue of the defined characters under such labels the turns of a conversation
    (:func:`_answer_turns`), a menu's choice that asks ('"Can I drink alcohol?":') the asker's question and the words
    under it its answer; every other statement (defines, scenes, calls, jumps, the menu's own prompt, a choice that
    asks nothing and what it says) and the labels that name no section blank."""
    lines = body.split("\n")
    who = {m.group("v") for m in map(_RENPY_CHARACTER.match, lines) if m}
    first = next((k for k, line in enumerate(lines) if _RENPY_CHARACTER.match(line) or _RENPY_LABEL.match(line)),
                 None)
    if first is None:
        return body
    fences = [k for k in range(first) if _FENCE_LINE.match(lines[k])]
    if len(fences) % 2:
        first = fences[-1]
    last = next((k for k in range(first + 1, len(lines)) if _FENCE_LINE.match(lines[k])), len(lines) - 1) \
        if len(fences) % 2 else len(lines) - 1
    out = list(lines)
    heads: dict[int, str] = {}
    turns: list[tuple[int, str, str]] = []
    section = False
    menu: int | None = None  # (the menu's indent)
    choice: tuple[int, bool] | None = None  # (the choice's indent, whether it asks)
    for k in range(first, last + 1):
        line = lines[k]
        out[k] = ""
        indent = len(line) - len(line.lstrip())
        if line.strip() and menu is not None and indent <= menu:
            menu = choice = None
        if line.strip() and choice is not None and indent <= choice[0]:
            choice = None
        label, say, opened = _RENPY_LABEL.match(line), _RENPY_SAY.match(line), _RENPY_MENU.match(line)
        if label:
            kind = section_kind(_words(label.group("n").rsplit(".", 1)[-1]))
            section = kind in _MAIN_KINDS
            if section:
                out[k], heads[k] = f"## {_TITLES[kind]}", kind
        elif opened:
            menu = indent
        elif say and section and menu is not None and say.group("choice") and not say.group("who"):
            text = _renpy_text(say.group("t"))
            choice = (indent, text.endswith("?"))
            if choice[1]:
                turns.append((k, "", text))  # (the asker's: named when the turns are read)
        elif say and section and (say.group("who") in who or say.group("who") is None and menu is None) \
                and not say.group("choice") and (menu is None or choice is not None and choice[1]):
            turns.append((k, say.group("who") or "", _renpy_text(say.group("t"))))
    counts = {w: sum(t[1] == w for t in turns) for _, w, _ in turns if w}
    answers = {w for j, (_, w, _) in enumerate(turns) if j and not turns[j - 1][1]}  # (who answers a choice)
    asker = max((w for w in counts if w not in answers), key=counts.__getitem__, default="player")
    turns = [(k, w or asker, t) for k, w, t in turns]
    if len(heads) < 3 or not _answer_turns(out, turns, heads):
        return body
    _end_lists(out, [k for k, _, _ in turns])  # (no free line between two lines of dialogue)
    return "\n".join(out)


# ---------------------------------------------------------------------------
# An Inform 7 story source ("Volume 2 - Usage", 'The description of the card is "..."', a tab-separated "Table of
# Uses" under its header row, "[bold type]Label:[roman type]", "[']", 'say "..."' in a rule)
# ---------------------------------------------------------------------------

_I7_HEADING = re.compile(r"^[ \t]*(?:Volume|Book|Part|Chapter|Section)[ \t]+[\w.]+[ \t]+-[ \t]+(?P<t>\S.*?)[ \t]*$")
_I7_HEADINGS = re.compile(_I7_HEADING.pattern, re.M)  # (the same line, searched in the whole body)
#: a room, which every story has ("The Pharmacy is a room.")
_I7_MARK = re.compile(r"(?m)^[ \t]*(?:The[ \t]+)?[A-Z][\w' -]{0,40}[ \t]+is[ \t]+an?[ \t]+room\b")
_I7_OPEN = re.compile(r"^[ \t]*\"[^\"\n]+\" by \"?[^\"\n]+|" + _I7_HEADING.pattern)
_I7_TABLE = re.compile(r"^[ \t]*Table (?:of[ \t]+)?(?P<t>[^\t]*?)[ \t]*$")
#: a line of staging, no words of the answer: the story's title and settings, a room, a person, an Understand line
_I7_STAGING = re.compile(r"^[ \t]*(?:\"[^\"\n]*\" by\b|(?:The )?(?:story|release|Understand|Include|Use|Test)\b)|"
                         r"\bis an? (?:room|region|person|man|woman|animal|door)\b", re.I)
_I7_SUBST = re.compile(r"\[(?P<s>[^\[\]]*)\]")
#: a column's name as the key :func:`_data_item` knows it by (a question's "reply" its answer)
_I7_COLUMNS = {"reply": "answer", "response": "answer"}


def _i7_text(text: str) -> str:
    """A quoted text's words: "[']" an apostrophe, "[bold type]X[roman type]" Markdown's bold (italic its emphasis), a
    line or paragraph break an HTML "<br>" (a line break inside the line), every other substitution nothing."""
    style = ""

    def sub(m: re.Match[str]) -> str:
        nonlocal style
        said = " ".join(m.group("s").split()).casefold()
        if said == "'":
            return "'"
        if said in ("bold type", "italic type"):
            style = "**" if said == "bold type" else "*"
            return style
        if said in ("roman type", "fixed letter spacing", "variable letter spacing"):
            mark, style = style, ""
            return mark
        return "<br>" if said.endswith(("line break", "paragraph break")) else ""

    text = _I7_SUBST.sub(sub, text)
    text = re.sub(r"(?:\s*<br>\s*)+", "<br>", re.sub(r"\*\*\s+\*\*|\*\*\*\*", " ", text)).strip()
    return " ".join(re.sub(r"^(?:<br>)+|(?:<br>)+$", "", text).split())


def _inform7(body: str) -> str:
    """An Inform 7 source text (fenced or not) as Markdown, line for line: a "Volume N - X" heading (or Book, Part,
    Chapter, Section) a heading; a line's quoted texts (a thing's description, a rule's "say") their words
    (:func:`_i7_text`); a table's rows under its header row items of the section it is in, by what its columns' names
    mean (:func:`_data_item`: a condition with its status and note, an effect under its frequency, a question and its
    reply); the title, rooms, people, rules' own lines, table names and header rows and the fence blank."""
    lines = body.split("\n")
    window = _data_window(lines, _I7_OPEN)
    if window is None:
        return body
    first, last = window
    heads = [(k, m.group("t")) for k in range(first, last + 1) if (m := _I7_HEADING.match(lines[k]))]
    if sum(section_kind(t) in _MAIN_KINDS for _, t in heads) < 3:
        return body
    out = list(lines)
    section: str | None = None
    columns: list[str] = []  # (the header row of the table being read, its rows next)
    table: str | None = None
    k = first
    for k in range(first, last + 1):
        line = lines[k]
        head, name = _I7_HEADING.match(line), _I7_TABLE.match(line)
        out[k] = ""
        if not line.strip():
            columns, table = [], None
        elif head:
            section = section_kind(head.group("t")) or section
            out[k] = f"## {head.group('t')}"
        elif name and "\t" not in line:
            table = section if section in _MAIN_KINDS else section_kind(name.group("t"))
        elif table is not None and not columns:
            columns = [_I7_COLUMNS.get(c.strip().casefold(), c.strip()) for c in line.split("\t")]
            if not any(_data_role(c) in ("entry", "name", "question") for c in columns):
                columns[0] = "name"  # (the first column names the row's entry when no column says so)
        elif table is not None:
            cells = [_i7_text(c.strip().strip('"')) for c in line.split("\t")]
            facts: dict[int, tuple[str | None, str]] = {}
            _data_item(facts, table, None, _Map([(c, k, _Str([(k, t)])) for c, t in zip(columns, cells) if t]))
            out[k] = facts.get(k, (None, ""))[1]
        elif '"' in line and not _I7_STAGING.search(line) and not _FENCE_LINE.match(line):
            said = [_i7_text(t) for t in re.findall(r'"([^"]*)"', line)]
            said = [re.sub(r"(?:^|(?<=[.!?]) )[^.!?]*\bTable of [A-Z][^.!?]*[.!?]?", "", t).strip() for t in said]
            out[k] = " ".join(t for t in said if len(t.split()) > 2)  # (a sentence that points to a table, "The
            # uses are listed in the Table of Uses.", is the story's, its rows the answer's)
    return "\n".join(out)


# ---------------------------------------------------------------------------
# Fact rows: tab-separated lines and SQL INSERT rows of (section, group, item, detail)
# ---------------------------------------------------------------------------

#: a spreadsheet's header row: "section<TAB>group<TAB>item<TAB>notes"
_TSV_HEADER = re.compile(r"(?mi)^[ \t]*(?:section|category|topic|heading)\t[^\t\n]+(?:\t[^\t\n]*){1,3}[ \t]*$")
#: a row of an INSERT: "  ('usage', 'approved', 'Acne', 'In teenagers'),", or the whole statement on its line
_SQL_ROW = re.compile(r"(?mi)^[ \t]*(?:insert\s+into\b[^(\n]*(?:\([^)\n]*\))?\s*values\s*)?\((?P<vals>'(?:[^']|'')*'"
                      r"(?:\s*,\s*(?:'(?:[^']|'')*'|null|-?\d+(?:\.\d+)?))+)\)\s*[,;]?[ \t]*$")
_SQL_VALUE = re.compile(r"'((?:[^']|'')*)'|(null)|(-?\d+(?:\.\d+)?)", re.I)
_SQL_COLUMNS = re.compile(r"(?i)insert\s+into\s+[\w.\"`]+\s*\((?P<cols>[^)]*)\)")
#: a column's part in a fact row, by its name
_FACT_COLUMNS = (("section", r"^(?:section|topic|heading|part)$"),
                 ("group", r"^(?:group|category|type|kind|subsection|sub_?group|class)$"),
                 ("item", r"^(?:item|name|fact|term|question|entry|value|label)$"),
                 ("detail", r"^(?:notes?|details?|description|answer|comment|explanation|info)$"))
#: a group that says the item is no use ("not for", "not_for", "not used for")
_NOT_FOR = re.compile(r"^not(?:[\s_]+(?:used|approved|indicated))?[\s_]+for$|^contraindicat", re.I)
#: an item that is prose of its section, not a thing ("Notes", "When to call")
_PROSE_ITEM = re.compile(r"^(?:note|notes|when\s+to\s+(?:call|get\s+help)(?:\s+a\s+doctor)?|seek\s+help|warning|tip|"
                         r"summary|overview)$", re.I)
#: an identity row's group as the field a Generic Name section holds
_IDENTITY_FIELDS = ((r"^brand", "Brand name"), (r"^(?:drug\s*)?class$", "Drug class"), (r"^routes?$", "Route"),
                    (r"^(?:dosage\s*)?forms?$", "Forms"),
                    (r"^(?:other\s+names?|synonyms?|also\s+called)$", "Also called"))


def fact_cell(kind: str, group: str, item: str, detail: str, first: bool) -> str:
    """One fact row as what a reader of its section expects (a cell of a table of sections, one line): an effect under
    its group "**Common:** Headache", a use "• **Acne (off-label):** detail", a question "**Question?** answer", the
    mechanism's detail as prose, an identity row as its field ("**Brand name:** X"), the first identity row the name."""
    group = " ".join(group.replace("_", " ").split())
    if _NOT_FOR.match(group):
        return f"It is not used for {_decap(item)}." if item else ""
    if kind == "side_effects" and not section_kind(item) and not _PROSE_ITEM.match(item) \
            and not re.match(r"^(?:seek|get)\s+help|^when\s+to\b", group, re.I):
        return f"**{group.capitalize() or 'Other'}:** {item}"
    if kind == "faqs" or item.endswith("?"):
        return f"**{item}** {detail}".rstrip()
    if kind == "mechanism" and item and re.match(r"^(?:(?:main|primary|molecular)\s+)?targets?$", group, re.I):
        return f"**Target:** {item.rstrip('.')}. {detail}".rstrip()  # ("target", "H+/K+-ATPase (the proton pump)": what
        # the drug acts on, named by the row's item, said by its detail)
    if kind in ("mechanism", "side_effects") or _PROSE_ITEM.match(item) or not item:
        return detail or item
    if kind == "identity":
        if first and not any(re.match(rx, group, re.I) for rx, _ in _IDENTITY_FIELDS):
            return item  # (the first row's item, the name)
        field = next((name for rx, name in _IDENTITY_FIELDS if re.match(rx, group, re.I)), None)
        return f"**{field}:** {item}" if field else f"\u2022 **{item}:** {detail}" if detail else f"\u2022 **{item}**"
    plain = not group or re.match(r"^(?:approved|on[-\s]label|labell?ed|fda|yes)$", group, re.I)
    label = item if plain else f"{item} ({group})"
    return f"\u2022 **{label}:** {detail}" if detail else f"\u2022 **{label}**"


def fact_table(lines: list[str], rows: dict[int, tuple[str, str, str, str]], head: int,
               cell_of: Callable[[str, str, str, str, bool], str] | None = None) -> list[str]:
    """``lines`` with fact rows read as a table of sections: ``head`` and the line after it (neither a row) carry the
    table's header and separator, each row a row of the table ("| Usage | • **Acne:** ... |", its section named only
    where it changes), every other line up to the last row an empty row, so the table runs on; None-kind rows end it.
    ``cell_of`` writes a row's cell (:func:`fact_cell` when not given)."""
    out = list(lines)
    out[head], out[head + 1] = "| Section | Detail |", "|---|---|"
    last_kind: str | None = None
    last_row = max(rows)
    for k in range(head + 2, last_row + 1):
        if k not in rows:
            out[k] = "| | |"
            continue
        section, group, item, detail = rows[k]
        kind = section_kind(section.replace("_", " "))
        if kind is None:
            out[k] = "| | |"
            continue
        cell = (cell_of or fact_cell)(kind, group, item.strip(), detail.strip(),
                                      kind != last_kind and kind == "identity")
        name = "" if kind == last_kind else section.replace("_", " ").strip().capitalize()
        out[k] = f"| {name} | {cell.replace('|', '/')} |"
        last_kind = kind
    return out


def _fact_parts(names: list[str]) -> dict[str, int]:
    """Which column holds each part of a fact row, by the columns' names (a four-column row in the usual order when the
    names say nothing)."""
    where: dict[str, int] = {}
    for part, rx in _FACT_COLUMNS:
        for k, name in enumerate(names):
            if k not in where.values() and re.match(rx, name.strip().strip('"`').casefold()):
                where.setdefault(part, k)
    if "section" not in where or "item" not in where:
        where = dict(zip(("section", "group", "item", "detail"), range(len(names)))) if len(names) >= 4 \
            else dict(zip(("section", "item", "detail"), range(len(names))))
    return where


def _as_fact(values: list[str], where: dict[str, int]) -> tuple[str, str, str, str]:
    got = [values[where[part]] if part in where and where[part] < len(values) else ""
           for part in ("section", "group", "item", "detail")]
    return got[0], got[1], got[2], got[3]


def _tsv(body: str) -> str:
    """Tab-separated rows under a header ("section<TAB>group<TAB>item<TAB>notes"): a table of sections, line for
    line."""
    lines = body.split("\n")
    head = next(k for k, line in enumerate(lines) if _TSV_HEADER.fullmatch(line))
    where = _fact_parts(lines[head].split("\t"))
    rows = {}
    for k in range(head + 1, len(lines)):
        if "\t" not in lines[k]:
            if lines[k].strip():
                break
            continue
        rows[k] = _as_fact([c.strip() for c in lines[k].split("\t")], where)
    if len(rows) < 4 or head == 0 or lines[head - 1].strip():
        return body
    return "\n".join(fact_table(lines, rows, head - 1))


def _sql(body: str) -> str:
    """INSERT rows of facts ("('usage', 'approved', 'Acne', NULL),", SQL's quoting undone): a table of sections, line
    for line, its header on the two lines before the first row (the statement's line, a comment, a fence, CREATE
    TABLE)."""
    lines = body.split("\n")
    cols = _SQL_COLUMNS.search(body)
    where = _fact_parts(cols.group("cols").split(",") if cols else ["section", "group", "item", "detail"])
    rows: dict[int, tuple[str, str, str, str]] = {}
    for k, line in enumerate(lines):
        m = _SQL_ROW.match(line)
        for more in range(1, 4):  # a row that runs on over the next lines: read whole on its first line
            if m or k + more >= len(lines) or "(" not in line or not lines[k + more].strip() \
                    or _SQL_ROW.match(lines[k + more]):
                break
            m = _SQL_ROW.match(" ".join(x.strip() for x in lines[k:k + more + 1]))
        if m:
            values = ["" if n else d or a.replace("''", "'") for a, n, d in _SQL_VALUE.findall(m.group("vals"))]
            rows[k] = _as_fact(values, where)
    first = min(rows)
    if first < 2 or any(k in rows for k in (first - 2, first - 1)) or len(rows) < 4:
        return body
    out = fact_table(lines, rows, first - 2)
    for k in range(first - 3, -1, -1):  # the fence, CREATE TABLE and comments before: no code block, no words
        if out[k].strip().casefold().startswith(("```", "~~~", "create ", "--", "drop ", "begin", "set ", "use ")):
            out[k] = ""
        elif out[k].strip():
            break
    for k in range(max(rows) + 1, len(out)):  # the statement's end and the fence after the rows
        if out[k].strip() in (";", ")", ");", "```", "~~~") or out[k].strip().casefold().startswith(("commit", "--")):
            out[k] = ""
        elif out[k].strip():
            break
    return "\n".join(out)


# ---------------------------------------------------------------------------
# schema.org JSON-LD ('{"@type": "Drug", "indication": [{"@type": "MedicalIndication", "name": ...}], ...}')
# ---------------------------------------------------------------------------

_LD_MEMBER = re.compile(r'^\s*"(?P<k>[@\w]+)"\s*:\s*(?P<v>.*?)\s*,?\s*$')
_JSON_STRING_LINE = re.compile(r'^\s*"(?:[^"\\]|\\.)*"\s*,?\s*$')
#: the sections schema.org's properties of a Drug belong to, and the label of a one-line property
_LD_SECTIONS = {"indication": "Usage", "adverseOutcome": "Side Effects", "seriousAdverseOutcome": "Side Effects",
                "mainEntity": "FAQs"}
_LD_FIELDS = {"proprietaryName": "Brand names", "administrationRoute": "Route", "dosageForm": "Forms",
              "alternateName": "Also called", "mechanismOfAction": "How it Works", "drugClass": "Drug class",
              "warning": "", "description": "", "pregnancyWarning": "Pregnancy",
              "contraindication": "Contraindications", "foodWarning": "Food", "interactingDrug": "Interactions",
              "clinicalPharmacology": "How it Works"}
_LD_SKIP = frozenset({"@context", "@type", "@id", "url", "nonProprietaryName", "prescriptionStatus", "legalStatus",
                      "isProprietary", "isAvailableGenerically", "code", "sameAs", "image"})


def _ld_value(text: str) -> object:
    try:
        return json.loads(text.rstrip(","))
    except ValueError:
        return text.strip('",')


def _ld_words(value: object) -> str:
    if isinstance(value, list):
        return ", ".join(_ld_words(v) for v in value if v not in (None, ""))
    if isinstance(value, dict):
        return _ld_words(value.get("name") or value.get("text") or "")
    return " ".join(str(value).split())


def _json_ld(body: str) -> str:
    """A schema.org Drug in JSON-LD as Markdown, line for line: its name the Generic Name section's first line, its
    brands, class, routes and forms fields, each indication an item of Usage, each adverse outcome an item "**Group:**
    name" of Side Effects (its description the group, a serious one marked so), the mechanism a "How it Works" label,
    each question of its FAQ page a bold line over its answer; braces, brackets and "@type" lines blank."""
    lines = body.split("\n")
    out = [""] * len(lines)
    frames: list[tuple[str, str, int, dict[str, object]]] = []  # (obj or arr, the key it is under, first line, members)
    named = False
    for k, line in enumerate(lines):
        text = line.strip()
        if not frames and not text.startswith("{"):
            out[k] = "" if _FENCE_LINE.match(line) else line
            continue
        under = frames[-1][1] if frames else ""
        if text.startswith("{") and text.rstrip(",").endswith("}") and len(text) > 2:  # an object on one line
            obj = _ld_value(text)
            out[k] = _ld_item(under, obj if isinstance(obj, dict) else {})
            continue
        m = _LD_MEMBER.match(line)
        if m and m.group("v") in ("{", "["):
            frames.append(("obj" if m.group("v") == "{" else "arr", m.group("k"), k, {}))
            section = _LD_SECTIONS.get(m.group("k"))
            out[k] = f"## {section}" if section else ""
            continue
        if text in ("{", "[", "{,", "[,"):
            frames.append(("obj" if text[0] == "{" else "arr", under, k, {}))
            continue
        if frames and frames[-1][0] == "arr" and _JSON_STRING_LINE.match(line):  # a string of a list over lines
            frames[-1][3].setdefault("@items", []).append(_ld_words(_ld_value(text)))  # type: ignore[union-attr]
            continue
        if text.startswith(("}", "]")):
            kind, key, first, members = frames.pop() if frames else ("", "", k, {})
            if kind == "arr" and members.get("@items") and len(frames) == 1:  # ("proprietaryName": [ over its names)
                label = _LD_FIELDS.get(key, re.sub(r"(?<=[a-z])(?=[A-Z])", " ", key).capitalize())
                words = ", ".join(members["@items"])  # type: ignore[arg-type]
                out[first] = f"**{label}:** {words}" if label else words
            if kind == "obj" and key in ("indication", "adverseOutcome", "seriousAdverseOutcome", "mainEntity",
                                         "drugClass"):
                _ld_render(out, key, members, int(members.pop("@line", first)))  # type: ignore[call-overload]
            continue
        if not m:
            continue
        key, value = m.group("k"), _ld_value(m.group("v"))
        if under in ("indication", "adverseOutcome", "seriousAdverseOutcome", "mainEntity", "drugClass",
                     "acceptedAnswer"):
            members = frames[-1][3]
            members[key] = value
            if key in ("name", "text") and "@line" not in members:
                members["@line"] = k
            if under == "acceptedAnswer" and key == "text":
                out[k] = _ld_words(value)
            continue
        if key in _LD_SKIP or (key == "name" and named) or len(frames) > 1:
            continue
        if key == "name":
            named = True
            out[k - 1 if k and not out[k - 1] else k] = "## Generic Name"
            out[k] = _ld_words(value) if out[k] == "" else out[k]
            continue
        label = _LD_FIELDS.get(key, re.sub(r"(?<=[a-z])(?=[A-Z])", " ", key).capitalize())
        words = _ld_words(value)
        out[k] = f"**{label}:** {words}" if label else words
    return "\n".join(out)


def _ld_item(under: str, obj: dict[str, object]) -> str:
    name, desc = _ld_words(obj.get("name", "")), _ld_words(obj.get("description", ""))
    if under == "indication":
        return f"- **{name}:** {desc}".rstrip(": ") if desc else f"- **{name}**"
    if under in ("adverseOutcome", "seriousAdverseOutcome"):
        group = desc.split(",")[0].strip().capitalize() if desc and len(desc.split()) <= 6 else ""
        if under == "seriousAdverseOutcome":  # (its frequency and its gravity as the item's own tag)
            return f"- {name} ({group.lower()}, serious)" if group else f"- **Serious:** {name}"
        return f"- **{group or 'Other'}:** {name}"
    return ""


def _ld_render(out: list[str], under: str, members: dict[str, object], at: int) -> None:
    if under == "drugClass":
        out[at] = f"**Drug class:** {_ld_words(members.get('name', ''))}"
    elif under == "mainEntity":
        out[at] = f"**{_ld_words(members.get('name', ''))}**"
    else:
        out[at] = _ld_item(under, members)


# ---------------------------------------------------------------------------
# An HL7 FHIR Bundle ('"resourceType": "MedicationKnowledge"', a "ClinicalUseDefinition" for each use and effect)
# ---------------------------------------------------------------------------

_FHIR_DRUG = re.compile(r'"resourceType"\s*:\s*"(?:MedicationKnowledge|ClinicalUseDefinition|Medication)"')
_JSON_TOKEN = re.compile(r'"(?:[^"\\\n]|\\.)*"|[{}\[\]:,]|-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null|\s+')
#: what an extension's or a note's words are about, by its url or its words
_FHIR_TOPICS = (("mechanism", re.compile(r"mechanism|mode[-_ ]of[-_ ]action|pharmacodynamic", re.I)),
                ("faq_q", re.compile(r"^(?:.*[/#-])?(?:question|q)$", re.I)),
                ("faq_a", re.compile(r"^(?:.*[/#-])?(?:answer|a)$", re.I)))
_PREVENTS = re.compile(r"^(?:prophyla|prevent)", re.I)

Scalar = tuple[int, tuple[object, ...], object]  # (line, path of keys and indexes, value)


def _json_scalars(lines: list[str], start: int) -> tuple[int, list[Scalar]] | None:
    """The scalars of the JSON value opening on line ``start``, each with its line and its path, and the line the value
    ends on (None when the text is not JSON)."""
    text = "\n".join(lines[start:])
    stack: list[list[object]] = []  # [kind, key or index]
    got: list[Scalar] = []
    line, pos = start, 0
    for m in _JSON_TOKEN.finditer(text):
        if m.start() != pos:
            return None
        tok, pos = m.group(0), m.end()
        if tok.isspace():
            line += tok.count("\n")
        elif tok in ("{", "["):
            stack.append(["obj", None] if tok == "{" else ["arr", 0])
        elif tok in ("}", "]"):
            if not stack:
                return None
            stack.pop()
            if not stack:
                return line, got
        elif tok == ",":
            if not stack:
                return None
            if stack[-1][0] == "arr":
                stack[-1][1] = int(stack[-1][1]) + 1  # type: ignore[call-overload]
            else:
                stack[-1][1] = None
        elif tok != ":":
            if not stack:
                return None
            value = json.loads(tok)
            if stack[-1][0] == "obj" and stack[-1][1] is None:
                stack[-1][1] = value  # (a member's key)
            else:
                got.append((line, tuple(f[1] for f in stack), value))
    return None


def _fhir(body: str) -> str:
    """An HL7 FHIR Bundle (or one resource) as Markdown, line for line: every JSON line blank but those that carry a
    fact. A MedicationKnowledge gives the Generic Name section (its code's text the name, synonyms the brands, dose
    form, routes and classification fields) and a mechanism extension How it Works; each ClinicalUseDefinition of type
    "indication" an item of Usage on its disease's line ("Prevention of X" when its intended effect is prophylaxis,
    "(off-label)" when its category says so, its population and co-therapy as description); each "undesirable-effect"
    an item of Side Effects under its frequency (serious when classified so); a warning's description prose of Side
    Effects; question and answer extensions the FAQs. A section's heading goes on the nearest line left blank before its
    first fact; the fence around the JSON is blank."""
    lines = body.split("\n")
    start = next((k for k, line in enumerate(lines) if line.strip().startswith("{")), -1)
    scanned = _json_scalars(lines, start) if start >= 0 else None
    if scanned is None:
        return body
    end, scalars = scanned
    resources = sorted({path[:-1] for _, path, value in scalars if path and path[-1] == "resourceType"}, key=len)
    facts: dict[int, tuple[str, str]] = {}  # line -> (section kind, Markdown)

    def put(line: int, kind: str, text: str) -> None:
        if text:
            old = facts.get(line)
            facts[line] = (old[0], f"{old[1]} {text}") if old else (kind, text)

    for res in resources:
        own = [(ln, path[len(res):], v) for ln, path, v in scalars if path[:len(res)] == res
               and not any(len(r) > len(res) and path[:len(r)] == r for r in resources)]
        _fhir_resource(own, put)
    out = list(lines)
    for k in range(start, end + 1):
        out[k] = ""
    if start and _FENCE_LINE.match(lines[start - 1]):
        out[start - 1] = ""
    if end + 1 < len(lines) and _FENCE_LINE.match(lines[end + 1]):
        out[end + 1] = ""
    current, last = None, start - 2
    for k in sorted(facts):
        kind, text = facts[k]
        out[k] = text
        if kind != current:
            free = [j for j in range(max(last + 1, start - 1), k) if not out[j].strip()]
            if free:
                out[free[-1]] = f"## {_TITLES[kind]}"
                current = kind
        last = k
    return "\n".join(out)


def _fhir_resource(own: list[Scalar], say: Callable[[int, str, str], None]) -> None:
    """One resource's facts given to ``say(line, kind, text)``; ``own`` its scalars, paths from the resource."""

    def field(*keys: str) -> list[tuple[int, str]]:
        return [(ln, " ".join(str(v).split())) for ln, path, v in own
                if tuple(p for p in path if not isinstance(p, int)) == keys and isinstance(v, str) and v.strip()]

    def words(*keys: str) -> str:
        return "; ".join(v for _, v in field(*keys))

    kind = words("resourceType")
    if kind in ("MedicationKnowledge", "Medication"):
        name = field("code", "text") or field("code", "coding", "display")
        if name:
            say(name[0][0], "identity", name[0][1][:1].upper() + name[0][1][1:])
        for keys, label in ((("synonym",), "Brand names"), (("doseForm", "text"), "Forms"),
                            (("intendedRoute", "text"), "Route"),
                            (("medicineClassification", "classification", "text"), "Drug class")):
            got = field(*keys)
            if got:
                say(got[0][0], "identity", f"- **{label}:** {', '.join(v for _, v in got)}")
    elif kind == "ClinicalUseDefinition":
        use = words("type").casefold()
        if use == "indication":
            got = field("indication", "diseaseSymptomProcedure", "concept", "text") \
                or field("indication", "diseaseSymptomProcedure", "concept", "coding", "display")
            if got:
                off = re.search(r"off[-\s]?label|unlicensed|unapproved", words("category", "text"), re.I)
                effect = words("indication", "intendedEffect", "concept", "text")
                prevents = _PREVENTS.match(effect) and not off
                more = [effect if not prevents else "", words("population", "display") or words("population", "text"),
                        "; ".join(f"with {v[:1].lower() + v[1:]}" for _, v in
                                  field("indication", "comorbidity", "concept", "text")),
                        "; ".join(f"given with {v[:1].lower() + v[1:]}" for _, v in
                                  field("indication", "otherTherapy", "treatment", "concept", "text"))]
                item = f"Prevention of {got[0][1]}" if prevents else f"**{got[0][1]}**"
                detail = "; ".join(m for m in more if m)
                say(got[0][0], "uses", f"- {item}{' (off-label)' if off else ''}{': ' + detail if detail else ''}")
        elif use == "undesirable-effect":
            got = field("undesirableEffect", "symptomConditionEffect", "concept", "text") \
                or field("undesirableEffect", "symptomConditionEffect", "concept", "coding", "display")
            if got:
                often = words("undesirableEffect", "frequencyOfOccurrence", "text") \
                    or words("undesirableEffect", "frequencyOfOccurrence", "coding", "display")
                grade = words("undesirableEffect", "classification", "text")
                serious = re.search(r"serious|severe|life[-\s]threatening", grade, re.I)
                group = (often or grade or "Other").capitalize()
                text = f"- {got[0][1]} ({often.lower()}, serious)" if serious and often else \
                    f"- **{group}:** {got[0][1]}"
                say(got[0][0], "side_effects", text)
        elif use in ("warning", "contraindication", "interaction"):
            for ln, text in field("warning", "description") or field("contraindication", "description") \
                    or field("interaction", "description") or field("description"):
                say(ln, "side_effects" if use == "warning" else "precautions", text)
    for ln, path, v in own:  # extensions and notes, by their url or key
        if not isinstance(v, str) or not path or path[-1] not in ("valueString", "valueMarkdown", "text") \
                or (path[-1] == "text" and "note" not in path):
            continue
        url = next((str(u) for ln2, p2, u in own if p2 == path[:-1] + ("url",)), "")
        topic = next((t for t, rx in _FHIR_TOPICS if rx.search(url)), None)
        if topic == "mechanism":
            say(ln, "mechanism", " ".join(v.split()))
        elif topic == "faq_q":
            say(ln, "faqs", f"**{' '.join(v.split())}**")
        elif topic == "faq_a":
            say(ln, "faqs", " ".join(v.split()))


# ---------------------------------------------------------------------------
# A Gherkin feature file ("Scenario: Common side effects", 'Then it may cause "drowsiness"', "# Q: ...")
# ---------------------------------------------------------------------------

_GHERKIN_SCENARIO = re.compile(r"(?m)^[ \t]*(?:Scenario(?:\s+Outline)?|Background|Rule|Example):[ \t]*(?P<t>.*)$")
_GHERKIN_STEP = re.compile(r"^[ \t]*(?P<kw>Given|When|Then|And|But|\*)\s+(?P<t>.*)$")
_GHERKIN_QUOTED = re.compile(r'"([^"<>]+)"')


def _gherkin(body: str) -> str:
    """A Gherkin feature file as Markdown, line for line: the feature's title and narrative blank; the Background the
    Generic Name section (its steps the sentences they say, quotes dropped); each scenario's title a section (its
    heading on the blank line before it) or a group label of the section; in a scenario of uses or side effects the
    quoted names of its steps are its items (the words after them kept), its other steps blank; an outline's Examples
    rows items "effect (signs)"; "# Q:" / "# A:" comments lines of the FAQs."""
    lines = body.split("\n")
    out = list(lines)
    start = next(k for k, line in enumerate(lines) if line.strip().startswith("Feature:"))
    if start and _FENCE_LINE.match(lines[start - 1]):
        out[start - 1] = ""
    kind: str | None = None
    opened: set[str] = set()
    table_head = False
    for k in range(start, len(lines)):
        line, text = lines[k], lines[k].strip()
        if _FENCE_LINE.match(line):
            out[k] = ""
            break
        if k == start or not text:
            out[k] = ""
            continue
        scenario = _GHERKIN_SCENARIO.match(line)
        if scenario:
            title = scenario.group("t").strip() or "Generic Name"
            new = "identity" if text.startswith("Background") else section_kind(title)
            if new is None and re.search(r"\b(?:uses?|treat|indications?)\b", title, re.I):
                new = "uses"
            if new is None and re.search(r"\b(?:works?|mechanism|action)\b", title, re.I):
                new = "mechanism"
            if new and new not in opened:
                opened.add(new)
                if k and not out[k - 1].strip():
                    out[k - 1] = f"## {_TITLES.get(new, title)}"
            kind = new or kind
            out[k] = "" if text.startswith("Background") or section_kind(title) == kind and new != "side_effects" \
                and not re.search(r"off[- ]label|serious|common|rare", title, re.I) else f"**{title}:**"
            table_head = False
            continue
        if text.startswith("#"):
            said = text.lstrip("#").strip()
            if re.match(r"^(?:frequently\s+asked\s+questions|faqs?)\b", said, re.I):
                out[k] = "## FAQs"
                kind = "faqs"
            else:
                out[k] = said
            continue
        if text.startswith("Examples:"):
            out[k], table_head = "", True
            continue
        if text.startswith("|"):
            cells = [c.strip() for c in text.strip("|").split("|")]
            if table_head:
                out[k], table_head = "", False
            else:
                out[k] = f"- {cells[0]}" + (f" ({'; '.join(c for c in cells[1:] if c)})" if len(cells) > 1 else "")
            continue
        step = _GHERKIN_STEP.match(line)
        if step is None:
            out[k] = "" if kind is None else text
            continue
        said = step.group("t").strip()
        quoted = _GHERKIN_QUOTED.findall(said)
        if "<" in said and ">" in said:
            out[k] = ""  # an outline's step, its names in the Examples
        elif kind in ("uses", "side_effects") and quoted and not re.search(r"\bnot\b", said, re.I):
            after = said[said.rfind('"') + 1:].strip()
            out[k] = "- " + ", ".join(quoted) + (f" {after}" if after and not after.startswith(",") else
                                                 f"{after}" if after else "")
        elif kind in ("uses", "side_effects") and step.group("kw") in ("Given", "When") and not quoted:
            out[k] = ""  # the scenario's setting ("Given a patient has taken a dose")
        else:
            sentence = _GHERKIN_QUOTED.sub(r"\1", said).rstrip(".")
            out[k] = sentence[:1].upper() + sentence[1:] + "."
    return "\n".join(out)


# ---------------------------------------------------------------------------
# A Jupyter notebook ('{"cells": [{"cell_type": "markdown", "source": ["## Usage\\n", "- Acne\\n"]}, ...]}')
# ---------------------------------------------------------------------------

_NB_CELL = re.compile(r'"cell_type"\s*:\s*"(?P<kind>markdown|code|raw)"')
_NB_SOURCE_OPEN = re.compile(r'^\s*"source"\s*:\s*\[\s*$')
#: a string of a source array on its line, or a whole source given as one string
_NB_STRING = re.compile(r'^\s*(?:"source"\s*:\s*)?(?P<s>"(?:[^"\\]|\\.)*")\s*,?\s*$')


def _notebook(body: str) -> str:
    """A notebook's Markdown cells as the Markdown they hold, line for line: each string of a cell's "source" array is
    one line of it (its escaped line end dropped); the JSON around them, and code cells, are blank lines."""
    lines = body.split("\n")
    start = next((k for k, line in enumerate(lines) if line.strip() == "{"), None)
    end = next((k for k in range(len(lines) - 1, -1, -1) if lines[k].strip() == "}"), None)
    if start is None or end is None or end <= start:
        return body
    kind, in_source = "", False
    for k in range(start, end + 1):
        line = lines[k]
        cell = _NB_CELL.search(line)
        if cell:
            kind = cell.group("kind")
        string = _NB_STRING.match(line) if in_source or '"source"' in line else None
        if _NB_SOURCE_OPEN.match(line):
            in_source, lines[k] = True, ""
            continue
        if in_source and line.strip().startswith("]"):
            in_source = False
        if string and kind == "markdown":
            try:
                text = json.loads(string.group("s"))
            except ValueError:
                text = ""
            lines[k] = str(text).rstrip("\n").replace("\n", " ")
        else:
            lines[k] = ""
    return "\n".join(lines)


# ---------------------------------------------------------------------------
# XML ("<usage>" over "<indication>Acne</indication>")
# ---------------------------------------------------------------------------

#: an element whose text is on its line: "<effect>Nausea</effect>", '<indication offLabel="true">X</indication>'
_XML_LEAF = re.compile(r"(?m)^[ \t]*<(?P<tag>[A-Za-z][\w.-]*)(?P<attrs>(?:\s+[\w:.-]+\s*=\s*\"[^\"]*\")*)\s*>"
                       r"(?P<text>[^<>]*)</(?P=tag)\s*>[ \t]*$")
_XML_OPEN = re.compile(r"^[ \t]*<(?P<tag>[A-Za-z][\w.-]*)(?P<attrs>(?:\s+[\w:.-]+(?:\s*=\s*\"[^\"]*\")?)*)\s*>[ \t]*$")
_XML_CLOSE = re.compile(r"^[ \t]*</[A-Za-z][\w.-]*\s*>[ \t]*$|^[ \t]*<\?xml\b.*\?>[ \t]*$|^[ \t]*<!--.*-->[ \t]*$")
#: an XML page is no HTML page: those are read as HTML (:func:`kg.parse._html_lines`)
_HTML_TAGS = re.compile(r"<(?:h[1-6]|li|ul|ol|p|div|table|dl|dt|dd|br|strong|b)\b", re.I)
#: the attribute that names a group ('<group name="common">', '<category severity="serious">')
_GROUP_ATTR = re.compile(r"\b(?:name|type|category|severity|frequency|level|kind|label)\s*=\s*\"(?P<v>[^\"]+)\"", re.I)
_OFF_LABEL_ATTR = re.compile(r"\boff[-_]?label\s*=\s*\"(?:true|yes|1)\"|"
                             r"\b(?:status|approval|type)\s*=\s*\"off[-_ ]?label\"", re.I)
_QUESTION_TAGS = frozenset({"question", "q"})
_ANSWER_TAGS = frozenset({"answer", "a"})
#: elements whose text is prose of the section it is in (no label of its own)
_TEXT_TAGS = frozenset({"summary", "description", "text", "p", "para", "paragraph", "note", "details", "overview",
                        "intro", "introduction", "seekhelp", "warning", "whentoseekhelp"})


def _words(tag: str) -> str:
    """An element's name as words: "sideEffects" -> "Side effects", "brand_names" -> "Brand names"."""
    words = re.sub(r"(?<=[a-z0-9])(?=[A-Z])", " ", tag).replace("_", " ").replace("-", " ").split()
    text = " ".join(words).lower()
    return text[:1].upper() + text[1:]


def _xml(body: str) -> str:
    """An XML answer as Markdown: an element that names a section a heading (or, when its text is on its line, a run-in
    label on the line a closing tag left empty before it), an element that names a group (or carries a group
    attribute) a label, elements repeated as siblings list items (an ``offLabel="true"`` one labelled "Off-label:"),
    a question and its answer "Q:" / "A:" lines; closing tags, the declaration and comments empty lines."""
    lines = body.split("\n")
    leaves = [m.group("tag") for m in _XML_LEAF.finditer(body)]
    repeated = {t for t in leaves if leaves.count(t) >= 2} - _QUESTION_TAGS - _ANSWER_TAGS
    current: str | None = None
    out: list[str] = []
    for line in lines:
        leaf, opened = _XML_LEAF.match(line), _XML_OPEN.match(line)
        if leaf:
            tag, text = leaf.group("tag"), leaf.group("text").strip()
            low = tag.casefold()
            kind = section_kind(_words(tag))
            if low in _QUESTION_TAGS:
                out.append(f"Q: {text}")
            elif low in _ANSWER_TAGS:
                out.append(f"A: {text}")
            elif kind in _MAIN_KINDS and kind != current and tag not in repeated:
                if out and not out[-1].strip():  # "</sideEffects>" over "<mechanism>It blocks ...</mechanism>"
                    out[-1], current = f"## {_TITLES[kind]}", kind
                    out.append(text)
                else:
                    out.append(f"**{_words(tag)}:** {text}")
            elif tag in repeated:
                off = "Off-label: " if _OFF_LABEL_ATTR.search(leaf.group("attrs")) else ""
                out.append(f"- {off}{text}")
            elif low in _TEXT_TAGS:
                out.append(text)
            else:
                out.append(f"**{_words(tag)}:** {text}")
        elif opened:
            tag = opened.group("tag")
            kind = section_kind(_words(tag))
            group = _GROUP_ATTR.search(opened.group("attrs"))
            if group:
                out.append(f"**{group.group('v').strip()}:**")
            elif kind in _MAIN_KINDS and kind != current:
                out.append(f"## {_TITLES[kind]}")
                current = kind
            elif kind is None or kind in _MAIN_KINDS:
                out.append("")  # the root, "<faq>" inside the FAQs, "<group>" with no name
            else:
                out.append(f"**{_words(tag)}:**")  # "<brandNames>" over "<brand>" items, "<forms>" over "<form>"
        elif _XML_CLOSE.match(line):
            out.append("")
        else:
            out.append(line.strip())
    return "\n".join(out)


# ---------------------------------------------------------------------------
# An Atom feed entry ('<feed xmlns="http://www.w3.org/2005/Atom">', "<entry>", "<title>", "<category term label/>",
# '<content type="html">' over the answer as escaped HTML: "&lt;h2&gt;Usage&lt;/h2&gt;", "&lt;li&gt;...")
# ---------------------------------------------------------------------------

_ATOM = re.compile(r"<feed\b[^>]*2005/Atom|^[ \t]*<entry\b", re.M)
_ATOM_CONTENT = re.compile(r"<content\b[^>]*\btype\s*=\s*\"(?:text/)?html\"[^>]*>", re.I)
_ATOM_OPEN = re.compile(r"^[ \t]*(?:<\?xml\b|<feed\b|<entry\b)")
#: an escaped tag of the HTML inside ("&lt;h2&gt;", "&lt;/li&gt;")
_ESCAPED_TAG = re.compile(r"&lt;/?[A-Za-z][\w]*(?:\s[^&]*?)?/?&gt;")


def _atom(body: str) -> str:
    """An Atom feed (fenced or not) as the HTML its entries' '<content type="html">' hold, line for line: each of
    their lines unescaped once ("&lt;h2&gt;" -> "<h2>", a CDATA section as it is), so that the page is read as the
    HTML answer it is (:func:`kg.parse._html_lines`); the feed's own elements (its titles, ids, dates, author,
    categories and summary), the declaration and the fence blank."""
    lines = body.split("\n")
    window = _data_window(lines, _ATOM_OPEN)
    if window is None:
        return body
    first, last = window
    if not _FENCE_LINE.match(lines[last]):  # (unfenced: the feed ends at its closing tag)
        last = next((k for k in range(last, first - 1, -1) if re.search(r"</(?:feed|entry)\s*>", lines[k])), last)
    out = list(lines)
    inside = False
    for k in range(first, last + 1):
        line, said = lines[k], ""
        while line:
            if not inside:
                opened = _ATOM_CONTENT.search(line)
                if opened is None:
                    break
                line, inside = line[opened.end():], True
            text, closed, line = line.partition("</content>")
            said += text.replace("<![CDATA[", "").replace("]]>", "") if "<![CDATA[" in text or "]]>" in text \
                else html.unescape(text)
            inside = not closed
        out[k] = said if said.strip() else ""
    return "\n".join(out)


# ---------------------------------------------------------------------------
# XLIFF, a translation file ('<xliff version="2.0">', '<group name="Usage">' a section, '<unit id="usage.1">' over
# "<segment><source>" text with '<pc type="fmt" subType="xlf:b">' bold, a unit's "<notes><note>Off-label use.</note>",
# "faq.1.q" / "faq.1.a" units; XLIFF 1.2's "<trans-unit>" the same)
# ---------------------------------------------------------------------------

_XLIFF_OPEN = re.compile(r"^[ \t]*(?:<\?xml\b|<xliff\b)")
_XLIFF_UNIT = re.compile(r"<(?:unit|trans-unit)\b")
#: a unit's id that names a question or an answer ("faq.1.q", "faq_2_answer", "q3")
_XLIFF_QA = re.compile(r"(?:^|[._-])(?:(?P<q>q|question)|(?P<a>a|answer))(?:[._-]?\d+)?$", re.I)
#: a unit's note that gives its use's status ("Off-label use.", "Investigational use.")
_XLIFF_STATUS = re.compile(r"off[-_ ]?label|unapproved|unlicen[cs]ed|not\s+approved|investigational|experimental",
                            re.I)
_XML_ATTR = re.compile(r"([\w:.-]+)\s*=\s*\"([^\"]*)\"")


def _xliff(body: str) -> str:
    """An XLIFF file (fenced or not) as Markdown, line for line: a "<group>" named for a section ('name="Side
    Effects"') its heading, any other named group a label; each unit's "<source>" text on its lines (its "<target>",
    the file's notes, the declaration, tags and the fence blank), bold codes ('<pc subType="xlf:b">') bold; a unit whose
    text opens on bold a list item, "(off-label)" after its bold name when the unit's note says so ("Off-label use.",
    "Investigational use."); a question's and an answer's units ("faq.1.q", "faq.1.a") "Q:" and "A:" lines."""
    block = _data_block(body, _XLIFF_OPEN)
    if block is None:
        return body
    lines, first, last, _ = block
    out = [line if k < first or k > last else "" for k, line in enumerate(lines)]
    stack: list[str] = []
    bold: list[str] = []
    unit: tuple[str, list[tuple[int, str]], list[str]] | None = None  # (its id, its source's words by line, notes)
    section: str | None = None
    for k in range(first, last + 1):
        line, at = lines[k], 0
        for m in itertools.chain(_DB_TAG.finditer(line), [None]):
            words = line[at:m.start() if m else len(line)]
            at = m.end() if m else len(line)
            if unit is not None and "source" in stack and stack[-1] in ("source", "pc"):
                unit[1].append((k, words))
            elif unit is not None and stack and stack[-1] == "note":
                unit[2].append(words)
            if m is None or not m.group("tag"):
                continue
            tag, attrs = m.group("tag").casefold(), dict(_XML_ATTR.findall(m.group("attrs") or ""))
            if m.group("close"):
                while tag in stack and stack[-1] != tag:
                    stack.pop()
                if tag in stack:
                    stack.pop()
                if tag == "pc" and unit is not None and "source" in stack:
                    unit[1].append((k, bold.pop() if bold else ""))
                elif tag in ("unit", "trans-unit") and unit is not None:
                    _xliff_unit(out, section, *unit)
                    unit = None
                continue
            if tag == "pc" and unit is not None and "source" in stack:  # (a code of the source's text)
                strong = re.search(r"xlf:[bB]\b|\bbold\b", m.group("attrs") or "")
                bold.append("**" if strong else "")
                unit[1].append((k, bold[-1]))
                if not m.group("empty"):
                    stack.append(tag)
                continue
            if m.group("empty"):
                continue
            stack.append(tag)
            if tag == "group":
                name = attrs.get("name") or attrs.get("resname") or _words(attrs.get("id", ""))
                kind = section_kind(name) if name else None
                out[k] = f"## {name}" if kind in _MAIN_KINDS else f"**{name}:**" if name else ""
                section = kind if kind in _MAIN_KINDS else section
            elif tag in ("unit", "trans-unit"):
                unit = (attrs.get("id") or attrs.get("resname") or "", [], [])
    return "\n".join(out)


def _xliff_unit(out: list[str], section: str | None, name: str, parts: list[tuple[int, str]], notes: list[str]
                ) -> None:
    """A unit's source text on its lines (:func:`_xliff`); in the Generic Name section, a unit whose id names a field
    ("generic.form", "brandNames") the field's label before its text, unless the text has one ("Brand name: X")."""
    said: dict[int, str] = {}
    for k, text in parts:
        said[k] = said.get(k, "") + text
    rows = [(k, " ".join(html.unescape(t).split())) for k, t in said.items()]
    rows = [(k, t) for k, t in rows if t]
    if not rows:
        return
    qa = _XLIFF_QA.search(name) if section == "faqs" or re.search(r"faq|qa|question", name, re.I) else None
    lead = "Q: " if qa and qa.group("q") else "A: " if qa else ""
    (k, text), *rest = rows
    role = _data_role(re.split(r"[._:/-]", name)[-1]) if section == "identity" else None
    if role in _DATA_FIELDS and not re.match(r"^[^:]{1,30}:\s", text):
        lead = f"**{_DATA_FIELDS[role]}:** "
    if not lead and text.startswith("**") and "**" in text[2:]:
        status = _XLIFF_STATUS.search(" ".join(notes))
        if status:
            end = text.index("**", 2) + 2
            text = f"{text[:end]} (off-label){text[end:]}"
        lead = "- "
    out[k] = lead + text
    for k, text in rest:
        out[k] = ("  " if lead == "- " else "") + text


# ---------------------------------------------------------------------------
# An SVG infographic ("<svg>", "<style>" classes, '<text class="h2">Usage</text>', "<tspan>" lines and bold runs,
# "<g transform>" columns, "<title>" / "<desc>"): its visible text in document order
# ---------------------------------------------------------------------------

_SVG_OPEN = re.compile(r"^[ \t]*(?:<\?xml\b|<svg\b)")
_SVG_TEXT = re.compile(r"<(?:text|tspan)\b")
#: a CSS rule of the "<style>" block (".h2 { font-size: 26px; font-weight: bold; }")
_CSS_RULE = re.compile(r"\.(?P<c>[\w-]+)\s*\{(?P<r>[^{}]*)\}")
#: a class whose name makes a heading ("h2", "heading", "section-title"), and its level when the name gives one
_SVG_HEADING = re.compile(r"^(?:h(?P<n>[1-6])|(?:section[-_]?)?(?:title|heading|header|head)|(?P<s>sub[-_]?\w*))$",
                          re.I)
#: the elements whose words are not seen
_SVG_HIDDEN = frozenset({"title", "desc", "style", "script", "defs", "metadata"})
_BULLET_GLYPH = re.compile(r"^(?P<b>\*\*)?[ \t]*[\u2022\u25aa\u25cf\u25e6\u2023\u2043\u00b7\u2013\u2014-][ \t]+")


def _svg_styles(body: str) -> tuple[set[str], dict[str, int]]:
    """The classes of the "<style>" block that are bold, and those that make a heading with its level: by name
    ("h3" a level-3 heading) or, when the name says nothing, by a font larger than the text's and bold."""
    bold: set[str] = set()
    sizes: dict[str, float] = {}
    for m in _CSS_RULE.finditer(body):
        rule = m.group("r")
        if re.search(r"font-weight\s*:\s*(?:bold|[6-9]00)", rule):
            bold.add(m.group("c"))
        size = re.search(r"font-size\s*:\s*(\d+(?:\.\d+)?)", rule)
        if size:
            sizes[m.group("c")] = float(size.group(1))
    base = min(sizes.values(), default=0.0)
    heads: dict[str, int] = {}
    large = sorted({size for name, size in sizes.items() if name in bold and size >= 1.15 * base > 0}, reverse=True)
    for name in {*bold, *sizes}:
        named = _SVG_HEADING.match(name)
        if named:
            heads[name] = int(named.group("n")) if named.group("n") else 3 if named.group("s") else 2
        elif sizes.get(name) in large:
            heads[name] = min(2 + large.index(sizes[name]), 4)  # (the largest a section's, the next a group's)
    return bold, heads


def _svg(body: str) -> str:
    """An SVG image (fenced or not) as Markdown, line for line: the words of its "<text>" elements in document order
    on their lines (those of "<title>", "<desc>", "<style>" and comments, tags, the declaration and the fence blank);
    a "<tspan>" with its own position a line of its own, several such on one line joined by "; " (a column of
    bullets); a text whose class makes a heading (:func:`_svg_styles`) that heading ("## Usage" at any level, a
    group's "### Short courses"; a level-1 title its plain words); a bold class's "<tspan>" bold; a line that opens on
    a bullet ("•") a list item."""
    block = _data_block(body, _SVG_OPEN)
    if block is None:
        return body
    lines, first, last, fenced = block
    if not fenced:
        last = next((k for k in range(first, last + 1) if "</svg>" in lines[k]), last)
    bold, heads = _svg_styles("\n".join(lines[first:last + 1]))
    out = [line if k < first or k > last else "" for k, line in enumerate(lines)]
    stack: list[tuple[str, str]] = []  # (tag, its class)
    rows: dict[int, list[list[str]]] = {}  # (the lines of words on each source line, and their heading level)
    level = 0
    for k in range(first, last + 1):
        line, at = lines[k], 0
        for m in itertools.chain(_DB_TAG.finditer(line), [None]):
            words = line[at:m.start() if m else len(line)]
            at = m.end() if m else len(line)
            if words.strip() and any(t == "text" for t, _ in stack) and not any(t in _SVG_HIDDEN for t, _ in stack):
                own = rows.setdefault(k, [])
                if not own:
                    own.append([str(level), ""])
                own[-1][1] += html.unescape(words)
            if m is None or not m.group("tag"):
                continue
            tag, attrs = m.group("tag").casefold(), dict(_XML_ATTR.findall(m.group("attrs") or ""))
            if m.group("close"):
                while stack and stack[-1][0] != tag and any(t == tag for t, _ in stack):
                    stack.pop()
                closed = stack.pop() if stack and stack[-1][0] == tag else None
                if closed and closed[0] == "tspan" and closed[1] in bold and closed[1] not in heads:
                    rows.setdefault(k, [[str(level), ""]])[-1][1] += "**"
                continue
            if m.group("empty"):
                continue
            own_class = (attrs.get("class") or "").split()
            name = next((c for c in own_class if c in heads), next((c for c in own_class if c in bold), ""))
            stack.append((tag, name))
            if tag == "text":
                level = heads.get(name, 0)
                rows.setdefault(k, []).append([str(level), ""])
            elif tag == "tspan":
                own = rows.setdefault(k, [])
                if ("x" in attrs or "dy" in attrs or "y" in attrs) and (not own or own[-1][1].strip()):
                    own.append([str(level), ""])  # (a tspan placed on a line of its own)
                elif not own:
                    own.append([str(level), ""])
                if name in bold and name not in heads:
                    own[-1][1] += "**"
    for k, own in rows.items():
        said = [(int(n), " ".join(re.sub(r"\*\*(\s*)\*\*", r"\1", t).split())) for n, t in own]
        said = [(n, t) for n, t in said if t and t != "****"]
        if not said:
            continue
        n, text = said[0]
        items = [_BULLET_GLYPH.sub(lambda b: b.group("b") or "", t) for _, t in said]
        if n >= 1 and len(said) == 1:
            kind = section_kind(text)
            out[k] = f"## {text}" if kind in _MAIN_KINDS else text if n == 1 else f"{'#' * min(n, 6)} {text}"
        elif len(said) > 1:
            out[k] = "; ".join(i.rstrip(";.") for i in items)  # (a column of bullets on one line)
        elif _BULLET_GLYPH.match(text):
            out[k] = "- " + items[0]
        else:
            out[k] = text
    return "\n".join(out)


# ---------------------------------------------------------------------------
# An Android resource file ("<resources>", "<!-- ===== Usage ===== -->", '<string name="usage_intro">...</string>',
# '<string-array name="side_effects_common">' over "<item>X</item>", "faq_1_q" / "faq_1_a", "\\n" and "\\'")
# ---------------------------------------------------------------------------

_ANDROID_RESOURCES = re.compile(r"^[ \t]*<resources\b")
_ANDROID_NAMED = re.compile(r"(?m)^[ \t]*<(?:string|string-array|plurals)[ \t]+name[ \t]*=[ \t]*\"")
_ANDROID_OPEN = re.compile(r"^[ \t]*<(?P<t>string-array|string|array|plurals)\b[^<>]*?\bname[ \t]*=[ \t]*"
                           r"\"(?P<n>[^\"]+)\"[^<>]*>(?P<v>.*)$")
_ANDROID_ITEM = re.compile(r"^[ \t]*<item\b[^<>]*>(?P<v>.*)$")
_ANDROID_COMMENT = re.compile(r"^[ \t]*<!--(?P<c>.*?)-->[ \t]*$")
_ANDROID_CLOSE = re.compile(r"</(?:string|item)[ \t]*>")


def _android_text(text: str) -> str:
    """A resource's text as its words: tags dropped, entities and Android's escapes ("\\n", "\\'", "\\u00e9")
    their characters, the quotes around a quoted string dropped."""
    text = re.sub(r"</?[A-Za-z][^<>]*>", "", text)
    text = re.sub(r"\\(?:u([0-9a-fA-F]{4})|(.))", lambda m: chr(int(m.group(1), 16)) if m.group(1)
                  else {"n": " ", "t": " "}.get(m.group(2), m.group(2)), html.unescape(text))
    text = text.strip()
    return text[1:-1] if len(text) > 1 and text[0] == text[-1] == '"' else text


def _android(body: str) -> str:
    """An Android resource file (fenced or not) as Markdown, line for line (:func:`_data_page`): a comment that names
    a section ("<!-- ===== Side Effects ===== -->") its heading, the resources under it the section's keys with the
    section's own name before them dropped ("side_effects_less_common" the group "less common"), a "<string>" a value
    on its lines, a "<string-array>"'s items a list (an item "X - note" the entry X and its note), numbered names a
    list as an INI file's ("faq_1_q" / "faq_1_a" a question and its answer); the declaration, tags and other comments
    blank."""
    block = _data_block(body, _ANDROID_RESOURCES)
    if block is None:
        return body
    lines, first, last, fenced = block
    first = next((k for k in range(first, -1, -1) if _FENCE_LINE.match(lines[k])), first) if fenced else first
    loose: list[tuple[str, int, object]] = []
    sections: list[tuple[str, int, list[tuple[str, int, object]]]] = []
    heads: dict[int, str] = {}
    open_text: list[tuple[int, str]] | None = None  # (a resource's text not closed on its line)
    end = first
    for k in range(first, last + 1):
        line = lines[k]
        keys = sections[-1][2] if sections else loose
        if open_text is not None:
            text, *closed = _ANDROID_CLOSE.split(line, 1)
            open_text.append((k, _android_text(text)))
            open_text = None if closed else open_text
        elif comment := _ANDROID_COMMENT.match(line):
            title = comment.group("c").strip(" \t-=#*")
            if title and len(title.split()) <= 6 and section_kind(title) in _MAIN_KINDS:
                sections.append((title, k, []))
                heads[k] = f"## {title}"
        elif opened := _ANDROID_OPEN.match(line):
            text, *closed = _ANDROID_CLOSE.split(opened.group("v"), 1)
            if opened.group("t") == "string":
                keys.append((opened.group("n"), k, _Str([(k, _android_text(text))])))
                open_text = None if closed else keys[-1][2].parts
            else:
                keys.append((opened.group("n"), k, _List([])))
        elif (item := _ANDROID_ITEM.match(line)) and keys and isinstance(keys[-1][2], _List):
            text, *closed = _ANDROID_CLOSE.split(item.group("v"), 1)
            said = _Str([(k, _android_text(text))])
            keys[-1][2].items.append(_entry_note(said) if closed else said)
            open_text = None if closed else said.parts
        elif line.strip() and not fenced and not line.lstrip().startswith("<"):
            break  # (unfenced: prose after the file ends it)
        end = k
    if len(heads) < 3:
        return body
    tops = list(loose)
    for title, line, keys in sections:
        kind = section_kind(title)
        prefix = "_".join(_words(title).casefold().split()) + "_"
        own = [(key[len(prefix):] if kind != "identity" and key.casefold().startswith(prefix) else key, at, value)
               for key, at, value in keys]
        tops.append((title, line, _ini_section(own)))
    return _data_page(lines, _Map(tops), first, last if fenced else end, heads)


#: DocBook's own elements: a document of them is read by :func:`_docbook`, not as data
_DOCBOOK = re.compile(r"docbook\.org|<!DOCTYPE[ \t]+(?:article|book|chapter)[^>]*DocBook|<(?:itemizedlist|variablelist|"
                      r"qandaset|sect1|simpara)\b")
_DB_TAG = re.compile(r"<(?P<close>/)?(?P<tag>[A-Za-z][\w:.-]*)(?P<attrs>(?:\s+[\w:.-]+\s*=\s*\"[^\"]*\")*)\s*"
                     r"(?P<empty>/)?>|<\?[^>]*\?>|<!--.*?-->|<!DOCTYPE[^>]*>")
_DB_SECTIONS = frozenset({"section", "sect1", "sect2", "sect3", "sect4", "simplesect", "chapter", "appendix",
                          "refsection", "refsect1", "refsect2"})
_DB_INFO = frozenset({"info", "articleinfo", "bookinfo", "chapterinfo", "sectioninfo", "indexterm", "remark",
                      "caption"})
#: a JATS article (a journal's XML: "<sec><title>", "<list-item>", "<question-wrap>"), read as DocBook by its names
_JATS = re.compile(r"\bJATS\b|<(?:list-item|def-list|question-wrap|article-meta|boxed-text)\b")
_JATS_TAGS = {"sec": "section", "p": "para", "list-item": "listitem", "def-list": "variablelist",
              "def-item": "varlistentry", "def": "listitem", "bold": "emphasis", "italic": "emphasis", "tr": "row",
              "td": "entry", "th": "entry", "front": "info", "back": "info", "xref": "info", "label": "info"}


def _docbook(body: str) -> str:
    """A DocBook document as Markdown, line for line: a "<section>"'s "<title>" a heading as deep as the section (the
    document's own title in "<info>" blank), "<listitem>" of an itemized or ordered list an item (its next lines
    indented under it), a "<varlistentry>"'s "<term>" a bold label over its "<listitem>", a "<question>" in bold over
    its "<answer>", a table's row a list item (:func:`_row_item`), "<emphasis role="strong">" bold and "<emphasis>"
    italic, entities their characters; other tags, the declaration and comments dropped, their words kept."""
    lines = body.split("\n")
    out = list(lines)
    stack: list[str] = []
    depth = 0
    header: list[str] | None = None
    row: tuple[int, list[str]] | None = None
    emphasis: list[str] = []
    names = _JATS_TAGS if _JATS.search(body) and not _DOCBOOK.search(body) else {}
    for k, line in enumerate(lines):
        if "<" not in line and not stack:
            continue
        lead = ""
        text = ""
        at = 0
        inside = any(t in ("listitem", "answer") for t in stack)  # (a line that goes on with an item or answer)
        done = None
        for m in _DB_TAG.finditer(line):
            words = line[at:m.start()]
            at = m.end()
            if not any(t in _DB_INFO for t in stack):
                if row is not None and stack and stack[-1] == "entry":
                    row[1][-1] += words
                else:
                    text += words
            own = (m.group("tag") or "").casefold()
            tag = names.get(own, own)
            if own == "list":  # (JATS: '<list list-type="order">')
                tag = "orderedlist" if re.search(r"list-type\s*=\s*\"order", m.group("attrs") or "") \
                    else "itemizedlist"
            if not tag or m.group("empty"):
                continue
            if m.group("close"):
                tag = "caption" if tag == "title" and stack and stack[-1] == "caption" else tag
                while tag in stack and stack[-1] != tag:
                    stack.pop()
                if tag in stack:
                    stack.pop()
                depth -= tag in _DB_SECTIONS
                if tag == "emphasis" and emphasis:
                    mark = emphasis.pop()
                    text += "" if any(t in _DB_INFO for t in stack) else mark
                elif tag == "term":
                    text = text.rstrip() + ":**"
                elif tag == "question":
                    text = text.rstrip() + "**"
                elif tag == "row" and row is not None:
                    cells = [html.unescape(" ".join(c.split())) for c in row[1]]
                    out[row[0]] = _row_item(cells, _often_column(header or [])) if "thead" not in stack else ""
                    header = cells if "thead" in stack else header
                    done, row = row[0], None
                continue
            parent = stack[-1] if stack else ""
            stack.append(tag)
            if tag in _DB_SECTIONS:
                depth += 1
            elif tag == "title" and depth and parent in _DB_SECTIONS:
                lead = "#" * min(depth + 1, 6) + " "
            elif tag == "listitem" and parent in ("itemizedlist", "orderedlist", "varlistentry"):
                lead = {"itemizedlist": "- ", "orderedlist": "1. "}.get(parent, "  ")  # (a term's value under it)
            elif tag in ("term", "question"):
                lead = "- **"
            elif tag == "answer" and not text.strip():
                lead = "  "
            elif tag == "title" and parent in ("table", "informaltable", "figure", "example"):
                stack[-1] = "caption"  # (a table's caption: no words of the answer)
            elif tag == "emphasis":
                strong = own == "bold" or re.search(r"role\s*=\s*\"(?:strong|bold)\"", m.group("attrs") or "")
                emphasis.append("**" if strong else "*")
                text += "" if any(t in _DB_INFO for t in stack) else emphasis[-1]
            elif tag == "row":
                row = (k, [])
            elif tag == "entry" and row is not None:
                row[1].append("")
        if not any(t in _DB_INFO for t in stack):
            text += line[at:]
        if done == k or row is not None:
            out[k] = "" if done != k else out[k]
            continue
        said = html.unescape(" ".join(text.split()))
        out[k] = lead + said if lead else "  " + said if said and inside else said
    fences = [k for k, line in enumerate(lines) if _FENCE_LINE.match(line)]
    opened = next((k for k, line in enumerate(lines) if _DB_TAG.search(line)), 0)
    for k in [j for j in fences if j < opened][-1:] + [j for j in fences if j > opened][:1]:
        out[k] = ""  # (the fence around the document)
    return "\n".join(out)


# ---------------------------------------------------------------------------
# SSML for a voice assistant ("<speak>", "<p>" paragraphs of "<s>" sentences, "<break/>", spoken section openings)
# ---------------------------------------------------------------------------

_SSML_SENTENCE = re.compile(r"<s>|<p>|<break\b")
_SSML_TAG = re.compile(r"<[^<>]*>")
#: a spoken opening of a part of the answer ("Here is what it is used for.", "Now, let's talk about side effects.")
_SPOKEN_INTRO = re.compile(r"^(?:(?:now|next|finally|first|then|and|so|okay|ok|lastly|last)[,\s]+)*"
                           r"(?:here\s+(?:is|are)|let'?s\s+(?:talk|look|hear|go\s+over)|(?:we|i)(?:'ll|\s+will)\s+(?:now\s+)?"
                           r"(?:cover|talk|go\s+over|look)|moving\s+on\s+to|turning\s+to)\b(?P<rest>.*)$", re.I)
#: the part a spoken opening names, by its words
_SPOKEN_TOPICS = tuple((kind, re.compile(rx, re.I)) for kind, rx in (
    ("faqs", r"\bquestions?\b|\bfaqs?\b"),
    ("side_effects", r"\bside[\s-]*effects?\b|\badverse\b"),
    ("mechanism", r"\bhow\s+(?:it|\w+)\s+works?\b|\bmechanism\b"),
    ("uses", r"\bused\s+for\b|\buses\b|\btreats?\b|\bindications?\b"),
    ("identity", r"\bgeneric\s+name\b|\bbrand\s+names?\b"),
))


def _ssml(body: str) -> str:
    """SSML as Markdown, line for line: the document's tags dropped and their words kept; "<speak>", "<p>" and
    "<break/>" lines and the fence blank (so each paragraph stays one and a break parts a question from its answer); a
    paragraph's spoken opening that names a part of the answer ("Here is what it is used for.") that section's
    heading (an opening of the first paragraph about the drug, when its paragraph gives the generic or brand names, the
    Generic Name section's); a question that opens a paragraph in the FAQs its bold question."""
    lines = body.split("\n")
    start = next(k for k, line in enumerate(lines) if "<speak" in line)
    end = next((k for k in range(start, len(lines)) if "</speak>" in lines[k]), len(lines) - 1)
    out = list(lines)
    if start and _FENCE_LINE.match(lines[start - 1]):
        out[start - 1] = ""
    if end + 1 < len(lines) and _FENCE_LINE.match(lines[end + 1]):
        out[end + 1] = ""
    current: str | None = None
    opening = True  # the next sentence opens a paragraph
    for k in range(start, end + 1):
        text = " ".join(html.unescape(_SSML_TAG.sub("", lines[k])).split())
        if not text:
            out[k] = ""
            opening = opening or bool(re.search(r"<p\b|</p>|<break\b|<speak\b", lines[k]))
            continue
        out[k] = text
        if not opening:
            continue
        opening = False
        intro = _SPOKEN_INTRO.match(text) if len(text.split()) <= 12 else None
        kind = next((kind for kind, rx in _SPOKEN_TOPICS if rx.search(intro.group("rest"))), None) if intro else None
        if intro and kind is None and current is None:
            para = " ".join(lines[k:next((j for j in range(k, end + 1) if "</p>" in lines[j]), end) + 1])
            kind = "identity" if _SPOKEN_TOPICS[-1][1].search(para) else None
        if kind is not None:
            out[k], current = f"## {_TITLES[kind]}", kind
        elif current == "faqs" and text.endswith("?"):
            out[k] = f"**{text}**"
    return "\n".join(out)


# ---------------------------------------------------------------------------
# Flashcards ("Card 3" / "Front: What is it used for?" / "Back: ...")
# ---------------------------------------------------------------------------

_CARD_SIDE = re.compile(r"(?im)^[ \t]*(?:\*\*)?(?:front|back)(?:\*\*)?\s*:")
_CARD_HEAD = re.compile(r"^[ \t]*(?:\*\*)?(?:card|flashcard)\s*#?\s*\d+\b.*$", re.I)
_FRONT = re.compile(r"^[ \t]*(?:\*\*)?front(?:\*\*)?\s*:\s*(?:\*\*)?\s*(?P<q>.*?)\s*(?:\*\*)?\s*$", re.I)
_BACK = re.compile(r"^[ \t]*(?:\*\*)?back(?:\*\*)?\s*:\s*(?:\*\*)?\s*", re.I)
#: a card the deck marks as one of the FAQs ("Front: FAQ: Can it be stopped suddenly?")
_FAQ_MARK = re.compile(r"^(?:faq|q)\s*[:.\-\u2013\u2014]\s*", re.I)
#: what a card's question asks about, when the question is not a section's own ("What are the common side effects?")
_CARD_TOPICS = tuple((kind, re.compile(rx, re.I)) for kind, rx in (
    ("identity", r"\b(?:generic\s+name|brand\s+names?|sold\s+(?:as|under)|(?:drug\s+)?class\b|belong\s+to|"
                 r"how\s+is\s+[\w-]+\s+(?:given|taken)|what\s+forms?\b|what\s+kind\s+of\s+(?:drug|medicine))"),
    ("side_effects", r"\bside[\s-]*effects?\b|\badverse\b|\b(?:get|seek)\s+(?:\w+\s+)?(?:help|attention|care)\b"),
    ("uses", r"\bused\b|\buses?\b|\bindications?\b|\btreat(?:s|ed)?\b|\bprescribed\b"),
    ("mechanism", r"\bwork\b|\bmechanism\b|\bhow\s+does\b|\bdominates?\b|\bacts?\b"),
    ("precautions", r"\bwho\s+should\s+not\b|\bavoid\b|\bprecautions?\b|\bwarnings?\b"),
))
#: a side-effect card that asks when to get help rather than for a group ("When should a patient get help right away?")
_ASKS_HELP = re.compile(r"\badverse\b|\b(?:get|seek)\s+(?:\w+\s+)?(?:help|attention|care)\b", re.I)
#: the group a side-effect card's question names ("What are the less common side effects?" -> "Less common")
_CARD_GROUP = re.compile(r"\b(?P<g>(?:very\s+|less\s+|more\s+)?common|uncommon|rare|serious|severe|frequent)\b"
                         r"(?:\s+(?:but\s+)?(?:serious|severe))?", re.I)
#: the asking of a seek-help card's question ("When should a patient get medical help right away?")
_WHEN_SHOULD = re.compile(r"^(?:when|why)\s+(?:should|must|would|do|does)\s+(?:a\s+patient|the\s+patient|you|i|someone|"
                          r"they|a\s+person|people|patients)\s+", re.I)
#: the answer's opening condition on the reader ("If they faint, have ...")
_IF_WHO = re.compile(r"^if\s+(?:you|they|he|she|the\s+patient|a\s+patient)\b", re.I)
#: the field a card's question asks for, as the label its answer is read under ("What brand names is it sold under?" ->
#: "Brand names"); first match wins
_CARD_FIELDS = tuple((re.compile(rx, re.I), label) for rx, label in (
    (r"\bgeneric\s+name\b", "Generic name"),
    (r"\bbrand|\bsold\s+(?:as|under)\b|\btrade\s+names?\b", "Brand names"),
    (r"\bclass\b|\bbelong|\bkind\s+of\s+(?:drug|medicine)\b|\btype\s+of\s+(?:drug|medicine)\b", "Drug class"),
    (r"\bhow\s+is\s+(?:it|[\w-]+)\s+(?:given|taken|used)\b|\broutes?\b", "How it is given"),
    (r"\bforms?\b|\bcomes?\s+as\b", "Forms"),
    (r"\boff[-\s]label\b", "Off-label"),
    (r"\bused\b|\buses?\b|\bindications?\b|\btreats?\b|\bprescribed\b", "Used for"),
))


def _card_kind(question: str) -> str | None:
    """The section a card's question asks about: a section's own question ("How does it work?"), else its topic."""
    kind = section_kind(question if question.endswith("?") else question + "?")
    return kind if kind is not None else next((k for k, rx in _CARD_TOPICS if rx.search(question)), None)


def _flashcards(body: str) -> str:
    """A deck of study flashcards as Markdown: a card whose question asks about another section than the card before
    opens it (its "Card N" line the heading), a side-effect card's question names its group ("**Less common:**"), an
    off-label question labels its answer "Off-label:", a seek-help question its answer; a card marked "FAQ:" (or any
    card once the FAQs began) a "Q:" / "A:" pair."""
    lines = body.split("\n")
    out = list(lines)
    current: str | None = None
    head = -1
    label = ""
    faq = False
    for k, line in enumerate(lines):
        if _CARD_HEAD.match(line):
            head, out[k] = k, ""
            continue
        front = _FRONT.match(line)
        if front:
            question = front.group("q")
            marked = _FAQ_MARK.match(question)
            kind = "faqs" if marked or faq else _card_kind(question)
            if kind is not None and kind != current and kind in _MAIN_KINDS and head >= 0:
                out[head], current = f"## {_TITLES[kind]}", kind
            faq = faq or kind == "faqs"
            label = ""
            if current == "faqs":
                out[k] = f"Q: {question[marked.end():] if marked else question}"
            elif current == "side_effects":
                group = _CARD_GROUP.search(question)
                help_ = _ASKS_HELP.search(question) and not re.search(r"side[\s-]*effects?", question, re.I)
                out[k] = ""
                ask = _WHEN_SHOULD.sub("", question.rstrip("?")) if help_ else ""
                label = ask[:1].upper() + ask[1:] if help_ else (group.group(0)[:1].upper() + group.group(0)[1:]) \
                    if group else ""
            else:
                out[k] = ""
                if current in ("identity", "uses"):
                    label = next((name for rx, name in _CARD_FIELDS if rx.search(question)), "")
            continue
        back = _BACK.match(line)
        if back:
            text = line[back.end():].strip()
            cond = _IF_WHO.match(text) if label and current == "side_effects" else None
            if current == "faqs":
                out[k] = f"A: {text}"
            elif cond:  # "When should a patient get help right away?" over "If they faint, have ...": the help's
                out[k] = f"**{label} {cond.group(0).strip().lower()}:** {text[cond.end():]}"  # signs, listed
            elif label:
                out[k] = f"**{label}:** {text}"
            else:
                out[k] = text
    return "\n".join(out)


# ---------------------------------------------------------------------------
# An Anki deck export ("#separator:tab", "#html:true", then "Front<TAB>Back" cards, one a line, backs in HTML)
# ---------------------------------------------------------------------------

#: a header line of Anki's text export ("#separator:tab", "#html:true", "#columns:Front<TAB>Back", "#deck:X")
_ANKI_HEADER = re.compile(r"(?mi)^[ \t]*#(?:separator|html|columns|notetype|deck|tags|guid)(?:\s+column)?:")
_ANKI_CARD = re.compile(r"(?m)^[^\t\n#][^\t\n]{2,}\t[^\n]*\S")
#: a list in a card's HTML, and its items
_HTML_LIST = re.compile(r"(?is)<(?P<t>ul|ol)\b[^>]*>(?P<in>.*?)</(?P=t)\s*>")
_HTML_ITEM = re.compile(r"(?is)<li\b[^>]*>(?P<in>.*?)(?:</li\s*>|(?=<li\b)|$)")
#: the seeking of help a card's question asks about ("When should a patient on X get emergency help?")
#: a list item's bold name and its description after a colon ("**Evekeo**: immediate-release tablets")
_LEAD_DESC = re.compile(r"^(?P<lead>\*\*[^*]+\*\*):\s+(?P<desc>[^;]+?)\.?$")
_HELP_ASKED = re.compile(r"\b(?:get|seek)\s+(?:\w+\s+)?(?:help|attention|care)\b", re.I)


def html_text(text: str, br: str = " ") -> str:
    """A field's HTML as the words of one Markdown line: a list's items one run joined by "; " (an item's own commas
    stay its own; items that are sentences run on as sentences), an item's bold name and its description after a colon
    the name and the description in brackets ("<b>X</b>: tablets" -> "**X** (tablets)", as an item of a list reads),
    "<br>" ``br``, bold and italic as Markdown's, other tags dropped, entities as their characters."""

    def items(m: re.Match[str]) -> str:
        got = [" ".join(html_text(i.group("in"), br).split()) for i in _HTML_ITEM.finditer(m.group("in"))]
        got = [_LEAD_DESC.sub(r"\g<lead> (\g<desc>)", g) if "(" not in g else g for g in got if g]
        if not got:
            return " "
        run = " ".join(g if g.endswith((".", "!", "?")) else g.rstrip(";,") + ";" for g in got).rstrip(";")
        rest = m.string[m.end():].strip()
        end = "" if run.endswith((".", "!", "?")) or not rest else br.strip() or "."  # (the list's end a break)
        return f" {run}{end} "

    text = _HTML_LIST.sub(items, text)
    text = re.sub(r"(?i)\.?\s*<br\s*/?>\s*" if br.strip() else r"(?i)<br\s*/?>", br, text)
    text = re.sub(r"(?i)</?(?:p|div)\b[^>]*>", " ", text)
    text = re.sub(r"(?i)<(b|strong)\b[^>]*>(.*?)</\1\s*>", lambda m: f"**{m.group(2).strip()}**", text)
    text = re.sub(r"(?i)<(i|em)\b[^>]*>(.*?)</\1\s*>", lambda m: f"*{m.group(2).strip()}*", text)
    text = html.unescape(re.sub(r"<[^<>]*>", "", text))
    return re.sub(r"\s+([:;,.])", r"\1", " ".join(text.split()))


def _anki(body: str) -> str:
    """An Anki deck exported as text, line for line: its "#" header lines and the fence around it blank but the two
    lines just above the first card, which carry the header and separator of a table of sections; each card one row of
    the table, its front's question placing it as a flashcard's does (:func:`_flashcards`: a section named where it
    changes, a side-effect group or a field as the back's label, an "FAQ:" card "**Question?** answer"), its HTML back
    the row's words (:func:`html_text`)."""
    lines = body.split("\n")
    first = next(k for k, line in enumerate(lines) if _ANKI_CARD.match(line))
    top = first
    while top > 0 and (_ANKI_HEADER.match(lines[top - 1]) or _FENCE_LINE.match(lines[top - 1])):
        top -= 1
    if first - top < 2 or not any(_ANKI_HEADER.match(lines[k]) for k in range(top, first)):
        return body
    names = next((line.split(":", 1)[1].split("\t") for line in lines[top:first]
                  if line.strip().casefold().startswith("#columns:")), [])
    names = [n.strip().casefold() for n in names]
    front = names.index("front") if "front" in names else 0
    back = names.index("back") if "back" in names else 1
    out = list(lines)
    for k in range(top, first):
        out[k] = ""
    out[first - 2], out[first - 1] = "| Section | Detail |", "|---|---|"
    current: str | None = None
    faq = False
    k = first
    while k < len(lines) and "\t" in lines[k]:
        fields = lines[k].split("\t")
        question = " ".join(html_text(fields[front] if front < len(fields) else "").split())
        answer = fields[back] if back < len(fields) else ""
        marked = _FAQ_MARK.match(question)
        kind = "faqs" if marked or faq else _card_kind(question)
        name = ""
        if kind is not None and kind != current and kind in _MAIN_KINDS:
            name, current = _TITLES[kind], kind
        faq = faq or kind == "faqs"
        label = ""
        if current == "faqs" or current is None:
            answer = html_text(answer)
            cell = f"**{question[marked.end():] if marked else question}** {answer}"
        else:
            if current == "side_effects":
                help_ = _HELP_ASKED.search(question) if not re.search(r"side[\s-]*effects?", question, re.I) else None
                group = _CARD_GROUP.search(question)
                label = help_.group(0) if help_ else group.group(0) if group else ""
            elif current in ("identity", "uses"):
                label = next((field for rx, field in _CARD_FIELDS if rx.search(question)), "")
            label = label[:1].upper() + label[1:]
            answer = html_text(answer, "; " if label else " ")  # (a field's value ends at its line's break)
            cell = f"**{label}:** {answer}" if label and label != "Generic name" else answer
        out[k] = f"| {name} | {cell.replace('|', '/')} |"
        k += 1
    if k < len(lines) and _FENCE_LINE.match(lines[k]):
        out[k] = ""
    return "\n".join(out)


# ---------------------------------------------------------------------------
# LaTeX beamer slides ("\begin{frame}{Usage}", "\item ...", "\begin{block}{Serious}", "\textbf{Question?}\\")
# ---------------------------------------------------------------------------

#: a frame's opening line and its title ("\begin{frame}{Usage}", "\begin{frame}[fragile]{FAQs (1/2)}")
_FRAME_OPEN = re.compile(r"(?m)^[ \t]*\\begin\{frame\}(?:\[[^\]\n]*\])?(?:\{(?P<t>[^{}\n]*)\})?[ \t]*$")
_FRAME_TITLE = re.compile(r"^[ \t]*\\frametitle\{(?P<t>[^{}\n]*)\}[ \t]*$")
#: a frame title's count of the frames of one section ("FAQs (1/2)", "Usage (cont.)")
_PART_OF = re.compile(r"\s*\((?:\d+\s*/\s*\d+|cont(?:inued|\.|'d)?)\)\s*$", re.I)
#: a block inside a frame, its title a group ("\begin{block}{Serious}", "\begin{alertblock}{Warning}")
_BLOCK_OPEN = re.compile(r"^[ \t]*\\begin\{(?:alert|example)?block\}\{(?P<t>[^{}\n]*)\}[ \t]*$")
_BEAMER_LIST = re.compile(r"^[ \t]*\\(?P<be>begin|end)\{(?:itemize|enumerate|description)\}(?:\[[^\]\n]*\])?[ \t]*$")
_BEAMER_ITEM = re.compile(r"^[ \t]*\\item(?:\[(?P<label>[^\]\n]*)\])?[ \t]*")
#: a line of set-up, spacing or closing: no words of the answer
_BEAMER_SETUP = re.compile(r"^[ \t]*(?:\\(?:documentclass|usetheme|usecolortheme|usefonttheme|useinnertheme|"
                           r"useoutertheme|usepackage|setbeamertemplate|setbeamercolor|title|subtitle|author|date|"
                           r"institute|begin\{document\}|end\{document\}|end\{frame\}|end\{(?:alert|example)?block\}|"
                           r"maketitle|titlepage|tableofcontents|frame\{\\titlepage\}|medskip|bigskip|smallskip|"
                           r"vspace|vfill|hfill|pause|centering|newline|section|subsection)(?![a-zA-Z]).*|%.*)$")
_BEAMER_INLINE = ((re.compile(r"\\textbf\{([^{}]*)\}"), r"**\1**"),
                  (re.compile(r"\\(?:emph|textit)\{([^{}]*)\}"), r"*\1*"),
                  (re.compile(r"\\[a-zA-Z]+\*?(?:\[[^\]]*\])?\{([^{}]*)\}"), r"\1"),
                  (re.compile(r"``|''"), '"'), (re.compile(r"\\([%&$#_{}])"), r"\1"),
                  (re.compile(r"\\\\(?:\[[^\]]*\])?[ \t]*$"), ""), (re.compile(r"\\[ ,;:!]"), " "),
                  (re.compile(r"(?<!\\)~"), " "), (re.compile(r"\\[a-zA-Z]+\*?(?![{\w])[ \t]?"), ""))


def _beamer_text(text: str) -> str:
    for rx, rep in _BEAMER_INLINE:
        text = rx.sub(rep, text)
    return " ".join(text.split())


def _beamer(body: str) -> str:
    r"""LaTeX beamer slides as Markdown, line for line: the preamble, title frame, spacing and closing lines and the
    fence around the deck blank; a frame's title ("\begin{frame}{Side Effects}", "FAQs (2/2)") the heading of the
    section it names (blank when the section goes on), else a bold label; a block's title ("\begin{block}{Serious}") a
    group label; "\item" a list item nested as its lists are; "\textbf" bold, "\emph" italic, other commands dropped and
    their words kept."""
    lines = body.split("\n")
    first = next(k for k, line in enumerate(lines) if line.lstrip().startswith("\\"))
    out = list(lines)
    if first and _FENCE_LINE.match(lines[first - 1]):
        out[first - 1] = ""
    current: str | None = None
    depth = 0
    for k in range(first, len(lines)):
        line = lines[k]
        if _FENCE_LINE.match(line):
            out[k] = ""
            break
        frame = _FRAME_OPEN.match(line) or _FRAME_TITLE.match(line)
        if frame:
            title = _PART_OF.sub("", _beamer_text(frame.group("t") or ""))
            kind = section_kind(title) if title else None
            if kind in _MAIN_KINDS:
                out[k] = "" if kind == current else f"## {title}"
                current = kind
            else:
                out[k] = f"**{title.rstrip(':')}:**" if title else ""
            depth = 0
            continue
        block = _BLOCK_OPEN.match(line)
        lst = _BEAMER_LIST.match(line)
        item = _BEAMER_ITEM.match(line)
        if block:
            out[k] = f"**{_beamer_text(block.group('t')).rstrip(':')}:**"
        elif lst:
            depth = max(0, depth + (1 if lst.group("be") == "begin" else -1))
            out[k] = ""
        elif item:
            lead = f"**{_beamer_text(item.group('label'))}** " if item.group("label") else ""
            out[k] = "  " * max(0, depth - 1) + "- " + lead + _beamer_text(line[item.end():])
        elif _BEAMER_SETUP.match(line):
            out[k] = ""
        else:
            out[k] = _beamer_text(line)
    return "\n".join(out)


# ---------------------------------------------------------------------------
# A multiple-choice quiz ("**3. Which is an approved use?**", "A) ..." to "D) ...", "**Answer: B**", "Explanation: ...")
# ---------------------------------------------------------------------------

_QUIZ_ANSWER = re.compile(r"(?mi)^[ \t]*(?:\*\*)?(?:correct\s+)?answer(?:\*\*)?\s*:\s*(?:\*\*)?\s*\(?[A-E]\b")
_QUIZ_OPTION = re.compile(r"(?m)^[ \t]*(?:[-*][ \t]+)?(?:\*\*)?\(?[A-E][).](?:\*\*)?[ \t]+\S")
_QUIZ_OPTION_LINE = re.compile(r"^[ \t]*(?:[-*][ \t]+)?(?:\*\*)?\(?(?P<l>[A-E])[).](?:\*\*)?[ \t]+(?P<t>\S.*?)[ \t]*$")
_QUIZ_ANSWER_LINE = re.compile(r"^[ \t]*(?:\*\*)?(?:correct\s+)?answer(?:\*\*)?\s*:\s*(?:\*\*)?\s*\(?(?P<l>[A-E])\b"
                               r"[).]?\s*(?P<t>.*?)\s*(?:\*\*)?[ \t]*$", re.I)
_QUIZ_EXPLAIN = re.compile(r"^[ \t]*(?:\*\*)?(?:explanation|rationale|why)(?:\*\*)?\s*:\s*(?:\*\*)?\s*", re.I)
_QUIZ_QUESTION = re.compile(r"^[ \t]*(?:#{1,6}[ \t]+)?(?:\*\*)?(?:(?:Q(?:uestion)?\s*)?\d{1,2}[.):]\s*)?(?P<q>.+?)"
                            r"(?:\*\*)?[ \t]*$", re.I)
_HEADING_LINE = re.compile(r"^[ \t]*#{1,6}[ \t]+(?:Part\s+\w+\s*[:.\-\u2013\u2014]\s*)?(?P<t>.+?)[ \t#]*$", re.I)


def _quiz(body: str) -> str:
    """A multiple-choice quiz as Markdown, line for line: only its answers and explanations state facts, so every option
    line is blank (right or wrong); a question is blank too, or the heading of the section it asks about when that
    section changes and no heading of the page named it ("Which side effect is most common?" opens Side Effects); a
    heading that names a section ("### Part 3: Side Effects") that section's; an explanation its prose, its label
    dropped; in the FAQs (or for a question in quotes) the question is bold and its right option opens the answer."""
    lines = body.split("\n")
    out = list(lines)
    current: str | None = None
    headed = False  # the section was named by a heading of the page
    k = 0
    while k < len(lines):
        head = _HEADING_LINE.match(lines[k])
        if head and not _QUIZ_OPTION_LINE.match(lines[k]):
            kind = section_kind(head.group("t"))
            if kind in _MAIN_KINDS:
                out[k], current, headed = f"## {_TITLES[kind]}", kind, True
            k += 1
            continue
        if not _QUIZ_OPTION_LINE.match(lines[k]) or not _QUIZ_OPTION_LINE.match(lines[k + 1] if k + 1 < len(lines)
                                                                                    else ""):
            explain = _QUIZ_EXPLAIN.match(lines[k])
            if explain:
                out[k] = lines[k][explain.end():]
            k += 1
            continue
        options: dict[str, str] = {}
        first = k
        while k < len(lines) and _QUIZ_OPTION_LINE.match(lines[k]):
            m = _QUIZ_OPTION_LINE.match(lines[k])
            options[m.group("l")] = m.group("t")  # type: ignore[union-attr]
            out[k] = ""
            k += 1
        q = next((j for j in range(first - 1, max(-1, first - 4), -1) if lines[j].strip()), None)
        if q is None or _HEADING_LINE.match(lines[q]) and section_kind(lines[q].lstrip("# ")) is not None:
            continue
        question = _QUIZ_QUESTION.match(lines[q]).group("q").strip()  # type: ignore[union-attr]
        quoted = question[:1] in "\"\u201c'" and question.rstrip()[-1:] in "\"\u201d'"
        question = question.strip("\"\u201c\u201d' ")
        kind = "faqs" if quoted else _card_kind(question)
        if current == "faqs" or (kind == "faqs" and not headed):
            if current != "faqs" and q > 0 and not out[q - 1].strip():
                out[q - 1], current = "## FAQs", "faqs"
            out[q] = f"**{question}**"
            answer = next((j for j in range(k, min(len(lines), k + 3)) if _QUIZ_ANSWER_LINE.match(lines[j])), None)
            if answer is not None:
                letter = _QUIZ_ANSWER_LINE.match(lines[answer]).group("l")  # type: ignore[union-attr]
                said = options.get(letter.upper(), "").rstrip(".")
                out[answer] = f"{said}." if said else ""
            continue
        if kind in _MAIN_KINDS and kind != current and not headed:
            out[q], current = f"## {_TITLES[kind]}", kind
        else:
            out[q] = ""
        for j in range(k, min(len(lines), k + 3)):
            if _QUIZ_ANSWER_LINE.match(lines[j]):
                out[j] = ""
    return "\n".join(out)


# ---------------------------------------------------------------------------
# A plain-text grid table ("+------+------+" borders, "| Usage | ... |" rows, cells over several lines)
# ---------------------------------------------------------------------------

_GRID_BORDER = re.compile(r"(?m)^[ \t]*\+(?:[-=:]+\+){2,}[ \t]*$")
_GRID_ROW = re.compile(r"^[ \t]*\|(?P<first>[^|]*)\|(?P<rest>.*?)\|?[ \t]*$")


def _grid_table(body: str) -> str:
    """A grid table of sections (first column "Usage", "Side Effects", ...; second the section's text over as many
    lines as it needs) as Markdown: the border above a row that names a section its heading, each row line its second
    cell's text (indentation inside the cell kept, so a cell's "- item" and its continuation stay one item), the header
    row and the borders empty lines. A grid table whose rows name no section is left as it is."""
    lines = body.split("\n")
    firsts = [m.group("first").strip() for line in lines if (m := _GRID_ROW.match(line))]
    if sum(section_kind(f) in _MAIN_KINDS for f in firsts if f) < 2:
        return body
    out = list(lines)
    border = -1
    width = None
    for k, line in enumerate(lines):
        if _GRID_BORDER.match(line):
            out[k], border = "", k
            continue
        row = _GRID_ROW.match(line)
        if row is None:
            border = -1
            continue
        first, rest = row.group("first").strip(), row.group("rest")
        kind = section_kind(first) if first else None
        if first and kind is None and border >= 0 and k == border + 1 and not rest.strip(" |").strip():
            out[k] = ""  # a header row with nothing in it
            continue
        if first and border == k - 1 and k > 0 and lines[k + 1:k + 2] and _GRID_BORDER.match(lines[k + 1]) \
                and "=" in lines[k + 1]:
            out[k] = ""  # the header row ("| Section | Details |" over "+====+====+")
            continue
        if first and border >= 0:
            out[border] = f"## {first}"
            width = None
        cell = rest.rstrip().rstrip("|").rstrip()
        margin = len(cell) - len(cell.lstrip(" "))
        width = margin if width is None else min(width, margin)
        out[k] = cell[min(width, 1):] if cell.strip() else ""
    return "\n".join(out)


# ---------------------------------------------------------------------------
# A Mermaid mind map ("```mermaid" over "mindmap" over "  root((X))" over indented branches)
# ---------------------------------------------------------------------------

_MINDMAP = re.compile(r"(?m)^[ \t]*mindmap[ \t]*$")
_FENCE_LINE = re.compile(r"^[ \t]*(?:```|~~~)")
#: a node's text inside its shape: "root((Rebamipide))", "id1[Usage]", "a(Common)", "b))Serious((", "c{{Rare}}"
_NODE_SHAPE = re.compile(r"^(?:[\w-]+)?(?:\(\(|\)\)|\[|\(|\{\{|\))(?P<t>.*?)(?:\)\)|\(\(|\]|\)|\}\}|\()$")
_NODE_DECOR = re.compile(r"^(?:::icon\(.*\)|:::.*)$")


def _mindmap(body: str) -> str:
    """A Mermaid mind map as Markdown, line for line: the fence, the "mindmap" line, the root and icon lines empty; a
    first-level branch that names a section its heading; every deeper branch an item nested by its depth (one with
    branches under it, short, a lead-in: "Common:", "Off-label:"), its node shape taken off."""
    lines = body.split("\n")
    start = next(k for k, line in enumerate(lines) if _MINDMAP.match(line))
    end = next((k for k in range(start + 1, len(lines)) if _FENCE_LINE.match(lines[k])), len(lines))
    nodes = {k: lines[k] for k in range(start + 1, end) if lines[k].strip()}
    levels = sorted({len(v.expandtabs(4)) - len(v.expandtabs(4).lstrip()) for v in nodes.values()})
    depth = {k: levels.index(len(v.expandtabs(4)) - len(v.expandtabs(4).lstrip())) for k, v in nodes.items()}
    if sum(depth[k] == 1 and section_kind(_node_text(v)) in _MAIN_KINDS for k, v in nodes.items()) < 2:
        return body
    out = list(lines)
    out[start] = ""
    if start > 0 and _FENCE_LINE.match(lines[start - 1]):
        out[start - 1] = ""
    if end < len(lines):
        out[end] = ""
    keys = sorted(nodes)
    for i, k in enumerate(keys):
        text = _node_text(nodes[k])
        below = i + 1 < len(keys) and depth[keys[i + 1]] > depth[k]
        if depth[k] == 0 or not text or _NODE_DECOR.match(text):
            out[k] = ""
        elif depth[k] == 1 and section_kind(text):
            out[k] = f"## {text}"
        else:
            lead = ":" if below and len(text.split()) <= 6 and text[-1:].isalnum() else ""
            out[k] = "  " * max(0, depth[k] - 2) + f"- {text}{lead}"
    return "\n".join(out)


def _node_text(line: str) -> str:
    text = line.strip()
    shape = _NODE_SHAPE.match(text)
    return (shape.group("t") if shape else text).strip().strip('"')


# ---------------------------------------------------------------------------
# A Mermaid flowchart ("flowchart TD", 'subgraph Usage' over "U1[Acne]", "D -->|prevents| U2", "D ==>|blocks| T1[...]")
# ---------------------------------------------------------------------------

_FLOW_HEAD = re.compile(r"(?m)^[ \t]*(?:flowchart|graph)[ \t]+(?:TD|TB|BT|LR|RL)\b[^\n]*$")
#: a node: its id and, when defined there, its text inside its shape ("U1[Acne]", "SE1([Nausea])", 'C{{"X"}}')
_FLOW_NODE = (r"(?P<{0}>[A-Za-z_][\w-]*)(?:[ \t]*(?P<{0}o>\(\[|\[\[|\[\(|\(\(|\{{\{{|\[/|\[\\|[\[({{>])"
              r"(?P<{0}t>.*?)(?:\]\)|\]\]|\)\]|\)\)|\}}\}}|/\]|\\\]|[\])}}]))?")
#: an edge from one node to another, its label between bars or inside the arrow ("A -- label --> B")
_FLOW_EDGE = re.compile(r"(?m)^[ \t]*" + _FLOW_NODE.format("a") + r"[ \t]*(?:--|-\.|==)(?:(?P<inl>[^|>\n]*?)"
                        r"(?:--|-\.|==))?[-.=]*>(?:[ \t]*\|(?P<label>[^|\n]*)\|)?[ \t]*" + _FLOW_NODE.format("b")
                        + r"[ \t;]*$")
_FLOW_DEF = re.compile(r"^[ \t]*" + _FLOW_NODE.format("n") + r"[ \t;]*$")
_FLOW_SUBGRAPH = re.compile(r"^[ \t]*subgraph[ \t]+(?P<id>[\w-]+)?[ \t]*(?:\[(?P<t>[^\]]*)\])?[ \t]*$")
#: an edge label that only says the drug treats what it points at ("treats", "reverses", "prevents and controls")
_FLOW_PLAIN_USE = re.compile(r"^(?:treats?|reverses?|controls?|manages?|relieves?|used for|indicated for|"
                             r"prevents? and (?:controls?|treats?))$", re.I)
#: an edge label from the name that names a field of the Generic Name ("brand", "drug class")
_FLOW_FIELD = re.compile(r"^(?:brands?|brand names?|(?:drug )?class|forms?|routes?|synonyms?|also known as)$", re.I)
_FLOW_PREVENTS = re.compile(r"^(?:prevents?|prevention|prophylaxis)$", re.I)


def _flow_text(text: str | None) -> str:
    return " ".join((text or "").strip().strip('"').split())


def _flowchart(body: str) -> str:
    """A Mermaid flowchart as Markdown, line for line: the fence, "flowchart TD", "end", "classDef" / "class" / "style"
    lines and the edges that only link defined nodes markup (blank); a "%%" comment that names a section its heading;
    a subgraph that names a section not yet open its heading, any other its group's label ("**Off-label uses:**",
    "**With the eye drops:**"); a node defined inside a subgraph an item, the first of the Generic Name the name in
    bold and the others fields named by the label of the edge from it ("D -->|brand| B1" -> "- **Brand:** OraVerse";
    a label naming no field, a route, after the form: "Powder for injection, IV or IM"); a use's edge label its
    purpose ("prevents" -> "Prevention of X", "treats" nothing, others in parentheses); a node defined on an edge
    from the drug a statement ("D ==>|blocks| T1[...]" -> "- Blocks ..."), one defined on any other edge its text."""
    lines = body.split("\n")
    head = next((k for k, line in enumerate(lines) if _FLOW_HEAD.match(line)), None)
    if head is None:
        return body
    end = next((k for k in range(head + 1, len(lines)) if _FENCE_LINE.match(lines[k])), None)
    if end is None:  # (unfenced: to the first line at the margin that is no statement)
        end = next((k for k in range(head + 1, len(lines)) if lines[k][:1].isalpha() and not re.match(
            r"^(?:subgraph|end|classDef|class|style|linkStyle|click)\b|^[\w-]+[ \t]*(?:[\[({>]|-|=|$)", lines[k])),
            len(lines))
    edges: list[tuple[int, str, str, str]] = []  # (line, from, label, to)
    defined: dict[str, tuple[int, str]] = {}  # node id -> (line, text), where the text is given
    for k in range(head + 1, end):
        edge, node = _FLOW_EDGE.match(lines[k]), _FLOW_DEF.match(lines[k])
        if edge:
            edges.append((k, edge.group("a"), _flow_text(edge.group("label") or edge.group("inl")), edge.group("b")))
            for side in ("a", "b"):
                if edge.group(side + "o"):
                    defined.setdefault(edge.group(side), (k, _flow_text(edge.group(side + "t"))))
        elif node and node.group("no") and not _FLOW_SUBGRAPH.match(lines[k]):
            defined.setdefault(node.group("n"), (k, _flow_text(node.group("nt"))))
    sources = [a for _, a, _, _ in edges]
    drug = max(set(sources), key=sources.count, default=None)
    if drug is None or sources.count(drug) < 4:
        return body
    incoming = {b: label for _, a, label, b in edges if a == drug}
    out = list(lines)
    for k in range(head - 1 if head and _FENCE_LINE.match(lines[head - 1]) else head, min(end + 1, len(lines))):
        out[k] = ""
    if end >= len(lines) or not _FENCE_LINE.match(lines[end]):
        out[end:end + 1] = lines[end:end + 1]
    kind: str | None = None
    group: str | None = None
    named = False
    at_line = {line: node for node, (line, _) in defined.items()}
    for k in range(head + 1, end):
        line = lines[k].strip()
        comment = re.match(r"^%%(?P<t>.*)$", line)
        sub = _FLOW_SUBGRAPH.match(lines[k])
        if comment:
            title = comment.group("t").strip(" -=#*")
            if title and section_kind(clean_label(title)) in _MAIN_KINDS and len(title.split()) <= 6:
                out[k], kind, group = f"## {title}", section_kind(clean_label(title)), None
            continue
        if sub:
            title = _flow_text(sub.group("t")) or (sub.group("id") or "")
            sub_kind = section_kind(clean_label(title))
            if sub_kind in _MAIN_KINDS and sub_kind != kind:
                kind, group = sub_kind, None
                if title.casefold() != _TITLES[sub_kind].casefold() and k - 1 > head and not out[k - 1].strip():
                    # ("subgraph Often["Common side effects"]" opening the section: its heading on the empty line
                    # before it, the title the group's label)
                    out[k - 1], out[k], group = f"## {_TITLES[sub_kind]}", f"**{title}:**", title
                else:
                    out[k] = f"## {title}"
            elif sub_kind == kind and title.casefold() == _TITLES.get(kind or "", "").casefold():
                group = None
            else:
                out[k], group = f"**{title}:**", title
            continue
        if line == "end":
            continue
        node = at_line.get(k)
        if node is None or node == drug and kind != "identity":
            continue
        text = defined[node][1]
        label = incoming.get(node, "")
        if kind == "identity" and not named and node == drug:
            out[k], named = f"**{text}**", True
        elif kind == "identity" and label and _FLOW_FIELD.match(label):
            out[k] = f"- **{label[:1].upper() + label[1:]}:** {text}"
        elif kind == "identity" and label:
            out[k] = f"- **Forms:** {text}, {label}"
        elif kind == "uses" and label and _FLOW_PREVENTS.match(label):
            out[k] = f"- Prevention of {text[:1].lower() + text[1:]}"
        elif kind == "uses" and label and not _FLOW_PLAIN_USE.match(label):
            out[k] = f"- {text} ({label})"
        elif group is None and kind == "mechanism" and node in incoming and label:
            out[k] = f"- {label[:1].upper() + label[1:]} {text}"
        else:
            out[k] = f"- {text}"
    return "\n".join(out)


# ---------------------------------------------------------------------------
# A Slack message ("*:pill: Usage*", "_Common:_", "• item", ":warning: ...")
# ---------------------------------------------------------------------------

#: an emoji shortcode opening a line or its bold ("*:pill: Usage*", ":rotating_light: Stop ...")
_SHORTCODE_LEAD = re.compile(r"(?m)^[ \t]*(?:[*_]|[\u2022-][ \t]*)?:[a-z0-9_+-]{2,40}:")
#: a line wholly in Slack's bold (one asterisk each side): a heading or a label
_SLACK_BOLD_LINE = re.compile(r"(?m)^[ \t]*\*(?!\*)(?P<t>[^*\n]+?)\*[ \t]*$")
_SLACK_ITALIC_LINE = re.compile(r"^[ \t]*_(?!_)(?P<t>[^_\n]+?)_[ \t]*$")
_LIST_LINE = re.compile(r"^[ \t]*(?:[-*+\u2022]|\d{1,2}[.)])[ \t]+\S")
_SHORTCODES = re.compile(r"(?<![\w:]):[a-z0-9_+-]{2,40}:(?![\w:])[ \t]*")
#: Slack's bold inside a line ("*Thymoglobulin*"), not Markdown's "**"
_SLACK_BOLD = re.compile(r"(?<![*\w])\*(?!\*|\s)(?P<t>[^*\n]+?)(?<!\s)\*(?![*\w])")


def _slack_line(line: str, before: str) -> str:
    """One line of a Slack message as Markdown: a line wholly in bold a heading when it names a section (else a bold
    label), a line wholly in italics ("_Common:_") a bold label (a small heading right after a list item, which would
    take it as its lazy continuation), Slack's one-asterisk bold Markdown's two, emoji shortcodes (":pill:") gone."""
    whole = _SLACK_BOLD_LINE.match(line) or _SLACK_ITALIC_LINE.match(line)
    if whole:
        text = _SHORTCODES.sub("", whole.group("t")).strip()
        if section_kind(text) in _MAIN_KINDS and line.lstrip()[:1] == "*":
            return f"## {text}"
        return f"#### {text}" if _LIST_LINE.match(before) else f"**{text}**"
    text = _SLACK_BOLD.sub(r"**\g<t>**", _SHORTCODES.sub("", line))
    if text.strip() and _LIST_LINE.match(before) and not _LIST_LINE.match(text) and text[:1] not in " \t":
        return "> " + text  # ":rotating_light: Call ..." under the last bullet: a paragraph (Slack joins no lines),
    return text  # not the bullet's lazy continuation


# ---------------------------------------------------------------------------
# A Marp slide deck ("marp: true" directives, "---" between slides, speaker notes in "<!-- ... -->")
# ---------------------------------------------------------------------------

_MARP = re.compile(r"(?m)^[ \t]*marp:[ \t]*true[ \t]*$")
_DIRECTIVE = re.compile(r"^[ \t]*(?:marp|theme|paginate|size|header|footer|class|backgroundColor|color|math|"
                        r"headingDivider|style)[ \t]*:.*$")
_NOTE_LINE = re.compile(r"^[ \t]*<!--(?P<t>.*?)-->[ \t]*$")
_SLIDE_BREAK = re.compile(r"^[ \t]*---[ \t]*$")


def _marp(body: str) -> str:
    """A Marp deck as Markdown: its directives block and the "---" lines between slides empty (a "---" under a line of
    text would make it a heading), each speaker note its own paragraph (a note says what the slide's speaker adds:
    it is part of the slide), the slides' own Markdown as it is."""
    lines = body.split("\n")
    out = list(lines)
    in_note = False
    for k, line in enumerate(lines):
        note = _NOTE_LINE.match(line)
        if in_note:  # a note over several lines: its words, to its closing "-->"
            in_note = "-->" not in line
            out[k] = line.replace("-->", "").strip()
        elif note:
            out[k] = note.group("t").strip()
        elif line.lstrip().startswith("<!--"):
            in_note = True
            out[k] = line.replace("<!--", "", 1).strip()
        elif _SLIDE_BREAK.match(line) or _DIRECTIVE.match(line):
            out[k] = ""
    return "\n".join(out)


# ---------------------------------------------------------------------------
# troff / groff man-page source (".SH USAGE", ".IP \(bu 2", ".B bold", ".TP")
# ---------------------------------------------------------------------------

_TROFF_MACRO = re.compile(r"(?m)^\.(?:TH|SH|SS|NH|PP|LP|P|IP|TP|B|BR|BI|I|IR|RB|br|sp|nf|fi|RS|RE)\b")
#: the ms macros' own requests: a numbered heading, the title block, an abstract, a box, a display, a quote
_MS_MACRO = re.compile(r"(?m)^\.(?:NH|TL|AU|AI|AB|B1|QP|DS|XS)\b")
_TROFF_ESCAPES = ((re.compile(r"\\f[BI]"), "**"), (re.compile(r"\\f[RP]"), "**"), (re.compile(r"\\\(bu"), "\u2022"),
                  (re.compile(r"\\\(em"), "\u2014"), (re.compile(r"\\\(en"), "\u2013"), (re.compile(r"\\-"), "-"),
                  (re.compile(r"\\(?:&|\||\^)"), ""), (re.compile(r"\\e"), "\\\\"))


def _troff_text(text: str) -> str:
    for rx, repl in _TROFF_ESCAPES:
        text = rx.sub(repl, text)
    return text.replace("****", "")


def _troff_args(rest: str) -> str:
    """A macro's arguments as words: quoted ones unquoted (".SH \"SIDE EFFECTS\"")."""
    return " ".join(a.strip('"') for a in re.findall(r'"[^"]*"|\S+', rest))


def _troff(body: str) -> str:
    """A man page's troff source as Markdown, line for line: ".SH"/".SS" headings (capitals as written), ".B" bold,
    ".BR"/".IR" their words, ".IP" a bullet for the line after it, ".TP" a tag line (an FAQ's question) made bold,
    paragraph macros empty lines, font escapes and "\\-" as text. Written with the ms macros (:data:`_MS_MACRO`),
    a heading's title is the line after ".NH" / ".SH" (".NH" a section, ".SH" under ".NH" sections a group in it),
    ".TL" / ".AU" lines the document's title block (blank), ".B word )" bold with its closing mark after it, a tbl
    table (".TS" ... ".TE") its rows as items (:func:`_tbl_rows`), ".\\\"" comments blank."""
    ms = _MS_MACRO.search(body) is not None
    numbered = ms and re.search(r"(?m)^\.NH\b", body) is not None
    out: list[str] = []
    bullet = tag = False
    heading = ""  # (ms: the mark of the heading whose title is the next line; "-" a title block's line)
    lines = body.split("\n")
    table: tuple[int, list[str]] | None = None
    for k, line in enumerate(lines):
        if table is not None:
            if line.startswith(".TE"):
                out.extend(_tbl_rows(table[1]))
                out.append("")
                table = None
            else:
                table[1].append(line)
            continue
        if ms and line.startswith(".TS"):
            table = (k, [line])
            continue
        macro = re.match(r"^\.([A-Za-z]{1,2}\d?)\b[ \t]*(.*)$", line)
        if macro is None:
            text = _troff_text(line)
            if ms and line.startswith(('.\\"', '\\"')):
                text = ""
            elif heading and text.strip():
                text, heading = ("" if heading == "-" else f"{heading} {text.strip()}"), ("-" if heading == "-" else "")
            elif bullet and text.strip():
                text, bullet = f"- {text.strip()}", False
            elif tag and text.strip():
                text, tag = f"**{text.strip()}**", False
            out.append(text)
            continue
        name, rest = macro.group(1), _troff_text(_troff_args(macro.group(2)))
        heading = ""
        if ms and (name == "NH" or name == "SH" and not re.search(r"[^\d\s]", rest)):
            level = int(rest.split()[0]) if rest.split() else 1
            heading = "#" * min(6, level + 1 + (name == "SH" and numbered))
            bullet = tag = False
            out.append("")
        elif ms and name in ("TL", "AU", "AI"):
            heading = "-"
            out.append("")
        elif name in ("SH", "SS"):
            words = rest.strip()
            title = words.title() if words.isupper() else words
            out.append(("## " if name == "SH" else "### ") + title)
            bullet = tag = False
        elif name == "IP":
            bullet = True
            out.append("")
        elif name == "TP":
            tag = True
            out.append("")
        elif name in ("B", "I"):
            mark = "**" if name == "B" else "*"
            args = [a.strip('"') for a in re.findall(r'"[^"]*"|\S+', _troff_text(macro.group(2)))]
            if ms and len(args) > 1:  # (ms: ".B word post pre", the post-mark after the bold word: ".I Brand )")
                text = f"{args[2] if len(args) > 2 else ''}{mark}{args[0]}{mark}{args[1]}"
            else:
                text = f"{mark}{rest}{mark}" if rest else ""
            if bullet and text:
                text, bullet = f"- {text}", False
            elif tag and text:
                text, tag = (text if name == "B" else f"**{rest}**"), False
            out.append(text)
        elif name in ("BR", "RB", "BI", "IR", "RI", "IB"):
            out.append(rest.replace(" .", ".").replace(" ,", ","))
        else:  # .TH, .PP, .LP, .P, .br, .sp, .nf, .fi, .RS, .RE (ms: .B1 / .B2 a box, .AB / .AE an abstract)
            out.append("")
            if name in ("PP", "LP", "P"):
                bullet = tag = False
    if table is not None:
        out.extend(table[1])
    return "\n".join(out)


def _tbl_rows(lines: list[str]) -> list[str]:
    """A tbl table's lines (".TS" to before ".TE") as Markdown's: the ".TS" line, its options ("center box tab(;);")
    and format lines (to the one ending in ".") blank; its first row the header (blank), each other row a list item
    (:func:`_row_item`: under a "How common" column "- **Very common:** Dry mouth"); "_" and "=" rules blank."""
    out = [""] * len(lines)
    sep = re.search(r"\btab\s*\((.)\)", " ".join(lines[1:3]))
    tab = sep.group(1) if sep else "\t"
    k = 1
    if k < len(lines) and lines[k].rstrip().endswith(";"):
        k += 1  # (the options line)
    while k < len(lines) and not lines[k].rstrip().endswith("."):
        k += 1
    rows = [(j, [_troff_text(c).strip() for c in lines[j].split(tab)]) for j in range(k + 1, len(lines))
            if lines[j].strip() and not re.match(r"^[ \t]*(?:[_=]|\.[A-Za-z]{1,2}\b)", lines[j])]
    if not rows:
        return list(lines)
    often = _often_column(rows[0][1])
    for j, row in rows[1:]:
        out[j] = _row_item(row, often)
    return out


# ---------------------------------------------------------------------------
# A BSD mdoc(7) man page (".Sh USAGE", ".Bl -bullet" / ".It" / ".El", ".Sy Dental anesthesia", ".It Sy Question?")
# ---------------------------------------------------------------------------

_MDOC_MACRO = re.compile(r"(?m)^\.(?:Dd|Dt|Os|Sh|Ss|Nm|Nd|Pp|Bl|El|It|Sy|Em|Xr|Ar|Fl|Li|Ql|Dq|Pa|Bd|Ed)\b")
_MDOC_SECTION = re.compile(r"(?m)^\.Sh[ \t]+\S")
#: a closing delimiter an mdoc macro prints after its words, in roman (".Sy Premature ejaculation ,")
_MDOC_DELIMITER = frozenset({".", ",", ":", ";", ")", "]", "?", "!"})


def _mdoc_args(rest: str) -> tuple[str, str]:
    """A macro's words and the closing delimiters after them (".Em amide-type local anesthetic ." -> its words, ".")."""
    args = [a.strip('"') for a in re.findall(r'"[^"]*"|\S+', _troff_text(rest))]
    tail: list[str] = []
    while args and args[-1] in _MDOC_DELIMITER:
        tail.insert(0, args.pop())
    return " ".join(args), "".join(tail)


def _mdoc_line(macro: str, rest: str, name: str) -> str:
    """One line's macros as words: ".Sy" (and the macros called on the line: ".It Sy Q?") bold, a label's colon
    inside the bold ("**Generic name:**"), ".Nm" the page's name, ".Xr x 7" "x(7)"."""
    words, tail = _mdoc_args(rest)
    called = re.match(r"^(?P<m>[A-Z][a-z]{1,2})[ \t]+(?P<r>.*)$", words)
    if called and called.group("m") in ("Sy", "Em", "Nm", "Xr", "Ar", "Li", "Ql", "Dq", "Pa", "Fl"):
        return _mdoc_line(called.group("m"), called.group("r") + (" " + " ".join(tail) if tail else ""), name)
    if macro in ("Sy", "Em"):  # (emphasis as its words: "blocks" over "*voltage-gated sodium channels*" reads as
        mark = "**" if macro == "Sy" else ""  # no action on a target)
        if not words:
            return tail
        if tail.startswith(":"):  # (".Sy Brand names :" a label: "**Brand names:**")
            return f"{mark}{words}:{mark}{tail[1:]}"
        return f"{mark}{words}{mark}{tail}"
    if macro == "Nm":
        return (words or name) + tail
    if macro == "Xr":
        page = words.split()
        return (f"{page[0]}({page[1]})" if len(page) == 2 else words) + tail
    if macro == "Nd":  # (the name's one-line description, printed after a dash: "zoravir \u2014 amide ...")
        return f"\u2014 {words}{tail}"
    if macro == "Dq":
        return f'"{words}"{tail}'
    return words + tail


def _mdoc(body: str) -> str:
    """A BSD mdoc(7) man page as Markdown, line for line (beside :func:`_troff`, whose ".SH" pages it shares the
    escapes with): the ".Dd"/".Dt"/".Os" header, ".Pp", ".Bl" and ".El" markup (blank); ".Sh" a section heading and
    ".Ss" a sub-heading (capitals as written made title case); ".Nm" the name; in a ".Bl -bullet" list each ".It"
    opens an item on the next line that holds words (".Sy Dental anesthesia" -> "- **Dental anesthesia**", the roman
    line after it its text); in a ".Bl -tag" list the ".It" line's words the item's tag in bold (".It Sy Question?"
    -> "- **Question?**", the lines after it its answer); ".Sy" bold, ".Em" its words, ".Nd" its words after a dash
    as mdoc prints them, ".Xr x 7" "x(7)"."""
    lines = body.split("\n")
    start = next((k for k, line in enumerate(lines) if _MDOC_MACRO.match(line)), None)
    if start is None:
        return body
    name = next((m.group(1) for m in re.finditer(r"(?m)^\.Nm[ \t]+(\S+)", body)), "")
    out = list(lines)
    lists: list[str] = []  # (the kinds of the open lists: "-bullet", "-tag", ...)
    bullet = False  # (an ".It" of a bullet list waits for its first words)
    for k in range(start, len(lines)):
        line = lines[k]
        macro = re.match(r"^\.(?P<m>[A-Z][a-z]{1,2}|[a-z]{2})\b[ \t]*(?P<r>.*)$", line)
        if macro is None:
            if not line.strip() and not lists and k > start and not lines[k - 1].startswith("."):
                break  # (a blank line after the page's last words: the source has ended)
            text = _troff_text(line)
            if bullet and text.strip():
                text, bullet = f"- {text.strip()}", False
            out[k] = text
            continue
        m, rest = macro.group("m"), macro.group("r")
        if m in ("Sh", "Ss"):
            words = _mdoc_args(rest)[0]
            title = words.title() if words.isupper() else words
            out[k] = ("## " if m == "Sh" else "### ") + title
            lists, bullet = [], False
        elif m == "Bl":
            lists.append((rest.split() or ["-bullet"])[0])
            out[k] = ""
        elif m == "El":
            lists = lists[:-1]
            out[k], bullet = "", False
        elif m == "It":
            kind = lists[-1] if lists else "-bullet"
            text = _mdoc_line("It", rest, name) if rest.strip() else ""
            if kind == "-tag" or kind == "-ohang" or kind == "-inset" or kind == "-diag":
                out[k], bullet = (f"- **{text.strip('*')}**" if text else ""), False
            elif text:
                out[k], bullet = f"- {text}", False
            else:
                out[k], bullet = "", True
        elif m in ("Dd", "Dt", "Os", "Pp", "Lp", "Bd", "Ed", "br", "sp"):
            out[k] = ""
            bullet = bullet and m not in ("Pp", "Lp")
        else:
            text = _mdoc_line(m, rest, name)
            if bullet and text.strip():
                text, bullet = f"- {text}", False
            out[k] = text
    return "\n".join(out)


# ---------------------------------------------------------------------------
# Texinfo ("@chapter Usage", "@itemize @bullet" / "@item", "@table @asis")
# ---------------------------------------------------------------------------

_TEXI_COMMAND = re.compile(r"(?m)^@(?:node|chapter|section|subsection|unnumbered|itemize|enumerate|item|end|table|top|"
                           r"menu|setfilename|settitle)\b")
_TEXI_INLINE = ((re.compile(r"@(?:strong|b)\{([^{}]*)\}"), r"**\1**"),
                (re.compile(r"@(?:emph|i)\{([^{}]*)\}"), r"*\1*"),
                (re.compile(r"@(?:code|samp|var|file|dfn|cite|r|t|asis|w|acronym|abbr)\{([^{}]*)\}"), r"\1"),
                (re.compile(r"@dots\{\}"), "..."), (re.compile(r"@(?=[@{}])"), ""))


def _texinfo(body: str) -> str:
    """A Texinfo answer as Markdown, line for line: "@chapter" a heading, "@section" / "@subsection" smaller ones,
    "@item" of an itemize or enumerate a list item (its text on the next line when the command stands alone), "@item"
    of a table its term in bold (an FAQ's question), every other command line (the header, nodes, menus, "@end ...",
    comments) empty, inline commands as the Markdown they mean."""
    out: list[str] = []
    lists: list[str] = []  # "itemize" / "enumerate" / "table", innermost last
    in_menu = pending = False
    for line in body.split("\n"):
        text = line.strip()
        for rx, repl in _TEXI_INLINE:
            text = rx.sub(repl, text)
        cmd = re.match(r"^@([a-z]+)\b[ \t]*(.*)$", line.strip())
        if in_menu:
            in_menu = not (cmd and cmd.group(1) == "end")
            out.append("")
            continue
        if cmd is None or cmd.group(1) in ("strong", "emph", "code", "b", "i"):
            if pending and text:
                text, pending = f"- {text}", False
            out.append(text)
            continue
        name, rest = cmd.group(1), text[len(cmd.group(1)) + 1:].strip()
        if name in ("chapter", "unnumbered", "appendix", "majorheading", "chapheading"):
            out.append(f"## {rest}")
        elif name in ("section", "unnumberedsec", "heading"):
            out.append(f"### {rest}")
        elif name in ("subsection", "subheading", "unnumberedsubsec"):
            out.append(f"#### {rest}")
        elif name in ("itemize", "enumerate", "table", "ftable", "vtable"):
            lists.append("table" if "table" in name else "list")
            out.append("")
        elif name == "end":
            if rest.split()[:1] == ["menu"]:
                in_menu = False
            elif lists and rest.split()[:1] and rest.split()[0] in ("itemize", "enumerate", "table", "ftable",
                                                                      "vtable"):
                lists.pop()
            out.append("")
        elif name in ("item", "itemx"):
            if lists and lists[-1] == "table":
                out.append(f"**{rest}**" if rest else "")
            elif rest:
                out.append(f"- {rest}")
            else:
                pending = True
                out.append("")
        elif name == "menu":
            in_menu = True
            out.append("")
        else:  # \input, @setfilename, @settitle, @node, @top, @c, @bye, ...
            out.append("")
    return "\n".join(out)


# ---------------------------------------------------------------------------
# A Python dictionary ('"usage": [' over '"Acne",', '"faqs": [("Q?", "A"), ...]')
# ---------------------------------------------------------------------------

_PY_KEY = re.compile(r"(?m)^[ \t]*[\"'][A-Za-z_][\w ]{0,40}[\"']\s*:")
#: the dictionary assigned ("drug = {", "monograph: dict = {"): Python, not JSON (read by kg.parse's JSON reader)
_PY_DICT_OPEN = re.compile(r"(?m)^[ \t]*[A-Za-z_]\w*\s*(?::\s*[\w\[\], ]+)?=\s*(?:dict\()?\{[ \t]*(?:#.*)?$")
_PY_PAIR = re.compile(r"^[ \t]*[\"'](?P<k>[A-Za-z_][\w ]{0,40})[\"']\s*:\s*(?P<v>.*?)\s*,?\s*(?:#.*)?$")
_PY_STRING = re.compile(r"^[ \t]*\(?[ \t]*(?P<q>[\"'])(?P<s>(?:\\.|(?!(?P=q)).)*)(?P=q)[ \t]*(?P<end>\)?)[ \t]*,?[ \t]*"
                        r"(?P<close>\)?)[ \t]*,?[ \t]*(?:#.*)?$")


def _py_str(text: str) -> str:
    return text.replace("\\'", "'").replace('\\"', '"')


def _python_dict(body: str) -> str:
    """A Python dictionary literal as Markdown, line for line: a key that names a section a heading (with its value on
    the line, a run-in label), any other key a label ("off_label" -> "**Off label:**"), each string of a list an item,
    strings joined in parentheses the section's text, a (question, answer) tuple "Q:" / "A:" lines; brackets, the
    fence, the assignment and comments empty lines."""
    out: list[str] = []
    current: str | None = None
    in_faqs = False
    asked = False  # the line before opened a (question, answer) tuple
    for line in body.split("\n"):
        pair = _PY_PAIR.match(line)
        string = _PY_STRING.match(line) if pair is None else None
        if pair:
            key, value = pair.group("k"), pair.group("v")
            words = key.replace("_", " ").strip()
            words = words[:1].upper() + words[1:]
            kind = section_kind(words)
            in_faqs = kind == "faqs"
            inline = _PY_STRING.match(value) if value[:1] in "\"'" else None
            if kind in _MAIN_KINDS and kind != current:
                current = kind
                if inline and out and not out[-1].strip():
                    out[-1] = f"## {_TITLES[kind]}"
                    out.append(_py_str(inline.group("s")))
                else:
                    out.append(f"## {_TITLES[kind]}" if not inline else f"**{words}:** {_py_str(inline.group('s'))}")
            elif inline:
                out.append(f"**{words}:** {_py_str(inline.group('s'))}")
            elif value.startswith("[") and value.endswith("]") and len(value) > 2:
                items = re.findall(r"[\"']((?:\\.|[^\"'])*)[\"']", value)
                out.append(f"**{words}:** {', '.join(_py_str(i) for i in items)}")
            else:
                out.append(f"**{words}:**")
        elif string:
            text = _py_str(string.group("s"))
            opens = line.lstrip().startswith("(")
            if in_faqs and opens:
                out.append(f"Q: {text}")
                asked = not string.group("end") and not string.group("close")
            elif in_faqs and asked:
                out.append(f"A: {text}")
                asked = False
            elif line.rstrip().rstrip(",").endswith(("\"", "'")) and line.rstrip().endswith(",") or \
                    line.split("#")[0].rstrip().endswith(("\",", "',")):
                out.append(f"- {text}")
            else:
                out.append(text)  # a string of a parenthesised run: the section's text
        else:
            out.append("")
    return "\n".join(out)


# ---------------------------------------------------------------------------
# A fact sheet with dot leaders ("Used for .............. Acne", the value's next lines indented to its column)
# ---------------------------------------------------------------------------

#: a key run to its value on a leader of four dots or more (an ellipsis, "Wait... it works", is no leader)
_LEADER = re.compile(r"(?m)^(?P<k>[A-Za-z][^.\n]{0,40}?)[ \t]*\.{4,}[ \t]+(?P<v>\S.*)$")
_LEADER_LINE = re.compile(r"^(?P<k>[A-Za-z][^.\n]{0,40}?)[ \t]*\.{2,}[ \t]+(?P<v>\S.*)$|"
                          r"^(?P<k2>[A-Za-z][\w ()/-]{0,40}?\))[ \t]+(?P<v2>\S.*)$")
_EFFECTS_GROUP_KEY = re.compile(r"^side[\s-]*effects?\s*\((?P<g>[^()]+)\)$", re.I)
#: a line that does not end its item: a comma, a conjunction, a preposition or an article last
_RUNS_ON = re.compile(r"(?:,|\b(?:and|or|to|for|of|in|with|the|a|an|by|from|on|at|who|that|which))$", re.I)
_CAPS_TITLE = re.compile(r"^[A-Z][A-Z &/'-]{2,40}$")


def _dot_leaders(body: str) -> str:
    """A fact sheet whose keys run to their values on dot leaders, as Markdown, line for line: a key a bold label
    (a key that names a section, or a line of capitals, a heading), a value's continuation lines (indented to the value
    column) a list item each when the key lists ("Used for", "Off-label") and else its text; the fence and rules
    empty."""
    lines = body.split("\n")
    out = list(lines)
    column = -1
    listing = False
    for k, line in enumerate(lines):
        m = _LEADER_LINE.match(line)
        if m:
            key = (m.group("k") or m.group("k2")).strip()
            group = _EFFECTS_GROUP_KEY.match(key)
            key = group.group("g")[:1].upper() + group.group("g")[1:] if group else key  # "Side effects (common)"
            raw = m.group("v") or m.group("v2")
            column = len(line) - len(raw)
            value = raw.lstrip(". ")  # ("Side effects (serious) . Serious ...": the leader's last dot)
            kind = section_kind(key)
            listing = bool(re.search(r"\bused\s+for\b|\buses?\b|off-label|indications?", key, re.I))
            out[k] = f"- **{key}:** {value}" if listing else f"**{key}:** {value}"
            if kind in _MAIN_KINDS and k and not out[k - 1].strip() and kind not in ("uses",):
                out[k - 1] = f"## {_TITLES[kind]}"
            continue
        stripped = line.strip()
        if column > 0 and stripped and len(line) - len(line.lstrip()) >= column - 2:
            before = lines[k - 1].rstrip()
            new_item = listing and stripped[:1].isupper() and not _RUNS_ON.search(before)
            out[k] = f"- {stripped}" if new_item else "  " + stripped  # (a wrapped value goes on: "around brain"
            continue  # over "tumors")
        column = -1
        qa = re.match(r"^(?P<w>[QA])(?:[ \t]{2,}|[ \t]*[:.][ \t]+)(?=\S)", line)
        if qa:  # "Q  Should I take it with food?" / "A  Yes. ..."
            out[k] = f"{qa.group('w')}: {line[qa.end():]}"
            continue
        if _CAPS_TITLE.match(stripped) and section_kind(stripped.title()):
            out[k] = f"## {stripped.title()}"
        elif re.fullmatch(r"[=\-~_*#]{3,}", stripped) or _FENCE_LINE.match(line):
            out[k] = ""
    return "\n".join(out)


# ---------------------------------------------------------------------------
# An ABC music file whose words lines hold the answer ("X:1", "T:", "M:3/4", "K:D" header fields, note lines, "w:"
# lyrics under the notes, then "W:USAGE", "W:* item - note", "W:Q: ...?" printed below the score)
# ---------------------------------------------------------------------------

_ABC_TUNE = re.compile(r"^X:[ \t]*\d+[ \t]*$")
_ABC_WORDS = re.compile(r"(?m)^W:")
_ABC_KEY = re.compile(r"(?m)^K:[ \t]*\S")
_ABC_WORD_LINE = re.compile(r"^(?:W|\+):(?P<t>.*)$")


def _abc(body: str) -> str:
    """An ABC tune (fenced, or up to the blank line that ends it) as Markdown, line for line: its "W:" words lines (and
    "+:" lines that continue them) their text, a line of capitals that names a section a heading, a line of prose
    right under a list's item or a group's items ("Serious: A, B") quoted so that it does not run on as their words
    (a line that ends in a comma or a conjunction runs on); the header fields, the notes,
    the "w:" lyrics under them, "%" comments and the fence blank."""
    lines = body.split("\n")
    window = _data_window(lines, _ABC_TUNE)
    if window is None:
        return body
    first, last = window
    if not _FENCE_LINE.match(lines[first]):
        last = next((k - 1 for k in range(first + 1, len(lines)) if not lines[k].strip()), last)
    said = {k: m.group("t") for k in range(first, last + 1) if (m := _ABC_WORD_LINE.match(lines[k]))}
    if len(said) < 6:
        return body
    if all(t[:1] == " " for t in said.values() if t.strip()):  # ("W: text": the space after the colon)
        said = {k: t[1:] for k, t in said.items()}
    out = list(lines)
    listed = grouped = False  # (the line before is a list's item or its continuation; a group's run of items)
    for k in range(first, last + 1):
        text = said.get(k, "").rstrip()
        stripped = text.strip()
        group = re.match(r"^(?P<g>[A-Z][\w' -]{0,30}):[ \t]+\S", stripped)
        if _CAPS_TITLE.match(stripped) and section_kind(stripped) in _MAIN_KINDS:
            text = f"## {stripped}"
        elif stripped and listed and not text[:1].isspace() and not _VALUE_ITEM.match(text) \
                or grouped and not group and stripped[:1].isupper() and not _RUNS_ON.search(out[k - 1]):
            text = "> " + text  # (prose after a group's items, "Serious: A, B" over "Get help if ...", the same)
        out[k] = text
        listed = bool(_VALUE_ITEM.match(text)) or listed and bool(stripped) and text[:1].isspace()
        grouped = bool(group and is_group_label(group.group("g"))) or grouped and bool(stripped) \
            and not text.startswith(("> ", "#"))
    return "\n".join(out)


# ---------------------------------------------------------------------------
# DokuWiki ("====== X ======", "===== Usage =====", "  * item", "^ Key | value |")
# ---------------------------------------------------------------------------

_DOKU_HEADING = re.compile(r"(?m)^[ \t]*(={2,6})[ \t]*([^=\n]+?)[ \t]*\1[ \t]*$")
_DOKU_ROW = re.compile(r"^[ \t]*[\^|](?P<cells>.*?)[\^|][ \t]*$")


def _dokuwiki(body: str) -> str:
    """DokuWiki markup as Markdown, line for line: its headings (six "=" the top level, fewer the lower ones), "  * "
    and "  - " items as list items, "//italic//" as Markdown's, table rows "^ Key | value |" as a bold key over its
    value (a header row of "^" cells alone an empty line)."""
    out: list[str] = []
    table = False  # inside a table whose header row was given as Markdown's
    for line in body.split("\n"):
        head = _DOKU_HEADING.match(line)
        row = _DOKU_ROW.match(line) if head is None else None
        if row is None:
            table = False
        if head:
            level = 7 - len(head.group(1))
            out.append("#" * max(1, level) + " " + head.group(2).strip())
        elif row:
            cells = [c.strip() for c in re.split(r"[\^|]", row.group("cells"))]
            cells = [c for c in cells if c]
            if line.count("^") >= 2 and "|" not in line.strip()[1:-1]:
                # a header row ("^ Risk ^ What to know ^"): on the empty line before it, its delimiter row here, so
                # the rows under it are a Markdown table's
                if out and not out[-1].strip() and len(cells) >= 2:
                    out[-1] = "| " + " | ".join(cells) + " |"
                    out.append("|" + "---|" * len(cells))
                    table = True
                else:
                    out.append("")
            elif table:
                out.append("| " + " | ".join(c.strip() for c in re.split(r"[\^|]", row.group("cells"))) + " |")
            elif len(cells) >= 2:
                out.append(f"**{cells[0]}:** " + "; ".join(cells[1:]))
            else:
                out.append(" ".join(cells))
        else:
            item = re.match(r"^( {2,})([*-])[ \t]+", line)
            text = re.sub(r"(?<![:/])//(?=\S)(.+?)(?<=\S)//", r"*\1*", line)
            if item:
                depth = (len(item.group(1)) - 2) // 2
                text = "  " * depth + ("- " if item.group(2) == "*" else "1. ") + text[item.end():]
            out.append(text)
    return "\n".join(out)


# ---------------------------------------------------------------------------
# txt2tags ("= Usage =", "== Off-label uses ==", "%!target: html", "|| Form | Brand |", ": **Question?**", "//not//")
# ---------------------------------------------------------------------------

_T2T_HEADING = re.compile(r"^[ \t]*(?P<m>=+|\++)[ \t]*(?P<t>[^=+ \t][^\n]*?)[ \t]*(?P=m)(?:\[[\w-]*\])?[ \t]*$")
_T2T_HEADINGS = re.compile(r"(?m)^[ \t]*(=+|\++)[ \t]*[^=+ \t][^\n]*?[ \t]*\1(?:\[[\w-]*\])?[ \t]*$")
#: txt2tags' own marks: a setting ("%!target: html"), a date or contents macro, a table's header row ("|| Form |")
_T2T_MARK = re.compile(r"(?m)^%!\w+(?:\([\w-]+\))?[ \t]*:|%%(?:mtime|date|toc|infile|outfile)\b|^[ \t]*\|\|[ \t]")
_T2T_INLINE = ((re.compile(r"(?<![:/\w])//(?=\S)(.+?)(?<=\S)//"), r"*\1*"),
               (re.compile(r"__(?=\S)(.+?)(?<=\S)__"), r"\1"),
               (re.compile(r"``(?=\S)(.+?)(?<=\S)``"), r"`\1`"), (re.compile(r"''(?=\S)(.+?)(?<=\S)''"), r"\1"))


def _txt2tags(body: str) -> str:
    """A txt2tags page as Markdown, line for line: "= X =" a section heading ("== X ==" a group in it, "+ X +" the
    numbered kind), "%" lines (settings, comments, macros) blank, "//x//" emphasis, "__x__" and "''x''" their words,
    "+ item" a numbered item; a definition's ": term" line a bold item, the lines under it its text (an FAQ's question
    over its answer); a table under a "||" header row Markdown's (its header on the empty line before it), or, when a
    column says how often, its rows as items (:func:`_row_item`)."""
    lines = body.split("\n")
    out = list(lines)
    term = False  # (inside a definition: its lines indented under its term)
    table: tuple[int | None] | None = None  # (inside a table read as items: its how-often column)
    for k, line in enumerate(lines):
        if line.startswith("%"):
            out[k] = ""
            continue
        head = _T2T_HEADING.match(line)
        for rx, repl in _T2T_INLINE:
            line = rx.sub(repl, line)
        row = re.match(r"^[ \t]*(?P<h>\|\|?)(?P<c>.*?)\|?[ \t]*$", line) if line.lstrip().startswith("|") else None
        cells = [c.strip() for c in row.group("c").split("|")] if row else []
        if row is None:
            table = None
        if head:
            out[k], term = "#" * min(6, len(head.group("m")) + 1) + " " + head.group("t").strip(), False
        elif row and row.group("h") == "||":
            often = _often_column(cells)
            if often is None and k and not out[k - 1].strip():
                out[k - 1], out[k] = "| " + " | ".join(cells) + " |", "|" + "---|" * len(cells)
            else:
                out[k], table = "", (often,)
        elif row and table:
            out[k] = _row_item(cells, table[0])
        elif re.match(r"^:[ \t]+\S", line):
            words = line[1:].strip()
            words = words[2:-2] if words.startswith("**") and words.endswith("**") else words
            out[k], term = f"- **{words}**", True
        elif term and line.strip() and not re.match(r"^[ \t]*[-+][ \t]", line):
            out[k] = "  " + line.strip()
        else:
            term = term and bool(line.strip())
            numbered = re.match(r"^([ \t]*)\+[ \t]+(?=\S)", line)
            out[k] = numbered.group(1) + "1. " + line[numbered.end():] if numbered else line
    return "\n".join(out)


# ---------------------------------------------------------------------------
# MediaWiki's inline markup ("'''nitric oxide'''", "[[angina pectoris|angina]]"; its headings are kg.parse's)
# ---------------------------------------------------------------------------

#: bold and italic in quote marks, and an internal link with or without its shown text
_WIKI_INLINE = re.compile(r"'''(?P<b>(?:[^'\n]|'(?!'))+?)'''|(?<!['\w])''(?P<i>(?:[^'\n]|'(?!'))+?)''(?!['\w])|"
                          r"\[\[(?:[^\[\]|\n]+\|)?(?P<l>[^\[\]|\n]+)\]\]")


def _wiki_inline(m: re.Match[str]) -> str:
    """One span of MediaWiki markup as Markdown: bold as "**", italic as "*", a link as the words it shows."""
    if m.group("b") is not None:
        return f"**{m.group('b')}**"
    if m.group("i") is not None:
        return f"*{m.group('i')}*"
    return m.group("l")


# ---------------------------------------------------------------------------
# A TiddlyWiki tiddler ("! Usage", "!! Off-label uses", "''bold''", "//italic//", "[[label|Target]]", "|!Brand |",
# "@@highlight@@", "<<<" quotes; its "title:" / "type: text/vnd.tiddlywiki" header fields)
# ---------------------------------------------------------------------------

_TW_HEADING = re.compile(r"(?m)^(?P<bang>!{1,6})[ \t]*(?P<t>\S.*)$")
_TW_MARK = re.compile(r"(?m)^type:[ \t]*text/vnd\.tiddlywiki[ \t]*$|^\|!|''[^'\n]+''|(?<![:/])//[^/\n]+//|@@|^<<<")
_TW_INLINE = re.compile(r"''(?P<b>(?:[^'\n]|'(?!'))+?)''|(?<![:/])//(?P<i>[^/\n]+?)//|@@(?P<h>[^@\n]+?)@@|"
                        r"\[\[(?P<l>[^\[\]|\n]+)(?:\|[^\[\]\n]+)?\]\]")
_TW_FIELD = re.compile(r"^(?:created|modified|tags|title|type|creator|modifier|revision|list|caption):[ \t]")


def _tw_inline(m: re.Match[str]) -> str:
    """One span of TiddlyWiki markup as Markdown: "''bold''", "//italic//", "@@highlight@@" its words, a link
    "[[label|Target]]" the label it shows."""
    if m.group("b") is not None:
        return f"**{m.group('b')}**"
    if m.group("i") is not None:
        return f"*{m.group('i')}*"
    return m.group("h") if m.group("h") is not None else m.group("l")


def _tiddlywiki(body: str) -> str:
    """A TiddlyWiki tiddler as Markdown, line for line: "!" headings one level down ("! Usage" a section, "!! With the
    inhaler" a group), inline markup by :func:`_tw_inline`, a table with a "|!Header |" row its rows as list items of
    "Header: cell" fields, "<<<" quote lines blank and their lines quoted; the header fields before the first blank
    line and the fence around the tiddler blank."""
    lines = body.split("\n")
    out = list(lines)
    header: list[str] | None = None
    quoted = False
    first = next((k for k, line in enumerate(lines) if _TW_HEADING.match(line)), len(lines))
    for k in range(first - 1, -1, -1):  # (the header fields above the first heading, and the fence above them)
        if _TW_FIELD.match(lines[k]) or _FENCE_LINE.match(lines[k]):
            out[k] = ""
            if _FENCE_LINE.match(lines[k]):
                after = next((j for j in range(first, len(lines)) if _FENCE_LINE.match(lines[j])), None)
                if after is not None:
                    out[after] = ""
                break
        elif lines[k].strip():
            break
    for k in range(first, len(lines)):
        line = lines[k]
        if out[k] == "" and line.strip():
            continue
        if line.strip() == "<<<" or line.startswith("<<< "):
            out[k], quoted = "", not quoted
            continue
        head = _TW_HEADING.match(line)
        row = re.match(r"^\|(?P<cells>.*)\|[ \t]*[hfk]?$", line)
        if head:
            out[k] = "#" * min(len(head.group("bang")) + 1, 6) + " " + _TW_INLINE.sub(_tw_inline, head.group("t"))
        elif row:
            cells = [c.strip() for c in row.group("cells").split("|")]
            if all(c.startswith("!") for c in cells if c):
                header, out[k] = [c.lstrip("!").strip() for c in cells], ""
            elif header:
                out[k] = "- " + "; ".join(f"{h}: {_TW_INLINE.sub(_tw_inline, c)}" for h, c in zip(header, cells) if c)
        else:
            header = None if line.strip() else header
            said = _TW_INLINE.sub(_tw_inline, _TW_INLINE.sub(_tw_inline, line))  # (twice: "@@is ''not''@@")
            out[k] = ("> " if quoted and line.strip() else "") + said
    return "\n".join(out)


# ---------------------------------------------------------------------------
# A Graphviz DOT graph ('"drug" -> "acne" [label="treats"];', FAQs as "// Q:" comments after it)
# ---------------------------------------------------------------------------

_DOT_EDGE = re.compile(r"(?m)^[ \t]*\"?[^\"\n]+\"?[ \t]*->[ \t]*\"?[^\"\n]+\"?[ \t]*\[[^\]\n]*label[ \t]*=")
_DOT_EDGE_LINE = re.compile(r"^[ \t]*\"?(?P<a>[^\"\n]+?)\"?[ \t]*->[ \t]*\"?(?P<b>[^\"\n]+?)\"?[ \t]*"
                            r"\[(?P<attrs>[^\]\n]*)\][ \t]*;?[ \t]*(?://[ \t]*(?P<note>.*))?$")
_DOT_NAME_NODE = re.compile(r"^[ \t]*\"[^\"]+\"[ \t]*\[[^\]]*\blabel[ \t]*=[ \t]*\"(?P<n>[^\"\\]+?)(?:\\n)?[ \t]*"
                            r"\((?:generic\s+name|generic|INN)\)\"", re.I)
_DOT_LABEL = re.compile(r"\blabel[ \t]*=[ \t]*\"(?P<l>[^\"]*)\"")
#: an edge's label -> the section and group its target belongs to
_DOT_RELATIONS = tuple((re.compile(rx, re.I), kind, label) for rx, kind, label in (
    (r"^(?:treats|used\s+for|indicated\s+for|indication)$", "uses", "Used for"),
    (r"^off[- ]label", "uses", "Off-label"),
    (r"^(?:is\s+an?|class|drug\s+class)$", "identity", "Drug class"),
    (r"^brand(?:\s+names?)?$", "identity", "Brand names"),
    (r"^routes?$", "identity", "Route"),
    (r"^forms?$", "identity", "Form"),
    (r"^causes?\s*\((?P<g>[^()]+)\)$|^side\s+effect\s*\((?P<g2>[^()]+)\)$", "side_effects", None),
    (r"^causes?$|^side\s+effects?$", "side_effects", "Side effects"),
    (r"^(?:(?:probably|may|likely)\s+)?(?:inhibits|blocks|activates|binds|opens|enhances|stimulates|antagoni[sz]es|"
     r"targets|increases|decreases|produces|reduces)\b", "mechanism", None),
))


def _dot_graph(body: str) -> str:
    """A DOT graph of the drug as Markdown, line for line: an edge from the drug a list item of the section its label
    names ("treats" a use, "off-label" an off-label use, "causes (common)" a common side effect, "inhibits" a sentence
    of How it Works: "Sevoflurane inhibits NMDA receptor."), under the heading the line before it gives (a comment or a
    blank line there); a node's label a note when it says what to do; the graph's other lines empty; "// Q:" / "// A:"
    comment lines the FAQs."""
    lines = body.split("\n")
    out = list(lines)
    current: str | None = None
    drug = None
    opened = False
    for k, line in enumerate(lines):
        edge = _DOT_EDGE_LINE.match(line)
        label = _DOT_LABEL.search(edge.group("attrs")) if edge else None
        stripped = line.strip()
        if edge and label:
            a, b, rel = edge.group("a").strip(), edge.group("b").strip(), label.group("l").strip()
            drug = drug or a
            rule = next(((rx.match(rel), kind, lab) for rx, kind, lab in _DOT_RELATIONS if rx.match(rel)), None)
            if a != drug or rule is None or "dashed" in edge.group("attrs"):
                out[k] = ""  # ("not used for", "less airway irritation than": a contrast drawn dashed)
                continue
            m, kind, lab = rule
            if kind != current and k and not out[k - 1].strip() or kind != current and k and \
                    out[k - 1].lstrip().startswith("//"):
                out[k - 1], current = f"## {_TITLES[kind]}", kind
            elif kind != current:
                out[k] = f"## {_TITLES[kind]}"
                current = kind
                continue
            note = f" ({edge.group('note').strip()})" if edge.group("note") and kind == "uses" else ""
            if kind == "mechanism":
                verb = re.sub(r"^(?:probably|may|likely)\s+", "", rel.split("(")[0].strip(), flags=re.I)
                hedge = "probably " if rel.lower().startswith(("probably", "may", "likely")) else ""
                out[k] = f"{drug[:1].upper() + drug[1:]} {hedge}{verb} {b}."
            else:
                group = m.groupdict().get("g") or m.groupdict().get("g2")  # ("causes (common)": the group)
                out[k] = f"- **{(group or lab).strip().capitalize()}:** {b}{note}"
            continue
        named = _DOT_NAME_NODE.match(line)
        if named:  # '"sevoflurane" [label="Sevoflurane\n(generic name)"]': the drug's name
            if current != "identity" and k and (not out[k - 1].strip() or out[k - 1].lstrip().startswith("//")):
                out[k - 1], current = "## Generic Name", "identity"
            out[k] = f"**Generic name:** {named.group('n').strip()}"
            continue
        q = re.match(r"^[ \t]*//[ \t]*(?P<w>Q|A)[ \t]*[:.][ \t]*(?P<t>.*)$", line)
        if q:
            if q.group("w") == "Q" and not opened and k and not out[k - 1].strip():
                out[k - 1], current, opened = "## FAQs", "faqs", True
            out[k] = f"{q.group('w')}: {q.group('t')}"
            continue
        note = re.search(r"label[ \t]*=[ \t]*\"(?P<l>[^\"]*\b(?:call|seek|get|see)\b[^\"]*)\"", line, re.I)
        if note and current == "side_effects":
            out[k] = "> " + note.group("l").replace("\\n", " ")  # "After discharge, call a doctor if you notice ...":
            # a paragraph of its own (a quote), not the list item's lazy continuation
            continue
        if stripped.startswith("//") or stripped in ("}", "{") or stripped.startswith(("digraph", "graph", "node",
                                                                                        "edge", "rankdir", "\"")):
            out[k] = ""
    return "\n".join(out)


# ---------------------------------------------------------------------------
# Captions: SRT and WebVTT ("12" / "00:00:41,500 --> 00:00:45,500" / a line or two of text / a blank line)
# ---------------------------------------------------------------------------

#: a cue's timing line, SRT's ("00:00:41,500 --> 00:00:45,500") or WebVTT's ("00:41.500 --> 00:45.500 align:start")
_CUE_TIMING = re.compile(r"(?m)^[ \t]*(?:\d{1,2}:)?\d{1,2}:\d{2}[,.]\d{1,3}[ \t]+-->[ \t]+"
                         r"(?:\d{1,2}:)?\d{1,2}:\d{2}[,.]\d{1,3}\b.*$")
#: a line that holds a paragraph together across the cues' number, timing and blank lines: Markdown's blank line is
#: spaces and tabs only, and the reader reads a no-break space as a space
_HOLD = "\u00a0"
#: a WebVTT cue's named identifier, on the line before its timing ("usage-2", "faq-3", "intro")
_CUE_ID = re.compile(r"^[\w.-]{1,40}$")
_QUESTION_CUE = re.compile(r"^(?:Q\d*\s*[:.)]|Question\s*\d*\s*[:.])\s*\S", re.I)


def _captions(body: str) -> str:
    """Caption cues as Markdown, line for line: the cues' words one running paragraph across their number, timing and
    blank lines (a sentence is often spoken over two cues); a cue that is a section's title alone ("SIDE EFFECTS") its
    heading; a question cue ("Q: Can I ...?") and the cue after a question open paragraphs of their own."""
    lines = body.split("\n")
    out = list(lines)
    timing = [k for k, line in enumerate(lines) if _CUE_TIMING.match(line)]
    first, last = timing[0], timing[-1]
    named = first and _CUE_ID.match(lines[first - 1].strip()) and (first < 2 or not lines[first - 2].strip())
    start = first - 1 if first and (lines[first - 1].strip().isdigit() or named) else first
    if start and lines[start - 1].strip().upper() == "WEBVTT":
        start -= 1
    end = next((k for k in range(last + 1, len(lines)) if not lines[k].strip()), len(lines))
    running = False  # a paragraph is open, to be held together over the lines between cues
    said = ""  # the last words of the cues, to see a question end
    listing = False  # the cues are a list's items, after a lead-in that ends with a colon

    def cue_start(k: int) -> bool:  # the first line of its cue (after the timing line, its identifier or a blank)
        return k == 0 or not out[k - 1].strip() or out[k - 1] == _HOLD
    for k in range(start, end):
        line = lines[k].strip()
        cue_head = _CUE_TIMING.match(lines[k]) or line.upper() == "WEBVTT" or (
            k + 1 < len(lines) and _CUE_TIMING.match(lines[k + 1]) and (line.isdigit() or _CUE_ID.match(line)
                                                                         and not lines[k - 1].strip()))
        if cue_head or not line:
            out[k] = _HOLD if running else ""
            continue
        line = _vtt_markup(line) if "<" in line else line
        title = line.strip("*").rstrip(":").strip()
        kind = section_kind(title.title()) if len(title.split()) <= 5 and not title.endswith((".", ",")) else None
        if kind is not None and (title.isupper() or title.istitle()) \
                and (k + 1 >= len(lines) or not lines[k + 1].strip()):  # (the cue's only line)
            out[k] = f"## {title.title()}"
            _unhold(out, k)
            running = False
            continue
        if _QUESTION_CUE.match(line) or said.endswith("?"):
            _unhold(out, k)  # ("Q: Can I drink alcohol?" / "Alcohol can make you dizzier ...": a question, its answer)
        term = _CUE_TERM.match(line) if said.endswith(":") or listing else None
        listing = bool(term) or listing and not said.endswith((".", "!", "?")) and not cue_start(k)
        if term:  # "It is used to treat:" then cues "<i>Severe malaria</i> - the first choice ...": a list's items
            _unhold(out, k)
            line = f"- **{term.group('t')}** - {term.group('d')}"
        out[k] = line
        running = True
        said = line
    return "\n".join(out)


#: WebVTT's own inline tags: bold and italic as Markdown's, a voice's "<v Narrator>", a class's "<c.x>", a time's
#: "<00:01.500>" nothing
_VTT_STYLE = re.compile(r"<(?P<tag>[biu])>(?P<x>[^<]*)</(?P=tag)>")
_VTT_OTHER = re.compile(r"</?(?:v|c|lang|ruby|rt)(?:[.\s][^>]*)?>|<\d{1,2}:[\d:.]+>")
#: a cue that names a term, then a dash and what it says of it ("*Severe malaria* - the first-choice treatment")
_CUE_TERM = re.compile(r"^\*{1,2}(?P<t>[^*]{2,60})\*{1,2}\s+[-\u2013\u2014]\s+(?P<d>\S.*)$")


def _vtt_markup(line: str) -> str:
    line = _VTT_STYLE.sub(lambda m: f"**{m.group('x')}**" if m.group("tag") == "b" else f"*{m.group('x')}*", line)
    return _VTT_OTHER.sub("", line)


def _unhold(out: list[str], k: int) -> None:
    """The holding lines just before line ``k`` made blank, so a new paragraph opens at it."""
    j = k - 1
    while j >= 0 and out[j] in (_HOLD, ""):
        out[j] = ""
        j -= 1



# ---------------------------------------------------------------------------
# A Discord bot message ('{"content": ..., "embeds": [{"title", "description", "fields": [{"name": "📋 Usage",
# "value": "• A\\n• B", "inline": false}, ...], "footer"}]}')
# ---------------------------------------------------------------------------

#: an embed field: its name, then its value (Discord's JSON keeps them in this order)
_EMBED_FIELD = re.compile(r'"name"\s*:\s*"(?:[^"\\\n]|\\.)*"\s*,\s*"value"\s*:')
#: a line of a field's value that is a list item ("• **Liver damage** (hepatotoxicity)", "- Nausea", "1. ...")
_VALUE_ITEM = re.compile(r"^[ \t]*(?:[\u2022\u25aa\u25b8\u2023\u00b7*-]|\d{1,2}[.)])[ \t]+(?=\S)")
#: a field that says when to get help ("🆘 Get Help Right Away", "When to call a doctor"): the seek-help sentence
_HELP_FIELD = re.compile(r"\b(?:get|seek|call|when)\b.*\b(?:help|doctor|emergency|911|right\s+away)\b|"
                         r"\bemergenc", re.I)
#: the embed's own chrome: no words of the answer ("color": 3447003, "inline": true, "url", "timestamp", ...)
_EMBED_CHROME = frozenset({"color", "inline", "url", "icon_url", "proxy_icon_url", "timestamp", "type", "width",
                           "height", "title"})


def _embed_value(value: str) -> str:
    """A field's value (Discord Markdown, lines in "\\n" escapes) as the words of one line: a list's items one run
    joined by "; " after their lead-in (the list's end a full stop before the next paragraph), other lines run on as
    sentences."""
    out = ""
    listing = False
    for part in (p.strip() for p in value.split("\n")):
        if not part:
            continue
        item = _VALUE_ITEM.match(part)
        if item:
            text = part[item.end():].strip()
            out = f"{out}; {text}" if listing else f"{out} {text}"
            listing = True
            continue
        if out and not out.endswith((".", "!", "?", ":")):
            out += "."
        out, listing = f"{out} {part}", False
    return " ".join(out.split())


def _json_object(lines: list[str]) -> tuple[int, int, list[Scalar]] | None:
    """The first JSON object that opens with "{" alone on its line: that line, the line it ends on and its scalars
    (:func:`_json_scalars`); None when there is none."""
    start = next((k for k, line in enumerate(lines) if line.strip() == "{"), -1)
    scanned = _json_scalars(lines, start) if start >= 0 else None
    return None if scanned is None else (start, *scanned)


def _discord_embed(body: str) -> str:
    """A Discord bot message (one JSON object, fenced or not) as Markdown, line for line: the "content" message and the
    embed's description their words (wrapping and the card's intro), the title, colour and other chrome blank; each
    field's name opens the section it names ("📋 Usage" -> "## Usage", the emoji markup) or, when it names a
    side-effect group or when to get help, labels its value ("**Less Common:** a; b"), the Side Effects heading on the
    name line of the first such field; a field whose name is a question is an FAQ ("**Question?**" over its answer),
    the FAQs heading on the nearest free line before the first; the footer's words a closing line."""
    lines = body.split("\n")
    scanned = _json_object(lines)
    if scanned is None:
        return body
    start, end, scalars = scanned
    out = list(lines)
    for k in range(start, end + 1):
        out[k] = ""
    if start and _FENCE_LINE.match(lines[start - 1]):
        out[start - 1] = ""
    if end + 1 < len(lines) and _FENCE_LINE.match(lines[end + 1]):
        out[end + 1] = ""
    fields: dict[tuple[object, ...], dict[str, tuple[int, str]]] = {}
    for line, path, value in scalars:
        if not isinstance(value, str) or not path:
            continue
        key = str(path[-1])
        if "fields" in path[:-1] and key in ("name", "value"):
            fields.setdefault(path[:-1], {})[key] = (line, value)
        elif key not in _EMBED_CHROME and value.strip() and not (key == "name" and "author" in path):
            out[line] = _embed_value(value)  # ("content", "description", the footer's "text")
    current: str | None = None
    last = start
    for field in fields.values():
        if "name" not in field or "value" not in field:
            continue
        (at, name), (vat, value) = field["name"], field["value"]
        title = re.sub(r"^[^\w(]+", "", name).strip()
        text = _embed_value(value)
        kind = section_kind(title)
        if title.endswith("?"):  # ("❓ Can I drink alcohol with it?": a question the page answers)
            if current != "faqs":
                free = [j for j in range(last + 1, at) if not out[j].strip()]
                if free:
                    out[free[-1]] = "## FAQs"
                current = "faqs"
            out[at], out[vat] = f"**{title}**", text
        elif is_group_label(title) or (current == "side_effects" and _HELP_FIELD.search(title)):
            if current != "side_effects":
                out[at], current = "## Side Effects", "side_effects"
            out[vat] = f"**{title}:** {text}"
        elif kind in _MAIN_KINDS:
            out[at], out[vat], current = f"## {title}", text, kind
        else:
            out[vat] = f"**{title}:** {text}"
        last = vat
    return "\n".join(out)


# ---------------------------------------------------------------------------
# A Postman Collection (v2.1: '"info": {"_postman_id", "schema": ".../collection.json"}', folders of "item" requests,
# each with saved examples '"response": [{"name": "200 OK", "body": "{\n  \"drugClass\": \"X\", ...}"}]'): the answer
# is in the saved responses' bodies, one JSON document in an escaped string on one line each
# ---------------------------------------------------------------------------

#: a saved response's body, a string ('"body": "{\n  \"genericName\": ...'; a request's body is an object)
_POSTMAN_BODY = re.compile(r'(?m)^[ \t]*"body"[ \t]*:[ \t]*"')
_POSTMAN_MARK = re.compile(r'"_postman_id"|getpostman\.com/json/collection')


def _postman(body: str) -> str:
    """A Postman Collection (fenced or not) as Markdown, line for line (:func:`_data_page`): each saved response's body
    (a JSON document in a string, unescaped and parsed) a tree under the section its folder, request or example names
    ("Side Effects", "Get usage"; a body whose own keys name sections as they are), its identity fields ("drugClass",
    "brandNames") the Generic Name's wherever they are; a body's one line cannot hold a list, so its scalars go, in
    order, on the lines of its folder left blank, ending on the body's line where they fit. The requests, URLs,
    headers, "info", "variable" and the fence blank."""
    lines = body.split("\n")
    scanned = _json_object(lines)
    if scanned is None:
        return body
    start, end, scalars = scanned
    names = {path[:-1]: value for _, path, value in scalars if path and path[-1] == "name" and isinstance(value, str)}
    saved = [(n, line, path, value) for n, (line, path, value) in enumerate(scalars)
             if len(path) > 2 and path[-1] == "body" and "response" in path and isinstance(value, str)]
    tops: list[tuple[str, int, object]] = []
    low = start + 1
    for n, line, path, value in saved:
        high = scalars[n + 1][0] - 1 if n + 1 < len(scalars) else end - 1  # (the lines to the next scalar's)
        title = next((names[path[:j]] for j in range(len(path) - 1, 0, -1) if path[:j] in names
                      and _data_section(names[path[:j]]) in _MAIN_KINDS), None)
        tops += _postman_body(value, title, line, list(range(low + 1, high + 1)))  # (the region's first line left
        low = high  # for its section's heading)
    if len(saved) < 3 or not tops:
        return body
    first = start - 1 if start and _FENCE_LINE.match(lines[start - 1]) else start
    last = end + 1 if end + 1 < len(lines) and _FENCE_LINE.match(lines[end + 1]) else end
    return _data_page(lines, _Map(tops), first, last, {})


def _postman_body(value: str, title: str | None, line: int, free: list[int]) -> list[tuple[str, int, object]]:
    """A saved response's body (on ``line``) as entries of the page's tree: under ``title``, the section its folder
    names (its identity fields the Generic Name's, before it), or its own keys when none names one; its scalars on the
    lines ``free``, in order, ending on ``line`` where they fit, a line left free after the identity fields."""
    try:
        doc = json.loads(value)
    except ValueError:
        doc = value  # (a body in plain words: prose of its section)
    lifted = title is not None and _data_section(title) != "identity" and isinstance(doc, dict)
    fields = {k: v for k, v in doc.items() if lifted and _data_role(str(k)) in _DATA_FIELDS} \
        if isinstance(doc, dict) else {}
    rest = {k: v for k, v in doc.items() if k not in fields} if isinstance(doc, dict) else doc
    slots = _postman_count(fields) + bool(fields) + _postman_count(rest)
    pool = iter(free[max(0, free.index(line) - slots + 1) if line in free else 0:])
    last = free[-1] if free else line

    def place() -> int:
        return next(pool, last)

    entries: list[tuple[str, int, object]] = []
    lift = _postman_tree(fields, place)
    if isinstance(lift, _Map):
        entries += lift.entries
        place()
    tree = _postman_tree(rest, place)
    if title is None or _data_section(title) == "identity":  # (its own keys; a name's body in words the name)
        return entries + (tree.entries if isinstance(tree, _Map) else [(title, line, tree)] if title and tree else [])
    return entries + [(title, _tree_line(tree), tree)] if tree is not None else entries


def _postman_count(doc: object) -> int:
    """How many scalars a parsed JSON document holds (each one line of the page)."""
    if isinstance(doc, dict):
        return sum(_postman_count(v) for v in doc.values())
    if isinstance(doc, list):
        return sum(_postman_count(v) for v in doc)
    return int(doc is not None)


def _postman_tree(doc: object, place: Callable[[], int]) -> object:
    """A parsed JSON document as the data tree, each scalar on the next line ``place`` gives (a key on its value's
    first line)."""
    if isinstance(doc, dict):
        entries: list[tuple[str, int, object]] = []
        for key, value in doc.items():
            tree = _postman_tree(value, place)
            if tree is not None:
                entries.append((str(key), _tree_line(tree), tree))
        return _Map(entries) if entries else None
    if isinstance(doc, list):
        items = [t for t in (_postman_tree(v, place) for v in doc) if t is not None]
        return _List(items) if items else None
    if doc is None:
        return None
    text = str(doc).lower() if isinstance(doc, bool) else " ".join(str(doc).split())
    return _Str([(place(), text)], bare=not isinstance(doc, str))


def _tree_line(tree: object) -> int:
    """The line a tree's first scalar is on."""
    if isinstance(tree, _Map):
        return tree.entries[0][1]
    if isinstance(tree, _List):
        return _tree_line(tree.items[0])
    return tree.line if isinstance(tree, _Str) else 0


# ---------------------------------------------------------------------------
# A Neo4j Cypher import script ("CREATE (d:Drug {name: 'X'})", "MERGE (c:Condition {name: 'Y'})" +
# "CREATE (d)-[:TREATS {approved: true}]->(c)", "(:SideEffect {name, frequency})", "(:FAQ {question, answer})")
# ---------------------------------------------------------------------------

_CYPHER_CLAUSE = re.compile(r"(?m)^[ \t]*(?:CREATE|MERGE|MATCH|SET)\b")
_CYPHER_REL = re.compile(r"-\[\w*:(?P<t>\w+)(?:\s*\{(?P<p>[^{}]*)\})?\]->")
#: a node pattern ("(c1:Condition {name: 'Gout'})", "(:SideEffect {", "(d)"): its variable, label and map, open or
#: closed on the line
_CYPHER_NODE = re.compile(r"\((?P<v>\w*)(?::(?P<l>\w+))?\s*(?P<open>\{(?P<p>[^{}]*)(?P<close>\})?)?\s*\)?")
_CYPHER_PROP = re.compile(r"(?P<k>\w+)\s*:\s*(?P<v>'(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\"|\[[^\]]*\]|[^,}\s][^,}]*)")
_CYPHER_SET = re.compile(r"^[ \t]*SET\s+(?P<v>\w+)\.(?P<k>\w+)\s*=\s*(?P<x>.+?)\s*;?\s*$")
_CYPHER_COMMENT = re.compile(r"^[ \t]*//(?P<t>.*)$")
#: what a node is, by its label: the drug, a use, a side effect, a target of the mechanism, an FAQ, a warning
_CYPHER_ROLES = (("drug", re.compile(r"^(?:drug|medication|medicine|compound|substance)$", re.I)),
                 ("use", re.compile(r"^(?:condition|disease|indication|disorder|illness)s?$", re.I)),
                 ("effect", re.compile(r"^(?:side_?effect|adverse_?(?:effect|reaction|event))s?$", re.I)),
                 ("target", re.compile(r"^(?:target|receptor|enzyme|protein|channel|transporter|gene|process|"
                                       r"pathway)s?$", re.I)),
                 ("faq", re.compile(r"^(?:faq|question)s?$", re.I)),
                 ("note", re.compile(r"^(?:warning|caution|precaution|alert|note)s?$", re.I)))
#: the same roles by a relationship's type, for a node whose label says nothing ("-[:TREATS]->(:Entity {...})")
_CYPHER_REL_ROLES = (("use", re.compile(r"^(?:treats|indicated_for|used_for|has_indication|prevents|may_treat)$",
                                        re.I)),
                     ("effect", re.compile(r"^(?:causes|may_cause|has_side_effect|has_adverse_\w+)$", re.I)),
                     ("target", re.compile(r"^(?:inhibits|blocks|activates|binds(?:_to)?|antagonizes|agonizes|"
                                           r"stimulates|modulates|targets|opens|increases|decreases|reduces)$", re.I)),
                     ("faq", re.compile(r"^has_faq$", re.I)), ("note", re.compile(r"^has_(?:warning|caution)$", re.I)),
                     ("interaction", re.compile(r"^interacts?_with$", re.I)))
#: a node that is something the drug changes, not a molecule it acts on ("(:Process {name: 'Bone resorption'})")
_CYPHER_PROCESS = re.compile(r"^(?:process|pathway|function|activity)$", re.I)
_CYPHER_FIELDS = {"brands": "Brand names", "brand": "Brand name", "brandnames": "Brand names",
                  "drugclass": "Drug class", "class": "Drug class", "route": "Route", "routes": "Route",
                  "forms": "Forms", "form": "Forms"}


def direction(relation: str) -> str:
    """"-" for a relationship that lessens what it points to ("INHIBITS", "BLOCKS"), "+" for one that adds to it."""
    if re.search(r"inhibit|block|reduc|decreas|suppress|antagon|lower", relation, re.I):
        return "-"
    return "+" if re.search(r"activat|stimulat|increas|enhanc|agoni|open|rais|induc", relation, re.I) else ""


def _cypher_value(text: str) -> object:
    text = text.strip()
    if text[:1] == "[":
        return [_cypher_value(m.group(0)) for m in re.finditer(r"'(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\"", text)]
    if text[:1] in "'\"" and text[-1:] == text[:1]:
        return re.sub(r"\\(.)", r"\1", text[1:-1])
    return {"true": True, "false": False, "null": None}.get(text.casefold(), text)


def _cypher_words(value: object) -> str:
    return ", ".join(str(v) for v in value) if isinstance(value, list) else " ".join(str(value).split())


def _cypher_role(label: str, rel: str) -> str | None:
    return next((role for role, rx in _CYPHER_ROLES if label and rx.match(label)), None) \
        or next((role for role, rx in _CYPHER_REL_ROLES if rel and rx.match(rel)), None)


def _cypher(body: str) -> str:
    """A Neo4j Cypher script as Markdown, line for line: keywords, variables, braces and the fence blank; a comment
    that names a section its heading (other comments blank); the drug node's properties the Generic Name ("name" its
    first line, "brands" / "drugClass" / "route" / "forms" fields, a mechanism property How it Works); each condition
    node with the relationship that treats it an item of Usage on the node's line ("(off-label)" when the relationship
    says "offLabel: true" or "approved: false", its "abbreviation" in brackets, its "note" a description); each side
    effect an item under its "frequency" ("serious" when flagged); each target or process node an item "Inhibits:
    name (symbol)" of How it Works, the verb the relationship's type; a warning's text prose; each FAQ node its
    question in bold and its answer. A section's heading goes on the nearest free line before its first fact."""
    lines = body.split("\n")
    out = list(lines)
    facts: dict[int, tuple[str | None, str]] = {}  # line -> (section kind or None for the current one, Markdown)
    nodes: dict[str, tuple[str, dict[str, tuple[object, int]], int]] = {}  # variable -> (label, props, first line)
    pending: list[tuple[int, str, dict[str, tuple[object, int]], str, dict[str, object]]] = []
    heads: dict[int, str] = {}
    inside = False
    first = next((k for k, line in enumerate(lines) if _CYPHER_CLAUSE.match(line) or _CYPHER_COMMENT.match(line)
                  and k + 1 < len(lines)), 0)
    open_node: tuple[str, str, dict[str, tuple[object, int]], int] | None = None  # a map over lines
    for k in range(len(lines)):
        line = lines[k]
        if _FENCE_LINE.match(line):
            out[k] = ""
            inside = not inside
            continue
        if k < first or not (inside or _CYPHER_CLAUSE.match(line) or _CYPHER_COMMENT.match(line)
                             or open_node or not line.strip()):
            continue  # (the preamble and the closing line: the answer's own words)
        out[k] = ""
        if open_node is not None:
            var, label, props, at = open_node
            for m in _CYPHER_PROP.finditer(line):
                props[m.group("k")] = (_cypher_value(m.group("v")), k)
            if "}" in line:
                nodes[var or f"@{at}"] = (label, props, at)
                pending.append((at, label, props, "", {}))
                open_node = None
            continue
        comment = _CYPHER_COMMENT.match(line)
        if comment:
            title = comment.group("t").strip(" -=*#/")
            if title and section_kind(title) in _MAIN_KINDS and len(title.split()) <= 6:
                heads[k] = f"## {title}"
            continue
        setm = _CYPHER_SET.match(line)
        if setm:
            pending.append((k, "", {setm.group("k"): (_cypher_value(setm.group("x")), k)}, "", {}))
            continue
        rel = _CYPHER_REL.search(line)
        rel_type = rel.group("t") if rel else ""
        rel_props = {m.group("k"): _cypher_value(m.group("v")) for m in _CYPHER_PROP.finditer(rel.group("p") or "")} \
            if rel else {}
        for m in _CYPHER_NODE.finditer(line):
            if rel and m.start() < rel.end():  # (the drug the relationship starts from)
                continue
            var, label = m.group("v"), m.group("l") or ""
            if m.group("open") and not m.group("close"):
                open_node = (var, label, {}, k)
                for p in _CYPHER_PROP.finditer(m.group("p") or ""):
                    open_node[2][p.group("k")] = (_cypher_value(p.group("v")), k)
                break
            props = {p.group("k"): (_cypher_value(p.group("v")), k) for p in _CYPHER_PROP.finditer(m.group("p") or "")}
            if label or props:
                nodes[var or f"@{k}"] = (label, props, k)
                pending.append((k, label, props, rel_type, rel_props))
            elif rel and var in nodes:  # ("CREATE (d)-[:TREATS {...}]->(c1)": the relationship of a node made before)
                label0, props0, at = nodes[var]
                pending.append((at, label0, props0, rel_type, rel_props))
    roles_seen: set[str] = set()
    done: dict[int, int] = {}  # a node's line -> its last entry in pending (the one with its relationship)
    for i, entry in enumerate(pending):
        done[entry[0]] = i
    for i, (at, label, props, rel_type, rel_props) in enumerate(pending):
        if done.get(at) != i and not (label == "" and not rel_type):
            continue
        role = _cypher_role(label, rel_type)
        if label == "" and not rel_type:  # a SET line: a property of the drug
            role = "drug"
        if role == "drug" and "drug" in roles_seen and "name" in props and label:
            role = "interaction" if _cypher_role("", rel_type) == "interaction" else None  # (another drug)
        _cypher_fact(facts, role, label, props, rel_type, rel_props)
        if role:
            roles_seen.add(role)
    _put_facts(out, facts, heads, first)
    return "\n".join(out)


def _put_facts(out: list[str], facts: dict[int, tuple[str | None, str]], heads: dict[int, str], first: int) -> None:
    """Each fact's Markdown on its line of ``out``, and a section's heading on the nearest free line before the first
    fact of its kind (a line of ``heads`` among them, a comment that named the section, when there is one; with no
    free line, the section's run-in label before the fact on its line; a fact of kind None goes in the section it
    falls in). The readers of notations whose facts are not in section order use
    it (Cypher, Prolog)."""
    current = None
    last = first - 1
    for k in sorted(facts):
        kind, text = facts[k]
        out[k] = text
        if kind is not None and kind != current:
            free = [j for j in range(max(last + 1, first), k) if not out[j].strip()]
            named = [j for j in free if j in heads]
            if named or free:
                j = named[-1] if named else free[-1]
                out[j] = heads.get(j) if named and section_kind(heads[j]) == kind else f"## {_TITLES[kind]}"
            else:  # (no free line before it: the section's run-in label on the fact's own line, "> **Usage:** X, Y",
                out[k] = f"> **{_TITLES[kind]}:** " + re.sub(r"^(?:- |> )", "", text)  # a quote so that no item
                # before it takes the line as its own continuation)
            current = kind
        last = k


def _cypher_fact(facts: dict[int, tuple[str | None, str]], role: str | None, label: str,
                 props: dict[str, tuple[object, int]], rel_type: str, rel_props: dict[str, object]) -> None:
    """One node's facts put on its lines (see :func:`_cypher`)."""
    def get(*keys: str) -> tuple[str, int] | None:
        low = {k.casefold(): v for k, v in props.items()}
        for key in keys:
            if key in low and low[key][0] not in (None, "", []):
                return _cypher_words(low[key][0]), low[key][1]
        return None

    name = get("name", "label", "title", "text")
    if role == "drug":
        for key, (value, line) in props.items():
            words = re.sub(r"(?<=[a-z])(?=[A-Z])", " ", key).replace("_", " ").strip()
            kind = section_kind(words)
            text = _cypher_words(value)
            if key.casefold() == "name":
                put = f"**{text}**"
            elif kind == "mechanism":
                facts[line] = ("mechanism", text)
                continue
            else:
                put = f"- **{_CYPHER_FIELDS.get(key.casefold(), words[:1].upper() + words[1:])}:** {text}"
            old = facts.get(line)
            facts[line] = ("identity", f"{old[1]}; {put}" if old and old[0] == "identity" else put)
        return
    if role == "use" and name:
        abbr = get("abbreviation", "abbr", "acronym", "short")
        status = " ".join(str(v) for v in rel_props.values() if isinstance(v, str))
        off = rel_props.get("offLabel") is True or rel_props.get("approved") is False \
            or bool(re.search(r"off[-_ ]?label", rel_type + " " + status, re.I))
        note = _cypher_words(rel_props.get("note") or (get("note", "description") or ("", 0))[0])
        text = f"**{name[0]}{f' ({abbr[0]})' if abbr else ''}**" + (" (off-label)" if off else "")
        facts[name[1]] = ("uses", f"- {text}{': ' + note if note else ''}")
    elif role == "effect" and name:
        often = get("frequency", "category", "group", "severity")
        serious = any(v is True for k, (v, _) in props.items() if k.casefold() in ("serious", "severe"))
        if serious and often:
            facts[name[1]] = ("side_effects", f"- {name[0]} ({often[0].lower()}, serious)")
        elif often or serious:
            group = often[0] if often else "Serious"
            facts[name[1]] = ("side_effects", f"- **{group[:1].upper() + group[1:]}:** {name[0]}")
        else:
            facts[name[1]] = ("side_effects", f"- {name[0]}")
    elif role == "target" and name:
        symbol = get("symbol", "abbreviation", "gene")
        verb = rel_type.replace("_", " ").capitalize() or "Acts on"
        if _CYPHER_PROCESS.match(label):  # ("-[:INHIBITS]->(p:Process {name: 'Bone resorption'})": less of it)
            verb = "Decreases" if direction(rel_type) == "-" else "Increases" if direction(rel_type) == "+" else verb
        target = name[0][:1].lower() + name[0][1:] if name[0][1:2].islower() else name[0]  # ("Androgen receptor")
        facts[name[1]] = ("mechanism", f"- {verb} {target}{f' ({symbol[0]})' if symbol else ''}")
    elif role == "faq":
        question, answer = get("question", "q"), get("answer", "a")
        if question and answer and question[1] == answer[1]:
            facts[question[1]] = ("faqs", f"- **{question[0]}** {answer[0]}")
        else:
            if question:
                facts[question[1]] = ("faqs", f"**{question[0]}**")
            if answer:
                facts[answer[1]] = ("faqs", answer[0])
    elif role == "interaction" and name:
        note = _cypher_words(rel_props.get("effect") or rel_props.get("note") or "")
        facts[name[1]] = ("interactions", f"- **{name[0]}**{': ' + note if note else ''}")
    elif name:  # a warning's text, another node's name: prose of the section it sits in
        facts[name[1]] = (None, name[0])


# ---------------------------------------------------------------------------
# A YAML document whose lists hold maps ("usage:" over "  - condition: Gout" / "    status: off-label" /
# "    note: >", "  - item: Bone pain" / "    note: ...", "faqs:" over "  - question: ...?" / "    answer: ...")
# ---------------------------------------------------------------------------

#: a map as a list's item: "- key: value" over a sibling "key:" at the item's content column
_YAML_MAP_ITEM = re.compile(r"(?m)^(?P<ind>[ \t]*)-[ \t]+[A-Za-z_][\w-]*[ \t]*:.*\n"
                            r"(?P=ind)[ \t]{2}[A-Za-z_][\w-]*[ \t]*:")
_YAML_LINE = re.compile(r"^(?P<ind>[ \t]*)(?P<dash>-[ \t]+)?(?:(?P<k>[A-Za-z_][\w -]{0,40}?)[ \t]*:(?=[ \t]|$))?"
                        r"[ \t]*(?P<v>.*?)[ \t]*$")
_YAML_FENCE = re.compile(r"^[ \t]*(?:```|~~~)[ \t]*(?P<info>[\w-]*)[ \t]*$")
_YAML_BLOCK = re.compile(r"^[|>][-+]?\d?$")
_YAML_COMMENT = re.compile(r"(?:^|[ \t]+)#(?:[ \t].*)?$")
#: what a key of an item's map is: the entry's name, its status (approved or off-label), a note about it, a question
#: or an answer
_MAP_KEYS = (("name", re.compile(r"^(?:condition|indication|use|disease|name|item|effect|label|title|symptom)$",
                                 re.I)),
             ("status", re.compile(r"^(?:status|approval|approved|regulatory_status|label_status|type)$", re.I)),
             ("note", re.compile(r"^(?:notes?|description|details?|comment|explanation|why|tail)$", re.I)),
             ("question", re.compile(r"^(?:question|q)$", re.I)), ("answer", re.compile(r"^(?:answer|a)$", re.I)))
_OFF_LABEL_WORD = re.compile(r"off[-_ ]?label|unapproved|unlicen[cs]ed|not\s+approved|^studied$", re.I)


def _yaml_scalar(text: str, brackets: bool = True) -> str:
    text = text.strip()
    if brackets and text[:1] == "[" and text[-1:] == "]":  # ("routes: [oral, intravenous]": a list on one line)
        text = text[1:-1]
    if len(text) > 1 and text[0] == text[-1] and text[0] in "\"'":
        text = text[1:-1]
    return "" if _YAML_BLOCK.match(text) else text


def yaml_line(line: str) -> str:
    """One line of YAML as the Markdown it means, alone (the readers of YAML outlines, fenced or not, of TOML tables
    and of :func:`_yaml_doc` share it): a key a heading one level deeper for each two spaces of indentation (to
    ``####``) that carries its value ("## Generic name: X"), a nested key whose value is a sentence that sentence, a
    "question" / "answer" key (or "q" / "a") a Q: / A: line, a list's string an item (one with a key keeps it:
    "- Glaucoma: to lower the pressure"), a block scalar's marker and a comment nothing, any other line its words."""
    m = _YAML_LINE.match(_YAML_COMMENT.sub("", line) if "#" in line else line)
    if not line.strip() or m is None or not m.group(0).strip():
        return ""
    key, dash, value = m.group("k"), m.group("dash"), m.group("v")
    if not key:
        return "- " + _yaml_scalar(value, brackets=False) if dash else m.group(0).strip()
    name = key.replace("_", " ").strip()
    if name.casefold() in ("q", "question", "a", "answer"):
        return ("- " if dash else "") + f"{name[0].upper()}: {_yaml_scalar(value, brackets=False)}"
    if dash:  # "- Glaucoma: to lower the pressure ...": an item with its label
        return f"- {key}: {_yaml_scalar(value, brackets=False)}"
    value = _yaml_scalar(value)
    depth = min(len(m.group("ind")) // 2, 2)
    if value and depth and (value.endswith((".", "!")) or len(value.split()) > 8):
        return value  # ("  summary: Hydrocortisone is a corticosteroid. ..."): the key's sentence itself
    heading = "#" * (2 + depth) + " " + name[:1].upper() + name[1:]
    return f"{heading}: {value}" if value else heading


def _yaml_doc(body: str) -> str:
    """A YAML document (fenced, or the answer itself) whose lists hold maps, as Markdown, line for line: a top-level
    key a heading ("## Usage", its value after a colon: "## Generic name: X"), a key below it a sub-heading or, with a
    value, a label; a block scalar's lines its text; a string of a list an item; a map in
    a list one item, its name key the item's entry (bold in Usage: "- **Gout**"), a status key saying off-label
    "(off-label)", a note key a description after a dash, a question and answer "Q:" / "A:"; comments and the fence
    blank."""
    lines = body.split("\n")
    start = next((k for k, line in enumerate(lines) if (m := _YAML_FENCE.match(line))
                  and m.group("info").casefold() in ("yaml", "yml")), None)
    if start is None:
        start = next((k - 1 for k, line in enumerate(lines) if re.match(r"^[a-z_][\w]*:", line)), None)
    if start is None:
        return body
    fenced = bool(_YAML_FENCE.match(lines[start]))
    def ends(line: str) -> bool:  # (an unfenced document ends at a line of prose at the margin)
        if fenced:
            return bool(_YAML_FENCE.match(line))
        key = _YAML_LINE.match(line)
        return bool(line.strip()) and not line[:1].isspace() and not line.startswith(("-", "#")) \
            and not (key and key.group("k"))

    end = next((k for k in range(start + 1, len(lines)) if ends(lines[k])), len(lines))
    keys = [m.group("k") for line in lines[start + 1:end] if (m := _YAML_LINE.match(line)) and m.group("k")
            and not m.group("ind")]
    if sum(section_kind(k.replace("_", " ")) in _MAIN_KINDS for k in keys) < 3:
        return body
    out = list(lines)
    if fenced:
        out[start] = ""
    if fenced and end < len(lines):
        out[end] = ""
    block = -1  # the indentation a block scalar's lines are deeper than, -1 outside one
    section: str | None = None
    item: dict[str, str] = {}  # the roles of the map being read: key -> role
    item_col = -1  # the content column of that map
    for k in range(start + 1, end):
        line = lines[k]
        indent = len(line) - len(line.lstrip())
        if block >= 0 and (not line.strip() or indent > block):
            out[k] = ("  " if item_col >= 0 else "") + line.strip()
            continue
        block = -1
        m = _YAML_LINE.match(_YAML_COMMENT.sub("", line) if "#" in line else line)
        if not line.strip() or line.lstrip().startswith("#") or m is None:
            out[k] = ""
            continue
        key, value = m.group("k"), _yaml_scalar(m.group("v"))
        if _YAML_BLOCK.match(m.group("v") or ""):
            block = indent if not m.group("dash") else indent + len(m.group("dash"))
        words = (key or "").replace("_", " ").strip()
        words = words[:1].upper() + words[1:]
        if m.group("dash") and key:  # a map opens as a list's item: its keys' roles, read ahead
            item_col = indent + len(m.group("dash"))
            item = {key: _map_role(key)}
            for j in range(k + 1, end):
                sib = _YAML_LINE.match(lines[j])
                sib_indent = len(lines[j]) - len(lines[j].lstrip())
                if lines[j].strip() and sib_indent < item_col or sib and sib.group("dash") and sib_indent <= indent:
                    break
                if sib and sib.group("k") and sib_indent == item_col and not sib.group("dash"):
                    item[sib.group("k")] = _map_role(sib.group("k"))
        elif key and indent <= max(item_col - 1, -1) or not key and m.group("dash") and indent < item_col:
            item, item_col = {}, -1  # (the map has ended)
        if key and item and key in item and indent in (item_col, item_col - len(m.group("dash") or "")):
            out[k] = _map_member(item[key], words, value, bool(m.group("dash")), section,
                                 set(item.values()))
            continue
        if key and not indent:
            kind = section_kind(words)
            section = kind if kind in _MAIN_KINDS else section
        out[k] = ("  " if item_col >= 0 and not key and not m.group("dash") else "") + yaml_line(line)
    return "\n".join(out)


#: a key that names a file whose text is its block scalar ("  usage.md: |", "  faqs.yaml: |-")
_CM_FILE = re.compile(r"^(?P<ind>[ \t]+)(?P<k>[\w-]+)\.(?P<ext>md|markdown|txt|text|ya?ml)[ \t]*:[ \t]*[|>][-+]?\d?"
                      r"[ \t]*(?:#.*)?$")
_CM_FILES = re.compile(_CM_FILE.pattern, re.M)  # (the same line, searched in the whole body)
_CM_OPEN = re.compile(r"^(?:apiVersion|kind|metadata|data|stringData)[ \t]*:")
_CM_TOP = re.compile(r"^(?:[A-Za-z_][\w-]*[ \t]*:|---|\.\.\.)")


def _configmap(body: str) -> str:
    """A Kubernetes ConfigMap (fenced or not) whose data keys are files as Markdown, line for line: a file key that
    names a section ("side_effects.md: |") its heading, its block the file's text read in the notation its extension
    names (Markdown as that Markdown, text as its words, YAML by :func:`yaml_line`, a map in a list one item); the
    data's short fields before the files the Generic Name fields (:func:`_data_member`); "apiVersion", "kind", the
    whole "metadata" block, the "data" key and the fence blank."""
    lines = body.split("\n")
    window = _data_window(lines, _CM_OPEN)
    if window is None:
        return body
    first, last = window
    fenced = bool(_FENCE_LINE.match(lines[first]))
    files = [(k, m) for k in range(first, last + 1) if (m := _CM_FILE.match(lines[k]))]
    if sum(_data_section(m.group("k")) in _MAIN_KINDS for _, m in files) < 3:
        return body
    out = list(lines)
    facts: dict[int, tuple[str | None, str]] = {}
    top, block, ext, item, seen_file = "", -1, "", False, False
    for k in range(first, last + 1):
        line = lines[k]
        indent = len(line) - len(line.lstrip())
        if block >= 0 and (not line.strip() or indent > block):
            text = line[block + 2:] if len(line) > block + 2 and not line[:block + 2].strip() else line.strip()
            if ext in ("yml", "yaml"):
                said = yaml_line(text)
                item = bool(said.startswith("- ")) or item and bool(said)
                text = ("  " if item and said and not said.startswith("- ") else "") + said
            out[k] = text if ext in ("md", "markdown") else text.strip() if ext not in ("yml", "yaml") else text
            continue
        block = -1
        if _FENCE_LINE.match(line) or not line.strip():
            out[k] = ""
            continue
        if not indent and not _CM_TOP.match(line):
            if not fenced:
                last = k - 1
                break  # (unfenced: prose after the document ends it)
        file = _CM_FILE.match(line)
        if not indent:
            top = line.split(":")[0].strip()
        if file and top in ("data", "stringData"):
            words = _words(file.group("k"))
            out[k] = f"## {words}" if _data_section(file.group("k")) in _MAIN_KINDS else f"**{words}:**"
            block, ext, item, seen_file = indent, file.group("ext").casefold(), False, True
            continue
        key = _YAML_LINE.match(line)
        out[k] = ""
        if indent and top in ("data", "stringData") and key and key.group("k") and not seen_file:
            _data_member(facts, "identity", None, key.group("k"), _Str([(k, _yaml_scalar(key.group("v")))]))
        elif indent and top in ("data", "stringData"):
            out[k] = yaml_line(line)
    if fenced and last < len(lines):
        out[last] = ""
    _put_facts(out, facts, {}, first)
    return "\n".join(out)


# ---------------------------------------------------------------------------
# An OpenAPI description whose response "example" holds the answer ("paths:" over "responses:" / "'200':" /
# "content:" / "example:" over "genericName: X", "sideEffects:" / "- effect: Y" / "frequency: less_common"); its
# "info", paths, operations and "components" schemas are the API's own
# ---------------------------------------------------------------------------

_OPENAPI_OPEN = re.compile(r"^[ \t]*(?:openapi|swagger)[ \t]*:[ \t]*[\"']?[23]\.")
_OPENAPI = re.compile(_OPENAPI_OPEN.pattern, re.M)  # (the same line, searched in the whole body)
_OPENAPI_KEY = re.compile(r"(?m)^[ \t]*(?:info|paths|responses|content|components|schemas?|examples?)[ \t]*:")


def _yaml_node(node: yaml.Node, lines: list[str], at: int) -> object:
    """A composed YAML node (its marks counted from line ``at`` of ``lines``) as the data tree: a mapping a
    :class:`_Map`, a sequence a :class:`_List`, a scalar a :class:`_Str` with its words on each line they are on (a
    block scalar's lines after its marker, a plain or quoted one over its lines)."""
    if isinstance(node, yaml.MappingNode):
        return _Map([(str(key.value), key.start_mark.line + at, _yaml_node(value, lines, at))
                     for key, value in node.value if isinstance(key, yaml.ScalarNode)])
    if isinstance(node, yaml.SequenceNode):
        return _List([_yaml_node(item, lines, at) for item in node.value])
    start, end = node.start_mark, node.end_mark
    if node.style in ("|", ">"):
        stop = min(end.line + at if end.column else end.line + at - 1, len(lines) - 1)
        return _Str([(k, lines[k].strip()) for k in range(start.line + at + 1, stop + 1) if lines[k].strip()]
                    or [(start.line + at, "")])
    if start.line == end.line:
        return _Str([(start.line + at, str(node.value))])
    parts = [(start.line + at, lines[start.line + at][start.column:].strip().lstrip("\"'"))]
    parts += [(k + at, lines[k + at].strip()) for k in range(start.line + 1, end.line)]
    parts.append((end.line + at, lines[end.line + at][:end.column].strip().rstrip("\"'")))
    return _Str([(k, t) for k, t in parts if t])


def _answer_node(node: yaml.Node) -> bool:
    """Whether a YAML node is a mapping whose keys name three sections of the answer."""
    return isinstance(node, yaml.MappingNode) and sum(
        _data_section(str(k.value)) in ("uses", "side_effects", "mechanism", "faqs") for k, _ in node.value) >= 3


def _openapi_example(node: yaml.Node) -> yaml.MappingNode | None:
    """The first example in an OpenAPI document ("example:" over a map, or "examples:" / "name:" / "value:") whose
    keys name three sections of the answer."""
    if isinstance(node, yaml.SequenceNode):
        return next((got for item in node.value if (got := _openapi_example(item)) is not None), None)
    if not isinstance(node, yaml.MappingNode):
        return None
    for key, value in node.value:
        name = key.value if isinstance(key, yaml.ScalarNode) else ""
        shown = [value] if name == "example" else []
        if name == "examples" and isinstance(value, yaml.MappingNode):
            shown = [v for _, one in value.value if isinstance(one, yaml.MappingNode)
                     for k, v in one.value if k.value == "value"]
        for one in shown:
            if _answer_node(one):
                return one
        got = _openapi_example(value)
        if got is not None:
            return got
    return None


def _openapi(body: str) -> str:
    """An OpenAPI description (YAML, fenced or not) whose response example holds the answer as Markdown, line for line
    (:func:`_data_page`): the example's keys a tree (camelCase read as words, "frequency: less_common" an effect's
    group); the rest of the document, its "info", paths, operations, responses and "components" schemas, and the fence
    blank."""
    got = _yaml_block(body, _OPENAPI_OPEN)
    if got is None:
        return body
    lines, first, last, start, document = got
    example = _openapi_example(document) if document is not None else None
    if example is None:
        return body
    tree = _yaml_node(example, lines, start)
    return _data_page(lines, tree, first, last, {}) if isinstance(tree, _Map) else body


def _yaml_block(body: str, opener: re.Pattern[str]) -> tuple[list[str], int, int, int, yaml.Node | None] | None:
    """``body``'s lines, its YAML block's first and last line (:func:`_data_window`; unfenced, to the first line of
    prose at the margin), the line its document starts on and the document composed; None when there is no block or
    its YAML does not parse."""
    block = _data_block(body, opener)
    if block is None:
        return None
    lines, first, last, fenced = block
    if not fenced:
        last = next((k - 1 for k in range(first + 1, len(lines)) if lines[k].strip() and not lines[k][:1].isspace()
                     and not re.match(r"^(?:[\w$'\"/.-]+[ \t]*:|#|-[ \t])", lines[k])), last)
    start = first + 1 if fenced else first
    try:
        return lines, first, last, start, yaml.compose("\n".join(lines[start:last if fenced else last + 1]))
    except yaml.YAMLError:
        return None


# ---------------------------------------------------------------------------
# An Ansible playbook whose play's "vars" hold the answer ("- name: ..." / "hosts: localhost" / "vars:" over
# "generic_name: X", "usage:" / "approved:" / "- condition: Y", "faqs:" / "- q: ...", then "tasks:" that print them)
# ---------------------------------------------------------------------------

_ANSIBLE_OPEN = re.compile(r"^[ \t]*-[ \t]+(?:name|hosts)[ \t]*:")
_ANSIBLE_PLAY = re.compile(r"(?m)^[ \t]*-?[ \t]*(?:hosts|vars|tasks|gather_facts|connection|become|roles|handlers)"
                           r"[ \t]*:")
_ANSIBLE_HOSTS = re.compile(r"(?m)^[ \t]*-?[ \t]*hosts[ \t]*:[ \t]*\S")


def _ansible(body: str) -> str:
    """An Ansible playbook (YAML, fenced or not) whose play's "vars" hold the answer as Markdown, line for line
    (:func:`_data_page`): the first play's vars whose keys name three sections a tree (:func:`_yaml_node`, a folded
    or literal scalar its lines' words), a comment that names a section its heading; the play's own keys ("hosts",
    "connection"), its "tasks" (which only print the vars again), comments and the fence blank."""
    got = _yaml_block(body, _ANSIBLE_OPEN)
    if got is None:
        return body
    lines, first, last, start, document = got
    plays = document.value if isinstance(document, yaml.SequenceNode) else []
    found = next((value for play in plays if isinstance(play, yaml.MappingNode) for key, value in play.value
                  if key.value == "vars" and _answer_node(value)), None)
    if found is None:
        return body
    heads: dict[int, str] = {}
    _lex(lines, first, last, re.compile(r"(?P<c>#[^\n]*)"), heads)  # (a comment that names a section: "# == Usage ==")
    tree = _yaml_node(found, lines, start)
    if not isinstance(tree, _Map) or _strings(tree) < 12:  # (a few settings whose keys happen to say "usage")
        return body
    return _data_page(lines, tree, first, last, heads)


def _map_role(key: str) -> str:
    return next((role for role, rx in _MAP_KEYS if rx.match(key)), "other")


def _map_member(role: str, words: str, value: str, first: bool, section: str | None, roles: set[str]) -> str:
    """One key of a map in a list, as the line of its item (see :func:`_yaml_doc`)."""
    lead = "- " if first else "  "
    if "question" in roles and role in ("question", "answer"):
        return f"{lead}{'Q' if role == 'question' else 'A'}: {value}".rstrip()
    if role == "name":
        return f"{lead}**{value}**" if section == "uses" else f"{lead}{value}"
    if role == "status":
        return f"{lead}({value})" if _OFF_LABEL_WORD.search(value) else lead.rstrip()
    if role == "note":
        return f"{lead}\u2013 {value}".rstrip()
    return f"{lead}**{words}:** {value}".rstrip()


# ---------------------------------------------------------------------------
# Textile, as a Redmine wiki writes it ("h2. Usage", "# item", "|_. Effect |_. How often |", "bq. ...", "p(note). ...")
# ---------------------------------------------------------------------------

_TEXTILE_HEADING = re.compile(r"(?m)^h(?P<n>[1-6])(?:\([\w -]*\))?\.[ \t]+(?P<t>\S.*)$")
#: what only Textile writes (Jira's markup, read by kg.parse, shares its headings and lists): a header cell "|_. ",
#: a paragraph's signature with its class or style ("p(note). ", "p{color:red}. ", "p. ")
_TEXTILE_ONLY = re.compile(r"(?m)^\|_\.[ \t]|^p(?:\([\w -]*\)|\{[^}\n]*\}|\[[\w-]+\])*\.[ \t]")
_TEXTILE_BLOCK = re.compile(r"^(?P<sig>p|bq)(?:\([\w -]*\)|\{[^}\n]*\}|\[[\w-]+\])*\.[ \t]+")
_TEXTILE_ITEM = re.compile(r"^(?P<m>[*#]{1,4})[ \t]+(?P<t>\S.*)$")
_TEXTILE_ROW = re.compile(r"^\|(?P<cells>.*)\|[ \t]*$")
_TEXTILE_STRONG = re.compile(r"(?<![\w*])\*(?=\S)([^*\n]+?)(?<=\S)\*(?![\w*])")
_TEXTILE_EM = re.compile(r"(?<![\w_])_(?=\S)([^_\n]+?)(?<=\S)_(?![\w_])")


def _textile_inline(text: str) -> str:
    return _TEXTILE_EM.sub(r"*\1*", _TEXTILE_STRONG.sub(r"**\1**", text))


#: Djot's own marks: an attribute line ("{#usage}"), a div fence ("::: warning"), a highlight ("{=X=}"), a "```djot"
#: fence
_DJOT_MARK = re.compile(r"(?m)^[ \t]*\{[#.%][^{}\n]*\}[ \t]*$|^:::[ \t]*\w*[ \t]*$|\{[=+][^{}\n]+[=+]\}|"
                        r"^[ \t]*(?:```|~~~)[ \t]*djot[ \t]*$")
_DJOT_FENCE = re.compile(r"(?m)^[ \t]*(?:```|~~~)[ \t]*djot[ \t]*$")
_DJOT_HIGHLIGHT = re.compile(r"\{=[^{}\n]+=\}")
_DJOT_TERM = re.compile(r"^:[ \t]+(?P<t>\S.*?)[ \t]*$")


def _djot(body: str) -> str:
    """Djot markup as Markdown, line for line: attribute lines, "::: div" fences and the "```djot" fence blank, ": Term"
    a list item labelled with the term (its indented value and table under it), "*strong*" bold and "_emphasis_"
    italic (:func:`_textile_inline`), "{=highlight=}" its words, a spaced "--" a dash; code blocks as they are."""
    lines = body.split("\n")
    out = list(lines)
    fences = [k for k, line in enumerate(lines) if _FENCE_LINE.match(line)]
    opened = next((k for k in fences if _DJOT_FENCE.match(lines[k])), None)
    around = {opened, next((k for k in fences if opened is not None and k > opened), None)} - {None}
    code = False
    for k, line in enumerate(lines):
        if k in around:
            out[k] = ""  # (the fence around the Djot)
            continue
        if _FENCE_LINE.match(line):
            code = not code
            continue
        if code:
            continue
        if re.match(r"^[ \t]*\{[#.%][^{}\n]*\}[ \t]*$|^:::[ \t]*\w*[ \t]*$", line):
            out[k] = ""
            continue
        term = _DJOT_TERM.match(line)
        text = f"**{term.group('t')}:**" if term else line
        text = re.sub(r"\{[=+]([^{}\n]+)[=+]\}", r"\1", text)
        text = re.sub(r"(?<=\s)--(?=\s)", "\u2013", _textile_inline(text))
        out[k] = text
    return "\n".join(out)


def _textile(body: str) -> str:
    """A Textile page as Markdown, line for line: "h2. Usage" a heading of its level (an "h1." title blank), "* a" /
    "# b" items nested by their marks, "*bold*" and "_emphasis_" as Markdown's, a "bq." paragraph quoted, a "p(note)."
    paragraph its text; a table's header row ("|_. Effect |_. How often |") blank and each row an item, its first cell
    the entry and the others its description in brackets ("- Stomach pain (up to 1 in 2)")."""
    lines = body.split("\n")
    out = list(lines)
    started = False
    for k, line in enumerate(lines):
        head = _TEXTILE_HEADING.match(line)
        if head:
            started = True
            level = int(head.group("n"))
            out[k] = "" if level == 1 else "#" * level + " " + _textile_inline(head.group("t"))
            continue
        if not started:
            continue
        row = _TEXTILE_ROW.match(line)
        if row:
            cells = [re.sub(r"^(?:_|[<>=~^]|\\\d+|/\d+)*\.[ \t]", "", c.strip()).strip()
                     for c in row.group("cells").split("|")]
            if line.startswith("|_."):  # (the header row names the columns: no entry of its own)
                out[k] = ""
            else:  # ("| Stomach pain | up to 1 in 2 |": the effect, the other cells its description in brackets)
                rest = "; ".join(_textile_inline(c) for c in cells[1:] if c)
                out[k] = "- " + _textile_inline(cells[0]) + (f" ({rest})" if rest else "")
            continue
        block = _TEXTILE_BLOCK.match(line)
        if block:
            text = _textile_inline(line[block.end():])
            out[k] = f"> {text}" if block.group("sig") == "bq" else text
            continue
        item = _TEXTILE_ITEM.match(line)
        if item:
            marks = item.group("m")
            mark = "1." if marks[-1] == "#" else "-"
            out[k] = "  " * (len(marks) - 1) + f"{mark} {_textile_inline(item.group('t'))}"
            continue
        out[k] = _textile_inline(line)
    return "\n".join(out)


# ---------------------------------------------------------------------------
# A Logseq page ("generic-name:: X" page properties, then a tab-indented outline where every line is a bullet:
# "- ## Usage", "\t- Off-label uses #off-label", "\t  collapsed:: true", "\t\t- [[Jet lag]]")
# ---------------------------------------------------------------------------

#: a property line ("brand-names:: [[Zorex]]", "\t  collapsed:: true"): Logseq's own syntax, a double colon
_LOGSEQ_PROPERTY = re.compile(r"^(?P<ind>[ \t]*)(?:-[ \t]+)?(?P<k>[A-Za-z][\w-]{0,40})::(?:[ \t]+(?P<v>.*?))?[ \t]*$")
#: (the same, found anywhere on the page: the cheap test)
_LOGSEQ_PROPERTIES = re.compile(r"(?m)^[ \t]*(?:-[ \t]+)?[A-Za-z][\w-]{0,40}::(?:[ \t]+\S.*)?$")
#: a block: its indentation (tabs, or two spaces a level), its bullet and its text
_LOGSEQ_BLOCK = re.compile(r"^(?P<ind>[ \t]*)-[ \t]+(?P<t>.*?)[ \t]*$")
#: a top-level block that is a section ("- ## Usage", "- **Side Effects**", "- FAQs")
_LOGSEQ_SECTION = re.compile(r"(?m)^-[ \t]+(?:#{1,6}[ \t]+)?(?:\*\*)?(?P<t>[^\n*#:]{2,40}?)(?:\*\*)?:?[ \t]*$")
#: a tag ("#common", "#[[off label]]"): markup, the words around it say what it says
_LOGSEQ_TAG = re.compile(r"(?<![\w#&/])#(?:\[\[[^\]\n]+\]\]|[A-Za-z][\w/-]*)")
#: a page link ("[[Jet lag]]"): read as its text
_LOGSEQ_LINK = re.compile(r"\[\[([^\[\]\n]+)\]\]")
#: a use's block led by its status ("Approved use: [[Insomnia]] in adults", "Off-label: ...")
_LOGSEQ_STATUS = re.compile(r"^(?:\*\*)?(?P<s>(?:fda[-\s]+)?approved|on[-\s]label|licen[cs]ed|off[-\s]label|"
                            r"unlicen[cs]ed|unapproved)(?:\s+(?:uses?|indications?))?(?:\*\*)?\s*:\s*(?:\*\*)?\s+"
                            r"(?P<v>\S.*)$", re.I)
#: the properties that only file the page ("tags::", "alias::", "icon::"): no words of the answer
_LOGSEQ_CHROME = frozenset({"tags", "alias", "icon", "title", "public", "filters", "template",
                            "template-including-parent", "collapsed", "id", "heading", "background-color", "type"})


def _logseq_text(text: str) -> str:
    return " ".join(_LOGSEQ_TAG.sub("", _LOGSEQ_LINK.sub(r"\1", text)).split())


def _logseq_depth(indent: str) -> int:
    return indent.count("\t") + (len(indent.replace("\t", "")) // 2)


def _logseq(body: str) -> str:
    """A Logseq page as Markdown, line for line: a page property before the outline a field of the Generic Name
    ("brand-names:: [[Zorex]]" -> "**Brand names:** Zorex", "tags::" blank); a top-level block that names a section
    its heading ("- ## Usage" -> "## Usage"); every block under it an item one level less deep (a heading block's text
    in bold), its continuation lines its text; block properties ("collapsed:: true") blank; "[[links]]" their text and
    "#tags" nothing (the words around them say what they say: "Off-label uses #off-label", "Common #common"); a use
    block led by its status ("Approved use: [[Insomnia]] in adults") the use, "(off-label)" after it when the status
    says so. A line at the margin that is no block ends the outline (the page's closing note)."""
    lines = body.split("\n")
    if sum(section_kind(clean_label(m.group("t"))) in _MAIN_KINDS for m in _LOGSEQ_SECTION.finditer(body)) < 3:
        return body
    out = list(lines)
    outline = False  # inside the outline (past its first block)
    kind: str | None = None  # the section of the top-level block the line is under
    for k, line in enumerate(lines):
        prop = _LOGSEQ_PROPERTY.match(line)
        block = _LOGSEQ_BLOCK.match(line)
        if prop:
            value = _logseq_text(prop.group("v") or "")
            if outline or prop.group("k").casefold() in _LOGSEQ_CHROME or not value:
                out[k] = ""
            else:  # ("brand-names:: [[Zorex]]": a field of the page before its outline)
                words = prop.group("k").replace("-", " ").replace("_", " ")
                out[k] = f"**{words[:1].upper() + words[1:]}:** {value}"
            continue
        if block:
            outline = True
            depth = _logseq_depth(block.group("ind"))
            text = _logseq_text(block.group("t"))
            heading = re.match(r"^#{1,6}[ \t]+", text)
            if heading:
                text = text[heading.end():].strip()
            if depth == 0:
                title = text.strip("*: ")
                kind = section_kind(clean_label(title)) if title else None
                kind = kind if kind in _MAIN_KINDS else None
                out[k] = f"## {title}" if kind else f"- {text}"
                continue
            status = _LOGSEQ_STATUS.match(text) if kind == "uses" else None
            if status:  # ("Approved use: Insomnia in adults": the use; the status a qualifier or nothing)
                off = bool(_OFF_LABEL_WORD.search(status.group("s")))
                text = status.group("v") + (" (off-label)" if off else "")
            elif heading:
                text = f"**{text}**"
            out[k] = "  " * (depth - (1 if kind else 0)) + "- " + text
            continue
        if outline and line[:1] in (" ", "\t") and line.strip():  # a block's next line ("\t  more words"): its text
            depth = _logseq_depth(line[:len(line) - len(line.lstrip())])
            out[k] = "  " * max(0, depth - (1 if kind else 0)) + "  " + _logseq_text(line)
        elif line.strip():
            outline = False  # (a line at the margin: the outline has ended)
    return "\n".join(out)


# ---------------------------------------------------------------------------
# JSON Lines, one record a line ('{"drug": "x", "field": "usage", "value": "Acne", "status": "off-label"}',
# '{"field": "side_effect", "value": "Nausea", "frequency": "common", "serious": true}', '{"field": "faq", ...}')
# ---------------------------------------------------------------------------

#: a line that is one JSON object (the cheap test counts them)
_JSONL_LINE = re.compile(r'(?m)^[ \t]*\{[ \t]*"[^"\n]+"[ \t]*:.*\}[ \t]*,?[ \t]*$')
#: what a key of a record holds, by its name: the record's part (its field), its entry, the use's status, the effect's
#: group, a serious flag, a note, a target's action, a question, an answer, other names
#: (a "category" or "type" whose value names no part is a group: '"category": "common"')
_JSONL_KEYS = (("field", r"^(?:field|section|topic|type|kind|attribute|property|predicate|category|record_?type|key)$"),
               ("value", r"^(?:value|name|text|label|item|entry|term|condition|indication|effect|target|content)$"),
               ("status", r"^(?:status|approval|approved|regulatory_?status|label_?status|off_?label|qualifier)$"),
               ("group", r"^(?:frequency|how_?often|incidence|group|severity_?group)$"),
               ("serious", r"^(?:serious|severe|is_?serious)$"),
               ("note", r"^(?:notes?|description|details?|comment|explanation|context|example|examples)$"),
               ("action", r"^(?:action|relation|verb|effect_?type|mode|interaction)$"),
               ("question", r"^(?:question|q)$"), ("answer", r"^(?:answer|a)$"),
               ("synonyms", r"^(?:also_?known_?as|aka|synonyms?|other_?names?|abbreviations?)$"))
#: a record's field as the part of the answer it belongs to, beyond what :func:`section_kind` reads in its words
_JSONL_FIELDS = (("name", r"^(?:generic(?:_?name)?|name|inn|drug_?name)$"),
                 ("brand", r"^(?:brand|brand_?names?|trade_?names?)$"),
                 ("class", r"^(?:(?:drug|pharmacologic(?:al)?|therapeutic)_?)?class$"),
                 ("route", r"^(?:routes?|administration_?route)$"),
                 ("form", r"^(?:(?:dosage_?)?forms?|formulations?)$"),
                 ("use", r"^(?:usage|uses?|indications?|treats|used_?for|condition)$"),
                 ("effect", r"^(?:side_?effects?|adverse_?(?:effects?|reactions?|events?)|causes)$"),
                 ("help", r"^(?:seek_?help|when_?to_?(?:call|seek_?help)|warning_?signs?|emergency)$"),
                 ("target", r"^(?:targets?|molecular_?targets?|acts_?on|mechanism_?target)$"),
                 ("faq", r"^(?:faqs?|questions?|q_?and_?a)$"))
_JSONL_FIELD_KIND = {"name": "identity", "brand": "identity", "class": "identity", "route": "identity",
                     "form": "identity", "use": "uses", "effect": "side_effects", "help": "side_effects",
                     "target": "mechanism", "faq": "faqs"}
_IDENTITY_LABEL = {"brand": "Brand name", "class": "Drug class", "route": "Route", "form": "Forms"}
#: a target that is a process the drug changes, not a molecule it acts on ("fungal DNA synthesis", "bile acid
#: reabsorption"): "blocks" / "disrupts" on it is less of it
_PROCESS = re.compile(r"\b(?:synthesis|production|formation|reabsorption|absorption|uptake|reuptake|release|secretion|"
                      r"signall?ing|transmission|replication|growth|conversion|breakdown|metabolism|activity|"
                      r"expenditure|clearance|excretion|transport|flow|division)\b", re.I)


def _jsonl_role(key: str, table: tuple[tuple[str, str], ...]) -> str | None:
    return next((role for role, rx in table if re.match(rx, key, re.I)), None)


def _jsonl_part(field: str) -> tuple[str | None, str | None]:
    """A field's part of the answer ("side_effect" -> effect) and the kind of section it belongs to."""
    part = _jsonl_role(re.sub(r"[\s-]+", "_", field.strip()), _JSONL_FIELDS)
    return part, _JSONL_FIELD_KIND.get(part or "") or section_kind(" ".join(re.split(r"[\s_-]+", field)).strip())


def _jsonl_words(value: object) -> str:
    if isinstance(value, list):
        return ", ".join(_jsonl_words(v) for v in value)
    return " ".join(str(value).split()) if value is not None else ""


def _jsonl_record(obj: dict[str, object]) -> tuple[str, str, str, str] | None:
    """One record as a fact row (section, part, entry, detail): the section and part by its field's words (a key that
    names the part, '{"side_effect": "Nausea"}', when no key says the field), the rest by its keys' names; the detail
    is what the part needs (an FAQ's answer) or, for the other parts, a JSON pair of what the part needs (the group and
    the serious flag, "off-label", the action, other names) and the note."""
    roles: dict[str, object] = {}
    names: dict[str, str] = {}  # role -> the key that holds it
    for key, value in obj.items():
        role = _jsonl_role(key, _JSONL_KEYS)
        if role == "field" and ("field" in roles or not _jsonl_part(str(value))[1]):
            role = "group"  # ('"category": "common"' beside '"field": "side_effect"': the effect's group)
        if role and role not in roles:
            roles[role], names[role] = value, key
    field = roles.get("field")
    if not isinstance(field, str):  # ('{"side_effect": "Nausea", "frequency": "common"}': the key is the field)
        named = next(((k, v) for k, v in obj.items() if isinstance(v, str) and _jsonl_role(k, _JSONL_FIELDS)), None)
        if named is None:
            return None
        field, roles["value"] = named
    part, kind = _jsonl_part(field)
    if kind is None:
        return None
    value = _jsonl_words(roles.get("value", ""))
    note = _jsonl_words(roles.get("note", ""))
    if part == "faq" or "question" in roles:
        return kind, "faq", _jsonl_words(roles.get("question", value)), _jsonl_words(roles.get("answer", note))
    if part == "use":
        status = roles.get("status")
        if isinstance(status, bool):  # ('"off_label": true', '"approved": false')
            off = status if "off" in names["status"].casefold() else not status
        else:
            off = bool(_OFF_LABEL_WORD.search(_jsonl_words(status)))
        return kind, "use", value, json.dumps(["off-label" if off else "", note])
    if part == "effect":
        serious = roles.get("serious") is True or _jsonl_words(roles.get("serious")).casefold() in ("yes", "true")
        group = _jsonl_words(roles.get("group", ""))
        return kind, "effect", value, json.dumps([f"{group}|{'serious' if serious else ''}", note])
    if part == "target":
        return kind, "target", value, json.dumps([_jsonl_words(roles.get("action", "")), note])
    if part == "name":
        return kind, "name", value, json.dumps([_jsonl_words(roles.get("synonyms", "")), note])
    return kind, part or " ".join(field.replace("_", " ").split()), value, json.dumps(["", note])


def _jsonl_cell(kind: str, part: str, item: str, detail: str, first: bool) -> str:
    """A record's cell (see :func:`_jsonl`)."""
    if part == "faq":
        return f"**{item}** {detail}".rstrip()
    extra, note = json.loads(detail)
    if part == "use":
        label = f"{item} ({extra})" if extra else item
        return f"\u2022 **{label}:** {note}" if note else f"\u2022 **{label}**"
    if part == "effect":
        group, _, serious = extra.partition("|")
        note = f" ({note})" if note else ""  # (a note in brackets: a tail, as the effect's words end before it)
        if serious:  # ("Bone marrow suppression", common, serious: its group and the flag after it)
            return f"\u2022 {item}{note} ({group.lower() + ', ' if group else ''}serious)"
        return (f"**{group[:1].upper() + group[1:]}:** {item}" if group else f"\u2022 {item}") + note
    if part == "target":
        way = direction(extra) or direction(re.sub(r"disrupt|impair|interfer|prevent|stop", "reduce", extra))
        if _PROCESS.search(item) and way:  # ("disrupts" fungal protein synthesis: less of it)
            verb = "Decreases" if way == "-" else "Increases"
        else:
            verb = extra.replace("_", " ").capitalize() or "Acts on"
        return f"{verb} {item}" + (f" ({note})" if note else "")
    if part == "name":
        return f"{item} (also known as {extra})" if extra else item
    if part in _IDENTITY_LABEL:  # (a field's note, "oral capsules, United States" on a brand, says where it is sold:
        return f"**{_IDENTITY_LABEL[part]}:** {item}"  # no brand, form or route of its own)
    if kind == "identity":  # ("salt": another field of the name, labelled by its words)
        return f"**{part[:1].upper() + part[1:]}:** {item}"
    if kind == "interactions" and item and note:
        return f"\u2022 **{item}:** {note}"
    return " ".join(x for x in (item, note) if x)  # (a note, the seek-help sentence, the mechanism's prose: its
    # section's text)


def _jsonl(body: str) -> str:
    """JSON Lines (fenced or not) as a table of sections, line for line (:func:`fact_table`): each record a row of the
    section its field names, its keys read by their names ("value" the entry, "status" off-label or not, "frequency"
    the effect's group, "serious": true the flag, "note" a description, "action" a target's relation, "question" /
    "answer" an FAQ, "also_known_as" other names); the repeated "drug" key nothing; the two lines before the first
    record the table's header and the fence after the last blank."""
    lines = body.split("\n")
    rows: dict[int, tuple[str, str, str, str]] = {}
    for k, line in enumerate(lines):
        text = line.strip().rstrip(",")
        if not (text.startswith("{") and text.endswith("}")):
            continue
        try:
            obj = json.loads(text)
        except ValueError:
            continue
        row = _jsonl_record(obj) if isinstance(obj, dict) else None
        if row:
            rows[k] = (_TITLES.get(row[0], row[0]), *row[1:])
    if len(rows) < 6 or len({row[0] for row in rows.values()}) < 3:
        return body
    first, last = min(rows), max(rows)
    if first < 2 or any(k in rows for k in (first - 2, first - 1)):
        return body
    out = fact_table(lines, rows, first - 2, _jsonl_cell)
    if last + 1 < len(out) and _FENCE_LINE.match(lines[last + 1]):
        out[last + 1] = ""
    return "\n".join(out)


# ---------------------------------------------------------------------------
# A Prolog knowledge base ("% ---------- Usage ----------", "treats(x, 'POMC deficiency obesity', approved).",
# "side_effect(x, back_pain, less_common).", "seek_help_now(x, S) :- warning_sign(x, S).", "faq(x, 'Q?', 'A.').")
# ---------------------------------------------------------------------------

#: a clause alone on its line: a fact or a rule's head, its arguments, the full stop
_PL_CLAUSE = re.compile(r"(?m)^[ \t]*[a-z]\w*\((?:[^()'\n]|'(?:[^'\\\n]|\\.|'')*'|\([^()\n]*\))*\)[ \t]*"
                        r"(?::-[^\n]*)?\.[ \t]*(?:%.*)?$")
#: what a predicate says, by its name (underscores as spaces)
_PL_ROLES = (("drug", r"^(?:drug|medication|medicine|compound)$"),
             ("name", r"^(?:generic_name|name|inn|drug_name)$"),
             ("synonym", r"^(?:synonyms?|also_known_as|other_names?|aka)$"),
             ("brand", r"^(?:brand(?:_names?)?|brands|trade_names?)$"),
             ("class", r"^(?:(?:drug|pharmacologic(?:al)?|therapeutic)_)?class$"),
             ("route", r"^(?:routes?|administration_route)$"),
             ("form", r"^(?:(?:dosage_)?forms?|formulations?)$"),
             ("use", r"^(?:treats|indications?|indicated_for|used_for|used_to_treat|uses?|may_treat)$"),
             ("negation", r"^(?:not_(?:indicated|used|approved|recommended)(?:_for)?|not_for|"
                          r"contraindicated(?:_\w+)?)$"),
             ("effect", r"^(?:side_effects?|adverse_(?:effects?|reactions?|events?)|causes|may_cause)$"),
             ("relation", r"^(?:mechanism|effect|action|acts_on|pharmacology|moa)$"),
             ("verb", r"^(?:activates|inhibits|blocks|binds(?:_to)?|stimulates|antagonizes|agonizes|modulates|"
                      r"increases|decreases|reduces|targets)$"),
             ("faq", r"^(?:faqs?|questions?|qa)$"),
             ("help", r"seek_help|get_help|emergency|call_(?:a_)?doctor|urgent"),
             ("caution", r"interact|caution|avoid"))
_PL_ATOM = re.compile(r"'((?:[^'\\]|\\.|'')*)'|\"((?:[^\"\\]|\\.)*)\"|([^,()\[\]'\"]+)|(\[)|(\])|(\()|(\))|(,)")


def _pl_role(name: str) -> str | None:
    return next((role for role, rx in _PL_ROLES if re.search(rx, name)), None)


def _pl_args(text: str) -> list[str]:
    """A clause's arguments as words: a quoted atom its text, a snake_case atom with spaces, a list its items joined
    ("[a, b]" -> "a, b"); a variable is kept as written (it starts with a capital or "_")."""
    args: list[str] = []
    current = ""
    depth = 0
    for m in _PL_ATOM.finditer(text):
        quoted, string, bare, *marks = m.groups()
        if m.group(8) and depth == 0:
            args.append(current.strip())
            current = ""
            continue
        depth += bool(marks[0] or marks[2]) - bool(marks[1] or marks[3])
        if quoted is not None:
            current += quoted.replace("''", "'").replace("\\'", "'")
        elif string is not None:
            current += string.replace('\\"', '"')
        elif bare is not None:
            word = bare.strip()
            current += word if word[:1].isupper() or word[:1] == "_" else word.replace("_", " ")
        elif m.group(8):
            current += ", "
        elif marks[2] or marks[3]:  # (a compound's brackets: "dose(mg)" keeps them)
            current += m.group(0)
    if current.strip():
        args.append(current.strip())
    return args


def _pl_clause(line: str) -> tuple[str, list[str], str, str] | None:
    """A clause on its line: the predicate, its arguments, the rule's body ("" for a fact) and the note after "%"."""
    m = re.match(r"^[ \t]*(?P<p>[a-z]\w*)\(", line)
    if not m:
        return None
    depth, k, quote = 1, m.end(), ""
    while k < len(line) and depth:  # (the arguments end at their bracket, quotes skipped: "'general (polygenic)'")
        c = line[k]
        if quote:
            quote = "" if c == quote and line[k - 1] != "\\" else quote
        elif c in "'\"":
            quote = c
        else:
            depth += (c == "(") - (c == ")")
        k += 1
    rest = line[k:]
    tail = re.match(r"^[ \t]*(?::-(?P<body>.*?))?\.[ \t]*(?:%(?P<note>.*))?$", rest)
    if depth or not tail:
        return None
    return m.group("p"), _pl_args(line[m.end():k - 1]), (tail.group("body") or "").strip(), \
        (tail.group("note") or "").strip()


def _prolog(body: str) -> str:
    """A Prolog knowledge base (fenced or not) as Markdown, line for line: a "%" comment that names a section its
    heading, other comments and the fence blank (notes: "% e.g. after surgery" says nothing of its own); each fact by
    its predicate, the drug's own atom dropped from its arguments: the name, "brand/2", "drug_class/2", "route/2",
    "form/2" fields of the Generic Name; "treats/3" a use ("(off-label)" when its status says so); "not_indicated/2" a
    negation; "side_effect/3" an effect under its group ("less_common" -> "**Less common:**"); "mechanism/3" and
    "effect/3" a statement ("Activates melanocortin 4 receptor", a symbol opening its note in brackets), a fact whose
    argument is prose that prose; "faq/3" a question and its answer; any other fact a sentence ("It requires genetic
    test."). A rule's body is no claim: a rule whose head says to get help makes the facts of its body's predicate
    signs under a sub-heading of its words, one that says to use with caution or interacts makes them its members, any
    other rule is blank. A section's heading goes where its comment is, or on the nearest free line before the first
    fact of its kind."""
    lines = body.split("\n")
    clauses = {k: c for k, line in enumerate(lines) if (c := _pl_clause(line))}
    firsts = [args[0] for _, args, rule, _ in clauses.values() if args and not rule]
    drug = max(set(firsts), key=firsts.count) if firsts else ""
    if firsts.count(drug) < max(3, len(firsts) // 2):  # ("side_effect(nausea, common).": no drug argument)
        drug = ""
    members: dict[str, str] = {}  # a predicate of a rule's body -> the role of the rule's head ("help", "caution")
    for pred, _, rule, _ in clauses.values():
        role = _pl_role(pred)
        if rule and role in ("help", "caution"):
            for name in re.findall(r"\b([a-z]\w*)\(", rule):
                members[name] = role
    if sum(_pl_role(pred) in ("use", "effect", "relation", "verb", "faq") for pred, *_ in clauses.values()) < 3:
        return body
    out = list(lines)
    facts: dict[int, tuple[str | None, str]] = {}
    heads: dict[int, str] = {}
    first = min(clauses)
    for k, line in enumerate(lines):
        stripped = line.strip()
        if _FENCE_LINE.match(line) or stripped.startswith(("%", ":-")) or k in clauses:
            out[k] = ""
        if stripped.startswith("%"):
            title = stripped.strip("%-=*# \t")
            if title and section_kind(title) in _MAIN_KINDS and len(title.split()) <= 6:
                heads[k] = f"## {title}"
        if k in clauses:
            facts[k] = _pl_fact(*clauses[k], drug, members)
    first = min([first, *heads])
    _put_facts(out, {k: v for k, v in facts.items() if v[1]}, heads, first)
    return "\n".join(out)


def _pl_fact(pred: str, args: list[str], rule: str, note: str, drug: str,
             members: dict[str, str]) -> tuple[str | None, str]:
    """One clause as (the kind of section it belongs to, or None for the one it falls in; its Markdown)."""
    role = _pl_role(pred)
    words = pred.replace("_", " ")
    if rule:
        if role in ("help", "caution"):  # ("seek_help_now(x, Sign) :- warning_sign(x, Sign).": a label for its facts)
            names = [n.replace("_", " ") for n in re.findall(r"\b([a-z]\w*)\(", rule)]
            label = words[:1].upper() + words[1:]
            if role == "help":  # (a heading, not a bold line, which would run on from the item before it)
                return "side_effects", f"### {label}"
            return "interactions", f"### {label}: {', '.join(names)}"
        return None, ""
    own = args[1:] if drug and args and args[0].casefold() == drug.casefold() else list(args)
    text = own[0] if own else ""
    if pred in members:
        return ("side_effects" if members[pred] == "help" else "interactions"), f"- {text}"
    if role == "drug" or not own:
        return None, ""
    if role == "name":
        return "identity", f"**{text}**"
    if role in ("synonym", "brand", "class", "route", "form"):
        field = {"synonym": "Also known as", "brand": "Brand name", "class": "Drug class", "route": "Route",
                 "form": "Forms"}[role]
        return "identity", f"- **{field}:** {text}"
    if role == "use":
        off = any(_OFF_LABEL_WORD.search(a) for a in own[1:])
        return "uses", f"- **{text}**" + (" (off-label)" if off else "")
    if role == "negation":
        return "uses", f"- It is not used for {text}."
    if role == "effect":
        group = own[1] if len(own) > 1 else ""
        return "side_effects", (f"- **{group[:1].upper() + group[1:]}:** {text}" if group else f"- {text}")
    if role in ("relation", "verb") and len(own) >= (2 if role == "relation" else 1) and len(own[-1].split()) <= 8:
        verb, target = (own[0], own[1]) if role == "relation" else (words, own[0])
        symbol = re.match(r"^(?P<s>[A-Z][A-Za-z0-9-]{1,9})\b[,;:]?\s*(?P<rest>.*)$", note)
        extra = f" ({symbol.group('s')})" if symbol else ""
        return "mechanism", f"- {verb[:1].upper() + verb[1:]} {target}{extra}"
    if role == "faq" and len(own) >= 2:
        return "faqs", f"- **{own[-2]}** {own[-1]}"
    if len(own) == 1 and (len(text.split()) > 8 or text.endswith(".")):  # ("mechanism_note(x, 'It mimics ...')")
        kind = section_kind(words)
        return (kind if kind in _MAIN_KINDS else None), text
    return None, f"- It {words} {', '.join(own)}."


# ---------------------------------------------------------------------------
# Turtle RDF ("@prefix ex: <...> .", "ex:X a schema:Drug ; rdfs:label "X"@en ; ex:treats ex:Angina , ex:Gout ;",
# "ex:Angina rdfs:label "angina"@en .", "ex:faq [ ex:question "...?" ; ex:answer "..." ] .")
# ---------------------------------------------------------------------------

_TTL_PREFIX = re.compile(r"(?mi)^[ \t]*(?:@prefix|prefix)[ \t]+[\w.-]*:[ \t]*<[^>\n]*>[ \t]*\.?[ \t]*$")
_TTL_TOKEN = re.compile(r'(?P<comment>#[^\n]*)|'
                        r'(?P<long>"""(?:[^"\\]|\\.|"(?!""))*"""|\'\'\'(?:[^\'\\]|\\.|\'(?!\'\'))*\'\'\')|'
                        r'(?P<string>"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\')|(?P<suffix>@[A-Za-z]+(?:-[A-Za-z0-9]+)*|'
                        r'\^\^(?:<[^>\s]*>|[\w-]*:[\w.-]*))|(?P<iri><[^>\s]*>)|(?P<bnode>_:[\w.-]+)|'
                        r'(?P<name>(?:[A-Za-z][\w-]*(?:\.[\w-]+)*)?:(?:[\w-]+(?:\.[\w-]+)*)?|[A-Za-z]\w*)|'
                        r'(?P<number>[+-]?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)|(?P<punct>[;,.\[\]()])|(?P<space>\s+)')
#: what a predicate of the drug says, by its local name's words ("brandName" -> "brand name")
_TTL_ROLES = (("label", r"^(?:label|name|pref label|generic name|nonproprietary name|title)$"),
              ("synonym", r"^(?:alt label|alternate name|synonyms?|also known as|other names?)$"),
              ("brand", r"^(?:brand(?: names?)?|proprietary name|trade names?)$"),
              ("class", r"^(?:(?:drug|pharmacologic(?:al)?|therapeutic) )?class$"),
              ("route", r"^(?:(?:administration )?routes?)$"), ("form", r"^(?:(?:dosage )?forms?|formulations?)$"),
              ("salt", r"^salt(?: form)?$"),
              ("off", r"^off label (?:uses?|indications?)$"),
              ("use", r"^(?:treats|indications?|uses?|used for|indicated for|may treat)$"),
              ("negation", r"^not (?:recommended|indicated|used|approved)(?: for)?$|^contraindicat"),
              ("effect", r"^(?:side effects?|adverse (?:effects?|reactions?|outcomes?|events?)|causes)$"),
              ("faq", r"^(?:faqs?|has faq|frequently asked questions?|questions and answers|q and a)$"),
              ("question", r"^(?:question|q)$"), ("answer", r"^(?:answer|a)$"),
              ("help", r"\b(?:seek|get|call)\b.*\b(?:help|doctor|care|attention)\b|\bwarning signs?\b|\bemergency\b"),
              ("frequency", r"^(?:frequency|how often|incidence|group)$"), ("serious", r"^(?:serious|severe)$"),
              ("comment", r"^(?:comment|description|note|notes|definition)$"),
              ("abbreviation", r"^(?:abbreviation|acronym|symbol|short name)$"),
              ("target", r"^(?:binds(?: to)?|inhibits|blocks|activates|stimulates|antagonizes|agonizes|modulates|"
                         r"upregulates|downregulates|increases|decreases|reduces|targets|acts on|opens|closes)$"))

#: a node of the graph: ("iri", name), ("bnode", id) or ("literal", text)
Node = tuple[str, str]


def _ttl_words(name: str) -> str:
    """A predicate's or node's local name as words ("ex:brandName" -> "brand name", "ex:BileAcids" -> "bile acids")."""
    local = name.rsplit(":", 1)[-1].rsplit("/", 1)[-1].rsplit("#", 1)[-1].strip("<>")
    return " ".join(re.sub(r"(?<=[a-z0-9])(?=[A-Z])|[_-]", " ", local).split()).casefold()


def _ttl_role(name: str) -> str | None:
    words = _ttl_words(name)
    return next((role for role, rx in _TTL_ROLES if re.search(rx, words)), None)


class _Turtle:
    """The triples of a Turtle block, each object with the line it is written on (a literal over lines: its lines)."""

    def __init__(self, text: str, line0: int) -> None:
        self.tokens: list[tuple[str, str, int, int]] = []  # (kind, text, first line, last line)
        line = line0
        for m in _TTL_TOKEN.finditer(text):
            kind = m.lastgroup or ""
            if kind not in ("space", "comment"):
                self.tokens.append((kind, m.group(0), line, line + m.group(0).count("\n")))
            line += m.group(0).count("\n")
        self.at = 0
        self.blank = 0
        self.triples: list[tuple[Node, str, Node, int, int]] = []  # (subject, predicate, object, first, last line)
        while self.at < len(self.tokens):
            self._statement()

    def _peek(self) -> tuple[str, str, int, int]:
        return self.tokens[self.at] if self.at < len(self.tokens) else ("end", "", -1, -1)

    def _take(self) -> tuple[str, str, int, int]:
        token = self._peek()
        self.at += 1
        return token

    def _statement(self) -> None:
        kind, text, _, _ = self._peek()
        if kind == "name" and text.casefold() in ("prefix", "base"):  # (SPARQL's "PREFIX ex: <...>" has no dot)
            self._take()
            while self._peek()[0] in ("name", "iri") and self._take()[0] != "iri":
                pass
            if self._peek()[1] == ".":
                self._take()
            return
        if kind == "suffix":  # ("@prefix ex: <...> .")
            while self._peek()[0] not in ("end",) and self._take()[1] != "." and self._peek()[0] != "suffix":
                pass
            return
        subject = self._node()
        if subject is None:
            self._take()
            return
        if self._peek()[1] != ".":
            self._predicates(subject)
        if self._peek()[1] == ".":
            self._take()

    def _node(self) -> Node | None:
        kind, text, first, last = self._peek()
        if kind in ("iri", "name", "bnode"):
            self._take()
            return ("iri", text)
        if text == "[":
            self._take()
            self.blank += 1
            node = ("bnode", str(self.blank))
            if self._peek()[1] != "]":
                self._predicates(node)
            if self._peek()[1] == "]":
                self._take()
            return node
        if text == "(":  # (a collection: its items, one node)
            self._take()
            items = []
            while self._peek()[1] not in (")", "") and self._peek()[0] != "end":
                item = self._node()
                if item is None:
                    self._take()
                else:
                    items.append(item[1])
            self._take()
            return ("literal", ", ".join(items))
        if kind in ("string", "long", "number"):
            self._take()
            if self._peek()[0] == "suffix":
                self._take()
            value = text[3:-3] if kind == "long" else text[1:-1] if kind == "string" else text
            return ("literal", value.replace('\\"', '"').replace("\\'", "'"))
        return None

    def _predicates(self, subject: Node) -> None:
        while True:
            kind, verb, _, _ = self._peek()
            if kind not in ("name", "iri"):
                return
            self._take()
            verb = "rdf:type" if verb == "a" else verb
            while True:
                first = self._peek()[2]
                obj = self._node()
                if obj is None:
                    return
                self.triples.append((subject, verb, obj, first, self.tokens[self.at - 1][3]))
                if self._peek()[1] != ",":
                    break
                self._take()
            if self._peek()[1] != ";":
                return
            while self._peek()[1] == ";":
                self._take()


def _turtle(body: str) -> str:
    """A Turtle block (fenced, or from its "@prefix" lines on) as Markdown, line for line: prefixes, the fence, IRIs
    and punctuation markup (blank); a "#" comment that names a section its heading (others blank); the drug (the node
    typed a drug, or the subject with most predicates) read by its predicates' words: its label the name, brand,
    class, route and form fields, a salt nothing; each node it treats (or uses off-label, or is not for) a use, each
    side-effect node an effect under its frequency ("(rare, serious)" when flagged), each node it binds, inhibits or
    upregulates a statement ("Binds bile acids"; a process inhibited "Decreases", a thing upregulated "Increases"),
    written on the line of the node's own label (its words, the IRI only when it has none), the node's comment its
    description; a literal of prose its words on its lines (a seek-help sentence, the mechanism); each FAQ node its
    question in bold and its answer. A section's heading goes where its comment is, or on the nearest free line before
    the first fact of its kind."""
    lines = body.split("\n")
    start = next((k for k, line in enumerate(lines) if _TTL_PREFIX.match(line)), None)
    if start is None:
        return body
    fenced = start > 0 and any(_FENCE_LINE.match(lines[j]) for j in range(max(0, start - 3), start))
    end = next((k for k in range(start + 1, len(lines)) if _FENCE_LINE.match(lines[k])), None) if fenced else None
    if end is None:  # (unfenced: to the last line that ends a statement)
        end = max((k for k in range(start, len(lines)) if re.search(r"[.\]]\s*(?:#.*)?$", lines[k])
                   and not re.match(r"^[ \t]*[A-Z][a-z]", lines[k])), default=start) + 1
    graph = _Turtle("\n".join(lines[start:end]), start)
    props: dict[Node, list[tuple[str | None, str, Node, int, int]]] = {}
    for s, p, o, first, last in graph.triples:
        props.setdefault(s, []).append((_ttl_role(p), p, o, first, last))
    typed = [s for s, p, o, *_ in graph.triples if p == "rdf:type" and re.search(r"drug|medic", _ttl_words(o[1]))]
    drug = typed[0] if typed else max(props, key=lambda n: len(props[n]), default=None)
    if drug is None or sum(role in ("use", "off", "effect", "target", "faq") for role, *_ in props[drug]) < 3:
        return body
    out = list(lines)
    heads: dict[int, str] = {}
    for k in range(start, end):
        comment = re.match(r"^[ \t]*#(?P<t>.*)$", lines[k])
        title = comment.group("t").strip(" -=#*\t") if comment else ""
        if title and section_kind(title) in _MAIN_KINDS and len(title.split()) <= 6:
            heads[k] = f"## {title}"
        out[k] = ""
    for k in (start - 1, end):
        if 0 <= k < len(lines) and _FENCE_LINE.match(lines[k]):
            out[k] = ""
    facts: dict[int, tuple[str | None, str]] = {}

    def named(node: Node, line: int) -> tuple[str, int, dict[str | None, tuple[str, int]]]:
        """A node's words, the line they are on and its other properties by role (first of each)."""
        own: dict[str | None, tuple[str, int]] = {}
        for role, _, o, first, _ in props.get(node, []):
            own.setdefault(role, (o[1], first))
        if node[0] == "literal":
            return node[1], line, own
        label = own.get("label")
        return (label[0], label[1], own) if label else (_ttl_words(node[1]), line, own)

    def put(line: int, kind: str | None, text: str) -> None:  # (two on one line: "tablets (1 g)", "granules ...")
        old = facts.get(line)
        lead = re.match(r"^- (?:\*\*[^*]+:\*\* )?", text)
        if old and lead and old[1].startswith(lead.group(0)):
            text = f"{old[1]}; {text[lead.end():]}"
        elif old and old[1].startswith("- "):
            text = f"{old[1]}; {text[2:]}"
        facts[line] = (kind, text)

    for role, pred, obj, first, last in props[drug]:
        words = _ttl_words(pred)
        if role == "label":
            put(first, "identity", f"**{obj[1]}**")
        elif role in ("synonym", "brand", "class", "route", "form"):
            field = {"synonym": "Also known as", "brand": "Brand name", "class": "Drug class", "route": "Route",
                     "form": "Forms"}[role]
            put(first, "identity", f"- **{field}:** {named(obj, first)[0]}")
        elif role in ("use", "off", "negation"):
            text, at, own = named(obj, first)
            if role == "negation":
                put(at, "uses", f"- It is not used for {text}.")
            else:  # (its abbreviation in parentheses, as a page writes one: "**Severe fever ... syndrome (SFTS)**")
                short = f" ({own['abbreviation'][0]})" if "abbreviation" in own else ""
                put(at, "uses", f"- **{text}{short}**" + (" (off-label)" if role == "off" else ""))
            if "comment" in own and own["comment"][1] != at:
                facts[own["comment"][1]] = (None, "  " + own["comment"][0])
        elif role == "effect":
            text, at, own = named(obj, first)
            group = own.get("frequency", ("", 0))[0]
            serious = own.get("serious", ("", 0))[0].casefold() in ("true", "yes", "1")
            if serious:
                put(at, "side_effects", f"- {text} ({group.lower() + ', ' if group else ''}serious)")
            else:
                put(at, "side_effects", f"- **{group[:1].upper() + group[1:]}:** {text}" if group else f"- {text}")
        elif role == "target":
            text, at, own = named(obj, first)
            text += f" ({own['abbreviation'][0]})" if "abbreviation" in own else ""  # ("ex:symbol "RdRp"")
            if re.match(r"up|down", words):  # ("upregulates" LDL receptor: more of it)
                verb = "Increases" if words.startswith("up") else "Decreases"
            elif _PROCESS.search(text) and direction(words):  # ("inhibits" reabsorption of bile acids: less of it)
                verb = "Decreases" if direction(words) == "-" else "Increases"
            else:
                verb = words[:1].upper() + words[1:]
            put(at, "mechanism", f"- {verb} {text}")
        elif role == "faq":
            _, _, own = named(obj, first)
            question, answer = own.get("question"), own.get("answer")
            if question and answer and question[1] == answer[1]:
                put(question[1], "faqs", f"- **{question[0]}** {answer[0]}")
            elif question:
                put(question[1], "faqs", f"- **{question[0]}**")
                if answer:
                    facts[answer[1]] = ("faqs", "  " + answer[0])
        elif obj[0] == "literal" and role != "salt":  # (a literal of prose: the mechanism, a seek-help sentence)
            kind = "help" if role == "help" else section_kind(words)
            segments = obj[1].split("\n")
            if len(segments) == last - first + 1:
                for j, segment in enumerate(segments):
                    facts[first + j] = (kind if (kind in _MAIN_KINDS or kind == "help") and not j else None,
                                        segment.strip())
            else:
                facts[first] = (kind if kind in _MAIN_KINDS or kind == "help" else None, " ".join(obj[1].split()))
    effects = [k for k, (kind, _) in facts.items() if kind == "side_effects"]
    for k, (kind, text) in facts.items():  # (a seek-help sentence written before the effects' own lines would open a
        if kind == "help":  # Side Effects section of its own, and the first is the one read: a warning holds it)
            facts[k] = ("side_effects" if effects and min(effects) < k else "precautions", text)
    _put_facts(out, facts, heads, start)
    return "\n".join(out)


# ---------------------------------------------------------------------------
# SPARQL Update ("PREFIX ex: <...>", "INSERT DATA {" over Turtle triples, "}", ";" between operations)
# ---------------------------------------------------------------------------

#: the opening of a data block, alone on its line or before its first triple ("INSERT DATA {")
_SPARQL_DATA = re.compile(r"(?mi)^(?P<lead>[ \t]*)(?:INSERT|DELETE)[ \t]+DATA[ \t]*\{")
#: a line that only closes a block or joins two operations ("}", ";", "} ;")
_SPARQL_CLOSE = re.compile(r"^[ \t]*(?:\}[ \t]*;?|;)[ \t]*$")


def _sparql(body: str) -> str:
    """A SPARQL Update of data blocks read as the Turtle it holds: "INSERT DATA {" and the lines that close a block or
    join two operations are SPARQL's own markup (blank), so the triples inside, with their "# ===== Usage ====="
    comments, reach :func:`_turtle` as one Turtle document (its "PREFIX" lines are Turtle's too)."""
    lines = body.split("\n")
    masked = [_SPARQL_DATA.sub(lambda m: m.group("lead"), line) for line in lines]
    masked = ["" if _SPARQL_CLOSE.match(line) else line for line in masked]
    if masked == lines:
        return body
    out = _turtle("\n".join(masked))
    return body if out == "\n".join(masked) else out


# ---------------------------------------------------------------------------
# OPML, an outliner's file ('<opml version="2.0">', '<outline text="Usage">' over
# '<outline text="Acne" _note="In teenagers."/>', '</outline>')
# ---------------------------------------------------------------------------

#: an outline element on its line: opened ('<outline text="Usage">') or whole ('<outline text="Acne"/>')
_OPML_LINE = re.compile(r"(?m)^(?P<ind>[ \t]*)<outline\b(?P<attrs>[^<>]*?)(?P<shut>/)?>[ \t]*"
                        r"(?P<end></outline\s*>)?[ \t]*$")
_OPML_ATTR = re.compile(r"(?P<k>[\w:.-]+)\s*=\s*(?:\"(?P<v>[^\"]*)\"|'(?P<w>[^']*)')")
#: an outline that is a field ("Brand names: Tabex, Desmoxan")
_OPML_FIELD = re.compile(r"^(?P<k>[A-Z][\w'() /-]{0,40}?):\s+(?P<v>\S.*)$")


def _opml(body: str) -> str:
    """An OPML outline as Markdown, line for line: the declaration, the "<head>" (its title wraps the file) and the
    tags markup (blank); the outlines at the shallowest depth where several name sections the headings (any shallower
    one, a root naming the drug, blank); under them each outline a list item one level less deep, its text with XML
    entities read and its "_note" after it: an outline with children in bold (a group: "Off-label uses", "Serious
    (rare)"), one led by a label a field ("**Brand names:** Tabex"), the first plain one under the Generic Name the
    name in bold with its note's first sentence in parentheses ("**X** (Also known as Y)"), one under
    the FAQs the question in bold with its note, the answer, after it; a note under Usage the use's description
    ("**Acne**: In teenagers."), elsewhere its tail ("Chest pain - Take extra care.")."""
    lines = body.split("\n")
    start = next((k for k, line in enumerate(lines) if re.match(r"^[ \t]*<opml\b", line)), None)
    end = next((k for k in range(start, len(lines)) if re.search(r"</opml\s*>[ \t]*$", lines[k])), None) \
        if start is not None else None
    if start is None or end is None:
        return body
    if start and re.match(r"^[ \t]*<\?xml\b.*\?>[ \t]*$", lines[start - 1]):
        start -= 1
    nodes: list[tuple[int, int, str, str, bool]] = []  # (line, depth, text, note, has children)
    depth = 0
    for k in range(start, end + 1):
        m = _OPML_LINE.match(lines[k])
        if m:
            attrs = {a.group("k").casefold(): html.unescape(a.group("v") if a.group("v") is not None else a.group("w"))
                     for a in _OPML_ATTR.finditer(m.group("attrs"))}
            whole = bool(m.group("shut") or m.group("end"))
            nodes.append((k, depth, " ".join(attrs.get("text", "").split()),
                          " ".join(attrs.get("_note", attrs.get("note", "")).split()), not whole))
            depth += 0 if whole else 1
        elif re.match(r"^[ \t]*</outline\s*>", lines[k]):
            depth = max(0, depth - 1)
    sections = [d for _, d, text, _, _ in nodes if section_kind(clean_label(text)) in _MAIN_KINDS]
    top = min(sections, default=0)
    if sections.count(top) < 3:
        return body
    out = list(lines)
    for k in range(start, end + 1):
        out[k] = ""
    kind: str | None = None
    named = False  # (the Generic Name's value written)
    for k, d, text, note, group in nodes:
        if d < top or not text:
            continue
        if d == top:
            kind = section_kind(clean_label(text))
            out[k], named = f"## {text}", False
            continue
        lead = "  " * (d - top - 1) + "- "
        field = _OPML_FIELD.match(text)
        if group:
            out[k] = f"{lead}**{text}**" + (f" {note}" if note else "")
        elif kind == "faqs" and text.endswith("?"):
            out[k] = f"{lead}**{text}**" + (f" {note}" if note else "")
        elif kind == "identity" and field:
            out[k] = f"{lead}**{field.group('k')}:** {field.group('v')}" + (f" {note}" if note else "")
        elif kind == "identity" and not named:  # ("Zoravir" with "Also known as zoravirine. A plant ...")
            stop = re.search(r"(?<=[\w)])\.(?:\s+(?=[A-Z])|$)", note)  # (a name line is read as one only when
            first = note[:stop.start()] if stop else note  # nothing follows its parenthesis: the note's next
            out[k] = f"**{text}**" + (f" ({first})" if first else "")  # sentences, what the drug is, are left out)
            named = True
        elif note:
            out[k] = f"{lead}**{text}**: {note}" if kind == "uses" else f"{lead}{text} - {note}"
        else:
            out[k] = f"{lead}{text}"
    return "\n".join(out)


# ---------------------------------------------------------------------------
# Perl POD ("=head1 USAGE", "=over 4" / "=item * Acne" / "=back", "=item Brand names" over its paragraph, "B<not>")
# ---------------------------------------------------------------------------

_POD_COMMAND = re.compile(r"(?m)^=(?:head[1-6]|over|item|back|cut|pod|begin|end|for|encoding)\b")
_POD_HEAD1 = re.compile(r"(?m)^=head1[ \t]+\S")
#: a Markdown section heading: the page is Markdown (one quoting POD), its "# Title" line aside
_MD_SECTION = re.compile(r"(?m)^#{2,6}[ \t]+\S")
#: a formatting code, its text as Markdown's ("B<not>" bold, "I<mucolytic>" emphasis, "C<>", "L<>", "F<>" words);
#: the text may be wrapped in doubled brackets ("B<< a > b >>")
_POD_CODE = re.compile(r"(?P<c>[BICLFSEXZ])<(?:<+[ \t](?P<d>.*?)[ \t]>+|(?P<t>[^<>]*))>")


def _pod_text(text: str) -> str:
    def code(m: re.Match[str]) -> str:
        words = m.group("d") if m.group("d") is not None else m.group("t")
        c = m.group("c")
        if c == "E":
            return html.unescape(f"&{words};")  # ("E<lt>", "E<verbar>": HTML's names for them too)
        if c in "XZ" or not words.strip():
            return ""
        return f"**{words}**" if c == "B" else words.split("|")[-1]
    prev = None
    while prev != text:  # (nested codes: "B<I<x>>")
        prev, text = text, _POD_CODE.sub(code, text)
    return text


def _pod(body: str) -> str:
    """Perl POD as Markdown, line for line: "=head1" a section heading (its capitals as written; "=head1 NAME" none
    when a Generic Name section follows), "=head2" a sub-heading (a group, or under the FAQs one question each),
    "=item * text" a list item, "=item Term" over a paragraph a field label under the Generic Name ("**Brand
    names:**" over "Mucodyne") and elsewhere a bold item ("- **Gastrointestinal bleeding**") whose paragraph stays
    prose (its seek-help sentence read as one), "=over", "=back", "=cut" and the other commands markup (blank),
    "B<>" bold and the other formatting codes their words. Lines after "=cut" are no POD (the page's closing
    note)."""
    lines = body.split("\n")
    start = next((k for k, line in enumerate(lines) if _POD_COMMAND.match(line)), None)
    if start is None:
        return body
    out = list(lines)
    heads = [m.group(1).strip() for m in re.finditer(r"(?m)^=head1[ \t]+(.+)$", body)]
    #: POD's own NAME section ("Zoravir - a mucolytic ...") is the name line when a section of the answer is
    #: the Generic Name: a heading of its own would take the Generic Name's place
    wrapper = sum(section_kind(clean_label(_pod_text(h))) == "identity" for h in heads) >= 2
    kind: str | None = None
    for k in range(start, len(lines)):
        line = lines[k]
        command = re.match(r"^=(?P<c>[a-z]+[1-6]?)\b[ \t]*(?P<t>.*)$", line)
        if command is None:
            out[k] = _pod_text(line)
            continue
        name, rest = command.group("c"), _pod_text(command.group("t").strip())
        if name == "cut":
            out[k] = ""
            break
        if name == "head1":
            kind = section_kind(clean_label(rest))
            out[k] = "" if wrapper and rest.casefold() == "name" or not rest else f"## {rest}"
        elif name.startswith("head"):
            out[k] = "#" * (min(int(name[4:]), 5) + 1) + " " + rest if rest else ""
        elif name == "item":
            bullet = re.match(r"^(?:[*\u2022-]|(?P<n>\d+)[.)]?)(?:[ \t]+|$)", rest)
            if bullet and rest[bullet.end():].strip():
                out[k] = (f"{bullet.group('n')}. " if bullet.group("n") else "- ") + rest[bullet.end():].strip()
            elif bullet:
                out[k] = ""  # ("=item *" alone: the paragraph after it is the item)
            elif kind == "identity":  # ("=item Brand names" over "Mucodyne, Rhinathiol": a field)
                out[k] = f"**{rest.rstrip(':')}:**"
            else:  # ("=item Gastrointestinal bleeding" over what to do: an entry, its paragraph its text)
                out[k] = f"- **{rest}**"
        else:
            out[k] = ""
    return "\n".join(out)


# ---------------------------------------------------------------------------
# A Typst table call over several lines ("#table(" / "columns: 2," / "[*Effect*], [*How often*]," /
# "[Nausea], [common]," / ")"); the rest of a Typst page ("== Usage", "+ item") is read as AsciiDoc by kg.parse
# ---------------------------------------------------------------------------

_TYPST_TABLE = re.compile(r"(?m)^[ \t]*#table\([ \t]*$")
_TYPST_COLUMNS = re.compile(r"^[ \t]*columns:[ \t]*(?:(?P<n>\d+)|\((?P<list>[^()]*)\))")
#: a header cell that says how often the entry of its row happens ("How often", "Frequency")
_TYPST_OFTEN = re.compile(r"^(?:how (?:often|common)|frequency|incidence|likelihood)$", re.I)


def _often_column(header: list[str]) -> int | None:
    """The column, after the first, whose header says how often the row's entry happens."""
    return next((c for c, text in enumerate(header) if c and _TYPST_OFTEN.match(text.strip())), None)


def _row_item(row: list[str], often: int | None) -> str:
    """A table's row as a list item: its first cell the entry, under the group its how-often cell names ("- **Common:**
    Nausea", the other cells after it in brackets), else the other cells the entry's text ("- **Entry:** a; b")."""
    others = [text for c, text in enumerate(row[1:], 1) if c != often and text]
    if often is not None and often < len(row) and row[often]:
        label = row[often][:1].upper() + row[often][1:]
        return f"- **{label}:** {row[0]}" + (f" ({'; '.join(others)})" if others else "")
    return f"- **{row[0]}:** {'; '.join(others)}" if others else f"- {row[0]}"


def _typst_cell(text: str) -> str:
    """A cell's words: its markup off ("*Effect*", "#strong[X]", "_x_")."""
    text = re.sub(r"#(?:strong|emph|text)(?:\([^()]*\))?\[([^\[\]]*)\]", r"\1", text)
    return " ".join(re.sub(r"(?<!\w)[*_](?=\S)|(?<=\S)[*_](?!\w)", "", text).split())


#: Typst's own markup: "#set page(...)", "#strong[X]", a term list's "/ Term: value", a "#rect(...)[" block
_TYPST_MARKUP = re.compile(r"(?m)^#(?:set|show|let|import)\s|#(?:strong|emph)\[|^/ [^:\n]{1,40}:\s|"
                           r"^#[a-z]+\([^()\n]*\)\[\s*$")
_TYPST_HEADING = re.compile(r"^(=+)[ \t]+(?=\S)")
_TYPST_TERM = re.compile(r"^/[ \t]+(?P<t>[^:\n]{1,40}):[ \t]*(?P<v>.*)$")
_TYPST_STRONG = re.compile(r"#strong\[([^\[\]]*)\]")
_TYPST_EMPH = re.compile(r"#emph\[([^\[\]]*)\]")
#: a line of Typst code or a comment, no words of the answer: "#set text(size: 11pt)", "// a note", a block's "]"
_TYPST_CODE = re.compile(r"^[ \t]*(?://.*|#(?:set|show|let|import|pagebreak|v|h)\b.*|#[a-z]+\([^()]*\)\[[ \t]*|"
                         r"\][ \t]*)$")


def _typst_markup(body: str) -> str:
    """A Typst page's markup as the Markdown it means, line for line: "=" headings as "#" headings, a term list's
    "/ Brand name: X" as a bold field, "#strong[X]" and Typst's "*X*" as bold, "#emph[X]" as emphasis; code lines,
    comments and a block's opening and closing lines blank (the block's words stay)."""
    out = []
    for line in body.split("\n"):
        if _TYPST_CODE.match(line):
            out.append("")
            continue
        # ("*word*" is Typst's bold, as Textile's: Markdown's emphasis, so written as Markdown's bold)
        line = _TYPST_EMPH.sub(r"*\1*", _TEXTILE_STRONG.sub(r"**\1**", _TYPST_STRONG.sub(r"*\1*", line)))
        heading = _TYPST_HEADING.match(line)
        term = _TYPST_TERM.match(line) if not heading else None
        if heading:
            line = "#" * len(heading.group(1)) + " " + line[heading.end():]
        elif term:
            line = f"- **{term.group('t').strip()}:** {term.group('v')}"
        out.append(line)
    return "\n".join(out)


def _typst_tables(body: str) -> str:
    """Each "#table(...)" call of a Typst page as list items, line for line: the call's own lines and its header row
    (the first "columns" cells) blank; each row on the line of its first cell, its first cell the entry: under a
    header that says how often, that cell the entry's label ("- **Common:** Nausea"), else the other cells the
    entry's text ("- **Entry:** a; b")."""
    lines = body.split("\n")
    out = list(lines)
    k = 0
    while k < len(lines):
        if not _TYPST_TABLE.match(lines[k]):
            k += 1
            continue
        cells: list[tuple[int, str]] = []  # (line, text)
        columns, depth, square, end, cell, opened = 0, 1, 0, None, "", k
        for j in range(k + 1, len(lines)):
            width = None if square else _TYPST_COLUMNS.match(lines[j])
            if width:
                columns = int(width.group("n")) if width.group("n") else len(width.group("list").split(","))
            for ch in lines[j]:
                if square:
                    if ch == "]" and square == 1:
                        cells.append((opened, _typst_cell(cell)))
                    square += {"[": 1, "]": -1}.get(ch, 0)
                    cell += ch if square else ""
                elif ch == "[":
                    square, cell, opened = 1, "", j
                elif ch in "()":
                    depth += 1 if ch == "(" else -1
            cell += " " if square else ""
            if depth == 0:
                end = j
                break
        if end is None or columns < 2 or len(cells) < 2 * columns or len(cells) % columns:
            k += 1
            continue
        often = _often_column([text for _, text in cells[:columns]])
        for i in range(k, end + 1):
            out[i] = ""
        for r in range(columns, len(cells), columns):
            out[cells[r][0]] = _row_item([text for _, text in cells[r:r + columns]], often)
        k = end + 1
    return "\n".join(out)


# ---------------------------------------------------------------------------
# Data notations read as one tree: a Lua table, EDN, Protocol Buffers text, an Apple property list, an INI file
# ('generic_name = { brand_names = { "X" } }', '{:usage {:off-label [{:condition "Y"}]}}', 'side_effects { name: "Z"
# frequency: RARE }', "<key>SideEffects</key><dict>", "[SideEffects.Common]" over "effect_1 = Nausea")
# ---------------------------------------------------------------------------


class _Str:
    """A scalar: its words on each line they are on (a string joined over lines, a long string, an enum)."""

    def __init__(self, parts: list[tuple[int, str]], bare: bool = False) -> None:
        self.parts, self.bare = parts, bare

    @property
    def line(self) -> int:
        return self.parts[0][0]

    @property
    def text(self) -> str:
        return " ".join(" ".join(t for _, t in self.parts).split())


class _Map:
    """A table, map, message or dict: its (key, key's line, value) entries in order (a repeated key made a list)."""

    def __init__(self, entries: list[tuple[str, int, object]]) -> None:
        merged: dict[str, tuple[str, int, object]] = {}
        for key, line, value in entries:
            if key in merged:  # (proto's repeated fields, "brand_names: "A"" over "brand_names: "B"")
                old = merged[key]
                items = old[2].items if isinstance(old[2], _List) and getattr(old[2], "repeated", False) \
                    else [old[2]]
                merged[key] = (key, old[1], _List([*items, value], repeated=True))
            else:
                merged[key] = (key, line, value)
        self.entries = list(merged.values())

    def get(self, *roles: str) -> tuple[str, int, object] | None:
        return next((e for role in roles for e in self.entries if _data_role(e[0]) == role), None)


class _List:
    def __init__(self, items: list[object], repeated: bool = False) -> None:
        self.items, self.repeated = items, repeated


#: what a key means, by its words (the model's choice of key names: "brand_names", "TradeNames", ":brand-names")
_DATA_ROLES = (("negation", r"^not\b|^never\b|contraindicat|restriction|^avoid"),  # (first: "notABrand" no brand)
               ("salt", r"^salt$"), ("name", r"^(?:generic\s+)?name$|^inn$|^generic$|^drug$"),
               ("synonym", r"also\s+(?:known|called)|synonym|other\s+names?|adopted\s+name|alias|^aka$|nonproprietary"),
               ("brand", r"brand|trade|proprietary"), ("class", r"class$|^category$|^drug\s+type$"),
               ("route", r"^routes?(?:\s+of\s+administration)?$|^administration$"),
               ("form", r"^(?:dosage\s+)?forms?$|formulation|presentation|strengths?$"),
               ("entry", r"^(?:condition|indication|use|disease|name|item|effect|label|title|symptom|target)$"),
               ("abbr", r"^(?:abbreviation|abbr|acronym|short(?:\s+name)?|symbol)$"),
               ("gloss", r"^(?:gloss|meaning|lay\s+(?:term|name)|plain\s+(?:english|words))$"),
               ("status", r"^(?:status|approval|approved|regulatory\s+status|label\s+status)$"),
               ("frequency", r"^(?:frequency|how\s+often|incidence|group|category|severity)$"),
               ("serious", r"^(?:serious|is\s+serious|severe)$"),
               ("note", r"^(?:notes?|description|details?|comment|explanation|why|info)$"),
               ("question", r"^(?:q|question)$"), ("answer", r"^(?:a|answer)$"),
               ("action", r"^(?:action|effect\s+on\s+target|relation|verb|mode|type\s+of\s+action)$"),
               ("agent", r"^(?:agent|component|by)$"), ("purpose", r"^(?:purpose|goal|aim|intent)$"),
               ("help", r"seek|get\s+help|emergency|when\s+to\s+call|call\s+(?:a\s+)?doctor|warning\s+signs?"),
               ("prose", r"^(?:summary|description|overview|text|intro(?:duction)?|notes?|details?|explanation|"
                         r"effects|how|mechanism|body)$"))
_DATA_ROLE_RX = tuple((role, re.compile(rx, re.I)) for role, rx in _DATA_ROLES)
_DATA_FIELDS = {"synonym": "Also known as", "brand": "Brand names", "class": "Drug class", "route": "Route",
                "form": "Forms"}
#: an action said as a noun ("agonist", "partial agonist", ":antagonist") as the verb a statement needs
_ACTION_VERBS = ((r"antagonist|blocker|blocks?$", "Blocks"), (r"inhibitor|inhibits?$", "Inhibits"),
                 (r"agonist|activator|activates?$|stimulat", "Activates"), (r"modulator", "Modulates"))


#: the section a top-level key names, by its words, when :func:`kg.sections.section_kind` knows none
_DATA_SECTIONS = (("identity", r"^(?:identity|generic|drug(?:\s+info(?:rmation)?)?|names?)$"),
                  ("uses", r"\bindications?\b|\buses?\b|\busage\b|used\s+for"),
                  ("side_effects", r"\bside\b|adverse|undesirable|reactions?$"),
                  ("mechanism", r"mechanism|\bhow\b|^(?:mode\s+of\s+)?action$|pharmacodynamic|^targets?$"),
                  ("faqs", r"\bfaqs?\b|questions?|\bq\s*(?:&|and)\s*a\b"))


def _data_section(key: str) -> str | None:
    words = _words(key)
    kind = section_kind(words)
    if kind in _MAIN_KINDS:
        return kind
    return next((kind for kind, rx in _DATA_SECTIONS if re.search(rx, words, re.I)), None)


def _data_role(key: str) -> str | None:
    words = _words(key).casefold()
    return next((role for role, rx in _DATA_ROLE_RX if rx.search(words)), None)


def _sentence(text: str) -> bool:
    return text.endswith((".", "!", "?")) and len(text.split()) > 4 or len(text.split()) > 12


def _data_page(lines: list[str], tree: _Map, first: int, last: int, heads: dict[int, str]) -> str:
    """``lines`` with the tree read from lines ``first`` to ``last`` (their markup blank) as Markdown, line for line:
    a top-level key that names a section that section (a key before the first section a Generic Name field), its
    members read by what their keys mean (:func:`_data_member`); a section's heading on a comment that named it or on
    the nearest free line before its first fact (:func:`_put_facts`)."""
    out = list(lines)
    for k in range(first, last + 1):
        out[k] = ""
    facts: dict[int, tuple[str | None, str]] = {}
    section: str | None = None
    for key, line, value in tree.entries:
        role = _data_role(key)
        kind = None if role in _DATA_FIELDS else _data_section(key)
        if role == "negation" and kind == section == "uses":  # ('not_used_for = ["Y", "Z"]' in Usage: one negation
            _data_member(facts, section, None, key, _joined(value))  # of them all, "It is not used for y, Z", no
            continue  # section of uses)
        named = [section_kind(heads[k]) for k in sorted(heads) if k < line]  # (under a comment that names a section)
        if kind is None and named and named[-1] != section and role not in ("help", "negation"):
            kind = named[-1]
        if role in _DATA_FIELDS or role in ("name", "salt") and section in (None, "identity"):
            _data_member(facts, "identity", None, key, value)
        elif kind in _MAIN_KINDS and not (kind == "identity" and isinstance(value, _Str)):
            section = kind
            _data_member(facts, kind, None, "", value)
        elif role in ("help", "negation") or kind not in (None, "identity", "brands", "other") and section:
            _data_member(facts, section, None, key, value)
        elif section in (None, "identity") or role in _DATA_FIELDS or role in ("name", "salt"):
            _data_member(facts, "identity", None, key, value)
        else:
            _data_member(facts, section, None, key, value)
    if sum(kind in ("uses", "side_effects", "mechanism", "faqs") for kind in {k for k, _ in facts.values()}) < 3:
        return "\n".join(lines)
    _put_facts(out, facts, heads, first)
    _end_lists(out, sorted(facts))
    return "\n".join(out)


def _joined(value: object) -> object:
    """A list of short strings as one string of them, a comma after each but the last; any other value as it is."""
    if not isinstance(value, _List) or not value.items \
            or not all(isinstance(i, _Str) and not _sentence(i.text) for i in value.items):
        return value
    last = len(value.items) - 1
    return _Str([(k, t + ("," if n < last and m == len(i.parts) - 1 else "")) for n, i in enumerate(value.items)
                 if isinstance(i, _Str) for m, (k, t) in enumerate(i.parts)])


def _end_lists(out: list[str], rows: list[int]) -> None:
    """Prose on one of ``rows`` right under a list's last item (a seek-help string, a group's label) quoted: it would
    run on as that item's words; a quote of its own ends the list, line for line."""
    for k in rows:
        if k and out[k] and not re.match(r"^(?:[-#* ]|\d+[.)][ \t])", out[k]) \
                and re.match(r"^(?:- |  |\d+[.)][ \t])", out[k - 1]):
            out[k] = "> " + out[k]


#: a use's entry as :func:`_data_entry` writes it ("- **X**", "- **X** (off-label)"), or two joined ("- X, Y")
_USE_ENTRY = re.compile(r"^- (?:\*\*(?P<b>[^*]+)\*\*|(?P<p>[^*\u2013]+?))(?P<q> \(off-label\))?$")


def _put_text(facts: dict[int, tuple[str | None, str]], kind: str | None, value: _Str, lead: str = "",
              tail: str = "", indent: str = "") -> None:
    """A scalar's words on its lines: ``lead`` before the first, ``tail`` after the last, ``indent`` before the
    others (a line that holds words already gets these after them: "- **X** (off-label)")."""
    parts = [(k, t) for k, t in value.parts if t.strip()] or [(value.line, "")]
    for n, (k, text) in enumerate(parts):
        text = (lead if not n else indent) + text.strip() + (tail if n == len(parts) - 1 else "")
        if k in facts and facts[k][1]:
            flag = re.search(r" \([\w ,]*\bserious\)$", facts[k][1])  # (a flag stays last: "X (note) (rare, serious)")
            old = facts[k][1][:flag.start()] if flag else facts[k][1]
            uses = _USE_ENTRY.match(old), _USE_ENTRY.match(text)
            if kind == "uses" and all(uses):  # (two uses on one line: "- A, B", as a plain item names them)
                names = [m["b"] or m["p"] for m in uses]
                facts[k] = (facts[k][0], f"- {names[0]}, {names[1]}{uses[1]['q'] or ''}")
                continue
            lead = re.match(r"^- (?:\*\*[^*]+:\*\* )?", text)  # (two entries on one line: "{ "A", "B" }")
            joint = "; " + text[lead.end() if lead and old.startswith(lead.group(0)) else 2:] if lead \
                else " " + text.strip()
            text = old + joint + (flag.group(0) if flag else "")
            kind = facts[k][0] if facts[k][0] is not None else kind
        facts[k] = (kind if not n else facts.get(k, (None, ""))[0], text)


def _data_member(facts: dict[int, tuple[str | None, str]], section: str, group: str | None, key: str,
                 value: object) -> None:
    """One member of a section (its key ``key``, under the group ``group``) as facts on its lines: a Generic Name
    field "- **Brand names:** X" (the name in bold, a salt nothing); in Usage a list's entries "- **X**" (under an
    off-label key "(off-label)"), an entry's abbreviation "(X)" and note "– note"; in Side Effects each entry under its
    group ("- **Less common:** X"; an entry with its own frequency "- X (rare, serious)"); in How it Works a target
    with its action "- Inhibits X"; in FAQs a question in bold and its answer; a negation, a seek-help string and prose
    their words."""
    role = _data_role(key) if key else None
    words = _words(key) if key else ""
    if section == "identity":
        if isinstance(value, _Map):
            for k, _, v in value.entries:
                _data_member(facts, "identity", None, k, v)
        elif role == "salt" or value is None:
            return
        elif role == "name" or not key:
            texts = _data_strings(value)
            if texts:
                _put_text(facts, "identity", texts[0], "**", "**")
        elif role == "abbr" and isinstance(value, _Str) and facts.get(value.line, ("", ""))[1].startswith("**"):
            _put_text(facts, "identity", value, "(", ")")  # (on the name's line: 'generic-name "X" abbreviation="Y"')
        elif role in _DATA_FIELDS:
            strings = _data_strings(value)
            by_line: dict[int, list[str]] = {}
            for s in strings:
                by_line.setdefault(s.line, []).append(s.text)
            for k, texts in by_line.items():
                facts[k] = ("identity", f"- **{_DATA_FIELDS[role]}:** {', '.join(texts)}")
        elif isinstance(value, _Str) and not _sentence(value.text):
            _put_text(facts, "identity", value, f"- **{words}:** ")
        return
    if isinstance(value, _Map):
        target, action = value.get("entry", "name"), value.get("action")
        if section == "mechanism" and target and action and isinstance(target[2], _Str) \
                and isinstance(action[2], _Str):
            _data_statement(facts, target[2], action[2])
            for k, _, v in value.entries:
                if _data_role(k) == "abbr" and isinstance(v, _Str):
                    _put_text(facts, section, v, "(", ")")  # (the target's symbol: "- Blocks X (X1)")
                elif v is not target[2] and _data_role(k) not in ("action", "agent"):
                    _data_member(facts, section, group, k, v)
            return
        entry = value.get("entry", "name") or value.get("question")
        if section in ("uses", "side_effects", "faqs") and entry and isinstance(entry[2], _Str) \
                and (key or entry[0] != "entry"):
            named = role not in (None, "entry") or section == "uses" and _OFF_LABEL_WORD.search(words)
            _data_item(facts, section, words if named else group, value)  # (KDL's 'symptom "X" note="Y"' an entry
            # of its group, 'unlicensed { disease "Z" }' an off-label use)
            return
        inner = group
        if section == "side_effects" and key and is_group_label(words):
            inner = words
        elif section == "uses" and key and (_OFF_LABEL_WORD.search(words) or role == "status"):
            inner = words
        for k, at, v in value.entries:
            if section == "uses" and isinstance(v, _Str) and (" " in k or k[:1].isupper()) \
                    and _data_role(k) is None and _data_section(k) is None:  # (a key in words
                _data_item(facts, section, inner, _Map([("name", at, _Str([(at, k)])), ("note", v.line, v)]))
            else:  # over its note: "'Radiation cystitis' => 'after pelvic radiotherapy'", the key the use)
                _data_member(facts, section, inner, k, v)
        return
    if isinstance(value, _List):
        if section == "uses" and key and role not in ("prose", "negation"):
            group = words if _OFF_LABEL_WORD.search(words) else group
        if section == "side_effects" and key and (is_group_label(words) or role is None):
            group = words  # (a key over a list of effects is their group: "less_common", "with_ribavirin")
        sentences = all(isinstance(i, _Str) and _sentence(i.text) for i in value.items)
        for item in value.items:
            if isinstance(item, _Map):
                _data_item(facts, section, group, item)
            elif isinstance(item, _Str) and (sentences and section != "faqs" or role in ("prose", "help",
                                                                                           "negation")):
                _put_text(facts, section, item)
            elif isinstance(item, _Str):
                _data_entry(facts, section, group, item)
        return
    if not isinstance(value, _Str):
        return
    if section == "faqs" and key.endswith("?"):
        facts[value.line] = ("faqs", f"- **{key}** {value.text}")
    elif role == "negation" and not re.match(r"^(?:it|not|never|do|does|avoid)\b", value.text, re.I):
        (k, text), *rest = value.parts
        _put_text(facts, section, _Str([(k, _decap(text)), *rest]), "It is not used for ")
    elif role in ("prose", "help", "negation") or _sentence(value.text) or section == "mechanism":
        _put_text(facts, section, value)
    elif section == "mechanism" and role == "entry":
        _put_text(facts, section, value, "- ")
    else:
        named = role is None or role == "serious" and section == "side_effects"  # (one effect under "serious")
        _data_entry(facts, section, group or (words if named else None), value)


def _split_str(value: _Str, sep: str) -> tuple[_Str, _Str] | None:
    """A scalar cut at the first ``sep`` in it (on the line it is on, or at the end of one) into the words before it
    and those after, each on its lines; None when ``sep`` is not in it."""
    for n, (k, text) in enumerate(value.parts):
        at = (text + " ").find(sep)
        if at >= 0:
            head, tail = text[:at], text[at + len(sep):]
            before = [*value.parts[:n], (k, head)] if head.strip() else value.parts[:n]
            after = [(k, tail), *value.parts[n + 1:]] if tail.strip() else value.parts[n + 1:]
            return (_Str(before), _Str(after)) if before and after else None
    return None


def _entry_note(value: _Str, sep: str = " - ") -> _Str | _Map:
    """An item "X - note" (a short X; another ``sep``, "X: note", the same) as the entry X and its note; any other
    item as it is."""
    cut = _split_str(value, sep)
    if cut is None or len(cut[0].text.split()) > 8:
        return value
    return _Map([("name", cut[0].line, cut[0]), ("note", cut[1].line, cut[1])])


def _data_strings(value: object) -> list[_Str]:
    if isinstance(value, _Str):
        return [value]
    if isinstance(value, _List):
        return [s for item in value.items for s in _data_strings(item)]
    return []


def _data_entry(facts: dict[int, tuple[str | None, str]], section: str, group: str | None, value: _Str,
                serious: bool = False) -> None:
    """One entry of a list: a use (off-label under an off-label group), an effect under its group."""
    if section == "uses":
        off = " (off-label)" if group and _OFF_LABEL_WORD.search(group) else ""
        _put_text(facts, section, value, "- **", "**" + off, "  ")
    elif section == "side_effects" and group and serious and not re.search(r"serious|severe", group, re.I):
        _put_text(facts, section, value, "- ", f" ({group.lower()}, serious)", "  ")
    elif section == "side_effects" and group:
        _put_text(facts, section, value, f"- **{group[:1].upper() + group[1:]}:** ", "", "  ")
    else:
        _put_text(facts, section, value, "- ", "", "  ")


def _data_item(facts: dict[int, tuple[str | None, str]], section: str, group: str | None, item: _Map) -> None:
    """A map in a list (or a message): a use or an effect with its entry, abbreviation, status, frequency and note; a
    question and its answer; a target and its action."""
    question, answer = item.get("question"), item.get("answer")
    if question and isinstance(question[2], _Str):
        _put_text(facts, "faqs", question[2], "- **", "**", "  ")
        if answer and isinstance(answer[2], _Str):
            _put_text(facts, "faqs", answer[2], "  ", "", "  ")
        return
    entry = item.get("entry", "name")
    if entry is None or not isinstance(entry[2], _Str):
        return
    if section == "mechanism":
        action = item.get("action")
        if action and isinstance(action[2], _Str):
            _data_statement(facts, entry[2], action[2])
        else:
            _put_text(facts, section, entry[2], "- ")
        return
    status = item.get("status") or item.get("frequency")
    if status and isinstance(status[2], _Str):
        group = _words(status[2].text) if section == "side_effects" else status[2].text
    flag = item.get("serious")
    serious = _true(flag[2] if flag else None)
    if section == "uses" and any(_OFF_LABEL_WORD.search(_words(k)) and _true(v) for k, _, v in item.entries):
        group = "off-label"  # ("offLabel: true", "off_label = yes": a flag of the use's own)
    _data_entry(facts, section, group, entry[2], serious)
    for key, _, value in item.entries:
        role = _data_role(key)
        if not isinstance(value, _Str) or value is entry[2] or role in ("status", "frequency", "serious"):
            continue
        if role in ("abbr", "gloss"):  # ("(HZ)", "(high potassium in the blood)")
            _put_text(facts, section, value, "  (", ")", "  ")
        elif role in ("purpose", "note") and section == "uses" and _PREVENTS.match(value.text) \
                and not re.match(r"^\w+\s+(?:and|or)\s+(?:relie(?:ves?|f)|treat(?:s|ment)?|reduces?)\b", value.text,
                                 re.I):
            _put_text(facts, section, value, "  ")  # (":purpose prevention": "- **Stroke** prevention"; a note
            # "prevention during ..." the same, on its line or the entry's; not "prevents and relieves ..." or
            # "prevention and treatment ...", which treat as well)
        elif (role == "note" or _sentence(value.text)) and section == "side_effects":
            _put_text(facts, section, value, "  (", ")", "  ")  # (a tail in brackets: no entry of its own)
        elif role == "note" or _sentence(value.text):
            _put_text(facts, section, value, "  \u2013 ", "", "  ")


def _true(value: object) -> bool:
    """Whether a value says yes ("true", "yes", "1")."""
    return isinstance(value, _Str) and value.text.casefold() in ("true", "yes", "1")


def _data_statement(facts: dict[int, tuple[str | None, str]], target: _Str, action: _Str) -> None:
    """A target and its action ("inhibits", ":agonist", "INHIBITS", "partial agonist") as a statement on the
    target's line: "- Inhibits alanine racemase"."""
    said = _words(action.text).casefold()
    verb = next((v for rx, v in _ACTION_VERBS if re.search(rx, said)), said[:1].upper() + said[1:])
    _put_text(facts, "mechanism", target, f"- {verb} ")


_Token = tuple[str, str, int, list[tuple[int, str]]]  # (kind: "s" a string, "p" punctuation, "w" a word; its text,
# its line, a string's words on each of its lines)


def _lex(lines: list[str], first: int, last: int, rx: re.Pattern[str], heads: dict[int, str]) -> list[_Token]:
    """The tokens of lines ``first`` to ``last`` by ``rx`` (groups "c" a comment, "s" a quoted string, "l" a string's
    raw text, "p" punctuation, "w" a word; any other match skipped); a comment that names a section, alone on its
    line, its heading in ``heads``."""
    own = ["" if _FENCE_LINE.match(line) else line for line in lines[first:last + 1]]
    text = "\n".join(own)
    starts = [0]
    for line in own:
        starts.append(starts[-1] + len(line) + 1)
    tokens: list[_Token] = []
    line = first
    for m in rx.finditer(text):
        while starts[line - first + 1] <= m.start():
            line += 1
        got = m.groupdict()
        kind = next((g for g in ("c", "s", "l", "l2", "l3", "l4", "l5", "l6", "p", "w") if got.get(g) is not None),
                    None)
        if kind == "c":
            title = re.sub(r"^MARK:[ \t-]*", "", m.group("c").strip(" \t-#;=*/%"))  # (Xcode's "// MARK: - Usage")
            if title and len(title.split()) <= 6 and section_kind(title) in _MAIN_KINDS \
                    and not lines[line][:m.start() - starts[line - first]].strip():
                heads[line] = f"## {title}"
        elif kind in ("s", "l", "l2", "l3", "l4", "l5", "l6"):  # ("l2" to "l6": other delimiters of a string's raw
            # text)
            raw, kind = m.group(kind), kind[0]
            if kind == "s":  # (a backslash before a line break continues the string on the next line)
                raw = re.sub(r"\\(.)", lambda e: {"n": " ", "t": " "}.get(e.group(1), e.group(1)), raw[1:-1],
                             flags=re.S)
            at = line + (1 if kind == "l" and raw.startswith("\n") else 0)
            segments = raw[1:].split("\n") if kind == "l" and raw.startswith("\n") else raw.split("\n")
            tokens.append(("s", raw, line, [(at + n, seg.strip()) for n, seg in enumerate(segments)]))
        elif kind:
            tokens.append((kind, m.group(kind), line, [(line, m.group(kind))]))
    return tokens


def _data_window(lines: list[str], opener: re.Pattern[str]) -> tuple[int, int] | None:
    """The lines of the data block: the fence around the first line ``opener`` matches, or that line to the end."""
    at = next((k for k, line in enumerate(lines) if opener.match(line)), None)
    if at is None:
        return None
    fences = [k for k, line in enumerate(lines) if _FENCE_LINE.match(line)]
    before = [k for k in fences if k <= at]
    if len(before) % 2:  # (inside a fence: an odd number of fence lines before it)
        after = [k for k in fences if k > at]
        return before[-1], after[0] if after else len(lines) - 1
    return at, len(lines) - 1


def _data_tokens(body: str, opener: re.Pattern[str], rx: re.Pattern[str]
                 ) -> tuple[list[str], int, int, bool, dict[int, str], list[_Token]] | None:
    """``body``'s data block (:func:`_data_block`) and its tokens by ``rx`` (:func:`_lex`), with the headings its
    comments name."""
    block = _data_block(body, opener)
    if block is None:
        return None
    heads: dict[int, str] = {}
    return *block, heads, _lex(block[0], block[1], block[2], rx, heads)


def _data_block(body: str, opener: re.Pattern[str]) -> tuple[list[str], int, int, bool] | None:
    """``body``'s lines, its data block's first and last line (:func:`_data_window`) and whether a fence closes it."""
    lines = body.split("\n")
    window = _data_window(lines, opener)
    if window is None:
        return None
    return lines, *window, _FENCE_LINE.match(lines[window[1]]) is not None


def _data_end(lines: list[str], last: int, closed: int) -> int:
    """The data block's last line: its closing fence (``last``), or, unfenced, the line its tree closed on
    (``closed``) and the closing markup after it ("</plist>", "return x", "}")."""
    if _FENCE_LINE.match(lines[last]):
        return last
    while closed + 1 < len(lines) and re.match(r"^[ \t]*(?:</plist>|[}\])>]+[,;]?|return\b[\w. \t]*)[ \t]*$",
                                               lines[closed + 1]):
        closed += 1
    return closed


def _array(toks: list[_Token], i: int, value: Callable[[list[_Token], int], tuple[object, int]], close: str = "]"
           ) -> tuple[_List, int]:
    """The items up to "]" (or ``close``) read by ``value`` (commas skipped), and the index after the "]"."""
    items: list[object] = []
    while i < len(toks) and toks[i][1] != close:
        if toks[i][1] == ",":
            i += 1
            continue
        item, i = value(toks, i)
        items.append(item)
    return _List(items), i + 1


def _adjacent(toks: list[_Token], i: int) -> tuple[_Str, int]:
    """The string at ``toks[i]`` and the strings right after it as one ('"a" "b"', Ruby's '"a " \\' over '"b"')."""
    parts = list(toks[i][3])
    while i + 1 < len(toks) and toks[i + 1][0] == "s":
        i += 1
        parts += toks[i][3]
    return _Str(parts), i + 1


def _from_first(openers: tuple[str, ...], parse: Callable[[list[_Token], int], tuple[object, int]]
                ) -> Callable[[list[_Token]], tuple[object, int] | None]:
    """A reader of the data tree that starts at the first token among ``openers`` ("{", "(", "let"), by ``parse``
    from there; None when no token opens one."""
    def tree(toks: list[_Token]) -> tuple[object, int] | None:
        start = next((i for i, t in enumerate(toks) if t[1] in openers), None)
        return None if start is None else parse(toks, start)
    return tree


def _read_data(body: str, opener: re.Pattern[str], rx: re.Pattern[str],
               tree: Callable[[list[_Token]], tuple[object, int] | None]) -> str:
    """``body`` with its data block (:func:`_data_window`) read by ``tree`` from its tokens by ``rx`` (:func:`_lex`)
    as Markdown (:func:`_data_page`); unchanged when the block holds no map."""
    lines = body.split("\n")
    window = _data_window(lines, opener)
    if window is None:
        return body
    heads: dict[int, str] = {}
    toks = _lex(lines, *window, rx, heads)
    got = tree(toks) if toks else None
    if got is None or not isinstance(got[0], _Map):
        return body
    closed = toks[min(got[1], len(toks)) - 1][2]
    return _data_page(lines, got[0], window[0], _data_end(lines, window[1], closed), heads)


# ---------------------------------------------------------------------------
# A Lua table ("local x = {", '  brand_names = { "X" },', '  note = "..." .. "...",', "[[long string]]", "-- note")
# ---------------------------------------------------------------------------

_LUA_OPEN = re.compile(r"^[ \t]*(?:local[ \t]+)?[A-Za-z_][\w.]*[ \t]*=[ \t]*\{[ \t]*(?:--.*)?$|^[ \t]*return[ \t]*\{")
_LUA_FIELD = re.compile(r"(?m)^[ \t]*[A-Za-z_]\w*[ \t]*=[ \t]*(?:\{|\"|'|\[\[)")
_LUA_TOKEN = re.compile(r"(?P<c>--\[(?P<ce>=*)\[.*?\](?P=ce)\]|--[^\n]*)|\[(?P<le>=*)\[(?P<l>.*?)\](?P=le)\]|"
                        r"(?P<s>\"(?:[^\"\\\n]|\\.)*\"|'(?:[^'\\\n]|\\.)*')|(?P<p>\.\.|[{}=,;\[\]])|"
                        r"(?P<w>[A-Za-z_][\w.]*|-?\d+(?:\.\d+)?)", re.S)


def _lua_value(toks: list[_Token], i: int) -> tuple[object, int]:
    kind, text, line, parts = toks[i]
    if kind == "p" and text == "{":
        return _lua_table(toks, i + 1)
    if kind == "s":
        parts = list(parts)
        i += 1
        while i + 1 < len(toks) and toks[i][1] == ".." and toks[i + 1][0] == "s":  # ("a " .. "b": one string)
            parts += toks[i + 1][3]
            i += 2
        joined: dict[int, str] = {}
        for k, t in parts:
            joined[k] = f"{joined[k]}{t}" if k in joined else t
        return _Str(list(joined.items())), i
    return _Str([(line, text)], bare=True), i + 1


def _lua_table(toks: list[_Token], i: int) -> tuple[object, int]:
    entries: list[tuple[str, int, object]] = []
    items: list[object] = []
    while i < len(toks) and toks[i][1] != "}":
        kind, text, line, _ = toks[i]
        if kind == "p" and text in ",;":
            i += 1
        elif kind == "w" and i + 1 < len(toks) and toks[i + 1][1] == "=":
            value, i = _lua_value(toks, i + 2)
            entries.append((text, line, value))
        elif text == "[" and i + 3 < len(toks) and toks[i + 1][0] == "s" and toks[i + 2][1] == "]" \
                and toks[i + 3][1] == "=":  # ('["brand names"] = ...')
            key = _Str(toks[i + 1][3]).text
            value, i = _lua_value(toks, i + 4)
            entries.append((key, line, value))
        else:
            value, i = _lua_value(toks, i)
            items.append(value)
    return (_Map(entries) if entries else _List(items)), i + 1


def _lua(body: str) -> str:
    """A Lua table (fenced or not) as Markdown, line for line (:func:`_data_page`): its keys read by their words
    ("less_common" a group, "off_label" off-label uses), strings joined by ".." one string, a long string its lines;
    the fence, "--" comments (one that names a section its heading), "local", "return" and braces blank."""
    return _read_data(body, _LUA_OPEN, _LUA_TOKEN, _from_first(("{",), lambda toks, i: _lua_table(toks, i + 1)))


# ---------------------------------------------------------------------------
# A Ruby hash ("DRUG = {" over "  brand_names: %w[X Y],", "  route: :oral,", "  summary: <<~TEXT.strip," over its
# lines and "TEXT", "  off_label: [ { condition: "Y", note: "..." } ]", '"a " \\' over '"b"', "}.freeze", "# note")
# ---------------------------------------------------------------------------

_RUBY_OPEN = re.compile(r"^[ \t]*(?:(?:[A-Z][A-Z0-9_]*|@{0,2}[a-z_]\w*)[ \t]*=[ \t]*)?\{[ \t]*(?:#.*)?$")
#: a hash member on its own line: "name: "X",", ":route => :oral", '"brand" => [' (YAML's "key: value" lines too, so
#: the gate asks for a mark only Ruby writes, :data:`_RUBY_MARK`)
_RUBY_KEY = re.compile(r"(?m)^[ \t]*\{?[ \t]*(?:[a-z_]\w*:|:[a-z_]\w*[ \t]*=>|\"[^\"\n]+\"[ \t]*=>)[ \t]+\S")
_RUBY_MARK = re.compile(r"\}\.freeze\b|%[wi]\[|<<~[A-Z_]+|:[ \t]+:[a-z_]\w*[ \t]*,?[ \t]*$|"
                        r"^#[ \t]*frozen_string_literal:", re.M)
_RUBY_TOKEN = re.compile(r"(?P<c>#[^\n]*)|<<[~-]?(?P<hq>['\"]?)(?P<he>[A-Z_][A-Z0-9_]*)(?P=hq)[^\n]*"
                         r"(?P<l>\n.*?)\n[ \t]*(?P=he)\b|(?P<s>\"(?:[^\"\\]|\\.)*\"|'(?:[^'\\]|\\.)*')|"
                         r"(?P<w>%[wi][\[({<][^\])}>]*[\])}>]|[A-Za-z_]\w*[?!]?:(?!:)|:[A-Za-z_]\w*[?!]?|"
                         r"[A-Za-z_][\w.]*[?!]?|-?\d[\d_.]*)|(?P<p>=>|:(?=\s)|[{}\[\],])", re.S)


def _ruby_value(toks: list[_Token], i: int) -> tuple[object, int]:
    """The value at ``toks[i]``: a hash a map, an array or a "%w[...]" its items, strings side by side (joined by a
    "\\" line end) one string, a heredoc its lines, a ":symbol" its words."""
    kind, text, line, parts = toks[i]
    if text == "{":
        return _ruby_hash(toks, i + 1)
    if text == "[":
        return _array(toks, i + 1, _ruby_value)
    if kind == "s":
        return _adjacent(toks, i)
    if text.startswith("%"):
        return _List([_Str([(line, word)], bare=True) for word in text[3:-1].split()]), i + 1
    return _Str([(line, text[1:].replace("_", " ") if text.startswith(":") else text)], bare=True), i + 1


def _ruby_hash(toks: list[_Token], i: int) -> tuple[_Map, int]:
    """The members up to "}" ("key: value", ":key => value", '"key" => value') as a map, and the index after it."""
    entries: list[tuple[str, int, object]] = []
    while i < len(toks) and toks[i][1] != "}":
        kind, text, line, parts = toks[i]
        if kind == "w" and text.endswith(":") and not text.startswith(":") and i + 1 < len(toks):
            value, i = _ruby_value(toks, i + 1)
            entries.append((text[:-1], line, value))
        elif i + 2 < len(toks) and toks[i + 1][1] in ("=>", ":") and kind in ("w", "s"):
            value, i = _ruby_value(toks, i + 2)
            entries.append((_Str(parts).text if kind == "s" else text.lstrip(":"), line, value))
        else:
            i += 1
    return _Map(entries), i + 1


def _ruby(body: str) -> str:
    """A Ruby hash (fenced or not) as Markdown, line for line (:func:`_data_page`): symbol keys read as words
    ("less_common" a group, "off_label" off-label uses, "not_for" a negation), "%w[A B]" a list, a ":symbol" value its
    words, a "<<~TEXT" heredoc its lines; the fence, "#" comments (one that names a section its heading), the
    constant, braces, ".freeze" and code after the hash blank."""
    return _read_data(body, _RUBY_OPEN, _RUBY_TOKEN, _from_first(("{",), lambda toks, i: _ruby_hash(toks, i + 1)))


# ---------------------------------------------------------------------------
# A TypeScript (or JavaScript) object literal ("type X = ..." and "interface Y { ... }" declarations, then "export
# const drug: Monograph = {" over '  genericName: "X",', "  summary: `a template string`,", "  uses: [ { condition:
# "Y", offLabel: true, note: "..." } ],", "// note", "};")
# ---------------------------------------------------------------------------

_TS_OPEN = re.compile(r"^[ \t]*(?:export[ \t]+)?(?:(?:const|let|var)[ \t]+[A-Za-z_$][\w$]*(?:[ \t]*:[^=\n]+)?[ \t]*=|"
                      r"export[ \t]+default|module\.exports[ \t]*=)[ \t]*\{[ \t]*(?://.*)?$", re.M)
#: an object's member on its own line: "genericName: "X",", "uses: [", "offLabel: true,", "summary: `..."
_TS_KEY = re.compile(r"(?m)^[ \t]*\{?[ \t]*[A-Za-z_$][\w$]*[ \t]*:[ \t]*(?:[\"'`\[{]|true\b|false\b|-?\d|$)")
_TS_TOKEN = re.compile(r"(?P<c>//[^\n]*|/\*.*?\*/)|`(?P<l>(?:[^`\\]|\\.)*)`|"
                       r"(?P<s>\"(?:[^\"\\\n]|\\.)*\"|'(?:[^'\\\n]|\\.)*')|"
                       r"(?P<w>[A-Za-z_$][\w$]*\??:(?!:)|[A-Za-z_$][\w$.]*|-?\d[\d_.]*)|(?P<p>=>|[{}\[\](),;:=|<>?&])",
                       re.S)


def _ts_object(toks: list[_Token]) -> tuple[object, int] | None:
    """The object literal a declaration assigns ("= {", "export default {"), past the types declared before it."""
    start = next((i for i, t in enumerate(toks) if t[1] == "{" and i and toks[i - 1][1] in ("=", "default")), None)
    return None if start is None else _ruby_hash(toks, start + 1)


def _typescript(body: str) -> str:
    """A TypeScript or JavaScript object literal (fenced or not) as Markdown, line for line (:func:`_data_page`),
    read as a Ruby hash is (:func:`_ruby_hash`): camelCase keys read as words ("offLabel" off-label, "notFor" a
    negation, "sideEffects" a section), a template string its lines; the fence, "//" and "/* */" comments, the type
    and interface declarations before the object, braces and "};" blank."""
    return _read_data(body, _TS_OPEN, _TS_TOKEN, _ts_object)


# ---------------------------------------------------------------------------
# A PHP array ("<?php", "/** docblock */", "return [" over "    'brand_names' => ['A', 'B'],", "    'approved' => [ [
# 'condition' => 'X', 'details' => '...' ] ],", "'how_it_works' => <<<'TEXT'" over its lines and "TEXT,", "];")
# ---------------------------------------------------------------------------

_PHP_OPEN = re.compile(r"^[ \t]*(?:return[ \t]*(?:\[|array[ \t]*\()|\$[A-Za-z_]\w*[ \t]*=[ \t]*(?:\[|array[ \t]*\())")
#: a member on its own line: "'name' => 'X',", '"brand_names" => [', "'faqs' => array("
_PHP_PAIR = re.compile(r"(?m)^[ \t]*(?:'[^'\n]+'|\"[^\"\n]+\")[ \t]*=>")
_PHP_TOKEN = re.compile(r"(?P<c>//[^\n]*|#(?!\[)[^\n]*|/\*.*?\*/)|"
                        r"<<<[ \t]*(?P<hq>['\"]?)(?P<he>[A-Za-z_]\w*)(?P=hq)[ \t]*(?P<l>\n.*?)\n[ \t]*(?P=he)\b|"
                        r"(?P<s>\"(?:[^\"\\]|\\.)*\"|'(?:[^'\\]|\\.)*')|(?P<p>=>|[\[\](),;.])|"
                        r"(?P<w>\$?[A-Za-z_][\w]*|-?\d[\d_.]*)", re.S)


def _php_value(toks: list[_Token], i: int) -> tuple[object, int]:
    """The value at ``toks[i]``: "[ ... ]" or "array( ... )" an array (a map when its members have "=>" keys, else a
    list), strings joined by "." one string, a nowdoc or heredoc its lines, a constant or number as written."""
    kind, text, line, parts = toks[i]
    if text == "array" and i + 1 < len(toks) and toks[i + 1][1] == "(":
        i, text = i + 1, "("
    if text in ("[", "("):
        close = "]" if text == "[" else ")"
        entries: list[tuple[str, int, object]] = []
        items: list[object] = []
        i += 1
        while i < len(toks) and toks[i][1] != close:
            if toks[i][1] == ",":
                i += 1
                continue
            at = toks[i][2]
            value, i = _php_value(toks, i)
            if i < len(toks) and toks[i][1] == "=>":
                member, i = _php_value(toks, i + 1)
                entries.append((value.text if isinstance(value, _Str) else "", at, member))
            else:
                items.append(value)
        return (_Map(entries) if entries else _List(items)), i + 1
    if kind == "s":
        parts = list(parts)
        i += 1
        while i + 1 < len(toks) and toks[i][1] == "." and toks[i + 1][0] == "s":  # ('a ' . 'b': one string)
            parts += toks[i + 1][3]
            i += 2
        return _Str(parts), i
    return _Str([(line, text)], bare=True), i + 1


def _php(body: str) -> str:
    """A PHP array (fenced or not) as Markdown, line for line (:func:`_data_page`): its string keys read as words
    ("less_common" a group, "off_label" off-label uses, "not_for" a negation, "q" / "a" a question and its answer), a
    nowdoc's lines its text; the fence, "<?php", comments and docblocks, "return", brackets and "=>" blank."""
    return _read_data(body, _PHP_OPEN, _PHP_TOKEN, _from_first(("[", "array"), _php_value))


# ---------------------------------------------------------------------------
# A data literal of a language no reader above names, read by what literals share: a Perl hash ("my %drug = (" over
# "    brand_names => [ 'A', 'B' ],"), an Elixir map ('%{generic_name: "X",', '~w(A B)', a heredoc), an R list
# ('list(usage = c("Y", "Z"))'), a Haskell record ('  , uses = [ Use { condition = "Y" } ]'), a Go struct literal
# ('BrandNames: []string{"A"},'), a Swift dictionary ('["usage": ["Y"]]'), a PowerShell hashtable ("@{ Q = 'Y' }"),
# an Erlang property list ('{brand_names, ["A"]}'), JSON5, a Kotlin map ('"usage" to listOf("Y")'), a Rust struct
# literal ('uses: &[Use { condition: "Y", off_label: false }],', 'vec!["A"]', a variant "frequency: LessCommon") and an
# Objective-C NSDictionary literal ('@{ @"usage" : @[@"Y"], @"ok" : @YES }', '@"a " @"b"', "// MARK: - Usage")
# ---------------------------------------------------------------------------

#: a member on its own line: a key, what binds it ("=>", ":", "=", "<-", "to"; Erlang's tuple "{key,") and a value
#: that opens a string, a list, a map or a call ("'X',", "[", "@{", "%{", "c(", "listOf(", "[]string{", Objective-C's
#: '@"key" : @[')
_LIT_MEMBER = re.compile(r"(?m)^[ \t]*[,\[{(]?[ \t]*(?:(?:@?\"[^\"\n]{1,40}\"|'[^'\n]{1,40}'|[$@%]?[A-Za-z_][\w$]*)"
                         r"[ \t]*(?:=>|:(?![:=])|=(?![=>])|<-|\bto\b)|\{[ \t]*[a-z_]\w*[ \t]*,)[ \t]*"
                         r"(?:[\"'`\[{]|@[{(\[\"']|%\{|~w\(|qw\(|[A-Za-z_][\w.:]*!?[ \t]*[\[{(]|\]|$)")
#: a JSON member ('  "brand_names": [', '{"q": "..."') and a JSON object's opening brace alone on its line
_JSON_KEY = re.compile(r"(?m)^[ \t]*[\[{,]?[ \t]*\"[^\"\n]+\"[ \t]*:")
_JSON_OPEN = re.compile(r"(?m)^[ \t]*\{[ \t]*$")
#: a line that opens the literal: it ends on an opening bracket ("my %drug = (", "dexoprin = Card", "  {", "%{")
_LIT_OPEN = re.compile(r"^[ \t]*(?:[^\s#/%;\"'][^\n]*?)?(?:[\[{(]|@\{|%\{|@\()[ \t]*(?:(?://|#|--|%).*)?$|"
                       r"^[ \t]*(?:[\[{(]|@\{|%\{)[ \t]*(?:\"|'|[A-Za-z_])")
_LIT_TOKEN = re.compile(
    r"(?P<c>//[^\n]*|/\*.*?\*/|\{-.*?-\}|<#.*?#>|#(?![{(\[])[^\n]*|--(?=[ \t\n|])[^\n]*|%(?=[% \t\n])[^\n]*|"
    r"^[ \t]*-(?:module|export|include|spec)\b[^\n]*)|"
    r"<<[~-]?(?P<hq>['\"]?)(?P<he>[A-Z_][A-Z0-9_]*)(?P=hq)[^\n]*(?P<l>\n.*?)\n[ \t]*(?P=he)\b|"
    r"@[\"'](?P<l2>\n.*?)\n[\"']@|(?:~[A-Za-z])?(?:\"\"\"|''')(?P<l3>.*?)(?:\"\"\"|''')|`(?P<l4>[^`]*)`|"
    r"''(?P<l6>\n.*?)\n[ \t]*''(?!')|"
    r"~(?![wW])[A-Za-z]\((?P<l5>[^()]*)\)|"
    r"(?:~[A-Za-z](?=[\"']))?(?P<s>\"(?:[^\"\\]|\\.)*\"|'(?:[^'\\\n]|\\.)*')|"
    r"(?P<w>(?:~w|qw|%w)[\[({<][^\])}>]*[\])}>]|(?<![\w\"'\])}]):[A-Za-z_]\w*|[$@%]?[A-Za-z_][\w$]*"
    r"(?:(?:::|\.)[A-Za-z_]\w*)*[?!]?|-?\d[\d_.]*)|"
    r"(?P<p>=>|->|:=|<-|::|\+\+|\.\.|<>|@\{|@\(|%\{|#\{|[{}\[\](),;:=+.~&\\])", re.S | re.M)
#: a comment line of those languages ("# ...", "// ...", "-- ...", "%% ...", "/* ...")
_LIT_COMMENT = re.compile(r"^[ \t]*(?:#(?![{(\[])|//|--[ \t]|%%?[ \t]|/\*|\*[ \t])")
_LIT_SEP = frozenset({"=>", "->", ":=", "<-", ":", "=", "to"})
_LIT_JOIN = frozenset({"+", "++", "..", ".", "<>", "~", "&", "\\"})
_LIT_OPENERS = {"{": "}", "[": "]", "(": ")", "@{": "}", "@(": ")", "%{": "}", "#{": "}"}
#: the words for no value ("abbreviation = NA" in R, "nil", "None", "$null"): the member says nothing
_LIT_NONE = frozenset({"NA", "NA_character_", "NULL", "null", "nil", "None", "undefined", "nothing", "Nothing",
                       "undef"})
#: a call that joins its strings into one ('paste("a", "b")', "String.join", "concat", "dedent")
_LIT_JOINS = re.compile(r"(?:^|[.:])(?:paste0?|concat|join|str|string|text|format|glue|sprintf|dedent|trim|"
                        r"strip|unlines|unwords|mconcat)$", re.I)
#: a class whose constructor takes its fields in order (Scala's "case class Use(condition: String, note: String = "",
#: offLabel: Boolean = false)", Kotlin's "data class Use(val condition: String)"): its name and parameter list
_LIT_CLASS = re.compile(r"\bclass[ \t]+(?P<n>[A-Z]\w*)[ \t]*(?:\[[^\]\n]*\][ \t]*)?"
                        r"\((?P<p>[^()]*(?:\([^()]*\)[^()]*)*)\)")
_LIT_PARAM = re.compile(r"(?:^|,)\s*(?:(?:@\w+|private|override|val|var)\s+)*(?P<n>[A-Za-z_]\w*)\s*:")
_LIT_CLOSERS = frozenset(_LIT_OPENERS.values())


def _lit_classes(text: str) -> dict[str, list[str]]:
    """The classes ``text`` declares with their constructor's parameters in order (:data:`_LIT_CLASS`)."""
    return {m.group("n"): [p.group("n") for p in _LIT_PARAM.finditer(m.group("p"))] for m in _LIT_CLASS.finditer(text)}


def _lit_named(toks: list[_Token], classes: dict[str, list[str]]) -> list[_Token]:
    """``toks`` with a declared class's constructor calls named: each argument given by position ('Use("Gout",
    "note", offLabel = true)') preceded by its parameter's name and "=", so that the call reads as a map of its
    fields; and a type after a name ("monograph: Monograph = Monograph(", "detail: Option[String] = None") dropped."""
    own: list[_Token] = []
    frames: list[list[object]] = []  # (each open bracket: the called class's parameters or None, the argument's
    i = 0  # position, whether an argument starts here)
    while i < len(toks):
        kind, text, line, _ = toks[i]
        if kind in ("w", "s") and i + 2 < len(toks) and toks[i + 1][1] == ":" and toks[i + 2][0] == "w":
            j = i + 2  # ("name: Type =": the type dropped)
            while j < len(toks) and toks[j][2] == line and (toks[j][0] == "w" or toks[j][1] in ("[", "]", ",", ".")):
                j += 1
            if j < len(toks) and toks[j][1] == "=" and toks[j][2] == line:
                own.append(toks[i])
                i = j
                continue
        frame = frames[-1] if frames else None
        if frame is not None and frame[2] and text not in _LIT_CLOSERS:
            frame[2] = False
            params = frame[0]
            named = kind == "w" and i + 1 < len(toks) and toks[i + 1][1] == "="
            if isinstance(params, list) and not named and int(str(frame[1])) < len(params):
                name = params[int(str(frame[1]))]
                own += [("w", name, line, [(line, name)]), ("p", "=", line, [(line, "=")])]
        own.append(toks[i])
        if text in _LIT_OPENERS and kind == "p":
            called = toks[i - 1][1] if i and toks[i - 1][2] == line else ""
            declared = text == "(" and called in classes and not (i > 1 and toks[i - 2][1] == "class")
            frames.append([classes[called] if declared else None, 0, True])
        elif text in _LIT_CLOSERS and frames:
            frames.pop()
        elif text == "," and frame is not None:
            frame[1], frame[2] = int(str(frame[1])) + 1, True
        i += 1
    return own


class _Pair:
    """A two-member tuple whose first member names the second ('{brand_names, ["A"]}', '("Q?", "A.")')."""

    def __init__(self, key: str, line: int, value: object) -> None:
        self.key, self.line, self.value = key, line, value


def _lit_prefix(toks: list[_Token], i: int) -> int | None:
    """Where a literal's opening bracket is when ``toks[i]`` starts a constructor, call or type before it ("Card {",
    "list(", "mapOf(", "[]string{", "map[string][]string{", "[ordered]@{", "vec!["); None when it starts none."""
    j, line = i, toks[i][2]
    while j < len(toks) and j - i < 12 and toks[j][2] == line:
        kind, text = toks[j][0], toks[j][1]
        if text in _LIT_OPENERS and j > i and not (text == "[" and _type_bracket(toks, j, line)):
            return j
        if kind == "w" or text in ("[", "]", "::", ".", "&", "<", ">", "!"):
            j += 1
            continue
        return None
    return None


def _type_bracket(toks: list[_Token], j: int, line: int) -> bool:
    """Whether the "[" at ``toks[j]`` is part of a type, not the literal's opening bracket: "[]" ("[]string{") or
    "[word]" before another bracket on the same line ("map[string][]string{")."""
    if j + 1 < len(toks) and toks[j + 1][1] == "]":
        return True
    return (j + 3 < len(toks) and toks[j + 1][0] == "w" and toks[j + 2][1] == "]"
            and toks[j + 3][1] in (*_LIT_OPENERS, "[") and toks[j + 3][2] == line)


def _lit_value(toks: list[_Token], i: int) -> tuple[object, int]:
    """The value at ``toks[i]``: a bracketed literal a map (when its members have keys) or a list; a call's or
    constructor's literal the same (a joining call's strings one string); strings joined by "+", ".", "++", "<>" or
    side by side one string; a word list ("qw(A B)", "~w(A B)") its words; a word or number as written."""
    kind, text, line, parts = toks[i]
    after = toks[i + 1][1] if i + 1 < len(toks) else ""
    joined = i + 1 < len(toks) and toks[i + 1][2] == line  # (a constructor's bracket on its own line: "Card{")
    if kind == "w" and joined and (after in _LIT_OPENERS or after in ("[", "::", ".", "!")) \
            or text == "[" and after == "]":  # ("[]string{": a Go slice's type before its literal)
        at = _lit_prefix(toks, i)
        if at is not None:
            value, end = _lit_value(toks, at)
            joins = _LIT_JOINS.search(text.lstrip("$@%"))
            lists = [v for v in value.items if isinstance(v, _List)] if isinstance(value, _List) else []
            if joins and len(lists) == 1 and all(v is lists[0] or isinstance(v, _Str) and len(v.text) <= 3
                                                 for v in value.items):  # type: ignore[union-attr]
                value = lists[0]  # (a joining call of one list, its separator aside: Vim's "join([...])", Rego's
                # 'concat(" ", [...])')
            if joins and isinstance(value, _List) \
                    and value.items and all(isinstance(v, _Str) and not v.bare for v in value.items):
                return _Str([p for v in value.items for p in v.parts]), end
            return value, end
    if text == "[" and i + 3 < len(toks) and toks[i + 1][0] == "w" and toks[i + 2][1] == "]" \
            and toks[i + 3][1] in _LIT_OPENERS and toks[i + 3][2] == line:  # ("[ordered]@{": a cast)
        return _lit_value(toks, i + 3)
    if text in _LIT_OPENERS:
        return _lit_container(toks, i + 1, _LIT_OPENERS[text])
    if text == "&" and i + 1 < len(toks) and toks[i + 1][1] in ("[", "{") and toks[i + 1][2] == line:
        return _lit_value(toks, i + 1)  # (Rust's slice "&[...]", a reference to a literal)
    if kind == "s":
        parts = list(parts)
        i += 1
        while i < len(toks) and (toks[i][0] == "s" or toks[i][1] in _LIT_JOIN and i + 1 < len(toks)
                                 and toks[i + 1][0] == "s"):
            i += 1 if toks[i][0] == "s" else 2
            parts += toks[i - 1][3]
        joined: dict[int, str] = {}
        for k, t in parts:
            joined[k] = f"{joined[k]} {t}".strip() if k in joined else t
        return _Str(list(joined.items())), i
    if text[:2] in ("~w", "qw", "%w"):
        return _List([_Str([(line, word.replace("_", " "))], bare=True) for word in text[3:-1].split()]), i + 1
    word = text[1:] if text.startswith(":") else text.lstrip("$@%")
    if word in _LIT_NONE:
        return None, i + 1
    return _Str([(line, word)], bare=True), i + 1


def _lit_container(toks: list[_Token], i: int, close: str) -> tuple[object, int]:
    """The members up to ``close``: "key SEP value" an entry (a word, a string or an atom the key), a two-member
    tuple whose first member is a word (or a question) a pair, anything else an item; a map when any member has a
    key, else a list."""
    entries: list[tuple[str, int, object]] = []
    items: list[object] = []
    while i < len(toks) and toks[i][1] != close:
        kind, text, line, parts = toks[i]
        if text in (",", ";") or text in _LIT_OPENERS.values():
            i += 1
            continue
        if kind in ("w", "s") and i + 2 < len(toks) and toks[i + 1][1] in _LIT_SEP \
                and (toks[i + 1][0] == "p" or toks[i + 1][1] == "to") and toks[i + 2][1] != close:
            key = _Str(parts).text if kind == "s" else text.lstrip("$@%:")
            value, i = _lit_value(toks, i + 2)
            entries.append((key, line, value))
            continue
        value, i = _lit_value(toks, i)
        if isinstance(value, _Pair):
            entries.append((value.key, value.line, value.value))
        else:
            items.append(value)
    end = i + 1
    if entries:
        return _Map(entries), end
    if close in ("}", ")") and len(items) == 2 and isinstance(items[0], _Str) \
            and (items[0].bare or items[0].text.endswith("?")):
        if items[0].text.endswith("?") and isinstance(items[1], _Str):
            return _Map([("q", items[0].line, items[0]), ("a", items[1].line, items[1])]), end
        return _Pair(items[0].text, items[0].line, items[1]), end
    return _List(items), end


def _lit_resolve(value: object, env: dict[str, object], depth: int = 0) -> object:
    """``value`` with each bare word that names a top-level binding replaced by that binding's value."""
    if depth > 4:
        return value
    if isinstance(value, _Str) and value.bare and value.text in env and env[value.text] is not value:
        return _lit_resolve(env[value.text], env, depth + 1)
    if isinstance(value, _Map):
        value.entries = [(k, at, _lit_resolve(v, env, depth + 1)) for k, at, v in value.entries]
    elif isinstance(value, _List):
        value.items = [_lit_resolve(v, env, depth + 1) for v in value.items]
    return value


#: Hjson's quoteless value: a member's ("form: Oral powder (5 g packets), mixed with ...") or a list's item alone on
#: its line ("Pain in the arms or legs"), running to the line's end; a value that opens a string, list or map is not
_HJSON_MEMBER = re.compile(r"^(?P<k>[ \t]*[A-Za-z_][\w-]*[ \t]*:[ \t]+)(?P<v>[^\s\"'\[{#/].*?)[ \t]*$")
_HJSON_ITEM = re.compile(r"^(?P<k>[ \t]*)(?P<v>[^\s\"'\[\]{}#/,@$][^:=\n]*?)[ \t]*$")
_HJSON_WORD = re.compile(r"-?\d[\d.]*|true|false|null")


def _hjson_quoted(lines: list[str], first: int, last: int) -> list[str]:
    """``lines`` with Hjson's quoteless values (:data:`_HJSON_MEMBER`, :data:`_HJSON_ITEM`) quoted, so that each is
    read as one string to its line's end (not a word at a time); unchanged unless the block holds several and more of
    them than quoted values (JSON5, Elixir and the other literals quote theirs)."""
    own = list(lines)
    bare = quoted = 0
    in_text = False
    opened: list[str] = []  # (the brackets open before the line: an item alone on its line only in a list)
    for k in range(first, last + 1):
        line = lines[k]
        if in_text or line.strip() == "'''":
            in_text = (line.strip() == "'''") != in_text
            continue
        if _LIT_COMMENT.match(line) or _FENCE_LINE.match(line):
            continue
        quoted += bool(re.search(r"[:=][ \t]*[\"']", line))
        member = _HJSON_MEMBER.match(line) or opened[-1:] == ["["] and _HJSON_ITEM.match(line)
        if line.lstrip()[:1] in ("]", "}"):
            opened = opened[:-1]
        if line.rstrip()[-1:] in ("[", "{"):
            opened.append(line.rstrip()[-1])
        if member and not _HJSON_WORD.fullmatch(member.group("v")) and not member.group("v").endswith(
                (",", ";", "{", "[", "(", "'''")):
            value = member.group("v").replace("\\", "\\\\").replace('"', '\\"')
            own[k] = f'{member.group("k")}"{value}",'  # (a comma: the next line's string is not joined to it)
            bare += 1
    return own if bare >= 6 and bare > 2 * quoted else lines


def _strings(value: object) -> int:
    if isinstance(value, _Map):
        return sum(_strings(v) for _, _, v in value.entries)
    if isinstance(value, _List):
        return sum(_strings(v) for v in value.items)
    return int(isinstance(value, _Str) and not value.bare)


def _literal(body: str, calls: dict[str, list[str]] | None = None) -> str:
    """A data literal of a language no other reader names (fenced or not) as Markdown, line for line
    (:func:`_data_page`): its top-level bindings ("my %drug = (", "dexoprin <- list(", "var X = Card{", "x = [") read
    in order, a bare word that names one of them its value; the binding that holds the most strings the tree (or, when
    none holds a map, every binding as one map); keys read as words (camelCase split, "$@%:" sigils dropped); the
    fence, comments, code around the literal, brackets and separators blank. ``calls`` names the positional
    arguments of calls the literal does not declare (:func:`_starlark`)."""
    lines = body.split("\n")
    window = _data_window(lines, _LIT_OPEN)
    if window is None:
        return body
    first = window[0]
    while first > 0 and not _FENCE_LINE.match(lines[first]) and _LIT_COMMENT.match(lines[first - 1]):
        first -= 1  # (unfenced: the comments right above the literal are its own, "# Dexoprin as an R list")
    window = first, window[1]
    heads: dict[int, str] = {}
    toks = _lex(_hjson_quoted(lines, *window), *window, _LIT_TOKEN, heads)
    classes = {**(calls or {}), **_lit_classes("\n".join(lines[window[0]:window[1] + 1]))}
    if classes:
        toks = _lit_named(toks, classes)
    bindings: list[tuple[str, int, object, int]] = []  # (name, line, value, index after it)
    i = 0
    while i < len(toks):
        kind, text, line, _ = toks[i]
        name = None
        if kind in ("w", "s") and i + 1 < len(toks) and toks[i + 1][1] in _LIT_SEP and i + 2 < len(toks):
            name, i = text.lstrip("$@%:"), i + 2
        kind, text = toks[i][0], toks[i][1]
        starts = text in _LIT_OPENERS or kind == "s" and name or kind == "w" and _lit_prefix(toks, i) is not None \
            or text == "[" and i + 3 < len(toks) and toks[i + 2][1] == "]"
        if not starts:
            i += 1
            continue
        value, i = _lit_value(toks, i)
        bindings.append((name or "", line, value, i))
    maps = [b for b in bindings if isinstance(b[2], (_Map, _List))]
    if not maps:
        return body
    env = {name: value for name, _, value, _ in bindings if name}
    best = max(maps, key=lambda b: _strings(b[2]))
    tree = _lit_resolve(best[2], env)
    if isinstance(tree, _List) and all(isinstance(v, _Pair) for v in tree.items):
        tree = _Map([(v.key, v.line, v.value) for v in tree.items])
    elif isinstance(tree, _List) and len(tree.items) == 1 and isinstance(tree.items[0], _Map):
        tree = tree.items[0]  # (a block that returns the literal: Rust's "fn card() -> Card { Card { ... } }")
    end = best[3]
    if not isinstance(tree, _Map) or _strings(tree) * 2 < sum(_strings(b[2]) for b in bindings):
        named = [b for b in bindings if b[0]]
        tree = _Map([(name, line, _lit_resolve(value, env)) for name, line, value, _ in named])
        end = max(b[3] for b in named) if named else end
    while len(tree.entries) == 1 and isinstance(tree.entries[0][2], _Map) and _data_section(tree.entries[0][0]) \
            is None and _data_role(tree.entries[0][0]) is None:  # (one value that holds the literal: Scala's "object
        tree = tree.entries[0][2]  # X { val monograph = Monograph(...) }")
    if not tree.entries:
        return body
    closed = toks[min(end, len(toks)) - 1][2]
    return _data_page(lines, tree, window[0], _data_end(lines, window[1], closed), heads)


# ---------------------------------------------------------------------------
# A C# anonymous object ("var drug = new" over "{", '    BrandNames = new[] { "A", "B" },', "    Usage = new { Summary =
# "a " +" over '"b", Indications = new[] { new { Condition = "Y", OffLabel = true } } },', a '"""' raw string,
# "// ===== Usage =====")
# ---------------------------------------------------------------------------

#: a variable bound to an anonymous object or array ("var drug = new", "public static readonly object Card = new {")
_CS_VAR = re.compile(r"(?m)^[ \t]*(?:(?:public|private|internal|static|readonly|const)[ \t]+)*(?:var|object|dynamic)"
                     r"[ \t]+[A-Za-z_]\w*[ \t]*=[ \t]*new\b")
#: a member bound to an anonymous object or array, its brace on the line or the next ("Usage = new", "= new[] {")
_CS_NEW = re.compile(r"(?m)=[ \t]*new[ \t]*(?:\[[ \t]*\])?[ \t]*(?:\{|$)")
#: the "new" that makes an anonymous object, an array or an object of a type ("new[]", "new string[]", "new
#: List<string>", "new Options"), up to its brace (on the line or the next)
_CS_MAKE = re.compile(r"\bnew\b(?:[ \t]+[A-Za-z_][\w.]*(?:<[\w ,.<>]*>)?)?[ \t]*(?:\[[ \t]*\])?(?=\s*\{)")


def _csharp(body: str) -> str:
    """A C# anonymous object (fenced or not) as Markdown, line for line, read as the generic literal is
    (:func:`_literal`) once each "new", "new[]" and "new Type" before a brace is blank (so the brace opens the object
    or array, on its line or the next): its members read as words ("OffLabel = true" an off-label use, "NotFor" a
    negation, "LessCommon" a group), '"a " +' over '"b"' one string, a raw string (three quotes) its lines."""
    return _literal(_CS_MAKE.sub(lambda m: " " * len(m.group(0)), body))


# ---------------------------------------------------------------------------
# A Terraform variables file in HCL ('variable "brand_names" {' over "  type    = list(string)" and '  default = ["X"]',
# "default = { common = ["A"] }", '{ condition = "Y", note = "...", off_label = true }', "<<-EOT" heredocs, "locals {")
# ---------------------------------------------------------------------------

_TF_VARIABLE = re.compile(r'^[ \t]*variable[ \t]+"[\w-]+"[ \t]*\{')
_TF_VARIABLES = re.compile(_TF_VARIABLE.pattern, re.M)  # (the same line, searched in the whole body)
_TF_DEFAULT = re.compile(r"(?m)^[ \t]*default[ \t]*=")


def _tf_tree(toks: list[_Token]) -> tuple[object, int] | None:
    """The variables as one map: each 'variable "name" { ... }' block's "default" under its name (its type and
    description say nothing), each "locals { ... }" block's members as they are; and the index after the last."""
    entries: list[tuple[str, int, object]] = []
    i = end = 0
    while i < len(toks):
        kind, text, line, _ = toks[i]
        named = text == "variable" and i + 2 < len(toks) and toks[i + 1][0] == "s" and toks[i + 2][1] == "{"
        if kind == "w" and (named or text == "locals" and i + 1 < len(toks) and toks[i + 1][1] == "{"):
            name = _Str(toks[i + 1][3]).text
            block, i = _lit_container(toks, i + (3 if named else 2), "}")
            end = i
            if isinstance(block, _Map) and named:
                entries += [(name, line, v) for k, _, v in block.entries if k == "default"]
            elif isinstance(block, _Map):
                entries += block.entries
        else:
            i += 1
    return (_Map(entries), end) if entries else None


def _terraform(body: str) -> str:
    """A Terraform variables file (fenced or not) as Markdown, line for line (:func:`_data_page`): each variable's
    default under the variable's name, read as a literal is (:func:`_lit_container`: "less_common" a group,
    "off_label = true" an off-label use, "not_for" a negation, "q" / "a" a question and its answer), a "<<-EOT" heredoc
    its lines; the fence, "#" and "//" comments (one that names a section its heading), "variable", the types and
    braces blank."""
    return _read_data(body, _TF_VARIABLE, _LIT_TOKEN, _tf_tree)


# ---------------------------------------------------------------------------
# A Zig struct literal ("pub const Use = struct { ... };" the types, then "pub const x = Monograph{" over
# '    .generic_name = "X",', '.uses = &.{ .{ .condition = "Y", .off_label = true }, },', "&[_][]const u8{"A"}",
# "\\" lines one multiline string, '"a " ++' over '"b"', an enum literal ".less_common", "// ===== Usage =====")
# ---------------------------------------------------------------------------

_ZIG_OPEN = re.compile(r"^[ \t]*(?:pub[ \t]+)?const[ \t]+[A-Za-z_]\w*[ \t]*(?::[^=\n]+)?=[ \t]*"
                       r"(?:struct\b|enum\b|@import\b|&?\.\{|[A-Za-z_][\w.]*\{)")
_ZIG_OPENS = re.compile(_ZIG_OPEN.pattern, re.M)  # (the same line, searched in the whole body)
#: a field of a struct literal on its own line: '.generic_name = "X",', ".{ .name = "Y", .frequency = .common },"
_ZIG_FIELD = re.compile(r"(?m)^[ \t]*(?:&?\.\{[ \t]*)?\.[A-Za-z_]\w*[ \t]*=[ \t]*\S")
#: a type before a literal's brace (skipped): "Monograph{", "&.{", ".{", "&[_]Use{", "[_][]const u8{"
_ZIG_TOKEN = re.compile(r"(?P<c>//[^\n]*)|\\\\(?P<l>[^\n]*)|(?P<s>\"(?:[^\"\\\n]|\\.)*\")|"
                        r"&?(?:\[[^\]\n]*\](?:const[ \t]+)?)*(?:[A-Za-z_][\w.]*|\.)?(?=\{)|"
                        r"\.?(?P<w>[A-Za-z_]\w*|-?\d[\d_.]*)|(?P<p>\+\+|[{}\[\](),;=&])")


def _zig_tree(toks: list[_Token]) -> tuple[object, int] | None:
    """The struct literal a declaration assigns ("= Monograph{", "= .{") that holds the most strings, past the types
    declared before it, and the index after it."""
    got = [_lit_container(toks, i + 1, "}") for i, t in enumerate(toks) if t[1] == "{" and i and toks[i - 1][1] == "="]
    maps = [g for g in got if isinstance(g[0], _Map)]
    return max(maps, key=lambda g: _strings(g[0])) if maps else None


def _zig(body: str) -> str:
    """A Zig struct literal (fenced or not) as Markdown, line for line (:func:`_data_page`), read as a literal is
    (:func:`_lit_container`): ".field = value" its members ("less_common" a group, "off_label = true" an off-label
    use), an enum literal ".serious" its word, "\\\\" lines one string, strings joined by "++" one string; the fence,
    "//" comments (one that names a section its heading), the type declarations, "main" and braces blank."""
    return _read_data(body, _ZIG_OPEN, _ZIG_TOKEN, _zig_tree)


# ---------------------------------------------------------------------------
# A Wolfram Language association ('drug = <|' over '  "BrandNames" -> {"A", "B"},', '"Usage" -> <| "OffLabel" -> {
# <|"Condition" -> "Y", "Details" -> "..."|> } |>', '"a " <>' over '"b"', "(* ==== Usage ==== *)", "Dataset[drug]")
# ---------------------------------------------------------------------------

#: an association bound to a name, opened on its line ("brivaracetam = <|")
_WL_OPEN = re.compile(r"^[ \t]*[A-Za-z$][\w$]*[ \t]*=[ \t]*<\|")
_WL_OPENS = re.compile(_WL_OPEN.pattern, re.M)  # (the same line, searched in the whole body)
#: a rule with a string key ('"BrandNames" -> {', '<|"Q" -> "..."')
_WL_RULE = re.compile(r'(?m)"[^"\n]+"[ \t]*(?:->|:>)[ \t]*(?:"|\{|<\|)')
_WL_TOKEN = re.compile(r'\(\*(?P<c>.*?)\*\)|(?P<s>"(?:[^"\\]|\\.)*")|(?P<p><\||\|>|->|:>|<>|[{}\[\],;=])|'
                       r"(?P<w>[A-Za-z$][\w$`]*|-?\d[\d.]*)", re.S)
#: Wolfram's brackets and rules as a literal's (an association a map's braces, ":>" a rule as "->" is)
_WL_AS_LITERAL = {"<|": "{", "|>": "}", ":>": "->"}


def _wl_association(toks: list[_Token]) -> tuple[object, int] | None:
    """The association bound to a name that holds the most strings (:func:`_zig_tree`), its "<|" and "|>" read as a
    literal's braces and its rules as members (:func:`_lit_container`)."""
    return _zig_tree([(kind, _WL_AS_LITERAL.get(text, text), line, parts) if kind == "p" else (kind, text, line, parts)
                      for kind, text, line, parts in toks])


def _wolfram(body: str) -> str:
    """A Wolfram Language association (fenced or not) as Markdown, line for line (:func:`_data_page`): its string keys
    read as words ("OffLabel" off-label uses, "NotFor" a negation, "LessCommon" a group, "Q" / "A" a question and its
    answer), "{...}" a list, strings joined by "<>" one string; the fence, "(* *)" comments (one that names a section
    its heading), "<|", "|>", "->" and the code after the association ("Dataset[drug]") blank."""
    return _read_data(body, _WL_OPEN, _WL_TOKEN, _wl_association)


# ---------------------------------------------------------------------------
# A Vim script dictionary ("let g:drug = {" over "      \\ 'brand_names': ['A', 'B'],", "\\ 'usage': { 'off_label': [
# {'condition': 'Y', 'note': '...'} ] },", "\\ 'a ' .. 'b'" over lines, "join([...])", '"\\ ---- Usage ----')
# ---------------------------------------------------------------------------

#: a dictionary or list bound by "let" ("let g:fluocinonide = {", "let s:card = [")
_VIM_LET = re.compile(r"^[ \t]*let[ \t]+(?:[gswbtl]:)?[A-Za-z_][\w#.]*[ \t]*=[ \t]*[{\[]")
_VIM_LETS = re.compile(_VIM_LET.pattern, re.M)  # (the same line, searched in the whole body)
#: a continuation line that holds a member or an item ("      \\ 'usage': {", "\\   {'condition': ...")
_VIM_CONT = re.compile(r"(?m)^[ \t]*\\[ \t]*(?:'[^'\n]*'|\"[^\"\n]*\")[ \t]*:")
#: a comment line ('" note', a comment among continuation lines '"\\ ---- Usage ----'), a continuation's "\\",
#: a single-quoted string ("''" a quote in it) or a double-quoted one, punctuation, a word
_VIM_TOKEN = re.compile(r"^[ \t]*\"\\?(?P<c>[^\n]*)|^[ \t]*\\|(?P<s>'(?:[^'\n]|'')*'|\"(?:[^\"\\\n]|\\.)*\")|"
                        r"(?P<p>\.\.|[{}\[\](),:=.])|(?P<w>[A-Za-z_][\w:#]*|-?\d[\d.]*)", re.M)


def _vim_dict(toks: list[_Token]) -> tuple[object, int] | None:
    """The dictionary bound by "let" that holds the most strings (:func:`_zig_tree`), read as a literal is
    (:func:`_lit_container`): "'key': value" its members, "'a ' .. 'b'" one string, "join([...])" its strings as one;
    a quote doubled in a single-quoted string ("'Cushing''s'") one quote."""
    return _zig_tree([(kind, text, line, [(k, t.replace("''", "'")) for k, t in parts]) if kind == "s"
                      else (kind, text, line, parts) for kind, text, line, parts in toks])


def _vim(body: str) -> str:
    """A Vim script dictionary (fenced or not) as Markdown, line for line (:func:`_data_page`): its keys read as words
    ("off_label" off-label uses, "not_for" a negation, "with_prolonged_use" a group, "q" / "a" a question and its
    answer), strings joined by ".." one string; the fence, '"' comments (one that names a section its heading, '"\\
    ---- Usage ----' among the continuation lines too), "let", the continuations' "\\", brackets and the functions
    after the dictionary blank."""
    return _read_data(body, _VIM_LET, _VIM_TOKEN, _vim_dict)


# ---------------------------------------------------------------------------
# An ASN.1 module's value ("Use ::= SEQUENCE { condition UTF8String, offLabel BOOLEAN DEFAULT FALSE }" the types, then
# "drug Monograph ::= {" over '    brandNames { "A", "B" },', '    uses { { condition "Y", note "...", offLabel TRUE }
# },', '{ name "Z", frequency lessCommon }', "-- ===== Usage =====", "END")
# ---------------------------------------------------------------------------

#: a type's assignment ("Use ::= SEQUENCE {", "Frequency ::= ENUMERATED { common, rare }")
_ASN_TYPES = re.compile(r"(?m)^[ \t]*[A-Z][\w-]*[ \t]*::=[ \t]*(?:SEQUENCE|SET|CHOICE|ENUMERATED|BOOLEAN|INTEGER|"
                        r"[A-Z][\w]*String)\b")
#: a value's assignment, its braces open on the line ("isavuconazonium Monograph ::= {")
_ASN_VALUES = re.compile(r"(?m)^[ \t]*[a-z][\w-]*[ \t]+[A-Z][\w-]*[ \t]*::=[ \t]*\{")
_ASN_OPEN = re.compile(r"^[ \t]*[A-Z][\w-]*[ \t]+DEFINITIONS\b|^[ \t]*[A-Za-z][\w-]*(?:[ \t]+[A-Z][\w-]*)?[ \t]*::=")
_ASN_TOKEN = re.compile(r'(?P<c>--[^\n]*)|(?P<s>"(?:[^"]|"")*")|(?P<p>::=|[{}(),\[\]])|'
                        r"(?P<w>[A-Za-z][\w-]*|-?\d[\d.]*)")


def _asn_module(toks: list[_Token]) -> tuple[object, int] | None:
    """The value assigned in the module ("name Type ::= { ... }") that holds the most strings, read as a Lua table is
    (:func:`_lua_table`) once each field's name has its "=" ('condition "Y"' as 'condition = "Y"'): a SEQUENCE value a
    map, a SEQUENCE OF value a list, a doubled quote in a string one quote; and the index after it. The type
    assignments, the schema, are skipped."""
    own: list[_Token] = []
    for n, (kind, text, line, parts) in enumerate(toks):
        own.append((kind, text, line, [(k, t.replace('""', '"')) for k, t in parts]) if kind == "s"
                   else (kind, text, line, parts))
        if kind == "w" and text[:1].islower() and n + 1 < len(toks) and toks[n + 1][1] not in (",", "}", "::=") \
                and n and toks[n - 1][1] in ("{", ","):  # (a field's name: after "{" or "," and before its value)
            own.append(("p", "=", line, [(line, "=")]))
    got = [_lua_table(own, i + 2) for i, t in enumerate(own) if t[1] == "::=" and i > 1 and i + 1 < len(own)
           and own[i + 1][1] == "{" and own[i - 1][0] == own[i - 2][0] == "w" and own[i - 2][1][:1].islower()]
    maps = [g for g in got if isinstance(g[0], _Map)]
    return max(maps, key=lambda g: _strings(g[0])) if maps else None


def _asn1(body: str) -> str:
    """An ASN.1 module's value (fenced or not) as Markdown, line for line (:func:`_data_page`): its fields ("name
    value", no "=" or ":") read as words ("offLabel TRUE" an off-label use, "notFor" a negation, "frequency lessCommon"
    a group, "question" / "answer" a question and its answer), "{ ... }" a list; the fence, "--" comments (one that
    names a section its heading), the module's header, the type assignments, braces and "END" blank."""
    return _read_data(body, _ASN_OPEN, _ASN_TOKEN, _asn_module)


# ---------------------------------------------------------------------------
# A Tcl script that builds a nested dict ("set monograph [dict create]", 'dict set monograph usage approved {' over
# '    {"Condition" "note"}' and "}", "dict set monograph faqs 1 q {Why ...?}", "# ---------- Usage ----------")
# ---------------------------------------------------------------------------

_TCL_OPEN = re.compile(r"^[ \t]*(?:set[ \t]+[\w:]+[ \t]+\[[ \t]*dict[ \t]+create\b|dict[ \t]+set[ \t]+[\w:]+[ \t])")
_TCL_DICT_SET = re.compile(r"(?m)^[ \t]*dict[ \t]+set[ \t]+[\w:]+[ \t]+\S+[ \t]+\S")
#: a comment (a "#" that starts a command), a braced string with no quotes or braces inside (prose, a word list), a
#: quoted string, a brace or bracket, a word
_TCL_TOKEN = re.compile(r"(?P<c>^[ \t]*#[^\n]*)|\{(?P<l>[^{}\"]*)\}|(?P<s>\"(?:[^\"\\]|\\.)*\")|(?P<p>[{}\[\]])|"
                        r"(?P<w>[^\s{}\[\]\"]+)", re.M)


def _two_map(first: _Str, second: object) -> _Map:
    """A pair of strings as the map it means: a question and its answer ("Why ...?", "..."), else an entry and its
    note ("Condition", "note")."""
    keys = ("q", "a") if first.text.endswith("?") else ("condition", "note")
    return _Map([(keys[0], first.line, first), (keys[1], getattr(second, "line", first.line), second)])


def _tcl_word(lines: list[str], token: _Token) -> object:
    """A string argument: a braced one-line run of capitalised names with no punctuation ("{Adenocard Adenoscan}") the
    Tcl list of its words, any other its words."""
    kind, text, line, parts = token
    words = text.split()
    if kind == "s" and 2 <= len(words) <= 6 and f"{{{text}}}" in lines[line] \
            and all(re.fullmatch(r"[A-Z][\w-]*", w) for w in words):
        return _List([_Str([(line, w)], bare=True) for w in words])
    return _Str(parts) if kind == "s" else _Str([(line, text)], bare=True)


def _tcl_arg(lines: list[str], toks: list[_Token], i: int) -> tuple[object, int]:
    """The argument at ``toks[i]`` and the index after it: a brace group of strings and groups a list (each inner
    group of two strings the pair it means, :func:`_two_map`), a "[command]" None, a string or word its words."""
    text = toks[i][1]
    if toks[i][0] == "p" and text in "{[":
        close, items = "}" if text == "{" else "]", []
        i += 1
        while i < len(toks) and toks[i][1] != close:
            item, i = _tcl_arg(lines, toks, i)
            items.append(item)
        if close == "]":
            return None, i + 1
        items = [_two_map(*v.items) if isinstance(v, _List) and len(v.items) == 2
                 and all(isinstance(s, _Str) for s in v.items) else v for v in items]
        return _List(items), i + 1
    return _tcl_word(lines, toks[i]), i + 1


def _tcl_tree(node: dict[str, tuple[int, object]]) -> object:
    """A built dict as a map (a dict keyed by numbers, "faqs 1 q", the list of its values)."""
    entries = [(key, line, _tcl_tree(v) if isinstance(v, dict) else v) for key, (line, v) in node.items()]
    if entries and all(key.isdigit() for key, _, _ in entries):
        return _List([v for _, _, v in entries])
    return _Map(entries)


def _tcl_dicts(lines: list[str], toks: list[_Token]) -> tuple[object, int] | None:
    """The dict the commands "dict set VAR KEY... VALUE" build for the variable set most (:func:`_tcl_tree`), and the
    number of tokens; None when no command sets one."""
    dicts: dict[str, dict[str, tuple[int, object]]] = {}
    i = 0
    while i < len(toks):  # (a command: "dict set" at a line's start; its arguments to the line's end or the group's)
        if toks[i][1] != "dict" or i + 3 >= len(toks) or toks[i + 1][1] != "set" \
                or i and toks[i - 1][2] == toks[i][2]:
            i += 1
            continue
        line, node = toks[i][2], dicts.setdefault(toks[i + 2][1], {})
        args: list[tuple[int, object]] = []
        i += 3
        while i < len(toks) and (toks[i][2] == line or args and toks[i - 1][1] == "{" and toks[i - 1][0] == "p"):
            at = toks[i][2]
            value, i = _tcl_arg(lines, toks, i)
            args.append((at, value))
        if len(args) < 2 or not all(isinstance(v, _Str) for _, v in args[:-1]):
            continue
        for at, key in args[:-2]:
            held = node.setdefault(key.text, (at, {}))[1]  # type: ignore[union-attr]
            node = held if isinstance(held, dict) else {}
        node[args[-2][1].text] = (args[-2][0], args[-1][1])  # type: ignore[union-attr]
    return (_tcl_tree(max(dicts.values(), key=len)), len(toks)) if dicts else None


def _tcl(body: str) -> str:
    """A Tcl script that builds a dict with "dict set VAR KEY... VALUE" (fenced or not) as Markdown, line for line
    (:func:`_data_page`): each command's keys a path into the dict of the variable set most, its value a string, a
    braced list (of strings, or of pairs: :func:`_tcl_arg`) or a list of capitalised names; keys read as words
    ("very_common" a group, "off_label" off-label uses, "not_for" a negation); the fence, "#" comments (one that names
    a section its heading) and every other command blank."""
    lines = body.split("\n")
    return _read_data(body, _TCL_OPEN, _TCL_TOKEN, lambda toks: _tcl_dicts(lines, toks))


# ---------------------------------------------------------------------------
# An OCaml record value ("type use = { condition : string; ... }", "let se effect frequency = { effect; frequency }",
# "let monograph = {" over '  brand_names = [ "A"; "B" ];', '  uses = [ { condition = "Y"; off_label = true } ];',
# '  side_effects = [ se "Rash" Common; ... ];', '"a " ^ "b"', a "\" line end, "(* ---- Usage ---- *)")
# ---------------------------------------------------------------------------

_ML_OPEN = re.compile(r"^[ \t]*(?:\(\*|type[ \t]|let[ \t])")
#: a binding of a record value ("let monograph = {", "let x : monograph = {")
_ML_RECORD = re.compile(r"(?m)^[ \t]*let[ \t]+[a-z_][\w']*[ \t]*(?::[^=\n]+)?=[ \t]*\{[ \t]*(?:\(\*.*)?$")
#: a record field on its own line ('generic_name = "X";', "uses = [", "off_label = false };", "summary =")
_ML_FIELD = re.compile(r"(?m)^[ \t]*\{?[ \t]*[a-z_][\w']*[ \t]*=[ \t]*(?:\"|\[|\{|[A-Z]\w*[ \t]*;|true\b|false\b|$)")
#: what only OCaml (or its kin) writes: a "(* comment *)", a type declaration, "string list"
_ML_MARK = re.compile(r"\(\*|^[ \t]*type[ \t]+[a-z_][\w']*[ \t]*=|\bstring[ \t]+list\b", re.M)
_ML_TOKEN = re.compile(r"\(\*(?P<c>.*?)\*\)|(?P<s>\"(?:[^\"\\]|\\.)*\")|(?P<p>->|::|[{}\[\]();=^|:,])|"
                       r"(?P<w>[A-Za-z_][\w'.]*|-?\d[\d_.]*)", re.S)
_ML_CLOSERS = frozenset({";", "]", "}", ")", "|", "in", "let", "type"})


def _ml_value(toks: list[_Token], i: int, env: dict[str, object], funs: dict[str, tuple[list[str], int]],
              cases: dict[str, list[str]] | None = None) -> tuple[object, int]:
    """The expression at ``toks[i]``: a record a map (a punned field "{ effect; ... }" the value ``env`` binds to
    it), a list its items, strings joined by "^" one string, a call of a function ``funs`` declares its body with the
    arguments bound to the parameters, a constructor or other word as written. With ``cases`` (F#'s union cases and
    their fields' names, :func:`_fsharp`) a comma makes a tuple (:func:`_fs_tuple`) and a case applied on its line
    ('Approved("X", "note")') the map of its fields."""
    kind, text, line, parts = toks[i]
    if cases is not None and kind == "w" and text[:1].isupper() and i + 1 < len(toks) and toks[i + 1][1] == "(" \
            and toks[i + 1][2] == line:
        args, i = _ml_value(toks, i + 1, env, funs)
        return _fs_case(text, line, args, cases.get(text, [])), i
    if text == "{":
        entries: list[tuple[str, int, object]] = []
        i += 1
        while i < len(toks) and toks[i][1] != "}":
            if toks[i][0] == "w" and i + 1 < len(toks) and toks[i + 1][1] == "=":
                value, j = _ml_value(toks, i + 2, env, funs, cases)
                entries.append((toks[i][1], toks[i][2], value))
                i = j
            elif toks[i][0] == "w" and toks[i][1] in env:
                entries.append((toks[i][1], toks[i][2], env[toks[i][1]]))
                i += 1
            else:
                i += 1
        return _Map(entries), i + 1
    if text in ("[", "("):
        close, items = "]" if text == "[" else ")", []
        i += 1
        while i < len(toks) and toks[i][1] != close:
            if toks[i][1] in (";", ","):
                i += 1
                continue
            item, i = _ml_value(toks, i, env, funs, cases)
            if cases is not None and i < len(toks) and toks[i][1] == ",":  # (F#'s "Common, [ ... ]": a tuple)
                tuple_items = [item]
                while i + 1 < len(toks) and toks[i][1] == "," and toks[i + 1][1] != close:
                    item, i = _ml_value(toks, i + 1, env, funs, cases)
                    tuple_items.append(item)
                item = _fs_tuple(tuple_items)
            items.append(item)
        if close == ")" and len(items) == 1:
            return items[0], i + 1
        if cases is not None and items and all(isinstance(v, _Pair) for v in items):
            return _Map([(v.key, v.line, v.value) for v in items if isinstance(v, _Pair)]), i + 1
        return _List(items), i + 1
    if kind == "s":
        parts = list(parts)
        i += 1
        while i + 1 < len(toks) and toks[i][1] == "^" and toks[i + 1][0] == "s":  # ('"a " ^ "b"': one string)
            parts += toks[i + 1][3]
            i += 2
        return _Str(parts), i
    if text in funs:
        params, body = funs[text]
        args: dict[str, object] = {}
        i += 1
        for name in params:
            if i >= len(toks) or toks[i][1] in _ML_CLOSERS:
                break
            args[name], i = _ml_value(toks, i, env, funs, cases) if toks[i][1] in ("{", "[", "(") \
                or toks[i][0] == "s" else (_Str([(toks[i][2], toks[i][1])], bare=True), i + 1)
        return _ml_value(toks, body, {**env, **args}, funs, cases)[0], i
    return env.get(text, _Str([(line, text)], bare=True)), i + 1


def _fs_tuple(items: list[object]) -> object:
    """An F# tuple as what it means: a case or word and a value ("Common, [ ... ]") the pair they make, two strings a
    use and its note or a question and its answer (:func:`_two_map`), any other its items."""
    if len(items) == 2 and isinstance(items[0], _Str) and items[0].bare:
        return _Pair(items[0].text, items[0].line, items[1])
    if len(items) == 2 and isinstance(items[0], _Str) and isinstance(items[1], _Str):
        return _two_map(items[0], items[1])
    return _List(items)


def _fs_case(case: str, line: int, args: object, fields: list[str]) -> object:
    """An F# union case applied to its arguments ('Approved("X", "note")') as the map of its fields: each argument
    under its declared field's name (one unnamed the entry, two a use and its note, :func:`_fs_tuple`), the case a
    flag that is true ("OffLabel" an off-label use, "Serious" a serious effect)."""
    items = args.items if isinstance(args, _List) else [args]
    if not fields and len(items) == 1:  # ('Unlicensed("Y")' of a case that names no field: the entry)
        fields = ["name"]
    if len(fields) >= len(items):
        own = _Map([(name, getattr(v, "line", line), v) for name, v in zip(fields, items)])
    else:
        own = _fs_tuple(items)
    if not isinstance(own, _Map):
        return own
    own.entries.append((case, line, _Str([(line, "true")], bare=True)))
    return own


def _ml_bindings(toks: list[_Token], cases: dict[str, list[str]] | None = None) -> tuple[object, int] | None:
    """The record value among the top-level "let" bindings that holds the most strings, and the index after it; a
    "let f a b = ..." a function its calls read (:func:`_ml_value`, F#'s with ``cases``), type declarations
    skipped."""
    funs: dict[str, tuple[list[str], int]] = {}
    best: tuple[object, int] | None = None
    i = 0
    while i < len(toks):
        if toks[i][1] != "let" or i + 1 >= len(toks):
            i += 1
            continue
        j = i + 1 + (toks[i + 1][1] == "rec")
        name, params = toks[j][1], []
        j += 1
        while j < len(toks) and toks[j][0] == "w":
            params.append(toks[j][1])
            j += 1
        while j < len(toks) and toks[j][1] != "=" and toks[j][1] not in ("let", "type"):  # (": monograph")
            j += 1
        if j + 1 >= len(toks) or toks[j][1] != "=":
            i = j
            continue
        if params:
            funs[name] = (params, j + 1)
        value, i = _ml_value(toks, j + 1, {p: _Str([(toks[j][2], p)], bare=True) for p in params}, funs, cases)
        if not params and isinstance(value, _Map) and (best is None or _strings(value) > _strings(best[0])):
            best = value, i
    return best


def _ocaml(body: str) -> str:
    """An OCaml record value (fenced or not) as Markdown, line for line (:func:`_data_page`): the "let" binding whose
    record holds the most strings the tree (:func:`_ml_bindings`), its fields read as words ("off_label = true" an
    off-label use, "not_used_for" a negation), "[ a; b ]" a list, a helper's call ('se "Rash" Common') the record it
    builds, a constructor ("Less_common") its words, strings joined by "^" or a "\\" line end one string; the fence,
    "(* *)" comments (one that names a section its heading), the type declarations, braces and ";" blank."""
    return _read_data(body, _ML_OPEN, _ML_TOKEN, _ml_bindings)


# ---------------------------------------------------------------------------
# An F# record value ("type Use = | Approved of condition: string * note: string", "let drug =" over "    { Name =
# "X"" and '      Brands = [ "A"; "B" ]', one item a line, 'Approved("Y", "note")', "Common, [ ... ]", '"""long
# string"""', "// ---- Usage ----"): OCaml's kin, read by its reader (:func:`_ml_value`) with F#'s tuples and cases
# ---------------------------------------------------------------------------

_FS_OPEN = re.compile(r"^[ \t]*(?://|\(\*|type[ \t]|let[ \t]|open[ \t]|module[ \t])")
#: a binding of a record value, its brace on the line or the next ("let drug =" over "    { Name = ...")
_FS_RECORD = re.compile(r"(?m)^[ \t]*let[ \t]+[a-z_][\w']*[ \t]*(?::[^=\n]+)?=[ \t]*(?:\n[ \t]*)?\{")
#: a record field on its own line, F#'s in PascalCase ('GenericName = "X"', "Uses =", "{ Question = "Q?"")
_FS_FIELD = re.compile(r"(?m)^[ \t]*\{?[ \t]*[A-Z]\w*[ \t]*=[ \t]*(?:\"|\[|\{|$)")
#: what only F# writes: a fence that names it, a union case with "of", "string list", a pipe into a function
_FS_MARK = re.compile(r"^[ \t]*```[ \t]*(?:fsharp|fsx?|f#)[ \t]*$|^[ \t]*\|[ \t]*[A-Z]\w*[ \t]+of\b|"
                      r"\bstring[ \t]+list\b|\|>[ \t]*(?:List|Seq|Array|printfn)\b", re.M | re.I)
_FS_TOKEN = re.compile(r"(?P<c>//[^\n]*|\(\*.*?\*\))|\"\"\"(?P<l>.*?)\"\"\"|(?P<s>\"(?:[^\"\\]|\\.)*\")|"
                       r"(?P<p>->|::|[{}\[\]();=^|:,])|(?P<w>[A-Za-z_][\w'.]*|-?\d[\d_.]*)", re.S)
#: a union case and its fields ("| Approved of condition: string * note: string")
_FS_CASE = re.compile(r"^[ \t]*\|?[ \t]*(?P<c>[A-Z]\w*)[ \t]+of[ \t]+(?P<f>[^\n|]+)", re.M)


def _fsharp(body: str) -> str:
    """An F# record value (fenced or not) as Markdown, line for line (:func:`_data_page`), as OCaml's
    (:func:`_ocaml`): the "let" binding whose record holds the most strings the tree, its fields (one a line, or
    split by ";") read as words; a list's items one a line or split by ";"; "Common, [ ... ]" in a list the group and
    its items; a union case applied ('OffLabel("Y", "note")') the map of the fields its type declares, the case a
    flag; triple-quoted strings their lines; the fence, comments (one that names a section its heading), the types
    and the code after the value blank."""
    cases = {m.group("c"): [f.group(1) for f in re.finditer(r"(?:^|\*)[ \t]*([a-z_]\w*)[ \t]*:", m.group("f"))]
             for m in _FS_CASE.finditer(body)}
    return _read_data(body, _FS_OPEN, _FS_TOKEN, lambda toks: _ml_bindings(toks, cases))


# ---------------------------------------------------------------------------
# An Elm module's record value ("type alias Use =" over "    { condition : String, note : String, offLabel : Bool }",
# "monograph =" over '    { genericName = "X"', '    , uses =' over '        [ Use "Y" "note" False', '        , ...',
# '    , sideEffects = [ SideEffect "Rash" LessCommon ]', '"a " ++ "b"', a '"""' string, "-- ===== Usage =====")
# ---------------------------------------------------------------------------

#: a line that opens the module: its "module" line, an import, a type, an annotation or a value's binding
_ELM_OPEN = re.compile(r"^(?:port[ \t]+)?module[ \t]|^(?:import|type)[ \t]|^[a-z]\w*[ \t]+:[ \t]+[A-Z]|"
                       r"^[a-z]\w*[ \t]*=[ \t]*\{?[ \t]*$")
#: a top-level value bound to a record, its brace on the line or the next ("monograph =" over "    { genericName =")
_ELM_VALUE = re.compile(r"(?m)^[a-z]\w*[ \t]*=[ \t]*(?:\{|\n(?:[ \t]*--[^\n]*\n)*[ \t]*\{)")
#: a record field on its own line, in Elm's leading-comma style ("    , uses =", '    { genericName = "X"')
_ELM_FIELD = re.compile(r"(?m)^[ \t]*[{,][ \t]*[a-z]\w*[ \t]*=[ \t]*(?:\"|\[|\{|$)")
_ELM_TOKEN = re.compile(r"(?P<c>--[^\n]*|\{-.*?-\})|\"\"\"(?P<l>.*?)\"\"\"|(?P<s>\"(?:[^\"\\]|\\.)*\")|"
                        r"(?P<p>\+\+|->|::|[{}\[\]();=|:,])|(?P<w>[A-Za-z_][\w'.]*|-?\d[\d_.]*)", re.S)


def _elm_module(toks: list[_Token]) -> tuple[object, int] | None:
    """The top-level record value that holds the most strings, read as OCaml's is (:func:`_ml_value`): each "type
    alias X = { a : A, b : B }" a constructor whose arguments are its fields in order ('Use "Y" "note" False' the map
    of condition, note and offLabel), "++" joining strings as "^" does, an earlier value's name its value."""
    toks = [("p", "^", t[2], t[3]) if t[1] == "++" else t for t in toks]
    funs: dict[str, tuple[list[str], int]] = {}
    env: dict[str, object] = {}
    best: tuple[object, int] | None = None
    i = 0
    while i + 3 < len(toks):
        kind, text = toks[i][0], toks[i][1]
        if text == "alias" and toks[i + 2][1] == "=" and toks[i + 3][1] == "{":
            j, depth, fields = i + 4, 0, []
            while j + 1 < len(toks) and (depth or toks[j][1] != "}"):
                depth += (toks[j][1] in "{[(") - (toks[j][1] in "}])")
                if not depth and toks[j][0] == "w" and toks[j + 1][1] == ":":
                    fields.append(toks[j][1])
                j += 1
            funs[toks[i + 1][1]] = (fields, i + 3)  # (its body the record type: its fields punned from the arguments)
            i = j + 1
        elif kind == "w" and toks[i + 1][1] == "=" and not (i and toks[i - 1][1] in ("alias", "type")) \
                and (toks[i + 2][1] in ("{", "[", "(") or toks[i + 2][0] == "s"):
            value, end = _ml_value(toks, i + 2, env, funs)
            env[text] = value
            if isinstance(value, _Map) and (best is None or _strings(value) > _strings(best[0])):
                best = value, end
            i = end
        else:
            i += 1
    return best


def _elm(body: str) -> str:
    """An Elm module's record value (fenced or not) as Markdown, line for line (:func:`_data_page`): the top-level
    value whose record holds the most strings the tree (:func:`_elm_module`), its fields read as words ("offLabel" a
    flag, "notFor" a negation, "sideEffects" a section), a constructor ("LessCommon") its words; the fence, "--" and
    "{- -}" comments (one that names a section its heading), the module line, the types and the annotations blank."""
    return _read_data(body, _ELM_OPEN, _ELM_TOKEN, _elm_module)


# ---------------------------------------------------------------------------
# A Pharo Smalltalk script that fills dictionaries ("monograph := Dictionary new.", "monograph at: #brandNames put:
# #('A' 'B'); at: #route put: #oral.", "{ 'Condition' -> 'note'. ... }", "faqs add: 'Q?' -> 'A.'", '"--- Usage ---"')
# ---------------------------------------------------------------------------

#: a dictionary made and bound ("monograph := Dictionary new"): the script's first line, unfenced
_ST_NEW = re.compile(r"^[ \t]*\w+[ \t]*:=[ \t]*(?:Small|Identity)?Dictionary[ \t]+new\b", re.M)
_ST_AT_PUT = re.compile(r"(?m)\bat:[ \t]*#?[\w']+[ \t]+put:[ \t]*\S")
_ST_TOKEN = re.compile(r"\"(?P<c>[^\"]*)\"|(?P<s>'(?:[^']|'')*')|(?P<p>:=|->|#\(|[{}().;|^\[\]])|"
                       r"(?P<w>#?[A-Za-z_]\w*:?|-?\d+(?:\.\d+)?)", re.S)


class _StBag:
    """A dictionary (its entries) or a collection (its items) a script fills, to be read once the script is run."""

    def __init__(self, keyed: bool) -> None:
        self.keyed, self.entries, self.items = keyed, [], []  # type: ignore[var-annotated]


def _st_primary(toks: list[_Token], i: int, env: dict[str, object]) -> tuple[object, int]:
    """The primary at ``toks[i]``: a string, a "#symbol" its words, "#( ... )" a list, "{ a. b }" a list of its
    expressions, "( expr )", a variable its value, "X new" a new dictionary or collection."""
    kind, text, line, parts = toks[i]
    if text in ("#(", "{"):
        close, items = ")" if text == "#(" else "}", []
        i += 1
        while i < len(toks) and toks[i][1] != close:
            if toks[i][1] == ".":
                i += 1
                continue
            item, i = _st_expr(toks, i, env) if close == "}" else _st_primary(toks, i, env)
            items.append(item)
        return _List(items), i + 1
    if text == "(":
        value, i = _st_expr(toks, i + 1, env)
        return value, i + 1
    if kind == "s":
        return _Str([(k, t.replace("''", "'")) for k, t in parts]), i + 1
    if i + 1 < len(toks) and toks[i + 1][1] == "new":
        return _StBag("Dictionary" in text), i + 2
    if text.startswith("#"):
        return _Str([(line, text[1:])], bare=True), i + 1
    return env.get(text, _Str([(line, text)], bare=True)), i + 1


def _st_expr(toks: list[_Token], i: int, env: dict[str, object]) -> tuple[object, int]:
    """The expression at ``toks[i]`` (:func:`_st_expr_arg`) and the keyword messages sent to it ("at: k put: v",
    "add: v", cascaded by ";"), which put their arguments in the dictionary or collection it is."""
    value, i = _st_expr_arg(toks, i, env)
    receiver = value
    while i < len(toks) and toks[i][0] == "w" and toks[i][1].endswith(":"):
        words: list[tuple[str, object, int]] = []
        while i < len(toks) and toks[i][0] == "w" and toks[i][1].endswith(":"):
            arg, j = _st_expr_arg(toks, i + 1, env)
            words.append((toks[i][1], arg, toks[i + 1][2] if i + 1 < len(toks) else toks[i][2]))
            i = j
        selector = "".join(w for w, _, _ in words)
        if isinstance(receiver, _StBag) and selector == "at:put:" and isinstance(words[0][1], _Str):
            receiver.entries.append((words[0][1].text, words[0][2], words[1][1]))
        elif isinstance(receiver, _StBag) and selector == "add:":
            receiver.items.append(words[0][1])
        if i < len(toks) and toks[i][1] == ";":
            i += 1
            continue
        break
    return value, i


def _st_expr_arg(toks: list[_Token], i: int, env: dict[str, object]) -> tuple[object, int]:
    """A keyword message's argument: a primary, or an association "a -> b" the pair it means (:func:`_two_map`)."""
    value, i = _st_primary(toks, i, env)
    if i + 1 < len(toks) and toks[i][1] == "->":
        other, i = _st_primary(toks, i + 1, env)
        value = _two_map(value, other) if isinstance(value, _Str) else value
    return value, i


def _st_tree(value: object, depth: int = 0) -> object:
    """A filled dictionary a map, a collection a list (a list of associations with symbol keys a map)."""
    if isinstance(value, _StBag) and depth < 6:
        if value.keyed:
            return _Map([(k, at, _st_tree(v, depth + 1)) for k, at, v in value.entries])
        value = _List(value.items)
    if isinstance(value, _List):
        return _List([_st_tree(v, depth + 1) for v in value.items])
    return value


def _st_script(toks: list[_Token]) -> tuple[object, int] | None:
    """The dictionary a Smalltalk script fills that holds the most strings, read once every statement has run; None
    when it fills none."""
    env: dict[str, object] = {}
    i = 0
    while i < len(toks):
        if toks[i][1] == "|":  # (the temporaries "| a b |")
            i = next((j for j in range(i + 1, len(toks)) if toks[j][1] == "|"), len(toks)) + 1
            continue
        if toks[i][0] == "w" and i + 1 < len(toks) and toks[i + 1][1] == ":=":
            env[toks[i][1]], i = _st_expr(toks, i + 2, env)
        else:
            _, i = _st_expr(toks, i, env)
        while i < len(toks) and toks[i][1] != ".":  # (to the statement's end)
            i += 1
        i += 1
    maps = [_st_tree(v) for v in env.values() if isinstance(v, _StBag) and v.keyed]
    return (max(maps, key=_strings), len(toks)) if maps else None


def _smalltalk(body: str) -> str:
    """A Pharo (or Squeak) Smalltalk script that fills a Dictionary (fenced or not) as Markdown, line for line
    (:func:`_data_page`): the dictionary that holds the most strings the tree (:func:`_st_script`), its "#symbol"
    keys read as words ("veryCommon" a group, "notFor" a negation), "#('A' 'B')" and "{ a. b }" lists, "'Q?' -> 'A'"
    a question and its answer (another association an entry and its note), a dictionary put in another under its
    key; the fence, '"comments"' (one that names a section its heading) and the code blank."""
    return _read_data(body, _ST_NEW, _ST_TOKEN, _st_script)


# ---------------------------------------------------------------------------
# An AutoHotkey v2 script that fills a Map ("Monograph := Map()", 'Monograph["BrandNames"] := ["A"]', 'Map("Common",
# ["X"], "Serious", ["Y"])', '[["Condition", "note"], ...]', '{Q: "...?", A: "..."}', a continuation section '"' over
# "(" ... ')"' holding prose, "; ===== Usage =====")
# ---------------------------------------------------------------------------

#: a member of a map or object set on its own line ('Monograph["Route"] :=', "drug.Route :=")
_AHK_ASSIGN = re.compile(r"(?m)^[ \t]*[A-Za-z_]\w*(?:\[[ \t]*[\"'][^\"'\n]+[\"'][ \t]*\]|\.[A-Za-z_]\w*)+[ \t]*:=")
_AHK_MARK = re.compile(r"(?mi)^[ \t]*#Requires[ \t]+AutoHotkey\b|^[ \t]*(?:```|~~~)[ \t]*(?:autohotkey|ahk2?)[ \t]*$|"
                       r":=[ \t]*Map\(")
_AHK_OPEN = re.compile(r"^[ \t]*(?:#Requires[ \t]+AutoHotkey\b|[A-Za-z_]\w*[ \t]*:=[ \t]*(?:Map\(|\{|\[))", re.I)
#: a comment (";" after a space or at a line's start), the quote that opens a continuation section (skipped: its text
#: is the next token's), a continuation section ("(" alone on its line, its lines, ')"'), a string ("`" escapes),
#: punctuation, a name or number
_AHK_TOKEN = re.compile(r"(?P<c>(?<!\S);[^\n]*|/\*.*?\*/)|[\"'](?=[ \t]*\n[ \t]*\()|"
                        r"^[ \t]*\([^\n)]*(?P<l>\n.*?)\n[ \t]*\)[ \t]*[\"']|"
                        r"(?P<s>\"(?:[^\"`\n]|`.)*\"|'(?:[^'`\n]|`.)*')|(?P<p>:=|[\[\](){},:.])|"
                        r"(?P<w>#?[A-Za-z_]\w*|-?\d+(?:\.\d+)?)", re.S | re.M)


def _ahk_tokens(toks: list[_Token]) -> list[_Token]:
    """``toks`` as a literal's tokens: 'Map("k", v, ...)' a braced map ("{" "k" ":" v "," ... "}"), a string's "`"
    escapes their characters."""
    own: list[_Token] = []
    frames: list[list[int]] = []  # (each open bracket: whether it is a Map call's, the commas seen in it)
    for i, (kind, text, line, parts) in enumerate(toks):
        called = i and toks[i - 1][0] == "w" and toks[i - 1][1] == "Map"
        if kind == "w" and text == "Map" and i + 1 < len(toks) and toks[i + 1][1] == "(":
            continue
        if kind == "s":
            parts = [(k, re.sub(r"`(.)", lambda m: {"n": " ", "t": " "}.get(m.group(1), m.group(1)), t))
                     for k, t in parts]
        elif kind == "p" and text in "([{":
            frames.append([int(text == "(" and bool(called)), 0])
            text = "{" if frames[-1][0] else text
        elif kind == "p" and text in ")]}" and frames:
            text = "}" if frames.pop()[0] else text
        elif kind == "p" and text == "," and frames and frames[-1][0]:
            frames[-1][1] += 1
            text = ":" if frames[-1][1] % 2 else ","
        own.append((kind, text, line, parts))
    return own


def _ahk_pairs(value: object) -> object:
    """``value`` with each list of two-string arrays ('[["Condition", "note"], ...]') a list of the maps they mean
    (:func:`_two_map`)."""
    if isinstance(value, _Map):
        value.entries = [(k, at, _ahk_pairs(v)) for k, at, v in value.entries]
    elif isinstance(value, _List):
        pairs = [v.items for v in value.items if isinstance(v, _List) and len(v.items) == 2
                 and all(isinstance(s, _Str) for s in v.items)]
        if pairs and len(pairs) == len(value.items) and not any(_sentence(p[0].text) for p in pairs):
            return _List([_two_map(first, second) for first, second in pairs if isinstance(first, _Str)])
        value.items = [_ahk_pairs(v) for v in value.items]
    return value


def _ahk_map(members: list[tuple[list[str], int, object]]) -> _Map:
    """Members set by key paths ('M["Usage"]["Approved"]') as a map, each first key's members under it."""
    entries: list[tuple[str, int, object]] = []
    subs: dict[str, list[tuple[list[str], int, object]]] = {}
    for keys, line, value in members:
        if len(keys) == 1:
            entries.append((keys[0], line, value))
            continue
        if keys[0] not in subs:
            subs[keys[0]] = []
            entries.append((keys[0], line, subs[keys[0]]))
        subs[keys[0]].append((keys[1:], line, value))
    return _Map([(k, at, _ahk_map(v) if isinstance(v, list) else v) for k, at, v in entries])


def _ahk_script(toks: list[_Token]) -> tuple[list[tuple[str, int, object]], int] | None:
    """The members of the map an AutoHotkey script fills that holds the most strings, and the index after the last
    statement that sets one: each "name := value" a variable's value (a map literal its members), each
    'name["Key"] := value' or "name.Key := value" a member of the variable's map; None when the script fills none."""
    toks = _ahk_tokens(toks)
    filled: dict[str, list[tuple[list[str], int, object]]] = {}
    i = end = 0
    while i < len(toks):
        kind, text, line, _ = toks[i]
        j, keys = i + 1, []
        while kind == "w" and j + 2 < len(toks) and (toks[j][1] == "[" and toks[j + 1][0] == "s"
                                                     and toks[j + 2][1] == "]" or toks[j][1] == "."
                                                     and toks[j + 1][0] == "w"):
            keys.append(_Str(toks[j + 1][3]).text if toks[j][1] == "[" else toks[j + 1][1])
            j += 3 if toks[j][1] == "[" else 2
        if kind != "w" or j + 1 >= len(toks) or toks[j][1] != ":=":
            i += 1
            continue
        value, i = _lit_value(toks, j + 1)
        end = i
        if keys:
            filled.setdefault(text, []).append((keys, line, value))
        elif isinstance(value, (_Map, _List)):  # ("M := Map()" a new map, "M := Map("k", v)" its members)
            filled[text] = [([k], at, v) for k, at, v in value.entries] if isinstance(value, _Map) else []
    maps = [_ahk_pairs(_ahk_map(members)) for members in filled.values() if members]
    if not maps:
        return None
    best = max(maps, key=_strings)
    return (best.entries if isinstance(best, _Map) else []), end


def _autohotkey(body: str) -> str:
    """An AutoHotkey v2 script that fills a Map (fenced or not) as Markdown, line for line (:func:`_data_page`): the
    map that holds the most strings the tree (:func:`_ahk_script`), a ";" comment that names a section opening it
    and its members under it (:func:`_macro_tree`), keys read as words ("OffLabelUses" off-label uses, "NotFor" a
    negation, "SeekHelp" the signs to act on), 'Map("k", v)' and "{k: v}" maps, arrays lists (a list of two-string
    arrays its entries and their notes), a continuation section its lines; the fence, "#Requires", comments and the
    code blank."""
    block = _data_block(body, _AHK_OPEN)
    if block is None:
        return body
    lines, first, last, _ = block
    heads: dict[int, str] = {}
    toks = _lex(lines, first, last, _AHK_TOKEN, heads)
    got = _ahk_script(toks) if toks else None
    if got is None or not got[0]:
        return body
    closed = toks[min(got[1], len(toks)) - 1][2]
    return _data_page(lines, _macro_tree(got[0], heads, first), first, _data_end(lines, last, closed), heads)


# ---------------------------------------------------------------------------
# A Bazel BUILD file in Starlark ('load("//x:defs.bzl", "drug_monograph", "side_effect")', one rule call whose named
# arguments hold the answer: 'uses = [use(condition = "Y", off_label = True)]', 'side_effect("Z", "common")')
# ---------------------------------------------------------------------------

_STARLARK_LOAD = re.compile(r'(?m)^[ \t]*load\([ \t]*"[^"\n]*\.bzl"[ \t]*,')
_STARLARK_ARG = re.compile(r"(?m)^[ \t]+[a-z_]\w*[ \t]*=[ \t]*\S")
_STARLARK_TARGET = re.compile(r'(?m)^[ \t]*name[ \t]*=[ \t]*"[^"\n]*"[ \t]*,?[ \t]*$')
_STARLARK_GENERIC = re.compile(r"(?m)^[ \t]*generic_name[ \t]*=")
#: the arguments a loaded helper takes by position, by the section its name names ('side_effect("Z", "common")')
_STARLARK_PARAMS = {"uses": ["condition", "note"], "side_effects": ["name", "frequency"], "faqs": ["q", "a"]}


def _starlark(body: str) -> str:
    """A BUILD file as the data literal its rule call is (:func:`_literal`), each helper the file loads called with
    its arguments by position named by what the helper's name names: a use's condition and note, an effect's name
    and frequency, a question and its answer; the target's "name" no name of the drug when a generic name is given
    (its line blank)."""
    calls: dict[str, list[str]] = {}
    for load in re.finditer(r"(?m)^[ \t]*load\((?P<a>[^()]*)\)", body):
        for name in re.findall(r'"(\w+)"', load.group("a")):
            params = _STARLARK_PARAMS.get(_data_section(name) or "")
            if params:
                calls[name] = params
    own = _STARLARK_TARGET.sub("", body) if _STARLARK_GENERIC.search(body) else body
    read = _literal(own, calls)
    return body if read == own else read


# ---------------------------------------------------------------------------
# A Puppet manifest ("class x::y (", "  String $generic_name = 'X',", "$usage = { 'off_label' => { 'Y' => 'note' } }",
# "$how = @(HOW)" over its lines and "| HOW", "file { $base: ensure => directory }")
# ---------------------------------------------------------------------------

_PUPPET_CLASS = re.compile(r"(?m)^[ \t]*class[ \t]+[a-z][\w:]*[ \t]*\([ \t]*$")
_PUPPET_VAR = re.compile(r"(?m)^[ \t]*(?:[A-Z]\w*(?:\[[^\]\n]*\])?[ \t]+)?\$[a-z_]\w*[ \t]*=[ \t]*(?:[\[{'\"]|@\()")
_PUPPET_OPEN = re.compile(r"^[ \t]*(?:class[ \t]+[a-z][\w:]*[ \t]*\(|\$[a-z_]\w*[ \t]*=)")
#: a heredoc's opening "@(HOW)" ('@("EOT"/L)') and its closing line "| HOW" ("|- EOT")
_PUPPET_HEREDOC = re.compile(r"@\([ \t]*\"?(?P<t>[A-Z_][A-Z0-9_]*)\"?(?:[:/][^)\n]*)?[ \t]*\)")
_PUPPET_HEREDOC_END = re.compile(r"^(?P<i>[ \t]*)\|-?[ \t]*(?P<t>[A-Z_][A-Z0-9_]*)[ \t]*$")


def _puppet(body: str) -> str:
    """A Puppet class as Markdown, line for line (:func:`_data_page`): its parameters ("String $generic_name = 'X'")
    and the variables its body sets to hashes, arrays, strings and heredocs ("$usage = {", "$faqs = [") one map, read
    as a literal (:func:`_lit_value`, a heredoc as a heredoc of its lines); resources, loops, calls and paths (a
    string with no space: "$base = '/usr/share/x'") nothing; the fence, comments, types and brackets blank."""
    lines = body.split("\n")
    window = _data_window(lines, _PUPPET_OPEN)
    if window is None:
        return body
    own = list(lines)
    for k in range(window[0], window[1] + 1):
        end = _PUPPET_HEREDOC_END.match(own[k])
        own[k] = end["i"] + end["t"] if end else _PUPPET_HEREDOC.sub(lambda m: "<<" + m["t"], own[k])
    heads: dict[int, str] = {}
    toks = _lex(own, *window, _LIT_TOKEN, heads)
    entries: list[tuple[str, int, object]] = []
    i = closed = 0
    while i < len(toks):
        kind, text, line, _ = toks[i]
        if kind == "w" and text == "class" and i + 2 < len(toks) and toks[i + 2][1] == "(":
            params, i = _lit_container(toks, i + 3, ")")
            entries += params.entries if isinstance(params, _Map) else []
        elif kind == "w" and text.startswith("$") and i + 2 < len(toks) and toks[i + 1][1] == "=":
            value, i = _lit_value(toks, i + 2)
            if _strings(value) and not (isinstance(value, _Str) and " " not in value.text):
                entries.append((text[1:], line, value))
        else:
            i += 1
            continue
        closed = toks[min(i, len(toks)) - 1][2]
    if not entries:
        return body
    return _data_page(lines, _Map(entries), window[0], _data_end(lines, window[1], closed), heads)


# ---------------------------------------------------------------------------
# A Visual Basic .NET module ("' ===== Usage =====", 'Public Const X As String = "a " &' over '"b"', "Public ReadOnly
# Y As String() = {"A"}", "New List(Of String) From {", "{"Common", {"Z"}}", "New KeyValuePair(Of String, String)(q,
# a)")
# ---------------------------------------------------------------------------

_VB_DECL = re.compile(r"(?m)^[ \t]*(?:(?:Public|Private|Friend|Protected|Shared|ReadOnly|Const|Dim)[ \t]+)+"
                      r"[A-Za-z_]\w*[ \t]+As[ \t]+\S")
_VB_END = re.compile(r"(?m)^[ \t]*End[ \t]+(?:Module|Class|Structure)\b")
_VB_OPEN = re.compile(r"^[ \t]*(?:Imports[ \t]|Option[ \t]|(?:(?:Public|Friend|Private|Partial|Shared)[ \t]+)*"
                      r"(?:Module|Class|Structure)[ \t]+\w)")
_VB_TOKEN = re.compile(r"'(?P<c>[^\n]*)|(?P<s>\"(?:[^\"\n]|\"\")*\")|(?P<p>[{}(),=&+])|"
                       r"(?P<w>[A-Za-z_][\w.]*|-?\d[\d.]*)")
_VB_MODIFIERS = frozenset({"Public", "Private", "Friend", "Protected", "Shared", "ReadOnly", "Const", "Dim"})


def _vb_value(toks: list[_Token], i: int) -> tuple[object, int]:
    """The value at ``toks[i]``: "New T(Of ...) From { ... }" and "New T(Of ...)(a, b)" their braces or brackets
    (:func:`_vb_group`), a brace or bracket group, strings joined by "&" or "+" one string, a word as written."""
    kind, text, line, parts = toks[i]
    if text == "New":
        i += 2
        if i + 1 < len(toks) and toks[i][1] == "(" and toks[i + 1][1] == "Of":
            depth = 0
            while i < len(toks):
                depth += {"(": 1, ")": -1}.get(toks[i][1], 0)
                i += 1
                if not depth:
                    break
        i += i < len(toks) and toks[i][1] == "From"
        return _vb_group(toks, i) if i < len(toks) and toks[i][1] in ("(", "{") else (None, i)
    if text in ("(", "{"):
        return _vb_group(toks, i)
    if kind == "s":
        got = list(parts)
        i += 1
        while i + 1 < len(toks) and toks[i][1] in ("&", "+") and toks[i + 1][0] == "s":
            got += toks[i + 1][3]
            i += 2
        return _Str(got), i
    return _Str([(line, text)], bare=True), i + 1


def _vb_group(toks: list[_Token], i: int) -> tuple[object, int]:
    """The items of the group that opens at ``toks[i]``, up to its closing bracket: pairs ('{"Common", {...}}') a
    dictionary, a question and its answer ('("Q?", "A.")') a question, any other items a list ("X - note" an entry
    and its note, :func:`_entry_note`)."""
    group, i = _array(toks, i + 1, _vb_value, "}" if toks[i][1] == "{" else ")")
    items = group.items
    pairs = [v.items for v in items if isinstance(v, _List) and len(v.items) == 2 and isinstance(v.items[0], _Str)]
    if items and len(pairs) == len(items):
        return _Map([(k.text, k.line, v) for k, v in pairs if isinstance(k, _Str)]), i
    if len(items) == 2 and isinstance(items[0], _Str) and items[0].text.endswith("?") and isinstance(items[1], _Str):
        return _Map([("q", items[0].line, items[0]), ("a", items[1].line, items[1])]), i
    return _List([_entry_note(v) if isinstance(v, _Str) and not v.bare else v for v in items]), i


def _vbnet(body: str) -> str:
    """A VB.NET module as Markdown, line for line (:func:`_data_page`): each declaration ("Public Const Name As
    String = ...", "Public ReadOnly Uses As New List(Of String) From {") a member named by its name, read by
    :func:`_vb_value`, under the section its comment names ("' ===== Side Effects ====="); the fence, "Imports", the
    module's lines, types, comments and brackets blank."""
    lines = body.split("\n")
    window = _data_window(lines, _VB_OPEN)
    if window is None:
        return body
    heads: dict[int, str] = {}
    toks = [t for t in _lex(lines, *window, _VB_TOKEN, heads) if t[1] != "_"]
    sections: dict[int, list[tuple[str, int, object]]] = {}
    top: list[tuple[str, int, object]] = []
    for i in range(1, len(toks) - 1):
        if toks[i + 1][1] != "As" or toks[i - 1][1] not in _VB_MODIFIERS or toks[i][0] != "w":
            continue
        j = i + 2
        while j < len(toks) and toks[j][1] not in ("=", "New") and toks[j][1] not in _VB_MODIFIERS:
            j += 1
        if j + 1 >= len(toks) or toks[j][1] in _VB_MODIFIERS:
            continue
        value, _ = _vb_value(toks, j + (toks[j][1] == "="))
        if value is not None:
            head = max((k for k in heads if k < toks[i][2]), default=None)
            (top if head is None else sections.setdefault(head, [])).append((toks[i][1], toks[i][2], value))
    top += [(heads[k][3:], k, _Map(members)) for k, members in sections.items()]
    if not top:
        return body
    return _data_page(lines, _Map(top), window[0], _data_end(lines, window[1], toks[-1][2]), heads)


# ---------------------------------------------------------------------------
# A Nix attribute set ("let name = "X"; in {", 'brandNames = [ "A" "B" ];', "inherit name;", "'' long string ''")
# ---------------------------------------------------------------------------

_NIX_OPEN = re.compile(r"^[ \t]*(?:let[ \t]*$|let[ \t]+[A-Za-z_]|(?:rec[ \t]*)?\{[ \t]*(?:#.*)?$|"
                       r"\{[^{}\n]*\}[ \t]*:|[A-Za-z_][\w'-]*[ \t]*=[ \t]*(?:rec[ \t]*)?\{[ \t]*(?:#.*)?$)")
#: a binding ended by its ";": 'drugClass = "X";', 'routes = [ "oral" ];', "inherit name;"
_NIX_BINDING = re.compile(r"(?m)^[ \t]*(?:[A-Za-z_][\w'-]*(?:\.[A-Za-z_][\w'-]*)*[ \t]*=[ \t]*\S.*|inherit[ \t].*);"
                          r"[ \t]*(?:#.*)?$")
_NIX_MARK = re.compile(r"(?m)^[ \t]*(?:let|in)[ \t]*$|^[ \t]*inherit[ \t]|=[ \t]*''[ \t]*$|"
                       r"=[ \t]*\[[ \t]*\"[^\n,]*\"[ \t]+\"")
_NIX_TOKEN = re.compile(r"(?P<c>#[^\n]*|/\*.*?\*/)|''(?P<l>(?:[^']|'(?!')|''['$\\])*)''|"
                        r"(?P<s>\"(?:[^\"\\]|\\.)*\")|(?P<p>[{}\[\]();=.:,])|"
                        r"(?P<w>[A-Za-z_][\w'-]*|-?\d+(?:\.\d+)?|[.~]?/[\w./-]+|<[\w./-]+>)", re.S)


def _nix_value(toks: list[_Token], i: int, env: dict[str, object]) -> tuple[object, int]:
    """The value at ``toks[i]``: an attribute set a map ("inherit x;" the value ``env`` binds to x, "a.b = v;" a map
    under a), a list its items, a string (a long one its lines), "let ... in" its body (the bindings in ``env``), a
    function's pattern skipped for its body; any other word as written."""
    kind, text, line, parts = toks[i]
    if text == "let":
        bound, i = _nix_set(toks, i + 1, "in", env)
        env = {**env, **{k: v for k, _, v in bound.entries}}
        return _nix_value(toks, i, env) if i < len(toks) else (bound, i)
    if text == "rec" and i + 1 < len(toks) and toks[i + 1][1] == "{":
        i, text = i + 1, "{"
    if text == "{":
        value, i = _nix_set(toks, i + 1, "}", env)
        if i < len(toks) and toks[i][1] == ":":  # ("{ pkgs, ... }:": a function's pattern; its body is the value)
            return _nix_value(toks, i + 1, env)
        return value, i
    if text == "[":
        items: list[object] = []
        i += 1
        while i < len(toks) and toks[i][1] != "]":
            value, i = _nix_value(toks, i, env)
            items.append(value)
        return _List(items), i + 1
    if text == "(":
        value, i = _nix_value(toks, i + 1, env)
        while i < len(toks) and toks[i][1] != ")":
            i += 1
        return value, i + 1
    if kind == "s":
        return _Str(parts), i + 1
    return env.get(text, _Str([(line, text)], bare=True)), i + 1


def _nix_set(toks: list[_Token], i: int, close: str, env: dict[str, object]) -> tuple[_Map, int]:
    """The bindings up to ``close`` ("}" or a let's "in") as a map, and the index after ``close``."""
    entries: list[tuple[str, int, object]] = []
    while i < len(toks) and toks[i][1] != close:
        kind, text, line, _ = toks[i]
        if text == "inherit":
            i += 1
            while i < len(toks) and toks[i][1] != ";":
                if toks[i][0] == "w" and toks[i][1] in env:
                    entries.append((toks[i][1], toks[i][2], env[toks[i][1]]))
                i += 1
        elif kind in ("w", "s"):
            path = [_Str(toks[i][3]).text if kind == "s" else text]
            i += 1
            while i + 1 < len(toks) and toks[i][1] == "." and toks[i + 1][0] in ("w", "s"):
                path.append(_Str(toks[i + 1][3]).text if toks[i + 1][0] == "s" else toks[i + 1][1])
                i += 2
            if i >= len(toks) or toks[i][1] != "=":
                continue
            value, i = _nix_value(toks, i + 1, env)
            for name in reversed(path[1:]):
                value = _Map([(name, line, value)])
            entries.append((path[0], line, value))
            depth = 0
            while i < len(toks) and (depth or toks[i][1] not in (";", close)):  # (the rest of an expression: "+ x")
                depth += {"{": 1, "[": 1, "(": 1, "}": -1, "]": -1, ")": -1}.get(toks[i][1], 0)
                i += 1
            continue
        i += 1
    return _Map(entries), i + 1


def _nix(body: str) -> str:
    """A Nix attribute set (fenced or not) as Markdown, line for line (:func:`_data_page`): attribute names read as
    words (camelCase split: "lessCommon" a group, "offLabel" off-label uses), a list's strings its entries, a long
    string its lines; "inherit x;" the value its let binds to x (on the binding's line, where its words are); the
    fence, "#" comments, let / in, braces, brackets, "=" and ";" blank."""
    tree = _from_first(("let", "{", "rec"), lambda toks, i: _nix_value(toks, i, {}))
    return _read_data(body, _NIX_OPEN, _NIX_TOKEN, tree)


# ---------------------------------------------------------------------------
# A Jsonnet file ("local use(condition, note, offLabel=false) = { ... };", "{ generic_name: 'X',", "|||" text
# blocks, "effects('common', [...]) + effects('serious', [...])", "[ { effect: e } for e in list ]", "std.join(...)")
# ---------------------------------------------------------------------------

_JSONNET_OPEN = re.compile(r"^[ \t]*(?:local[ \t]+[A-Za-z_]|\{[ \t]*(?://.*)?$)")
#: what only Jsonnet writes: a local binding or function ("local use(a, b=false) =", "local x = {"), a "|||" text
#: block, a standard library call ("std.join(")
_JSONNET_MARK = re.compile(r"(?m)^[ \t]*local[ \t]+[A-Za-z_]\w*[ \t]*(?:\([^()\n]*\))?[ \t]*=|"
                           r"[:=][ \t]*\|\|\|[ \t]*$|\bstd\.[a-z]\w*\(")
_JSONNET_KEY = re.compile(r"(?m)^[ \t]*(?:[A-Za-z_]\w*|'[^'\n]+'|\"[^\"\n]+\")[ \t]*:{1,3}[ \t]*\S")
_JSONNET_TOKEN = re.compile(r"(?P<c>//[^\n]*|#[^\n]*|/\*.*?\*/)|\|\|\|-?[ \t]*(?P<l>\n.*?)\n[ \t]*\|\|\||"
                            r"@?(?P<s>\"(?:[^\"\\]|\\.)*\"|'(?:[^'\\]|\\.)*')|"
                            r"(?P<p>:::|::|\+:|==|!=|<=|>=|&&|\|\||[{}\[\](),;:=+.<>!%*/-])|"
                            r"(?P<w>[A-Za-z_]\w*|\$|\d+(?:\.\d+)?)", re.S)
_JSONNET_CLOSE = {"{": "}", "[": "]", "(": ")"}


class _Function:
    """A Jsonnet function: its parameters (each with the index of its default's first token, or None) and the index
    of its body's first token."""

    def __init__(self, params: list[tuple[str, int | None]], body: int) -> None:
        self.params, self.body = params, body


def _jsonnet_skip(toks: list[_Token], i: int, stops: tuple[str, ...]) -> int:
    """The index of the first of ``stops`` at this depth from ``toks[i]`` (brackets skipped whole)."""
    depth = 0
    while i < len(toks) and (depth or toks[i][1] not in stops):
        depth += (toks[i][1] in _JSONNET_CLOSE) - (toks[i][1] in _JSONNET_CLOSE.values())
        if depth < 0:
            break
        i += 1
    return i


def _jsonnet_value(toks: list[_Token], i: int, env: dict[str, object]) -> tuple[object, int]:
    """The expression at ``toks[i]``: "local" bindings then their body; terms joined by "+" (strings one string, arrays
    one list, objects one map); "==" and "!=" a "true" or "false"; "if c then a else b" the branch ``c`` takes."""
    while i < len(toks) and toks[i][1] == "local":
        i = _jsonnet_locals(toks, i + 1, env := dict(env), (";",)) + 1
    if i < len(toks) and toks[i][1] == "if":
        cond, i = _jsonnet_value(toks, i + 1, env)
        then = _jsonnet_skip(toks, i, ("then",))
        yes, i = _jsonnet_value(toks, then + 1, env)
        no: object = None
        if i < len(toks) and toks[i][1] == "else":
            no, i = _jsonnet_value(toks, i + 1, env)
        return (yes if _true(cond) else no), i
    value, i = _jsonnet_term(toks, i, env)
    while i < len(toks) and toks[i][1] in ("+", "==", "!="):
        op = toks[i][1]
        right, i = _jsonnet_term(toks, i + 1, env)
        if op != "+":
            same = isinstance(value, _Str) and isinstance(right, _Str) and value.text == right.text
            value = _Str([(toks[i - 1][2], "true" if same == (op == "==") else "false")], bare=True)
        elif isinstance(value, _Str) and isinstance(right, _Str):
            value = _Str([*value.parts, *right.parts])
        elif isinstance(value, _List) and isinstance(right, _List):
            value = _List([*value.items, *right.items])
        elif isinstance(value, _Map) and isinstance(right, _Map):
            value = _Map([*value.entries, *right.entries])
    return value, i


def _jsonnet_locals(toks: list[_Token], i: int, env: dict[str, object], stops: tuple[str, ...]) -> int:
    """The bindings of a "local" ("x = v", "f(a, b=1) = body", joined by ",") into ``env``; the index of its stop."""
    while i + 1 < len(toks):
        name = toks[i][1]
        if toks[i + 1][1] == "(":  # (a function: its parameters, then its body read when it is called)
            params: list[tuple[str, int | None]] = []
            j = i + 2
            while j < len(toks) and toks[j][1] != ")":
                if toks[j][0] == "w":
                    has = j + 1 < len(toks) and toks[j + 1][1] == "="
                    params.append((toks[j][1], j + 2 if has else None))
                    j = _jsonnet_skip(toks, j + 1, (",", ")"))
                else:
                    j += 1
            env[name] = _Function(params, j + 2)
            i = _jsonnet_skip(toks, j + 2, (",", *stops))
        elif toks[i + 1][1] == "=":
            env[name], i = _jsonnet_value(toks, i + 2, env)
            i = _jsonnet_skip(toks, i, (",", *stops))
        else:
            return _jsonnet_skip(toks, i, stops)
        if i >= len(toks) or toks[i][1] != ",":
            return i
        i += 1
    return i


def _jsonnet_term(toks: list[_Token], i: int, env: dict[str, object]) -> tuple[object, int]:
    """A term: an object, an array (or an array comprehension: its element for each item), a string or text block, a
    bracketed expression, a call (a local function's body with its arguments bound; a joining "std." call its strings
    one string, any other its first argument), a name's value ("x", "x.field"), a word as written."""
    if i >= len(toks):
        return None, i
    kind, text, line, parts = toks[i]
    if text == "{":
        return _jsonnet_object(toks, i + 1, env)
    if text == "[":
        if i + 1 < len(toks) and toks[i + 1][1] == "]":
            return _List([]), i + 2
        start = i + 1
        item, j = _jsonnet_value(toks, start, env)
        if j < len(toks) and toks[j][1] == "for" and j + 2 < len(toks):  # ("[ {effect: e} for e in list ]")
            over, end = _jsonnet_value(toks, j + 3, env)
            end = _jsonnet_skip(toks, end, ("]",))
            items = over.items if isinstance(over, _List) else []
            return _List([_jsonnet_value(toks, start, {**env, toks[j + 1][1]: v})[0] for v in items]), end + 1
        items_: list[object] = [item]
        while j < len(toks) and toks[j][1] == ",":
            if j + 1 < len(toks) and toks[j + 1][1] == "]":
                j += 1
                break
            item, j = _jsonnet_value(toks, j + 1, env)
            items_.append(item)
        return _List(items_), _jsonnet_skip(toks, j, ("]",)) + 1
    if text == "(":
        value, j = _jsonnet_value(toks, i + 1, env)
        return value, _jsonnet_skip(toks, j, (")",)) + 1
    if kind == "s":
        return _Str(parts), i + 1
    if text in ("-", "!") and i + 1 < len(toks):
        return _jsonnet_term(toks, i + 1, env)
    name, i = text, i + 1
    while i + 1 < len(toks) and toks[i][1] == "." and toks[i + 1][0] == "w":  # ("std.join", "data.brand_names")
        name, i = f"{name}.{toks[i + 1][1]}", i + 2
    if i < len(toks) and toks[i][1] == "(" and toks[i][2] == toks[i - 1][2]:
        return _jsonnet_call(toks, i + 1, env, name)
    head, *path = name.split(".")
    value = env.get(head, _Str([(line, name)], bare=True) if not path else None)
    for key in path:
        value = next((v for k, _, v in value.entries if k == key), None) if isinstance(value, _Map) else None
    return value, i


def _jsonnet_call(toks: list[_Token], i: int, env: dict[str, object], name: str) -> tuple[object, int]:
    """A call's value (:func:`_jsonnet_term`), its arguments from ``toks[i]``; the index after its ")"."""
    args: list[object] = []
    named: dict[str, object] = {}
    while i < len(toks) and toks[i][1] != ")":
        if toks[i][1] == ",":
            i += 1
            continue
        if toks[i][0] == "w" and i + 1 < len(toks) and toks[i + 1][1] == "=":
            named[toks[i][1]], i = _jsonnet_value(toks, i + 2, env)
        else:
            value, i = _jsonnet_value(toks, i, env)
            args.append(value)
        i = _jsonnet_skip(toks, i, (",", ")"))
    function = env.get(name)
    if isinstance(function, _Function) and int(str(env.get(" depth", 0))) < 8:  # (a function calling itself)
        own = {**env, " depth": int(str(env.get(" depth", 0))) + 1}
        for n, (param, default) in enumerate(function.params):
            own[param] = args[n] if n < len(args) else named[param] if param in named else \
                _jsonnet_value(toks, default, own)[0] if default is not None else None
        return _jsonnet_value(toks, function.body, own)[0], i + 1
    strings = _data_strings(_List(args[-1:]))
    if _LIT_JOINS.search(name.split(".")[-1]) and strings:
        return _Str([p for s in strings for p in s.parts]), i + 1
    return (args[0] if args else None), i + 1


def _jsonnet_object(toks: list[_Token], i: int, env: dict[str, object]) -> tuple[_Map, int]:
    """The fields up to "}" ("key: value", "'key':: value", "[expr]: value"; "local x = v," bound for the rest) as a
    map, and the index after the "}"."""
    entries: list[tuple[str, int, object]] = []
    env = dict(env)
    while i < len(toks) and toks[i][1] != "}":
        kind, text, line, parts = toks[i]
        if text == "local":
            i = _jsonnet_locals(toks, i + 1, env, (",", "}"))
        elif kind in ("w", "s") and i + 1 < len(toks) and toks[i + 1][1] in (":", "::", ":::", "+:"):
            value, i = _jsonnet_value(toks, i + 2, env)
            entries.append((_Str(parts).text if kind == "s" else text, line, value))
        else:
            i += 1
            continue
        i = _jsonnet_skip(toks, i, (",", "}"))
        i += i < len(toks) and toks[i][1] == ","
    return _Map(entries), i + 1


def _jsonnet(body: str) -> str:
    """A Jsonnet file (fenced or not) as Markdown, line for line (:func:`_data_page`): the top-level "local"s bound,
    its object read with every call of a local function evaluated ("use('Gout', 'note', offLabel=true)" the object the
    function builds, its words on the call's lines), arrays joined by "+" one list, comprehensions their items,
    "|||" blocks their lines; the fence, comments, locals, brackets and separators blank."""
    return _read_data(body, _JSONNET_OPEN, _JSONNET_TOKEN, lambda toks: _jsonnet_value(toks, 0, {}))


# ---------------------------------------------------------------------------
# A Pkl module ("module x.Y", "class Use { offLabel: Boolean = false }" the schema, 'genericName = "X"', "usage {"
# over 'uses = new Listing<Use> {' over 'new { condition = "Y"; offLabel = true }', '["common"] = new Listing {' over
# '"Z"' elements, '"""' text, "// ---- Usage ----")
# ---------------------------------------------------------------------------

#: what only Pkl writes: "new Listing", "new Mapping", "new Dynamic", a module header, a ```pkl fence
_PKL_ONLY = re.compile(r"(?m)\bnew[ \t]+(?:Listing|Mapping|Dynamic)\b|^[ \t]*(?:module|amends)[ \t]+[\w.\"]|"
                       r"^[ \t]*(?:```|~~~)[ \t]*pkl[ \t]*$")
#: an object's "new" ('= new Listing<Use> {', an element's 'new {') and a module header
_PKL_MARK = re.compile(r"(?m)(?:=|^)[ \t]*new(?:[ \t]+[A-Z][\w.]*(?:<[^\n{}]*>)?)?[ \t]*\{|"
                       r"^[ \t]*(?:module|amends)[ \t]")
_PKL_OPEN = re.compile(r"^[ \t]*(?:(?:module|amends|extends|import|open|abstract|class|typealias)[ \t]+\S|"
                       r"[A-Za-z_]\w*[ \t]*(?::[^=\n]*)?=[ \t]*\S|[A-Za-z_]\w*[ \t]*\{[ \t]*$)")
_PKL_TOKEN = re.compile(r"(?P<c>//[^\n]*|/\*.*?\*/)|\"\"\"(?P<l>.*?)\"\"\"|(?P<s>\"(?:[^\"\\\n]|\\.)*\")|"
                        r"(?P<p>->|[{}\[\]()=;,:<>?|.+*/@-])|(?P<w>[A-Za-z_$][\w$]*|\d+(?:\.\d+)?|`[^`\n]+`)", re.S)
#: a declaration that is the module's schema or plumbing, not its data (to its line's end, a "{...}" on it whole)
_PKL_DECLARATIONS = frozenset({"module", "amends", "extends", "import", "class", "typealias", "function", "output",
                               "@"})
_PKL_MODIFIERS = frozenset({"local", "hidden", "fixed", "const", "open", "abstract", "external"})


def _pkl_members(toks: list[_Token], i: int, close: str | None, env: dict[str, object]
                 ) -> tuple[list[tuple[str, int, object]], list[object], int]:
    """The members up to ``close`` (the module's to its end): "name = value", "name: Type = value" and "name {...}"
    properties, '["key"] = value' entries and the elements; a "local" one bound in ``env``, declarations skipped;
    and the index after ``close``."""
    entries: list[tuple[str, int, object]] = []
    items: list[object] = []
    local = False
    while i < len(toks) and toks[i][1] != close:
        kind, text, line, parts = toks[i]
        after = toks[i + 1][1] if i + 1 < len(toks) else ""
        if text in (";", ","):
            i += 1
        elif kind == "w" and text in _PKL_MODIFIERS:
            local, i = local or text == "local", i + 1
        elif text in _PKL_DECLARATIONS and (kind == "w" or text == "@"):
            i += 1
            while i < len(toks) and toks[i][2] == line and toks[i][1] != "{":
                i += 1
            if i < len(toks) and toks[i][1] == "{" and toks[i][2] == line:
                i = _jsonnet_skip(toks, i + 1, ("}",)) + 1
        elif kind == "w" and after in ("=", ":", "{"):
            j = i + 1
            while after == ":" and j < len(toks) and toks[j][1] != "=" and toks[j][2] == line:
                j += 1  # (a type: "note: String? = ...")
            if j >= len(toks) or toks[j][1] not in ("=", "{"):
                i = j
                continue
            value, i = _pkl_value(toks, j + (toks[j][1] == "="), env)
            if local:
                env[text] = value
            else:
                entries.append((text, line, value))
            local = False
        elif text == "[" and i + 3 < len(toks) and toks[i + 2][1] == "]" and toks[i + 3][1] in ("=", "{"):
            key = _Str(toks[i + 1][3]).text if toks[i + 1][0] == "s" else toks[i + 1][1]
            value, i = _pkl_value(toks, i + 3 + (toks[i + 3][1] == "="), env)
            entries.append((key, line, value))  # ('["less common"] = new Listing {...}')
        else:
            value, i = _pkl_value(toks, i, env)
            if value is not None:
                items.append(value)
    return entries, items, i + 1


def _pkl_value(toks: list[_Token], i: int, env: dict[str, object]) -> tuple[object, int]:
    """The value at ``toks[i]``: a string (strings joined by "+" one string; a triple-quoted one its lines), an
    object ("new Type {...}", "{...}") a map of its properties and entries or a list of its elements, "List(...)" /
    "Set(...)" a list, "Map(k, v, ...)" a map, a local's value, a word as written; anything else nothing."""
    if i >= len(toks):
        return None, i
    kind, text, line, parts = toks[i]
    if kind == "s":
        parts = list(parts)
        i += 1
        while i + 1 < len(toks) and toks[i][1] == "+" and toks[i + 1][0] == "s":
            parts += toks[i + 1][3]
            i += 2
        return _Str(parts), i
    if text == "new":
        i += 1
        while i < len(toks) and toks[i][1] != "{" and (toks[i][0] == "w" or toks[i][1] in ("<", ">", ",", ".", "?")):
            i += 1
        if i < len(toks) and toks[i][1] == "{":
            return _pkl_value(toks, i, env)
        return None, i
    if text == "{":
        entries, items, i = _pkl_members(toks, i + 1, "}", env)
        return (_Map(entries) if entries else _List(items)), i
    if kind != "w":
        return None, i + 1
    if i + 1 < len(toks) and toks[i + 1][1] == "(" and toks[i + 1][2] == line:
        args: list[object] = []
        i += 2
        while i < len(toks) and toks[i][1] != ")":
            if toks[i][1] == ",":
                i += 1
                continue
            arg, i = _pkl_value(toks, i, env)
            args.append(arg)
        if text == "Map":
            pairs = zip(args[::2], args[1::2])
            return _Map([(k.text, k.line, v) for k, v in pairs if isinstance(k, _Str)]), i + 1
        return (_List(args) if text in ("List", "Set", "Listing") else None), i + 1
    if text == "null":
        return None, i + 1
    return env.get(text, _Str([(line, text)], bare=True)), i + 1


def _pkl_module(toks: list[_Token]) -> tuple[object, int]:
    """The module's properties as a map (a property that names another its value), and the index after the last."""
    env: dict[str, object] = {}
    entries, _, _ = _pkl_members(toks, 0, None, env)
    tree = _lit_resolve(_Map(entries), {**env, **{key: value for key, _, value in entries}})
    last = max((k for _, _, v in entries for s in _map_strings(v) for k, _ in s.parts), default=0)
    return tree, next((n + 1 for n, t in enumerate(toks) if t[2] > last), len(toks))


def _pkl(body: str) -> str:
    """A Pkl module (fenced or not) as Markdown, line for line (:func:`_data_page`): its properties a tree (camelCase
    keys read as words), "new Listing {...}" elements a list, "new Mapping {...}" entries ('["common"] = ...') a map,
    an element 'new { condition = "X"; offLabel = true }' a map of its properties; the module header, the class
    definitions (the schema: a default left out says nothing), the "output" block, comments, "new", types, braces and
    the fence blank, a "// ---- X ----" comment that names a section its heading."""
    return _read_data(body, _PKL_OPEN, _PKL_TOKEN, _pkl_module)


# ---------------------------------------------------------------------------
# EDN, Clojure's data ('{:generic-name "X"', ':routes #{:oral}', ':off-label [{:condition "Y" :note "..."}]', "; note")
# ---------------------------------------------------------------------------

_EDN_OPEN = re.compile(r"^[ \t]*\{[ \t]*:[A-Za-z]")
_EDN_KEY = re.compile(r"(?m)^[ \t]*[{\[]*:[A-Za-z][\w.*+!?-]*[ \t]")
_EDN_TOKEN = re.compile(r"(?P<c>;[^\n]*)|(?P<s>\"(?:[^\"\\]|\\.)*\")|(?P<p>#\{|[{}\[\]()])|(?P<w>[^\s,;{}\[\]()\"]+)")


def _edn_value(toks: list[_Token], i: int) -> tuple[object, int]:
    kind, text, line, parts = toks[i]
    if kind == "p" and text in ("{", "[", "(", "#{"):
        close = {"{": "}", "[": "]", "(": ")", "#{": "}"}[text]
        items: list[tuple[object, int]] = []
        i += 1
        while i < len(toks) and toks[i][1] != close:
            at = toks[i][2]
            value, i = _edn_value(toks, i)
            items.append((value, at))
        if text != "{":
            return _List([v for v, _ in items]), i + 1
        pairs = zip(items[::2], items[1::2])
        return _Map([(k.text if isinstance(k, _Str) else "", at, v) for (k, at), (v, _) in pairs]), i + 1
    if kind == "s":
        return _Str(parts), i + 1
    word = text[1:].rsplit("/", 1)[-1] if text.startswith(":") else text  # (":off-label": a keyword's name)
    return _Str([(line, word.replace("-", " ") if text.startswith(":") else word)], bare=True), i + 1


def _edn(body: str) -> str:
    """An EDN map (fenced or not) as Markdown, line for line (:func:`_data_page`): keywords read as words
    (":less-common" a group, ":off-label" off-label uses), a set or vector of keywords a list of their words; the
    fence, ";" comments (a note after an entry says nothing of its own) and brackets blank."""
    return _read_data(body, _EDN_OPEN, _EDN_TOKEN, _from_first(("{",), _edn_value))


# ---------------------------------------------------------------------------
# A Red (or Rebol) block ("Red [ Title: ... ]" the header, 'x: [' over '    generic-name: "X"', "routes: [oral]",
# '[condition: "Y" off-label: true]', "{long string}" over lines, questions and answers in turn, ";-- == Usage ==")
# ---------------------------------------------------------------------------

_RED_HEADER = re.compile(r"(?m)^[ \t]*(?:Red|REBOL|Rebol)[ \t]*\[")
_RED_OPEN = re.compile(r"^[ \t]*(?:Red|REBOL|Rebol)[ \t]*\[|^[A-Za-z][\w?!.*+-]*:[ \t]*\[[ \t]*(?:;.*)?$")
#: a set-word over its value: "generic-name: "X"", "usage: [", "seek-help: {"
_RED_SET = re.compile(r"(?m)^[ \t]*\[?[A-Za-z][\w?!.*+-]*:[ \t]+[\"{\[]")
_RED_TOKEN = re.compile(r"(?P<c>;[^\n]*)|\{(?P<l>(?:[^{}^]|\^.|\{[^{}]*\})*)\}|(?P<s>\"(?:[^\"^\n]|\^.)*\")|"
                        r"(?P<p>[\[\]()])|(?P<w>[^\s\[\](){}\";]+)", re.S)


def _red_value(toks: list[_Token], i: int) -> tuple[object, int]:
    """The value at ``toks[i]``: a block with set-words ("key:") a map, else a list (strings in turn a question and
    its answer each a pair, :func:`_two_map`); a paren (code) None; a string or word its words."""
    kind, text, line, parts = toks[i]
    if text == "(":
        depth = 0
        while i < len(toks):
            depth += (toks[i][1] == "(") - (toks[i][1] == ")")
            i += 1
            if not depth:
                break
        return None, i
    if text != "[":
        return (_Str(parts), i + 1) if kind == "s" else (_Str([(line, text)], bare=True), i + 1)
    entries: list[tuple[str, int, object]] = []
    items: list[object] = []
    i += 1
    while i < len(toks) and toks[i][1] != "]":
        key = toks[i][1]
        if toks[i][0] == "w" and len(key) > 1 and key.endswith(":") and i + 1 < len(toks) and toks[i + 1][1] != "]":
            at = toks[i][2]
            value, i = _red_value(toks, i + 1)
            entries.append((key[:-1], at, value))
        else:
            value, i = _red_value(toks, i)
            items.append(value)
    if entries:
        return _Map(entries), i + 1
    if len(items) >= 2 and not len(items) % 2 and all(isinstance(v, _Str) and not v.bare for v in items) \
            and all(q.text.endswith("?") for q in items[::2]):
        items = [_two_map(q, a) for q, a in zip(items[::2], items[1::2])]
    return _List(items), i + 1


def _red_script(toks: list[_Token]) -> tuple[object, int] | None:
    """The top-level set-word whose block holds the most strings ("tolcapone: [ ... ]"); the header block ("Red [
    Title: ... ]") and code after it ("print [...]") left out."""
    found: list[tuple[object, int]] = []
    i = 0
    while i + 1 < len(toks):
        if toks[i][0] == "w" and toks[i][1].endswith(":") and toks[i + 1][1] == "[":
            found.append(_red_value(toks, i + 1))
            i = found[-1][1]
        else:
            i += 1
    maps = [got for got in found if isinstance(got[0], _Map)]
    return max(maps, key=lambda got: _strings(got[0])) if maps else None


def _red(body: str) -> str:
    """A Red (or Rebol) block (fenced or not) as Markdown, line for line (:func:`_data_page`): the top-level block
    that holds the most strings the tree (:func:`_red_script`), its set-words keys read as words ("off-label" a flag,
    "less-common" a group, "not-for" a negation), a word ("oral") its text, a "{...}" string its words on its lines;
    the fence, the header block, ";" comments (one that names a section its heading), brackets and code blank."""
    return _read_data(body, _RED_OPEN, _RED_TOKEN, _red_script)


# ---------------------------------------------------------------------------
# A PostScript program whose dictionary holds the answer ("/BrandNames [ (A) (B) ] def", "/Route /oral def", "/Usage
# << /Approved [ << /Condition (X) /Note (Y) >> ] >> def", "% ===== Usage =====", the "%!PS" header and the drawing
# code after the data)
# ---------------------------------------------------------------------------

_PS_MARK = re.compile(r"(?m)^%!PS|^[ \t]*>>[ \t]*def\b")
#: a name defined as a string, an array, a dictionary or a name ("/DrugClass (X) def", "/Usage <<", "/Route /oral")
_PS_DEFS = re.compile(r"(?m)^[ \t]*/[A-Za-z][\w-]*[ \t]+(?:\(|\[|<<|/[A-Za-z])")
_PS_OPEN = re.compile(r"^[ \t]*(?:%!PS|/[A-Za-z][\w-]*[ \t]+(?:\(|\[|<<|/[A-Za-z]))")
_PS_TOKEN = re.compile(r"(?P<c>%[^\n]*)|"
                       r"(?P<s>\((?:[^()\\]|\\.|\((?:[^()\\]|\\.|\((?:[^()\\]|\\.)*\))*\))*\))|"
                       r"(?P<p><<|>>|[\[\]{}])|<[0-9A-Fa-f\s]*>|(?P<w>/?[^\s()<>\[\]{}/%]+)", re.S)


def _ps_value(toks: list[_Token], i: int) -> tuple[object, int]:
    """The value at ``toks[i]``: "<< /Key value ... >>" a map, "[ ... ]" a list (of pairs of strings, "[ (Q?) (A) ]",
    the maps they mean: :func:`_two_map`), a procedure "{ ... }" None, a string its words, a name ("/oral") or a
    number as written."""
    kind, text, line, parts = toks[i]
    if kind == "s":
        return _Str(parts), i + 1
    if text == "[":
        got, i = _array(toks, i + 1, _ps_value)
        if got.items and all(isinstance(v, _List) and len(v.items) == 2 and isinstance(v.items[0], _Str)
                             for v in got.items):
            got = _List([_two_map(*v.items) for v in got.items if isinstance(v, _List)])
        return got, i
    if text == "<<":
        entries: list[tuple[str, int, object]] = []
        i += 1
        while i + 1 < len(toks) and toks[i][1] != ">>":
            key, at = toks[i][1], toks[i][2]
            value, i = _ps_value(toks, i + 1)
            if key.startswith("/") and value is not None:
                entries.append((key[1:], at, value))
        return _Map(entries), i + 1
    if text == "{":
        depth = 0
        while i < len(toks):
            depth += (toks[i][1] == "{") - (toks[i][1] == "}")
            i += 1
            if not depth:
                break
        return None, i
    return _Str([(line, text.lstrip("/"))], bare=True), i + 1


def _ps_defs(toks: list[_Token]) -> tuple[object, int] | None:
    """The names the program defines ("/Key value def") as a map, and the index after the last "def"; other code
    ("/eperisone 12 dict def", "eperisone begin", "/Helvetica findfont ...") left out."""
    entries: list[tuple[str, int, object]] = []
    i, end = 0, 0
    while i + 1 < len(toks):
        kind, text, line, _ = toks[i]
        if kind == "w" and text.startswith("/") and (toks[i + 1][0] == "s" or toks[i + 1][1] in ("[", "<<")
                                                     or toks[i + 1][1].startswith("/")):
            value, j = _ps_value(toks, i + 1)
            if j < len(toks) and toks[j][1] == "def" and value is not None:
                entries.append((text[1:], line, value))
                i = end = j + 1
                continue
        i += 1
    return (_Map(entries), end) if len(entries) >= 4 else None


def _postscript(body: str) -> str:
    """A PostScript program whose dictionary holds the answer (fenced or not) as Markdown, line for line
    (:func:`_data_page`): each name it defines a key (CamelCase read as words: "LessCommon" a group, "NotFor" a
    negation, "SeekHelp"), "<< ... >>" a map, "[ ... ]" a list ("[ (Q?) (A) ]" a question and its answer), a string
    "( ... )" its words on its lines (escaped brackets as brackets), a name ("/oral") its word; the fence, the "%!PS"
    header and "%" comments (one that names a section its heading), "begin" / "end" and the drawing code blank."""
    return _read_data(body, _PS_OPEN, _PS_TOKEN, _ps_defs)

# ---------------------------------------------------------------------------
# A Lisp S-expression ('(drug (generic-name "X" :brand "Y")', '(uses (use :condition "Z" :purpose prevention))', ";")
# ---------------------------------------------------------------------------

_SEXP_OPEN = re.compile(r"^[ \t]*['`]?\([a-z][\w*+!?/-]*[ \t]*(?:[\"(:;]|$)")
_SEXP_LIST = re.compile(r"(?m)^[ \t]*['`]?\([a-z][\w*+!?/-]*(?:[ \t]+[\"(:]|[ \t]*$)")
_SEXP_TOKEN = re.compile(r"(?P<c>;[^\n]*)|(?P<s>\"(?:[^\"\\]|\\.)*\")|(?P<p>[()\[\]])|['`,#]+|"
                         r"(?P<w>[^\s;()\[\]\"'`,]+)")


def _sexp_value(toks: list[_Token], i: int) -> tuple[str | None, object, int]:
    """The value at ``toks[i]`` and the head of its list: "(head "x")" the string, "(head :k v ...)" a map of its
    keywords (a string after the head under the head's own name), "(head (a ...) (b ...))" a map of its lists by their
    heads, and a list when they share one head ("(uses (use ...) (use ...))"); a dotted pair '("X" . "note")' an
    entry and its note, "(key . value)" the key's value (an alist of them a map); a keyword or symbol as words."""
    kind, text, line, parts = toks[i]
    if kind == "s":
        return None, _Str(parts), i + 1
    if text not in ("(", "["):
        return None, _Str([(line, text.lstrip(":").replace("-", " "))], bare=True), i + 1
    close = ")" if text == "(" else "]"
    i += 1
    head = None
    if i < len(toks) and toks[i][0] == "w" and not toks[i][1].startswith(":"):
        head, i = toks[i][1], i + 1
    values: list[object] = []
    entries: list[tuple[str, int, object]] = []
    lists: list[tuple[str, int, object]] = []
    while i < len(toks) and toks[i][1] != close:
        if toks[i][0] == "w" and toks[i][1].startswith(":") and len(toks[i][1]) > 1:
            key, at = toks[i][1][1:], toks[i][2]
            if i + 1 < len(toks) and toks[i + 1][1] != close:
                _, value, i = _sexp_value(toks, i + 1)
                entries.append((key, at, value))
            else:
                i += 1
            continue
        at = toks[i][2]
        inner, value, i = _sexp_value(toks, i)
        if inner is None:
            values.append(value)
        else:
            lists.append((inner, at, value))
    dot = [n for n, v in enumerate(values) if isinstance(v, _Str) and v.bare and v.text == "."]
    if dot == [1] and head is None and len(values) == 3 and not entries and not lists:
        return None, _Map([("name", values[0].line, values[0]), ("note", values[2].line, values[2])]), i + 1
    if dot == [0] and head is not None and len(values) == 2 and not entries and not lists:
        return head, values[1], i + 1  # (an alist's "(key . value)": the key's value)
    own = values[0] if len(values) == 1 else _List(values) if values else None
    if head is None and lists and not entries and not values and len({h for h, _, _ in lists}) == len(lists) > 1:
        return None, _Map(lists), i + 1  # (an alist, "((target . "X") (action . inhibitor))": a map by its keys)
    if head is None:
        return None, (_Map(entries) if entries and not values else _List(values + [v for _, _, v in lists])), i + 1
    if not entries and not values and lists and len({h for h, _, _ in lists}) == 1:
        return head, _List([v for _, _, v in lists]), i + 1
    if not entries and not lists:
        return head, own if own is not None else _List([]), i + 1
    return head, _Map(([(head, line, own)] if own is not None else []) + entries + lists), i + 1


def _sexp(body: str) -> str:
    """A Lisp S-expression (fenced or not) as Markdown, line for line (:func:`_data_page`): the outer list's lists as
    top-level keys by their heads, list heads and keywords read as words (":less-common" a group, "(off-label ...)"
    off-label uses), a string over several lines one string; the fence, ";" comments, parentheses and quotes blank."""
    return _read_data(body, _SEXP_OPEN, _SEXP_TOKEN, _from_first(("(", "["), lambda toks, i: _sexp_value(toks, i)[1:]))


# ---------------------------------------------------------------------------
# An Emacs Lisp package file ("(defconst x-monograph" over "'(:generic-name "X"", ":route oral", ":approved" over
# '(("Condition" . "note"))', ":faqs" over '((:q "..." :a "..."))', ";;; x.el --- ...", "(provide 'x)")
# ---------------------------------------------------------------------------

_ELISP_DEF = re.compile(r"^[ \t]*\((?:defconst|defvar|defcustom|setq)[ \t]+[\w-]+[ \t]*(?:['`]\(.*)?$")
_ELISP_DEFS = re.compile(_ELISP_DEF.pattern, re.M)  # (the same line, searched in the whole body)
_ELISP_KEY = re.compile(r"(?m)^[ \t]*['`]?\(*:[a-z][\w-]*(?:[ \t]+[\"'(a-z]|[ \t]*$)")


def _elisp_tree(toks: list[_Token]) -> tuple[object, int] | None:
    """The quoted list a "(defconst name '(...) "doc")" binds (the map among its values that holds the most strings;
    the name and the docstring say nothing), and the index after the form."""
    got = _from_first(("(",), lambda toks, i: _sexp_value(toks, i)[1:])(toks)
    if got is None:
        return None
    maps = [v for v in (got[0].items if isinstance(got[0], _List) else [got[0]]) if isinstance(v, _Map)]
    return (max(maps, key=_strings), got[1]) if maps else None


def _elisp(body: str) -> str:
    """An Emacs Lisp package file whose "defconst" (or "defvar", "setq") binds a quoted plist (fenced or not) as
    Markdown, line for line (:func:`_data_page`): its keywords read as words (":less-common" a group, ":off-label"
    off-label uses, ":get-help" signs), a bare symbol ("oral") its word, a dotted pair '("X" . "note")' an entry and
    its note, "(:q ... :a ...)" a question and its answer; the fence, ";" comments (the package header and footer),
    the name, the docstring, "(provide ...)", parentheses and quotes blank."""
    return _read_data(body, _ELISP_DEF, _SEXP_TOKEN, _elisp_tree)


# ---------------------------------------------------------------------------
# Common Lisp structures ("(defstruct use condition note (off-label nil))" the types, then "(defparameter *x*" over
# '(make-monograph :generic-name "X" :brand-names '("A")', ':uses (list (make-use :condition "Y" :off-label t) ...)',
# "'(:intravenous)", ":frequency :less-common", ";;; ---------- Usage ----------")
# ---------------------------------------------------------------------------

_CL_OPEN = re.compile(r"^[ \t]*\((?:defstruct|defclass|defparameter|defvar|defconstant|setf|in-package)[ \t]")
_CL_DEFS = re.compile(r"(?m)^[ \t]*\((?:defparameter|defvar|defconstant|setf)[ \t]+\S")
_CL_MAKE = re.compile(r"\((?:make-[\w-]+|defstruct|defclass)[ \t\n]")
_CL_TOKEN = re.compile(r"(?P<c>;[^\n]*|#\|.*?\|#)|(?P<s>\"(?:[^\"\\]|\\.)*\")|(?P<p>'\(|[()])|[`,#']+|"
                       r"(?P<w>[^\s;()\"'`,]+)", re.S)


def _cl_tree(toks: list[_Token]) -> tuple[object, int] | None:
    """The structure a "(defparameter *x* (make-monograph ...))" (or "defvar", "defconstant", "setf") binds, read as
    an S-expression (:func:`_sexp_value`): the map among the forms' values that holds the most strings, and the index
    after its form. A quoted list of keywords ("'(:intravenous :oral)") is a list of their words, "t" true."""
    own: list[_Token] = []
    quoted = False  # (inside a quoted list of keywords only)
    for n, (kind, text, line, parts) in enumerate(toks):
        if text == "'(":
            close = next((k for k in range(n + 1, len(toks)) if toks[k][1] in ("(", "'(", ")")), len(toks))
            quoted = close < len(toks) and toks[close][1] == ")" and close > n + 1 \
                and all(t[0] == "w" and t[1].startswith(":") for t in toks[n + 1:close])
            text = "("
        elif quoted and kind == "w":
            kind, parts = "s", [(line, text[1:].replace("-", " "))]
        elif kind == "w" and text == "t":
            text, parts = "true", [(line, "true")]
        quoted = quoted and text != ")"
        own.append((kind, text, line, parts))
    return _bound_map(own, ("defparameter", "defvar", "defconstant", "setf"))


def _bound_map(toks: list[_Token], binders: tuple[str, ...]) -> tuple[object, int] | None:
    """The map a form headed by one of ``binders`` ("(defparameter *x* (make-x ...))", "(define x (hash ...))") binds,
    read as an S-expression (:func:`_sexp_value`): the map among the forms' values that holds the most strings, and
    the index after its form."""
    got: list[tuple[object, int]] = []
    for i, (_, text, _, _) in enumerate(toks):
        if text == "(" and i + 1 < len(toks) and toks[i + 1][1] in binders:
            _, value, end = _sexp_value(toks, i)
            inner = [v for _, _, v in value.entries if isinstance(v, _Map)] if isinstance(value, _Map) else []
            got += [(v, end) for v in [*inner, value] if isinstance(v, _Map)]
    return max(got, key=lambda g: _strings(g[0])) if got else None


def _common_lisp(body: str) -> str:
    """Common Lisp structures (fenced or not) as Markdown, line for line (:func:`_data_page`): the structure a
    "defparameter" binds read as an S-expression (:func:`_sexp_value`: "(make-use :condition ...)" a map of its
    keywords, "(list ...)" of them a list, ":less-common" a group, ":off-label t" an off-label use, "(make-faq
    :question ... :answer ...)" a question and its answer); the fence, ";" comments (one that names a section its
    heading), the "defstruct" forms, parentheses and quotes blank."""
    return _read_data(body, _CL_OPEN, _CL_TOKEN, _cl_tree)


# ---------------------------------------------------------------------------
# A Racket hash ("#lang racket", "(define x (hash 'generic-name "X" 'brand-names '("A" "B") 'uses (list (hash
# 'condition "Y" 'off-label #t)) 'faqs '(("Q?" . "A")))", ";; ---------- Usage ----------")
# ---------------------------------------------------------------------------

_RKT_OPEN = re.compile(r"^[ \t]*(?:#lang[ \t]+(?:racket|scheme)\b|\(define[ \t]+[\w*-]+[ \t]*(?:\(hash\b.*)?$)")
_RKT_OPENS = re.compile(_RKT_OPEN.pattern, re.M)  # (the same line, searched in the whole body)
#: a quoted symbol as a hash's key over its value ("'generic-name "X"", "(hash 'condition "Y"")
_RKT_KEY = re.compile(r"(?m)^[ \t]*(?:\(hash(?:eqv?)?[ \t]+)?'[a-z][\w?!*-]*(?:[ \t]+[\"'(#]|[ \t]*$)")
_RKT_TOKEN = re.compile(r"(?P<c>;[^\n]*|#\|.*?\|#)|(?P<s>\"(?:[^\"\\]|\\.)*\")|(?P<p>'\(|'\[|[()\[\]])|[`,]+|"
                        r"(?P<w>'?[^\s;()\[\]\"'`,]+)", re.S)
_RKT_HASHES = frozenset({"hash", "hasheq", "hasheqv", "hashalw"})


def _racket_tree(toks: list[_Token]) -> tuple[object, int] | None:
    """The hash a "(define x (hash ...))" binds, read as an S-expression (:func:`_bound_map`): a quoted symbol in a
    hash's key place a keyword (its key), a quoted list's symbols and strings its items ("'(oral)" the word "oral",
    '("Q?" . "A")' an entry and its note), another quoted symbol its word, "#t" true."""
    own: list[_Token] = []
    forms: list[list] = []  # (each open form: its head, whether it is quoted, how many values it has had)
    for kind, text, line, parts in toks:
        form = forms[-1] if forms else None
        if form is not None and text not in (")", "]"):
            form[2] += 1
        quoted = form is not None and form[1]
        if kind == "p" and text in ("(", "[", "'(", "'["):
            forms.append([None, quoted or text[0] == "'", 0])
            own.append((kind, text[-1], line, [(line, text[-1])]))
            continue
        if kind == "p":
            if forms:
                forms.pop()
            own.append((kind, text, line, parts))
            continue
        if form is not None and form[2] == 1 and not quoted and kind == "w":
            form[0] = text  # (the form's head: "hash", "list", "define")
        word = text.lstrip("'")
        if kind == "w" and text in ("#t", "#true", "#f", "#false"):
            own.append(("w", "true" if text[:2] == "#t" else "false", line, parts))
        elif form is not None and form[0] in _RKT_HASHES and form[2] % 2 == 0 and not quoted \
                and (kind == "s" or text.startswith("'")):
            own.append(("w", ":" + (word if kind == "w" else text.strip('"')), line, parts))  # (a key)
        elif kind == "w" and text != "." and (quoted or text.startswith("'")):
            own.append(("s", word, line, [(line, word.replace("-", " "))]))
        else:
            own.append((kind, text, line, parts))
    return _bound_map(own, ("define",))


def _racket(body: str) -> str:
    """A Racket module whose "define" binds a hash (fenced or not) as Markdown, line for line (:func:`_data_page`):
    the hash's quoted-symbol keys read as words ("'less-common" a group, "'off-label #t" an off-label use,
    "'not-for" a negation), "(list (hash ...) ...)" a list of maps, a quoted list a list of its strings and symbols,
    a quoted list of '("Q?" . "A")' pairs the questions and their answers; "#lang", the fence, ";" comments (one
    that names a section its heading), "(provide ...)", parentheses and quotes blank."""
    return _read_data(body, _RKT_OPEN, _RKT_TOKEN, _racket_tree)


# ---------------------------------------------------------------------------
# Protocol Buffers text format ('generic_name: "X"', 'usage {' over 'indications { condition: "Y" status: OFF_LABEL }',
# 'side_effects { name: "Z" frequency: RARE serious: true }', "# ---------- Usage ----------")
# ---------------------------------------------------------------------------

_PROTO_MESSAGE = re.compile(r"(?m)^[ \t]*[A-Za-z_]\w*[ \t]+\{")
_PROTO_FIELD = re.compile(r"(?m)^[ \t]*[A-Za-z_]\w*:[ \t]*(?:\"[^\"\n]*\"|[A-Z][A-Z0-9_]*|-?\d[\d.]*|true|false)[ \t]*"
                          r"(?:#.*)?$")
_PROTO_OPEN = re.compile(r"^[ \t]*[A-Za-z_]\w*(?:[ \t]+\{|:[ \t]*(?:\"|[A-Z][A-Z0-9_]*\b|-?\d|true|false))")
_PROTO_TOKEN = re.compile(r"(?P<c>#[^\n]*)|(?P<s>\"(?:[^\"\\\n]|\\.)*\"|'(?:[^'\\\n]|\\.)*')|(?P<p>[{}<>\[\]:,;])|"
                          r"(?P<w>[\w.+-]+)")


def _proto_value(toks: list[_Token], i: int) -> tuple[object, int]:
    kind, text, line, parts = toks[i]
    if text in ("{", "<"):
        return _proto_message(toks, i + 1, "}" if text == "{" else ">")
    if text == "[":
        return _array(toks, i + 1, _proto_value)
    if kind == "s":
        return _adjacent(toks, i)
    word = text.replace("_", " ").lower() if text.isupper() else text  # (an enum value as words: "LESS_COMMON")
    return _Str([(line, word)], bare=True), i + 1


def _proto_message(toks: list[_Token], i: int, close: str | None) -> tuple[_Map, int]:
    entries: list[tuple[str, int, object]] = []
    while i < len(toks) and toks[i][1] != close:
        kind, name, line, _ = toks[i]
        i += 1
        if kind != "w":
            continue
        if close is None and (i >= len(toks) or toks[i][1] not in (":", "{", "<")):
            return _Map(entries), i - 1  # (the message ends where its fields do: prose after it is no field)
        if i < len(toks) and toks[i][1] == ":":
            i += 1
        if i >= len(toks) or toks[i][1] in ("}", ">", ",", ";"):
            continue
        value, i = _proto_value(toks, i)
        entries.append((name, line, value))
    return _Map(entries), i + 1


def _textproto(body: str) -> str:
    """A message in Protocol Buffers text format (fenced or not) as Markdown, line for line (:func:`_data_page`):
    field names read as words, a repeated field a list (each "side_effects { ... }" message one entry), enum values as
    words ("OFF_LABEL" off-label, "LESS_COMMON" a group); the fence, "#" comments (one that names a section its heading,
    a "# US" after a field nothing), braces and colons blank."""
    return _read_data(body, _PROTO_OPEN, _PROTO_TOKEN, lambda toks: _proto_message(toks, 0, None))


# ---------------------------------------------------------------------------
# A KDL document ('monograph lang="en" {' over 'generic-name "X" abbreviation="Y" {' / 'brand "Z"' / '}', 'approved {'
# over 'use "A" note="..."', 'faq q="...?" a="..."', "// comments", "/-" a node commented out, 'r#"raw"#' strings)
# ---------------------------------------------------------------------------

#: a node on its own line with a string argument or a property: 'brand "X"', 'use "Y" note="..."', 'faq q="..."'
_KDL_NODE = re.compile(r'(?m)^[ \t]*[A-Za-z_][\w.-]*(?:[ \t]+(?:r?#*"|[A-Za-z_][\w-]*=[^\s=]))[^\n]*$')
#: a node that opens its children's block: 'usage {', 'side-effects {', 'generic-name "X" {'
_KDL_BLOCK = re.compile(r"(?m)^[ \t]*[A-Za-z_][\w.-]*(?:[ \t]+[^\n{}]*)?\{[ \t]*$")
_KDL_OPEN = re.compile(r"^[ \t]*[A-Za-z_][\w.-]*(?:[ \t]+[^\n{}]*)?\{[ \t]*$")
_KDL_TOKEN = re.compile(r'(?P<c>//[^\n]*|/\*.*?\*/)|\([\w.-]*\)|r?(?P<rh>#+)"(?P<l>.*?)"(?P=rh)|r"(?P<r>[^"]*)"|'
                        r'(?P<s>"(?:[^"\\]|\\.)*")|(?P<p>/-|[{};=\\])|(?P<w>[^\s{}();=\\"]+)', re.S)


def _kdl_node(toks: list[_Token], i: int) -> tuple[str, int, object, int]:
    """The node at ``toks[i]``: its name, line and value (its one argument a string, several a list; with properties
    or children a map of its argument under its own name, its properties and its children, :func:`_kdl_nodes`), and
    the index after it. A node ends at the end of its line (unless a "\\" carries it on), a ";" or its block."""
    name, at = _Str(toks[i][3]).text if toks[i][0] == "s" else toks[i][1], toks[i][2]
    args: list[_Str] = []
    props: list[tuple[str, int, object]] = []
    children: list[tuple[str, int, object]] = []
    end, i = toks[i][3][-1][0], i + 1
    while i < len(toks) and toks[i][1] not in (";", "}"):
        kind, text, line, parts = toks[i]
        if text == "\\":
            end, i = end + 1, i + 1
            continue
        if line != end and text != "{":
            break
        if text == "{":
            children, i = _kdl_nodes(toks, i + 1, "}")
            break
        skip = text == "/-"  # (an argument, a property or the block after it commented out)
        if skip:
            i += 1
            if i < len(toks) and toks[i][1] == "{":
                _, i = _kdl_nodes(toks, i + 1, "}")
                continue
        if i + 2 < len(toks) and toks[i + 1][1] == "=":
            value = toks[i + 2]
            if not skip:
                props.append((toks[i][1], toks[i][2], _Str(value[3], bare=value[0] != "s")))
            end, i = value[3][-1][0], i + 3
            continue
        if i < len(toks) and not skip:
            args.append(_Str(toks[i][3], bare=toks[i][0] != "s"))
        end, i = toks[i][3][-1][0] if i < len(toks) else end, i + 1
    if i < len(toks) and toks[i][1] == ";":
        i += 1
    own: object = args[0] if len(args) == 1 else _List(list(args))
    if not props and not children:
        return name, at, own, i
    return name, at, _Map(([(name, at, own)] if args else []) + props + children), i


def _kdl_nodes(toks: list[_Token], i: int, close: str | None) -> tuple[list[tuple[str, int, object]], int]:
    """The nodes up to ``close`` ("}", or the end) as (name, line, value) entries, and the index after ``close``; a
    node after "/-" left out."""
    entries: list[tuple[str, int, object]] = []
    while i < len(toks) and toks[i][1] != close:
        skip = toks[i][1] == "/-"
        if skip:
            i += 1
        if i >= len(toks) or toks[i][0] not in ("w", "s"):
            i += 1
            continue
        name, at, value, i = _kdl_node(toks, i)
        if not skip:
            entries.append((name, at, value))
    return entries, i + 1


def _kdl_document(toks: list[_Token]) -> tuple[object, int] | None:
    """The document's nodes as a map; a document that is one node over its children ("monograph { ... }") those
    children."""
    entries, i = _kdl_nodes(toks, 0, None)
    if len(entries) == 1 and isinstance(entries[0][2], _Map):  # (its block is the first "{": its own words and
        entries, _ = _kdl_nodes(toks, next(j for j, t in enumerate(toks) if t[1] == "{") + 1, "}")  # properties
    return _Map(entries), i  # left out)


def _kdl(body: str) -> str:
    """A KDL document (fenced or not) as Markdown, line for line (:func:`_data_page`): node names read as words
    ("less-common" a group, "off-label" off-label uses, "not-for" a negation), a node's argument its value, its
    properties ("note=", "q=" / "a=") and children its members, a repeated node a list; a raw string its lines; the
    fence, comments, a node after "/-", braces and "=" blank."""
    return _read_data(body, _KDL_OPEN, _KDL_TOKEN, _kdl_document)


# ---------------------------------------------------------------------------
# NestedText ("Usage:" over "    approved uses:" over "        -" over "            condition: Influenza", "    - item",
# "    description:" over "        > text", "# comment"; no quoting: every value is its words)
# ---------------------------------------------------------------------------

_NT_FENCE = re.compile(r"(?m)^[ \t]*(?:```|~~~)[ \t]*(?:nestedtext|nt)[ \t]*$")
_NT_LINE = re.compile(r"^(?P<ind>[ \t]*)(?:(?P<dash>-)(?:[ \t]+(?P<item>.*?))?|>(?:[ \t](?P<text>.*?))?|"
                      r"(?P<k>[^\s#>\-\[{][^\n]*?):(?:[ \t]+(?P<v>.*?))?)[ \t]*$")
_NtRow = tuple[int, int, str, str, str]  # (its line, its indentation, "-" an item / ">" a string line / ":" a key,
# the key, the value on the line)


def _nt_value(rows: list[_NtRow], j: int) -> tuple[object, int]:
    """The value the rows from ``j`` at one indentation make (keys a map, items a list, string lines one string,
    each on its lines; a key or item with nothing after it holds the deeper rows below it), and the row after it."""
    depth, kind = rows[j][1], rows[j][2]
    if kind == ">":
        parts = []
        while j < len(rows) and rows[j][1] == depth and rows[j][2] == ">":
            parts.append((rows[j][0], rows[j][4]))
            j += 1
        return _Str(parts), j
    entries: list[tuple[str, int, object]] = []
    while j < len(rows) and rows[j][1] >= depth:
        line, indent, own, key, text = rows[j]
        j += 1
        if indent > depth or own != kind:
            continue  # (a row out of place: left out)
        value: object = _Str([(line, text)])
        if not text and j < len(rows) and rows[j][1] > depth:
            value, j = _nt_value(rows, j)
        entries.append((key, line, value))
    if kind == "-":
        return _List([v for _, _, v in entries]), j
    return _Map(entries), j


def _nestedtext(body: str) -> str:
    """A NestedText document in a "nestedtext" fence as Markdown, line for line (:func:`_data_page`): its keys read
    as words ("approved uses" a list of uses, "off-label uses" off-label ones, "less common" a group, "when to seek
    help" a seek-help string), "-" items a list, ">" lines one string over its lines; the fence, "#" comments (one
    that names a section its heading) and the markup of every line blank."""
    lines = body.split("\n")
    window = _data_window(lines, _NT_FENCE)
    if window is None:
        return body
    rows: list[_NtRow] = []
    heads: dict[int, str] = {}
    for k in range(window[0] + 1, window[1] + 1):
        line = lines[k]
        if line.lstrip().startswith("#"):
            title = line.strip(" \t#")
            if title and len(title.split()) <= 6 and section_kind(title) in _MAIN_KINDS:
                heads[k] = f"## {title}"
            continue
        m = _NT_LINE.match(line)
        if m and line.strip() and not _FENCE_LINE.match(line):
            kind = "-" if m.group("dash") else ":" if m.group("k") is not None else ">"
            rows.append((k, len(m.group("ind").expandtabs(4)), kind, (m.group("k") or "").strip(),
                         m.group("item") or m.group("v") or m.group("text") or ""))
    if not rows:
        return body
    tree, _ = _nt_value(rows, 0)
    return _data_page(lines, tree, *window, heads) if isinstance(tree, _Map) else body


# ---------------------------------------------------------------------------
# An Apple property list ("<plist>" over "<dict>", "<key>BrandNames</key>" over "<array>" of "<string>X</string>")
# ---------------------------------------------------------------------------

_PLIST_OPEN = re.compile(r"^[ \t]*<(?:\?xml\b|!DOCTYPE[ \t]+plist|plist\b)")
_PLIST_TOKEN = re.compile(r"<key>(?P<k>.*?)</key>|<(?P<t>string|integer|real|date|data)>(?P<v>.*?)</(?P=t)\s*>|"
                          r"<(?P<e>true|false|array|dict|string)\s*/>|<(?P<o>/?(?:array|dict))\s*>", re.S)


def _plist_value(toks: list[_Token], i: int) -> tuple[object, int]:
    kind, text, line, parts = toks[i]
    if text in ("dict", "array"):
        entries: list[tuple[str, int, object]] = []
        items: list[object] = []
        i += 1
        while i < len(toks) and toks[i][1] != "/" + text:
            if toks[i][0] == "k" and text == "dict" and i + 1 < len(toks):
                key, at = toks[i][1], toks[i][2]
                value, i = _plist_value(toks, i + 1)
                entries.append((key, at, value))
            elif toks[i][0] == "k":
                i += 1
            else:
                value, i = _plist_value(toks, i)
                items.append(value)
        return (_Map(entries) if text == "dict" else _List(items)), i + 1
    return _Str(parts, bare=kind != "s"), i + 1


def _plist(body: str) -> str:
    """An Apple XML property list (fenced or not) as Markdown, line for line (:func:`_data_page`): each "<key>" read
    as words (CamelCase split: "OffLabelUses" off-label uses, "LessCommon" a group), its value the "<string>", "<array>"
    or "<dict>" after it; the fence, declaration, DOCTYPE and tags blank."""
    lines = body.split("\n")
    window = _data_window(lines, _PLIST_OPEN)
    if window is None:
        return body
    first, last = window
    text = "\n".join(lines[first:last + 1])
    toks: list[_Token] = []
    for m in _PLIST_TOKEN.finditer(text):
        line = first + text.count("\n", 0, m.start())
        if m.group("k") is not None:
            toks.append(("k", html.unescape(m.group("k").strip()), line, []))
        elif m.group("t"):
            at = first + text.count("\n", 0, m.start("v"))
            toks.append(("s", "", line, [(at + n, html.unescape(seg.strip()))
                                         for n, seg in enumerate(m.group("v").split("\n"))]))
        else:
            word = m.group("e") or m.group("o")
            toks.append(("w" if m.group("e") else "p", word, line, [(line, m.group("e") or "")]))
    start = next((i for i, t in enumerate(toks) if t[1] == "dict"), None)
    if start is None:
        return body
    tree, end = _plist_value(toks, start)
    if not isinstance(tree, _Map):
        return body
    return _data_page(lines, tree, first, _data_end(lines, last, toks[end - 1][2]), {})


# ---------------------------------------------------------------------------
# A BibTeX-style record ("@misc{key," over '  brandnames = {A (US); B},', "  usage = {... \textbf{X} -- note; ...},",
# "  sideeffectsless = {a; b},", "  faq1 = {Q: ...? A: ...},", "}"; "@comment{...}")
# ---------------------------------------------------------------------------

_BIB_OPEN = re.compile(r"^[ \t]*@[A-Za-z]+[ \t]*\{")
_BIB_ENTRY = re.compile(r"(?mi)^[ \t]*@(?!comment\b|preamble\b|string\b)[A-Za-z]+[ \t]*\{[ \t]*[^,\s{}]+[ \t]*,")
_BIB_FIELD = re.compile(r"(?m)^[ \t]*[A-Za-z][\w-]*[ \t]*=[ \t]*[{\"]")
_BIB_NAME = re.compile(r"\s*,?\s*(?P<n>[A-Za-z][\w-]*)[ \t]*=[ \t]*")
#: what a field holds, by its name (custom fields run their words together: "sideeffectsless", "notusedfor", "faq3")
_BIB_FIELDS = tuple((role, re.compile(rx, re.I)) for role, rx in (
    ("name", r"^(?:generic_?name|inn|drug_?name)$"), ("brand", r"brand|trade_?names?"), ("class", r"class$"),
    ("route", r"^routes?$"), ("form", r"^(?:dosage_?)?forms?$|formulation"), ("offlabel", r"^off_?label"),
    ("negation", r"^not_?(?:used_?)?for$|^contraindicat"), ("uses", r"^(?:usage|uses|indications?)$"),
    ("effects", r"^(?:side_?effects?|adverse_?(?:effects?|reactions?))_?(?P<g>[a-z]*)$"),
    ("help", r"^seek_?help$|^when_?to|^warning"), ("mechanism", r"^(?:mechanism(?:_?of_?action)?|how_?it_?works)$"),
    ("faq", r"^(?:faq|q(?:uestion)?)_?\d+$")))
_BIB_KIND = {"name": "identity", "brand": "identity", "class": "identity", "route": "identity", "form": "identity",
             "uses": "uses", "offlabel": "uses", "negation": "uses", "effects": "side_effects",
             "help": "side_effects", "mechanism": "mechanism", "faq": "faqs"}
_BIB_ITEM = re.compile(r"^\\textbf\{(?P<t>[^{}]*)\}[ \t]*(?:-{2,3}[ \t]*)?")
_GREEK = {"alpha": "\u03b1", "beta": "\u03b2", "gamma": "\u03b3", "delta": "\u03b4", "epsilon": "\u03b5",
          "kappa": "\u03ba", "mu": "\u03bc"}


def _bib_text(text: str) -> str:
    r"""A piece of a field's value as Markdown: "$\beta$" its letter, "GABA\textsubscript{A}" "GABA-A", "\textbf"
    bold and the rest of LaTeX as :func:`_beamer_text` reads it, a spaced "--" a dash, braces dropped."""
    text = re.sub(r"\$([^$]*)\$", lambda m: re.sub(r"\\([a-z]+)", lambda g: _GREEK.get(g.group(1), ""),
                                                    m.group(1)).replace("^", "").replace("_", ""), text)
    text = re.sub(r"\\textsubscript\{([A-Za-z])\}", r"-\1", text)
    text = _beamer_text(text).replace("{", "").replace("}", "")
    return re.sub(r"(?<=\s)-{2,3}(?=\s)", "\u2013", text)


def _bib_items(parts: list[tuple[int, str]]) -> list[list[tuple[int, str]]]:
    """A value's pieces (line, raw text) cut into items at each ";" outside braces and brackets."""
    items: list[list[tuple[int, str]]] = [[]]
    depth = 0
    for k, raw in parts:
        piece = ""
        for ch in raw:
            depth += (ch in "{(") - (ch in "})")
            if ch == ";" and depth <= 0:
                items[-1].append((k, piece))
                items.append([])
                piece = ""
            else:
                piece += ch
        items[-1].append((k, piece))
    return [[(k, t.strip()) for k, t in item if t.strip()] for item in items if any(t.strip() for _, t in item)]


def _bib_fields(text: str, at: int) -> tuple[list[tuple[str, int, int]], int]:
    """The fields of an entry whose body starts at ``text[at]``: (name, where its value starts, where it ends), and
    where the entry ends."""
    fields: list[tuple[str, int, int]] = []
    i = at
    while i < len(text):
        m = _BIB_NAME.match(text, i)
        if m is None:
            if text[i] == "}":
                return fields, i + 1
            i += 1
            continue
        j = m.end()
        if j < len(text) and text[j] in "{\"":
            close, depth, k = ("}" if text[j] == "{" else "\""), 0, j + 1
            while k < len(text) and (text[k] != close or depth):
                depth += (text[k] == "{") - (text[k] == "}")
                k += 1
            fields.append((m.group("n"), j + 1, k))
            i = k + 1
        else:
            bare = re.match(r"[^,}\s]*", text[j:])
            fields.append((m.group("n"), j, j + (bare.end() if bare else 0)))
            i = j + (bare.end() if bare else 0)
    return fields, i


def _bibtex(body: str) -> str:
    r"""A BibTeX-style record (fenced or not) as Markdown, line for line: custom fields read by their names
    (:data:`_BIB_FIELDS`): the generic name in bold, brands, class, route and form as fields of Generic Name, a
    usage field its prose and "\textbf{X} -- note" items (an off-label field's "(off-label)"), a not-used-for field a
    negation, each side-effect field its group ("sideeffectsless" Less) over the ";" list as written, seek-help and
    mechanism prose, "faqN = {Q: ... A: ...}" a question in bold and its answer; a section's heading on a free line
    before it, else a run-in label on its first line; other fields (title, author, year, keywords, note), "@comment",
    the fence, braces and the "@type{key," line blank."""
    lines = body.split("\n")
    window = _data_window(lines, _BIB_OPEN)
    if window is None:
        return body
    first, last = window
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line) + 1)
    text = "\n".join(lines)
    facts: dict[int, tuple[str | None, str]] = {}
    end = first
    for m in re.finditer(r"(?m)^[ \t]*@(?P<t>[A-Za-z]+)[ \t]*\{", text[starts[first]:starts[last + 1]]):
        at = starts[first] + m.end()
        if m.group("t").casefold() in ("comment", "preamble", "string"):
            depth, k = 1, at
            while k < len(text) and depth:
                depth += (text[k] == "{") - (text[k] == "}")
                k += 1
            end = max(end, bisect_right(starts, k) - 1)
            continue
        key = re.match(r"[ \t]*[^,\s{}]*[ \t]*,", text[at:])
        fields, stop = _bib_fields(text, at + (key.end() if key else 0))
        end = max(end, bisect_right(starts, stop) - 1)
        for name, a, b in fields:
            role, group = next(((role, rx.match(name)) for role, rx in _BIB_FIELDS if rx.search(name)),
                               (None, None))
            if role is None:
                continue
            k0 = bisect_right(starts, a) - 1
            raw = text[a:b].split("\n")
            parts = [(k0 + n, seg) for n, seg in enumerate(raw) if seg.strip()]
            if parts:
                _bib_field(facts, role, group.groupdict().get("g") if group else None, parts)
    if not facts or len({kind for kind, _ in facts.values()} - {"identity"}) < 3:
        return body
    out = list(lines)
    for k in range(first, (last if _FENCE_LINE.match(lines[last]) else end) + 1):
        out[k] = ""
    current: str | None = None
    previous = first - 1
    for k in sorted(facts):
        kind, said = facts[k]
        out[k] = said
        if kind is not None and kind != current:
            free = [j for j in range(previous + 1, k) if not out[j].strip()]
            if free:
                out[free[-1]] = f"## {_TITLES[kind]}"
            elif kind != "identity":  # (no line between: a run-in label, "**Usage:** Etomidate is ...")
                out[k] = f"**{_TITLES[kind]}:** {said[2:] if said.startswith('- ') else said}"
            current = kind
        if not out[k].startswith(("- ", "  ", "#")) and out[k - 1].startswith(("- ", "  ")):
            out[k] = "> " + out[k]  # (prose or a label right under a list would run on as its last item's words)
        previous = k
    return "\n".join(out)


def _bib_field(facts: dict[int, tuple[str | None, str]], role: str, group: str | None,
               parts: list[tuple[int, str]]) -> None:
    """One field's facts on its lines (see :func:`_bibtex`)."""
    kind = _BIB_KIND[role]

    def put(k: int, said: str) -> None:
        facts[k] = (kind if not facts.get(k) and k == parts[0][0] else facts.get(k, (None, ""))[0], said)

    if role in ("brand", "class", "route", "form", "effects"):
        label = _DATA_FIELDS.get(role) or (group[:1].upper() + group[1:] if group else "")
        lead = f"**{label}:** " if kind == "identity" else f"- **{label}:** " if label else "- "
        for n, (k, raw) in enumerate(parts):  # (a field of Generic Name a label line: a list would run on)
            put(k, lead + _bib_text(raw) if not n else "  " + _bib_text(raw))
    elif role == "name":
        put(parts[0][0], f"**{_bib_text(' '.join(t for _, t in parts))}**")
    elif role == "faq":
        said = [(k, _bib_text(raw)) for k, raw in parts]
        for n, (k, t) in enumerate(said):
            q = re.match(r"^Q(?:uestion)?\s*[:.]\s*(?P<q>.*?\?)\s*(?:A(?:nswer)?\s*[:.]\s*)?(?P<a>.*)$", t) if not n \
                else None
            put(k, f"- **{q.group('q')}** {q.group('a')}".rstrip() if q else ("  " + t if n else "- " + t))
    elif role in ("uses", "offlabel"):
        lead = next((n for n, (_, raw) in enumerate(parts) if "\\textbf{" in raw), None)
        prose = parts if lead is None and role == "uses" else parts[:lead] if lead else []
        cut = parts[:0] if not prose else parts[:len(prose)]
        head = ""
        if lead is not None and parts[lead][1].strip()[:8] != "\\textbf{":  # (prose and the first item on a line)
            k, raw = parts[lead]
            at = raw.index("\\textbf{")
            head, cut = raw[:at], cut + [(k, raw[:at])]
            parts = parts[:lead] + [(k, raw[at:])] + parts[lead + 1:]
        for k, raw in prose:
            put(k, _bib_text(raw))
        if head:
            put(parts[lead][0], _bib_text(head))
        off = " (off-label)" if role == "offlabel" else ""
        for item in _bib_items(parts[len(prose):]) if lead is not None or role == "offlabel" else []:
            for n, (k, raw) in enumerate(item):
                m = _BIB_ITEM.match(raw) if not n else None
                said = f"**{m.group('t').strip()}**{off}" + (f" \u2013 {_bib_text(raw[m.end():])}"
                                                              if raw[m.end():].strip() else "") if m \
                    else f"**{_bib_text(raw)}**{off}" if not n and len(item) == 1 else _bib_text(raw)
                old = facts.get(k, (None, ""))[1]
                put(k, f"{old}; {said}" if old and n == 0 and old.startswith("- ") else
                    f"{old} {said}" if old else ("- " if not n else "  ") + said)
    else:  # a negation, seek-help or mechanism prose
        for n, (k, raw) in enumerate(parts):
            said = _bib_text(raw)
            if not n and role == "negation" and not re.match(r"^(?:it|not|never|do|does|avoid)\b", said, re.I):
                said = "It is not used for " + _decap(said)
            put(k, said)


# ---------------------------------------------------------------------------
# A shell script that prints the answer ('DRUG="X"', 'section() { printf '\n== %s ==\n' "$1"; }', 'section "Usage"',
# 'item "A - note"', 'echo "Brand: ${BRAND}"', "cat <<'EOF'" over its lines, 'faq "Q?" \' over '"A"', arrays looped)
# ---------------------------------------------------------------------------

_SH_MARK = re.compile(r"(?m)^#!.*\b(?:ba|z|k|da)?sh\b|^[ \t]*(?:```|~~~)[ \t]*(?:bash|sh|shell|zsh|ksh)[ \t]*$")
_SH_PRINT = re.compile(r"(?m)^[ \t]*(?:echo|printf)[ \t]+[\"'$]|^[ \t]*cat[ \t]+<<")
_SH_FUNC = re.compile(r"^[ \t]*(?:function[ \t]+)?(?P<n>[A-Za-z_][\w-]*)[ \t]*\(\)[ \t]*\{(?P<b>.*?)(?P<c>\}[ \t]*;?)?"
                      r"[ \t]*$")
_SH_VAR = re.compile(r"^[ \t]*(?:export[ \t]+|readonly[ \t]+|declare(?:[ \t]+-\w+)*[ \t]+)?(?P<n>[A-Za-z_]\w*)="
                     r"(?P<v>\(.*\)|\"(?:[^\"\\]|\\.)*\"|'[^']*'|\S*)[ \t]*(?:#.*)?$")
_SH_WORD = re.compile(r"\"((?:[^\"\\]|\\.)*)\"|'([^']*)'|([^\s;\"']+)")
_SH_LOOP = re.compile(r"for[ \t]+(?P<v>\w+)[ \t]+in[ \t]+\"?\$\{(?P<a>\w+)\[[@*]\]\}\"?[ \t]*;?[ \t]*do[ \t]+"
                      r"(?P<f>[A-Za-z_][\w-]*)[ \t]+\"?\$\{?(?P=v)\}?\"?[ \t]*;?[ \t]*done")
_SH_HEREDOC = re.compile(r"<<-?[ \t]*(?P<q>['\"]?)(?P<t>\w+)(?P=q)")


def _sh_words(text: str, env: dict[str, str]) -> list[str]:
    """A command's words: quotes dropped, "${X}" and "$X" the values the script set (not inside single quotes)."""
    words = []
    for m in _SH_WORD.finditer(text):
        if m.group(2) is not None:
            words.append(m.group(2))
            continue
        word = m.group(1) if m.group(1) is not None else m.group(3)
        words.append(re.sub(r"\\(.)", r"\1", _sh_expand(word, env)))
    return words


def _sh_expand(text: str, env: dict[str, str]) -> str:
    """``text`` with "${X}" and "$X" the values the script set (others as written)."""
    return re.sub(r"\$\{(\w+)\}|\$([A-Za-z_]\w*)", lambda v: env.get(v.group(1) or v.group(2), v.group(0)), text)


def _sh_role(name: str, body: str) -> str | None:
    """What a helper function prints its argument as: a question and its answer ("$2", "Q: %s"), a list item
    ("- %s"), a heading ("== %s ==", "## %s", or a name such as "section")."""
    if "$2" in body or re.search(r"\bQ(?:uestion)?\s*:", body) or re.match(r"^(?:faq|qa|question)", name, re.I):
        return "faq"
    if re.search(r"[-*\u2022+][ \t]+%s|[-*\u2022][ \t]+\$\{?1", body) or re.match(r"^(?:item|bullet|li|point)", name,
                                                                                   re.I):
        return "item"
    if re.search(r"(?:==|##|--|\*\*)[ \t]*%s|%s[ \t]*(?:==|--)", body) or re.match(
            r"^(?:section|heading|header|title|h[1-3])$", name, re.I):
        return "heading"
    return None


def _sh_said(text: str) -> str:
    """A printed line as Markdown: a section's title its heading, a short line ending ":" a label, else its words."""
    bare = text.strip().strip("=#*-~ \t").strip()
    if bare and len(bare.split()) <= 5 and section_kind(bare.rstrip(":")) in _MAIN_KINDS and bare != text.strip():
        return f"## {bare.rstrip(':')}"
    if bare.endswith(":") and len(bare.split()) <= 5:
        return f"**{bare}**"
    return text.strip()


def _shell(body: str) -> str:
    """A shell script that prints the answer (fenced, the fence closed or not) as what it prints, line for line: its
    variables' values in the lines that print them; a call of a helper the script defines as its role
    (:func:`_sh_role`): a heading, a list item, a question in bold over its answer (the answer on the next line when
    the call goes on with "\\"); "echo" and "printf" lines their text (a section's title a heading, a short line ending
    ":" a label); a "cat <<EOF" heredoc its lines; an array looped through the item helper a list item on the array's
    line, labelled by the "echo" before the loop; the shebang, comments, assignments, definitions, loops and the fence
    blank. Prose right under a list is quoted, so it does not run on as the last item's words."""
    lines = body.split("\n")
    mark = next((k for k, line in enumerate(lines) if _SH_MARK.match(line)), None)
    if mark is None:
        return body
    env: dict[str, str] = {}
    arrays: dict[str, tuple[int, list[str]]] = {}
    roles: dict[str, str] = {}
    out = list(lines)
    said: dict[int, str] = {}
    last = mark
    k = mark
    until: str | None = None
    quoted = False
    for k in range(mark, len(lines)):
        line = lines[k]
        stripped = line.strip()
        if until is not None:
            if stripped == until:
                until = None
                out[k] = ""
            else:  # (an unquoted delimiter: the script's variables expanded)
                said[k] = line.strip() if quoted else _sh_expand(line.strip(), env)
            last = k
            continue
        if k > mark and _FENCE_LINE.match(line):
            out[k] = ""
            last = k
            break
        if not stripped or stripped.startswith("#") or k == mark:
            out[k] = ""
            continue
        if not re.match(r"^(?:[a-z_][\w-]*(?:[ \t;=(]|$)|[A-Za-z_]\w*=|[\"'{}\[(]|\$)", stripped):
            break  # (no shell: the page after a script whose fence was left open)
        last = k
        out[k] = ""
        func, var = _SH_FUNC.match(line), _SH_VAR.match(line)
        if func:
            role = _sh_role(func.group("n"), func.group("b"))
            if role:
                roles[func.group("n")] = role
            continue
        if var:
            value = var.group("v")
            if value.startswith("("):
                arrays[var.group("n")] = (k, _sh_words(value[1:-1], env))
            else:
                env[var.group("n")] = " ".join(_sh_words(value, env))
            continue
        _sh_command(stripped, k, env, arrays, roles, said)
        doc = _SH_HEREDOC.search(stripped)
        if doc and re.match(r"^cat\b", stripped):
            until, quoted = doc.group("t"), bool(doc.group("q"))
    return _printed(lines, out, said, mark, last)


def _printed(lines: list[str], out: list[str], said: dict[int, str], mark: int, last: int) -> str:
    """The page with a script's lines ``mark`` to ``last`` what they print (``said``, each on its line; prose right
    under a list quoted) and the fence that opens the script blank; unchanged when fewer than three of its printed
    headings name a section."""
    if len([t for t in said.values() if t.startswith("## ") and section_kind(t[3:]) in _MAIN_KINDS]) < 3:
        return "\n".join(lines)
    for k in range(mark, last + 1):
        text = said.get(k, "")
        out[k] = text
        if text and not text.startswith(("- ", "  ", "#")) and out[k - 1].startswith(("- ", "  ")):
            out[k] = "> " + text
    fence = max((j for j in range(mark + 1) if _FENCE_LINE.match(lines[j])), default=None)
    if fence is not None and mark - fence <= 2:
        out[fence] = ""
    return "\n".join(out)


def _sh_command(line: str, k: int, env: dict[str, str], arrays: dict[str, tuple[int, list[str]]],
                roles: dict[str, str], said: dict[int, str]) -> None:
    """One command line's printed text into ``said`` (see :func:`_shell`); "a; b" both."""
    loop = _SH_LOOP.search(line)
    if loop and roles.get(loop.group("f")) == "item" and loop.group("a") in arrays:
        at, items = arrays[loop.group("a")]
        lead = _sh_command_text(line[:loop.start()].rstrip(" \t;"), env, roles)
        label = lead[0] if lead and lead[0].startswith("**") else ""
        said[at] = f"- {label + ' ' if label else ''}{'; '.join(items)}"
        return
    if line.startswith('"') and k - 1 in said and said[k - 1].startswith("- **") and said[k - 1].endswith("**"):
        said[k] = "  " + " ".join(_sh_words(line.rstrip("\\ \t"), env))  # (a question's answer on the next line)
        return
    texts = _sh_command_text(line, env, roles)
    if texts:
        said[k] = " ".join(texts)


def _sh_command_text(line: str, env: dict[str, str], roles: dict[str, str]) -> list[str]:
    """What the commands of one line print, each as Markdown."""
    texts = []
    for command in re.split(r";[ \t]*(?=(?:echo|printf|[A-Za-z_][\w-]*[ \t]+[\"'$]))", line):
        words = _sh_words(command.rstrip("\\ \t;"), env)
        if not words:
            continue
        name, args = words[0], words[1:]
        while args and name == "echo" and re.match(r"^-[neE]+$", args[0]):
            args = args[1:]
        role = roles.get(name)
        if name == "echo" and args:
            texts.append(_sh_said(" ".join(args).replace("\\n", " ")))
        elif name == "printf" and args:
            fill = iter(args[1:])
            text = re.sub(r"%[sd]", lambda _, fill=fill: next(fill, ""), args[0])
            texts.append(_sh_said(text.replace("\\n", " ")))
        elif role and args:
            texts.append(_role_text(role, args))
    return texts


def _role_text(role: str, args: list[str]) -> str:
    """A call of a helper that prints its arguments as ``role`` (:func:`_sh_role`), as Markdown."""
    if role == "heading":
        return f"## {args[0]}"
    if role == "item":
        return f"- {args[0]}"
    return f"- **{args[0]}**" + (f" {args[1]}" if len(args) > 1 else "")


# ---------------------------------------------------------------------------
# A Makefile whose targets print the answer ("DRUG := X", ".PHONY: help usage", "usage: ## What it is used for" over
# tab-indented '@echo "== USAGE =="' and '@echo "  - item"' recipe lines, "$(DRUG)" in the printed text)
# ---------------------------------------------------------------------------

_MAKE_MARK = re.compile(r"(?m)^[ \t]*(?:```|~~~)[ \t]*(?:make|makefile|mk)[ \t]*$|^\.PHONY[ \t]*:")
_MAKE_ECHO = re.compile(r"(?m)^\t[@+-]*(?:echo|printf)\b")
_MAKE_VAR = re.compile(r"^(?:export[ \t]+)?(?P<n>\.?[A-Za-z_]\w*)[ \t]*(?::{1,3}=|\?=|\+=|=)[ \t]*(?P<v>.*?)[ \t]*$")
_MAKE_RULE = re.compile(r"^(?:[.\w$()%/-][^\t:=#]*)?:(?!=)")


def _make(body: str) -> str:
    """A Makefile whose recipes print the answer (fenced or not) as what they print, line for line, as a shell script
    is (:func:`_shell`): a recipe's "@echo" and "printf" lines their text with the variables the file set ("$(DRUG)",
    "${BRANDS}"), a line indented past the printed item under it that item's next words; variables, rules
    (".PHONY", "help: ## ..."), comments, other commands ("@grep ... | awk") and the fence blank."""
    lines = body.split("\n")
    mark = next((k for k, line in enumerate(lines) if _MAKE_MARK.match(line)), None)
    if mark is None:
        return body
    env: dict[str, str] = {}
    out = list(lines)
    said: dict[int, str] = {}
    last = mark
    for k in range(mark, len(lines)):
        line = lines[k]
        if k > mark and _FENCE_LINE.match(line):
            out[k] = ""
            last = k
            break
        var, rule = _MAKE_VAR.match(line), _MAKE_RULE.match(line)
        if line.strip() and not line.startswith("\t") and not line.lstrip().startswith("#") and not var \
                and not rule and k > mark:
            break  # (no Makefile: the page after a file whose fence was left open)
        out[k] = ""
        last = k
        if var and not line.startswith("\t"):
            env[var.group("n")] = _make_expand(var.group("v"), env)
        elif line.startswith("\t"):
            command = _make_expand(line.strip().lstrip("@+-"), env)
            texts = _sh_command_text(command, {}, {})
            if texts:
                printed = " ".join(_sh_words(command, {})[1:])
                indented = re.match(r"^ {2,}(?![-*] )", printed) and said.get(k - 1, "").startswith(("- ", "  "))
                said[k] = "  " + printed.strip() if indented else " ".join(texts)
    return _printed(lines, out, said, mark, last)


def _make_expand(text: str, env: dict[str, str]) -> str:
    """``text`` with "$(X)" and "${X}" the values the Makefile set (others as written), "$$" a "$"."""
    text = re.sub(r"\$[({](\w+)[)}]", lambda v: env.get(v.group(1), v.group(0)), text)
    return text.replace("$$", "$")


# ---------------------------------------------------------------------------
# A Windows batch file that prints the answer ('@echo off', 'set "DRUG=X"', 'call :header "Usage"', 'echo Common:',
# 'call :item "Nausea - note"', 'call :faq "Q?" "A"', 'echo.', "^>" escapes, the ":header" ... "goto :eof" labels)
# ---------------------------------------------------------------------------

_BAT_MARK = re.compile(r"(?mi)^[ \t]*@echo[ \t]+off[ \t]*$|^[ \t]*(?:```|~~~)[ \t]*(?:bat|batch|cmd|batchfile)[ \t]*$")
_BAT_PRINT = re.compile(r"(?mi)^[ \t]*(?:@?echo[ \t.(]|call[ \t]+:[A-Za-z_])")
_BAT_LABEL = re.compile(r"^[ \t]*:(?P<n>[A-Za-z_][\w-]*)[ \t]*$")
_BAT_SET = re.compile(r'^[ \t]*set[ \t]+(?:"(?P<q>[^=\n"]+)=(?P<qv>[^"\n]*)"|(?P<n>[^=\s"/]+)=(?P<v>.*?))[ \t]*$', re.I)
_BAT_ECHO = re.compile(r"^[ \t]*@?echo(?:(?P<blank>[.(][ \t]*$)|[.(:; \t](?P<t>.*))$", re.I)
_BAT_CALL = re.compile(r"^[ \t]*call[ \t]+:(?P<n>[A-Za-z_][\w-]*)(?P<a>.*)$", re.I)
#: a line of the script that prints nothing: a comment, a setting, a jump, a label's end
_BAT_QUIET = re.compile(r"^[ \t]*(?:@?echo[ \t]+(?:off|on)[ \t]*$|@|::|(?:rem|setlocal|endlocal|title|pause|cls|goto|"
                        r"exit|chcp|color|mode|if|for)\b)", re.I)
_BAT_GOTO_END = re.compile(r"^[ \t]*(?:goto[ \t]+:?eof|exit[ \t]+/b)\b", re.I)


def _bat_expand(text: str, env: dict[str, str]) -> str:
    """``text`` as the batch file prints it: "%X%" (and "!X!") the value it set (names in any case), "%%" a "%", a
    "^" escape the character after it."""
    text = re.sub(r"%(\w+)%|!(\w+)!", lambda v: env.get((v.group(1) or v.group(2)).casefold(), v.group(0)), text)
    return re.sub(r"\^(.)", r"\1", text.replace("%%", "%"))


def _batch(body: str) -> str:
    """A Windows batch file that prints the answer (fenced or not) as what it prints, line for line: "echo X" its text
    with the variables it "set" in it (a section's title a heading, a short line ending ":" a label, :func:`_sh_said`);
    "call :name "A" "B"" a call of a label the file defines, read by what the label prints (:func:`_sh_role`, its
    "%~1" a "$1"): a heading, a list item, a question in bold with its answer; "echo." and every other line ("@echo
    off", "rem", "set", "goto", the labels and what follows the first) blank, as the fence."""
    lines = body.split("\n")
    mark = next((k for k, line in enumerate(lines) if _BAT_MARK.match(line)), None)
    if mark is None:
        return body
    roles: dict[str, str] = {}
    for k, line in enumerate(lines):
        label = _BAT_LABEL.match(line)
        if label and label.group("n").casefold() != "eof":
            own = []
            for inner in lines[k + 1:]:
                if _BAT_GOTO_END.match(inner) or _BAT_LABEL.match(inner) or _FENCE_LINE.match(inner):
                    break
                own.append(re.sub(r"%~?(\d)", r"$\1", inner))
            role = _sh_role(label.group("n"), "") or _sh_role(label.group("n"), "\n".join(own))  # (its name first)
            if role:
                roles[label.group("n").casefold()] = role
    env: dict[str, str] = {}
    said: dict[int, str] = {}
    out = list(lines)
    last = mark
    for k in range(mark + 1 if _FENCE_LINE.match(lines[mark]) else mark, len(lines)):
        line = lines[k]
        if _FENCE_LINE.match(line) or _BAT_LABEL.match(line):
            last = k if _FENCE_LINE.match(line) else next(
                (j for j in range(k, len(lines)) if _FENCE_LINE.match(lines[j])), k)
            break  # (the labels' own lines, after the main script, print only when called)
        last = k
        setting, echo, call = _BAT_SET.match(line), _BAT_ECHO.match(line), _BAT_CALL.match(line)
        if setting:
            name = setting.group("q") or setting.group("n")
            env[name.strip().casefold()] = setting.group("qv") if setting.group("q") else setting.group("v")
        elif echo and echo.group("t") is not None and not _BAT_QUIET.match(line):
            said[k] = _sh_said(_bat_expand(echo.group("t"), env))
        elif call and roles.get(call.group("n").casefold()):
            args = [_bat_expand(q if q is not None else w, env)
                    for q, w in re.findall(r'"([^"]*)"|(\S+)', call.group("a"))]
            if args:
                said[k] = _role_text(roles[call.group("n").casefold()], args)
        elif line.strip() and not echo and not call and not _BAT_QUIET.match(line):
            last = k - 1
            break  # (no batch: the page after a script whose fence was left open)
    for k in range(mark, last + 1):
        out[k] = ""
    return _printed(lines, out, said, mark, last)


# ---------------------------------------------------------------------------
# An INI file ("[GenericName]", "brand_names = A, B", "[SideEffects.Common]" over "effect_1 = Nausea", "q1 = ...?")
# ---------------------------------------------------------------------------

_INI_SECTION = re.compile(r"^[ \t]*\[(?P<s>[A-Za-z][\w .-]{0,60})\][ \t]*$")
_INI_SECTIONS = re.compile(r"(?m)^[ \t]*\[[A-Za-z][\w .-]{0,60}\][ \t]*$")
#: a key with a bare value (TOML's quoted strings and arrays are :func:`kg.parse._toml_outline`'s)
_INI_BARE = re.compile(r"(?m)^[ \t]*[A-Za-z_][\w.-]*[ \t]*=[ \t]*[^\s\"'\[{]")
_INI_KEY = re.compile(r"^[ \t]*(?P<k>[A-Za-z_][\w.-]*)[ \t]*[=:][ \t]*(?P<v>.*?)[ \t]*$")
#: a numbered key: "use_1", "offlabel_2_note", "effect_3", "q1", "a1" (a .reg file's "Use2Note" too)
_INI_NUMBERED = re.compile(r"^(?P<base>[A-Za-z]+(?:_[A-Za-z]+)*?)_?(?P<n>\d+)(?:_?(?P<sub>[A-Za-z]\w*))?$")


def _ini_section(keys: list[tuple[str, int, object]]) -> _Map:
    """A section's keys as a map, numbered keys gathered into lists ("use_1" / "use_1_note" one item of "use", "q1" /
    "a1" one item of the questions)."""
    entries: list[tuple[str, int, object]] = []
    groups: dict[str, dict[str, list[tuple[str, int, object]]]] = {}
    for key, line, value in keys:
        m = _INI_NUMBERED.match(key)
        if m is None:
            entries.append((key, line, value))
            continue
        base, sub = m.group("base"), m.group("sub")
        asks = base.casefold() in ("q", "question", "a", "answer")
        group = "faqs" if asks else base
        field = ("question" if base[:1].casefold() == "q" else "answer") if asks else sub or "name"
        if group not in groups:
            groups[group] = {}
            entries.append((group, line, groups[group]))
        groups[group].setdefault(m.group("n"), []).append((field, line, value))
    out: list[tuple[str, int, object]] = []
    for key, line, value in entries:
        if isinstance(value, dict):
            items = [fields[0][2] if len(fields) == 1 and fields[0][0] == "name" else _Map(fields)
                     for fields in value.values()]
            out.append((key, line, _List(items)))
        else:
            out.append((key, line, value))
    return _Map(out)


def _ini_sections(lines: list[str], first: int, last: int, fenced: bool
                  ) -> tuple[list[tuple[str, int, list[tuple[str, int, _Str]]]], int, int]:
    """The "[Section]" headers of lines ``first`` to ``last`` with their keys (a key's value unquoted, its
    continuation lines its own), the last line of the file (unfenced, prose after it ends it) and how many values were
    quoted."""
    sections: list[tuple[str, int, list[tuple[str, int, _Str]]]] = []
    end = first
    quoted = 0
    for k in range(first, last + 1):
        line = lines[k]
        head, key = _INI_SECTION.match(line), _INI_KEY.match(line)
        if head:
            sections.append((head.group("s").strip(), k, []))
        elif key and sections:
            value = key.group("v")
            quoted += value[:1] in "\"'"
            if len(value) > 1 and value[0] == value[-1] and value[0] in "\"'":
                value = value[1:-1]
            sections[-1][2].append((key.group("k"), k, _Str([(k, value)])))
        elif line[:1] in (" ", "\t") and line.strip() and sections and sections[-1][2] and \
                not line.lstrip().startswith((";", "#")):
            sections[-1][2][-1][2].parts.append((k, line.strip()))  # (a value's continuation line)
        elif line.strip() and not line.lstrip().startswith((";", "#")) and not fenced and not _FENCE_LINE.match(line):
            break  # (unfenced: prose after the file ends it)
        else:
            continue
        end = k
    return sections, end, quoted


def _ini_tree(sections: list[tuple[str, int, list[tuple[str, int, object]]]]) -> _Map:
    """INI sections as the data tree: a header a top-level key, a dotted one ("SideEffects.LessCommon") a group of its
    parent, each section's keys a map (:func:`_ini_section`)."""
    tops: list[tuple[str, int, object]] = []
    children: dict[str, list[tuple[str, int, object]]] = {}
    for name, line, keys in sections:
        parent, _, child = name.partition(".")
        if child:
            if parent not in children:
                children[parent] = []
                tops.append((parent, line, children[parent]))
            children[parent].append((child, line, _ini_section(keys)))
        else:
            tops.append((name, line, _ini_section(keys)))
    return _Map([(name, line, _Map(value) if isinstance(value, list) else value) for name, line, value in tops])


def _ini(body: str) -> str:
    """An INI file (fenced or not) as Markdown, line for line (:func:`_data_page`): a "[Section]" header a top-level
    key (CamelCase read as words), a dotted one ("[SideEffects.LessCommon]") a group of its parent, numbered keys a
    list ("offlabel_1" an off-label use, its "offlabel_1_note" the use's note, "q1" / "a1" a question and its answer);
    the fence, ";" and "#" comments and headers blank."""
    block = _data_block(body, _INI_SECTION)
    if block is None:
        return body
    lines, first, last, fenced = block
    sections, end, quoted = _ini_sections(lines, first, last, fenced)
    if not sections or quoted * 2 > sum(len(keys) for _, _, keys in sections):
        return body
    return _data_page(lines, _ini_tree(sections), first, last if fenced else end, {})


# ---------------------------------------------------------------------------
# A GNU recutils database ("%rec: Use" over its records, each a block of "Field: value" lines, "+ " continuing a
# value, a field given twice a list, "%key:" and "%type:" descriptors, "# ===== Usage =====" comments)
# ---------------------------------------------------------------------------

_REC_TYPE = re.compile(r"^%rec:[ \t]*(?P<t>[A-Za-z][\w-]*)")
_REC_TYPES = re.compile(r"(?m)^%rec:[ \t]*[A-Za-z][\w-]*[ \t]*$")
_REC_FIELD = re.compile(r"^(?P<k>[A-Za-z][\w]*):(?:[ \t]+(?P<v>.*?))?[ \t]*$")
_REC_FIELDS = re.compile(r"(?m)^[A-Za-z]\w*:[ \t]+\S")


def _rec_types(lines: list[str], first: int, last: int, heads: dict[int, str]
               ) -> list[tuple[str, int, list[list[tuple[str, int, _Str]]]]]:
    """The record types of lines ``first`` to ``last``, each its name, its "%rec:" line and its records (a blank line
    ends one), each record its fields (a "+ " line continuing the field before it); a "#" comment that names a
    section its heading in ``heads``."""
    types: list[tuple[str, int, list[list[tuple[str, int, _Str]]]]] = []
    fresh = True  # (the next field opens a record)
    for k in range(first, last + 1):
        line = lines[k]
        head, field = _REC_TYPE.match(line), _REC_FIELD.match(line)
        if not line.strip() or line.startswith("%"):
            fresh = True
            if head:
                types.append((head.group("t"), k, []))
        elif line.startswith("#"):
            _comment_head(heads, k, line)
        elif line.startswith("+") and types and types[-1][2]:
            types[-1][2][-1][-1][2].parts.append((k, line[1:].strip()))
        elif field and types:
            if fresh:
                types[-1][2].append([])
                fresh = False
            types[-1][2][-1].append((field.group("k"), k, _Str([(k, field.group("v") or "")])))
    return types


def _recutils(body: str) -> str:
    """A GNU recutils database (fenced or not) as Markdown, line for line (:func:`_data_page`): each record type a
    top-level key ("%rec: SideEffect" the Side Effects), its one record a map of its fields, several a list of them
    ("Condition" a use's entry, "OffLabel: yes" a flag, "Frequency: LessCommon" an effect's group, "Question" and
    "Answer" a question), a field given twice a list, a value continued on "+ " lines one string on its lines; the
    fence, descriptors and "#" comments blank (one that names a section its heading)."""
    block = _data_block(body, _REC_TYPE)
    if block is None:
        return body
    lines, first, last, fenced = block
    heads: dict[int, str] = {}
    types = _rec_types(lines, first, last, heads)
    if len(types) < 3:
        return body
    tree = _Map([(name, line, _Map(records[0]) if len(records) == 1 else _List([_Map(r) for r in records]))
                 for name, line, records in types if records])
    end = last if fenced else max(line for _, _, records in types for r in records for _, line, _ in r)
    out = _data_page(lines, tree, first, end, heads).split("\n")
    for k in range(first, end + 1):  # (a use's note under it: its field at the margin, which the parser takes for a
        if out[k].startswith("  \u2013 ") and _REC_FIELD.match(lines[k]):  # paragraph of its own, written as an
            out[k] = "  - " + out[k][2:]  # item of the use's)
    return "\n".join(out)

# ---------------------------------------------------------------------------
# SAS DATA steps whose in-stream rows hold the answer ("data work.x;" over "input type $ condition $ note $;",
# "infile datalines4 dlm='|';", "datalines4;" over "APPROVED|Gout|note" rows up to ";;;;", "/*----- Usage -----*/")
# ---------------------------------------------------------------------------

_SAS_STEP = re.compile(r"(?i)^[ \t]*data[ \t]+(?:[A-Za-z_]\w*\.)?(?P<n>[A-Za-z_]\w*)\b[^;\n]*;")
_SAS_STEPS = re.compile(r"(?mi)^[ \t]*data[ \t]+[A-Za-z_][\w.]*\b[^;\n]*;")
_SAS_LINES = re.compile(r"(?mi)^[ \t]*(?:datalines|cards|lines)(?P<four>4)?[ \t]*;[ \t]*$")
_SAS_INPUT = re.compile(r"(?i)^[ \t]*input[ \t]+(?P<v>[^;]*);")
_SAS_DLM = re.compile(r"(?i)\b(?:dlm|delimiter)[ \t]*=[ \t]*(?:'(?P<s>[^']+)'|\"(?P<d>[^\"]+)\")")


def _sas_table(names: list[str], rows: list[list[tuple[str, int, _Str]]]) -> object:
    """A DATA step's rows (each its named cells, the empty ones left out) as the data tree: numbered rows ("1|text")
    one text on their lines, rows of a question and its answer or of several fields a list of maps, "field|value"
    rows a map, rows led by a repeated cell ("Common|Headache|", "APPROVED|Gout|note") a map of those groups (a
    negation's or a seek-help group's rows each a text of its own)."""
    firsts = [row[0][2].text for row in rows if row and row[0][0] == names[0]]
    if len(names) == 2 and firsts and all(t.isdigit() for t in firsts):
        return _Str([part for row in rows for name, _, cell in row if name == names[1] for part in cell.parts])
    if any(_data_role(name) == "question" for name in names) or len(set(firsts)) == len(firsts) and len(names) > 2:
        return _List([_Map(row) for row in rows if row])
    if len(set(firsts)) == len(firsts):
        return _Map([(row[0][2].text, row[0][1], row[1][2]) for row in rows if len(row) == 2])
    entries: list[tuple[str, int, object]] = []
    groups: dict[str, list[object]] = {}
    for n, row in enumerate(rows):
        if len(row) < 2:
            continue
        lead, rest = row[0][2], row[1:]
        if _data_role(_words(lead.text)) in ("negation", "help"):  # ("NOT FOR|Monotherapy|note": "It is not used
            text = " \u2013 ".join(cell.text for _, _, cell in rest)  # for monotherapy - note")
            entries.append((f"{lead.text} {n}", lead.line, _Str([(lead.line, text)])))
            continue
        if lead.text not in groups:
            groups[lead.text] = []
            entries.append((lead.text, lead.line, groups[lead.text]))
        groups[lead.text].append(rest[0][2] if len(rest) == 1 else _Map(rest))
    return _Map([(key, line, _List(value) if isinstance(value, list) else value) for key, line, value in entries])


def _sas(body: str) -> str:
    """SAS DATA steps whose in-stream rows ("datalines4;" up to ";;;;", "cards;" up to ";") hold the answer (fenced
    or not) as Markdown, line for line (:func:`_data_page`): each step a top-level key (its data set's name; a
    "/*----- Usage -----*/" comment above it names its section), its rows split at the "dlm=" delimiter into the
    columns its "input" statement names (:func:`_sas_table`), each cell on its row's line; the fence, statements,
    comments and "proc" steps blank."""
    block = _data_block(body, _SAS_STEP)
    if block is None:
        return body
    lines, first, last, fenced = block
    heads: dict[int, str] = {}
    steps: list[tuple[str, int, list[str], str | None, list[tuple[int, str]]]] = []
    end, close = first, None  # (the line that ends the rows: ";;;;" after "datalines4;", else ";")
    for k in range(first, last + 1):
        line = lines[k]
        if close is not None:
            if line.strip() == close or close == ";" and line.strip().startswith(";"):
                close = None
            elif line.strip():
                steps[-1][4].append((k, line))
            end = k
            continue
        step, names, dlm, rows = _SAS_STEP.match(line), _SAS_INPUT.match(line), _SAS_DLM.search(line), \
            _SAS_LINES.match(line)
        if step:
            steps.append((step.group("n"), k, [], None, []))
        elif line.lstrip().startswith("/*"):
            _comment_head(heads, k, line.replace("/*", "").replace("*/", ""))
        elif names and steps:
            steps[-1][2].extend(w for w in names.group("v").split() if re.fullmatch(r"[A-Za-z_]\w*", w))
        elif dlm and steps:
            steps[-1] = (*steps[-1][:3], dlm.group("s") or dlm.group("d"), steps[-1][4])
        elif rows and steps:
            close = ";;;;" if rows.group("four") else ";"
        elif not fenced and ";" not in line and re.match(r"^[A-Z][a-z]*[ \t]+\w.*[.:!?]$", line):
            break  # (unfenced: prose after the program ends it)
        end = k if line.strip() else end
    tree: list[tuple[str, int, object]] = []
    for name, line, names, dlm, rows in steps:  # (no "dlm=": the cells split at blanks, SAS's list input)
        if not names or not rows:
            continue
        table = [[(col, k, _Str([(k, cell.strip())])) for col, cell in zip(names, text.split(dlm, len(names) - 1))
                  if cell.strip()] for k, text in rows]
        tree.append((name, line, _sas_table(names, table)))
    if len(tree) < 3:
        return body
    return _data_page(lines, _Map(tree), first, last if fenced else end, heads)

# ---------------------------------------------------------------------------
# A Windows Setup Information (.inf) file whose sections hold "%Token%" references only ("[Usage]" over "Approved =
# %Use1%,%Use2%") and whose "[Strings]" section gives every token's text ('Use1 = "Acne - in teenagers"')
# ---------------------------------------------------------------------------

_INF_REFS = re.compile(r"(?m)^[ \t]*[A-Za-z_][\w.-]*[ \t]*=[ \t]*%[A-Za-z_][\w.]*%")
_INF_STRINGS = re.compile(r"(?mi)^[ \t]*\[Strings(?:\.\w+)?\][ \t]*$")
_INF_REF = re.compile(r"^[ \t]*%(?P<t>[A-Za-z_][\w.]*)%[ \t]*$")
#: the sections Setup reads for itself (the file's version, provider and disks), no part of the answer
_INF_OWN = frozenset({"version", "strings", "manufacturer", "sourcedisksnames", "sourcedisksfiles", "destinationdirs",
                      "controlflags"})


def _inf_value(value: _Str, texts: dict[str, _Str]) -> object:
    """A key's value with each "%Token%" of it the token's text, on the "[Strings]" line that gives it; a list of
    them ("%Brand1%,%Brand2%") a list; any other value as it is."""
    pieces = value.text.split(",")
    got: list[object] = []
    for piece in pieces:
        ref = _INF_REF.match(piece)
        text = texts.get(ref.group("t").casefold()) if ref else None
        got.append(text if text is not None else _Str([(value.line, piece.strip())]))
    if len(got) == 1 or not any(_INF_REF.match(piece) for piece in pieces):
        return got[0] if len(got) == 1 else value
    return _List([_entry_note(v) if isinstance(v, _Str) else v for v in got])  # ("Acne - in teenagers")


def _inf_key(key: str) -> str:
    """A key as a name in snake case ("OffLabel" as "off_label"); a numbered key whose name says nothing ("SE1",
    "SE2_Note") as an item's ("item1", "item2_note"): one entry of its section's list, not a group of its own."""
    m = _INI_NUMBERED.match(key)
    if m is None or m.group("base").casefold() in ("q", "question", "a", "answer") or _data_role(m.group("base")) \
            or _data_section(m.group("base")):
        return re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", key).casefold()  # ("OffLabel" as "off_label": a key, not
    return f"item{m.group('n')}" + (f"_{m.group('sub')}" if m.group("sub") else "")  # a use named in words)


def _inf(body: str) -> str:
    """A Windows .inf file (fenced or not) whose sections hold "%Token%" references as Markdown, line for line
    (:func:`_data_page`): its sections read as an INI file's (:func:`_ini_tree`), each reference the text its token
    has in "[Strings]", told on the line that gives it (where its words are written; the sections' lines, which
    name tokens only, blank), a list of references a list; "[Version]" and Setup's other sections, the fence,
    comments and headers blank."""
    block = _data_block(body, _INI_SECTION)
    if block is None:
        return body
    lines, first, last, fenced = block
    sections, end, _ = _ini_sections(lines, first, last, fenced)
    texts = {key.casefold(): value for name, _, keys in sections if name.partition(".")[0].casefold() == "strings"
             for key, _, value in keys}
    own = [(name, line, [(_inf_key(key), k, _inf_value(value, texts)) for key, k, value in keys])
           for name, line, keys in sections if name.partition(".")[0].casefold() not in _INF_OWN]
    if not texts or not own:
        return body
    return _data_page(lines, _ini_tree(own), first, last if fenced else end, {})


# ---------------------------------------------------------------------------
# A systemd unit file whose custom "[X-...]" sections hold the answer ("[X-Usage]" over "Use=X - note",
# "OffLabelUse=Y" repeated, "Question=...?" / "Answer=..." pairs, a trailing "\\" continuing a value); "[Unit]",
# "[Service]" and "[Install]" are the unit's own
# ---------------------------------------------------------------------------

_UNIT_SECTION = re.compile(r"^[ \t]*\[(?P<s>[A-Za-z][\w-]{0,60})\][ \t]*$")
_UNIT_X_SECTIONS = re.compile(r"(?m)^[ \t]*\[X-[A-Za-z][\w-]{0,60}\][ \t]*$")
_UNIT_OWN = re.compile(r"(?m)^[ \t]*\[(?:Unit|Service|Install|Socket|Timer|Mount|Automount|Path|Swap|Slice|Scope)\]"
                       r"[ \t]*$")
_UNIT_KEY = re.compile(r"^[ \t]*(?P<k>[A-Za-z][\w-]*)[ \t]*=[ \t]*(?P<v>.*?)[ \t]*$")


def _unit_section(name: str, keys: list[tuple[str, int, _Str]]) -> _Map:
    """A custom section's keys as a map: a repeated key a list (:class:`_Map`), "Question=" / "Answer=" keys one list of
    pairs; in Usage and Side Effects a key's values its list ("Use=X" written once a list of one), each "X - note" the
    entry and its note."""
    entries: list[tuple[str, int, object]] = []
    asked: list[_Map] = []
    for key, line, value in keys:
        role = _data_role(key)
        if role == "question":
            asked.append(_Map([("question", line, value)]))
            if len(asked) == 1:
                entries.append(("faqs", line, _List(asked)))
        elif role == "answer" and asked:
            asked[-1] = _Map([*asked[-1].entries, ("answer", line, value)])
            entries[next(n for n, e in enumerate(entries) if e[0] == "faqs")] = ("faqs", asked[0].entries[0][1],
                                                                                  _List(asked))
        else:
            entries.append((key, line, value))
    section = _Map(entries)
    if _data_section(name) not in ("uses", "side_effects"):
        return section
    for n, (key, line, value) in enumerate(section.entries):
        role = _data_role(key)
        items = value.items if isinstance(value, _List) else [value]
        if role not in ("prose", "help", "negation", "note"):
            section.entries[n] = (key, line, _List([_entry_note(v) if isinstance(v, _Str) else v for v in items]))
    return section


def _systemd(body: str) -> str:
    """A systemd unit file (fenced or not) as Markdown, line for line (:func:`_data_page`): each custom section a
    top-level key ("[X-SideEffects]" the section Side Effects, CamelCase read as words) and its "Key=value" lines its
    keys (:func:`_unit_section`), a value continued by a trailing "\\" one string on its lines; the unit's own sections
    ("[Unit]" with its Description, "[Service]", "[Install]"), comments and the fence blank."""
    block = _data_block(body, _UNIT_SECTION)
    if block is None:
        return body
    lines, first, last, fenced = block
    sections: list[tuple[str, int, list[tuple[str, int, _Str]]]] = []
    end, going = first, False
    for k in range(first, last + 1):
        line = lines[k]
        text = line.rstrip()
        more = text.endswith("\\")
        text = text[:-1] if more else text
        head, key = _UNIT_SECTION.match(line), _UNIT_KEY.match(text)
        if going and sections:
            if sections[-1][2]:
                sections[-1][2][-1][2].parts.append((k, text.strip()))
        elif head:
            sections.append((head.group("s"), k, []))
        elif line.lstrip().startswith(("#", ";")) or not line.strip() or _FENCE_LINE.match(line):
            continue
        elif key and sections:
            sections[-1][2].append((key.group("k"), k, _Str([(k, key.group("v"))])))
        elif not fenced:
            break  # (unfenced: prose after the file ends it)
        going = more
        end = k
    tree = _Map([(name[2:], line, _unit_section(name[2:], keys)) for name, line, keys in sections
                 if name[:2] in ("X-", "x-")])
    return _data_page(lines, tree, first, last if fenced else end, {})


# ---------------------------------------------------------------------------
# A Fortran namelist ("&usage" ... "/", "brand_names = 'A', 'B'" continued on the next lines,
# "uses(2)%condition = '...'" with "uses(2)%off_label = .true.", "q(1)" / "a(1)", "! comments")
# ---------------------------------------------------------------------------

_NML_GROUP = re.compile(r"^[ \t]*[&$](?P<g>[A-Za-z]\w*)[ \t]*(?:!.*)?$")
_NML_GROUPS = re.compile(_NML_GROUP.pattern, re.M)  # (the same line, searched in the whole body)
_NML_END = re.compile(r"^[ \t]*(?:/|[&$]end)[ \t]*(?:!.*)?$", re.I)
_NML_KEY = re.compile(r"^[ \t]*(?P<k>[A-Za-z]\w*(?:\([ \t]*\d+[ \t]*\))?(?:%[A-Za-z]\w*)*)[ \t]*=[ \t]*(?P<v>.*)$")
_NML_VALUE = re.compile(r"'(?P<s>(?:[^']|'')*)'|\"(?P<d>(?:[^\"]|\"\")*)\"|(?P<c>!.*)|"
                        r"\.(?P<b>true|false)\.|(?P<w>[^\s,'\"!]+)", re.I)


def _namelist(body: str) -> str:
    """A Fortran namelist file (fenced or not) as Markdown, line for line (:func:`_data_page`): each "&group" ... "/"
    a top-level key, its "key = value" assignments the group's keys, a value of several strings (on its line or the
    lines under it) a list, each string on its line ('' an apostrophe), ".true." and ".false." the words true and
    false; an array's elements ("uses(2)%condition", "uses(2)%off_label", "q(1)" / "a(1)") items of a list as an INI
    file's numbered keys are; "!" comments blank, one that names a section its heading."""
    block = _data_block(body, _NML_GROUP)
    if block is None:
        return body
    lines, first, last, fenced = block
    groups: list[tuple[str, int, list[tuple[str, int, object]]]] = []
    heads: dict[int, str] = {}
    keys: list[tuple[str, int, list[_Str]]] | None = None
    end = first
    for k in range(first, last + 1):
        line = lines[k]
        group, assign = _NML_GROUP.match(line), _NML_KEY.match(line)
        if group:
            keys = []
            groups.append((group.group("g"), k, keys))
        elif _NML_END.match(line):
            keys = None
        elif assign and keys is not None:
            keys.append((assign.group("k"), k, _nml_values(k, assign.group("v"))))
        elif keys and line.strip() and not line.lstrip().startswith("!"):
            keys[-1][2].extend(_nml_values(k, line))  # (a list continued on the next line)
        elif line.lstrip().startswith("!"):
            title = line.strip(" \t!-=*")
            if title and len(title.split()) <= 6 and section_kind(title) in _MAIN_KINDS:
                heads[k] = f"## {title}"
            continue
        elif line.strip() and not fenced and not _FENCE_LINE.match(line):
            break  # (unfenced: prose after the file ends it)
        else:
            continue
        end = k
    if len(groups) < 3:
        return body
    tree = _Map([(name, line, _ini_section([(re.sub(r"[ \t]*\([ \t]*(\d+)[ \t]*\)%?", r"_\1_", key).strip("_"), at,
                                                _List(values) if len(values) > 1 else values[0])
                                               for key, at, values in keys if values]))
                 for name, line, keys in groups])
    return _data_page(lines, tree, first, last if fenced else end, heads)


def _nml_values(k: int, text: str) -> list[_Str]:
    """The values on a namelist line: its strings (doubled quotes one quote), logicals as words and other words."""
    values: list[_Str] = []
    for m in _NML_VALUE.finditer(text):
        if m.group("c") is not None:
            break
        said = m.group("s").replace("''", "'") if m.group("s") is not None \
            else m.group("d").replace('""', '"') if m.group("d") is not None else m.group("b") or m.group("w")
        values.append(_Str([(k, said.casefold() if m.group("b") else said)], bare=m.group("w") is not None))
    return values


# ---------------------------------------------------------------------------
# A gettext template ("#. Section: Usage", 'msgctxt "usage.item"', 'msgid ""' over '"words "' / '"more words"',
# 'msgstr ""'): each string on its lines, read by the section and key its context names
# ---------------------------------------------------------------------------

_PO_ENTRY = re.compile(r"(?m)^msgid[ \t]+\"")
_PO_LINE = re.compile(r"^[ \t]*(?:(?P<kw>msgctxt|msgid|msgid_plural|msgstr(?:\[\d+\])?)[ \t]+)?"
                      r"\"(?P<t>(?:[^\"\\]|\\.)*)\"[ \t]*$")


def _po(body: str) -> str:
    """A gettext template (fenced or not) as Markdown, line for line: a "#." comment that names a section its heading
    (else the section a context's first part names, on its "msgctxt" line); each "msgid" string on its lines, read by
    its context's last part (:func:`_po_lead`): the name in bold, a field, a group's effects, a list item, a question
    and its answer, else prose; the header entry, "msgstr" strings, other comments and the fence blank."""
    lines = body.split("\n")
    window = _data_window(lines, re.compile(r"^(?:msgctxt|msgid)[ \t]"))
    if window is None:
        return body
    first = window[0] + 1 if _FENCE_LINE.match(lines[window[0]]) else window[0]
    out = list(lines)
    section: str | None = None
    context = ""
    keyword = ""
    parts: list[tuple[int, str]] = []
    said: dict[int, tuple[str | None, str]] = {}
    heads = 0

    def flush() -> None:
        text = [(k, t) for k, t in parts if t.strip()]
        if keyword == "msgid" and text:
            lead, indent, tail = _po_lead(section, context)
            own = re.match(r"^(?P<l>[^:]{3,80}):[ \t]+(?P<t>\S.*)$", text[0][1].strip())
            if lead.startswith("- **") and own:  # (a group's string that opens with its own label: "Rare but
                lead, text[0] = f"- **{own.group('l')}:** ", (text[0][0], own.group("t"))  # serious: X, Y")
            for n, (k, t) in enumerate(text):
                said[k] = (section, (lead if not n else indent) + t.strip() + (tail if n == len(text) - 1 else ""))
        parts.clear()

    for k in range(first, len(lines)):
        line = lines[k]
        if k > first and _FENCE_LINE.match(line):
            out[k] = ""
            break
        got = _PO_LINE.match(line)
        if line.strip() and not got and not line.startswith("#"):
            break  # (unfenced: prose after the file ends it)
        out[k] = ""
        if got and got.group("kw"):
            flush()
            keyword = re.sub(r"\[\d+\]$", "", got.group("kw"))
            if keyword == "msgctxt":
                context = re.sub(r"\\(.)", r"\1", got.group("t"))
                kind = _data_section(context.split(".")[0])
                if kind in _MAIN_KINDS and kind != section:
                    section = kind
                    said[k] = (None, f"## {_TITLES[kind]}")
                    heads += 1
        if got:
            parts.append((k, re.sub(r"\\(.)", lambda e: {"n": " ", "t": " "}.get(e.group(1), e.group(1)),
                                    got.group("t"))))
            continue
        flush()
        if not line.strip():
            context = ""
        title = re.sub(r"^#\.[ \t]*(?:section[ \t]*:)?", "", line, flags=re.I).strip() if line.startswith("#.") else ""
        if title and len(title.split()) <= 4 and section_kind(title) in _MAIN_KINDS:
            section = section_kind(title)
            said[k] = (None, f"## {title}")
            heads += 1
    flush()
    if heads < 3:
        return body
    for k, (_, text) in said.items():
        out[k] = text
    out[window[0]] = "" if window[0] < first else out[window[0]]
    return "\n".join(out)


def _po_lead(section: str | None, context: str) -> tuple[str, str, str]:
    """What goes before a string's first line, before its others and after its last, by its context
    ("generic_name", "generic_name.forms", "side_effects.mild", "usage.item", "faq.question")."""
    *_, key = context.split(".") if context else [""]
    role, words = _data_role(key), _words(key)
    if section == "identity" and ("." not in context or role == "name"):
        return "**", "", "**"
    if role in _DATA_FIELDS:
        return f"- **{_DATA_FIELDS[role]}:** ", "  ", ""
    if role in ("question", "answer"):
        return ("Q: " if role == "question" else "A: "), "", ""
    if section == "side_effects" and "." in context and role not in ("prose", "help", "note", "negation"):
        return f"- **{words}:** ", "  ", ""  # (a key of Side Effects names its strings' group: "mild", "high_dose")
    if role == "entry" or re.match(r"^(?:items?|entry|bullet|point)\d*$", key, re.I):
        return "- ", "  ", ""
    return "", "", ""


# ---------------------------------------------------------------------------
# A RIS record ("TY  - GEN", "TI  - ...", "KW  - ...", one "N1  - USAGE: ..." note a section or group, "N1  - SIDE
# EFFECTS, Common: a; b", "N1  - FAQ 2. Question? Answer", "ER  - ")
# ---------------------------------------------------------------------------

_RIS_TAG = re.compile(r"^(?P<tag>[A-Z][A-Z0-9])  -(?: (?P<v>.*))?$")
_RIS_TAGS = re.compile(r"(?m)^[A-Z][A-Z0-9]  -(?: |$)")
_RIS_FAQ = re.compile(r"^(?:FAQs?|Q)[ \t]*\d*[.:)][ \t]*(?P<q>[^?]+\?)[ \t]*(?P<a>.*)$", re.I)
_RIS_LABEL = re.compile(r"^(?P<h>[^:,(]{2,40}?)[ \t]*(?:,[ \t]*(?P<g>[^:]{1,40})|\((?P<p>[^)]{1,60})\))?:[ \t]+"
                        r"(?P<t>\S.*)$")


def _ris(body: str) -> str:
    """A RIS record (fenced or not) as Markdown, line for line (:func:`_put_facts`): each note ("N1") whose label
    names a section that section's words ("USAGE: ...", a question and its answer "FAQ 1. Q? A" an item with the
    question in bold), a group after the section's name ("SIDE EFFECTS, Common: a; b") its label over its items; the
    other tags (title, authors, keywords, abstract, "ER") and the fence blank, a section's heading on the nearest of
    them (or run in)."""
    lines = body.split("\n")
    window = _data_window(lines, re.compile(r"^TY  - "))
    if window is None:
        return body
    out = list(lines)
    facts: dict[int, tuple[str | None, str]] = {}
    section: str | None = None
    for k in range(window[0], window[1] + 1):
        line = lines[k]
        tag = _RIS_TAG.match(line)
        if not tag and line.strip() and not _FENCE_LINE.match(line):
            break  # (unfenced: prose after the record ends it)
        out[k] = ""
        if tag and tag.group("tag") == "ER":
            break
        if not tag or tag.group("tag") != "N1" or not tag.group("v"):
            continue
        text = tag.group("v").strip()
        faq, label = _RIS_FAQ.match(text), _RIS_LABEL.match(text)
        kind = section_kind(label.group("h")) if label else None
        if faq:
            facts[k] = ("faqs", f"- **{faq.group('q').strip()}** {faq.group('a')}".rstrip())
            section = "faqs"
        elif label and (kind in _MAIN_KINDS or section):
            section = kind if kind in _MAIN_KINDS else section
            group = label.group("g") or label.group("p") or ("" if kind in _MAIN_KINDS else label.group("h"))
            if section == "side_effects" and group and _data_role(group) != "help":
                facts[k] = (section, f"- **{group}:** {label.group('t')}")
            else:
                facts[k] = (section, label.group("t"))
    if len({kind for kind, _ in facts.values()} & {"uses", "side_effects", "mechanism", "faqs"}) < 3:
        return body
    _put_facts(out, facts, {}, window[0])
    if _FENCE_LINE.match(lines[window[1]]):
        out[window[1]] = ""
    return "\n".join(out)


# ---------------------------------------------------------------------------
# A GEDCOM record ("0 @D1@ _DRUG", "1 _USAGE" over "2 _INDICATION X" over "3 NOTE ...", "4 CONT ..." continuing the
# text above it, custom underscore tags, a "0 HEAD" header and "0 TRLR")
# ---------------------------------------------------------------------------

_GED_LINE = re.compile(r"^[ \t]*(?P<lvl>\d{1,2})[ \t]+(?:(?P<x>@[^@\s]+@)[ \t]+)?(?P<t>_?[A-Za-z][A-Za-z0-9_]*)"
                       r"(?:[ \t](?P<v>.*?))?[ \t]*$")
_GED_LINES = re.compile(r"(?m)^[ \t]*\d{1,2}[ \t]+(?:@[^@\s]+@[ \t]+)?_?[A-Z][A-Z0-9_]*(?:[ \t].*)?$")
_GED_RECORD = re.compile(r"^[ \t]*0[ \t]+(?:HEAD|@[^@\s]+@[ \t]+_?[A-Z][A-Z0-9_]*)[ \t]*$")
_GED_RECORDS = re.compile(_GED_RECORD.pattern, re.M)  # (the same line, searched in the whole body)
#: the words a custom tag runs together ("_SIDEEFFECTS", "_NOTUSED", "_SEEKHELP"), longest first
_GED_WORDS = tuple(sorted((
    "side", "effect", "effects", "seek", "help", "not", "used", "for", "off", "label", "less", "very", "common", "rare",
    "serious", "severe", "how", "it", "works", "generic", "name", "names", "brand", "brands", "drug", "class",
    "dosage", "form", "forms", "route", "routes", "usage", "use", "uses", "faq", "faqs", "question", "answer",
    "mechanism", "target", "targets", "action", "indication", "indications", "aka", "also", "known", "as", "other",
    "approved", "when", "to", "call", "doctor", "warning", "signs", "note", "notes", "summary", "of", "interactions",
    "precautions"), key=len, reverse=True))


def _ged_key(tag: str) -> str:
    """A tag as a key's words: the underscore dropped, lower case, run-together words split ("_NOTUSED" "not used",
    "_SIDEEFFECTS" "side effects"); a tag they do not make up as it is."""
    word = tag.lstrip("_").lower()
    ways: dict[int, list[str]] = {0: []}
    for at in range(len(word)):
        for part in _GED_WORDS if at in ways else ():
            if word.startswith(part, at) and at + len(part) not in ways:
                ways[at + len(part)] = [*ways[at], part]
    return " ".join(ways[len(word)]) if len(word) in ways else word


class _GedNode:
    def __init__(self, tag: str, line: int, text: str | None) -> None:
        self.tag, self.line = tag, line
        self.parts: list[tuple[int, str]] = [(line, text)] if text else []
        self.children: list[_GedNode] = []


def _ged_value(node: _GedNode) -> object:
    """A line's value: its text (with its CONT and CONC lines) when nothing is under it; else a map of its text (under
    its own tag's key when that names a role, else as the map's name) and each line under it by its tag (a repeated
    tag a list)."""
    text = _Str(node.parts) if node.parts else None
    if not node.children:
        return text
    own = _ged_key(node.tag) if _data_role(_ged_key(node.tag)) else "name"  # ("_OFFLABEL X" over its NOTE: X the
    # entry of an off-label use; "_QUESTION X" over its "_ANSWER" a question)
    entries: list[tuple[str, int, object]] = [(own, node.line, text)] if text else []
    for child in node.children:
        value = _ged_value(child)
        if value is not None:
            entries.append((_ged_key(child.tag), child.line, value))
    return _Map(entries) if entries else None


def _gedcom(body: str) -> str:
    """A GEDCOM file (fenced or not) as Markdown, line for line (:func:`_data_page`): the level numbers an outline,
    each tag a key (custom "_TAG"s read as their words: "_SIDEEFFECTS" side effects, "_OFFLABEL" off-label, "_AKA" an
    other name), a line's text its value and "CONT" / "CONC" lines under it more of that text; the data record (or
    the records, each by its tag) the tree; the header record ("0 HEAD"), "0 TRLR", the level numbers, cross-reference
    ids and the fence blank."""
    block = _data_block(body, _GED_RECORD)
    if block is None:
        return body
    lines, first, last, fenced = block
    records: list[_GedNode] = []
    stack: list[tuple[int, _GedNode]] = []
    end = first
    for k in range(first, last + 1):
        got = _GED_LINE.match(lines[k])
        if not got:
            if lines[k].strip() and not fenced and not _FENCE_LINE.match(lines[k]):
                break  # (unfenced: prose after the file ends it)
            continue
        end = k
        level, tag, text = int(got.group("lvl")), got.group("t"), (got.group("v") or "").replace("@@", "@")
        while stack and stack[-1][0] >= level:
            stack.pop()
        if tag.upper() in ("CONT", "CONC") and stack:
            stack[-1][1].parts.append((k, text))
            continue
        node = _GedNode(tag, k, text)
        if stack:
            stack[-1][1].children.append(node)
        elif got.group("x"):
            records.append(node)  # (a record with its id: "0 @D1@ _DRUG"; "0 HEAD" and "0 TRLR" are the file's)
        stack.append((level, node))
    values = [(_ged_key(r.tag), r.line, v) for r in records if (v := _ged_value(r)) is not None]
    tree = values[0][2] if len(values) == 1 else _Map(values)
    if not isinstance(tree, _Map):
        return body
    return _data_page(lines, tree, first, last if fenced else end, {})


# ---------------------------------------------------------------------------
# An iCalendar file ("BEGIN:VCALENDAR", one "BEGIN:VTODO" a section, "SUMMARY:X: Usage", a "DESCRIPTION:" folded
# over lines that start with a space, its "\\n" line breaks and "\\," "\\;" escapes)
# ---------------------------------------------------------------------------

_ICS_PROP = re.compile(r"^(?P<n>[A-Z][A-Z0-9-]*)(?:;(?P<p>[^:\n]*))?:(?P<v>.*)$")


def _ics(body: str) -> str:
    """An iCalendar file (fenced or not) as Markdown, line for line: a component's SUMMARY that names a section
    ("Methazolamide: Usage") its heading; its DESCRIPTION, unfolded and unescaped, read line by line as a page is
    (a short line ending ":" the group of the items under it, "- " items, "Q:" and "A:" a question in bold and its
    answer, prose) and each of those lines put where its words start (:func:`_ics_place`); every other property,
    "BEGIN" / "END" line and the fence blank."""
    lines = body.split("\n")
    start = next((k for k, line in enumerate(lines) if line.strip() == "BEGIN:VCALENDAR"), None)
    if start is None:
        return body
    end = next((k for k in range(start, len(lines)) if lines[k].strip() == "END:VCALENDAR"), len(lines) - 1)
    props = [(name, k, parts) for name, k, _, parts in _ics_props(lines, start, end)]
    out = list(lines)
    for k in range(start, end + 1):
        out[k] = ""
    for k in (start - 1, end + 1):
        if 0 <= k < len(lines) and _FENCE_LINE.match(lines[k]):
            out[k] = ""
    begins = [at for name, at, parts in props if name == "BEGIN" and parts[0][1].strip() != "VCALENDAR"]
    heads = 0
    for n, first in enumerate(begins):
        stop = begins[n + 1] if n + 1 < len(begins) else end
        own = {name: (at, parts) for name, at, parts in props if first <= at < stop}
        if "SUMMARY" not in own or "DESCRIPTION" not in own:
            continue
        title = _ics_text(own["SUMMARY"][1])[0][1].strip()
        title = title.rsplit(": ", 1)[-1] if section_kind(title.rsplit(": ", 1)[-1]) in _MAIN_KINDS else title
        at, parts = own["DESCRIPTION"]
        head = own["SUMMARY"][0] if own["SUMMARY"][0] < at else at - 1
        if section_kind(title) in _MAIN_KINDS and head > first:
            out[head] = f"## {title}"
            heads += 1
        _ics_place(out, _ics_text(parts), at, stop - 1)
    return "\n".join(out) if heads >= 3 else body


def _ics_props(lines: list[str], start: int, end: int) -> list[tuple[str, int, str, list[tuple[int, str]]]]:
    """The properties of an iCalendar or vCard file on lines ``start`` to ``end``: each one's name, line, parameters
    ("TYPE=common") and value on each line it is folded over (a line that starts with a space goes on with the value
    before it, that space dropped)."""
    props: list[tuple[str, int, str, list[tuple[int, str]]]] = []
    for k in range(start, end + 1):
        line = lines[k]
        prop = _ICS_PROP.match(line)
        if line[:1] in (" ", "\t") and props:
            props[-1][3].append((k, line[1:]))
        elif prop:
            props.append((prop.group("n"), k, prop.group("p") or "", [(k, prop.group("v"))]))
    return props


def _ics_unescape(text: str) -> str:
    """A value's escapes ("\\,", "\\;", "\\\\") as their characters, a line break ("\\n") a space."""
    return re.sub(r"\\(.)", lambda m: " " if m.group(1) in "nN" else m.group(1), text)


def _ics_text(parts: list[tuple[int, str]]) -> list[tuple[int, str, int]]:
    """A folded value's lines of text (its "\\n" breaks), unescaped, each with the lines its words start and end on:
    (start, text, end)."""
    chars: list[tuple[int, str]] = []
    for k, text in parts:
        chars += [(k, c) for c in text]
    found: list[tuple[int, str, int]] = []
    own: list[tuple[int, str]] = []
    i = 0
    while i <= len(chars):
        c = chars[i][1] if i < len(chars) else "\n"
        nxt = chars[i + 1][1] if i + 1 < len(chars) else ""
        if i == len(chars) or c == "\\" and nxt in "nN":
            words = [(k, ch) for k, ch in own if not ch.isspace()]
            text = "".join(ch for _, ch in own).strip()
            if text:
                found.append((words[0][0], text, words[-1][0]))
            own = []
            i += 2
            continue
        if c == "\\" and nxt:
            own.append((chars[i + 1][0], nxt))
            i += 2
            continue
        own.append(chars[i])
        i += 1
    return found


def _ics_place(out: list[str], texts: list[tuple[int, str, int]], first: int, last: int) -> None:
    """A description's lines on the page's lines ``first`` to ``last``: each where its words start, or on the next
    free line when an earlier one holds that line (items of one group sharing a line: "- **Common:** A; B"); a group's
    label "X:" no line of its own when items follow it (each item "- **X:** item"), a question and its answer one item
    ("- **Q?** A"), prose right under a list quoted."""
    units: list[tuple[str, str | None, str, int, int]] = []  # (kind, group, text, start, end)
    group: str | None = None
    for n, (start, text, end) in enumerate(texts):
        after = texts[n + 1][1] if n + 1 < len(texts) else ""
        if text.endswith(":") and len(text.split()) <= 5:
            group = text[:-1].strip()
            if not after.startswith(("- ", "* ")):
                units.append(("label", None, f"**{text}**", start, end))
            continue
        if text.startswith(("- ", "* ")):
            units.append(("item", group, text[2:].strip(), start, end))
            continue
        group = None
        if re.match(r"^A:[ \t]", text) and units and units[-1][0] == "faq":
            kind, _, said, begun, _ = units[-1]
            units[-1] = (kind, None, f"{said} {text[2:].strip()}", begun, end)
        elif re.match(r"^Q:[ \t]", text):
            units.append(("faq", None, f"- **{text[2:].strip()}**", start, end))
        else:
            units.append(("prose", None, text, start, end))
    at, before = first - 1, ("", None)
    for kind, group, text, start, _ in units:
        if kind == "item" and before == (kind, group) and start <= at:
            out[at] += f"; {text}"
            continue
        at = min(max(start, at + 1), last)
        said = f"- **{group}:** {text}" if kind == "item" and group else f"- {text}" if kind == "item" else text
        if out[at] and at == last:
            out[at] += " " + said
        else:
            quoted = kind == "prose" and at > first and out[at - 1].startswith("- ")
            out[at] = "> " + said if quoted else said
        before = (kind, group)


# ---------------------------------------------------------------------------
# A vCard ("BEGIN:VCARD", "FN:X", "NICKNAME:a,b", "X-USAGE;TYPE=off-label:Y", "X-SIDE-EFFECT;TYPE=common:Z" folded
# over lines that start with a space, "X-FAQ;INDEX=1:Q: ...? A: ...", "\\," escapes)
# ---------------------------------------------------------------------------

_VCARD_EXTENSIONS = re.compile(r"(?m)^X-[A-Z][A-Z0-9-]*[;:]")
#: the standard properties that hold words of the answer, as the keys they are (the others are a contact's)
_VCARD_KEYS = {"FN": "name", "NICKNAME": "also known as", "NOTE": "note"}


def _vcard(body: str) -> str:
    """A vCard (fenced or not) as Markdown, line for line (:func:`_data_page`): its name ("FN"), other names
    ("NICKNAME", split at its commas) and extension properties ("X-BRAND", "X-DRUG-CLASS") a tree, each value unfolded
    and unescaped as an iCalendar file's (:func:`_ics_props`) and put on the property's first line; an extension that
    names a section ("X-USAGE", "X-SIDE-EFFECT") a key of it, its "TYPE=" the group it is in ("TYPE=off-label",
    "TYPE=less-common"), one that names none ("X-SEEK-HELP") a key of the section before it; a value "Q: ...? A: ..."
    a question and its answer, a typed item "X - note" the entry and its note; the other properties, "BEGIN" / "END"
    and the fence blank."""
    block = _data_block(body, re.compile(r"^BEGIN:VCARD[ \t]*$"))
    if block is None:
        return body
    lines, first, last, fenced = block
    end = next((k for k in range(first, last + 1) if lines[k].strip() == "END:VCARD"), last)
    tops: list[tuple[str, int, object]] = []
    keys: dict[str, tuple[int, list[object], bool]] = {}  # (the section's keys: line, values, whether a group)
    current = None
    for name, line, params, parts in _ics_props(lines, first, end):
        key = _VCARD_KEYS.get(name) or (_words(name[2:]) if name.startswith("X-") else None)
        if key is None:
            continue
        text = "".join(t for _, t in parts)  # (unfolded, as a calendar's: its words on the property's line)
        values = [_Str([(line, _ics_unescape(t))]) for t in re.split(r"(?<!\\),", text) if t.strip()] \
            if name == "NICKNAME" else [_Str([(line, _ics_unescape(text))])]
        kind = _data_section(key)
        opens = kind in _MAIN_KINDS and kind != "identity"
        if not opens and (current is None or _data_role(key) in _DATA_FIELDS):
            tops.append((key, line, _List(values) if len(values) > 1 else values[0]))
            continue
        if opens and kind != current:
            current, keys = kind, {}
            tops.append((_TITLES[kind], line, keys))
        typed = re.search(r"(?:^|;)TYPE=(?P<t>[^;]+)", params, re.I)
        asked = re.match(r"^[ \t]*Q:[ \t]*(?P<q>.+?)[ \t]+A:[ \t]+(?P<a>.+)$", values[0].text)
        item = _Map([(part, line, _Str([(line, asked.group(part[0]))])) for part in ("question", "answer")]) if asked \
            else _entry_note(values[0]) if typed else values[0]
        keys.setdefault(typed.group("t") if typed else key, (line, [], typed is not None))[1].append(item)
    tree = _Map([(title, line, _Map([(k, at, _List(items) if group or len(items) > 1 else items[0])
                                     for k, (at, items, group) in own.items()]) if isinstance(own, dict) else own)
                 for title, line, own in tops])
    return _data_page(lines, tree, first, last if fenced else end, {})


# ---------------------------------------------------------------------------
# A MIME e-mail ("From:" ... headers, "--boundary" lines over each part's own headers, a quoted-printable part with
# "=" soft line breaks and "=E2=80=93" escapes, a text attachment)
# ---------------------------------------------------------------------------

_MAIL_HEADER = re.compile(r"^(?:From|To|Cc|Subject|Date|Message-ID|MIME-Version|Reply-To|Return-Path|Received|"
                          r"Content-[A-Za-z-]+|X-[A-Za-z-]+):[ \t]", re.I)
_MAIL_HEADERS = re.compile(r"(?mi)^(?:From|To|Subject|Date|MIME-Version|Content-Type|Content-Transfer-Encoding):[ \t]")
_MIME_BOUNDARY = re.compile(r"\bboundary[ \t]*=[ \t]*(?:\"(?P<q>[^\"]+)\"|(?P<b>[^\s;]+))", re.I)
_QP_ESCAPES = re.compile(r"(?:=[0-9A-Fa-f]{2})+")


def _mime(body: str) -> str:
    """A MIME e-mail (fenced or not) as Markdown, line for line: the mail's headers, each part's headers, the boundary
    lines, the preamble and epilogue around the parts and the parts that hold no text (base64, images) blank; a
    quoted-printable part decoded in place, a line that ends in a soft break ("=") joined with the lines it runs on to
    (their words on its line, those lines blank) and its escapes ("=E2=80=93") their characters in the part's charset;
    a text line in capitals that names a section ("SIDE EFFECTS") its heading."""
    lines = body.split("\n")
    start = next((k for k in range(len(lines) - 2) if all(_MAIL_HEADER.match(line) for line in lines[k:k + 3])),
                 None)  # (the mail's headers: three header lines in a row, not a line "From: ..." of the page)
    if start is None:
        return body
    fences = [k for k in range(start) if _FENCE_LINE.match(lines[k])]
    end = next((k for k in range(start, len(lines)) if _FENCE_LINE.match(lines[k])), len(lines)) \
        if len(fences) % 2 else len(lines)
    marks = {"--" + (m.group("q") or m.group("b")) for m in _MIME_BOUNDARY.finditer("\n".join(lines[start:end]))}
    out = list(lines)
    for k in [fences[-1] if fences else -1, end]:
        if 0 <= k < len(lines) and len(fences) % 2:
            out[k] = ""
    heads, multipart = True, False  # (in a block of headers; whether the text after them is a preamble)
    encoding, charset, text = "", "utf-8", True
    k = start
    while k < end:
        line = lines[k]
        if line.rstrip() in marks or line.rstrip()[:-2] in marks and line.rstrip().endswith("--"):
            out[k] = ""
            heads, encoding, charset, text = True, "", "utf-8", not line.rstrip().endswith("--")
            multipart = False
        elif heads:
            out[k] = ""
            heads = bool(line.strip())
            field = re.match(r"^(?P<n>Content-Type|Content-Transfer-Encoding):[ \t]*(?P<v>.*)$", line, re.I)
            if field and field.group("n").casefold() == "content-type":
                multipart = field.group("v").casefold().startswith("multipart/")
                text = field.group("v").casefold().startswith("text/") or multipart
                got = re.search(r"charset[ \t]*=[ \t]*\"?(?P<c>[\w.-]+)", field.group("v"), re.I)
                charset = got.group("c") if got else charset
            elif field:
                encoding = field.group("v").strip().casefold()
        elif multipart or not text or encoding == "base64":
            out[k] = ""  # (the preamble "This is a multi-part message", a part with no text)
        else:
            run = k
            while encoding == "quoted-printable" and lines[run].endswith("=") and run + 1 < end \
                    and lines[run + 1].rstrip() not in marks:
                run += 1
            said = "".join(lines[j][:-1] if j < run else lines[j] for j in range(k, run + 1))
            if encoding == "quoted-printable":
                said = _qp_decode(said, charset)
            out[k:run + 1] = [said] + [""] * (run - k)
            title = said.strip()
            if title.isupper() and len(title.split()) <= 8 and section_kind(title) in _MAIN_KINDS:
                out[k] = f"## {title}"
            k = run
        k += 1
    return "\n".join(out)


def _qp_decode(text: str, charset: str) -> str:
    """A quoted-printable line's escapes ("=E2=80=93") as the characters their bytes are in ``charset`` (UTF-8 when
    Python knows no such charset)."""
    try:
        "".encode(charset)
    except LookupError:
        charset = "utf-8"
    return _QP_ESCAPES.sub(lambda m: bytes.fromhex(m.group(0).replace("=", "")).decode(charset, "replace"), text)


# ---------------------------------------------------------------------------
# A Java .properties file ("usage.approved.1=X" with "usage.approved.1.note=Y", "faq.2.q=...?", "\" continuations)
# ---------------------------------------------------------------------------

_PROP_KEYS = re.compile(r"(?m)^[ \t]*[A-Za-z_][\w-]*(?:\.[\w-]+)+[ \t]*[=:]")
_PROP_MARK = re.compile(r"(?m)\\$|^[ \t]*(?:```|~~~)[ \t]*(?:java-?)?properties[ \t]*$|\.properties\b")
_PROP_KEY = re.compile(r"^[ \t]*(?P<k>[A-Za-z_][\w-]*(?:\.[\w-]+)*)[ \t]*[=:][ \t]*(?P<v>.*?)[ \t]*$")
_PROP_ESCAPE = re.compile(r"\\(?:u(?P<u>[0-9a-fA-F]{4})|(?P<c>.))")


def _comment_head(heads: dict[int, str], k: int, line: str) -> None:
    """A comment line that names a section ("# ---------- Usage ----------", "## Side Effects") its heading in
    ``heads``."""
    title = line.strip(" \t#!-=*")
    if title and len(title.split()) <= 6 and section_kind(title) in _MAIN_KINDS:
        heads[k] = f"## {title}"


def _prop_text(text: str) -> str:
    """A value's escapes as their characters ("\\:" a colon, "\\t" a space), a trademark sign ("\\u00AE") none."""
    return _PROP_ESCAPE.sub(lambda m: chr(int(m.group("u"), 16)).strip("\u00ae\u2122\u00a9") if m.group("u")
                            else {"t": " ", "n": " ", "r": " "}.get(m.group("c"), m.group("c")), text)


def _comma_items(value: _Str, sep: str = ",") -> _Str | _List:
    """A value that lists short items split by commas ("Dizziness, Tiredness, \\" over "Dry mouth"; two only when both
    are capitalized, not "Nausea, mostly at first"; another ``sep`` the same) as a list of them, each on its lines; any
    other value as it is."""
    items: list[list[tuple[int, str]]] = [[]]
    for k, text in value.parts:
        for n, piece in enumerate(text.split(sep)):
            if n:
                items.append([])
            if piece.strip():
                items[-1].append((k, piece.strip()))
    texts = [" ".join(t for _, t in item) for item in items]
    if len(items) < 2 or len(items) == 2 and not all(t[:1].isupper() for t in texts) or not all(texts) \
            or value.text.endswith((".", "!", "?", ":")) or any(len(t.split()) > 8 for t in texts):
        return value
    return _List([_Str(item) for item in items])


def _prop_node(node: dict[str, tuple[int, object]], name: str) -> object:
    """A key's node (its value under "", its sub-keys by their next part) as the data tree: numbered sub-keys a list
    ("approved.1", "approved.2"), an item with sub-keys of its own a map of its name and them ("approved.1.note");
    "target|action" a target and its action."""
    subs = [(part, line, _prop_node(child, part)) for part, (line, child) in node.items() if part]
    own = node.get("")
    value = own[1] if own else None
    if isinstance(value, _Str) and not subs:
        target, bar, action = value.text.partition("|")
        if bar and any(re.search(rx, action, re.I) for rx, _ in _ACTION_VERBS):
            line = value.line
            return _Map([("target", line, _Str([(line, target.strip())])), ("action", line, _Str([(line, action)]))])
        return _comma_items(value)
    if value is not None and not isinstance(value, _Str) and not subs:
        return value  # (a list or map read whole: MATLAB's cell array)
    numbered = [(line, v) for part, line, v in subs if part.isdigit()]
    entries = [(part, line, v) for part, line, v in subs if not part.isdigit()]
    if numbered:
        entries.insert(0, ("", numbered[0][0], _List([v for _, v in numbered])))
    if value is not None:
        entries.insert(0, ("name" if name.isdigit() else "text", own[0], value))
    if len(entries) == 1 and not entries[0][0]:
        return entries[0][2]
    return _Map(entries)


def _properties(body: str) -> str:
    """A Java .properties file (fenced or not) as Markdown, line for line (:func:`_data_page`): its dotted keys a tree
    ("usage.offlabel.2.note": the note of the second off-label use; a part all keys share, the file's own name,
    dropped), a value continued by "\\" one string on its lines, escapes ("\\u00AE") their characters, a value of
    short comma-separated items a list; "#" and "!" comments blank, one that names a section its heading."""
    block = _data_block(body, _PROP_KEYS)
    if block is None:
        return body
    lines, first, last, fenced = block
    keys: list[tuple[list[str], int, _Str]] = []
    heads: dict[int, str] = {}
    end = first
    going = False
    for k in range(first, last + 1):
        line = lines[k]
        more = len(line) - len(line.rstrip("\\"))
        text = line[:-1] if more % 2 else line
        key = _PROP_KEY.match(text)
        if going:
            keys[-1][2].parts.append((k, _prop_text(text.strip())))
        elif line.lstrip().startswith(("#", "!")):
            _comment_head(heads, k, line)
            continue
        elif key:
            keys.append((key.group("k").split("."), k, _Str([(k, _prop_text(key.group("v")))])))
        elif line.strip() and not fenced and not _FENCE_LINE.match(line):
            break  # (unfenced: prose after the file ends it)
        elif not going:
            continue
        going = more % 2 == 1
        end = k
    if len(keys) < 8:
        return body
    return _dotted_page(lines, keys, first, last if fenced else end, heads)


def _dotted_page(lines: list[str], keys: list[tuple[list[str], int, object]], first: int, last: int,
                 heads: dict[int, str]) -> str:
    """``lines`` with dotted keys (each its parts, its line and its value) read from lines ``first`` to ``last`` as a
    tree (:func:`_prop_node`; a part all keys share, the file's own name, dropped) and written by :func:`_data_page`."""
    while len({tuple(parts[:1]) for parts, _, _ in keys}) == 1 and min(len(p) for p, _, _ in keys) > 2 \
            and not _data_section(keys[0][0][0]):
        keys = [(parts[1:], line, value) for parts, line, value in keys]
    root: dict[str, tuple[int, object]] = {}
    for parts, line, value in keys:
        node = root
        for part in parts:
            node = node.setdefault(part, (line, {}))[1]
        node[""] = (line, value)
    tree = _prop_node(root, "")
    if not isinstance(tree, _Map):
        return "\n".join(lines)
    return _data_page(lines, tree, first, last, heads)


# ---------------------------------------------------------------------------
# A MATLAB script that builds one struct ("drug = struct();", "drug.usage.approved = {" over "    'Condition', 'note';"
# rows, "drug.faqs(2).q = 'Why ...?';", "['words ' ..." over "    'more words'];", "%% ---- Usage ----")
# ---------------------------------------------------------------------------

_MAT_FIELD = re.compile(r"(?m)^[ \t]*[A-Za-z_]\w*(?:\(\d+\))?(?:\.[A-Za-z_]\w*(?:\(\d+\))?)+[ \t]*=[ \t]*[\[{']")
_MAT_MARK = re.compile(r"(?m)^[ \t]*(?:```|~~~)[ \t]*(?:matlab|octave)[ \t]*$|^[ \t]*%%|=[ \t]*struct\(")
_MAT_OPEN = re.compile(r"^[ \t]*[A-Za-z_]\w*(?:\(\d+\))?(?:\.[A-Za-z_]\w*(?:\(\d+\))?)*[ \t]*=[ \t]*"
                       r"(?:struct\(|[\[{'])")
#: a comment, a "..." continuation (the line break after it none), a string ('' a quote inside), punctuation (a line
#: break ends a statement and a cell's row), a name or number
_MAT_TOKEN = re.compile(r"(?P<c>%[^\n]*)|\.\.\.[^\n]*\n|(?P<s>'(?:[^'\n]|'')*'|\"(?:[^\"\n]|\"\")*\")|"
                        r"(?P<p>[{}\[\]();,=.\n])|(?P<w>[A-Za-z_]\w*|\d+(?:\.\d+)?)")


def _mat_value(toks: list[_Token], i: int) -> tuple[object, int]:
    """The value at ``toks[i]``: a string; "[...]" its strings joined; a cell "{...}" a list (rows of two, laid out
    on lines of their own, each an entry and its note); a word or number as written; "struct()" none."""
    kind, text, line, parts = toks[i]
    if kind == "s":
        return _Str([(k, t.replace("''", "'").replace('""', '"')) for k, t in parts]), i + 1
    if text == "[":
        strings: list[tuple[int, str]] = []
        i += 1
        while i < len(toks) and toks[i][1] != "]":
            if toks[i][0] == "s":
                value, i = _mat_value(toks, i)
                strings += value.parts
            else:
                i += 1
        return _Str(strings), i + 1
    if text == "{":
        rows: list[list[object]] = [[]]
        laid = i + 1 < len(toks) and toks[i + 1][1] == "\n"
        i += 1
        while i < len(toks) and toks[i][1] != "}":
            if toks[i][1] in (";", "\n"):
                rows.append([])
                i += 1
            elif toks[i][1] == ",":
                i += 1
            else:
                value, i = _mat_value(toks, i)
                rows[-1].append(value)
        rows = [row for row in rows if row]
        if laid and rows and all(len(row) == 2 and all(isinstance(v, _Str) for v in row) for row in rows):
            return _List([_Map([("name", row[0].line, row[0]), ("note", row[1].line, row[1])]) for row in rows
                          if isinstance(row[0], _Str) and isinstance(row[1], _Str)]), i + 1
        return _List([v for row in rows for v in row]), i + 1
    if kind == "w" and text == "struct" and i + 1 < len(toks) and toks[i + 1][1] == "(":
        while i < len(toks) and toks[i][1] != ")":
            i += 1
        return None, i + 1
    return _Str([(line, text)], bare=True), i + 1


def _matlab(body: str) -> str:
    """A MATLAB script that builds a struct (fenced or not) as Markdown, line for line: each assignment
    "drug.usage.approved = value;" a dotted key of the tree :func:`_dotted_page` writes (the struct's own name
    dropped, "faqs(2).q" the second item's "q"), its value read by :func:`_mat_value`; comments blank, one that
    names a section ("%% ---- Usage ----") its heading."""
    lines = body.split("\n")
    window = _data_window(lines, _MAT_OPEN)
    if window is None:
        return body
    heads: dict[int, str] = {}
    toks = _lex(lines, *window, _MAT_TOKEN, heads)
    keys: list[tuple[list[str], int, object]] = []
    i = 0
    while i < len(toks):
        start, path = i, []
        while i < len(toks) and (toks[i][0] == "w" or toks[i][1] in (".", "(", ")")):
            if toks[i][0] == "w":
                path.append(toks[i][1])
            i += 1
        if path and i + 1 < len(toks) and toks[i][1] == "=":
            value, i = _mat_value(toks, i + 1)
            if value is not None:
                keys.append((path, toks[start][2], value))
        while i < len(toks) and toks[i][1] not in (";", "\n"):
            i += 1
        i += 1
    if len(keys) < 6 or len({parts[0] for parts, _, _ in keys}) != 1:
        return body
    return _dotted_page(lines, [(parts[1:], k, v) for parts, k, v in keys if len(parts) > 1], *window, heads)


# ---------------------------------------------------------------------------
# An Apache httpd configuration that serves the answer ('<Location "/usage">', 'SetEnv USE_1 "Condition | note"',
# a value continued by "\\", 'Header append X-Side-Effect-Common "..."', 'Header set X-Question "...?"' under
# '<Location "/faqs/2">', "# ---- Side Effects ----")
# ---------------------------------------------------------------------------

_HTTPD_DIRECTIVE = re.compile(r"(?m)^[ \t]*(?:SetEnv|Header[ \t]+(?:set|append|add))[ \t]+[\w-]+[ \t]+\"")
_HTTPD_LOCATION = re.compile(r"(?m)^[ \t]*<Location(?:Match)?[ \t]+\"?/")
_HTTPD_OPEN = re.compile(r"^[ \t]*(?:<(?:VirtualHost|Location|Directory|IfModule)\b|(?:Define|SetEnv|ServerName)[ \t])")
_HTTPD_LINE = re.compile(r"^[ \t]*(?:SetEnv|Header[ \t]+(?:set|append|add))[ \t]+(?P<n>[\w-]+)[ \t]+\"(?P<v>.*)$")


def _unsectioned(key: str, section: str) -> str:
    """``key`` without the words that repeat its section's name ("USAGE_SUMMARY" under "/usage", "Side-Effect-Common"
    under "/side-effects", "se_common" under "Side Effects" by the initials); as it is when nothing else is left."""
    words, named = re.split(r"[-_ ]+", key), [w.casefold().rstrip("s") for w in re.split(r"[-_ ]+", section) if w]
    if len(words) > 1 and named and words[0].casefold() == "".join(w[0] for w in named) and len(named) > 1:
        return "_".join(words[1:])
    n = 0
    while n < min(len(words) - 1, len(named)) and words[n].casefold().rstrip("s") == named[n]:
        n += 1
    return "_".join(words[n:])


def _httpd(body: str) -> str:
    """An Apache httpd configuration whose directives hold the answer (fenced or not) as Markdown, line for line: each
    "SetEnv NAME" and "Header set|append X-Name" value a dotted key of the tree :func:`_dotted_page` writes, under the
    path of its "<Location>" ("/faqs/2": the second question); a name's words that repeat the path dropped, a number at
    its end ("USE_2") an item's, a header appended again the next item; a value continued by "\\" one string on its
    lines, "Condition | note" an entry and its note; comments blank, one that names a section its heading."""
    block = _data_block(body, _HTTPD_OPEN)
    if block is None:
        return body
    lines, first, last, fenced = block
    keys: list[tuple[list[str], int, object]] = []
    heads: dict[int, str] = {}
    path: list[str] = []
    count: dict[tuple[str, ...], int] = {}
    value: _Str | None = None
    for k in range(first, last + 1):
        line = lines[k]
        more = (len(line) - len(line.rstrip("\\"))) % 2
        text = line[:-1] if more else line
        if value is not None:
            value.parts.append((k, text.strip().rstrip('"')))
        elif line.lstrip().startswith("#"):
            _comment_head(heads, k, line)
        elif opened := re.match(r"^[ \t]*<Location(?:Match)?[ \t]+\"?/(?P<p>[^\">]*)\"?[ \t]*>", line):
            path = [p for p in opened.group("p").split("/") if p]
        elif re.match(r"^[ \t]*</Location", line):
            path = []
        elif directive := _HTTPD_LINE.match(text):
            name = _unsectioned(re.sub(r"^X-", "", directive.group("n")), path[0] if path else "")
            number = re.match(r"^(?P<n>.+?)[-_](?P<d>\d+)$", name)
            parts = [*path, number.group("n"), number.group("d")] if number else [*path, name]
            if re.match(r"^[ \t]*Header[ \t]+(?:append|add)\b", line):
                count[tuple(parts)] = count.get(tuple(parts), 0) + 1
                parts.append(str(count[tuple(parts)]))
            value = _Str([(k, directive.group("v").strip().rstrip('"'))])
            keys.append((parts, k, value))
        if not more and value is not None:
            keys[-1] = (keys[-1][0], keys[-1][1], _entry_note(value, " | ") if " | " in value.text else value)
            value = None
    if len(keys) < 8:
        return body
    return _dotted_page(lines, keys, first, last, heads)


# ---------------------------------------------------------------------------
# A fish shell script whose lists hold the answer ('set -g brand_names "A" "B"', 'set -g off_label_uses \\' over
# '    "Condition|note" \\', "# ===== Usage =====", parallel 'set -g faq_q' and 'set -g faq_a' lists, functions)
# ---------------------------------------------------------------------------

#: a "set" of a list or a string, with its flags ("set -g brand_names \"A\"", "set -g uses \\")
_FISH_SET_LINE = r"^[ \t]*set[ \t]+(?:-[A-Za-z]+[ \t]+)*[A-Za-z_]\w*[ \t]+(?:[\"']|\\$)"
_FISH_SET = re.compile("(?m)" + _FISH_SET_LINE)
_FISH_MARK = re.compile(r"(?m)^#!.*\bfish\b|^[ \t]*(?:```|~~~)[ \t]*fish[ \t]*$")
_FISH_OPEN = re.compile(r"^#!.*\bfish\b|" + _FISH_SET_LINE)
_FISH_LINE = re.compile(r"^[ \t]*set[ \t]+(?:-[A-Za-z]+[ \t]+)*(?P<n>[A-Za-z_]\w*)(?P<v>(?:[ \t].*)?)$")
_FISH_BLOCK = re.compile(r"^[ \t]*(?:function|switch|for|if|while|begin)\b")


def _fish_items(items: list[_Str]) -> object:
    """A list's elements as the value they mean: pieces of one text (an element that does not end a sentence before
    one that starts in lower case) joined, "Condition|note" an entry and its note; one element a string."""
    merged: list[_Str] = []
    for item in items:
        if merged and not merged[-1].text.endswith((".", "!", "?", ":")) and item.text[:1].islower():
            merged[-1] = _Str(merged[-1].parts + item.parts)
        else:
            merged.append(item)
    values = [_entry_note(v, "|") if "|" in v.text else v for v in merged]
    return values[0] if len(values) == 1 else _List(values)


def _fish_member(name: str, section: str, items: list[_Str]) -> tuple[str, object]:
    """A list's key without the words that repeat its section's (:func:`_unsectioned`) and its value
    (:func:`_fish_items`); a list of what the drug is not used for one string of them all, "Y, Z" (:func:`_joined`)."""
    key, value = _unsectioned(name, section), _fish_items(items)
    return key, _joined(value) if _data_role(key) == "negation" else value


def _qa_pairs(entries: list[tuple[str, int, object]]) -> list[tuple[str, int, object]]:
    """A section's parallel lists of questions and of answers ("faq_q", "faq_a") as one list of question-answer
    maps; other entries as they are."""
    roles = {_data_role(key.rstrip("s")): (key, line, value) for key, line, value in entries}  # ("answers")
    q, a = roles.get("question"), roles.get("answer")
    if not (q and a and isinstance(q[2], _List) and isinstance(a[2], _List) and len(q[2].items) == len(a[2].items)):
        return entries
    pairs = _List([_Map([("q", x.line, x), ("a", y.line, y)]) for x, y in zip(q[2].items, a[2].items)
                   if isinstance(x, _Str) and isinstance(y, _Str)])
    return [(key, line, pairs) if key == q[0] else (key, line, value) for key, line, value in entries
            if key != a[0]]


def _fish(body: str) -> str:
    """A fish shell script whose "set" lists hold the answer (fenced or not) as Markdown, line for line
    (:func:`_data_page`): each list at the top level (not in a function) a member of the section the comment above it
    names ("# ===== Usage ====="), its name's words that repeat the section's dropped (:func:`_unsectioned`), its
    elements on their lines (:func:`_fish_items`; a list continued by "\\" over the next lines), parallel question and
    answer lists paired; functions, comments and the fence blank."""
    block = _data_block(body, _FISH_OPEN)
    if block is None:
        return body
    lines, first, last, fenced = block
    heads: dict[int, str] = {}
    sections: list[tuple[str, int, list[tuple[str, int, list[_Str]]]]] = [("", first, [])]
    depth, going, end = 0, False, first
    for k in range(first, last + 1):
        line, stripped = lines[k], lines[k].strip()
        more = stripped.endswith("\\")
        text = line.rstrip()[:-1] if more else line
        var = None
        if going:
            sections[-1][2][-1][2].extend(_Str([(k, w)]) for w in _sh_words(text, {}))
        elif stripped.startswith("#"):
            _comment_head(heads, k, line)
            if k in heads:
                sections.append((heads[k][3:], k, []))
        elif not fenced and stripped and not re.match(r"^(?:[a-z_][\w-]*(?:[ \t;=(]|$)|[\"'{}\[(]|\$)", stripped):
            break  # (unfenced: prose after the script ends it)
        elif _FISH_BLOCK.match(line) or re.match(r"^[ \t]*end\b", line):
            depth = max(0, depth + (1 if _FISH_BLOCK.match(line) else -1))
        elif not depth and (var := _FISH_LINE.match(text)):
            sections[-1][2].append((var.group("n"), k, [_Str([(k, w)]) for w in _sh_words(var.group("v"), {})]))
        going = more and (going or var is not None)
        end = k if stripped else end
    tree = _Map([(key, k, value) for name, k, items in sections[0][2] if items
                 for key, value in [_fish_member(name, "", items)]]
                + [(title, at, _Map(_qa_pairs([(key, k, value) for name, k, items in members if items
                                               for key, value in [_fish_member(name, title, items)]])))
                   for title, at, members in sections[1:] if members])
    return _data_page(lines, tree, first, last if fenced else end, heads)


# ---------------------------------------------------------------------------
# A Dockerfile whose image labels hold the answer ('LABEL usage.approved.1="X: note" \\', "# ---- Usage ----",
# 'side_effects.common="A, B"', 'faq.1.q="...?"'; the OCI "org.opencontainers.image.*" labels are the image's own)
# ---------------------------------------------------------------------------

_DOCKER_LABEL = re.compile(r"(?m)^[ \t]*LABEL[ \t]+[\w.-]+=")
_DOCKER_FROM = re.compile(r"(?m)^[ \t]*FROM[ \t]+\S")
_DOCKER_OPEN = re.compile(r"^[ \t]*(?:FROM|LABEL|ARG)[ \t]+\S")
_DOCKER_INSTRUCTION = re.compile(r"^[ \t]*(?P<i>FROM|RUN|CMD|LABEL|EXPOSE|ENV|ADD|COPY|ENTRYPOINT|VOLUME|USER|WORKDIR|"
                                 r"ARG|ONBUILD|STOPSIGNAL|HEALTHCHECK|SHELL|MAINTAINER)\b", re.I)
_DOCKER_PAIR = re.compile(r'(?P<k>[A-Za-z_][\w.-]*)=(?:"(?P<v>(?:[^"\\]|\\.)*)"|(?P<w>[^\s"\\]+))')
#: the labels an image carries about itself, not the answer ("org.opencontainers.image.title", "maintainer")
_DOCKER_META = re.compile(r"^(?:org\.opencontainers|org\.label-schema|com\.docker|io\.buildah|maintainer$)", re.I)


def _dockerfile(body: str) -> str:
    """A Dockerfile whose LABEL instructions hold the answer (fenced or not) as Markdown, line for line: its
    'key="value"' labels, over "\\" continuations, dotted keys read as a .properties file's (:func:`_dotted_page`:
    "usage.off_label.1" an off-label use, "faq.2.q" a question, a value of short comma-separated items a list); a
    numbered entry's "Condition: note" the entry and its note; the image's own labels ("org.opencontainers.*") and
    every other instruction nothing; a comment that names a section its heading."""
    block = _data_block(body, _DOCKER_OPEN)
    if block is None:
        return body
    lines, first, last, fenced = block
    keys: list[tuple[list[str], int, _Str]] = []
    heads: dict[int, str] = {}
    end, going = first, False
    for k in range(first, last + 1):
        line = lines[k]
        instruction = _DOCKER_INSTRUCTION.match(line)
        if line.lstrip().startswith("#") and not going:
            _comment_head(heads, k, line)
            continue
        if not (going or instruction or not line.strip() or fenced or _FENCE_LINE.match(line)):
            break  # (unfenced: prose after the file ends it)
        if going or instruction and instruction.group("i").upper() == "LABEL":
            for m in _DOCKER_PAIR.finditer(line[instruction.end():] if instruction else line):
                if _DOCKER_META.match(m.group("k")):
                    continue
                parts = m.group("k").split(".")
                value = _Str([(k, re.sub(r"\\(.)", r"\1", m.group("v")) if m.group("v") is not None
                               else m.group("w"))])
                cut = _split_str(value, ": ") if parts[-1].isdigit() else None
                if cut and len(cut[0].text.split()) <= 8:  # ("Tinea pedis (athlete's foot): between the toes")
                    keys += [(parts, k, cut[0]), ([*parts, "note"], k, cut[1])]
                else:
                    keys.append((parts, k, value))
        going = line.rstrip().endswith("\\") and bool(going or instruction)
        end = k if line.strip() else end
    if len(keys) < 8:
        return body
    return _dotted_page(lines, keys, first, last if fenced else end, heads)


# ---------------------------------------------------------------------------
# A C header of string macros ("/* ===== Usage ===== */", '#define X_BRAND_NAMES { "A", "B" }', '#define X_USE_1
# "Condition: note"', '"a " \\' over '"b"' one string, "X_FAQ_1_Q" / "X_FAQ_1_A", an include guard)
# ---------------------------------------------------------------------------

_C_DEFINE = re.compile(r"^[ \t]*#[ \t]*define[ \t]+(?P<n>[A-Za-z_]\w*)(?![\w(])")
_C_STRING_MACRO = re.compile(r"^[ \t]*#[ \t]*define[ \t]+[A-Za-z_]\w*[ \t]+[\"{\\]")
_C_STRING_MACROS = re.compile(_C_STRING_MACRO.pattern, re.M)  # (the same line, searched in the whole body)
_C_TOKEN = re.compile(r'(?P<c>/\*.*?\*/|//[^\n]*)|(?P<s>"(?:[^"\\\n]|\\.)*")|(?P<p>[{},])|(?P<w>[^\s"{},/\\]+)',
                      re.S)


def _c_header(body: str) -> str:
    """A C header whose macros hold the answer's strings (fenced or not) as Markdown, line for line
    (:func:`_data_page`): a "/* ===== X ===== */" comment opens the section X, each "#define NAME value" a key of it
    (the prefix all names share and the section's own words dropped, "CLODRONATE_SIDE_EFFECTS_COMMON" the group
    "common"; numbered "USE_1", "OFF_LABEL_2", "FAQ_1_Q" / "FAQ_1_A" a list as an INI file's), a string or strings
    joined over "\\" continuations one string, "{ "A", "B" }" a list, a use "Condition: note" an entry and its note; a
    macro with no string (a count, the include guard), other directives, comments, quotes and braces blank."""
    block = _data_block(body, _C_STRING_MACRO)
    if block is None:
        return body
    lines, first, last, fenced = block
    heads: dict[int, str] = {}
    toks = _lex(lines, first, last, _C_TOKEN, heads)
    macros: list[tuple[str, int, object]] = []
    k, end, remark = first, first, False
    while k <= last:
        line = lines[k].strip()
        define = _C_DEFINE.match(lines[k])
        stop = k
        while stop < last and lines[stop].rstrip().endswith("\\"):
            stop += 1
        if remark or line.startswith(("/*", "//", "#")) or define:
            remark = (remark or line.startswith("/*")) and "*/" not in line
            end = stop if define or line.startswith("#") else end
        elif line and not fenced and not _FENCE_LINE.match(line):
            break  # (unfenced: prose after the header ends it)
        if define:
            own = [t for t in toks if k <= t[2] <= stop]
            at = next((n + 1 for n, t in enumerate(own) if t[1] == define.group("n")), len(own))
            if at < len(own) and (own[at][0] == "s" or own[at][1] == "{"):
                macros.append((define.group("n"), k, _lit_value(own, at)[0]))
        k = stop + 1
    if len(macros) < 8:
        return body
    return _data_page(lines, _macro_tree(macros, heads, first), first, last if fenced else end, heads)


def _macro_tree(macros: list[tuple[str, int, object]], heads: dict[int, str], first: int) -> _Map:
    """Named values (a C header's macros, a CMake script's variables, an Ada package's constants) as the data tree:
    a comment heading (in ``heads``) opens the section it names, each name a key of it (the prefix all names share and
    the section's own words dropped, "CLODRONATE_SIDE_EFFECTS_COMMON" the group "common"; numbered "USE_1",
    "OFF_LABEL_2", "FAQ_1_Q" / "FAQ_1_A" a list as an INI file's), a use "Condition: note" an entry and its note."""
    names = [name.split("_") for name, _, _ in macros]
    while all(len(parts) > 1 and parts[0] == names[0][0] for parts in names):
        names = [parts[1:] for parts in names]
    groups: list[tuple[str | None, int, list[tuple[str, int, object]]]] = [(None, first, [])]
    for parts, (_, line, value) in zip(names, macros):
        titles = [heads[j][3:] for j in sorted(heads) if j < line]
        kind = section_kind(titles[-1]) if titles else None
        if kind is not None and kind != section_kind(groups[-1][0] or ""):
            groups.append((titles[-1], line, []))
        own = _words(groups[-1][0] or "").casefold().split()
        if [p.casefold() for p in parts[:len(own)]] == own and len(parts) > len(own):
            parts = parts[len(own):]
        groups[-1][2].append(("_".join(parts), line, value))
    tree: list[tuple[str, int, object]] = list(groups[0][2])
    for title, line, keys in groups[1:]:
        section = _ini_section(keys)
        if section_kind(title) == "uses":  # ("Hypercalcemia of malignancy: high blood calcium ...")
            section.entries = [(key, at, _List([_entry_note(v, ": ") if isinstance(v, _Str) else v
                                                for v in value.items]) if isinstance(value, _List) else value)
                               for key, at, value in section.entries]
        tree.append((title, line, section))
    return _Map(tree)


# ---------------------------------------------------------------------------
# A Solidity contract ('string public constant GENERIC_NAME = "X";', '"a " "b"' one string, "struct Use { string
# condition; bool offLabel; }" the schema, 'uses.push(Use("Y", "note", false));' in the constructor, "Frequency.Common"
# an enum's member, "// ===== Usage =====")
# ---------------------------------------------------------------------------

_SOL_MARK = re.compile(r"(?m)^[ \t]*(?:pragma[ \t]+solidity\b|(?:abstract[ \t]+)?contract[ \t]+[A-Za-z_]\w*[^;\n]*\{)")
_SOL_OPEN = re.compile(r"^[ \t]*(?://[ \t]*SPDX-License-Identifier|pragma[ \t]+solidity\b|"
                       r"(?:abstract[ \t]+)?contract[ \t]+[A-Za-z_])")
#: a statement that holds data: a string state variable with its value, a value pushed onto an array
_SOL_DATA = re.compile(r"(?m)^[ \t]*(?:string\b[^;=\n]*=[ \t]*\"|[A-Za-z_]\w*\.push\()")
_SOL_TOKEN = re.compile(r"(?P<c>//[^\n]*|/\*.*?\*/)|(?P<s>\"(?:[^\"\\\n]|\\.)*\"|'(?:[^'\\\n]|\\.)*')|"
                        r"(?P<p>[{}\[\](),;=.:])|(?P<w>[A-Za-z_$][\w$]*|\d[\w.]*)", re.S)


def _sol_value(toks: list[_Token], i: int, structs: dict[str, list[str]]) -> tuple[object, int]:
    """The expression at ``toks[i]``: strings side by side one string; a struct's constructor ('Use("Y", "note",
    false)', 'Use({condition: "Y"})') the map of its fields; "[a, b]" a list; an enum's member ("Frequency.Common")
    its name; a word as written."""
    kind, text, line, _ = toks[i]

    def value(own: list[_Token], j: int) -> tuple[object, int]:
        return _sol_value(own, j, structs)

    if kind == "s":
        got, end = _adjacent(toks, i)
        return (got if got.text else None), end  # (an empty string says nothing: 'Use("Y", "", true)')
    if text == "[":
        return _array(toks, i + 1, value)
    if text == "{":  # (named arguments: "{condition: "Y", offLabel: true}")
        entries: list[tuple[str, int, object]] = []
        i += 1
        while i + 2 < len(toks) and toks[i][1] != "}":
            if toks[i][0] == "w" and toks[i + 1][1] == ":":
                key, at = toks[i][1], toks[i][2]
                got, i = value(toks, i + 2)
                entries.append((key, at, got))
            else:
                i += 1
        return _Map(entries), i + 1
    if kind == "w" and i + 1 < len(toks) and toks[i + 1][1] == "(":
        args, end = _array(toks, i + 2, value, ")")
        fields = structs.get(text)
        if len(args.items) == 1 and isinstance(args.items[0], _Map):
            return args.items[0], end
        if fields:
            return _Map([(name, getattr(v, "line", line), v) for name, v in zip(fields, args.items)]), end
        return (args.items[0] if len(args.items) == 1 else args), end
    if kind == "w" and i + 2 < len(toks) and toks[i + 1][1] == "." and toks[i + 2][0] == "w":
        return _Str([(line, toks[i + 2][1])], bare=True), i + 3
    return _Str([(line, text)], bare=True), i + 1


def _sol_contract(toks: list[_Token]) -> tuple[object, int] | None:
    """A contract's state as the data tree: each state variable a key on the line it is declared on (in that
    order), its value the one it is given ('= "a " "b";') or the values pushed onto it ('uses.push(Use(...));', in
    the constructor); each "struct X { T a; T b; }" the fields its constructor takes in order."""
    structs: dict[str, list[str]] = {}
    declared: dict[str, int] = {}
    values: dict[str, object] = {}
    pushed: dict[str, list[object]] = {}
    i = 0
    while i < len(toks):
        kind, text, line, _ = toks[i]
        after = [t[1] for t in toks[i + 1:i + 4]]
        if text in ("pragma", "import", "using"):  # ("pragma solidity >=0.8.0;": no assignment)
            while i < len(toks) and toks[i][1] != ";":
                i += 1
        elif text == "struct" and len(after) > 1 and after[1] == "{":
            j, fields = i + 3, []
            while j < len(toks) and toks[j][1] != "}":
                if toks[j][1] == ";" and toks[j - 1][0] == "w":
                    fields.append(toks[j - 1][1])
                j += 1
            structs[after[0]] = fields
            i = j + 1
        elif kind == "w" and after[:3] == [".", "push", "("]:
            got, i = _sol_value(toks, i + 4, structs)
            pushed.setdefault(text, []).append(got)
            declared.setdefault(text, line)
        elif kind == "w" and after[:1] == ["="] and i + 2 < len(toks) and (not i or toks[i - 1][1] != "."):
            values[text], i = _sol_value(toks, i + 2, structs)
            declared.setdefault(text, line)
        elif kind == "w" and after[:1] == [";"] and i and (toks[i - 1][0] == "w" or toks[i - 1][1] == "]") \
                and toks[i - 1][1] not in ("return", "delete", "emit"):
            declared.setdefault(text, line)  # ("Use[] public uses;": declared here, filled in the constructor)
            i += 1
        else:
            i += 1
    tree = [(name, line, values[name] if name in values else _List(pushed[name]))
            for name, line in sorted(declared.items(), key=lambda d: d[1]) if name in values or name in pushed]
    return (_Map(tree), len(toks)) if tree else None


def _solidity(body: str) -> str:
    """A Solidity contract (fenced or not) as Markdown, line for line (:func:`_data_page`): its state variables the
    tree (:func:`_sol_contract`), their names read as words ("GENERIC_NAME", "sideEffects", "SEEK_HELP"), a struct's
    fields its constructor's arguments ("offLabel" a flag, "frequency" an effect's group), each value on the line it
    is written on; the fence, pragma, comments (one that names a section its heading), types, functions and the
    constructor's code blank. A section is opened once (a kind's first section is the one read): a heading over
    constants that the constructor's values open again below (a summary and a seek-help text under the comment, the
    uses and effects pushed in the constructor) a Summary of their prose, a second Generic Name over the brands pushed
    the heading of their field ("## Brand names")."""
    return _opened_once(body, _read_data(body, _SOL_OPEN, _SOL_TOKEN, _sol_contract))


def _opened_once(body: str, read: str) -> str:
    """``read`` (``body`` as a reader wrote it) with each section opened once, as the extractor reads a kind's first
    section only: a heading the reader wrote over a section that one below opens again a Summary of its prose (a
    seek-help text), a second Generic Name the heading of its first field ("## Brand names")."""
    if read == body:
        return body
    lines, out = body.split("\n"), read.split("\n")
    heads = [(k, section_kind(line[3:])) for k, line in enumerate(out) if line.startswith("## ") and line != lines[k]]
    for n, (k, kind) in enumerate(heads):
        if kind != "identity" and any(other == kind for _, other in heads[n + 1:]):
            out[k] = "## Summary"
        elif kind == "identity" and any(other == kind for _, other in heads[:n]):
            field = next((m for line in out[k + 1:] if (m := re.match(r"^- \*\*(?P<f>[^*]+):\*\* ", line))), None)
            out[k] = f"## {field.group('f')}" if field else ""
    return "\n".join(out)

# ---------------------------------------------------------------------------
# A CMake script whose variables hold the answer ("# ---------- Usage ----------", 'set(BRAND_NAMES "X")',
# 'set(SIDE_EFFECTS_COMMON "A" "B")', 'set(X "A;B;C")' a list, 'list(APPEND OFF_LABEL_USES "Y: note")',
# 'string(CONCAT HOW_IT_WORKS "a " "b")' one string, "FAQ_1_Q" / "FAQ_1_A"; message() and foreach() print them)
# ---------------------------------------------------------------------------

_CMAKE_SET = re.compile(r"(?mi)^[ \t]*(?:set|list[ \t]*\([ \t]*APPEND|string[ \t]*\([ \t]*(?:CONCAT|APPEND))"
                        r"[ \t]*\(?[ \t]*[A-Za-z_][\w.-]*(?:[ \t]+[\"\w]|[ \t]*$)")
_CMAKE_MARK = re.compile(r"(?mi)^[ \t]*(?:```|~~~)[ \t]*cmake[ \t]*$|^[ \t]*cmake_minimum_required[ \t]*\(|"
                         r"^[ \t]*message[ \t]*\([ \t]*(?:STATUS|NOTICE)\b|\bCMakeLists\.txt\b|\.cmake\b")
_CMAKE_OPEN = re.compile(r"(?i)^[ \t]*(?:cmake_minimum_required|project|set|list|string)[ \t]*\(")
_CMAKE_TOKEN = re.compile(r'(?P<c>#\[(?P<ce>=*)\[.*?\](?P=ce)\]|#[^\n]*)|(?P<s>"(?:[^"\\]|\\.)*")|(?P<p>[()])|'
                          r'(?P<w>[^\s()"#]+)', re.S)
#: the commands whose arguments are the answer; any other (message, foreach, project) is markup
_CMAKE_KEEP = {"set": None, "list": ("APPEND", "PREPEND"), "string": ("CONCAT", "APPEND")}


def _cmake_commands(toks: list[_Token]) -> list[tuple[str, int, list[_Token]]]:
    """Each command's name (lower case), line and argument tokens, nested parentheses among them."""
    out: list[tuple[str, int, list[_Token]]] = []
    i = 0
    while i < len(toks):
        if toks[i][0] == "w" and i + 1 < len(toks) and toks[i + 1][1] == "(":
            depth, j = 1, i + 2
            while j < len(toks) and depth:
                depth += {"(": 1, ")": -1}.get(toks[j][1], 0) if toks[j][0] == "p" else 0
                j += 1
            out.append((toks[i][1].casefold(), toks[i][2], toks[i + 2:j - 1]))
            i = j
        else:
            i += 1
    return out


def _cmake_item(tok: _Token) -> list[_Str]:
    """One argument as list items: a quoted string one (a string of short ";"-separated items each of them), an
    unquoted one each of its ";"-separated parts."""
    if tok[0] == "s":
        value = _comma_items(_Str(list(tok[3])), ";") if ";" in tok[1] else _Str(list(tok[3]))
        return [v for v in value.items if isinstance(v, _Str)] if isinstance(value, _List) else [value]
    return [_Str([(tok[2], part)], bare=True) for part in tok[1].split(";") if part]


def _cmake(body: str) -> str:
    """A CMake script whose variables hold the answer (fenced or not) as Markdown, line for line (:func:`_data_page`,
    the variables read as a C header's macros, :func:`_macro_tree`): "set(NAME "X")" a string, "set(NAME "A" "B")"
    and a CMake list ("A;B;C", quoted or not) a list, "list(APPEND NAME ...)" items added to the list NAME,
    "string(CONCAT NAME "a " "b")" one string on its lines; every other command (message, foreach, project) and the
    comments blank, a comment that names a section its heading."""
    block = _data_block(body, _CMAKE_OPEN)
    if block is None:
        return body
    lines, first, last, fenced = block
    depth = 0
    for k in range(first, last + 1):  # (unfenced: prose after the script ends it)
        line = re.sub(r'"(?:[^"\\]|\\.)*"|#.*', "", lines[k])
        if not fenced and not depth and line.strip() and not re.match(r"^[ \t]*[A-Za-z_]\w*[ \t]*\(", line):
            last = k - 1
            break
        depth = max(0, depth + line.count("(") - line.count(")"))
    heads: dict[int, str] = {}
    values: dict[str, tuple[int, list[_Str], str]] = {}  # (a variable's line, its items, the command that set it)
    for name, line, args in _cmake_commands(_lex(lines, first, last, _CMAKE_TOKEN, heads)):
        keep = _CMAKE_KEEP.get(name, ())
        if keep is None and args and args[0][0] == "w":
            var, rest = args[0][1], args[1:]
        elif keep and len(args) > 1 and args[0][1].upper() in keep and args[1][0] == "w":
            var, rest = args[1][1], args[2:]
        else:
            continue
        rest = list(itertools.takewhile(lambda t: t[1] not in ("CACHE", "PARENT_SCOPE"), rest))
        parts = [p for t in rest for p in t[3]] if name == "string" else []
        items = [_Str(parts)] if parts else [s for t in rest for s in _cmake_item(t)]
        if name == "set" or var not in values:
            values[var] = (line, items, name)
        elif name == "string" and values[var][2] != "list":  # (string(APPEND X "more"): the string goes on)
            values[var][1][0].parts.extend(parts)
        else:
            values[var][1].extend(items)
    macros: list[tuple[str, int, object]] = [(var, line, items[0] if len(items) == 1 and name != "list"
                                              else _List(list(items)))
                                             for var, (line, items, name) in values.items() if items]
    if len(macros) < 8:
        return body
    return _data_page(lines, _macro_tree(macros, heads, first), first, last, heads)


# ---------------------------------------------------------------------------
# An Ada package specification whose constants hold the answer ("--  Usage", 'Brand_Names : constant Text_List :=
# (+"A", +"B");', a record type's positional aggregate '(+"X", +"note", Off_Label)', a named one '(Condition =>
# To_Unbounded_String ("Y"), Off_Label => False)', '"a " &' over '"b"' one string)
# ---------------------------------------------------------------------------

_ADA_PACKAGE = re.compile(r"(?mi)^[ \t]*package[ \t]+[A-Za-z][\w.]*[ \t]+is[ \t]*(?:--.*)?$")
_ADA_CONSTANTS = re.compile(r"(?mi)^[ \t]*[A-Za-z]\w*(?:[ \t]*,[ \t]*[A-Za-z]\w*)*[ \t]*:[ \t]*(?:aliased[ \t]+)?"
                            r"constant\b")
_ADA_OPEN = re.compile(r"(?i)^[ \t]*(?:with[ \t]+[A-Za-z][\w.]*(?:[ \t]*,[ \t]*[A-Za-z][\w.]*)*[ \t]*;|"
                       r"package[ \t]+[A-Za-z][\w.]*[ \t]+is\b)")
_ADA_TOKEN = re.compile(r'(?P<c>--[^\n]*)|(?P<s>"(?:[^"\n]|"")*")|(?P<p>:=|=>|[():;,&+])|'
                        r"(?P<w>[A-Za-z][\w.]*|\d[\d_.#]*)|'.'")


class _AdaTypes:
    """A package's types: each record's fields (name, type), each array's element type, the enumeration literals."""

    def __init__(self) -> None:
        self.records: dict[str, list[tuple[str, str]]] = {}
        self.arrays: dict[str, str] = {}
        self.literals: set[str] = set()


def _ada_skip(toks: list[_Token], i: int) -> int:
    """The index after the ";" that ends the declaration at ``toks[i]`` (brackets skipped)."""
    depth = 0
    while i < len(toks) and not (depth == 0 and toks[i][1] == ";"):
        depth += {"(": 1, ")": -1}.get(toks[i][1], 0) if toks[i][0] == "p" else 0
        i += 1
    return i + 1


def _ada_type(toks: list[_Token], i: int, types: _AdaTypes) -> int:
    """A type declaration ("type X is record ... end record;", "type X is array (...) of Y;", "type X is (A, B);")
    noted in ``types``; the index after it."""
    name, i = toks[i + 1][1].casefold(), i + 3
    words = [t[1].casefold() for t in toks[i:i + 3]]
    if "record" in words[:2]:
        i += words.index("record") + 1
        fields: list[tuple[str, str]] = []
        while i < len(toks) and toks[i][1].casefold() != "end":
            names: list[str] = []
            while i < len(toks) and toks[i][1] not in (":", ";") and toks[i][1].casefold() != "end":
                names += [toks[i][1]] if toks[i][0] == "w" else []
                i += 1
            if i < len(toks) and toks[i][1] == ":":
                typ = next((t[1].casefold() for t in toks[i + 1:i + 4] if t[0] == "w"
                            and t[1].casefold() not in ("aliased", "not", "null", "access", "constant")), "")
                fields += [(n, typ) for n in names]
                i = _ada_skip(toks, i)
        types.records[name] = fields
    elif words[:1] == ["array"]:
        end = _ada_skip(toks, i)
        of = next((j for j in range(end - 2, i, -1) if toks[j][1].casefold() == "of"), None)
        if of is not None:
            types.arrays[name] = toks[of + 1][1].casefold()
        return end
    elif words[:1] == ["("]:
        end = _ada_skip(toks, i)
        types.literals |= {t[1].casefold() for t in toks[i:end] if t[0] == "w"}
        return end
    return _ada_skip(toks, i)


def _ada_term(toks: list[_Token], i: int, typ: str, types: _AdaTypes) -> tuple[object, int]:
    """The term at ``toks[i]``: an aggregate (of the type ``typ``), a string, "+"/a conversion's argument
    ("To_Unbounded_String ("X")"), a word (an enumeration literal, "True") as written."""
    kind, text, line, parts = toks[i]
    if text == "+":
        return _ada_term(toks, i + 1, typ, types)
    if text == "(":
        return _ada_aggregate(toks, i + 1, typ, types)
    if kind == "s":
        return _Str([(k, t.replace('""', '"')) for k, t in parts]), i + 1
    if kind == "w" and i + 1 < len(toks) and toks[i + 1][1] == "(":
        own = text.casefold()
        value, end = _ada_aggregate(toks, i + 2, own if own in types.records or own in types.arrays else "", types)
        if isinstance(value, _List) and len(value.items) == 1 and own not in types.arrays:
            return value.items[0], end  # (a conversion: "To_Unbounded_String ("X")")
        return value, end
    return _Str([(line, text)], bare=True), i + 1


def _ada_expression(toks: list[_Token], i: int, typ: str, types: _AdaTypes) -> tuple[object, int]:
    """The expression at ``toks[i]``: terms joined by "&" one string on its lines."""
    value, i = _ada_term(toks, i, typ, types)
    while i + 1 < len(toks) and toks[i][1] == "&":
        more, i = _ada_term(toks, i + 1, typ, types)
        if isinstance(value, _Str) and isinstance(more, _Str):
            joined = dict(value.parts)
            for k, t in more.parts:
                joined[k] = f"{joined[k]} {t}".strip() if k in joined else t
            value = _Str(list(joined.items()))
    return value, i


def _ada_aggregate(toks: list[_Token], i: int, typ: str, types: _AdaTypes) -> tuple[object, int]:
    """The aggregate whose members start at ``toks[i]``, and the index after its ")": of a record type a map of its
    fields (positional members named by the record's fields; a field that holds an enumeration literal and names no
    role the item's status), of an array its items ("(1 => X)", a one-item array, its item when that is a string)."""
    fields = types.records.get(typ, [])
    entries: list[tuple[str, int, object]] = []
    items: list[object] = []
    while i < len(toks) and toks[i][1] != ")":
        if toks[i][1] == ",":
            i += 1
            continue
        line = toks[i][2]
        if i + 1 < len(toks) and toks[i + 1][1] == "=>":
            key = toks[i][1]
            own = next((t for n, t in fields if n.casefold() == key.casefold()), types.arrays.get(typ, ""))
            value, i = _ada_expression(toks, i + 2, own, types)
            entries.append((key, line, value))
            continue
        n = len(items)
        own = fields[n][1] if n < len(fields) else types.arrays.get(typ, "")
        value, i = _ada_expression(toks, i, own, types)
        items.append(value)
        if n < len(fields):
            entries.append((fields[n][0], line, value))
    end = i + 1
    if fields or entries and not all(k.isdigit() or k.casefold() == "others" for k, _, _ in entries):
        named = [(("status" if isinstance(v, _Str) and v.bare and v.text.casefold() in types.literals
                   and _data_role(k) is None else k), at, v) for k, at, v in entries]
        return _Map(named), end
    items += [v for _, _, v in entries]
    if len(items) == 1 and entries and isinstance(items[0], _Str):
        return items[0], end
    return _List(items), end


def _ada_initial(toks: list[_Token], j: int, typ: str, types: _AdaTypes) -> tuple[object, int]:
    """The value the declaration at ``toks[j]`` gives after its ":=" (:func:`_ada_expression`; None when it gives
    none), and the index where its reading stopped."""
    while j < len(toks) and toks[j][1] not in (":=", ";"):
        j += 1
    if j + 1 < len(toks) and toks[j][1] == ":=":
        return _ada_expression(toks, j + 1, typ, types)
    return None, j


def _ada(body: str) -> str:
    """An Ada package specification whose constants hold the answer (fenced or not) as Markdown, line for line
    (:func:`_data_page`): each constant a key (its name read as words), a string or strings joined by "&" one string
    on its lines, an aggregate of a record type a map of the record's fields (an enumeration literal, "Off_Label",
    "Very_Common", the item's status), of an array type its items, "+" and conversions ("To_Unbounded_String") their
    argument; "with" clauses, types, the package's lines and comments blank, a comment that names a section its
    heading."""
    got = _data_tokens(body, _ADA_OPEN, _ADA_TOKEN)
    if got is None:
        return body
    lines, first, last, fenced, heads, toks = got
    types = _AdaTypes()
    constants: list[tuple[str, int, object]] = []
    package, end, i = "", first, 0
    while i < len(toks):
        kind, text, line, _ = toks[i]
        word = text.casefold()
        if word == "package" and i + 2 < len(toks) and toks[i + 2][1].casefold() == "is":
            package, i = toks[i + 1][1].casefold(), i + 3
            continue
        if word == "end" and package and i + 1 < len(toks) and toks[i + 1][1].casefold() == package:
            end = line
            break
        if word == "type" and i + 2 < len(toks) and toks[i + 2][1].casefold() == "is":
            i = _ada_type(toks, i, types)
            continue
        if kind == "w" and not (i and toks[i - 1][1] in ("(", ",", "=>")):
            names = [text]
            j = i + 1
            while j + 1 < len(toks) and toks[j][1] == "," and toks[j + 1][0] == "w":
                names.append(toks[j + 1][1])
                j += 2
            own = [t[1].casefold() for t in toks[j:j + 4]]
            if own[:1] == [":"] and "constant" in own[1:3]:
                j += own.index("constant") + 1
                typ = toks[j][1].casefold() if toks[j][0] == "w" else ""
                value, j = _ada_initial(toks, j, typ, types)
                if value is not None:
                    constants += [(name, line, value) for name in names]
                    end = toks[min(j, len(toks) - 1)][2]
        i = _ada_skip(toks, i)
    if len(constants) < 4:
        return body
    return _data_page(lines, _macro_tree(constants, heads, first), first, last if fenced else end, heads)


# ---------------------------------------------------------------------------
# A VHDL package whose constants hold the answer ('constant BRAND_NAME : string := "X";', '"a " &' over '"b"' one
# string, "-- ---------- Usage ----------"), its package body's "case" functions giving a list ('when 1 => return
# "Eye pain";' the items, 'when 1 to 7 => return COMMON;' each item's group)
# ---------------------------------------------------------------------------

_VHDL_CONSTANTS = re.compile(r"(?mi)^[ \t]*constant[ \t]+[A-Za-z]\w*(?:[ \t]*,[ \t]*[A-Za-z]\w*)*[ \t]*:[^=\n;]*:=")
_VHDL_OPEN = re.compile(r"(?i)^[ \t]*(?:library[ \t]+\w+[ \t]*;|use[ \t]+[\w.]+[ \t]*;|package[ \t]+\w+[ \t]+is\b)")
_VHDL_TOKEN = re.compile(r'(?P<c>--[^\n]*)|(?P<s>"(?:[^"\n]|"")*")|(?P<p>:=|=>|[():;,&|])|'
                         r"(?P<w>[A-Za-z][\w.]*|\d+)|'.'")


def _vhdl_case(toks: list[_Token], i: int, types: _AdaTypes) -> tuple[list[tuple[list[str], object]], int]:
    """The branches of the function whose body starts at ``toks[i]`` (after its "is"): each "when" its choices (the
    numbers, "a to b" as "a..b", "others") and the value it returns; the index after the function's "end"."""
    branches: list[tuple[list[str], object]] = []
    while i < len(toks) and not (toks[i][1].casefold() == "end" and i + 1 < len(toks)
                                 and toks[i + 1][1].casefold() not in ("case", "if", "loop")):
        if toks[i][1].casefold() != "when":
            i += 1
            continue
        choices: list[str] = []
        i += 1
        while i < len(toks) and toks[i][1] != "=>":
            if toks[i][1].casefold() == "to" and choices:
                choices[-1] += ".." + toks[i + 1][1]
                i += 1
            elif toks[i][1] != "|":
                choices.append(toks[i][1].casefold())
            i += 1
        if i + 1 < len(toks) and toks[i + 1][1].casefold() == "return":
            value, i = _ada_expression(toks, i + 2, "", types)
            branches.append((choices, value))
    return branches, _ada_skip(toks, i)


def _vhdl_chosen(branches: list[tuple[list[str], object]], n: int) -> object:
    """The value the branch that chooses ``n`` returns ("others" the last resort)."""
    for choices, value in branches:
        for choice in choices:
            lo, _, hi = choice.partition("..")
            if lo.isdigit() and int(lo) <= n <= int(hi or lo):
                return value
    return next((value for choices, value in branches if "others" in choices), None)


def _vhdl_items(functions: list[list[tuple[list[str], object]]], types: _AdaTypes) -> _Map | None:
    """The items a package body's functions give: the strings one function returns by number, each under the group
    (an enumeration literal, "LESS_COMMON" "less common") another returns for the same number."""
    def strings(branches: list[tuple[list[str], object]]) -> bool:
        return all(isinstance(v, _Str) and not v.bare for _, v in branches)

    named = next((b for b in functions if strings(b)), None)
    grouping = next((b for b in functions if all(isinstance(v, _Str) and v.bare and v.text.casefold()
                                                  in types.literals for _, v in b)), None)
    if named is None:
        return None
    groups: dict[str, tuple[int, list[object]]] = {}
    for choices, value in named:
        if not isinstance(value, _Str) or not value.text or not choices[0].partition("..")[0].isdigit():
            continue
        group = _vhdl_chosen(grouping, int(choices[0].partition("..")[0])) if grouping else None
        label = _words(group.text).lower() if isinstance(group, _Str) else "items"
        groups.setdefault(label, (value.line, []))[1].append(value)
    return _Map([(label, line, _List(items)) for label, (line, items) in groups.items()]) if groups else None


def _vhdl(body: str) -> str:
    """A VHDL package whose constants hold the answer (fenced or not) as Markdown, line for line (:func:`_data_page`):
    each string constant a key (its name read as words, as an Ada package's are: :func:`_macro_tree`), strings joined
    by "&" one string on its lines, a use "Condition - note" its entry and note; the package body's functions of a
    number that return strings the Side Effects' items on their "when" lines, each in the group (an enumeration
    literal) another function returns for its number; "library" and "use" clauses, types, declarations, the
    functions' code and comments blank, a comment that names a section its heading."""
    got = _data_tokens(body, _VHDL_OPEN, _VHDL_TOKEN)
    if got is None:
        return body
    lines, first, last, fenced, heads, toks = got
    types = _AdaTypes()
    constants: list[tuple[str, int, object]] = []
    functions: list[list[tuple[list[str], object]]] = []
    end, i = first, 0
    while i < len(toks):
        word = toks[i][1].casefold()
        if word == "type" and i + 2 < len(toks) and toks[i + 2][1].casefold() == "is":
            i = _ada_type(toks, i, types)
        elif word == "constant" and i + 2 < len(toks) and toks[i + 2][1] in (":", ","):
            value, j = _ada_initial(toks, i + 1, "", types)
            if isinstance(value, _Str) and not value.bare:  # (a number, "positive := 16", says nothing)
                constants.append((toks[i + 1][1], toks[i][2], value))
            end, i = toks[min(j, len(toks) - 1)][2], _ada_skip(toks, j)
        elif word == "function":
            j, depth = i + 1, 0
            while j < len(toks) and not (depth == 0 and toks[j][1].casefold() in (";", "is")):
                depth += {"(": 1, ")": -1}.get(toks[j][1], 0)
                j += 1
            if j < len(toks) and toks[j][1].casefold() == "is":
                branches, j = _vhdl_case(toks, j + 1, types)
                functions.append(branches)
                end = toks[j - 1][2]
            i = j + 1 if j < len(toks) and toks[j][1] == ";" else j
        elif word == "end" and i + 1 < len(toks) and toks[i + 1][1].casefold() == "package":
            end, i = toks[i][2], _ada_skip(toks, i)
        else:
            i += 1
    if len(constants) < 4:
        return body
    tree = _macro_tree(constants, heads, first)
    entries = []
    for title, line, section in tree.entries:
        if isinstance(section, _Map) and _data_section(title) == "uses":  # ("Condition - note")
            section = _Map([(k, at, _List([_entry_note(v) if isinstance(v, _Str) else v for v in value.items])
                             if isinstance(value, _List) else _entry_note(value) if isinstance(value, _Str)
                             and _data_role(k) not in ("prose", "negation", "help") else value)
                            for k, at, value in section.entries])
        entries.append((title, line, section))
    items = _vhdl_items(functions, types)
    if items is not None:
        at = next((n for n, (title, _, v) in enumerate(entries) if isinstance(v, _Map)
                   and _data_section(title) == "side_effects"), None)
        if at is None:
            entries.append(("Side Effects", items.entries[0][1], items))
        else:
            title, line, section = entries[at]
            entries[at] = (title, line, _Map(section.entries + items.entries))
    return _opened_once(body, _data_page(lines, _Map(entries), first, last if fenced else end, heads))


# ---------------------------------------------------------------------------
# A Pascal program whose constants hold the answer ("type TUse = record Condition, Note: string; OffLabel: Boolean;
# end;", "TFrequency = (fqCommon, fqRare);", "const Uses: array[0..1] of TUse = ((Condition: 'X'; Note: 'note';
# OffLabel: False), ...);", "'a ' +" over "'b'" one string, "''" a quote, "{ ===== Usage ===== }"), or whose
# "begin ... end." block sets a record's fields ("M.BrandNames := 'A';", "M.Uses[0].Condition := 'X';")
# ---------------------------------------------------------------------------

_PAS_PROGRAM = re.compile(r"(?mi)^[ \t]*(?:program|unit|library)[ \t]+[A-Za-z_][\w.]*[ \t]*;|"
                          r"^[ \t]*(?:```|~~~)[ \t]*(?:pascal|delphi|objectpascal|freepascal|fpc|pas)[ \t]*$")
#: a constant set to a string or a record's field set in a statement ("Route = 'Oral';", "M.Route := 'Oral';")
_PAS_VALUES = re.compile(r"(?m)^[ \t]*[A-Za-z_]\w*(?:(?:\.[A-Za-z_]\w*|\[\d+\])+[ \t]*:=|[ \t]*(?::[^=\n;]+)?=)"
                         r"[ \t]*[('\n]")
_PAS_OPEN = re.compile(r"(?i)^[ \t]*(?:program|unit|library|type|const)\b")
_PAS_TOKEN = re.compile(r"(?:\{|\(\*|//)(?P<c>(?<=\{)[^}]*|(?<=\(\*).*?(?=\*\))|(?<=//)[^\n]*)(?:\}|\*\)|)|"
                        r"(?P<s>'(?:[^'\n]|'')*')|(?:#\$?[0-9A-Fa-f]+)+|(?P<p>:=|\.\.|[()\[\]:;,=+.])|"
                        r"(?P<w>[A-Za-z_]\w*|\d+(?:\.\d+)?)", re.S)
_PAS_SECTIONS = frozenset({"type", "const", "var", "begin", "resourcestring"})
_PAS_HEADERS = frozenset({"program", "unit", "library", "uses", "interface", "implementation", "procedure",
                          "function"})


def _pas_type(toks: list[_Token], i: int, types: _AdaTypes, names: dict[str, str]) -> int:
    """A type declaration ("TUse = record ... end;", "TUses = array[0..4] of TUse;", "TFrequency = (fqCommon,
    fqLessCommon);") noted in ``types`` (an enumeration's literals in ``names`` as their words, the prefix they share
    dropped: "fqLessCommon" "Less common"); the index after it."""
    name, i = toks[i][1].casefold(), i + 2
    words = [t[1].casefold() for t in toks[i:i + 2]]
    if "record" in words:
        i += words.index("record") + 1
        fields: list[tuple[str, str]] = []
        while i < len(toks) and toks[i][1].casefold() != "end":
            own = [toks[i][1]]
            while i + 2 < len(toks) and toks[i + 1][1] == ",":
                own.append(toks[i + 2][1])
                i += 2
            typ = toks[i + 2][1].casefold() if i + 2 < len(toks) and toks[i + 1][1] == ":" else ""
            fields += [(n, typ) for n in own]
            i = _ada_skip(toks, i)
        types.records[name] = fields
        return _ada_skip(toks, i)
    end = _ada_skip(toks, i)
    if words[:1] == ["array"]:
        of = next((j for j in range(end - 2, i, -1) if toks[j][1].casefold() == "of"), None)
        if of is not None:
            types.arrays[name] = toks[of + 1][1].casefold()
    elif words[:1] == ["("]:
        literals = [t[1] for t in toks[i:end] if t[0] == "w"]
        prefix = re.match(r"[a-z]+(?=[A-Z])", literals[0]) if literals else None
        cut = len(prefix.group(0)) if prefix and all(w.startswith(prefix.group(0)) for w in literals) else 0
        names.update((w.casefold(), _words(w[cut:])) for w in literals)
        types.literals |= {_words(w[cut:]).casefold() for w in literals}
    return end


def _pas_value(toks: list[_Token], i: int, typ: str, types: _AdaTypes, names: dict[str, str]
               ) -> tuple[object, int]:
    """The value of a constant or an assignment from ``toks[i]`` to its ";", read as Ada's is (:func:`_ada_expression`)
    once written as Ada's: a record's "Field: value" members "Field => value", the ";" between them ",", "+" between
    strings "&", "''" a quote, an enumeration literal its words."""
    own: list[_Token] = []
    depth = 0
    while i < len(toks) and not (depth == 0 and toks[i][1] == ";"):
        kind, text, line, parts = toks[i]
        depth += {"(": 1, ")": -1}.get(text, 0) if kind == "p" else 0
        if kind == "s":
            parts = [(k, t.replace("''", "'")) for k, t in parts]
        elif kind == "w" and text.casefold() in names:
            text = names[text.casefold()]
        elif text == ";":
            text = ","
        elif text == ":" and depth and own and own[-1][0] == "w":
            text = "=>"
        elif text == "+":
            nxt = toks[i + 1] if i + 1 < len(toks) else toks[i]
            if not (own and (own[-1][0] == "s" or own[-1][1] == ")") and (nxt[0] == "s" or nxt[1] == "(")):
                i += 1
                continue
            text = "&"
        own.append((kind, text, line, parts))
        i += 1
    if not own:
        return None, i
    return _ada_expression(own, 0, typ, types)[0], i


def _pas_name(parts: list[str]) -> str:
    """A constant's or field path's name as the words :func:`_macro_tree` splits ("SideEffects" "Side_Effects")."""
    return "_".join(re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", p) for p in parts)


def _pascal(body: str) -> str:
    """A Pascal program (or unit) whose constants, or the fields its "begin ... end." block sets, hold the answer
    (fenced or not) as Markdown, line for line (:func:`_data_page`): each typed or plain constant a key (its name
    read as words), each "M.Uses[1].Note := ..." a key of its path (the record's own name dropped, a numbered part a
    list's item) under the comment that names its section (:func:`_macro_tree`); strings joined by "+" one string,
    a record constant a map of its fields, an array constant its items, an enumeration literal its words ("fqRare"
    "Rare"); the program's lines, types, variables, other statements and comments blank."""
    block = _data_block(body, _PAS_OPEN)
    if block is None:
        return body
    lines, first, last, fenced = block
    heads: dict[int, str] = {}
    toks = _lex(lines, first, last, _PAS_TOKEN, heads)
    types, names = _AdaTypes(), {}
    constants: list[tuple[str, int, object]] = []
    fields: list[tuple[list[str], int, object]] = []
    part, end, i = "", first, 0
    while i < len(toks):
        kind, text, line, _ = toks[i]
        word = text.casefold()
        nxt = toks[i + 1][1] if i + 1 < len(toks) else ""
        if kind == "w" and word in _PAS_SECTIONS and nxt not in (":", "=", ".", ":=", "["):
            part, i = word, i + 1
            continue
        if kind == "w" and word in _PAS_HEADERS and nxt not in (":", "=", ".", ":=", "["):  # ("Uses: array ...")
            part, i = "", _ada_skip(toks, i)
            continue
        if part == "type" and kind == "w" and nxt == "=":
            i = _pas_type(toks, i, types, names)
            continue
        if part in ("const", "resourcestring") and kind == "w" and nxt in (":", "="):
            j, typ = i + 1, ""
            if nxt == ":":
                own = [t[1].casefold() for t in toks[j + 1:j + 12] if t[1] not in ("=", ";")]
                typ = own[own.index("of") + 1] if "array" in own and "of" in own[:-1] else own[0] if own else ""
                if "array" in own:
                    types.arrays[f"array of {typ}"], typ = typ, f"array of {typ}"
                while j < len(toks) and toks[j][1] not in ("=", ";"):
                    j += 1
            if j < len(toks) and toks[j][1] == "=":
                value, j = _pas_value(toks, j + 1, typ, types, names)
                if value is not None:
                    constants.append((_pas_name([text]), line, value))
                    end = toks[min(j, len(toks) - 1)][2]
            i = _ada_skip(toks, j)
            continue
        if part == "begin" and kind == "w":
            j, path = i + 1, [text]
            while j + 1 < len(toks) and (toks[j][1] == "." and toks[j + 1][0] == "w" or toks[j][1] == "["):
                path.append(toks[j + 1][1])
                j += 3 if toks[j][1] == "[" else 2
            if len(path) > 1 and j < len(toks) and toks[j][1] == ":=":
                value, j = _pas_value(toks, j + 1, "", types, names)
                if value is not None:
                    fields.append((path, line, value))
                    end = toks[min(j, len(toks) - 1)][2]
        i = _ada_skip(toks, i)
    if len(fields) > len(constants) and len({path[0] for path, _, _ in fields}) == 1:
        constants = [(_pas_name(path[1:]), line, value) for path, line, value in fields]
    if len(constants) < 4:
        return body
    return _data_page(lines, _macro_tree(constants, heads, first), first, last if fenced else end, heads)


# ---------------------------------------------------------------------------
# A COBOL data division ("01  WS-USAGE." over '05  US-APPROVED-USE-1  PIC X(04) VALUE "Gout".', a long text as
# consecutive "10  FILLER" literals, a table of code-prefixed records REDEFINEd with "88" names, "*---- Usage ----")
# ---------------------------------------------------------------------------

_COBOL_ITEM = re.compile(r"^[ \t]*(?P<lvl>\d{1,2})[ \t]+(?P<n>[A-Za-z0-9][\w-]*)(?P<rest>(?:[ \t.].*)?)$")
#: a data item with a picture or a value ("05  GN-NAME  PIC X(12) VALUE", "88  SE-COMMON  VALUE "C"")
_COBOL_ITEMS = re.compile(r"(?m)^[ \t]*\d{2}[ \t]+[A-Za-z][\w-]*[ \t]+(?:PIC(?:TURE)?|VALUES?)\b", re.I)
_COBOL_GROUP = re.compile(r"(?m)^[ \t]*0?1[ \t]+[A-Za-z][\w-]*[ \t]*\.", re.I)
_COBOL_OPEN = re.compile(r"^[ \t]*(?:\d{1,2}[ \t]+[A-Za-z][\w-]*[ \t]*(?:\.|[ \t](?:PIC|VALUE|REDEFINES|OCCURS)\b)|"
                         r"(?:IDENTIFICATION|DATA)[ \t]+DIVISION[ \t]*\.)", re.I)
_COBOL_LITERAL = re.compile(r"\"(?P<d>(?:[^\"]|\"\")*)\"|'(?P<s>(?:[^']|'')*)'")
_COBOL_HEADER = re.compile(r"^[ \t]*(?:[A-Z][\w-]*[ \t]+(?:DIVISION|SECTION)|PROGRAM-ID|AUTHOR|DATE-WRITTEN)\b.*$",
                           re.I)
#: a field word that says something of the numbered item before it ("US-APPROVED-NOTE-1" of "US-APPROVED-USE-1")
_COBOL_NOTE = frozenset({"NOTE", "NOTES", "DESC", "DESCRIPTION", "DETAIL", "DETAILS", "COMMENT", "ABBR"})


class _CobolItem:
    """A data item: its level, name and line, its literals (each on its line), its "88" conditions (name, value),
    what it REDEFINES and the items under it."""

    def __init__(self, level: int, name: str, line: int, redefines: str | None) -> None:
        self.level, self.name, self.line, self.redefines = level, name, line, redefines
        self.texts: list[tuple[int, str]] = []
        self.conditions: list[tuple[str, str]] = []
        self.children: list[_CobolItem] = []


def _cobol_literals(text: str, k: int) -> list[tuple[int, str]]:
    return [(k, m.group("d").replace('""', '"') if m.group("d") is not None else m.group("s").replace("''", "'"))
            for m in _COBOL_LITERAL.finditer(text)]


def _cobol_keys(items: list[_CobolItem]) -> list[str]:
    """The names of sibling items as keys: the parts all of them share first dropped ("WS-", "GN-", "FAQ-1-"), a note
    on a numbered item joined to it ("APPROVED-NOTE-1" after "APPROVED-USE-1" is "APPROVED_USE_1_NOTE", "USE-DESC-1"
    after "USE-1" "USE_1_DESC")."""
    names = [item.name.upper().split("-") for item in items]
    named = [parts for parts in names if parts != ["FILLER"]]
    while len(named) > 1 and all(len(parts) > 1 and parts[0] == named[0][0] for parts in named):
        names = [parts if parts == ["FILLER"] else parts[1:] for parts in names]
        named = [parts[1:] for parts in named]
    for n, parts in enumerate(names):
        if len(parts) > 2 and parts[-1].isdigit() and parts[-2] in _COBOL_NOTE:
            stem, number = parts[:-2], parts[-1]
            owner = next((p for p in reversed(names[:n]) if len(p) > 1 and p[:len(stem)] == stem
                          and p[-1] == number and p[-2] not in _COBOL_NOTE), None)
            if owner:
                names[n] = [*owner, parts[-2]]
    return ["_".join(parts) for parts in names]


def _cobol_records(item: _CobolItem, codes: dict[str, str]) -> _Map | None:
    """A table's literals each led by a code ("C Gout flare") as entries of the group each code's "88" name says
    ("SE-LESS-COMMON" the group "less common"); None unless every literal has such a code."""
    texts = [t for child in item.children for t in child.texts] if item.children else item.texts
    rows = [re.match(r"^(?P<c>\S{1,2})[ \t]+(?P<t>\S.*)$", text) for _, text in texts]
    if len(texts) < 2 or not all(row and row.group("c") in codes for row in rows):
        return None
    return _Map([(codes[row.group("c")], k, _Str([(k, row.group("t"))])) for (k, _), row in zip(texts, rows) if row])


def _cobol_value(item: _CobolItem, tables: dict[str, dict[str, str]]) -> object:
    """An item's value: its literal; a group's items as a map (numbered keys a list, as an INI section's), its FILLER
    literals one string where a piece runs on into the next (a list of strings where each stands alone); a group the
    "88" names of a table that REDEFINES it decode, its records (:func:`_cobol_records`)."""
    if item.name.upper() in tables:
        records = _cobol_records(item, tables[item.name.upper()])
        if records is not None:
            return records
    if not item.children:
        return _Str(item.texts) if item.texts else None
    entries: list[tuple[str, int, object]] = []
    runs: list[list[tuple[int, str]]] = []
    for key, child in zip(_cobol_keys(item.children), item.children):
        if key == "FILLER" and child.texts and not child.children:
            before = runs[-1][-1][1] if runs and entries[-1:] and entries[-1][0] == "FILLER" else None
            if before is not None and (before.endswith((" ", "-")) or not before.rstrip().endswith(
                    (".", "!", "?", ":", ";")) and child.texts[0][1][:1].islower()):
                runs[-1] += child.texts  # (a piece that runs on: "... in the " over "blood. It is ...")
                continue
            runs.append(list(child.texts))
            entries.append(("FILLER", child.line, runs[-1]))
            continue
        value = _cobol_value(child, tables)
        if value is not None and not (isinstance(value, _Map) and not value.entries):
            entries.append((key, child.line, value))
    texts = [_Str(v) for key, _, v in entries if key == "FILLER"]
    others = [e for e in entries if e[0] != "FILLER"]
    if not others:
        return (texts[0] if len(texts) == 1 else _List(list(texts))) if texts else None
    if texts:
        others.insert(0, ("text", texts[0].line, texts[0] if len(texts) == 1 else _List(list(texts))))
    return _ini_section(others)


def _cobol(body: str) -> str:
    """A COBOL data division (fenced or not) as Markdown, line for line (:func:`_data_page`): the levels a tree, each
    item's name a key (the prefix its siblings share dropped, hyphens read as spaces; numbered items a list, "-NOTE-N"
    the note of the item with the number N), its VALUE literals its words, consecutive FILLER pieces one text; a
    table of code-prefixed records that a table with "88" condition names REDEFINES its entries in the groups those
    names say; the divisions, PIC clauses, the redefining table, the PROCEDURE DIVISION and the fence blank, a "*" or
    "*>" comment that names a section its heading."""
    block = _data_block(body, _COBOL_OPEN)
    if block is None:
        return body
    lines, first, last, fenced = block
    while not fenced and first > 0 and re.match(r"^[ \t]*\*", lines[first - 1]):
        first -= 1  # (unfenced: the comments right above the division are its own)
    heads: dict[int, str] = {}
    roots: list[_CobolItem] = []
    stack: list[_CobolItem] = []
    end, procedure = first, False
    for k in range(first, last + 1):
        line = lines[k]
        code = line.split("*>", 1)[0] if '"' not in line and "'" not in line else line
        item = _COBOL_ITEM.match(code)
        if re.match(r"^[ \t]*\*", line):
            _comment_head(heads, k, line.replace("*>", "*", 1))
        elif re.match(r"^[ \t]*PROCEDURE[ \t]+DIVISION\b", line, re.I) or procedure:
            procedure = True
            if not fenced and line.strip() and not line[:1].isspace():
                break  # (unfenced: prose after the program ends it)
        elif item and int(item.group("lvl")) in (66, 88) and stack:
            value = _cobol_literals(item.group("rest"), k)
            if int(item.group("lvl")) == 88 and value:
                stack[-1].conditions.append((item.group("n"), value[0][1]))
        elif item and 0 < int(item.group("lvl")) <= 49 or item and int(item.group("lvl")) == 77:
            level = int(item.group("lvl"))
            redefines = re.search(r"\bREDEFINES[ \t]+(?P<r>[A-Za-z][\w-]*)", item.group("rest"), re.I)
            new = _CobolItem(1 if level == 77 else level, item.group("n"), k,
                             redefines.group("r").upper() if redefines else None)
            value = re.search(r"\bVALUES?\b(?:[ \t]+(?:IS|ARE))?", item.group("rest"), re.I)
            new.texts = _cobol_literals(item.group("rest")[value.end():], k) if value else []
            while stack and stack[-1].level >= new.level:
                stack.pop()
            (stack[-1].children if stack else roots).append(new)
            stack.append(new)
        elif re.match(r"^[ \t]*-?[ \t]*[\"']", line) and stack:
            stack[-1].texts += _cobol_literals(line, k)  # (the literal on the line under its item's VALUE)
        elif line.strip() and not _COBOL_HEADER.match(line) and not _FENCE_LINE.match(line) and not fenced:
            break  # (unfenced: prose after the division ends it)
        else:
            continue
        end = k
    tables: dict[str, dict[str, str]] = {}

    def conditions(item: _CobolItem) -> list[tuple[str, str]]:
        return [*item.conditions, *(c for child in item.children for c in conditions(child))]

    for item in [*roots, *(c for r in roots for c in r.children)]:
        codes = {value: _words(name.split("-", 1)[-1] if "-" in name else name).lower()
                 for name, value in conditions(item) if len(value) <= 2}
        if item.redefines and codes:
            tables[item.redefines] = codes
    kept = [r for r in roots if not (r.redefines and r.redefines in tables)]
    tree = _ini_section([(key, item.line, value) for key, item in zip(_cobol_keys(kept), kept)
                         if (value := _cobol_value(item, tables)) is not None])
    if len(tree.entries) < 3:
        return body
    page = _data_page(lines, tree, first, last if fenced else end, heads)
    return page if page == body else "\n".join(_hold_gaps(page.split("\n"), tree))


def _hold_gaps(out: list[str], value: object, whole: bool = False) -> list[str]:
    """``out`` with the blank lines inside one value held (:data:`_HOLD`): between a string's pieces (the item lines
    of its FILLER literals) and, for a list's map (a use and its note, a question and its answer), between its first
    line and its last, so that each stays one paragraph."""
    if isinstance(value, _Map):
        for _, _, v in value.entries:
            _hold_gaps(out, v)
    elif isinstance(value, _List):
        for v in value.items:
            _hold_gaps(out, v, True)
    if isinstance(value, _Str) or whole and isinstance(value, _Map):
        at = sorted(k for s in _data_strings(_List([value])) or _map_strings(value) for k, t in s.parts if t.strip())
        for a, b in zip(at, at[1:]):
            out[a + 1:b] = [_HOLD if not line else line for line in out[a + 1:b]]
    return out


def _map_strings(value: object) -> list[_Str]:
    if isinstance(value, _Map):
        return [s for _, _, v in value.entries for s in _map_strings(v)]
    return _data_strings(value)


# ---------------------------------------------------------------------------
# A Windows .reg file ("[HKEY_CURRENT_USER\\Software\\X\\SideEffects\\Common]" over '"Effect1"="Nausea"', "dword:")
# ---------------------------------------------------------------------------

_REG_OPEN = re.compile(r"^[ \t]*(?:Windows Registry Editor Version|REGEDIT4\b|\[HKEY_[A-Z_]+)")
_REG_KEY = re.compile(r"^[ \t]*\[(?P<p>HKEY_[A-Z_]+(?:\\[^\]\n]*)?)\][ \t]*$")
_REG_KEYS = re.compile(r"(?m)^[ \t]*\[HKEY_[A-Z_]+(?:\\[^\]\n]*)?\][ \t]*$")
_REG_VALUE = re.compile(r'^[ \t]*(?:"(?P<k>(?:[^"\\]|\\.)*)"|@)[ \t]*=[ \t]*(?:"(?P<s>(?:[^"\\]|\\.)*)"|'
                        r"dword:(?P<n>[0-9a-fA-F]{1,8})|hex(?:\([0-9a-fA-F]\))?:.*|-)[ \t]*$")


def _reg(body: str) -> str:
    """A Windows .reg file (fenced or not) as Markdown, line for line (:func:`_data_page`): the keys under the one all
    share (the record's own key, whose values are its title and date, nothing) a tree, each key's last part a section
    or group of its parent ("SideEffects\\LessCommon" a group of Side Effects, "FAQs\\Q1" one question), CamelCase
    read as words; its "Name"="value" pairs as an INI section's keys (numbered "Use1" / "Use1Note" / "OffLabel2" a
    list, a dword its number); the header line, ";" comments and key lines blank."""
    block = _data_block(body, _REG_OPEN)
    if block is None:
        return body
    lines, first, last, fenced = block
    keys: list[tuple[list[str], int, list[tuple[str, int, _Str]]]] = []
    end = first
    for k in range(first, last + 1):
        line = lines[k]
        head, value = _REG_KEY.match(line), _REG_VALUE.match(line)
        if head:
            keys.append(([p for p in head.group("p").split("\\") if p], k, []))
        elif value and keys and value.group("k") is not None and (value.group("s") is not None or value.group("n")):
            text = re.sub(r"\\(.)", r"\1", value.group("s")) if value.group("s") is not None \
                else str(int(value.group("n"), 16))
            keys[-1][2].append((value.group("k"), k, _Str([(k, text)], bare=value.group("s") is None)))
        elif line.strip() and not line.lstrip().startswith(";") and not _FENCE_LINE.match(line) \
                and not _REG_OPEN.match(line) and not value:
            if not fenced:
                break  # (unfenced: prose after the file ends it)
            continue
        else:
            continue
        end = k
    if len(keys) < 3:
        return body
    root = keys[0][0]
    for parts, _, _ in keys[1:]:
        while root != parts[:len(root)]:
            root = root[:-1]
    tree: dict[str, tuple[int, dict, list]] = {}  # (each sub-key by name: its line, its sub-keys, its values)
    for parts, line, values in keys:
        if len(parts) == len(root):
            continue  # (the record's own key: its title and date)
        node = tree
        for part in parts[len(root):-1]:
            node = node.setdefault(part, (line, {}, []))[1]
        got = node.setdefault(parts[-1], (line, {}, []))
        got[2].extend(values)

    def as_map(node: dict[str, tuple[int, dict, list]]) -> _Map:
        return _Map([(name, line, _Map(_ini_section(values).entries + as_map(subs).entries))
                     for name, (line, subs, values) in node.items()])

    return _data_page(lines, as_map(tree), first, last if fenced else end, {})


# ---------------------------------------------------------------------------
# MoinMoin wiki markup ("#format wiki", "<<TableOfContents>>", " Brand name:: X", "{{{#!wiki caution" ... "}}}")
# (its "== X ==" headings and '''bold''' are MediaWiki's, read elsewhere)
# ---------------------------------------------------------------------------

_MOIN_MARK = re.compile(r"(?m)^#(?:format|language|pragma|acl|redirect)\b|^<<\w+(?:\([^()\n]*\))?>>[ \t]*$|"
                        r"^\{\{\{#!|^ [^:\n]{1,40}:: \S")
_MOIN_LINE = re.compile(r"^(?:#(?:format|language|pragma|acl|redirect)\b.*|<<\w+(?:\([^()\n]*\))?>>[ \t]*|"
                        r"\{\{\{(?:#!.*)?|\}\}\}[ \t]*)$")


def _moinmoin(body: str) -> str:
    """MoinMoin's own markup as Markdown, line for line: processing instructions ("#format wiki"), a macro alone on
    its line ("<<TableOfContents(2)>>") and the lines that open and close a box ("{{{#!wiki caution", "}}}") blank,
    the box's words left as they are; a definition " Term:: value" a field "**Term:** value"; a "/!\\" warning's
    sign dropped."""
    out = []
    for line in body.split("\n"):
        if _MOIN_LINE.match(line):
            out.append("")
            continue
        field = re.match(r"^ (?P<t>[^:\n]{1,40}):: (?P<v>\S.*)$", line)
        out.append(f"**{field.group('t').strip()}:** {field.group('v')}" if field
                   else re.sub(r"^[ \t]*/!\\[ \t]*", "", line))
    return "\n".join(out)


# ---------------------------------------------------------------------------
# A LilyPond file's markup ('\markup \column {' over '  \large \bold "Usage"', '  \wordwrap { \bold "Label:" words }',
# "%% ===== Usage =====", a "\header { title = ... }" block and a "\score { ... \addlyrics { ... } }" tune)
# ---------------------------------------------------------------------------

_LY_OPEN = re.compile(r"^[ \t]*\\(?:version|header|markup|book|paper|score|include|language)\b")
_LY_MARKUP = re.compile(r"(?m)^[ \t]*\\markup\b")
#: a paragraph or a line of markup ('\wordwrap { ... }', '\line { ... }', '\bold "X"')
_LY_TEXT = re.compile(r"\\(?:wordwrap|justify|line|bold)\b")
#: a line that opens music or the file's settings, no words of the answer ("\score {", "\header {", "\version")
#: (a variable's definition at the line's start the same: "melody = \relative c' {")
_LY_MUSIC = re.compile(r"^(?:[ \t]*\\(?:header|score|paper|layout|midi|new|relative|fixed|lyricmode|addlyrics|"
                       r"lyricsto|version|include|language|tempo|time|key|clef|pointAndClickOff)\b|"
                       r"[A-Za-z][\w-]*[ \t]*=)")
#: a size command: the line's words a heading ('\large \bold "Usage"')
_LY_SIZE = re.compile(r"\\(?:large|larger|huge|Large|Huge|fontsize|magnify|abs-fontsize)\b")
_LY_STYLE = re.compile(r'\\(?P<m>bold|italic|underline|smallCaps|sans|typewriter|caps)[ \t]+'
                       r'(?:"(?P<s>(?:[^"\\]|\\.)*)"|\{(?P<b>[^{}]*)\}|(?P<w>[^\s\\{}"]+))')
#: a markup command with its Scheme arguments ("\vspace #1", "\fontsize #3", "\override #'(baseline-skip . 3)")
_LY_COMMAND = re.compile(r"\\[A-Za-z][\w-]*(?:[ \t]+#(?:'?\([^()]*\)|[^\s{}]+))*")
_LY_STRING = re.compile(r'"((?:[^"\\]|\\.)*)"')
#: a string (kept) or a comment ("% ...", "%% ===== Usage =====") to the line's end (dropped)
_LY_COMMENT = re.compile(r'(?P<s>"(?:[^"\\]|\\.)*")|%.*$')


def _ly_words(text: str) -> str:
    """A markup line's words: bold and italic as Markdown's, strings unquoted, other commands and braces dropped."""
    def style(m: re.Match[str]) -> str:
        words = m.group("s") if m.group("s") is not None else m.group("b") if m.group("b") is not None \
            else m.group("w")
        words = _LY_STRING.sub(r"\1", words).strip()
        mark = {"bold": "**", "italic": "*"}.get(m.group("m"), "")
        return f"{mark}{words}{mark}" if words else ""

    text = re.sub(r"\\char[ \t]+##x(?:2022|25CF|2013|2014)\b", "-", text)
    text = _LY_COMMAND.sub(" ", _LY_STYLE.sub(style, text))
    text = _LY_STRING.sub(r"\1", text).replace("{", " ").replace("}", " ")
    return " ".join(text.replace('\\"', '"').split())


def _lilypond(body: str) -> str:
    """A LilyPond file's markup as Markdown, line for line: a markup line in a size command ('\\large \\bold
    "Usage"') or a bold line that names a section a heading, another bold line alone a label, each '\\wordwrap { ...
    }' line its words ('\\bold "Label:"' bold, "- " an item), a paragraph's lines their words; the fence, comments,
    the \\header and other settings, the music and its lyrics (a tune is no answer) and the markup's own braces
    blank."""
    lines = body.split("\n")
    window = _data_window(lines, _LY_OPEN)
    if window is None:
        return body
    out = list(lines)
    sized = any(_LY_SIZE.search(lines[k]) for k in range(window[0], window[1] + 1))
    depth = 0  # (inside music or settings: the braces still open)
    for k in range(window[0], window[1] + 1):
        line = _LY_COMMENT.sub(lambda m: m.group("s") or "", lines[k])
        code = _LY_STRING.sub('""', line)  # (a brace in a string opens nothing)
        opens = code.count("{") - code.count("}")
        if depth or _LY_MUSIC.match(line) or _FENCE_LINE.match(line):
            depth = 0 if _FENCE_LINE.match(line) else max(depth + opens, 0)
            out[k] = ""
            continue
        text = _ly_words(line)
        bold = re.fullmatch(r"\*\*(?P<t>[^*]+)\*\*", text)
        if bold and (_LY_SIZE.search(line) if sized else section_kind(bold.group("t")) in _MAIN_KINDS):
            text = f"## {bold.group('t')}"
        elif bold:  # (a group's label over its items: "\bold "Off-label"")
            text = f"### {bold.group('t').rstrip(':')}"
        elif text.startswith("**") and opens == 0 and "{" in code:  # (a paragraph of one line with a run-in
            text = "- " + text  # label: a field, a group's items, a question and its answer, each its own)
        out[k] = text
    _end_lists(out, list(range(window[0], window[1] + 1)))
    return "\n".join(out)


# ---------------------------------------------------------------------------
# Lean 4 structures and one value of them ("structure Use where" over "  condition : String" and '  offLabel : Bool :=
# false', "inductive Frequency where | common | serious", "def x : Monograph where" over '  genericName := "X"',
# '{ condition := "Y", offLabel := true }', '⟨"Rash", common⟩' in the structure's field order, '("Q?", "A")', '"a " ++
# "b"', "-- ===== Usage =====")
# ---------------------------------------------------------------------------

_LEAN_OPEN = re.compile(r"^(?:/-|--[ \t]|(?:structure|inductive|def|abbrev|open|namespace|import)[ \t])")
#: a structure's declaration, its fields on the indented lines under it ("structure Use where")
_LEAN_STRUCTURE = re.compile(r"(?m)^structure[ \t]+(?P<n>[A-Za-z_][\w.]*)[^\n]*?\bwhere[ \t]*(?:--[^\n]*)?\n"
                             r"(?P<b>(?:[ \t]+[^\n]*\n|[ \t]*\n)*)")
#: a field of a structure ("  condition : String", "  note : String := """, "  name tag : String")
_LEAN_FIELD_DECL = re.compile(r"(?m)^[ \t]+(?P<f>[A-Za-z_][\w']*(?:[ \t]+[A-Za-z_][\w']*)*)[ \t]*:(?!=)[ \t]*"
                              r"(?P<t>[^\n]*?)[ \t]*(?::=[^\n]*)?$")
#: a value's definition ("def levomethadone : Monograph where", "def x : Monograph := {")
_LEAN_DEF = re.compile(r"(?m)^(?:@\[[^\]\n]*\][ \t]*)?(?:def|abbrev)[ \t]+[\w.']+[ \t]*:[ \t]*[A-Z][\w.]*[ \t]*"
                       r"(?:where|:=)")
#: a field given its value on its own line ('  genericName := "X"', "  uses := [", '{ condition := "Y",')
_LEAN_ASSIGN = re.compile(r"(?m)^[ \t]*[{,]?[ \t]*[a-z]\w*[ \t]*:=[ \t]*(?:\S|$)")
#: Lean's tokens; "++" none (strings it joins stand side by side, one string: :func:`_adjacent`)
_LEAN_TOKEN = re.compile(r"(?P<c>--[^\n]*|/-.*?-/)|(?P<s>\"(?:[^\"\\\n]|\\.)*\")|"
                         r"(?P<p>:=|[{}\[\]()\u27e8\u27e9,:|\u00d7])|(?P<w>[.#]?[A-Za-z_][\w.'!?]*|-?\d[\d.]*)",
                         re.S)
_LEAN_CLOSE = {"[": "]", "{": "}", "(": ")", "\u27e8": "\u27e9"}


class _LeanTypes:
    """The page's schema: each structure's fields in order with their types, and the inductive types' names."""

    def __init__(self, body: str) -> None:
        self.fields: dict[str, list[tuple[str, str]]] = {}
        for m in _LEAN_STRUCTURE.finditer(body):
            own = []
            for f in _LEAN_FIELD_DECL.finditer(m.group("b")):
                if f.group("f").split()[0] != "deriving":
                    own += [(name, f.group("t")) for name in f.group("f").split()]
            self.fields[m.group("n")] = own
        self.inductives = set(re.findall(r"(?m)^inductive[ \t]+([A-Za-z_][\w.]*)", body))

    def item(self, typ: str) -> str:
        """A list's items' type ("List Use" -> "Use")."""
        got = re.match(r"^(?:List|Array)[ \t]+\(?(?P<t>[^()]*)\)?$", typ.strip())
        return got.group("t").strip() if got else ""

    def key(self, typ: str, field: str) -> tuple[str, str]:
        """A field of ``typ`` as the key it is read by and its type: a field whose name says nothing
        (:func:`_data_role`) but whose type is an inductive type that does ("freq : Frequency") keyed by the type."""
        ftype = next((t for name, t in self.fields.get(typ, []) if name == field), "")
        if _data_role(field) is None and ftype in self.inductives and _data_role(ftype):
            return ftype, ftype
        return field, ftype


def _lean_value(toks: list[_Token], i: int, typ: str, types: _LeanTypes) -> tuple[object, int]:
    """The term at ``toks[i]`` of the type ``typ``: strings joined by "++" one string; "{ f := v, ... }" the map of
    its fields (:func:`_lean_fields`); "[a, b]" a list of the item type; "⟨a, b⟩" the map of ``typ``'s fields in their
    declared order; "(a, b)" a pair (:func:`_two_map`); a constructor (".common", "Frequency.common") or other word
    its name."""
    kind, text, line, _ = toks[i]
    if kind == "s":
        return _adjacent(toks, i)
    if text == "{":
        return _lean_fields(toks, i + 1, typ, types, "}")
    if text in _LEAN_CLOSE:
        close, items = _LEAN_CLOSE[text], []
        fields = types.fields.get(typ, []) if text == "\u27e8" else []
        i += 1
        while i < len(toks) and toks[i][1] != close:
            if toks[i][1] == ",":
                i += 1
                continue
            own = types.key(typ, fields[len(items)][0])[1] if len(items) < len(fields) else types.item(typ)
            value, i = _lean_value(toks, i, own, types)
            items.append(value)
        i += 1
        if fields and len(items) <= len(fields):
            return _Map([(types.key(typ, name)[0], getattr(v, "line", line), v)
                         for (name, _), v in zip(fields, items) if v is not None]), i
        if text in "(\u27e8" and len(items) == 2 and all(isinstance(v, _Str) and not v.bare for v in items):
            return _two_map(items[0], items[1]), i  # type: ignore[arg-type]
        if text == "(" and len(items) == 1:
            return items[0], i
        return _List([v for v in items if v is not None]), i
    if kind == "w":
        return _Str([(line, text.rsplit(".", 1)[-1])], bare=True), i + 1
    return None, i + 1


def _lean_fields(toks: list[_Token], i: int, typ: str, types: _LeanTypes, close: str | None = None
                 ) -> tuple[_Map, int]:
    """The fields "f := v" of a value of ``typ`` from ``toks[i]`` as the map of them, and the index after them: up to
    ``close`` (a "{ ... }" instance; other tokens skipped: "x with", a type ascription ": Use"), or, under "where",
    while a field follows."""
    entries: list[tuple[str, int, object]] = []
    while i < len(toks) and toks[i][1] != close:
        if toks[i][0] == "w" and i + 1 < len(toks) and toks[i + 1][1] == ":=":
            (key, ftype), at = types.key(typ, toks[i][1]), toks[i][2]
            value, i = _lean_value(toks, i + 2, ftype, types)
            if value is not None:
                entries.append((key, at, value))
        elif close is None:
            break
        else:
            i += 1
    return _Map(entries), i + (close is not None)


def _lean_defs(toks: list[_Token], types: _LeanTypes) -> tuple[object, int] | None:
    """The value among the "def"s of a structure type that holds the most strings, and the index after it: its fields
    the lines "f := v" under "where", or its term after ":="."""
    best: tuple[object, int] | None = None
    i = 0
    while i + 4 < len(toks):
        if toks[i][1] not in ("def", "abbrev") or toks[i + 2][1] != ":" or toks[i + 3][1] not in types.fields:
            i += 1
            continue
        typ, i = toks[i + 3][1], i + 4
        if toks[i][1] not in (":=", "where"):
            continue
        value, i = _lean_value(toks, i + 1, typ, types) if toks[i][1] == ":=" \
            else _lean_fields(toks, i + 1, typ, types)
        if isinstance(value, _Map) and (best is None or _strings(value) > _strings(best[0])):
            best = value, i
    return best


def _lean(body: str) -> str:
    """Lean 4 structures and a value of them (fenced or not) as Markdown, line for line (:func:`_data_page`): the
    "def" of a structure type whose value holds the most strings the tree (:func:`_lean_defs`), its fields read as
    words ("offLabel := true" an off-label use, "notFor" a negation, "seekHelp" the help text), an anonymous
    constructor '⟨"Rash", common⟩' the map of its structure's fields in their declared order (a field of an
    inductive type keyed by the type: "freq : Frequency" an effect's frequency), a constructor ("lessCommon") its
    words; the fence, comments (one that names a section its heading), the schema and the "#eval" lines blank."""
    types = _LeanTypes(body)
    return _read_data(body, _LEAN_OPEN, _LEAN_TOKEN, lambda toks: _lean_defs(toks, types))


# ---------------------------------------------------------------------------
# A PowerShell hashtable ("$Drug = [ordered]@{" over "    BrandNames = @('A', 'B')", "[pscustomobject]@{ Condition =
# 'Y'; Note = 'Z' }", "'a ' +" over "'b'", "'it''s'", a "@' ... '@" here-string, "# ==== Usage ====")
# ---------------------------------------------------------------------------

#: a variable bound to a hashtable or an array ("$Drug = [ordered]@{", "$script:Card = @{")
_PWSH_OPEN = re.compile(r"(?i)^[ \t]*\$[A-Za-z_][\w:]*[ \t]*=[ \t]*(?:\[[A-Za-z.]+\][ \t]*)?@[{(]")
_PWSH_VAR = re.compile(_PWSH_OPEN.pattern, re.M)  # (the same line, searched in the whole body)
#: a member bound to a hashtable or an array ("Usage = [ordered]@{", "Common = @(") and a "[pscustomobject]@{" row
_PWSH_MARK = re.compile(r"(?mi)^[ \t]*[A-Za-z_]\w*[ \t]*=[ \t]*(?:\[[A-Za-z.]+\][ \t]*)?@[{(]|"
                        r"\[pscustomobject\][ \t]*@\{")
#: what a string's escapes are read within: a here-string (left as it is), a comment, a single- or double-quoted string
_PWSH_SCAN = re.compile(r"@(['\"])[ \t]*\n.*?\n\1@|<#.*?#>|#[^\n]*|(?P<q>'(?:[^'\n]|'')*')|"
                        r"(?P<d>\"(?:[^\"`\n]|\"\"|`.)*\")", re.S)


def _pwsh_string(m: re.Match[str]) -> str:
    """A quoted string in the generic literal's escapes: "''" in a single-quoted one and '""' or '`"' in a
    double-quoted one a quote ("\\'", '\\"'), a backtick escape its character ("`n" a line break), a backslash a
    backslash; here-strings and comments as they are."""
    if m.group("q"):
        return "'" + m.group("q")[1:-1].replace("\\", "\\\\").replace("''", "\\'") + "'"
    if m.group("d"):
        inner = m.group("d")[1:-1].replace("\\", "\\\\").replace('""', '\\"')
        return '"' + re.sub(r"`(.)", lambda e: "\\" + e.group(1) if e.group(1) in "nt\"" else e.group(1), inner) + '"'
    return m.group(0)


def _powershell(body: str) -> str:
    """A PowerShell hashtable (fenced or not) as Markdown, line for line, read as the generic literal is
    (:func:`_literal`: "[ordered]@{" and "[pscustomobject]@{" a map, "@( )" a list, "Key = value" its members read
    as words, "+" joining strings, a "@' ... '@" here-string its lines, "#" comments one that names a section its
    heading) once its strings are in the literal's escapes (:func:`_pwsh_string`: "I''m" one apostrophe, not two
    strings side by side)."""
    lines = body.split("\n")
    window = _data_window(lines, _PWSH_OPEN)
    if window is None:
        return body
    first, last = window
    block = _PWSH_SCAN.sub(_pwsh_string, "\n".join(lines[first:last + 1]))
    own = "\n".join([*lines[:first], *block.split("\n"), *lines[last + 1:]])
    read = _literal(own)
    return body if read == own else read  # (not read: the page as it came, its strings' escapes as written)


# ---------------------------------------------------------------------------
# An Erlang term file, as file:consult/1 reads it ('{brand_names, ["A", "B"]}.', '{route, oral}.', '{uses, [{approved,
# "Y", "note"}, {off_label, "Z", "note"}]}.', '{side_effects, [{common, ["A"]}, {less_common, ["B"]}]}.', '{faqs,
# [{"Q?", "A"}]}.', adjacent strings one string, "%%% ===== Usage =====")
# ---------------------------------------------------------------------------

#: a top-level term that opens a tuple keyed by an atom ('{generic_name, "X"}.', "{uses,", "[{indapamide, [")
_ERL_OPEN = re.compile(r"^[ \t]*\[?[ \t]*\{[ \t]*(?:[a-z][\w@]*|'[^'\n]+')[ \t]*,")
#: a member tuple keyed by an atom on its own line, and a top-level term's end ("}.", "]}.", "}]." at a line's end)
_ERL_PAIR = re.compile(r"(?m)^[ \t]*[\[,]?[ \t]*\{[ \t]*(?:[a-z][\w@]*|'[^'\n]+')[ \t]*,")
_ERL_END = re.compile(r"(?m)[}\]][ \t]*\.[ \t]*(?:%.*)?$")
_ERL_TOKEN = re.compile(r"(?P<c>%[^\n]*)|(?P<s>\"(?:[^\"\\]|\\.)*\")|"
                        r"(?P<w>'(?:[^'\\\n]|\\.)*'|[a-z][\w@]*|[A-Z_][\w@]*|-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?|\$.)|"
                        r"(?P<p>=>|:=|->|\+\+|<<|>>|#\{|\.(?=\s|%|$)|[{}\[\](),|=#])", re.S)


def _erl_tuple(items: list[object]) -> object:
    """A tuple as what it means: an atom and a value ('{route, oral}', '{common, ["A"]}') a key and its value; two
    strings a question and its answer or an entry and its note ('{"Q?", "A"}'); strings tagged by an atom ('{approved,
    "Y", "note"}', '{"Rash", less_common}') or with a proplist of flags ('{"Y", [{off_label, true}]}') an entry with
    its status, note and flags; anything else a list."""
    if len(items) == 2 and isinstance(items[0], _Str) and items[0].bare:
        return _Pair(items[0].text, items[0].line, items[1])
    strings = [v for v in items if isinstance(v, _Str) and not v.bare]
    atoms = [v for v in items if isinstance(v, _Str) and v.bare]
    if len(items) == len(strings) == 2:
        return _two_map(strings[0], strings[1])
    maps = [v for v in items if isinstance(v, _Map)]
    if strings and (atoms or maps) and len(strings) + len(atoms) + len(maps) == len(items) and len(atoms) <= 2:
        return _Map([*(("status", a.line, a) for a in atoms[:1]), ("condition", strings[0].line, strings[0]),
                     *(("note", s.line, s) for s in strings[1:]), *(e for m in maps for e in m.entries)])
    return _List(items)


def _erl_tagged(pair: _Pair) -> _Map:
    """A key-value tuple among other items of a list (not a proplist) as an item of its own: a string tagged by an
    atom ('{off_label, "Y"}' beside '{approved, "Z", "note"}') an entry with its status, any other its one key."""
    if isinstance(pair.value, _Str) and not pair.value.bare:
        return _Map([("status", pair.line, _Str([(pair.line, pair.key)], bare=True)),
                     ("condition", pair.value.line, pair.value)])
    return _Map([(pair.key, pair.line, pair.value)])


def _erl_term(toks: list[_Token], i: int) -> tuple[object, int]:
    """The term at ``toks[i]``: a tuple what it means (:func:`_erl_tuple`); a list of key-value tuples (a proplist)
    or a map ('#{k => v}') or a record ('#use{condition = "Y"}') a map of them, any other list a list; adjacent
    strings (or joined by "++") and a binary ('<<"X">>') one string; an atom (its quotes dropped) or a number as
    written."""
    kind, text, line, _ = toks[i]
    if text == "#" and i + 2 < len(toks) and toks[i + 1][0] == "w" and toks[i + 2][1] == "{":
        i, text = i + 2, "#{"  # (a record: "#use{")
    if text in ("{", "[", "#{"):
        close, items, entries = "]" if text == "[" else "}", [], []
        i += 1
        while i < len(toks) and toks[i][1] != close:
            if toks[i][1] in (",", "|"):
                i += 1
                continue
            at = toks[i][2]
            value, i = _erl_term(toks, i)
            if i < len(toks) and toks[i][1] in ("=>", ":=", "=") and isinstance(value, _Str):
                member, i = _erl_term(toks, i + 1)
                entries.append((value.text, at, member))
            elif value is not None:
                items.append(value)
        i += 1
        if text == "{" and not entries:
            return _erl_tuple(items), i
        pairs = [v for v in items if isinstance(v, _Pair)]
        if pairs and len(pairs) + sum(isinstance(v, _Str) and v.bare for v in items) == len(items):
            entries += [(v.key, v.line, v.value) if isinstance(v, _Pair)  # (a bare atom in a proplist: true)
                        else (v.text, v.line, _Str([(v.line, "true")], bare=True))
                        for v in items if isinstance(v, (_Pair, _Str))]
        if entries:
            return _Map(entries), i
        return _List([_erl_tagged(v) if isinstance(v, _Pair) else v for v in items]), i
    if text == "<<":
        parts: list[tuple[int, str]] = []
        i += 1
        while i < len(toks) and toks[i][1] != ">>":
            parts += toks[i][3] if toks[i][0] == "s" else []
            i += 1
        return (_Str(parts) if parts else None), i + 1
    if kind == "s":
        parts = list(toks[i][3])
        i += 1
        while i < len(toks) and (toks[i][0] == "s" or toks[i][1] == "++" and i + 1 < len(toks)
                                 and toks[i + 1][0] == "s"):
            i += 1 if toks[i][0] == "s" else 2
            parts += toks[i - 1][3]
        joined: dict[int, str] = {}
        for k, t in parts:
            joined[k] = f"{joined[k]} {t}".strip() if k in joined else t
        return _Str(list(joined.items())), i
    if kind == "w":
        return _Str([(line, text[1:-1] if text.startswith("'") else text)], bare=True), i + 1
    return None, i + 1


def _erl_terms(toks: list[_Token]) -> tuple[object, int] | None:
    """The file's top-level terms as one map: each '{key, value}.' a key, a proplist or map term its members; a term
    that only wraps the rest ('{indapamide, [...]}.', "[{...}]." as sys.config writes it) opened; and the index
    after the last term read. Code around the terms (a module's attributes, a function's head) left out."""
    entries: list[tuple[str, int, object]] = []
    i = end = 0
    while i < len(toks):
        if toks[i][1] not in ("{", "[", "#{"):
            i += 1
            continue
        value, i = _erl_term(toks, i)
        if isinstance(value, _Pair):
            entries.append((value.key, value.line, value.value))
        elif isinstance(value, _Map):
            entries += value.entries
        else:
            continue
        end = i
    tree = _Map(entries)
    while len(tree.entries) == 1 and isinstance(tree.entries[0][2], _Map) and _data_section(tree.entries[0][0]) \
            is None and _data_role(tree.entries[0][0]) is None:
        tree = tree.entries[0][2]
    return (tree, end) if len(tree.entries) >= 3 else None


def _erlang(body: str) -> str:
    """An Erlang term file (fenced or not) as Markdown, line for line (:func:`_data_page`): its period-terminated
    '{key, value}' terms keys read as words ("less_common" a group, "not_for" a negation, "seek_help" the help text),
    a proplist a map, a tuple what it means (:func:`_erl_tuple`: '{off_label, "Y", "note"}' an off-label use with its
    note, '{"Q?", "A"}' a question and its answer), adjacent strings one string on their lines, an atom ("oral") its
    word; the fence, "%" comments (one that names a section its heading), brackets and periods blank."""
    return _read_data(body, _ERL_OPEN, _ERL_TOKEN, _erl_terms)


# ---------------------------------------------------------------------------
# A BASIC program whose DATA statements hold the answer ('110 DATA "NAME", "X", ""', '220 DATA "USE", "Y",
# "OFF-LABEL: note"', '310 DATA "SE", "COMMON", "Headache"', '610 DATA "FAQ", "Q?", "A"', "REM ----- USAGE -----", a
# READ loop after the data)
# ---------------------------------------------------------------------------

#: a DATA statement that holds a string, numbered or not ('110 DATA "USE", "Y", ""'), and a READ statement
_BAS_DATA = re.compile(r'(?mi)^[ \t]*(?:\d+[ \t]+)?DATA[ \t]+[^\n]*"')
_BAS_READ = re.compile(r"(?mi)^[ \t]*(?:\d+[ \t]+)?(?:[^\n\"]*:[ \t]*)?READ[ \t]+[A-Za-z]")
_BAS_OPEN = re.compile(r"(?i)^[ \t]*(?:\d+[ \t]+)?(?:REM\b|DATA[ \t])")
#: a statement after its line number: a DATA statement's values, a comment ("REM ...", "' ..."), other code
_BAS_STATEMENT = re.compile(r"(?i)^[ \t]*(?:\d+[ \t]+)?(?:DATA[ \t]+(?P<d>.*)|(?:REM\b|')(?P<c>.*)|(?P<x>\S.*))$")
#: a literal the program compares a value it read with ('IF T$ = "END" THEN'): the data's end marker
_BAS_SENTINEL = re.compile(r'(?i)\bIF\b[^"\n]*=[ \t]*"(?P<v>[^"]*)"')
#: a status in capitals, alone or before its note ("APPROVED", "OFF-LABEL: studied at up to 4 times the dose")
_BAS_STATUS = re.compile(r"^(?P<s>[A-Z][A-Z /-]*[A-Z])(?:[ \t]*[:\u2013\u2014][ \t]*(?P<n>\S.*))?$")


def _bas_cells(text: str) -> list[str]:
    """A DATA statement's values in order: quoted ones their text, unquoted ones up to the next comma, trimmed."""
    cells: list[str] = []
    i = 0
    while i <= len(text):
        rest = text[i:].lstrip()
        i = len(text) - len(rest)
        if rest.startswith('"'):
            close = rest.find('"', 1)
            close = len(rest) if close < 0 else close
            cells.append(rest[1:close])
            comma = rest.find(",", close)
            i += len(rest) + 1 if comma < 0 else comma + 1
        else:
            comma = rest.find(",")
            cells.append((rest if comma < 0 else rest[:comma]).strip())
            i += len(rest) + 1 if comma < 0 else comma + 1
    return cells


def _bas_case(text: str) -> str:
    """A label written in capitals ("LESS COMMON", "OFF-LABEL") in sentence case; any other as it is."""
    return text[:1] + text[1:].lower() if text == text.upper() else text


def _bas_item(cells: list[_Str]) -> _Map:
    """A row's cells as an entry: the first its entry, a later one in capitals its status (with the note after a
    colon: "OFF-LABEL: note"), any other its note."""
    entries: list[tuple[str, int, object]] = [("condition", cells[0].line, cells[0])]
    for cell in cells[1:]:
        status = _BAS_STATUS.match(cell.text)
        if status and "status" not in (k for k, _, _ in entries):
            entries.append(("status", cell.line, _Str([(cell.line, _bas_case(status.group("s")))])))
            if status.group("n"):
                entries.append(("note", cell.line, _Str([(cell.line, status.group("n"))])))
        else:
            entries.append(("note", cell.line, cell))
    return _Map(entries)


def _bas_value(key: str, rows: list[list[_Str]], typed: bool) -> object:
    """The rows of one record type (or one section) as its value: a Generic Name field's its rows' first cells (a
    record's other cells say where or how: 'DATA "BRAND", "X", "Canada"'; rows under a comment, not ``typed``, every
    cell); rows of one cell those texts (one row its text); a negation's, a seek-help text's or prose rows each one
    text of its cells; rows of a question and its answer questions; rows led by a repeated cell ("COMMON",
    "Headache") a map of those groups; other rows each an entry with its status and note (:func:`_bas_item`)."""
    role = _data_role(key)
    if role in _DATA_FIELDS or role == "name":
        firsts = [cell for row in rows for cell in (row[:1] if typed else row)]
        return firsts[0] if len(firsts) == 1 else _List(list(firsts))
    if all(len(row) == 1 for row in rows) or role in ("negation", "help", "prose"):
        texts = [_Str([(row[0].line, " \u2013 ".join(cell.text for cell in row))]) for row in rows]
        return texts[0] if len(texts) == 1 else _List(list(texts))
    if all(row[0].text.endswith("?") for row in rows):
        return _List([_two_map(row[0], _Str([(row[0].line, " ".join(c.text for c in row[1:]))])) for row in rows])
    leads = [row[0].text for row in rows]
    if len(set(leads)) < len(leads) and all(len(row) >= 2 for row in rows):
        groups: dict[str, tuple[int, list[object]]] = {}
        for row in rows:
            group = groups.setdefault(_bas_case(row[0].text), (row[0].line, []))
            group[1].append(row[1] if len(row) == 2 else _bas_item(row[1:]))
        return _Map([(name, line, _List(items)) for name, (line, items) in groups.items()])
    return _List([_bas_item(row) for row in rows])


def _basic(body: str) -> str:
    """A BASIC program whose DATA statements hold the answer (fenced or not) as Markdown, line for line
    (:func:`_data_page`): rows led by a record type in capitals ('DATA "USE", "Y", "APPROVED"') each type a key
    read by its words ("BRAND" the brand names, "NOT FOR" a negation, "SEEK HELP" the help text, "HOW" the
    mechanism, "FAQ" the questions; a type that names nothing, "SE", the section its "REM" heading names), other rows
    grouped under their "REM" heading; a type's rows read by :func:`_bas_value` (the type's column dropped), each
    cell on its row's line; the end marker the READ loop looks for, the fence, line numbers, "REM" lines (one that
    names a section its heading) and the code blank."""
    block = _data_block(body, _BAS_OPEN)
    if block is None:
        return body
    lines, first, last, fenced = block
    heads: dict[int, str] = {}
    rows: list[tuple[int, list[str]]] = []
    titles: dict[int, str] = {}  # (every comment's words: "REM TRADE NAMES" names the rows under it)
    sentinels = {"END", "EOF", "STOP", "DONE"}
    end = first
    for k in range(first, last + 1):
        got = _BAS_STATEMENT.match(lines[k])
        if got is None or _FENCE_LINE.match(lines[k]):
            continue
        if got.group("d") is not None:
            rows.append((k, _bas_cells(got.group("d"))))
        elif got.group("c") is not None:
            titles[k] = _bas_case(got.group("c").strip(" \t#!-=*:"))
            _comment_head(heads, k, titles[k])
        elif not fenced and '"' not in lines[k] and re.match(r"^[A-Z][a-z]+[ \t]+\w.*[.!?]$", lines[k]):
            break  # (unfenced: prose after the program ends it)
        sentinels |= {m.group("v").upper() for m in _BAS_SENTINEL.finditer(lines[k])}
        end = k
    rows = [(k, cells) for k, cells in rows
            if not (len([c for c in cells if c.strip()]) == 1 and cells[0].strip().upper() in sentinels)]
    labels = [cells[0] for _, cells in rows if cells and cells[0] and not re.search(r"[a-z]", cells[0])
              and re.search(r"[A-Z]", cells[0]) and len(cells[0].split()) <= 3]
    typed = len(labels) * 5 >= len(rows) * 4 and 3 <= len(set(labels)) < len(labels)
    groups: dict[str, tuple[int, list[list[_Str]]]] = {}
    for k, cells in rows:
        own = [_Str([(k, c.strip())]) for c in cells if c.strip()]
        if typed and len(own) > 1 and own[0].text == cells[0].strip():
            key, own = own[0].text, own[1:]
        elif typed or len(own) == 1 and re.fullmatch(r"-?\d+", own[0].text):
            continue  # (a count before its rows: "DATA 4")
        else:
            named = [heads[h][3:] for h in heads if h < k]
            said = [titles[h] for h in titles if h < k]
            if said and (_data_role(said[-1]) or _data_section(said[-1])):
                named.append(said[-1])  # (a comment that names a field or a section: "REM TRADE NAMES")
            if not named or not own:
                continue
            key = named[-1]
        groups.setdefault(key, (k, []))[1].append(own)
    tree = _Map([(key, line, _bas_value(key, items, typed)) for key, (line, items) in groups.items()])
    if len(tree.entries) < 3:
        return body
    return _data_page(lines, tree, first, last if fenced else end, heads)


# ---------------------------------------------------------------------------
# Typed literals whose schema names what the literal leaves out: Swift structs and one memberwise initialiser ("enum
# Frequency: String { case lessCommon = "Less common" }", "struct Use { let condition: String; var offLabel: Bool =
# false }", "let x = DrugMonograph(" over '    genericName: "X",', 'SideEffect(name: "Y", frequency: .lessCommon)',
# strings in three quotes continued by "\"), a Go composite literal ("type SideEffect struct { Name string; Frequency
# Frequency }", 'const ( LessCommon Frequency = "Less common" )', "var X = Monograph{" over '    GenericName: "X",',
# '[]SideEffect{ {"Y", LessCommon}, }' positional, '"a " +' over '"b"', a backtick raw string) and an ABAP report's
# "VALUE" constructor expression ("TYPES: BEGIN OF ty_use, ...", "DATA(ls_x) = VALUE ty_monograph(" over
# "    generic_name = `X`", "uses = VALUE #( ( condition = `Y` off_label = abap_true ) )", "|a | && |b|", '" --- Usage')
# ---------------------------------------------------------------------------

#: a Swift struct's declaration, up to its brace ("struct Use {", "public struct SideEffect: Codable {")
_SWIFT_STRUCT = re.compile(r"(?m)^[ \t]*(?:(?:public|internal|private|fileprivate|final)[ \t]+)*struct[ \t]+"
                           r"(?P<n>[A-Z]\w*)[ \t]*(?::[^{\n]*)?\{")
#: a value made by a call of a type, on its line ("let midostaurin = DrugMonograph(", "static let x: Card = Card(")
_SWIFT_INIT = re.compile(r"(?m)^[ \t]*(?:(?:public|internal|private|fileprivate|static)[ \t]+)*(?:let|var)[ \t]+"
                         r"[A-Za-z_]\w*[ \t]*(?::[ \t]*[\w.]+[ \t]*)?=[ \t]*[A-Z][\w.]*[ \t]*\(")
#: an argument label at the start of its line ('    genericName: "X",', "    uses: [", "frequency: .common)")
_SWIFT_ARG = re.compile(r"(?m)^[ \t]*[a-z]\w*[ \t]*:[ \t]*(?:\"|\[|\.[a-z]|[A-Z]\w*\(|true\b|false\b|\d|$)")
_SWIFT_OPEN = re.compile(r"^[ \t]*(?:import[ \t]|//|/\*|(?:(?:public|internal|private|fileprivate|static|final)"
                         r"[ \t]+)*(?:struct|enum|let|var|extension)[ \t])")
#: a stored property of a struct ("let condition: String", "var offLabel: Bool = false", "let q, a: String"; not a
#: computed one, "var x: String {")
_SWIFT_PROPERTY = re.compile(r"(?m)^[ \t]*(?:(?:public|internal|private|fileprivate)[ \t]+)*(?:let|var)[ \t]+"
                             r"(?P<n>[A-Za-z_]\w*(?:[ \t]*,[ \t]*[A-Za-z_]\w*)*)[ \t]*:[ \t]*(?P<t>[^={}\n]*?)[ \t]*"
                             r"(?:=[^{}\n]*)?$")
#: an enum with raw values ("enum Frequency: String {" over 'case lessCommon = "Less common"')
_SWIFT_ENUM = re.compile(r"(?m)^[ \t]*(?:(?:public|internal|private|fileprivate)[ \t]+)*enum[ \t]+[A-Z]\w*[ \t]*:"
                         r"[^{\n]*\{")
_SWIFT_CASE = re.compile(r"(?P<n>[A-Za-z_]\w*)[ \t]*=[ \t]*\"(?P<v>(?:[^\"\\\n]|\\.)*)\"")

#: Go's struct types and the value a declaration gives a composite literal ("var x = Monograph{", "x := &Card{")
_GO_STRUCT = re.compile(r"(?m)^[ \t]*type[ \t]+(?P<n>[A-Za-z_]\w*)[ \t]+struct[ \t]*\{")
_GO_VAR = re.compile(r"(?m)^[ \t]*(?:var[ \t]+[A-Za-z_]\w*(?:[ \t]+[\w.*\[\]]+)?[ \t]*=|[A-Za-z_]\w*[ \t]*:=|"
                     r"return)[ \t]*&?[A-Za-z_][\w.]*[ \t]*\{")
#: a keyed element at the start of its line ('    GenericName: "X",', "    Uses: []Use{", '{Condition: "Y",')
_GO_FIELD = re.compile(r"(?m)^[ \t]*\{?[ \t]*[A-Za-z_]\w*:[ \t]*(?:\"|`|\[|\{|&?[A-Za-z_][\w.]*\{|true\b|false\b|"
                       r"[A-Z]\w*,?[ \t]*$)")
_GO_OPEN = re.compile(r"^[ \t]*(?:package|import|type|const|var|func)\b|^[ \t]*//")
#: a string constant ('LessCommon Frequency = "Less common"' in a "const (" block, 'const Rare = "Rare"')
_GO_CONST_BLOCK = re.compile(r"(?ms)^[ \t]*const[ \t]*\((?P<b>.*?)^[ \t]*\)")
_GO_CONST = re.compile(r"(?m)^[ \t]*(?:const[ \t]+)?(?P<n>[A-Za-z_]\w*)(?:[ \t]+[\w.]+)?[ \t]*=[ \t]*"
                       r"(?:\"(?P<v>(?:[^\"\\\n]|\\.)*)\"|`(?P<r>[^`]*)`)")


def _braced(body: str, at: int) -> str:
    """The text inside the brace at ``body[at]`` up to its closing brace, blocks nested in it left out (their lines
    kept): a struct's own declarations, not its initialiser's or methods' bodies."""
    depth, own = 0, []
    for ch in body[at:]:
        depth += (ch == "{") - (ch == "}")
        if depth == 0:
            break
        if depth == 1 and ch not in "{}" or ch == "\n":
            own.append(ch)
    return "".join(own)


def _struct_fields(body: str, rx: re.Pattern[str]) -> dict[str, list[tuple[str, str]]]:
    """The structs ``body`` declares (``rx``: Swift's "struct X {", Go's "type X struct {") with their stored fields
    in order, each its name and its type: Swift's "let a: T" / "var b: T = d" (computed properties and the bodies of
    methods left out), Go's "A, B T" and an embedded type (its name both)."""
    fields: dict[str, list[tuple[str, str]]] = {}
    for m in rx.finditer(body):
        own: list[tuple[str, str]] = []
        inner = _braced(body, m.end() - 1)
        if rx is _SWIFT_STRUCT:
            own = [(n.strip(), p.group("t")) for p in _SWIFT_PROPERTY.finditer(inner) for n in p.group("n").split(",")]
        else:
            for line in inner.split("\n"):
                line = re.sub(r"//.*|`[^`]*`|\"[^\"]*\"", "", line).strip()
                got = re.match(r"^(?P<n>[A-Za-z_]\w*(?:[ \t]*,[ \t]*[A-Za-z_]\w*)*)(?:[ \t]+(?P<t>\S.*))?$", line)
                if got and got.group("t"):
                    own += [(n.strip(), got.group("t").strip()) for n in got.group("n").split(",")]
                elif got:  # (an embedded type: its name)
                    own.append((got.group("n").rsplit(".", 1)[-1], got.group("n")))
        fields[m.group("n")] = own
    return fields


def _field_key(name: str, typ: str) -> str:
    """A field's key: its name, or, when the name says nothing (:func:`_data_role`) but its type's name does
    ("Often Severity", "let level: Frequency"), its type's."""
    if _data_role(name) is None and _data_section(name) is None and re.fullmatch(r"[A-Za-z_]\w*", typ) \
            and _data_role(typ) is not None:
        return typ
    return name


def _typed_run(toks: list[_Token], i: int) -> tuple[str, object] | None:
    """The type written right before the bracket at ``toks[i]`` on its line: a name ("Monograph{", "Use(",
    "pkg.Card{") ("name", its last part), a slice or an array ("[]Use{", "[3]Use{") ("list", its item type), a map
    ("map[string][]Use{") ("map", its values' type); None when none is ("= {", "{ {", "print(" a name all the same)."""
    line, j = toks[i][2], i
    while j > 0 and toks[j - 1][2] == line and (toks[j - 1][0] == "w" or toks[j - 1][1] in ("[", "]", "*", "..", ".")):
        j -= 1
    run = [t[1] for t in toks[j:i]]

    def parse(k: int) -> tuple[tuple[str, object] | None, int]:
        if k >= len(run):
            return None, k
        if run[k] == "*":
            return parse(k + 1)
        if run[k] == "map" and k + 1 < len(run) and run[k + 1] == "[":
            _, k = parse(k + 2)
            if k >= len(run) or run[k] != "]":
                return None, k
            value, k = parse(k + 1)
            return (("map", value), k) if value else (None, k)
        if run[k] == "[":
            k += 1
            while k < len(run) and run[k] != "]":
                k += 1
            item, k = parse(k + 1)
            return (("list", item), k) if item else (None, k)
        if run[k] not in ("]", ".", ".."):
            return ("name", run[k].rsplit(".", 1)[-1]), k + 1
        return None, k

    for start in range(len(run)):
        typ, end = parse(start)
        if typ is not None and end == len(run):
            return typ
    return None


def _named_elements(toks: list[_Token], fields: dict[str, list[tuple[str, str]]], opener: str) -> list[_Token]:
    """``toks`` with each element given by position in a literal of a declared struct named by the struct's field in
    its place, as a keyed element is ("{"Rash", Rare}" in "[]SideEffect{" -> '{Name: "Rash", Frequency: Rare}';
    Swift's 'SideEffect("Rash", .rare)'), and a field's key its type's when only that says what it holds
    (:func:`_field_key`): in a literal opened by ``opener`` after the struct's name, or, in Go, an element whose type
    the slice or map around it gives ("[]Use{ {...} }", "map[string][]Use{ "a": { {...} } }")."""
    own: list[_Token] = []
    frames: list[list[object]] = []  # (each open bracket: its struct's fields or None, its elements' type, the
    for i, tok in enumerate(toks):  # element's position, whether an element starts here)
        kind, text, line, parts = tok
        frame = frames[-1] if frames else None
        if frame is not None and frame[3] and not (kind == "p" and text in _LIT_CLOSERS):
            frame[3] = False
            names = frame[0] if isinstance(frame[0], list) else None
            keyed = kind in ("w", "s") and i + 1 < len(toks) and toks[i + 1][1] == ":"
            if names is not None and keyed:
                typ = next((t for n, t in names if n == text), "")
                tok = (kind, _field_key(text, typ), line, parts)
            elif names is not None and int(str(frame[2])) < len(names):
                name = _field_key(*names[int(str(frame[2]))])
                own += [("w", name, line, [(line, name)]), ("p", ":", line, [(line, ":")])]
        own.append(tok)
        if kind == "p" and text in _LIT_OPENERS:
            typ = _typed_run(toks, i) if text == opener else None
            if typ is None and text == opener and frame is not None and i and toks[i - 1][1] in ("{", ",", ":"):
                typ = frame[1]  # type: ignore[assignment]  # (an element whose type the literal around it gives)
            struct = fields.get(str(typ[1])) if isinstance(typ, tuple) and typ[0] == "name" else None
            item = typ[1] if isinstance(typ, tuple) and typ[0] in ("list", "map") else None
            frames.append([struct, item, 0, True])
        elif kind == "p" and text in _LIT_CLOSERS and frames:
            frames.pop()
        elif text == "," and frame is not None:
            frame[2], frame[3] = int(str(frame[2])) + 1, True
    return own


def _named_values(value: object, names: dict[str, str]) -> object:
    """``value`` with each bare word that names a constant or an enum case ("LessCommon", "lessCommon",
    "Frequency.lessCommon") its string on the word's line ("Less common")."""
    if isinstance(value, _Str) and value.bare:
        word = value.text.rsplit(".", 1)[-1]
        return _Str([(value.line, names[word])]) if word in names else value
    if isinstance(value, _Map):
        value.entries = [(k, at, _named_values(v, names)) for k, at, v in value.entries]
    elif isinstance(value, _List):
        value.items = [_named_values(v, names) for v in value.items]
    return value


def _shaped(value: object) -> object:
    """A typed literal's tree as the generic reader's is: a negation's list of short strings one string of them
    (:func:`_joined`: "It is not used for Y, Z"), a list of groups each a frequency and a list ("( frequency = `Common`
    effects = VALUE #( ... ) )", '{Frequency: "Rare", Effects: [...]}') the map of each group's name to its list."""
    if isinstance(value, _List):
        value.items = [_shaped(v) for v in value.items]
        groups: list[tuple[str, int, object]] = []
        for item in value.items:
            own = item.entries if isinstance(item, _Map) else []
            named = [v for k, _, v in own if _data_role(k) == "frequency" and isinstance(v, _Str)]
            lists = [v for _, _, v in own if isinstance(v, _List)]
            if len(own) != 2 or len(named) != 1 or len(lists) != 1:
                return value
            groups.append((named[0].text, named[0].line, lists[0]))
        return _Map(groups) if groups else value
    if isinstance(value, _Map):
        value.entries = [(k, at, _joined(v) if _data_role(k) == "negation" else _shaped(v))
                         for k, at, v in value.entries]
    return value


def _bound_tree(bindings: list[tuple[str, int, object, int]], names: dict[str, str]) -> tuple[object, int] | None:
    """The tree of a typed literal's bindings (name, line, value, index after it): the binding that holds the most
    strings, or, when it holds fewer than half of them all, every named binding as one map; its constants and enum
    cases their strings (:func:`_named_values`), shaped as the generic reader's (:func:`_shaped`)."""
    maps = [b for b in bindings if isinstance(b[2], (_Map, _List))]
    if not maps:
        return None
    best = max(maps, key=lambda b: _strings(b[2]))
    tree, end = best[2], best[3]
    if not isinstance(tree, _Map) or _strings(tree) * 2 < sum(_strings(b[2]) for b in bindings):
        named = [b for b in bindings if b[0]]
        tree = _Map([(name, line, value) for name, line, value, _ in named])
        end = max((b[3] for b in named), default=end)
    return _shaped(_named_values(tree, names)), end


def _typed_bindings(toks: list[_Token], binders: tuple[str, ...]) -> list[tuple[str, int, object, int]]:
    """The literals ``toks`` binds to names ("let x = Card(", "var X = Card{", "x := &Card{", "return Card{"): each
    "=" or ":=" (or ``binders``' "return") after a name whose value opens a literal, read as the generic literal is
    (:func:`_lit_value`), with the name the declaration gives."""
    got: list[tuple[str, int, object, int]] = []
    i = 0
    while i + 1 < len(toks):
        kind, text, line, _ = toks[i]
        if not (kind == "p" and text in ("=", ":=") and i and toks[i - 1][0] == "w" or text in binders):
            i += 1
            continue
        name = next((toks[j + 1][1] for j in range(i - 1, max(i - 8, -1), -1)
                     if toks[j][1] in ("let", "var", "const") and toks[j + 1][0] == "w"), toks[i - 1][1])
        at = i + 1 + (toks[i + 1][1] == "&")
        if at >= len(toks) or _lit_prefix(toks, at) is None and toks[at][1] not in _LIT_OPENERS:
            i += 1
            continue
        value, end = _lit_value(toks, at)
        if isinstance(value, (_Map, _List)):
            got.append(("" if text == "return" else name, line, value, end))
            i = end
        else:
            i += 1
    return got


def _swift_tokens(toks: list[_Token]) -> list[_Token]:
    """Swift's tokens as the generic literal's: a string in three quotes its lines without the "\\" that continues
    each, an implicit member (".lessCommon" after ":", "(", "," or "[") its name."""
    own: list[_Token] = []
    for i, (kind, text, line, parts) in enumerate(toks):
        if kind == "s":
            parts = [(k, re.sub(r"[ \t]*\\$", "", t)) for k, t in parts]
        elif kind == "p" and text == "." and i + 1 < len(toks) and toks[i + 1][0] == "w" \
                and toks[i + 1][2] == line and own and own[-1][1] in (":", "(", ",", "[", "="):
            continue
        own.append((kind, text, line, parts))
    return own


def _swift(body: str) -> str:
    """Swift structs and a value made by their memberwise initialiser (fenced or not) as Markdown, line for line
    (:func:`_data_page`): the value a "let" binds that holds the most strings the tree, read as the generic literal
    is (:func:`_lit_value`: "label: value" arguments its members, "offLabel: true" an off-label use, "notFor" a
    negation, "[ ... ]" a list, 'SideEffect(name: "Y", frequency: .lessCommon)' a map), an enum case its raw value
    ("Less common"), arguments given by position their property's name, a string in three quotes its lines; the fence,
    comments (one that names a section its heading), the declarations and the code after the value blank."""
    fields = _struct_fields(body, _SWIFT_STRUCT)
    cases = {m.group("n"): m.group("v") for e in _SWIFT_ENUM.finditer(body)
             for line in re.findall(r"(?m)^[ \t]*case[ \t]+(.*)$", _braced(body, e.end() - 1))
             for m in _SWIFT_CASE.finditer(line)}

    def tree(toks: list[_Token]) -> tuple[object, int] | None:
        own = _swift_tokens(_named_elements(toks, fields, "("))
        return _bound_tree(_typed_bindings(own, ()), cases)
    return _read_data(body, _SWIFT_OPEN, _LIT_TOKEN, tree)


def _go(body: str) -> str:
    """A Go composite literal (fenced or not) as Markdown, line for line (:func:`_data_page`): the literal a "var"
    (":=", "return") gives that holds the most strings the tree, read as the generic literal is (:func:`_lit_value`:
    "Field: value" its members, "OffLabel: true" an off-label use, "NotFor" a negation, "[]string{...}" a list,
    strings joined by "+" one string, a backtick raw string its lines), an element given by position named by its
    struct's field in its place ('{"Rash", Rare}' in "[]SideEffect{"), a string constant its string ("LessCommon" the
    "Less common" it stands for); the fence, comments (one that names a section its heading), the types, constants and
    functions blank."""
    fields = _struct_fields(body, _GO_STRUCT)
    consts = {m.group("n"): m.group("v") if m.group("v") is not None else m.group("r")
              for block in [*_GO_CONST_BLOCK.findall(body), *re.findall(r"(?m)^[ \t]*const[ \t]+[^(\n]*$", body)]
              for m in _GO_CONST.finditer(block)}

    def tree(toks: list[_Token]) -> tuple[object, int] | None:
        return _bound_tree(_typed_bindings(_named_elements(toks, fields, "{"), ("return",)), consts)
    return _read_data(body, _GO_OPEN, _LIT_TOKEN, tree)


#: ABAP's statements that declare or open a program ("REPORT z.", "TYPES: BEGIN OF ty_use,", "DATA(ls_x) = VALUE",
#: "START-OF-SELECTION.", "CLASS lcl_x DEFINITION.")
_ABAP_STATEMENT = re.compile(r"(?mi)^[ \t]*(?:REPORT[ \t]+[\w/]+[ \t]*\.|PROGRAM[ \t]+[\w/]+[ \t]*\.|"
                             r"(?:TYPES|DATA|CONSTANTS)(?:[ \t]*:)?[ \t]+(?:BEGIN[ \t]+OF|[\w/]+[ \t]+TYPE)\b|"
                             r"DATA[ \t]*\([ \t]*[\w/]+[ \t]*\)|START-OF-SELECTION[ \t]*\.|"
                             r"CLASS[ \t]+[\w/]+[ \t]+(?:DEFINITION|IMPLEMENTATION)\b)")
#: a component given a literal, a template or a constructor on its line ("generic_name = `X`", "ls_x-route = 'Oral'.",
#: "uses = VALUE #(", "note = |a | &&", "DATA(lv_x) = `X`.", "APPEND VALUE #( ... ) TO lt_uses.")
_ABAP_ASSIGN = re.compile(r"(?mi)^[ \t]*(?:\(?[ \t]*(?:DATA[ \t]*\([ \t]*)?[a-z_][\w/-]*[ \t]*\)?[ \t]*=|"
                          r"(?:APPEND|INSERT)[ \t]+)[ \t]*(?:`|'|\||VALUE\b|NEW\b)")
_ABAP_OPEN = re.compile(r"(?i)^[ \t]*(?:\*|\"|(?:REPORT|PROGRAM|TYPES|DATA|CONSTANTS|START-OF-SELECTION|CLASS)\b)")
#: ABAP's tokens: a comment (a "*" in the first column, a '"' to the line's end), a backquoted literal, a text field
#: literal, a string template ("|a \| b|"), "&&" and "&" joining strings, a word (a component selector
#: "ls_x-uses" one word)
_ABAP_TOKEN = re.compile(r"(?:^\*|\")(?P<c>[^\n]*)|`(?P<l>(?:[^`\n]|``)*)`|'(?P<l2>(?:[^'\n]|'')*)'|"
                         r"(?P<s>\|(?:[^|\\\n]|\\.)*\|)|(?P<p>&&|&|=>|[()=,.:#])|"
                         r"(?P<w>[A-Za-z_/][\w/~-]*(?:=>[\w/]+)?|-?\d+)", re.M)
_ABAP_TRUE = {"abap_true": "true", "abap_false": "false"}


def _abap_value(toks: list[_Token], i: int) -> tuple[object, int]:
    """The ABAP value at ``toks[i]``: literals and templates joined by "&&" (or "&") one string; "VALUE type( ... )"
    (or "NEW", "#" the type) and a table's row "( ... )" what :func:`_abap_fields` reads; "abap_true" true; another
    word its words."""
    kind, text, line, parts = toks[i]
    if kind == "s":
        parts = list(parts)
        i += 1
        while i + 1 < len(toks) and toks[i][1] in ("&&", "&") and toks[i + 1][0] == "s":
            parts += toks[i + 1][3]
            i += 2
        return _Str(parts), i
    if text.upper() in ("VALUE", "NEW"):
        j = i + 1
        while j < len(toks) and j - i <= 3 and toks[j][1] != "(":
            j += 1
        if j < len(toks) and toks[j][1] == "(":
            return _abap_fields(toks, j + 1)
    if text == "(":
        return _abap_fields(toks, i + 1)
    if kind == "w":
        return _Str([(line, _ABAP_TRUE.get(text.casefold(), text))], bare=True), i + 1
    return None, i + 1


def _abap_fields(toks: list[_Token], i: int) -> tuple[object, int]:
    """The components up to ")" (and the index after it): "name = value" a structure's component (a map of them),
    rows "( ... )" a table's lines (a list of them; a row of one value that value), values side by side a table of
    strings; other words ("BASE", "LINES OF") skipped."""
    entries: list[tuple[str, int, object]] = []
    items: list[object] = []
    while i < len(toks) and toks[i][1] != ")":
        kind, text, line, _ = toks[i]
        if kind == "w" and i + 2 < len(toks) and toks[i + 1][1] == "=" and toks[i + 2][1] != ")":
            value, i = _abap_value(toks, i + 2)
            if value is not None:
                entries.append((text, line, value))
            continue
        if kind == "s" or text == "(" or text.upper() in ("VALUE", "NEW"):
            value, i = _abap_value(toks, i)
            if isinstance(value, _List) and len(value.items) == 1:
                value = value.items[0]
            if value is not None:
                items.append(value)
            continue
        i += 1
    return (_Map(entries) if entries else _List(items)), i + 1


def _abap_tree(toks: list[_Token]) -> tuple[object, int] | None:
    """The data an ABAP program builds: each value a statement gives a variable ("DATA(ls_x) = VALUE ty( ... ).", "lv_x
    = `...`.") or appends to a table ("APPEND VALUE #( ... ) TO lt_uses.", "INSERT `A` INTO TABLE lt_x."), and the
    components statements give a structure ("ls_x-generic_name = `X`.", "APPEND `A` TO ls_x-brand_names.") as that
    structure's map; the map that holds the most strings (:func:`_bound_tree`, with "abap_true" a flag's true)."""
    built: dict[str, list[tuple[str, int, object]]] = {}  # (each structure's components, in order)
    bindings: list[tuple[str, int, object, int]] = []

    def put(target: str, line: int, value: object, end: int, append: bool) -> None:
        root, _, path = target.partition("-")
        root = re.sub(r"^[glmiecr][vtsoc]_(?=\w)", "", root, flags=re.I)  # ("lv_", "lt_", "gs_": a variable's kind)
        own: list[tuple] = built.setdefault(root, []) if path else bindings  # type: ignore[assignment]
        key = path or root
        old = next((e for e in own if e[0] == key and isinstance(e[2], _List)), None) if append else None
        if old is not None:
            old[2].items.append(value)
        else:
            own.append((key, line, _List([value]) if append else value, *([] if path else [end])))

    starts = True  # (a statement starts here: after "." or ":" or ",")
    i = 0
    while i < len(toks):
        kind, text, line, _ = toks[i]
        if kind == "w" and starts and text.upper() in ("APPEND", "INSERT") and i + 1 < len(toks):
            value, j = _abap_value(toks, i + 1)
            k = j
            while k < len(toks) and toks[k][1].upper() in ("TO", "INTO", "TABLE"):
                k += 1
            if j < k < len(toks) and toks[k][0] == "w" and value is not None:
                put(toks[k][1], line, value, k + 1, True)
                i, starts = k + 1, False
                continue
        target = text if kind == "w" else toks[i - 1][1] if text == ")" and i >= 2 and toks[i - 2][1] == "(" else ""
        if target and i + 2 < len(toks) and toks[i + 1][1] == "=" \
                and (toks[i + 2][0] == "s" or toks[i + 2][1].upper() in ("VALUE", "NEW")):  # ("DATA(ls_x) = VALUE")
            value, j = _abap_value(toks, i + 2)
            if value is not None:
                put(target, line, value, j, False)
            i, starts = j, False
            continue
        starts = kind == "p" and text in (".", ":", ",")
        i += 1
    for root, own in built.items():
        bound = next((b for b in bindings if b[0] == root and isinstance(b[2], _Map)), None)
        if bound is not None:
            bound[2].entries += own  # type: ignore[attr-defined]
        else:
            bindings.append((root, own[0][1], _Map(own), len(toks)))
    return _bound_tree(bindings, _abap_constants(toks))


def _abap_constants(toks: list[_Token]) -> dict[str, str]:
    """The literals ABAP's declarations give names ("CONSTANTS gc_rare TYPE string VALUE `Rare`.", "common TYPE
    string VALUE `Common`," inside "BEGIN OF gc_freq" the name "gc_freq-common")."""
    names: dict[str, str] = {}
    roots: list[str] = []
    for i, (kind, text, _, _) in enumerate(toks):
        word = text.upper()
        if word in ("BEGIN", "END") and i + 2 < len(toks) and toks[i + 1][1].upper() == "OF":
            roots = [*roots, toks[i + 2][1]] if word == "BEGIN" else roots[:-1]
        elif kind == "w" and i + 4 < len(toks) and toks[i + 1][1].upper() == "TYPE" \
                and toks[i + 3][1].upper() == "VALUE" and toks[i + 4][0] == "s":
            names["-".join([*roots, text])] = _Str(toks[i + 4][3]).text
    return names


def _abap_tokens(toks: list[_Token]) -> list[_Token]:
    """ABAP's literals with a doubled quote one quote ("``", "''")."""
    return [(kind, text, line, [(k, t.replace("``", "`").replace("''", "'")) for k, t in parts] if kind == "s"
             else parts) for kind, text, line, parts in toks]


def _abap(body: str) -> str:
    """An ABAP report whose data holds the answer (fenced or not) as Markdown, line for line (:func:`_data_page`):
    its "VALUE" constructor expression (or the components its statements give a structure) read as a tree
    (:func:`_abap_tree`): "name = value" components by their words ("off_label = abap_true" an off-label use,
    "not_for" a negation, "seek_help"), "VALUE #( ( ... ) ( ... ) )" a table of its rows, a row of one literal that
    literal, groups each a frequency and a table of effects the effects under their group, backquoted literals and
    "|...|" templates joined by "&&" one string; the fence, comments (a '" --- Usage ---' alone on its line its
    section's heading), the "TYPES" declarations and the statements after the data blank."""
    return _read_data(body, _ABAP_OPEN, _ABAP_TOKEN, lambda toks: _abap_tree(_abap_tokens(toks)))


# ---------------------------------------------------------------------------
# An Apache Thrift IDL file whose constant holds the answer ("enum Frequency { COMMON = 1, LESS_COMMON = 2 }", "struct
# Use { 1: required string condition, 3: optional bool offLabel = false }", "const Monograph X = {" over '  "uses": [
# {"condition": "Y", "offLabel": true} ],', '{"name": "Z", "frequency": Frequency.LESS_COMMON}'), a HOCON config
# ("monograph {" over '  generic-name = "X"', "  route = oral", '  summary = """..."""', "  off-label = [" over
# '    { condition = "Y", note = "..." }' items one a line, "  side-effects { less-common = [ ... ] }", "# --- Usage")
# and Gleam custom types with a value of them ("pub type Use { Use(condition: String, off_label: Bool) }", "pub fn x()
# -> Monograph {" over "  Monograph(" and '    generic_name: "X",', 'SideEffect("Z", LessCommon)' positional, '"a " <>'
# over '"b"')
# ---------------------------------------------------------------------------

#: Thrift's numbered field declarations ("1: required string condition,", "7: list<Use> uses,", "2: Frequency level")
_THRIFT_FIELD = re.compile(r"(?m)^[ \t]*-?\d+[ \t]*:[ \t]*(?:(?:required|optional)[ \t]+)?[A-Za-z_][\w.]*"
                           r"(?:[ \t]*<[^>\n]*>+)?[ \t]+[A-Za-z_]\w*")
#: a constant given a map or a list ("const Monograph CIDOFOVIR = {", "const list<string> BRANDS = [")
_THRIFT_CONST = re.compile(r"(?m)^[ \t]*const[ \t]+[A-Za-z_][\w.]*(?:[ \t]*<[^=\n]*>)?[ \t]+[A-Za-z_]\w*[ \t]*="
                           r"[ \t]*[{\[]")
_THRIFT_OPEN = re.compile(r"^[ \t]*(?:namespace|include|cpp_include|typedef|enum|struct|union|exception|service|"
                          r"const)[ \t]")
_THRIFT_ENUM = re.compile(r"(?m)^[ \t]*enum[ \t]+[A-Za-z_]\w*[ \t]*\{")


def _thrift_tree(toks: list[_Token], names: dict[str, str]) -> tuple[object, int] | None:
    """The tree of a Thrift file's constants: each "const TYPE NAME = value" read as the generic literal is
    (:func:`_lit_value`: '"key": value' a map's member), the one that holds the most strings (:func:`_bound_tree`),
    an enum's value ("Frequency.LESS_COMMON") its name's words."""
    bindings: list[tuple[str, int, object, int]] = []
    i = 0
    while i < len(toks):
        kind, text, line, _ = toks[i]
        if not (kind == "w" and text == "const"):
            i += 1
            continue
        eq = next((j for j in range(i + 1, min(i + 12, len(toks))) if toks[j][1] == "=" and toks[j][2] == line), None)
        if eq is None or eq + 1 >= len(toks) or toks[eq - 1][0] != "w":
            i += 1
            continue
        value, i = _lit_value(toks, eq + 1)
        bindings.append((toks[eq - 1][1], line, value, i))
    return _bound_tree(bindings, names)


def _thrift(body: str) -> str:
    """An Apache Thrift IDL file whose constants hold the answer (fenced or not) as Markdown, line for line
    (:func:`_data_page`): the constant that holds the most strings the tree ('"genericName": "X"' its members read by
    their words, '"offLabel": true' an off-label use, "notFor" a negation, "seekHelp"), an enum's value
    ("Frequency.LESS_COMMON") the words of its name ("Less common"); the fence, comments (one that names a section its
    heading), the namespace, enums and structs blank."""
    names = {m.group(1): _words(m.group(1)) for e in _THRIFT_ENUM.finditer(body)
             for item in re.split(r"[,;\n]", re.sub(r"//[^\n]*|#[^\n]*|/\*.*?\*/", "", _braced(body, e.end() - 1),
                                                   flags=re.S))
             for m in [re.match(r"[ \t]*([A-Za-z_]\w*)[ \t]*(?:=[ \t]*[-\w]+[ \t]*)?$", item)] if m}
    return _read_data(body, _THRIFT_OPEN, _LIT_TOKEN, lambda toks: _thrift_tree(toks, names))


#: HOCON: an object opened after its key with no separator ("side-effects {", "usage{"), a member given a value
#: ("generic-name = "X"", "route = oral", "faqs = [", "summary = """..."), and what only HOCON writes: a string in
#: three quotes, a hyphenated key given a value, a substitution ("${base.x}"), an "include"
_HOCON_OBJECT = re.compile(r"(?m)^[ \t]*(?:[A-Za-z_][\w.-]*|\"[^\"\n]+\")[ \t]*\{[ \t]*(?:#.*|//.*)?$")
_HOCON_ASSIGN = re.compile(r"(?m)^[ \t]*(?:[A-Za-z_][\w.-]*|\"[^\"\n]+\")[ \t]*(?:=|\+=)[ \t]*(?:\"|\[|\{|[A-Za-z0-9])")
_HOCON_MARK = re.compile(r"(?m)=[ \t]*\"\"\"|^[ \t]*[A-Za-z_]\w*(?:-\w+)+[ \t]*(?:=|\+=|\{)|\$\{\??[\w.-]+\}|"
                         r"^[ \t]*include[ \t]+(?:\"|required\(|file\(|url\()|^[ \t]*(?:```|~~~)[ \t]*hocon\b")
_HOCON_OPEN = re.compile(r"^[ \t]*(?:(?:[A-Za-z_][\w.-]*|\"[^\"\n]+\")[ \t]*(?:\{|=|\+=)|include[ \t])")
#: HOCON's tokens: a comment ("#", "//"), a string in three quotes (its raw lines), a quoted string, a substitution,
#: punctuation (a line break among it: it separates members and items), an unquoted string (words to the line's end
#: or to a character that ends one: a bracket, a separator, a comment; a "?" or "!" HOCON keeps out of one read as
#: the model meant it, a question's)
_HOCON_TOKEN = re.compile(r'(?P<c>#[^\n]*|//[^\n]*)|"""(?P<l>.*?)"""(?!")|(?P<s>"(?:[^"\\\n]|\\.)*")|'
                          r'(?P<p>\+=|\$\{[^}\n]*\}|[{}\[\],:=\n])|'
                          r'(?P<w>(?:(?!//|\+=|\$\{)[^\s"{}\[\],:=#])+'
                          r'(?:[ \t]+(?:(?!//|\+=|\$\{)[^\s"{}\[\],:=#])+)*)', re.S)


def _hocon_value(toks: list[_Token], i: int) -> tuple[object, int]:
    """The HOCON value at ``toks[i]``: an object its map, an array its items, strings and unquoted strings side by
    side on one line one string ("true", "null" and numbers as written), a substitution nothing."""
    text = toks[i][1]
    if text == "{":
        return _hocon_object(toks, i + 1, "}")
    if text == "[":
        items: list[object] = []
        i += 1
        while i < len(toks) and toks[i][1] != "]":
            if toks[i][1] in (",", "\n"):
                i += 1
                continue
            item, i = _hocon_value(toks, i)
            if item is not None:
                items.append(item)
        return _List(items), i + 1
    parts: list[tuple[int, str]] = []
    bare, at = True, i
    while i < len(toks) and (toks[i][0] in ("s", "w") or toks[i][1].startswith("${")) \
            and (not parts or toks[i][2] == toks[i - 1][2]):
        kind, text, line, own = toks[i]
        if kind == "s":
            parts, bare = parts + own, False
        elif kind == "w":
            parts.append((line, text))
        i += 1
    if not parts:
        return None, max(i, at + 1)
    value = _Str(parts, bare=bare and len(parts) == 1 and bool(re.fullmatch(r"true|false|yes|no|-?\d[\d.]*",
                                                                             parts[0][1])))
    return (None if bare and value.text == "null" else value), i


def _hocon_object(toks: list[_Token], i: int, close: str | None) -> tuple[_Map, int]:
    """The members up to ``close`` (None: the end) as a map, and the index after it: "key = value", "key: value" and
    "key { ... }" a member (a dotted key "a.b" nested objects), "key += value" an item added to the key's array; a key
    given twice its last value, two objects under one key merged; "include" skipped."""
    merged: dict[str, tuple[str, int, object]] = {}

    def put(path: list[str], line: int, value: object, add: bool) -> None:
        key, old = path[0], merged.get(path[0])
        if len(path) > 1:
            value = _hocon_nested(path[1:], line, value)
        if add:
            items = old[2].items if old and isinstance(old[2], _List) else []
            value = _List([*items, value])
        elif old and isinstance(old[2], _Map) and isinstance(value, _Map):
            value = _hocon_merge(old[2], value)
        merged[key] = (key, old[1] if old else line, value)

    while i < len(toks) and toks[i][1] != close:
        kind, text, line, parts = toks[i]
        if text in (",", "\n") or kind == "p" and text.startswith("${"):
            i += 1
            continue
        if kind == "w" and text == "include" or kind == "w" and text.startswith("include "):
            while i < len(toks) and toks[i][1] != "\n":
                i += 1
            continue
        if kind not in ("s", "w") or i + 1 >= len(toks):
            i += 1
            continue
        path = [_Str(parts).text] if kind == "s" else [p for p in text.split(".") if p]
        sep = toks[i + 1][1]
        if sep == "{":
            value, i = _hocon_object(toks, i + 2, "}")
        elif sep in ("=", ":", "+="):
            j = i + 2
            while j < len(toks) and toks[j][1] == "\n" and sep != "+=":
                j += 1
            if j >= len(toks) or toks[j][1] in ("}", ",") or toks[j][1] == close:
                i = j
                continue
            value, i = _hocon_value(toks, j)
        else:
            i += 1
            continue
        if path:
            put(path, line, value, sep == "+=")
    return _Map(list(merged.values())), i + 1


def _hocon_nested(path: list[str], line: int, value: object) -> _Map:
    """A dotted key's value ("a.b.c = x" under "a") as the objects it names."""
    for key in reversed(path):
        value = _Map([(key, line, value)])
    return value  # type: ignore[return-value]


def _hocon_merge(old: _Map, new: _Map) -> _Map:
    """Two objects given one key merged: the new one's members over the old's, objects under one key merged too."""
    own = {k: (k, at, v) for k, at, v in old.entries}
    for k, at, v in new.entries:
        prior = own.get(k)
        own[k] = (k, prior[1], _hocon_merge(prior[2], v)) if prior and isinstance(prior[2], _Map) \
            and isinstance(v, _Map) else (k, prior[1] if prior else at, v)
    return _Map(list(own.values()))


def _hocon_fields(value: object) -> object:
    """A tree whose Generic Name fields (brands, forms, routes) given as an object keyed by another thing
    ('dosage-forms { byetta = "Prefilled pen" }', a brand's form) hold those objects' strings as a list."""
    if isinstance(value, _Map):
        value.entries = [(k, at, _List([s for _, _, s in v.entries]) if _data_role(k) in _DATA_FIELDS
                          and isinstance(v, _Map) and v.entries and all(isinstance(s, _Str) for _, _, s in v.entries)
                          else _hocon_fields(v)) for k, at, v in value.entries]
    elif isinstance(value, _List):
        value.items = [_hocon_fields(v) for v in value.items]
    return value


def _hocon_tree(toks: list[_Token]) -> tuple[object, int] | None:
    """A HOCON document's tree: its members (a root in braces or not), an object that alone holds them all
    ("monograph { ... }") its members (:func:`_shaped`, :func:`_hocon_fields`)."""
    start = 1 if toks and toks[0][1] == "{" else 0
    tree, end = _hocon_object(toks, start, "}" if start else None)
    while len(tree.entries) == 1 and isinstance(tree.entries[0][2], _Map) and _data_role(tree.entries[0][0]) is None \
            and _data_section(tree.entries[0][0]) in (None, "identity"):
        tree = tree.entries[0][2]  # type: ignore[assignment]
    return _shaped(_hocon_fields(tree)), end


def _hocon(body: str) -> str:
    """A HOCON config (fenced or not) as Markdown, line for line (:func:`_data_page`): its objects' members read by
    their keys' words ("generic-name", "off-label" off-label uses, "not-for" a negation, "less-common" a group,
    "seek-help"), an object that wraps them all its members, items one a line or after commas, an unquoted string its
    words, strings in three quotes their lines, a Generic Name field given as an object (forms keyed by brand) its
    strings; the fence, comments (one that names a section its heading), braces and separators blank."""
    return _read_data(body, _HOCON_OPEN, _HOCON_TOKEN, _hocon_tree)


#: Gleam's custom types ("pub type Use {", "type Frequency {"), its functions ("pub fn quilodine() -> Card {") and a
#: labelled argument on its line ('    generic_name: "X",', "    uses: [", "    off_label: True,")
_GLEAM_TYPE = re.compile(r"(?m)^[ \t]*(?:pub[ \t]+)?(?:opaque[ \t]+)?type[ \t]+(?P<n>[A-Z]\w*)(?:\([^()\n]*\))?"
                         r"[ \t]*\{")
_GLEAM_FN = re.compile(r"(?m)^[ \t]*(?:pub[ \t]+)?(?:fn[ \t]+[a-z_]\w*[ \t]*\(|const[ \t]+[a-z_]\w*[ \t]*"
                       r"(?::[^=\n]*)?=[ \t]*[A-Z]\w*\()")
_GLEAM_ARG = re.compile(r"(?m)^[ \t]*[a-z_]\w*:[ \t]*(?:\"|\[|[A-Z]\w*\b|-?\d)")
_GLEAM_OPEN = re.compile(r"^[ \t]*(?://|import[ \t]|(?:pub[ \t]+)?(?:opaque[ \t]+)?(?:type|fn|const)[ \t])")
#: a constructor in a custom type's body ("Use(condition: String, note: String)", "LessCommon")
_GLEAM_CONSTRUCTOR = re.compile(r"(?P<n>[A-Z]\w*)[ \t]*"
                                r"(?:\((?P<p>[^()]*(?:\([^()]*(?:\([^()]*\)[^()]*)*\)[^()]*)*)\))?")


def _gleam_types(body: str) -> tuple[dict[str, list[tuple[str, str]]], dict[str, str], set[str]]:
    """The constructors ``body``'s custom types declare: those with fields each its fields in order (a label and its
    type; unlabelled, the first string the entry's "name", another a "note", a type of constructors without fields
    its "status" (an effect's group, a use's kind), another type its type's name, as :func:`_field_key` reads a type;
    none when all are unlabelled strings, a question and its answer by position), those without fields the words of
    their names ("LessCommon" "Less common"), and the constructors with fields of a type that has several (each names
    a kind: "OffLabel(condition: ...)")."""
    types = [(m.group("n"), list(_GLEAM_CONSTRUCTOR.finditer(re.sub(r"//[^\n]*", "", _braced(body, m.end() - 1)))))
             for m in _GLEAM_TYPE.finditer(body)]
    kinds = {name for name, made in types if made and all(c.group("p") is None for c in made)}
    fields: dict[str, list[tuple[str, str]]] = {}
    names: dict[str, str] = {}
    variants: set[str] = set()
    for _, made in types:
        for c in made:
            if c.group("p") is None:
                names[c.group("n")] = _words(c.group("n"))
                continue
            own: list[tuple[str, str]] = []
            params = [p.strip() for p in re.split(r",(?![^()]*\))", c.group("p")) if p.strip()]
            for param in params:
                label, colon, typ = param.rpartition(":") if ":" in param else ("", "", param)
                typ = typ.strip()
                if not colon and typ == "String":
                    label = "note" if any(n == "name" for n, _ in own) else "name"
                elif not colon and typ in kinds:
                    label = "status"
                own.append((label.strip() or typ, typ))
            if own and not all(":" not in p and p == "String" for p in params):  # (unlabelled strings only: by
                fields[c.group("n")] = own  # position, a question and its answer)
            if sum(k.group("p") is not None for k in made) > 1:
                variants.add(c.group("n"))
    return fields, names, variants


def _gleam_variants(toks: list[_Token], variants: set[str]) -> list[_Token]:
    """``toks`` with a call of a constructor that names a kind ('OffLabel(condition: "Y")', 'Rare("Z")') given that
    kind as its status ('OffLabel(status: "Off label", condition: "Y")'), unless the call gives one of its own."""
    own: list[_Token] = []
    for i, tok in enumerate(toks):
        own.append(tok)
        kind, text, line, _ = tok
        if text == "(" and i and toks[i - 1][1] in variants and toks[i - 1][2] == line:
            depth, j, given = 1, i + 1, False
            while j < len(toks) and depth:
                depth += (toks[j][1] in _LIT_OPENERS) - (toks[j][1] in _LIT_CLOSERS)
                given = given or depth == 1 and toks[j][0] == "w" and j + 1 < len(toks) and toks[j + 1][1] == ":" \
                    and _data_role(toks[j][1]) in ("status", "frequency")
                j += 1
            if given:
                continue
            words = _words(toks[i - 1][1])
            own += [("w", "status", line, [(line, "status")]), ("p", ":", line, [(line, ":")]),
                    ("s", words, line, [(line, words)]), ("p", ",", line, [(line, ",")])]
    return own


def _gleam_tokens(toks: list[_Token]) -> list[_Token]:
    """Gleam's tokens as the generic literal's: an optional value "Some(x)" its value."""
    own: list[_Token] = []
    depths: list[int] = []  # (the depth of each "Some(" open, to drop its ")")
    depth = 0
    for i, tok in enumerate(toks):
        text = tok[1]
        if tok[0] == "w" and text == "Some" and i + 1 < len(toks) and toks[i + 1][1] == "(":
            continue
        if text == "(" and own and toks[i - 1][1] == "Some":
            depths.append(depth)
            depth += 1
            continue
        if text in _LIT_OPENERS:
            depth += 1
        elif text in _LIT_CLOSERS:
            depth -= 1
            if depths and depths[-1] == depth:
                depths.pop()
                continue
        own.append(tok)
    return own


def _gleam_tree(toks: list[_Token], fields: dict[str, list[tuple[str, str]]], names: dict[str, str]
                ) -> tuple[object, int] | None:
    """The values Gleam's functions and constants build ('Monograph(' over '  generic_name: "X",', "let uses = [",
    "fn faqs() -> List(Faq) { [", "const brands = ["), each named by its function, "let" or constant, read as the
    generic literal is (:func:`_lit_value`: "label: value" arguments its members, strings joined by "<>" one
    string), a name (or a call of a function without arguments, "faqs()") in one of them the value it names; the
    custom types' own bodies skipped; the one that holds the most strings (:func:`_bound_tree`)."""
    fns = {toks[i + 1][1] for i in range(len(toks) - 1) if toks[i][1] == "fn" and toks[i + 1][0] == "w"}
    toks = [t for k, t in enumerate(toks)  # ("faqs()": the function's value, a name)
            if not (t[1] == "(" and k + 1 < len(toks) and toks[k + 1][1] == ")" and k and toks[k - 1][1] in fns
                    or t[1] == ")" and k > 1 and toks[k - 1][1] == "(" and toks[k - 2][1] in fns)]
    bindings: list[tuple[str, int, object, int]] = []
    name = ""
    i = 0
    while i < len(toks):
        kind, text, line, _ = toks[i]
        if kind == "w" and text == "type":  # (a type's own body skipped; an alias, "type Id = String", has none)
            j = next((k for k in range(i, len(toks)) if toks[k][1] == "{" or toks[k][2] != line), len(toks))
            if j == len(toks) or toks[j][1] != "{":
                i += 1
                continue
            depth = 0
            while j < len(toks):
                depth += (toks[j][1] == "{") - (toks[j][1] == "}")
                if depth == 0:
                    break
                j += 1
            i = j + 1
            continue
        at = None  # (where a value a name is given starts: after "let x =", "const x: T =", "fn x() -> T {")
        if kind == "w" and text in ("fn", "let", "const") and i + 1 < len(toks) and toks[i + 1][0] == "w":
            name = toks[i + 1][1]
            ends = ("{",) if text == "fn" else ("=",)
            depth, j = 0, i + 2
            while j < len(toks) and not (depth == 0 and toks[j][1] in ends):
                depth += (toks[j][1] in ("(", "[")) - (toks[j][1] in (")", "]"))
                j += 1
            at = j + 1 if j + 1 < len(toks) else None
        if at is not None and (toks[at][0] == "s" or toks[at][1] == "[" or toks[at][1] in fields):
            value, i = _lit_value(toks, at)
            bindings.append((name, line, value, i))
            continue
        if at is not None:
            i = at
            continue
        if kind == "w" and text in fields and i + 1 < len(toks) and toks[i + 1][1] == "(" and toks[i + 1][2] == line:
            value, i = _lit_value(toks, i)
            bindings.append((name, line, value, i))
            continue
        i += 1
    env = {n: v for n, _, v, _ in bindings if n}
    bindings = [(n, at, _lit_resolve(v, env), end) for n, at, v, end in bindings]
    return _bound_tree(bindings, names)


def _gleam(body: str) -> str:
    """Gleam custom types and a value of them (fenced or not) as Markdown, line for line (:func:`_data_page`): the
    value a function returns or a constant holds that has the most strings the tree, read as the generic literal is
    ("label: value" its members, "off_label: True" an off-label use, "not_for" a negation, strings joined by "<>" one
    string), an argument given by position named by its constructor's field in its place ('SideEffect("Z",
    LessCommon)'), a constructor without fields the words of its name ("Less common"), "Some(x)" its value; the fence,
    comments (one that names a section its heading), imports, the types and the code after the value blank."""
    fields, names, variants = _gleam_types(body)

    def tree(toks: list[_Token]) -> tuple[object, int] | None:
        own = _gleam_variants(_named_elements(_gleam_tokens(toks), fields, "("), variants)
        return _gleam_tree(own, fields, names)
    return _read_data(body, _GLEAM_OPEN, _LIT_TOKEN, tree)


# ---------------------------------------------------------------------------
# A TLA+ module whose operator definitions hold the answer ("---- MODULE X ----", 'BrandNames == {"A", "B"}', "Uses ==
# << [condition |-> "Y", note |-> "...", offLabel |-> TRUE] >>", '"a " \o "b"', "\* ===== Usage =====", "====")
# ---------------------------------------------------------------------------

#: a module's opening line ("----- MODULE Terlipressin -----")
_TLA_OPEN = re.compile(r"^[ \t]*-{4,}[ \t]*MODULE[ \t]+\w+[ \t]*-{4,}[ \t]*$")
_TLA_MODULE = re.compile(_TLA_OPEN.pattern, re.M)  # (the same line, searched in the whole body)
#: an operator definition at its line's start whose value opens a string, a record, a set or a sequence
#: ('BrandNames == {"A"}', "Uses == <<", 'SeekHelp ==' over its string)
_TLA_DEF = re.compile(r"(?m)^[A-Za-z_]\w*[ \t]*==[ \t]*(?:\"|<<|\{|\[|$)")
#: a record's field mapped to its value ("condition |-> "Y"") and a sequence's brackets
_TLA_MARK = re.compile(r"\|->|<<|>>")
#: TLA+'s tokens: a comment ("\* ..." to the line's end, "(* ... *)"), a string, "==", "|->", a sequence's "<<" and
#: ">>", an operator written with a backslash ("\o" joining strings, "\in", "\A"), brackets, a word
_TLA_TOKEN = re.compile(r"(?:\\\*|\(\*)(?:(?P<c>(?<=\\\*)[^\n]*|(?<=\(\*)(?:.|\n)*?(?=\*\)))(?:\*\))?)|"
                        r"(?P<s>\"(?:[^\"\\\n]|\\.)*\")|"
                        r"(?P<p>==|\|->|<<|>>|\\[A-Za-z]+|[\[\]{}(),:])|(?P<w>[A-Za-z_]\w*|-?\d+(?:\.\d+)?)")
#: TLA+'s markup as the generic literal's: a sequence a list's brackets, "|->" a member's separator, "\o" (and
#: "\circ") a join of strings
_TLA_AS_LITERAL = {"<<": "[", ">>": "]", "|->": ":", "\\o": "+", "\\circ": "+"}
#: a key written short as the word it stands for ("freq |-> "Common"", "desc |-> "...""), so that it is read as that
#: key's role (:func:`_data_role`)
_SHORT_KEYS = {"freq": "frequency", "desc": "description", "cond": "condition", "sev": "severity"}


def _unshortened(value: object) -> object:
    """``value`` with each map's short keys (:data:`_SHORT_KEYS`) the words they stand for."""
    if isinstance(value, _Map):
        value.entries = [(_SHORT_KEYS.get(k.casefold(), k), at, _unshortened(v)) for k, at, v in value.entries]
    elif isinstance(value, _List):
        value.items = [_unshortened(v) for v in value.items]
    return value


def _paired(value: object) -> object:
    """``value`` with each list of two strings inside a list ('<< <<"Q?", "A">>, ... >>') the map it means
    (:func:`_two_map`: a question and its answer, or an entry and its note)."""
    if isinstance(value, _List):
        value.items = [_two_map(v.items[0], v.items[1]) if isinstance(v, _List) and len(v.items) == 2
                       and all(isinstance(s, _Str) and not s.bare for s in v.items) else _paired(v)
                       for v in value.items]
    elif isinstance(value, _Map):
        value.entries = [(k, at, _paired(v)) for k, at, v in value.entries]
    return value


def _field_values(value: object) -> set[str]:
    """The strings ``value``'s maps give their keys (a record's "freq |-> "Common"" gives "Common")."""
    if isinstance(value, _Map):
        return {v.text for _, _, v in value.entries if isinstance(v, _Str)} \
            | {t for _, _, v in value.entries for t in _field_values(v)}
    if isinstance(value, _List):
        return {t for v in value.items for t in _field_values(v)}
    return set()


def _enumerations(entries: list[tuple[str, int, object]], typed: set[str]) -> list[tuple[str, int, object]]:
    """``entries`` without the ones that declare a field's values: a name some expression tests membership of
    (``typed``: "\\in Frequency"), or a list of two or more strings each of which a map elsewhere gives a key as its
    value ('Frequency == {"Common", "Rare"}' beside '[name |-> "X", freq |-> "Rare"]'): schema, not answer."""
    kept = []
    for n, (name, line, value) in enumerate(entries):
        strings = value.items if isinstance(value, _List) else []
        given = {t for m, (_, _, v) in enumerate(entries) if m != n for t in _field_values(v)}
        if name in typed or len(strings) >= 2 and all(isinstance(s, _Str) and s.text in given for s in strings):
            continue
        kept.append((name, line, value))
    return kept


def _tla_tree(toks: list[_Token]) -> tuple[object, int] | None:
    """The module's definitions as one map: each "Name == value" at a line's start whose value is a string, a record,
    a set or a sequence under its name (read as the generic literal is, :func:`_lit_value`: "[k |-> v]" a map, "{ }"
    and "<< >>" lists, strings joined by "\\o" one string), short keys the words they stand for ("freq"); a
    definition of a field's values and one an expression tests membership of left out (:func:`_enumerations`), as
    definitions of other values ("TypeOK == \\A i \\in ...") are; and the index after the last read."""
    own = [(kind, _TLA_AS_LITERAL.get(text, text), line, parts) if kind == "p" else (kind, text, line, parts)
           for kind, text, line, parts in toks]
    typed = {own[i + 1][1] for i in range(len(own) - 1) if own[i][1] == "\\in" and own[i + 1][0] == "w"}
    entries: list[tuple[str, int, object]] = []
    i = end = 0
    while i + 2 < len(own):
        kind, text, line, _ = own[i]
        if kind == "w" and own[i + 1][1] == "==" and (not i or own[i - 1][2] != line) \
                and (own[i + 2][0] == "s" or own[i + 2][1] in ("[", "{")):
            value, i = _lit_value(own, i + 2)
            if value is not None:
                entries.append((text, line, _paired(_unshortened(value))))
                end = i
            continue
        i += 1
    tree = _shaped(_Map(_enumerations(entries, typed)))
    return (tree, end) if isinstance(tree, _Map) and len(tree.entries) >= 3 else None


def _tla(body: str) -> str:
    """A TLA+ module whose definitions hold the answer (fenced or not) as Markdown, line for line
    (:func:`_data_page`): its "Name == value" definitions (:func:`_tla_tree`) keys read as words ("BrandNames",
    "NotFor" a negation, "SeekHelp" the help text, "HowItWorks" a section), a record "[condition |-> "Y", offLabel |->
    TRUE]" a map ("offLabel" an off-label use, "freq" an effect's group), a set or sequence a list, strings joined by
    "\\o" one string; the fence, the "MODULE" and "====" lines, "EXTENDS", comments (a "\\* ===== Usage =====" alone on
    its line its section's heading), the field's values a "TypeOK" tests and the property itself blank."""
    return _read_data(body, _TLA_OPEN, _TLA_TOKEN, _tla_tree)


# ---------------------------------------------------------------------------
# An Eiffel class whose features hold the answer ("class X_MONOGRAPH", "feature -- Usage", 'generic_name: STRING =
# "X"', 'brand_names: ARRAY [STRING]' over 'once Result := <<"A", "B">> end', "ARRAY [TUPLE [condition, note: STRING]]"
# over '["Y", "note"]' tuples, a '"[' ... ']"' verbatim string, "%%" a percent sign)
# ---------------------------------------------------------------------------

#: a class's opening: "note" or "indexing" alone on its line, or "class" (its name on the line or the next)
_EIF_OPEN = re.compile(r"^[ \t]*(?:note|indexing)[ \t]*$|^[ \t]*(?:(?:deferred|expanded|frozen)[ \t]+)?class\b")
_EIF_CLASS = re.compile(r"(?m)^[ \t]*(?:(?:deferred|expanded|frozen)[ \t]+)?class(?:[ \t]+[A-Z][A-Z0-9_]*)?[ \t]*$")
#: a feature clause, its comment the clause's name ("feature -- Usage", "feature {NONE} -- Side effects")
_EIF_FEATURE = re.compile(r"^[ \t]*feature\b(?:[ \t]*\{[^}\n]*\})?[ \t]*(?:--[ \t]*(?P<t>.*?))?[ \t]*$")
_EIF_FEATURES = re.compile(r"(?m)^[ \t]*feature\b(?:[ \t]*\{[^}\n]*\})?[ \t]*(?:--.*)?$")
#: an attribute or a query declared with its type, indented ("generic_name: STRING", "faqs: ARRAY [TUPLE [...]]")
_EIF_DECL = re.compile(r"(?m)^[ \t]+[a-z]\w*[ \t]*:[ \t]*(?:(?:detachable|attached)[ \t]+)?[A-Z][A-Z0-9_]*\b")
#: Eiffel's tokens: a feature clause's line (its comment the clause's name) and a comment, a verbatim string ('"['
#: over its lines over ']"', '"{' ... '}"'), a string ("%" escapes in it), a manifest array's "<<" and ">>",
#: ":=", brackets, a word
_EIF_TOKEN = re.compile(r"^[ \t]*feature\b(?:[ \t]*\{[^}\n]*\})?[ \t]*(?:--(?P<c>[^\n]*))?$|--[^\n]*|"
                        r"\"[\[{](?P<l>[ \t]*\n.*?)\n[ \t]*[\]}]\"|(?P<s>\"(?:[^\"%\n]|%[ \t]*\n[ \t]*%|%.)*\")|"
                        r"(?P<p><<|>>|:=|[\[\]{}(),:;=+.])|(?P<w>[A-Za-z]\w*|-?\d[\d_]*(?:\.\d+)?)", re.M | re.S)
#: a manifest string's "%" escapes ("%%" a percent sign, '%"' a quote, "%N" a line break)
_EIF_ESCAPES = {"%": "%", '"': '"', "'": "'", "N": " ", "T": " ", "R": "", "/": "/"}


def _eif_labels(toks: list[_Token], i: int, end: int) -> list[str]:
    """The labels of the first tuple type among ``toks[i:end]`` ("TUPLE [condition, note: STRING]" gives "condition"
    and "note"), none when it has no labels ("TUPLE [STRING, STRING]") or there is no tuple type."""
    at = next((j for j in range(i, end - 1) if toks[j][1] == "TUPLE" and toks[j + 1][1] == "["), None)
    if at is None:
        return []
    labels: list[str] = []
    depth, j = 0, at + 1
    while j < end:
        text = toks[j][1]
        depth += (text == "[") - (text == "]")
        if depth <= 0:
            break
        if depth == 1 and toks[j][0] == "w" and not text.isupper() and j + 1 < end and toks[j + 1][1] in ",:;":
            labels.append(text)
        j += 1
    return labels


def _eif_value(toks: list[_Token], i: int, labels: list[str]) -> tuple[object, int]:
    """The manifest value at ``toks[i]``: strings joined by "+" one string; "<< ... >>" a list; a tuple "[ ... ]" a
    map of its items under ``labels`` (a tuple of as many items as there are labels), two strings a question and its
    answer or an entry and its note (:func:`_two_map`), else a list; a manifest type ("{ARRAY [STRING]}") skipped;
    "Void" nothing; another word as written."""
    kind, text, line, parts = toks[i]
    if text == "{":
        depth = 0
        while i < len(toks):
            depth += (toks[i][1] == "{") - (toks[i][1] == "}")
            i += 1
            if not depth:
                break
        return _eif_value(toks, i, labels) if i < len(toks) else (None, i)
    if kind == "s":
        parts = list(parts)
        i += 1
        while i + 1 < len(toks) and toks[i][1] == "+" and toks[i + 1][0] == "s":
            parts += toks[i + 1][3]
            i += 2
        joined: dict[int, str] = {}
        for k, t in parts:
            joined[k] = f"{joined[k]} {t}".strip() if k in joined else t
        return _Str(list(joined.items())), i
    if text in ("<<", "["):
        close, items = (">>" if text == "<<" else "]"), []
        i += 1
        while i < len(toks) and toks[i][1] != close:
            if toks[i][1] in (",", ";"):
                i += 1
                continue
            item, i = _eif_value(toks, i, labels if text == "<<" else [])
            if item is not None:
                items.append(item)
        if text == "[" and labels and len(labels) == len(items):
            return _Map([(label, getattr(v, "line", line), v) for label, v in zip(labels, items)]), i + 1
        if text == "[" and len(items) == 2 and isinstance(items[0], _Str) and not items[0].bare:
            return _two_map(items[0], items[1]), i + 1
        return _List(items), i + 1
    if kind == "w":
        return (None if text == "Void" else _Str([(line, text)], bare=True)), i + 1
    return None, i + 1


def _eif_tree(toks: list[_Token], clauses: dict[int, str]) -> tuple[object, int] | None:
    """The class's features as one map: each attribute or query declared with its type at a line's start ("name:
    TYPE") under its name, its value a constant's ('= "X"') or what its body gives "Result" ('once Result := <<"A">>
    end'; a body that builds none, a routine, nothing), read by :func:`_eif_value` with the labels of its tuple type;
    the features of a clause whose name names a section ("feature -- Usage") under that name; and the index after
    the last read."""
    decls: list[int] = []
    local = False  # (a routine's local variables, declared after "local", are none of the class's features)
    for i in range(1, len(toks) - 2):
        local = toks[i][1] == "local" or local and toks[i][1] not in ("do", "once", "deferred", "external")
        if not local and toks[i][0] == "w" and toks[i][1][:1].islower() and toks[i - 1][2] != toks[i][2] \
                and toks[i + 1][1] == ":" and toks[i + 2][0] == "w" and toks[i + 2][1][:1].isupper():
            decls.append(i)
    groups: list[tuple[str, int, list[tuple[str, int, object]]]] = []
    end = 0
    for n, i in enumerate(decls):
        stop = decls[n + 1] if n + 1 < len(decls) else len(toks)
        name, line = toks[i][1], toks[i][2]
        typed = next((j for j in range(i + 2, stop) if toks[j][1] in ("=", ":=") or toks[j][2] != line), stop)
        labels = _eif_labels(toks, i + 2, typed)
        at = typed + 1 if typed < stop and toks[typed][1] == "=" and toks[typed][2] == line else next(
            (j + 2 for j in range(typed, stop - 2) if toks[j][1] == "Result" and toks[j + 1][1] == ":="), next(
                (j for j in range(typed, stop) if toks[j][1] == "<<"), None))  # (or the array it makes from one:
        # "create Result.make_from_array (<<...>>)")
        if at is None or at >= stop:
            continue
        value, after = _eif_value(toks, at, labels)
        if value is None or isinstance(value, _Str) and value.bare:
            continue
        clause = max((k for k in clauses if k < line), default=None)
        title = clauses.get(clause, "") if clause is not None else ""
        own = title if title and _data_section(title) in _MAIN_KINDS else ""
        if not groups or groups[-1][0] != own or not own:
            groups.append((own, clause if own and clause is not None else line, []))
        groups[-1][2].append((name, line, _unshortened(value)))
        end = max(end, after)
    entries: list[tuple[str, int, object]] = []
    for own, line, members in groups:
        entries += [(own, line, _Map(members))] if own else [
            (k, at, _Map([(k, at, v)])) if _OFF_LABEL_WORD.search(_words(k)) and _data_section(k) in _MAIN_KINDS
            else (k, at, v) for k, at, v in members]  # (a feature named for its section keeps its words under a
    # clause that names none: "off_label_uses" its uses off-label)
    tree = _shaped(_Map(entries))
    return (tree, end) if isinstance(tree, _Map) and len(tree.entries) >= 3 else None


def _eif_tokens(toks: list[_Token]) -> list[_Token]:
    """Eiffel's manifest strings with their "%" escapes read (:data:`_EIF_ESCAPES`)."""
    def unescape(text: str, n: int, last: int) -> str:
        text = text[1:] if n and text.startswith("%") else text  # (a string continued over lines: "a %" over "%b")
        text = text[:-1] if n < last and text.endswith("%") else text
        return re.sub(r"%(.)", lambda e: _EIF_ESCAPES.get(e.group(1), e.group(1)), text)
    return [(kind, text, line, [(k, unescape(t, n, len(parts) - 1)) for n, (k, t) in enumerate(parts)])
            if kind == "s" and "%" in text else (kind, text, line, parts) for kind, text, line, parts in toks]


def _eiffel(body: str) -> str:
    """An Eiffel class whose features hold the answer (fenced or not) as Markdown, line for line
    (:func:`_data_page`): its attributes and once functions (:func:`_eif_tree`) by their names' words ("brand_names",
    "off_label_uses" off-label uses, "not_for" a negation, "less_common" a group, "seek_help"), grouped by the feature
    clause that names their section, "<< ... >>" a list, a tuple the map its type's labels name ("[condition, note:
    STRING]"), a verbatim string its lines; the fence, the "note" clause, "class", the clauses' lines (one that names
    a section its heading), types, "once", "Result :=", "end" and comments blank."""
    clauses = {k: (m.group("t") or "") for k, line in enumerate(body.split("\n")) if (m := _EIF_FEATURE.match(line))}
    return _read_data(body, _EIF_OPEN, _EIF_TOKEN, lambda toks: _eif_tree(_eif_tokens(toks), clauses))


# ---------------------------------------------------------------------------
# Forth words that print the answer (": usage ( -- )" over 'cr ." Label: value"' lines, 's" USAGE" section' a call of
# a helper that prints its argument ('cr ." === " type ."  ==="'), 'bullet ." item"', "\ comments", "( stack -- )")
# ---------------------------------------------------------------------------

#: a colon definition's opening (": usage", ": side-effects ( -- )") and a string printed by "." ('." text"', ".(")
_FORTH_DEF = re.compile(r"^[ \t]*:[ \t]+(?P<n>\S+)")
_FORTH_DEFS = re.compile(r"(?m)^[ \t]*:[ \t]+\S+")
_FORTH_PRINTS = re.compile(r"(?m)(?:^|[ \t])\.(?:\"|\()[ \t]")
#: a stack comment ("( -- )", "( addr u -- )") and "cr", the word that starts a new output line
_FORTH_STACK = re.compile(r"\([ \t]+[^()\n]*--[^()\n]*\)")
_FORTH_CR = re.compile(r"(?mi)(?:^|[ \t])cr(?=[ \t]|$)")
#: the block's first line: a colon definition or a "\" comment
_FORTH_OPEN = re.compile(r"^[ \t]*(?::[ \t]+\S|\\(?:[ \t]|$))")
#: words a program runs outside its definitions that print nothing of the answer ("bye", "decimal")
_FORTH_QUIET = frozenset({"cr", "bye", "page", "decimal", "hex", "cold", "quit"})
#: Forth's tokens on a line: a string a word prints, pushes or aborts with ('." text"', 's" X"', '.( text )'), a
#: comment ("\" to the line's end, "( ... )"), any other word
_FORTH_TOKEN = re.compile(r"(?:^|(?<=[ \t]))(?:(?P<p>\.\"|[sScC]\"|abort\")[ \t](?P<t>[^\"\n]*)\"|"
                          r"\.\([ \t](?P<d>[^)\n]*)\)|\\(?:[ \t][^\n]*)?$|\([ \t][^)\n]*\)|(?P<w>\S+))")


def _forth_tokens(line: str) -> list[tuple[str, str]]:
    """A line's tokens, comments left out: ("print", text) for '." text"' and ".( text )", ("push", text) for 's"
    text"', ("word", name) for any other word (case kept)."""
    got: list[tuple[str, str]] = []
    for m in _FORTH_TOKEN.finditer(line):
        if m.group("p"):
            mark = m.group("p").casefold()
            got.append(("print" if mark == '."' else "push" if mark != 'abort"' else "word", m.group("t")))
        elif m.group("d") is not None:
            got.append(("print", m.group("d")))
        elif m.group("w"):
            got.append(("word", m.group("w")))
    return got


def _forth_said(text: str) -> str:
    """A printed line as Markdown: a section's title between rules its heading, a bullet its item, a short line ending
    ":" a label (:func:`_sh_said`), a line printed indented the next words of the line above; else its words."""
    bullet = re.match(r"^[ \t]*[-*+\u2022][ \t]+(?P<t>\S.*)$", text)
    if bullet:
        return "- " + bullet.group("t").strip()
    if re.match(r"^[ \t]{2,}\S", text):
        return "  " + text.strip()
    return _sh_said(text)


def _forth(body: str) -> str:
    """Forth words that print the answer (fenced or not) as what they print, line for line: each colon definition
    that prints words run in place, each call of a helper that prints only markup (': section ( addr u -- ) cr ." ===
    " type ."  ===" ;', ': bullet cr ."   - " ;') run where it is called, "s\"" pushing the string its "type" prints;
    "cr" starting a new printed line, each printed line on the source line that printed its first words, as Markdown
    (:func:`_forth_said`: "=== USAGE ===" a heading, "  - X" an item, "Approved:" a label); the definitions' own
    lines, comments, stack comments, the helpers, the word that calls the others and the fence blank."""
    lines = body.split("\n")
    window = _data_window(lines, _FORTH_OPEN)
    if window is None:
        return body
    first, last = window
    fenced = _FENCE_LINE.match(lines[last]) is not None
    words: dict[str, list[tuple[int, list[tuple[str, str]]]]] = {}  # (each definition's lines' tokens)
    order: list[tuple[str | None, int, list[tuple[str, str]]]] = []  # (each line's tokens and its definition)
    name: str | None = None
    for k in range(first, last + 1):
        if _FENCE_LINE.match(lines[k]):
            continue
        toks = _forth_tokens(lines[k])
        head = _FORTH_DEF.match(lines[k])
        if not fenced and name is None and not head \
                and any(kind != "word" or text.casefold() not in {*words, *_FORTH_QUIET} for kind, text in toks):
            last = k - 1  # (no Forth: the page after a program whose fence was left open)
            break
        if head:
            name, toks = head.group("n").casefold(), toks[2:]
            words[name] = []
        ends = any(kind == "word" and text == ";" for kind, text in toks)
        own = [t for t in toks if t != ("word", ";")]
        if name is not None:
            words[name].append((k, own))
        order.append((name, k, own))
        if ends:
            name = None
    templates = {n: "".join(text if kind == "print" else "%s" for _, toks in own for kind, text in toks
                            if kind == "print" or kind == "word" and text.casefold() == "type")
                 for n, own in words.items()}
    helpers = {n: _sh_role(n, template) for n, template in templates.items()
               if template and not re.search(r"[A-Za-z]", template.replace("%s", ""))}
    printed: list[tuple[int | None, str, bool]] = [(None, "", False)]  # (each printed line: the source line of its
    stack: list[str] = []  # first words, its text, whether a heading helper printed them)

    def run(toks: list[tuple[str, str]], k: int, heading: bool = False, depth: int = 0) -> None:
        for kind, text in toks:
            low = text.casefold()
            if kind == "push":
                stack.append(text)
            elif kind == "print" or kind == "word" and low == "type" and stack:
                shown = text if kind == "print" else stack.pop()
                at, old, flag = printed[-1]
                printed[-1] = (k if at is None and shown.strip() else at, old + shown, flag or heading)
            elif kind == "word" and low == "cr":
                printed.append((None, "", False))
            elif kind == "word" and low == "space":
                printed[-1] = (printed[-1][0], printed[-1][1] + " ", printed[-1][2])
            elif kind == "word" and low in helpers and depth < 4:
                for _, inner in words[low]:
                    run(inner, k, heading or helpers[low] == "heading", depth + 1)

    for owner, k, toks in order:
        if owner not in helpers:
            run(toks, k)
    said: dict[int, str] = {}
    for at, text, heading in printed:
        if at is None or not text.strip():
            continue
        bare = text.strip().strip("=#*-~ \t").strip()
        line = f"## {bare}" if heading and bare else _forth_said(text)
        if line.startswith("  ") and not said.get(max(said, default=-1), "").startswith(("- ", "  ")):
            line = line.strip()  # (a line printed indented under prose: the prose's next words)
        said[at] = f"{said[at]} {line.strip()}" if at in said else line
    out = list(lines)
    for k in range(first, last + 1):
        out[k] = ""
    return _printed(lines, out, said, first, last)


def _named_sections(body: str) -> bool:
    """Whether ``body`` has a Markdown heading that names one of the answer's sections ("## Usage"): an answer in
    Markdown that quotes some code, not code that holds the answer (a heading about the code, "### Explanation:",
    is no section)."""
    return any(section_kind(m.group(1)) in _MAIN_KINDS for m in re.finditer(r"(?m)^#{1,6}[ \t]+(\S.*)$", body))


# ---------------------------------------------------------------------------
# Readers of set 147's notations (helper A): a Stata do-file whose "input ... end" block is the answer's dataset
# ("input str20 section str20 field str244 text" over '"Usage" "off-label" "Y" "note"' rows up to "end"), Bencode
# pretty-printed one element per line ("d" over "  11:brand_namesl", "    9:Cystadane", "  e") and a Ballerina
# program's typed mapping constructor ("type Use record {| ... |};", "final Monograph x = {", 'string `...`',
# "frequency: LESS_COMMON" the enum member's string)
# ---------------------------------------------------------------------------

#: Stata's "input" statement with a string variable ("input str12 section str2045 text", "input strL note")
_STATA_INPUT = re.compile(r"(?m)^[ \t]*input[ \t]+(?:[A-Za-z_]\w*[ \t]+)*?str(?:\d+|L)[ \t]+[A-Za-z_]\w*[^\n]*$")
_STATA_END = re.compile(r"(?m)^[ \t]*end[ \t]*$")
#: an input row of quoted values ('"Usage" "approved" "Gout" ""', two strings at least)
_STATA_ROW = re.compile(r"(?m)^[ \t]*(?:`?\"[^\"\n]*\"'?[ \t]+)+`?\"[^\"\n]*\"'?[ \t]*$")
#: a line of a do-file: a statement Stata's own programs begin with, a comment, a block's brace
_STATA_LINE = re.compile(r"^[ \t]*(?:\*|//|/\*|\}|(?:clear|set|input|end|label|compress|list|foreach|forvalues|display|"
                         r"save|use|version|capture|quietly|format|sort|order|generate|gen|replace|local|global|"
                         r"describe|browse|tempfile|frame|program|drop|keep)\b)")
_STATA_CELL = re.compile(r"`\"(?P<c>.*?)\"'|\"(?P<s>[^\"]*)\"|(?P<w>[^\s\"]+)")
_STATA_TYPE = re.compile(r"^(?:str\d+|strL|byte|int|long|float|double)$")
#: the name a block's data set is saved or kept under after its "end" ('save "uses.dta", replace', "tempfile uses")
_STATA_SAVE = re.compile(r"^[ \t]*(?:save|tempfile|frame[ \t]+rename[ \t]+\w+)[ \t]+\"?(?P<n>[A-Za-z_][\w.]*)")


def _stata_key(name: str) -> str:
    """A column's key for a row's map: its own name when that says what it holds (a condition, a note, a question),
    else by its place (:func:`_stata_rows`)."""
    role = _data_role(name)
    return name if role not in (None, "prose", "name") else ""


def _stata_keyed(text: str) -> bool:
    """Whether a cell names what its row holds ("brand", "off-label", "less common", "faq"), not an item of it."""
    words = _words(text)
    return _data_role(words) is not None or _data_section(words) is not None or is_group_label(words) \
        or _OFF_LABEL_WORD.search(words) is not None


def _stata_rows(names: list[str], rows: list[tuple[int, list[_Str | None]]], lead: int | None,
                kind: str | None) -> object:
    """A dataset's rows (or one section's) as the data tree: with a lead column (``lead``: the item's field, status
    or frequency, "approved", "less common", "step 1", "faq") a map of each lead value to its row's other cells (one
    cell that cell, several a map; in Generic Name the first only, a negation's or a seek-help row's cells one text),
    without one a list of the rows; a cell whose column's name says nothing is the row's entry (a question when it
    ends with "?") and the next its note (or answer)."""
    def row_value(cells: list[tuple[str, _Str]]) -> object:
        if len(cells) == 1:
            return cells[0][1]
        own: list[tuple[str, int, object]] = []
        asked = False
        for name, cell in cells:
            key = "answer" if asked else _stata_key(name)
            if not key:
                taken = {k for k, _, _ in own}
                if not own and cell.text.endswith("?"):
                    key, asked = "question", True
                else:
                    key = "name" if not any(_data_role(k) in ("name", "entry") for k in taken) else "note"
                    key = "note" if key in taken else key
            own.append((key, cell.line, cell))
        return _Map(own)

    entries: list[tuple[str, int, object]] = []
    items: list[tuple[int, object]] = []
    for n, (k, cells) in enumerate(rows):
        got = [(names[c], cell) for c, cell in enumerate(cells) if cell is not None and c != lead]
        head = cells[lead] if lead is not None and lead < len(cells) else None
        if not got:
            continue
        if head is None:
            items.append((k, row_value(got)))
            continue
        key = head.text
        role = _data_role(_words(key))
        if role in ("negation", "help"):  # ('"not for" "Pregnancy" "note"': one text, "It is not used for ...";
            text = " \u2013 ".join(cell.text for _, cell in got)  # a seek-help row's text under its field's label)
            text = f"**{_words(key)}:** {text}" if role == "help" else text
            entries.append((f"{key} {n}", k, _Str([(k, text)])))
        elif kind == "identity" or role in _DATA_FIELDS or role == "name":
            entries.append((key, k, got[0][1]))  # (a brand's maker, a form's strengths: no field of their own)
        else:
            entries.append((key, k, row_value(got)))
    if entries:  # (a row with no lead cell among rows with one: an item of its own)
        return _Map(entries + [(f"item {n}", k, v) for n, (k, v) in enumerate(items)])
    return _List([v for _, v in items])


def _stata_table(names: list[str], rows: list[tuple[int, list[_Str | None]]], key: str, line: int
                 ) -> list[tuple[str, int, object]]:
    """One "input" block's rows as top-level entries: with a column whose every value names a section ("Generic
    Name", "Usage", ...) one entry per section of its rows; else one entry under ``key`` (the data set's name, or the
    comment above the block). A column whose short values repeat (a field, a status, a frequency) leads each row
    (:func:`_stata_rows`)."""
    columns = [[cells[c] for _, cells in rows if c < len(cells) and cells[c] is not None] for c in range(len(names))]
    section = next((c for c, col in enumerate(columns) if len({v.text for v in col}) >= 2
                    and all(_data_section(v.text) in _MAIN_KINDS for v in col)), None)
    lead = next((c for c, col in enumerate(columns) if c != section and col
                 and (len({v.text for v in col}) < len(col) or 2 * sum(_stata_keyed(v.text) for v in col) >= len(col))
                 and all(len(v.text.split()) <= 4 and not _sentence(v.text) for v in col)
                 and _data_role(names[c]) not in ("name", "entry", "question", "answer", "abbr")
                 and any(other for d, other in enumerate(columns) if d not in (c, section))), None)
    if section is None:
        return [(key, line, _stata_rows(names, rows, lead, _data_section(key)))]
    groups: dict[str, tuple[int, list[tuple[int, list[_Str | None]]]]] = {}
    for k, cells in rows:
        name = cells[section].text if section < len(cells) and cells[section] is not None else ""
        own = [None if c == section else cell for c, cell in enumerate(cells)]
        groups.setdefault(name, (k, []))[1].append((k, own))
    return [(name, at, _stata_rows(names, own, lead, _data_section(name))) for name, (at, own) in groups.items()
            if name]


def _stata(body: str) -> str:
    """A Stata do-file whose "input ... end" blocks hold the answer as a dataset (fenced or not) as Markdown, line for
    line (:func:`_data_page`): each block's columns named by its "input" statement (the storage types dropped), each
    row's quoted values its cells on its line, a section column's values the sections and a field column's (a use's
    status, an effect's frequency, "faq") what the row is (:func:`_stata_table`); the fence, comments (one that names a
    section its heading), "input", "end" and the statements around the data blank."""
    lines = body.split("\n")
    window = _data_window(lines, re.compile(_STATA_INPUT.pattern.replace("(?m)", "")))
    if window is None:
        return body
    first, last = window
    fenced = _FENCE_LINE.match(lines[last]) is not None
    if not fenced:  # (unfenced: the statements and comments above the block, blank lines among them, are the
        while first > 0 and (_STATA_LINE.match(lines[first - 1]) or not lines[first - 1].strip()):  # do-file's)
            first -= 1
        while not lines[first].strip():
            first += 1
    heads: dict[int, str] = {}
    tree: list[tuple[str, int, object]] = []
    names: list[str] | None = None
    rows: list[tuple[int, list[_Str | None]]] = []
    start, title, end = first, "", first
    for k in range(first, last + 1):
        line = lines[k]
        if names is not None:
            if _STATA_END.match(line):
                save = next((m.group("n") for j in range(k + 1, min(k + 4, last + 1))
                             if (m := _STATA_SAVE.match(lines[j]))), "")
                if rows:  # (the block's name: the file it is saved to, the comment above it, else its place)
                    key = _words(save.rsplit(".", 1)[0]) if save else title or f"data {len(tree) + 1}"
                    tree += _stata_table(names, rows, key, start)
                names, rows, end, title = None, [], k, ""
            elif line.strip() and not line.lstrip().startswith(("*", "//")):
                cells = [_Str([(k, " ".join((m.group("c") or m.group("s") or m.group("w") or "").split()))])
                         for m in _STATA_CELL.finditer(re.sub(r"[ \t]//.*$", "", line))]
                rows.append((k, [c if c.text and c.text != "." else None for c in cells]))
            continue
        text = line.strip()
        if text.startswith(("*", "//", "/*")):
            words = text.strip(" \t*/-=#")
            _comment_head(heads, k, words)
            title = words if words and len(words.split()) <= 6 else title
        elif re.match(r"^input[ \t]", text):
            own = text[len("input"):].split(",", 1)[0].split()
            names = [w for w in own if re.fullmatch(r"[A-Za-z_]\w*", w) and not _STATA_TYPE.match(w)]
            start = k
        elif not fenced and text and not _STATA_LINE.match(line):
            break  # (unfenced: prose after the do-file ends it)
        end = k if text else end
    if not tree:
        return body
    stop = last if fenced else end
    return _quoted_labels(_data_page(lines, _Map(tree), first, stop, heads), first, stop)


def _quoted_labels(page: str, first: int, last: int) -> str:
    """``page`` with each label run in under a list's last item ("**Seek help:** ...") quoted, as :func:`_end_lists`
    quotes prose there (it would run on as the item's words), and a quote quoted twice (a run-in section label on a
    quoted line, "> > **Usage:** ...") once."""
    out = page.split("\n")
    for k in range(max(first, 1), min(last, len(out) - 1) + 1):
        if out[k].startswith("**") and re.match(r"^(?:- |  )", out[k - 1]):
            out[k] = "> " + out[k]
        out[k] = re.sub(r"^> > ", "> ", out[k])
    return "\n".join(out)


#: a Bencode string at the start of its line, its byte length before a colon ("  11:brand_namesl", "    9:Cystadane")
_BEN_STRING = re.compile(r"(?m)^[ \t]*(?P<n>\d{1,5}):(?P<t>[^\n]*)$")
#: a list's or dictionary's "e" (end) alone on its line, and a line that opens the dictionary ("d", "d11:brand")
_BEN_END = re.compile(r"(?m)^[ \t]*e[ \t]*$")
_BEN_OPEN = re.compile(r"^[ \t]*d(?:[ \t]*$|\d{1,5}:)")


def _ben_lengths(body: str) -> int:
    """How many lines open with a Bencode string whose length prefix is right: the string fills the line or is
    followed by what starts the next element ("11:brand_namesl", "12:generic_name17:X", "11:scoop_gramsi1e")."""
    got = 0
    for m in _BEN_STRING.finditer(body):
        data = m.group("t").encode("utf-8")
        rest = data[int(m.group("n")):].decode("utf-8", "replace").strip()
        got += len(data) >= int(m.group("n")) and (not rest or re.match(r"^(?:[dle]|i-?\d+e|\d{1,5}:)", rest)
                                                   is not None)
    return got


def _ben_value(data: bytes, i: int, starts: list[int]) -> tuple[object, int]:
    """The Bencode element at byte ``i`` of ``data`` (whitespace before it skipped: the page's line breaks and
    indents): a dictionary a map (its question or entry, which the sorted keys may put after its answer or note,
    on the first of its lines: :func:`_ben_asked`), a list a list, a string on its line, an integer its digits; and
    the byte after it. A string whose length prefix is wrong (a model's miscount) is taken to the nearest byte where
    the next element starts, or to its line's end."""
    while i < len(data) and data[i:i + 1] in (b" ", b"\t", b"\n", b"\r"):
        i += 1
    line = bisect_right(starts, i) - 1
    lead = data[i:i + 1]
    if lead in (b"d", b"l"):
        i += 1
        entries: list[tuple[str, int, object]] = []
        items: list[object] = []
        while i < len(data):
            j = i
            while j < len(data) and data[j:j + 1] in (b" ", b"\t", b"\n", b"\r"):
                j += 1
            if j >= len(data) or data[j:j + 1] == b"e":
                i = j + 1
                break
            value, i = _ben_value(data, j, starts)
            if lead == b"l":
                items.append(value)
                continue
            key = value.text if isinstance(value, _Str) else ""
            value, i = _ben_value(data, i, starts)
            entries.append((key, value.line if isinstance(value, _Str) else bisect_right(starts, j) - 1, value))
        if lead == b"l":
            return _List(items), i
        return _ben_asked(_Map(entries)), i
    if lead == b"i":
        m = re.match(rb"i(-?\d+)e", data[i:])
        if m:
            return _Str([(line, m.group(1).decode())], bare=True), i + m.end()
    m = re.match(rb"(\d{1,6}):", data[i:])
    if not m:  # (no element here: the rest of the line as words)
        end = data.find(b"\n", i)
        end = len(data) if end < 0 else end
        return _Str([(line, data[i:end].decode("utf-8", "replace").strip())]), end
    at, size = i + m.end(), int(m.group(1))
    eol = data.find(b"\n", at)
    eol = len(data) if eol < 0 else eol

    def fits(end: int) -> bool:
        rest = data[end:eol].strip()
        return at <= end <= eol and (not rest or re.match(rb"^(?:[dle]|i-?\d+e|\d{1,6}:)", rest) is not None)

    end = next((at + size + d for d in (0, -1, 1, -2, 2, -3, 3) if fits(at + size + d)), eol)
    return _Str([(line, " ".join(data[at:end].decode("utf-8", "replace").split()))]), end


def _ben_asked(value: _Map) -> _Map:
    """A dictionary of strings whose head (a question, else a use's or an effect's entry: "question", "condition",
    "name") sorts after others of its strings (the sorted keys: "answer" before "question", "comment" before
    "condition") as the same dictionary with the head on the first of their lines and the others after it in their
    order, so that the head opens its item (a question before its answer); any other dictionary as it is."""
    head = value.get("question") or value.get("entry", "name")
    if head is None or not all(isinstance(v, _Str) and len(v.parts) == 1 for _, _, v in value.entries):
        return value
    own = sorted((v for _, _, v in value.entries if isinstance(v, _Str)), key=lambda v: v.line)
    if own[0] is head[2] or len({v.line for v in own}) < len(own):
        return value
    order = [head[2], *(v for v in own if v is not head[2])]
    moved = {id(v): _Str([(at.line, v.text)], bare=v.bare) for v, at in zip(order, own)}
    return _Map([(k, at, moved.get(id(v), v)) for k, at, v in value.entries])


def _bencode(body: str) -> str:
    """A Bencode dictionary written one element per line (fenced or not) as Markdown, line for line
    (:func:`_ben_page`): "d ... e" a map, "l ... e" a list, each "<length>:<text>" string (its byte length read, a
    wrong one mended at the line's end) and "i<n>e" integer on its line; its keys read by their words (sorted, so the
    sections come in byte order: "faqs" before "generic_name", "side_effects" before "usage"), a negation's list one
    text (:func:`_shaped`), a question put before its answer (:func:`_ben_asked`); the fence and the "d", "l" and "e"
    lines blank."""
    lines = body.split("\n")
    window = _data_window(lines, _BEN_OPEN)
    if window is None:
        return body
    first, last = window
    start = first + 1 if _FENCE_LINE.match(lines[first]) else first
    own = [(line if start <= k <= last and not _FENCE_LINE.match(line) else "").encode("utf-8") + b"\n"
           for k, line in enumerate(lines)]  # (the block's lines only, each at its byte offset, so that an
    starts = list(itertools.accumulate((len(b) for b in own[:-1]), initial=0))  # element's line is found by
    data = b"".join(own)  # bisection)
    tree, end = _ben_value(data, starts[start], starts)
    if not isinstance(tree, _Map) or not tree.entries:
        return body
    closed = bisect_right(starts, end - 1) - 1
    return _ben_page(lines, _shaped(tree), first, last if _FENCE_LINE.match(lines[last]) else closed)


def _ben_kinds(tree: _Map) -> list[str | None]:
    """The section each top-level entry of ``tree`` goes in, as :func:`_data_page` places it: a field of the drug
    ("brand_names", "drug_class", "route") or its name "identity", a key that names a section that section, any other
    key the section before it (before the first section "identity")."""
    kinds: list[str | None] = []
    section: str | None = None
    for key, _, value in tree.entries:
        role = _data_role(key)
        kind = None if role in _DATA_FIELDS else _data_section(key)
        if role in _DATA_FIELDS or role in ("name", "salt"):
            kinds.append("identity")
        elif kind in _MAIN_KINDS and not (kind == "identity" and isinstance(value, _Str)):
            section = kind
            kinds.append(kind)
        else:
            kinds.append("identity" if section in (None, "identity") else section)
    return kinds


def _ben_page(lines: list[str], tree: _Map, first: int, last: int) -> str:
    """A Bencode dictionary's tree as Markdown on lines ``first`` to ``last`` (:func:`_data_page`), its sections as
    its sorted keys give them: the drug's fields before the first section ("brand_names", "dosage_form",
    "drug_class") its Generic Name, the name that sorts after them ("generic_name", "name") on that section's heading
    ("## Generic Name: X"), where the extractor reads it, and its own line blank (free for the heading of the
    section after it); a field that sorts after another section ("route" after "how_it_works") a section of its own
    under the heading its key names ("## Route: oral"), not a run-in label inside the section before it; a negation
    in Usage a list item ("- It is not used for X"), so that the summary, sorted after it, stays Usage's first
    paragraph; and the notes after the dictionary ("**How to read it:**" over bullets on the notation) under a
    heading that names no section ("## Notes"), not read on as the last section's (by byte order often Usage's)
    items."""
    kinds = _ben_kinds(tree)
    runs: list[list[int]] = []
    for i, kind in enumerate(kinds):
        if kind == "identity":
            if runs and runs[-1][-1] == i - 1:
                runs[-1].append(i)
            else:
                runs.append([i])
    name_at = next((i for i, (key, _, value) in enumerate(tree.entries)
                    if kinds[i] == "identity" and _data_role(key) == "name" and isinstance(value, _Str)), None)
    late = [i for run in runs[1:] for i in run if i != name_at]
    hoist = name_at is not None and name_at != runs[0][0]

    def page(without: set[int]) -> list[str]:
        own = _Map([e for i, e in enumerate(tree.entries) if i not in without])
        return _data_page(lines, own, first, last, {}).split("\n")

    out = page({*late, name_at} if hoist else set(late))
    head = next((k for k in range(first, last + 1) if out[k] == "## Generic Name" and lines[k] != out[k]), None) \
        if hoist else None
    if hoist and head is None:  # (no heading line for the name: the name where it is)
        out = page(set(late))
    elif head is not None and name_at is not None:
        out[head] = f"## Generic Name: {tree.entries[name_at][2].text}"  # type: ignore[union-attr]
    if out == lines:
        return "\n".join(lines)
    for i in late:
        _ben_field(out, *tree.entries[i])
    for i, (key, _, value) in enumerate(tree.entries):
        if kinds[i] == "uses":
            _ben_negations(out, key, value)
    if not out[last].strip() and any(line.strip() for line in lines[last + 1:]):
        out[last] = "## Notes"
    return "\n".join(out)


def _ben_field(out: list[str], key: str, line: int, value: object) -> None:
    """A field of the drug that sorts after another section as a section of its own: a string on its key's line
    the heading and its value ("## Route: oral"), a list or a dictionary the heading on its key's line over its
    strings as items ("- Tablets", "- **Strength:** 5 mg"); nothing where a line it needs holds another fact."""
    title = _DATA_FIELDS.get(_data_role(key) or "") or _words(key)
    if isinstance(value, _Str):
        rows = [(k, t.strip()) for k, t in value.parts if t.strip()]
        if rows and all(not out[k].strip() for k, _ in rows):
            out[rows[0][0]] = f"## {title}: {rows[0][1]}"
            for k, text in rows[1:]:
                out[k] = text
        return
    items = [(s.line, s.text) for s in _data_strings(value)] if isinstance(value, _List) else \
        [(v.line, f"**{_words(k)}:** {v.text}") for k, _, v in value.entries if isinstance(v, _Str)] \
        if isinstance(value, _Map) else []
    rows = [line, *(k for k, _ in items)]
    if items and len(set(rows)) == len(rows) and min(rows) == line and all(not out[k].strip() for k in rows):
        out[line] = f"## {title}"
        for k, text in items:
            out[k] = f"- {text}"


def _ben_negations(out: list[str], key: str, value: object) -> None:
    """Each negation in Usage ("not_for", "not_used_for") written as prose ("It is not used for X, Y") as a list
    item on its lines, so that the extractor takes the summary the sorted keys put after it, not the negation, as
    Usage's first paragraph (a negation's bracket, "(X supplements are a different product)", read as the class)."""
    if isinstance(value, _Map):
        for k, _, v in value.entries:
            _ben_negations(out, k, v)
        return
    if _data_role(key) != "negation" or not isinstance(value, _Str):
        return
    rows = [k for k, t in value.parts if t.strip() and out[k].strip()]
    if not rows or re.match(r"^(?:- |#|\d+[.)][ \t])", out[rows[0]]):
        return
    for n, k in enumerate(rows):
        out[k] = ("- " if not n else "  ") + re.sub(r"^>[ \t]*", "", out[k]).strip()
    after = rows[-1] + 1
    if after < len(out):
        _end_lists(out, [after] if not out[after].startswith(">") else [])


#: Ballerina's record types ("type Use record {|", "public type Faq record {") and its typed mapping constructor
#: bound to a name ("final Monograph x = {", "Monograph x = {", "configurable Card card = {")
_BAL_RECORD = re.compile(r"(?m)^[ \t]*(?:public[ \t]+)?type[ \t]+[A-Z]\w*[ \t]+record[ \t]*\{\|?")
_BAL_VALUE = re.compile(r"(?m)^[ \t]*(?:(?:public|final|configurable|isolated|readonly)[ \t]+)*[A-Z]\w*(?:\[\])?"
                        r"(?:[ \t]*&[ \t]*readonly)?[ \t]+[a-z_]\w*[ \t]*=[ \t]*[\[{]")
_BAL_OPEN = re.compile(r"^[ \t]*(?:import[ \t]+ballerina|//|(?:(?:public|final|configurable|isolated)[ \t]+)*"
                       r"(?:type|enum|const|[A-Z]\w*(?:\[\])?[ \t]+[a-z_]\w*[ \t]*=)\b)")
#: an enum's members ("public enum Frequency {" over 'LESS_COMMON = "Less common",') and a string constant ('const
#: RARE = "Rare";', 'const string RARE = "Rare";')
_BAL_ENUM = re.compile(r"(?m)^[ \t]*(?:public[ \t]+)?enum[ \t]+[A-Z]\w*[ \t]*\{")
_BAL_CONST = re.compile(r"(?m)^[ \t]*(?:public[ \t]+)?const[ \t]+(?:string[ \t]+)?(?P<n>[A-Za-z_]\w*)[ \t]*=[ \t]*"
                        r"\"(?P<v>(?:[^\"\\\n]|\\.)*)\"")
#: the tags of Ballerina's templates (string `...`, xml `...`): the word before the backtick is no value of its own
_BAL_TAGS = frozenset({"string", "xml", "re", "base16", "base64"})


def _ballerina(body: str) -> str:
    """A Ballerina program whose record types are the schema and whose typed mapping constructor holds the answer
    (fenced or not) as Markdown, line for line (:func:`_data_page`): the value a name is bound to that holds the most
    strings the tree, read as the generic literal is (:func:`_lit_value`: "key: value" its fields, "offLabel: true"
    an off-label use, "notFor" a negation, "[ ... ]" a list), a string template (string `...`) its lines, an enum
    member or a constant its string ("LESS_COMMON" the "Less common" it stands for), a list of short strings under a
    key that names nothing one text of them ("combinationProducts"); the fence, comments (one that names a section
    its heading), the types and the functions blank."""
    names = {m.group("n"): m.group("v") for e in _BAL_ENUM.finditer(body)
             for m in _SWIFT_CASE.finditer(_braced(body, e.end() - 1))}
    names.update({m.group("n"): m.group("v") for m in _BAL_CONST.finditer(body)})

    def tree(toks: list[_Token]) -> tuple[object, int] | None:
        own = [t for i, t in enumerate(toks) if not (t[0] == "w" and t[1] in _BAL_TAGS and i + 1 < len(toks)
                                                     and toks[i + 1][0] == "s" and toks[i + 1][2] == t[2])]
        got = _bound_tree(_typed_bindings(own, ()), names)
        if got is None or not isinstance(got[0], _Map):
            return got
        got[0].entries = [(k, at, _joined(v) if _data_role(k) is None and _data_section(k) is None else v)
                          for k, at, v in got[0].entries]
        return got
    return _read_data(body, _BAL_OPEN, _LIT_TOKEN, tree)


# ---------------------------------------------------------------------------
# Answers firstcontact147 showed the reader had never seen: a GraphQL mutation whose arguments hold the answer
# ("mutation CreateX {" over "  createDrugMonograph(input: {", '    genericName: "X"', "    routes: [ORAL]", a '"""'
# block string, '{ name: "Y", frequency: LESS_COMMON }' with no commas), an awk script whose BEGIN block fills the
# answer's variables and arrays ('brand = "X"', 'use[++nu] = "Y|off-label|note"' under a "# condition|status|note"
# comment) before it prints them, and an AppleScript record ('set brandNames to {"A", "B"}', '{condition:"Y",
# status:"studied"}', '"a " & ¬' over '"b"', a last "set x to {genericName:genericName, ...}" that combines them)
# ---------------------------------------------------------------------------

#: a GraphQL operation opening its selection set ("mutation CreateX {", "query {", "mutation Add($id: ID!) {")
_GQL_OPEN = re.compile(r"^[ \t]*(?:mutation|query|subscription)\b(?:[ \t]+[A-Za-z_]\w*)?[ \t]*(?:\([^)\n]*\)[ \t]*)?"
                       r"\{")
_GQL_OPERATION = re.compile(_GQL_OPEN.pattern, re.M)  # (the same line, searched in the whole body)
#: a field called with named arguments ("createDrugMonograph(input: {", "addDrug(" over "  data: {")
_GQL_CALL = re.compile(r"[A-Za-z_]\w*[ \t]*\(\s*[A-Za-z_]\w*[ \t]*:[ \t]*[{\[\"$]")
#: an argument's or input field's member on its own line ('genericName: "X"', "routes: [ORAL]", "usage: {",
#: "frequency: LESS_COMMON", 'summary: """')
_GQL_MEMBER = re.compile(r"(?m)^[ \t]*\{?[ \t]*[A-Za-z_]\w*[ \t]*:[ \t]*(?:\"|\[|\{|[A-Z][A-Z0-9_]*\b|true\b|false\b)")
#: GraphQL's tokens: a comment, a block string (its raw lines), a string, punctuation, a name or a number
_GQL_TOKEN = re.compile(r'(?P<c>#[^\n]*)|"""(?P<l>.*?)"""|(?P<s>"(?:[^"\\\n]|\\.)*")|'
                        r"(?P<p>\.\.\.|[{}\[\]():,=!$@|])|(?P<w>[A-Za-z_]\w*|-?\d[\d.eE+-]*)", re.S)


def _help_labelled(text: str, tree: object) -> str:
    """``text`` (a page :func:`_data_page` wrote from ``tree``) with each seek-help string of the tree ("seekHelp",
    "seek", "when_to_call") labelled as a Markdown answer labels it ("- **Seek help:** Call your doctor if ..."): the
    extractor reads its signs from a labelled line, not from bare prose under a list."""
    lines = text.split("\n")

    def walk(value: object) -> None:
        if isinstance(value, _Map):
            for key, _, v in value.entries:
                if _data_role(key) == "help" and isinstance(v, _Str):
                    rows = [k for k, t in v.parts if t.strip() and 0 <= k < len(lines) and lines[k].strip()]
                    if rows and not re.match(r"^(?:#|> \*\*)", lines[rows[0]]):  # (not a section's run-in label)
                        lines[rows[0]] = "- **Seek help:** " + re.sub(r"^(?:>|-)[ \t]+", "", lines[rows[0]].strip())
                        for k in rows[1:]:
                            lines[k] = "  " + lines[k].strip()
                else:
                    walk(v)
        elif isinstance(value, _List):
            for v in value.items:
                walk(v)

    walk(tree)
    return "\n".join(lines)


def _read_helped(body: str, opener: re.Pattern[str], rx: re.Pattern[str],
                 tree: Callable[[list[_Token]], tuple[object, int] | None]) -> str:
    """``body`` read as :func:`_read_data` reads it, its seek-help strings labelled (:func:`_help_labelled`)."""
    seen: list[object] = []

    def own(toks: list[_Token]) -> tuple[object, int] | None:
        got = tree(toks)
        seen.append(got[0] if got else None)
        return got

    out = _read_data(body, opener, rx, own)
    return _help_labelled(out, seen[0]) if out != body and seen else out


def _gql_value(toks: list[_Token], i: int) -> tuple[object, int]:
    """The GraphQL value at ``toks[i]`` and the index after it: an input object a map, a list its items (commas or
    none between them), a string or a block string its words, an enum value ("LESS_COMMON", "INTRAVENOUS") its
    name's words ("Less common"), true, false and numbers as written, a variable ("$input") or null nothing."""
    kind, text, line, parts = toks[i]
    if text in ("{", "["):
        close = "}" if text == "{" else "]"
        entries: list[tuple[str, int, object]] = []
        items: list[object] = []
        i += 1
        while i < len(toks) and toks[i][1] != close:
            if text == "{" and toks[i][0] == "w" and i + 2 < len(toks) and toks[i + 1][1] == ":":
                key, at = toks[i][1], toks[i][2]
                value, i = _gql_value(toks, i + 2)
                if value is not None:
                    entries.append((key, at, value))
            elif text == "[" and toks[i][1] != ",":
                value, i = _gql_value(toks, i)
                if value is not None:
                    items.append(value)
            else:
                i += 1
        return (_Map(entries) if text == "{" else _List(items)), i + 1
    if kind == "s":
        return _Str(parts), i + 1
    if text == "$":
        return None, i + 2
    if kind == "w" and text != "null":
        bare = text in ("true", "false") or text[:1].isdigit() or text[:1] == "-"
        return _Str([(line, text if bare else _words(text))], bare=bare), i + 1
    return None, i + 1


def _gql_tree(toks: list[_Token]) -> tuple[object, int] | None:
    """The tree of a GraphQL operation's arguments: each named argument of a field ("createDrugMonograph(input: {
    ... })") read as a GraphQL value (:func:`_gql_value`), the one that holds the most strings (:func:`_bound_tree`), an
    object that alone holds it all ("input: { monograph: { ... } }") its members; the operation's variables aside;
    the index after the operation's closing brace."""
    start = next((i for i, t in enumerate(toks) if t[1] == "{"), None)
    if start is None:
        return None
    depth, end = 0, len(toks)
    for i in range(start, len(toks)):
        depth += {"{": 1, "}": -1}.get(toks[i][1], 0) if toks[i][0] == "p" else 0
        if depth == 0:
            end = i + 1
            break
    bindings: list[tuple[str, int, object, int]] = []
    i = start
    while i < end:
        if toks[i][1] == "(" and toks[i - 1][0] == "w":
            i += 1
            while i < end and toks[i][1] != ")":
                if toks[i][0] == "w" and toks[i - 1][1] != "$" and i + 2 < end and toks[i + 1][1] == ":":
                    name, line = toks[i][1], toks[i][2]
                    value, i = _gql_value(toks, i + 2)
                    bindings.append((name, line, value, i))
                else:
                    i += 1
        i += 1
    got = _bound_tree(bindings, {})
    if got is None or not isinstance(got[0], _Map):
        return None
    tree = got[0]
    while len(tree.entries) == 1 and isinstance(tree.entries[0][2], _Map) and _data_role(tree.entries[0][0]) is None \
            and _data_section(tree.entries[0][0]) is None:
        tree = tree.entries[0][2]
    return tree, end


def _graphql(body: str) -> str:
    """A GraphQL operation whose arguments hold the answer (fenced or not) as Markdown, line for line
    (:func:`_data_page`): the argument that holds the most strings the tree, its fields read by their names' words
    ("genericName", "notFor" a negation, "seekHelp"), an item's enum value its words ("status: OFF_LABEL" an off-label
    use, "frequency: LESS_COMMON" its group "Less common", "routes: [INTRAVENOUS]" the route), a block string its
    lines; the fence, comments (one that names a section its heading; unfenced, those right above the operation too),
    the operation, brackets and the selection set blank."""
    out = _read_helped(body, _GQL_OPEN, _GQL_TOKEN, _gql_tree)
    if out == body:
        return out
    lines, own = body.split("\n"), out.split("\n")
    k = next(k for k, line in enumerate(lines) if _GQL_OPEN.match(line)) - 1
    while k >= 0 and re.match(r"^[ \t]*#[ \t]*\S", lines[k]) and own[k] == lines[k]:
        own[k] = ""  # (unfenced: "# Creates the card" over "mutation ...", a comment, no heading)
        k -= 1
    return "\n".join(own)


#: awk: a BEGIN block, a string assigned to a variable or an array's element on its line ('brand = "X"',
#: 'use[++nu] = "Y|approved|note"', 'drug["class"] = "Z"'), and what awk scripts write: "print", "printf", "split("
_AWK_OPEN = re.compile(r"^[ \t]*(?:#!.*\bawk\b|BEGIN[ \t]*\{)")
_AWK_BEGIN = re.compile(r"(?m)^[ \t]*BEGIN[ \t]*\{")
_AWK_ASSIGN = re.compile(r"^[ \t]*(?P<n>[A-Za-z_]\w*)[ \t]*(?:\[[ \t]*(?P<i>[^\]\n]*?)[ \t]*\])?[ \t]*=[ \t]*"
                         r"(?P<v>\"(?:[^\"\\\n]|\\.)*\"(?:[ \t]*\"(?:[^\"\\\n]|\\.)*\")*)[ \t]*;?[ \t]*(?:#.*)?$")
_AWK_ASSIGNS = re.compile(_AWK_ASSIGN.pattern, re.M)  # (the same line, searched in the whole body)
_AWK_PRINT = re.compile(r"(?m)^[ \t]*(?:[^\n#]*[;{][ \t]*)?(?:print|printf)\b")
#: the separator a record string is split on ('split(use[i], f, "|")', "split(se[i], f, /;/)")
_AWK_SPLIT = re.compile(r"\bsplit[ \t]*\([^,()\n]+,[ \t]*\w+[ \t]*,[ \t]*(?:\"(?P<s>(?:[^\"\\\n]|\\.)+)\"|"
                        r"/(?P<r>(?:[^/\\\n]|\\.)+)/)")
#: a comment that names a record string's fields ("# condition|status|note", "# fields: group | effect")
_AWK_LAYOUT = re.compile(r"(?P<f>[A-Za-z_]\w*[ \t]*(?P<sep>[^\w\s])[ \t]*[A-Za-z_]\w*"
                         r"(?:[ \t]*(?P=sep)[ \t]*[A-Za-z_]\w*)*)(?![ \t]*[^\w\s(])")
#: a variable's name run together from words ("notfor", "seekhelp", "sideeffects"): its first word
_AWK_RUN = re.compile(r"^(?:not|seek|side|brand|generic|drug|dosage|off|less|how|trade|when)(?=[a-z]{3})")
_AWK_STRING = re.compile(r'"((?:[^"\\\n]|\\.)*)"')
_AWK_STATUS = re.compile(r"^(?:approved|licensed|labell?ed|off[-_ ]?label|unapproved|unlicen[cs]ed|studied|"
                         r"investigational|experimental|not\s+approved)$", re.I)


def _awk_fields(text: str, sep: str, layout: list[str] | None, line: int) -> object:
    """A record string ("Y|off-label|note") as the map its layout names (the comment's field names, in order; the
    last field takes any parts beyond them; a name no role knows a status or a group when its value is one), or, with
    no layout, by what its parts are: a question and its answer, a group's name ("Common"), a status ("approved"), the
    entry and its note; a string without the separator itself."""
    parts = [p.strip() for p in text.split(sep)]
    if len(parts) < 2:
        return _Str([(line, text)])
    if layout and len(layout) >= 2:
        if len(parts) > len(layout):
            parts = [*parts[:len(layout) - 1], sep.join(parts[len(layout) - 1:])]
        return _Map([("status" if _data_role(key) is None and _AWK_STATUS.match(part) else "group"
                      if _data_role(key) is None and is_group_label(part) else key, line, _Str([(line, part)]))
                     for key, part in zip(layout, parts) if part])  # (a field the layout names in words of its
        # own, "licence", read by what its value is: a status, a group)
    if len(parts) == 2 and parts[0].endswith("?"):
        return _Map([("question", line, _Str([(line, parts[0])])), ("answer", line, _Str([(line, parts[1])]))])
    entries: list[tuple[str, int, object]] = []
    for part in parts:
        key = "group" if is_group_label(part) and "group" not in {k for k, _, _ in entries} \
            else "status" if _AWK_STATUS.match(part) else "name" if "name" not in {k for k, _, _ in entries} \
            else "note"
        entries.append((key, line, _Str([(line, part)])))
    return _Map(entries)


def _awk_key(name: str) -> str:
    """A variable's name as its words: "notfor" -> "not for", "seekhelp" -> "seek help", "brand_names" as it is."""
    run = _AWK_RUN.match(name)
    return f"{name[:run.end()]} {name[run.end():]}" if run and name.islower() and "_" not in name else name


def _awk(body: str) -> str:
    """An awk script whose BEGIN block fills the answer's variables before it prints them (fenced or not) as Markdown,
    line for line (:func:`_data_page`): each variable given a string a field read by its name's words ("brand",
    "notfor" a negation, "seek" a seek-help string), each array filled element by element ('use[++n] = "..."') a list
    under its name (one indexed by strings a map), a record string split on the separator "split()" uses into the
    fields a comment above names ("# condition|status|note", "# group|effect", "# question|answer"); the fence, the
    shebang, comments (one that names a section its heading), the print statements and braces blank."""
    lines = body.split("\n")
    window = _data_window(lines, _AWK_OPEN)
    if window is None:
        return body
    first, last = window
    fenced = _FENCE_LINE.match(lines[last]) is not None
    split = _AWK_SPLIT.search("\n".join(lines[first:last + 1]))
    sep = "|" if split is None else split.group("s") or split.group("r")
    sep = re.sub(r"\\(.)", r"\1", sep)
    heads: dict[int, str] = {}
    layout: list[str] | None = None
    layouts: dict[str, list[str] | None] = {}
    order: list[str] = []
    values: dict[str, tuple[int, list[tuple[str | None, int, str]]]] = {}  # (name: its line, its (index, line, text))
    depth, closed = 0, first
    for k in range(first, last + 1):
        line = lines[k]
        if _FENCE_LINE.match(line):
            continue
        comment = re.match(r"^[ \t]*#(?!!)[ \t]*(?P<t>.*)$", line)
        if comment:
            title = comment.group("t").strip(" \t-=#*")
            if title and len(title.split()) <= 6 and section_kind(title) in _MAIN_KINDS:
                heads[k] = f"## {title}"
            got = _AWK_LAYOUT.search(comment.group("t"))
            if got and got.group("sep") == sep[:1]:
                layout = [f.strip() for f in got.group("f").split(sep[:1])]
            continue
        code = re.sub(r'"(?:[^"\\\n]|\\.)*"|#.*$', "", line)
        if not fenced and depth == 0 and code.strip() and k > first \
                and not re.match(r"^[ \t]*(?:BEGIN|END|function|func|[{}]|/|\$|NR|FNR|[A-Za-z_]\w*[ \t]*[=(])", line):
            break  # (unfenced: the page after the script)
        depth += code.count("{") - code.count("}")
        closed = k if code.strip() else closed
        assign = _AWK_ASSIGN.match(line)
        if not assign:
            continue
        name, index = assign.group("n"), assign.group("i")
        text = " ".join(re.sub(r"\\(.)", r"\1", s) for s in _AWK_STRING.findall(assign.group("v")))
        if name not in values:
            order.append(name)
            values[name] = (k, [])
            layouts[name] = layout if index is not None else None
            layout = layout if index is None else None  # (a layout names the fields of the next array alone)
        values[name][1].append((index, k, text))
        if index is None:
            values[name] = (k, [(None, k, text)])  # (a variable given a string twice: its last)
    entries: list[tuple[str, int, object]] = []
    for name in order:
        at, given = values[name]
        keyed = [(index.strip("\"'"), k, text) for index, k, text in given
                 if index is not None and re.fullmatch(r"\"[^\"]*\"|'[^']*'", index)]
        if given[0][0] is None:
            value: object = _Str([(given[0][1], given[0][2])])
        elif keyed and len(keyed) == len(given):
            value = _Map([(key, k, _Str([(k, text)])) for key, k, text in keyed])
        else:
            value = _List([_awk_fields(text, sep, layouts[name], k) for _, k, text in given])
        entries.append((_awk_key(name), at, value))
    if not entries:
        return body
    tree = _shaped(_Map(entries))
    out = _data_page(lines, tree, first, last if fenced else closed, heads)  # type: ignore[arg-type]
    return _help_labelled(out, tree) if out != body else out


#: AppleScript: "set x to" a value (a record, a list or a string), "property x : value", and what only AppleScript
#: writes: a record's "{key:value" and the "¬" that continues a statement on the next line
_AS_SET = re.compile(r"(?m)^[ \t]*(?:set[ \t]+(?:[A-Za-z_]\w*|\|[^|\n]+\|)[ \t]+to|property[ \t]+(?:[A-Za-z_]\w*|"
                     r"\|[^|\n]+\|)[ \t]*:)[ \t]*(?:\{|\"|[A-Za-z_]\w*[ \t]*$)")
_AS_OPEN = re.compile(r"^[ \t]*(?:set[ \t]+\S+[ \t]+to|property[ \t]+\S+[ \t]*:|--(?:[ \t]|$)|\(\*|"
                      r"on[ \t]+run\b|tell\b)")
_AS_MARK = re.compile(r"\u00ac[ \t]*$|\{[ \t]*(?:[A-Za-z_]\w*|\|[^|\n]+\|)[ \t]*:[ \t]*[\"{\w]|^[ \t]*(?:```|~~~)[ \t]*"
                      r"applescript\b", re.M | re.I)
#: the "¬" that continues a statement on the next line (a record written over many lines in one "set" statement)
_AS_GOES_ON = re.compile(r"\u00ac[ \t]*$", re.M)
#: AppleScript's tokens: a comment ("--", "#", "(* *)"), a string, punctuation, a name (one in bars "|brand names|"),
#: a number; the "¬" that continues a line skipped
_AS_TOKEN = re.compile(r'(?P<c>--[^\n]*|#[^\n]*|\(\*.*?\*\))|(?P<s>"(?:[^"\\]|\\.)*")|(?P<p>[{}():,&])|'
                       r"(?P<w>\|[^|\n]*\||[A-Za-z_]\w*|-?\d[\d.]*)", re.S)
#: a constant joined into a string ('"a" & return & "b"', "& linefeed &")
_AS_CONSTANTS = frozenset({"return", "linefeed", "tab", "space", "quote"})


def _as_tree(toks: list[_Token]) -> tuple[object, int] | None:
    """The tree of an AppleScript's statements: each "set x to value" (or "property x : value") read as the generic
    literal is (:func:`_lit_value`: a record "{key:value}" a map, '"a" & "b"' one string), a name its binding's value;
    the bindings no other names, in order, as one map (the record that combines them all, when one does, alone)."""
    own: list[_Token] = []
    for tok in toks:
        if tok[0] == "w" and tok[1].startswith("|"):
            tok = ("w", tok[1].strip("|").strip(), tok[2], tok[3])
        if tok[0] == "w" and tok[1] in _AS_CONSTANTS and own and own[-1][1] == "&":
            own.pop()  # ('"a" & return & "b"': the constant and its "&" dropped, the strings joined)
            continue
        own.append(tok)
    bindings: list[tuple[str, int, object, int]] = []
    i = 0
    while i + 3 < len(own):
        kind, text, line, _ = own[i]
        bound = kind == "w" and (text.casefold() == "set" and own[i + 2][1].casefold() == "to"
                                 or text.casefold() == "property" and own[i + 2][1] == ":")
        if not bound or own[i + 1][0] != "w":
            i += 1
            continue
        value, end = _lit_value(own, i + 3)
        bindings.append((own[i + 1][1], line, value, end))
        i = max(end, i + 1)
    if not bindings:
        return None
    env = {name: value for name, _, value, _ in bindings}
    used: set[str] = set()

    def names(value: object) -> None:
        if isinstance(value, _Str) and value.bare and value.text in env:
            used.add(value.text)
        elif isinstance(value, _Map):
            for _, _, v in value.entries:
                names(v)
        elif isinstance(value, _List):
            for v in value.items:
                names(v)

    for _, _, value, _ in bindings:
        names(value)
    kept = [(name, line, value) for name, line, value, _ in bindings
            if name not in used and isinstance(value, (_Map, _List, _Str))]
    tree = _Map([(name, line, _lit_resolve(value, env)) for name, line, value in kept])
    while len(tree.entries) == 1 and isinstance(tree.entries[0][2], _Map) and _data_role(tree.entries[0][0]) is None \
            and _data_section(tree.entries[0][0]) is None:
        tree = tree.entries[0][2]
    return _shaped(tree), max(b[3] for b in bindings)


def _applescript(body: str) -> str:
    """An AppleScript whose statements hold the answer (fenced or not) as Markdown, line for line
    (:func:`_data_page`): each "set x to value" a field read by its name's words ("brandNames", "notFor" a
    negation, "seekHelp"), a record's keys the same ("lessCommon" a group, "status" a use's status), strings joined
    by "&" (over a "¬" line end) one string, a record that combines the variables ("{genericName:genericName, ...}")
    read once, as the variables; the fence, comments (one that names a section its heading), "return" and brackets
    blank."""
    return _read_helped(body, _AS_OPEN, _AS_TOKEN, _as_tree)


# ---------------------------------------------------------------------------
# Readers of set 157's notations (helper A): a MUMPS routine that sets a global's nodes (' S ^MONO(D,"BRAND",1)="X"',
# ' S ^MONO(D,"USE",2)="Y^STUDIED^note"' split into the pieces a ";" comment names, ' S ^MONO(D,"SE","LESS COMMON",1)
# ="Z"'), a Chapel module's records and constants ("record Use { var offLabel: bool = false; }", 'const uses = [new
# Use("Y", "note", offLabel=true)];', "Frequency.lessCommon", a '"""' string) and a Zeek record filled in an event
# ("type SideEffect: record { freq: Frequency; };", "x = Info($uses = vector(Use($condition=\"Y\", $off_label=T)))")
# ---------------------------------------------------------------------------

#: a MUMPS SET of a subscripted node to a string or a number (' S ^MONO(D,"GENERIC")="X"', "SET ^X(1,2)=3",
#: ' S:ok DRUG("USE",1)="Y"'), and one argument of it ('^MONO(D,"SE","COMMON",1)="Z"_"more"')
_M_SETS = re.compile(r"(?m)^[ \t]+(?:[^;\n]*[ \t])?(?:S|SET|s|set)(?::[^ \t\n]+)?[ \t]+\^?[%A-Za-z][A-Za-z0-9]*"
                     r"\([^;\n]*?\)=(?:\"|-?\d)")
_M_STRING = r"\"(?:[^\"\n]|\"\")*\""
_M_ARG = re.compile(r"(?:^|[ \t,])(?P<ref>\^?[%A-Za-z][A-Za-z0-9]*)\((?P<subs>(?:" + _M_STRING + r"|[^()\"\n])*)\)="
                    r"(?P<v>" + _M_STRING + r"(?:_" + _M_STRING + r")*|[-+]?\d+(?:\.\d+)?)(?=[ \t,]|$)")
#: what only MUMPS writes: a routine's label line ("CHLORPH ; Drug monograph"), a QUIT alone, a KILL or NEW of a
#: name, or a fence that names the language
_M_MARK = re.compile(r"(?m)^(?:[ \t]*(?:```|~~~)[ \t]*(?:mumps|gtm|yottadb|m)[ \t]*$|[%A-Z][A-Za-z0-9]*(?:\([^)\n]*\))?"
                     r"[ \t]+;|[ \t]+(?:Q|QUIT|q|quit)[ \t]*$|[ \t]+(?:K|KILL|N|NEW|k|n)[ \t]+\^?[%A-Za-z])")
#: a line of a routine: a label in capitals (alone, over a comment or a command: "MEROV ;", "EN S X=1"), a line of
#: commands (indented), a comment
_M_LINE = re.compile(r"^(?:[%A-Z][%A-Z0-9]*(?:\([^)\n]*\))?(?:[ \t]*$|[ \t]+(?:;|[A-Z]{1,8}(?::\S+)?(?:[ \t]|$)))|"
                     r"[ \t]+\S|[ \t]*;)")
_M_OPEN = re.compile(_M_SETS.pattern.replace("(?m)", ""))
#: a comment that gives a node's layout (";   ^MONO(D,"USE",n) = condition^status^note", '^X(D,"SE",g,n) = effect')
_M_LAYOUT = re.compile(r";[ \t]*\^?[%A-Za-z][A-Za-z0-9]*\((?P<subs>[^;\n]*?)\)[ \t]*=[ \t]*(?P<v>[A-Za-z][^;\n]*?)"
                       r"[ \t]*$")
#: a node's name in capitals run together from words ("NOTFOR", "SEEKHELP", "SIDEEFFECTS") or an abbreviation of one
_M_SHORT = {"se": "side effects", "ae": "adverse effects", "adr": "adverse reactions", "moa": "mechanism",
            "qa": "questions"}
#: the words such names are run together from ("GETHELP", "WHENTOCALL", "DRUGCLASS", "HOWITWORKS", "LESSCOMMON")
_M_WORDS = frozenset("""not for never avoid seek get help call when to doctor warning signs emergency side
    effects effect adverse reactions reaction brand brands trade names name generic drug class dosage forms form
    route routes off label unlicensed less more very common uncommon frequent infrequent rare serious severe how
    it works work mechanism of action use uses used usage indications indication condition conditions status
    approved note notes summary description question questions answer answers faq faqs also known as synonyms
    salt strength strengths""".split())


def _m_subscripts(text: str) -> list[object]:
    """A node's subscripts: a string its text (a doubled quote one quote), a number an int, a name (a variable)
    itself in a tuple."""
    subs: list[object] = []
    for m in re.finditer(r"(" + _M_STRING + r")|([-+]?\d+(?:\.\d+)?)|([%A-Za-z][A-Za-z0-9]*|\$\w+\([^)]*\))", text):
        if m.group(1) is not None:
            subs.append(m.group(1)[1:-1].replace('""', '"'))
        elif m.group(2) is not None:
            subs.append(int(float(m.group(2))))
        else:
            subs.append((m.group(3),))
    return subs


def _m_key(sub: str, named: dict[str, str]) -> str:
    """A string subscript as the words of a key: "NOTFOR" -> "not for", "SEEKHELP" -> "seek help", "LESS COMMON" ->
    "less common", a name the layout comment gives it ("SE" = side effect) or an abbreviation's words; others as
    written."""
    if sub in named:
        return named[sub]
    if not sub.isupper():
        return sub
    low = sub.lower()
    if low in _M_SHORT or not re.fullmatch(r"[a-z]{6,}", low) or _data_role(low) or _data_section(low):
        return _M_SHORT.get(low, low)
    best: list[list[str] | None] = [[]] + [None] * len(low)  # (the fewest words of :data:`_M_WORDS` that spell
    for end in range(1, len(low) + 1):  # each prefix)
        for start in range(end):
            head, word = best[start], low[start:end]
            if head is not None and word in _M_WORDS and (best[end] is None or len(head) + 1 < len(best[end])):
                best[end] = [*head, word]
    return " ".join(best[-1]) if best[-1] else _awk_key(low)


def _m_node(node: dict, where: dict[int, int], layouts: dict[str, list[str]], sep: str, key: str) -> object:
    """A tree of subscripts (each node a dict of its children, its own value under "\0") as the data tree: a node
    with numbered children a list of them in their order, one with named children a map (a value of its own its
    "summary"), a leaf's string on its line, split into the pieces the layout comment of its key names (or, with no
    layout, read by what its pieces are: :func:`_awk_fields`)."""
    own = node.get("\0")
    children = [(sub, child) for sub, child in node.items() if sub != "\0"]
    if not children:
        return _awk_fields(own[1], sep, layouts.get(key), own[0]) if sep in own[1] else _Str([own])
    values = [_m_node(child, where, layouts, sep, key if isinstance(sub, int) else str(sub)) for sub, child in children]
    head = [] if own is None else [_Str([own])]
    if all(isinstance(sub, int) for sub, _ in children):
        return _List([*head, *(v for _, v in sorted(zip((sub for sub, _ in children), values), key=lambda e: e[0]))])
    return _Map([("summary", s.line, s) for s in head]
                + [(str(sub), where[id(child)], v) for (sub, child), v in zip(children, values)])


def _mumps(body: str) -> str:
    """A MUMPS routine that stores the answer in a global's nodes (fenced or not) as Markdown, line for line
    (:func:`_data_page`): each SET of a node a value on its line, the subscripts every SET shares (the drug's
    variable, "^MONO(D,...") dropped, the others a tree: a string subscript a key read by its words ("BRAND", "NOTFOR"
    a negation, "SEEKHELP", "LESS COMMON" a group, "Q" / "A" a question and its answer), numbered ones a list in their
    order; a value's "^" pieces the fields a comment's layout names (";   ^X(D,"USE",n) = condition^status^note"), a
    node the layout names in words (' ^X(D,"SE",group,n) = side effect') that name; the fence, the label line,
    comments (one that names a section its heading) and the other commands blank."""
    lines = body.split("\n")
    window = _data_window(lines, _M_OPEN)
    if window is None:
        return body
    first, last = window
    fenced = _FENCE_LINE.match(lines[last]) is not None
    if not fenced:  # (unfenced: the routine's lines around the first SET, its label line and comments among them)
        while first > 0 and _M_LINE.match(lines[first - 1]):
            first -= 1
        last = first
        while last + 1 < len(lines) and _M_LINE.match(lines[last + 1]):
            last += 1
    heads: dict[int, str] = {}
    sets: list[tuple[int, str, list[object], str]] = []  # (line, global, subscripts, value)
    layouts: list[tuple[list[object], str]] = []
    for k in range(first, last + 1):
        line = lines[k]
        if _FENCE_LINE.match(line):
            continue
        comment = re.match(r"^(?:[%A-Za-z][A-Za-z0-9]*)?[ \t]*;+[ \t]*(?P<t>.*)$", line)
        if comment:
            _comment_head(heads, k, comment.group("t"))
            got = _M_LAYOUT.search(line)
            if got:
                layouts.append((_m_subscripts(got.group("subs")), got.group("v")))
            continue
        text = re.sub(r"[ \t];.*$", "", re.sub(_M_STRING, lambda m: "\x01" * len(m.group(0)), line))
        own = line[:len(text)]  # (the line up to its comment, strings kept)
        for m in _M_ARG.finditer(own):
            value = "".join(s[1:-1].replace('""', '"') for s in re.findall(_M_STRING, m.group("v"))) \
                if m.group("v").startswith('"') else m.group("v")  # ('"a"_"b"': "_" joins them)
            sets.append((k, m.group("ref"), _m_subscripts(m.group("subs")), value))
    if not sets:
        return body
    code = "\n".join(lines[first:last + 1])  # (the pieces' delimiter: the one "$PIECE" takes, else the one of the
    piece = re.search(r"\$P(?:IECE)?\([^,\n]+,\"(?P<d>[^\"\n]+)\"", code, re.I)  # layout comments' that most
    marks = [m.group("sep") for _, said in layouts if (m := _AWK_LAYOUT.fullmatch(said))]  # values hold, "^" the
    sep = piece.group("d") if piece else max(["^", *marks], key=lambda d: sum(d in v for *_, v in sets))  # default)
    name = max({g for _, g, _, _ in sets}, key=lambda g: sum(s[1] == g for s in sets))
    own_sets = [(k, subs, value) for k, g, subs, value in sets if g == name]
    shared = 0
    while all(len(subs) > shared + 1 for _, subs, _ in own_sets) \
            and len({repr(subs[shared]) for _, subs, _ in own_sets}) == 1:
        shared += 1
    named: dict[str, str] = {}
    pieces: dict[str, list[str]] = {}
    prefix = {s for s in own_sets[0][1][:shared] if isinstance(s, str)}
    for subs, said in layouts:  # (the layout's literal subscripts, the drug's aside, name the node it gives)
        keys = [s for s in subs if isinstance(s, str) and s not in prefix]
        if not keys:
            continue
        if sep in said:
            pieces[keys[-1]] = [w.strip() for w in said.split(sep)]
        elif _data_role(keys[0]) is None and _data_section(_m_key(keys[0], {})) is None:
            named[keys[0]] = said.split("/")[0].strip()
    root: dict = {}
    where: dict[int, int] = {}
    for k, subs, value in own_sets:
        node = root
        for sub in subs[shared:]:
            sub = _m_key(sub, named) if isinstance(sub, str) else sub if isinstance(sub, int) else sub[0]
            if sub not in node:
                node[sub] = {}
                where[id(node[sub])] = k
            node = node[sub]
        node["\0"] = (k, value)
    layout = {_m_key(key, named): fields for key, fields in pieces.items()}
    tree = _m_node(root, where, layout, sep, "")
    while isinstance(tree, _Map) and len(tree.entries) == 1 and isinstance(tree.entries[0][2], _Map) \
            and _data_role(tree.entries[0][0]) is None and _data_section(tree.entries[0][0]) is None:
        tree = tree.entries[0][2]  # (a node of the drug's own, '^MONO("X")="..."' beside '^MONO("X","USE",1)')
    if not isinstance(tree, _Map) or len(tree.entries) < 3:
        return body
    tree = _shaped(tree)
    out = _data_page(lines, tree, first, last, heads)  # type: ignore[arg-type]
    return _quoted_labels(_help_labelled(out, tree), first, last) if out != body else out  # (one node a line:
    # no free line for a heading, so "> **Usage:** ..." run in, quoted once)


#: Chapel: a record declared with its fields ("record Use {", "  var offLabel: bool = false;"), a module-level
#: constant or variable given a value ('const brandNames = ["A", "B"];', "var x: [1..2] string = ..."), what only
#: Chapel writes ("module X {", "proc main() {", "writeln(", a fence that names it) and "new" before a record's call
_CHPL_RECORD = re.compile(r"(?m)^[ \t]*(?:(?:private|public)[ \t]+)?(?:record|class)[ \t]+(?P<n>[A-Za-z_]\w*)[ \t]*"
                          r"(?::[^{\n]*)?\{")
_CHPL_FIELD = re.compile(r"(?m)^[ \t]*(?:var|const|param)[ \t]+(?P<n>[A-Za-z_]\w*(?:[ \t]*,[ \t]*[A-Za-z_]\w*)*)"
                         r"[ \t]*:[ \t]*(?P<t>[^=;\n]+?)[ \t]*(?:=[^;\n]*)?;")
_CHPL_CONST = re.compile(r"(?m)^[ \t]*(?:(?:config|private|public)[ \t]+)*(?:const|var|param)[ \t]+[A-Za-z_]\w*"
                         r"(?:[ \t]*:[^=;\n]*)?[ \t]*=[ \t]*(?:\"|\[|new\b|[A-Z]\w*\()")
_CHPL_NEWS = re.compile(r"\bnew[ \t]+(?:(?:owned|shared|unmanaged|borrowed)[ \t]+)?[A-Z]\w*[ \t]*\(")
_CHPL_ENUM = re.compile(r"(?m)^[ \t]*(?:(?:private|public)[ \t]+)?enum[ \t]+[A-Za-z_]\w*[ \t]*\{")
_CHPL_MARK = re.compile(r"(?m)^[ \t]*(?:module[ \t]+[A-Za-z_]\w*[ \t]*\{|proc[ \t]+[A-Za-z_]\w*[ \t]*\(|"
                        r"(?:```|~~~)[ \t]*chapel[ \t]*$)|\bwriteln[ \t]*\(")
_CHPL_OPEN = re.compile(r"^[ \t]*(?://|/\*|(?:(?:config|private|public|prototype)[ \t]+)*(?:module|use|import|record|"
                        r"class|enum|const|var|param)\b)")
#: a block whose inside holds no value: a record's fields, an enum's members, a procedure's code
_CHPL_BLOCKS = frozenset({"record", "class", "enum", "proc", "iter", "union", "operator", "for", "forall", "while",
                          "if", "coforall"})
#: the words of a memory management strategy after "new" ("new owned Use(...)")
_CHPL_NEW = frozenset({"new", "owned", "shared", "unmanaged", "borrowed"})


def _record_fields(body: str, rx: re.Pattern[str], field: re.Pattern[str]) -> tuple[dict[str, list[str]],
                                                                                         dict[str, str]]:
    """The records ``body`` declares (``rx``, its brace last) with their fields in order, each named as
    :func:`_field_key` names it ("freq: Frequency" -> "Frequency"); and, of the fields so renamed, each name's key,
    for the arguments a call names ("$freq=COMMON")."""
    fields: dict[str, list[str]] = {}
    keys: dict[str, str] = {}
    for m in rx.finditer(body):
        own: list[str] = []
        for f in field.finditer(_braced(body, m.end() - 1)):
            typ = re.sub(r"&\w+(?:=\S*)?|\s+", " ", f.group("t")).strip().rsplit("::", 1)[-1]  # (Zeek's
            # "&optional", "&default=F", "Monograph::Frequency")
            for name in f.group("n").split(","):
                key = _field_key(name.strip(), typ)
                own.append(key)
                if key != name.strip():
                    keys[name.strip()] = key
        fields[m.group("n")] = own
    return fields, keys


def _enum_words(body: str, rx: re.Pattern[str]) -> dict[str, str]:
    """The members of the enums ``body`` declares (``rx``, its brace last: "enum Frequency { common, lessCommon }")
    each as its words ("lessCommon" -> "Less common", "LESS_COMMON" the same)."""
    return {m.group(0): _words(m.group(0)) for e in rx.finditer(body)
            for m in re.finditer(r"(?<![\w=.])[A-Za-z_]\w*(?![\w(])",
                                 re.sub(r"=[^,}\n]*|(?:#|//)[^\n]*", "", _braced(body, e.end() - 1)))}


def _renamed(value: object, keys: dict[str, str], names: dict[str, str]) -> object:
    """``value`` with each map key ``keys`` renames under its new name and each bare word that names an enum's member
    ("Frequency.lessCommon", "Monograph::LESS_COMMON") its words."""
    if isinstance(value, _Str) and value.bare:
        word = re.split(r"\.|::", value.text)[-1]
        return _Str([(value.line, names[word])]) if word in names else value
    if isinstance(value, _Map):
        value.entries = [(keys.get(k, k), at, _renamed(v, keys, names)) for k, at, v in value.entries]
    elif isinstance(value, _List):
        value.items = [_renamed(v, keys, names) for v in value.items]
    return value


def _bindings_tree(bindings: list[tuple[str, int, object, int]], keys: dict[str, str],
                   names: dict[str, str]) -> tuple[object, int] | None:
    """The tree of a program's bindings (:func:`_bound_tree`), a name bound above resolved to its value
    (:func:`_lit_resolve`: "monograph = new Monograph(genericName, uses)"), its keys and enum members renamed
    (:func:`_renamed`)."""
    env = {name: value for name, _, value, _ in bindings if name}
    own = [(name, line, _renamed(_lit_resolve(value, env), keys, names), end) for name, line, value, end in bindings]
    got = _bound_tree(own, names)
    if got is None or not isinstance(got[0], _Map):
        return got
    got[0].entries = [(k, at, _joined(v) if _data_role(k) is None and _data_section(k) is None else v)
                      for k, at, v in got[0].entries]  # ("combination_products": one text of them, as a Ballerina
    return got  # record's)


def _chpl_tree(toks: list[_Token], fields: dict[str, list[str]], keys: dict[str, str],
               names: dict[str, str]) -> tuple[object, int] | None:
    """The tree of a Chapel module's constants: each "const" (or "var", "param") given a value, its type aside, read as
    the generic literal is (:func:`_lit_value`: "[ ... ]" a list, "Use(...)" a map of the record's fields, an
    argument by position named by its field, "offLabel=true" by its name, strings joined by "+"), the records', enums'
    and procedures' blocks skipped."""
    own = _lit_named([t for t in toks if not (t[0] == "w" and t[1] in _CHPL_NEW)], fields)
    bindings: list[tuple[str, int, object, int]] = []
    i = 0
    while i < len(own):
        kind, text, line, _ = own[i]
        if kind == "w" and text in _CHPL_BLOCKS:
            j = i + 1
            while j < len(own) and own[j][1] not in ("{", ";"):
                j += 1
            depth = 0
            while j < len(own):
                depth += {"{": 1, "}": -1}.get(own[j][1], 0) if own[j][0] == "p" else 0
                j += 1
                if depth <= 0:
                    break
            i = j
            continue
        if kind == "w" and text in ("const", "var", "param", "let") and i + 1 < len(own) and own[i + 1][0] == "w":
            j, depth = i + 2, 0
            while j < len(own) and not (depth == 0 and own[j][1] in ("=", ";")):
                depth += (own[j][1] in ("(", "[", "{")) - (own[j][1] in (")", "]", "}"))
                j += 1
            if j + 1 < len(own) and own[j][1] == "=":
                value, end = _lit_value(own, j + 1)
                bindings.append((own[i + 1][1], line, value, end))
                i = max(end, i + 1)
                continue
        i += 1
    return _bindings_tree(bindings, keys, names)


def _chapel(body: str) -> str:
    """A Chapel module whose records are the schema and whose constants hold the answer (fenced or not) as Markdown,
    line for line (:func:`_data_page`): each constant a field read by its name's words ("brandNames", "notFor" a
    negation, "seekHelp"), "new Use(...)" a map of the record's fields (arguments by position named by the record's
    fields in order, "offLabel=true" an off-label use), an enum member ("Frequency.lessCommon") its words, a string in
    three quotes its lines (:func:`_chpl_tree`); the fence, comments (one that names a section its heading), the
    module, the records and the procedures blank."""
    fields, keys = _record_fields(body, _CHPL_RECORD, _CHPL_FIELD)
    names = _enum_words(body, _CHPL_ENUM)
    return _read_helped(body, _CHPL_OPEN, _LIT_TOKEN, lambda toks: _chpl_tree(toks, fields, keys, names))


#: Zeek: a record type and an enum type ("type Use: record {", "type Frequency: enum {"), a record's field ("note:
#: string &optional;"), a record's constructor called with "$field=value" arguments ("x = Info(", 'Use($condition="Y",
#: $off_label=T)') and what only Zeek writes ("module X;", "export {", "event zeek_init()", "##!", a fence naming it)
_ZEEK_TYPE = re.compile(r"(?m)^[ \t]*type[ \t]+(?P<n>[A-Za-z_][\w:]*)[ \t]*:[ \t]*record[ \t]*\{")
_ZEEK_ENUM = re.compile(r"(?m)^[ \t]*type[ \t]+[A-Za-z_][\w:]*[ \t]*:[ \t]*enum[ \t]*\{")
_ZEEK_FIELD = re.compile(r"(?m)^[ \t]*(?P<n>[A-Za-z_]\w*)[ \t]*:[ \t]*(?P<t>[^;{}\n]+?)[ \t]*;")
_ZEEK_ARG = re.compile(r"(?m)(?:^|[(\[,])[ \t]*\$[A-Za-z_]\w*[ \t]*=[ \t]*(?:\"|[A-Za-z_]\w*[ \t]*\(|T\b|F\b|"
                       r"[A-Z][A-Z0-9_]*\b)")
_ZEEK_MARK = re.compile(r"(?m)^[ \t]*(?:event[ \t]+zeek_init[ \t]*\(|export[ \t]*\{|module[ \t]+[A-Za-z_]\w*[ \t]*;|"
                        r"##!|redef[ \t]|(?:```|~~~)[ \t]*(?:zeek|bro)[ \t]*$)")
_ZEEK_OPEN = re.compile(r"^[ \t]*(?:##!|@load\b|module[ \t]+\w+[ \t]*;|export[ \t]*\{|type[ \t]+[\w:]+[ \t]*:|global\b|"
                        r"const\b|redef\b|event\b)")
_ZEEK_BOOL = {"T": "true", "F": "false"}


def _zeek(body: str) -> str:
    """A Zeek script whose record types are the schema and whose constructor call holds the answer (fenced or not) as
    Markdown, line for line (:func:`_data_page`): the record a name is given ("x = Info(...)") that holds the most
    strings the tree, read as the generic literal is (:func:`_lit_value`: "$field=value" arguments its members,
    "vector(...)" and "set(...)" lists, strings joined by "+"), a field named by its type when only that says what it
    holds ("freq: Frequency"), an enum member ("LESS_COMMON") its words, "T" / "F" true and false ("$off_label=T" an
    off-label use); the fence, comments (one that names a section its heading), the export block, the event and the
    statements after the record blank."""
    _, keys = _record_fields(body, _ZEEK_TYPE, _ZEEK_FIELD)
    names = _enum_words(body, _ZEEK_ENUM)

    def tree(toks: list[_Token]) -> tuple[object, int] | None:
        own = [(k, _ZEEK_BOOL[t], line, [(line, _ZEEK_BOOL[t])]) if k == "w" and t in _ZEEK_BOOL else (k, t, line, p)
               for k, t, line, p in toks]
        return _bindings_tree(_typed_bindings(own, ()), keys, names)
    return _read_helped(body, _ZEEK_OPEN, _LIT_TOKEN, tree)


# ---------------------------------------------------------------------------
# Answers firstcontact157 showed the reader had never seen: Kotlin data classes with one value of them ("enum class
# Frequency { COMMON, LESS_COMMON }", "data class Use(val condition: String, val status: UseStatus = ...)", "val x =
# DrugMonograph(" over '    genericName = "X",', 'Use("Y", UseStatus.STUDIED, "note")', a '"""' string with
# ".trimIndent()"), a Pony class ("primitive LessCommon", "type Frequency is (Common | LessCommon)", "class val Use"
# over "new val create(condition': String, status': UseStatus = Approved) =>", "primitive X" over 'fun uses():
# Array[Use] val =>' and '[ Use("Y", "note", OffLabel) ... ]' items one a line or after ";") and an Azure Bicep
# parameters file ("using './x.bicep'", "param brandNames = [" over "'A'" and "'B'" one a line, "{ condition: 'Y'
# status: 'off-label' }" with no commas, a "'''" string, "\'" escapes)
# ---------------------------------------------------------------------------

#: a constructor's parameter ("val condition: String", "status': UseStatus = Approved", "@Json val x: T"): its name and
#: its type
_CTOR_PARAM = re.compile(r"^\s*(?:@\w+(?:\([^()]*\))?\s+)*(?:(?:val|var|private|public|internal|protected|override|"
                         r"let|embed)\s+)*(?P<n>[A-Za-z_]\w*)'*\s*:\s*(?P<t>[^=]*?)\s*(?:=.*)?$", re.S)


def _ctor_params(text: str, kinds: set[str]) -> list[str]:
    """A constructor's parameter list ("val condition: String, val status: UseStatus = UseStatus.APPROVED") as the
    keys its arguments given by position stand for, in order: each parameter's name, or its type's when only that says
    what it holds (:func:`_field_key`: "val level: Frequency"), or, when neither does and the type is one of the
    enumerations ``kinds`` ("val licence: Licence"), "status" (a use's kind, an effect's group, as Gleam's)."""
    own: list[str] = []
    depth, start = 0, 0
    cuts: list[str] = []
    for k, ch in enumerate(text + ","):
        depth += (ch in "([<{") - (ch in ")]>}")
        if ch == "," and depth == 0:
            cuts.append(text[start:k])
            start = k + 1
    for cut in cuts:
        got = _CTOR_PARAM.match(cut)
        if got:
            typ = re.sub(r"[?!]$", "", got.group("t").strip())
            key = _field_key(got.group("n"), typ)
            own.append("status" if typ in kinds and _data_role(key) is None and _data_section(key) is None else key)
    return own


def _line_items(toks: list[_Token], opens: tuple[str, ...]) -> list[_Token]:
    """``toks`` with a comma between two values on different lines inside one of the brackets ``opens`` ("[" over
    "'A'" and "'B'", Bicep's "{ a: 'x'" over "b: 'y' }", Pony's '[ Use(...)' over 'Use(...) ]'): items one a line
    need none, and strings side by side would read as one."""
    own: list[_Token] = []
    stack: list[str] = []
    for tok in toks:
        kind, text, line, _ = tok
        if own and stack and stack[-1] in opens and line > own[-1][2] \
                and (own[-1][0] in ("s", "w") or own[-1][1] in _LIT_CLOSERS) \
                and (kind in ("s", "w") or text in ("[", "{")):
            own.append(("p", ",", line, [(line, ",")]))
        if kind == "p" and text in _LIT_OPENERS:
            stack.append(text)
        elif kind == "p" and text in _LIT_CLOSERS and stack:
            stack.pop()
        own.append(tok)
    return own


def _declared_tree(bindings: list[tuple[str, int, object, int]], names: dict[str, str]
                   ) -> tuple[object, int] | None:
    """The tree of a program's declared values (:func:`_bound_tree`), a name in one of them the value it names."""
    env = {n: v for n, _, v, _ in bindings if n}
    bindings = [(n, at, _lit_resolve(v, env), end) for n, at, v, end in bindings]
    got = _bound_tree(bindings, names)
    if got is None or not isinstance(got[0], _Map):
        return got
    tree = got[0]
    while len(tree.entries) == 1 and isinstance(tree.entries[0][2], _Map) and _data_role(tree.entries[0][0]) is None \
            and _data_section(tree.entries[0][0]) is None:
        tree = tree.entries[0][2]
    return tree, got[1]


def _skip_brackets(toks: list[_Token], i: int) -> int:
    """The index after the bracket opened at ``toks[i]`` closes."""
    depth = 0
    while i < len(toks):
        depth += (toks[i][1] in _LIT_OPENERS) - (toks[i][1] in _LIT_CLOSERS) if toks[i][0] == "p" else 0
        i += 1
        if depth <= 0:
            return i
    return i


#: Kotlin: a data class ("data class Use(", "data class Faq(val q: String"), a value made by a call of a type
#: ("val nelfinavir = DrugMonograph(", "val x: Card = Card("), an argument named on its line ('    genericName = "X",',
#: "    uses = listOf(") and an enum class ("enum class Frequency { COMMON, LESS_COMMON }")
_KT_DATA = re.compile(r"(?m)^[ \t]*(?:(?:public|internal|private)[ \t]+)?data[ \t]+class[ \t]+[A-Z]\w*[ \t]*\(")
_KT_VALUE = re.compile(r"(?m)^[ \t]*(?:(?:public|internal|private|const)[ \t]+)*val[ \t]+[A-Za-z_]\w*[ \t]*"
                       r"(?::[ \t]*[\w.<>?, ]+)?=[ \t]*(?:[A-Z]\w*|listOf|mapOf)[ \t]*\(")
_KT_ARG = re.compile(r"(?m)^[ \t]*[a-z]\w*[ \t]*=[ \t]*(?:\"|[A-Za-z_][\w.]*[ \t]*\()")
_KT_OPEN = re.compile(r"^[ \t]*(?://|/\*|package[ \t]|import[ \t]|(?:(?:public|internal|private|data|enum|sealed|"
                      r"const)[ \t]+)*(?:class|object|val|var|fun)[ \t])")
_KT_ENUM = re.compile(r"(?m)^[ \t]*(?:(?:public|internal|private)[ \t]+)?enum[ \t]+class[ \t]+(?P<n>[A-Z]\w*)"
                      r"(?:[ \t]*\([^()]*\))?[ \t]*\{")
#: an enum constant, with the string its constructor is given when it is ('LESS_COMMON("Less common")')
_KT_CONSTANT = re.compile(r"(?:^|[,{;])\s*(?P<n>[A-Za-z_]\w*)\s*(?:\(\s*\"(?P<v>(?:[^\"\\\n]|\\.)*)\"[^()]*\))?"
                          r"\s*(?=,|;|$)")
#: the calls that trim a raw string ('"""...""".trimIndent()', ".trimMargin()")
_KT_TRIMS = frozenset({"trimIndent", "trimMargin", "trim", "trimEnd", "trimStart"})


def _kt_enums(body: str) -> dict[str, str]:
    """The constants of ``body``'s enum classes, each the string its constructor is given ('LESS_COMMON("Less
    common")') or the words of its name ("LESS_COMMON" "Less common")."""
    names: dict[str, str] = {}
    for m in _KT_ENUM.finditer(body):
        inner = re.sub(r"//[^\n]*|/\*.*?\*/", "", _braced(body, m.end() - 1), flags=re.S).split(";", 1)[0]
        for c in _KT_CONSTANT.finditer(inner.strip()):
            names[c.group("n")] = c.group("v") if c.group("v") is not None else _words(c.group("n"))
    return names


def _kt_tokens(toks: list[_Token]) -> list[_Token]:
    """Kotlin's tokens as the generic literal's: a raw string's ".trimIndent()" dropped, a nullable type's "?" and a
    "!!" aside."""
    own: list[_Token] = []
    i = 0
    while i < len(toks):
        if toks[i][1] == "." and own and own[-1][0] == "s" and i + 3 < len(toks) and toks[i + 1][1] in _KT_TRIMS \
                and toks[i + 2][1] == "(" and toks[i + 3][1] == ")":
            i += 4
            continue
        own.append(toks[i])
        i += 1
    return own


def _kt_tree(toks: list[_Token], classes: dict[str, list[str]], names: dict[str, str]) -> tuple[object, int] | None:
    """The values a Kotlin file declares: each "val x = value" (a type after the name aside) and each function whose
    body is one expression ("fun faqs() = listOf(") read as the generic literal is (:func:`_lit_value`: "name = value"
    arguments its members, "listOf(...)" a list, strings joined by "+" one string), an argument given by position
    named by its class's parameter in its place (:func:`_lit_named`); the classes' own declarations skipped."""
    toks = _lit_named(_kt_tokens(toks), classes)
    bindings: list[tuple[str, int, object, int]] = []
    i = 0
    while i < len(toks):
        kind, text, line, _ = toks[i]
        if kind == "w" and text == "class":  # (a class's parameters and body: declarations, no values)
            j = i + 2
            while j < len(toks) and toks[j][2] == toks[i][2] and toks[j][1] in ("(", "<") and toks[j][0] == "p":
                j = _skip_brackets(toks, j)
            if j < len(toks) and toks[j][1] == "{":
                j = _skip_brackets(toks, j)
            i = max(j, i + 1)
            continue
        if kind == "w" and text in ("val", "var", "fun") and i + 1 < len(toks) and toks[i + 1][0] == "w":
            name, j = toks[i + 1][1], i + 2
            if j < len(toks) and toks[j][1] == "(" and text == "fun":
                j = _skip_brackets(toks, j)
            while j < len(toks) and toks[j][2] == line and toks[j][1] not in ("=", "{"):
                j += 1
            if j + 1 < len(toks) and toks[j][1] == "=":
                value, end = _lit_value(toks, j + 1)
                if value is not None:
                    bindings.append((name, line, value, end))
                i = max(end, j + 1)
                continue
        i += 1
    return _declared_tree(bindings, names)


def _kotlin(body: str) -> str:
    """Kotlin data classes and a value made of them (fenced or not) as Markdown, line for line (:func:`_data_page`):
    the value a "val" holds that has the most strings the tree (or, when it holds fewer than half of them, every
    "val" by its name), read as the generic literal is ("name = value" arguments its members, "listOf(...)" a list,
    strings joined by "+" one string, a raw string its lines), an argument given by position named by its data
    class's parameter ('SideEffect("Z", Frequency.LESS_COMMON)'), an enum constant its string or its name's words
    ("Less common", "UseStatus.STUDIED" a studied, off-label use), "notFor" a negation, a seek-help string labelled;
    the fence, comments (one that names a section its heading), the classes and "fun main()" blank."""
    kinds = {m.group("n") for m in _KT_ENUM.finditer(body)}
    classes = {m.group("n"): _ctor_params(m.group("p"), kinds) for m in _LIT_CLASS.finditer(body)}
    names = _kt_enums(body)
    return _read_helped(body, _KT_OPEN, _LIT_TOKEN, lambda toks: _kt_tree(toks, classes, names))


#: Pony: a type's declaration ("primitive LessCommon", "class val Use", "actor Main"), a function whose value follows
#: "=>" ("fun uses(): Array[Use] val =>", "fun box name(): String =>"), a field or local given a value ("let x:
#: String = "), a constructor ("new val create(a': String) =>") and a union of primitives ("type F is (A | B)")
_PONY_DECL = re.compile(r"(?m)^[ \t]*(?:primitive|actor|(?:class|struct)[ \t]+(?:val|ref|iso|trn|box|tag)|"
                        r"type[ \t]+[A-Z]\w*[ \t]+is[ \t]*\()[ \t]*[A-Z(]")
_PONY_FUN = re.compile(r"(?m)^[ \t]*fun[ \t]+(?:(?:box|ref|val|iso|trn|tag)[ \t]+)?[a-z_]\w*[ \t]*\([^)\n]*\)"
                       r"[ \t]*(?::[^=\n]*)?=>")
_PONY_NEW = re.compile(r"(?m)^[ \t]*new[ \t]+(?:(?:box|ref|val|iso|trn|tag)[ \t]+)?[a-z_]\w*[ \t]*\(")
_PONY_OPEN = re.compile(r"^[ \t]*(?://|/\*|use[ \t]+\"|primitive[ \t]|actor[ \t]|class[ \t]|struct[ \t]|type[ \t])")
#: Pony's tokens: a comment, a string in three quotes (its raw lines), a string, a character literal (skipped), a
#: name (a prime after it, "condition'", its own), a number, punctuation
_PONY_TOKEN = re.compile(r'(?P<c>//[^\n]*|/\*.*?\*/)|"""(?P<l3>.*?)"""|(?P<s>"(?:[^"\\]|\\.)*")|'
                         r"'(?:[^'\\\n]|\\.)+'|(?P<w>[A-Za-z_]\w*'*(?:\.[A-Za-z_]\w*'*)*|-?\d[\d_.]*)|"
                         r"(?P<p>=>|[{}\[\](),;:=+|&.])", re.S)
#: a type's declaration and its body, up to the next ("class val Use" ... "new val create(condition': String,
#: status': UseStatus = Approved) =>", "primitive LessCommon")
_PONY_TYPE = re.compile(r"(?ms)^[ \t]*(?P<k>class|struct|actor|primitive)[ \t]+(?:(?:val|ref|iso|trn|box|tag)[ \t]+)?"
                        r"(?P<n>[A-Z]\w*)\b(?P<b>.*?)(?=^[ \t]*(?:class|struct|actor|primitive|type|interface|trait)"
                        r"[ \t]|^[ \t]*(?:```|~~~)|\Z)")
_PONY_CREATE = re.compile(r"\bnew[ \t]+(?:(?:val|ref|iso|trn|box|tag)[ \t]+)?create[ \t]*\((?P<p>[^()]*"
                          r"(?:\([^()]*\)[^()]*)*)\)")
_PONY_UNION = re.compile(r"(?m)^[ \t]*type[ \t]+(?P<t>[A-Z]\w*)[ \t]+is[ \t]*\((?P<m>[^()]*)\)")
_PONY_CAPS = frozenset({"val", "ref", "iso", "trn", "box", "tag"})


def _pony_tokens(toks: list[_Token]) -> list[_Token]:
    """Pony's tokens as the generic literal's: a prime after a name dropped ("status'"), named arguments after
    "where" arguments like the others, "recover val" and "end" around a value and an array's "as Type:" aside,
    "X.create(" a call of X."""
    own: list[_Token] = []
    i = 0
    while i < len(toks):
        kind, text, line, parts = toks[i]
        if kind == "w":
            text = re.sub(r"'+", "", text)
            text = text[:-len(".create")] if text.endswith(".create") else text
        if kind == "w" and text == "recover":
            i += 2 if i + 1 < len(toks) and toks[i + 1][1] in _PONY_CAPS else 1
            continue
        if kind == "w" and text == "end":
            i += 1
            continue
        if kind == "w" and text == "as" and own and own[-1][1] == "[":  # ("[as Use: Use(...); ...]")
            j = i + 1
            while j < len(toks) and toks[j][1] != ":" and toks[j][2] == line:
                j += 1
            i = j + 1
            continue
        if kind == "w" and text == "where":
            own.append(("p", ",", line, [(line, ",")]))
            i += 1
            continue
        own.append((kind, text, line, parts))
        i += 1
    return own


def _pony_tree(toks: list[_Token], classes: dict[str, list[str]], names: dict[str, str], own: set[int]
               ) -> tuple[object, int] | None:
    """The values a Pony program declares: each function's value ("fun uses(): Array[Use] val =>" over its array)
    and each "let" (or "var", "embed") given one, by its name, read as the generic literal is (:func:`_lit_value`:
    arrays with items one a line or after ";", strings joined by "+" one string, a string in three quotes its lines),
    an argument given by position named by its class's constructor parameter in its place (:func:`_lit_named`);
    constructors' bodies, the types' declarations and the functions of the value types themselves (on the lines
    ``own``: "fun string(): String =>" in "class val Use") skipped."""
    toks = _lit_named(_line_items(_pony_tokens(toks), ("[",)), classes)
    bindings: list[tuple[str, int, object, int]] = []
    i = 0
    while i < len(toks):
        kind, text, line, _ = toks[i]
        at = None
        if kind == "w" and text == "fun" and line not in own:
            j = i + 1 + (i + 1 < len(toks) and toks[i + 1][1] in _PONY_CAPS)
            name = toks[j][1] if j < len(toks) else ""
            depth = 0
            while j < len(toks) and not (depth == 0 and toks[j][1] == "=>"):
                depth += (toks[j][1] in ("(", "[")) - (toks[j][1] in (")", "]")) if toks[j][0] == "p" else 0
                j += 1
            at = j + 1
        elif kind == "w" and text in ("let", "var", "embed") and i + 1 < len(toks) and toks[i + 1][0] == "w":
            name, j = toks[i + 1][1], i + 2
            depth = 0
            while j < len(toks) and toks[j][2] == line and not (depth == 0 and toks[j][1] == "="):
                depth += (toks[j][1] in ("(", "[")) - (toks[j][1] in (")", "]")) if toks[j][0] == "p" else 0
                j += 1
            at = j + 1 if j < len(toks) and toks[j][1] == "=" else None
        if at is not None and at < len(toks) and (toks[at][0] == "s" or toks[at][1] in _LIT_OPENERS
                                                  or _lit_prefix(toks, at) is not None):
            value, end = _lit_value(toks, at)
            if value is not None:
                bindings.append((name, line, value, end))
            i = max(end, i + 1)
            continue
        i += 1
    return _declared_tree(bindings, names)


def _pony(body: str) -> str:
    """A Pony program whose functions (or fields) hold the answer (fenced or not) as Markdown, line for line
    (:func:`_data_page`): each "fun x(): T =>" value by its function's name ("brand_names", "not_for" a negation,
    "seek_help"), an array's items one a line or after ";", a class's call ('SideEffect("Z", LessCommon)') a map of its
    constructor's parameters, a primitive of a union type its name's words ("LessCommon" "Less common", "OffLabel" an
    off-label use; a parameter left at its default none), a string in three quotes its lines; the fence, comments (one
    that names a section its heading), the types, constructors and "actor Main" blank."""
    classes: dict[str, list[str]] = {}
    names = {n: _words(n) for u in _PONY_UNION.finditer(body) for n in re.findall(r"[A-Z]\w*", u.group("m"))}
    kinds = {u.group("t") for u in _PONY_UNION.finditer(body)}
    own: set[int] = set()  # (the lines of the value types: a class whose constructor takes its fields, a primitive
    for m in _PONY_TYPE.finditer(body):  # of a union)
        made = _PONY_CREATE.search(m.group("b")) if m.group("k") != "primitive" else None
        if made:
            classes[m.group("n")] = _ctor_params(made.group("p"), kinds)
        if classes.get(m.group("n")) and m.group("k") in ("class", "struct") or m.group("n") in names:
            first = body.count("\n", 0, m.start())
            own.update(range(first, first + m.group(0).rstrip("\n").count("\n") + 1))
    return _read_helped(body, _PONY_OPEN, _PONY_TOKEN, lambda toks: _pony_tree(toks, classes, names, own))


#: Azure Bicep: a parameters file's "using" line and "param x = value" (a template's "param x string = value", "var
#: x = value"), a string in single quotes, and what Bicep writes: "'''" strings, "@description(" decorators
_BICEP_PARAM = re.compile(r"(?m)^[ \t]*(?:param|var|output)[ \t]+[A-Za-z_]\w*(?:[ \t]+[a-z]\w*)?[ \t]*=[ \t]*"
                          r"(?:'|\[|\{|true\b|false\b|-?\d)")
_BICEP_MARK = re.compile(r"(?m)^[ \t]*(?:using[ \t]+'[^'\n]*'|targetScope[ \t]*=|@(?:description|allowed|minLength|"
                         r"maxLength|secure)\(|(?:```|~~~)[ \t]*bicep\b)")
_BICEP_OPEN = re.compile(r"^[ \t]*(?://|/\*|using[ \t]|targetScope\b|@\w+\(|(?:param|var|output)[ \t]+[A-Za-z_])")
#: Bicep's tokens: a comment, a multi-line string ("'''", raw), a string in single quotes ("\'" its quote), a name, a
#: number, punctuation
_BICEP_TOKEN = re.compile(r"(?P<c>//[^\n]*|/\*.*?\*/)|'''(?P<l3>.*?)'''|(?P<s>'(?:[^'\\\n]|\\.)*')|"
                          r"(?P<w>[A-Za-z_][\w.]*|-?\d+(?:\.\d+)?)|(?P<p>[{}\[\](),:=@?!])", re.S)


def _bicep_tree(toks: list[_Token]) -> tuple[object, int] | None:
    """The values a Bicep file gives its parameters and variables ("param x = value", "param x array = [...]", "var
    x = {...}"), by their names, read as the generic literal is (:func:`_lit_value`: "key: value" an object's member,
    items and members one a line with no commas); decorators ("@description('...')") aside."""
    own: list[_Token] = []
    i = 0
    while i < len(toks):
        if toks[i][1] == "@" and i + 2 < len(toks) and toks[i + 1][0] == "w" and toks[i + 2][1] == "(":
            i = _skip_brackets(toks, i + 2)
            continue
        own.append(toks[i])
        i += 1
    toks = _line_items(own, ("[", "{"))
    bindings: list[tuple[str, int, object, int]] = []
    i = 0
    while i + 2 < len(toks):
        kind, text, line, _ = toks[i]
        if kind == "w" and text in ("param", "var", "output") and toks[i + 1][0] == "w":
            j = i + 2
            while j < len(toks) and toks[j][2] == line and toks[j][1] != "=":
                j += 1
            if j + 1 < len(toks) and toks[j][1] == "=":
                value, end = _lit_value(toks, j + 1)
                if value is not None and not (isinstance(value, _Str) and value.bare):  # (not "output x string =
                    bindings.append((toks[i + 1][1], line, value, end))  # inn", a name again)
                i = max(end, i + 1)
                continue
        i += 1
    return _declared_tree(bindings, {})


def _bicep(body: str) -> str:
    """An Azure Bicep parameters file or template whose parameters hold the answer (fenced or not) as Markdown, line
    for line (:func:`_data_page`): each "param x = value" by its name ("brandNames", "notFor" a negation, "seekHelp"),
    an array's items and an object's members one a line (commas or none), an object's keys by their words
    ("lessCommon" a group, "status: 'off-label'" an off-label use), a "'''" string its lines, "\\'" a quote; the
    fence, comments (one that names a section its heading), "using", decorators and brackets blank."""
    return _read_helped(body, _BICEP_OPEN, _BICEP_TOKEN, _bicep_tree)


# ---------------------------------------------------------------------------
# Answers firstcontact163 showed the reader had never seen (helper A's three): a Coq record value ("Record use_entry
# := mk_use { condition : string; status : use_status }." and "Definition x : monograph := {|" over '  brand_names :=
# ["A"; "B"];', 'mk_use "Y" Studied "note"' a positional call of the record's constructor, a string over several
# lines), a Haxe anonymous structure ("typedef Use = { condition:String, ?offLabel:Bool }", "enum abstract
# Frequency(String) { var LessCommon = "Less common"; }", "public static final data:Monograph = {" over '  uses: [ {
# condition: "Y", offLabel: true } ],', '"a " +' over '"b"') and a Maxima session ("(%i2) brand_names : ["A", "B"]$",
# 'sconcat("a ", "b")', "/* each use: [condition, status, note] */" over '[["Y", "approved", "note"], ...]')
# ---------------------------------------------------------------------------

#: Coq: a type's declaration ("Inductive se_group := EyeDrops | Tablets.", "Record faq := mk_faq { ... }."), a value's
#: definition of a record ("Definition x : monograph := {|") and a field given its value ('  generic_name := "X";')
_COQ_DECL = re.compile(r"(?m)^[ \t]*(?:Inductive|Record|Structure|Variant)[ \t]+[A-Za-z_][\w']*\b[^\n]*:=")
_COQ_DEF = re.compile(r"(?m)^[ \t]*(?:Definition|Example)[ \t]+[A-Za-z_][\w']*[ \t]*(?::[^=\n]*)?:=[ \t]*"
                      r"(?:\{\||[A-Za-z_][\w']*[ \t]*(?:\"|\[|$)|$)")
_COQ_FIELD = re.compile(r"(?m)^[ \t]*(?:\{\|)?[ \t]*[a-z_][\w']*[ \t]*:=[ \t]*(?:\"|\[|\{\||[A-Za-z_]|$)")
_COQ_OPEN = re.compile(r"^[ \t]*(?:\(\*|(?:Require|Import|Export|From|Open|Set|Inductive|Record|Structure|Variant|"
                       r"Definition|Example|Module|Section)\b)")
#: Coq's tokens: a comment, a string ('""' its quote; over several lines), a record's braces "{|" and "|}", ":=",
#: "++", other punctuation, a (qualified) name or a number
_COQ_TOKEN = re.compile(r"\(\*(?P<c>.*?)\*\)|(?P<s>\"(?:[^\"]|\"\")*\")|(?P<p>\{\||\|\}|:=|\+\+|->|[{}\[\]();|:,.])|"
                        r"(?P<w>[A-Za-z_][\w']*(?:\.[A-Za-z_][\w']*)*|\d[\d_]*)", re.S)
#: a record type with its constructor and fields ("Record faq := mk_faq { question : string; answer : string }.")
_COQ_RECORD = re.compile(r"(?ms)^[ \t]*(?:Record|Structure)[ \t]+(?P<n>[A-Za-z_][\w']*)[^:{}]*?(?::[ \t]*\w+[ \t]*)?"
                         r":=[ \t]*(?P<c>[A-Za-z_][\w']*)?\s*\{(?P<b>[^{}]*)\}")
#: an inductive type's constructors ("Inductive use_status := Approved | OffLabel | Studied.")
_COQ_INDUCTIVE = re.compile(r"(?ms)^[ \t]*(?:Inductive|Variant)[ \t]+[A-Za-z_][\w']*[^:]*?:=(?P<b>[^.]*)\.")
#: Coq's words as OCaml's, for :func:`_ml_value`: a definition a "let", a record's braces and fields OCaml's
_COQ_AS_ML = {"{|": "{", "|}": "}", ":=": "=", "++": "^", "Definition": "let", "Example": "let"}


def _coq_tokens(body: str, toks: list[_Token]) -> tuple[list[_Token], dict[str, tuple[list[str], int]]]:
    """Coq's tokens as OCaml's (:data:`_COQ_AS_ML`, '""' in a string its quote), and each record's constructor as a
    function that builds the record from its fields in order ('mk_use "Y" Studied "note"'): the record "{ f = f; ...
    }" after the tokens, the function's body."""
    own = [(k, _COQ_AS_ML.get(t, t) if k in ("p", "w") else t, line,
            [(n, s.replace('""', '"')) for n, s in parts] if k == "s" else parts) for k, t, line, parts in toks]
    funs: dict[str, tuple[list[str], int]] = {}
    line = toks[-1][2] if toks else 0
    kinds = set(re.findall(r"(?m)^[ \t]*(?:Inductive|Variant)[ \t]+([A-Za-z_][\w']*)", body))
    for m in _COQ_RECORD.finditer(body):
        fields = [(f.split(":")[0].strip(), f.split(":", 1)[1].strip()) for f in m.group("b").split(";") if ":" in f]
        fields = [(f, t) for f, t in fields if re.fullmatch(r"[A-Za-z_][\w']*", f)]
        if not fields:
            continue
        funs[m.group("c") or f"Build_{m.group('n')}"] = ([f for f, _ in fields], len(own))
        own.append(("p", "{", line, [(line, "{")]))
        for f, t in fields:
            key = _field_key(f, t)  # ("licence : approval" keyed by its type; of another inductive type a status)
            key = "status" if t in kinds and _data_role(key) is None and _data_section(key) is None else key
            own += [("w", key, line, [(line, key)]), ("p", "=", line, [(line, "=")]), ("w", f, line, [(line, f)]),
                    ("p", ";", line, [(line, ";")])]
        own.append(("p", "}", line, [(line, "}")]))
    return own, funs


def _coq_tree(body: str, toks: list[_Token]) -> tuple[object, int] | None:
    """The record a Coq "Definition" gives that holds the most strings (:func:`_ml_bindings`), read as OCaml's is
    (:func:`_ml_value`) with the records' constructors as functions (:func:`_coq_tokens`), an inductive type's
    constructor ("EyeDrops", "OffLabel") its words."""
    own, funs = _coq_tokens(body, toks)
    stop = len(toks)
    names = {c: _words(c) for m in _COQ_INDUCTIVE.finditer(body)
             for c in re.findall(r"(?:^|\|)\s*([A-Z][\w']*)", m.group("b").strip())}
    best: tuple[object, int] | None = None
    i = 0
    while i < stop:
        if own[i][1] != "let":
            i += 1
            continue
        j = i + 2
        while j < stop and own[j][1] not in ("=", "let"):  # (": monograph", parameters)
            j += 1
        if j + 1 >= stop or own[j][1] != "=":
            i = j
            continue
        value, i = _ml_value(own, j + 1, {}, funs)
        if isinstance(value, _Map) and (best is None or _strings(value) > _strings(best[0])):
            best = value, i
    if best is None:
        return None
    return _shaped(_named_values(best[0], names)), min(best[1], stop)


def _coq(body: str) -> str:
    """A Coq file whose "Definition" of a record holds the answer (fenced or not) as Markdown, line for line
    (:func:`_data_page`): its fields ("field := value;") read by their names' words ("brand_names", "not_for" a
    negation, "seek_help"), "[a; b]" a list, a record's constructor applied to its fields in order ('mk_se "Rash"
    Tablets') the map of the record's fields, an inductive type's constructor its words ("EyeDrops" a group "Eye
    drops", "Studied" a studied, off-label use), a string over several lines its lines, strings joined by "++" one;
    the fence, "(* *)" comments (one that names a section its heading), the types and "Compute" blank."""
    return _read_helped(body, _COQ_OPEN, _COQ_TOKEN, lambda toks: _coq_tree(body, toks))


#: Haxe: an anonymous structure's type ("typedef Use = {"), an "enum abstract" and a value given a structure or an
#: array ("public static final data:Monograph = {", "var drug = {"), and a fence that names it
_HX_MARK = re.compile(r"(?m)^[ \t]*(?:typedef[ \t]+[A-Z]\w*(?:<[^>\n]*>)?[ \t]*=|enum[ \t]+abstract[ \t]+[A-Z]|"
                      r"(?:```|~~~)[ \t]*haxe[ \t]*$)|\bstatic[ \t]+function[ \t]+main[ \t]*\(")
_HX_VALUE = re.compile(r"(?m)^[ \t]*(?:(?:public|private|static|inline)[ \t]+)*(?:var|final)[ \t]+[A-Za-z_]\w*[ \t]*"
                       r"(?::[ \t]*[A-Z][\w<>.,: \t]*?)?[ \t]*=[ \t]*[\[{]")
_HX_OPEN = re.compile(r"^[ \t]*(?://|/\*|(?:package|import|using|typedef|enum|class|interface|abstract)[ \t]|"
                      r"(?:@:\w+[ \t]*)?(?:(?:public|private|static|inline|final|extern)[ \t]+)*(?:class|var|final)\b)")
#: an enum's constructors ("enum Frequency { Common; LessCommon; }") or an "enum abstract"'s values ('var LessCommon =
#: "Less common";')
#: a typedef of an anonymous structure ("typedef Use = {") and a field of it ("?note:String", "freq:Frequency")
_HX_TYPEDEF = re.compile(r"(?m)^[ \t]*typedef[ \t]+(?P<n>[A-Z]\w*)(?:<[^>\n]*>)?[ \t]*=[ \t]*\{")
_HX_FIELD = re.compile(r"(?:^|[{,;\n])[ \t]*(?:@:\w+[ \t]*)?(?:(?:var|final)[ \t]+)?\??(?P<n>[A-Za-z_]\w*)[ \t]*:"
                       r"[ \t]*(?P<t>[A-Za-z_][\w.]*)")
_HX_ENUM = re.compile(r"(?m)^[ \t]*(?:(?:private|extern)[ \t]+)?enum[ \t]+(?:abstract[ \t]+)?(?P<n>[A-Z]\w*)[^{\n]*\{")


def _hx_enums(body: str) -> dict[str, str]:
    """The members of ``body``'s enums, each the string an "enum abstract" gives it ('var LessCommon = "Less
    common"') or its name's words ("LessCommon" "Less common")."""
    names: dict[str, str] = {}
    for m in _HX_ENUM.finditer(body):
        inner = re.sub(r"//[^\n]*|/\*.*?\*/", "", _braced(body, m.end() - 1), flags=re.S)
        for c in re.finditer(r"(?:\bvar[ \t]+)?\b(?P<n>[A-Z]\w*)\b(?:[ \t]*:[ \t]*\w+)?(?:[ \t]*=[ \t]*"
                             r"(?:\"(?P<v>[^\"\n]*)\"|'(?P<w>[^'\n]*)'|[^;\n]*))?[ \t]*;", inner):
            value = c.group("v") if c.group("v") is not None else c.group("w")
            names[c.group("n")] = value if value else _words(c.group("n"))
    return names


def _hx_tree(toks: list[_Token], names: dict[str, str], keys: dict[str, str]) -> tuple[object, int] | None:
    """The values a Haxe file declares: each "var" or "final" given one ("public static final data:Monograph = {",
    a type after the name aside), by its name, read as the generic literal is (:func:`_lit_value`: "key: value" an
    object's member, strings joined by "+" one string), a field keyed by its typedef's type when only that says what
    it holds (:func:`_bindings_tree`); the typedefs' and enums' blocks skipped."""
    bindings: list[tuple[str, int, object, int]] = []
    i = 0
    while i < len(toks):
        kind, text, line, _ = toks[i]
        if kind == "w" and text in ("typedef", "enum"):
            j = i + 1
            while j < len(toks) and toks[j][1] not in ("{", ";"):
                j += 1
            i = _skip_brackets(toks, j) if j < len(toks) and toks[j][1] == "{" else j + 1
            continue
        if kind == "w" and text in ("var", "final") and i + 1 < len(toks) and toks[i + 1][0] == "w":
            j, depth = i + 2, 0
            while j < len(toks) and not (depth == 0 and toks[j][1] in ("=", ";")):
                depth += (toks[j][1] in ("(", "[", "{")) - (toks[j][1] in (")", "]", "}")) if toks[j][0] == "p" else 0
                j += 1
            if j + 1 < len(toks) and toks[j][1] == "=" and (toks[j + 1][0] == "s" or toks[j + 1][1] in _LIT_OPENERS):
                value, end = _lit_value(toks, j + 1)
                if value is not None:
                    bindings.append((toks[i + 1][1], line, value, end))
                i = max(end, i + 1)
                continue
        i += 1
    return _bindings_tree(bindings, keys, names)


def _haxe(body: str) -> str:
    """A Haxe class whose anonymous structure holds the answer (fenced or not) as Markdown, line for line
    (:func:`_data_page`): the value a "var" or "final" holds that has the most strings the tree, its fields read by
    their names' words ("brandNames", "notFor" a negation, "seekHelp", "offLabel: true" an off-label use), an enum's
    member its "enum abstract" string or its words ("frequency: LessCommon" the group "Less common"), strings joined
    by "+" one string; the fence, comments (one that names a section its heading), the typedefs, the enums, the class
    and "main" blank."""
    names = _hx_enums(body)
    _, keys = _record_fields(body, _HX_TYPEDEF, _HX_FIELD)
    _status_by_enum_type(body, _HX_TYPEDEF, _HX_FIELD, _HX_ENUM, keys)
    return _read_helped(body, _HX_OPEN, _LIT_TOKEN, lambda toks: _hx_tree(toks, names, keys))


def _status_by_enum_type(body: str, record: re.Pattern[str], field: re.Pattern[str], enum: re.Pattern[str],
                         keys: dict[str, str]) -> None:
    """A field of an enum's type whose name says nothing ("licence: Licence") holds a status: added to ``keys``, for
    a notation whose records (``record``, their fields ``field`` with groups "n" and "t") and enums (``enum``, group
    "n") are declared beside the value (a Haxe typedef, a TypeSpec model)."""
    kinds = {m.group("n") for m in enum.finditer(body)}
    for m in record.finditer(body):
        for f in field.finditer(_braced(body, m.end() - 1)):
            name = f.group("n")
            if f.group("t") in kinds and name not in keys and _data_role(name) is None and _data_section(name) is None:
                keys[name] = "status"


#: Maxima: an input's label ("(%i3)"), a statement's "$" end after a value, a variable given a value ('brand_names :
#: ["A", "B"]$', 'summary : sconcat(', "uses : [")
_MAX_LABEL = re.compile(r"(?m)^[ \t]*\(%i\d+\)")
_MAX_END = re.compile(r"(?m)[\"\])][ \t]*\$[ \t]*(?:/\*.*)?$")
_MAX_ASSIGN = re.compile(r"(?m)^[ \t]*(?:\(%i\d+\)[ \t]*)?(?:/\*.*?\*/[ \t]*)?[A-Za-z_%][\w%]*[ \t]*:(?!=)[ \t]*"
                         r"(?:\"|\[|[A-Za-z_]\w*\(|$)")
_MAX_OPEN = re.compile(r"^[ \t]*(?:\(%i\d+\)|/\*|[A-Za-z_%][\w%]*[ \t]*:(?!=)[ \t]*(?:\"|\[|[A-Za-z_]\w*\())")
#: an input's or output's label at a line's start ("(%i7) ", "(%o14)")
_MAX_LABELS = re.compile(r"(?m)^([ \t]*)(\(%[io]\d+\))")
#: Maxima's tokens: a comment, an input's or output's label (skipped), a string (over several lines), a name, a
#: number, punctuation
_MAX_TOKEN = re.compile(r"(?P<c>/\*.*?\*/)|\(%[io]\d+\)|(?P<s>\"(?:[^\"\\]|\\.)*\")|(?P<w>[A-Za-z_%][\w%]*|"
                        r"-?\d[\d.]*)|(?P<p>:=|::|[\[\](),:;$])", re.S)
#: a comment that names the fields of a list's lists ("/* each use: [condition, status, note] */")
_MAX_LAYOUT = re.compile(r"/\*[^*]*?\[[ \t]*(?P<f>[A-Za-z_]\w*(?:[ \t]*,[ \t]*[A-Za-z_]\w*)+)[ \t]*\][^*]*\*/")
#: the calls that join strings into one ('sconcat("a ", "b")', "simplode([...])")
_MAX_JOINS = frozenset({"sconcat", "concat", "simplode", "string"})


def _max_rows(value: object, layout: list[str] | None) -> object:
    """A list of lists of strings ('[["Y", "approved", "note"], ...]') as the list of the maps each row means: its
    fields the layout a comment names, or, with none, what its parts are (:func:`_awk_fields`: a question and its
    answer, a status, a group); each field on its own line."""
    if not isinstance(value, _List) or not value.items or not all(
            isinstance(row, _List) and len(row.items) >= 2 and all(isinstance(s, _Str) for s in row.items)
            for row in value.items):
        return value
    rows: list[object] = []
    for row in value.items:
        cells = [s for s in row.items if isinstance(s, _Str)]
        got = _awk_fields("\x1f".join(s.text for s in cells), "\x1f", layout, cells[0].line)
        if isinstance(got, _Map):  # (each field its own string, on its own lines)
            own = {s.text: s for s in cells}
            got.entries = [(k, own.get(v.text, v).line if isinstance(v, _Str) else at,
                            own.get(v.text, v) if isinstance(v, _Str) else v) for k, at, v in got.entries]
        rows.append(got)
    return _List(rows)


def _max_tree(lines: list[str], toks: list[_Token]) -> tuple[object, int] | None:
    """The variables a Maxima session gives values ("name : value$"), by their names, read as the generic literal is
    (:func:`_lit_value`: "[a, b]" a list, 'sconcat("a ", "b")' one string), a list of lists the maps a comment above
    names (:func:`_max_rows`); other inputs ("length(uses);") and outputs aside."""
    own = [("w", "concat", line, parts) if kind == "w" and text in _MAX_JOINS else (kind, text, line, parts)
           for kind, text, line, parts in toks]
    bindings: list[tuple[str, int, object, int]] = []
    last = toks[0][2] if toks else 0
    i = 0
    while i + 2 < len(own):
        kind, text, line, _ = own[i]
        if kind == "w" and own[i + 1][1] == ":" and (own[i + 2][0] == "s" or own[i + 2][1] == "["
                                                     or own[i + 2][0] == "w" and own[i + 2][1] == "concat"):
            value, end = _lit_value(own, i + 2)
            layout = [m.group("f") for k in range(last, line + 1) for m in _MAX_LAYOUT.finditer(lines[k])]
            if value is not None:
                bindings.append((text, line, _max_rows(value, re.split(r"[ \t]*,[ \t]*", layout[-1]) if layout
                                                       else None), end))
            last = own[end - 1][2] + 1 if end - 1 < len(own) else line + 1
            i = max(end, i + 1)
            continue
        i += 1
    return _bindings_tree(bindings, {}, {})


def _maxima(body: str) -> str:
    """A Maxima session (or batch file) whose variables hold the answer (fenced or not) as Markdown, line for line
    (:func:`_data_page`): each "name : value$" a field read by its name's words ("brand_names", "not_for" a negation,
    "seek_help"), "sconcat(...)" one string, a list of lists the maps the comment above names ("/* each use:
    [condition, status, note] */"; with none, what its parts are); the fence, the labels "(%iN)" and "(%oN)",
    comments (one that names a section its heading) and the other inputs blank."""
    own = _MAX_LABELS.sub(lambda m: m.group(1) + " " * len(m.group(2)), body)  # (a comment after a label alone on
    lines = own.split("\n")  # its line: one that names a section its heading)
    out = _read_helped(own, _MAX_OPEN, _MAX_TOKEN, lambda toks: _max_tree(lines, toks))
    return body if out == own else out


# ---------------------------------------------------------------------------
# Readers of set 163's notations (helper B): a SystemVerilog package whose "localparam" constants hold the answer
# ("typedef enum {APPROVED, OFF_LABEL} use_status_e;", "typedef struct { string condition; use_status_e status; }
# use_t;", "localparam use_t USES [6] = '{ '{\"Y\", OFF_LABEL, \"note\"}, ... };", '{"a ", "b"}' a concatenation) and
# a Smithy model whose "@examples" trait (or "metadata") holds it ('output: { genericName: "X" uses: [ { condition:
# "Y" status: "STUDIED" } ] }' with no commas, a '"""' text block, "enum Frequency { COMMON LESS_COMMON }")
# ---------------------------------------------------------------------------

#: SystemVerilog: a constant given a value ("localparam string X = ", "parameter use_t USES [2] = '{"), and what a
#: package or module declares ("package x_pkg;", "endpackage", "typedef struct {", "typedef enum {")
_SV_PARAM = re.compile(r"(?m)^[ \t]*(?:localparam|parameter)\b[^=;\n]*=[ \t]*(?:\"|'\{|\{|[A-Z_]\w*[ \t]*;|-?\d)")
_SV_MARK = re.compile(r"(?m)^[ \t]*(?:package[ \t]+\w+[ \t]*;|endpackage\b|module[ \t]+\w+|endmodule\b|"
                      r"typedef[ \t]+(?:enum|struct)\b)")
_SV_OPEN = re.compile(r"^[ \t]*(?://|/\*|`|package[ \t]|module[ \t]|import[ \t]|typedef[ \t]|localparam[ \t]|"
                      r"parameter[ \t])")
#: SystemVerilog's tokens: a comment, a string, an assignment pattern's opening "'{", a name (a package's "x::y" one),
#: a number (sized ones, "3'd2", as written), punctuation
_SV_TOKEN = re.compile(r"(?P<c>//[^\n]*|/\*.*?\*/)|(?P<s>\"(?:[^\"\\\n]|\\.)*\")|(?P<p>'\{|[{}\[\](),;:=])|"
                       r"(?P<w>[A-Za-z_$][\w$]*(?:::[A-Za-z_]\w*)*|\d*'[sS]?[bodhBODH][\w?]+|-?\d[\d_.]*)", re.S)
_SV_STRUCT = re.compile(r"typedef[ \t]+struct\b[^{;]*\{(?P<b>[^{}]*)\}[ \t]*(?P<n>[A-Za-z_]\w*)[ \t]*;")
_SV_ENUM = re.compile(r"typedef[ \t]+enum\b[^{;]*\{(?P<b>[^{}]*)\}[ \t]*(?P<n>[A-Za-z_]\w*)[ \t]*;")
_SV_MEMBER = re.compile(r"^[ \t]*(?:(?:rand|randc|const)[ \t]+)*(?P<t>[A-Za-z_][\w:]*)(?:[ \t]*\[[^\]]*\])*[ \t]+"
                        r"(?P<n>[A-Za-z_]\w*(?:[ \t]*\[[^\]]*\])*(?:[ \t]*,[ \t]*[A-Za-z_]\w*(?:[ \t]*\[[^\]]*\])*)*)"
                        r"[ \t]*$")


def _type_key(typ: str) -> str:
    """A type's name as the words of what it holds ("frequency_e", "use_status_t", "FrequencyEnum" the frequency's,
    the use status's)."""
    return re.sub(r"(?i)(?:_(?:e|t|enum|type|s)|Enum|Type)$", "", typ.rsplit("::", 1)[-1])


def _sv_types(body: str) -> tuple[dict[str, list[tuple[str, str]]], dict[str, str]]:
    """``body``'s struct typedefs, each with its members in order (their keys, :func:`_field_key`, a member typed by an
    enumeration whose name says nothing "status", as :func:`_ctor_params`; and their types), and its enum typedefs'
    constants, each its name's words ("LESS_COMMON" "Less common")."""
    names: dict[str, str] = {}
    kinds: set[str] = set()
    for m in _SV_ENUM.finditer(body):
        kinds.add(m.group("n"))
        for c in re.sub(r"//[^\n]*|/\*.*?\*/", "", m.group("b"), flags=re.S).split(","):
            got = re.match(r"\s*([A-Za-z_]\w*)", c)
            if got:
                names[got.group(1)] = _words(got.group(1))
    structs: dict[str, list[tuple[str, str]]] = {}
    for m in _SV_STRUCT.finditer(body):
        own: list[tuple[str, str]] = []
        for stmt in re.sub(r"//[^\n]*|/\*.*?\*/", "", m.group("b"), flags=re.S).split(";"):
            got = _SV_MEMBER.match(stmt.strip())
            if not got:
                continue
            typ = got.group("t")
            for name in got.group("n").split(","):
                name = re.sub(r"\[.*", "", name).strip()
                key = _field_key(_SHORT_KEYS.get(name.casefold(), name), _type_key(typ))
                if typ in kinds and _data_role(key) is None and _data_section(key) is None:
                    key = "status"
                own.append((key, typ))
        structs[m.group("n")] = own
    return structs, names


def _sv_value(toks: list[_Token], i: int, typ: str | None, array: bool,
              structs: dict[str, list[tuple[str, str]]], out: list[_Token]) -> int:
    """The value at ``toks[i]`` (up to a "," or a closing bracket) appended to ``out`` as the generic literal's tokens:
    an assignment pattern "'{...}" of an array ``typ`` a list of its elements, of a struct a map of its members (those
    given by position named by the struct's members in order, each typed by its member's type), any other a list; a
    concatenation '{"a ", "b"}' its strings side by side (one string); the index after the value."""
    while i < len(toks) and not (toks[i][0] == "p" and toks[i][1] in (",", ";", ")", "]", "}")):
        kind, text, line, parts = toks[i]
        if kind == "p" and text == "'{":
            fields = structs.get(typ or "") if not array else None
            out.append(("p", "{" if fields else "[", line, [(line, "{" if fields else "[")]))
            i += 1
            k = 0
            keyed = i + 1 < len(toks) and toks[i][0] == "w" and toks[i + 1][1] == ":"
            while i < len(toks) and toks[i][1] != "}":
                if toks[i][1] == ",":
                    out.append(toks[i])
                    i += 1
                    k += 1
                    continue
                own_typ, own_array = (typ, False) if array else (None, False)
                if fields and not keyed and k < len(fields):
                    key, own_typ = fields[k]
                    own_array = False
                    out += [("w", key, toks[i][2], [(toks[i][2], key)]), ("p", ":", toks[i][2], [(toks[i][2], ":")])]
                elif fields and keyed and toks[i][0] == "w" and i + 1 < len(toks) and toks[i + 1][1] == ":":
                    name = toks[i][1]
                    key, own_typ = next(((kk, t) for kk, t in fields if kk == name or kk == "status"), (name, None))
                    out += [("w", name, toks[i][2], toks[i][3]), toks[i + 1]]
                    i += 2
                i = _sv_value(toks, i, own_typ, own_array, structs, out)
            closer = "}" if fields else "]"
            at = toks[min(i, len(toks) - 1)][2]
            out.append(("p", closer, at, [(at, closer)]))
            i += 1
            continue
        if kind == "p" and text == "{":  # (a concatenation: its strings side by side)
            depth = 0
            while i < len(toks):
                if toks[i][1] == "{":
                    depth += 1
                elif toks[i][1] == "}":
                    depth -= 1
                elif toks[i][0] == "s":
                    out.append(toks[i])
                i += 1
                if depth == 0:
                    break
            continue
        out.append(toks[i])
        i += 1
    return i


def _sv_tree(toks: list[_Token], structs: dict[str, list[tuple[str, str]]], names: dict[str, str]
             ) -> tuple[object, int] | None:
    """The constants a SystemVerilog package or module declares ("localparam T NAME [N] = value;", "parameter"), by
    their names, read as the generic literal is (:func:`_sv_value`: an assignment pattern of a declared struct its
    members, a concatenation one string); typedefs, imports and the rest skipped."""
    bindings: list[tuple[str, int, object, int]] = []
    i = 0
    while i < len(toks):
        kind, text, line, _ = toks[i]
        if kind == "w" and text in ("localparam", "parameter"):
            j = i + 1
            words: list[str] = []
            array = False
            while j < len(toks) and toks[j][1] not in ("=", ";"):
                if toks[j][1] == "[":
                    array = array or bool(words) and len(words) >= 1 and toks[j - 1][0] == "w" \
                        and toks[j - 1][1] == words[-1] and len(words) >= 2
                    while j < len(toks) and toks[j][1] != "]":
                        j += 1
                elif toks[j][0] == "w":
                    words.append(toks[j][1])
                j += 1
            if j < len(toks) and toks[j][1] == "=" and words:
                typ = next((w for w in words[:-1] if w.rsplit("::", 1)[-1] in structs), None)
                typ = typ.rsplit("::", 1)[-1] if typ else None
                out: list[_Token] = []
                end = _sv_value(toks, j + 1, typ, array and typ is not None, structs, out)
                if out:
                    value, _ = _lit_value(out, 0)
                    if value is not None:
                        bindings.append((words[-1], line, value, end))
                i = max(end, i + 1)
                continue
        i += 1
    return _declared_tree(bindings, names)


def _systemverilog(body: str) -> str:
    """A SystemVerilog package (or module) whose constants hold the answer (fenced or not) as Markdown, line for line
    (:func:`_data_page`): each "localparam" by its name ("BRAND_NAMES", "NOT_FOR" a negation, "SEEK_HELP"), an array
    of a struct's assignment patterns ('USES [6] = '{ '{"Y", OFF_LABEL, "note"}, ... }') a list of maps of the struct's
    members in order ("frequency_e freq" a frequency), an enum constant its name's words ("LESS_COMMON" "Less
    common", "OFF_LABEL" an off-label use), a concatenation '{"a ", "b"}' one string; the fence, comments (one that
    names a section its heading), typedefs, "package" and "endpackage" blank."""
    structs, names = _sv_types(body)
    return _read_helped(body, _SV_OPEN, _SV_TOKEN, lambda toks: _sv_tree(toks, structs, names))


#: Smithy: a model's version and namespace ('$version: "2"', "namespace example.x") and its shapes ("structure Use
#: {", "list Uses {", "enum Frequency {", "operation GetX {")
_SMITHY_MARK = re.compile(r"(?m)^[ \t]*(?:\$version[ \t]*:[ \t]*\"[12](?:\.0)?\"|"
                          r"namespace[ \t]+[A-Za-z_][\w.]*[ \t]*$)")
_SMITHY_SHAPE = re.compile(r"(?m)^[ \t]*(?:structure|list|map|set|enum|intEnum|union|operation|service|resource)"
                           r"[ \t]+[A-Z]\w*\b")
_SMITHY_OPEN = re.compile(r"^[ \t]*(?://|\$version\b|namespace[ \t]|metadata[ \t]|use[ \t]|@\w+|"
                          r"(?:structure|list|map|set|enum|intEnum|union|operation|service|resource)[ \t])")
_SMITHY_ENUM = re.compile(r"(?m)^[ \t]*(?:enum|intEnum)[ \t]+[A-Z]\w*[ \t]*\{")


def _smithy_enums(body: str) -> dict[str, str]:
    """The members of ``body``'s enum shapes, each its value ('LESS_COMMON = "less common"') or its name's words
    ("LESS_COMMON" "Less common")."""
    names: dict[str, str] = {}
    for m in _SMITHY_ENUM.finditer(body):
        inner = re.sub(r"//[^\n]*|@\w+(?:\([^()]*\))?", "", _braced(body, m.end() - 1))
        for c in re.finditer(r"(?m)(?P<n>[A-Za-z_]\w*)(?:[ \t]*=[ \t]*(?:\"(?P<v>[^\"\n]*)\"|\d+))?", inner):
            names[c.group("n")] = c.group("v") or _words(c.group("n"))
    return names


def _enum_strings(value: object, names: dict[str, str]) -> object:
    """``value`` with each string that is an enumeration's member's name ('"LESS_COMMON"') its value or words."""
    if isinstance(value, _Str) and value.text in names:
        return _Str([(value.line, names[value.text])])
    if isinstance(value, _Map):
        value.entries = [(k, at, _enum_strings(v, names)) for k, at, v in value.entries]
    elif isinstance(value, _List):
        value.items = [_enum_strings(v, names) for v in value.items]
    return value


def _smithy_members(body: str) -> dict[str, str]:
    """The members of ``body``'s structures typed by one of its enums whose names say nothing ("licence: Licence"),
    each "status" (a use's kind, an effect's group, as :func:`_ctor_params` names them)."""
    enums = {m.group(1) for m in re.finditer(r"(?m)^[ \t]*(?:enum|intEnum)[ \t]+([A-Z]\w*)", body)}
    keys: dict[str, str] = {}
    for m in re.finditer(r"(?m)^[ \t]*structure[ \t]+[A-Z]\w*[^{\n]*\{", body):
        for f in re.finditer(r"(?m)^[ \t]*(?P<n>[A-Za-z_]\w*)[ \t]*:[ \t]*(?P<t>[A-Za-z_][\w#.]*)",
                             _braced(body, m.end() - 1)):
            if f.group("t") in enums and _data_role(f.group("n")) is None and _data_section(f.group("n")) is None:
                keys[f.group("n")] = "status"
    return keys


def _smithy_tree(toks: list[_Token], names: dict[str, str], keys: dict[str, str]) -> tuple[object, int] | None:
    """The answer a Smithy model holds as node values: each example of an "@examples([...])" trait its "output" (or,
    without one, its "input") and each "metadata x = value", read as the generic literal is (:func:`_lit_value`:
    members and items one a line with no commas, a text block in three quotes its lines), a string that names an enum
    member its words; the shapes and their other traits skipped."""
    own: list[_Token] = []
    for tok in _line_items(toks, ("[", "{")):  # (values side by side on a line are items: Smithy joins no strings)
        if own and (own[-1][0] == "s" or own[-1][1] in ("]", "}")) and (tok[0] == "s" or tok[1] in ("[", "{")):
            own.append(("p", ",", tok[2], [(tok[2], ",")]))
        own.append(tok)
    toks = own
    bindings: list[tuple[str, int, object, int]] = []
    i = 0
    while i + 2 < len(toks):
        kind, text, line, _ = toks[i]
        if kind == "w" and text == "@examples" and toks[i + 1][1] == "(":
            value, end = _lit_value(toks, i + 2)
            for example in value.items if isinstance(value, _List) else [value]:
                if isinstance(example, _Map):
                    got = next((e for e in example.entries if e[0] == "output" and isinstance(e[2], _Map)), None) \
                        or next((e for e in example.entries if e[0] == "input" and isinstance(e[2], _Map)), None)
                    if got:
                        bindings.append((got[0], got[1], got[2], end))
            i = max(end, i + 1)
            continue
        if kind == "w" and text == "metadata" and toks[i + 1][0] in ("w", "s") and toks[i + 2][1] == "=" \
                and i + 3 < len(toks):
            value, end = _lit_value(toks, i + 3)
            if isinstance(value, (_Map, _List)):
                bindings.append((_Str(toks[i + 1][3]).text if toks[i + 1][0] == "s" else toks[i + 1][1], line,
                                 value, end))
            i = max(end, i + 1)
            continue
        i += 1
    if not bindings:
        return None
    best = max(bindings, key=lambda b: _strings(b[2]))
    if not isinstance(best[2], _Map):
        return _declared_tree([(n, at, _renamed(v, keys, {}), e) for n, at, v, e in bindings], names)
    return _shaped(_enum_strings(_renamed(best[2], keys, {}), names)), best[3]


def _smithy(body: str) -> str:
    """A Smithy model whose "@examples" trait (or "metadata") holds the answer (fenced or not) as Markdown, line for
    line (:func:`_data_page`): the example's "output" node object by its members' names ("brandNames", "notFor" a
    negation, "seekHelp"), members and items with or without commas, an enum member's name its words ('"STUDIED"' a
    studied, off-label use; a status left at its default none, "LESS_COMMON" "Less common"), a text block in three
    quotes its lines; the fence, comments (one that names a section its heading), the shapes and the operation blank."""
    names, keys = _smithy_enums(body), _smithy_members(body)
    return _read_helped(body, _SMITHY_OPEN, _LIT_TOKEN, lambda toks: _smithy_tree(toks, names, keys))


# ---------------------------------------------------------------------------
# Readers of set 168's notations (helper A): a Modelica record whose "parameter" declarations hold the answer
# ("type Frequency = enumeration(Common, LessCommon);", "record Use ... end Use;", 'parameter String brandNames[:] =
# {"A", "B"} "Brand names";', 'Use(condition = "Y", status = UseStatus.Studied)', '"a " +' over '"b"', an
# "annotation(Documentation(info = ...))" whose HTML holds a section), an Isabelle/HOL theory ("datatype se_group =
# Common | Less_Common", "section ‹Usage›", "definition uses :: ... where" over a quoted term of "(| condition =
# ''Y'', status = Off_Label |)" records, "(''Rash'', Common)" pairs, a "text ‹...›" block) and a REXX program that
# fills one stem ("mono.brand.1 = 'A'", "mono.use.2.status = 'STUDIED'", "mono.se.3 = 'Z' ; mono.se.3.grp = 'LESS
# COMMON'", strings continued by a trailing comma)
# ---------------------------------------------------------------------------

#: Modelica: a class's opening and its "end" ("record Amodiaquine", "model X", "end X;"), a component declared with
#: a value ('parameter String genericName = "X"', "parameter Use uses[:] = {", "SideEffect effects[2] = {"), and what
#: only Modelica writes ("within X;", "= enumeration(", "annotation(", a fence that names it)
_MO_CLASS = re.compile(r"(?m)^[ \t]*(?:(?:partial|encapsulated|final|operator|expandable)[ \t]+)*"
                       r"(?:record|model|package|block|class|connector|function)[ \t]+(?P<n>[A-Za-z_]\w*)\b")
_MO_END = re.compile(r"(?m)^[ \t]*end[ \t]+(?P<n>[A-Za-z_]\w*)[ \t]*;")
_MO_DECL = re.compile(r"(?m)^[ \t]*(?:(?:parameter|constant|final|discrete|input|output)[ \t]+)*[A-Z][\w.]*[ \t]+"
                      r"[A-Za-z_]\w*(?:[ \t]*\[[^\]\n]*\])?[ \t]*=[ \t]*(?:\"|\{|[A-Z][\w.]*[ \t]*\()")
#: a named argument of a record's constructor on its line ('    genericName = "X",', "    uses = {Use(")
_MO_ARG = re.compile(r"(?m)^[ \t]*[a-z]\w*[ \t]*=[ \t]*(?:\"|\{|[A-Z][\w.]*[ \t]*\()")
_MO_MARK = re.compile(r"(?m)^[ \t]*(?:within\b[^;\n]*;|(?:```|~~~)[ \t]*modelica\b)|=[ \t]*enumeration[ \t]*\(|"
                      r"\bannotation[ \t]*\(|^[ \t]*parameter[ \t]")
_MO_OPEN = re.compile(r"^[ \t]*(?://|/\*|within\b|import\b|(?:(?:partial|encapsulated|final|operator|expandable)"
                      r"[ \t]+)*(?:record|model|package|block|class|connector|function|type)[ \t]|"
                      r"(?:parameter|constant)[ \t])")
#: Modelica's tokens: a comment, a string (over several lines), a (dotted) name or a quoted one, a number,
#: punctuation
_MO_TOKEN = re.compile(r"(?P<c>//[^\n]*|/\*.*?\*/)|(?P<s>\"(?:[^\"\\]|\\.)*\")|"
                       r"(?P<w>[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)*|'(?:[^'\\\n]|\\.)+'|\d[\d.]*(?:[eE][-+]?\d+)?)|"
                       r"(?P<p>[{}\[\]();,=+:])", re.S)
_MO_CLASSES = frozenset({"record", "model", "package", "block", "class", "connector", "function", "type"})
#: the words before a component's type ("parameter", "final", "input") and those that open no statement of a value
_MO_PREFIXES = frozenset({"parameter", "constant", "final", "discrete", "input", "output", "inner", "outer",
                          "replaceable", "redeclare", "each", "flow", "stream"})
_MO_SKIP = frozenset({"partial", "encapsulated", "operator", "expandable", "public", "protected", "equation",
                      "algorithm", "initial"})
#: an enumeration type ("type Frequency = enumeration(Common, LessCommon \"Less common\");")
_MO_ENUM = re.compile(r"\btype[ \t]+(?P<n>[A-Za-z_]\w*)[ \t]*=[ \t]*enumeration[ \t]*\((?P<b>[^()]*)\)")
#: a component of a record (its type and name: "UseStatus status = UseStatus.Approved;", "String note = \"\";")
_MO_FIELD = re.compile(r"(?m)^[ \t]*(?:(?:parameter|constant|final|discrete|input|output)[ \t]+)*"
                       r"(?P<t>[A-Za-z_][\w.]*)[ \t]+(?P<n>[A-Za-z_]\w*)[ \t]*(?:\[[^\]\n]*\])?[ \t]*(?:=[^;\n]*)?"
                       r"(?:\"[^\"\n]*\")?[ \t]*;")
#: an HTML heading on its line of a Documentation string ("<h4>How it Works</h4>")
_MO_HTML_HEADING = re.compile(r"(?i)^[ \t]*<h[1-6][^>]*>(?P<t>.*?)</h[1-6][ \t]*>[ \t]*$")


def _mo_schema(body: str) -> tuple[dict[str, list[str]], dict[str, str], dict[str, str]]:
    """``body``'s records used as types or called ("record Use" over its components, "parameter Use uses[:]",
    'Use("Y")'), each with its components' keys in order (:func:`_field_key`; one typed by an enumeration whose name
    says nothing "status"); of the components so renamed, each name's key; and the enumerations' literals, each its
    name's words ("LessCommon" "Less common", "OffLabel" "Off label")."""
    names: dict[str, str] = {}
    kinds: set[str] = set()
    for m in _MO_ENUM.finditer(body):
        kinds.add(m.group("n"))
        for lit in re.finditer(r"(?:^|,)\s*(?P<l>[A-Za-z_]\w*)", re.sub(r"\"[^\"]*\"", "", m.group("b"))):
            names[lit.group("l")] = _words(lit.group("l"))
    classes: dict[str, list[str]] = {}
    keys: dict[str, str] = {}
    code = re.sub(r"//[^\n]*|/\*.*?\*/|\"(?:[^\"\\]|\\.)*\"", "\"\"", body, flags=re.S)  # (no word of a string)
    for m in _MO_CLASS.finditer(body):
        name = m.group("n")
        if not re.search(rf"(?<![\w.])(?:{name}[ \t]*\(|{name}[ \t]+[A-Za-z_]\w*[ \t]*(?:\[|=|;))", code):
            continue  # (the record that holds the answer: no type of a value)
        end = re.compile(rf"(?m)^[ \t]*end[ \t]+{name}[ \t]*;").search(body, m.end())
        if end is None:
            continue
        own: list[str] = []
        for f in _MO_FIELD.finditer(body[m.end():end.start()]):
            typ = f.group("t").rsplit(".", 1)[-1]
            key = _field_key(f.group("n"), typ)
            if typ in kinds and _data_role(key) is None and _data_section(key) is None:
                key = "status"
            own.append(key)
            if key != f.group("n"):
                keys[f.group("n")] = key
        classes[name] = own
    return classes, keys, names


def _mo_documentation(toks: list[_Token], i: int, end: int) -> list[tuple[str, int, object, int]]:
    """The bindings of a "Documentation(info = \"<html>...</html>\")" annotation's HTML from ``toks[i]`` (the word
    "Documentation") on: each heading of it ("<h4>How it Works</h4>") the key of the text after it, its tags dropped
    (text before any heading "info")."""
    got: list[tuple[str, int, object, int]] = []
    j = i + 2
    while j + 2 < end and toks[j][1] != ")":
        if toks[j][0] == "w" and toks[j + 1][1] == "=" and toks[j + 2][0] == "s" and toks[j][1] == "info":
            key, at, parts = "info", toks[j][2], []
            for k, text in toks[j + 2][3]:
                head = _MO_HTML_HEADING.match(text)
                if head:
                    if parts:
                        got.append((key, at, _Str(parts), end))
                    key, at, parts = html_text(head.group("t")), k, []
                elif html_text(text):
                    parts.append((k, html_text(text)))
            if parts:
                got.append((key, at, _Str(parts), end))
        j += 1
    return got


def _mo_tree(toks: list[_Token], classes: dict[str, list[str]], keys: dict[str, str],
             names: dict[str, str]) -> tuple[object, int] | None:
    """The components a Modelica class declares with a value ("parameter T name[:] = value \"description\";"), by
    their names, read as the generic literal is (:func:`_lit_value`: "{...}" a list, 'Use(condition = "Y")' a map of
    the record's components, an argument by position named by its component, strings joined by "+"), a description
    string after the value and an annotation aside; the records used as types skipped, a Documentation annotation's
    HTML the text under each of its headings (:func:`_mo_documentation`)."""
    toks = _lit_named(toks, classes)
    bindings: list[tuple[str, int, object, int]] = []
    n = len(toks)
    i = 0
    while i < n:
        kind, text, line, _ = toks[i]
        if kind == "w" and text in _MO_SKIP:
            i += 1
            continue
        if kind == "w" and text in _MO_CLASSES and i + 1 < n and toks[i + 1][0] == "w" and text != "type":
            name = toks[i + 1][1]
            if name in classes:  # (a record of the schema: up to its "end")
                j = i + 2
                while j + 1 < n and not (toks[j][1] == "end" and toks[j + 1][1] == name):
                    j += 1
                i = j + 3
                continue
            i += 3 if i + 2 < n and toks[i + 2][0] == "s" else 2  # (the class that holds it: its description)
            continue
        j, depth = i, 0
        while j < n and not (depth == 0 and toks[j][1] == ";"):
            depth += (toks[j][1] in ("(", "[", "{")) - (toks[j][1] in (")", "]", "}")) if toks[j][0] == "p" else 0
            j += 1
        stmt = toks[i:j]
        docs = [k for k in range(len(stmt) - 1) if stmt[k][1] == "Documentation" and stmt[k + 1][1] == "("]
        for k in docs:
            bindings += _mo_documentation(toks, i + k, j + 1)
        k = 0
        while k < len(stmt) and stmt[k][0] == "w" and stmt[k][1] in _MO_PREFIXES:
            k += 1
        if k + 2 < len(stmt) and stmt[k][0] == "w" and stmt[k + 1][0] == "w" and stmt[k][1] not in _MO_CLASSES \
                and stmt[k][1] != "end":
            at = k + 2
            if stmt[at][1] == "[":
                at = _skip_brackets(stmt, at)
            if at < len(stmt) and stmt[at][1] == "=":
                value = stmt[at + 1:]
                cut = next((m for m in range(len(value)) if value[m][1] == "annotation" and m
                            and value[m - 1][1] not in ("=", "+", ",", "(", "{")), len(value))
                value = value[:cut]
                if len(value) > 1 and value[-1][0] == "s" and value[-2][1] not in ("=", "+", "(", ",", "{"):
                    value = value[:-1]  # (the description string after the value)
                if value:
                    got, _ = _lit_value(value, 0)
                    if got is not None:
                        bindings.append((stmt[k + 1][1], line, got, j + 1))
        i = j + 1
    return _bindings_tree(bindings, keys, names)


def _modelica(body: str) -> str:
    """A Modelica class (a record, a model, a package) whose components hold the answer (fenced or not) as Markdown,
    line for line (:func:`_data_page`): each "parameter" with a value a field read by its name's words ("brandNames",
    "notFor" a negation, "seekHelp"), a description string after it aside, "{...}" a list, a record's constructor
    call ('SideEffect(name = "Z", frequency = Frequency.LessCommon)', arguments by position named by the record's
    components) a map, an enumeration literal its words ("UseStatus.Studied" a studied, off-label use; a component
    left at its default none), strings joined by "+" one string, a Documentation annotation's HTML the text under
    each of its headings; the fence, comments (one that names a section its heading), "within", the enumeration
    types and the records of the schema blank."""
    classes, keys, names = _mo_schema(body)
    return _read_helped(body, _MO_OPEN, _MO_TOKEN, lambda toks: _mo_tree(toks, classes, keys, names))


#: Isabelle/HOL: a theory's header ("theory X_Monograph imports Main begin"), a definition ('definition uses ::
#: "use_entry list" where'), a HOL string ("''Nausea''") and what only Isabelle writes (cartouches, "(|" records, a
#: fence that names it)
_ISA_THEORY = re.compile(r"(?m)^[ \t]*theory[ \t]+[\w\"'.-]+[ \t]*(?:imports\b|$)")
_ISA_DEF = re.compile(r"(?m)^[ \t]*(?:definition|abbreviation)\b")
_ISA_STRING = re.compile(r"''[^'\n]+''")
_ISA_OPEN = re.compile(r"^[ \t]*(?:\(\*|(?:theory|imports|begin|datatype|record|type_synonym|definition|abbreviation|"
                       r"chapter|section|subsection|text|txt)\b)")
#: a document's heading ("section ‹Usage›", "subsection \<open>FAQs\<close>"), read as a comment that names it
_ISA_HEADING = re.compile(r"(?m)^(?P<i>[ \t]*)(?:chapter|section|subsection|subsubsection|paragraph)[ \t]*"
                          r"‹(?P<t>[^›\n]*)›[ \t]*$")
#: Isabelle's symbols written in ASCII ("\<open>", "\<lparr>") as the glyphs they stand for
_ISA_SYMBOLS = {"\\<open>": "\u2039", "\\<close>": "\u203a", "\\<lparr>": "\u2987", "\\<rparr>": "\u2988",
                "\\<times>": "\u00d7", "\\<equiv>": "\u2261", "\\<Rightarrow>": "\u21d2"}
#: Isabelle's tokens: a comment ("(* *)"; a marginal "— ‹...›" skipped), a HOL string ("''...''"), a cartouche (its
#: raw text: "text ‹...›"), a name, a number, punctuation ("(|", "|)" a record's, '"' around a term)
_ISA_TOKEN = re.compile(r"\(\*(?P<c>.*?)\*\)|(?:\u2014|\\<comment>)[ \t]*\u2039[^\u203a]*\u203a|"
                        r"''(?P<l2>(?:[^']|'(?!'))*)''|\u2039(?P<l>[^\u203a]*)\u203a|"
                        r"(?P<p>\(\||\|\)|\u2987|\u2988|::|\u2261|==|[\[\](),=@\"\u00d7|])|"
                        r"(?P<w>[A-Za-z_][\w.]*|\d+)", re.S)
#: a datatype's constructors ("datatype se_group = Common | Less_Common | Serious") and a record type's fields
#: ("record use_entry =" over "  status :: use_status")
_ISA_DATATYPE = re.compile(r"(?m)^[ \t]*datatype[ \t]+(?:'\w+[ \t]+|\([^()\n]*\)[ \t]+)?(?P<n>\w+)[ \t]*=[ \t]*"
                           r"(?P<b>[^\n]*(?:\n[ \t]*\|[^\n]*)*)")
_ISA_RECORD = re.compile(r"(?m)^[ \t]*record[ \t]+(?:'\w+[ \t]+)?\w+[ \t]*=[ \t]*\n?(?:[ \t]*[\w.]+[ \t]*\+[ \t]*\n?)?"
                         r"(?P<b>(?:[ \t]*\w+[ \t]*::[^\n]*(?:\n|$))+)")
_ISA_COMMANDS = frozenset({"definition", "abbreviation", "lemma", "theorem", "corollary", "value", "fun", "primrec",
                           "datatype", "record", "type_synonym", "text", "txt", "end", "section", "subsection"})


def _isa_schema(body: str) -> tuple[dict[str, str], dict[str, str]]:
    """``body``'s datatype constructors, each its name's words ("Off_Label" "Off label", "Less_Common" "Less
    common"), and the record fields whose key is not their name (:func:`_field_key`; one typed by a datatype whose
    name says nothing "status")."""
    names: dict[str, str] = {}
    kinds: set[str] = set()
    for m in _ISA_DATATYPE.finditer(body):
        kinds.add(m.group("n"))
        for c in re.finditer(r"(?:^|\|)\s*(?P<c>[A-Za-z_]\w*)", re.sub(r"\"[^\"]*\"|\([^()]*\)", "", m.group("b"))):
            names[c.group("c")] = _words(c.group("c"))
    keys: dict[str, str] = {}
    for m in _ISA_RECORD.finditer(body):
        for f in re.finditer(r"(?m)^[ \t]*(?P<n>\w+)[ \t]*::[ \t]*\"?(?P<t>[\w.]+)", m.group("b")):
            key = _field_key(f.group("n"), f.group("t"))
            if f.group("t") in kinds and _data_role(key) is None and _data_section(key) is None:
                key = "status"
            if key != f.group("n"):
                keys[f.group("n")] = key
    return names, keys


def _isa_value(toks: list[_Token], i: int, names: dict[str, str]) -> tuple[object, int]:
    """The HOL term at ``toks[i]`` and the index after it: "[a, b]" a list, "(| f = v, ... |)" a record's map, a
    tuple of strings and constructors ("(''Rash'', Common)") the map of an entry's name, status and note (a question
    and its answer a question's), strings joined by "@" one string, a datatype's constructor its words, "Some x" x,
    "None" nothing, any other name itself (a definition it names)."""
    kind, text, line, parts = toks[i]
    if text in ("[", "(|", "\u2987", "("):
        close = {"[": "]", "(|": "|)", "\u2987": "\u2988", "(": ")"}[text]
        entries: list[tuple[str, int, object]] = []
        items: list[object] = []
        i += 1
        while i < len(toks) and toks[i][1] != close and toks[i][1] != '"':
            if toks[i][1] == ",":
                i += 1
            elif close not in ("]", ")") and toks[i][0] == "w" and i + 1 < len(toks) and toks[i + 1][1] == "=":
                key, at = toks[i][1], toks[i][2]
                value, i = _isa_value(toks, i + 2, names)
                if value is not None:
                    entries.append((key, at, value))
            else:
                value, i = _isa_value(toks, i, names)
                if value is not None:
                    items.append(value)
        end = i + 1 if i < len(toks) and toks[i][1] == close else i
        if close in ("|)", "\u2988"):
            return _Map(entries), end
        if close == "]":
            return _List(items), end
        if len(items) == 1:
            return items[0], end
        strings = [v for v in items if isinstance(v, _Str)]
        if len(strings) != len(items) or not items:
            return _List(items), end
        if len(items) == 2 and not items[0].bare and items[0].text.endswith("?") and not items[1].bare:
            return _Map([("question", items[0].line, items[0]), ("answer", items[1].line, items[1])]), end
        got: list[tuple[str, int, object]] = []
        for v in strings:
            key = "status" if v.bare else "name" if "name" not in {k for k, _, _ in got} else "note"
            got.append((key, v.line, v))
        return _Map(got), end
    if kind == "s":
        joined = list(parts)
        i += 1
        while i + 1 < len(toks) and toks[i][1] == "@" and toks[i + 1][0] == "s":
            joined += toks[i + 1][3]
            i += 2
        return (_Str(joined) if any(t.strip() for _, t in joined) else None), i  # (not "", the empty string)
    if kind == "w":
        if text in ("Some", "the") and i + 1 < len(toks):
            return _isa_value(toks, i + 1, names)
        if text in ("None", "undefined"):
            return None, i + 1
        own = {"True": "true", "False": "false"}.get(text, names.get(text, text))
        return _Str([(line, own)], bare=True), i + 1
    return None, i + 1


def _isa_tree(toks: list[_Token], names: dict[str, str], keys: dict[str, str]) -> tuple[object, int] | None:
    """The values an Isabelle theory defines: each "definition" (or "abbreviation") by its name, its term's right-hand
    side ('"uses = [...]"', "≡") read as a HOL term (:func:`_isa_value`), and each "text ‹...›" block its prose
    (under the section a heading before it names); the types, lemmas and proofs skipped."""
    bindings: list[tuple[str, int, object, int]] = []
    n = len(toks)
    i = 0
    while i < n:
        kind, text, line, _ = toks[i]
        if kind == "w" and text in ("text", "txt") and i + 1 < n and toks[i + 1][0] == "s" \
                and (i == 0 or toks[i - 1][1] != "="):
            bindings.append(("text", line, _Str(toks[i + 1][3]), i + 2))
            i += 2
            continue
        if kind != "w" or text not in ("definition", "abbreviation"):
            i += 1
            continue
        j = i + 1
        while j < n and toks[j][1] != "where" and not (toks[j][0] == "w" and toks[j][1] in _ISA_COMMANDS):
            j += 1
        start = j + 1 if j < n and toks[j][1] == "where" else i + 1
        while start < n and toks[start][1] != '"':
            start += 1
        j = start + 1
        while j < n and toks[j][1] not in ("=", "\u2261", "==", '"'):
            j += 1
        if j >= n or toks[j][1] == '"' or toks[start + 1][0] != "w":
            i = j + 1
            continue
        value, end = _isa_value(toks, j + 1, names)
        if value is not None:
            bindings.append((toks[start + 1][1], toks[start + 1][2], value, end))
        i = max(end, i + 1)
    return _bindings_tree(bindings, keys, {})


def _isabelle(body: str) -> str:
    """An Isabelle/HOL theory whose definitions hold the answer (fenced or not) as Markdown, line for line
    (:func:`_data_page`): each "definition name :: type where \"name = ...\"" a field read by its name's words
    ("brand_names", "not_for" a negation, "seek_help"), "[...]" a list, a record "(| condition = ''Y'', status =
    Off_Label |)" a map of its fields, a pair "(''Rash'', Less_Common)" an entry and its group, a datatype's
    constructor its words ("Off_Label" an off-label use, "Less_Common" "Less common"), a "text ‹...›" block the prose
    of the section a "section ‹X›" heading before it opens; the fence, comments, the datatypes, the record types and
    the lemmas blank."""
    own = body
    for sym, glyph in _ISA_SYMBOLS.items():
        own = own.replace(sym, glyph)
    own = _ISA_HEADING.sub(lambda m: f"{m.group('i')}(* {m.group('t')} *)", own)
    names, keys = _isa_schema(own)
    out = _read_helped(own, _ISA_OPEN, _ISA_TOKEN, lambda toks: _isa_tree(toks, names, keys))
    return body if out == own else out


#: REXX: a compound variable given a string or a number ("mono.brand.1 = 'Erdotin'", "mono.se.3.grp = 'COMMON'",
#: "mono.use.0 = 4"), a tail that is a number, and what only REXX writes (a "/* REXX */" first comment, a fence that
#: names it, "say", "exit", "parse arg")
_RX_ASSIGN = re.compile(r"(?m)(?:^|;)[ \t]*[A-Za-z_!?@#$][\w!?@#$]*\.[\w.!?@#$]+[ \t]*=[ \t]*(?:'|\"|\d)")
_RX_NUMBERED = re.compile(r"(?m)^[ \t]*[A-Za-z_!?@#$][\w!?@#$]*\.(?:[\w!?@#$]+\.)*\d+(?:\.[\w!?@#$]+)*[ \t]*=")
_RX_MARK = re.compile(r"(?im)^[ \t]*(?:/\*[ \t-]*rexx\b|(?:```|~~~)[ \t]*(?:oo)?rexx[ \t]*$|say[ \t]|exit\b|"
                      r"parse[ \t]+(?:arg|pull|var)\b)")
_RX_OPEN = re.compile(r"^[ \t]*(?:/\*|[A-Za-z_!?@#$][\w!?@#$]*\.[\w.!?@#$]*[ \t]*=)")
#: REXX's tokens: a comment, a string in either quotes (a doubled quote its quote), a (compound) symbol, a number,
#: punctuation ("||" joins, a trailing "," continues the clause, ";" ends it)
_RX_TOKEN = re.compile(r"(?P<c>/\*.*?\*/)|(?P<s>'(?:[^'\n]|'')*'|\"(?:[^\"\n]|\"\")*\")|(?P<p>\|\||==|[=;,()])|"
                       r"(?P<w>[A-Za-z_!?@#$][\w.!?@#$]*|\d+(?:\.\d+)?)")
#: short tails and the words they stand for ("mono.se.1.grp", "mono.faq.2.q")
_RX_SHORT = {**_SHORT_KEYS, "grp": "group", "cat": "category", "ind": "indication", "qual": "status"}


def _rx_key(tail: str) -> str:
    """A tail of a compound variable as the words of a key: a short one the word it stands for ("cond", "grp"), one
    run together from words as those words ("NOTFOR" "not for", "SEEKHELP" "seek help", "SE" "side effects")."""
    low = tail.casefold()
    if low in _RX_SHORT:
        return _RX_SHORT[low]
    return _m_key(tail.upper(), {}) if re.fullmatch(r"[A-Za-z]+", tail) else tail


def _rx_node(node: dict, where: dict[int, int]) -> object:
    """A tree of tails (each node a dict of its children, its own value under "\0") as the data tree: a node with
    numbered children a list of them in their order (its ".0" count aside), one with named children a map (a value of
    its own its entry's "name": "mono.se.3 = 'Z'" beside "mono.se.3.grp"), a leaf its string."""
    own = node.get("\0")
    children = [(sub, child) for sub, child in node.items() if sub != "\0" and sub != 0]
    if not children:
        return own
    if all(isinstance(sub, int) for sub, _ in children):
        items = [_rx_node(child, where) for _, child in sorted(children, key=lambda e: e[0])]
        return _List([v for v in ([own] if isinstance(own, _Str) and not own.bare else []) + items if v is not None])
    entries = [("name", own.line, own)] if isinstance(own, _Str) and not own.bare else []
    for sub, child in children:
        value, key = _rx_node(child, where), str(sub)
        if isinstance(value, _Str) and _data_role(key) is None and _data_section(key) is None:
            key = "status" if _AWK_STATUS.match(value.text) else "group" if is_group_label(value.text) else key
        entries.append((key, where[id(child)], value))  # (a tail in words of its own, "licence", read by what its
    return _Map(entries)  # value is: a status, a group)


def _rx_tree(toks: list[_Token]) -> tuple[object, int] | None:
    """The variables a REXX program gives strings (or numbers), one clause each ("mono.use.2.cond = 'Y'", clauses
    after ";" on a line, a trailing "," continuing a clause on the next line with a blank, "||" joining strings with
    none), as a tree of their tails: the stem most of them share dropped (the others aside; with no such stem, each
    stem and each simple variable a key), a numbered tail an item of a list, a named tail a key by its words
    (:func:`_rx_key`); any other clause ("do", "say", "x = f(y)") skipped."""
    sets: list[tuple[list[str], int, _Str]] = []
    n = len(toks)
    i = 0
    while i < n:
        kind, text, line, _ = toks[i]
        if not (kind == "w" and not text[:1].isdigit() and i + 1 < n and toks[i + 1][1] == "="
                and (i == 0 or toks[i - 1][1] == ";" or toks[i - 1][2] < line)):
            i += 1
            continue
        j, last = i + 2, line
        parts: list[tuple[int, str]] = []
        plain = True
        while j < n and (toks[j][2] == last or toks[j - 1][1] == "," and toks[j][2] == last + 1) and toks[j][1] != ";":
            k, t, at, _ = toks[j]
            if k == "s":  # (the string as written, its own blanks kept for "||")
                said = t.replace("''", "'").replace('""', '"')
                if parts and parts[-1][0] == at:
                    parts[-1] = (at, parts[-1][1] + ("" if toks[j - 1][1] == "||" else " ") + said)
                else:
                    parts.append((at, said))
            elif k == "w" and t[:1].isdigit() and not parts:
                parts.append((at, t))
            elif t not in (",", "||"):
                plain = False
            last = at
            j += 1
        if plain and parts and not text.endswith(".") and any(t.strip() for _, t in parts):  # (not "mono. = ''")
            sets.append((text.split("."), line, _Str(parts, bare=toks[i + 2][0] == "w")))
        i = j
    stems: dict[str, int] = {}
    for tails, _, _ in sets:
        if len(tails) > 1:
            stems[tails[0].casefold()] = stems.get(tails[0].casefold(), 0) + 1
    if not stems:
        return None
    stem = max(stems, key=lambda s: stems[s])
    one = stems[stem] * 3 >= sum(stems.values()) * 2
    root: dict = {}
    where: dict[int, int] = {}
    for tails, line, value in sets:
        if one and (len(tails) < 2 or tails[0].casefold() != stem):
            continue
        node = root
        for tail in tails[1:] if one else tails:
            sub: object = int(tail) if tail.isdigit() else _rx_key(tail)
            if sub not in node:
                node[sub] = {}
                where[id(node[sub])] = line
            node = node[sub]
        node["\0"] = value
    tree = _rx_node(root, where)
    if not isinstance(tree, _Map):
        return None
    return _shaped(tree), n


def _rexx(body: str) -> str:
    """A REXX program that fills one stem with the answer (fenced or not) as Markdown, line for line
    (:func:`_data_page`): each compound variable a field by its tails' words ("mono.brand.1", "mono.notfor.2" a
    negation, "mono.seekhelp"), numbered tails the items of a list (".0" counts aside), a numbered node's own value
    beside its tails an entry with its fields ("mono.se.3 = 'Z'" with "mono.se.3.grp = 'LESS COMMON'" an effect of
    that group, "mono.use.2.status = 'STUDIED'" a studied, off-label use, ".q" / ".a" a question and its answer),
    strings continued by a trailing comma one string; the fence, comments (one that names a section its heading)
    and the other clauses blank."""
    return _read_helped(body, _RX_OPEN, _RX_TOKEN, _rx_tree)


# ---------------------------------------------------------------------------
# Readers of set 168's notations (helper B): a QML object tree whose properties and list models hold the answer
# ("Item {" over '    property var brandNames: ["A", "B"]', '    property string usage: "a " +' over '"b"', "ListModel {
# id: usesModel" over '    ListElement { condition: "Y"; status: "studied"; note: "..." }'), a Javadoc comment whose
# HTML holds it (" * <h3>Usage</h3>", " * <ul>" over " *   <li><b>Y</b> (off-label) - note</li>", " * <dl>" of "<dt>"
# questions and "<dd>" answers, "@see X") and a TypeSpec file whose value holds it ("enum Frequency { common,
# lessCommon }", "const x: Monograph = #{" over '  uses: #[ #{ condition: "Y", status: UseStatus.offLabel } ],', a
# '"""' string)
# ---------------------------------------------------------------------------

#: QML: an import of a Qt module ("import QtQuick 2.15", "import QtQuick.Controls"), a property declared with its value
#: ('property string genericName: "X"', "readonly property var uses: ["), a list model's element ("ListElement {")
_QML_IMPORT = re.compile(r"(?m)^[ \t]*import[ \t]+Qt[A-Z]\w*(?:\.\w+)*(?:[ \t]+\d[\d.]*)?[ \t]*;?[ \t]*$")
_QML_PROPERTY = re.compile(r"(?m)^[ \t]*(?:(?:readonly|default|required)[ \t]+)*property[ \t]+[\w.<>]+[ \t]+"
                           r"[a-z_]\w*[ \t]*:[ \t]*\S")
_QML_ELEMENT = re.compile(r"(?m)^[ \t]*ListElement[ \t]*\{")
_QML_OPEN = re.compile(r"^[ \t]*(?://|/\*|import[ \t]+Qt|pragma[ \t]|[A-Z][\w.]*[ \t]*\{)")
#: QML's tokens: a comment, a string, a name (dotted: "Component.onCompleted", "anchors.fill"), a number, punctuation
_QML_TOKEN = re.compile(r"(?P<c>//[^\n]*|/\*.*?\*/)|`(?P<l4>[^`]*)`|(?P<s>\"(?:[^\"\\]|\\.)*\"|'(?:[^'\\\n]|\\.)*')|"
                        r"(?P<w>[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*|-?\d[\d.]*)|(?P<p>[{}\[\](),;:=+?<>!&|*/-])",
                        re.S)
#: what a QML object declares that holds no value: a function's and a signal's declarations, a handler ("onClicked:",
#: "Component.onCompleted:"), an enumeration
_QML_CODE = frozenset({"function", "signal", "enum", "component", "import", "pragma"})
_QML_TRANSLATE = frozenset({"qsTr", "qsTranslate", "qsTrId", "QT_TR_NOOP", "QT_TRANSLATE_NOOP"})
#: a binding of an item's geometry or look, no words of the answer ("width: 400", "color: "#fff"")
_QML_LAYOUT = frozenset({"width", "height", "x", "y", "z", "visible", "opacity", "spacing", "radius", "enabled", "clip",
                         "color", "anchors", "font", "padding", "margins", "focus", "implicitWidth", "implicitHeight",
                         "objectName", "delegate", "source", "wrapMode", "horizontalAlignment", "verticalAlignment"})


def _qml_tokens(toks: list[_Token]) -> list[_Token]:
    """QML's tokens as the generic literal's: a translated string ('qsTr("X")') the string."""
    own: list[_Token] = []
    i = 0
    while i < len(toks):
        if toks[i][0] == "w" and toks[i][1] in _QML_TRANSLATE and i + 3 < len(toks) and toks[i + 1][1] == "(" \
                and toks[i + 2][0] == "s":
            j = _skip_brackets(toks, i + 1)
            own.append(toks[i + 2])
            i = j
            continue
        own.append(toks[i])
        i += 1
    return own


def _qml_key(name: str) -> str:
    """An object's id as the key of what it holds: a list model's "usesModel", "sideEffectsList" its words' first
    part ("uses", "sideEffects")."""
    return re.sub(r"(?<=[a-z0-9])(?:ListModel|Model|List)$", "", name) or name


def _qml_skip(toks: list[_Token], i: int) -> int:
    """The index after the statement at ``toks[i]``: its braces' block when one opens on its line, else its line."""
    line = toks[i][2]
    while i < len(toks) and toks[i][2] == line:
        if toks[i][0] == "p" and toks[i][1] in ("{", "(", "["):
            i = _skip_brackets(toks, i)
            if i < len(toks) and toks[i - 1][1] == "}":
                return i
            continue
        i += 1
    return i


def _qml_object(toks: list[_Token], i: int) -> tuple[object, str | None, int]:
    """The QML object whose brace is at ``toks[i]`` as what it holds, its id and the index after it: a map of each
    property declared with a value ("property var x: value") and each binding ("role: value", read as the generic
    literal is: strings joined by "+" one string, "[...]" a list, "{ a: b }" a map) by its name, a child object by its
    id ("ListModel { id: usesModel" the list of its elements under "uses"); a list model's elements a list; handlers,
    functions, signals, grouped properties ("anchors.fill") and layout bindings ("width: 400") aside."""
    entries: list[tuple[str, int, object]] = []
    items: list[object] = []
    own_id: str | None = None
    i += 1
    while i < len(toks) and toks[i][1] != "}":
        kind, text, line, _ = toks[i]
        if kind == "w" and text in _QML_CODE:
            i = _qml_skip(toks, i)
            continue
        if kind == "w" and text == "property":  # ("property string x: value", "property list<QtObject> x: [")
            j = i + 1
            while j < len(toks) and toks[j][2] == line and toks[j][1] not in (":", ";", "}"):
                j += 1
            if not (j < len(toks) and toks[j][1] == ":" and toks[j - 1][0] == "w" and j - 1 > i + 1):
                i = j if j > i + 1 else i + 1  # (a property declared with no value)
                continue
            i = j - 1
            kind, text = "w", toks[i][1]
        if kind == "w" and i + 1 < len(toks) and toks[i + 1][1] == "{" and text[:1].isupper():
            value, child, i = _qml_object(toks, i + 1)  # (a child object)
            if text == "ListElement" and isinstance(value, _Map):
                items.append(value)
            elif _strings(value):
                key = _qml_key(child or text)
                twice = sum(e[0] == key or e[0].startswith(key + " ") for e in entries)
                entries.append((f"{key} {twice + 1}" if twice else key, line, value))  # (two models with no id:
            continue  # two lists, each under the comment that names its section)
        if kind not in ("w", "s") or i + 2 >= len(toks) or toks[i + 1][1] != ":":
            i += 1
            continue
        key, at = (_Str(toks[i][3]).text if kind == "s" else text), i + 2
        if key == "id" and toks[at][0] == "w":
            own_id, i = toks[at][1], at + 1
            continue
        if re.match(r"^(?:\w+\.)*on[A-Z]", key) or "." in key or key in _QML_LAYOUT:  # (a handler's code, a
            i = _qml_skip(toks, at) if toks[at][2] == line else at  # grouped property, a layout binding)
            continue
        if toks[at][0] == "w" and at + 1 < len(toks) and toks[at + 1][1] == "{" and toks[at][1][:1].isupper():
            value, _, i = _qml_object(toks, at + 1)  # ("model: ListModel { ... }")
        else:
            value, i = _lit_value(toks, at)
            if toks[at][1] == "(" and isinstance(value, _List) and len(value.items) == 1:
                value = value.items[0]  # ("property var x: ({ ... })": JavaScript's object in brackets)
        if value is not None:
            entries.append((key, line, value))
    if items and not entries:
        return _List(items), own_id, i + 1
    return _Map(entries + ([("items", line, _List(items))] if items else [])), own_id, i + 1


def _qml_tree(toks: list[_Token]) -> tuple[object, int] | None:
    """The answer a QML file holds: its root object ("Item {", "QtObject {") read by :func:`_qml_object`, past the
    imports and pragmas; a lone child that holds it all (an "Item" over one "QtObject { id: monograph") its own."""
    toks = _qml_tokens(toks)
    start = next((k for k in range(len(toks) - 1) if toks[k][0] == "w" and toks[k][1][:1].isupper()
                  and toks[k + 1][1] == "{" and (not k or toks[k - 1][2] < toks[k][2])), None)
    if start is None:
        return None
    tree, _, end = _qml_object(toks, start + 1)
    while isinstance(tree, _Map) and len(tree.entries) == 1 and isinstance(tree.entries[0][2], _Map) \
            and _data_role(tree.entries[0][0]) is None and _data_section(tree.entries[0][0]) is None:
        tree = tree.entries[0][2]
    return (_shaped(tree), end) if isinstance(tree, _Map) else None


def _qml(body: str) -> str:
    """A QML object tree whose properties and list models hold the answer (fenced or not) as Markdown, line for line
    (:func:`_data_page`): each property by its name's words ("brandNames", "notFor" a negation, "seekHelp", "usage"
    the Usage's text), strings joined by "+" one string, a list model by its id ("usesModel", "sideEffectsModel") the
    list of its elements, each element's roles a map ('condition: "Y"; status: "studied"' a studied, off-label use,
    'name: "Z"; group: "less common"' an effect of its group, "question" / "answer" a question); the fence, comments
    (one that names a section its heading), imports, ids, braces and layout bindings blank."""
    return _read_helped(body, _QML_OPEN, _QML_TOKEN, _qml_tree)


#: TypeSpec: a declaration ("model Use {", "enum Frequency {", "op getX(): Monograph;", "namespace X;"), what only
#: TypeSpec writes ('import "@typespec/http";', "using TypeSpec.Http;", a fence that names it) and a value ("const x:
#: Monograph = #{", "@example(#{", "@opExample(#{")
_TSP_DECL = re.compile(r"(?m)^[ \t]*(?:model|enum|union|scalar|op|interface|alias|namespace)[ \t]+[A-Za-z_][\w.]*")
_TSP_MARK = re.compile(r"(?m)^[ \t]*(?:import[ \t]+\"@typespec/|using[ \t]+TypeSpec\b|(?:```|~~~)[ \t]*"
                       r"(?:typespec|tsp|cadl)[ \t]*$)")
_TSP_VALUE = re.compile(r"(?m)^[ \t]*const[ \t]+[A-Za-z_]\w*(?:[ \t]*:[^=\n]*)?=[ \t]*#[{\[]|"
                        r"@(?:op)?[eE]xample[ \t]*\([ \t]*#\{")
_TSP_OPEN = re.compile(r"^[ \t]*(?://|/\*|import[ \t]+\"|using[ \t]+[\w.]+[ \t]*;|namespace[ \t]+[\w.]+|"
                       r"(?:model|enum|union|scalar|interface|alias|const)[ \t]+\w)")
_TSP_MODEL = re.compile(r"(?m)^[ \t]*(?:@\w+(?:\([^()\n]*\))?[ \t]*)*model[ \t]+(?P<n>[A-Za-z_]\w*)(?:<[^>\n]*>)?"
                        r"(?:[ \t]+(?:extends|is)[ \t]+[\w.<>, \t]+?)?[ \t]*\{")
_TSP_FIELD = re.compile(r"(?m)^[ \t]*(?:@\w+(?:\([^()\n]*\))?[ \t]*)*(?P<n>[A-Za-z_]\w*)\??[ \t]*:[ \t]*"
                        r"(?P<t>[A-Za-z_][\w.]*)")
_TSP_ENUM = re.compile(r"(?m)^[ \t]*(?:@\w+(?:\([^()\n]*\))?[ \t]*)*enum[ \t]+(?P<n>[A-Za-z_]\w*)[ \t]*\{")


def _tsp_enums(body: str) -> dict[str, str]:
    """The members of ``body``'s enums, each the string it is given ('lessCommon: "Less common"') or its name's words
    ("lessCommon" "Less common", "OFF_LABEL" "Off label")."""
    names: dict[str, str] = {}
    for m in _TSP_ENUM.finditer(body):
        inner = re.sub(r"//[^\n]*|/\*.*?\*/|@\w+(?:\([^()]*\))?", "", _braced(body, m.end() - 1), flags=re.S)
        for c in re.finditer(r"(?P<n>[A-Za-z_]\w*)[ \t]*(?::[ \t]*(?:\"(?P<v>[^\"\n]*)\"|[^,;\n]*))?[ \t]*(?:[,;\n]|$)",
                             inner):
            names[c.group("n")] = c.group("v") or _words(c.group("n"))
    return names


def _tsp_tree(toks: list[_Token], names: dict[str, str], keys: dict[str, str]) -> tuple[object, int] | None:
    """The values a TypeSpec file declares, read as the generic literal is (:func:`_lit_value`: "#{ ... }" an object
    value a map, "#[ ... ]" a list, a string in three quotes its lines): each "const x = value" by its name, and each
    example a decorator gives ("@example(value", "@opExample(#{ returnType: value })"), a name in one of them the
    value it names; an enum member ("Frequency.lessCommon") its words; the declarations skipped."""
    bindings: list[tuple[str, int, object, int]] = []
    i = 0
    while i + 2 < len(toks):
        kind, text, line, _ = toks[i]
        if kind == "w" and text == "const" and toks[i + 1][0] == "w":
            j = i + 2
            while j < len(toks) and toks[j][1] not in ("=", ";"):
                j += 1
            if j + 1 < len(toks) and toks[j][1] == "=":
                value, end = _lit_value(toks, j + 1)
                if value is not None:
                    bindings.append((toks[i + 1][1], line, value, end))
                i = max(end, i + 1)
                continue
        if kind == "w" and text in ("@example", "@opExample") and toks[i + 1][1] == "(":
            value, end = _lit_value(toks, i + 2)
            if isinstance(value, _Map) and text == "@opExample":
                value = next((v for k, _, v in value.entries if k == "returnType"), None) \
                    or next((v for k, _, v in value.entries if k == "parameters"), None)
            if value is not None:
                bindings.append(("", line, value, end))
            i = max(end, i + 1)
            continue
        i += 1
    got = _bindings_tree(bindings, keys, names)
    return None if got is None or not isinstance(got[0], _Map) else got


def _typespec(body: str) -> str:
    """A TypeSpec file whose value holds the answer (fenced or not) as Markdown, line for line (:func:`_data_page`):
    the "const" (or example) that holds the most strings the tree, its members read by their names' words
    ("brandNames", "notFor" a negation, "seekHelp"), "#{ }" objects and "#[ ]" lists, an enum member its string or
    its words ("UseStatus.studied" a studied, off-label use; a status left at its model's default none,
    "Frequency.lessCommon" the group "Less common"), a member named by its type when only that says what it holds, a
    string in three quotes its lines; the fence, comments (one that names a section its heading), imports, the enums,
    the models and the operations blank."""
    names = _tsp_enums(body)
    _, keys = _record_fields(body, _TSP_MODEL, _TSP_FIELD)
    _status_by_enum_type(body, _TSP_MODEL, _TSP_FIELD, _TSP_ENUM, keys)
    return _read_helped(body, _TSP_OPEN, _LIT_TOKEN, lambda toks: _tsp_tree(toks, names, keys))


#: Javadoc: a doc comment's line (" * text", " *"), one that opens it ("/**") and one that holds a block of its HTML
#: (" * <h3>Usage</h3>", " * <ul>", " *   <li>", " * <p><b>Label:</b>", " * <dt>")
_JD_LINE = re.compile(r"(?m)^[ \t]*\*(?:[ \t]|$)")
_JD_OPEN = re.compile(r"^[ \t]*/\*\*(?!\*)")
_JD_HTML = re.compile(r"(?mi)^[ \t]*\*[ \t]*<(?:h[1-6]|p|ul|ol|li|dl|dt|dd|table|tr|b|strong)\b")
#: the block tags of a doc comment that say nothing of the answer ("@see Furosemide", "@since 1.0", "@author x")
_JD_BLOCK_TAGS = frozenset({"see", "since", "author", "version", "param", "return", "returns", "throws", "exception",
                            "deprecated", "serial", "serialData", "serialField", "hidden", "apiNote", "implNote",
                            "implSpec", "link", "brief", "file", "class", "package", "example", "todo"})
#: an inline tag ("{@code javadoc}", "{@link Furosemide#dose the dose}", "{@literal <}"): its words
_JD_INLINE = re.compile(r"\{@(?P<t>\w+)(?:[ \t]+(?P<a>[^{}]*))?\}")
_JD_HEADING = re.compile(r"^<h(?P<n>[1-6])\b[^>]*>(?P<t>.*?)</h(?P=n)\s*>$", re.I)
#: a declaration of the code the comment documents, up to its block ("public final class X {", "@Deprecated")
_JD_CODE = re.compile(r"^[ \t]*(?:@\w+(?:\(.*\))?[ \t]*$|(?:(?:public|protected|private|final|static|abstract|sealed)"
                      r"[ \t]+)*(?:class|interface|enum|record|@interface)[ \t]+\w+|package[ \t]+[\w.]+[ \t]*;|"
                      r"import[ \t]+[\w.*]+[ \t]*;)")


def _jd_inline(m: re.Match[str]) -> str:
    words = (m.group("a") or "").strip()
    if m.group("t") in ("link", "linkplain", "see") and words:
        target, _, label = words.partition(" ")  # ("{@link Furosemide#dose the dose}": its label, else its name)
        return label.strip() or re.sub(r"[#(].*$", "", target).rsplit(".", 1)[-1]
    return words if m.group("t") not in ("inheritDoc", "docRoot") else ""


def _jd_text(text: str) -> str:
    """A doc comment's HTML words as Markdown's on one line: bold and italic their marks, "{@code x}" and "{@link X}"
    their words, other tags none, entities their characters."""
    text = _JD_INLINE.sub(_jd_inline, text)
    text = re.sub(r"</?(?:b|strong)\b[^>]*>", "**", text, flags=re.I)
    text = re.sub(r"</?(?:i|em|cite|var)\b[^>]*>", "*", text, flags=re.I)
    return html.unescape(re.sub(r"<[^<>]{1,200}>", "", text)).strip()


def _jd_comment(lines: list[str], first: int) -> tuple[list[tuple[int, str]], int]:
    """The doc comment opened on line ``first``: each of its lines' text (the "/**" and "*/" and each line's leading
    "*" off) and the line it closes on."""
    own: list[tuple[int, str]] = []
    k = first
    while k < len(lines):
        text = lines[k]
        if k == first:
            text = text[text.index("/**") + 3:]
        else:
            text = re.sub(r"^[ \t]*\*(?!/)[ \t]?", "", text)
        closed = "*/" in text
        own.append((k, text.split("*/", 1)[0].strip()))
        if closed:
            return own, k
        k += 1
    return own, len(lines) - 1


def _jd_markdown(texts: list[tuple[int, str]], out: list[str]) -> None:
    """A doc comment's HTML as Markdown, line for line, into ``out``: "<hN>" a heading of its level, "<li>" a list item
    indented by its list's depth (the lines it runs on indented under it), "<p><b>Label:</b>" a bold label, a "<dt>"
    question (or a paragraph that opens with one in bold) a bold item and its "<dd>" answer the item's lines; "<ul>",
    "<dl>" and the other block tags' lines blank, a block tag ("@see X", "@since 1.0") blank (one of the answer's
    own, "@usage ...", a bold label)."""
    depth, asked = 0, False  # (the lists open; whether a question's paragraph is open)
    under = pending = ""  # (the indent of the item or answer the next lines run on in; an item's "- " not yet said)
    for k, text in texts:
        tag = re.match(r"^@(?P<t>\w+)\b[ \t]*(?P<r>.*)$", text)
        heading = _JD_HEADING.match(text)
        if tag or heading:
            under = pending = ""
            said = _jd_text(tag.group("r") if tag else heading.group("t"))
            if heading:
                out[k] = "#" * int(heading.group("n")) + " " + said
            else:
                out[k] = "" if tag.group("t") in _JD_BLOCK_TAGS or not said \
                    else f"- **{_words(tag.group('t'))}:** {said}"
            continue
        lead, indent = pending, under  # (a line an item runs on in: indented as it was when the line began)
        for m in re.finditer(r"<(?P<c>/?)(?P<t>ul|ol|dl|li|dt|dd)\b[^>]*>", text, re.I):
            name, closing = m.group("t").lower(), bool(m.group("c"))
            if name in ("ul", "ol", "dl"):
                depth = max(depth - 1, 0) if closing else depth + 1
                under = ""
            elif closing:
                under = ""
            elif not lead:
                lead = "  " * max(depth - 1, 0) + ("- " if name != "dd" else "  ")
                under = "  " * depth
            else:
                under = "  " * depth
        said = _jd_text(re.sub(r"</?dt\b[^>]*>", "**", text, flags=re.I))
        if not lead and re.match(r"<p\b[^>]*>\s*<(?:b|strong)\b[^>]*>[^<]*\?\s*</(?:b|strong)\s*>", text, re.I):
            lead, under, asked = "  " * depth + "- ", "  " * (depth + 1), True  # (a paragraph that opens with a
            # question in bold: a question and its answer, one item each, as "<dt>" and "<dd>"; "<p>" over "<p>"
            # would run on as one paragraph in Markdown)
        pending = lead if lead and not said else ""
        out[k] = ((lead or indent) + said) if said else ""
        if asked and re.search(r"</p\s*>", text, re.I):
            under, asked = "", False


def _javadoc(body: str) -> str:
    """A Javadoc comment whose HTML holds the answer (fenced or not) as Markdown, line for line (:func:`_jd_markdown`):
    each doc comment's lines without their "/**", "*" and "*/", its HTML read as the Markdown it means ("<h3>Usage</h3>"
    a heading, "<li>" items, "<p><b>Common:</b></p>" a group's label, "<dt>" and "<dd>" a question and its answer),
    inline tags their words ("{@code x}"); the fence, the package, imports and the class the comment documents blank."""
    lines = body.split("\n")
    window = _data_window(lines, _JD_OPEN)
    if window is None:
        return body
    first, last = window
    fenced = _FENCE_LINE.match(lines[last]) is not None
    out = list(lines)
    k, closed = first, None
    while k <= last:
        if _JD_OPEN.match(lines[k]):
            texts, closed = _jd_comment(lines, k)
            _jd_markdown(texts, out)
            k = closed + 1
            continue
        if fenced or _FENCE_LINE.match(lines[k]) or _JD_CODE.match(lines[k]):
            out[k] = ""
        k += 1
    if not fenced and closed is not None:  # (unfenced: the code after the last comment, to its block's end)
        depth, k = 0, closed + 1
        while k < len(lines) and (depth or _JD_CODE.match(lines[k]) or not lines[k].strip() and k == closed + 1):
            depth += lines[k].count("{") - lines[k].count("}")
            out[k] = ""
            k += 1
            if depth <= 0 and "}" in lines[k - 1]:
                break
    return "\n".join(out)


# ---------------------------------------------------------------------------
# Readers of set 174's notations (helper A): a crontab whose comments hold the answer ("# ---- USAGE ----" over
# "# Uses:" and "#   - Label: note", 'BRAND_NAMES="A, B"' environment lines, "0 8 * * * echo ..." jobs), a Pug template
# whose "- const" lines hold the data its markup renders ("- const uses = [" ... "each u in uses", "h2 Usage", "p.",
# "#[strong Label:]") and an LDIF file whose entry's attributes hold it ("use: Y | approved | note", lines folded
# with one space, "sideEffectLessCommon: Z", "dn: faq=1,cn=X" entries of "question:" and "answer:")
# ---------------------------------------------------------------------------

#: a crontab's job: five time fields, each with a digit or "*" ("0 8 * * 1-5", "*/15 * * * *"), and a command; or a
#: nickname and a command ("@daily /usr/bin/x")
_CRON_JOB = re.compile(r"(?m)^[ \t]*(?:(?:(?=[\w*/,-]*[\d*])[\w*/,-]+[ \t]+){5}|@(?:reboot|yearly|annually|monthly|"
                       r"weekly|daily|midnight|hourly)[ \t]+)(?=\S)(?![-*+][ \t])")
#: an environment line ("SHELL=/bin/sh", 'MAILTO=""', 'BRAND_NAMES="A, B"') and what only a crontab writes: cron's
#: own variables, a fence that names it, its field legend, a comment that names it
_CRON_ENV = re.compile(r"^[ \t]*(?P<k>[A-Za-z_]\w*)[ \t]*=[ \t]*(?P<v>.*?)[ \t]*$")
_CRON_MARK = re.compile(r"(?im)^[ \t]*(?:(?:SHELL|MAILTO|CRON_TZ)[ \t]*=|(?:```|~~~)[ \t]*(?:crontab|cron)[ \t]*$|"
                       r"#.*\bcrontab\b)")
_CRON_COMMENT = re.compile(r"(?m)^[ \t]*#")
#: a fenced block, its fences with it
_FENCED_BLOCK = re.compile(r"(?ms)^[ \t]*(?P<f>```|~~~).*?^[ \t]*(?P=f)[ \t]*$")
#: cron's own variables: no words of the answer
_CRON_VARS = frozenset({"SHELL", "MAILTO", "MAILFROM", "PATH", "HOME", "CRON_TZ", "TZ", "LOGNAME", "USER", "LANG",
                        "LC_ALL", "RANDOM_DELAY", "START_HOURS_RANGE", "CONTENT_TYPE", "CONTENT_TRANSFER_ENCODING"})
#: a comment's rule ("# ======", "# ------") and banner ("# ---------- USAGE ----------", "# === FAQs ===")
_CRON_RULE = re.compile(r"^[-=*#~_+.]{3,}$")
_CRON_BANNER = re.compile(r"^[-=*#~_+]{2,}[ \t]*(?P<t>[^-=*#~_+ \t][^=*#~_]*?)[ \t]*[-=*#~_+]*$")
#: the legend of a job's fields ("m  h  dom mon dow  command", "min hour day month weekday", "| .---- hour (0 - 23)")
_CRON_LEGEND = re.compile(r"(?i)^(?:format:[ \t]*)?(?:m|min|minute)[ \t]+(?:h|hr|hour)[ \t]+.*\b(?:dow|wday|weekday|"
                          r"day[ -]of[ -]week)\b|^[|.* \t-]*[|.][|.* \t-]*(?:minute|hour|day of (?:the )?"
                          r"(?:month|week)|month)\b")
#: a question or answer in a comment ("Q1: How ...?", "A: Take it ...", "Question 2. ...")
_CRON_QUESTION = re.compile(r"^(?:Q|Question)[ \t]*\d*[ \t]*[:.)-][ \t]*(?P<t>\S.*)$", re.I)
_CRON_ANSWER = re.compile(r"^(?:A|Answer)[ \t]*\d*[ \t]*[:.)-][ \t]*(?P<t>\S.*)$", re.I)
#: a list item's status tag before its words ("[studied] Raynaud's ...", "[off-label] X: note", "[approved] Y")
_CRON_TAG = re.compile(r"^\[(?P<t>[A-Za-z][\w -]{1,24})\][ \t]*(?P<r>\S.*)$")
_APPROVED_WORD = re.compile(r"^(?:approved|licen[cs]ed|label(?:l?ed)?|on[- ]label|fda[- ]approved|indicated)$", re.I)


def _cron_jobs(body: str) -> int:
    """How many job lines ``body`` holds with "*" or a nickname in their times (a line of numbers is no job)."""
    return sum("*" in m.group(0) or "@" in m.group(0) for m in _CRON_JOB.finditer(body))


def _tagged_item(text: str) -> str:
    """A list item's words with a status tag before them read ("[studied] X: note" -> "X (off-label): note", an
    "[approved]" tag nothing); an item with no such tag as it is."""
    m = _CRON_TAG.match(text)
    if m is None:
        return text
    tag, rest = m.group("t").strip(), m.group("r")
    if _APPROVED_WORD.match(tag):
        return rest
    if not _OFF_LABEL_WORD.search(tag):
        return text
    cut = re.search(r":[ \t]|[ \t][-\u2013\u2014][ \t]", rest)
    return rest[:cut.start()] + " (off-label)" + rest[cut.start():] if cut else rest + " (off-label)"


def _cron_window(lines: list[str]) -> tuple[int, int] | None:
    """The crontab's lines: the fence around its first job or environment line, or (unfenced) the run of comment,
    environment, job and blank lines around it."""
    at = next((k for k, line in enumerate(lines) if _CRON_JOB.match(line) or _CRON_ENV.match(line)
               and not line.lstrip().startswith("#")), None)
    if at is None:
        return None
    fences = [k for k, line in enumerate(lines) if _FENCE_LINE.match(line)]
    before = [k for k in fences if k <= at]
    if len(before) % 2:
        after = [k for k in fences if k > at]
        return before[-1], after[0] if after else len(lines) - 1

    def own(line: str) -> bool:
        return not line.strip() or line.lstrip().startswith("#") or bool(_CRON_JOB.match(line) or _CRON_ENV.match(line))

    first = at
    while first > 0 and lines[first - 1].lstrip().startswith("#") and not re.match(r"^#{1,6}[ \t]", lines[first - 1]):
        first -= 1
    last = at
    while last + 1 < len(lines) and own(lines[last + 1]):
        last += 1
    while last > first and not lines[last].strip():
        last -= 1
    return first, last


def _crontab(body: str) -> str:
    """A crontab whose comments and environment lines hold the answer (fenced or not) as Markdown, line for line: a
    banner comment ("# ------ USAGE ------") a heading, a comment's words its text (indented by how far they are
    indented past the comments' own margin: "#   - X" a list item, the lines under it its words), a short label
    ("# Common:") in bold, "Q1: ..." a question in bold and the lines under it (or "A1: ...") its answer, an item's
    status tag ("[studied] X: note") its qualifier; an environment line a field by its name's words
    ('BRAND_NAMES="A, B"' "Brand names", "GENERIC_NAME" the name in bold); the fence, cron's own variables ("SHELL",
    "MAILTO"), the jobs, the field legend and the boxed header over the first banner blank."""
    lines = body.split("\n")
    window = _cron_window(lines)
    if window is None:
        return body
    first, last = window
    out = list(lines)
    texts: dict[int, str] = {}  # (each comment line's words, "#" and the margin off)
    for k in range(first, last + 1):
        line = lines[k]
        if line.lstrip().startswith("#"):
            texts[k] = re.sub(r"^[ \t]*#+", "", line).rstrip()
        else:
            out[k] = ""
    margin = min((len(t) - len(t.lstrip()) for t in texts.values() if t.strip()), default=0)
    bannered = any((b := _CRON_BANNER.match(t.strip())) and section_kind(b.group("t")) in _MAIN_KINDS
                   for t in texts.values())  # (with no banner, a label alone that names a section is its heading)
    headed = False  # (a banner seen: the boxed header before it is the file's, no words of the answer)
    box: list[int] = []  # (the comment lines since the last rule)
    depth: list[int] = []  # (the indents of the list items open)
    under = ""  # (the indent a line indented under an item or a question takes)
    for k in range(first, last + 1):
        line = lines[k]
        if k not in texts:
            env = _CRON_ENV.match(line)
            if env and env.group("k") not in _CRON_VARS and not _CRON_JOB.match(line):
                value = env.group("v")
                if len(value) > 1 and value[0] == value[-1] and value[0] in "\"'":
                    value = value[1:-1]
                words, role = _words(env.group("k")), _data_role(env.group("k"))
                if value.strip():
                    field = _DATA_FIELDS.get(role or "", words)
                    out[k] = f"**{value}**" if role == "name" else f"- **{field}:** {value}"
            if line.strip():
                depth, under = [], ""
            continue
        text = texts[k][margin:] if texts[k][:margin].strip() == "" else texts[k].lstrip()
        said = text.strip()
        indent = len(text) - len(text.lstrip())
        out[k] = ""
        if not said:
            depth, under = [], ""
            continue
        if _CRON_RULE.match(said):
            if box and not headed:  # (a box of comments between two rules, before any banner: the file's header)
                for j in box:
                    out[j] = ""
            box = []
            continue
        box.append(k)
        banner = _CRON_BANNER.match(said)
        title = banner.group("t").strip() if banner else None
        if title is None and (not box[:-1] or k - 1 not in texts or not texts[k - 1].strip()) and len(said) < 40 \
                and not said.endswith((":", ".")) and section_kind(said) in _MAIN_KINDS \
                and (k + 1 > last or k + 1 in texts and _CRON_RULE.match(texts[k + 1].strip())):
            title = said  # (a section's name alone between rules: "# ----" / "# USAGE" / "# ----")
        if title:
            out[k] = "## " + (title.title() if title.isupper() and len(title) > 4 else title)
            headed, depth, under = True, [], ""
            continue
        if _CRON_LEGEND.search(said):
            continue
        question, answer = _CRON_QUESTION.match(said), _CRON_ANSWER.match(said)
        item = re.match(r"^(?:[-*+\u2022]|\d+[.)])[ \t]+(?P<t>\S.*)$", said)
        if question and indent <= (depth[0] if depth else indent):
            out[k], depth, under = f"- **{question.group('t')}**", [], "  "
        elif answer and under:
            out[k] = under + answer.group("t")
        elif item:
            while depth and depth[-1] >= indent:
                depth.pop()
            out[k] = "  " * len(depth) + "- " + _tagged_item(item.group("t"))
            depth.append(indent)
            under = "  " * len(depth)
        elif indent and under:
            out[k] = under + said
        else:
            depth, under = [], ""
            label = re.match(r"^(?P<l>[A-Za-z][^:]{0,40}):(?:[ \t]+(?P<r>\S.*))?$", said)
            fresh = k - 1 not in texts or not out[k - 1].strip() or out[k - 1].startswith(("#", "**", "- ", "  "))
            if label and fresh and not bannered and not label.group("r") and len(said) < 40 \
                    and section_kind(label.group("l")) in _MAIN_KINDS:
                out[k], headed = "## " + label.group("l"), True
            elif label and fresh and len(label.group("l").split()) <= 5:
                out[k] = f"**{label.group('l')}:**" + (f" {label.group('r')}" if label.group("r") else "")
            else:
                out[k] = said
    if not headed:
        return body
    _end_lists(out, list(range(first, last + 1)))
    return "\n".join(out)


#: Pug: a loop over the data ("each u in uses", "each list, group in sideEffects", "for item in items"), a line of
#: unbuffered code that declares it ("- const uses = [", "- var faqs = ["), a tag with a class or an id, with buffered
#: code, or one of a page's own alone with its text ("article.monograph", "section#usage", "li= item", "h2 Usage",
#: "li Nausea") and what only Pug writes ("//-", a fence that names it, "doctype html", "#[strong Label:]")
_PUG_EACH = re.compile(r"(?m)^[ \t]*(?:each|for)[ \t]+\w+(?:[ \t]*,[ \t]*\w+)?[ \t]+in[ \t]+(?P<e>[A-Za-z_$][\w$.]*)")
_PUG_CODE = re.compile(r"(?m)^[ \t]*-[ \t]+(?:const|let|var)[ \t]+[A-Za-z_$][\w$]*[ \t]*=")
_PUG_TAG = re.compile(r"(?m)^[ \t]*(?:[a-z][\w-]*(?:[.#][A-Za-z_][\w-]*)+(?:\(|[ \t]|$)|[a-z][a-z0-9]*!?=[ \t]|"
                      r"(?:h[1-6]|li|dt|dd)[ \t]+\S|(?:ul|ol|dl)[ \t]*$)")
_PUG_MARK = re.compile(r"(?m)^[ \t]*(?:(?:```|~~~)[ \t]*(?:pug|jade)[ \t]*$|doctype[ \t]+html\b|//-)|"
                       r"#\[(?:strong|em|b|i)\b")
_PUG_OPEN = re.compile(r"^[ \t]*(?://-|doctype\b|-[ \t]+(?:const|let|var)\b|(?:each|for)[ \t]+\w|"
                       r"[a-z][\w-]*(?:[.#][A-Za-z_][\w-]*)+(?:\(|[ \t]|$))")
#: a line of Pug's markup: its tag (and its classes and ids), its attributes, what follows the tag ("." a block of
#: text under it, "=" or "!=" buffered code, "/" a self-closed tag) and its text
_PUG_LINE = re.compile(r"^(?P<ind>[ \t]*)(?P<tag>[A-Za-z][\w-]*(?::[\w-]+)?)?(?P<sel>(?:[.#][A-Za-z_][\w-]*)*)"
                       r"(?P<attr>\((?:[^()\"']|\"[^\"]*\"|'[^']*'|\([^()]*\))*\))?(?P<mod>!?=|\.|/)?"
                       r"(?:[ \t]+(?P<text>.*))?$")
#: Pug's own keywords (a loop, a condition, a mixin, an include): no words of the answer
_PUG_KEYWORDS = frozenset({"doctype", "each", "for", "while", "if", "else", "unless", "case", "when", "default",
                           "mixin", "include", "extends", "block", "append", "prepend", "yield"})
#: tags that hold no words of the answer (the document's head, scripts, styles, media, breaks)
_PUG_SILENT = frozenset({"html", "head", "title", "meta", "link", "script", "style", "img", "br", "hr", "input",
                         "body", "svg", "iframe", "noscript", "base", "template"})
#: the tags of a page's text and blocks: a line that opens with another word, outside a fence, is the page's prose
_PUG_HTML = frozenset({"a", "abbr", "article", "aside", "b", "blockquote", "caption", "cite", "code", "dd", "details",
                       "div", "dl", "dt", "em", "figcaption", "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6",
                       "header", "i", "label", "li", "main", "mark", "nav", "ol", "p", "section", "small", "span",
                       "strong", "sub", "summary", "sup", "table", "tbody", "td", "th", "thead", "tr", "u", "ul"})
_PUG_INLINE = re.compile(r"#\[(?P<t>[a-z][\w-]*)(?:[.#][\w-]+)*(?:\([^()]*\))?[ \t]*(?P<x>[^\[\]]*)\]")


def _pug_text(text: str) -> str:
    """A Pug text's words as Markdown's: "#[strong X]" and "#[b X]" bold, "#[em X]" and "#[i X]" italic, another
    inline tag its words."""
    def inline(m: re.Match[str]) -> str:
        words = m.group("x").strip()
        if not words:
            return ""
        return f"**{words}**" if m.group("t") in ("strong", "b") else f"*{words}*" if m.group("t") in ("em", "i") \
            else words

    for _ in range(3):  # (nested: "#[strong #[em X]]")
        text = _PUG_INLINE.sub(inline, text)
    return html.unescape(text).strip()


def _pug_end(lines: list[str], first: int) -> int:
    """The last line of an unfenced template that starts on line ``first``: the line before the first line, not
    indented, that is none of Pug's (no tag of a page's, keyword, code, comment or piped text: the page's prose after
    it), blank lines before that aside."""
    last = first
    for k in range(first, len(lines)):
        line = lines[k]
        if line.strip() and not line[:1].isspace():
            m = _PUG_LINE.match(line)
            tag = (m.group("tag") or "").lower() if m else ""
            if not (line.startswith(("-", "//", "|", "+")) or m and (m.group("sel") or tag in _PUG_HTML
                                                                    or tag in _PUG_SILENT or tag in _PUG_KEYWORDS)):
                break
        if line.strip():
            last = k
    return last


def _pug_roles(lines: list[str], first: int, last: int) -> dict[int, str]:
    """What each line of lines ``first`` to ``last`` is: "code" (unbuffered: "- const x = [", the lines under a bare
    "-"), "text" (a line of a tag's block of text, under "p."), "quiet" (a line of a comment's, a script's or a
    style's block) or "markup"."""
    roles: dict[int, str] = {}
    block: tuple[int, str] | None = None  # (the indent of the line that opened a block, and the block's role)
    for k in range(first, last + 1):
        line = lines[k]
        indent = len(line) - len(line.lstrip())
        if block is not None and (indent > block[0] or not line.strip()):
            roles[k] = block[1]
            continue
        block = None
        said = line.strip()
        if said == "-" or said.startswith("- ") or said.startswith("-\t"):
            roles[k] = "code"
            if said == "-":
                block = (indent, "code")
            continue
        roles[k] = "markup"
        if said.startswith("//"):
            block = (indent, "quiet")
            continue
        m = _PUG_LINE.match(line)
        if m and m.group("mod") == "." and not m.group("text"):
            block = (indent, "quiet" if (m.group("tag") or "").lower() in _PUG_SILENT else "text")
    return roles


def _pug_markup(lines: list[str], out: list[str], roles: dict[int, str]) -> None:
    """Pug's markup (the lines ``roles`` names "markup" or "text") as Markdown into ``out``, line for line: "h2 X" to
    "h6 X" headings, a tag's text its words ("p #[strong Label:] X" a bold label and X), "li X" an item, "dt X" a
    question in bold over its "dd X" answer, "| X" and a block's lines ("p." over them) their words; the document's
    head, "h1" (the page's title), comments, keywords (loops, conditions, mixins), buffered code ("li= item") and
    text that interpolates it ("#{u.note}") blank."""
    for k, role in roles.items():
        line = lines[k]
        if role == "code":
            continue
        said = line.strip()
        out[k] = ""
        if not said or _FENCE_LINE.match(line) or role == "quiet":
            continue
        if role == "text" or said.startswith("|"):
            text = said[1:] if role != "text" else said
            out[k] = _pug_text(text) if "#{" not in text and "!{" not in text else ""
            continue
        m = _PUG_LINE.match(line)
        if said.startswith(("+", "=", "!=", "<", ":", "//")) or m is None or not (m.group("tag") or m.group("sel")):
            continue
        tag = (m.group("tag") or "div").lower()
        text = m.group("text") or ""
        if tag in _PUG_KEYWORDS or tag in _PUG_SILENT or m.group("mod") in ("=", "!=", ".") or "#{" in text \
                or "!{" in text or not text.strip():
            continue
        said = _pug_text(text)
        heading = re.match(r"^h([1-6])$", tag)
        if heading:
            out[k] = "" if heading.group(1) == "1" else "#" * int(heading.group(1)) + " " + said
        elif tag == "li":
            out[k] = "- " + said
        elif tag == "dt":
            out[k] = f"- **{said}**"
        elif tag == "dd":
            out[k] = "  " + said
        else:
            out[k] = said


def _pug_renamed(bindings: list[tuple[str, int, object, int]], path: list[str], title: str) -> None:
    """The member at ``path`` ("uses", "drug.items") of ``bindings`` renamed ``title`` (the heading of the section
    whose loop renders it) when its own name says nothing of what it holds."""
    name, *rest = path
    for n, (key, line, value, end) in enumerate(bindings):
        if key != name:
            continue
        if not rest:
            if _data_section(key) is None and _data_role(key) is None:
                bindings[n] = (title, line, value, end)
            return
        for step in rest:
            if not isinstance(value, _Map):
                return
            at = next((j for j, e in enumerate(value.entries) if e[0] == step), None)
            if at is None:
                return
            if step == rest[-1]:
                k, kline, v = value.entries[at]
                if _data_section(k) is None and _data_role(k) is None:
                    value.entries[at] = (title, kline, v)
                return
            value = value.entries[at][2]
        return


def _pug(body: str) -> str:
    """A Pug template whose unbuffered code holds the data its markup renders (fenced or not) as Markdown, line for
    line: the "- const" lines read as the generic literal is (:func:`_typed_bindings`, :func:`_bound_tree`;
    "[{ condition: "Y", status: "off-label" }]" an off-label use, '{ "Less common": ["Z"] }' effects of their group,
    "[{ q: ..., a: ... }]" questions), each by its name's words or, when they name nothing, by the heading of the
    section whose loop renders it ("each u in items" under "h2 Usage"), each section's heading over its data
    (:func:`_data_page`); the markup by :func:`_pug_markup`."""
    lines = body.split("\n")
    window = _data_window(lines, _PUG_OPEN)
    if window is None:
        return body
    first, last = window
    if not _FENCE_LINE.match(lines[last]):
        last = _pug_end(lines, first)
    roles = _pug_roles(lines, first, last)
    code = sorted(k for k, role in roles.items() if role == "code")
    out = list(lines)
    if code:
        own = ["" for _ in lines]
        for k in code:
            own[k] = re.sub(r"^[ \t]*-[ \t]?", "", lines[k]) if lines[k].lstrip().startswith("-") else lines[k]
        toks = _lex(own, code[0], code[-1], _LIT_TOKEN, {})
        bindings = _typed_bindings(toks, ())
        for i in range(len(toks) - 3):  # (a string bound to a name: "- var seekHelp = "Call ..."")
            if toks[i][1] in ("const", "let", "var") and toks[i + 1][0] == "w" and toks[i + 2][1] == "=" \
                    and toks[i + 3][0] == "s":
                value, end = _lit_value(toks, i + 3)
                bindings.append((toks[i + 1][1], toks[i][2], value, end))
        bindings.sort(key=lambda b: b[1])
        heading = None
        for k in range(first, last + 1):
            h = re.match(r"^[ \t]*h[2-4](?:[.#][\w-]+)*(?:\([^()]*\))?[ \t]+(?P<t>[^#=\n].*)$", lines[k])
            if h and roles.get(k) == "markup":
                heading = _pug_text(h.group("t"))
            each = _PUG_EACH.match(lines[k])
            if each and heading and section_kind(heading) in _MAIN_KINDS:
                _pug_renamed(bindings, each.group("e").split("."), heading)
        got = _bound_tree(bindings, {})
        tree = got[0] if got else None
        while isinstance(tree, _Map) and len(tree.entries) == 1 and isinstance(tree.entries[0][2], _Map) \
                and _data_role(tree.entries[0][0]) is None and _data_section(tree.entries[0][0]) is None:
            tree = tree.entries[0][2]
        if isinstance(tree, _Map) and tree.entries:
            out = _help_labelled(_data_page(lines, tree, code[0], code[-1], {}), tree).split("\n")
        for k in code:
            if out[k] == lines[k]:
                out[k] = ""
    _pug_markup(lines, out, roles)
    return "\n".join(out)


#: LDIF: an entry's distinguished name ("dn: cn=X,ou=Y"), an object class, an attribute's line ("brandName: X",
#: "description;lang-en: Y", "photo:: base64", "seeAlso:< file:///x"), a folded line's continuation (one space first)
_LDIF_DN = re.compile(r"(?m)^dn::?[ \t]")
_LDIF_CLASS = re.compile(r"(?mi)^objectClass:[ \t]*\S")
_LDIF_ATTR = re.compile(r"^(?P<k>[A-Za-z][\w-]*|\d+(?:\.\d+)+)(?:;[\w-]+)*(?P<sep>::?|:<)[ \t]?(?P<v>.*)$")
_LDIF_OPEN = re.compile(r"^(?:version:[ \t]*\d|dn::?[ \t])")
#: what an entry holds that says nothing of the answer: its name, classes and the directory's own attributes
_LDIF_SKIP = frozenset({"dn", "objectclass", "changetype", "version", "control", "creatorsname", "createtimestamp",
                        "modifiersname", "modifytimestamp", "entryuuid", "entrycsn", "structuralobjectclass", "ou",
                        "dc", "o", "uid", "userpassword"})
#: a comment that gives a value's layout ("use = condition | status | note", "sideEffect: name | group")
_LDIF_LAYOUT = re.compile(r"(?P<k>[A-Za-z][\w-]*)[ \t]*[=:][ \t]*"
                          r"(?P<f>[A-Za-z][\w -]*(?:[ \t]*\|[ \t]*[A-Za-z][\w -]*)+)")


def _ldif_entries(lines: list[str], first: int, last: int) -> list[list[tuple[str, _Str | None]]]:
    """The entries of lines ``first`` to ``last``: each its attributes in order, each value its words on the lines
    they start on (a folded value's continuation lines joined with their first space off, so that a word cut by the
    fold is whole; a base64 or URL value None, its words not in the source)."""
    entries: list[list[tuple[str, _Str | None]]] = []
    own: list[tuple[str, _Str | None]] = []
    k = first
    while k <= last:
        line = lines[k]
        if not line.strip() or _FENCE_LINE.match(line):
            if own:
                entries.append(own)
                own = []
            k += 1
            continue
        m = _LDIF_ATTR.match(line)
        if line.startswith("#") or m is None:
            k += 1
            while k <= last and lines[k].startswith(" ") and line.startswith("#"):
                k += 1  # (a folded comment)
            continue
        segments = [(k, m.group("v"))]
        k += 1
        while k <= last and lines[k].startswith(" ") and lines[k].strip():
            segments.append((k, lines[k][1:]))
            k += 1
        joined = "".join(s for _, s in segments)
        starts, at = [], 0
        for row, s in segments:
            starts.append((at, row))
            at += len(s)
        parts: dict[int, list[str]] = {}
        for w in re.finditer(r"\S+", joined):
            row = next(r for a, r in reversed(starts) if a <= w.start())
            parts.setdefault(row, []).append(w.group(0))
        value = _Str([(row, " ".join(ws)) for row, ws in parts.items()]) if parts and m.group("sep") == ":" else None
        own.append((m.group("k"), value))
    if own:
        entries.append(own)
    return entries


def _ldif_fields(value: _Str, names: list[str]) -> _Map | _Str:
    """A value of parts cut by "|" ("Y | approved | note") as the map of ``names`` to them, or (no layout given) of
    what each part is: the first the entry, a status ("off-label", "approved") or a group ("Less common") by its
    words, the rest a note; a value with no "|" as it is."""
    parts: list[_Str] = []
    rest: _Str | None = value
    while rest is not None:
        cut = _split_str(rest, "|")
        if cut is None:
            parts.append(rest)
            break
        parts.append(cut[0])
        rest = cut[1]
    if len(parts) < 2:
        return value
    entries: list[tuple[str, int, object]] = []
    for n, part in enumerate(parts):
        part = _Str([(k, t.strip(" |")) for k, t in part.parts if t.strip(" |")])
        if not part.parts:
            continue
        if n < len(names) and (_data_role(names[n]) or _data_section(names[n])):
            name = names[n]
        elif not n:
            name = "name"
        elif _OFF_LABEL_WORD.search(part.text) or _APPROVED_WORD.match(part.text):
            name = "status"
        elif is_group_label(part.text):
            name = "frequency"
        else:
            name = "note"
        entries.append((name, part.line, part))
    return _Map(entries)


def _ldif_tree(lines: list[str], first: int, last: int) -> _Map | None:
    """The answer an LDIF file holds: its entry with the most values a map of its attributes (a repeated attribute a
    list; a value cut by "|" the map of its parts, named by the layout a comment gives; attributes that share a
    section's words before a group's, "sideEffectCommon" and "sideEffectLessCommon", one map of the groups), and its
    child entries ("dn: faq=1,cn=X") a list of maps under their name's attribute ("faq")."""
    entries = _ldif_entries(lines, first, last)
    owned: list[list[tuple[str, _Str]]] = [[(k, v) for k, v in e if k.casefold() not in _LDIF_SKIP and v is not None]
                                           for e in entries]
    if not owned:
        return None
    main = max(range(len(owned)), key=lambda n: len(owned[n]))
    layouts = {m.group("k").casefold(): [f.strip() for f in m.group("f").split("|")]
               for k in range(first, last + 1) if lines[k].startswith("#")
               for m in _LDIF_LAYOUT.finditer(lines[k])}
    attrs = owned[main]
    if any(_data_role(k) == "name" for k, _ in attrs):
        attrs = [(k, v) for k, v in attrs if k.casefold() != "cn"]  # (the entry's name when a field names the drug)
    grouped: dict[str, list[tuple[str, int, object]]] = {}  # ("sideEffectCommon": "Side effect" over "Common")
    out: list[tuple[str, int, object]] = []
    for key, value in attrs:
        words = _words(key).split(" ")
        head = next((n for n in range(1, len(words)) if _data_section(" ".join(words[:n])) in _MAIN_KINDS
                     and is_group_label(" ".join(words[n:]))), None)
        fields = layouts.get(key.casefold(), [])
        item = _ldif_fields(value, fields) if "|" in value.text else value
        if head is not None:
            prefix = " ".join(words[:head])
            if prefix not in grouped:
                grouped[prefix] = []
                out.append((prefix, value.line, _Map([])))
            grouped[prefix].append((" ".join(words[head:]).capitalize(), value.line, item))
            continue
        out.append((key, value.line, item))
    out = [(k, at, _Map(grouped[k]) if k in grouped else v) for k, at, v in out]
    children: dict[str, list[object]] = {}
    for n, (entry, attrs_) in enumerate(zip(entries, owned, strict=True)):
        dn = next((v for k, v in entry if k.casefold() == "dn"), None)
        if n == main or not attrs_ or dn is None:
            continue
        rdn = re.match(r"^([A-Za-z][\w-]*)=", dn.text)
        kind = rdn.group(1) if rdn else "entries"
        if kind.casefold() == "cn" or _data_section(kind) is None \
                and any(_data_role(k) == "question" for k, _ in attrs_):
            kind = "faqs" if any(_data_role(k) == "question" for k, _ in attrs_) else kind
        if kind not in children:
            children[kind] = []
            out.append((kind, attrs_[0][1].line, _List(children[kind])))
        children[kind].append(_Map([(k, v.line, v) for k, v in attrs_]))
    tree = _shaped(_Map(out))
    return tree if isinstance(tree, _Map) and tree.entries else None


def _ldif(body: str) -> str:
    """An LDIF file whose entries hold the answer (fenced or not) as Markdown, line for line (:func:`_data_page`): its
    main entry's attributes read by their names' words (:func:`_ldif_tree`: "brandName" repeated the brands, "notFor"
    a negation, "seekHelp", "use: Y | off-label | note" an off-label use, "sideEffectLessCommon: Z" an effect of the
    group "Less common"), each child entry's "question" and "answer" a question; a folded value's words on the lines
    they start on; the fence, the version, "dn" and "objectClass" lines and comments (one that names a section its
    heading) blank."""
    lines = body.split("\n")
    window = _data_window(lines, _LDIF_OPEN)
    if window is None:
        return body
    first, last = window
    while first > 0 and not _FENCE_LINE.match(lines[first]) and lines[first - 1].startswith("#") \
            and not re.match(r"^#{1,6}[ \t]", lines[first - 1]):
        first -= 1
    heads: dict[int, str] = {}
    for k in range(first, last + 1):
        if lines[k].startswith("#"):
            title = lines[k].strip(" \t-#;=*/%")
            if title and len(title.split()) <= 6 and section_kind(title) in _MAIN_KINDS:
                heads[k] = f"## {title}"
    if not _FENCE_LINE.match(lines[last]):  # (unfenced: to the last line of the file's own)
        while last > first and not (lines[last].startswith((" ", "#")) or _LDIF_ATTR.match(lines[last])):
            last -= 1
    tree = _ldif_tree(lines, first, last)
    if tree is None or not tree.entries:
        return body
    return _help_labelled(_data_page(lines, tree, first, last, heads), tree)


# ---------------------------------------------------------------------------
# Readers of set 174's notations (helper B): a Maple worksheet that fills a table ('Drug := table():' and
# 'Drug["BrandNames"] := ["A"]:', 'cat("a ", "b")' one string, '[["Y", "studied", "note"], ...]' rows, 'table([
# "Common" = [...] ])' a map), a Haskell record value ("data Group = Common | LessCommon", "data Use = Use { condition
# :: String, ... }", "x = Monograph" over '  { brandNames = ["A"]', '  , uses = [ Use "Y" OffLabel "note" ]', '("Rash",
# Serious)' tuples, 'unwords [ "a", "b" ]' one string) and an SCSS map ('$drug: (' over '"brand-names": ("A", "B"),',
# '"uses": ( (condition: "Y", status: studied), ),', "less-common: (...)", '(q: "Q?", a: "A.")', "// ===== Usage")
# ---------------------------------------------------------------------------

#: Maple: a table's entry given a value ('Drug["BrandNames"] := [', "T[usage] := cat("), a variable given one, and what
#: only Maple writes ("restart;", "table([" or "table()", "end proc", a fence naming it)
_MPL_ASSIGN = re.compile(r"(?m)^[ \t]*[A-Za-z_]\w*(?:[ \t]*\[[^\]\n]*\])?[ \t]*:=[ \t]*(?:\"|\[|\{|[A-Za-z_]\w*\(|$)")
_MPL_MARK = re.compile(r"(?m)\btable[ \t]*\([ \t]*(?:\[|\))|^[ \t]*restart[ \t]*[;:]|"
                       r"^[ \t]*(?:```|~~~)[ \t]*maple[ \t]*$|\bend[ \t]+(?:proc|module)\b")
_MPL_OPEN = re.compile(r"^[ \t]*(?:restart\b|with[ \t]*\(|[A-Za-z_]\w*[ \t]*(?:\[[^\]\n]*\][ \t]*)?:=)")
#: Maple's tokens: a comment, a string, a name, a number, punctuation ("||" joins strings)
_MPL_TOKEN = re.compile(r"(?P<c>#[^\n]*|\(\*.*?\*\))|(?P<s>\"(?:[^\"\\]|\\.)*\")|(?P<w>[A-Za-z_]\w*|-?\d[\d.]*)|"
                        r"(?P<p>:=|\|\||->|[\[\](){},;:=])", re.S)
#: a comment that names the fields of a list's lists ("# Uses: list of [condition, status, note]"), the words before
#: the bracket the list it is about
_MPL_LAYOUT = re.compile(r"#(?P<w>[^\n\[]*)\[[ \t]*(?P<f>[A-Za-z_]\w*(?:[ \t]*,[ \t]*[A-Za-z_]\w*)+)[ \t]*\]")


def _mpl_tokens(toks: list[_Token]) -> list[_Token]:
    """Maple's tokens as the generic literal's: "cat(...)" a joining call, "||" a join, a table's "table([ ... ])" its
    bracket alone (so its "key = value" equations make a map)."""
    own: list[_Token] = []
    drop: list[int] = []  # (the depth of each "(" whose ")" goes with the table call)
    depth = 0
    for i, (kind, text, line, parts) in enumerate(toks):
        if kind == "w" and text == "table" and i + 2 < len(toks) and toks[i + 1][1] == "(" and toks[i + 2][1] == "[":
            continue
        if kind == "p" and text == "(" and i and toks[i - 1][1] == "table" and i + 1 < len(toks) \
                and toks[i + 1][1] == "[":
            drop.append(depth)
            depth += 1
            continue
        if kind == "p" and text in "([{":
            depth += 1
        elif kind == "p" and text in ")]}":
            depth -= 1
            if text == ")" and drop and drop[-1] == depth:
                drop.pop()
                continue
        if kind == "w" and text == "cat":
            text = "concat"
        elif kind == "p" and text == "||":
            text = "+"
        own.append((kind, text, line, parts))
    return own


def _mpl_nest(rows: list[tuple[list[str], int, object]]) -> _Map:
    """A table's entries by their index paths ('T["SideEffects"]["Common"] := [...]' under "SideEffects", "Common") as
    a map, the entries that share an index a map of their own (an empty "table()" given to it aside)."""
    order: dict[str, list[tuple[list[str], int, object]]] = {}
    for path, line, value in rows:
        order.setdefault(path[0], []).append((path[1:], line, value))
    entries: list[tuple[str, int, object]] = []
    for key, own in order.items():
        deeper = [row for row in own if row[0]]
        if deeper:
            entries.append((key, min(line for _, line, _ in own), _mpl_nest(deeper)))
        else:
            entries += [(key, line, value) for _, line, value in own]
    return _Map(entries)


def _mpl_tree(lines: list[str], toks: list[_Token]) -> tuple[object, int] | None:
    """The tree of a Maple worksheet: each table's entries ('T["Key"] := value', 'T["A"]["B"] := value') a map under
    the table's name (:func:`_mpl_nest`), each other variable given a value its own, read as the generic literal is
    (:func:`_lit_value`: "[a, b]" a list, 'cat("a ", "b")' one string, '"Key" = value' equations a map), a list of
    lists of strings the maps a comment names (:func:`_max_rows`: "# Uses: list of [condition, status, note]"; with
    none, what its parts are); the map or the variable that holds the most strings (:func:`_bindings_tree`); other
    statements ("nops(...)", "print(...)") aside."""
    own = _mpl_tokens(toks)
    layouts = [(k, m.group("w"), m.group("f")) for k, line in enumerate(lines) for m in _MPL_LAYOUT.finditer(line)]
    tables: dict[str, list[tuple[list[str], int, object]]] = {}
    ends: dict[str, tuple[int, int]] = {}
    bindings: list[tuple[str, int, object, int]] = []
    last = own[0][2] if own else 0
    i = 0
    while i + 2 < len(own):
        kind, text, line, _ = own[i]
        path: list[str] = []
        j = i + 1
        while kind == "w" and j < len(own) and own[j][1] == "[":  # (the indices: '["A"]["B"]', "[A, B]")
            k, got = j + 1, []
            while k < len(own) and own[k][0] in ("s", "w", "p") and own[k][1] not in ("]", "[", ":="):
                if own[k][0] != "p":
                    got.append(_Str(own[k][3]).text if own[k][0] == "s" else own[k][1])
                elif own[k][1] != ",":
                    break
                k += 1
            if k >= len(own) or own[k][1] != "]" or not got:
                break
            path, j = path + got, k + 1
        if kind != "w" or j + 1 >= len(own) or own[j][1] != ":=":
            i += 1
            continue
        value, end = _lit_value(own, j + 1)
        words = _words(path[-1] if path else text).casefold()
        named = [f for k, w, f in layouts if last <= k <= line] \
            or [f for _, w, f in layouts if words and re.search(rf"\b{re.escape(words.rstrip('s'))}s?\b",
                                                                _words(w).casefold())]
        value = _max_rows(value, re.split(r"[ \t]*,[ \t]*", named[-1]) if named else None)
        if path:
            tables.setdefault(text, []).append((path, line, value))
            ends[text] = (ends.get(text, (line, 0))[0], end)
        elif value is not None and not (isinstance(value, (_List, _Map)) and not _strings(value)):
            bindings.append((text, line, value, end))
        last = own[end - 1][2] + 1 if end - 1 < len(own) else line + 1
        i = max(end, i + 1)
    bindings += [(name, ends[name][0], _mpl_nest(rows), ends[name][1]) for name, rows in tables.items()]
    return _bindings_tree(bindings, {}, {})


def _maple(body: str) -> str:
    """A Maple worksheet whose table (or variables) holds the answer (fenced or not) as Markdown, line for line
    (:func:`_data_page`): each 'T["Key"] := value' entry a field read by its key's words ("BrandNames", "NotFor" a
    negation, "SeekHelp"), 'cat("a ", "b")' one string, "table([ "Common" = [...] ])" the map of each group's items, a
    list of lists the maps a comment names (:func:`_mpl_tree`); the fence, "restart;", the table's creation, comments
    (one that names a section its heading) and other statements ("nops(...)") blank."""
    lines = body.split("\n")
    return _read_helped(body, _MPL_OPEN, _MPL_TOKEN, lambda toks: _mpl_tree(lines, toks))


#: Haskell: a data declaration ("data Group = Common | LessCommon", "data Use = Use", "newtype Name = Name String"), a
#: top-level value bound to a record or a list ("cibenzoline = Monograph" over "  { genericName = ...", "x = ["), a
#: record field given a value on its own line ('  , brandNames = ["A"]', "    uses =") and what only Haskell writes
#: ("deriving (Show)", "module X where", a type signature "x :: Monograph", a fence naming it)
_HS_DATA = re.compile(r"(?m)^(?:data|newtype)[ \t]+[A-Z][\w']*(?:[ \t]+[a-z][\w']*)*[ \t]*(?:=|$)")
_HS_VALUE = re.compile(r"(?m)^[a-z][\w']*[ \t]*=[ \t]*(?:[A-Z][\w'.]*[ \t]*)?(?:\n(?:[ \t]*--[^\n]*\n)*[ \t]*)?[{\[]")
_HS_FIELD = re.compile(r"(?m)^[ \t]*[{,]?[ \t]*[a-z][\w']*[ \t]*=[ \t]*(?:\"|\[|\(|[A-Z]|[a-z][\w'.]*[ \t]+[\"\[(]|$)")
_HS_MARK = re.compile(r"(?m)\bderiving[ \t]*(?:\(|[A-Z]|$)|^module[ \t]+[A-Z][\w.]*(?:[ \t]*\([^)\n]*\))?[ \t]+where\b|"
                      r"^[a-z][\w']*[ \t]*::[ \t]*[A-Z\[(]|^[ \t]*(?:```|~~~)[ \t]*(?:haskell|hs)[ \t]*$")
_HS_OPEN = re.compile(r"^(?:\{-|(?:module|import|data|newtype|type)[ \t]|[a-z][\w']*[ \t]*(?:::|=))")
#: Haskell's tokens: a comment, a string (a "\\" gap over lines its words), a name (qualified: "T.pack"), a number,
#: punctuation
_HS_TOKEN = re.compile(r"(?P<c>--(?![!#$%&*+./<=>?@\\^|~:])[^\n]*|\{-.*?-\})|(?P<s>\"(?:[^\"\\]|\\.)*\")|"
                       r"(?P<w>[A-Za-z_][\w']*(?:\.[A-Za-z_][\w']*)*|-?\d[\d.]*)|"
                       r"(?P<p>::|\+\+|<>|->|=>|[{}\[\](),;=|$])", re.S)
#: the words that only wrap a value ("Just", "T.pack", "fromString") and the closers of an application's arguments
_HS_WRAP = frozenset({"Just", "pack", "T.pack", "Text.pack", "fromString"})
_HS_STOP = frozenset({",", ")", "]", "}", "|", "=", "::", "where", "++", "<>", "->", "=>", ";"})


def _hs_decls(lines: list[str], toks: list[_Token]) -> list[tuple[int, int]]:
    """The spans of ``toks`` each top-level declaration takes: from a token that starts a line at its first column to
    the next."""
    starts = [i for i, t in enumerate(toks) if (not i or toks[i - 1][2] != t[2]) and lines[t[2]][:1] not in " \t"]
    return list(zip(starts, [*starts[1:], len(toks)]))


def _hs_schema(toks: list[_Token], spans: list[tuple[int, int]]
               ) -> tuple[dict[str, list[tuple[str, str]]], dict[str, str]]:
    """The constructors the data declarations define, each with its fields (name and type; a positional one's name
    empty), and the enumerations' members ("data Group = Common | LessCommon": "Common" and "LessCommon" the type
    "Group")."""
    ctors: dict[str, list[tuple[str, str]]] = {}
    members: dict[str, str] = {}
    for a, b in spans:
        if toks[a][1] not in ("data", "newtype") or a + 1 >= b:
            continue
        typ, j = toks[a + 1][1], a + 2
        while j < b and toks[j][1] != "=":
            j += 1
        own: list[str] = []
        j += 1
        while j < b and toks[j][1] != "deriving":
            if toks[j][0] != "w" or not toks[j][1][:1].isupper():
                j += 1
                continue
            name, j = toks[j][1], j + 1
            fields: list[tuple[str, str]] = []
            if j < b and toks[j][1] == "{":
                depth, names, kind, j = 1, [], [], j + 1
                while j < b and depth:
                    text = toks[j][1]
                    depth += (text in ("{", "[", "(")) - (text in ("}", "]", ")"))
                    if depth == 1 and text == "::":
                        kind = [""]
                    elif depth == 0 or depth == 1 and text == ",":
                        if kind:
                            fields += [(n, kind[0].strip()) for n in names]
                            names, kind = [], []
                    elif kind:
                        kind[0] += " " + text
                    elif toks[j][0] == "w":
                        names.append(text)
                    j += 1
            else:
                while j < b and toks[j][1] not in ("|", "deriving"):
                    if toks[j][0] == "w" or toks[j][1] in ("[", "("):
                        at, depth = j, 0
                        while j < b:
                            depth += (toks[j][1] in ("[", "(")) - (toks[j][1] in ("]", ")"))
                            j += 1
                            if depth <= 0:
                                break
                        fields.append(("", " ".join(t[1] for t in toks[at:j])))
                    else:
                        j += 1
            if fields:
                ctors[name] = fields
            else:
                own.append(name)
        members.update({m: typ for m in own})
    return ctors, members


def _hs_roles(ctors: dict[str, list[tuple[str, str]]], members: dict[str, str]) -> tuple[dict[str, list[str]],
                                                                                          dict[str, str]]:
    """Each constructor's fields as keys, in order: a field's name, or, when it says nothing, what its type says (an
    enumeration of statuses "status", of groups "group", a type with a telling name that name); a positional field
    the same, a string the entry, then its note (a constructor of one positional field none: it wraps its value); and
    each enumeration member's role by its type's members."""
    kinds: dict[str, str] = {}
    for typ in set(members.values()):
        words = [_words(m) for m, t in members.items() if t == typ]
        if sum(bool(_AWK_STATUS.match(w)) for w in words) * 2 > len(words):
            kinds[typ] = "status"
        elif sum(is_group_label(w) for w in words) * 2 > len(words):
            kinds[typ] = "group"
    keys: dict[str, list[str]] = {}
    for name, fields in ctors.items():
        own: list[str] = []
        for field, typ in fields:
            base = re.sub(r"[\[\]()!]", " ", typ).split()[-1:] or [""]
            base = base[0].rsplit(".", 1)[-1]
            if field and (_data_role(field) or _data_section(field)):
                own.append(field)
            elif base in kinds:
                own.append(kinds[base])
            elif field:
                own.append(_field_key(field, base))
            elif base in ("String", "Text"):
                own.append("note" if "name" in own else "name")
            else:
                own.append(base if _data_role(base) else _words(base) or "value")
        keys[name] = own if len(fields) > 1 or fields[0][0] else []  # (one positional field: a wrapper, "Str "X"")
    return keys, {m: kinds.get(t, "group") for m, t in members.items()}


def _hs_tuple(items: list[object], roles: dict[str, str]) -> object:
    """A Haskell tuple as what it means: a string and an enumeration member ('("Rash", Serious)') the entry and its
    group or status, two strings a question and its answer or an entry and its note (:func:`_two_map`), a name and a
    list the pair they make ("(Common, [...])"), any other its items."""
    if len(items) == 2 and isinstance(items[0], _Str):
        first, second = items
        if not first.bare and isinstance(second, _Str) and second.bare and second.text in roles:
            return _Map([("name", first.line, first), (roles[second.text], second.line, second)])
        if not first.bare and isinstance(second, _Str) and not second.bare:
            return _two_map(first, second)
        if isinstance(second, (_List, _Map)):
            return _Pair(first.text, first.line, second)
    return _List(items)


def _hs_value(toks: list[_Token], i: int, stop: int, keys: dict[str, list[str]], roles: dict[str, str]
              ) -> tuple[object, int]:
    """The Haskell expression at ``toks[i]`` (up to ``stop``) and the index after it: a record ("{ field = value, ...
    }", after its constructor or not) a map, a list its items (of pairs a map), a tuple what it means
    (:func:`_hs_tuple`), strings joined by "++" or "<>" or by a joining call ("unwords [...]", "concat [...]") one
    string, a constructor applied to its arguments ('Use "Y" OffLabel "note"') the map of its fields in order, any
    other word (an enumeration member) as written."""
    if i >= stop:
        return None, i
    kind, text, line, parts = toks[i]
    if text in ("{", "[", "("):
        close = {"{": "}", "[": "]", "(": ")"}[text]
        entries: list[tuple[str, int, object]] = []
        items: list[object] = []
        i += 1
        while i < stop and toks[i][1] != close:
            if toks[i][1] == ",":
                i += 1
            elif text == "{" and toks[i][0] == "w" and i + 1 < stop and toks[i + 1][1] == "=":
                name, at = toks[i][1], toks[i][2]
                value, i = _hs_value(toks, i + 2, stop, keys, roles)
                entries.append((name, at, value))
            else:
                value, j = _hs_value(toks, i, stop, keys, roles)
                i = max(j, i + 1)
                if value is not None:
                    items.append(value)
        end = i + 1
        if text == "{":
            return _Map([e for e in entries if e[2] is not None]), end
        if text == "(":
            return (items[0] if len(items) == 1 else _hs_tuple(items, roles)), end
        if items and all(isinstance(v, _Pair) for v in items):
            return _Map([(v.key, v.line, v.value) for v in items if isinstance(v, _Pair)]), end
        return _List(items), end
    if kind == "s":
        parts, i = list(parts), i + 1
        while i + 1 < stop and toks[i][1] in ("++", "<>"):
            more, j = _hs_value(toks, i + 1, stop, keys, roles)
            if not isinstance(more, _Str) or more.bare:
                break
            parts, i = parts + more.parts, j
        return _Str(parts), i
    if text == "$" and kind == "p":  # ("Just $ ...", "T.pack $ ...")
        return _hs_value(toks, i + 1, stop, keys, roles)
    if kind != "w":
        return None, i + 1
    after = toks[i + 1][1] if i + 1 < stop else ""
    if text == "Nothing":
        return None, i + 1
    if (text in _HS_WRAP or text in keys and not keys[text]) and i + 1 < stop:
        return _hs_value(toks, i + 1, stop, keys, roles)
    if text.endswith("intercalate") and i + 2 < stop and toks[i + 1][0] == "s":  # ('intercalate ", " [...]': the
        i, text, after = i + 1, "concat", toks[i + 2][1]  # separator aside)
    if (_LIT_JOINS.search(text) or text.endswith("fromList")) and after in ("[", "$") and i + 2 < stop:
        value, end = _hs_value(toks, i + 1 + (after == "$"), stop, keys, roles)
        if text.endswith("fromList") and isinstance(value, _List):  # ('Map.fromList [("key", value), ...]': a map)
            pairs = [(v.key, v.line, v.value) if isinstance(v, _Pair) else (v.entries[0][2].text, v.entries[0][1],
                                                                              v.entries[1][2])
                     for v in value.items if isinstance(v, _Pair) or isinstance(v, _Map) and len(v.entries) == 2
                     and isinstance(v.entries[0][2], _Str) and not v.entries[0][2].bare]
            return (_Map(pairs) if len(pairs) == len(value.items) else value), end
        if isinstance(value, _List) and value.items and all(isinstance(v, _Str) and not v.bare for v in value.items):
            return _Str([p for v in value.items if isinstance(v, _Str) for p in v.parts]), end
        return value, end
    if text[:1].isupper() and after == "{":  # ("Effect { ... }": a record by its fields' names, declared or not)
        return _hs_value(toks, i + 1, stop, keys, roles)
    if text in keys:
        args: list[object] = []
        j = i + 1
        while j < stop and len(args) < len(keys[text]) and toks[j][1] not in _HS_STOP:
            if toks[j][0] == "w" and toks[j][1] not in keys:
                args.append(_Str([(toks[j][2], toks[j][1])], bare=True))
                j += 1
            elif toks[j][0] == "s" or toks[j][1] in ("(", "[", "{"):
                value, j = _hs_value(toks, j, stop, keys, roles)
                args.append(value)
            else:
                break
        return _Map([(k, getattr(v, "line", line), v) for k, v in zip(keys[text], args) if v is not None]), j
    return _Str([(line, text)], bare=True), i + 1


def _hs_tree(lines: list[str], toks: list[_Token]) -> tuple[object, int] | None:
    """The tree of a Haskell module: each top-level value ("x = Monograph { ... }", "uses = [ ... ]") read as a
    Haskell expression (:func:`_hs_value`) with the constructors and enumerations its data declarations define
    (:func:`_hs_schema`), the one that holds the most strings (:func:`_bindings_tree`), an enumeration member its
    words ("LessCommon" "Less common"); the module line, imports, types, signatures and functions aside."""
    spans = _hs_decls(lines, toks)
    ctors, members = _hs_schema(toks, spans)
    keys, roles = _hs_roles(ctors, members)
    bindings: list[tuple[str, int, object, int]] = []
    for a, b in spans:
        if b - a >= 3 and toks[a][0] == "w" and toks[a][1][:1].islower() and toks[a + 1][1] == "=" \
                and toks[a][1] not in ("data", "newtype", "type", "module", "import", "instance", "class"):
            value, end = _hs_value(toks, a + 2, b, keys, roles)
            if isinstance(value, (_Map, _List, _Str)):
                bindings.append((toks[a][1], toks[a][2], value, end))
    return _bindings_tree(bindings, {}, {m: _words(m) for m in members})


def _haskell(body: str) -> str:
    """A Haskell module whose data declarations are the schema and whose record value holds the answer (fenced or not)
    as Markdown, line for line (:func:`_data_page`): the top-level value that holds the most strings the tree
    (:func:`_hs_tree`), its fields read by their names' words ("brandNames", "notFor" a negation, "seekHelp"), a
    constructor's positional arguments named by its fields ('Use "Y" OffLabel "note"' an off-label use), a ("effect",
    Group) tuple an effect of its group ("LessCommon" "Less common"), "unwords [...]" and a string's "\\" gap one
    string; the fence, comments (one that names a section its heading), the module line, the data declarations and
    the signatures blank."""
    lines = body.split("\n")
    return _read_helped(body, _HS_OPEN, _HS_TOKEN, lambda toks: _hs_tree(lines, toks))


#: SCSS: a variable given a map ("$droxidopa: (", "$card : ("), a member of a map on its own line ('"brand-names":
#: ("A")', "less-common: (", 'q: "Q?"'), and what only Sass writes ("@use", "@import", "map.get(", "!default", a fence
#: naming it)
_SCSS_MAP = re.compile(r"(?m)^[ \t]*\$[A-Za-z_][\w-]*[ \t]*:[ \t]*\(")
_SCSS_MEMBER = re.compile(r"(?m)^[ \t]*\(?[ \t]*(?:\"[^\"\n]+\"|'[^'\n]+'|[A-Za-z_][\w-]*)[ \t]*:[ \t]*"
                          r"(?:\"|'|\(|\[|\$?[A-Za-z_])")
_SCSS_MARK = re.compile(r"(?m)^[ \t]*@(?:use|import|forward|each|function|mixin|include)\b|\bmap[.-](?:get|merge|keys)"
                        r"[ \t]*\(|!default\b|^[ \t]*(?:```|~~~)[ \t]*(?:scss|sass)[ \t]*$")
_SCSS_OPEN = re.compile(r"^[ \t]*(?://|/\*|@(?:use|import|forward)\b|\$[A-Za-z_][\w-]*[ \t]*:)")
#: SCSS's tokens: a comment, a string, a name (hyphens inside: "less-common", "$card"), a number, punctuation ("+"
#: joins strings)
_SCSS_TOKEN = re.compile(r"(?P<c>//[^\n]*|/\*.*?\*/)|(?P<s>\"(?:[^\"\\]|\\.)*\"|'(?:[^'\\\n]|\\.)*')|"
                         r"(?P<w>\$?[A-Za-z_][\w-]*|-?\d[\d.]*[a-z%]*)|(?P<p>[(),:;\[\]{}+])", re.S)


def _scss_tree(toks: list[_Token]) -> tuple[object, int] | None:
    """The tree of an SCSS file's variables: each "$name: value;" at the top level read as the generic literal is
    (:func:`_lit_value`: "( key: value, ... )" a map, "( a, b )" a list), the one that holds the most strings; the
    rules and at-rules aside."""
    bindings: list[tuple[str, int, object, int]] = []
    depth, i = 0, 0
    while i < len(toks):
        kind, text, line, _ = toks[i]
        if kind == "p" and text in "{}":
            depth += 1 if text == "{" else -1
        elif not depth and kind == "w" and text.startswith("$") and i + 2 < len(toks) and toks[i + 1][1] == ":":
            value, end = _lit_value(toks, i + 2)
            if isinstance(value, _Str) and value.bare and value.text in ("true", "false", "null") or value is None:
                i += 1
                continue
            bindings.append((text[1:], line, _scss_list(value), end))
            i = max(end, i + 1)
            continue
        i += 1
    return _bindings_tree(bindings, {}, {})


def _scss_list(value: object) -> object:
    """``value`` with each two-word list the generic literal took for a pair ("(oral, topical)") its two words: Sass
    has no pairs."""
    if isinstance(value, _Pair):
        return _List([_Str([(value.line, value.key)], bare=True), _scss_list(value.value)])
    if isinstance(value, _Map):
        value.entries = [(k, at, _scss_list(v)) for k, at, v in value.entries]
    elif isinstance(value, _List):
        value.items = [_scss_list(v) for v in value.items]
    return value


def _scss(body: str) -> str:
    """An SCSS map (fenced or not) as Markdown, line for line (:func:`_data_page`): the variable whose map holds the
    most strings the tree (:func:`_scss_tree`), its keys read as words with hyphens as spaces ("brand-names",
    "less-common" a group, "not-for" a negation, "seek-help"), a nested map of "uses" each a use ("status: studied"
    an off-label one), "(q: ..., a: ...)" a question; the fence, comments (one that names a section its heading),
    "@use", parentheses, the rules after the map ("content: map.get(...)") blank."""
    return _read_helped(body, _SCSS_OPEN, _SCSS_TOKEN, _scss_tree)


# ---------------------------------------------------------------------------
# Readers of set 183's notations (helper B): a Robot Framework suite whose variable table holds the answer ("***
# Variables ***" over "${GENERIC_NAME}    X", "@{COMMON_SIDE_EFFECTS}    A    B" and "...    C" continuation rows,
# "&{FAQ_1}    question=Q?" over "...    answer=A.", "# ------ Usage ------"), a Twee story whose passages hold it
# (":: Usage [section]", ":: How is it given? [faq]", SugarCube's "!!Common", "''bold''", "//italic//",
# "@@color:red;text@@", "<<set>>" and "[[Back|Start]]") and a Vim help file ("1. Usage    *x-usage*", "Common ~"
# over "- item" lines, "Q: ...?    *x-faq-1*" over its indented answer, "|x-usage|" links, "====" rules, a modeline)
# ---------------------------------------------------------------------------

#: Robot Framework: a table's header ("*** Variables ***", "*** Test Cases ***", "* Settings"), a variable's row in the
#: variable table ("${NAME}    value", "@{LIST}=    a    b", "&{DICT}    k=v", "| ${NAME} | value |")
_ROBOT_TABLE = re.compile(r"^(?:\|[ \t]*)?\*{1,3}[ \t]*(?P<t>settings?|variables?|test[ \t]+cases?|tasks?|keywords?|"
                          r"comments?)[ \t]*(?:\*{1,3}[ \t]*)?(?:\|[^\n]*)?$", re.I)
_ROBOT_TABLES = re.compile(_ROBOT_TABLE.pattern, re.M | re.I)  # (the same line, searched in the whole body)
_ROBOT_VAR = re.compile(r"(?m)^(?:\|[ \t]+)?[$@&]\{[^{}\n]+\}[ \t]*=?(?:[ \t]{2,}|\t|[ \t]+\|[ \t]|[ \t]*$)")
#: a variable's name as a row's first cell gives it, and a cell that is only a reference to a variable ("${FAQ_1}")
_ROBOT_NAME = re.compile(r"^(?P<sig>[$@&])\{(?P<n>[^{}]+)\}[ \t]*=?$")
_ROBOT_REF = re.compile(r"[$@&%]\{(?P<n>[^{}]+)\}(?:\[[^\]]*\])?")
#: the roles of the Generic Name fields: a variable that holds one is never a section's
_ROBOT_IDENTITY = frozenset({"name", "salt", "synonym", "brand", "class", "route", "form"})


def _robot_cells(line: str) -> list[str]:
    """A row's cells: split by two or more spaces or a tab ("| a | b |" by its bars), a comment's cell ("# x") and
    the cells after it dropped."""
    said = line.strip()
    if said.startswith("| ") or said == "|":
        cells = [c.strip() for c in re.split(r"[ \t]\|(?:[ \t]|$)", " " + said.strip("|") + " ")]
    else:
        cells = [c.strip() for c in re.split(r"\t+|[ \t]{2,}", said)]
    out: list[str] = []
    for cell in cells:
        if cell.startswith("#"):
            break
        out.append(cell)
    while out and not out[-1]:
        out.pop()
    return out


def _robot_text(cell: str, scalars: dict[str, str]) -> str:
    """A cell's words: a reference to a scalar given before it its value ("${DRUG}"), "${EMPTY}" nothing, "${SPACE}"
    a space, Robot's escapes ("\\n", "\\#", "\\=") their characters."""
    def ref(m: re.Match[str]) -> str:
        name = m.group("n").strip()
        return {"EMPTY": "", "SPACE": " "}.get(name.upper(), scalars.get(name.casefold(), m.group(0)))

    text = _ROBOT_REF.sub(ref, cell)
    return re.sub(r"\\(.)", lambda e: " " if e.group(1) in "nt" else e.group(1), text).strip()


def _robot_key(name: str) -> str:
    """A variable's name as a key: its words in lower case ("OFF_LABEL_USES", "offLabelUses" "off_label_uses", "FAQ1"
    "faq_1"; in lower case, a key and not the words of a use)."""
    return "_".join(_words(re.sub(r"(?<=[A-Za-z])(?=\d)", "_", name)).casefold().split(" "))


def _robot_place(name: str) -> tuple[str | None, str]:
    """The section a variable's name names and the words of the name left for its key ("COMMON_SIDE_EFFECTS" Side
    Effects "common", "USES_OFF_LABEL" Usage "off_label", "FAQ_2" FAQs "2", "USAGE" and "HOW_IT_WORKS" their
    section's own text ""); (None, the name) for a name that names no section (a Generic Name field, "SEEK_HELP",
    "NOT_FOR")."""
    words = _robot_key(name).split("_")
    whole = _data_section(" ".join(words))
    if _data_role(name) in _ROBOT_IDENTITY or whole not in ("uses", "side_effects", "mechanism", "faqs"):
        return None, _robot_key(name)
    best: list[str] | None = None
    for n in range(1, len(words)):
        for section, key in ((words[n:], words[:n]), (words[:n], words[n:])):
            said = " ".join(key)
            if _data_section(" ".join(section)) == whole and (best is None or len(key) > len(best)) \
                    and (is_group_label(said) or _OFF_LABEL_WORD.search(said) or _APPROVED_WORD.match(said)
                         or said.isdigit() or _data_role(said) is not None):
                best = key
    return whole, "_".join(best).casefold() if best else ""


def _robot_rows(lines: list[str], first: int, last: int, heads: dict[int, str]
                ) -> list[tuple[str, str, int, list[list[tuple[int, str]]]]]:
    """The variable table's rows of lines ``first`` to ``last``: each variable's sigil, name, line and its cells, one
    list for each line they are on (a "..." row's cells the last variable's); a comment that names a section its
    heading in ``heads``."""
    rows: list[tuple[str, str, int, list[list[tuple[int, str]]]]] = []
    table = ""
    going = False
    for k in range(first, last + 1):
        line = lines[k]
        head = _ROBOT_TABLE.match(line)
        if head:
            table, going = head.group("t").casefold(), False
            continue
        if not table.startswith("variable") or not line.strip():
            continue
        if line.lstrip().startswith("#"):
            _comment_head(heads, k, line)
            going = False
            continue
        cells = _robot_cells(line)
        if cells and cells[0] == "..." and going:
            rows[-1][3].append([(k, c) for c in cells[1:] if c])
            continue
        var = _ROBOT_NAME.match(cells[0]) if cells else None
        going = var is not None
        if var:
            rows.append((var.group("sig"), var.group("n").strip(), k, [[(k, c) for c in cells[1:] if c]]))
    return rows


def _robot_value(sig: str, cells: list[list[tuple[int, str]]], scalars: dict[str, str]) -> object | None:
    """A variable's value: a scalar's cells one string on their lines; a list's cells its items (a "..." row's first
    cell that starts in lower case, after an item that ends no sentence, the rest of that item's words; a cell that
    only refers to another variable none); a dictionary's "key=value" cells a map (a cell with no "=" the words that
    go on the value before it)."""
    if sig == "$":
        parts = [(k, " ".join(t for _, c in row if (t := _robot_text(c, scalars)))) for row in cells if row
                 for k in [row[0][0]]]
        parts = [(k, t) for k, t in parts if t]
        return _Str(parts) if parts else None
    if sig == "@":
        items: list[_Str] = []
        for row in cells:
            for n, (k, cell) in enumerate(row):
                text = _robot_text(cell, scalars)
                if not text or text == cell and _ROBOT_REF.fullmatch(cell):
                    continue  # (a reference to a list or a dictionary: "@{FAQS}    ${FAQ_1}    ${FAQ_2}")
                if not n and items and items[-1].line < k and text[:1].islower() \
                        and not items[-1].text.endswith((".", "!", "?", ":")):
                    items[-1] = _Str(items[-1].parts + [(k, text)])
                else:
                    items.append(_Str([(k, text)]))
        return _List(items) if items else None
    entries: list[tuple[str, int, list[tuple[int, str]]]] = []
    for row in cells:
        for k, cell in row:
            pair = re.match(r"^(?P<k>[A-Za-z_][\w -]{0,40}?)(?<!\\)=(?P<v>.*)$", cell)
            if pair:
                entries.append((pair.group("k").strip(), k, [(k, _robot_text(pair.group("v"), scalars))]))
            elif entries:
                entries[-1][2].append((k, _robot_text(cell, scalars)))
    merged: list[tuple[str, int, object]] = []
    for key, k, parts in entries:
        by_line: dict[int, list[str]] = {}
        for row, text in parts:
            if text:
                by_line.setdefault(row, []).append(text)
        if by_line:
            merged.append((key.casefold(), k, _Str([(row, " ".join(ts)) for row, ts in by_line.items()])))
    return _Map(merged) if merged else None


def _robot_end(lines: list[str], first: int) -> int:
    """The last line of an unfenced suite that starts on line ``first``: its last table header, variable, "...",
    comment or indented (a test's step) row; what follows that is the page's prose."""
    last = first
    for k in range(first, len(lines)):
        line = lines[k]
        if _ROBOT_TABLE.match(line) or _ROBOT_VAR.match(line) or line[:1] in (" ", "\t", "#", "|") and line.strip():
            last = k
    return last


def _robot(body: str) -> str:
    """A Robot Framework suite whose variable table holds the answer (fenced or not) as Markdown, line for line
    (:func:`_data_page`): each variable a member of the section the comment above it names ("# ------ Usage ------")
    or, with none, of the section its name names (:func:`_robot_place`: "@{COMMON_SIDE_EFFECTS}" the group "Common" of
    Side Effects, "&{FAQ_2}" a question), read by its name's words with the section's own dropped ("@{OFF_LABEL_USES}"
    off-label uses, "@{NOT_FOR}" a negation, "${SEEK_HELP}" labelled); a scalar's cells one text, a list's cells its
    items, a dictionary's "question=" and "answer=" cells a question (:func:`_robot_value`), each on the lines it is
    on; the settings, the test cases and keywords, the table headers, comments and the fence blank."""
    lines = body.split("\n")
    window = _data_window(lines, _ROBOT_TABLE)
    if window is None:
        return body
    first, last = window
    if not _FENCE_LINE.match(lines[last]):
        last = _robot_end(lines, first)
    heads: dict[int, str] = {}
    rows = _robot_rows(lines, first, last, heads)
    scalars: dict[str, str] = {}
    top: list[tuple[str, int, object]] = []
    sections: list[tuple[str, str | None, int, list[tuple[str, int, object]]]] = []  # (title, kind, line, members)
    for sig, name, k, cells in rows:
        value = _robot_value(sig, cells, scalars)
        if value is None:
            continue
        if isinstance(value, _Str):
            scalars[name.casefold()] = value.text
        elif _data_role(name) == "negation":
            value = _joined(value)  # (what it is not used for: "It is not used for Y, Z")
        named = [heads[j][3:] for j in sorted(heads) if j < k]
        kind, key = _robot_place(name)
        if named:  # (under a comment that names a section: the name's words that repeat it dropped)
            title, own = named[-1], _data_section(named[-1])
            key = key if kind == own else _robot_key(name)
            kind = own
        elif kind is None and (_data_role(name) in _ROBOT_IDENTITY or not sections):
            top.append((key, k, value))
            continue
        else:
            title = _TITLES.get(kind or "", sections[-1][0] if sections else "")
            kind = kind or (sections[-1][1] if sections else None)
        if not sections or sections[-1][0] != title:
            sections.append((title, kind, k, []))
        sections[-1][3].append((key, k, value))
    tree = _Map(top + [(title, k, _Map(members)) for title, _, k, members in sections])
    if not tree.entries:
        return body
    return _help_labelled(_data_page(lines, tree, first, last, heads), tree)


#: Twee: a passage's header (":: Usage [section tags] {"position":"100,200"}", Twee 2's "<100,200>"), what only a Twee
#: story writes (its StoryTitle or StoryData passage, a link "[[X]]", a fence that names it)
_TWEE_HEADER = re.compile(r"^::[ \t]*(?P<n>(?:\\.|[^\\\[\]{}<\n])+?)[ \t]*(?:\[(?P<tags>[^\]\n]*)\])?[ \t]*"
                          r"(?:\{[^\n]*\}|<\d+[ \t]*,[ \t]*\d+>)?[ \t]*$")
_TWEE_HEADERS = re.compile(_TWEE_HEADER.pattern, re.M)  # (the same line, searched in the whole body)
_TWEE_MARK = re.compile(r"(?m)^::[ \t]*Story(?:Title|Data|Init)\b|\[\[[^\[\]\n]+\]\]|"
                        r"^[ \t]*(?:```|~~~)[ \t]*(?:twee\d?|twine|sugarcube|harlowe)[ \t]*$", re.I)
#: the story's own passages and the tags of passages that hold code: no words of the answer
_TWEE_SPECIAL = frozenset({"storytitle", "storydata", "storyinit", "storycaption", "storymenu", "storyauthor",
                           "storysubtitle", "storybanner", "storyinterface", "storyshare", "storysettings",
                           "storyincludes", "passageheader", "passagefooter", "passageready", "passagedone"})
_TWEE_CODE_TAGS = frozenset({"script", "stylesheet", "widget", "init", "header", "footer", "startup", "twine.image",
                             "twine.audio", "twine.video", "debug-header", "debug-footer", "debug-startup"})
#: a link ("[[X]]", "[[Shown|Target]]", "[[Shown->Target]]", "[[Target<-Shown]]", SugarCube's "[[X][$set to 1]]")
_TWEE_LINK = re.compile(r"\[\[(?P<in>[^\[\]\n]+?)\]\](?:\[[^\[\]\n]*\])?")
#: SugarCube's macros ("<<set $x to true>>", "<</if>>") and Harlowe's ("(set: $x to 1)", "(if: $x)[")
_TWEE_MACRO = re.compile(r"<<[^<>\n]*(?:<[^<>\n]*>[^<>\n]*)*>>")
_TWEE_HARLOWE = re.compile(r"\((?:[a-z][\w-]*):[^()\n]*(?:\([^()\n]*\)[^()\n]*)*\)\[?")
#: SugarCube's inline markup: "''bold''", "//italic//" (not a URL's), "@@color:red;styled@@", "{{{code}}}", a
#: superscript or subscript
_TWEE_INLINE = re.compile(r"''(?P<b>(?:[^'\n]|'(?!'))+?)''|(?<![:/\w])//(?P<i>[^/\n]+?)//|"
                          r"@@(?:(?:[#.][\w-]+|[a-z-]+[ \t]*:[^;@\n]*);)*(?P<s>[^@\n]*?)@@|\{\{\{(?P<c>.*?)\}\}\}|"
                          r"\^\^(?P<u>[^^\n]+)\^\^")


def _twee_page(body: str) -> bool:
    """Whether ``body`` holds a Twee story: four passages or more and a mark only Twee writes, and no Markdown heading
    outside a fence that names a section (an answer in Markdown that quotes a story)."""
    return "::" in body and len(_TWEE_HEADERS.findall(body)) >= 4 and _TWEE_MARK.search(body) is not None \
        and not _named_sections(_FENCED_BLOCK.sub("", body))


def _twee_link(m: re.Match[str]) -> str:
    """A link's shown words ("[[Shown|Target]]", "[[Shown->Target]]", "[[Target<-Shown]]", "[[X]]")."""
    inner = m.group("in")
    if "|" in inner:
        return inner.split("|", 1)[0].strip()
    if "->" in inner:
        return inner.split("->", 1)[0].strip()
    if "<-" in inner:
        return inner.rsplit("<-", 1)[1].strip()
    return inner.strip()


def _twee_inline(m: re.Match[str]) -> str:
    """One span of SugarCube's markup as Markdown: bold "**", italic "*", code in backticks, styled words their
    words."""
    if m.group("b") is not None:
        return f"**{m.group('b')}**"
    if m.group("i") is not None:
        return f"*{m.group('i')}*"
    if m.group("c") is not None:
        return f"`{m.group('c')}`"
    return m.group("s") if m.group("s") is not None else m.group("u")


def _twee_text(line: str) -> str:
    """A passage's line as Markdown: its macros none, links their shown words, inline markup by
    :func:`_twee_inline`, a line that is only links (a menu's "* [[Usage]]", "[[Back|Start]]") blank."""
    said = _TWEE_MACRO.sub("", line)
    if _TWEE_HARLOWE.match(said.strip()) and not _TWEE_HARLOWE.sub("", said).strip(" \t[]"):
        return ""  # (a line of Harlowe's macros alone)
    said = re.sub(r"</?(?:span|div|font|center|br)\b[^<>]*>", "", said)
    if _TWEE_LINK.search(said) and not re.sub(r"[-*+#\d.)|\u00b7\u2022 \t]", "", _TWEE_LINK.sub("", said)):
        return ""  # (navigation: links alone, in a list or between bars)
    said = _TWEE_LINK.sub(_twee_link, said)
    for _ in range(2):  # ("@@color:red;is ''not''@@")
        said = _TWEE_INLINE.sub(_twee_inline, said)
    return said.rstrip("\\ \t") if line.strip() else line


def _twee(body: str) -> str:
    """A Twee story (fenced or not) as Markdown, line for line: a passage that names a section (":: Usage [section]")
    its heading, one whose name asks a question (":: Is it safe? [faq]") or is tagged as one a question's
    heading under FAQs (a heading "## FAQs" on the free line before it when the questions are not under one), another
    passage a heading of its own ("### Common" when it names a group); the heading lines in a passage ("!!Common",
    Harlowe's "## Common") a level under its own, SugarCube's "# item" a numbered item, a line that opens with a bold
    label ("''Brand names:'' X") a field, inline markup, macros and links by :func:`_twee_text`; the fence, the story's
    own passages (StoryTitle, StoryData), code passages (tagged "script", "stylesheet", "widget"), the start passage's
    header and comments blank."""
    lines = body.split("\n")
    window = _data_window(lines, _TWEE_HEADER)
    if window is None:
        return body
    first, last = window
    data = re.search(r'"format"[ \t]*:[ \t]*"(?P<f>[^"]+)"', body)  # (with no format named, "# X" a heading
    # unless SugarCube's macros or headings are written)
    markdown_hashes = bool(re.match(r"(?i)harlowe|chapbook|snowman", data.group("f"))) if data \
        else not re.search(r"(?m)^[ \t]*<<|^!{1,6}[ \t]*\w", body)
    start = re.search(r'"start"[ \t]*:[ \t]*"(?P<s>[^"]+)"', body)
    start_name = start.group("s").casefold() if start else "start"
    out = list(lines)
    quiet = True  # (the lines before the first passage, and a passage of the story's own or of code)
    level = 2  # (the heading level of the passage's own heading)
    section: str | None = None
    free = -1  # (the last blank line before this one)
    comment = ""  # (the end of a comment open over lines: "*/", "-->", "%/")
    marks: list[int] = []  # (the passage's heading lines' number of marks, for their levels)
    for k in range(first, last + 1):
        line = lines[k]
        if _FENCE_LINE.match(line) and (k == first or k == last):
            out[k] = ""
            continue
        head = _TWEE_HEADER.match(line)
        if head:
            name = re.sub(r"\\(.)", r"\1", head.group("n")).strip()
            tags = {t.casefold() for t in (head.group("tags") or "").split()}
            quiet = name.casefold() in _TWEE_SPECIAL or bool(tags & _TWEE_CODE_TAGS)
            out[k], comment = "", ""
            passage = range(k + 1, next((j for j in range(k + 1, last + 1) if _TWEE_HEADER.match(lines[j])),
                                        last + 1))
            marks = sorted({len(m.group(1)) for j in passage for m in [re.match(r"^(!{1,6}|#{1,6})[ \t]*\S", lines[j])]
                            if m and (m.group(1)[0] == "!" or markdown_hashes) and not lines[j].startswith("![")})
            kind = section_kind(name)
            asked = name.endswith("?") or bool(tags & {"faq", "faqs", "question", "q"})
            if quiet or name.casefold() == start_name:
                level = 2
            elif asked:
                if section != "faqs" and free >= first:
                    out[free], section = "## FAQs", "faqs"
                out[k], level = "### " + name, 3
            elif kind in _MAIN_KINDS and not is_group_label(name):
                out[k], section, level = "## " + name, kind, 2
            else:
                level = 3 if is_group_label(name) else 2
                out[k] = "#" * level + " " + name
                section = section if level == 3 else kind
            continue
        if not line.strip():
            free = k
            continue
        if quiet:
            out[k] = ""
            continue
        said = line
        if comment:
            out[k] = ""
            if comment in line:
                comment = ""
            continue
        opened = re.match(r"^[ \t]*(/\*|<!--|/%)", line)
        if opened:
            end = {"/*": "*/", "<!--": "-->", "/%": "%/"}[opened.group(1)]
            comment = "" if end in line[opened.end():] else end
            out[k] = ""
            continue
        heading = re.match(r"^(!{1,6}|#{1,6})[ \t]*(?P<t>\S.*)$", said)
        if heading and not said.startswith("![") and (heading.group(1)[0] == "!" or markdown_hashes):
            depth = level + 1 + (marks.index(len(heading.group(1))) if len(heading.group(1)) in marks else 0)
            out[k] = "#" * min(depth, 6) + " " + _twee_text(heading.group("t"))
            continue
        if heading and not markdown_hashes:  # (SugarCube's numbered list: "# item")
            said = re.sub(r"^(#+)[ \t]*", lambda m: "   " * (len(m.group(1)) - 1) + "1. ", said)
        said = _twee_text(said)
        if re.match(r"^\*\*[^*\n]{1,40}?(?::\*\*|\*\*:)[ \t]*\S", said):
            said = "- " + said  # (a field: "''Brand names:'' A, B")
        out[k] = said
    return "\n".join(out)


#: a Vim help file: a line with a tag (a jump target, "*x-usage*") at its end, what only a help file writes (its first
#: line's "*name.txt*", a modeline that sets "ft=help", a fence that names it), a tag, a link to one ("|x-usage|"), a
#: rule ("====", "----"), a header line ("Common ~")
_VIMHELP_TAGGED = re.compile(r"(?m)^[ \t]*\S.*?[ \t]\*[^\s*|]+\*[ \t]*$")
_VIMHELP_MARK = re.compile(r"(?m)^\*[\w.-]+\.txt\*|\bvim?:(?:[^:\n]*:)*[ \t]*(?:ft|filetype)=help\b|"
                           r"^[ \t]*(?:```|~~~)[ \t]*(?:help|vimhelp)[ \t]*$")
_VIMHELP_OPENS = (re.compile(r"^\*[\w.-]+\.txt\*"), re.compile(r"^[ \t]*(?:```|~~~)[ \t]*(?:help|vimhelp)[ \t]*$"),
                  re.compile(_VIMHELP_TAGGED.pattern))  # (where the file opens: its first line, a fence that names
# it, or (neither written) its first tagged line)
_VIMHELP_TAG = re.compile(r"(?:^|(?<=[ \t]))\*[^\s*|]+\*(?=[ \t]|$)")
_VIMHELP_LINK = re.compile(r"(?<![\w|])\|(?P<t>[^\s|]+)\|(?![\w|])")
_VIMHELP_RULE = re.compile(r"^[ \t]*(?P<r>[=-])(?P=r){5,}[ \t]*$")
_VIMHELP_MODELINE = re.compile(r"^[ \t]*vim?:.*:[ \t]*$|^[ \t]*vim?:[ \t]*set?[ \t]")


def _vimhelp(body: str) -> str:
    """A Vim help file (fenced or not) as Markdown, line for line: a line with a tag at its end a heading (its
    number and tags off: "2. Usage    *x-usage*" "## Usage", one after a rule of "=" or that names a section a
    section's, another a level under it), a question's line ("Q: Is it safe?    *x-faq-2*", a tagged line that ends
    on "?") a question in bold and the lines indented under it (or "A: ...") its answer, a header line ("Common ~") a
    group's heading, a "Label:<Tab>value" line a field, a link ("|x-usage|") its words, the text dedented (a list
    item's lines under it); the first line ("*x.txt*"), the title centred under it, rules, a table of contents (its
    heading and its lines of links), example markers (">" and "<"), the modeline and the fence blank."""
    lines = body.split("\n")
    window = next((w for rx in _VIMHELP_OPENS if (w := _data_window(lines, rx)) is not None), None)
    if window is None:
        return body
    first, last = window
    out = list(lines)
    rule = ""  # (the kind of the last rule before this line, "=" or "-", while no text has come after it)
    asked = False  # (under a question: its answer's lines)
    listed = False  # (under a list item: its lines)
    contents = False  # (in a table of contents)
    ruled_once = False  # (a rule or a heading seen: the file's header is over)
    for k in range(first, last + 1):
        line = lines[k]
        said = line.strip()
        if _FENCE_LINE.match(line) or _VIMHELP_MODELINE.match(line) or re.match(r"^\*[\w.-]+\.txt\*", said):
            out[k] = ""
            continue
        if not said:
            listed = False
            continue
        ruled = _VIMHELP_RULE.match(line)
        if ruled:
            out[k], rule, asked, listed, contents = "", ruled.group("r"), False, False, False
            ruled_once = True
            continue
        tags = _VIMHELP_TAG.findall(line)
        text = _VIMHELP_TAG.sub("", line).strip()
        text = re.sub(r"[ \t]+>$", "", text) if not text.endswith("->") else text  # (an example's marker)
        if not text or text == "<":
            out[k] = ""
            continue
        if re.search(r"(?:\.{3,}|[ \t]{2,})[ \t]*\|[^\s|]+\|$", text) or contents and _VIMHELP_LINK.search(text):
            out[k], contents = "", True  # (a table of contents' line: "1. Usage ...... |x-usage|")
            continue
        text = _VIMHELP_LINK.sub(r"\g<t>", text)
        question = re.match(r"^(?:Q(?:uestion)?[ \t]*\d*[ \t]*[:.)][ \t]*)(?P<q>\S.*)$", text)
        below = next((j for j in range(k + 1, last + 1) if lines[j].strip()), k)
        if question or text.endswith("?") and (tags or line[:1] not in (" ", "\t") and below > k
                                               and lines[below][:1] in (" ", "\t")):  # ("Is it safe?" over its
            # answer indented under it)
            out[k], asked, listed, rule = f"- **{question.group('q') if question else text}**", True, False, ""
            continue
        answer = re.match(r"^A(?:nswer)?[ \t]*\d*[ \t]*[:.)][ \t]*(?P<a>\S.*)$", text)
        if asked and (line[:1] in (" ", "\t") or answer):
            out[k] = "  " + (answer.group("a") if answer else text)
            continue
        asked = False
        header = re.match(r"^(?P<h>\S.*?)[ \t]+~$", text)
        title = re.sub(r"^(?:\d+(?:\.\d+)*\.?|[A-Z]\.)[ \t]+", "", text)
        if not header and (tags or rule and len(title.split()) <= 6 and not title.endswith((".", ",", ":"))
                           and not re.match(r"^[-*+][ \t]", title)):
            if re.match(r"^(?:table[ \t]+of[ \t]+)?contents$|^index$", title, re.I):
                out[k], contents = "", True
                continue
            top = rule == "=" or not is_group_label(title) and (section_kind(title) in _MAIN_KINDS
                                                                 or not re.match(r"^\d+\.\d", text))
            out[k], rule, listed, contents, ruled_once = ("## " if top else "### ") + title, "", False, False, True
            continue
        rule = ""
        if not ruled_once and (line.startswith("\t\t") or line.startswith(" " * 16)):
            out[k] = ""  # (the title centred under the first line)
            continue
        field = re.match(r"^(?P<l>[A-Za-z][\w ()'/-]{0,30}):(?:\t+|[ \t]{2,})(?P<v>\S.*)$", text)
        if header:
            out[k], listed = "### " + header.group("h"), False
        elif field:
            out[k], listed = f"- **{field.group('l')}:** {field.group('v')}", False
        elif re.match(r"^(?:[-*+\u2022]|\d+[.)])[ \t]+\S", text):
            out[k], listed = re.sub(r"^\u2022", "-", text), True
        else:
            out[k] = ("  " if listed and line[:1] in (" ", "\t") else "") + text
    return "\n".join(out)
