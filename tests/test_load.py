"""``valkg load``: the Graph Store Protocol and SPARQL Update against a real Oxigraph
server, and the failure modes (refused, 5xx, 401, hang, cut upload) against faulty ones.

The graphs are built without SHACL validation (``--no-validate``) so that these tests
exercise the load, not the extraction rules; validation is the same ``_build`` as export.
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from tests.servers import count, cutting_proxy, fake_store, free_port, oxigraph_server, sparql
from valkg import __version__, api
from valkg.cli import main
from valkg.errors import InputError, LoadError
from valkg.load import (
    Credentials,
    default_graph_iri,
    derive_query_endpoint,
    document_keys,
    load,
    resolve_credentials,
)
from valkg.query import named_queries
from valkg.serialize import NamedGraphs, serialize

PASSWORD = "s3cr3t-Pa55w0rd"


@pytest.fixture(scope="module")
def graphs() -> NamedGraphs:
    result = api.build(check=False)
    assert result.graph is not None and result.graph_name is not None, result.error
    return [(result.graph_name, result.graph)]


@pytest.fixture(scope="module")
def ntriples(graphs: NamedGraphs) -> bytes:
    return serialize(graphs, "n-triples")


@pytest.fixture(scope="module")
def graph_iri(graphs: NamedGraphs) -> str:
    name = str(graphs[0][0])
    return f"{name}/{__version__}"


@pytest.fixture
def data_file(tmp_path: Path, ntriples: bytes) -> Path:
    path = tmp_path / "bundled.nt"
    path.write_bytes(ntriples)
    return path


@pytest.fixture
def oxigraph(tmp_path: Path) -> Iterator[str]:
    with oxigraph_server(tmp_path) as url:
        yield url


def invoke(*arguments: str, env: dict[str, str] | None = None) -> Result:
    return CliRunner().invoke(main, ["load", *arguments], env=env, catch_exceptions=False)


def error_lines(result: Result) -> list[str]:
    return [line for line in result.output.splitlines() if line.startswith("valkg: error:")]


def assert_clean_failure(result: Result) -> str:
    """Exit 1 with exactly one error line and no traceback; returns the line."""
    assert result.exit_code == 1, result.output
    assert "Traceback" not in result.output
    lines = error_lines(result)
    assert len(lines) == 1, result.output
    return lines[0]


# --- against a real Oxigraph server ----------------------------------------------------------


@pytest.mark.integration
def test_cli_load_replace_and_append(oxigraph: str, graph_iri: str) -> None:
    exported = CliRunner().invoke(main, ["export", "-f", "n-triples", "--no-validate"])
    assert exported.exit_code == 0
    expected = len(exported.stdout.splitlines())
    store, query = oxigraph + "/store", oxigraph + "/query"

    first = invoke("--endpoint", store, "--no-validate")
    assert first.exit_code == 0, first.output
    assert f"with {expected} triples" in first.output
    assert f"the store counts {expected}" in first.output
    assert f"<{graph_iri}>" in first.output
    assert count(query, graph_iri) == expected

    again = invoke("--endpoint", store, "--replace", "--no-validate")
    assert again.exit_code == 0, again.output
    assert count(query, graph_iri) == expected

    appended = invoke("--endpoint", store, "--append", "--no-validate")
    assert appended.exit_code == 0, appended.output
    assert count(query, graph_iri) == expected  # the same triples: nothing doubles


@pytest.mark.integration
def test_library_load(oxigraph: str, graphs: NamedGraphs, ntriples: bytes, graph_iri: str) -> None:
    result = load(graphs, endpoint=oxigraph + "/store")
    assert result.graph == graph_iri
    assert result.triples == result.stored == ntriples.count(b"\n")
    assert result.query_endpoint == oxigraph + "/query"
    assert count(oxigraph + "/query", graph_iri) == result.triples


@pytest.mark.integration
def test_replace_removes_what_was_there(oxigraph: str, tmp_path: Path, ntriples: bytes) -> None:
    bigger = tmp_path / "bigger.nt"
    bigger.write_bytes(ntriples + b'<urn:valkg:test:s> <urn:valkg:test:p> "extra" .\n')
    graph = "urn:valkg:test:graph"
    assert invoke("--endpoint", oxigraph + "/store", "--data", str(bigger), "--graph", graph).exit_code == 0
    assert count(oxigraph + "/query", graph) == ntriples.count(b"\n") + 1
    smaller = tmp_path / "smaller.nt"
    smaller.write_bytes(ntriples)
    assert invoke("--endpoint", oxigraph + "/store", "--data", str(smaller), "--graph", graph).exit_code == 0
    assert count(oxigraph + "/query", graph) == ntriples.count(b"\n")


@pytest.mark.integration
def test_update_endpoint_mode(oxigraph: str, graph_iri: str, ntriples: bytes) -> None:
    expected = ntriples.count(b"\n")
    update, query = oxigraph + "/update", oxigraph + "/query"
    # Something else in the target graph first: --replace must remove it.
    status = _update(update, f"INSERT DATA {{ GRAPH <{graph_iri}> {{ <urn:x> <urn:y> <urn:z> }} }}")
    assert status == 204
    result = invoke("--update-endpoint", update, "--batch-size", "200", "--no-validate")
    assert result.exit_code == 0, result.output
    assert "SPARQL Update" in result.output
    assert count(query, graph_iri) == expected
    graphs = sparql(query, "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }")["results"]["bindings"]
    assert [g["g"]["value"] for g in graphs] == [graph_iri]  # no temporary graph left behind
    appended = invoke("--update-endpoint", update, "--append", "--no-validate")
    assert appended.exit_code == 0, appended.output
    assert count(query, graph_iri) == expected


def _update(url: str, text: str) -> int:
    from tests.servers import http

    return http(url, text.encode(), {"Content-Type": "application/sparql-update"}, "POST")[0]


@pytest.mark.integration
def test_cut_upload_keeps_the_previous_graph(oxigraph: str, tmp_path: Path, ntriples: bytes) -> None:
    graph = "urn:valkg:test:versioned"
    v1 = tmp_path / "v1.nt"
    v1.write_bytes(ntriples)
    assert invoke("--endpoint", oxigraph + "/store", "--data", str(v1), "--graph", graph).exit_code == 0
    before = count(oxigraph + "/query", graph)
    v2 = tmp_path / "v2.nt"
    extra = b"".join(b'<urn:valkg:test:s%d> <urn:valkg:test:p> "v2 %d" .\n' % (i, i) for i in range(3000))
    v2.write_bytes(extra + ntriples)
    with cutting_proxy(oxigraph) as proxy:
        started = time.monotonic()
        result = invoke(
            "--endpoint",
            proxy.url + "/store",
            "--query-endpoint",
            oxigraph + "/query",
            "--data",
            str(v2),
            "--graph",
            graph,
            "--retries",
            "1",
            "--timeout",
            "5",
        )
        assert time.monotonic() - started < 15
    line = assert_clean_failure(result)
    assert "uploading the graph failed" in line
    assert proxy.cuts == 2  # the first try and one retry, both cut
    assert count(oxigraph + "/query", graph) == before
    assert not sparql(oxigraph + "/query", "ASK { GRAPH ?g { <urn:valkg:test:s1> ?p ?o } }")["boolean"]


def _normal(bindings: list[dict[str, dict[str, str]]]) -> list[str]:
    """Bindings as sorted canonical JSON; a plain literal's xsd:string datatype dropped."""
    rows = []
    for binding in bindings:
        row = {}
        for name, term in binding.items():
            term = dict(term)
            if term.get("type") == "typed-literal":
                term["type"] = "literal"
            if term.get("datatype") == "http://www.w3.org/2001/XMLSchema#string":
                del term["datatype"]
            row[name] = term
        rows.append(json.dumps(row, sort_keys=True, ensure_ascii=False))
    return sorted(rows)


