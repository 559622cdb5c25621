"""A degree or field that experience may stand in for is a plus, however a Korean posting
words it."""

from __future__ import annotations

import pytest

from careernav import analyze_posting


@pytest.mark.parametrize(
    "line",
    [
        "학사 이상, 또는 이에 준하는 실무 경력",
        "컴퓨터공학 학사 또는 동등한 실무 경험",
        "학사 학위 혹은 그에 상응하는 경험",
        "학사 이상 또는 이에 준하는 경력",
        "BS in Computer Science or equivalent practical experience",
    ],
)
def test_a_degree_experience_may_stand_in_for_is_a_plus(line):
    posting = analyze_posting(f"자격요건\n- {line}\n- Python, SQL\n")
    levels = {r.id: r.level for r in posting.requirements}
    assert levels["bachelors-degree"] == "preferred"
    assert levels["python"] == levels["sql"] == "required"


def test_a_degree_asked_without_a_stand_in_stays_required():
    posting = analyze_posting(
        "자격요건\n- 컴퓨터공학 학사 이상\n- 동등한 조건의 팀원과 협업\n- Python\n"
    )
    assert {r.id: r.level for r in posting.requirements}["bachelors-degree"] == "required"
