"""Plain-data views of the knowledge base: what the CLI prints, `--json` emits and the web
app renders. One function per view, so every interface shows the same thing."""

from __future__ import annotations

from typing import Any

from careernav.knowledge.kb import KnowledgeBase
from careernav.knowledge.models import Project, Resource, Role, Skill


def skill_ref(skill: Skill, lang: str) -> dict[str, str]:
    return {"id": skill.id, "label": skill.label.get(lang)}


def role_ref(role: Role, lang: str) -> dict[str, str]:
    return {"id": role.id, "label": role.label.get(lang)}


def resource_view(res: Resource) -> dict[str, Any]:
    return {
        "id": res.id,
        "title": res.title,
        "url": res.url,
        "language": res.language,
        "cost": res.cost,
        "kind": res.kind,
        "provider": res.provider,
        "skills": res.skills,
    }


def project_view(proj: Project, lang: str) -> dict[str, Any]:
    return {
        "id": proj.id,
        "title": proj.title.get(lang),
        "summary": proj.summary.get(lang),
        "stage": proj.stage,
        "skills": proj.skills,
        "benefit": {"kind": proj.benefit.kind, "text": getattr(proj.benefit, lang)},
        "acceptance": proj.acceptance.get(lang),
        "why_questions": proj.why_questions.get(lang),
        "hours": [proj.hours.low, proj.hours.high] if proj.hours else None,
        "sources": proj.sources,
    }


def roles_overview(kb: KnowledgeBase, lang: str) -> dict[str, Any]:
    """The 15 roles grouped by the mind-map family they belong to."""
    return {
        "families": [
            {
                "id": family.id,
                "label": family.label.get(lang),
                "mindmap": family.mindmap,
                "roles": [
                    {
                        **role_ref(role, lang),
                        "description": role.description.get(lang),
                        "core_skills": len(role.core_skills),
                    }
                    for role in roles
                ],
            }
            for family, roles in kb.roles_by_family()
        ]
    }


def role_detail(kb: KnowledgeBase, role: Role, lang: str) -> dict[str, Any]:
    def weighted(table: dict[str, float]) -> list[dict[str, Any]]:
        ordered = sorted(table.items(), key=lambda kv: (-kv[1], kv[0]))
        return [{**skill_ref(kb.skills[sid], lang), "weight": w} for sid, w in ordered]

    family = kb.families[role.family]
    return {
        **role_ref(role, lang),
        "labels": {"en": role.label.en, "ko": role.label.ko},
        "family": {"id": family.id, "label": family.label.get(lang)},
        "description": role.description.get(lang),
        "duties": role.duties.get(lang),
        "tech_stack": [skill_ref(kb.skills[s], lang) for s in role.tech_stack],
        "core_skills": weighted(role.core_skills),
        "nice_skills": weighted(role.nice_skills),
        "neighbours": [role_ref(kb.roles[r], lang) for r in role.neighbours],
        "titles": {"en": role.titles.en, "ko": role.titles.ko, "derived": role.derived_titles},
        "esco": {"uri": role.esco, "label": role.esco_label} if role.esco else None,
        "onet": {"code": role.onet, "title": role.onet_title} if role.onet else None,
        "sources": role.sources,
    }


def skill_detail(kb: KnowledgeBase, skill: Skill, lang: str) -> dict[str, Any]:
    return {
        **skill_ref(skill, lang),
        "labels": {"en": skill.label.en, "ko": skill.label.ko},
        "aliases": sorted(
            {
                *skill.aliases.all(),
                *skill.aliases_exact,
                *skill.aliases_in_lists,
                *skill.derived_aliases,
            },
            key=str.lower,
        ),
        # what a resume says it did: "deploy … model" (verb, object), "모델 … 배포"
        "actions": [
            f"{verb} … {obj}" if lang_ == "en" else f"{obj} … {verb}"
            for lang_, verb, obj in skill.actions.all()
        ],
        "kind": skill.kind,
        "category": skill.category,
        "category_label": kb.categories[skill.category].label.get(lang),
        "stage": skill.stage,
        "description": skill.description.get(lang) if skill.description else None,
        "hours": [skill.hours.low, skill.hours.high] if skill.hours else None,
        "prerequisites": [skill_ref(kb.skills[s], lang) for s in skill.prerequisites],
        "leads_to": [skill_ref(s, lang) for s in kb.dependents_of(skill.id)],
        "related": [skill_ref(kb.skills[s], lang) for s in skill.related],
        "broader": skill_ref(kb.skills[skill.broader], lang) if skill.broader else None,
        "roles": [
            {**role_ref(need.role, lang), "weight": need.weight, "level": need.level}
            for need in kb.roles_needing(skill.id)
        ],
        "resources": [resource_view(r) for r in kb.resources_for(skill.id, lang)],
        "projects": [project_view(p, lang) for p in kb.projects_for(skill.id)],
        "esco": {"uri": skill.esco, "label": skill.esco_label} if skill.esco else None,
        "onet": skill.onet,
        "sources": skill.sources,
    }


def about_view(kb: KnowledgeBase) -> dict[str, Any]:
    """Version, knowledge-base sizes, the source notes and the attribution notices."""
    from careernav import __version__

    return {
        "version": __version__,
        "knowledge_base": {
            "roles": len(kb.roles),
            "skills": len(kb.skills),
            "names": len(kb.alias_index) + len(kb.exact_index),
            "resources": len(kb.resources),
            "projects": len(kb.projects),
        },
        "seeds": [{"id": s.id, "title": s.title} for s in kb.seeds.values()],
        "notice": (kb.data_dir / "NOTICE.md").read_text(encoding="utf-8"),
    }
