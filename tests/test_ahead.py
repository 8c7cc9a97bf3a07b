"""valkg.ahead: a monograph extracted in a child process gives what this process would."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from valkg.ahead import extract_ahead

ROOT = Path(__file__).resolve().parent.parent
MONOGRAPHS = ROOT / "evaluation" / "monographs"
SOURCES = [None, str(MONOGRAPHS / "abiraterone_acetate.txt"), str(MONOGRAPHS / "acamprosate.txt")]

forking = pytest.mark.skipif(
    not hasattr(os, "fork") or sys.platform == "darwin" or len(os.sched_getaffinity(0)) < 2,
    reason="extraction ahead needs fork and a second core",
)


def python(code: str) -> subprocess.CompletedProcess[str]:
    """Run ``code`` in a fresh interpreter, where nothing of valkg is imported yet (stdin a pipe)."""
    return subprocess.run(
        [sys.executable, "-c", code], input="", capture_output=True, text=True, timeout=120, check=False
    )


def valkg(*args: str) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-m", "valkg", *args], capture_output=True, timeout=120, check=False)


def test_the_graph_libraries_do_not_import_the_extractor():
    """What the command's own process does meanwhile must not compile the extractor's patterns too."""
    process = python(
        "import sys, valkg.api, valkg.cli, valkg.graph, valkg.serialize\n"
        "from valkg.validate import prepare_validation\n"
        "prepare_validation()\n"
        "print('valkg.extract' in sys.modules)"
    )
    assert process.returncode == 0, process.stderr
    assert process.stdout.strip() == "False"


@forking
@pytest.mark.parametrize("source", SOURCES, ids=["bundled", "abiraterone", "acamprosate"])
def test_the_child_extracts_what_this_process_would(source):
    process = python(
        "import sys\n"
        "from valkg.ahead import extract_ahead\n"
        f"ahead = extract_ahead({source!r})\n"
        "assert ahead is not None, 'no child started'\n"
        "got = ahead.result()\n"
        "assert got is not None, 'the child sent nothing'\n"
        "assert 'valkg.extract' not in sys.modules, 'reading the result imported the extractor'\n"
        "from valkg.extract import extract\n"
        "from valkg.reader import read_monograph\n"
        f"assert got == extract(read_monograph({source!r}))\n"
        "assert got.claims\n"
        "print('ok')"
    )
    assert process.returncode == 0, process.stderr
    assert process.stdout.strip() == "ok"


@pytest.mark.slow
@pytest.mark.parametrize("format_name", ["turtle", "n-quads"])
@pytest.mark.parametrize("source", SOURCES, ids=["bundled", "abiraterone", "acamprosate"])
def test_export_is_the_same_in_one_process_or_two(source, format_name):
    """``-j 1`` keeps everything in one process; the default extracts in a child."""
    monograph = [source] if source else []
    two = valkg("export", *monograph, "-f", format_name)
    one = valkg("export", *monograph, "-f", format_name, "-j", "1")
    assert two.returncode == one.returncode == 0, two.stderr
    assert two.stdout == one.stdout
    assert two.stderr == one.stderr


@forking
def test_a_child_that_fails_leaves_the_work_and_its_error_to_this_process(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    process = python(
        "from valkg.ahead import extract_ahead\n"
        "from valkg import api\n"
        f"ahead = extract_ahead({str(empty)!r})\n"
        "assert ahead is not None\n"
        f"result = api.build({str(empty)!r}, ahead=ahead)\n"
        "print(type(result.error).__name__, result.error)"
    )
    assert process.returncode == 0, process.stderr
    assert process.stdout.startswith("InputError")
    assert str(empty) in process.stdout
    exported = valkg("export", str(empty))
    assert exported.returncode == 2
    assert str(empty).encode() in exported.stderr
    assert exported.stdout == b""


def test_no_child_for_what_is_no_regular_file(tmp_path):
    """A missing file has nothing to extract; a pipe or /dev/stdin would be consumed by the child."""
    process = python(
        "import os\n"
        "from valkg.ahead import extract_ahead\n"
        f"print(extract_ahead({str(tmp_path / 'missing.txt')!r}), extract_ahead('/dev/stdin'), extract_ahead('-'))"
    )
    assert process.returncode == 0, process.stderr
    assert process.stdout.split() == ["None", "None", "None"]


@forking
def test_the_command_extracts_a_single_monograph_in_a_child():
    """What the speed of a cold export rests on: the command really starts the child."""
    process = python(
        "import sys\n"
        "import valkg.ahead as ahead\n"
        "started = []\n"
        "original = ahead.extract_ahead\n"
        "def recording(*args, **kwargs):\n"
        "    started.append(original(*args, **kwargs))\n"
        "    return started[-1]\n"
        "ahead.extract_ahead = recording\n"
        "from valkg.console import main\n"
        f"sys.argv = ['valkg', 'export', {SOURCES[1]!r}, '-f', 'n-triples', '-o', '/dev/null']\n"
        "try:\n"
        "    main()\n"
        "finally:\n"
        "    print([a is not None for a in started], file=sys.stderr)"
    )
    assert process.returncode == 0, process.stderr
    assert process.stderr.strip().endswith("[True]")


@forking
def test_the_child_saves_the_patterns_it_compiled(tmp_path):
    environment = {**os.environ, "VALKG_CACHE_DIR": str(tmp_path)}
    code = (
        "import sys\n"
        "from valkg.ahead import extract_ahead\n"
        "assert extract_ahead(None).result() is not None\n"
        "assert 'valkg.extract' not in sys.modules\n"
        "from valkg import recache\n"
        "print(len(recache._read(recache.cache_file())))"
    )
    process = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, env=environment, check=False
    )
    assert process.returncode == 0, process.stderr
    assert int(process.stdout) > 300


@forking
@pytest.mark.parametrize("stop", ["os.kill(ahead.pid, signal.SIGKILL)", "ahead.close()"], ids=["killed", "closed"])
def test_a_stopped_child_is_reaped_and_leaves_the_work_to_this_process(stop):
    process = python(
        "import os, signal\n"
        "from valkg.ahead import extract_ahead\n"
        "ahead = extract_ahead(None)\n"
        "pid = ahead.pid\n"
        f"{stop}\n"
        "result = ahead.result()\n"
        "try:\n"
        "    os.kill(pid, 0)\n"
        "except ProcessLookupError:\n"
        "    print(result, ahead.pid, 'reaped')"
    )
    assert process.returncode == 0, process.stderr
    assert process.stdout.split() == ["None", "None", "reaped"]


def test_no_child_once_the_extractor_is_loaded():
    import valkg.extract  # noqa: F401 - as in any process that has extracted before

    assert extract_ahead(None) is None
