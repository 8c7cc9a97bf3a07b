"""valkg benchmark suite: one command, a Markdown table of medians and ratios against baselines.

Usage::

    python benchmarks/run.py                          # sizes 10,100,1000; 5 runs per figure
    python benchmarks/run.py --quick                  # sizes 10,100; 3 runs per figure
    python benchmarks/run.py --sizes 10,100,1000,10000 --repeat 5 --write-results

What it measures (every figure is the median of ``--repeat`` runs, and every
ratio is against a baseline measured in the same run, on the same machine):

cold start
    ``valkg export -f turtle`` on the bundled monograph (validation on), as a
    whole fresh process, against ``python -c "import rdflib, pyshacl"``
    (target <= 1.5x); ``valkg --help`` against ``python -c pass`` (target <= 3x).
    Both use this interpreter (``sys.executable -m valkg``).
corpus throughput
    ``benchmarks/generate.py`` writes N synthetic monographs; then
    ``valkg export DIR -f n-quads -o out.nq`` (validation on): wall time,
    documents/s, triples/s (lines of out.nq), peak RSS (the largest single
    process of the tree, from ``getrusage(RUSAGE_CHILDREN)`` in a fresh wrapper
    process per run; and the whole tree's RSS, sampled from /proc every 0.1 s),
    the scaling exponent between consecutive sizes, and the baseline: pyshacl
    alone validating the same per-document graphs (built first, untimed), spread
    over as many processes as valkg uses.  Target: valkg <= 1.5x pyshacl at the
    largest N.
serialization
    the largest corpus written as N-Quads, Turtle and JSON-LD by
    ``valkg.serialize.serialize`` (from the graphs valkg builds) against
    ``oxigraph convert`` of the same data (target within 2x for N-Quads, Turtle).
query
    each named query (``valkg.query.named_queries()``) over the largest corpus by
    ``valkg.query.query_store`` on a loaded store (as ``valkg query NAME --data``
    runs it) against the same query sent over HTTP to an in-memory ``oxigraph
    serve`` on 127.0.0.1 holding the same dataset: one named graph per monograph
    and their merge as default graph (target within 3x).  Each query is bounded
    by ``--query-timeout`` seconds on both sides.

Nothing is written into the repository unless ``--write-results`` is given (then
``benchmarks/RESULTS.md`` gets the tables, the machine and the exact command).
Work files go to a temporary directory that is removed at the end (``--keep``
keeps it).  Every process is bounded by ``--timeout`` seconds and an address-space
limit (``--memory-limit``); the only network traffic is to the oxigraph server on
the loopback interface.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import math
import os
import platform
import resource
import shlex
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
RESULTS = HERE / "RESULTS.md"
PYTHON = sys.executable
DEFAULT_SIZES = (10, 100, 1000)
QUICK_SIZES = (10, 100)

#: Arguments valkg.validate passes to pyshacl; the pyshacl-only baseline uses the same, with
#: plain pyshacl (no caching of the shapes' parsed SPARQL between graphs, which valkg adds).
PYSHACL_OPTIONS = {"inference": "none", "allow_warnings": True}


# --- measuring one process --------------------------------------------------------------------


@dataclass
class Run:
    """One measured process: wall seconds, peak RSS (KiB) of the largest process and of the tree."""

    wall: float
    maxrss_kib: int
    tree_rss_kib: int
    returncode: int
    stderr: str = ""
    timed_out: bool = False

    @property
    def ok(self) -> bool:
        return self.returncode == 0 and not self.timed_out


def _children(pid: int) -> list[int]:
    found: list[int] = []
    try:
        for task in os.listdir(f"/proc/{pid}/task"):
            with open(f"/proc/{pid}/task/{task}/children") as handle:
                found += [int(c) for c in handle.read().split()]
    except OSError:
        pass
    return found


def _tree_rss_kib(root: int) -> int:
    """Sum of the RSS of ``root`` and its descendants (shared pages counted in each process)."""
    total, stack, page_kib = 0, [root], os.sysconf("SC_PAGE_SIZE") // 1024
    while stack:
        pid = stack.pop()
        try:
            with open(f"/proc/{pid}/statm") as handle:
                total += int(handle.read().split()[1]) * page_kib
        except (OSError, IndexError, ValueError):
            continue
        stack += _children(pid)
    return total


def _measure_main(argv: Sequence[str]) -> int:
    """``run.py _measure TIMEOUT MEMORY_BYTES STDOUT -- CMD...``: run CMD, print a JSON ``Run``.

    Runs in its own fresh process so that ``RUSAGE_CHILDREN`` covers exactly one command's tree.
    """
    timeout, memory, stdout_path = float(argv[0]), int(argv[1]), argv[2]
    command = list(argv[4:])

    def limit() -> None:
        if memory > 0:
            resource.setrlimit(resource.RLIMIT_AS, (memory, memory))

    peak = 0
    with open(stdout_path, "wb") as out, tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        process = subprocess.Popen(
            command,
            stdin=subprocess.DEVNULL,
            stdout=out,
            stderr=err,
            start_new_session=True,
            preexec_fn=limit,
        )
        done = threading.Event()

        def sample() -> None:
            nonlocal peak
            while not done.wait(0.1):
                peak = max(peak, _tree_rss_kib(process.pid))

        sampler = threading.Thread(target=sample, daemon=True)
        sampler.start()
        timed_out = False
        try:
            process.wait(timeout)
        except subprocess.TimeoutExpired:
            timed_out = True
            with contextlib.suppress(ProcessLookupError):
                os.killpg(process.pid, signal.SIGKILL)
            process.wait()
        wall = time.perf_counter() - start
        done.set()
        sampler.join()
        err.seek(0)
        stderr = err.read()[-4000:].decode("utf-8", "replace")
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    print(
        json.dumps(
            {
                "wall": wall,
                "maxrss_kib": usage.ru_maxrss,
                "tree_rss_kib": max(peak, usage.ru_maxrss),
                "returncode": process.returncode,
                "stderr": stderr,
                "timed_out": timed_out,
            }
        )
    )
    return 0


def child_environment(options: Options) -> dict[str, str]:
    """Environment of measured processes: bytecode and compiled patterns (``valkg.recache``)
    cached in the work directory, not in the repo or the user's cache."""
    environment = dict(os.environ)
    environment.pop("PYTHONDONTWRITEBYTECODE", None)
    environment["PYTHONPYCACHEPREFIX"] = str(options.workdir / "pycache")
    environment["VALKG_CACHE_DIR"] = str(options.workdir / "valkg-cache")
    return environment


