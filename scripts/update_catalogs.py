"""Re-extract the web app's messages and update the Korean catalog.

    python scripts/update_catalogs.py

Runs `pybabel extract` into locale/messages.pot, then merges it into
locale/ko/LC_MESSAGES/messages.po, keeping existing translations. New messages arrive with an
empty translation; tests/test_web_i18n.py fails until every one is translated.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LOCALE = ROOT / "src" / "careernav" / "web" / "locale"


def main() -> int:
    pybabel = Path(sys.executable).parent / "pybabel"
    pot = LOCALE / "messages.pot"
    subprocess.run(
        [str(pybabel), "extract", "-F", str(ROOT / "babel.cfg"), "-k", "_", "-k", "N_",
         "-o", str(pot), "--no-location", "--sort-output", "--project", "careernav", str(ROOT)],
        check=True,
    )  # fmt: skip
    po = LOCALE / "ko" / "LC_MESSAGES" / "messages.po"
    command = "update" if po.exists() else "init"
    subprocess.run(
        [str(pybabel), command, "-i", str(pot), "-d", str(LOCALE), "-l", "ko", "--no-wrap"]
        + (["--no-fuzzy-matching"] if command == "update" else []),
        check=True,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
