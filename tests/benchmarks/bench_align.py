"""Alignment benchmark: 2,000 paragraphs in three languages aligned by content, in ≤ 2 s.

Builds a report of 2,000 paragraphs from the bundled report's (years and days varied, so
anchors are not all alike), perturbs the translations as real ones differ (every 50th
paragraph merged into the next in English, every 70th dropped in French), then times, in the
same run:
- the baseline: pairing the versions by paragraph number, as the importer does today;
- finding the anchors (numbers, symbols, gazetteer names) of every paragraph version;
- the whole alignment of English and French to the Arabic spine, anchors included.

    .venv/bin/python tests/benchmarks/bench_align.py
    .venv/bin/python tests/benchmarks/bench_align.py --paragraphs 500
"""

from __future__ import annotations

import argparse
import random
import re
import time
from pathlib import Path

from oicreader.align.paragraphs import align_versions, segments_of
from oicreader.importing.bundle import load_document_folder

ROOT = Path(__file__).resolve().parents[2]
REPORT = load_document_folder(ROOT / "resources/documents/oic-acm-2017-chair-rep")
BUDGET_SECONDS = 2.0


def generated_versions(count: int) -> dict[str, list[str]]:
    """`count` paragraphs per language, the report's in turn, each with its own year."""
    randomness = random.Random(7)
    versions: dict[str, list[str]] = {language: [] for language in REPORT.languages}
    originals = REPORT.paragraphs
    for index in range(count):
        paragraph = originals[index % len(originals)]
        year = str(randomness.randint(1950, 2030))
        for language, texts in versions.items():
            texts.append(re.sub(r"\b(19|20)\d\d\b", year, paragraph.texts[language]))
    versions["en"] = merged_every(versions["en"], 50)
    versions["fr"] = [text for index, text in enumerate(versions["fr"]) if index % 70 != 35]
    return versions


def merged_every(texts: list[str], period: int) -> list[str]:
    """Each `period`-th paragraph joined to the next, as a translation that merges them."""
    result: list[str] = []
    for index, text in enumerate(texts):
        if index % period == 1 and result:
            result[-1] += " " + text
        else:
            result.append(text)
    return result


def expected_pairs(count: int) -> dict[str, set[tuple[int, int]]]:
    """The pairs a right alignment makes with the perturbations of `generated_versions`."""
    english: set[tuple[int, int]] = set()
    row = -1
    for index in range(count):
        if not (index % 50 == 1 and index > 0):
            row += 1
        english.add((index, row))
    kept = [index for index in range(count) if index % 70 != 35]
    french = {(index, row) for row, index in enumerate(kept)}
    return {"en": english, "fr": french}


def best_of(runs: int, action: object) -> float:
    """The fastest of several runs, in seconds (the machine's other work only slows a run)."""
    assert callable(action)
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return min(times)


def pair_by_number(versions: dict[str, list[str]]) -> dict[str, list[tuple[int, int]]]:
    """Today's alignment: row n of each version beside row n of the source."""
    spine = versions["ar"]
    return {
        language: [(index, index) for index in range(min(len(spine), len(texts)))]
        for language, texts in versions.items()
        if language != "ar"
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--paragraphs", type=int, default=2000)
    parser.add_argument("--runs", type=int, default=3)
    arguments = parser.parse_args()
    versions = generated_versions(arguments.paragraphs)
    counts = ", ".join(f"{language} {len(texts)}" for language, texts in versions.items())
    print(f"paragraphs: {counts}")
    # Load the gazetteer and compile what is compiled once per process, outside the timing.
    segments_of(versions["ar"][:1], "ar")

    baseline = best_of(arguments.runs, lambda: pair_by_number(versions))
    anchors = best_of(
        arguments.runs,
        lambda: [segments_of(texts, language) for language, texts in versions.items()],
    )
    alignment = best_of(arguments.runs, lambda: align_versions("ar", versions))
    links = align_versions("ar", versions)
    for language, expected in expected_pairs(arguments.paragraphs).items():
        found = {(s, t) for link in links[language] for s in link.source for t in link.target}
        right = len(found & expected) / max(len(found), len(expected))
        print(f"{language}: {right:.1%} of paragraph pairs right")
    merges = sum(link.kind == "2:1" for link in links["en"])
    gaps = sum(link.kind == "1:0" for link in links["fr"])
    print(f"baseline, pairing by number:        {baseline * 1000:8.1f} ms")
    print(f"anchors of every paragraph version: {anchors * 1000:8.1f} ms")
    print(f"alignment by content (anchors too): {alignment * 1000:8.1f} ms")
    print(f"found {merges} merges in en, {gaps} gaps in fr")
    verdict = "within" if alignment <= BUDGET_SECONDS else "OVER"
    print(f"{verdict} the budget of {BUDGET_SECONDS:.0f} s for {arguments.paragraphs} paragraphs")


if __name__ == "__main__":
    main()
