"""Smoke test of the built application, run as a reader would: offline and with no display.

    python packaging/build.py && python -m pytest packaging/smoke_test.py

The normal test run does not collect this file (pytest's testpaths is tests/): it needs
the built app, and fails, never skips, when the app is not there. It tests what is handed
to a reader: on Linux the .tar.gz and on Windows the .zip, unpacked into a new folder (so
the folder is also shown to run from anywhere); on macOS dist/OICReader.app. Set
OICREADER_APP to the program to test another copy (an installed one, say).

Every run gets its own empty OICREADER_HOME. On Linux each run is traced with strace, so
a socket the Qt or C code opens is caught as well as one from Python; on every system the
app's own audit hook (packaging/rthooks/network_audit.py) logs any socket Python opens.
"""

from __future__ import annotations

import importlib.util
import json
import marshal
import os
import re
import shutil
import struct
import subprocess
import sys
import tarfile
import unicodedata
import zipfile
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

import pytest

pytestmark = pytest.mark.slow

HERE = Path(__file__).resolve().parent
IS_LINUX = sys.platform.startswith("linux")
RUN_TIMEOUT_SECONDS = 180
SCREENSHOT_SIZE = (1200, 800)
# Words of paragraph 6 in each language, and one of paragraph 7 that must not be printed.
PARAGRAPH_6_WORDS = ("Rohingya", "rohingya", "الروهينغايا")
PARAGRAPH_7_WORD = "Kurdistan"
# Socket families that never leave the computer: local sockets (D-Bus, the X server) and
# the kernel's netlink. Anything else (AF_INET, AF_INET6, AF_PACKET, ...) is a network.
LOCAL_SOCKET_FAMILIES = ("AF_UNIX", "AF_LOCAL", "AF_NETLINK")


def _load(name: str) -> ModuleType:
    # packaging/ is not a package (it would hide PyPI's `packaging`): load files by path.
    spec = importlib.util.spec_from_file_location(
        f"oicreader_packaging_{name}", HERE / f"{name}.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


build = _load("build")
bundle_contents = _load("bundle_contents")


@dataclass
class Run:
    """One run of the built program: its result and what it did with sockets."""

    arguments: tuple[str, ...]
    result: subprocess.CompletedProcess[str]
    home: Path
    trace: Path | None  # strace's log (Linux)
    audit: Path  # the app's own network audit log (absent when nothing happened)

    def check(self) -> Run:
        """Fail with the program's own output unless it exited with 0 and printed no traceback."""
        assert self.result.returncode == 0, (
            f"`OICReader {' '.join(self.arguments)}` exited with {self.result.returncode}\n"
            f"stdout:\n{self.result.stdout}\nstderr:\n{self.result.stderr}"
        )
        # An exception in a Qt slot is printed, not raised: the exit status hides it (a
        # module PyInstaller missed fails this way, only where the code path runs).
        assert "Traceback (most recent call last)" not in self.result.stderr, self.result.stderr
        return self


@pytest.fixture(scope="session")
def program(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The built program, unpacked from its archive where the system has one."""
    explicit = os.environ.get("OICREADER_APP")
    if explicit:
        path = Path(explicit)
        if not path.is_file():
            pytest.fail(f"OICREADER_APP={explicit} is not a file", pytrace=False)
        return path
    if build.system() == "macos":
        path = build.DIST / "OICReader.app" / "Contents" / "MacOS" / "OICReader"
        _require_built(path)
        return path
    archive = build.artifact("archive")
    _require_built(archive)
    folder = tmp_path_factory.mktemp("unpacked")
    if archive.suffix == ".zip":
        with zipfile.ZipFile(archive) as bundle:
            bundle.extractall(folder)
        return folder / "OICReader" / "OICReader.exe"
    with tarfile.open(archive) as tar:
        tar.extractall(folder, filter="tar")
    return folder / "OICReader" / "OICReader"


def _require_built(path: Path) -> None:
    if not path.exists():
        pytest.fail(
            f"{path} is missing: build the app first with `python packaging/build.py`",
            pytrace=False,
        )


def run_app(
    program: Path, tmp_path_factory: pytest.TempPathFactory, *arguments: str, **environment: str
) -> Run:
    """Run the program with a new data folder, no display, and every socket call recorded."""
    home = tmp_path_factory.mktemp("home")
    audit = home.parent / f"{home.name}-network-audit.log"
    env = _environment(home, OICREADER_NETWORK_AUDIT=str(audit), **environment)
    command = [str(program), *arguments]
    trace = None
    if IS_LINUX:
        strace = shutil.which("strace")
        if strace is None:
            pytest.fail("strace is needed to watch for network use: apt-get install strace")
        trace = home.parent / f"{home.name}-strace.log"
        command = [strace, "-f", "-qq", "-o", str(trace), "-e", "trace=network", *command]
    result = subprocess.run(
        command,
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=RUN_TIMEOUT_SECONDS,
        cwd=home,
    )
    return Run(tuple(arguments), result, home, trace, audit)


def _environment(home: Path, **settings: str) -> dict[str, str]:
    """This process's environment without a display, with `home` as the data folder."""
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "OICREADER_HOME")
    }
    env.update(OICREADER_HOME=str(home), **settings)
    return env


