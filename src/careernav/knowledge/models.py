"""Typed models of the knowledge base, validated when the YAML files are loaded.

Pydantic sits at the edge (the files); once loaded, the objects are frozen and read-only.
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, field_validator

Id = Annotated[str, StringConstraints(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$", max_length=80)]
NonEmpty = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]
Weight = Annotated[float, Field(gt=0, le=1)]
Language = Literal["en", "ko"]
StageId = Literal["beginner", "intermediate", "advanced"]

SkillKind = Literal[
    "language", "library", "framework", "platform", "tool", "database", "service",
    "concept", "method", "practice", "soft-skill", "habit", "certification", "industry",
]  # fmt: skip


class _Model(BaseModel):
    # Built on first validation, not at import: a start from the cached knowledge base never
    # validates, and building 16 schemas would cost it ~0.1 s.
    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)


class Text(_Model):
    """A piece of text in both languages; both are required."""

    en: NonEmpty
    ko: NonEmpty

    def get(self, lang: str) -> str:
        return self.ko if lang == "ko" else self.en


class TextList(_Model):
    en: list[NonEmpty] = []
    ko: list[NonEmpty] = []

    def get(self, lang: str) -> list[str]:
        return self.ko if lang == "ko" else self.en

    def all(self) -> list[str]:
        return [*self.en, *self.ko]


class HoursRange(_Model):
    low: float = Field(ge=0)
    high: float = Field(ge=0)

    @classmethod
    def from_pair(cls, value):
        if isinstance(value, list | tuple):
            if len(value) != 2:
                raise ValueError("hours must be [low, high]")
            return {"low": value[0], "high": value[1]}
        return value


def _hours(value):
    value = HoursRange.from_pair(value)
    if isinstance(value, dict) and value.get("low", 0) > value.get("high", 0):
        raise ValueError("hours must be [low, high] with low <= high")
    return value


ActionPair = tuple[NonEmpty, NonEmpty]


class Actions(_Model):
    """Verb and object pairs that name the skill when they occur a few words apart:
    [deploy, model] reads "Deployed a real-time ranking model"; [배포, 모델] reads "모델을 서버에
    배포했습니다". The verb is the evidence; the object says what it was done to."""

    en: list[ActionPair] = []
    ko: list[ActionPair] = []

    def all(self) -> list[tuple[str, str, str]]:
        """(language, verb, object) of every pair."""
        return [("en", v, o) for v, o in self.en] + [("ko", v, o) for v, o in self.ko]


class Skill(_Model):
    id: Id
    label: Text
    aliases: TextList = TextList()
    aliases_exact: list[NonEmpty] = []
    # Generic words that name the skill only in a list of other skills ("Linux, Network, DB").
    aliases_in_lists: list[NonEmpty] = []
    # Phrases that hold one of its names but mean something else ("leadership team" is people,
    # "협업 도구" is tools, not the soft skill): its mentions inside them do not count.
    not_names: TextList = TextList()
    # What someone doing this work is called ("Data Engineer", "데이터 엔지니어"): in a
    # resume's jobs, evidence of the work; in a posting, the job itself or a colleague ("work
    # with data engineers"), never a requirement — postings leave these mentions out.
    job_titles: TextList = TextList()
    actions: Actions = Actions()
    kind: SkillKind
    category: Id
    stage: StageId | None = None
    prerequisites: list[Id] = []
    related: list[Id] = []
    broader: Id | None = None
    hours: HoursRange | None = None
    esco: str | None = None
    onet: str | None = None
    linguist: str | None = None
    description: Text | None = None
    sources: list[NonEmpty] = Field(min_length=1)
    # Filled from derived/*.json at load time, not written by hand.
    derived_aliases: list[str] = []
    esco_label: str | None = None

    _check_hours = field_validator("hours", mode="before")(lambda cls, v: _hours(v))

    def curated_names(self) -> list[str]:
        """The names written by hand: labels and aliases."""
        return [
            self.label.en,
            self.label.ko,
            *self.aliases.all(),
            *self.aliases_exact,
            *self.aliases_in_lists,
            *self.job_titles.all(),
        ]

    def names(self) -> list[str]:
        """Every name this concept goes by, the derived aliases included."""
        return [*self.curated_names(), *self.derived_aliases]


