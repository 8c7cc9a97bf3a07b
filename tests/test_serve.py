"""``valkg serve`` and ``valkg.serve.start_server``: a real read-only Oxigraph endpoint."""

from __future__ import annotations

import http.server
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import sysconfig
import threading
import time
import urllib.parse
from pathlib import Path

import pytest
from click.testing import CliRunner

from tests.servers import http as fetch
from tests.servers import oxigraph_binary, port_is_free, sparql
from valkg import api
from valkg.cli import main
from valkg.errors import InputError
from valkg.query import format_results, named_queries, run_query
from valkg.serialize import NamedGraphs, serialize
from valkg.serve import start_server


@pytest.fixture(scope="module")
def graphs() -> NamedGraphs:
    result = api.build(check=False)
    assert result.graph is not None, result.error
    return [(result.graph_name, result.graph)]


def refused(port: int) -> bool:
    with socket.socket() as probe:
        probe.settimeout(2)
        return probe.connect_ex(("127.0.0.1", port)) != 0


@pytest.mark.integration
def test_start_server_query_stop(graphs: NamedGraphs) -> None:
    oxigraph_binary()
    quads = serialize(graphs, "n-quads").count(b"\n")
    server = start_server(graphs)
    try:
        assert server.url.startswith("http://127.0.0.1:")
        assert server.query_url == server.url + "/query"
        answer = sparql(server.query_url, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")
        # the union of the graphs, and each dataset's void:sparqlEndpoint added by serve
        assert int(answer["results"]["bindings"][0]["n"]["value"]) == quads + len(graphs)
        name = str(graphs[0][0])
        ask = sparql(server.query_url, f"ASK {{ GRAPH <{name}> {{ ?s ?p ?o }} }}")
        assert ask["boolean"] is True
        status, _ = fetch(
            server.url + "/update",
            b"INSERT DATA { <urn:a> <urn:b> <urn:c> }",
            {"Content-Type": "application/sparql-update"},
        )
        assert status >= 400  # read-only
    finally:
        server.stop()
    assert not server.running()
    assert not Path(server.folder).exists()
    assert refused(server.port)
    assert port_is_free(server.port)
    server.stop()  # a second stop is harmless


class _CountingEndpoint(http.server.BaseHTTPRequestHandler):
    """A loopback stand-in for a remote SPARQL endpoint: it only counts who calls it."""

    calls = 0

    def do_GET(self) -> None:
        type(self).calls += 1
        self.send_response(500)
        self.end_headers()

    do_POST = do_GET

    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.mark.integration
def test_the_served_endpoint_refuses_queries_that_reach_the_network(graphs: NamedGraphs) -> None:
    oxigraph_binary()
    remote = http.server.HTTPServer(("127.0.0.1", 0), _CountingEndpoint)
    threading.Thread(target=remote.serve_forever, daemon=True).start()
    service = f"SELECT * WHERE {{ SERVICE <http://127.0.0.1:{remote.server_port}/sparql> {{ ?s ?p ?o }} }}"
    server = start_server(graphs)
    try:
        encoded = urllib.parse.urlencode({"query": service})
        for url, body, content_type in [
            (f"{server.url}/sparql?{encoded}", None, None),
            (f"{server.url}/query", service.encode(), "application/sparql-query"),
            (f"{server.url}/editor/query", encoded.encode(), "application/x-www-form-urlencoded"),
        ]:
            status, answer = fetch(url, body, {"Content-Type": content_type} if content_type else {})
            assert status == 403, answer
            assert b"SERVICE" in answer and b"does not reach the network" in answer
        status, answer = fetch(f"{server.url}/sparql?" + urllib.parse.urlencode({"query": "SELECT * WHERE { ?s ?p }"}))
        assert status == 400 and b"1:" in answer  # where the parser stopped
        name = str(graphs[0][0])  # a FROM of a graph the dataset holds is a local query
        local = sparql(server.query_url, f"ASK FROM <{name}> {{ ?s ?p ?o }}")
        assert local["boolean"] is True
    finally:
        server.stop()
        remote.shutdown()
    assert _CountingEndpoint.calls == 0


@pytest.mark.integration
def test_named_queries_match_local_queries(graphs: NamedGraphs) -> None:
    """--union-default-graph makes the endpoint answer like ``valkg query``."""
    oxigraph_binary()
    with start_server(graphs) as server:
        for name, named in named_queries().items():
            local = json.loads(format_results(run_query(named.text, graphs), "json"))
            form = urllib.parse.urlencode({"query": named.text}).encode()
            status, body = fetch(
                server.query_url,
                form,
                {
                    "Content-Type": "application/x-www-form-urlencoded",
                    "Accept": "application/sparql-results+json",
                },
            )
            assert status == 200, body[:300]
            remote = json.loads(body)
            assert remote["head"]["vars"] == local["head"]["vars"], name
            assert remote["results"]["bindings"] == local["results"]["bindings"], name
    assert not server.running()


def test_cli_refuses_a_remote_host() -> None:
    result = CliRunner().invoke(main, ["serve", "--host", "0.0.0.0"])
    assert result.exit_code == 2
    assert "--allow-remote-bind" in result.output
    assert "Traceback" not in result.output


def test_library_refuses_a_remote_host(graphs: NamedGraphs) -> None:
    with pytest.raises(InputError, match="allow-remote-bind"):
        start_server(graphs, host="192.0.2.1")


def test_a_port_in_use_is_refused(graphs: NamedGraphs) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen(1)
        with pytest.raises(InputError, match="in use"):
            start_server(graphs, taken.getsockname()[1])


def test_missing_binary_says_what_to_install(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(sysconfig, "get_path", lambda name: str(tmp_path))
    monkeypatch.setattr(sys, "executable", str(tmp_path / "python"))
    monkeypatch.setattr(shutil, "which", lambda name: None)
    result = CliRunner().invoke(main, ["serve"])
    assert result.exit_code == 1
    assert "pip install 'valkg[serve]'" in result.output
    assert "Traceback" not in result.output


@pytest.mark.integration
@pytest.mark.parametrize("stop_signal", [signal.SIGTERM, signal.SIGINT], ids=["SIGTERM", "SIGINT"])
def test_cli_serves_until_signalled(tmp_path: Path, stop_signal: signal.Signals) -> None:
    oxigraph_binary()
    env = {**os.environ, "TMPDIR": str(tmp_path)}
    command = [sys.executable, "-m", "valkg", "serve", "--port", "0"]
    process = subprocess.Popen([*command, "--no-validate"], stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, env=env)
    assert process.stderr is not None
    lines: list[str] = []
    found = threading.Event()

    def read() -> None:
        assert process.stderr is not None
        for raw in process.stderr:
            lines.append(raw.decode(errors="replace"))
            if "SPARQL endpoint at" in lines[-1]:
                found.set()

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    try:
        assert found.wait(30), "".join(lines)
        match = re.search(r"(http://127\.0\.0\.1:(\d+)/query)", "".join(lines))
        assert match, lines
        url, port = match.group(1), int(match.group(2))
        answer = sparql(url, "ASK { ?s ?p ?o }")
        assert answer["boolean"] is True
        assert list(tmp_path.glob("valkg-serve-*"))
        started = time.monotonic()
        process.send_signal(stop_signal)
        assert process.wait(15) == 0, "".join(lines)
        assert time.monotonic() - started < 10
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    reader.join(5)
    assert "server stopped" in "".join(lines)
    assert "Traceback" not in "".join(lines)
    assert refused(port)
    assert not list(tmp_path.glob("valkg-serve-*"))  # the temporary store is gone


@pytest.mark.integration
def test_the_served_dataset_names_its_sparql_endpoint() -> None:
    import json
    import urllib.parse
    import urllib.request

    from valkg import api
    from valkg.serve import find_oxigraph, start_server

    try:
        find_oxigraph()
    except Exception:
        pytest.skip("the oxigraph server binary is not installed (pip install 'valkg[serve]')")
    result = api.build(check=False)
    with start_server([(result.graph_name, result.graph)], port=0) as handle:
        query = "SELECT ?e WHERE { ?d <http://rdfs.org/ns/void#sparqlEndpoint> ?e }"
        url = handle.query_url + "?" + urllib.parse.urlencode({"query": query})
        request = urllib.request.Request(url, headers={"Accept": "application/sparql-results+json"})
        opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
        with opener.open(request, timeout=20) as answer:
            rows = json.load(answer)["results"]["bindings"]
        assert [row["e"]["value"] for row in rows] == [handle.query_url]
    assert result.graph is not None
    assert not any(
        p.endswith("sparqlEndpoint") for p in map(str, result.graph.predicates())
    )  # caller's graph unchanged
