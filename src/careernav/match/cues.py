"""Where a posting's words say more than its sections: "is a plus" and "우대" make a skill
preferred wherever it stands, "required"/"필수" keep it required, and an industry is asked for
only with "experience" or "knowledge" of it near."""

from __future__ import annotations

import bisect
import re

from careernav.extract import SkillMention
from careernav.text import brackets_around, korean_clause_ends

# An industry named in a duty or an intro is context ("our healthcare platform"); asked for,
# it is named in the requirements, or as experience or knowledge of it.
_INDUSTRY_ASK = re.compile(
    r"experience|background|knowledge|familiar|understanding|expertise|exposure|domain"
    r"|경험|경력|지식|이해|도메인|업계|배경",
    re.IGNORECASE,
)


# Words by which a line says that what it names is welcome, not required.
_PREFERENCE = re.compile(
    r"\b(?:(?:is|are|would be|a big|a huge) (?:a )?plus|an? (?:(?:big|huge|strong|definite|real"
    r"|nice|great) )?(?:plus|bonus|advantage)|as would|preferred|nice[- ]to[- ]have"
    r"|bonus|desirable|desired|ideally|preferably|is an advantage|advantageous|(?:is|are) welcome"
    # a requirement denied is a wish: "(not required)", "not a must", "(필수는 아님)"
    r"|not (?:strictly |absolutely )?(?:required|mandatory|a must|necessary)|optional)\b"
    r"|우대|가산점|있으면 좋|면 더 좋|환영|필수(?:는|가|적이지는|적인 건)?\s*(?:아님|아니|아닙)"
    r"|선택\s*사항|\(선택\)",
    re.IGNORECASE,
)
# Preference words that speak of what follows them, not of what stands before.
_LEADS_ON = re.compile(r"(?:ideally|preferably)\b", re.IGNORECASE)
_REQUIRED_WORDS = re.compile(
    r"(?<!not )(?<!not a )(?<!not strictly )(?<!not absolutely )\b(?:required|must|mandatory)\b"
    r"|필수(?!(?:는|가|적이지는|적인 건)?\s*(?:아님|아니|아닙))|꼭\s*필요|반드시|있어야",
    re.IGNORECASE,
)
# An aside that holds nothing but the cue speaks of what stands before it: "C++ (우대)",
# "Go (not required)"; one with names of its own speaks of those ("(BigQuery 경험 환영)").
_BARE_ASIDE_MARKS = re.compile(r"[\s,.:;!~\-–—]+")
# Sentences that offer or introduce rather than ask, in postings written as one paragraph:
# "We offer a learning budget for Coursera courses", "We are a fintech startup using Kafka".
_CONTEXT_OPENER = re.compile(
    r"[\s•·▶*-]*(?:we offer|we provide|we give|benefits include|perks include|our benefits"
    r"|our perks|you(?:'ll| will) (?:get|enjoy|receive)|in return|we are an? |we're an? "
    r"|founded in|our mission|our offices? (?:uses?|runs? on|works? (?:in|with))|사내 (?:협업 )?툴)",
    re.IGNORECASE,
)


_INTRODUCED = re.compile(
    r"(?:스타트업|회사|기업|팀|그룹|플랫폼|스튜디오|연구소|전문 기업|선도 기업)(?:입니다|이에요|예요)"
    r"[.!]?[\s\u200b]*\Z"
)

# A Korean department's name glued to what it works on: "AI사업부", "데이터플랫폼본부",
# "ML연구소"; with a space ("AI 연구소") too, but not "팀" or "실" after a space, which may be
# ordinary words.
_ORG_UNIT = re.compile(
    r"(?:[ \t]?(?:사업부|사업본부|본부|연구소|부문|센터|사업실)|(?:팀|실|랩|그룹)(?:[ \t]|의|에서|은|는|이|가|소속|$))"
)

_SENTENCE_REACH = 300  # characters each side: a run-on "sentence" is cut there
# A line, a sentence or a clause after a semicolon or ", while": "3+ years of Python;
# Kubernetes is a plus" prefers Kubernetes only.
_CLAUSE_ENDS = ("\n", ". ", "; ", ", while ", ", whereas ")
# ... and a Korean clause that ends in a connective before a comma (`korean_clause_ends`):
# "파이썬 2년 이상이 꼭 필요하고, FastAPI 경험이 있어야 하며, LoRA 경험이 있으면 더 좋고".
_CLAUSE_END = re.compile("|".join(map(re.escape, _CLAUSE_ENDS)))


