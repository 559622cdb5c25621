"""Properties of extraction that must hold for any input."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from careernav.extract import extract_skills
from careernav.knowledge import default_knowledge_base

KB = default_knowledge_base()
LIST_ONLY = sorted({n for s in KB.skills.values() for n in s.aliases_in_lists})
NAMES = sorted({n for s in KB.skills.values() for n in s.curated_names()} - set(LIST_ONLY))
JOINERS = [" ", ", ", "\n• ", "를 ", "을 ", " 및 ", "/", "(", ") ", "·", "ㆍ", "", "\t", "—"]
# the cues of asked-for knowledge careernav quotes when no concept names it
CUES = ["Knowledge of ", "experience with the ", " and ", "에 대한 이해", "에 관한 기본 지식", "① "]

any_text = st.text(max_size=400)
skill_text = st.lists(
    st.one_of(
        st.sampled_from(NAMES),
        st.sampled_from(JOINERS),
        st.sampled_from(CUES),
        st.text(max_size=6),
    ),
    max_size=40,
).map("".join)
settings.register_profile("ci", suppress_health_check=[HealthCheck.too_slow], deadline=None)
settings.load_profile("ci")


def check_spans(text: str) -> None:
    extraction = extract_skills(text)
    last_end = 0
    for m in extraction.skills:
        assert 0 <= m.start < m.end <= len(text)
        assert text[m.start : m.end] == m.text
        assert m.start >= last_end, "mentions do not overlap and come in order"
        last_end = m.end
        assert m.id in KB.skills
    last_end = 0
    for phrase in extraction.unlisted():  # quoted phrases: in order, apart, slicing the text
        assert 0 <= phrase.start < phrase.end <= len(text)
        assert text[phrase.start : phrase.end] == phrase.text
        assert phrase.start >= last_end
        last_end = phrase.end


@given(any_text)
@settings(max_examples=300)
def test_any_unicode_gives_valid_spans(text):
    check_spans(text)


@given(skill_text)
@settings(max_examples=300)
def test_text_full_of_skill_names_gives_valid_spans(text):
    check_spans(text)


@given(skill_text)
@settings(max_examples=100)
def test_same_input_same_output(text):
    first = extract_skills(text)
    second = extract_skills(text)
    assert first.skills == second.skills
    assert first.sections == second.sections
    assert first.unlisted() == second.unlisted()


@given(st.sampled_from(NAMES))
@settings(max_examples=300)
def test_every_curated_name_is_found_on_its_own_line(name):
    skill = KB.find_skill(name)
    # a job title ("Data Engineer") is evidence in a resume, no requirement in a posting
    doc_type = "resume" if name in skill.job_titles.all() else "auto"
    hits = extract_skills(f"• {name}\n", doc_type=doc_type).skills
    assert [m.id for m in hits] == [skill.id], name


def test_names_for_lists_only_are_found_in_a_list_and_not_alone():
    assert LIST_ONLY, "the knowledge base has names that count only in a list"
    for name in LIST_ONLY:
        skill = KB.find_skill(name)
        assert [m.id for m in extract_skills(f"• {name}\n").skills] == [], name
        listed = extract_skills(f"• Python, {name}, Docker\n").skills
        assert [m.id for m in listed] == ["python", skill.id, "docker"], name


POSTING_JOINERS = [*JOINERS, " or ", ", or ", " 또는 ", " / ", "; ", " is a plus", " 우대", "\n자격요건\n",
                   "\n우대사항\n", "\nRequirements\n- ", " 3+ years of "]  # fmt: skip
posting_text = st.lists(
    st.one_of(st.sampled_from(NAMES), st.sampled_from(POSTING_JOINERS)), min_size=1, max_size=40
).map("".join)


@given(posting_text, skill_text)
@settings(max_examples=150)
def test_matching_any_posting_is_consistent(posting, resume):
    from careernav import CareernavError, analyze_posting, match

    analysis = analyze_posting(posting)
    asked = {r.id for r in analysis.requirements}
    for requirement in analysis.requirements:
        assert requirement.level in ("required", "preferred")
        assert set(requirement.alternatives) <= asked - {requirement.id}
    scores = [r.score for r in analysis.roles]
    assert all(s >= 0 for s in scores) and (sum(scores) == 0 or abs(sum(scores) - 1) < 1e-3)
    try:
        result = match(resume or "-", analysis)
    except CareernavError:
        assert not analysis.requirements
        return
    for value in (result.required_coverage, result.preferred_coverage or 0, result.score):
        assert 0 <= value <= 1
    # every requirement is counted once: by itself, or as an option of a choice; a choice
    # met by an option that is also asked alone is said once, by that option's row
    options = {o for s in result.skills for o in (s.id, *s.alternatives)}
    met_alone = {s.id for s in result.skills if s.credit and not s.alternatives}
    said_once = {r.id for r in analysis.requirements if met_alone & set(r.alternatives)}
    # ... and a choice one of whose options is asked alone as firmly is that option's ask
    # ("gitlab-ci or .NET" with ".NET" alone asks .NET): its other options are no gap
    alone = {r.id: r.level for r in analysis.requirements if not r.alternatives}
    said_once |= {
        r.id
        for r in analysis.requirements
        if any(alone.get(a) in (r.level, "required") for a in r.alternatives)
    }
    assert asked <= options | said_once
