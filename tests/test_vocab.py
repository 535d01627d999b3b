"""kg.vocab: the importers, the committed tables and manifest, and the vocab/link commands."""
from __future__ import annotations

import gzip
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.config import PROJECT_ROOT
from kg.errors import LinkError
from kg.link import Identifiers, build_linker
from kg.linking.tables import NAME_COLUMNS, XREF_COLUMNS, read_manifest, read_tsv_gz
from kg.vocab import SOURCES, import_all, import_file, import_hierarchy, parse_obo, parse_rdf

ROOT = PROJECT_ROOT
FIXTURES = ROOT / "tests" / "fixtures" / "vocab"
VOCAB = ROOT / "data" / "vocab"
SHARED = ROOT.parent / "shared" / "vocab"


def test_obo_keeps_labels_exact_synonyms_and_known_xrefs() -> None:
    parsed = parse_obo(FIXTURES / "mini.obo", Identifiers())
    names = {(n.curie, n.scope, n.text) for n in parsed.names}
    assert ("HP:0000989", "label", "Pruritus") in names
    assert ("HP:0000989", "exact", "Itching") in names
    assert not any(t in ("Itchy skin", "PRU") for _, _, t in names)  # RELATED, abbreviation
    assert not any(c == "HP:0000001" for c, _, _ in names)  # obsolete
    assert ("HP:0000751", "exact", "Hypersensitivity") not in names  # broader than its term
    assert parsed.dropped["synonyms broader than their term"] == 1
    assert {(x.curie, x.xref) for x in parsed.xrefs} == {
        ("HP:0000989", "umls:C0033774"), ("HP:0000989", "snomedct:418290006")}
    assert parsed.version == "mini/releases/2026-01-01"


def test_skos_file_import() -> None:
    parsed = parse_rdf(FIXTURES / "mini-skos.ttl", Identifiers())
    assert {(n.curie, n.scope, n.text) for n in parsed.names} == {
        ("DOID:8866", "label", "actinic keratosis"), ("DOID:8866", "exact", "solar keratosis")}
    assert {(x.xref, x.predicate) for x in parsed.xrefs} == {
        ("mesh:D055623", "oboInOwl:hasDbXref"), ("MONDO:0005173", "skos:exactMatch")}


def test_import_file_adds_a_source_with_its_manifest_entry(tmp_path: Path) -> None:
    result = import_file(FIXTURES / "mini-skos.ttl", tmp_path, name="mine", kinds=["condition"],
                         version="1", licence="CC0")
    entry = read_manifest(tmp_path).get("mine")
    assert entry is not None and entry.version == "1" and entry.licence == "CC0"
    assert entry.kinds == {"condition": 0} and entry.rows == {"names": 2, "xrefs": 2}
    assert entry.inputs[0]["path"] == "mini-skos.ttl" and len(entry.inputs[0]["sha256"]) == 64
    assert result.source.name == "mine"
    linker = build_linker(tmp_path, None)
    links = linker("condition", "Solar keratosis")
    assert {x.curie for x in links} == {"DOID:8866", "MONDO:0005173", "mesh:D055623"}


def test_import_file_refuses_unknown_kinds_and_formats(tmp_path: Path) -> None:
    with pytest.raises(LinkError, match="unknown kind"):
        import_file(FIXTURES / "mini.obo", tmp_path, kinds=["disease"])
    (tmp_path / "x.csv").write_text("a,b\n")
    with pytest.raises(LinkError, match="cannot tell the format"):
        import_file(tmp_path / "x.csv", tmp_path)


# -- the committed tables ---------------------------------------------------------------------------


def test_manifest_names_every_source_with_version_and_licence() -> None:
    manifest = read_manifest(VOCAB)
    assert {s.name for s in SOURCES} <= {s.name for s in manifest.sources}
    for source in manifest.sources:
        assert source.version and source.licence and source.inputs and source.rows
        assert (VOCAB / source.names).exists() if source.names else True
    assert manifest.get("hpo").version == "hp/releases/2025-01-16"  # type: ignore[union-attr]


def test_tables_are_compact() -> None:
    size = sum(p.stat().st_size for p in VOCAB.iterdir())
    assert size < 4_000_000, f"data/vocab is {size / 1e6:.1f} MB"


def _content(folder: Path) -> dict[str, list[list[str]]]:
    out = {}
    for s in read_manifest(folder).sources:
        if s.names:
            out[s.names] = read_tsv_gz(folder / s.names, NAME_COLUMNS)
        if s.xrefs:
            out[s.xrefs] = read_tsv_gz(folder / s.xrefs, XREF_COLUMNS)
    return out


@pytest.mark.skipif(not SHARED.is_dir(), reason=f"the published vocabularies are not at {SHARED}; "
                    "the committed tables in data/vocab are used as they are")