def measure(
    command: Sequence[str],
    options: Options,
    stdout: str = os.devnull,
    cwd: Path | None = None,
    timeout: float | None = None,
) -> Run:
    """Run ``command`` once in a fresh wrapper process; its wall time and peak memory."""
    timeout = timeout or options.timeout
    wrapper = [
        PYTHON,
        str(Path(__file__).resolve()),
        "_measure",
        str(timeout),
        str(options.memory_limit),
        stdout,
        "--",
        *command,
    ]
    done = subprocess.run(
        wrapper,
        capture_output=True,
        text=True,
        timeout=timeout + 60,
        cwd=cwd,
        env=child_environment(options),
    )
    if done.returncode != 0:
        raise RuntimeError(f"measuring wrapper failed: {done.stderr[-2000:]}")
    return Run(**json.loads(done.stdout))


@dataclass
class Series:
    """Repeated runs of one measurement."""

    runs: list[Run] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return bool(self.runs) and all(r.ok for r in self.runs)

    @property
    def completed(self) -> bool:
        """Every run ended by itself (perhaps with an error exit), none was killed."""
        return bool(self.runs) and not any(r.timed_out or r.returncode < 0 for r in self.runs)

    @property
    def wall(self) -> float:
        return statistics.median(r.wall for r in self.runs)

    @property
    def maxrss_kib(self) -> int:
        return max(r.maxrss_kib for r in self.runs)

    @property
    def tree_rss_kib(self) -> int:
        return max(r.tree_rss_kib for r in self.runs)

    def failure(self) -> str:
        bad = next((r for r in self.runs if not r.ok), None)
        if bad is None:
            return ""
        if bad.timed_out:
            return f"timed out after {bad.wall:.0f} s"
        if bad.returncode < 0:
            return f"killed by signal {-bad.returncode} (memory limit?)"
        tail = bad.stderr.strip().splitlines()[-1:] or [""]
        return f"exit {bad.returncode}: {tail[0][:200]}"


def repeat(run_once: Callable[[], Run], options: Options, label: str) -> Series:
    """Up to ``options.repeat`` runs; fewer when the next would pass ``options.budget`` seconds."""
    series = Series()
    spent = 0.0
    for index in range(options.repeat):
        run = run_once()
        series.runs.append(run)
        spent += run.wall
        log(f"  {label}: run {index + 1}: {run.wall:.3f} s" + ("" if run.ok else f" FAILED ({series.failure()})"))
        if run.timed_out or run.returncode < 0:
            break
        if spent + statistics.median(r.wall for r in series.runs) > options.budget:
            break
    return series


# --- the machine -----------------------------------------------------------------------------


def _version(package: str) -> str:
    try:
        return metadata.version(package)
    except metadata.PackageNotFoundError:
        return "not installed"


def oxigraph_binary() -> str | None:
    """The ``oxigraph`` server binary beside this interpreter, else on PATH."""
    sibling = Path(PYTHON).parent / "oxigraph"
    if sibling.is_file() and os.access(sibling, os.X_OK):
        return str(sibling)
    return shutil.which("oxigraph")


