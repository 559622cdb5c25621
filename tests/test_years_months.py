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
