"""Korean and English for the web app: gettext catalogs (Babel) and picking the language.

The catalogs are the `.po` files under locale/, compiled in memory the first time a language
is used, so there is no build step and no compiled file to forget to update.
"""

from __future__ import annotations

import io
from functools import lru_cache
from pathlib import Path

from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from babel.support import NullTranslations, Translations

LOCALE_DIR = Path(__file__).parent / "locale"
LANGUAGES = ("ko", "en")
DEFAULT_LANGUAGE = "en"
COOKIE = "careernav_lang"


@lru_cache(maxsize=4)
def translations(lang: str) -> NullTranslations:
    po = LOCALE_DIR / lang / "LC_MESSAGES" / "messages.po"
    if not po.exists():
        return NullTranslations()
    with po.open("rb") as f:
        catalog = read_po(f, locale=lang)
    buffer = io.BytesIO()
    write_mo(buffer, catalog)
    buffer.seek(0)
    return Translations(fp=buffer)


def gettext_for(lang: str):
    return translations(lang).gettext


def pick_language(query: str | None, cookie: str | None, accept_language: str | None) -> str:
    """?lang= first, then the saved choice, then the browser's languages, then English."""
    for choice in (query, cookie):
        if choice in LANGUAGES:
            return choice
    for part in (accept_language or "").split(","):
        tag = part.split(";")[0].strip().lower()
        base = tag.split("-")[0]
        if base in LANGUAGES:
            return base
    return DEFAULT_LANGUAGE
