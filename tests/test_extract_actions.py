"""Skills named by what someone did: a verb and its object ("Deployed … models", "모델을 배포")."""

from __future__ import annotations

import pytest

from careernav import match
from careernav.extract import extract_skills


def actions(text: str, doc_type: str = "resume") -> list[tuple[str, str]]:
    """(concept, verb) of each mention found by a verb and its object."""
    return [
        (m.id, m.text) for m in extract_skills(text, doc_type=doc_type).skills if m.how == "action"
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # verb first, words between
        (
            "• Deployed a real-time ranking model behind a FastAPI service",
            ("model-deployment", "Deployed"),
        ),
        (
            "Evaluated 12 candidate models with stratified cross-validation",
            ("model-evaluation", "Evaluated"),
        ),
        ("Tuned the hyperparameters of gradient-boosted trees", ("hyperparameter-tuning", "Tuned")),
        ("Mentored 2 junior engineers on code quality", ("networking-and-mentoring", "Mentored")),
        ("Cleaned and validated raw sensor data.", ("data-cleaning", "Cleaned")),
        # object first, with auxiliaries only between
        ("Our churn model was deployed to production in May.", ("model-deployment", "deployed")),
        # beyond ML: security, vision, infrastructure, teamwork
        ("Rotated database credentials with Vault", ("secrets-management", "Rotated")),
        ("Calibrated stereo cameras for depth", ("camera-calibration", "Calibrated")),
        ("Decomposed the monolith into 12 services", ("microservices", "Decomposed")),
        ("Planned sprints with the product owner", ("scrum", "Planned")),
        # irregular past forms
        ("Led a team of 4 data scientists", ("leadership", "Led")),
        ("Published 2 papers at ACL and EMNLP", ("research-publication", "Published")),
        # hyphenated words
        ("Co-authored 3 papers on RL", ("research-publication", "Co-authored")),
        ("Tuned hyper-parameters with Optuna", ("hyperparameter-tuning", "Tuned")),
        # a list of verbs that share the object: the nearest verb takes it
        ("Trained, tuned and deployed models for search ranking", ("model-deployment", "deployed")),
    ],
)
def test_english_verbs_with_their_object_name_the_skill(text, expected):
    assert expected in actions(text)


@pytest.mark.parametrize(
    "text",
    [
        "Deployed the model registry to a new cluster.",  # the object is a modifier
        "Deployed monitoring for models in production.",  # the object belongs to "for"
        "Built a model and deployed the website.",  # the verb has another object
        "Deployed the cluster and reviewed model metrics.",  # "deployed" had its object
        "We deploy to staging twice a day.",  # no object at all
        "Our business model is evaluated quarterly by the board members.",
    ],
)
def test_english_verbs_without_that_object_name_nothing(text):
    assert "model-deployment" not in [sid for sid, _ in actions(text)]

    if "board" in text:  # "business model ... evaluated": an auxiliary, but a 2-word gap
        assert actions(text) == [("model-evaluation", "evaluated")]


def test_an_object_that_only_begins_another_name_is_not_the_object():
    # "clean … data marts": the object is "data marts" (a name of its own), not data
    assert actions("Build clean, well-tested data marts for finance.") == []
    assert actions("Cleaned data from three CRMs.") == [("data-cleaning", "Cleaned")]
    assert actions("고객 데이터를 정제했습니다.") == [("data-cleaning", "정제")]