@pytest.fixture(scope="session")
def runs(program: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Run]:
    """Each command the smoke test makes, run once, each with its own new data folder."""
    out = tmp_path_factory.mktemp("out")
    width, height = SCREENSHOT_SIZE
    return {
        "version": run_app(program, tmp_path_factory, "--version"),
        "docs": run_app(program, tmp_path_factory, "docs", "--json"),
        "topics": run_app(program, tmp_path_factory, "topics"),
        "print": run_app(program, tmp_path_factory, "print", "-p", "6", "-o", str(out / "p6.pdf")),
        "import pdf": run_app(
            program,
            tmp_path_factory,
            "import",
            str(_text_pdf(out / "report.pdf", PDF_REPORT_LINES)),
            "--dry-run",
            "--json",
        ),
        "screenshot": run_app(
            program,
            tmp_path_factory,
            "screenshot",
            str(out / "window.png"),
            "-p",
            "6",
            "--size",
            f"{width}x{height}",
            QT_QPA_PLATFORM="offscreen",
        ),
    }


# A report as a PDF with a text layer: the built app must read it with its bundled PDFium.
PDF_REPORT_LINES = (
    "OIC/SMOKE/2026/1",
    "",
    "1. The meeting opened in New York.",
    "2. The meeting closed on 22 September 2017.",
)


def _text_pdf(path: Path, lines: tuple[str, ...]) -> Path:
    """A one-page PDF of lines in Helvetica, written by hand (no producer needed in CI)."""
    drawn = "".join(
        f"BT /F1 12 Tf 72 {720 - 18 * index} Td ({line}) Tj ET\n"
        for index, line in enumerate(lines)
        if line
    ).encode("latin-1")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R"
        b" /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(drawn) + drawn + b"endstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    data = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(data))
        data += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    table = len(data)
    data += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    data += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    data += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        table,
    )
    path.write_bytes(bytes(data))
    return path


def test_reads_a_pdf_report_with_its_bundled_pdfium(runs: dict[str, Run]) -> None:
    [plan] = [json.loads(line) for line in runs["import pdf"].check().result.stdout.splitlines()]
    assert plan["symbol"] == "OIC/SMOKE/2026/1"
    assert [(f["format"], f["lang"], f["paragraphs"]) for f in plan["files"]] == [("pdf", "en", 2)]


def test_prints_its_version(runs: dict[str, Run]) -> None:
    run = runs["version"].check()
    assert run.result.stdout.strip() == f"oicreader {build.version()}"


def test_finds_the_bundled_report(runs: dict[str, Run]) -> None:
    documents = [json.loads(line) for line in runs["docs"].check().result.stdout.splitlines()]
    report = next(d for d in documents if d["symbol"] == "OIC/ACM-2017/CHAIR-REP")
    assert report["languages"] == ["ar", "en", "fr"]
    assert report["paragraphs"] == 16
    assert (runs["docs"].home / "library.db").is_file()