def test_import_reproduces_the_committed_tables(tmp_path: Path) -> None:
    import_all(SHARED, tmp_path)
    assert "is_a edges" in import_hierarchy(SHARED, tmp_path)
    committed, fresh = read_manifest(VOCAB), read_manifest(tmp_path)
    for source in fresh.sources:
        old = committed.get(source.name)
        assert old is not None and old.to_dict() == source.to_dict(), source.name
    built = _content(tmp_path)
    assert built == {k: v for k, v in _content(VOCAB).items() if k in built}
    for name in built:  # byte-stable gzip output, too
        assert gzip.decompress((tmp_path / name).read_bytes()) == gzip.decompress((VOCAB / name).read_bytes())
    assert (tmp_path / "prefixes.tsv").read_text() == (VOCAB / "prefixes.tsv").read_text()
    assert (tmp_path / "hierarchy.tsv.gz").read_bytes() == (VOCAB / "hierarchy.tsv.gz").read_bytes()


def test_import_of_other_sources_leaves_the_hierarchy_alone(tmp_path: Path) -> None:
    assert import_hierarchy(tmp_path, tmp_path, only=["sider"]) == ""
    assert "missing under" in import_hierarchy(tmp_path, tmp_path)
    assert not (tmp_path / "hierarchy.tsv.gz").exists()


# -- commands ------------------------------------------------------------------------------------------


def test_vocab_list_command() -> None:
    from kg.cli.vocab import command

    result = CliRunner().invoke(command, ["list"])
    assert result.exit_code == 0, result.output
    assert "hp/releases/2025-01-16" in result.output and "CC0" in result.output


def test_vocab_import_file_command(tmp_path: Path) -> None:
    from kg.cli.vocab import command

    result = CliRunner().invoke(command, ["import", "--file", str(FIXTURES / "mini.obo"), "--name",
                                          "mini", "--kinds", "side-effect", "--out", str(tmp_path)])
    assert result.exit_code == 0, result.output
    assert "mini" in result.output and read_manifest(tmp_path).get("mini") is not None


def test_link_command_table_and_sssom() -> None:
    from kg.cli.link import command

    runner = CliRunner()
    table = runner.invoke(command, ["--monographs", "--kind", "condition"])
    assert table.exit_code == 0, table.output
    assert "== condition:" in table.output and "DOID:8866" in table.output
    assert "not linked" in table.output
    sssom = runner.invoke(command, ["--monographs", "--format", "sssom", "--kind", "drug"])
    assert sssom.exit_code == 0, sssom.output
    assert sssom.output.startswith("#curie_map:") and "\tCHEBI:36704\t" in sssom.output


def test_link_command_reads_a_built_store(built) -> None:  # type: ignore[no-untyped-def]
    from kg.cli.link import command

    _, _, cfg = built
    result = CliRunner().invoke(command, ["--store", cfg.store, "--kind", "target"])
    assert result.exit_code == 0, result.output
    assert "NCBIGene:51284" in result.output


def test_build_writes_links_into_the_graph(built) -> None:  # type: ignore[no-untyped-def]
    store, _, _ = built
    ask = """PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
    PREFIX oboInOwl: <http://www.geneontology.org/formats/oboInOwl#>
    ASK { <https://w3id.org/drugkg/id/condition/actinic-keratosis>
            skos:exactMatch <http://purl.obolibrary.org/obo/DOID_8866> ;
            oboInOwl:hasDbXref "MONDO:0005173" ;
            skos:relatedMatch <https://uts.nlm.nih.gov/uts/umls/concept/C0022602> .
          FILTER NOT EXISTS { <https://w3id.org/drugkg/id/condition/actinic-keratosis>
            oboInOwl:hasDbXref "umls:C0022602" }
          <https://w3id.org/drugkg/id/drug/imiquimod>
            skos:exactMatch <http://purl.obolibrary.org/obo/CHEBI_36704> .
          <https://w3id.org/drugkg/id/target/toll-like-receptor-7>
            skos:exactMatch <https://www.ncbi.nlm.nih.gov/gene/51284> }"""
    assert store.query(ask).boolean


def test_external_ids_query(built) -> None:  # type: ignore[no-untyped-def]
    from kg.store import Term
    from kg.stored_queries import read_query

    store, _, _ = built
    query = read_query(ROOT / "queries" / "external-ids.rq")
    assert query.title == "External identifiers" and [p.name for p in query.parameters] == ["node"]
    node = Term("uri", "https://w3id.org/drugkg/id/condition/actinic-keratosis")
    rows = [[str(t) if t else None for t in r] for r in store.query(query.text, bindings={"node": node}).rows()]
    by_curie = {r[4]: r for r in rows}
    assert by_curie["DOID:8866"][5] == "http://purl.obolibrary.org/obo/DOID_8866"
    assert by_curie["DOID:8866"][6] == "skos:exactMatch"
    assert "umls:C0022602" not in by_curie  # DOID's xref: a chained, related match, not ours
    drug = Term("uri", "https://w3id.org/drugkg/id/drug/imiquimod")
    rows = [[str(t) if t else None for t in r] for r in store.query(query.text, bindings={"node": drug}).rows()]
    assert {r[4]: r[6] for r in rows}["cas:99011-02-6"] == "oboInOwl:hasDbXref"  # curated xref
