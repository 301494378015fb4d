"""Cold start of the built program (``make dist``) next to ``make run``'s, measured alike.

Each start is a fresh process on the demo workshop with ``--quit-after 0``: from spawn
until the window has painted and closed again. The two programs take turns, so a busy
machine slows both alike. Also the first start of the Linux single file, which unpacks
itself first. Prints ``name: value unit`` lines; says so and exits 0 when nothing is built.
"""

from __future__ import annotations

import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FROZEN = ROOT / "dist" / "facilitator-app" / "facilitator-app"
SOURCE = ROOT / ".venv" / "bin" / "facilitator-app"  # what `make run` starts
RUNS = 5


CPU: dict[Path, list[float]] = {}


def one_start(program: Path, data: Path, env: dict[str, str]) -> float:
    """Seconds from spawn to the window painted and closed (CPU seconds go to ``CPU``)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    subprocess.run(
        [str(program), "--demo", "--data-dir", str(data), "--quit-after", "0"],
        env=env,
        check=True,
        capture_output=True,
        timeout=300,
    )
    took = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    CPU.setdefault(program, []).append(cpu)
    return took


def main() -> int:
    """Measure and print."""
    if not FROZEN.is_file() or not SOURCE.is_file():
        print("startup_dist: skipped (run `make dist` first)")
        return 0
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    with tempfile.TemporaryDirectory() as tmp:
        frozen_data, source_data = Path(tmp) / "frozen", Path(tmp) / "source"
        # The first start of each imports the demo plan into an empty folder.
        print(f"dist_first_start_empty_folder: {one_start(FROZEN, frozen_data, env):.2f} s")
        print(f"run_first_start_empty_folder: {one_start(SOURCE, source_data, env):.2f} s")
        frozen: list[float] = []
        source: list[float] = []
        for _ in range(RUNS):
            frozen.append(one_start(FROZEN, frozen_data, env))
            source.append(one_start(SOURCE, source_data, env))
        f_med, s_med = statistics.median(frozen), statistics.median(source)
        print(f"dist_start_to_painted_and_closed_median: {f_med:.2f} s")
        print(f"run_start_to_painted_and_closed_median: {s_med:.2f} s")
        print(f"dist_vs_run_start_ratio: {f_med / s_med:.2f} x")
        # CPU time barely depends on how busy the machine is; wall time does.
        f_cpu = statistics.median(CPU[FROZEN][1:])
        s_cpu = statistics.median(CPU[SOURCE][1:])
        print(f"dist_start_cpu_median: {f_cpu:.2f} s")
        print(f"run_start_cpu_median: {s_cpu:.2f} s")
        single = sorted((ROOT / "dist").glob("facilitator-app-*.run"))
        if single:
            cache = Path(tmp) / "cache"
            single_env = dict(env, XDG_CACHE_HOME=str(cache))
            first = one_start(single[-1], Path(tmp) / "single", single_env)
            again = one_start(single[-1], Path(tmp) / "single", single_env)
            print(f"single_file_first_start_with_unpack: {first:.2f} s")
            print(f"single_file_later_start: {again:.2f} s")
            shutil.rmtree(cache, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
