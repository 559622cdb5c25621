"""Names that belong to someone: the employer of a job and the people of a list of authors.

"ML Engineer @ Hugging Face", "Senior Data Scientist at Databricks": after a job title, "@" or
"at" names where the job was, not a tool the person used. "R. Kumar, Julia Meyer, S. Swift":
a programming language's name written as a first name before a surname ("Julia Meyer", "Ada
Park") is a person's. A surname is told from the next word of a skill line ("Julia
Programming, …") by the English dictionary the knowledge base ships (`ordinary_words`) and
the knowledge base's own names.
"""

from __future__ import annotations

import re

from careernav.extract._hit import Hit
from careernav.knowledge import KnowledgeBase

# A job title's last word, then "@" or "at", right before the name
_EMPLOYER_BEFORE = re.compile(
    r"\b(?:engineer|scientist|analyst|developer|researcher|intern|manager|lead|architect"
    r"|consultant|specialist|director|designer|programmer|founder|cto|ceo)s?[ \t]*(?:@|\bat\b)"
    r"[ \t]*\Z",
    re.IGNORECASE,
)
_LOOK_BACK = 40
# A capitalised word after the name, then what ends an author: a comma, a full stop, "and",
# "et al"
_SURNAME_AFTER = re.compile(r"[ \t]+([A-Z][a-z]+(?:-[A-Z][a-z]+)?)(?=\s*(?:[,.;]|and\b|et al))")


class Owners:
    """Built once per knowledge base."""

    def __init__(self, kb: KnowledgeBase):
        self._ordinary = kb.ordinary_words
        self._find = kb.find_skill
        # programming languages named as people are ("Julia", "Ada", "Ruby"); a product's
        # second word ("Tableau Prep", "Snowflake Cortex") is no surname
        self._languages = frozenset(s.id for s in kb.skills.values() if s.kind == "language")
        # ... and the one framework whose name is a common given name
        self._first_names = self._languages | (_GIVEN_NAMES & kb.skills.keys())

    def without_owners(self, text: str, hits: list[Hit]) -> list[Hit]:
        """`hits` less the employers named after a job title and the first names of people."""
        # where a name may follow "@" or "at": found once, so that the few hits there are the
        # only ones looked at closely
        after_at = _after_at(text)
        return [
            h
            for h in hits
            if not (h.start in after_at and _employer(text, h))
            and not (h.skill_id in self._first_names and self._first_name(text, h))
            and not _person_by_title(text, h)
        ]

    def _first_name(self, text: str, hit: Hit) -> bool:
        surface = text[hit.start : hit.end]
        if not (surface.istitle() and surface.isalpha()):
            return False  # "Julia", "Ada"; not "SQL"
        after = _SURNAME_AFTER.match(text, hit.end)
        if after is None:
            return False
        surname = after.group(1)
        return surname.lower() not in self._ordinary and self._find(surname) is None


# Tools named as people are: "Ray Kim" (Ray, the framework, is also a given name)
_GIVEN_NAMES = frozenset({"ray"})
# A name, then who the person is: "Ray, our Head of Sales", "Jenkins (our CFO)"
_PERSON_AFTER = re.compile(
    r"[ \t]*(?:,[ \t]*|\([ \t]*)(?:our|the|your|my)[ \t]+(?:head[ \t]+of|ceo|cto|cfo|coo|cpo"
    r"|vp|vice[ \t]+president|director|co-?founder|founder|recruiter|hiring[ \t]+manager)\b",
    re.IGNORECASE,
)


def _person_by_title(text: str, hit: Hit) -> bool:
    surface = text[hit.start : hit.end]
    return (
        surface.istitle() and surface.isalpha() and _PERSON_AFTER.match(text, hit.end) is not None
    )


def _after_at(text: str) -> set[int]:
    """Where a name may start after "@" or " at " (plain substring scans: a regex over the
    whole text cost a tenth of the matcher)."""
    found: set[int] = set()
    for mark in ("@", " at "):
        i = text.find(mark)
        while i != -1:
            j = i + len(mark)
            while j < len(text) and text[j] in " \t":
                j += 1
            found.add(j)
            i = text.find(mark, j)
    return found


def _employer(text: str, hit: Hit) -> bool:
    before = text[max(0, hit.start - _LOOK_BACK) : hit.start]
    return _EMPLOYER_BEFORE.search(before) is not None
