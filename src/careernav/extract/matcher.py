"""Find every mention of a knowledge-base concept in a text, with exact character spans.

One Aho-Corasick automaton (pyahocorasick) holds every normalised name of every concept. The
text is normalised the same way, searched once, and each hit is mapped back to the original
text, checked for word boundaries, and resolved leftmost-longest. Case-sensitive names (Go, R)
are kept only where the original spelling matches exactly — or, written in lower case, where
they stand in a list of other skills ("python, go, docker"; "java spring linux"), as resumes'
skill lines and tag lists write them.
"""

from __future__ import annotations

import bisect
import re
from typing import NamedTuple

import ahocorasick

from careernav.extract._boundaries import (
    after_initial,
    ends_cleanly,
    is_date,
    lone_letter_in_context,
    starts_cleanly,
)
from careernav.extract._glosses import Glosses
from careernav.extract._hit import Hit
from careernav.extract._languages import SPOKEN, about_the_work
from careernav.extract._normalize import ASCII_WORD, find_keys, prepare
from careernav.extract._owners import Owners
from careernav.extract._typos import TypoIndex
from careernav.extract.actions import Action, ActionMatcher
from careernav.extract.coordination import add_coordinated
from careernav.knowledge import KnowledgeBase
from careernav.text import SEPARATORS, exact_key, normalize

_SEASON_LENGTHS = frozenset({4, 6})  # fall, spring, summer, autumn, winter


