"""kg.link: the linker over the committed tables, curated mappings, ties and bad identifiers."""
from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from kg.config import load_config
from kg.errors import LinkError
from kg.link import Identifiers, build_linker, load_linker, read_curated, vocab_dir
from kg.linking.normalize import drops_qualifier, normalize, singular, symbol_key
from kg.linking.report import Node, coverage, format_links_sssom, link_nodes
from kg.linking.sssom import read_sssom
from kg.linking.tables import read_prefixes
from kg.vocab import import_file

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures" / "vocab"
CFG = load_config(environ={})
VOCAB = vocab_dir(CFG)
EXACT = "skos:exactMatch"


@pytest.fixture(scope="module")
def linker():  # type: ignore[no-untyped-def]
    return load_linker(CFG)


@pytest.fixture(scope="module")
def lexical_only():  # type: ignore[no-untyped-def]
    """The committed tables without the curated mappings: what lexical matching alone gives."""
    return build_linker(VOCAB, None)


def curies(links, predicate: str | None = EXACT) -> set[str]:  # type: ignore[no-untyped-def]
    return {x.curie for x in links if predicate is None or x.predicate == predicate}


# -- the seed's verified identifiers (../shared/vocab/README.md) -------------------------------

SEED = [
    ("drug", "Imiquimod", (), None, "CHEBI:36704"),
    ("drug", "Imiquimod", (), None, "drugbank:DB00724"),
    ("target", "toll-like receptor 7", (), "TLR7", "NCBIGene:51284"),
    ("target", "toll-like receptor 7", (), "TLR7", "uniprot:Q9NYK1"),
    ("condition", "Actinic keratosis", (), None, "DOID:8866"),
    ("condition", "Actinic keratosis", (), None, "MONDO:0005173"),
    ("condition", "Actinic keratosis", (), None, "mesh:D055623"),
    ("condition", "Superficial basal cell carcinoma", (), None, "DOID:4300"),
    ("condition", "External genital and perianal warts", ("condyloma acuminata",), None, "DOID:11168"),
    ("condition", "External genital and perianal warts", ("condyloma acuminata",), None, "MONDO:0005647"),
    ("condition", "External genital and perianal warts", ("condyloma acuminata",), None, "mesh:D003218"),
]
SEED_XREFS = [
    ("drug", "Imiquimod", "cas:99011-02-6"), ("drug", "Imiquimod", "atc:D06BB10"),
    ("target", "toll-like receptor 7", "hgnc:15631"),
    ("condition", "Superficial basal cell carcinoma", "DOID:2513"),
    ("condition", "Superficial basal cell carcinoma", "mesh:D002280"),
]


@pytest.mark.parametrize(("kind", "label", "synonyms", "symbol", "curie"), SEED)
def test_seed_identifiers_are_linked(linker, kind, label, synonyms, symbol, curie) -> None:  # type: ignore[no-untyped-def]
    assert curie in curies(linker(kind, label, synonyms, symbol))


@pytest.mark.parametrize(("kind", "label", "curie"), SEED_XREFS)
def test_seed_cross_references_are_kept(linker, kind, label, curie) -> None:  # type: ignore[no-untyped-def]
    assert curie in curies(linker(kind, label, (), None), predicate=None)


# -- lexical matching: labels, synonyms, symbols, chaining ----------------------------------------

LEXICAL = [  # what the tables alone must find (no curated row involved)
    ("drug", "Imiquimod", (), None, "drugbank:DB00724"),
    ("drug", "Albuterol", ("salbutamol",), None, "drugbank:DB01001"),  # our synonym, DrugBank's name
    ("target", "toll-like receptor 7", (), "TLR7", "NCBIGene:51284"),  # the symbol in parentheses
    ("condition", "Actinic keratosis", (), None, "DOID:8866"),
    ("condition", "Type 2 diabetes mellitus", (), None, "DOID:9352"),
    ("side-effect", "Itching", (), None, "HP:0000989"),  # HPO EXACT layperson synonym
    ("side-effect", "Seizures", (), None, "HP:0001250"),  # plural folded
    ("side-effect", "Heart attack", (), None, "HP:0001658"),
    ("side-effect", "Headache", (), None, "umls:C0018681"),  # SIDER
    ("sign", "difficulty breathing", (), None, "HP:0002094"),
]


@pytest.mark.parametrize(("kind", "label", "synonyms", "symbol", "curie"), LEXICAL)
def test_lexical_links(lexical_only, kind, label, synonyms, symbol, curie) -> None:  # type: ignore[no-untyped-def]
    links = lexical_only(kind, label, synonyms, symbol)
    assert curie in curies(links)
    assert all(x.iri.startswith("http") for x in links)


