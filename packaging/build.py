"""Build OIC Reader for the system this runs on: icons, the one-folder app, then its package.

    python packaging/build.py [--no-installer] [--clean]

The same command on every system (with `pip install -e . -r packaging/requirements.txt`):

- Linux: dist/OICReader/ (with share/ and install.sh for the menu entry) and
  dist/OICReader-<version>-linux-<arch>.tar.gz
- Windows: dist/OICReader/, dist/OICReader-<version>-windows-<arch>.zip and the installer
  dist/OICReader-<version>-windows-<arch>-setup.exe (needs Inno Setup 6)
- macOS: dist/OICReader.app and dist/OICReader-<version>-macos-<arch>.dmg (hdiutil)

Each package gets a `.sha256` file beside it, to check a copy handed over on a USB stick.

--no-installer skips the Inno Setup installer and the .dmg; --clean makes PyInstaller start
from an empty cache. Nothing is downloaded: PyInstaller works from the installed packages.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import platform
import re
import shutil
import subprocess
import sys
import tarfile
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
DIST = ROOT / "dist"
WORK = ROOT / "build" / "pyinstaller"
ICONS = ROOT / "build" / "icons"
APP_NAME = "OICReader"
APP_ID = "org.oicreader.OICReader"
# Sizes installed into the hicolor icon theme on Linux (the theme's own folders).
HICOLOR_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def version() -> str:
    """The app's version, read from oicreader/__init__.py (the one place it is written)."""
    text = (ROOT / "oicreader" / "__init__.py").read_text(encoding="utf-8")
    found = re.search(r'^__version__ = "([^"]+)"', text, re.MULTILINE)
    if found is None:
        raise SystemExit("build: no __version__ in oicreader/__init__.py")
    return found[1]


def system() -> str:
    """linux, windows or macos."""
    if sys.platform.startswith("win"):
        return "windows"
    return "macos" if sys.platform == "darwin" else "linux"


def architecture() -> str:
    """x86_64 or arm64, whatever the system calls them."""
    machine = platform.machine().lower()
    return {"amd64": "x86_64", "x64": "x86_64", "aarch64": "arm64"}.get(machine, machine)


def artifact(kind: str) -> Path:
    """The path of one built package: kind is archive, installer or dmg."""
    stem = f"{APP_NAME}-{version()}-{system()}-{architecture()}"
    names = {
        "archive": stem + (".zip" if system() == "windows" else ".tar.gz"),
        "installer": stem + "-setup.exe",
        "dmg": stem + ".dmg",
    }
    return DIST / names[kind]


def app_folder() -> Path:
    """The one folder PyInstaller makes (on macOS, the .app is made from it)."""
    return DIST / APP_NAME


def make_icons() -> None:
    """Render the PNG sizes, .ico and .icns from resources/icons/oicreader.svg."""
    source = ROOT / "resources" / "icons" / "oicreader.svg"
    _run([sys.executable, str(PACKAGING / "icons.py"), str(source), str(ICONS)])


def run_pyinstaller(clean: bool) -> None:
    """Build dist/OICReader (and dist/OICReader.app on macOS) from packaging/oicreader.spec."""
    command = [
        sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
        "--distpath", str(DIST), "--workpath", str(WORK), str(PACKAGING / "oicreader.spec"),
    ]  # fmt: skip
    if clean:
        command.insert(3, "--clean")
    _run(command)
    shutil.copy2(ROOT / "LICENSE", app_folder() / "LICENSE.txt")


def package_linux() -> list[Path]:
    """The menu entry files beside the program, then a .tar.gz of the folder."""
    folder = app_folder()
    share = folder / "share"
    (share / "applications").mkdir(parents=True, exist_ok=True)
    (share / "metainfo").mkdir(parents=True, exist_ok=True)
    shutil.copy2(PACKAGING / "linux" / f"{APP_ID}.desktop", share / "applications")
    shutil.copy2(PACKAGING / "linux" / f"{APP_ID}.metainfo.xml", share / "metainfo")
    for size in HICOLOR_SIZES:
        target = share / "icons" / "hicolor" / f"{size}x{size}" / "apps"
        target.mkdir(parents=True, exist_ok=True)
        shutil.copy2(ICONS / "png" / f"{size}.png", target / f"{APP_ID}.png")
    scalable = share / "icons" / "hicolor" / "scalable" / "apps"
    scalable.mkdir(parents=True, exist_ok=True)
    shutil.copy2(ROOT / "resources" / "icons" / "oicreader.svg", scalable / f"{APP_ID}.svg")
    installer = folder / "install.sh"
    shutil.copy2(PACKAGING / "linux" / "install.sh", installer)
    installer.chmod(0o755)

    archive = artifact("archive")
    archive.unlink(missing_ok=True)

    def owned_by_nobody(info: tarfile.TarInfo) -> tarfile.TarInfo:
        info.uid = info.gid = 0
        info.uname = info.gname = ""
        return info

    with tarfile.open(archive, "w:gz", compresslevel=6) as tar:
        tar.add(folder, arcname=APP_NAME, filter=owned_by_nobody)
    return [archive]


