"""valkg under bad input, through the command line.

The contract every case checks (see docs/reliability.md):

* the exit code: 2 for bad input or usage, 1 for a run that failed
  (does not conform, query failed or timed out), 0 for success;
* exactly one ``valkg: error:`` line on stderr, naming the file (and the
  line:column or byte offset where one applies);
* no ``Traceback`` on stdout or stderr, and no uncaught exception;
* no output: an ``-o`` file that existed keeps its bytes, and no temporary
  file is left beside it.
"""

from __future__ import annotations

import os
import shlex
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from valkg.cli import main
from valkg.reader import MAX_BYTES
from valkg.resources import BUNDLED_MONOGRAPH, data_file

BUNDLED_TEXT = data_file(BUNDLED_MONOGRAPH).read_text(encoding="utf-8")
PREVIOUS = b"previous output, which a failed run must leave alone\n"
SLOW_QUERY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n2 ?o }"


# --- helpers ----------------------------------------------------------------------------


def invoke(args, input=None):
    """Run ``valkg ARGS`` in-process; stdout and stderr kept apart."""
    return CliRunner().invoke(main, [str(a) for a in args], input=input, catch_exceptions=True)


def assert_clean(result):
    """No traceback and no uncaught exception, whatever the outcome."""
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise AssertionError(f"uncaught {result.exception!r}") from result.exception
    assert "Traceback" not in result.stdout
    assert "Traceback" not in result.stderr


def assert_error(result, *fragments, code=2):
    """Exit ``code`` with one ``valkg: error:`` line holding every fragment; returns the line."""
    assert_clean(result)
    assert result.exit_code == code, (result.exit_code, result.stderr)
    errors = [line for line in result.stderr.splitlines() if line.startswith("valkg: error:")]
    assert len(errors) == 1, result.stderr
    for fragment in fragments:
        assert fragment in errors[0], (fragment, errors[0])
    return errors[0]


@pytest.fixture
def out(tmp_path):
    """A pre-existing output file in a folder of its own."""
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / "graph.ttl"
    target.write_bytes(PREVIOUS)
    return target


def assert_untouched(target):
    assert target.read_bytes() == PREVIOUS
    assert sorted(p.name for p in target.parent.iterdir()) == [target.name]


def write(tmp_path, name, data):
    path = tmp_path / name
    path.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
    return path


@pytest.fixture(scope="module")
def graph_file(tmp_path_factory):
    """The bundled graph as an N-Quads file (for --data)."""
    path = tmp_path_factory.mktemp("graph") / "bundled.nq"
    result = invoke(["export", "-f", "n-quads", "-o", path])
    assert result.exit_code == 0, result.stderr
    return path


@pytest.fixture(scope="module")
def dataset_iri():
    from valkg import api

    return str(api.build(check=False).graph_name)


# --- 1. monograph input -----------------------------------------------------------------


def test_missing_file(tmp_path, out):
    missing = tmp_path / "missing.txt"
    assert_error(invoke(["export", missing, "-o", out]), f"{missing}: no such file")
    assert_untouched(out)


def test_directory_without_monographs(tmp_path, out):
    folder = tmp_path / "empty"
    folder.mkdir()
    (folder / "notes.pdf").write_bytes(b"%PDF")
    assert_error(invoke(["export", folder, "-o", out]), f"{folder}: directory holds no monographs")
    assert_untouched(out)


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("empty.txt", b"", "the monograph is empty"),
        ("blank.txt", b"  \n\n\t \r\n", "the monograph is only whitespace"),
        (
            "image.png",
            b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00",
            "looks like binary data (NUL bytes)",
        ),
        ("utf16.txt", "Valacyclovir is a drug.".encode("utf-16"), "looks like binary data"),
        (
            "nodrug.txt",
            b"Gardening\n\nTomatoes like sun. Water them in the evening.\n",
            "no drug named in the title, headings or text",
        ),
    ],
    ids=["empty", "whitespace", "png", "utf16", "no-drug"],
)
def test_unusable_monograph(tmp_path, out, name, data, message):
    path = write(tmp_path, name, data)
    assert_error(invoke(["export", path, "-o", out]), f"{path}: {message}")
    assert_untouched(out)


