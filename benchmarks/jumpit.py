"""Jumpit: recall of the employer's tech-stack tags that occur in the posting text.

Text = 주요업무 + 자격요건 + 우대조건. A tag "occurs" when its case-folded spelling stands in
the case-folded text as a word of its own (not inside a longer Latin word or number: "c" in
"react" does not count). It is "found" when careernav extracts the concept that the tag's
spelling names in the knowledge base, or a narrower one (a posting that asks for Spring Boot
asks for Spring). A tag the knowledge base cannot name is missed.
"""

from __future__ import annotations

import re
import sys
from collections import Counter

from careernav.extract import extract_skills
from careernav.knowledge import default_knowledge_base

from _common import read_jsonl, report, require_eval

SECTIONS = ("주요업무", "자격요건", "우대조건")


def occurs(tag: str, folded_text: str) -> bool:
    pattern = rf"(?<![0-9a-z]){re.escape(tag.casefold())}(?![0-9a-z+#])"
    return re.search(pattern, folded_text) is not None


def broader_chain(kb, sid: str) -> list[str]:
    chain, cur = [], kb.skills[sid].broader
    while cur and cur not in chain:
        chain.append(cur)
        cur = kb.skills[cur].broader
    return chain


def main() -> None:
    kb = default_knowledge_base()
    occurring = found = postings = 0
    missed: Counter[str] = Counter()
    for post in read_jsonl(require_eval("jumpit_dev.jsonl")):
        text = "\n".join(f"{name}\n{post.get(name) or ''}" for name in SECTIONS)
        folded = text.casefold()
        tags = [t.strip() for t in (post.get("기술 스택") or "").split("\n") if t.strip()]
        present = [t for t in tags if occurs(t, folded)]
        if not present:
            continue
        postings += 1
        concepts = set()
        for m in extract_skills(text, kb=kb, doc_type="posting").skills:
            concepts |= {m.id, *broader_chain(kb, m.id)}
        for tag in present:
            occurring += 1
            skill = kb.find_skill(tag)
            if skill and skill.id in concepts:
                found += 1
            else:
                missed[tag] += 1
    report(
        "jumpit-tag-recall",
        {
            "postings": postings,
            "tags_in_text": occurring,
            "found": found,
            "recall": round(found / occurring, 4),
        },
    )
    if "--missed" in sys.argv:  # for developers: which tags to look at (tags, not posting text)
        for tag, count in missed.most_common(60):
            print(f"{count:4d} {tag}")


if __name__ == "__main__":
    main()
