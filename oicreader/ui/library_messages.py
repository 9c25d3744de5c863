"""What the library's recovery and restores did, told in the interface language.

The store describes these in English for the command line; the window composes its own
sentences from the same reports, so that a translator can put them into Arabic and French.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale

from oicreader.app.backups import RecoveryReport, RestoreReport
from oicreader.render.qt_namespace import Qt

if TYPE_CHECKING:
    from oicreader.app.backups import SalvageReport
    from oicreader.app.note_exchange import MergeSummary


def isolated(text: str) -> str:
    """A path or name set in its own direction inside a sentence of either direction."""
    return f"\u2068{text}\u2069"


def local_time(moment: datetime) -> str:
    """A UTC moment as local date and time: the interface language's long date (issue 21:
    "12/5/26 10:56 PM" is read differently in each country) and its short time."""
    local = QDateTime.fromSecsSinceEpoch(int(moment.timestamp()))
    locale = QLocale()
    day = locale.toString(local.date(), QLocale.FormatType.LongFormat)
    return f"{day} {locale.toString(local.time(), QLocale.FormatType.ShortFormat)}"


def long_date(iso_date: str) -> str:
    """A YYYY-MM-DD date in the interface language's long format; anything else as given."""
    date = QDate.fromString(iso_date, Qt.DateFormat.ISODate)
    return QLocale().toString(date, QLocale.FormatType.LongFormat) if date.isValid() else iso_date


def _fill(template: str, *values: str) -> str:
    for number, value in enumerate(values, start=1):
        template = template.replace(f"%{number}", value)
    return template


def recovery_title() -> str:
    """The title of the message shown when the library was recovered at start-up."""
    return QCoreApplication.translate("LibraryMessages", "Library restored")


def recovery_message(report: RecoveryReport) -> str:
    """What was wrong with the library file at start-up, what is kept where, what was done."""
    problem = isolated(report.problem)
    if report.kept_file_without_log:
        return _fill(
            QCoreApplication.translate(
                "LibraryMessages",
                "The library's write-ahead log could not be used (%1). The library and its"
                " log are kept, unchanged, as %2. OIC Reader goes on from the library file"
                " itself, which is intact, so nothing needed restoring.",
            ),
            problem,
            isolated(str(report.damaged_copy)),
        )
    salvage = report.salvage
    if report.restored_from is None or report.backup_taken is None:
        if salvage is not None and salvage.brought_back:
            return (
                _fill(
                    QCoreApplication.translate(
                        "LibraryMessages",
                        "The library file was damaged (%1). It is kept, unchanged, as %2. No"
                        " usable backup was found, so OIC Reader starts a new library with the"
                        " notes it could read from the damaged file.",
                    ),
                    problem,
                    isolated(str(report.damaged_copy)),
                )
                + " "
                + _salvage_counts(salvage)
            )
        return _fill(
            QCoreApplication.translate(
                "LibraryMessages",
                "The library file was damaged (%1). It is kept, unchanged, as %2. No usable"
                " backup was found, so OIC Reader starts with a new, empty library.",
            ),
            problem,
            isolated(str(report.damaged_copy)),
        )
    restored = _fill(
        QCoreApplication.translate(
            "LibraryMessages",
            "The library file was damaged (%1). It is kept, unchanged, as %2. OIC Reader"
            " restored the backup of %3 (%4); anything written after that time is only in"
            " the damaged copy.",
        ),
        problem,
        isolated(str(report.damaged_copy)),
        isolated(local_time(report.backup_taken)),
        isolated(report.restored_from.name),
    )
    if salvage is None:
        return restored
    if not salvage.readable:
        unreadable = QCoreApplication.translate(
            "LibraryMessages", "No note could be read from the damaged file."
        )
        return f"{restored} {unreadable}"
    added_back = QCoreApplication.translate(
        "LibraryMessages",
        "OIC Reader added back the notes it could read from the damaged file that the backup"
        " lacked or held in an older version.",
    )
    return f"{restored} {added_back} {_salvage_counts(salvage)}"


def _salvage_counts(salvage: SalvageReport) -> str:
    counts = _fill(
        QCoreApplication.translate(
            "LibraryMessages",
            "Notes recovered from the damaged file: %1; notes that could not be read: %2.",
        ),
        str(salvage.recovered),
        str(salvage.lost),
    )
    if not salvage.briefs:
        return counts
    briefs = _fill(
        QCoreApplication.translate("LibraryMessages", "Briefs recovered from it: %1."),
        str(salvage.briefs),
    )
    return f"{counts} {briefs}"


def notes_import_message(summary: MergeSummary) -> str:
    """What an import of notes did: the counts, and the outcomes that need the reader's eye."""
    sentences = [
        _fill(
            QCoreApplication.translate("MainWindow", "%1 added, %2 updated, %3 unchanged."),
            str(summary.added),
            str(summary.updated),
            str(summary.unchanged),
        )
    ]
    if summary.kept_deleted:
        sentences.append(
            _fill(
                QCoreApplication.translate(
                    "LibraryMessages",
                    "Kept deleted: %1 (deleted here after the copy in the file was last changed).",
                ),
                str(summary.kept_deleted),
            )
        )
    if summary.future_dated_kept_local:
        sentences.append(
            _fill(
                QCoreApplication.translate(
                    "LibraryMessages", "Dated in the future, the copy here kept: %1."
                ),
                str(summary.future_dated_kept_local),
            )
        )
    if summary.kept_for_review:
        sentences.append(
            _fill(
                QCoreApplication.translate(
                    "LibraryMessages",
                    "Kept for review, as their place is not in this library or their date is"
                    " in the future: %1 (Notes > Notes to Review).",
                ),
                str(summary.kept_for_review),
            )
        )
    return " ".join(sentences)


def restore_message(report: RestoreReport) -> str:
    """Which backup is now in place, and where the library it replaced is kept."""
    text = _fill(
        QCoreApplication.translate("LibraryMessages", "Restored the backup of %1 (%2)."),
        isolated(local_time(report.backup_taken)),
        isolated(report.restored_from.name),
    )
    previous: Path | None = report.previous_copy
    if previous is None:
        return text
    if report.previous_problem is not None:
        return (
            text
            + " "
            + _fill(
                QCoreApplication.translate(
                    "LibraryMessages",
                    "The library it replaced was damaged (%1) and is kept, unchanged, as %2.",
                ),
                isolated(report.previous_problem),
                isolated(str(previous)),
            )
        )
    if report.safety_backup is not None:
        return (
            text
            + " "
            + _fill(
                QCoreApplication.translate(
                    "LibraryMessages",
                    "The library it replaced is kept as %1 and was backed up as %2.",
                ),
                isolated(str(previous)),
                isolated(report.safety_backup.name),
            )
        )
    return (
        text
        + " "
        + _fill(
            QCoreApplication.translate("LibraryMessages", "The library it replaced is kept as %1."),
            isolated(str(previous)),
        )
    )
