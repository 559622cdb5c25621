"""Names that belong to someone: an employer after a job title, a company after its Korean
mark, a person in a list of authors — none of them a skill."""

from __future__ import annotations

import pytest

from careernav.extract import extract_skills


def ids(text: str, doc_type: str = "resume") -> set[str]:
    return {m.id for m in extract_skills(text, doc_type=doc_type).skills}


@pytest.mark.parametrize(
    ("text", "employer"),
    [
        ("Experience\nML Engineer @ Hugging Face (2020 – 2024)\n- Served models\n", "hugging-face"),
        ("Experience\nSenior Data Scientist at Databricks, 2021 – 2023\n", "databricks"),
        ("경력\n㈜코어AI | 연구원 | 2022.01 ~ 현재\n", "artificial-intelligence"),
        ("경력\n주식회사 코어AI 재직 (2021 ~ 2023)\n", "artificial-intelligence"),
    ],
)
def test_an_employer_is_no_skill(text, employer):
    assert employer not in ids(text)


@pytest.mark.parametrize(
    ("text", "skill"),
    [
        ("- Fine-tuned LLMs with Hugging Face at scale", "hugging-face"),
        ("- Built a lakehouse on Databricks at Acme", "databricks"),
        ("- AI 모델 개발 (주)에서 PyTorch 사용", "pytorch"),
        ("Skills: Julia, Python, Tableau Prep, Snowflake Cortex.", "tableau"),
        ("Skills: Julia, Python, Tableau Prep, Snowflake Cortex.", "julia"),
        ("Languages: Julia Programming, R", "julia"),  # a dictionary word is no surname
    ],
)
def test_a_tool_used_at_a_place_stays_a_skill(text, skill):
    assert skill in ids(text)


def test_the_first_names_of_authors_are_no_languages():
    text = (
        "Publications\nR. Kumar, Julia Meyer, S. Swift. Efficient attention for long "
        "documents. NeurIPS 2023.\nAda Park and J. Lee. Sparse retrieval. ACL 2022.\n"
    )
    assert not {"julia", "ada", "r", "swift"} & ids(text)


def test_a_language_before_its_framework_is_no_first_name():
    assert {"python", "flask"} <= ids("- Backend : Nest.js, Python Flask, etc.", "posting")


@pytest.mark.parametrize(
    ("text", "ids"),
    [
        ("Questions? Contact Ray, our Head of Sales, or Jenkins (our CFO).", []),
        ("Authors: Ray Kim, Julia Meyer, S. Swift", []),
        (
            "Experience with Ray Serve and Ray Tune; Jenkins pipelines.",
            ["ray", "ray-tune", "jenkins"],
        ),
        ("We use Ray, the distributed framework, and Jenkins.", ["ray", "jenkins"]),
    ],
)
def test_a_tool_named_as_a_person_is_a_person(text, ids):
    assert [m.id for m in extract_skills(text).skills] == ids