def test_the_verb_is_the_evidence_and_spans_slice_the_text():
    text = "경력\n- Deployed a real-time ranking model behind a FastAPI service"
    extraction = extract_skills(text, doc_type="resume")
    for m in extraction.skills:
        assert text[m.start : m.end] == m.text
    deployed = next(m for m in extraction.skills if m.id == "model-deployment")
    assert (deployed.text, deployed.how, deployed.section) == ("Deployed", "action", "experience")
    # the name inside the clause still counts as itself
    assert {"learning-to-rank", "fastapi"} <= {m.id for m in extraction.skills}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("추천 모델을 서버에 배포했습니다.", ("model-deployment", "배포")),
        ("하이퍼파라미터를 Optuna로 튜닝하여 AUC를 높였습니다", ("hyperparameter-tuning", "튜닝")),
        ("로그 데이터를 수집, 정제하여 적재", ("data-cleaning", "정제")),
        ("로그 데이터를 수집, 정제하여 적재", ("data-collection", "수집")),
        ("모델의 성능을 오프라인 지표로 평가", ("model-evaluation", "평가")),
        # a modifier before its noun
        ("배포한 모델의 지연 시간을 줄임", ("model-deployment", "배포")),
        ("사내 API를 설계하고 개발했습니다", ("rest-api", "설계")),
        # an aside in brackets between the object and its particle
        ("추천 모델(Two-Tower)을 학습하고 Triton으로 서빙", ("model-serving", "서빙")),
        ("MySQL 쿼리를 튜닝하여 응답 시간 40% 단축", ("query-optimization", "튜닝")),
        ("악성코드를 분석하여 IOC 도출", ("malware-analysis", "분석")),
        ("CCTV 영상에서 얼굴을 인식", ("face-recognition", "인식")),
        ("영수증 이미지의 문자를 인식", ("ocr", "인식")),
        # a list that ends in the object
        ("서비스 데이터 및 로그를 수집", ("data-collection", "수집")),
        # a bare verbal noun before a noun that completes it
        ("사내 모델을 서버에 배포 완료", ("model-deployment", "배포")),
        # a count between the object and its verb
        ("팀원 4명을 리드하며 일정을 관리", ("leadership", "리드")),
        ("논문 2편을 ACL에 게재", ("research-publication", "게재")),
    ],
)
def test_korean_objects_with_their_verb_name_the_skill(text, expected):
    assert expected in actions(text)


@pytest.mark.parametrize(
    "text",
    [
        "웹 서버에 배포했습니다",  # where, not what
        "리눅스 배포판을 설치",  # 배포판 is another word
        "모델링을 평가받았습니다",  # 모델링 is not 모델
        "모델을 학습하고 결과를 배포",  # the verb's object is the results
        "트래픽 처리 경험과 분산 캐시를 통한 튜닝",  # 분산 캐시: a distributed cache
    ],
)
def test_korean_verbs_without_that_object_name_nothing(text):
    assert actions(text) == []


def test_a_verb_inside_a_name_is_that_name_only():
    mentions = extract_skills("배포 자동화 파이프라인을 구축", doc_type="resume").skills
    assert [(m.id, m.text) for m in mentions] == [("ci-cd", "배포 자동화")]


def test_korean_names_made_verbs_with_hada_are_found():
    got = {
        m.id: m.text
        for m in extract_skills("데이터를 시각화하여 보고, 코드를 리팩토링했습니다").skills
    }
    assert got["data-visualization"] == "시각화"
    assert got["clean-code"] == "리팩토링"
    assert "gaming-industry" not in {m.id for m in extract_skills("게시판을 운영").skills}


def test_a_resume_that_describes_deploying_models_is_not_told_it_lacks_deployment():
    resume = """Experience
Machine Learning Engineer, Acme (2021 – 2024)
- Deployed a real-time ranking model behind a FastAPI service on Kubernetes
- Tuned the hyperparameters of LightGBM models; evaluated models offline with NDCG
"""
    result = match(resume, role="ml-engineer")
    covered = {s.id for s in result.skills if s.credit == 1}
    assert {"model-deployment", "hyperparameter-tuning", "model-evaluation"} <= covered
    missing = {s.id for s in result.missing}
    assert "model-deployment" not in missing
    evidence = next(s for s in result.skills if s.id == "model-deployment").resume_evidence
    assert evidence[0].text == "Deployed"


def test_postings_state_actions_as_requirements_too():
    posting = "Requirements\n- Experience deploying deep learning models to production"
    assert ("model-deployment", "deploying") in actions(posting, doc_type="posting")


def test_a_verb_whose_object_is_already_that_skill_adds_nothing():
    mentions = extract_skills("• RESTful API 개발 경험", doc_type="posting").skills
    assert [(m.id, m.text, m.how) for m in mentions] == [("rest-api", "RESTful API", "alias")]


