"""A session on a fresh library in the test's own data folder."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from oicreader.app.session import Session

KEY = "oic-acm-2017-chair-rep"  # the bundled report


@pytest.fixture
def session() -> Iterator[Session]:
    opened = Session.open()
    yield opened
    opened.close()