def test_condition_carries_the_vocabularys_cross_references_as_weaker_links(lexical_only) -> None:  # type: ignore[no-untyped-def]
    """DOID's xrefs and MONDO's identity mapping of the matched DOID term are chained: related
    and close matches, never exact (tests/test_link_chains.py audits every corpus)."""
    links = lexical_only("condition", "Actinic keratosis", (), None)
    assert curies(links) == {"DOID:8866"}
    related = curies(links, "skos:relatedMatch")
    assert {"mesh:D055623", "umls:C0022602", "icd10cm:L57.0"} <= related
    assert any(c.startswith("snomedct:") for c in related)
    mondo = next(x for x in links if x.curie == "MONDO:0005173")
    assert mondo.predicate == "skos:closeMatch"
    assert mondo.justification == "semapv:MappingChaining" and mondo.matched == "DOID:8866"


def test_links_record_how_they_were_made(lexical_only) -> None:  # type: ignore[no-untyped-def]
    link = next(x for x in lexical_only("side-effect", "Itching") if x.curie == "HP:0000989")
    assert link.justification == "semapv:LexicalMatching"
    assert link.matched == "Itching" and link.source == "hpo"
    assert link.version == "hp/releases/2025-01-16"
    assert link.iri == "http://purl.obolibrary.org/obo/HP_0000989"


REFUSED = [
    # HPO: "Hypersensitivity" is an EXACT synonym of Emotional hypersensitivity
    ("side-effect", "Hypersensitivity", (), None, "HP:0000751"),
    # COX-1 is cyclooxygenase 1 (PTGS1), not the mitochondrial gene symbol COX1 (MT-CO1)
    ("target", "cyclooxygenase-1", (), "COX-1", "NCBIGene:4512"),
    ("target", "cyclooxygenase-2", (), "COX-2", "NCBIGene:4513"),
    # HPO gives "Skin infection" as a synonym of Cellulitis; SIDER's Skin infection disagrees
    ("side-effect", "Skin infections", (), None, "HP:0100658"),
    # our synonym "hives" is broader than our label: never link to Urticaria through it
    ("condition", "Chronic urticaria", ("hives",), None, "HP:0001025"),
    # an abbreviation is not a name
    ("drug", "Fluorouracil", ("5-FU",), None, "NCBIGene:5"),
]


@pytest.mark.parametrize(("kind", "label", "synonyms", "symbol", "curie"), REFUSED)
def test_misleading_matches_are_refused(linker, kind, label, synonyms, symbol, curie) -> None:  # type: ignore[no-untyped-def]
    assert curie not in curies(linker(kind, label, synonyms, symbol), predicate=None)


def test_cox_targets_link_only_through_the_curated_file(linker, lexical_only) -> None:  # type: ignore[no-untyped-def]
    assert not lexical_only("target", "cyclooxygenase-1", (), "COX-1")
    assert curies(linker("target", "cyclooxygenase-1", (), "COX-1")) == {"NCBIGene:5742"}


# -- ties -----------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def mini(tmp_path_factory):  # type: ignore[no-untyped-def]
    out = tmp_path_factory.mktemp("vocab")
    import_file(FIXTURES / "mini.obo", out, name="mini", kinds=["side-effect"], licence="test")
    return build_linker(out, None)


def test_a_tie_gives_no_link_and_is_reported(mini) -> None:  # type: ignore[no-untyped-def]
    outcome = mini.explain("side-effect", "Hot")
    assert outcome.links == []
    assert [t.candidates for t in outcome.ties] == [("HP:0001945", "HP:0002315")]
    assert "HP:0001945" in str(outcome.ties[0])


def test_a_label_beats_a_synonym_and_a_unique_synonym_links(mini) -> None:  # type: ignore[no-untyped-def]
    assert curies(mini("side-effect", "Fever")) == {"HP:0001945"}
    assert curies(mini("side-effect", "Pyrexia")) == {"HP:0001945"}
    assert curies(mini("side-effect", "itching")) == {"HP:0000989"}  # obsolete term ignored
    assert mini("side-effect", "Hypersensitivity") == []
    assert mini("side-effect", "PRU") == []  # abbreviation synonyms are not imported


# -- identifiers ------------------------------------------------------------------------------------

BAD = [
    ("drugbank:DB724", "does not match the Bioregistry pattern"),
    ("HP:989", "does not match the Bioregistry pattern"),
    ("MONDO:5173", "does not match the Bioregistry pattern"),
    ("notaprefix:123", "unknown prefix"),
    ("DOID 8866", "is not a CURIE"),
]