def test_invalid_utf8_names_position_and_suggests_encoding(tmp_path, out):
    text = BUNDLED_TEXT.replace("Clinical uses", "Clinical uses (café)", 1)
    raw = text.encode("latin-1")
    path = write(tmp_path, "latin1.txt", raw)
    offset = raw.index(b"\xe9")
    line = raw[:offset].count(b"\n") + 1
    column = offset - raw.rfind(b"\n", 0, offset)
    assert_error(
        invoke(["export", path, "-o", out]),
        f"{path}:{line}:{column}: not valid utf-8",
        f"byte offset {offset}",
        "--encoding",
    )
    assert_untouched(out)
    fixed = invoke(["export", path, "--encoding", "latin-1", "-o", out])
    assert_clean(fixed)
    assert fixed.exit_code == 0, fixed.stderr
    assert "café" in out.read_text(encoding="utf-8")


def test_unknown_encoding(tmp_path, out):
    path = write(tmp_path, "m.txt", BUNDLED_TEXT)
    assert_error(
        invoke(["export", path, "--encoding", "klingon", "-o", out]),
        f"{path}: unknown encoding 'klingon'",
    )
    assert_untouched(out)


def test_bom_and_crlf_just_work(tmp_path):
    from valkg import api

    text = BUNDLED_TEXT.replace("\n", "\r\n")
    path = write(tmp_path, "windows.txt", b"\xef\xbb\xbf" + text.encode("utf-8"))
    result = api.build(str(path))
    assert result.error is None
    monograph = result.extraction.monograph
    assert monograph.text == text  # BOM dropped, CRLF kept
    assert result.extraction.claims
    for claim in result.extraction.claims:
        evidence = claim.evidence
        assert monograph.text[evidence.start : evidence.end] == evidence.quote
    plain = api.build(None)
    assert len(plain.extraction.claims) == len(result.extraction.claims)
    cli = invoke(["export", path])
    assert_clean(cli)
    assert cli.exit_code == 0 and cli.stderr == ""


def test_no_sections_warns_and_works(tmp_path, out):
    path = write(
        tmp_path,
        "plain.txt",
        "valacyclovir is an anti-viral drug used to treat herpes. it may cause headache.\n",
    )
    out.unlink()
    result = invoke(["export", path, "-o", out])
    assert_clean(result)
    assert result.exit_code == 0, result.stderr
    assert result.stderr.splitlines() == [
        f"valkg: warning: {path}: no section headings recognised; each paragraph is read by its first sentence"
    ]
    assert out.stat().st_size > 0