class _Clauses:
    """Where the clauses of a text end, found in one pass and looked up by bisection: a
    posting's hundred mentions each asked for their sentence cost ten scans each before."""

    def __init__(self, text: str):
        self.size = len(text)
        found = [(m.start(), m.end()) for m in _CLAUSE_END.finditer(text)]
        if korean := korean_clause_ends(text):
            found = sorted(found + korean)
        self.starts = [a for a, _ in found]  # where each clause end begins
        self.ends = [b for _, b in found]  # and where it stops

    def around(self, start: int, end: int) -> tuple[int, int]:
        """The clause holding [start, end), at most _SENTENCE_REACH characters each way (so
        that a document with no line breaks costs no more than one with them)."""
        low = max(0, start - _SENTENCE_REACH)
        high = min(self.size, end + _SENTENCE_REACH)
        i = bisect.bisect_right(self.ends, start) - 1  # the last end that stops by `start`
        begin = max(self.starts[i] + 1, low) if i >= 0 else low
        j = bisect.bisect_left(self.starts, end)  # the first end that begins from `end`
        finish = min(self.starts[j], high) if j < len(self.starts) else high
        return begin, finish


# Experience that may stand in for what precedes it: "BS/MS in CS or equivalent practical
# experience", "석사 학위 또는 이에 준하는 경력"
_INSTEAD = re.compile(
    r"\bor (?:an )?equivalent (?:[a-z]+ ){0,2}experience"
    # "또는 이에 준하는 경력", "또는 이에 준하는 실무 경력", "또는 동등한 실무 경험", "혹은 그에
    # 상응하는 경험"
    r"|(?:또는|혹은)\s*(?:(?:이에|그에|이와|그와)\s*)?(?:준하는|상응하는|동등한|동일한\s*수준의)"
    r"\s*(?:[가-힣]{1,4}\s*)?(?:경력|경험)",
    re.IGNORECASE,
)
# Teams worked with, not work asked for: "Partner with Finance, Marketing and Ops",
# "work closely with product management", "마케팅팀과 협업"
_PARTNER = re.compile(
    r"\b(?:partner(?:ing|s)? with|collaborat(?:e|es|ing|ion) with|work(?:ing|s)? (?:closely )?with"
    r"|alongside|liaise with|support(?:ing|s)? (?:the )?)\b|팀과|팀\s*등과|부서와",
    re.IGNORECASE,
)
_CUE_PATTERNS = {
    "partner": _PARTNER,
    "ask": _INDUSTRY_ASK,
    "prefer": _PREFERENCE,
    "require": _REQUIRED_WORDS,
    "instead": _INSTEAD,
}
# The same patterns without IGNORECASE, for the lower-cased text: Python's case-insensitive
# matching tries every position slowly (150 µs a posting for the preference words, 12 µs
# this way). Their words are written in lower case.
_LOWER_PATTERNS = {name: re.compile(p.pattern) for name, p in _CUE_PATTERNS.items()}


