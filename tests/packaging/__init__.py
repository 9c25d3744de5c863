"""Fast checks of the packaging files; the built app's smoke test is packaging/smoke_test.py."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

PACKAGING = Path(__file__).resolve().parents[2] / "packaging"


def packaging_module(name: str) -> ModuleType:
    """A module of packaging/, loaded by path: the folder is not a package on purpose (an
    importable `packaging` would hide PyPI's `packaging`, which pytest and pip use)."""
    spec = importlib.util.spec_from_file_location(
        f"oicreader_packaging_{name}", PACKAGING / f"{name}.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