def machine() -> list[tuple[str, str]]:
    cpu = "unknown"
    with contextlib.suppress(OSError):
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    memory = "unknown"
    with contextlib.suppress(OSError, ValueError, IndexError):
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                memory = f"{int(line.split()[1]) / 1024 / 1024:.1f} GiB"
    commit = "unknown"
    with contextlib.suppress(OSError, subprocess.SubprocessError):
        head = subprocess.run(
            ["git", "-C", str(REPO), "rev-parse", "--short", "HEAD"],
            capture_output=True,
            text=True,
            timeout=10,
        )
        dirty = subprocess.run(
            ["git", "-C", str(REPO), "status", "--porcelain", "--untracked-files=no"],
            capture_output=True,
            text=True,
            timeout=10,
        )
        if head.returncode == 0:
            commit = head.stdout.strip() + (" (with uncommitted changes)" if dirty.stdout.strip() else "")
    binary = oxigraph_binary()
    oxigraph = "not found"
    if binary:
        with contextlib.suppress(OSError, subprocess.SubprocessError):
            oxigraph = subprocess.run([binary, "--version"], capture_output=True, text=True, timeout=10).stdout.strip()
    # The interpreter's path would name this machine's directories; say only what kind it is.
    environment = ", in a virtual environment" if sys.prefix != sys.base_prefix else ""
    return [
        ("CPU", cpu),
        ("cores", str(os.cpu_count())),
        ("memory", memory),
        ("OS", f"{platform.system()} {platform.release()}"),
        ("Python", f"{platform.python_version()} ({platform.python_implementation()}{environment})"),
        (
            "packages",
            ", ".join(f"{p} {_version(p)}" for p in ("valkg", "rdflib", "pyshacl", "pyoxigraph", "click")),
        ),
        ("oxigraph server", oxigraph),
        ("valkg commit", commit),
    ]


# --- workers run in fresh interpreters (they import valkg; this file's top level does not) -----


def _build_graphs(folder: str) -> list[tuple[Any, Any]]:
    from valkg import api

    graphs = []
    for source in api.expand_sources([folder]):
        result = api.build(source, check=False)
        if result.graph is None:
            raise SystemExit(f"{source}: {result.error}")
        graphs.append((result.graph_name, result.graph))
    return graphs


def _worker_pyshacl(folder: str, index: int, workers: int) -> dict[str, Any]:
    """Validate every ``workers``-th graph of the corpus with pyshacl alone; time only that."""
    import gc

    from pyshacl import validate

    from valkg import api
    from valkg.validate import shapes_graph

    shapes = shapes_graph()
    sources = api.expand_sources([folder])[index::workers]
    seconds, conforming, batch = 0.0, 0, 100
    for first in range(0, len(sources), batch):
        graphs = []
        for source in sources[first : first + batch]:
            result = api.build(source, check=False)
            if result.graph is None:
                raise SystemExit(f"{source}: {result.error}")
            graphs.append(result.graph)
        for graph in graphs:
            start = time.perf_counter()
            conforms, _, _ = validate(graph, shacl_graph=shapes, **PYSHACL_OPTIONS)
            seconds += time.perf_counter() - start
            conforming += bool(conforms)
        del graphs
        gc.collect()
    return {
        "seconds": seconds,
        "documents": len(sources),
        "conforming": conforming,
        "shape_triples": len(shapes),
    }


#: Seconds the repeated in-process timings of one figure may take (at least one run is made).
IN_PROCESS_BUDGET = 120.0


def _timed(function: Callable[[], Any], times: int) -> tuple[float, Any]:
    """Median wall time of up to ``times`` calls, and the last value."""
    walls, value = [], None
    for _ in range(times):
        start = time.perf_counter()
        value = function()
        walls.append(time.perf_counter() - start)
        if sum(walls) + statistics.median(walls) > IN_PROCESS_BUDGET:
            break
    return statistics.median(walls), value


def _in_child(function: Callable[[], dict[str, Any]], limit: float) -> dict[str, Any]:
    """``function()`` in a forked child (sharing the built graphs), killed after ``limit`` seconds."""
    reader, writer = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: answer through the pipe, never return into the caller
        os.close(reader)
        try:
            answer = json.dumps(function()).encode()
        except BaseException as error:
            answer = json.dumps({"error": f"{type(error).__name__}: {error}"}).encode()
        with os.fdopen(writer, "wb") as pipe:
            pipe.write(answer)
        os._exit(0)
    os.close(writer)
    chunks: list[bytes] = []
    finished = threading.Event()

    def read() -> None:
        with os.fdopen(reader, "rb") as pipe:
            chunks.append(pipe.read())
        finished.set()

    threading.Thread(target=read, daemon=True).start()
    if not finished.wait(limit):
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        return {"timed_out": limit}
    _, status = os.waitpid(pid, 0)
    if not b"".join(chunks):
        if os.WIFSIGNALED(status):
            return {"error": f"died of signal {os.WTERMSIG(status)} (memory limit?)"}
        return {"error": f"exited {os.waitstatus_to_exitcode(status)} without an answer (memory limit?)"}
    result: dict[str, Any] = json.loads(b"".join(chunks))
    return result


