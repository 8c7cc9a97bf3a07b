"""A local, read-only SPARQL endpoint over the graph, and pages for the IRIs it mints.

The graph is written as N-Quads into a private temporary folder, bulk-loaded with
``oxigraph load`` and served by ``oxigraph serve-read-only --union-default-graph``
as a child process on a private loopback port, so that a query's default graph is
the union of the monographs' graphs, exactly as for ``valkg query``.  The
``oxigraph`` binary comes from the ``oxigraph`` PyPI package
(``pip install 'valkg[serve]'``).

In front of it, on the address and port the user asked for, a small standard-library
HTTP server (``valkg.site``) passes ``/sparql`` and ``/query`` through to Oxigraph and
answers the IRIs valkg mints: ``https://w3id.org/valkg/drug/valacyclovir`` at
``/drug/valacyclovir``, as HTML, Turtle or JSON-LD by content negotiation.

>>> with start_server(graphs) as server:
...     urllib.request.urlopen(server.query_url + "?query=ASK%7B%7D")
...     urllib.request.urlopen(server.page_url("https://w3id.org/valkg/drug/valacyclovir"))
"""

from __future__ import annotations

import contextlib
import ipaddress
import os
import shutil
import socket
import subprocess
import sys
import sysconfig
import tempfile
import threading
import time
import urllib.error
import urllib.request
import weakref
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from valkg.errors import InputError, ValkgError
from valkg.namespaces import DEFAULT_BASE, ONTOLOGY_IRI

if TYPE_CHECKING:
    from valkg.serialize import NamedGraphs
    from valkg.site import FrontServer

STARTUP_TIMEOUT = 20.0
STOP_GRACE = 5.0


def find_oxigraph() -> str:
    """The path of the ``oxigraph`` server binary (beside this Python first, then on PATH)."""
    name = "oxigraph.exe" if os.name == "nt" else "oxigraph"
    for folder in (sysconfig.get_path("scripts"), str(Path(sys.executable).parent)):
        candidate = Path(folder) / name
        if candidate.is_file() and os.access(candidate, os.X_OK):
            return str(candidate)
    found = shutil.which("oxigraph")
    if found is None:
        raise ValkgError(
            "the oxigraph server binary is not installed;"
            " install it with: pip install 'valkg[serve]' (or pip install oxigraph)"
        )
    return found


def is_loopback(host: str) -> bool:
    """Whether ``host`` names this machine only (``localhost``, ``127.0.0.0/8``, ``::1``)."""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def free_port(host: str = "127.0.0.1") -> int:
    """A TCP port that is free on ``host`` right now."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as probe:
        probe.bind((host.strip("[]"), 0))
        return int(probe.getsockname()[1])


def _port_in_use(host: str, port: int) -> bool:
    """Whether a server listens on (or holds) the port; closed connections do not count."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as probe:
        if os.name == "posix":  # as the server binds: TIME_WAIT connections do not block it
            probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind((host.strip("[]"), port))
        except OSError:
            return True
    return False


def _stop_process(process: subprocess.Popen[bytes]) -> None:
    """SIGTERM, then SIGKILL if the process is still there after ``STOP_GRACE`` seconds."""
    with contextlib.suppress(ProcessLookupError):
        if process.poll() is None:
            process.terminate()
            try:
                process.wait(STOP_GRACE)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


def _stop_front(front: FrontServer | None, thread: threading.Thread | None) -> None:
    if front is None:
        return
    if thread is not None and thread.is_alive():
        front.shutdown()
        thread.join(STOP_GRACE)
    front.server_close()


def _cleanup(
    process: subprocess.Popen[bytes],
    folder: str,
    front: FrontServer | None = None,
    thread: threading.Thread | None = None,
) -> None:
    _stop_front(front, thread)
    _stop_process(process)
    shutil.rmtree(folder, ignore_errors=True)


def local_path(iri: str, base: str = DEFAULT_BASE) -> str | None:
    """The path at which ``valkg serve`` answers ``iri``, or None if it is not one of ours.

    ``https://w3id.org/valkg/drug/x`` → ``/drug/x`` (any IRI under ``base``); the
    ontology's terms → ``/ontology#Term``.
    """
    from valkg.pages import Pages

    return Pages.path_for(iri, base)