class SkillMatcher:
    """Built once per knowledge base; `find` is then safe to call from many threads."""

    def __init__(self, kb: KnowledgeBase):
        self.kb = kb
        # Short names written as one token ("ASR", "NER") must not be found across a space
        # ("such as R" is not ASR); names that are written with a separator somewhere
        # ("A/B test", "scikit learn"), or long enough to be unmistakable ("Tensor Flow"), may.
        spaced = {
            normalize(name)
            for skill in kb.skills.values()
            for name in skill.names()
            if any(ch in SEPARATORS for ch in name)
        }
        # Case-sensitive names (C, R, Go, SW) are searched in the original text: in the folded
        # text "c" or "r" would hit inside almost every word. One-word names go in a second
        # automaton (four times faster than one regex of ~200 alternatives); the few with a
        # space ("Objective C") in a small regex that allows any run of white space.
        forms = {name: s.id for s in kb.skills.values() for name in s.aliases_exact}
        self._exact_owner = {exact_key(name): sid for name, sid in forms.items()}
        exact = ahocorasick.Automaton()
        for form in forms:
            if not any(ch.isspace() for ch in form):
                exact.add_word(form, (len(form), form))
        exact.make_automaton()
        self._exact = exact if len(exact) else None
        spaced_forms = sorted((f for f in forms if any(ch.isspace() for ch in f)), key=len)
        pattern = "|".join(_spelling_pattern(f) for f in reversed(spaced_forms))
        self._exact_re = re.compile(pattern) if pattern else None
        automaton = ahocorasick.Automaton()
        for key, sid in kb.alias_index.items():
            across = key in spaced or len(key) >= MIN_SPACED_KEY
            automaton.add_word(key, (len(key), sid, across, False))
        # Names that have a lower-case letter (Go, Spring, React) and the one-letter languages
        # may also be written in lower case in a list of skills; they ride in the same
        # automaton, marked, so that finding them costs no extra pass over the text. All-capital
        # acronyms may not: their lower case is usually an English word ("can", "was", "sam").
        listed_only = {name: s.id for s in kb.skills.values() for name in s.aliases_in_lists}
        for form, sid in sorted({**forms, **listed_only}.items()):
            key = normalize(form)
            listable = form in listed_only or (
                form.isalpha() and (not form.isupper() or len(form) == 1)
            )
            if listable and key not in kb.alias_index and not automaton.exists(key):
                automaton.add_word(key, (len(key), sid, False, True))
        # Phrases that hold a name but do not mean that skill ("to senior leadership",
        # "Core ML team"): found in the same pass, they veto their own concepts' mentions
        # inside them, and only those ("ML" in "Core ML team" still counts).
        for key, owners in kb.not_name_keys.items():
            if not automaton.exists(key):
                automaton.add_word(key, (len(key), owners, True, False))
        automaton.make_automaton()
        self._automaton = automaton
        # A list-only credential (a domain concept with no hours to learn) before "in" and a
        # concept is a degree in a field ("MS in Statistics"), not Microsoft.
        self._fields = Fields(
            frozenset(
                s.id for s in kb.skills.values() if s.category == "domains" and s.hours is None
            ),
            frozenset(s.id for s in kb.skills.values() if s.kind == "concept"),
        )
        self._typos = TypoIndex(kb.alias_index, kb.ordinary_words)
        self._actions = ActionMatcher(kb)
        self._glosses = Glosses(kb)
        self._owners = Owners(kb)

    def find(
        self,
        text: str,
        typos: bool = True,
        prepared: str | None = None,
        actions: bool = True,
    ) -> list[Hit]:
        """Non-overlapping mentions in `text`, in order of position. `prepared` is the text's
        `prepare(text)`, when the caller has it already. `actions` adds skills named by a verb
        and its object ("deployed … models", `careernav.extract.actions`)."""
        if not text:
            return []
        prepared = prepared or prepare(text)
        urls = _links(text) if _URL_HINT.search(text) else []
        candidates, listed, vetoes = [], [], []
        for start, end, (_, sid, across, in_lists) in find_keys(self._automaton, prepared, text):
            if "\n" in text[start:end] and (
                _NEW_BULLET if isinstance(sid, frozenset) else _NEW_ITEM
            ).search(text, start, end):
                # "the model.\n- Drift detection" is no "model drift", and "Python or Go\n-
                # Deep understanding …" no "Go deep"; a veto may wrap a line that ends in a
                # full stop ("Ph.D.\nstudents")
                continue
            if isinstance(sid, frozenset):
                vetoes.append((start, end, sid))
            elif in_lists:
                listed.append(Hit(sid, start, end, "list"))
            elif across or " " not in prepared[start:end]:
                candidates.append(Hit(sid, start, end, "alias"))
        for start, end in self._exact_spans(text):
            if (
                starts_cleanly(text, start)
                and ends_cleanly(text, end)
                and lone_letter_in_context(text, start, end)
            ):
                sid = self._exact_owner[exact_key(text[start:end])]
                candidates.append(Hit(sid, start, end, "exact"))
        if urls:  # "https" in a link is not a skill, nor is "python" in an address
            url_ends = [b for _, b in urls]  # links do not overlap: ends are in order too
            candidates = [
                h
                for h in candidates
                if not _inside(h, urls, url_ends) and not _labels_own_link(text, h, urls)
            ]
        if vetoes:
            vetoes.sort(key=lambda v: v[0])
            candidates = _not_vetoed(candidates, vetoes)
            listed = _not_vetoed(listed, vetoes)
        # "L. Ray", "S. Julia": a name after someone's initial is theirs; after a one-letter
        # language that ends a sentence ("Python or R. Java is a plus") it is a name again
        # (cheap character tests first: this runs on every candidate)
        letters = {h.start for h in candidates if h.end - h.start == 1}
        candidates = [
            h
            for h in candidates
            if (
                h.start < 3
                or text[h.start - 2] != "."
                or h.start - 3 in letters
                or not after_initial(text, h.start, h.end)
            )
            and (h.end - h.start not in _SEASON_LENGTHS or not is_date(text, h.start, h.end))
        ]
        if "(주)" in text or "㈜" in text or "주식회사" in text:
            # "(주)네이버클라우드": a company, not its cloud
            candidates = [h for h in candidates if not _after_company_mark(text, h.start)]
        # "Python 3년", "Python 3+ years": the digit is the years', not a version's
        candidates = [
            h
            for h in candidates
            if not text[h.end - 1].isdigit() or not _YEARS_AFTER.match(text, h.end)
        ]
        # "FOCS" is a conference, not the plural of "FOC": an acronym's plural is written
        # with a small s ("LLMs")
        candidates = [
            h for h in candidates if text[h.end - 1] != "S" or not self._shouted_plural(text, h)
        ]
        hits = _leftmost_longest(candidates)
        if "\n" in text:  # "Spark\nSQL, PostgreSQL" in a sidebar: two items, not Spark SQL
            hits = [part for h in hits for part in self._items_of_a_column(text, h)]
        if listed:  # "Computer Science, Spring 2019 – Fall 2021": a term, not the framework
            listed = [
                h
                for h in listed
                if h.end - h.start not in _SEASON_LENGTHS or not is_date(text, h.start, h.end)
            ]
        if listed:
            hits = _add_listed(text, hits, listed, self._fields)
        if typos:
            typo_hits = self._typos.find(text, hits)
            if vetoes and typo_hits:
                typo_hits = _not_vetoed(typo_hits, vetoes)
            if typo_hits:
                hits = _leftmost_longest(hits + typo_hits)
        if " " in text:
            hits = add_coordinated(text, hits, self.kb.alias_index.get)
        if actions:
            hits = _add_actions(hits, self._actions.find(text, prepared))
        # "신용평가모형(CSS)": the short name of a credit-scoring model, not the style sheets
        hits = self._glosses.without_glosses(text, hits)
        # "ML Engineer @ Hugging Face": the employer; "Julia Meyer": a person
        hits = self._owners.without_owners(text, hits)
        # "Korean VQA", "languages such as Korean": the language of the work, not a skill
        return [h for h in hits if h.skill_id not in SPOKEN or not about_the_work(text, h)]

    def _items_of_a_column(self, text: str, hit: Hit) -> list[Hit]:
        """A name across a line break whose first line holds nothing else, both of whose
        parts are names of their own and the second another concept's ("Spark" / "SQL,
        PostgreSQL" in a column of skills), as those two names; the hit itself otherwise
        ("Machine" / "Learning", "Apache" / "Kafka": a name wrapped in a narrow column)."""
        newline = text.find("\n", hit.start, hit.end)
        if newline == -1:
            return [hit]
        line_start = text.rfind("\n", 0, hit.start) + 1
        if text[line_start : hit.start].strip(" \t-*•·"):
            return [hit]  # prose wrapped at the line's end: "data\npipelines"
        first_end = len(text[hit.start : newline].rstrip()) + hit.start
        second_start = newline + 1
        while second_start < hit.end and text[second_start] in " \t":
            second_start += 1
        first = self._owner_of(text[hit.start : first_end])
        second = self._owner_of(text[second_start : hit.end])
        if first is None or second is None or second == hit.skill_id:
            return [hit]
        return [
            Hit(first, hit.start, first_end, hit.how),
            Hit(second, second_start, hit.end, hit.how),
        ]

    def _owner_of(self, name: str) -> str | None:
        """The concept a whole name names, in any spelling the matcher knows."""
        return self.kb.alias_index.get(normalize(name)) or self._exact_owner.get(exact_key(name))

    def _shouted_plural(self, text: str, hit: Hit) -> bool:
        """Whether `hit` is an upper-case name read as the plural of its concept's acronym
        ("FOCS" as "FOC" + s) in text that is not all capitals ("EXPERIENCE WITH LLMS")."""
        surface = text[hit.start : hit.end]
        return (
            len(surface) >= 3
            and surface.isupper()
            and surface[:-1].isalpha()
            and self.kb.alias_index.get(normalize(surface[:-1])) == hit.skill_id
            and any(c.islower() for c in text[max(0, hit.start - 30) : hit.end + 30])
        )

    def _exact_spans(self, text: str):
        """Spans of case-sensitive names in `text`, not yet checked for word boundaries."""
        if self._exact is not None:
            size = len(text)
            for end_index, (length, _) in self._exact.iter(text):
                end = end_index + 1
                # Most raw hits are letters inside longer words ("C" in "Create"): drop them
                # before any function call.
                if end < size and text[end] in ASCII_WORD and text[end_index] in ASCII_WORD:
                    continue
                yield end - length, end
        if self._exact_re is not None:
            for match in self._exact_re.finditer(text):
                yield match.span()