@pytest.mark.parametrize(("curie", "message"), BAD)
def test_bad_identifiers_are_rejected(curie: str, message: str) -> None:
    ids = Identifiers(read_prefixes(VOCAB))
    with pytest.raises(LinkError, match=message):
        ids.standardize(curie)


@pytest.mark.parametrize(("raw", "curie", "iri"), [
    ("CHEBI:36704", "CHEBI:36704", "http://purl.obolibrary.org/obo/CHEBI_36704"),
    ("chebi:36704", "CHEBI:36704", "http://purl.obolibrary.org/obo/CHEBI_36704"),
    ("MESH:D055623", "mesh:D055623", "https://meshb.nlm.nih.gov/record/ui?ui=D055623"),
    ("ncbigene:51284", "NCBIGene:51284", "https://www.ncbi.nlm.nih.gov/gene/51284"),
    ("drugbank:DB00724", "drugbank:DB00724", "https://go.drugbank.com/drugs/DB00724"),
    ("GO:0006955", "GO:0006955", "http://purl.obolibrary.org/obo/GO_0006955"),
])
def test_good_identifiers_are_standardised(raw: str, curie: str, iri: str) -> None:
    assert Identifiers(read_prefixes(VOCAB)).standardize(raw) == (curie, iri)


def test_the_prefix_snapshot_agrees_with_the_bioregistry() -> None:
    from kg.link import registry_entry

    for prefix, entry in read_prefixes(VOCAB).items():
        assert registry_entry(prefix) == (prefix, entry), f"re-run `kg vocab import` ({prefix})"


@pytest.mark.parametrize(("name", "line", "bad"), [
    ("bad-mapping.sssom.tsv", 9, "drugbank:DB724"),
    ("bad-hp.sssom.tsv", 9, "HP:989"),
    ("bad-prefix.sssom.tsv", 9, "notaprefix"),
    ("bad-subject.sssom.tsv", 9, "does not give the key"),
])
def test_a_bad_mapping_row_names_file_and_line(name: str, line: int, bad: str) -> None:
    path = FIXTURES / name
    with pytest.raises(LinkError) as info:
        read_curated(path, Identifiers(read_prefixes(VOCAB)))
    assert info.value.file == str(path) and info.value.line == line
    assert bad in str(info.value) and f"{name}:{line}:" in str(info.value)


def test_a_bad_mapping_file_stops_the_linker_loading(tmp_path: Path) -> None:
    (tmp_path / "x.sssom.tsv").write_text((FIXTURES / "bad-mapping.sssom.tsv").read_text())
    with pytest.raises(LinkError, match="DB724"):
        build_linker(VOCAB, tmp_path)


# -- the curated file ------------------------------------------------------------------------------


def test_curated_gene_rows_agree_with_hetionet_symbols() -> None:
    """Every curated NCBI Gene row's object_label is that gene's symbol in Hetionet."""
    symbols = {}
    ncbigene = build_linker(VOCAB, None).indexes["ncbigene"]
    for rows in ncbigene.names["symbol"].values():
        for curie, text in rows:
            symbols[curie] = text
    sssom = read_sssom(ROOT / "data" / "mappings" / "curated.sssom.tsv")
    genes = [r for r in sssom.rows if r["object_id"].startswith("NCBIGene:")]
    assert len(genes) >= 9
    for row in genes:
        assert symbols[row["object_id"]] == row["object_label"], row


def test_curated_files_are_valid_sssom() -> None:
    sssom_pydantic = pytest.importorskip("sssom_pydantic")
    for path in sorted((ROOT / "data" / "mappings").glob("*.sssom.tsv")):
        pack = sssom_pydantic.read(path)
        assert len(pack.mappings) == len(read_sssom(path).rows) > 0


# -- SSSOM output, coverage, speed -------------------------------------------------------------------

NODES = [Node("drug", "Imiquimod"), Node("condition", "Actinic keratosis"),
         Node("target", "toll-like receptor 7", (), "TLR7"), Node("side-effect", "Itching"),
         Node("side-effect", "Severe allergic reaction"), Node("sign", "swelling of the tongue")]


def test_sssom_output_parses(linker) -> None:  # type: ignore[no-untyped-def]
    results = link_nodes(linker, NODES)
    text = format_links_sssom(results, linker.identifiers.curie_map(), include_unlinked=True)
    body = [line for line in text.splitlines() if not line.startswith("#")]
    rows = list(csv.DictReader(io.StringIO("\n".join(body)), delimiter="\t"))
    assert {"subject_id", "subject_label", "predicate_id", "object_id", "object_label",
            "mapping_justification"} <= set(rows[0])
    assert any(r["object_id"] == "CHEBI:36704" and r["subject_id"] == "drugkg:drug/imiquimod"
               and r["mapping_justification"] == "semapv:ManualMappingCuration" for r in rows)
    assert any(r["object_id"] == "sssom:NoTermFound" for r in rows)
    meta = read_sssom(_write(text)).metadata
    assert {"curie_map", "mapping_set_id", "license"} <= set(meta)
    sssom_pydantic = pytest.importorskip("sssom_pydantic")
    pack = sssom_pydantic.read(_write(text))
    assert len(pack.mappings) == len(rows)


