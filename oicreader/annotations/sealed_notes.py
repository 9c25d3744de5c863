"""Sealed notes: a notes exchange file encrypted with a passphrase (`*.oicnotes`).

The format, version 1 (all integers are single bytes):

    offset  size  field
    0       13    magic: 89 "OICnotes" 0D 0A 1A 0A
    13      1     format version: 1
    14      16    scrypt salt, random for each file
    30      24    XChaCha20-Poly1305 nonce, random for each file
    54      ...   XChaCha20-Poly1305 (IETF) ciphertext of the notes, then its 16-byte tag

The plaintext is the W3C Web Annotation JSON-LD that `oicreader notes export` writes (UTF-8).
The key is scrypt(passphrase as UTF-8 in NFC, salt, n=2**17, r=8, p=1, 32 bytes); version 1
fixes these costs, a stronger choice is a new version. The 54 header bytes are the
associated data: a changed version, salt or nonce fails the tag as a changed ciphertext does.

Why so: the magic's first byte is not ASCII and its line endings break under a text-mode
copy, as PNG's do, and no JSON file can begin with it. scrypt at n=2**17, r=8 is the cost
OWASP recommends; it takes 128 MB and about a third of a second, once per export or import.
Both come from libsodium through PyNaCl (the Python Cryptographic Authority's binding):
scrypt as `crypto_pwhash_scryptsalsa208sha256_ll` (the same function as `hashlib.scrypt`),
and XChaCha20-Poly1305, whose 24-byte nonces can be drawn at random without fear of reuse.
libsodium is 1.5 MB in the packaged app where `cryptography` took 12 MB, and the package has
a size limit. The cipher authenticates what it encrypts, so a wrong passphrase, a flipped
byte and a cut file are all refused before a note is read. NFC makes a
passphrase typed on another system (decomposed accented or Arabic letters) the same key.
"""

from __future__ import annotations

import os
import unicodedata
from pathlib import Path

from oicreader.annotations.w3c_files import MAX_FILE_BYTES
from oicreader.errors import UserFacingError, explained
from oicreader.importing.safe_read import FileTooLarge, read_user_file

__all__ = [
    "FORMAT_VERSION",
    "HEADER_BYTES",
    "MAGIC",
    "SealedNotesError",
    "file_is_sealed",
    "is_sealed",
    "read_sealed_file",
    "seal",
    "unseal",
]

MAGIC = b"\x89OICnotes\r\n\x1a\n"
FORMAT_VERSION = 1
SALT_BYTES = 16
NONCE_BYTES = 24
TAG_BYTES = 16
KEY_BYTES = 32  # XChaCha20-Poly1305's 256-bit key
HEADER_BYTES = len(MAGIC) + 1 + SALT_BYTES + NONCE_BYTES
# scrypt costs of format version 1: 128 * r * n bytes = 128 MB of memory while it runs.
SCRYPT_N = 2**17
SCRYPT_R = 8
SCRYPT_P = 1
# What scrypt may use (its default, 32 MB, is below what these costs need).
SCRYPT_MAX_MEMORY = 256 * 1024 * 1024

_EXPORT_AGAIN = explained("Ask the sender to export the notes again, encrypted.")


class SealedNotesError(UserFacingError):
    """A sealed notes file that cannot be opened; the message names the file and what to do."""

    def __init__(self, source: Path | str, problem: str, advice: str) -> None:
        self.path = Path(source)
        self.problem = problem
        self.advice = advice
        super().__init__(
            explained("{file}: {problem}. {advice}", file=self.path, problem=problem, advice=advice)
        )


def is_sealed(data: bytes) -> bool:
    """Whether these bytes begin as a sealed notes file (of any version)."""
    return data.startswith(MAGIC)


def file_is_sealed(path: Path) -> bool:
    """Whether the file begins as a sealed notes file; False for one that cannot be read
    (reading it as notes then says why)."""
    try:
        descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except OSError:
        return False
    try:
        # Only a regular file is read: a FIFO or a device must not block the question.
        if not _is_regular(descriptor):
            return False
        return is_sealed(os.read(descriptor, len(MAGIC)))
    except OSError:
        return False
    finally:
        os.close(descriptor)


def _is_regular(descriptor: int) -> bool:
    import stat

    return stat.S_ISREG(os.fstat(descriptor).st_mode)