class Fields(NamedTuple):
    credentials: frozenset[str]
    concepts: frozenset[str]


def _add_listed(
    text: str, hits: list[Hit], listed: list[Hit], fields: Fields | None = None
) -> list[Hit]:
    """`hits` and those of `listed` that stand in a list of found skills: lower-case spellings
    of case-sensitive names, and the generic words of `aliases_in_lists` ("Network").

    A name counts when a found skill is next to it with only a list separator between (comma,
    slash, "·", "|", ";", "&", "and", "or", 및, 와/과, 이나/나), or when found skills stand on both
    sides of it with spaces between (tag lines: "java spring linux"), or when it is a
    credential and a field of study follows after "in" ("MS in Statistics"). Newly accepted names
    count as neighbours for the rest, so a list of several such names is found whole. Linear
    in the number of mentions: passes over the mentions in order, forwards and backwards,
    until nothing changes."""
    starts = [h.start for h in hits]
    pending = []
    for h in sorted(listed, key=lambda h: (h.start, -h.end)):
        i = bisect.bisect_left(starts, h.end)  # hits starting before this one ends
        overlaps_hit = i > 0 and hits[i - 1].end > h.start
        if not overlaps_hit and (not pending or pending[-1].end <= h.start):
            pending.append(h)
    if not pending:
        return hits
    merged = sorted(
        [(h, True) for h in hits] + [(h, False) for h in pending], key=lambda x: x[0].start
    )
    items = [h for h, _ in merged]
    accepted = [ok for _, ok in merged]
    changed = True
    while changed:
        changed = False
        for order in (range(len(items)), range(len(items) - 1, -1, -1)):
            for i in order:
                if not accepted[i] and _in_list(text, items, accepted, i, fields):
                    accepted[i] = changed = True
    return [h for h, ok in zip(items, accepted, strict=True) if ok]


