"""Size of the built app and its start-up time next to the source install.

    python packaging/measure.py [--runs 5]

Start-up is measured as the wall time of a whole command, from process start to exit,
median of --runs runs, for the built program (dist/) and for the source install (the
`oicreader` script beside this Python). The frozen program cannot load a probe, so time to
first paint (tests/benchmarks/bench_window.py) is stood in for by `oicreader screenshot`:
it starts Qt, opens the library, builds and lays out the window, paints it and saves a
PNG. `--version` shows the bare cost of starting each program. "new data folder" runs
start with an empty OICREADER_HOME, as on a reader's first start (the library is built).
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def _build_module():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("oicreader_packaging_build", HERE / "build.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


build = _build_module()


def frozen_program() -> Path:
    """The built program in dist/."""
    if build.system() == "macos":
        return build.DIST / "OICReader.app" / "Contents" / "MacOS" / "OICReader"
    suffix = ".exe" if build.system() == "windows" else ""
    return build.app_folder() / f"OICReader{suffix}"


def source_program() -> Path:
    """The `oicreader` script of the source install (pip install -e .)."""
    scripts = Path(sys.executable).parent
    return scripts / ("oicreader.exe" if build.system() == "windows" else "oicreader")


def median_seconds(command: list[str], runs: int, new_home_each_run: bool) -> float:
    """Median wall time of a command, each run offscreen, in a warm or a new data folder."""
    times = []
    with tempfile.TemporaryDirectory() as scratch:
        warm_home = Path(scratch) / "home"
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "OICREADER_HOME": str(warm_home)}
        if not new_home_each_run:  # one run first, so the library exists
            _run(command, env, scratch)
        for run in range(runs):
            if new_home_each_run:
                env["OICREADER_HOME"] = str(Path(scratch) / f"home-{run}")
            started = time.perf_counter()
            _run(command, env, scratch)
            times.append(time.perf_counter() - started)
    return statistics.median(times)


def _run(command: list[str], env: dict[str, str], folder: str) -> None:
    result = subprocess.run(command, env=env, capture_output=True, text=True, cwd=folder)
    if result.returncode != 0:
        raise SystemExit(f"measure: {' '.join(command)} failed:\n{result.stderr}")


def main(argv: list[str] | None = None) -> int:
    """Print sizes and a start-up table."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--runs", type=int, default=5)
    arguments = parser.parse_args(argv)
    frozen, source = frozen_program(), source_program()
    for program in (frozen, source):
        if not program.is_file():
            raise SystemExit(f"measure: {program} is missing (python packaging/build.py?)")
    print(f"unpacked folder: {build.folder_size(build.app_folder()) / 1e6:.1f} MB")
    for kind in ("archive", "installer", "dmg"):
        path = build.artifact(kind)
        if path.is_file():
            print(f"{path.name}: {path.stat().st_size / 1e6:.1f} MB")
    cases = [
        ("--version", ["--version"], False),
        ("screenshot", ["screenshot", "shot.png"], False),
        ("screenshot, new data folder", ["screenshot", "shot.png"], True),
    ]
    print(f"\nmedian of {arguments.runs} runs, seconds   built app   source install")
    for label, command, new_home in cases:
        built = median_seconds([str(frozen), *command], arguments.runs, new_home)
        from_source = median_seconds([str(source), *command], arguments.runs, new_home)
        print(f"{label:<36}{built:>10.2f}{from_source:>17.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
