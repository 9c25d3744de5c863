"""Every file-system location the app uses: the user data folder and the bundled resources."""

from __future__ import annotations

import contextlib
import os
import stat
import sys
from pathlib import Path

from oicreader.errors import UserFacingError, explained

APP_NAME = "OICReader"
HOME_ENVIRONMENT_VARIABLE = "OICREADER_HOME"


def data_dir(create: bool = True) -> Path:
    """The user data folder: $OICREADER_HOME when set, else the platform's user data folder.

    Created owner-only (0700 on POSIX) because it holds the reader's personal notes. A folder
    that is read-only, on a read-only disk or not the reader's own is returned as it is:
    reading works from it, and what would write there says it cannot (require_writable).
    """
    override = os.environ.get(HOME_ENVIRONMENT_VARIABLE)
    if override:
        folder = Path(override).expanduser()
    else:
        import platformdirs  # only here: start-up pays for it only when it is needed

        folder = Path(platformdirs.user_data_dir(APP_NAME, appauthor=False, roaming=True))
    if create:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        _keep_to_owner(folder)
    return folder


def _keep_to_owner(folder: Path) -> None:
    """Take away what group and others may do with the folder, and nothing from its owner."""
    if os.name != "posix":
        return
    mode = stat.S_IMODE(folder.stat().st_mode)
    if mode & 0o077 == 0:
        return
    # Not ours to change, or on a read-only disk: the reader may still read from it.
    with contextlib.suppress(OSError):
        folder.chmod(mode & 0o700)


class ReadOnlyLibrary(UserFacingError):
    """The data folder or the library file cannot be written; reading from it still works."""


class NotALibraryFile(UserFacingError):
    """A named pipe, a device or a socket stands where the library file goes."""


def require_a_file_or_nothing(path: Path) -> None:
    """Refuse a library path that is a named pipe, a device or a socket, or a link to one:
    reading a pipe waits for a writer forever, and copying a device (as recovery copies a
    damaged file) never ends. (Nothing there is a first start; a folder is reported where
    it is opened.)"""
    try:
        mode = path.stat().st_mode
    except OSError:
        return  # nothing there, or a dangling link or a loop: opening it reports those
    if stat.S_ISREG(mode) or stat.S_ISDIR(mode):
        return
    raise NotALibraryFile(
        explained(
            "{file} is not a file (a named pipe, a device or a socket) and cannot hold the "
            "library: move it away, or set {variable} to another folder",
            file=path,
            variable=HOME_ENVIRONMENT_VARIABLE,
        )
    )


def can_write(path: Path) -> bool:
    """Whether this process may change the file or folder (not read-only, not denied)."""
    return os.access(path, os.W_OK)


def can_write_library(path: Path) -> bool:
    """Whether a library file can be written (or made, when it does not exist yet)."""
    return can_write(path.parent) and (not path.exists() or can_write(path))


def require_writable(path: Path) -> None:
    """Refuse, before anything is changed, to write to a read-only library file or folder."""
    folder = path.parent
    for place in (folder, path):
        if place.exists() and not can_write(place):
            what = "folder" if place == folder else "file"
            raise ReadOnlyLibrary(
                f"{place}: the {what} is read-only; reading works, but nothing can be saved "
                f"there: make it writable, or set {HOME_ENVIRONMENT_VARIABLE} to a folder you "
                "can write"
            )


def library_path() -> Path:
    """The one SQLite database file that holds documents, the search index and annotations."""
    return data_dir() / "library.db"


def clean_close_stamp_path(database: Path) -> Path:
    """Beside a library file: what it looked like when OIC Reader last closed it cleanly."""
    return database.with_name(f"{database.name}.clean-close")


def full_check_request_path(database: Path) -> Path:
    """Beside a library file: present while a backup has asked the next start to check it in
    full (store/open_check.py)."""
    return database.with_name(f"{database.name}.check-in-full")


# Private copies (the health check's, a salvage's) live in the data folder, never in the
# system's temporary folder; the process id in the name tells a copy left by a killed start
# from one a running start is still using.
SCRATCH_PREFIX = ".scratch-"


def new_scratch_folder() -> Path:
    """A new, empty, owner-only (0700) folder in the data folder for private copies."""
    import tempfile  # only when a check or a salvage needs it

    return Path(tempfile.mkdtemp(prefix=f"{SCRATCH_PREFIX}{os.getpid()}-", dir=data_dir()))


def scratch_folders() -> list[Path]:
    """Every private-copy folder in the data folder, with the id of the process that made it."""
    return sorted(data_dir().glob(f"{SCRATCH_PREFIX}*"))


def backups_dir() -> Path:
    """Where rotating copies of the library database are kept."""
    folder = data_dir() / "backups"
    folder.mkdir(exist_ok=True, mode=0o700)
    return folder


def settings_path() -> Path:
    """The window's remembered state (QSettings in INI format)."""
    return data_dir() / "settings.ini"


def resources_dir() -> Path:
    """The bundled resources: inside a frozen app, inside an installed wheel, or the checkout."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    candidates = []
    if frozen_root:
        candidates.append(Path(frozen_root) / "resources")
    package_root = Path(__file__).resolve().parent
    candidates += [package_root / "resources", package_root.parent / "resources"]
    for candidate in candidates:
        if (candidate / "documents").is_dir():
            return candidate
    raise FileNotFoundError(
        "OIC Reader's bundled resources are missing; looked in: "
        + ", ".join(str(c) for c in candidates)
    )


def translations_dir() -> Path:
    """The interface translations: oicreader_<lang>.ts sources and the .qm files built from them."""
    return resources_dir() / "translations"


def icon_path() -> Path:
    """The app's icon (SVG): the window's icon, and the one source of every packaged size."""
    return resources_dir() / "icons" / "oicreader.svg"


def interface_icon_path(name: str) -> Path:
    """One of the interface's own icons (SVG), by name: arrow-left, arrow-right-on-dark…"""
    return resources_dir() / "icons" / f"{name}.svg"


def bundled_documents_dir() -> Path:
    """One sub-folder per bundled document, each with meta.json and one text file per language."""
    return resources_dir() / "documents"


def amiri_font_files() -> list[Path]:
    """The bundled Amiri font files (OFL), from the fontpkg-amiri package."""
    import fontpkg_amiri

    return sorted((Path(fontpkg_amiri.ROOT) / "files").glob("*.ttf"))
