"""Sealed notes files: what the passphrase protects, and every way a file is refused."""

from __future__ import annotations

import hashlib
import unicodedata
from pathlib import Path

import pytest
from nacl.bindings import crypto_aead_xchacha20poly1305_ietf_decrypt

from oicreader.annotations import sealed_notes
from oicreader.annotations.sealed_notes import (
    HEADER_BYTES,
    MAGIC,
    SealedNotesError,
    file_is_sealed,
    is_sealed,
    read_sealed_file,
    seal,
    unseal,
)

PASSPHRASE = "correct horse بطارية staple"
# Words a note might hold, in the three languages and beyond the Basic Multilingual Plane.
SECRETS = ("Rohingya concession", "موقفنا التفاوضي", "délégation française", "𝔖𝔢𝔠𝔯𝔢𝔱")
PLAIN = ('{"items": ["' + '", "'.join(SECRETS) + '"]}\n').encode()


@pytest.fixture(scope="module")
def sealed() -> bytes:
    return seal(PLAIN, PASSPHRASE)


def test_sealed_notes_open_again_byte_for_byte_with_the_passphrase(sealed: bytes) -> None:
    assert unseal(sealed, PASSPHRASE) == PLAIN


def test_no_word_of_a_note_can_be_found_in_the_sealed_file_in_any_encoding(
    sealed: bytes,
) -> None:
    for secret in SECRETS:
        for encoding in ("utf-8", "utf-16-le", "utf-16-be", "utf-32-le"):
            assert secret.encode(encoding) not in sealed
        for word in secret.split():
            assert word.encode("utf-8") not in sealed


def test_the_file_is_laid_out_as_its_documentation_says(sealed: bytes) -> None:
    assert sealed.startswith(b"\x89OICnotes\r\n\x1a\n")
    assert sealed[13] == 1
    assert HEADER_BYTES == 54
    assert len(sealed) == HEADER_BYTES + len(PLAIN) + 16
    # Anyone can open it from the documented format: the standard library's scrypt and
    # libsodium's XChaCha20-Poly1305 (IETF), nothing of ours.
    salt, nonce = sealed[14:30], sealed[30:54]
    key = hashlib.scrypt(
        PASSPHRASE.encode(), salt=salt, n=2**17, r=8, p=1, dklen=32, maxmem=256 * 1024 * 1024
    )
    assert crypto_aead_xchacha20poly1305_ietf_decrypt(sealed[54:], sealed[:54], nonce, key) == PLAIN


def test_each_seal_has_its_own_salt_and_nonce() -> None:
    first, second = seal(b"same", PASSPHRASE), seal(b"same", PASSPHRASE)
    assert first[14:30] != second[14:30] and first[30:54] != second[30:54]


def test_a_passphrase_typed_with_decomposed_letters_opens_the_file() -> None:
    composed = "clé secrète"
    sealed = seal(b"notes", composed)
    assert unseal(sealed, unicodedata.normalize("NFD", composed)) == b"notes"


def test_a_wrong_passphrase_is_refused_naming_the_file_and_what_to_do(sealed: bytes) -> None:
    with pytest.raises(SealedNotesError) as refusal:
        unseal(sealed, PASSPHRASE + " ", source=Path("from-geneva.oicnotes"))
    message = str(refusal.value)
    assert message.startswith("from-geneva.oicnotes: the passphrase is wrong")
    assert "Type the passphrase again" in message
    assert PASSPHRASE not in message


@pytest.mark.parametrize("place", [14, 29, 30, 53, 54, -17, -1], ids=lambda place: f"byte {place}")
def test_a_file_changed_in_any_byte_after_the_version_is_refused(sealed: bytes, place: int) -> None:
    changed = bytearray(sealed)
    changed[place] ^= 0x01
    with pytest.raises(SealedNotesError, match="changed or cut short"):
        unseal(bytes(changed), PASSPHRASE)


@pytest.mark.parametrize("kept", [13, 14, 53, 69, HEADER_BYTES + len(PLAIN)])
def test_a_file_cut_short_is_refused(sealed: bytes, kept: int) -> None:
    with pytest.raises(SealedNotesError, match="cut short"):
        unseal(sealed[:kept], PASSPHRASE)


def test_a_file_that_does_not_begin_as_sealed_notes_is_refused(sealed: bytes) -> None:
    other = b"\x89PNG" + sealed[4:]
    assert not is_sealed(other)
    with pytest.raises(SealedNotesError, match="not a sealed notes file"):
        unseal(other, PASSPHRASE)
    assert not is_sealed(b'{"type": "AnnotationPage"}') and is_sealed(sealed)


def test_a_file_of_a_future_format_asks_for_a_newer_oic_reader(sealed: bytes) -> None:
    future = MAGIC + b"\x02" + sealed[len(MAGIC) + 1 :]
    with pytest.raises(SealedNotesError) as refusal:
        unseal(future, PASSPHRASE)
    assert "sealed notes format 2" in str(refusal.value)
    assert "Update OIC Reader" in str(refusal.value)


def test_an_empty_passphrase_seals_nothing() -> None:
    with pytest.raises(SealedNotesError, match="empty passphrase"):
        seal(PLAIN, "")


def test_a_sealed_file_over_the_notes_file_limit_is_refused_before_it_is_read(
    sealed: bytes, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sealed_notes, "MAX_FILE_BYTES", len(sealed) - 1)
    big = tmp_path / "big.oicnotes"
    big.write_bytes(sealed)
    with pytest.raises(SealedNotesError, match="notes files over"):
        read_sealed_file(big, PASSPHRASE)
    with pytest.raises(SealedNotesError, match="notes files over"):
        unseal(sealed, PASSPHRASE)
    with pytest.raises(SealedNotesError, match="more than an import accepts"):
        seal(PLAIN, PASSPHRASE)


def test_a_sealed_file_on_disk_is_recognised_by_its_first_bytes(
    sealed: bytes, tmp_path: Path
) -> None:
    on_disk = tmp_path / "notes.oicnotes"
    on_disk.write_bytes(sealed)
    plain = tmp_path / "notes.jsonld"
    plain.write_bytes(PLAIN)
    assert file_is_sealed(on_disk) and not file_is_sealed(plain)
    assert not file_is_sealed(tmp_path / "missing.oicnotes") and not file_is_sealed(tmp_path)
    assert read_sealed_file(on_disk, PASSPHRASE) == PLAIN
