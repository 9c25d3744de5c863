"""Print benchmark: time and peak memory of our PDFs against Qt's own QTextDocument.print_().

Run on demand: .venv/bin/python tests/benchmarks/bench_print.py
Each case runs in its own child process, so its peak resident memory (ru_maxrss) is its own.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPOSITORY_ROOT = Path(__file__).resolve().parents[2]
REPORT_FOLDER = REPOSITORY_ROOT / "resources" / "documents" / "oic-acm-2017-chair-rep"
GENERATED_PARAGRAPHS = 2000
QT_REFERENCE_DPI = 96  # the resolution a QTextDocument without a paint device lays out at
CASES = {
    # name: (document, renderer, target in seconds)
    "report 16 x 3, ours": ("report", "ours", 1.0),
    "report 16 x 3, Qt print_()": ("report", "baseline", None),
    "generated 2000 x 3, ours": ("generated", "ours", 30.0),
    "generated 2000 x 3, Qt print_()": ("generated", "baseline", None),
}


def _load_document(kind: str):  # type: ignore[no-untyped-def]
    from oicreader.importing.bundle import load_document_folder
    from oicreader.model.document import Document, LanguageVersion

    report = load_document_folder(REPORT_FOLDER)
    if kind == "report":
        return report
    # 2,000 paragraphs varied from the report's 16: each is one of them followed by the
    # first words of another, so lengths and line breaks differ from row to row.
    versions = {}
    for language, version in report.versions.items():
        source = [version.paragraphs[number] for number in sorted(version.paragraphs)]
        paragraphs = {}
        for number in range(1, GENERATED_PARAGRAPHS + 1):
            base = source[(number - 1) % len(source)]
            extra = source[(number * 7) % len(source)].split()[: number % 60]
            paragraphs[number] = " ".join([base, *extra])
        versions[language] = LanguageVersion(language, version.front_matter, paragraphs)
    return Document(
        id="generated",
        symbol="OIC/GEN-2000",
        titles=report.titles,
        date=report.date,
        status=report.status,
        source_language=report.source_language,
        versions=versions,
    )


def run_case(name: str) -> dict[str, float]:
    """Run one case in this process and return its figures."""
    kind, renderer, _ = CASES[name]
    from oicreader.render.headless import ensure_gui_application

    ensure_gui_application()
    from PySide6.QtGui import QPageSize, QPdfWriter

    from oicreader.render.parallel_document import build_parallel_document
    from oicreader.render.pdf_output import save_pdf
    from oicreader.render.print_layout import build_print_document
    from oicreader.render.print_options import PrintOptions

    document = _load_document(kind)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "out.pdf"
        started = time.perf_counter()
        if renderer == "ours":
            printed = build_print_document(document, PrintOptions(paper="a4"))
            laid_out = time.perf_counter()
            pages = save_pdf(printed, path)
        else:
            built = build_parallel_document(document, ["fr", "en", "ar"])
            # A page size makes print_() paint the document's own pages. Without one it
            # lays out a copy, and for 2,000 paragraphs that copy stopped after 613 of
            # its pages, with under half of the text: no fair comparison.
            a4 = QPageSize(QPageSize.PageSizeId.A4).size(QPageSize.Unit.Point)
            built.document.setPageSize(a4 * QT_REFERENCE_DPI / 72)
            laid_out = time.perf_counter()
            writer = QPdfWriter(str(path))
            writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
            built.document.print_(writer)
            del writer
            pages = 0
        finished = time.perf_counter()
        size = path.stat().st_size
        pages = pages or len(re.findall(rb"/Type\s*/Page(?![s\w])", path.read_bytes()))
    usage = resource.getrusage(resource.RUSAGE_SELF)
    # ru_maxrss is in kilobytes on Linux and in bytes on macOS.
    peak_mb = usage.ru_maxrss / (1024 * 1024 if sys.platform == "darwin" else 1024)
    return {
        "layout_s": laid_out - started,
        "total_s": finished - started,
        "pages": pages,
        "pdf_kb": size / 1024,
        "peak_mb": peak_mb,
    }


def main() -> int:
    """Run every case in a child process and print a table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--case", choices=CASES, help="run one case here (used by the parent)")
    arguments = parser.parse_args()
    if arguments.case:
        print(json.dumps(run_case(arguments.case)))
        return 0
    environment = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    environment["PYTHONPATH"] = str(REPOSITORY_ROOT)
    header = (
        f"{'case':32} {'layout s':>9} {'total s':>8} {'target':>7} {'pages':>6} "
        f"{'PDF KB':>8} {'peak MB':>8}"
    )
    print(header)
    print("-" * len(header))
    failed = False
    for name, (_, _, target) in CASES.items():
        result = subprocess.run(
            [sys.executable, __file__, "--case", name],
            capture_output=True,
            text=True,
            env=environment,
            check=False,
        )
        if result.returncode != 0:
            print(f"{name:32} failed:\n{result.stderr}")
            failed = True
            continue
        figures = json.loads(result.stdout.strip().splitlines()[-1])
        target_text = f"≤{target:g}" if target else "—"
        if target and figures["total_s"] > target:
            target_text += " ✗"
            failed = True
        print(
            f"{name:32} {figures['layout_s']:9.2f} {figures['total_s']:8.2f} {target_text:>7} "
            f"{figures['pages']:6.0f} {figures['pdf_kb']:8.0f} {figures['peak_mb']:8.0f}"
        )
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
