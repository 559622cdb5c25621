"""Every string of the web app is translated into Korean, and the catalog is up to date."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from babel.messages.pofile import read_po

from careernav.web.i18n import gettext_for, pick_language

ROOT = Path(__file__).parents[1]
LOCALE = ROOT / "src" / "careernav" / "web" / "locale"


def catalog(path: Path):
    with path.open("rb") as f:
        return read_po(f)


def test_every_message_has_a_korean_translation():
    ko = catalog(LOCALE / "ko" / "LC_MESSAGES" / "messages.po")
    untranslated = [m.id for m in ko if m.id and not m.string]
    assert not untranslated
    assert not [m.id for m in ko if m.fuzzy and m.id]


def test_the_catalog_covers_every_string_in_the_templates(tmp_path):
    pot = tmp_path / "fresh.pot"
    subprocess.run(
        [str(Path(sys.executable).parent / "pybabel"), "extract", "-F", str(ROOT / "babel.cfg"),
         "-k", "_", "-k", "N_", "-o", str(pot), "--no-location", str(ROOT)],
        check=True, capture_output=True,
    )  # fmt: skip
    fresh = {m.id for m in catalog(pot) if m.id}
    translated = {m.id for m in catalog(LOCALE / "ko" / "LC_MESSAGES" / "messages.po") if m.id}
    assert fresh <= translated, f"run scripts/update_catalogs.py: {sorted(fresh - translated)}"


def test_translations_are_used():
    assert gettext_for("ko")("Analyse") == "분석"
    assert gettext_for("en")("Analyse") == "Analyse"


def test_language_choice():
    assert pick_language("ko", "en", "en") == "ko"
    assert pick_language(None, "ko", "en-US") == "ko"
    assert pick_language(None, None, "ko-KR,ko;q=0.9,en;q=0.8") == "ko"
    assert pick_language(None, None, "fr-FR,en;q=0.5") == "en"
    assert pick_language("xx", None, None) == "en"
