"""PDF import benchmark: a 300-page report printed by LibreOffice, read by us and by pdftotext.

Builds a Word file of the bundled report's paragraphs repeated (numbered on, Arabic right to
left, English as is), prints it to PDF with LibreOffice, then times, in fresh processes of
the same run, `pdftotext` on the file and our importer (`import_files`, and the whole
`oicreader import --dry-run`), with each process's peak memory (and, for `import_files`,
that of its largest helper process: a long PDF's pages are shared with one per spare core).
Skips, saying so, when LibreOffice or pdftotext is missing.

    .venv/bin/python tests/benchmarks/bench_pdf.py                 # 300 pages, ar and en
    .venv/bin/python tests/benchmarks/bench_pdf.py --pages 50      # a quick look
    .venv/bin/python tests/benchmarks/bench_pdf.py --runs 3        # median and spread of 3

Wall seconds on a machine shared with other work mostly measure the wait for a core; CPU
seconds (user + system, of the process and of its helpers) are compared with pdftotext's too.
"""

from __future__ import annotations

import argparse
import compileall
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import docx
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

ROOT = Path(__file__).resolve().parents[2]
REPORT = ROOT / "resources" / "documents" / "oic-acm-2017-chair-rep"
sys.path.insert(0, str(ROOT))

from oicreader.importing.plain_text import read_report_file  # noqa: E402

# How many of the report's paragraphs fill a page at 12 pt, in LibreOffice's default fonts.
PARAGRAPHS_PER_PAGE = {"ar": 8.6, "en": 4.5}
IMPORTER = (
    "import sys; from pathlib import Path; "
    "from oicreader.importing.import_plan import import_files; "
    "plan = import_files([Path(sys.argv[1])], languages={Path(sys.argv[1]): sys.argv[2]}); "
    "print(len(plan.files[0].version.paragraphs), plan.files[0].pages); "
    "import resource; print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss); "
    "import json; print(json.dumps(plan.files[0].version.paragraphs, ensure_ascii=False))"
)


def report_as_word(language: str, pages: int, path: Path) -> int:
    """A .docx of the report's paragraphs repeated to fill about `pages` pages; returns how
    many numbered paragraphs it holds."""
    version = read_report_file(REPORT / f"{language}.txt", language)
    texts = [version.paragraphs[number] for number in sorted(version.paragraphs)]
    count = int(pages * PARAGRAPHS_PER_PAGE[language])
    document = docx.Document()
    style = document.styles["Normal"]
    style.font.size = Pt(12)
    for block in version.front_matter[:6]:
        _paragraph(document, block.text, language)
    for number in range(1, count + 1):
        _paragraph(document, f"{number}. {texts[(number - 1) % len(texts)]}", language)
    section = document.sections[0]
    header = section.header.paragraphs[0]
    header.text = version.front_matter_text("symbol") or "OIC"
    footer = section.footer.paragraphs[0]
    _page_number_field(footer)
    document.save(str(path))
    return count


def _paragraph(document: docx.document.Document, text: str, language: str) -> None:
    paragraph = document.add_paragraph(text)
    if language == "ar":
        paragraph.paragraph_format.element.get_or_add_pPr().append(OxmlElement("w:bidi"))
        for run in paragraph.runs:
            run._r.get_or_add_rPr().append(OxmlElement("w:rtl"))


def _page_number_field(paragraph: docx.text.paragraph.Paragraph) -> None:
    run = paragraph.add_run("- ")
    for kind, text in (("begin", None), (None, "PAGE"), ("end", None)):
        element = OxmlElement("w:fldChar" if kind else "w:instrText")
        if kind:
            element.set(qn("w:fldCharType"), kind)
        else:
            element.text = text
        run._r.append(element)
    paragraph.add_run(" -")


