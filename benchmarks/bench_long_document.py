"""Peak memory and time of ``kg build`` on one long plain-text document.

For each size (megabytes) a text file of synthetic news sentences, one per
line, is written and built into a fresh embedded store by a ``kg build
--workers 1`` child process; the peak resident memory of that child comes
from the kernel (``ru_maxrss`` of the waited-for child). Target: the peak does
not grow with the document's size (under 600 MB for 50 MB).

Run it alone, it is not part of ``benchmarks.run``::

    python -m benchmarks.bench_long_document 1 2 5 10
    python -m benchmarks.bench_long_document --chunk-chars 100000 1 2   # an older setting

``--chunk-chars`` sets :data:`kg.extract.pipeline.CHUNK_CHARS` (the most
characters handed to spaCy at once) in the child, to compare settings.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from benchmarks.corpus import generate_documents


def write_long_text(path: Path, megabytes: float, *, seed: int = 0, pool: int = 400) -> int:
    """Write about ``megabytes`` MB of sentences, one per line; return the size in bytes.

    The sentences of ``pool`` synthetic documents are repeated in turn, so the
    text grows while the distinct facts in it do not: what is measured is the
    cost of the text, not of a growing set of facts.
    """
    lines = [
        sentence.rstrip(".") + ".\n"
        for doc in generate_documents(pool, seed=seed)
        for sentence in doc.text.split(". ")
    ]
    target = int(megabytes * 1_000_000)
    size = 0
    with path.open("w", encoding="utf-8") as f:
        while size < target:
            for line in lines:
                f.write(line)
                size += len(line.encode("utf-8"))
                if size >= target:
                    break
    return size


def measure(megabytes: float, workdir: Path, chunk_chars: int | None = None) -> dict[str, Any]:
    """Build one document of ``megabytes`` MB; its size, peak RSS (MB) and seconds."""
    text = workdir / f"long-{megabytes:g}mb.txt"
    size = write_long_text(text, megabytes)
    store = workdir / f"store-{megabytes:g}"
    command = [sys.executable, "-m", "benchmarks.bench_long_document", "child"]
    command.append(str(chunk_chars or 0))
    log = workdir / "build.log"
    # The document is written a little past its size: let the build read it.
    env = dict(os.environ)
    limit = float(env.get("KG_MAX_DOCUMENT_MB") or 50)
    env["KG_MAX_DOCUMENT_MB"] = f"{max(limit, megabytes + 1):g}"
    started = time.perf_counter()
    with log.open("w") as out:
        proc = subprocess.Popen(
            [
                *command,
                "build",
                str(text),
                "--store",
                str(store),
                "--workers",
                "1",
                "--no-progress",
            ],
            stdout=out,
            stderr=subprocess.STDOUT,
            env=env,
        )
        # wait4 gives the peak of this one child, in kilobytes on Linux.
        _pid, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - started
    output = log.read_text().strip()
    text.unlink()
    shutil.rmtree(store, ignore_errors=True)
    if os.waitstatus_to_exitcode(status):
        raise SystemExit(f"kg build failed on {megabytes:g} MB:\n{output}")
    return {
        "mb": size / 1_000_000,
        "peak_rss_mb": usage.ru_maxrss / 1024,
        "seconds": seconds,
        "summary": output.splitlines()[-1] if output else "",
    }


def child(chunk_chars: int, args: list[str]) -> None:
    """Run the kg command line with ``args``, with ``CHUNK_CHARS`` set when not 0."""
    from kg.cli.main import main as kg_main
    from kg.extract import pipeline

    if chunk_chars:
        pipeline.CHUNK_CHARS = chunk_chars
    kg_main(args)


def main(argv: list[str] | None = None) -> None:
    args = list(argv if argv is not None else sys.argv[1:])
    if args[:1] == ["child"]:
        child(int(args[1]), args[2:])
        return
    chunk_chars = None
    if args[:1] == ["--chunk-chars"]:
        chunk_chars = int(args[1])
        args = args[2:]
    sizes = [float(a) for a in args] or [1, 2, 5, 10]
    with tempfile.TemporaryDirectory(prefix="kg-long-") as tmp:
        for mb in sizes:
            r = measure(mb, Path(tmp), chunk_chars)
            print(
                f"{r['mb']:6.1f} MB document: peak RSS {r['peak_rss_mb']:6.0f} MB, "
                f"{r['seconds']:7.1f} s  ({r['summary']})",
                flush=True,
            )


if __name__ == "__main__":
    main()