class Role(_Model):
    id: Id
    label: Text
    family: Id
    description: Text
    duties: TextList
    duty_phrases: TextList = TextList()
    tech_stack: list[Id] = []
    core_skills: dict[Id, Weight]
    nice_skills: dict[Id, Weight] = {}
    neighbours: list[Id] = []
    titles: TextList = TextList()
    esco: str | None = None
    onet: str | None = None
    # False when the ESCO / O*NET occupation is broader than the role, so its alternate
    # titles ("Android Developer" for AI developer) must not name this role.
    derive_titles: bool = True
    sources: list[NonEmpty] = Field(min_length=1)
    derived_titles: list[str] = []
    esco_label: str | None = None
    onet_title: str | None = None

    def all_titles(self) -> list[str]:
        return [self.label.en, self.label.ko, *self.titles.all(), *self.derived_titles]

    def skill_weights(self) -> dict[str, tuple[float, str]]:
        """skill id -> (weight, 'core' | 'nice')."""
        weights = {sid: (w, "nice") for sid, w in self.nice_skills.items()}
        weights.update({sid: (w, "core") for sid, w in self.core_skills.items()})
        return weights


class Category(_Model):
    """A skill category (one file in skills/) and the area of expertise it belongs to."""

    id: Id
    label: Text
    area: Id
    order: int


class Family(_Model):
    id: Id
    label: Text
    mindmap: str | None = None
    order: int
    sources: list[NonEmpty] = Field(min_length=1)


class Stage(_Model):
    id: StageId
    label: Text
    order: int
    goal: Text
    milestones: TextList = TextList()
    skills: list[Id] = []
    prerequisites: TextList = TextList()
    sources: list[NonEmpty] = Field(min_length=1)


class Competency(_Model):
    id: Id
    label: Text
    priority: int
    description: Text
    skills: list[Id] = []
    sources: list[NonEmpty] = Field(min_length=1)


class Seed(_Model):
    id: Annotated[str, StringConstraints(pattern=r"^seed:\d{3}$")]
    file: NonEmpty
    title: NonEmpty
    date: str | None = None
    summary: Text


class Resource(_Model):
    id: Id
    title: NonEmpty
    url: Annotated[str, StringConstraints(pattern=r"^https?://\S+$")]
    language: Language
    cost: Literal["free", "paid", "freemium"]
    kind: Literal[
        "docs", "course", "book", "video", "tutorial", "newsletter", "community",
        "paper-feed", "competition", "tool", "article",
    ]  # fmt: skip
    provider: NonEmpty | None = None
    skills: list[Id] = Field(min_length=1)
    sources: list[NonEmpty] = Field(min_length=1)


class Benefit(_Model):
    kind: Literal["time-saved", "cost-cut", "revenue"]
    en: NonEmpty
    ko: NonEmpty


class Project(_Model):
    id: Id
    title: Text
    summary: Text
    stage: StageId
    skills: list[Id] = Field(min_length=1)
    benefit: Benefit
    acceptance: TextList
    why_questions: TextList
    hours: HoursRange | None = None
    sources: list[NonEmpty] = Field(min_length=1)

    _check_hours = field_validator("hours", mode="before")(lambda cls, v: _hours(v))


class Redirect(_Model):
    """An old concept ID and where it went: one ID (rename, merge) or several (split)."""

    old: Id
    new: list[Id] = Field(min_length=1)
    reason: str | None = None

    @field_validator("new", mode="before")
    @classmethod
    def _one_or_many(cls, value):
        return [value] if isinstance(value, str) else value
