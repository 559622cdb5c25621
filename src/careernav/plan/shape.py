"""The shape of a skill profile: depth in each category, breadth across them, and the edge.

The notes (seed:000, seed:001) advise a T- or W-shaped profile — depth in one or two areas,
breadth across the others — and building your own edge rather than everything. Depth in a
category is the roadmap weight of the skills known there (beginner 1, intermediate 2,
advanced 3, unstaged 1.5) halved, on a 0–5 scale: one intermediate skill is depth 1, five
are depth 5. A category counts towards breadth from depth 0.5 (one skill) and is an area of expertise
from depth 3.5.
"""

from __future__ import annotations

from dataclasses import dataclass

from careernav.knowledge import KnowledgeBase

STAGE_POINTS = {"beginner": 1.0, "intermediate": 2.0, "advanced": 3.0, None: 1.5}
POINTS_PER_LEVEL = 2.0
MAX_DEPTH = 5.0
KOREAN_CAPABLE_FONTS = [
    "NanumGothic", "Noto Sans CJK KR", "Malgun Gothic", "Apple SD Gothic Neo", "DejaVu Sans",
]  # fmt: skip
DEEP = 3.5  # depth from which a category is an area of expertise
BROAD = 0.5  # one beginner skill in a category: it counts towards breadth


@dataclass(frozen=True)
class CategoryDepth:
    id: str
    label: str
    depth: float
    skills: list[str]
    target_share: float  # share of the target role's skill weight in this category


@dataclass(frozen=True)
class ProfileShape:
    shape: str  # "T", "W", "I", "broad", "starting"
    categories: list[CategoryDepth]  # in knowledge-base order
    breadth: int
    deep: list[str]
    edge: str | None  # the category id
    edge_reason: str


def profile_shape(
    kb: KnowledgeBase, known: set[str], *, target_role: str | None = None, lang: str = "en"
) -> ProfileShape:
    shares = _role_shares(kb, target_role)
    rows = []
    for cat in sorted(kb.categories.values(), key=lambda c: c.order):
        skills = sorted(s for s in known if s in kb.skills and kb.skills[s].category == cat.id)
        points = sum(STAGE_POINTS[kb.skills[s].stage] for s in skills)
        depth = round(min(MAX_DEPTH, points / POINTS_PER_LEVEL), 2)
        rows.append(
            CategoryDepth(cat.id, cat.label.get(lang), depth, skills, shares.get(cat.id, 0))
        )
    deep = [r.id for r in rows if r.depth >= DEEP]
    breadth = sum(1 for r in rows if r.depth >= BROAD)
    if len(deep) >= 2 and breadth >= 4:
        shape = "W"
    elif len(deep) == 1 and breadth >= 4:
        shape = "T"
    elif deep:
        shape = "I"
    elif breadth >= 4:
        shape = "broad"
    else:
        shape = "starting"
    edge, reason = _edge(rows, target_role, kb, lang)
    return ProfileShape(shape, rows, breadth, deep, edge, reason)


def _role_shares(kb: KnowledgeBase, role_id: str | None) -> dict[str, float]:
    if not role_id or role_id not in kb.roles:
        return {}
    totals: dict[str, float] = {}
    for sid, (weight, _) in kb.roles[role_id].skill_weights().items():
        cat = kb.skills[sid].category
        totals[cat] = totals.get(cat, 0.0) + weight
    whole = sum(totals.values()) or 1.0
    return {cat: round(w / whole, 3) for cat, w in totals.items()}


def _edge(rows: list[CategoryDepth], role_id, kb, lang) -> tuple[str | None, str]:
    """The strongest area that the target values: depth × (share in the target + a little,
    so that depth still counts where the target is silent)."""
    scored = [(r.depth * (r.target_share + 0.1), r) for r in rows if r.depth > 0]
    if not scored:
        return None, ""
    _, best = max(scored, key=lambda x: (x[0], x[1].depth))
    role = kb.roles[role_id].label.get(lang) if role_id in kb.roles else None
    if lang == "ko":
        reason = f"{best.label}: 깊이 {best.depth:.1f}/5"
        if role:
            # the area's share of the role's skills, not how much of it the person covers
            reason += f", {role} 역량의 {best.target_share:.0%}를 차지하는 분야"
    else:
        reason = f"{best.label}: depth {best.depth:.1f}/5"
        if role:
            reason += f", an area that makes up {best.target_share:.0%} of what {role} needs"
    return best.id, reason


_CHART_WORDS = {
    "en": {"depth": "depth", "target": "target", "axis": "depth (0-5)"},
    "ko": {"depth": "깊이", "target": "목표 직무 비중", "axis": "깊이 (0-5)"},
}


def shape_chart_svg(shape: ProfileShape, title: str = "", lang: str = "en") -> str:
    """A bar chart of depth per category as SVG text (matplotlib, text kept as text so any
    viewer renders Korean labels with its own fonts), its legend and axis in `lang`."""
    words = _CHART_WORDS.get(lang, _CHART_WORDS["en"])
    import io
    import warnings

    import matplotlib

    matplotlib.use("Agg")
    from matplotlib import pyplot as plt

    rows = [r for r in shape.categories if r.depth > 0 or r.target_share > 0] or shape.categories
    plt.rcParams["svg.fonttype"] = "none"
    # Hangul labels: the SVG names these families and the viewer's fonts draw them; where
    # matplotlib itself has none of them it only measures the text less exactly.
    from matplotlib import font_manager

    installed = {f.name for f in font_manager.fontManager.ttflist}
    plt.rcParams["font.family"] = [f for f in KOREAN_CAPABLE_FONTS if f in installed] or [
        "DejaVu Sans"
    ]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)
        fig, ax = plt.subplots(figsize=(8, 0.35 * len(rows) + 1.2))
        try:
            labels = [r.label for r in rows]
            colours = ["#2b6cb0" if r.id in shape.deep else "#90cdf4" for r in rows]
            ax.barh(labels, [r.depth for r in rows], color=colours, label=words["depth"])
            top = max(r.target_share for r in rows)
            if top:
                ax.scatter([r.target_share / top * MAX_DEPTH for r in rows], labels,
                           marker="|", s=200, color="#c05621", label=words["target"])  # fmt: skip
                ax.legend(loc="lower right")
            ax.set_xlim(0, MAX_DEPTH)
            ax.invert_yaxis()
            ax.set_xlabel(words["axis"])
            ax.set_title(title or f"{shape.shape}-shaped profile")
            fig.tight_layout()
            out = io.StringIO()
            fig.savefig(out, format="svg")
            return out.getvalue()
        finally:
            plt.close(fig)