def seal(plain: bytes, passphrase: str, *, source: Path | str = "notes.oicnotes") -> bytes:
    """The sealed file holding `plain`, encrypted with a key made from `passphrase`."""
    from nacl.bindings import crypto_aead_xchacha20poly1305_ietf_encrypt as encrypt

    if not passphrase:
        raise SealedNotesError(
            source,
            explained("an empty passphrase protects nothing"),
            explained("Choose a passphrase."),
        )
    if HEADER_BYTES + len(plain) + TAG_BYTES > MAX_FILE_BYTES:
        raise SealedNotesError(
            source,
            explained(
                "the notes would take over {limit} MB sealed, more than an import accepts",
                limit=MAX_FILE_BYTES // 1_000_000,
            ),
            explained("Export the notes unencrypted, or fewer of them."),
        )
    salt = os.urandom(SALT_BYTES)
    nonce = os.urandom(NONCE_BYTES)
    header = MAGIC + bytes([FORMAT_VERSION]) + salt + nonce
    key = _key(passphrase, salt)
    return header + encrypt(plain, header, nonce, key)


def unseal(data: bytes, passphrase: str, *, source: Path | str = "notes.oicnotes") -> bytes:
    """The notes a sealed file holds; SealedNotesError (naming `source`) when it is not a
    sealed file, is of a newer version, is cut short, was changed, or the passphrase is
    wrong. The last two cannot be told apart: that is what authenticated encryption means."""
    from nacl.bindings import crypto_aead_xchacha20poly1305_ietf_decrypt as decrypt
    from nacl.exceptions import CryptoError

    if not is_sealed(data):
        raise SealedNotesError(
            source,
            explained("not a sealed notes file (it does not begin as one)"),
            explained("Check that this is the .oicnotes file you were sent."),
        )
    if len(data) > MAX_FILE_BYTES:
        raise _too_big(source, len(data))
    if len(data) < len(MAGIC) + 1:
        raise _cut_short(source)
    version = data[len(MAGIC)]
    if version != FORMAT_VERSION:
        raise SealedNotesError(
            source,
            explained(
                "the file is in sealed notes format {version}; this OIC Reader reads format "
                "{known} only",
                version=version,
                known=FORMAT_VERSION,
            ),
            explained("Update OIC Reader, or ask the sender for a file of this format."),
        )
    if len(data) < HEADER_BYTES + TAG_BYTES:
        raise _cut_short(source)
    header = data[:HEADER_BYTES]
    salt = header[len(MAGIC) + 1 : len(MAGIC) + 1 + SALT_BYTES]
    nonce = header[len(MAGIC) + 1 + SALT_BYTES :]
    key = _key(passphrase, salt)
    try:
        return decrypt(data[HEADER_BYTES:], header, nonce, key)
    except CryptoError:
        raise SealedNotesError(
            source,
            explained(
                "the passphrase is wrong, or the file was changed or cut short after it was sealed"
            ),
            explained(
                "Type the passphrase again (letters, case and spaces count); if it is right, "
                "ask the sender to export the notes again, encrypted."
            ),
        ) from None


def read_sealed_file(path: Path, passphrase: str) -> bytes:
    """The notes in a sealed file on disk, read with the notes-file size limit."""
    try:
        data = read_user_file(path, MAX_FILE_BYTES)
    except FileTooLarge as error:
        raise _too_big(path, error.size) from None
    return unseal(data, passphrase, source=path)


def _too_big(source: Path | str, size: int) -> SealedNotesError:
    return SealedNotesError(
        source,
        explained(
            "the file is {size} MB; notes files over {limit} MB are refused",
            size=f"{size / 1_000_000:.0f}",
            limit=MAX_FILE_BYTES // 1_000_000,
        ),
        explained("Check that this is the notes file you meant; 100,000 notes take about 60 MB."),
    )


def _cut_short(source: Path | str) -> SealedNotesError:
    return SealedNotesError(
        source, explained("the file is cut short: it ends inside its header"), _EXPORT_AGAIN
    )


def _key(passphrase: str, salt: bytes) -> bytes:
    from nacl.bindings import crypto_pwhash_scryptsalsa208sha256_ll as scrypt

    # NFC: the same passphrase typed where the keyboard composes letters and where it does not.
    # surrogatepass: a stray byte read from a script's variable still makes a key, never a crash.
    secret = unicodedata.normalize("NFC", passphrase).encode("utf-8", "surrogatepass")
    return scrypt(
        secret, salt, SCRYPT_N, SCRYPT_R, SCRYPT_P, dklen=KEY_BYTES, maxmem=SCRYPT_MAX_MEMORY
    )
