"""Glassdoor: role accuracy and macro-F1 over four roles, from the content alone.

Gold role from the title, by this rule (written before the first run, never changed to suit
the results): the first that matches, case-insensitive —
  "machine learning" | "ml engineer" | "mle" | "deep learning" | "ai engineer" -> ml-engineer
  "data engineer" | "etl" | "data pipeline"                                  -> data-engineer
  "data analyst" | "analytics" | "business intelligence" | "bi analyst" | "bi developer"
                                                                              -> data-analyst
  "data scientist" | "data science"                                           -> data-scientist
Postings whose title matches none are left out. Prediction: of the four roles, the one with
the highest share of careernav's role mix, computed on the description with every occurrence
of the title removed; none when careernav names no role (added when careernav learned to say
so: such a posting counts as a miss). No training on Glassdoor.
"""

from __future__ import annotations

import re
import sys
from collections import Counter

from careernav.extract import extract_skills
from careernav.knowledge import default_knowledge_base
from careernav.match.roles import infer_roles

from _common import read_jsonl, report, require_eval

RULES = [
    ("ml-engineer", ["machine learning", "ml engineer", "mle", "deep learning", "ai engineer"]),
    ("data-engineer", ["data engineer", "etl", "data pipeline"]),
    ("data-analyst", ["data analyst", "analytics", "business intelligence", "bi analyst", "bi developer"]),
    ("data-scientist", ["data scientist", "data science"]),
]  # fmt: skip
ROLES = [role for role, _ in RULES]


def gold_role(title: str) -> str | None:
    lowered = title.casefold()
    for role, needles in RULES:
        if any(re.search(rf"\b{re.escape(n)}\b", lowered) for n in needles):
            return role
    return None


def main() -> None:
    kb = default_knowledge_base()
    pairs = []
    for post in read_jsonl(require_eval("glassdoor_dev.jsonl")):
        gold = gold_role(post["title"])
        if gold is None:
            continue
        text = re.sub(re.escape(post["title"]), " ", post["description"], flags=re.IGNORECASE)
        scores = {
            r.id: r.score for r in infer_roles(kb, extract_skills(text, kb=kb, doc_type="posting"))
        }
        # When careernav names no role (too little evidence), nothing is predicted: a miss for
        # the gold role, a false positive for none.
        best = max(ROLES, key=lambda r: (scores[r], -ROLES.index(r)))
        pairs.append((gold, best if scores[best] > 0 else None))
    accuracy = sum(g == p for g, p in pairs) / len(pairs)
    f1s = {}
    for role in ROLES:
        tp = sum(g == p == role for g, p in pairs)
        fp = sum(p == role and g != role for g, p in pairs)
        fn = sum(g == role and p != role for g, p in pairs)
        prec = tp / (tp + fp) if tp + fp else 0.0
        rec = tp / (tp + fn) if tp + fn else 0.0
        f1s[role] = round(2 * prec * rec / (prec + rec), 4) if prec + rec else 0.0
    report(
        "glassdoor-roles",
        {
            "postings": len(pairs),
            "no_role_named": sum(p is None for _, p in pairs),
            "gold": dict(Counter(g for g, _ in pairs)),
            "accuracy": round(accuracy, 4),
            "macro_f1": round(sum(f1s.values()) / len(f1s), 4),
            "f1": f1s,
        },
    )
    if "--confusion" in sys.argv:
        for (g, p), n in sorted(Counter(pairs).items(), key=lambda x: (x[0][0], x[0][1] or "")):
            print(f"{g:15s} -> {p or '(no role)':15s} {n}")


if __name__ == "__main__":
    main()
