"""Checks on values before they reach the database, with messages that name the bad value and
say what is allowed."""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterable
from datetime import UTC, date, datetime
from typing import Any

from careernav.errors import InvalidValueError
from careernav.store._models import NAME_LENGTH
from careernav.store._records import PERIOD_KINDS, PROGRESS_STATUSES, SUBJECT_KINDS

PERIOD_LABEL_PATTERNS = {
    "quarter": (re.compile(r"\d{4}-Q[1-4]"), "'2026-Q4'"),
    "year": (re.compile(r"\d{4}"), "'2026'"),
}


def choice(field: str, value: object, allowed: Iterable[str], what: str | None = None) -> str:
    allowed = tuple(allowed)
    if not isinstance(value, str) or value not in allowed:
        raise InvalidValueError(
            field, value, f"Unknown {what or field} {value!r}. Use one of: {', '.join(allowed)}."
        )
    return value


def text(field: str, value: object, *, max_length: int | None = NAME_LENGTH) -> str:
    """A non-empty string, surrounding whitespace removed."""
    if not isinstance(value, str) or not value.strip():
        raise InvalidValueError(field, value, f"The {field} must be some text, not {value!r}.")
    value = value.strip()
    if max_length is not None and len(value) > max_length:
        raise InvalidValueError(
            field,
            value,
            f"The {field} is {len(value)} characters long; the most is {max_length}. "
            "Use a shorter one.",
        )
    return value


def optional_text(field: str, value: object) -> str | None:
    return None if value is None else text(field, value)


def hours_per_week(value: object) -> float:
    if (
        isinstance(value, bool)
        or not isinstance(value, int | float)
        or not math.isfinite(value)
        or not 0 < value <= 168
    ):
        raise InvalidValueError(
            "hours_per_week",
            value,
            f"hours_per_week must be a number of hours above 0 and at most 168, not {value!r}.",
        )
    return float(value)


def json_object(field: str, value: object) -> dict[str, Any]:
    """A dict that survives a JSON round trip unchanged (string keys, no NaN, no objects)."""
    if not isinstance(value, dict):
        raise InvalidValueError(
            field, value, f"The {field} must be a dict, not {type(value).__name__}."
        )
    try:
        encoded = json.dumps(value, ensure_ascii=False, allow_nan=False)
    except (TypeError, ValueError) as exc:
        raise InvalidValueError(
            field,
            value,
            f"The {field} cannot be saved as JSON ({exc}). Use only dicts with string keys, "
            "lists, strings, finite numbers, true/false and null.",
        ) from None
    decoded = json.loads(encoded)
    if decoded != value:
        raise InvalidValueError(
            field,
            value,
            f"The {field} would change when saved as JSON (keys that are not strings, or "
            "tuples). Use only dicts with string keys, lists, strings, numbers, true/false "
            "and null.",
        )
    return decoded


def progress(subject_kind: object, status: object) -> tuple[str, str]:
    kind = choice("subject_kind", subject_kind, SUBJECT_KINDS, "subject kind")
    allowed = PROGRESS_STATUSES[kind]
    if not isinstance(status, str) or status not in allowed:
        raise InvalidValueError(
            "status",
            status,
            f"Unknown status {status!r} for a {kind}. Use one of: {', '.join(allowed)}.",
        )
    return kind, status


def period(period_kind: object, period_label: object) -> tuple[str, str]:
    kind = choice("period_kind", period_kind, PERIOD_KINDS, "period kind")
    pattern, example = PERIOD_LABEL_PATTERNS[kind]
    if not isinstance(period_label, str) or not pattern.fullmatch(period_label):
        raise InvalidValueError(
            "period_label",
            period_label,
            f"{period_label!r} is not a {kind} label. Write it like {example}.",
        )
    return kind, period_label


def moment(field: str, value: object) -> datetime:
    """An aware UTC datetime. A naive one is taken as local time, as Python does."""
    if not isinstance(value, datetime):
        raise InvalidValueError(
            field, value, f"The {field} must be a datetime, not {type(value).__name__}."
        )
    return value.astimezone(UTC)


def day(field: str, value: object) -> date | None:
    if value is None:
        return None
    if isinstance(value, datetime) or not isinstance(value, date):
        raise InvalidValueError(
            field,
            value,
            f"The {field} must be a date (datetime.date), not {type(value).__name__}.",
        )
    return value


def record_id(field: str, value: object) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        raise InvalidValueError(field, value, f"The {field} must be a whole number, not {value!r}.")
    return value