def package_windows(installer: bool) -> list[Path]:
    """A .zip of the folder (copy and run), then the Inno Setup installer."""
    archive = artifact("archive")
    archive.unlink(missing_ok=True)
    folder = app_folder()
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED, compresslevel=6) as bundle:
        for path in sorted(folder.rglob("*")):
            bundle.write(path, Path(APP_NAME) / path.relative_to(folder))
    if not installer:
        return [archive]
    compiler = _inno_setup_compiler()
    output = artifact("installer")
    _run([
        str(compiler), "/Q",
        f"/DAppVersion={version()}",
        f"/DAppFolder={folder}",
        f"/DOutputDir={output.parent}",
        f"/DOutputName={output.stem}",
        f"/DIconFile={ICONS / 'oicreader.ico'}",
        str(PACKAGING / "windows" / "oicreader.iss"),
    ])  # fmt: skip
    return [archive, output]


def package_macos(installer: bool) -> list[Path]:
    """A .dmg holding OICReader.app and a link to /Applications to drag it onto."""
    if not installer:
        return [DIST / f"{APP_NAME}.app"]
    staging = ROOT / "build" / "dmg"
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir(parents=True)
    _run(["ditto", str(DIST / f"{APP_NAME}.app"), str(staging / f"{APP_NAME}.app")])
    (staging / "Applications").symlink_to("/Applications")
    image = artifact("dmg")
    image.unlink(missing_ok=True)
    _run([
        "hdiutil", "create", "-volname", "OIC Reader", "-srcfolder", str(staging),
        "-fs", "HFS+", "-format", "UDZO", "-ov", str(image),
    ])  # fmt: skip
    return [DIST / f"{APP_NAME}.app", image]


def folder_size(folder: Path) -> int:
    """Bytes in the folder's files (symbolic links count as nothing: they take no space)."""
    return sum(
        path.stat().st_size
        for path in folder.rglob("*")
        if path.is_file() and not path.is_symlink()
    )


def write_checksum(path: Path) -> Path:
    """`<file>.sha256` beside a package, for `sha256sum -c` (or Get-FileHash) on the laptop."""
    digest = hashlib.sha256()
    with path.open("rb") as package:
        for block in iter(lambda: package.read(1 << 20), b""):
            digest.update(block)
    checksum = path.with_name(path.name + ".sha256")
    checksum.write_text(f"{digest.hexdigest()}  {path.name}\n", encoding="utf-8")
    return checksum


def _inno_setup_compiler() -> Path:
    candidates = [shutil.which("iscc"), shutil.which("ISCC")]
    for variable in ("ProgramFiles(x86)", "ProgramFiles", "LOCALAPPDATA"):
        base = os.environ.get(variable)
        if base:
            programs = Path(base) / "Programs" if variable == "LOCALAPPDATA" else Path(base)
            candidates.append(str(programs / "Inno Setup 6" / "ISCC.exe"))
    for candidate in candidates:
        if candidate and Path(candidate).is_file():
            return Path(candidate)
    raise SystemExit(
        "build: Inno Setup 6 is needed for the installer (winget install JRSoftware.InnoSetup,"
        " or choco install innosetup); or pass --no-installer for the folder and .zip only"
    )


def _run(command: list[str]) -> None:
    print("+", " ".join(command), flush=True)
    subprocess.run(command, check=True, cwd=ROOT)


def main(argv: list[str] | None = None) -> int:
    """Build and package; print what was made, its size and how long it took."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--no-installer", action="store_true", help="no Inno Setup / .dmg step")
    parser.add_argument("--clean", action="store_true", help="PyInstaller starts afresh")
    arguments = parser.parse_args(argv)
    started = time.monotonic()
    make_icons()
    run_pyinstaller(arguments.clean)
    if system() == "linux":
        made = package_linux()
    elif system() == "windows":
        made = package_windows(not arguments.no_installer)
    else:
        made = package_macos(not arguments.no_installer)
    elapsed = time.monotonic() - started
    print(f"\nOIC Reader {version()} for {system()}-{architecture()}, built in {elapsed:.0f} s")
    print(f"  {app_folder()}  {folder_size(app_folder()) / 1e6:.1f} MB unpacked")
    for path in made:
        if path.is_dir():
            print(f"  {path}  {folder_size(path) / 1e6:.1f} MB")
        else:
            print(f"  {path}  {path.stat().st_size / 1e6:.1f} MB  ({write_checksum(path).name})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