# A line break that ends a sentence or opens an item: no name runs across it (a name wrapped
# at a line's end, "data\npipeline", does).
_BULLET_AFTER_BREAK = r"\n[ \t]*(?:[-*•·▪◦‣∙ㆍ>▶►]|\d{1,2}[.)])"
_NEW_ITEM = re.compile(r"[.;:!?。][ \t]*\n|" + _BULLET_AFTER_BREAK)
_NEW_BULLET = re.compile(_BULLET_AFTER_BREAK)


def _after_company_mark(text: str, start: int) -> bool:
    """Whether a name stands in a company's name, after a Korean mark of a company ("(주)",
    "㈜", "주식회사 "): the company's name, not a skill."""
    return _COMPANY_MARKED.search(text, max(0, start - 20), start) is not None


# A company's mark, then its name up to the skill's: "(주)네이버클라우드", "㈜코어AI", "주식회사 코어"
_COMPANY_MARKED = re.compile(r"(?:\(주\)|㈜|주식회사)[ \t]?[^\s|,·/()]*\Z")


_YEARS_AFTER = re.compile(
    r"\s*(?:\+|~|-|–)?\s*(?:\d+\s*)?(?:년|개월|years?\b|yrs?\b|months?\b)", re.I
)
# "A, B, or C": the serial comma before "and"/"or" too
_LIST_GAP = re.compile(r"\s*(?:[,/|·;&]|(?:,\s*)?\b(?:and|or)\b|및|와|과|이나|나|랑)\s*", re.I)
_SPACE_GAP = re.compile(r"[ \t]+")
_MAX_GAP = 12  # longer than any separator above
_FIELD_GAP = re.compile(r"\s+in\s+")


def _in_list(
    text: str, items: list[Hit], accepted: list[bool], i: int, fields: Fields | None
) -> bool:
    """Whether items[i] stands in a list with the accepted mentions next to it."""
    hit = items[i]
    left = text[items[i - 1].end : hit.start] if i > 0 and accepted[i - 1] else None
    right = text[hit.end : items[i + 1].start] if i + 1 < len(items) and accepted[i + 1] else None
    if (
        right is not None
        and fields is not None
        and hit.skill_id in fields.credentials
        and items[i + 1].skill_id in fields.concepts
        and _FIELD_GAP.fullmatch(right)
    ):
        return True
    gaps = [g if g is not None and len(g) <= _MAX_GAP else None for g in (left, right)]
    if any(g is not None and _LIST_GAP.fullmatch(g) for g in gaps):
        return True
    return all(g is not None and _SPACE_GAP.fullmatch(g) for g in gaps)


MIN_SPACED_KEY = 6


def _not_vetoed(hits: list[Hit], vetoes: list[tuple[int, int, frozenset[str]]]) -> list[Hit]:
    """`hits` less those inside a `not_names` phrase of their own concept (`vetoes` sorted by
    start). Only vetoes that start at most one phrase-length before a hit can hold it: found by
    bisection, so a document repeating such a phrase stays linear."""
    starts = [v[0] for v in vetoes]
    reach = max(e - s for s, e, _ in vetoes)
    kept = []
    for h in hits:
        j = bisect.bisect_right(starts, h.start) - 1
        vetoed = False
        while j >= 0 and starts[j] >= h.start - reach:
            _, e, owners = vetoes[j]
            if h.end <= e and h.skill_id in owners:
                vetoed = True
                break
            j -= 1
        if not vetoed:
            kept.append(h)
    return kept


# Links with a scheme or "www.", and bare ones as resumes write them ("github.com/sypark"): a
# common top-level domain followed by a path, so that "ASP.NET" or "Node.js" is no link. Bare
# ones are found from their ".com/", as e-mail addresses from their "@": a regex that tried
# every word as the start of a domain cost 0.14 ms a posting.
_TLD_PATH = r"\.(?:com|io|dev|net|org|kr|me|ai|co|app|blog)/"
_URL_HINT = re.compile(rf"://|www\.|@|{_TLD_PATH}")
_URL = re.compile(r"(?:https?://|file://|ftp://|www\.)\S+")  # file://: a browser's print footer
_BARE_LINK_END = re.compile(rf"{_TLD_PATH}\S*")
_DOMAIN_START = re.compile(r"(?<![\w.@/-])[A-Za-z0-9][\w.-]*\Z")
# "GitHub: github.com/…", "LinkedIn - linkedin.com/in/…": a name that labels a link to its own
# site is a contact line, not a skill.
_LABEL_GAP = re.compile(r"\s*[:：\-–|]?\s*")
_EMAIL_LOCAL = re.compile(r"[\w.+-]+\Z")
_EMAIL_DOMAIN = re.compile(r"@[\w-]+\.[\w.-]+")


