"""Bytes to clean text: encoding detection, and the normalisation every format shares."""

from __future__ import annotations

import codecs
import re
import unicodedata

from careernav.errors import NotTextError, UndecodableTextError

# Byte-order marks, longest first (a UTF-32 LE BOM starts with the UTF-16 LE one).
_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

# What charset-normalizer may choose from once UTF-8 has failed. The project reads Korean and
# English, so the legacy encodings that matter are Korean (CP949 is the superset of EUC-KR that
# Windows writes) and Western European. Letting it pick freely turns short Korean files into
# Big5 or UTF-16 gibberish.
_LEGACY_ENCODINGS = ["cp949", "euc_kr", "cp1252", "latin_1"]

# Share of characters that may be junk (see _JUNK) before a decoded text counts as binary.
_MAX_JUNK_SHARE = 0.10

_LINE_BREAKS = re.compile(r"\r\n|[\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]")
_TRAILING_SPACE = re.compile(r"[ \t\u00a0\u3000]+$", re.MULTILINE)
_BLANK_RUNS = re.compile(r"\n{3,}")
# Control characters other than tab and line breaks, the byte-order mark out of place, and
# the invisible characters that sit inside words without showing: soft hyphens
# ("Kuber&shy;netes") and zero-width spaces and joiners ("Elastic&#8203;search"). Left in,
# they split a skill's name in two for every search.
_CONTROLS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u00ad\u200b-\u200d\u2060\ufeff]")
# The Latin ligatures PDF and Word typesetting writes for "ff", "fi", "fl", "ffi", "ffl",
# "st" ("Airﬂow", "workﬂow"). Only these are folded: NFKC on the whole text would also
# turn full-width letters and compatibility Hangul into other characters.
_LIGATURES = re.compile("[\ufb00-\ufb06]")
# What binary data decodes to: controls, private-use code points, lone surrogates, U+FFFD.
_JUNK = re.compile(
    "[\x00-\x08\x0e-\x1f\x7f-\x9f\ud800-\udfff\ue000-\uf8ff\ufffd\U000f0000-\U0010ffff]"
)


