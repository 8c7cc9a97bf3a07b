"""Servers for the tests: a real Oxigraph server and small faulty HTTP servers.

Everything listens on 127.0.0.1 on a port the system picks, runs for a bounded
time, and is stopped by the context manager that started it.
"""

from __future__ import annotations

import contextlib
import json
import re
import socket
import subprocess
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

STARTUP_TIMEOUT = 20.0
STOP_GRACE = 5.0
_NO_PROXY = urllib.request.build_opener(urllib.request.ProxyHandler({}))


def free_port() -> int:
    """A port that nothing listens on right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def port_is_free(port: int) -> bool:
    """Whether a server could listen on the port (connections in TIME_WAIT do not count)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind(("127.0.0.1", port))
        except OSError:
            return False
    return True


def oxigraph_binary() -> str:
    """The ``oxigraph`` server binary, or skip the test."""
    from valkg.errors import ValkgError
    from valkg.serve import find_oxigraph

    try:
        return find_oxigraph()
    except ValkgError:
        pytest.skip("the oxigraph server binary is not installed (pip install oxigraph)")


def http(
    url: str,
    data: bytes | None = None,
    headers: dict[str, str] | None = None,
    method: str | None = None,
) -> tuple[int, bytes]:
    """A direct HTTP request (no proxy), answering (status, body) also for error statuses."""
    request = urllib.request.Request(url, data=data, headers=headers or {}, method=method)
    try:
        with _NO_PROXY.open(request, timeout=10) as answer:
            return answer.status, answer.read()
    except urllib.error.HTTPError as error:
        return error.code, error.read()


def sparql(query_url: str, query: str, **parameters: str) -> dict[str, Any]:
    """SPARQL JSON results of a query sent by GET."""
    url = query_url + "?" + urllib.parse.urlencode({"query": query, **parameters})
    status, body = http(url, headers={"Accept": "application/sparql-results+json"})
    assert status == 200, body[:500]
    result: dict[str, Any] = json.loads(body)
    return result


def count(query_url: str, graph: str) -> int:
    """The number of triples in a named graph."""
    answer = sparql(query_url, f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}")
    return int(answer["results"]["bindings"][0]["n"]["value"])


def _stop(process: subprocess.Popen[bytes]) -> None:
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(STOP_GRACE)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(STOP_GRACE)


@contextlib.contextmanager
def oxigraph_server(tmp_path: Path, *, union_default_graph: bool = False) -> Iterator[str]:
    """A read-write Oxigraph server over a store in ``tmp_path``; yields its base URL.

    ``/store`` is the Graph Store endpoint, ``/query`` and ``/update`` the SPARQL ones.
    """
    binary = oxigraph_binary()
    location = tmp_path / "oxigraph-store"
    for _ in range(3):  # another process may take the port between probe and bind
        port = free_port()
        command = [binary, "serve", "--location", str(location), "--bind", f"127.0.0.1:{port}"]
        if union_default_graph:
            command.append("--union-default-graph")
        log = tmp_path / f"oxigraph-{port}.log"
        with open(log, "wb") as output:
            process = subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=output, stderr=subprocess.STDOUT)
        url = f"http://127.0.0.1:{port}"
        try:
            deadline = time.monotonic() + STARTUP_TIMEOUT
            while process.poll() is None and time.monotonic() < deadline:
                with contextlib.suppress(OSError):
                    if http(url + "/query?query=ASK%7B%7D")[0] == 200:
                        break
                time.sleep(0.05)
            else:
                if process.poll() is not None and "in use" in log.read_text(errors="replace").lower():
                    continue
                raise RuntimeError(f"oxigraph did not start: {log.read_text(errors='replace')[-500:]}")
            yield url
            return
        finally:
            _stop(process)
    raise RuntimeError("no free port for oxigraph")


# --- faulty servers ---------------------------------------------------------------------


@dataclass
class FakeStore:
    """A tiny in-memory Graph Store that misbehaves as told.

    behaviour: ``flaky`` (the first ``failures`` requests get 500, then it works),
    ``unauthorized`` (401 always), ``hang`` (reads the headers, then says nothing for
    ``hang_seconds``), ``drop`` (reads half of the body, then closes the connection).
    """

    behaviour: str
    failures: int = 1
    hang_seconds: float = 10.0
    url: str = ""
    requests: list[dict[str, Any]] = field(default_factory=list)
    graphs: dict[str, set[bytes]] = field(default_factory=dict)
    released: threading.Event = field(default_factory=threading.Event)
    lock: threading.Lock = field(default_factory=threading.Lock)

    @property
    def store_url(self) -> str:
        return self.url + "/store"

    @property
    def query_url(self) -> str:
        return self.url + "/query"


