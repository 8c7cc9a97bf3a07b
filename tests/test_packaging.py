"""The wheel carries every resource valkg reads, and works installed, away from the checkout."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parent.parent

REQUIRED = [
    "valkg/__init__.py",
    "valkg/__main__.py",
    "valkg/cli.py",
    "valkg/console.py",
    "valkg/ontology/valkg.ttl",
    "valkg/data/valacyclovir.txt",
    "valkg/data/lexicon/terms.tsv",
    "valkg/data/context.jsonld",
]


def run(args: list[str], **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run(args, capture_output=True, text=True, timeout=180, check=False, **kwargs)


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    pytest.importorskip("hatchling", reason="the build backend (hatchling) is needed to build the wheel")
    out = tmp_path_factory.mktemp("wheel")
    process = run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            str(ROOT),
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(out),
        ]
    )
    assert process.returncode == 0, process.stdout + process.stderr
    (found,) = out.glob("valkg-*.whl")
    return found


@pytest.fixture(scope="module")
def names(wheel) -> set[str]:
    with zipfile.ZipFile(wheel) as archive:
        return set(archive.namelist())


@pytest.mark.parametrize("path", REQUIRED)
def test_wheel_contains(names, path):
    assert path in names


@pytest.mark.parametrize(
    ("folder", "source"),
    [
        ("valkg/shapes/", "shapes"),
        ("valkg/data/queries/", "valkg/data/queries"),
        ("valkg/data/help/", "valkg/data/help"),
        ("valkg/ontology/", "ontology"),
    ],
)
def test_wheel_contains_every_file_of(names, folder, source):
    expected = {folder + p.name for p in (ROOT / source).iterdir() if p.suffix in (".ttl", ".rq", ".txt")}
    assert expected, f"nothing to package in {source}"
    assert expected <= names
    if folder == "valkg/shapes/":
        assert any(n.endswith(".ttl") for n in expected)


def test_wheel_contains_every_packaged_data_file(names):
    expected = {
        str(p.relative_to(ROOT))
        for p in (ROOT / "valkg" / "data").rglob("*")
        if p.is_file() and "__pycache__" not in p.parts and not p.name.startswith(".")
    }
    assert expected <= names


def test_wheel_entry_point(wheel):
    with zipfile.ZipFile(wheel) as archive:
        (entry_points,) = [n for n in archive.namelist() if n.endswith(".dist-info/entry_points.txt")]
        text = archive.read(entry_points).decode()
    assert re.search(r"^valkg\s*=\s*valkg\.console:main\s*$", text, re.M), text


def test_installed_wheel_reads_its_own_resources(wheel, tmp_path):
    site = tmp_path / "site"
    with zipfile.ZipFile(wheel) as archive:
        archive.extractall(site)
    work = tmp_path / "elsewhere"
    work.mkdir()
    # The unpacked wheel comes first on sys.path; the checkout is nowhere on it.
    env = {**os.environ, "PYTHONPATH": str(site), "PYTHONSAFEPATH": "1"}
    env.pop("PYTHONHOME", None)

    probe = run(
        [
            sys.executable,
            "-c",
            "import valkg, valkg.resources as r;"
            "print(valkg.__file__);"
            "print(*(r.package_dir(n) for n in ('data', 'ontology', 'shapes')), sep='\\n')",
        ],
        cwd=work,
        env=env,
    )
    assert probe.returncode == 0, probe.stderr
    for line in probe.stdout.splitlines():
        assert line.startswith(str(site)), f"{line} is not read from the installed wheel"

    export = run(
        [sys.executable, "-m", "valkg", "export", "-f", "turtle", "-o", "out.ttl"],
        cwd=work,
        env=env,
    )
    assert export.returncode == 0, export.stderr
    assert (work / "out.ttl").stat().st_size > 10_000

    validate = run([sys.executable, "-m", "valkg", "validate", "--data", "out.ttl"], cwd=work, env=env)
    assert validate.returncode == 0, validate.stdout + validate.stderr
    assert validate.stdout.startswith("Conforms")

    query = run(
        [sys.executable, "-m", "valkg", "query", "doses", "--data", "out.ttl", "-f", "csv"],
        cwd=work,
        env=env,
    )
    assert query.returncode == 0, query.stderr
    assert "valacyclovir" in query.stdout


def _extras_named_in(text: str) -> set[str]:
    return set(re.findall(r"valkg\[([a-z0-9_-]+)\]", text))


def test_extras_named_in_the_code_exist():
    tomllib = pytest.importorskip("tomllib")  # Python 3.11+
    declared = set(tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["optional-dependencies"])
    named = set()
    for path in [*(ROOT / "valkg").rglob("*.py"), ROOT / "README.md"]:
        named |= _extras_named_in(path.read_text(encoding="utf-8"))
    assert named <= declared, f"extras named but not declared: {sorted(named - declared)}"


def test_wheel_built_from_the_sdist_has_the_resources(tmp_path):
    """pip builds the wheel from an sdist: the sdist must carry ontology/ and shapes/ too."""
    pytest.importorskip("hatchling", reason="the build backend (hatchling) is needed to build the sdist")
    pytest.importorskip("build", reason="python -m build is needed to build the sdist")
    import tarfile

    process = run([sys.executable, "-m", "build", "--sdist", "--no-isolation", "-o", str(tmp_path), str(ROOT)])
    assert process.returncode == 0, process.stdout + process.stderr
    (sdist,) = tmp_path.glob("valkg-*.tar.gz")
    with tarfile.open(sdist) as archive:
        safe = {"filter": "data"} if hasattr(tarfile, "data_filter") else {}
        archive.extractall(tmp_path / "src", **safe)
    (source,) = (tmp_path / "src").iterdir()
    for path in ("pyproject.toml", "README.md", "ontology/valkg.ttl", "valkg/data/context.jsonld"):
        assert (source / path).is_file(), path
    assert list((source / "shapes").glob("*.ttl"))
    process = run(
        [
            sys.executable,
            "-m",
            "build",
            "--wheel",
            "--no-isolation",
            "-o",
            str(tmp_path / "w"),
            str(source),
        ]
    )
    assert process.returncode == 0, process.stdout + process.stderr
    (wheel,) = (tmp_path / "w").glob("valkg-*.whl")
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
    assert {"valkg/ontology/valkg.ttl", "valkg/data/queries/doses.rq"} <= names
    assert any(n.startswith("valkg/shapes/") and n.endswith(".ttl") for n in names)