def test_finds_the_bundled_topics(runs: dict[str, Run]) -> None:
    lines = runs["topics"].check().result.stdout.splitlines()
    assert any(re.match(r"theme\s+The Rohingya Muslims of Myanmar\s+¶ 6$", line) for line in lines)


def test_writes_a_pdf_of_paragraph_6_without_a_display(runs: dict[str, Run]) -> None:
    run = runs["print"]
    if "invalid choice: 'print'" in run.result.stderr:
        pytest.fail(
            "the built app has no `print` command: oicreader/cli/printing.py is not"
            " registered in oicreader/cli/__init__.py (build_parser)",
            pytrace=False,
        )
    run.check()
    pdf = Path(run.arguments[-1])
    data = pdf.read_bytes()
    assert data.startswith(b"%PDF-") and data.rstrip().endswith(b"%%EOF")
    assert len(re.findall(rb"/Type\s*/Page\b", data)) == 1
    assert b"Amiri" in data, "the bundled Amiri font is not embedded: fonts not found"
    pdftotext = shutil.which("pdftotext")
    if pdftotext is None:
        assert not IS_LINUX, "pdftotext is needed to read the PDF: apt-get install poppler-utils"
        print("pdftotext not found: the PDF's text was not read")
        return
    extracted = subprocess.run(
        [pdftotext, str(pdf), "-"], capture_output=True, text=True, encoding="utf-8", check=True
    ).stdout
    # Arabic comes out as presentation forms; NFKC turns them back into letters.
    text = unicodedata.normalize("NFKC", extracted)
    for word in PARAGRAPH_6_WORDS:
        assert word in text, f"{word!r} of paragraph 6 is not in the PDF"
    assert PARAGRAPH_7_WORD not in text, "the PDF holds more than paragraph 6"


def test_opens_its_window_offscreen_and_saves_a_screenshot(runs: dict[str, Run]) -> None:
    run = runs["screenshot"].check()
    png = Path(run.arguments[1])
    data = png.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])  # the IHDR chunk comes first
    assert (width, height) == SCREENSHOT_SIZE
    from PySide6.QtGui import QImage  # noqa: TID251 (reads the PNG; no application needed)

    image = QImage(str(png))
    colours = {image.pixel(x, y) for x in range(0, width, 7) for y in range(0, height, 7)}
    assert len(colours) > 50, "the screenshot is nearly blank: the window drew no text"


def test_opens_no_network_connection(runs: dict[str, Run]) -> None:
    for name, run in runs.items():
        if run.audit.exists():
            events = run.audit.read_text(encoding="utf-8").splitlines()
            assert not events, f"{name}: Python code used sockets: {events[:5]}"
        if run.trace is not None:
            calls = run.trace.read_text(encoding="utf-8").splitlines()
            network = [
                call
                for call in calls
                if "AF_" in call and not any(f in call for f in LOCAL_SOCKET_FAMILIES)
            ]
            assert not network, f"{name}: network system calls: {network[:5]}"


def test_leaves_out_the_qt_it_does_not_use(program: Path) -> None:
    bundle = program.parent.parent if build.system() == "macos" else program.parent
    files = [path for path in bundle.rglob("*") if path.is_file() or path.is_symlink()]
    names = {path.name for path in files}
    for unused in ("Network", "Qml", "Quick", "OpenGL", "WebEngineCore", "Sql", "Pdf"):
        assert not any(re.match(rf"(lib)?Qt6?{unused}(\.|$)", name) for name in names), unused
    plugin_types = {path.parent.name for path in files if path.parent.parent.name == "plugins"}
    assert plugin_types <= set(bundle_contents.PLUGINS_KEPT), plugin_types
    platforms = {
        bundle_contents.plugin_stem(path.name)
        for path in files
        if path.parent.name == "platforms" and path.parent.parent.name == "plugins"
    }
    native = {"linux": "qxcb", "windows": "qwindows", "macos": "qcocoa"}[build.system()]
    assert platforms == {native, "qoffscreen"}
    # Qt's own catalogues; the app's (resources/translations, qtbase_supplement_* included)
    # are not Qt's and are checked by the UI tests.
    qt_translations = {
        path.name
        for path in files
        if re.match(r"qt\w*_[\w]+\.qm$", path.name) and "resources" not in path.parts
    }
    assert qt_translations == bundle_contents.QT_TRANSLATIONS_KEPT