class Cues:
    """Where a text says "experience", "is a plus" or "required": found once per document,
    then looked up per mention's sentence by bisection (a document of one endless line with
    thousands of mentions stays linear)."""

    def __init__(self, text: str, mentions: list[SkillMention] | None = None):
        self.text = text
        # where the document's mentions start, in order: a cue with another name between it
        # and a mention speaks of that name first
        self._starts = sorted(m.start for m in mentions) if mentions else []
        self._found: dict[str, list[int]] = {}
        self._clauses: _Clauses | None = None
        self._lowered: str | None = None

    def clause(self, mention: SkillMention) -> tuple[int, int]:
        """The bounds of the clause (line, sentence) holding the mention."""
        if self._clauses is None:
            self._clauses = _Clauses(self.text)
        return self._clauses.around(mention.start, mention.end)

    def _spots(self, name: str) -> list[int]:
        """Where the cue words of `name` stand, found on first use (most postings never
        need the industry cues, and a posting with no preference word needs no more)."""
        if name not in self._found:
            if self._lowered is None:
                lowered = self.text.lower()
                # offsets must hold: a few letters grow when lowered ("İ")
                self._lowered = lowered if len(lowered) == len(self.text) else ""
            if self._lowered:
                found = _LOWER_PATTERNS[name].finditer(self._lowered)
            else:
                found = _CUE_PATTERNS[name].finditer(self.text)
            self._found[name] = [m.start() for m in found]
        return self._found[name]

    def near(self, name: str, mention: SkillMention) -> bool:
        start, end = self.clause(mention)
        spots = self._spots(name)
        i = bisect.bisect_left(spots, start)
        return i < len(spots) and spots[i] < end

    def names_a_partner(self, mention: SkillMention) -> bool:
        """Whether the mention names a team the job works with ("Partner with Finance,
        Marketing and Ops"): a partnering word before it in its clause and no word of
        asking ("experience in marketing") between."""
        start, _ = self.clause(mention)
        spots = self._spots("partner")
        i = bisect.bisect_right(spots, mention.start) - 1
        if i < 0 or spots[i] < start:
            return False
        asks = self._spots("ask")
        j = bisect.bisect_left(asks, spots[i])
        return not (j < len(asks) and asks[j] < mention.start)

    def names_an_org_unit(self, mention: SkillMention) -> bool:
        """Whether the mention is part of the name of a department ("AI사업부", "데이터플랫폼
        본부 소속", "ML연구소"): where the job sits, not what it asks."""
        return _ORG_UNIT.match(self.text, mention.end) is not None

    def experience_instead(self, mention: SkillMention) -> bool:
        """Whether the mention's clause goes on to accept experience in its place."""
        _, end = self.clause(mention)
        spots = self._spots("instead")
        i = bisect.bisect_left(spots, mention.end)
        return i < len(spots) and spots[i] < end

    def asks_for_industry(self, mention: SkillMention) -> bool:
        return mention.section in ("requirements", "preferred") or self.near("ask", mention)

    def offers_or_introduces(self, mention: SkillMention) -> bool:
        """The mention stands in a sentence that offers a benefit or introduces the company."""
        start, end = self.clause(mention)
        if _CONTEXT_OPENER.match(self.text, start) is not None:
            return True
        # "퀀텀헬스케어는 의료영상 AI 솔루션을 개발하는 스타트업입니다.": Korean says what the
        # company is at the end of the sentence
        tail = self.text[max(start, end - 40) : end]
        if "입니다" not in tail and "에요" not in tail and "예요" not in tail:
            return False  # most clauses: no copula at their end
        return _INTRODUCED.search(tail) is not None

    def prefers(self, mention: SkillMention) -> bool:
        """Whether the posting wants the mention as a plus. When its clause holds both kinds
        of word, the nearer one speaks for it: "You must have Python, and LoRA would be a
        plus" requires Python and prefers LoRA; in the preferred section, only a word of
        requirement nearer than any of preference makes it required ("OPIc IM2 이상 (필수)")."""
        clause = self.clause(mention)
        prefer = self._preference_distance(mention, clause)
        if prefer is None and mention.section != "preferred":
            return False  # no word of preference: nothing to weigh (most mentions)
        require = self._distance(mention, self._spots("require"), clause)
        if mention.section == "preferred":
            return require is None or (prefer is not None and prefer <= require)
        return require is None or prefer < require

    def _distance(
        self, mention: SkillMention, spots: list[int], clause: tuple[int, int], keep=None
    ) -> tuple[int, int] | None:
        """How far the nearest of `spots` in the mention's clause stands (see `_gap`), of the
        spots `keep(spot)` accepts when given."""
        start, end = clause
        best = None
        for i in range(bisect.bisect_left(spots, start), len(spots)):
            spot = spots[i]
            if spot >= end:
                break
            if keep is not None and not keep(spot):
                continue
            gap = self._gap(mention, spot)
            best = gap if best is None else min(best, gap)
        return best

    def _gap(self, mention: SkillMention, spot: int) -> tuple[int, int]:
        """How far a cue at `spot` stands from the mention: the names between them, then the
        characters ("You must have Python, and LoRA would be a plus": LoRA stands between
        Python and the plus)."""
        low, high = (mention.end, spot) if spot >= mention.end else (spot, mention.start)
        between = bisect.bisect_left(self._starts, high) - bisect.bisect_left(self._starts, low)
        return between, max(high - low, 0)

    def _preference_distance(
        self, mention: SkillMention, clause: tuple[int, int]
    ) -> tuple[int, int] | None:
        """How far the nearest preference word of the mention's clause stands, leaving out
        those inside an aside that leaves the mention out: "SQL 로 … (BigQuery 경험 환영)"
        welcomes BigQuery, and still asks for SQL."""
        start, end = clause

        def speaks_of_it(spot: int) -> bool:
            if spot >= mention.end and _LEADS_ON.match(self.text, spot):
                return False  # "5+ years as a data scientist, ideally in lending": lending's
            found = brackets_around(self.text, spot, spot, start, end)
            if found is None:
                return True
            opened, closed = found
            inside = opened <= mention.start and (closed == -1 or mention.end <= closed)
            # an aside of its own names speaks of those only
            return inside or (closed != -1 and self._only_the_cue(opened + 1, closed))

        return self._distance(mention, self._spots("prefer"), clause, speaks_of_it)

    def _only_the_cue(self, start: int, end: int) -> bool:
        """Whether the text in [start, end) is preference cues and nothing else, bar the
        endings that join them ("(필수는 아니지만 있으면 좋음)")."""
        aside = self.text[start:end]
        rest, cues = _PREFERENCE.subn(" ", aside)
        if not cues:
            return False
        rest = _BARE_ASIDE_MARKS.sub("", rest)
        return len(rest) <= 2 or (len(rest) <= 4 and all("가" <= ch <= "힣" for ch in rest))