def _write(text: str) -> Path:
    import tempfile

    handle = tempfile.NamedTemporaryFile("w", suffix=".sssom.tsv", delete=False, encoding="utf-8")
    handle.write(text)
    handle.close()
    return Path(handle.name)


def test_coverage_counts_exact_matches(linker) -> None:  # type: ignore[no-untyped-def]
    cov = coverage(link_nodes(linker, NODES))
    # (the sign "swelling of the tongue" links since lex5's row "swelling of the tongue -> swollen tongue")
    assert cov["drug"] == (1, 1) and cov["side-effect"] == (1, 2) and cov["sign"] == (1, 1)


def test_the_linker_is_loaded_once_and_a_label_is_worked_out_once() -> None:
    """How fast a look-up is, is measured in ``bench/link.py`` beside a plain dictionary, not timed here:
    here, that the vocabularies are read once per process and that a label met again (the same side effect
    on many pages) costs a dictionary look-up, not the tiers again."""
    first = load_linker(CFG)
    assert load_linker(CFG) is first
    fresh = build_linker(VOCAB, ROOT / "data" / "mappings")
    once = fresh.explain("side-effect", "Label number 1")
    assert fresh.explain("side-effect", "Label number 1") is once
    assert fresh.explain("side-effect", "Label number 2") is not once
    assert fresh.explain("side-effect", "Headache").linked


# -- normalisation -----------------------------------------------------------------------------------


@pytest.mark.parametrize(("a", "b"), [
    ("Flu-like symptoms", "flu like  symptoms"), ("5\u2011FU", "5-fu"), ("Crohn's disease", "crohns disease"),
    ("ALLERGIC RHINITIS", "allergic rhinitis"), ("β2-adrenergic", "β2 adrenergic"),
])
def test_normalize(a: str, b: str) -> None:
    assert normalize(a) == normalize(b)


@pytest.mark.parametrize(("key", "folded"), [
    ("seizures", "seizure"), ("stomach ulcers", "stomach ulcer"), ("allergies", "allergy"),
    ("stress", "stress"), ("herpes", "herpes"), ("gas", "gas"), ("pustules", "pustule"),
    ("abscess", "abscess"), ("sepsis", "sepsis"),
])
def test_singular(key: str, folded: str) -> None:
    assert singular(key) == folded


def test_symbols_keep_their_hyphen() -> None:
    assert symbol_key("COX-1") != symbol_key("COX1")
    assert symbol_key("TLR7") == symbol_key("tlr7")


def test_drops_qualifier() -> None:
    assert drops_qualifier("emotional hypersensitivity", "hypersensitivity")
    assert drops_qualifier("chronic urticaria", "urticaria")
    assert not drops_qualifier("high cholesterol", "hypercholesterolemia")
    assert not drops_qualifier("seizures", "seizure")


def test_an_ampersand_is_and(linker) -> None:  # type: ignore[no-untyped-def]
    """"Nausea & vomiting" is HPO's *Nausea and vomiting*, never a kind of vomiting (the seventh
    audit: '&' read as no word made "nausea" a modifier)."""
    links = {(x.predicate, x.curie) for x in linker.explain("side-effect", "Nausea & vomiting").links
             if x.justification != "semapv:MappingChaining"}
    assert ("skos:exactMatch", "HP:0002017") in links
    assert not any(curie == "HP:0002013" for _, curie in links)


def test_a_cause_bound_to_both_halves_is_never_dropped(linker) -> None:  # type: ignore[no-untyped-def]
    """"Chemotherapy-induced nausea and vomiting" names no plain *Vomiting* (broader than its
    half); "Blurred vision or headache" still names headache."""
    from kg.linking.normalize import alternatives

    assert alternatives("Radiation-induced nausea or vomiting") == [
        ("Radiation-induced nausea",), ("Radiation-induced vomiting",)]
    assert not any(x.curie in {"HP:0002013", "mesh:D014839"} for x in
                   linker.explain("condition", "Chemotherapy-induced nausea and vomiting").links)
    assert "HP:0002315" in {x.curie for x in linker.explain("side-effect", "Blurred vision or headache").links}