@pytest.mark.skipif(not IS_LINUX, reason="the xcb platform plugin is Linux's")
def test_its_xcb_plugin_loads(program: Path, tmp_path_factory: pytest.TempPathFactory) -> None:
    # With no X server, a plugin that loaded says it cannot connect; one whose libraries
    # are missing never gets that far.
    run = run_app(program, tmp_path_factory, "screenshot", "x.png", QT_QPA_PLATFORM="xcb")
    assert run.result.returncode != 0
    assert "could not connect to display" in run.result.stderr, run.result.stderr


@pytest.mark.skipif(not IS_LINUX, reason="desktop entries and AppStream are Linux's")
def test_its_linux_menu_entry_and_metainfo_are_valid(program: Path) -> None:
    share = program.parent / "share"
    desktop = share / "applications" / "org.oicreader.OICReader.desktop"
    metainfo = share / "metainfo" / "org.oicreader.OICReader.metainfo.xml"
    for tool, path, command in (
        ("desktop-file-validate", desktop, []),
        ("appstreamcli", metainfo, ["validate", "--no-net"]),
    ):
        executable = shutil.which(tool)
        assert executable, f"{tool} is needed: apt-get install desktop-file-utils appstream"
        result = subprocess.run([executable, *command, str(path)], capture_output=True, text=True)
        assert result.returncode == 0, result.stdout + result.stderr
    release = re.search(r'<release version="([^"]+)"', metainfo.read_text(encoding="utf-8"))
    assert release and release[1] == build.version(), "add this version to the metainfo"
    icons = sorted(share.glob("icons/hicolor/*/apps/org.oicreader.OICReader.*"))
    assert len(icons) == len(build.HICOLOR_SIZES) + 1  # and the scalable SVG
    assert os.access(program.parent / "install.sh", os.X_OK)


def test_encrypts_its_library_and_seals_notes_with_what_it_bundles(
    program: Path, tmp_path: Path
) -> None:
    """SQLCipher (sqlcipher3) and libsodium (PyNaCl) are in the package and work there."""
    home = tmp_path / "home"
    home.mkdir()
    env = _environment(home, OICREADER_PASSPHRASE="smoke test passphrase")

    def run(*arguments: str) -> str:
        result = subprocess.run(
            [str(program), *arguments],
            env=env,
            capture_output=True,
            text=True,
            encoding="utf-8",
            timeout=RUN_TIMEOUT_SECONDS,
            cwd=home,
        )
        assert result.returncode == 0, result.stderr
        return result.stdout

    run("notes", "add", "-p", "6", "--note", "a position kept secret")
    run("encrypt")
    assert not (home / "library.db").read_bytes().startswith(b"SQLite format 3\x00")
    assert "a position kept secret" in run("notes", "list")
    run("notes", "export", "--encrypt", "-o", str(home / "notes.oicnotes"))
    sealed = (home / "notes.oicnotes").read_bytes()
    assert sealed.startswith(b"\x89OICnotes") and b"kept secret" not in sealed


@pytest.mark.skipif(not IS_LINUX, reason="the size target is set for Linux")
def test_fits_the_linux_size_target(program: Path) -> None:
    size = build.folder_size(program.parent)
    assert size <= 150e6, f"the unpacked folder is {size / 1e6:.0f} MB, over 150 MB"