def run(command: list[str], environment: dict[str, str]) -> tuple[float, float, str, float]:
    """Seconds, peak memory (MB), standard output and CPU seconds (its helpers' too) of a
    command, in a process of its own. On a machine shared with other work the CPU time
    varies less than the seconds, which wait for a core.

    GNU time reports the command's own peak; without it, os.wait4 does, but a child forked
    from this process counts this process's memory too, so small peaks read as ours.
    """
    timer = shutil.which("time") or ("/usr/bin/time" if Path("/usr/bin/time").exists() else None)
    wrapped = [timer, "-f", "%M", *command] if timer else command
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    process = subprocess.Popen(
        wrapped, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=environment
    )
    out, err = process.communicate()
    seconds = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
    if process.returncode:
        raise SystemExit(f"{command[0]} failed: {err.decode(errors='replace')[-500:]}")
    if timer:
        peak = int(err.decode().strip().splitlines()[-1]) / 1024
    else:
        peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return seconds, peak, out.decode("utf-8", errors="replace"), cpu


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=300)
    parser.add_argument("--languages", default="ar,en")
    parser.add_argument("--runs", type=int, default=1, help="times each is run (median, range)")
    options = parser.parse_args()
    soffice, pdftotext = shutil.which("soffice"), shutil.which("pdftotext")
    if not soffice or not pdftotext:
        print("skipped: needs LibreOffice (soffice) and poppler's pdftotext to build and compare")
        return 0
    # The importer runs from bytecode, as installed: with PYTHONDONTWRITEBYTECODE set, a
    # module changed since its .pyc was written would be compiled again by every process
    # timed (some 10-20 ms for pdf_lines.py alone, in the importer and in its helper).
    compileall.compile_dir(ROOT / "oicreader", quiet=1)
    with tempfile.TemporaryDirectory(prefix="oicreader-bench-pdf-") as folder:
        work = Path(folder)
        environment = {**os.environ, "OICREADER_HOME": str(work / "home"), "TMPDIR": folder}
        environment["PYTHONPATH"] = str(ROOT)
        for language in options.languages.split(","):
            source = work / f"report-{language}.docx"
            count = report_as_word(language, options.pages, source)
            subprocess.run(
                [soffice, "--headless", f"-env:UserInstallation=file://{work}/lo",
                 "--convert-to", "pdf", "--outdir", str(work), str(source)],
                check=True, capture_output=True, env=environment,
            )  # fmt: skip
            pdf = source.with_suffix(".pdf")
            timings: dict[str, list[tuple[float, float, str, float]]] = {}
            for _ in range(options.runs):
                for name, command in (
                    ("pdftotext", [pdftotext, "-enc", "UTF-8", str(pdf), str(work / "out.txt")]),
                    ("import_files", [sys.executable, "-c", IMPORTER, str(pdf), language]),
                    ("oicreader import --dry-run",
                     [sys.executable, "-m", "oicreader", "import", str(pdf), "--dry-run",
                      "--symbol", "BENCH/1", "--lang", f"{pdf}={language}"]),
                ):  # fmt: skip
                    timings.setdefault(name, []).append(run(command, environment))
            counts, _, paragraphs = timings["import_files"][0][2].split("\n", 2)
            found, pages = counts.split()
            source = read_report_file(REPORT / f"{language}.txt", language).paragraphs
            texts = [source[number] for number in sorted(source)]
            whole = sum(
                text == texts[(int(number) - 1) % len(texts)]
                for number, text in json.loads(paragraphs).items()
            )
            print(
                f"{language}: {pages} pages, {pdf.stat().st_size / 1e6:.1f} MB, "
                f"{found} of {count} paragraphs found, {whole} word for word"
            )
            poppler = timings["pdftotext"]
            for name, measured in timings.items():
                helper_text = ""
                if name == "import_files":  # its second line: its largest helper's peak
                    helper_peak = max(int(out.split("\n")[1]) for _, _, out, _ in measured)
                    helper_text = f" + helper {helper_peak / 1024:.0f} MB" if helper_peak else ""
                walls = [
                    seconds / base[0] for (seconds, *_), base in zip(measured, poppler, strict=True)
                ]
                cpus = [cpu / base[3] for (*_, cpu), base in zip(measured, poppler, strict=True)]
                print(
                    f"  {name:28} {_spread([m[0] for m in measured])} s "
                    f"({_spread(walls, 1)}x pdftotext)  "
                    f"cpu {_spread([m[3] for m in measured])} s ({_spread(cpus, 1)}x)  "
                    f"peak {max(m[1] for m in measured):5.0f} MB{helper_text}"
                )
    return 0


def _spread(values: list[float], digits: int = 2) -> str:
    """The median of some measures, and their range when there are several."""
    ordered = sorted(values)
    median = ordered[len(ordered) // 2]
    if len(ordered) == 1:
        return f"{median:.{digits}f}"
    return f"{median:.{digits}f} [{ordered[0]:.{digits}f}-{ordered[-1]:.{digits}f}]"


if __name__ == "__main__":
    raise SystemExit(main())
