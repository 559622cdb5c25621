"""Years stated with months ("총 경력 7년 9개월", "3 years 2 months") keep their months."""

from __future__ import annotations

from datetime import date

import pytest

from careernav import match
from careernav.extract import extract_skills
from careernav.extract.years import find_years

TODAY = date(2026, 11, 22)


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("총 경력 7년 9개월", 7.75),
        ("3년 2개월", 3.17),
        ("경력 2년 6개월 이상", 2.5),
        ("7 years 9 months of experience", 7.75),
        ("3 yrs and 2 mos", 3.17),
        ("March 2022 - Present (4 years 9 months)", 4.75),
    ],
)
def test_months_after_the_years_are_a_share_of_a_year(text, years):
    [phrase] = find_years(text)
    assert phrase.years == years


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("경력 5년 이상", 5),  # no months: a whole number, as before
        ("7년 12개월", 7),  # twelve months are no share of a year
        ("3~5년 6개월", 3),  # the months of which end of the range?
        ("5+ years, 6 months probation", 5),  # a minimum, and the months are another matter
        ("5+ years 6 months", 5),
        ("2 years 3 monthly reports", 2),
    ],
)
def test_months_that_are_no_part_of_the_years_are_left_out(text, years):
    [phrase] = find_years(text)
    assert phrase.years == years and isinstance(phrase.years, int)


def test_a_ceiling_with_months_is_still_a_ceiling():
    assert find_years("경력 1년 6개월 이하") == []


def test_a_resume_stating_years_and_months_shows_them():
    posting = "Requirements\n- 5+ years of experience in data analysis\n- SQL, Python\n"
    resume = "Summary\n총 경력 7년 9개월 데이터 분석가\nSkills\nSQL, Python"
    assert match(resume, posting, today=TODAY).years_shown == 7.75
    english = "Summary\nData analyst, 4 years 6 months of experience\nSkills\nSQL, Python"
    result = match(english, posting, today=TODAY)
    assert result.years_shown == 4.5 and result.years_asked == 5


def test_a_posting_asking_years_and_months_asks_them():
    posting = extract_skills("자격요건\n- 경력 2년 6개월 이상\n- Python 3년 2개월 이상\n")
    assert posting.years == 2.5
    assert [(m.id, m.years) for m in posting.skills] == [("python", 3.17)]


def test_how_long_one_job_lasted_is_no_statement_of_a_career():
    resume = "경력\n㈜글로벌무역 — 인턴 (2년 4개월)\n- Excel 보고서 작성\n"
    assert extract_skills(resume, doc_type="resume").years is None
    stated = "경력사항 (총 8년 11개월)\n2021.07 ~ 재직중 (주)스텔라데이터\n- Python\n"
    assert extract_skills(stated, doc_type="resume").years == 8.92
    # a posting's bare ask is still the career asked for
    assert extract_skills("자격요건\n- 3년 이상\n- Python\n", doc_type="posting").years == 3
    # years said in running text are the writer's career, whatever the line names
    said = "About\nML engineer with 8 years building recommendation and ranking systems.\n"
    assert extract_skills(said, doc_type="resume").years == 8


@pytest.mark.parametrize(
    ("text", "before", "after"),
    [
        # years in brackets speak of what stands before them, not of what follows
        (
            "Former math teacher (8 years) who retrained as an ML engineer.",
            "mathematics",
            "machine-learning",
        ),
        # "…하다가" ends what was done before the change
        (
            "공인회계사로 6년간 감사와 재무 분석을 하다가 데이터 분석가로 전직했습니다.",
            "finance",
            "data-analysis",
        ),
    ],
)
def test_years_of_a_former_job_are_not_the_next_ones(text, before, after):
    years = {m.id: m.years for m in extract_skills(text, doc_type="resume").skills}
    assert years[before] and not years[after]


@pytest.mark.parametrize(
    ("line", "low", "high"),
    [
        ("경력 3~7년", 3, 7),
        ("경력 2년 이상 ~ 7년 이하", 2, 7),
        ("3-5 years of experience", 3, 5),
        ("5+ years of experience", 5, None),
        ("경력 3년 이상", 3, None),
    ],
)
def test_a_range_of_years_asked_keeps_its_top(line, low, high):
    posting = extract_skills(f"자격요건\n- {line}\n- Python\n", doc_type="posting")
    assert (posting.years, posting.years_high) == (low, high)


def test_years_above_the_range_asked_are_said_and_cost_nothing():
    resume = "Experience\nData Engineer, Acme (Jan 2012 – Dec 2024)\n- Python, SQL, Airflow\n"
    result = match(resume, "Requirements\n- 3-5 years of experience\n- Python, SQL, Airflow\n")
    assert result.years_asked_high == 5 and result.years_credit == 1.0
    assert result.verdict == "apply"
    from careernav.match.views import match_view

    assert match_view(result)["experience"]["above_range"] is True
