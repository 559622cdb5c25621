"""Choices a posting offers: "Python or Scala", "Airflow, Dagster, or Prefect", "AWS/GCP",
"정보처리기사 또는 빅데이터분석기사" — one requirement that any of the options meets."""

from __future__ import annotations

import re

from careernav.extract import SkillMention
from careernav.knowledge import KnowledgeBase

# What may stand between two skills of one list: a comma, a slash, or a word that offers a
# choice.
_COMMA_GAP = re.compile(r"\s*[,·]\s*")
_SLASH_GAP = re.compile(r"\s*[/|]\s*")
_OR_GAP = re.compile(
    r"\s*,?\s*(?:or|and/or|또는|혹은|및/또는|or\s+similar\s+tools?\s+like)\s*"
    r"|(?:이나|나)\s+",  # Korean "A이나 B": the particle is glued to the first name
    re.IGNORECASE,
)


def substitutes(kb: KnowledgeBase, a: str, b: str) -> bool:
    """Whether two concepts do the same job: related, or two cases of one broader concept
    (AWS and GCP, Tableau and Power BI) — what "A/B" in a posting offers as a choice."""
    first, second = kb.skills[a], kb.skills[b]
    if b in first.related or a in second.related:
        return True
    return first.broader is not None and first.broader == second.broader


def alternative_groups(
    text: str, mentions: list[SkillMention], kb: KnowledgeBase
) -> list[frozenset[str]]:
    """For each mention, the concepts of the "A, B or C" choice it stands in (just its own
    concept when it stands in none).

    Mentions next to each other on one line, joined by commas, slashes or by "or", "또는",
    "혹은", "이나", form a run; a run is a choice when at least one of its joints offers one
    ("Python, Java or Go"), and a plain list otherwise ("Python, SQL"). A slash offers a
    choice only between substitutes, and only between the two names it joins: "AWS/GCP" is
    either, "Python/SQL" is both, and "SQL, Java, C/C++, Git" asks for all but C or C++."""
    groups = [frozenset({m.id}) for m in mentions]
    run: list[list[int]] = []  # items of the run; an item is names a slash made one choice
    chooses = False

    def close() -> None:
        if chooses:
            parts = [[i for item in run for i in item]]
        else:
            parts = [item for item in run if len(item) > 1]
        for part in parts:
            choice = frozenset(mentions[i].id for i in part)
            if len(choice) > 1:
                for i in part:
                    groups[i] = choice

    for i, mention in enumerate(mentions):
        if run:
            previous = mentions[run[-1][-1]]
            gap = text[previous.end : mention.start]
            if "\n" not in gap:
                if _OR_GAP.fullmatch(gap):
                    run.append([i])
                    chooses = True
                    continue
                if _SLASH_GAP.fullmatch(gap):
                    if substitutes(kb, previous.id, mention.id):
                        run[-1].append(i)
                    else:
                        run.append([i])
                    continue
                if _COMMA_GAP.fullmatch(gap):
                    run.append([i])
                    continue
            close()
        run, chooses = [[i]], False
    if run:
        close()
    return groups
