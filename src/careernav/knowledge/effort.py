"""How long a skill takes to learn, from the knowledge base's hours: what a plan schedules and
which option of a choice is the quickest way to meet it."""

from __future__ import annotations

from collections.abc import Iterable

from careernav.knowledge.kb import KnowledgeBase

# Hours for the kinds of concept the knowledge base gives none (a language, a soft skill)
DEFAULT_HOURS = {"language": (40, 80), "soft-skill": (5, 15), "habit": (5, 15)}
FALLBACK_HOURS = (10.0, 30.0)


def hours_of(kb: KnowledgeBase, sid: str) -> tuple[float, float]:
    """The low and high hours to learn `sid`."""
    skill = kb.skills[sid]
    if skill.hours:
        return (skill.hours.low, skill.hours.high)
    low, high = DEFAULT_HOURS.get(skill.kind, FALLBACK_HOURS)
    return (float(low), float(high))


def cheapest_option(kb: KnowledgeBase, options: list[str], known: Iterable[str]) -> str:
    """The option with the fewest hours to learn, counting the prerequisites not yet known
    (the first one on a tie: the posting's order). "Scala or Python" for one who knows SQL is
    Python: Scala needs Java first. An option that comes under another is an example of it,
    not an option of its own."""
    known = set(known)

    def cost(sid: str) -> float:
        needed, stack, seen = 0.0, [sid], set()
        while stack:
            current = stack.pop()
            if current in seen or current in known:
                continue
            seen.add(current)
            needed += sum(hours_of(kb, current)) / 2
            stack.extend(kb.skills[current].prerequisites)
        return needed

    # an option that is a case of another ("벡터 데이터베이스(FAISS 등)") is its example: the
    # concept itself is the ask
    asks = [o for o in options if kb.skills[o].broader not in options] or options
    return min(asks, key=lambda sid: (cost(sid), options.index(sid)))
