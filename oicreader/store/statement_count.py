"""Counting the SQL statements run on the library's connection, to measure what an action costs."""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from oicreader.store.library import Library

# What SQLite traces besides the statements the caller runs. Each program a statement runs
# within itself is traced too: a trigger's body as "-- TRIGGER name" (Python 3.12 on) or as
# the firing statement's text again (Python 3.11, which expands the outer statement), and the
# statements a virtual table runs (the search index's own tables) as "-- " and their text.
_TRIGGER_PREFIX = "-- TRIGGER "
_NESTED_PREFIX = "-- "
_WRITE = re.compile(
    r"\s*(INSERT|UPDATE|DELETE|REPLACE)\b(?:\s+OR\s+\w+)?(?:\s+INTO|\s+FROM)?\s+[\"'`\[]?(\w+)",
    re.IGNORECASE,
)
_TRIGGER_EVENT = re.compile(
    r"CREATE\s+(?:TEMP\w*\s+)?TRIGGER\s+(?:IF\s+NOT\s+EXISTS\s+)?\S+\s+"
    r"(?:BEFORE\s+|AFTER\s+|INSTEAD\s+OF\s+)?(INSERT|UPDATE|DELETE)\b",
    re.IGNORECASE,
)


@dataclass
class StatementLog:
    """The statements run while counting, in order; the triggers each one fired (once per
    statement); and the statements SQLite ran inside them (a virtual table's own)."""

    statements: list[str] = field(default_factory=list)
    triggers: list[str] = field(default_factory=list)
    nested: list[str] = field(default_factory=list)
    # Trigger names by (event, table), to name the triggers Python 3.11 does not.
    triggers_on: dict[tuple[str, str], list[str]] = field(default_factory=dict)
    _fired_by: int = -1  # the statement whose triggers are recorded already

    def record(self, sql: str) -> None:
        """Note one line SQLite traced: a statement, a trigger it fired, or work within it."""
        if sql.startswith(_TRIGGER_PREFIX):
            self.triggers.append(sql.removeprefix(_TRIGGER_PREFIX).strip())
            self._fired_by = len(self.statements) - 1
        elif sql.startswith(_NESTED_PREFIX):
            self.nested.append(sql.removeprefix(_NESTED_PREFIX))
        elif self.statements and sql == self.statements[-1] and _WRITE.match(sql):
            # The same write again at once: its triggers' bodies running (Python 3.11).
            if self._fired_by != len(self.statements) - 1:
                self._fired_by = len(self.statements) - 1
                self.triggers.extend(self._triggers_of(sql))
        else:
            self.statements.append(sql)

    def _triggers_of(self, sql: str) -> list[str]:
        found = _WRITE.match(sql)
        if found is None:
            return []
        event = "INSERT" if found[1].upper() == "REPLACE" else found[1].upper()
        return self.triggers_on.get((event, found[2].lower()), [])


@contextmanager
def count_statements(library: Library) -> Iterator[StatementLog]:
    """Log every statement run on the library's connection inside the block.

    A statement run again with other parameters (executemany) counts once per run: each run
    is work SQLite does. Trigger bodies and a virtual table's own statements are logged
    apart, as part of the statement that caused them.
    """
    log = StatementLog(triggers_on=_triggers_by_event(library))
    connection = library.db.conn
    connection.set_trace_callback(log.record)
    try:
        yield log
    finally:
        connection.set_trace_callback(None)


def _triggers_by_event(library: Library) -> dict[tuple[str, str], list[str]]:
    triggers: dict[tuple[str, str], list[str]] = {}
    rows = library.db.execute(
        "SELECT name, tbl_name, sql FROM sqlite_master WHERE type = 'trigger'"
    )
    for name, table, sql in rows:
        event = _TRIGGER_EVENT.match(sql or "")
        if event is not None:
            triggers.setdefault((event[1].upper(), str(table).lower()), []).append(str(name))
    return triggers
