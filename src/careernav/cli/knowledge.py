"""Commands that explore the knowledge base: roles, role, skill, mindmap, about."""

from __future__ import annotations

import click
from rich.markup import escape
from rich.table import Table

from careernav.cli._common import console, output_options, print_json
from careernav.knowledge import default_knowledge_base
from careernav.knowledge.mindmap import mindmap as render_mindmap
from careernav.knowledge.views import about_view, role_detail, roles_overview, skill_detail

T = {
    "family": {"en": "Family", "ko": "직군"},
    "role": {"en": "Role", "ko": "직무"},
    "id": {"en": "ID", "ko": "ID"},
    "core": {"en": "Core skills", "ko": "핵심 역량 수"},
    "skill": {"en": "Skill", "ko": "스킬"},
    "weight": {"en": "Weight", "ko": "가중치"},
    "duties": {"en": "Duties", "ko": "업무"},
    "stack": {"en": "Tech stack", "ko": "기술 스택"},
    "core_skills": {"en": "Core skills", "ko": "핵심 스킬"},
    "nice_skills": {"en": "Nice to have", "ko": "우대 스킬"},
    "neighbours": {"en": "Neighbouring roles", "ko": "인접 직무"},
    "titles": {"en": "Also posted as", "ko": "다른 공고 제목"},
    "aliases": {"en": "Also written", "ko": "다른 표기"},
    "actions": {"en": "Also read from what was done", "ko": "한 일로도 읽음"},
    "prereq": {"en": "Prerequisites", "ko": "선수 지식"},
    "leads_to": {"en": "Leads to", "ko": "다음 단계"},
    "related": {"en": "Related", "ko": "관련 스킬"},
    "roles_need": {"en": "Roles that need it", "ko": "필요로 하는 직무"},
    "resources": {"en": "Resources", "ko": "학습 자료"},
    "projects": {"en": "Portfolio projects", "ko": "포트폴리오 프로젝트"},
    "stage": {"en": "Stage", "ko": "단계"},
    "category": {"en": "Category", "ko": "분류"},
    "none": {"en": "(none)", "ko": "(없음)"},
}


def t(key: str, lang: str) -> str:
    return T[key][lang]


@click.command()
@output_options
def roles(lang: str, as_json: bool) -> None:
    """List the 15 AI roles, grouped by family as in the notes' mind-map."""
    data = roles_overview(default_knowledge_base(), lang)
    if as_json:
        print_json(data)
        return
    table = Table(t("family", lang), t("role", lang), t("id", lang), t("core", lang))
    for family in data["families"]:
        for i, role in enumerate(family["roles"]):
            name = family["label"] if i == 0 else ""
            table.add_row(name, role["label"], role["id"], str(role["core_skills"]))
    console().print(table)


@click.command()
@click.argument("name")
@output_options
def role(name: str, lang: str, as_json: bool) -> None:
    """Show one role: duties, tech stack, weighted skills, titles, ESCO / O*NET codes.

    NAME is a role ID (ml-engineer) or any of its titles in either language."""
    kb = default_knowledge_base()
    data = role_detail(kb, kb.role(name), lang)
    if as_json:
        print_json(data)
        return
    out = console()
    out.print(f"[bold]{data['label']}[/bold] ({data['id']}) — {data['family']['label']}")
    out.print(data["description"])
    _section(out, t("duties", lang), data["duties"], lang)
    _section(out, t("stack", lang), [s["label"] for s in data["tech_stack"]], lang, inline=True)
    for key in ("core_skills", "nice_skills"):
        table = Table(t(key, lang), t("id", lang), t("weight", lang))
        for s in data[key]:
            table.add_row(s["label"], s["id"], f"{s['weight']:.2f}")
        out.print(table)
    _section(
        out, t("neighbours", lang), [r["label"] for r in data["neighbours"]], lang, inline=True
    )
    titles = data["titles"]["ko"] + data["titles"]["en"]
    _section(out, t("titles", lang), titles, lang, inline=True)
    if data["esco"]:
        out.print(f"ESCO: {data['esco']['label']} <{data['esco']['uri']}>")
    if data["onet"]:
        out.print(f"O*NET-SOC: {data['onet']['code']} {data['onet']['title']}")


@click.command()
@click.argument("name")
@output_options
def skill(name: str, lang: str, as_json: bool) -> None:
    """Show a skill concept: prerequisites, roles that need it, resources and projects.

    NAME is any label or alias in either language (파이토치, k8s, sklearn, 자연어처리)."""
    kb = default_knowledge_base()
    data = skill_detail(kb, kb.skill(name), lang)
    if as_json:
        print_json(data)
        return
    out = console()
    out.print(f"[bold]{data['label']}[/bold] ({data['id']})")
    out.print(
        f"{t('category', lang)}: {data['category']} · {data['kind']}"
        + (f" · {t('stage', lang)}: {data['stage']}" if data["stage"] else "")
    )
    if data["description"]:
        out.print(data["description"])
    _section(out, t("aliases", lang), data["aliases"], lang, inline=True)
    if data["actions"]:
        _section(out, t("actions", lang), data["actions"], lang, inline=True)
    for key in ("prerequisites", "leads_to", "related"):
        values = [s["label"] for s in data[key]]
        _section(
            out, t("prereq" if key == "prerequisites" else key, lang), values, lang, inline=True
        )
    _section(
        out,
        t("roles_need", lang),
        [f"{r['label']} ({r['level']}, {r['weight']:.2f})" for r in data["roles"]],
        lang,
    )
    _section(
        out,
        t("resources", lang),
        [f"{r['title']} [{r['cost']}, {r['language']}] {r['url']}" for r in data["resources"]],
        lang,
    )
    _section(
        out, t("projects", lang), [f"{p['title']} ({p['stage']})" for p in data["projects"]], lang
    )
    if data["esco"]:
        out.print(f"ESCO: {data['esco']['label']} <{data['esco']['uri']}>")
    if data["onet"]:
        out.print(f"O*NET: {data['onet']}")


@click.command()
@output_options
def mindmap(lang: str, as_json: bool) -> None:
    """Print the mind-map of AI jobs as Mermaid source (paste it into any Mermaid viewer)."""
    source = render_mindmap(default_knowledge_base(), lang)
    if as_json:
        print_json({"format": "mermaid", "source": source})
    else:
        click.echo(source, nl=False)


@click.command()
@output_options
def about(lang: str, as_json: bool) -> None:
    """Version, knowledge-base sizes, sources and the attribution notices."""
    data = about_view(default_knowledge_base())
    if as_json:
        print_json(data)
        return
    sizes = ", ".join(f"{v} {k}" for k, v in data["knowledge_base"].items())
    click.echo(f"careernav {data['version']} — {sizes}\n")
    click.echo(data["notice"])


def _section(out, title: str, values: list[str], lang: str, inline: bool = False) -> None:
    out.print(f"\n[bold]{title}[/bold]")
    if not values:
        out.print("  " + t("none", lang))
    elif inline:
        out.print("  " + escape(", ".join(values)), highlight=False)
    else:
        for value in values:
            out.print(f"  • {escape(value)}", highlight=False)


COMMANDS = [roles, role, skill, mindmap, about]
