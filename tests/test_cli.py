"""The command line: help, version, exit codes, one-line errors, export and validate."""

from __future__ import annotations

import re
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib import RDF, RDFS, Graph, URIRef
from rdflib.namespace import SH

from valkg import __version__
from valkg.cli import main
from valkg.serialize import serialize

DRUG = URIRef("https://w3id.org/valkg/drug/valacyclovir")

#: Third-person first words that make a summary line descriptive instead of imperative.
NOT_IMPERATIVE = (
    "This",
    "The",
    "A",
    "An",
    "Returns",
    "Builds",
    "Runs",
    "Checks",
    "Loads",
    "Serves",
    "Exports",
)


def invoke(*args: str):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def one_error_line(stderr: str) -> str:
    lines = stderr.splitlines()
    assert len(lines) == 1, f"expected one line on stderr, got:\n{stderr}"
    assert lines[0].startswith("valkg: error:"), stderr
    assert "Traceback" not in stderr
    return lines[0]


# --- help and version -----------------------------------------------------------------

COMMANDS = sorted(main.commands)


def test_the_documented_commands_exist():
    assert {"export", "validate", "query", "load", "serve", "evaluate"} <= set(COMMANDS)


@pytest.mark.parametrize("command", COMMANDS)
@pytest.mark.parametrize("flag", ["-h", "--help"])
def test_every_command_has_help_with_an_example(command, flag):
    result = invoke(command, flag)
    assert result.exit_code == 0
    first = result.stdout.splitlines()[0]
    assert first.startswith("Usage: ") and f" {command} " in first, first
    assert "Example:" in result.stdout


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_summary_is_one_imperative_sentence(command):
    summary = main.commands[command].help.strip().splitlines()[0]
    first = summary.split()[0]
    assert first[0].isupper(), summary
    assert first not in NOT_IMPERATIVE and not first.endswith("s"), f"not imperative: {summary!r}"
    assert summary.endswith("."), summary
    short = main.commands[command].get_short_help_str(limit=200)
    assert short.rstrip(".") in summary


def test_main_help_lists_every_command_with_an_example():
    result = invoke("--help")
    assert result.exit_code == 0
    assert "Example:" in result.stdout
    for command in COMMANDS:
        assert f"  {command} " in result.stdout


@pytest.mark.parametrize("flag", ["--version", "-V"])
def test_version(flag):
    result = invoke(flag)
    assert result.exit_code == 0
    assert result.stdout.strip() == f"valkg, version {__version__}"


def test_version_is_the_package_version():
    pyproject = (Path(__file__).resolve().parent.parent / "pyproject.toml").read_text()
    match = re.search(r'^version\s*=\s*"([^"]+)"', pyproject, re.M)
    assert match and match.group(1) == __version__


def test_help_does_not_import_heavy_libraries():
    program = textwrap.dedent(
        """
        import sys
        from valkg.cli import main
        for args in (["--help"], *([name, "--help"] for name in sorted(main.commands))):
            try:
                main(args, standalone_mode=False)
            except SystemExit:
                pass
        heavy = sorted(m for m in ("rdflib", "pyshacl", "pyoxigraph", "pyld", "requests", "urllib3")
                       if m in sys.modules)
        print("HEAVY:", ",".join(heavy))
        """
    )
    process = subprocess.run([sys.executable, "-c", program], capture_output=True, text=True, timeout=60, check=False)
    assert process.returncode == 0, process.stderr
    assert process.stdout.strip().endswith("HEAVY:"), process.stdout[-300:]