@pytest.mark.integration
def test_named_queries_on_the_store_match_valkg_query(oxigraph: str, graphs: NamedGraphs) -> None:
    """The loaded graph, made the default graph with the SPARQL Protocol's default-graph-uri."""
    loaded = load(graphs, endpoint=oxigraph + "/store")
    for name, named in named_queries().items():
        local = CliRunner().invoke(main, ["query", name, "-f", "json", "--no-validate"])
        assert local.exit_code == 0, local.output
        expected = json.loads(local.stdout)
        remote = sparql(oxigraph + "/query", named.text, **{"default-graph-uri": loaded.graph})
        assert remote["head"]["vars"] == expected["head"]["vars"], name
        assert _normal(remote["results"]["bindings"]) == _normal(expected["results"]["bindings"]), name


# --- failure modes against faulty servers --------------------------------------------------


def test_nothing_listening(data_file: Path) -> None:
    port = free_port()
    started = time.monotonic()
    result = invoke(
        "--endpoint",
        f"http://127.0.0.1:{port}/store",
        "--data",
        str(data_file),
        "--retries",
        "2",
        "--timeout",
        "2",
    )
    assert time.monotonic() - started < 10
    line = assert_clean_failure(result)
    assert "connection refused" in line
    assert "3 attempts" in line