def _worker_graphs(folder: str, workdir: str, times: int, query_limit: float) -> dict[str, Any]:
    """Serialization and query timings of valkg over the corpus graphs (built untimed)."""
    import pyoxigraph as ox

    from valkg.query import make_store, named_queries, query_store
    from valkg.serialize import serialize

    graphs = _build_graphs(folder)
    out: dict[str, Any] = {
        "documents": len(graphs),
        "triples": sum(len(g) for _, g in graphs),
        "serialize": {},
        "query": {},
    }
    # the oxigraph anchors' inputs: the same data as N-Quads (named graphs) and as merged N-Triples
    Path(workdir, "corpus.nq").write_bytes(serialize(graphs, "n-quads"))
    Path(workdir, "merged.nt").write_bytes(serialize(graphs, "n-triples"))
    for fmt in ("n-quads", "turtle", "json-ld"):
        seconds, data = _timed(lambda fmt=fmt: serialize(graphs, fmt), times)
        out["serialize"][fmt] = {"seconds": seconds, "bytes": len(data)}
        log(f"  valkg.serialize {fmt}: {seconds:.3f} s")
    store_seconds, store = _timed(lambda: make_store(graphs), min(times, 3))
    out["store_seconds"] = store_seconds
    out["store_quads"] = len(store)
    out["store_default_triples"] = sum(1 for _ in store.quads_for_pattern(None, None, None, ox.DefaultGraph()))

    def measure_query(text: str) -> dict[str, Any]:
        # what `valkg query NAME --data corpus.nq` runs once the file is loaded
        seconds, results = _timed(lambda: query_store(text, store), times)
        engine, _ = _timed(lambda: list(store.query(text)), times)  # the default graph: the merge
        distinct = len({tuple(str(term) for term in row) for row in results.rows})
        return {"seconds": seconds, "engine_seconds": engine, "rows": len(results.rows), "distinct": distinct}

    for name, query in named_queries().items():
        answer = _in_child(lambda text=query.text: measure_query(text), query_limit)
        answer["text"] = query.text
        out["query"][name] = answer
        log(f"  valkg query {name}: {answer}")
    return out


def _worker_main(argv: Sequence[str]) -> int:
    kind, *rest = argv
    if kind == "pyshacl":
        result = _worker_pyshacl(rest[0], int(rest[1]), int(rest[2]))
    elif kind == "graphs":
        result = _worker_graphs(rest[0], rest[1], int(rest[2]), float(rest[3]))
    else:
        raise SystemExit(f"unknown worker {kind}")
    print(json.dumps(result))
    return 0


def worker(options: Options, *arguments: str, timeout: float | None = None) -> dict[str, Any]:
    """Run a worker in a fresh interpreter (bounded in time and memory); its JSON answer."""
    command = [PYTHON, str(Path(__file__).resolve()), "_worker", *arguments]
    with tempfile.NamedTemporaryFile(suffix=".json") as answer:
        run = measure(command, options, stdout=answer.name, timeout=timeout)
        if not run.ok:
            raise RuntimeError(f"worker {arguments[0]} failed: {Series([run]).failure()}\n{run.stderr[-1500:]}")
        result: dict[str, Any] = json.loads(Path(answer.name).read_text())
        result["_run"] = run
        return result


# --- the benchmarks ---------------------------------------------------------------------------


@dataclass
class Options:
    sizes: tuple[int, ...]
    repeat: int
    seed: int
    jobs: int
    timeout: float
    budget: float
    memory_limit: int
    workdir: Path
    query_timeout: float = 180.0


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def _seconds(value: float) -> str:
    if value >= 100:
        return f"{value:.0f} s"
    if value >= 1:
        return f"{value:.2f} s"
    return f"{value * 1000:.0f} ms" if value >= 0.01 else f"{value * 1000:.1f} ms"


def _mib(kib: int) -> str:
    return f"{kib / 1024:.0f} MiB"


def _ratio(value: float, baseline: float) -> float:
    return value / baseline if baseline > 0 else math.inf


def _verdict(ratio: float, target: float) -> str:
    return "yes" if ratio <= target else "**no**"


def _wall_cell(series: Series) -> str:
    """The median wall time, with the failure when a run did not succeed."""
    if not series.runs:
        return "not run"
    if series.ok:
        return _seconds(series.wall)
    if series.completed:
        return f"{_seconds(series.wall)} (failed: {series.failure()})"
    return f"FAILED ({series.failure()})"


def cold_start(options: Options) -> list[str]:
    log("cold start")
    valkg = [PYTHON, "-m", "valkg"]
    pairs = [
        (
            "`valkg export -f turtle` (bundled monograph, validated)",
            [*valkg, "export", "-f", "turtle"],
            '`python -c "import rdflib, pyshacl"`',
            [PYTHON, "-c", "import rdflib, pyshacl"],
            1.5,
        ),
        ("`valkg --help`", [*valkg, "--help"], "`python -c pass`", [PYTHON, "-c", "pass"], 3.0),
    ]
    rows = [
        "| measurement | valkg | baseline | baseline time | ratio | target | met |",
        "|---|---|---|---|---|---|---|",
    ]
    for label, command, base_label, base_command, target in pairs:
        for warm in (command, base_command):  # writes the bytecode cache, fills the page cache
            measure(warm, options)
        # interleave the two commands so that drift in machine speed hits both alike
        mine, base = Series(), Series()
        for index in range(options.repeat):
            mine.runs.append(measure(command, options))
            base.runs.append(measure(base_command, options))
            log(f"  {label}: run {index + 1}: {mine.runs[-1].wall:.3f} s vs {base.runs[-1].wall:.3f} s")
        ratio = _ratio(mine.wall, base.wall)
        met = _verdict(ratio, target) if mine.ok else "**no** (failed)"
        rows.append(
            f"| {label} | {_wall_cell(mine)} | {base_label} | {_wall_cell(base)} | {ratio:.2f}x "
            f"| <= {target:g}x | {met} |"
        )
    return rows


@dataclass
class CorpusResult:
    n: int
    folder: Path
    output: Path
    series: Series
    triples: int = 0
    baseline: float = 0.0
    baseline_serial: float = 0.0
    conforming: int = 0
    shape_triples: int = 0