def test_entry_point_runs_as_a_module():
    process = subprocess.run(
        [sys.executable, "-m", "valkg", "--version"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert process.returncode == 0
    assert process.stdout.strip() == f"valkg, version {__version__}"


# --- export ---------------------------------------------------------------------------


def test_export_writes_the_output_file(tmp_path, bundled_graphs):
    out = tmp_path / "valacyclovir.nt"
    result = invoke("export", "-f", "n-triples", "-o", str(out))
    assert result.exit_code == 0, result.stderr
    assert result.stdout_bytes == b""
    assert out.read_bytes() == serialize(bundled_graphs, "n-triples")
    assert [p.name for p in tmp_path.iterdir()] == ["valacyclovir.nt"], "no temporary file is left behind"


def test_export_to_stdout_defaults_to_turtle(bundled_graphs):
    result = invoke("export", "--no-validate")
    assert result.exit_code == 0, result.stderr
    assert result.stdout_bytes == serialize(bundled_graphs, "turtle")


def test_export_of_a_missing_monograph_is_one_error_line(tmp_path):
    result = invoke("export", str(tmp_path / "absent.txt"), "-o", str(tmp_path / "out.ttl"))
    assert result.exit_code == 2
    line = one_error_line(result.stderr)
    assert "absent.txt" in line
    assert not (tmp_path / "out.ttl").exists()


def test_export_of_a_missing_monograph_fails_cleanly_in_a_real_process(tmp_path):
    process = subprocess.run(
        [
            sys.executable,
            "-m",
            "valkg",
            "export",
            str(tmp_path / "absent.txt"),
            "-o",
            str(tmp_path / "out.ttl"),
        ],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert process.returncode == 2
    assert process.stdout == ""
    assert process.stderr.startswith("valkg: error:")
    assert "absent.txt" in process.stderr.splitlines()[0]
    assert "Traceback" not in process.stderr
    assert not (tmp_path / "out.ttl").exists()


def test_export_keeps_an_existing_file_when_it_fails(tmp_path):
    out = tmp_path / "out.ttl"
    out.write_text("previous content", encoding="utf-8")
    result = invoke("export", str(tmp_path / "absent.txt"), "-o", str(out))
    assert result.exit_code == 2
    assert out.read_text(encoding="utf-8") == "previous content"


def test_export_bad_date_is_one_error_line():
    result = invoke("export", "--created", "2024-13-01")
    assert result.exit_code == 2
    assert "--created" in one_error_line(result.stderr)


def test_export_into_a_missing_folder_is_one_error_line(tmp_path):
    result = invoke("export", "--no-validate", "-o", str(tmp_path / "no" / "such" / "out.ttl"))
    assert result.exit_code == 2
    one_error_line(result.stderr)


def test_unknown_format_is_a_usage_error():
    result = invoke("export", "-f", "rdfa")
    assert result.exit_code == 2
    assert "Traceback" not in result.stderr


# --- validate -------------------------------------------------------------------------


def test_validate_the_bundled_monograph():
    result = invoke("validate")
    assert result.exit_code == 0, result.stdout + result.stderr
    assert result.stdout.startswith("Conforms")


@pytest.fixture(scope="module")
def broken_file(bundled, tmp_path_factory):
    """The bundled graph with the drug's label removed, as Turtle."""
    graph = Graph()
    for triple in bundled.graph:
        graph.add(triple)
    assert (DRUG, RDFS.label, None) in graph
    graph.remove((DRUG, RDFS.label, None))
    path = tmp_path_factory.mktemp("broken") / "broken.ttl"
    path.write_bytes(serialize([(bundled.graph_name, graph)], "turtle"))
    return path


def test_validate_a_broken_graph_gives_a_readable_report(broken_file):
    result = invoke("validate", "--data", str(broken_file))
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    assert lines[0].startswith("Does not conform")
    violations = [line for line in lines[1:] if line.startswith("Violation:")]
    assert violations, result.stdout
    assert any(str(DRUG) in line and "rdfs:label" in line for line in violations), result.stdout
    assert "Traceback" not in result.stdout + result.stderr


def test_validate_report_as_turtle_parses(broken_file):
    result = invoke("validate", "--data", str(broken_file), "--format", "turtle")
    assert result.exit_code == 1
    report = Graph().parse(data=result.stdout, format="turtle")
    (node,) = report.subjects(RDF.type, SH.ValidationReport)
    assert not report.value(node, SH.conforms).toPython()
    results = list(report.objects(node, SH.result))
    assert results
    assert any(report.value(r, SH.focusNode) == DRUG and report.value(r, SH.resultPath) == RDFS.label for r in results)


def test_validate_report_as_turtle_of_a_conforming_graph(tmp_path, bundled_graphs):
    path = tmp_path / "good.nq"
    path.write_bytes(serialize(bundled_graphs, "n-quads"))
    result = invoke("validate", "--data", str(path), "--format", "turtle")
    assert result.exit_code == 0, result.stdout
    report = Graph().parse(data=result.stdout, format="turtle")
    (node,) = report.subjects(RDF.type, SH.ValidationReport)
    assert report.value(node, SH.conforms).toPython() is True


def test_validate_missing_data_file_is_one_error_line(tmp_path):
    result = invoke("validate", "--data", str(tmp_path / "absent.ttl"))
    assert result.exit_code == 2
    assert "absent.ttl" in one_error_line(result.stderr)


def test_validate_unparsable_data_file_is_one_error_line(tmp_path):
    path = tmp_path / "bad.ttl"
    path.write_text("<urn:a> <urn:b> .\n", encoding="utf-8")
    result = invoke("validate", "--data", str(path))
    assert result.exit_code == 2
    assert "bad.ttl" in one_error_line(result.stderr)


def test_validate_unknown_extension_is_one_error_line(tmp_path):
    path = tmp_path / "graph.data"
    path.write_text("<urn:a> <urn:b> <urn:c> .\n", encoding="utf-8")
    result = invoke("validate", "--data", str(path))
    assert result.exit_code == 2
    assert "--data-format" in one_error_line(result.stderr)


def test_validate_data_and_monographs_together_is_bad_usage(tmp_path, broken_file):
    result = invoke("validate", "somefile.txt", "--data", str(broken_file))
    assert result.exit_code == 2
    one_error_line(result.stderr)
