"""Where a command finds a passphrase: the environment first, then the first line of stdin."""

from __future__ import annotations

import argparse
import io

import pytest

from oicreader.cli.passphrase import (
    PASSPHRASE_VARIABLE,
    PassphraseRefused,
    add_passphrase_option,
    read_passphrase,
)


def parsed(*arguments: str) -> argparse.Namespace:
    parser = argparse.ArgumentParser()
    add_passphrase_option(parser)
    return parser.parse_args(list(arguments))


@pytest.fixture(autouse=True)
def no_passphrase_in_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(PASSPHRASE_VARIABLE, raising=False)


def test_the_environment_variable_is_the_passphrase_even_with_stdin_offered(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv(PASSPHRASE_VARIABLE, "from the script")
    monkeypatch.setattr("sys.stdin", io.StringIO("from stdin\n"))
    assert read_passphrase(parsed("--passphrase-stdin")) == "from the script"


def test_the_first_line_of_stdin_is_the_passphrase_without_its_line_ending(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("  كلمة سر  \r\nsecond line\n"))
    assert read_passphrase(parsed("--passphrase-stdin")) == "  كلمة سر  "


def test_stdin_is_not_read_without_the_option(monkeypatch: pytest.MonkeyPatch) -> None:
    stdin = io.StringIO("not for us\n")
    monkeypatch.setattr("sys.stdin", stdin)
    assert read_passphrase(parsed()) is None
    assert stdin.tell() == 0


@pytest.mark.parametrize(
    "stdin", ["\nlater line\n", "", "\r\nlater line\n"], ids=["empty line", "nothing", "CRLF"]
)
def test_an_empty_first_line_is_refused_with_how_to_give_one(
    monkeypatch: pytest.MonkeyPatch, stdin: str
) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    with pytest.raises(PassphraseRefused, match="first line of standard input is empty"):
        read_passphrase(parsed("--passphrase-stdin"))


def test_an_empty_environment_variable_is_refused_not_taken_as_no_passphrase(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv(PASSPHRASE_VARIABLE, "")
    with pytest.raises(PassphraseRefused, match=f"{PASSPHRASE_VARIABLE} is set but empty"):
        read_passphrase(parsed())


def test_the_first_line_of_stdin_is_read_as_utf8_whatever_the_code_page(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    raw = io.BytesIO("جنيف Genève\nnext\n".encode())
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(raw, encoding="cp1252"))
    assert read_passphrase(parsed("--passphrase-stdin")) == "جنيف Genève"


def test_a_first_line_that_is_not_utf8_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    raw = io.BytesIO(b"Gen\xe8ve\n")
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(raw, encoding="latin-1"))
    with pytest.raises(PassphraseRefused, match="not UTF-8 text"):
        read_passphrase(parsed("--passphrase-stdin"))
