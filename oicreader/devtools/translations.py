"""Building the interface translations with Qt's own tools: lupdate, then lrelease.

    python -m oicreader.devtools.translations build    # refresh the .ts, make the .qm
    python -m oicreader.devtools.translations release  # make the .qm from the .ts only
    python -m oicreader.devtools.translations check    # exit 1 when a .qm or .ts is stale

The .ts files (resources/translations/oicreader_<lang>.ts) are what translators edit, in Qt
Linguist or any text editor; the .qm files built from them are committed too, so an install
from the checkout needs no build step. qtbase_supplement_<lang>.ts holds the few strings of
Qt's own print and file dialogs that Qt's catalogues leave in English; lupdate leaves it
alone, lrelease compiles it. tests/ui/test_translation_files.py runs `check`. A build tool,
not part of the running app: it lives outside oicreader/ui, and the frozen app leaves it out.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ElementTree
from pathlib import Path

from oicreader.paths import translations_dir

PACKAGE = Path(__file__).resolve().parent.parent
# The widgets' modules: they call tr().
UI_SOURCES = PACKAGE / "ui"
# Core code (Qt-free) marks its messages with oicreader.errors.explained(template, **values);
# lupdate reads the template as it reads QT_TR_NOOP (outside a class: the empty context), and
# the window translates it (ui/error_dialog.py). Rendering and the command line have none.
CORE_MESSAGE_FUNCTION = "explained"
NOT_CORE = ("ui", "cli", "render", "devtools")
# Arabic and French translate every string; English, the language of the source strings,
# needs only the plural forms ("1 paragraph found", "2 paragraphs found").
TRANSLATED_LANGUAGES = ("ar", "fr")
PLURALS_ONLY_LANGUAGES = ("en",)
TRANSLATION_FILE_LANGUAGES = TRANSLATED_LANGUAGES + PLURALS_ONLY_LANGUAGES
SUPPLEMENT_LANGUAGES = ("ar", "fr")
# Runs the tool PySide6 ships (PySide6/lupdate, PySide6/lrelease) the way its own
# pyside6-lupdate script does, without depending on where that script was installed.
_TOOL = "import sys; from PySide6.scripts import pyside_tool; pyside_tool.{}()"

MessageKey = tuple[str, str, str]  # context, source text, comment


class TranslationToolError(RuntimeError):
    """lupdate or lrelease failed; the message holds what the tool said."""


def ts_path(language: str, folder: Path | None = None) -> Path:
    """The translation source of a language."""
    return (folder or translations_dir()) / f"oicreader_{language}.ts"


def qm_path(language: str, folder: Path | None = None) -> Path:
    """The compiled translation of a language, loaded at run time."""
    return (folder or translations_dir()) / f"oicreader_{language}.qm"


def supplement_path(language: str, folder: Path | None = None, suffix: str = ".ts") -> Path:
    """Our translations of strings Qt's own qtbase_<lang>.qm lacks (.ts, or .qm with suffix)."""
    return (folder or translations_dir()) / f"qtbase_supplement_{language}{suffix}"


def _compiled_pairs(
    source_folder: Path | None, output_folder: Path | None
) -> list[tuple[Path, Path]]:
    """Every (.ts, .qm) pair the build makes."""
    output_folder = output_folder or source_folder
    pairs = [
        (ts_path(code, source_folder), qm_path(code, output_folder))
        for code in TRANSLATION_FILE_LANGUAGES
    ]
    pairs += [
        (supplement_path(code, source_folder), supplement_path(code, output_folder, ".qm"))
        for code in SUPPLEMENT_LANGUAGES
    ]
    return pairs


def source_files() -> list[Path]:
    """Every module whose strings are translated: the widgets and core code's messages."""
    return sorted(UI_SOURCES.glob("*.py")) + core_source_files()


def core_source_files() -> list[Path]:
    """The Qt-free modules, whose messages the window shows translated."""
    return sorted(
        path for path in PACKAGE.rglob("*.py") if path.relative_to(PACKAGE).parts[0] not in NOT_CORE
    )