def test_500_then_200_succeeds(data_file: Path, ntriples: bytes) -> None:
    with fake_store("flaky", failures=1) as fake:
        result = invoke("--endpoint", fake.store_url, "--data", str(data_file), "--graph", "urn:g", "-v")
    assert result.exit_code == 0, result.output
    assert [r["method"] for r in fake.requests] == ["PUT", "PUT", "GET"]
    assert "retrying in 0.5 s" in result.output
    assert len(fake.graphs["urn:g"]) == ntriples.count(b"\n")


def test_500_always_gives_up_with_the_body(data_file: Path) -> None:
    with fake_store("flaky", failures=99) as fake:
        result = invoke("--endpoint", fake.store_url, "--data", str(data_file), "--retries", "1")
    line = assert_clean_failure(result)
    assert "HTTP 500" in line and "try again later" in line and "2 attempts" in line
    assert len(fake.requests) == 2


def test_401_is_not_retried_and_the_password_never_shows(data_file: Path) -> None:
    env = {"VALKG_PASSWORD": PASSWORD}
    with fake_store("unauthorized") as fake:
        result = invoke("--endpoint", fake.store_url, "--data", str(data_file), "--user", "alice", "-v", env=env)
    line = assert_clean_failure(result)
    assert "HTTP 401" in line and "bad user name or password" in line
    assert len(fake.requests) == 1
    sent = fake.requests[0]["headers"]["Authorization"]
    assert sent == Credentials("alice", PASSWORD).header()
    assert PASSWORD not in result.output
    assert sent.split()[1] not in result.output
    assert "Authorization" in result.output or "authorization" in result.output.lower()


def test_hang_honours_the_timeout(data_file: Path) -> None:
    with fake_store("hang", hang_seconds=20) as fake:
        started = time.monotonic()
        result = invoke(
            "--endpoint",
            fake.store_url,
            "--data",
            str(data_file),
            "--timeout",
            "1",
            "--retries",
            "1",
        )
        elapsed = time.monotonic() - started
    assert elapsed < 5
    line = assert_clean_failure(result)
    assert "no answer within 1 s" in line
    assert len(fake.requests) == 2


def test_connection_dropped_mid_upload(data_file: Path) -> None:
    with fake_store("drop") as fake:
        result = invoke(
            "--endpoint",
            fake.store_url,
            "--data",
            str(data_file),
            "--retries",
            "1",
            "--timeout",
            "5",
        )
    line = assert_clean_failure(result)
    assert "uploading the graph failed" in line
    assert "connection" in line
    assert len(fake.requests) == 2


def test_a_count_that_does_not_match_fails(data_file: Path, ntriples: bytes) -> None:
    """A store that accepts the upload but keeps only half of it."""
    with fake_store("lossy") as fake:
        result = invoke("--endpoint", fake.store_url, "--data", str(data_file), "--graph", "urn:g")
    line = assert_clean_failure(result)
    sent = ntriples.count(b"\n")
    assert f"the store holds {len(fake.graphs['urn:g'])} triples in <urn:g>" in line
    assert f"but {sent} were sent" in line


