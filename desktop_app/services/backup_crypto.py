"""Passphrase-encrypted backup copies for the second folder (a USB stick, a share).

A backup is the whole office database: a lost USB stick must not hand the officials'
names, phones and e-mails to whoever finds it. With `backup/encrypt_second_folder` on,
the copy written to the second folder is `<backup name>.cdenc`: AES-256-GCM in 1 MiB
chunks under a key derived from the passphrase with scrypt (n=2^15, r=8, p=1, a random
salt per file). Each chunk's nonce and associated data carry its index and whether it is
the last, so a chunk changed, dropped, reordered or cut off is refused, not restored. A
32-byte check value derived with the key tells a wrong passphrase from a damaged file.

The passphrase is never stored: it comes from COORDINATOR_DESK_BACKUP_PASSPHRASE (for
scheduled jobs) or is asked for; `restore` asks for it when given a `.cdenc` file.
"""

from __future__ import annotations

import hmac
import os
import struct
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

MAGIC = b"CDESK-ENC1\n"
SUFFIX = ".cdenc"
PASSPHRASE_ENV = "COORDINATOR_DESK_BACKUP_PASSPHRASE"
CHUNK = 1 << 20
SCRYPT_LOG2_N, SCRYPT_R, SCRYPT_P = 15, 8, 1
_HEADER = struct.Struct(">16sBBB8s32s")  # salt, log2 n, r, p, nonce prefix, check value
_LEN = struct.Struct(">I")


_remembered: str | None = None


def use_passphrase(passphrase: str | None) -> None:
    """Keep the passphrase in this process's memory for its automatic backups (never saved)."""
    global _remembered
    _remembered = passphrase or None


def session_passphrase() -> str | None:
    return os.environ.get(PASSPHRASE_ENV) or _remembered


class BackupCryptoError(Exception):
    """`code`: "wrong_passphrase", "damaged" (changed or cut off), "no_passphrase"."""

    def __init__(self, code: str, path: Path) -> None:
        super().__init__(code, str(path))
        self.code = code
        self.path = path


def is_encrypted(path: Path) -> bool:
    try:
        with Path(path).open("rb") as fh:
            return fh.read(len(MAGIC)) == MAGIC
    except OSError:
        return False


def _keys(passphrase: str, salt: bytes, log2_n: int, r: int, p: int) -> tuple[bytes, bytes]:
    from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

    if not (10 <= log2_n <= 20 and 1 <= r <= 16 and 1 <= p <= 4):  # a crafted header
        raise ValueError("scrypt parameters out of range")
    out = Scrypt(salt=salt, length=64, n=1 << log2_n, r=r, p=p).derive(passphrase.encode())
    return out[:32], out[32:]


def _nonce(prefix: bytes, index: int) -> bytes:
    return prefix + struct.pack(">I", index)


def _aad(header: bytes, index: int, last: bool) -> bytes:
    return header + struct.pack(">Q?", index, last)


def encrypt_file(source: Path, dest: Path, passphrase: str) -> Path:
    """Write `source` encrypted to `dest` (atomic: complete or absent)."""
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    if not passphrase:
        raise BackupCryptoError("no_passphrase", dest)
    salt, prefix = os.urandom(16), os.urandom(8)
    key, check = _keys(passphrase, salt, SCRYPT_LOG2_N, SCRYPT_R, SCRYPT_P)
    header = MAGIC + _HEADER.pack(salt, SCRYPT_LOG2_N, SCRYPT_R, SCRYPT_P, prefix, check)
    aes = AESGCM(key)
    dest.parent.mkdir(parents=True, exist_ok=True)
    fd, name = tempfile.mkstemp(prefix=f".{dest.name}.", suffix=".part", dir=dest.parent)
    tmp = Path(name)
    try:
        with os.fdopen(fd, "wb") as out, Path(source).open("rb") as src:
            out.write(header)
            index, block = 0, src.read(CHUNK)
            while True:
                following = src.read(CHUNK)
                last = not following
                sealed = aes.encrypt(_nonce(prefix, index), block, _aad(header, index, last))
                out.write(_LEN.pack(len(sealed)) + sealed)
                if last:
                    break
                index, block = index + 1, following
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, dest)
    finally:
        tmp.unlink(missing_ok=True)
    return dest


def decrypt_file(source: Path, dest: Path, passphrase: str) -> Path:
    """Write the plain backup to `dest`; BackupCryptoError if the passphrase or file is bad."""
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    source = Path(source)
    with source.open("rb") as src:
        header = src.read(len(MAGIC) + _HEADER.size)
        if len(header) != len(MAGIC) + _HEADER.size or not header.startswith(MAGIC):
            raise BackupCryptoError("damaged", source)
        salt, log2_n, r, p, prefix, check = _HEADER.unpack(header[len(MAGIC) :])
        try:
            key, expected = _keys(passphrase, salt, log2_n, r, p)
        except ValueError:
            raise BackupCryptoError("damaged", source) from None
        if not hmac.compare_digest(expected, check):
            raise BackupCryptoError("wrong_passphrase", source)
        aes = AESGCM(key)
        with dest.open("wb") as out:
            index = 0
            while True:
                raw = src.read(_LEN.size)
                if len(raw) != _LEN.size:
                    raise BackupCryptoError("damaged", source)  # cut off before the last chunk
                (size,) = _LEN.unpack(raw)
                sealed = src.read(size)
                if size > CHUNK + 16 or len(sealed) != size:
                    raise BackupCryptoError("damaged", source)
                last = src.peek(1)[:1] == b""
                try:
                    out.write(aes.decrypt(_nonce(prefix, index), sealed, _aad(header, index, last)))
                except InvalidTag:
                    raise BackupCryptoError("damaged", source) from None
                if last:
                    break
                index += 1
    return dest


@contextmanager
def decrypted_copy(path: Path, ask: Callable[[], str]) -> Iterator[Path]:
    """`path` itself if it is a plain backup; else a decrypted copy in a private temporary
    folder (0700, removed afterwards), with the passphrase from the environment or `ask`."""
    if not is_encrypted(path):
        yield path
        return
    passphrase = os.environ.get(PASSPHRASE_ENV) or ask()
    with tempfile.TemporaryDirectory(prefix="cdesk-dec-") as tmp:
        name = path.name[: -len(SUFFIX)] if path.name.endswith(SUFFIX) else path.name
        plain = Path(tmp) / (name if name.endswith(".sqlite3") else name + ".sqlite3")
        decrypt_file(path, plain, passphrase)
        yield plain