def generate_corpus(n: int, options: Options) -> Path:
    sys.path.insert(0, str(HERE))
    try:
        import generate
    finally:
        sys.path.remove(str(HERE))
    folder = options.workdir / f"corpus-{n}"
    if not folder.is_dir():
        generate.generate(folder, n, options.seed)
    return folder


def pyshacl_baseline(folder: Path, options: Options) -> tuple[float, float, int, int]:
    """(parallel wall time, serial sum, conforming documents, shape triples) of pyshacl alone."""
    workers = options.jobs
    with tempfile.TemporaryDirectory(dir=options.workdir) as scratch:
        processes = []
        for index in range(workers):
            answer = Path(scratch, f"{index}.json")
            command = [
                PYTHON,
                str(Path(__file__).resolve()),
                "_worker",
                "pyshacl",
                str(folder),
                str(index),
                str(workers),
            ]
            wrapper = [
                PYTHON,
                str(Path(__file__).resolve()),
                "_measure",
                str(options.timeout),
                str(options.memory_limit),
                str(answer),
                "--",
                *command,
            ]
            processes.append(
                (
                    answer,
                    subprocess.Popen(wrapper, stdout=subprocess.PIPE, text=True, env=child_environment(options)),
                )
            )
        parts = []
        for answer, process in processes:
            out, _ = process.communicate(timeout=options.timeout + 60)
            run = Run(**json.loads(out))
            if not run.ok:
                raise RuntimeError(f"pyshacl baseline failed: {Series([run]).failure()}\n{run.stderr[-1500:]}")
            parts.append(json.loads(answer.read_text()))
    seconds = [p["seconds"] for p in parts]
    return (
        max(seconds),
        sum(seconds),
        sum(p["conforming"] for p in parts),
        parts[0]["shape_triples"],
    )


