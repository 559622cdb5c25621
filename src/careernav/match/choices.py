"""Choices a posting offers: "Python or Scala", "Airflow, Dagster, or Prefect", "AWS/GCP",
"정보처리기사 또는 빅데이터분석기사" — one requirement that any of the options meets."""

from __future__ import annotations

import bisect
import itertools
import re

from careernav.extract import SkillMention
from careernav.extract.years import DEGREES
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
# A short aside in brackets after a name ("Python(pandas) 또는 R", "AWS (EC2, S3), GCP"): the
# list goes on around it, and the names inside are the aside's own. One that offers the choice
# itself ("AWS (or GCP)") is not an aside.
_ASIDE = re.compile(r"\((?!\s*(?:or|또는|혹은)\b)[^()\n]{0,80}\)", re.IGNORECASE)
# Words that make a list examples of what is asked, any of which will do: "OpenAI API, Claude
# API 등", "AWS, GCP, etc.", "e.g. Airflow, Dagster", "such as Pinecone, Weaviate", "… or a
# related field".
_EXAMPLES_AFTER = re.compile(
    # more items the knowledge base does not name may stand before the "등" or "etc." that
    # ends the list ("기계공학, 제어공학, 메카트로닉스 등 관련 전공")
    r"(?:\s*[,、]\s*[가-힣A-Za-z][가-힣A-Za-z0-9 .+#-]{0,14}?){0,3}"
    r"\s*\)?\s*,?\s*(?:등|etc\b|and so on\b"
    # "Statistics, Economics, Mathematics or a related field", "통계학, 컴퓨터공학 등 관련 전공"
    # "… or a quantitative field", "… or another technical discipline"
    r"|(?:or|and/or)\s+(?:an?\s+|another\s+)?(?:other\s+)?(?:related|similar|equivalent"
    r"|comparable|relevant|quantitative|technical|scientific|stem|analytical)\b"
    r"|(?:또는|혹은)?\s*(?:관련|유관)\s*(?:전공|분야|학과|학위)"
    # "Tableau, Looker, Redash 중 하나 이상", "… 중 택1"
    r"|(?:등\s*)?중\s*(?:하나|한\s*가지|한\s*개|1개|택\s*1|택일))",
    re.IGNORECASE,
)
_EXAMPLES_BEFORE = re.compile(
    r"(?:\be\.\s?g\.?|\beg\.|\bsuch as|예를 들어|예:"
    # "at least one of vLLM / SGLang / TensorRT-LLM", "any of", "either"
    r"|\b(?:at\s+least\s+)?one\s+of(?:\s+the\s+following)?|\bany\s+of|\beither)"
    r"\s*[(:,]?\s*\Z",
    re.IGNORECASE,
)
# The bare end of a list of examples, with no kind of thing or "related field" in it
_BARE_ETC = re.compile(r"(?:등|etc\b|and so on\b)[\s.)]*\Z", re.IGNORECASE)
# A kind of thing after "등" / "etc.", of which the names are examples
_KIND_AFTER = re.compile(
    r"[\s.)]*(?:의[ \t]*)?(?:관련|유관"
    r"|(?:[가-힣A-Za-z]+[ \t]*){0,2}?(?:전공|학과|분야|계열|학위|도구|툴|프레임워크|라이브러리|언어|플랫폼"
    r"|데이터베이스|DB|솔루션|서비스|클라우드|엔진|모델|tools?\b|frameworks?\b|librar(?:y|ies)\b"
    r"|languages?\b|platforms?\b|databases?\b|services?\b|engines?\b|fields?\b"
    r"|disciplines?\b))",
    re.IGNORECASE,
)


# A degree has one field: "BS/MS in Statistics, Economics, Computer Science" asks for a degree
# in any of them (a name may hold the words: "Degree in Computer Science").
_DEGREE_IN = (
    r"(?:degree|\bB\.?Sc?\.?|\bM\.?Sc?\.?|\bB\.?A\.?|\bM\.?A\.?|Ph\.?D\.?|bachelor'?s"
    r"|master'?s|doctorate)\s+in\s+"
)
_DEGREE_BEFORE = re.compile(_DEGREE_IN + r"\Z", re.IGNORECASE)
_DEGREE_OPENS = re.compile(_DEGREE_IN, re.IGNORECASE)
# What a field of study is: a body of knowledge, not a tool or a language
_FIELD_KINDS = frozenset({"concept"})