def _links(text: str) -> list[tuple[int, int]]:
    """Spans of links and e-mail addresses, in order, not overlapping. E-mail addresses are
    found from their "@": one regex for both tried every word of the text as the start of an
    address and cost ten times as much."""
    spans = [m.span() for m in _URL.finditer(text)]
    at = text.find("@")
    while at != -1:
        domain = _EMAIL_DOMAIN.match(text, at)
        local = domain and _EMAIL_LOCAL.search(text, max(0, at - 64), at)
        if local:
            spans.append((local.start(), domain.end()))
        at = text.find("@", at + 1)
    for tail in _BARE_LINK_END.finditer(text):
        head = _DOMAIN_START.search(text, max(0, tail.start() - 64), tail.start())
        if head:
            spans.append((head.start(), tail.end()))
    spans.sort()
    links: list[tuple[int, int]] = []
    for span in spans:
        if not links or span[0] >= links[-1][1]:
            links.append(span)
    return links


def _labels_own_link(text: str, hit: Hit, links: list[tuple[int, int]]) -> bool:
    """Whether `hit` is the label of a link to a site that bears its name ("GitHub:
    github.com/sypark")."""
    gap = _LABEL_GAP.match(text, hit.end)
    i = bisect.bisect_left(links, (gap.end(), -1))
    if i == len(links) or links[i][0] != gap.end():
        return False
    name = normalize(text[hit.start : hit.end])
    return bool(name) and name in text[slice(*links[i])].casefold().replace("-", "")


def _inside(hit: Hit, spans: list[tuple[int, int]], ends: list[int]) -> bool:
    """Whether `hit` overlaps one of `spans` (sorted, not overlapping)."""
    i = bisect.bisect_right(ends, hit.start)  # the first span ending after the hit starts
    return i < len(spans) and spans[i][0] < hit.end


def _spelling_pattern(form: str) -> str:
    """A regex for one case-sensitive name; inner spaces may be any run of white space."""
    return r"\s+".join(re.escape(part) for part in form.split())


def _leftmost_longest(candidates: list[Hit]) -> list[Hit]:
    chosen: list[Hit] = []
    last_end = -1
    for hit in sorted(candidates, key=lambda h: (h.start, -(h.end - h.start))):
        if hit.start >= last_end:
            chosen.append(hit)
            last_end = hit.end
    return chosen


def _add_actions(hits: list[Hit], actions: list[Action]) -> list[Hit]:
    """`hits` with the action verbs, in order of position. A verb that overlaps a name is
    dropped ("배포" in "배포 자동화"), unless it is that whole name, of another concept: then
    the verb with its object says more ("모델을 모니터링" is model monitoring, not any
    monitoring) and takes its place. A verb whose object is a name of its own concept is
    dropped too ("Restful API 개발" says REST API once, not twice), and so is one whose object
    only begins another name ("clean … data marts")."""
    if not actions:
        return hits
    ends = [h.end for h in hits]

    def first_hit_after(start: int) -> int:
        return bisect.bisect_right(ends, start)  # the first hit that ends after `start`

    added, replaced = [], set()
    for action in actions:
        j = first_hit_after(action.object_start)
        object_hit = hits[j] if j < len(hits) and hits[j].start < action.object_end else None
        if object_hit is not None and (
            object_hit.skill_id == action.skill_id or object_hit.end > action.object_end
        ):
            # its own name, or the object is only the first word of another name: "clean,
            # well-tested data marts" builds data marts, it does not clean data
            continue
        i = first_hit_after(action.start)
        if i < len(hits) and hits[i].start < action.end:
            verb_hit = hits[i]
            if (verb_hit.start, verb_hit.end) != (action.start, action.end):
                continue
            if verb_hit.skill_id == action.skill_id:
                continue
            replaced.add(i)
        added.append(Hit(action.skill_id, action.start, action.end, "action"))
    if not added:
        return hits
    kept = [h for i, h in enumerate(hits) if i not in replaced]
    return sorted(kept + added, key=lambda h: h.start)
