"""Cold start to the first painted main window on the demo workshop, and plan import.

Prints ``name: value unit`` lines. Each start is a fresh Python process (as a user
launching the app): from process spawn to the main window's first paint event.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

CHILD = r"""
import sys, time
from pathlib import Path
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication
from facilitator_app.app import initial_context, open_store_for_gui
from facilitator_app.clock import SystemClock
from facilitator_app.ui.i18n import install_translators
from facilitator_app.ui.main_window import MainWindow

class FirstPaint(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            print(f"painted {time.time():.6f}", flush=True)
            QApplication.instance().exit(0)
        return False

app = QApplication(sys.argv)
install_translators(app, "nb")
store = open_store_for_gui(Path(sys.argv[1]), True, SystemClock())
context = initial_context(store, True)
window = MainWindow(store, context, SystemClock())
window.installEventFilter(FirstPaint(window))
window.show()
app.exec()
store.close()
"""


def one_start(data_dir: Path) -> float:
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    start = time.time()
    proc = subprocess.run(
        [sys.executable, "-c", CHILD, str(data_dir)],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=120,
        check=True,
    )
    painted = next(line for line in proc.stdout.splitlines() if line.startswith("painted"))
    return float(painted.split()[1]) - start


def plan_import_times(runs: int = 5) -> tuple[float, float]:
    from facilitator_app.paths import demo_plan_path
    from facilitator_app.services.plan_file import load_plan
    from facilitator_app.services.plan_import import import_plan
    from facilitator_app.store import Store

    first, again = [], []
    for _ in range(runs):
        with tempfile.TemporaryDirectory() as tmp:
            store = Store.open(Path(tmp))
            t0 = time.perf_counter()
            import_plan(store, load_plan(demo_plan_path()))
            first.append(time.perf_counter() - t0)
            t0 = time.perf_counter()
            import_plan(store, load_plan(demo_plan_path()))
            again.append(time.perf_counter() - t0)
            store.close()
    return statistics.median(first), statistics.median(again)


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "demo"
        first = one_start(data)  # empty folder: migrations and demo import included
        warm = sorted(one_start(data) for _ in range(5))
    print(f"startup_first_run_to_first_paint: {first * 1000:.0f} ms")
    print(f"startup_to_first_paint_median: {statistics.median(warm) * 1000:.0f} ms")
    print(f"startup_to_first_paint_max: {warm[-1] * 1000:.0f} ms")
    fresh, repeat = plan_import_times()
    print(f"plan_import_demo_fresh_median: {fresh * 1000:.0f} ms")
    print(f"plan_import_demo_unchanged_median: {repeat * 1000:.1f} ms")


if __name__ == "__main__":
    main()