# Degrees from lowest to highest: a higher one meets a requirement for a lower one.
DEGREE_LADDER = DEGREES


def substitutes(kb: KnowledgeBase, a: str, b: str) -> bool:
    """Whether two concepts do the same job: related, or two cases of one broader concept
    (AWS and GCP, Tableau and Power BI), or two degrees ("BS/MS") — what "A/B" in a posting
    offers as a choice."""
    if a in DEGREE_LADDER and b in DEGREE_LADDER:
        return True
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
    ("Python, Java or Go") or when it is a list of examples ("Tableau, Looker 등", "e.g.
    Snowflake, BigQuery"), and a plain list otherwise ("Python, SQL"). A slash offers a
    choice only between substitutes, and only between the two names it joins: "AWS/GCP" is
    either, "Python/SQL" is both, and "SQL, Java, C/C++, Git" asks for all but C or C++. An
    aside in brackets is left out of the list around it ("Python(pandas) 또는 R" is Python
    or R) and read as a list of its own."""
    groups = [frozenset({m.id}) for m in mentions]
    asides = [m.span() for m in _ASIDE.finditer(text)]
    aside_starts = [a for a, _ in asides]  # asides do not overlap: in order
    outer = _ASIDE.sub(lambda m: " " * len(m.group()), text)  # same length, asides blanked
    inside: dict[int, list[int]] = {}
    for i, mention in enumerate(mentions):
        if outer[mention.start : mention.end].strip():
            continue
        at = bisect.bisect_right(aside_starts, mention.start) - 1  # the aside holding it
        inside.setdefault(at, []).append(i)
    inner = {i for members in inside.values() for i in members}
    _group_runs(outer, mentions, [i for i in range(len(mentions)) if i not in inner], kb, groups)
    ends = [m.end for m in mentions]  # mentions do not overlap: ends are in order
    # the mention each aside follows, if any: what its names are examples or asides of
    owners = {at: _owner(text, mentions, ends, asides[at][0]) for at in inside}
    for at, members in inside.items():
        _group_runs(text, mentions, members, kb, groups)
        # Examples in brackets after what they are examples of: "하이퍼파라미터 탐색(Optuna,
        # Ray Tune)", "experiment tracking (MLflow, W&B)": any of them shows the kind of tool
        owner = owners[at]
        if owner is not None and owner not in inner and len(members) > 1:
            examples = [i for i in members if _narrower_of(kb, mentions[i].id, mentions[owner].id)]
            cases = len(examples) > 1  # cases of the owner: it shows the kind as well as they do
            kind_of_work = kb.skills[mentions[owner].id].kind in ("concept", "practice", "method")
            ids = [mentions[i].id for i in members]
            if len(examples) < 2 and kind_of_work and _all_substitutes(kb, ids):
                # tools that do the same job, named for a kind of work: "calling LLM APIs
                # (OpenAI, Anthropic)" asks for one of them
                examples = members
            if len(examples) > 1:
                choice = frozenset(mentions[i].id for i in examples)
                if cases:
                    # "feature stores (Feast, Tecton, or similar)": the kind asked, its cases
                    # examples of it; a feature store built in-house shows it as well
                    choice |= {mentions[owner].id}
                    groups[owner] = groups[owner] | choice
                for i in examples:
                    groups[i] = groups[i] | choice
    # Asides of the options of one choice are a choice too: "Python(FastAPI) 또는
    # Kotlin(Spring Boot)" asks for FastAPI or Spring Boot.
    by_choice: dict[frozenset[str], list[int]] = {}
    for at, members in inside.items():
        owner = owners[at]
        if owner is None or owner in inner:
            continue
        for i in members:  # "Trino(Presto) 또는 ClickHouse": the same concept again
            if mentions[i].id == mentions[owner].id:
                groups[i] = groups[owner]
        if len(groups[owner]) > 1:
            by_choice.setdefault(groups[owner], []).append(at)
    for ats in by_choice.values():
        if len(ats) > 1:
            parallel = [i for at in ats for i in inside[at]]
            choice = frozenset(mentions[i].id for i in parallel)
            for i in parallel:
                groups[i] = groups[i] | choice
    # One example in brackets after what it is an example of ("CI/CD (e.g. GitHub Actions)",
    # "오픈소스 LLM(Llama 등)") asks for nothing more than it: either shows it
    for at, members in inside.items():
        owner = owners[at]
        if owner is None or owner in inner or len(members) != 1:
            continue
        (i,) = members
        if _narrower_of(kb, mentions[i].id, mentions[owner].id):
            pair = frozenset({mentions[i].id, mentions[owner].id})
            groups[i] = groups[i] | pair
            groups[owner] = groups[owner] | pair
    _degrees_offered_apart(text, mentions, groups)
    return groups


_OR_APART = re.compile(r"\bor\b|또는|혹은|이나\b", re.IGNORECASE)


def _degrees_offered_apart(
    text: str, mentions: list[SkillMention], groups: list[frozenset[str]]
) -> None:
    """Degrees a line offers as alternatives with words between them: "PhD in Computer
    Science or related field, or Master's degree and 3+ years" is either degree."""
    degrees = [i for i, m in enumerate(mentions) if m.id in DEGREE_LADDER]
    for a, b in itertools.pairwise(degrees):
        first, second = mentions[a], mentions[b]
        if first.id == second.id:
            continue
        gap = text[first.end : second.start]
        if "\n" in gap or not _OR_APART.search(gap):
            continue
        choice = groups[a] | groups[b]
        for i in (a, b):
            groups[i] = groups[i] | choice


def _all_substitutes(kb: KnowledgeBase, ids: list[str]) -> bool:
    """Whether every two of `ids` do the same job (`substitutes`)."""
    return len(set(ids)) > 1 and all(
        substitutes(kb, a, b) for n, a in enumerate(ids) for b in ids[n + 1 :] if a != b
    )


def _narrower_of(kb: KnowledgeBase, sid: str, owner: str) -> bool:
    """Whether `sid` is a case of `owner` (through its broader links) or a tool for it."""
    seen = set()
    while sid and sid not in seen:
        if sid == owner:
            return True
        seen.add(sid)
        skill = kb.skills[sid]
        if owner in skill.related:
            return True
        sid = skill.broader
    return False


# What may stand between a name and the aside about it: "Model registry experience
# (MLflow)", "Kubernetes 운영 경험(EKS)"
_OWNER_GAP = re.compile(
    r"[ \t]?(?:(?:experience|knowledge|skills?|tools?|tooling|platforms?|frameworks?"
    r"|운영|활용|사용)[ \t]?)?(?:경험|지식|역량|도구|툴)?[ \t]?",
    re.IGNORECASE,
)


def _owner(
    text: str, mentions: list[SkillMention], ends: list[int], aside_start: int
) -> int | None:
    """The mention right before an aside (a space or a word of experience between), if any."""
    i = bisect.bisect_right(ends, aside_start) - 1
    if i < 0:
        return None
    return i if _OWNER_GAP.fullmatch(text, mentions[i].end, aside_start) else None


def _group_runs(
    text: str,
    mentions: list[SkillMention],
    indices: list[int],
    kb: KnowledgeBase,
    groups: list[frozenset[str]],
) -> None:
    """Set `groups` for the choices among the mentions at `indices` (in order)."""
    run: list[list[int]] = []  # items of the run; an item is names a slash made one choice
    ors: list[bool] = []  # for each item after the first: whether "or" joins it to the one before

    def examples() -> bool:
        """The run is a list of examples: "등" or "etc." after it, "e.g." before it. A bare
        "등"/"etc." lists examples of one thing only when the names do the same job or a
        kind of thing follows ("Tableau, Looker 등", "Spark, Flink 등 분산 처리 도구"):
        "Python, SQL, Git 등 활용 능력" asks for each."""
        first, last = mentions[run[0][0]], mentions[run[-1][-1]]
        if len(run) < 2:
            return False
        if _EXAMPLES_BEFORE.search(text, max(0, first.start - 16), first.start):
            return True
        after = _EXAMPLES_AFTER.match(text, last.end)
        if after is None:
            return False
        if not _BARE_ETC.search(after.group()):
            return True  # "… or a related field", "… 중 하나", "… 등 관련 전공"
        return _all_substitutes(kb, [mentions[i].id for item in run for i in item]) or bool(
            _KIND_AFTER.match(text, after.end())
        )

    def fields_of_a_degree() -> int:
        """How many of the run's first items are the fields of one degree ("MS in Statistics,
        Economics, Python": two), or 0 when the run follows no degree."""
        first = mentions[run[0][0]]
        if not (
            _DEGREE_BEFORE.search(text, max(0, first.start - 16), first.start)
            or _DEGREE_OPENS.match(text, first.start)
        ):
            return 0
        count = 0
        for item in run:
            if any(kb.skills[mentions[i].id].kind not in _FIELD_KINDS for i in item):
                break
            count += 1
        return count

    def close() -> None:
        nonlocal run, ors
        parts = []
        if (fields := fields_of_a_degree()) > 1:
            parts.append([i for item in run[:fields] for i in item])
            run, ors = run[fields:], ors[fields:]
        if not run:
            pass
        elif examples():
            parts.append([i for item in run for i in item])
        else:
            chosen = _or_choices(run, ors, mentions, kb)
            taken = {k for choice in chosen for k in choice}
            parts += [[i for k in choice for i in run[k]] for choice in chosen]
            parts += [item for k, item in enumerate(run) if k not in taken and len(item) > 1]
        for part in parts:
            choice = frozenset(mentions[i].id for i in part)
            if len(choice) > 1:
                for i in part:
                    groups[i] = choice

    for i in indices:
        mention = mentions[i]
        if run:
            previous = mentions[run[-1][-1]]
            gap = text[previous.end : mention.start]
            if "\n" not in gap:
                if _OR_GAP.fullmatch(gap):
                    run.append([i])
                    ors.append(True)
                    continue
                if _SLASH_GAP.fullmatch(gap):
                    if substitutes(kb, previous.id, mention.id):
                        run[-1].append(i)
                    else:
                        run.append([i])
                        ors.append(False)
                    continue
                if _COMMA_GAP.fullmatch(gap):
                    run.append([i])
                    ors.append(False)
                    continue
            close()
        run, ors = [[i]], []
    if run:
        close()


def _or_choices(
    run: list[list[int]], ors: list[bool], mentions: list[SkillMention], kb: KnowledgeBase
) -> list[list[int]]:
    """The choices in a run, as lists of its items: the items "or" joins, and before them
    the items of the list that are like the options ("Python, Java or Go": three languages).
    An item of another kind is asked for itself ("Python, TensorFlow 또는 PyTorch" asks
    Python, and TensorFlow or PyTorch), and so is the list going on after the last option
    ("PyTorch or TensorFlow, scikit-learn, SQL"; "C++ or C, Git, Linux")."""
    choices: list[list[int]] = []
    k = 0
    while k < len(ors):
        if not ors[k]:
            k += 1
            continue
        start, end = k, k + 1  # items start..end: ors[k] joins item k and item k + 1
        while end < len(ors) and ors[end]:
            end += 1
        options = [mentions[i].id for item in run[start : end + 1] for i in item]
        floor = choices[-1][-1] + 1 if choices else 0
        while start > floor and _like(kb, [mentions[i].id for i in run[start - 1]], options):
            start -= 1
        choices.append(list(range(start, end + 1)))
        k = end
    return choices


def _like(kb: KnowledgeBase, ids: list[str], options: list[str]) -> bool:
    """Whether the names of an item listed before a choice are more of its options: each of
    the kind all the options are of, or doing the same job as one of them."""
    kinds = {kb.skills[o].kind for o in options}
    return all(
        (len(kinds) == 1 and kb.skills[sid].kind in kinds)
        or any(substitutes(kb, sid, o) for o in options)
        for sid in ids
    )