def test_a_wrong_query_endpoint_is_reported(data_file: Path) -> None:
    with fake_store("flaky", failures=0) as fake:
        result = invoke(
            "--endpoint",
            fake.store_url,
            "--query-endpoint",
            fake.url + "/elsewhere",
            "--data",
            str(data_file),
            "--graph",
            "urn:g",
        )
    line = assert_clean_failure(result)
    assert "counting the triples failed" in line and "HTTP 404" in line


# --- options, names and credentials ---------------------------------------------------------


def test_bad_usage_exits_2(data_file: Path) -> None:
    assert invoke("--data", str(data_file)).exit_code == 2
    assert invoke("--endpoint", "ftp://host/store", "--data", str(data_file)).exit_code == 2
    assert (
        invoke(
            "--endpoint",
            "http://127.0.0.1:1/store",
            "--graph",
            "not an iri",
            "--data",
            str(data_file),
        ).exit_code
        == 2
    )
    leaked = invoke("--endpoint", f"http://bob:{PASSWORD}@127.0.0.1:1/store", "--data", str(data_file))
    assert leaked.exit_code == 2
    assert PASSWORD not in leaked.output


def test_user_without_password_exits_2(data_file: Path, tmp_path: Path) -> None:
    env = {"VALKG_PASSWORD": "", "NETRC": str(tmp_path / "no-netrc")}
    result = invoke(
        "--endpoint",
        "http://127.0.0.1:1/store",
        "--user",
        "alice",
        "--data",
        str(data_file),
        env=env,
    )
    assert result.exit_code == 2
    assert "VALKG_PASSWORD" in result.output


def test_credentials_from_env_and_netrc(tmp_path: Path) -> None:
    netrc = tmp_path / "netrc"
    netrc.write_text(f"machine store.example login carol password {PASSWORD}\n")
    netrc.chmod(0o600)
    url = "https://store.example/ds/data"
    env = {"NETRC": str(netrc)}
    assert resolve_credentials(url, "alice", environ={"VALKG_PASSWORD": "pw"}) == Credentials("alice", "pw")
    assert resolve_credentials(url, "alice", password_env="OTHER", environ={"OTHER": "x"}) == Credentials("alice", "x")
    assert resolve_credentials(url, "carol", environ=env) == Credentials("carol", PASSWORD)
    assert resolve_credentials(url, None, environ=env) == Credentials("carol", PASSWORD)
    assert resolve_credentials("https://other.example/", None, environ=env) is None
    with pytest.raises(InputError):
        resolve_credentials(url, "alice", environ=env)  # netrc has another login
    assert PASSWORD not in repr(Credentials("carol", PASSWORD))


def test_query_endpoint_is_derived() -> None:
    assert derive_query_endpoint("http://h:7878/store") == "http://h:7878/query"
    assert derive_query_endpoint(None, "http://h:7878/update") == "http://h:7878/query"
    assert derive_query_endpoint("http://h:3030/ds/data") == "http://h:3030/ds/query"
    graphdb = "http://h:7200/repositories/kg"
    assert derive_query_endpoint(graphdb + "/rdf-graphs/service") == graphdb
    assert derive_query_endpoint(None, graphdb + "/statements") == graphdb


def test_default_graph_iri(graphs: NamedGraphs, ntriples: bytes, graph_iri: str) -> None:
    keys = document_keys(graphs, ntriples)
    assert default_graph_iri(keys) == graph_iri
    corpus = default_graph_iri(["b" * 16, "a" * 16])
    assert corpus == default_graph_iri(["a" * 16, "b" * 16])
    assert corpus.startswith("https://w3id.org/valkg/dataset/corpus-") and corpus.endswith("/" + __version__)
    plain = document_keys([(None, graphs[0][1])], ntriples)
    assert plain[0].startswith("data-")


def test_load_error_is_a_one_line_valkg_error() -> None:
    with pytest.raises(LoadError, match="connection refused"):
        load([], endpoint=f"http://127.0.0.1:{free_port()}/store", graph="urn:g", retries=0)
