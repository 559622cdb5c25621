"""Knowledge a posting asks for in words the knowledge base has no concept for: quoted after
"knowledge of" / "experience with" / "…에 대한 이해", never scored, and matched against the
resume's words."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from careernav import analyze_posting, extract_skills, match
from careernav.cli import main
from careernav.knowledge import default_knowledge_base
from careernav.match.views import extraction_view, match_view, posting_view

POSTING_EN = """Backend Engineer, Search

Requirements
- 3+ years of experience with Python or Go
- Deep understanding of consensus protocols and distributed systems
- Knowledge of Korean labor law for the HR tooling
- Experience in building data pipelines
- Bachelor's degree in Computer Science or related field
- Experience in a fast-paced environment

Nice to have
- Familiarity with Vespa
- Experience with feature flagging systems

Benefits
- Knowledge of our product is not needed: training on trading floor etiquette
"""

POSTING_KO = """검색 백엔드 엔지니어

자격요건
- Python 개발 경험 3년 이상
- 분산 합의 프로토콜에 대한 이해
- 업무에 대한 책임감과 이에 대한 이해

우대사항
- 한국어 발음 변이에 대한 깊은 이해
"""


def texts(items) -> list[str]:
    return [u.text for u in items]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Strong knowledge of consensus protocols.", ["consensus protocols"]),
        # each item of a coordination; a name the knowledge base knows stays its concept's
        ("Experience with Vespa or Tantivy", ["Vespa", "Tantivy"]),
        ("Knowledge of information retrieval and Python", []),
        # a concept as the head is the concept's; with only a kind of thing, its concepts'
        ("Deep understanding of consensus algorithms", []),
        ("Experience with AWS services", []),
        ("Python 개발에 대한 경험", []),
        # a concept that only qualifies the head asks for less than the phrase: quoted whole
        ("금융 규제에 대한 이해", ["금융 규제"]),
        # an activity is a skill the action phrases read, not knowledge to quote
        ("Experience in building data pipelines", []),
        # a phrase cut by a verb, a new ask or its length is not quoted in part
        ("Experience with feature flagging systems", []),
        ("Experience in devops and extensive experience with AWS", []),
        ("Knowledge of large scale low latency storage engines", []),
        # determiners, prepositions, numbers, adverbs and bare kinds of thing end it
        ("Experience in a fast-paced environment", []),
        ("Knowledge of 2 or more languages", []),
        ("Degree in a related field", []),
        ("Familiarity with tools", []),
        ("Expertise in highly available storage", []),
        # Korean puts the knowledge before its cue; a particle closes it on the left
        ("- 분산 합의 프로토콜에 대한 이해", ["분산 합의 프로토콜"]),
        ("모델의 서빙 구조에 관한 지식", ["모델의 서빙 구조"]),
        ("Java와 결제 정산 도메인에 대한 경험", ["결제 정산 도메인"]),
        ("업무에 대한 책임감과 이에 대한 이해", []),
        # words before a phrase are not its own: "등의", "기타", describing verbs, clauses
        ("MVC 등의 메시지 규격에 대한 이해", ["메시지 규격"]),
        ("기타 로봇 미들웨어에 대한 이해", ["로봇 미들웨어"]),
        ("Docker를 이용한 이미지 경량화에 대한 경험", ["이미지 경량화"]),
        ("다뤄보지 않았더라도 차량 통신 규격에 대한 이해", ["차량 통신 규격"]),
        # "전반" is the whole of what stands before it
        ("정산 시스템 전반에 대한 이해", ["정산 시스템"]),
        # English: a lone adjective that "and" split off, and a word of level, are no ask
        ("Experience with statistical and causal discovery", ["causal discovery"]),
        ("Knowledge of Tantivy preferred", ["Tantivy"]),
        # "the" before a name is skipped; a stop word after a fourth word ends it, whole
        ("Knowledge of the Fair Credit Reporting Act (FCRA)", ["Fair Credit Reporting Act"]),
        ("Knowledge of the business", []),
        (
            "Understanding of insurance claims adjudication workflows is a plus",
            ["insurance claims adjudication workflows"],
        ),
        ("Understanding of offline vs. online metric discrepancies", []),
        # a concept and a word of what kind of thing it is: the concept's
        ("Understanding of PCI DSS requirements", []),
        ("Knowledge of learning-to-rank objectives", []),
        ("ㆍ 제로 트러스트 아키텍처에 대한 이해", []),
        # glosses that only name concepts add nothing to a phrase of concepts
        ("데이터 웨어하우스 설계(스타 스키마, 차원 모델링)에 대한 이해", []),
        # the Korean bullet is no letter of the phrase; a gloss in brackets rides with it
        ("ㆍ금융 규제에 대한 이해", ["금융 규제"]),
        ("- 분산 트랜잭션(Saga 패턴)에 관한 경험", ["분산 트랜잭션(Saga 패턴)"]),
        # words of level or kind between the phrase and its cue
        ("• 셰이더 프로그래밍에 대한 기본 지식", ["셰이더 프로그래밍"]),
        ("• 지식 그래프에 관한 연구 경험", ["지식 그래프"]),
        # each item of "및" / "와·과"
        ("ㆍ 정보통신망법 및 전자서명법에 관한 지식", ["정보통신망법", "전자서명법"]),
        ("- 정산 원장과 회계 분개에 대한 이해", ["정산 원장", "회계 분개"]),
        # a list's number is no word of it; a bracket of how much is asked is no gloss
        ("2. 여신 심사(필수)에 대한 이해", ["여신 심사"]),
        ("① 부도율(PD) 추정에 대한 이해", ["부도율(PD) 추정"]),
        ("1.자금세탁방지에 대한 지식", ["자금세탁방지"]),
        ("- 쿠버네티스(필수)에 대한 실무 경험", []),
        # a gloss of concepts says the phrase is theirs
        ("• 강화학습 기반 정렬 기법(RLHF, DPO)에 대한 이해", []),
        # proper names run past "and" and four words; a name cut at "for" is not quoted
        (
            "Knowledge of Health Insurance Portability and Accountability Act",
            ["Health Insurance Portability and Accountability Act"],
        ),
        ("Knowledge of Centers for Medicare and Medicaid Services reporting rules", []),
        ("Knowledge of Vespa and Tantivy", ["Vespa", "Tantivy"]),
        # nouns in -ing
        ("Experience with speculative decoding", ["speculative decoding"]),
    ],
)
def test_phrases_after_a_cue_are_quoted_when_no_concept_names_them(sentence, expected):
    found = extract_skills("Requirements\n" + sentence, doc_type="posting").unlisted()
    assert texts(found) == expected
    for u in found:  # spans index the document's text
        assert ("Requirements\n" + sentence)[u.start : u.end] == u.text


def test_basel_iii_is_banking_regulation_not_bazel():
    found = extract_skills("자격요건\nㆍ바젤 III 자본규제에 대한 이해\n", doc_type="posting")
    assert [m.id for m in found.skills] == []
    assert [u.text for u in found.unlisted()] == ["바젤 III 자본규제"]
    assert [m.id for m in extract_skills("빌드 도구: 바젤, CMake").skills] == ["bazel", "cmake"]


def test_a_posting_asks_them_at_the_level_of_their_section_not_in_its_benefits():
    analysis = analyze_posting(POSTING_EN)
    asks = [(a.text, a.level) for a in analysis.unlisted()]
    assert asks == [
        ("consensus protocols", "required"),
        ("Korean labor law", "required"),
        ("Vespa", "preferred"),
    ]
    # the knowledge base's own names are requirements as ever, Go among them
    assert {"python", "go", "distributed-systems"} <= {r.id for r in analysis.requirements}
    view = posting_view(default_knowledge_base(), analysis, "en")
    assert [(u["text"], u["level"], u["section"]) for u in view["unlisted"]] == [
        ("consensus protocols", "required", "requirements"),
        ("Korean labor law", "required", "requirements"),
        ("Vespa", "preferred", "preferred"),
    ]


def test_a_korean_posting_quotes_its_own_words():
    asks = [(a.text, a.level) for a in analyze_posting(POSTING_KO, lang="ko").unlisted()]
    assert asks == [("분산 합의 프로토콜", "required"), ("한국어 발음 변이", "preferred")]


def test_a_match_says_whether_the_resume_names_them_and_scores_them_not():
    resume = """Experience