def decode_bytes(data: bytes, name: str, *, declared: str | None = None) -> tuple[str, str]:
    """Decode `data` and return `(text, encoding)`; raise if it is not text.

    Order: byte-order mark; BOM-less UTF-16 (only when there are NUL bytes); strict UTF-8;
    `declared` (an HTML meta charset); Korean CP949; then charset-normalizer's best guess
    among the legacy encodings above.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError as exc:
                raise UndecodableTextError(name) from exc
            _check_looks_like_text(text, name)
            return text, _encoding_name(bom, encoding)

    # NUL bytes are valid UTF-8, so BOM-less UTF-16 must be caught before UTF-8 is tried.
    if b"\x00" in data:
        encoding = _bomless_utf16(data)
        if encoding is None:
            raise NotTextError(name)
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError as exc:
            raise NotTextError(name) from exc
        _check_looks_like_text(text, name)
        return text, encoding

    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        _check_looks_like_text(text, name)
        return text, "utf-8"

    if declared:
        try:
            text = data.decode(declared)
        except (UnicodeError, LookupError, ValueError, TypeError):
            pass  # a wrong or non-text label ("rot13"): fall through to detection
        else:
            _check_looks_like_text(text, name)
            return text, codecs.lookup(declared).name

    text = _as_korean(data)
    if text is not None:
        _check_looks_like_text(text, name)
        return text, "cp949"

    return _guess(data, name)


def check_text(text: str, name: str) -> None:
    """Raise NotTextError if `text` (already a str) is binary junk."""
    _check_looks_like_text(text, name)


def clean_text(text: str) -> str:
    """The shared normal form: '\\n' line breaks, NFC, Latin ligatures as their letters, no
    control, soft-hyphen or zero-width characters (but '\\n' and '\\t'), no trailing spaces,
    at most one blank line in a row, no blank lines at either end.

    Every reader's text passes through here before anything indexes into it, so the spans
    found later point into this text, whatever it dropped or unfolded."""
    text = _LINE_BREAKS.sub("\n", text)
    # NFC turns the decomposed Hangul that macOS writes into precomposed syllables.
    text = unicodedata.normalize("NFC", text)
    text = _LIGATURES.sub(_unligate, text)
    text = _CONTROLS.sub("", text)
    text = _TRAILING_SPACE.sub("", text)
    text = _BLANK_RUNS.sub("\n\n", text)
    return text.strip("\n")


def _unligate(match: re.Match[str]) -> str:
    return unicodedata.normalize("NFKC", match.group())


def _encoding_name(bom: bytes, encoding: str) -> str:
    if encoding == "utf-8-sig":
        return encoding
    little = bom in (codecs.BOM_UTF16_LE, codecs.BOM_UTF32_LE)
    return f"{encoding}-{'le' if little else 'be'}"


def _bomless_utf16(data: bytes) -> str | None:
    """UTF-16 without a BOM, told apart from binary by where its NUL bytes fall.

    In UTF-16 text the ASCII characters (spaces, newlines, digits, Latin letters) have a NUL
    high byte, so NULs crowd onto one parity; in binary files they fall on both. The decoded
    text must then be mostly characters a Korean or English document uses.
    """
    sample = data[:65536]
    sample = sample[: len(sample) - len(sample) % 2]
    half = len(sample) // 2
    if not half:
        return None
    even = sample[0::2].count(0)
    odd = sample[1::2].count(0)
    if odd >= half * 0.1 and odd >= 4 * even:
        encoding = "utf-16-le"
    elif even >= half * 0.1 and even >= 4 * odd:
        encoding = "utf-16-be"
    else:
        return None
    try:
        text = sample.decode(encoding)
    except UnicodeDecodeError:
        return None
    plausible = sum(1 for ch in text if _plausible(ch))
    return encoding if plausible >= 0.8 * len(text) else None


def _plausible(ch: str) -> bool:
    code = ord(ch)
    return (
        0x20 <= code < 0x7F
        or ch in "\n\r\t"
        or 0xAC00 <= code <= 0xD7A3  # Hangul syllables
        or 0x1100 <= code <= 0x11FF  # Hangul jamo (decomposed Hangul)
        or 0x3130 <= code <= 0x318F  # Hangul compatibility jamo
        or 0xA0 <= code <= 0x24F  # Latin-1 and Latin Extended
        or 0x2000 <= code <= 0x22FF  # punctuation, arrows, maths
        or 0x25A0 <= code <= 0x25FF  # bullets and shapes
        or 0x3000 <= code <= 0x303F  # CJK punctuation
        or 0xFF00 <= code <= 0xFFEF  # full-width forms
    )


def _as_korean(data: bytes) -> str | None:
    """`data` decoded as CP949 when that is clearly right: strict decoding works, and most
    non-ASCII characters come out as Hangul syllables. Short Korean files fool statistical
    detectors; this check does not."""
    try:
        text = data.decode("cp949")
    except UnicodeDecodeError:
        return None
    non_ascii = [ch for ch in text if ord(ch) > 0x7F]
    if not non_ascii:
        return None
    hangul = sum(1 for ch in non_ascii if "\uac00" <= ch <= "\ud7a3")
    return text if hangul >= 0.6 * len(non_ascii) else None


def _guess(data: bytes, name: str) -> tuple[str, str]:
    try:
        from charset_normalizer import from_bytes

        best = from_bytes(data, cp_isolation=_LEGACY_ENCODINGS).best()
    except Exception as exc:  # any detector failure means: we could not tell
        raise UndecodableTextError(name) from exc
    if best is None:
        raise UndecodableTextError(name)
    # CP949 is a strict superset of EUC-KR; decoding as CP949 keeps syllables like 똠 and 햏.
    encoding = "cp949" if best.encoding in ("euc_kr", "cp949") else best.encoding
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError:
        text = str(best)
    _check_looks_like_text(text, name)
    return text, encoding


def _check_looks_like_text(text: str, name: str) -> None:
    if "\x00" in text:
        raise NotTextError(name)
    if not text:
        return
    if len(_JUNK.findall(text)) > _MAX_JUNK_SHARE * len(text):
        raise NotTextError(name)