def _handler(fake: FakeStore) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, format: str, *args: Any) -> None:  # quiet
            pass

        def _answer(self, status: int, body: bytes = b"", content_type: str = "text/plain") -> None:
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def _handle(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            with fake.lock:
                fake.requests.append({"method": self.command, "path": self.path, "headers": dict(self.headers)})
                number = len(fake.requests)
            if fake.behaviour == "hang":
                fake.released.wait(fake.hang_seconds)
                self.close_connection = True
                return
            if fake.behaviour == "drop":
                self.rfile.read(length // 2)
                self.close_connection = True
                with contextlib.suppress(OSError):
                    self.connection.shutdown(socket.SHUT_RDWR)
                return
            body = self.rfile.read(length) if length else b""
            if fake.behaviour == "unauthorized":
                self.send_response(401)
                self.send_header("WWW-Authenticate", 'Basic realm="fake"')
                message = b"Unauthorized: bad user name or password\n"
                self.send_header("Content-Length", str(len(message)))
                self.end_headers()
                self.wfile.write(message)
                return
            if fake.behaviour == "flaky" and number <= fake.failures:
                self._answer(500, b"Internal Server Error: try again later\n")
                return
            url = urllib.parse.urlsplit(self.path)
            parameters = urllib.parse.parse_qs(url.query)
            if url.path == "/store" and self.command in ("PUT", "POST"):
                graph = parameters["graph"][0]
                lines = {line for line in body.splitlines() if line.strip()}
                if fake.behaviour == "lossy":
                    lines = set(sorted(lines)[: len(lines) // 2])
                with fake.lock:
                    if self.command == "PUT" or graph not in fake.graphs:
                        fake.graphs[graph] = set()
                    created = not fake.graphs[graph]
                    fake.graphs[graph] |= lines
                self._answer(201 if created else 204)
            elif url.path == "/query" and self.command == "GET":
                match = re.search(r"GRAPH <([^>]*)>", parameters["query"][0])
                n = len(fake.graphs.get(match.group(1), set())) if match else 0
                answer = {
                    "head": {"vars": ["n"]},
                    "results": {
                        "bindings": [
                            {
                                "n": {
                                    "type": "literal",
                                    "value": str(n),
                                    "datatype": "http://www.w3.org/2001/XMLSchema#integer",
                                }
                            }
                        ]
                    },
                }
                self._answer(200, json.dumps(answer).encode(), "application/sparql-results+json")
            else:
                self._answer(404, b"not found\n")

        do_GET = do_PUT = do_POST = _handle

    return Handler


@contextlib.contextmanager
def fake_store(behaviour: str, *, failures: int = 1, hang_seconds: float = 10.0) -> Iterator[FakeStore]:
    """Run a ``FakeStore`` in a thread on 127.0.0.1; yields it with ``.url`` set."""
    fake = FakeStore(behaviour, failures=failures, hang_seconds=hang_seconds)
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(fake))
    server.daemon_threads = True
    fake.url = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield fake
    finally:
        fake.released.set()
        server.shutdown()
        server.server_close()
        thread.join(5)


@dataclass
class CuttingProxy:
    """Forwards an upload to ``upstream`` but only its first half, then cuts both connections."""

    upstream: str
    url: str = ""
    cuts: int = 0


@contextlib.contextmanager
def cutting_proxy(upstream: str, *, lifetime: float = 30.0) -> Iterator[CuttingProxy]:
    """A proxy in front of a real store that breaks every request body halfway.

    The store receives the request headers (with the full Content-Length) and half of the
    body, then the connection closes: the upload of a client that went away mid-way.
    """
    proxy = CuttingProxy(upstream)
    target = urllib.parse.urlsplit(upstream)
    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    listener.bind(("127.0.0.1", 0))
    listener.listen(8)
    listener.settimeout(0.1)
    proxy.url = f"http://127.0.0.1:{listener.getsockname()[1]}"
    stop = threading.Event()

    def relay(client: socket.socket) -> None:
        client.settimeout(5)
        with client:
            head = b""
            while b"\r\n\r\n" not in head:
                chunk = client.recv(65536)
                if not chunk:
                    return
                head += chunk
            header, _, body = head.partition(b"\r\n\r\n")
            match = re.search(rb"(?i)\r\ncontent-length:\s*(\d+)", header)
            length = int(match.group(1)) if match else 0
            while len(body) < length // 2:
                chunk = client.recv(65536)
                if not chunk:
                    break
                body += chunk
            with socket.create_connection((target.hostname, target.port or 80), timeout=5) as store:
                store.sendall(header + b"\r\n\r\n" + body[: length // 2])
                time.sleep(0.1)
            proxy.cuts += 1
            with contextlib.suppress(OSError):
                client.shutdown(socket.SHUT_RDWR)

    def serve() -> None:
        deadline = time.monotonic() + lifetime
        while not stop.is_set() and time.monotonic() < deadline:
            try:
                client, _ = listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            threading.Thread(target=relay, args=(client,), daemon=True).start()

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    try:
        yield proxy
    finally:
        stop.set()
        thread.join(5)
        listener.close()