def test_larger_than_the_limit_is_refused(tmp_path, out):
    path = tmp_path / "huge.txt"
    block = (BUNDLED_TEXT + "\n").encode("utf-8")
    with path.open("wb") as handle:
        for _ in range(50 * 1024 * 1024 // len(block) + 1):  # ~50 MB of real text
            handle.write(block)
    assert path.stat().st_size > MAX_BYTES
    started = time.perf_counter()
    result = invoke(["export", path, "-o", out])
    assert time.perf_counter() - started < 5  # refused before it is read
    assert_error(result, f"{path}: file is larger than the {MAX_BYTES // (1024 * 1024)} MiB limit")
    assert_untouched(out)


def test_stdin_larger_than_the_limit_is_refused(out):
    result = invoke(["export", "-", "-o", out], input=b"a" * (MAX_BYTES + 1))
    assert_error(result, f"<stdin>: input is larger than the {MAX_BYTES // (1024 * 1024)} MiB limit")
    assert_untouched(out)


def test_stdin(out):
    result = invoke(["export", "-", "-f", "n-triples"], input=BUNDLED_TEXT.encode("utf-8"))
    assert_clean(result)
    assert result.exit_code == 0, result.stderr
    assert "valacyclovir" in result.stdout
    bundled = invoke(["export", "-f", "n-triples"])
    # The same graph as from the file, but for the name of the source.
    assert result.stdout.replace("<stdin>", "valacyclovir.txt") == bundled.stdout


def test_stdin_empty_and_binary(out):
    assert_error(invoke(["export", "-", "-o", out], input=b""), "<stdin>: the monograph is empty")
    assert_error(invoke(["export", "-", "-o", out], input=b"\x00\x01\x02"), "<stdin>: looks like binary data")
    assert_untouched(out)


def test_one_bad_monograph_among_good_ones_writes_nothing(tmp_path, out):
    folder = tmp_path / "corpus"
    folder.mkdir()
    write(folder, "a.txt", BUNDLED_TEXT)
    bad = write(folder, "b.txt", b"caf\xe9\n")
    result = invoke(["export", folder, "-o", out, "-j", "1"])
    assert_error(result, f"{bad}:1:4: not valid utf-8")
    assert "1 of 2 monographs failed; nothing written" in result.stderr
    assert_untouched(out)


def test_bad_created_date(out):
    assert_error(invoke(["export", "--created", "2024-13-01", "-o", out]), "--created must be a date")
    assert_untouched(out)


# --- 1b. a large monograph: linear, not quadratic ---------------------------------------


def _generated_monograph(size: int) -> str:
    """A monograph of about ``size`` characters: the bundled body repeated with variations."""
    title, body = BUNDLED_TEXT.split("\n\n", 1)
    parts, length, number = [title, ""], len(title), 0
    while length < size:
        chunk = (
            body.replace("500 mg", f"{500 + number % 7} mg")
            + f"\nNote {number}. Valtrex tablets of {number % 9 + 1} g are available.\n"
        )
        parts.append(chunk)
        length += len(chunk) + 1
        number += 1
    return "\n".join(parts)


def _time(function, *args):
    started = time.perf_counter()
    result = function(*args)
    return time.perf_counter() - started, result


def test_reader_scales_linearly():
    from valkg.reader import parse_monograph

    small, _ = _time(parse_monograph, _generated_monograph(512 * 1024))
    large, monograph = _time(parse_monograph, _generated_monograph(2 * 1024 * 1024))
    assert len(monograph.sentences) > 10_000
    # 4x the text: linear work takes ~4x; quadratic work would take ~16x.
    assert large < 8 * small + 0.5, (small, large)


def test_extract_scales_linearly():
    from valkg.extract import extract
    from valkg.reader import parse_monograph

    small_text, large_text = _generated_monograph(64 * 1024), _generated_monograph(256 * 1024)
    small, _ = _time(extract, parse_monograph(small_text))
    large, extraction = _time(extract, parse_monograph(large_text))
    assert extraction.claims
    assert large < 6 * small + 0.5, (small, large)


SLOW = pytest.mark.skipif(not os.environ.get("VALKG_SLOW"), reason="set VALKG_SLOW=1 to run")


@pytest.mark.slow
@SLOW
def test_two_megabyte_monograph_end_to_end(tmp_path):
    # Without validation: see test_validation_scales_linearly for the SHACL step.
    path = write(tmp_path, "big.txt", _generated_monograph(2 * 1024 * 1024))
    target = tmp_path / "big.nq"
    started = time.perf_counter()
    result = invoke(["export", path, "-f", "n-quads", "-o", target, "--no-validate"])
    elapsed = time.perf_counter() - started
    assert_clean(result)
    assert result.exit_code == 0, result.stderr
    print(f"2 MB monograph exported in {elapsed:.1f} s")
    assert elapsed < 300


@pytest.mark.slow
@SLOW
def test_validation_scales_linearly():
    from valkg.extract import extract
    from valkg.graph import build_graph
    from valkg.reader import parse_monograph
    from valkg.validate import validate

    graphs = [build_graph(extract(parse_monograph(_generated_monograph(size)))) for size in (32 * 1024, 128 * 1024)]
    small, _ = _time(validate, graphs[0])
    large, report = _time(validate, graphs[1])
    assert report.conforms
    assert large < 6 * small + 1, (small, large)


# --- 2. graph input: validate --data and query --data -----------------------------------


def _data_commands(path, *extra):
    return [
        ["validate", "--data", path, *extra],
        ["query", "--data", path, *extra, "-e", "SELECT * WHERE { ?s ?p ?o }"],
    ]


@pytest.mark.parametrize("command", [0, 1], ids=["validate", "query"])
def test_unparseable_turtle(tmp_path, command):
    path = write(
        tmp_path,
        "bad.ttl",
        '@prefix ex: <http://example.org/> .\nex:a ex:b ex:c .\nex:a ex:b "open .\n',
    )
    result = invoke(_data_commands(path)[command])
    line = assert_error(result, f"{path}:3:11: cannot parse as Turtle")
    assert "(bad.ttl, line" not in line
    assert result.stdout == ""


@pytest.mark.parametrize("command", [0, 1], ids=["validate", "query"])
def test_unparseable_jsonld(tmp_path, command):
    path = write(tmp_path, "bad.jsonld", '{"@id": "http://example.org/a",\n "http://example.org/b": [1, }\n')
    assert_error(invoke(_data_commands(path)[command]), f"{path}:2:", "cannot parse as JSON-LD")


@pytest.mark.parametrize("command", [0, 1], ids=["validate", "query"])
def test_unknown_extension(tmp_path, command):
    path = write(tmp_path, "graph.data", "<http://a> <http://b> <http://c> .\n")
    assert_error(
        invoke(_data_commands(path)[command]),
        f"{path}: cannot tell the RDF format",
        "pass --data-format",
    )
    fixed = invoke(_data_commands(path, "--data-format", "n-triples")[command])
    assert_clean(fixed)
    assert "cannot tell" not in fixed.stderr


def test_unknown_data_format(tmp_path):
    path = write(tmp_path, "g.ttl", "")
    assert_error(invoke(["validate", "--data", path, "--data-format", "yaml"]), "unknown graph format 'yaml'")


@pytest.mark.parametrize(
    "context",
    [
        '"https://schema.org/"',
        '["http://example.org/context.jsonld", {"ex": "http://example.org/"}]',
        '{"@version": 1.1, "@import": "http://example.org/context.jsonld"}',
        '{"@version": 1.1, "knows": {"@id": "http://example.org/knows", "@context": "http://example.org/c.jsonld"}}',
    ],
    ids=["string", "array", "import", "scoped"],
)
@pytest.mark.parametrize("command", [0, 1], ids=["validate", "query"])
def test_remote_jsonld_context_refused_offline(tmp_path, context, command):
    path = write(
        tmp_path,
        "remote.jsonld",
        f'{{"@context": {context}, "@id": "http://example.org/a", "knows": {{"@id": "http://example.org/b"}}}}',
    )
    started = time.perf_counter()
    result = invoke(_data_commands(path)[command])
    assert time.perf_counter() - started < 5
    assert_error(result, f"{path}: the JSON-LD @context refers to a remote document", "offline")


@pytest.mark.parametrize("command", [0, 1], ids=["validate", "query"])
def test_missing_data_file(tmp_path, command):
    path = tmp_path / "nowhere.ttl"
    assert_error(invoke(_data_commands(path)[command]), f"{path}: no such file")


def test_data_is_a_directory(tmp_path):
    folder = tmp_path / "graphs.ttl"
    folder.mkdir()
    assert_error(invoke(["validate", "--data", folder]), f"{folder}: not a file")


def test_invalid_utf8_graph(tmp_path):
    path = write(tmp_path, "latin.nt", b'<http://a> <http://b> "caf\xe9" .\n')
    assert_error(invoke(["validate", "--data", path]), f"{path}:1:", "UTF-8")


def test_monographs_and_data_together(tmp_path, graph_file):
    assert_error(
        invoke(["validate", "--data", graph_file, "m.txt"]),
        "give monographs or --data files, not both",
    )


# --- 3. output safety -------------------------------------------------------------------


def test_failure_in_serialization_leaves_output(monkeypatch, out):
    import valkg.serialize

    def broken(graphs, format_name):
        raise RuntimeError("simulated crash in the middle of serialization")

    monkeypatch.setattr(valkg.serialize, "serialize", broken)
    result = invoke(["export", "-o", out])
    assert isinstance(result.exception, RuntimeError)  # an internal fault, simulated
    assert_untouched(out)


@pytest.mark.parametrize("step", ["fsync", "replace"])
def test_failure_while_writing_leaves_output(monkeypatch, out, step):
    import errno

    import valkg.output

    def full(*args, **kwargs):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(valkg.output.os, step, full)
    result = invoke(["export", "-o", out])
    assert_error(result, f"{out}: cannot write: No space left on device", code=1)
    assert_untouched(out)


def test_non_conforming_graph_leaves_output(monkeypatch, out):
    import valkg.api
    from valkg.validate import Report, Violation

    def failing(graph):
        violation = Violation("Violation", "urn:x", "vk:p", "vk:Shape", "sh:MinCountConstraintComponent", "missing")
        return Report(False, [violation])

    monkeypatch.setattr(valkg.api, "validate", failing)
    result = invoke(["export", "-o", out])
    assert_error(result, "the graph does not conform to the shapes", code=1)
    assert_untouched(out)


def test_output_into_missing_folder(tmp_path):
    target = tmp_path / "no" / "such" / "graph.ttl"
    assert_error(invoke(["export", "-o", target]), f"{target}: cannot write: the folder", "does not exist")
    assert not (tmp_path / "no").exists()


def test_output_is_a_directory(tmp_path):
    result = invoke(["export", "-o", tmp_path])
    assert_clean(result)
    assert result.exit_code == 2
    assert "is a directory" in result.stderr


def _shell(command, tmp_path):
    return subprocess.run(
        ["bash", "-c", f"set -o pipefail; {command}"],
        capture_output=True,
        cwd=tmp_path,
        timeout=180,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )


def test_export_into_a_closed_pipe(tmp_path):
    # Output well over a pipe buffer (64 KiB), so valkg is still writing when head exits.
    path = write(tmp_path, "long.txt", _generated_monograph(16 * 1024))
    valkg = f"{shlex.quote(sys.executable)} -m valkg"
    done = _shell(f"{valkg} export {path} -f n-quads --no-validate | head -1", tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stderr == b""
    assert done.stdout.count(b"\n") == 1


def test_query_into_a_closed_pipe(tmp_path, graph_file):
    valkg = f"{shlex.quote(sys.executable)} -m valkg"
    done = _shell(
        f"{valkg} query -e 'SELECT * WHERE {{ ?s ?p ?o }}' --data {graph_file} -f tsv | head -1",
        tmp_path,
    )
    assert done.returncode == 0, done.stderr
    assert done.stderr == b""
    assert done.stdout.startswith(b"?")


def test_export_to_a_full_device(tmp_path):
    if not Path("/dev/full").exists():
        pytest.skip("no /dev/full")
    done = _shell(f"{shlex.quote(sys.executable)} -m valkg export --no-validate > /dev/full", tmp_path)
    assert done.returncode == 1
    assert done.stderr.decode() == "valkg: error: cannot write to standard output: No space left on device\n"


# --- 4. query safety --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("query", "message"),
    [
        (
            "SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }",
            "SERVICE <http://example.org/sparql>",
        ),
        (
            "SELECT * WHERE { ?s ?p ?o OPTIONAL { SERVICE SILENT <http://x.org/s> { ?s ?p ?q } } }",
            "SERVICE <http://x.org/s>",
        ),
        (
            "ASK { FILTER EXISTS { SERVICE <http://x.org/s> { ?s ?p ?o } } }",
            "SERVICE <http://x.org/s>",
        ),
        ("SELECT * { { SELECT * { SERVICE ?endpoint { ?s ?p ?o } } } }", "SERVICE ?endpoint"),
        ("SELECT * FROM <http://example.org/g> WHERE { ?s ?p ?o }", "FROM <http://example.org/g>"),
        (
            "SELECT * FROM NAMED <http://example.org/g> WHERE { GRAPH ?g { ?s ?p ?o } }",
            "FROM NAMED <http://example.org/g>",
        ),
        (
            "DESCRIBE <http://example.org/a> FROM <http://example.org/g>",
            "FROM <http://example.org/g>",
        ),
    ],
    ids=[
        "service",
        "service-optional",
        "service-exists",
        "service-variable",
        "from",
        "from-named",
        "describe-from",
    ],
)
def test_network_queries_refused(graph_file, query, message):
    result = invoke(["query", "--data", graph_file, "-e", query])
    assert_error(result, message, "pass --allow-network")
    assert result.stdout == ""


@pytest.mark.parametrize("allow", [[], ["--allow-network"]], ids=["default", "allow-network"])
def test_update_and_load_refused(graph_file, allow):
    load = invoke(["query", "--data", graph_file, *allow, "-e", "LOAD <http://example.org/data.ttl>"])
    assert_error(load, "SPARQL Update is not allowed here", "LOAD")
    insert = invoke(["query", "--data", graph_file, *allow, "-e", "INSERT DATA { <urn:a> <urn:b> <urn:c> }"])
    assert_error(insert, "SPARQL Update is not allowed here")


def test_from_a_graph_of_the_dataset_is_allowed(graph_file, dataset_iri):
    everything = invoke(["query", "--data", graph_file, "-e", "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }", "-f", "tsv"])
    local = f"SELECT (COUNT(*) AS ?n) FROM <{dataset_iri}> WHERE {{ ?s ?p ?o }}"
    result = invoke(["query", "--data", graph_file, "-e", local, "-f", "tsv"])
    assert_clean(result)
    assert result.exit_code == 0, result.stderr
    assert result.stdout == everything.stdout
    assert int(result.stdout.split("\n")[1].split("^^")[0].strip('"')) > 100


def test_allow_network_lifts_the_refusal(graph_file):
    # A FROM graph that is not in the dataset is not fetched: it is simply empty.
    remote = "SELECT (COUNT(*) AS ?n) FROM <http://example.org/elsewhere> WHERE { ?s ?p ?o }"
    result = invoke(["query", "--data", graph_file, "--allow-network", "-e", remote, "-f", "csv"])
    assert_clean(result)
    assert result.exit_code == 0, result.stderr
    assert result.stdout.splitlines() == ["n", "0"]
    # SERVICE is passed to the engine; port 9 (discard) is refused by the engine itself,
    # so nothing leaves the machine, and the failure is one line, exit 1.
    service = "SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }"
    result = invoke(["query", "--data", graph_file, "--allow-network", "-e", service])
    line = assert_error(result, "query failed", code=1)
    assert "--allow-network" not in line


def test_timeout_stops_a_slow_query(graph_file):
    started = time.perf_counter()
    result = invoke(["query", "--data", graph_file, "--timeout", "1.5", "-e", SLOW_QUERY])
    elapsed = time.perf_counter() - started
    assert_error(result, "query timed out after 1.5 s", code=1)
    assert elapsed < 1.5 + 3, elapsed
    assert result.stdout == ""


def test_timeout_lets_a_fast_query_finish(graph_file):
    result = invoke(["query", "doses", "--data", graph_file, "--timeout", "30", "-f", "csv"])
    assert_clean(result)
    assert result.exit_code == 0, result.stderr
    assert result.stdout.startswith("drug,")


@pytest.mark.parametrize("limit", [0, 1, 5])
@pytest.mark.parametrize("timeout", [[], ["--timeout", "30"]], ids=["in-process", "child-process"])
def test_limit(graph_file, limit, timeout):
    result = invoke(
        [
            "query",
            "--data",
            graph_file,
            "-e",
            "SELECT * { ?s ?p ?o }",
            "--limit",
            limit,
            "-f",
            "tsv",
            *timeout,
        ]
    )
    assert_clean(result)
    assert result.exit_code == 0
    assert len(result.stdout.splitlines()) == 1 + limit


def test_limit_on_construct(graph_file):
    query = "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }"
    result = invoke(["query", "--data", graph_file, "-e", query, "--limit", "3"])
    assert_clean(result)
    lines = [line for line in result.stdout.splitlines() if line.strip() and not line.startswith("@prefix")]
    assert 1 <= len(lines) <= 3 * 3


@pytest.mark.parametrize(
    ("query", "where"),
    [
        ("SELECT * WHERE {\n  ?s ?p ?o\n  FILTER(?o = ) }", "3:3"),
        ("SELECT * WHERE { ?s ?p }", "1:18"),
        ("SELEKT * WHERE { ?s ?p ?o }", "1:1"),
    ],
)
def test_malformed_query(graph_file, query, where):
    assert_error(invoke(["query", "--data", graph_file, "-e", query]), f"{where}: malformed SPARQL query")


def test_malformed_query_file_is_named(tmp_path, graph_file):
    path = write(tmp_path, "bad.rq", "PREFIX ex: <http://example.org/>\nSELECT * WHERE { ?s ex:p }\n")
    assert_error(invoke(["query", path, "--data", graph_file]), f"{path}:2:", "malformed SPARQL query")


def test_query_file_not_utf8(tmp_path, graph_file):
    path = write(tmp_path, "latin.rq", b'SELECT * WHERE { ?s ?p "caf\xe9" }')
    assert_error(invoke(["query", path, "--data", graph_file]), f"{path}:1:28:", "UTF-8", "byte offset 27")


def test_missing_query_file(tmp_path, graph_file):
    path = tmp_path / "missing.rq"
    assert_error(invoke(["query", path, "--data", graph_file]), f"{path}: no such query file")


def test_unknown_named_query(graph_file):
    assert_error(invoke(["query", "indicashuns", "--data", graph_file]), "unknown query 'indicashuns'")


def test_bad_limit_and_timeout_are_usage_errors(graph_file):
    for option in (["--limit", "-1"], ["--timeout", "0"], ["--timeout", "soon"]):
        result = invoke(["query", "doses", "--data", graph_file, *option])
        assert_clean(result)
        assert result.exit_code == 2
