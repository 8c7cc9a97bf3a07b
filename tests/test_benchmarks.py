"""The benchmark suite cannot rot: the generator is deterministic and yields conforming
monographs, and ``benchmarks/run.py`` runs end to end on a 10-document corpus."""

from __future__ import annotations

import hashlib
import subprocess
import sys
import time
from pathlib import Path

import pytest

BENCHMARKS = Path(__file__).resolve().parent.parent / "benchmarks"
sys.path.insert(0, str(BENCHMARKS))
import generate  # noqa: E402


def digest(folder: Path) -> str:
    hashed = hashlib.sha256()
    for path in sorted(folder.iterdir()):
        hashed.update(path.name.encode() + b"\0" + path.read_bytes())
    return hashed.hexdigest()


def test_generator_is_deterministic(tmp_path: Path) -> None:
    generate.generate(tmp_path / "a", 12, seed=7)
    generate.generate(tmp_path / "b", 12, seed=7)
    generate.generate(tmp_path / "c", 12, seed=8)
    assert digest(tmp_path / "a") == digest(tmp_path / "b")
    assert digest(tmp_path / "a") != digest(tmp_path / "c")
    # document i does not depend on the corpus size
    generate.generate(tmp_path / "d", 3, seed=7)
    assert (tmp_path / "d" / "monograph-00002.txt").read_bytes() == (
        tmp_path / "a" / "monograph-00002.txt"
    ).read_bytes()


def test_generator_command_line(tmp_path: Path) -> None:
    script = BENCHMARKS / "generate.py"
    command = [sys.executable, str(script), str(tmp_path), "-n", "3", "--seed", "1"]
    done = subprocess.run(command, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "monograph-00000.txt",
        "monograph-00001.txt",
        "monograph-00002.txt",
    ]


def test_generated_monographs_follow_the_genre_and_conform(tmp_path: Path) -> None:
    from valkg import api

    paths = generate.generate(tmp_path, 4, seed=0)
    for path in paths:
        text = path.read_text(encoding="utf-8")
        title = text.splitlines()[0]
        assert title.endswith(")") and " (" in title
        for heading in ("What is ", "Clinical uses", "How does ", "Taking precautions"):
            assert heading in text
        result = api.build(str(path))
        assert result.ok, f"{path.name}: {result.error}\n{result.report and result.report.text()}"
        assert result.graph is not None and len(result.graph) > 300
        kinds = {claim.kind for claim in result.extraction.claims}
        for kind in (
            "brand_name",
            "has_role",
            "indication",
            "dosage_form",
            "dose",
            "adverse_effect",
        ):
            assert kind in kinds, f"{path.name}: no {kind} claim"
        assert any(c.kind == "dosage_form" and c.negated for c in result.extraction.claims)


def test_run_help_documents_the_command() -> None:
    done = subprocess.run(
        [sys.executable, str(BENCHMARKS / "run.py"), "--help"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert "python benchmarks/run.py" in done.stdout
    for option in ("--sizes", "--repeat", "--quick", "--write-results"):
        assert option in done.stdout


@pytest.mark.integration
def test_smoke_run_with_ten_documents() -> None:
    results = BENCHMARKS / "RESULTS.md"
    before = results.read_bytes() if results.exists() else None
    started = time.monotonic()
    done = subprocess.run(
        [sys.executable, str(BENCHMARKS / "run.py"), "--sizes", "10", "--repeat", "1"],
        capture_output=True,
        text=True,
        timeout=300,
    )
    elapsed = time.monotonic() - started
    assert done.returncode == 0, done.stderr[-3000:]
    out = done.stdout
    for heading in (
        "## Machine",
        "## Cold start",
        "## Corpus throughput",
        "## Serialization",
        "## Query",
    ):
        assert heading in out, out
    assert "FAILED" not in out, out
    corpus_row = next(line for line in out.splitlines() if line.startswith("| 10 | 1 |"))
    assert "x" in corpus_row  # a ratio against the pyshacl-only baseline was measured
    assert elapsed < 120, f"the N=10 smoke run took {elapsed:.0f} s"
    # nothing is written into the repository without --write-results
    assert (results.read_bytes() if results.exists() else None) == before