def test_a_verb_that_is_a_generic_name_gives_way_to_its_action():
    # "모니터링" alone is observability; with a model as its object it is model monitoring
    mentions = extract_skills("추천 모델을 모니터링했습니다", doc_type="resume").skills
    assert [(m.id, m.how) for m in mentions] == [
        ("recommender-systems", "alias"),
        ("model-monitoring", "action"),
    ]
    assert [m.id for m in extract_skills("로그를 모니터링").skills] == ["observability"]


def test_batch_output_marks_a_verb_mention():
    import json

    from click.testing import CliRunner

    from careernav.cli import main

    line = json.dumps({"id": 7, "text": "Deployed ranking models with FastAPI"}) + "\n"
    result = CliRunner().invoke(main, ["extract", "--jsonl", "-"], input=line)
    [record] = [json.loads(x) for x in result.output.splitlines()]
    first = record["skills"][0]
    assert (first["id"], first["text"], first.get("action")) == (
        "model-deployment",
        "Deployed",
        True,
    )
    assert all("action" not in s for s in record["skills"][1:])


def test_verbs_whose_object_has_another_sense_name_nothing():
    # data augmented from other sources is data integration; business performance is not speed
    for text in (
        "Augment data collection procedures",
        "Augmenting data from internal sources",
        "Make recommendations to optimize performance based on insights",
    ):
        assert actions(text, doc_type="posting") == []


def test_a_name_is_shown_as_evidence_before_a_verb():
    resume = "Experience\n- Designed prompts for support bots\nSkills\nPrompt engineering, Python"
    result = match(resume, role="llm-engineer")
    prompt = next(s for s in result.skills if s.id == "prompt-engineering")
    assert [m.how for m in prompt.resume_evidence] == ["alias", "action"]
    assert prompt.resume_evidence[0].text == "Prompt engineering"


def test_a_job_title_and_a_bare_noun_before_the_verb_are_not_its_object():
    # "Prompt Engineer" is a title: object first only in the passive
    assert actions("Prompt Engineer / AI Agent Developer") == []
    assert actions("Features engineered from 40 sources") == [("feature-engineering", "engineered")]
    # "쿼리 분석 파이프라인 개선" improves the pipeline, not the queries
    assert actions("쿼리 분석 파이프라인 개선") == []
    assert actions("SQL 쿼리 개선으로 응답 시간 단축") == [("query-optimization", "개선")]
    assert actions("모델 학습 및 배포") == [("model-deployment", "배포")]


@pytest.mark.parametrize(
    "text",
    [
        "As an AI Engineer you'll ship product features to millions of users",
        "We hire an engineer who features in our talks",
    ],
)
def test_a_verb_word_used_as_a_noun_names_no_action(text):
    assert "feature-engineering" not in {m.id for m in extract_skills(text).skills}


@pytest.mark.parametrize(
    "text",
    [
        "- Engineered features for the churn model",
        "Summary: Engineered features for churn models",
        "Cleaned the logs; Engineered features for the ranking model",
    ],
)
def test_a_capitalised_verb_that_opens_an_item_or_a_clause_is_a_verb(text):
    assert "feature-engineering" in {m.id for m in extract_skills(text).skills}


@pytest.mark.parametrize(
    "text",
    [
        "Research approaches that work with little labeled data",
        "Models fine-tuned on labeled data from our customers",
        "Monitoring for deployed models and weakly labeled images",
    ],
)
def test_a_participle_that_describes_its_noun_is_no_action(text):
    found = {m.id for m in extract_skills(text).skills}
    assert not {"data-labeling", "model-deployment"} & found


@pytest.mark.parametrize(
    ("text", "skill"),
    [
        ("- Labeled 40k images and data for the OCR team", "data-labeling"),
        ("I labeled data for the NER model", "data-labeling"),
        ("- Deployed models to production on Kubernetes", "model-deployment"),
    ],
)
def test_a_participle_that_says_what_was_done_is_an_action(text, skill):
    assert skill in {m.id for m in extract_skills(text).skills}


@pytest.mark.parametrize(
    "text",
    [
        "- 석사과정 학생 2명 연구 지도",
        "- 학부 인턴 3명 프로젝트 지도",
        "- Supervised 4 research interns",
    ],
)
def test_supervising_students_in_their_research_is_mentoring(text):
    assert "networking-and-mentoring" in {m.id for m in extract_skills(text).skills}
