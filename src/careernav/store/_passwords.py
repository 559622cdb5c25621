"""Password hashing for the users who sign in to `careernav serve`: the standard library's
scrypt, no extra dependency.

A hash is one self-describing string, `scrypt$<n>$<r>$<p>$<salt b64>$<key b64>` (standard
base64 with padding), so the cost can be raised later without breaking stored hashes. The
plain password is never stored, logged or put in an exception.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import secrets
import unicodedata

from careernav.errors import InvalidPasswordError

SCHEME = "scrypt"
SCRYPT_N = 2**14
SCRYPT_R = 8
SCRYPT_P = 1
SALT_BYTES = 16
KEY_BYTES = 32
MIN_PASSWORD_LENGTH = 8

# Limits on the cost read back from a stored hash, so that a damaged or hostile one cannot
# make a login take minutes or gigabytes.
_MAX_N = 2**20
_MAX_R = 32
_MAX_P = 16
# Salt for the dummy hash computed when a login names an unknown user.
_DUMMY_SALT = b"careernav-nobody"


def _encode(password: object) -> bytes:
    if not isinstance(password, str):
        raise InvalidPasswordError(
            f"The password must be text (a str), not {type(password).__name__}."
        )
    # NFC: the same password typed on macOS (which decomposes Hangul) and elsewhere matches.
    return unicodedata.normalize("NFC", password).encode("utf-8")


def check_new_password(password: object) -> bytes:
    """The password as bytes to hash, if it may be set; else InvalidPasswordError."""
    encoded = _encode(password)
    if len(encoded.decode("utf-8")) < MIN_PASSWORD_LENGTH:
        raise InvalidPasswordError(
            f"The password is too short: use at least {MIN_PASSWORD_LENGTH} characters. "
            "A few words strung together make a good one."
        )
    return encoded


def _scrypt(password: bytes, salt: bytes, n: int, r: int, p: int, length: int) -> bytes:
    # scrypt needs about 128·r·(n + p) bytes; OpenSSL refuses more than `maxmem`.
    maxmem = 128 * r * (n + p + 2) + 2**20
    return hashlib.scrypt(password, salt=salt, n=n, r=r, p=p, maxmem=maxmem, dklen=length)


def hash_password(password: str) -> str:
    """A new hash of `password` with a fresh random salt (InvalidPasswordError if it is too
    short)."""
    encoded = check_new_password(password)
    salt = secrets.token_bytes(SALT_BYTES)
    key = _scrypt(encoded, salt, SCRYPT_N, SCRYPT_R, SCRYPT_P, KEY_BYTES)
    return "$".join(
        [
            SCHEME,
            str(SCRYPT_N),
            str(SCRYPT_R),
            str(SCRYPT_P),
            base64.b64encode(salt).decode("ascii"),
            base64.b64encode(key).decode("ascii"),
        ]
    )


def _parse(stored: str) -> tuple[int, int, int, bytes, bytes] | None:
    parts = stored.split("$")
    if len(parts) != 6 or parts[0] != SCHEME:
        return None
    try:
        n, r, p = (int(part) for part in parts[1:4])
        salt = base64.b64decode(parts[4], validate=True)
        key = base64.b64decode(parts[5], validate=True)
    except (ValueError, binascii.Error):
        return None
    if not (1 < n <= _MAX_N and n & (n - 1) == 0 and 0 < r <= _MAX_R and 0 < p <= _MAX_P):
        return None
    if not salt or not 16 <= len(key) <= 64:
        return None
    return n, r, p, salt, key


def verify_password(password: str, stored: str) -> bool:
    """Whether `password` matches the hash `stored`. A damaged or unknown hash never
    matches."""
    encoded = _encode(password)
    parsed = _parse(stored)
    if parsed is None:
        dummy_verify(password)  # the same cost as a real check
        return False
    n, r, p, salt, key = parsed
    return hmac.compare_digest(_scrypt(encoded, salt, n, r, p, len(key)), key)


def dummy_verify(password: str) -> bool:
    """Cost what `verify_password` costs and return False: for a login that names an unknown
    user, so that its answer takes as long as a wrong password's."""
    encoded = _encode(password)
    key = _scrypt(encoded, _DUMMY_SALT, SCRYPT_N, SCRYPT_R, SCRYPT_P, KEY_BYTES)
    hmac.compare_digest(key, bytes(KEY_BYTES))
    return False