# The package's own Python modules (its PYZ archive, unpacked by the test into one marshal
# file) imported by a bare interpreter: the standard library and the package, nothing else.
_FROM_THE_PACKAGE_ONLY = """
import importlib.abc, importlib.util, marshal, sys
from pathlib import Path

modules_file, internal, library, passphrase = sys.argv[1:5]
with open(modules_file, "rb") as file:
    bundled = marshal.load(file)
PACKAGES = (1, 3)  # PyInstaller's PYZ typecodes of a package and a namespace package


class FromThePackage(importlib.abc.MetaPathFinder, importlib.abc.Loader):
    def find_spec(self, name, path=None, target=None):
        if name not in bundled:
            return None
        is_package = bundled[name][0] in PACKAGES
        spec = importlib.util.spec_from_loader(name, self, is_package=is_package)
        spec.origin = str(Path(internal, *name.split("."), "__init__.py" if is_package else ""))
        return spec

    def create_module(self, spec):
        return None

    def exec_module(self, module):
        module.__file__ = module.__spec__.origin
        code = bundled[module.__spec__.name][1]
        if code is not None:
            exec(code, module.__dict__)


sys.meta_path.insert(0, FromThePackage())
sys.path.append(internal)  # the package's dist-info (keyring's backends) and extensions
import keyring
from keyring.backends import fail
from oicreader.app import keychain

keyring.set_keyring(fail.Keyring())  # what keyring finds in the package: no backend of its own
print(importlib.util.find_spec("secretstorage"), importlib.util.find_spec("cryptography"))
print(type(keychain.usable_keychain()).__module__, sys.modules["jeepney"].__spec__.origin)
print(keychain.remember_passphrase(Path(library), passphrase))
print(keychain.remembered_passphrase(Path(library)) == passphrase)
keychain.forget_remembered_passphrase(Path(library))
print(keychain.remembered_passphrase(Path(library)))
"""


@pytest.mark.skipif(not IS_LINUX, reason="the Secret Service is Linux's keychain")
def test_its_keychain_keeps_a_passphrase_in_a_real_gnome_keyring(
    program: Path, tmp_path: Path
) -> None:
    """The package reaches the Secret Service with the jeepney it bundles (no SecretStorage,
    no `cryptography`): its own modules keep, read back and remove a passphrase in a real
    gnome-keyring-daemon on a session bus of the test's own."""
    from PyInstaller.archive.readers import CArchiveReader

    for tool in ("dbus-run-session", "gnome-keyring-daemon"):
        assert shutil.which(tool), f"{tool} is needed: apt-get install dbus gnome-keyring"
    archive = CArchiveReader(str(program))
    [pyz_name] = [name for name, entry in archive.toc.items() if entry[-1] == "z"]
    pyz = archive.open_embedded_archive(pyz_name)
    bundled = {name: (entry[0], pyz.extract(name)) for name, entry in pyz.toc.items()}
    assert "oicreader.app.secret_service" in bundled and "jeepney.io.blocking" in bundled
    assert not any(name.split(".")[0] in ("secretstorage", "cryptography") for name in bundled)
    modules_file = tmp_path / "bundled-modules.marshal"
    modules_file.write_bytes(marshal.dumps(bundled))
    runtime = tmp_path / "run"
    runtime.mkdir(mode=0o700)
    internal = program.parent / "_internal"
    passphrase = "Sésame — كلمة السر"
    unlock = (
        "printf 'login password' | gnome-keyring-daemon --unlock --components=secrets"
        ' >/dev/null && exec "$@"'
    )
    result = subprocess.run(
        ["dbus-run-session", "--", "sh", "-c", unlock, "sh", sys.executable, "-I", "-S", "-c",
         _FROM_THE_PACKAGE_ONLY, str(modules_file), str(internal),
         str(tmp_path / "library.db"), passphrase],
        env={**_environment(tmp_path), "HOME": str(tmp_path),
             "XDG_DATA_HOME": str(tmp_path / "share"), "XDG_RUNTIME_DIR": str(runtime)},
        capture_output=True, text=True, encoding="utf-8", timeout=RUN_TIMEOUT_SECONDS,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [
        "None None",
        f"oicreader.app.secret_service {internal / 'jeepney' / '__init__.py'}",
        "True",
        "True",
        "None",
    ]