def corpus(options: Options) -> tuple[list[str], list[CorpusResult]]:
    results: list[CorpusResult] = []
    for n in options.sizes:
        log(f"corpus N={n}")
        folder = generate_corpus(n, options)
        output = options.workdir / f"out-{n}.nq"
        command = [
            PYTHON,
            "-m",
            "valkg",
            "export",
            str(folder),
            "-f",
            "n-quads",
            "-o",
            str(output),
            "-j",
            str(options.jobs),
        ]
        if n <= 100:
            measure(command, options)  # warm-up
        series = repeat(lambda command=command: measure(command, options), options, f"export N={n}")
        result = CorpusResult(n, folder, output, series)
        results.append(result)
        if series.ok:
            with open(output, "rb") as handle:
                result.triples = sum(1 for line in handle if line.strip())
        walls, serial = [], []
        for index in range(options.repeat):
            try:
                parallel, total, result.conforming, result.shape_triples = pyshacl_baseline(folder, options)
            except (RuntimeError, OSError, subprocess.SubprocessError, ValueError) as error:
                log(f"  pyshacl-only N={n}: {error}")
                break
            walls.append(parallel)
            serial.append(total)
            log(
                f"  pyshacl-only N={n}: run {index + 1}: {parallel:.3f} s ({total:.3f} s over {options.jobs} processes)"
            )
            if sum(walls) + parallel > options.budget:
                break
        if walls:
            result.baseline, result.baseline_serial = (
                statistics.median(walls),
                statistics.median(serial),
            )
        if not series.completed:
            log(f"  export did not finish ({series.failure()}); larger sizes skipped")
            break
    rows = [
        "| N | runs | wall | docs/s | triples | triples/s | peak RSS (largest process) | peak "
        "RSS (tree, sampled) "
        "| scaling exponent | pyshacl-only | ratio |",
        "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    previous: CorpusResult | None = None
    for result in results:
        series = result.series
        if not series.completed:
            rows.append(
                f"| {result.n:,} | {len(series.runs)} | {_wall_cell(series)} | | | | | | | "
                f"{_seconds(result.baseline) if result.baseline else '-'} | |"
            )
            continue
        exponent = "-"
        if previous is not None:
            growth = math.log(series.wall / previous.series.wall)
            exponent = f"{growth / math.log(result.n / previous.n):.2f}"
        triples = f"{result.triples:,}" if result.triples else "-"
        rate = f"{result.triples / series.wall:,.0f}" if result.triples else "-"
        baseline = _seconds(result.baseline) if result.baseline else "-"
        ratio = f"{_ratio(series.wall, result.baseline):.2f}x" if result.baseline else "-"
        rows.append(
            f"| {result.n:,} | {len(series.runs)} | {_wall_cell(series)} | "
            f"{result.n / series.wall:,.1f} | "
            f"{triples} | {rate} | {_mib(series.maxrss_kib)} | {_mib(series.tree_rss_kib)} | "
            f"{exponent} | "
            f"{baseline} | {ratio} |"
        )
        previous = result
    done = [r for r in results if r.series.completed and r.baseline]
    if done:
        last = done[-1]
        ratio = _ratio(last.series.wall, last.baseline)
        met = "met" if ratio <= 1.5 and last.series.ok else "**not met**"
        rows.append("")
        rows.append(
            f"Target: valkg <= 1.5x pyshacl-only at the largest N ({last.n:,}): {ratio:.2f}x — "
            f"{met}.  "
            f"pyshacl-only is the wall time of {options.jobs} process(es) each validating its "
            "share of the "
            f"per-document graphs (built beforehand, untimed) with valkg's shapes and options "
            f"(serial sum at N={last.n:,}: {_seconds(last.baseline_serial)}; {last.conforming:,} "
            f"of {last.n:,} "
            f"graphs conform to the {last.shape_triples:,} shape triples)."
        )
    return rows, results


def serialization_and_query(largest: CorpusResult, options: Options) -> tuple[list[str], list[str]]:
    log(f"serialization and query, N={largest.n}")
    arguments = (str(largest.folder), str(options.workdir), str(options.repeat), str(options.query_timeout))
    answer = worker(options, "graphs", *arguments, timeout=options.timeout + 10 * options.query_timeout)
    binary = oxigraph_binary()
    triples = answer["triples"]
    nquads = options.workdir / "corpus.nq"
    ser_rows = [
        f"N = {largest.n:,} documents, {triples:,} triples; `valkg.serialize.serialize` from the "
        "in-memory rdflib "
        "graphs vs the `oxigraph convert` process (parse and write; Turtle from the merged "
        "N-Triples, since "
        "Turtle holds no named graphs).",
        "",
        "| format | valkg | oxigraph convert | ratio | target | met | valkg output |",
        "|---|---:|---:|---:|---:|---|---:|",
    ]
    anchors = {
        "n-quads": (nquads, "nq", 2.0),
        "turtle": (options.workdir / "merged.nt", "ttl", 2.0),
        "json-ld": (nquads, "jsonld", None),
    }
    for fmt, (source, extension, target) in anchors.items():
        mine = answer["serialize"][fmt]
        anchor_text, ratio_text, target_text, met = (
            "n/a",
            "-",
            f"<= {target:g}x" if target else "-",
            "-",
        )
        if binary:
            target_file = str(options.workdir / f"convert.{extension}")
            command = [binary, "convert", "-f", str(source), "-t", target_file]
            series = repeat(
                lambda command=command: measure(command, options),
                options,
                f"oxigraph convert {fmt}",
            )
            anchor_text = _wall_cell(series)
            if series.ok:
                ratio = _ratio(mine["seconds"], series.wall)
                ratio_text = f"{ratio:.2f}x"
                met = _verdict(ratio, target) if target else "-"
        ser_rows.append(
            f"| {fmt} | {_seconds(mine['seconds'])} | {anchor_text} | {ratio_text} | "
            f"{target_text} | {met} | "
            f"{mine['bytes'] / 1e6:.1f} MB |"
        )
    limit = f"{options.query_timeout:g} s"
    query_rows = [
        f"N = {largest.n:,} documents, {triples:,} triples ({answer['store_quads']:,} quads in the store).  "
        "valkg: `query_store(text, store)` on a pyoxigraph store loaded beforehand, as `valkg query NAME --data "
        "FILE` runs it (the query is checked, then run on the default graph, which holds the merge of the "
        f"monographs' graphs: {answer['store_default_triples']:,} distinct triples); "
        f"building that store from the rdflib graphs (`make_store`) took {_seconds(answer['store_seconds'])} "
        "and is not included.  'engine only' is `store.query(...)` alone.  oxigraph: one HTTP POST to an "
        "in-memory `oxigraph serve` on 127.0.0.1 that was sent the same named graphs and merged default graph (SPARQL "
        f"JSON results read in full).  Each query may take {limit} in all (every run together); 'distinct' "
        "counts the different rows among those returned.",
        "",
        "| query | rows | distinct | valkg query_store | engine only | oxigraph HTTP | ratio | target | met |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---|",
    ]
    queries = {name: q["text"] for name, q in answer["query"].items()}
    served: dict[str, float | None] = {}
    if binary:
        try:
            served = _serve_queries(nquads, queries, options)
        except (RuntimeError, OSError, subprocess.SubprocessError, urllib.error.URLError) as error:
            log(f"  oxigraph server: {error}")
    for name, mine in answer["query"].items():
        theirs = served.get(name, "n/a")
        remote = "n/a" if theirs == "n/a" else f"> {limit} (stopped)" if theirs is None else _seconds(theirs)
        if "seconds" not in mine:
            why = f"> {limit} (stopped)" if "timed_out" in mine else f"FAILED ({mine.get('error', '?')})"
            query_rows.append(f"| {name} | ? | ? | {why} | | {remote} | - | <= 3x | **no** |")
            continue
        ratio_text, met = "-", "-"
        if isinstance(theirs, float):
            ratio = _ratio(mine["seconds"], theirs)
            ratio_text, met = f"{ratio:.1f}x", _verdict(ratio, 3.0)
        query_rows.append(
            f"| {name} | {mine['rows']:,} | {mine['distinct']:,} | {_seconds(mine['seconds'])} | "
            f"{_seconds(mine['engine_seconds'])} | {remote} | {ratio_text} | <= 3x | {met} |"
        )
    return ser_rows, query_rows


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@contextlib.contextmanager
def _server(nquads: Path, options: Options) -> Iterator[str]:
    """An in-memory ``oxigraph serve`` on 127.0.0.1 holding ``nquads``, and their merge as default graph."""
    binary = oxigraph_binary()
    assert binary is not None
    port = _free_port()
    process = subprocess.Popen(
        [
            binary,
            "serve",
            "--bind",
            f"127.0.0.1:{port}",
            "--timeout-s",
            str(int(options.query_timeout)),
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                _post(f"{base}/query", "ASK {}", 5)
                break
            except (OSError, urllib.error.URLError):
                if time.monotonic() > deadline or process.poll() is not None:
                    raise RuntimeError("the oxigraph server did not start") from None
                time.sleep(0.1)
        # the same dataset valkg queries: one named graph per monograph, their merge as default graph
        _post(f"{base}/store", nquads.read_bytes(), options.timeout, "application/n-quads")
        merged = nquads.with_name("merged.nt")
        _post(f"{base}/store?default", merged.read_bytes(), options.timeout, "application/n-triples")
        yield f"{base}/query"
    finally:
        process.terminate()
        try:
            process.wait(10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


_OPENER = urllib.request.build_opener(urllib.request.ProxyHandler({}))  # loopback only: never a proxy


def _post(url: str, body: str | bytes, timeout: float, content_type: str = "application/sparql-query") -> bytes:
    request = urllib.request.Request(
        url,
        data=body.encode("utf-8") if isinstance(body, str) else body,
        method="POST",
        headers={"Content-Type": content_type, "Accept": "application/sparql-results+json"},
    )
    with _OPENER.open(request, timeout=timeout) as response:
        return bytes(response.read())


def _serve_queries(nquads: Path, queries: dict[str, str], options: Options) -> dict[str, float | None]:
    """Median wall time of each query sent over HTTP to an oxigraph server holding ``nquads``.

    None for a query whose runs took more than ``options.query_timeout`` seconds in all.
    """
    timings: dict[str, float | None] = {}
    with _server(nquads, options) as url:
        for name, text in queries.items():
            walls: list[float] = []
            try:
                _post(url, text, options.query_timeout)  # warm-up
                for _ in range(options.repeat):
                    start = time.perf_counter()
                    _post(url, text, options.query_timeout)
                    walls.append(time.perf_counter() - start)
                    if walls[-1] >= 0.98 * options.query_timeout:  # the server stopped the query
                        raise TimeoutError(f"stopped by the server after {walls[-1]:.0f} s")
                    if sum(walls) + statistics.median(walls) > options.query_timeout:
                        break
            except (OSError, urllib.error.URLError) as error:  # a timeout, or the server gave up
                log(f"  oxigraph HTTP {name}: {error}")
                timings[name] = None
                continue
            timings[name] = statistics.median(walls)
            log(f"  oxigraph HTTP {name}: {timings[name]:.3f} s")
    return timings


# --- the report ------------------------------------------------------------------------------


def _load() -> str:
    try:
        return " ".join(f"{x:.2f}" for x in os.getloadavg())
    except OSError:
        return "unknown"


SECTION_ORDER = ("Machine", "Cold start", "Corpus throughput", "Serialization", "Query")
MARKER = "<!-- end of generated results -->"


def report(
    options: Options,
    command: str,
    sections: list[tuple[str, str, list[str]]],
    started: float,
    load: str,
    machine_rows: list[tuple[str, str]],
) -> dict[str, list[str]]:
    """The report as Markdown sections: {section key: lines under its ``## `` heading}."""
    date = time.strftime("%Y-%m-%d %H:%M %Z")
    provenance = (
        f"_Measured by `{command}` on {date} (the run took {time.time() - started:.0f} s; load average "
        f"{load.split()[0]} at its start, {_load().split()[0]} at its end); figures are medians of up to "
        f"{options.repeat} runs._"
    )
    machine_lines = ["| | |", "|---|---|", *(f"| {key} | {value} |" for key, value in machine_rows)]
    machine_lines.append(f"| load average (1, 5, 15 min) | {load} at the start, {_load()} at the end |")
    machine_lines.append(
        "| measured processes | fresh interpreters; bytecode and compiled patterns cached (`PYTHONPYCACHEPREFIX` "
        "and `VALKG_CACHE_DIR` in the work directory, written by an untimed warm-up run); address space limited to "
        f"{options.memory_limit / 2**30:.1f} GiB; time limited to {options.timeout:.0f} s |"
    )
    out = {"Machine": [f"_As of `{command}` on {date}._", "", *machine_lines]}
    for key, title, rows in sections:
        out[key] = [f"### {title}", "", provenance, "", *rows]
    return out


def render(sections: dict[str, list[str]]) -> str:
    lines = [
        "# valkg benchmark results",
        "",
        "Written by `python benchmarks/run.py --write-results` (see `--help`); each section says which "
        "command measured it.",
    ]
    for key in SECTION_ORDER:
        if key in sections:
            lines += ["", f"## {key}", "", *sections[key]]
    return "\n".join(lines) + "\n"


def write_results(sections: dict[str, list[str]]) -> None:
    """Update RESULTS.md: replace the sections this run measured, keep the others and the analysis.

    The hand-written analysis after the marker line is kept as it is.
    """
    merged: dict[str, list[str]] = {}
    tail = ""
    if RESULTS.is_file():
        old = RESULTS.read_text(encoding="utf-8")
        generated, _, tail = old.partition(MARKER)
        key = None
        for line in generated.splitlines():
            if line.startswith("## "):
                key = line[3:].strip()
                merged[key] = []
            elif key is not None:
                merged[key].append(line)
        for lines in merged.values():
            while lines and not lines[0].strip():
                lines.pop(0)
            while lines and not lines[-1].strip():
                lines.pop()
    merged.update(sections)
    RESULTS.write_text(render(merged) + "\n" + MARKER + tail, encoding="utf-8")


def parse_arguments(argv: Sequence[str]) -> tuple[argparse.Namespace, Options]:
    parser = argparse.ArgumentParser(
        prog="benchmarks/run.py",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--sizes", help="comma-separated corpus sizes (default 10,100,1000; --quick: 10,100)")
    parser.add_argument(
        "--repeat",
        type=int,
        help="runs per figure; the figure is their median (default 5; --quick: 3)",
    )
    parser.add_argument("--quick", action="store_true", help="a short run: sizes 10,100 and 3 runs per figure")
    parser.add_argument("--seed", type=int, default=0, help="seed of the synthetic corpus (default 0)")
    parser.add_argument(
        "--jobs",
        type=int,
        default=os.cpu_count() or 1,
        help="processes for valkg export -j and for the pyshacl baseline (default: all cores)",
    )
    parser.add_argument(
        "--only",
        default="cold,corpus,serialize,query",
        help="comma-separated parts to run: cold, corpus, serialize, query (default: all)",
    )
    parser.add_argument("--timeout", type=float, default=1800, help="seconds any one process may run (default 1800)")
    parser.add_argument(
        "--query-timeout",
        type=float,
        default=180,
        help="seconds all the runs of one query may take, in valkg and in the server (default 180)",
    )
    parser.add_argument(
        "--budget",
        type=float,
        default=900,
        help="seconds the repeated runs of one figure may take; fewer runs past it (default 900)",
    )
    parser.add_argument(
        "--memory-limit",
        type=float,
        default=0.8,
        help="address-space limit of a measured process, a fraction of RAM (default 0.8; 0: none)",
    )
    parser.add_argument(
        "--write-results",
        action="store_true",
        help="also write the report to benchmarks/RESULTS.md",
    )
    parser.add_argument(
        "--keep",
        action="store_true",
        help="keep the work directory (corpora, outputs) and print its path",
    )
    args = parser.parse_args(argv)
    sizes = args.sizes or ",".join(str(n) for n in (QUICK_SIZES if args.quick else DEFAULT_SIZES))
    try:
        parsed = tuple(sorted({int(s) for s in sizes.split(",") if s.strip()}))
    except ValueError:
        parser.error(f"--sizes must be comma-separated integers, not {sizes!r}")
    if not parsed or min(parsed) < 1:
        parser.error("--sizes needs at least one size >= 1")
    repeat_count = args.repeat or (3 if args.quick else 5)
    if repeat_count < 1:
        parser.error("--repeat must be at least 1")
    memory = 0
    if args.memory_limit > 0:
        memory = int(os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") * args.memory_limit)
    options = Options(
        parsed,
        repeat_count,
        args.seed,
        max(1, args.jobs),
        args.timeout,
        args.budget,
        memory,
        Path(),
        args.query_timeout,
    )
    return args, options


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv[:1] == ["_measure"]:
        return _measure_main(argv[1:])
    if argv[:1] == ["_worker"]:
        return _worker_main(argv[1:])
    args, options = parse_arguments(argv)
    parts = {p.strip() for p in args.only.split(",")}
    command = "python benchmarks/run.py" + ("" if not argv else " " + shlex.join(argv))
    started = time.time()
    load = _load()
    machine_rows = machine()
    workdir = Path(tempfile.mkdtemp(prefix="valkg-bench-"))
    options.workdir = workdir
    sections: list[tuple[str, str, list[str]]] = []
    try:
        if "cold" in parts:
            title = f"wall time of a fresh process, median of {options.repeat}"
            sections.append(("Cold start", title, cold_start(options)))
        largest: CorpusResult | None = None
        if "corpus" in parts:
            rows, results = corpus(options)
            title = f"`valkg export DIR -f n-quads -o out.nq -j {options.jobs}` (validation on)"
            sections.append(("Corpus throughput", title, rows))
            done = [r for r in results if r.series.completed]
            largest = done[-1] if done else None
        elif parts & {"serialize", "query"}:  # only the corpus, not the export runs
            n = max(options.sizes)
            log(f"corpus N={n} (generated only)")
            folder = generate_corpus(n, options)
            largest = CorpusResult(n, folder, options.workdir / f"out-{n}.nq", Series())
        if largest is not None and parts & {"serialize", "query"}:
            try:
                ser_rows, query_rows = serialization_and_query(largest, options)
            except (RuntimeError, OSError, subprocess.SubprocessError) as error:
                ser_rows = query_rows = [f"FAILED: {error}"]
            if "serialize" in parts:
                sections.append(("Serialization", f"N = {largest.n:,}", ser_rows))
            if "query" in parts:
                sections.append(("Query", f"N = {largest.n:,}", query_rows))
    finally:
        if args.keep:
            log(f"work directory kept: {workdir}")
        else:
            shutil.rmtree(workdir, ignore_errors=True)
    generated = report(options, command, sections, started, load, machine_rows)
    print(render(generated))
    if args.write_results:
        write_results(generated)
        log(f"wrote {RESULTS.relative_to(REPO)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
