"""Names shared by coordination: "unit and integration tests" names unit tests too,
"relational and NoSQL databases" relational databases, "단위 및 통합 테스트" 단위 테스트, and "data
cleaning and visualization" data visualization.

Two shapes, both read from a name already found:

- the shared words come after: "X and Y Z", with "Y Z" found — "X Z" is tried;
- the shared words come first: "W Y and Z", with "W Y" found — "W Z" is tried.

The word that would complete the other name ("unit", "visualization") becomes a mention of it
only when the completed phrase is itself a name of the knowledge base, and the word is not part
of another mention. Lists go on: "supervised, unsupervised and reinforcement learning", "단위,
통합 및 부하 테스트".
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable

from careernav.extract._hit import Hit
from careernav.text import normalize

# A word and the joiner after it, just before a name: "unit and ", "relational, ", "단위 및 ",
# "단위와 " (a Korean word with its particle of coordination), "스트리밍·" (a middle dot).
_WORD = r"[A-Za-z][A-Za-z0-9+#'’-]*|[가-힣]+"
_JOINER_BEFORE = (
    r"(?:[ \t]*,[ \t]*(?:(?:and|or)[ \t]+)?|[ \t]+(?:and|or|및)[ \t]+|[ \t]*[&/·][ \t]*"
    r"|(?<=[가-힣])(?:와|과)[ \t]+)"
)
_BEFORE = re.compile(rf"(?P<word>{_WORD}){_JOINER_BEFORE}\Z")
_JOINER = re.compile(
    r"[ \t]*(?:,[ \t]*(?:(?:and|or)[ \t]+)?|(?:and|or|및|&|/|·)[ \t]*|[와과][ \t]+)"
)
# After a name, only "and", "or", 및, "&" or "/" join (", and" too): in "computer science,
# engineering" the comma lists fields, and "computer engineering" is not meant.
_AFTER = re.compile(
    rf"[ \t]*(?:,[ \t]*)?(?:(?:and|or|및)[ \t]+|[&/][ \t]*)(?P<word>{_WORD})(?![\w-])"
)
_JOINER_AFTER = re.compile(r"[ \t]*(?:,[ \t]*)?(?:&|/|(?:and|or|및)[ \t])")
_REACH = 40


def _joined_before(text: str, start: int) -> bool:
    """A cheap first look: a joiner (or 와/과 and a space) stands right before `start`."""
    tail = text[max(0, start - 5) : start]
    bare = tail.rstrip(" \t")
    if bare.endswith((",", "&", "/", "·", "및")):
        return True
    if bare != tail and bare.endswith(("와", "과")):
        return True
    word = bare[-3:].lower()
    return word.endswith(("and", "or")) and len(bare) != len(tail)


def add_coordinated(text: str, hits: list[Hit], name_of: Callable[[str], str | None]) -> list[Hit]:
    """`hits` and the mentions that coordination shares out, in order of position.
    `name_of(key)` is the concept a normalised name belongs to, or None."""
    added: list[Hit] = []
    last = len(hits) - 1
    for i, hit in enumerate(hits):
        if hit.how == "action":
            continue
        surface = text[hit.start : hit.end]
        if " " not in surface:
            continue
        # In a list of found names ("Python, machine learning"), the word across the joiner is
        # the neighbouring name itself: nothing to share.
        before = hits[i - 1].end if i else 0
        if _joined_before(text, hit.start) and not _JOINER.fullmatch(text, before, hit.start):
            rest = surface.split(" ", 1)[1]  # "integration tests" → "tests"
            added += _shared_after(text, hit.start, rest, hit.skill_id, name_of)
        after = hits[i + 1].start if i < last else len(text)
        if _JOINER_AFTER.match(text, hit.end) and not _JOINER.fullmatch(text, hit.end, after):
            head = surface.rsplit(" ", 1)[0]  # "data cleaning" → "data"
            added += _shared_before(text, hit.end, head, hit.skill_id, name_of)
    if not added:
        return hits
    return _merge(hits, added)


def _shared_after(text: str, start: int, rest: str, own: str, name_of) -> list[Hit]:
    """ "X and Y Z": X Z, then further back along a list."""
    return _share(
        lambda pos: _BEFORE.search(text, max(0, pos - _REACH), pos),
        lambda word: f"{word} {rest}",
        start,
        own,
        name_of,
        backwards=True,
    )


def _shared_before(text: str, end: int, head: str, own: str, name_of) -> list[Hit]:
    """ "W Y and Z": W Z, then further along a list."""
    return _share(
        lambda pos: _AFTER.match(text, pos),
        lambda word: f"{head} {word}",
        end,
        own,
        name_of,
        backwards=False,
    )


def _share(find_word, phrase, pos: int, own: str, name_of, *, backwards: bool) -> list[Hit]:
    """The words `find_word` finds one after another from `pos` whose `phrase` is a name
    (of another concept than `own`), as mentions of that name; the first that is not ends
    the list."""
    found = []
    while (match := find_word(pos)) is not None:
        sid = name_of(normalize(phrase(match.group("word"))))
        if sid is None or sid == own:
            break
        found.append(Hit(sid, match.start("word"), match.end("word"), "alias"))
        pos = match.start("word") if backwards else match.end("word")
    return found


def _merge(hits: list[Hit], added: list[Hit]) -> list[Hit]:
    """`hits` and those of `added` that overlap none of them (or each other)."""
    starts = [h.start for h in hits]
    kept: list[Hit] = []
    for new in sorted(added, key=lambda h: h.start):
        i = bisect.bisect_left(starts, new.end)  # hits that start before `new` ends
        if i and hits[i - 1].end > new.start:
            continue
        if kept and kept[-1].end > new.start:
            continue
        kept.append(new)
    return sorted(hits + kept, key=lambda h: h.start) if kept else hits