Backend Engineer, Acme (2019.01 ~ 2024.06)
- Implemented Raft consensus protocols in Go for a Python search service
- Ran Elasticsearch clusters; 분산 합의 프로토콜을 직접 구현
Seoul, Korea
"""
    result = match(resume, POSTING_EN)
    said = {u.text: u.in_resume for u in result.unlisted}
    assert said == {"consensus protocols": True, "Korean labor law": False, "Vespa": False}
    # any spacing or separator, a gloss optional
    spaced = match(
        "Experience\nEngineer, Acme (2019.01 ~ 2024.06)\n- PG 사 연동, 대사 업무 자동화, real time pricing\n",
        "자격요건\n- Python\n- PG사 연동에 대한 이해\n- 대사(reconciliation) 업무에 대한 경험\n"
        "- Experience with real-time pricing\n",
    )
    assert {u.text: u.in_resume for u in spaced.unlisted} == {
        "PG사 연동": True,
        "대사(reconciliation) 업무": True,
        "real-time pricing": True,
    }
    # in other words, when one line of the resume names the phrase's key words
    other_words = match(
        "Experience\nStaff Engineer, Ledgerly (2020.01 ~ 2024.06)\n"
        "- Designed a double-entry ledger service\n- Built NACHA file generation and ACH "
        "return handling\n- 정산 데이터 파이프라인 운영\n",
        "Requirements\n- Go\n- Experience with ledger design\n- Knowledge of NACHA file formats\n"
        "- Knowledge of ACH return codes\n- Knowledge of Korean labor law\n"
        "- 정산 도메인에 대한 이해\n",
    )
    assert {u.text: u.in_resume for u in other_words.unlisted} == {
        "ledger design": True,
        "NACHA file formats": True,
        "ACH return codes": True,
        "Korean labor law": False,
        "정산 도메인": True,
    }
    # "Tantivy" is no word of "Tantivyish": the words must stand on their own
    inside = match(resume + "- Tantivyish\n", "Requirements\n- Python\n- Knowledge of Tantivy\n")
    assert [(u.text, u.in_resume) for u in inside.unlisted] == [("Tantivy", False)]
    # never scored: the same match without those asks has the same coverage
    plain = match(resume, POSTING_EN.replace("consensus protocols and ", ""))
    assert plain.required_coverage == result.required_coverage
    view = match_view(result)
    assert view["unlisted"][0] == {
        "text": "consensus protocols",
        "level": "required",
        "in_resume": True,
        "start": POSTING_EN.index("consensus protocols"),
        "end": POSTING_EN.index("consensus protocols") + len("consensus protocols"),
        "section": "requirements",
    }
    korean = match(resume, POSTING_KO, lang="ko")
    assert [(u.text, u.in_resume) for u in korean.unlisted] == [
        ("분산 합의 프로토콜", True),  # a particle after the words: "알고리즘을"
        ("한국어 발음 변이", False),
    ]


def test_a_resume_claims_them_in_its_extraction_view_but_not_in_its_hobbies():
    resume = "Summary\nBackend engineer with deep knowledge of consensus protocols.\n\n"
    resume += "Hobbies\nKnowledge of medieval calligraphy\n"
    ex = extract_skills(resume, doc_type="resume")
    assert [u["text"] for u in extraction_view(ex)["unlisted"]] == ["consensus protocols"]


def said(*args: str) -> str:
    """A command's output on one line (rich wraps long lines), once it has succeeded."""
    result = CliRunner().invoke(main, list(args), env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    return " ".join(result.output.split())


def test_the_cli_shows_them_after_the_requirements_and_after_a_match(tmp_path):
    posting = tmp_path / "posting.md"
    posting.write_text(POSTING_EN, encoding="utf-8")
    resume = tmp_path / "resume.md"
    resume.write_text(
        "Experience\nEngineer, Acme (2019.01 ~ 2024.06)\n- Built consensus protocols in Go\n",
        encoding="utf-8",
    )
    assert (
        'Also asked, in words careernav has no skill for (not scored): "consensus protocols", '
        '"Korean labor law", "Vespa" (Preferred)'
    ) in said("posting", str(posting))
    assert (
        "Not in the coverage: 2 required asks in words careernav has no skill for, listed at the "
        "end (1 of 2 in your resume)"
    ) in said("match", str(resume), str(posting))
    korean = said("match", str(resume), str(posting), "--lang", "ko")
    assert (
        'careernav가 모르는 표현으로 요구하는 것 (점수에 넣지 않음): "consensus protocols" '
        '(이력서에 있음), "Korean labor law", "Vespa" (우대)'
    ) in korean
    assert "커버리지에 넣지 않은 필수 요건 2개" in korean


def test_extract_names_them_after_its_table_in_both_languages(tmp_path):
    resume = tmp_path / "resume.md"
    resume.write_text(
        "Summary\nBackend engineer with deep knowledge of consensus protocols and Python.\n\n"
        "경력\n- 정산 시스템 전반에 대한 이해를 바탕으로 Go 서비스 개발 (2020.01 ~ 2024.01)\n",
        encoding="utf-8",
    )
    assert (
        'Also named as knowledge, in words careernav has no skill for: "consensus protocols", '
        '"정산 시스템"'
    ) in said("extract", str(resume))
    korean = said("extract", str(resume), "--lang", "ko")
    assert 'careernav가 모르는 표현으로 적힌 지식: "consensus protocols"' in korean


def test_an_apply_resting_on_few_scored_asks_is_held_when_as_many_others_are_unsaid(tmp_path):
    posting = (
        "자격요건\n- SQL, Python\n- 여신 심사에 대한 이해\n- 자금세탁방지에 대한 지식\n"
        "- 바젤 III에 대한 이해\n"
    )
    resume = (
        "경력\n리스크 분석가, A캐피탈 (2019.01 ~ 2024.12)\n- SQL과 Python으로 리스크 지표 분석\n"
    )
    result = match(resume, posting, lang="ko")
    assert result.required_coverage == 1  # what it can score, the resume shows
    assert (result.verdict, result.verdict_before_unlisted) == ("stretch", "apply")
    assert match_view(result)["verdict_before_unlisted"] == "apply"
    # the resume says one of them: two unsaid against two scored still hold it
    assert match(resume + "- 여신 심사 모형 모니터링\n", posting, lang="ko").verdict == "stretch"
    # says two of them: one unsaid is too few to hold an apply
    more = match(resume + "- 여신 심사 모형 모니터링\n- 자금세탁방지 룰 개발\n", posting, lang="ko")
    assert (more.verdict, more.verdict_before_unlisted) == ("apply", None)
    (tmp_path / "r.md").write_text(resume, encoding="utf-8")
    (tmp_path / "p.md").write_text(posting, encoding="utf-8")
    shown = said("match", str(tmp_path / "r.md"), str(tmp_path / "p.md"))
    assert "held at stretch: the resume does not say as many of those" in shown
