"""The graph passes its own shapes: build -> export -> validate the export, for every corpus.

Each corpus is built by the real command line into a real store in a temporary directory (with
linking and the reasoner, as ``kg build`` does by default), exported as N-Triples, and the file
is validated with ``kg validate --data``: no monograph rejected, no finding, exit 0. The export
holds the ontology too, whose alignment axioms (``dkg:treats skos:exactMatch biolink:treats``)
the shapes for our identifiers must leave alone.
"""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CORPORA = {
    "bundled": ROOT / "data" / "monographs",
    "fixtures": ROOT / "tests" / "fixtures" / "monographs",
    "shared": ROOT.parent / "shared" / "monographs",
    "wild": ROOT.parent / "shared" / "monographs-wild",
    # every held-out set at once: other drugs, in the layouts each was written to try
    "held-out": tuple(ROOT / "tests" / "fixtures" / n for n in (
        "heldout", "heldout-wild", "firstcontact", "firstcontact2", "firstcontact3", "firstcontact4", "firstcontact5",
        "firstcontact6")),
}


def kg(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "kg", *args], capture_output=True, text=True,
                          cwd=ROOT, timeout=900,
                          env={k: v for k, v in os.environ.items() if not k.startswith("KG_")})


@pytest.mark.parametrize("name", list(CORPORA))
def test_the_export_of_a_built_corpus_conforms_to_the_shapes(name: str, tmp_path: Path) -> None:
    corpus = CORPORA[name]
    folders = corpus if isinstance(corpus, tuple) else (corpus,)
    if not all(f.is_dir() for f in folders):
        pytest.skip(f"{corpus} is not on this machine")
    store = str(tmp_path / "store")
    built = kg("build", "--store", store, *map(str, folders))
    assert built.returncode == 0, built.stdout[-3000:] + built.stderr[-3000:]
    assert " 0 failed, 0 rejected" in built.stdout + built.stderr
    export = tmp_path / "graph.nt"
    exported = kg("export", "--store", store, "--format", "ntriples", "-o", str(export))
    assert exported.returncode == 0, exported.stderr
    text = export.read_text(encoding="utf-8")
    # the ontology's alignment axioms are in the export, and identifiers of ours too
    assert "<https://w3id.org/drugkg/vocab/treats> <http://www.w3.org/2004/02/skos/core#exactMatch>" in text
    assert "<http://www.w3.org/2004/02/skos/core#exactMatch> <http://purl.obolibrary.org/obo/" in text
    checked = kg("validate", "--data", str(export))
    assert checked.returncode == 0, checked.stdout[-4000:] + checked.stderr[-2000:]
    assert "conforms" in checked.stdout and "no problems" in checked.stdout