class ServerHandle:
    """A running server; ``stop()`` (or leaving the ``with``) ends it.

    ``process`` is the Oxigraph server (the SPARQL engine), ``url`` the address the
    user asked for, where the front server answers SPARQL and pages.
    """

    def __init__(
        self,
        process: subprocess.Popen[bytes],
        folder: str,
        host: str,
        port: int,
        *,
        front: FrontServer | None = None,
        thread: threading.Thread | None = None,
        base: str = DEFAULT_BASE,
        sparql_port: int | None = None,
    ):
        self.process = process
        self.folder = folder
        self.host = host
        self.port = port
        self.base = base
        self.sparql_port = sparql_port if sparql_port is not None else port
        shown = f"[{host}]" if ":" in host else host
        self.url = f"http://{shown}:{port}"
        self._front = front
        self._thread = thread
        self._finalizer = weakref.finalize(self, _cleanup, process, folder, front, thread)

    @property
    def query_url(self) -> str:
        """The SPARQL 1.1 Protocol query endpoint (GET ``?query=`` or POST)."""
        return f"{self.url}/query"

    def page_url(self, iri: str) -> str:
        """The local URL that answers ``iri`` (an IRI under the base, or of the ontology)."""
        path = local_path(iri, self.base)
        if path is None:
            raise ValueError(f"valkg serve does not answer {iri!r}: it is not under {self.base} nor {ONTOLOGY_IRI}")
        return self.url + path

    @property
    def pid(self) -> int:
        return self.process.pid

    def running(self) -> bool:
        front_alive = self._thread is None or self._thread.is_alive()
        return self.process.poll() is None and front_alive and self._finalizer.alive

    def log(self) -> str:
        """What the servers wrote so far (Oxigraph's output, then the front's errors)."""
        return _read_log(Path(self.folder) / "server.log") + _read_log(Path(self.folder) / "pages.log")

    def stop(self) -> None:
        """Stop both servers (Oxigraph: SIGTERM, SIGKILL after a grace period); remove files."""
        self._finalizer()

    def __enter__(self) -> ServerHandle:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        value: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.stop()

    def __repr__(self) -> str:
        return f"ServerHandle(url={self.url!r}, pid={self.pid}, running={self.running()})"


def _last_line(text: str) -> str:
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    return lines[-1] if lines else "(no message)"


def _read_log(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return ""


def _wait_ready(process: subprocess.Popen[bytes], query_url: str, log: Path, timeout: float) -> None:
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))  # never via a proxy
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise ValkgError(
                f"the oxigraph server exited at start (code {process.returncode}): {_last_line(_read_log(log))}"
            )
        try:
            with opener.open(query_url + "?query=ASK%7B%7D", timeout=1) as answer:
                if answer.status == 200:
                    return
        except (OSError, urllib.error.URLError):
            pass
        time.sleep(0.05)
    raise ValkgError(f"the oxigraph server did not answer within {timeout:g} s at {query_url}")


def prepare_store(graphs: NamedGraphs, folder: str, *, binary: str | None = None, merged: bool = True) -> str:
    """Bulk-load ``graphs`` (one named graph each, and with ``merged`` their merge as the
    default graph) into an Oxigraph store under ``folder``."""
    from valkg.serialize import serialize

    binary = binary or find_oxigraph()
    data = Path(folder) / "graph.nq"
    location = Path(folder) / "store"
    # The named graphs, and their merge as the default graph (each triple once: see
    # valkg.query.make_store for why a union default graph is not used).
    data.write_bytes(serialize(graphs, "n-quads") + (serialize(graphs, "n-triples") if merged else b""))
    try:
        done = subprocess.run(
            [binary, "load", "--location", str(location), "--file", str(data), "--format", "nq"],
            capture_output=True,
            timeout=600,
            check=False,
        )
    except (OSError, subprocess.TimeoutExpired) as error:
        raise ValkgError(f"oxigraph load failed: {error}") from None
    finally:
        data.unlink(missing_ok=True)
    if done.returncode != 0:
        raise ValkgError(f"oxigraph load failed: {_last_line(done.stderr.decode('utf-8', 'replace'))}")
    return str(location)


