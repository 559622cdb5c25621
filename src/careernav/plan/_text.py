"""The plan's sentences in Korean and English."""

from __future__ import annotations

from careernav.text import josa

# Checkpoints by kind of skill: what you can show when you have learned it. {x} is the skill,
# {alt} a related tool when there is one. Kept general on purpose; a chosen portfolio project
# adds its own acceptance criteria for the skills it proves.
CHECKPOINTS = {
    "language": (
        "Write a small program in {x} that reads a file, transforms the data and tests the "
        "result, without looking up basic syntax.",
        "{x_ro} 파일을 읽고 데이터를 변환한 뒤 결과를 테스트하는 작은 프로그램을 기본 문법을 "
        "찾아보지 않고 작성할 수 있다.",
    ),
    "library": (
        "Rebuild the official getting-started example of {x} on your own data and explain "
        "every step.",
        "{x}의 공식 시작 예제를 내 데이터로 다시 만들고 각 단계를 설명할 수 있다.",
    ),
    "tool": (
        "Set up {x} from scratch, use it in a small project, and say when you would choose "
        "it{alt_en}.",
        "{x_eul} 처음부터 설정해 작은 프로젝트에 쓰고, 언제 선택할지{alt_ko} 설명할 수 있다.",
    ),
    "concept": (
        "Explain {x} in your own words, apply it to a real dataset or problem, and answer "
        '"why this and not another approach?"',
        '{x_eul} 내 말로 설명하고 실제 데이터나 문제에 적용한 뒤 "왜 다른 방법이 아니라 이것인가?"에 '
        "답할 수 있다.",
    ),
    "practice": (
        "Apply {x} in one of your projects and show the before and after.",
        "내 프로젝트 하나에 {x_eul} 적용하고 적용 전후를 보여 줄 수 있다.",
    ),
    "soft": (
        "Point to one concrete example of {x} from the last month (a write-up, a review, a talk).",
        "최근 한 달 안에 {x_eul} 보여 준 구체적인 사례(글, 리뷰, 발표)를 하나 제시할 수 있다.",
    ),
}
KIND_TO_CHECKPOINT = {
    "language": "language",
    "library": "library",
    "framework": "library",
    "platform": "tool",
    "tool": "tool",
    "database": "tool",
    "service": "tool",
    "concept": "concept",
    "method": "concept",
    "practice": "practice",
    "soft-skill": "soft",
    "habit": "soft",
}


def checkpoint(kind: str, label: str, alternative: str | None, lang: str) -> str:
    en, ko = CHECKPOINTS[KIND_TO_CHECKPOINT.get(kind, "concept")]
    alt_en = f" over {alternative}" if alternative else ""
    alt_ko = f"({alternative} 대신)" if alternative else ""
    template = ko if lang == "ko" else en
    return template.format(
        x=label,
        x_eul=label + josa(label, "을", "를"),
        x_ro=label + josa(label, "으로", "로"),
        alt_en=alt_en,
        alt_ko=alt_ko,
    )


def closes_text(level: str, lang: str, *, target: str, evidence: str | None = None,
                weight: float | None = None, for_skill: str | None = None) -> str:  # fmt: skip
    """The requirement a step closes, in words."""
    ko = lang == "ko"
    if level == "prerequisite":
        return f"{for_skill}의 선수 지식" if ko else f"prerequisite of {for_skill}"
    quoted = f' ("{evidence}")' if evidence else ""
    if level == "required":
        if ko:
            return f"{target} 필수{quoted}" + (f", 가중치 {weight:.2f}" if weight else "")
        return f"required by {target}{quoted}" + (f", weight {weight:.2f}" if weight else "")
    if ko:
        return f"{target} 우대{quoted}" + (f", 가중치 {weight:.2f}" if weight else "")
    return f"preferred by {target}{quoted}" + (f", weight {weight:.2f}" if weight else "")


def folded_text(lang: str, *, folded: str, case: str, broad: str, closes: str) -> str:
    """What a step closes besides its own requirement: the wider concept it is a case of, or
    a case of the concept it teaches. Appended to the step's own "closes" text."""
    if lang == "ko":
        return (
            f"; {folded}도 함께 채움 — {case}{josa(case, '은', '는')} {broad}의 한 사례 ({closes})"
        )
    return f"; also closes {folded}, as {case} is a case of {broad} ({closes})"


# Why a requirement is listed instead of planned.
def implied_reason(label: str, shown_by: list[str], lang: str) -> str:
    """A requirement the user knows through other skills (backend work shows REST APIs)."""
    by = ", ".join(shown_by)
    if lang == "ko":
        return (
            f"학습 단계 아님: 알고 있는 {by}에 {label}{josa(label, '이', '가')} 포함됩니다. "
            f"이력서에 {label}{josa(label, '을', '를')} 직접 적으면 매칭에도 반영됩니다."
        )
    return (
        f"Not a learning step: you know {by}, which shows {label}. Name {label} in your resume "
        "so that matching counts it."
    )


def foundation_reason(
    requirement: str,
    own_hours: tuple[float, float],
    foundations: list[str],
    hours: tuple[float, float],
    lang: str,
) -> str:
    """A heavy foundation of a minor requirement, left out of the plan."""
    chain = ", ".join(foundations)
    if lang == "ko":
        return (
            f"계획에서 뺌: 비중이 작은 요구인 {requirement}({own_hours[0]:g}–{own_hours[1]:g}시간)의 "
            f"선수 지식으로, 먼저 배우면 {hours[0]:g}–{hours[1]:g}시간({chain})이 더 듭니다. "
            f"{requirement}{josa(requirement, '을', '를')} 실무 수준으로 먼저 익히고, 일에 더 깊이 "
            "필요해지면 돌아오세요."
        )
    return (
        f"Not scheduled: a foundation of {requirement}, a minor requirement here "
        f"({own_hours[0]:g}–{own_hours[1]:g} h), that would add {hours[0]:g}–{hours[1]:g} h "
        f"before it ({chain}). Learn {requirement} at a working level first; come back to this "
        "if the job needs more."
    )


def skipped_reason(lang: str) -> str:
    """A requirement (or a foundation) the user chose to skip."""
    if lang == "ko":
        return (
            "건너뛰기로 표시한 스킬이라 학습 단계와 예상 시간에서 뺐습니다. 다시 계획에 넣으려면 "
            "할 일(todo)로 표시하세요."
        )
    return (
        "You marked this skipped, so it is not a step and not in the estimate. Mark it to do "
        "(todo) to plan it again."
    )


def credential_reason(kind: str, lang: str) -> str:
    """Certifications, degrees, human languages and fields of study."""
    if kind == "certification":
        if lang == "ko":
            return "자격증: 준비되면 응시하는 시험이라 학습 단계로 넣지 않았습니다."
        return "A certification: an exam to book when you are ready, not a learning step."
    if lang == "ko":
        return (
            "학위·어학·전공 분야: 오랜 공부와 경험으로 갖추는 것이라 학습 단계로 넣지 않았습니다."
        )
    return (
        "A degree, a language or a field of study: it takes years of study or practice, so it "
        "is not a step of this plan."
    )