def _run(tool: str, arguments: list[str]) -> str:
    completed = subprocess.run(
        [sys.executable, "-c", _TOOL.format(tool), *arguments],
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
    )
    if completed.returncode != 0:
        raise TranslationToolError(f"{tool} failed:\n{completed.stdout}{completed.stderr}")
    return completed.stdout


def update_sources(folder: Path | None = None) -> None:
    """lupdate: add new strings to the .ts files and drop the ones the code no longer has."""
    for language in TRANSLATION_FILE_LANGUAGES:
        arguments = [str(path) for path in source_files()]
        arguments += ["-ts", str(ts_path(language, folder)), "-no-obsolete", "-silent"]
        arguments += ["-locations", "relative", "-target-language", language]
        arguments += ["-tr-function-alias", f"QT_TR_NOOP+={CORE_MESSAGE_FUNCTION}"]
        if language in PLURALS_ONLY_LANGUAGES:
            arguments.append("-pluralonly")
        _run("lupdate", arguments)


def release(source_folder: Path | None = None, output_folder: Path | None = None) -> list[Path]:
    """lrelease: compile each .ts into the .qm the app loads; return the .qm paths."""
    built = []
    for source, output in _compiled_pairs(source_folder, output_folder):
        _run("lrelease", ["-silent", str(source), "-qm", str(output)])
        built.append(output)
    return built


def messages(ts_file: Path) -> dict[MessageKey, ElementTree.Element]:
    """The messages of a .ts file by (context, source, comment)."""
    found: dict[MessageKey, ElementTree.Element] = {}
    for context in ElementTree.parse(ts_file).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            key = (name, message.findtext("source") or "", message.findtext("comment") or "")
            found[key] = message
    return found


def unfinished(ts_file: Path) -> list[MessageKey]:
    """Messages without a finished translation (all their plural forms filled)."""
    missing = []
    for key, message in messages(ts_file).items():
        translation = message.find("translation")
        if translation is None or translation.get("type") in ("unfinished", "vanished"):
            missing.append(key)
            continue
        forms = translation.findall("numerusform")
        texts = [form.text for form in forms] if forms else [translation.text]
        if not all(texts):
            missing.append(key)
    return missing


def problems() -> list[str]:
    """What `check` reports: strings in the code missing from a .ts, and stale .qm files."""
    found = []
    with tempfile.TemporaryDirectory(prefix="oicreader-translations-") as scratch:
        folder = Path(scratch)
        for source, _output in _compiled_pairs(None, None):
            shutil.copyfile(source, folder / source.name)
        release(folder)
        for (source, committed), (_copy, fresh) in zip(
            _compiled_pairs(None, None), _compiled_pairs(folder, None), strict=True
        ):
            if not committed.is_file():
                found.append(f"{committed.name} is missing: run the build")
            elif committed.read_bytes() != fresh.read_bytes():
                found.append(f"{committed.name} is older than {source.name}")
        before = {
            language: set(messages(ts_path(language, folder)))
            for language in TRANSLATION_FILE_LANGUAGES
        }
        update_sources(folder)
        for language in TRANSLATION_FILE_LANGUAGES:
            after = set(messages(ts_path(language, folder)))
            for context, source_text, _comment in sorted(after - before[language]):
                found.append(f"{ts_path(language).name} lacks {context}: {source_text!r}")
            for context, source_text, _comment in sorted(before[language] - after):
                found.append(f"{ts_path(language).name} still has {context}: {source_text!r}")
    return found


def main(arguments: list[str]) -> int:
    """The build step's command line; see the module's docstring."""
    command = arguments[0] if arguments else "build"
    if command == "build":
        update_sources()
        for language in TRANSLATION_FILE_LANGUAGES:
            left = unfinished(ts_path(language))
            if left:
                print(f"{ts_path(language).name}: {len(left)} string(s) to translate")
        for path in release():
            print(f"built {path}")
        return 0
    if command == "release":
        for path in release():
            print(f"built {path}")
        return 0
    if command == "check":
        found = problems()
        for problem in found:
            print(problem)
        return 1 if found else 0
    print(f"usage: python -m oicreader.devtools.translations build|release|check, not {command!r}")
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