def start_server(
    graphs: NamedGraphs,
    port: int = 0,
    *,
    host: str = "127.0.0.1",
    allow_remote_bind: bool = False,
    union_default_graph: bool = True,
    query_timeout: float | None = None,
    startup_timeout: float = STARTUP_TIMEOUT,
    binary: str | None = None,
    base: str = DEFAULT_BASE,
) -> ServerHandle:
    """Serve ``graphs`` read-only over SPARQL, with pages, on ``host:port`` (``0``: any free port).

    The default graph of a query is the union of the graphs (``union_default_graph``).
    A host that is not loopback is refused unless ``allow_remote_bind``; the Oxigraph
    server itself always listens on a private loopback port.  IRIs under ``base`` are
    answered as pages (``ServerHandle.page_url``).
    """
    if not is_loopback(host) and not allow_remote_bind:
        raise InputError(
            f"refusing to listen on {host}: the endpoint has no authentication, so valkg serves"
            " loopback addresses only (pass --allow-remote-bind to serve other machines)"
        )
    if not 0 <= port <= 65535:
        raise InputError(f"--port must be between 0 and 65535, not {port}")
    if port and _port_in_use(host, port):
        raise InputError(f"port {port} on {host} is in use; pick another with --port (0: any free port)")
    binary = binary or find_oxigraph()
    from valkg.site import FrontServer

    folder = tempfile.mkdtemp(prefix="valkg-serve-")
    front: FrontServer | None = None
    try:
        try:
            front = FrontServer(host, port, base=base, log_file=Path(folder) / "pages.log")
        except OSError as error:
            raise InputError(
                f"cannot listen on {host} port {port}: {error.strerror or error};"
                " pick another with --port (0: any free port)"
            ) from None
        chosen = int(front.server_address[1])
        served = _with_endpoint(graphs, f"http://{host}:{chosen}/query")
        location = prepare_store(served, folder, binary=binary, merged=union_default_graph)
        process, child_port = _start_oxigraph(
            binary, location, folder, union_default_graph, query_timeout, startup_timeout
        )
        proxy_timeout = None if query_timeout is None else query_timeout + 30
        local_graphs = [str(name) for name, _ in served if name is not None]
        front.attach(f"http://127.0.0.1:{child_port}", proxy_timeout=proxy_timeout, local_graphs=local_graphs)
        thread = threading.Thread(
            target=front.serve_forever,
            kwargs={"poll_interval": 0.2},
            name=f"valkg-serve-{chosen}",
            daemon=True,
        )
        thread.start()
        return ServerHandle(
            process,
            folder,
            host,
            chosen,
            front=front,
            thread=thread,
            base=base,
            sparql_port=child_port,
        )
    except BaseException:
        if front is not None:
            front.server_close()
        shutil.rmtree(folder, ignore_errors=True)
        raise


def _with_endpoint(graphs: NamedGraphs, endpoint: str) -> NamedGraphs:
    """The graphs, each dataset description also naming the SPARQL endpoint that serves it.

    The caller's graphs are not changed: a graph with a dataset is copied first.
    """
    from rdflib import RDF, Graph, Literal, URIRef

    from valkg.namespaces import VOID

    served: list[tuple[URIRef | None, Graph]] = []
    for name, graph in graphs:
        datasets = list(graph.subjects(RDF.type, VOID.Dataset))
        if datasets:
            copy = Graph()
            for triple in graph:
                copy.add(triple)
            for dataset in datasets:
                copy.add((dataset, VOID.sparqlEndpoint, URIRef(endpoint)))
                counted = copy.value(dataset, VOID.triples)
                if counted is not None:  # the count stays the real one
                    copy.set((dataset, VOID.triples, Literal(int(str(counted)) + 1)))
            graph = copy
        served.append((name, graph))
    return served


def _start_oxigraph(
    binary: str,
    location: str,
    folder: str,
    union_default_graph: bool,
    query_timeout: float | None,
    startup_timeout: float,
) -> tuple[subprocess.Popen[bytes], int]:
    """Start ``oxigraph serve-read-only`` on a free loopback port; (process, port)."""
    host = "127.0.0.1"
    for attempt in range(3):
        chosen = free_port(host)
        command = [binary, "serve-read-only", "--location", location, "--bind", f"{host}:{chosen}"]
        if query_timeout is not None:
            command += ["--timeout-s", str(max(1, round(query_timeout)))]
        log = Path(folder) / "server.log"
        with open(log, "wb") as output:
            process = subprocess.Popen(
                command,
                stdin=subprocess.DEVNULL,
                stdout=output,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        try:
            _wait_ready(process, f"http://{host}:{chosen}/query", log, startup_timeout)
        except BaseException as error:
            _stop_process(process)
            busy = "in use" in _read_log(log).lower()
            if not busy or attempt == 2 or not isinstance(error, ValkgError):
                raise
            continue
        return process, chosen
    raise AssertionError("unreachable")
