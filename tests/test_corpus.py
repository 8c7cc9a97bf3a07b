"""Corpus mode: many monographs, one graph, one named graph per document."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner

from valkg.cli import main

ROOT = Path(__file__).resolve().parent.parent


def _generate(folder: Path, n: int) -> list[Path]:
    spec = importlib.util.spec_from_file_location("valkg_generate", ROOT / "benchmarks" / "generate.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return list(module.generate(folder, n, seed=7))


@pytest.mark.slow
def test_a_directory_of_100_monographs_is_one_valid_graph_with_a_named_graph_each(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    _generate(corpus, 100)
    out = tmp_path / "corpus.nq"
    result = CliRunner().invoke(main, ["export", str(corpus), "-f", "n-quads", "-o", str(out)])
    assert result.exit_code == 0, result.stderr
    quads = list(ox.parse(path=str(out), format=ox.RdfFormat.N_QUADS))
    graphs = {q.graph_name.value for q in quads}
    assert len(graphs) == 100
    drugs = {
        q.subject.value
        for q in quads
        if q.predicate.value == "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
        and q.object.value == "https://w3id.org/valkg/ontology#Drug"
    }
    assert "https://w3id.org/valkg/drug/valacyclovir" not in drugs
    assert len(drugs) >= 50  # invented drugs, each read from its own monograph
    # the merged corpus validates too
    check = CliRunner().invoke(main, ["validate", "--data", str(out)])
    assert check.exit_code == 0, check.stdout


def test_one_bad_monograph_is_named_and_the_others_go_on(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    _generate(corpus, 5)
    (corpus / "broken.txt").write_bytes(b"\x00\x01binary")
    out = tmp_path / "corpus.nq"
    out.write_bytes(b"previous\n")
    result = CliRunner().invoke(main, ["export", str(corpus), "-f", "n-quads", "-o", str(out)])
    assert result.exit_code == 2
    assert "broken.txt" in result.stderr
    assert out.read_bytes() == b"previous\n"  # nothing written when a monograph fails


def test_fail_fast_stops_at_the_first_failure(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    _generate(corpus, 6)
    (corpus / "a-first.txt").write_text("")
    result = CliRunner().invoke(main, ["export", str(corpus), "-f", "n-quads", "--fail-fast", "-j", "1"])
    assert result.exit_code == 2
    assert result.stderr.count("valkg: error:") == 1


def test_streamed_nquads_are_byte_identical_across_runs_and_hash_seeds(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    _generate(corpus, 6)
    outputs = []
    for seed in ("0", "99"):
        done = subprocess.run(
            [sys.executable, "-m", "valkg", "export", str(corpus), "-f", "n-quads"],
            capture_output=True,
            env={"PYTHONHASHSEED": seed, "PATH": "/usr/bin:/bin"},
            check=True,
        )
        outputs.append(done.stdout)
    assert outputs[0] == outputs[1] and outputs[0]


@pytest.mark.slow
def test_every_development_monograph_exports_as_a_conforming_graph(tmp_path: Path) -> None:
    """Real text of the genre, not the generator's: the extractor must never hand the graph
    builder contradictions the shapes reject (a form said to be available and unavailable)."""
    out = tmp_path / "development.nq"
    result = CliRunner().invoke(
        main, ["export", str(ROOT / "evaluation" / "monographs"), "-f", "n-quads", "-o", str(out)]
    )
    assert result.exit_code == 0, result.stderr
    names = {q.graph_name.value for q in ox.parse(path=str(out), format=ox.RdfFormat.N_QUADS)}
    assert len(names) == len(list((ROOT / "evaluation" / "monographs").glob("*.txt")))
