"""Skills with evidence: spans, boundaries, Korean particles, longest match, variants, typos."""

from __future__ import annotations

import pytest

from careernav.extract import extract_skills


def ids(text: str, **kwargs) -> list[str]:
    return [m.id for m in extract_skills(text, **kwargs).skills]


def found(text: str) -> dict[str, str]:
    """concept id -> the text that showed it (first mention)."""
    result: dict[str, str] = {}
    for m in extract_skills(text).skills:
        result.setdefault(m.id, m.text)
    return result


def test_spans_slice_to_the_matched_text():
    text = "• Python, PyTorch 기반 딥러닝 모델 개발 경험\n• Kubernetes(k8s) 운영"
    extraction = extract_skills(text)
    assert extraction.skills
    for m in extraction.skills:
        assert text[m.start : m.end] == m.text
    assert [m.id for m in extraction.skills] == [
        "python",
        "pytorch",
        "deep-learning",
        "kubernetes",
        "kubernetes",
    ]


def test_single_letter_languages_need_exact_spelling_and_boundaries():
    assert found("Languages: C, R, Go and Java.") == {
        "c": "C",
        "r": "R",
        "go": "Go",
        "java": "Java",
    }
    assert "go" not in ids("We go to the market and go home.")
    assert "r" not in ids("R&D 센터에서 근무")
    assert "c" not in ids("Series C 투자 유치")


def test_java_is_not_javascript_and_ml_is_not_in_html():
    assert ids("JavaScript와 Java 모두 가능") == ["javascript", "java"]
    got = ids("HTML5, CSS3 퍼블리싱")
    assert "machine-learning" not in got
    assert "html" in got and "css" in got


def test_korean_particles_and_suffixes():
    got = found(
        "파이썬을 활용한 분석, PyTorch를 이용한 학습, 딥러닝 기반 추천, 쿠버네티스에서 운영"
    )
    assert got["python"] == "파이썬"
    assert got["pytorch"] == "PyTorch"
    assert got["deep-learning"] == "딥러닝"
    assert got["kubernetes"] == "쿠버네티스"


def test_korean_bullets_and_middle_dots_glued_to_a_name():
    # ㆍ (U+318D) is a bullet or a list dot, ㅇ a 공문서 bullet: neither is part of the word
    assert ids("ㆍ파이썬 가능자\nㆍ쿠버네티스 클러스터 운영\nㅇ도커 사용 경험") == [
        "python",
        "kubernetes",
        "docker",
    ]
    assert ids("파이썬ㆍ딥러닝ㆍSQL, PythonㆍPyTorch") == [
        "python",
        "deep-learning",
        "sql",
        "python",
        "pytorch",
    ]
    # a name inside a longer Hangul word is still not found
    assert ids("파이썬닉한 코드") == []


def test_longest_match_wins():
    got = found("Spring Boot와 Apache Spark 경험")
    assert got["spring-boot"] == "Spring Boot"
    assert got["apache-spark"] == "Apache Spark"
    assert "spring" not in got


def test_case_spacing_and_script_variants():
    for spelling in ("TensorFlow", "Tensorflow", "tensor flow", "텐서플로"):
        assert ids(f"{spelling} 2.x 사용") == ["tensorflow"], spelling
    for spelling in ("자연어처리", "자연어 처리", "NLP"):
        assert ids(f"{spelling} 모델 개발") == ["nlp"], spelling


def test_acronyms():
    got = ids("k8s, RAG, LLM, CI/CD")
    assert got == ["kubernetes", "rag", "llm", "ci-cd"]


def test_typos_only_where_unambiguous():
    got = extract_skills("Experience with Pytroch and Kubernets required").skills
    assert [(m.id, m.how) for m in got] == [("pytorch", "typo"), ("kubernetes", "typo")]
    # A lower-case ordinary word one letter away from a tool name is left alone.
    assert ids("the string was read from the spring config") == []


def test_six_letter_names_with_two_neighbouring_letters_swapped():
    got = extract_skills("언어: Pyhton, SQL, Scala(기초). Kotiln 입문").skills
    assert [(m.id, m.how) for m in got] == [
        ("python", "typo"),
        ("sql", "alias"),
        ("scala", "alias"),
        ("kotlin", "typo"),
    ]
    # Other slips of six-letter names are too close to other words to be sure.
    assert ids("Pythn, Pythons, Pyton, Season Record, Action items") == []


def test_common_nouns_in_either_number():
    text = "Built the revenue dashboard; ran an A/B test; fine-tuned LLMs; a predictive model"
    got = [(m.id, m.text) for m in extract_skills(text).skills]
    assert got == [
        ("dashboarding", "dashboard"),
        ("ab-testing", "A/B test"),
        ("fine-tuning", "fine-tuned"),
        ("llm", "LLMs"),
        ("predictive-modeling", "predictive model"),
    ]
    # Product names keep their own spelling: "Panda" is not pandas.
    assert ids("a panda and a rail journey") == []


def test_phrases_that_hold_a_name_but_mean_something_else():
    # The people who lead, and tools for working together, are not the soft skills.
    text = "Presented results to senior leadership. Git 등 협업 도구 사용 경험. 원활한 협업 능력"
    # (presenting results is the presentation skill: a verb and its object, `actions`)
    assert ids(text) == ["presentation", "git", "collaboration"]
    assert ids("Technical leadership of a team of four") == ["leadership"]
    # A phrase vetoes only its own concept: the other names inside it still count.
    assert ids("Join our Core ML team") == ["machine-learning"]
    got = [(m.id, m.text) for m in extract_skills("한국어 LLM 평가, 한국어 능통").skills]
    assert got == [("llm-evaluation", "LLM 평가"), ("korean", "한국어 능통")]


def test_departments_and_labs_name_their_field():
    text = "학력\nKAIST 전산학부 석사\n고려대학교 통계학과 졸업\n경력\n자연어처리연구실 연구원"
    got = [(m.id, m.text) for m in extract_skills(text, doc_type="resume").skills]
    assert got == [
        ("computer-science", "전산학"),
        ("masters-degree", "석사"),
        ("statistics", "통계학"),
        ("nlp", "자연어처리"),
    ]


def test_an_english_word_is_not_a_typo_of_a_tool_name():
    # One letter from Detectron, Perceptron and DirectX, but English words.
    text = "Detection and Perception teams. Directs the roadmap. Coaching juniors."
    assert [m.how for m in extract_skills(text).skills if m.how == "typo"] == []
    # Its own singular or plural still counts, and real misspellings still do.
    got = extract_skills("Container in production, Kubernates").skills
    assert [(m.id, m.how) for m in got] == [("docker", "typo"), ("kubernetes", "typo")]


def test_years_attach_to_the_skill_on_the_same_line():
    text = "자격요건\n• Python 3년 이상 실무 경험\n• 5+ years of SQL\n• 경력 5년 이상"
    extraction = extract_skills(text, doc_type="posting")
    years = {m.id: m.years for m in extraction.skills}
    assert years["python"] == 3
    assert years["sql"] == 5
    assert extraction.years == 5


def test_years_written_after_each_name_are_that_names():
    def years(text, doc_type="resume"):
        return {m.id: m.years for m in extract_skills(text, doc_type=doc_type).skills}

    assert years("기술: Python 5년, PyTorch 1년") == {"python": 5, "pytorch": 1}
    assert years("Skills: Python: 5 years; SQL: 3 years") == {"python": 5, "sql": 3}
    assert years("Python 5년 이상, PyTorch·TensorFlow 3년 이상", "posting") == {
        "python": 5,
        "pytorch": 3,
        "tensorflow": 3,
    }
    # written before the names, each still owns its half
    assert years("5+ years of Python, 3+ years of PyTorch", "posting") == {
        "python": 5,
        "pytorch": 3,
    }


def test_years_ranges_take_the_lower_bound_and_ignore_dates():
    text = "Requirements\n- 3~5년 Java 개발 경험\n- 2023년 입사자\n- 2-4 years with Docker"
    years = {m.id: m.years for m in extract_skills(text, doc_type="posting").skills}
    assert years["java"] == 3
    assert years["docker"] == 2


def test_years_spelled_out():
    text = (
        "Requirements\n- Two years of experience with AWS\n- Five or more years of Python\n"
        "- three (3) years of SQL\n- Someone who knows Docker"
    )
    years = {m.id: m.years for m in extract_skills(text, doc_type="posting").skills}
    assert years == {"aws": 2, "python": 5, "sql": 3, "docker": None}


def test_a_span_of_data_or_an_age_is_not_experience():
    text = (
        "Projects\n- Demand forecast with LightGBM on 3 years of sales, MAPE 8%\n"
        "- PyTorch model trained on 10 years of historical data\n- 3년치 로그를 Spark로 분석\n"
        "Experience\n- 5 years of sales experience, 2 years of SQL"
    )
    years = {m.id: m.years for m in extract_skills(text, doc_type="resume").skills}
    assert years == {
        "predictive-modeling": None,  # "Demand forecast"
        "lightgbm": None,
        "pytorch": None,
        "apache-spark": None,
        "sql": 2,
    }


def test_sections_are_attached_to_mentions():
    text = (
        "주요업무\n- PyTorch 모델 개발\n자격요건\n- Python\n우대사항\n- Kubernetes\n"
        "복지\n- 최신 MacBook, AWS 자격증 응시료 지원\n"
    )
    by_id = {m.id: m.section for m in extract_skills(text, doc_type="posting").skills}
    assert by_id["pytorch"] == "responsibilities"
    assert by_id["python"] == "requirements"
    assert by_id["kubernetes"] == "preferred"
    assert by_id["aws-certification"] == "benefits"


def test_empty_and_skill_free_text():
    assert extract_skills("").skills == []
    assert extract_skills("성실하고 밝은 분을 기다립니다.").skills == []


def test_labels_follow_the_language():
    en = extract_skills("딥러닝", lang="en").skills[0]
    ko = extract_skills("deep learning", lang="ko").skills[0]
    assert en.label == "Deep learning" and ko.label == "딥러닝"
    # a product keeps its own name in Korean, as Korean postings and the notes write it;
    # its transliteration is still read
    assert [m.label for m in extract_skills("파이토치, PyTorch", lang="ko").skills] == [
        "PyTorch",
        "PyTorch",
    ]


def test_nothing_is_found_inside_links_or_addresses():
    text = "Apply at https://jobs.example.com/python-ml or write to python.jobs@example.com. Python required."
    got = extract_skills(text).skills
    assert [(m.id, m.text) for m in got] == [("python", "Python")]
    assert got[0].start == text.rindex("Python")
    # an address inside a link, a "+" in an address, several addresses
    text = "Mail ml+java@co.ai, react.dev@x.io; see www.go.dev/doc?q=sql@mirror.org or SQL"
    assert ids(text) == ["sql"]


def test_bare_links_and_the_names_that_label_them_are_not_skills():
    # resumes' contact lines: a link without a scheme, labelled with its own site's name
    text = (
        "이메일: a@b.kr | GitHub: github.com/sypark-ml/python-tools | LinkedIn - linkedin.com/in/sy\n"
        "Kaggle: https://www.kaggle.com/sypark\n"
        "기술: Git, GitHub Actions, ASP.NET, Node.js\n"
        "GitHub: 공개 저장소 12개 운영"
    )
    got = [(m.id, m.text) for m in extract_skills(text).skills]
    assert got == [
        ("git", "Git"),
        ("github-actions", "GitHub Actions"),
        ("aspnet", "ASP.NET"),
        ("nodejs", "Node.js"),
        ("github", "GitHub"),  # labels a line of its own, not a link
    ]


def test_degrees_written_short():
    assert found("M.S. in Statistics, 2021") == {
        "masters-degree": "M.S.",
        "statistics": "Statistics",
    }
    assert ids("PhD or MS in Computer Science") == ["phd", "masters-degree", "computer-science"]
    assert ids("BS/MS in Physics") == ["bachelors-degree", "masters-degree", "physics"]
    # alone, MS is Microsoft's: not a degree; before "in" and a field it is one
    assert ids("Excel, MS Teams, Jira; latency under 10 ms") == ["excel", "jira"]
    assert found("MS in Statistics from KAIST, 2019") == {
        "masters-degree": "MS",
        "statistics": "Statistics",
    }
    assert ids("MS in Azure; MS Office") == ["azure", "ms-office"]
    assert ids("Masters/PhD preferred") == ["masters-degree", "phd"]


def test_degrees_named_by_their_level_not_their_title():
    # "a university degree", "College degree", "advanced degree": what postings ask most
    assert found("Requirements: a university degree in computer science") == {
        "bachelors-degree": "university degree",
        "computer-science": "computer science",
    }
    assert found("College degree required; advanced degree preferred.") == {
        "bachelors-degree": "College degree",
        "masters-degree": "advanced degree",
    }
    assert found("BS/BA degree in Mathematics or a post-graduate degree") == {
        "bachelors-degree": "BS/BA degree",
        "mathematics": "Mathematics",
        "masters-degree": "post-graduate degree",
    }
    # "undergraduate" is not read as "graduate"
    assert ids("Undergraduate degree in Physics") == ["bachelors-degree", "physics"]
    assert ids("4년제 대학 졸업 이상, 석사 학위 소지자 우대") == [
        "bachelors-degree",
        "masters-degree",
    ]


def test_names_of_everyday_engineering_found_as_written():
    assert found("Built a retrieval-augmented chatbot over contracts")["rag"] == (
        "retrieval-augmented"
    )
    assert found("transformer-based dense retrieval")["transformer"] == "transformer-based"
    assert found("UI testing with modern testing frameworks") == {"software-testing": "UI testing"}
    assert found("형태소 분석기 Mecab, KoBART 기반 뉴스 요약기") == {
        "morphological-analysis": "형태소 분석기",
        "mecab-ko": "Mecab",
        "korean-plm": "KoBART",
        "text-summarization": "요약기",
    }
    # Korean as the language of what was built is not the person's Korean
    assert ids("한국어 뉴스 요약기 개발; 한국어 능통") == ["text-summarization", "korean"]
    assert ids("Built a Korean news summarizer") == ["text-summarization"]
    # "forecasting" alone counts in a list of skills only
    assert "time-series-analysis" in ids("Skills: forecasting, SQL, Tableau")
    assert "time-series-analysis" not in ids("Weather forecasting is hard.")


def test_names_that_are_people_dates_or_verbs_are_not_skills():
    # authors' initials and the names after them
    assert ids("Kim, J., R. Stone, and L. Ray. Speech at scale. S. Julia et al.") == []
    # ... but a one-letter language that ends a sentence is still one
    assert ids("Python or R. Java is a plus.") == ["python", "r", "java"]
    # seasons with a year or a term
    assert ids("TA, Spring 2023 through Fall 2024; Spring semester") == []
    assert ids("Java, Spring, Go") == ["java", "spring", "go"]
    # "Go" the verb
    assert ids("Go out to the field twice a quarter. Go beyond the model.") == []
    assert ids("Proficient in Python or Go to build services") == ["python", "go"]


def test_question_answering_is_not_quality_assurance_and_lio_sam_is_not_sam():
    assert ids("사내 규정 QA 챗봇, 한국어 QA 시스템") == [
        "question-answering",
        "question-answering",
    ]
    assert ids("Skills: QA, Selenium") == ["software-testing", "selenium"]
    assert ids("SLAM: Cartographer, LIO-SAM") == ["slam", "cartographer"]
    assert ids("B.Tech. Electronics and Communication; strong communication skills") == [
        "bachelors-degree",
        "communication",
    ]
    assert ids("게임 환경(StarCraft II, Atari)에서 강화학습 실험") == ["reinforcement-learning"]


def test_a_phd_under_way_or_offered_and_internal_mobility_are_not_what_they_name():
    # a PhD student or candidate does not hold one; a posting offering a PhD position does
    # not ask for one
    assert ids("PhD candidate at KAIST, working with PhD students") == []
    assert ids("The PhD student will join the PhD programme of the faculty.") == []
    assert ids("Ph.D. in Physics, 2019; PhD required") == ["phd", "physics", "phd"]
    assert ids("컴퓨터공학 박사과정 재학 중; 석박사 과정 재학생 우대") == ["computer-science"]
    assert ids("박사 학위 소지자 또는 석사 이상") == ["phd", "masters-degree"]
    # moving between jobs is not the mobility industry
    assert ids("Internal mobility program and international mobility rules") == []
    assert ids("a shared mobility company; mobility experience is a plus") == [
        "automotive",
        "automotive",
    ]


def test_the_language_of_an_application_is_not_a_skill_asked_for():
    text = (
        "Application\nThe application must be in English and include a CV. Apply online in "
        "English. We offer free English classes.\nRequirements\n- Fluent in German and English"
    )
    assert [(m.id, m.section) for m in extract_skills(text).skills] == [
        ("german", "requirements"),
        ("english", "requirements"),
    ]


def test_a_name_written_by_hand_overrides_one_derived_for_another_concept():
    # ESCO lists "edge computing" under cloud technologies
    assert found("Experience with edge computing and on-device inference") == {
        "edge-ai": "edge computing"
    }
    assert ids("클라우드 네이티브, 엣지 컴퓨팅") == ["cloud-computing", "edge-ai"]


def test_short_names_are_not_found_across_words():
    assert ids("Python, such as R and SQL") == ["python", "r", "sql"]  # not "as R" = ASR
    assert ids("NER and ASR models") == ["named-entity-recognition", "speech-recognition"]
    assert ids("Tensor Flow, scikit learn") == ["tensorflow", "scikit-learn"]


def test_lower_case_names_count_in_a_list_of_skills():
    # resumes' skill lines and job boards' tag lines write case-sensitive names in lower case
    assert [(m.id, m.how) for m in extract_skills("skills: python, go, docker, r").skills] == [
        ("python", "alias"),
        ("go", "list"),
        ("docker", "alias"),
        ("r", "list"),
    ]
    assert ids("Technologies: java spring linux") == ["java", "spring", "linux"]
    assert ids("go, rust, python") == ["go", "rust", "python"]  # a list of several such names
    assert ids("react와 typescript, c / c++ 가능") == ["react", "typescript", "c", "cpp"]


def test_lower_case_names_outside_a_list_stay_words():
    assert ids("We go to the spring fair and react to feedback.") == []
    assert ids("Python developers go home early") == ["python"]  # one neighbour, only spaces
    assert ids("We can go further with SQL") == ["sql"]
    assert ids("python, can, was") == ["python"]  # acronyms (CAN, WAS) are never lower case
    assert ids("Acme inc. is hiring Python developers") == ["python"]


def test_names_that_are_common_words_in_lower_case_need_their_spelling():
    assert ids("Store user ids per video clip; contact Hubert at Acme plc about the rails.") == []
    assert ids("CLIP, GloVe, HuBERT, IDS/IPS, CDC, PLC, Rails") == [
        "vision-language-models",
        "word-embeddings",
        "wav2vec",
        "ids-ips",
        "cdc",
        "plc",
        "ruby-on-rails",
    ]


def test_korean_words_with_another_everyday_sense_are_not_names():
    assert ids("mRNA 백신 개발 연구원, 게임 원화 아트웍 담당") == ["gaming-industry"]
    assert ids("백신 프로그램과 EDR 운영, PCB 아트웍 경험") == [
        "endpoint-security",
        "endpoint-security",
        "pcb-design",
    ]


def test_boilerplate_words_that_look_like_skills():
    # work authorisation, privacy notices and "talent networks" are in most US postings
    text = (
        "Join our Talent Network. Applicants must have work authorization. See our Privacy "
        "Notice. Required: SQL, network architecture, data privacy and RBAC."
    )
    assert ids(text) == ["sql", "networking", "data-privacy", "access-control"]
    # a generic word that names a skill only inside a list of skills
    assert ids("Linux, Network, 보안 솔루션 운영") == [
        "linux",
        "networking",
        "information-security",
    ]
    assert ids("AWS Partner Network member; network effects") == ["aws"]


def test_fields_of_study_are_named_but_not_everyday_words():
    text = "한국대학교 생화학과 졸업, PhD in molecular biology; MPH (epidemiology). Our philosophy: ship fast."
    assert ids(text) == [
        "biochemistry",
        "phd",
        "molecular-biology",
        "public-health",
        "public-health",
    ]


def test_generic_words_name_skills_only_in_a_list():
    listed = "Areas: Python, Security, Monitoring, Analytics, Mobile, API, CI, Lambda, Networking"
    assert ids(listed) == [
        "python", "information-security", "observability", "data-analysis",
        "mobile-app-development", "rest-api", "ci-cd", "aws-lambda", "networking",
    ]  # fmt: skip
    # a list of generic words alone has nothing to anchor it
    assert ids("Areas: Security, Monitoring, Analytics") == []
    prose = "Security is our promise; Monitoring of patients; an API-first mindset"
    assert ids(prose) == []
    assert ids("Twelve-factor app principles, configuration management with Ansible") == [
        "twelve-factor-app", "configuration-management", "ansible",
    ]  # fmt: skip


def test_philosophy_in_korean_is_the_field_only_as_a_degree_or_major():
    assert ids("자기만의 개발 철학이 있는 분. 회사의 철학에 공감하시는 분") == []
    assert ids("철학과 졸업") == ["philosophy"]
    assert ids("대학에서 철학을 전공했습니다") == ["philosophy"]


def test_a_letter_among_initials_is_a_name_not_the_r_language():
    assert "r" not in ids("Subsidiaries: R. J. Reynolds Vapor Company; George R. R. Martin")
    assert ids("Tools: Python, SQL, R. Good at Excel") == ["python", "sql", "r", "excel"]


def test_everyday_compounds_of_a_letter_are_not_languages():
    assert "c" not in ids("Report to C-level executives and the C-suite")
    assert "r" not in ids("an R-squared of 0.92")
    assert ids("C-based firmware in C/C++") == ["c", "firmware", "c", "cpp"]


@pytest.mark.parametrize(
    ("text", "shared"),
    [
        # the shared words come after: "X and Y Z" names X Z too
        ("Wrote unit and integration tests", ("unit-testing", "unit")),
        ("Experience with relational and NoSQL databases", ("relational-database", "relational")),
        ("단위 및 통합 테스트 작성", ("unit-testing", "단위")),
        ("단위와 통합 테스트를 작성했습니다", ("unit-testing", "단위")),
        ("단위·통합 테스트 작성", ("unit-testing", "단위")),
        ("이벤트 로그를 처리하는 스트리밍·배치 파이프라인 설계", ("stream-processing", "스트리밍")),
        ("supervised and unsupervised learning", ("supervised-learning", "supervised")),
        # along a list
        (
            "supervised, unsupervised and reinforcement learning",
            ("supervised-learning", "supervised"),
        ),
        ("단위, 통합 및 부하 테스트", ("unit-testing", "단위")),
        # the shared words come first: "W Y and Z" names W Z too
        ("data cleaning and visualization in pandas", ("data-visualization", "visualization")),
        ("ML model evaluation and deployment", ("model-deployment", "deployment")),
    ],
)
def test_coordination_shares_a_name_out(text, shared):
    extraction = extract_skills(text)
    assert shared in [(m.id, m.text) for m in extraction.skills]
    for m in extraction.skills:
        assert text[m.start : m.end] == m.text


def test_coordination_adds_only_whole_names():
    # "Excel dashboards" and "Python learning" are no names; neighbours in a list stay as found
    assert ids("Excel and Power BI dashboards") == ["excel", "power-bi", "dashboarding"]
    # a comma after a name lists another thing: "computer science, engineering" are two fields
    assert "computer-engineering" not in ids("Degree in mathematics, computer science, engineering")
    assert "computer-engineering" in ids("Major: Computer Science/Engineering or related")
    assert ids("Python, machine learning and statistics") == [
        "python",
        "machine-learning",
        "statistics",
    ]


def test_health_insurance_as_a_benefit_is_not_the_healthcare_industry():
    # a one-paragraph posting has no benefits section to leave it out
    text = "We offer private health care, healthcare and insurance plans, and 의료 지원."
    assert "healthcare" not in ids(text)
    assert ids("3+ years in healthcare; 의료 데이터 경험") == ["healthcare", "healthcare"]


def test_names_read_from_a_second_review():
    # a degree and a university, not a Vision Transformer
    assert ids("B.Tech, VIT Vellore (2019)") == ["bachelors-degree"]
    assert ids("ViT and Swin Transformer") == ["vision-transformer", "vision-transformer"]
    assert ids("Ran A/B experiments on onboarding") == ["ab-testing"]
    assert ids("피처 드리프트 탐지") == ["drift-detection"]


def test_product_metrics_show_product_analytics():
    assert ids("DAU/MAU, 리텐션 분석, ARPPU 지표 대시보드") == [
        "product-analytics",
        "product-analytics",
        "product-analytics",
        "product-analytics",
        "dashboarding",
    ]


def test_a_card_company_is_not_a_web_framework():
    # (the competition's task, default prediction, is predictive modeling)
    assert ids("Kaggle: American Express Default Prediction (silver)") == [
        "kaggle-competitions",
        "predictive-modeling",
    ]


def test_korean_particles_after_latin_names_follow_how_they_are_read():
    from careernav.text import josa

    def with_object(word):
        return word + josa(word, "을", "를")

    # a final consonant as read in Korean: 파이썬, 엘(SQL), 엠(LLM), 엑셀, 스프링
    assert [with_object(w) for w in ("Python", "SQL", "LLM", "Excel", "Spring")] == [
        "Python을",
        "SQL을",
        "LLM을",
        "Excel을",
        "Spring을",
    ]
    # an open last syllable: 엠엘플로우, 지씨피, 도커, 레디스, 디브이씨, 에이아이
    assert [with_object(w) for w in ("MLflow", "GCP", "Docker", "Redis", "DVC", "Vertex AI")] == [
        "MLflow를",
        "GCP를",
        "Docker를",
        "Redis를",
        "DVC를",
        "Vertex AI를",
    ]
    # ㄹ takes 로, not 으로; other finals 으로
    assert [w + josa(w, "으로", "로") for w in ("SQL", "R", "Python", "딥러닝", "모델")] == [
        "SQL로",
        "R로",
        "Python으로",
        "딥러닝으로",
        "모델로",
    ]
    # endings read with a final consonant, and words read against the rules: 슬랙, 노트북, 깃
    assert [with_object(w) for w in ("Slack", "Jupyter Notebook", "Git", "GitHub")] == [
        "Slack을",
        "Jupyter Notebook을",
        "Git을",
        "GitHub를",
    ]
    # a file's extension is read letter by letter (피엔지, 에이치티엠엘), the name before it not
    assert [w + josa(w, "은", "는") for w in ("page.png", "a.html", "plan.json")] == [
        "page.png는",
        "a.html은",
        "plan.json은",
    ]
    assert "---" + josa("---", "이", "가") == "---이(가)"  # nothing to read


def test_names_that_are_something_else_in_context():
    # an identifier, an architecture, GPU kernels, data work that is not a tuning set
    assert ids("Job requisition ID: R-104522") == []
    assert ids("Python, R, SQL") == ["python", "r", "sql"]
    assert ids("Point Cloud Segmentation with Transformers") == ["point-cloud-processing"]
    assert ids("Skills: PyTorch, Transformers, PEFT") == [
        "pytorch",
        "hugging-face-transformers",
        "peft",
    ]
    assert ids("Wrote CUDA kernel development guides") == ["cuda"]
    assert ids("Linux kernel development") == ["linux-kernel"]
    assert ids("dataset curation for vision models") == []
    assert ids("Curated fine-tuning datasets for Llama 3") == ["llm-dataset-curation", "llama"]
    # a print footer's file address
    assert ids("file:///tmp/resume.html 1/2") == []


def test_agents_and_drift_as_postings_write_them():
    assert ids("Build multi-step agents and tool-using agents") == ["ai-agents", "ai-agents"]
    assert ids("Set up monitoring for drift") == ["drift-detection"]


def test_a_job_title_in_a_posting_asks_only_for_time_in_that_job():
    def posting_ids(text):
        return [m.id for m in extract_skills(text, doc_type="posting").skills]

    assert posting_ids("5+ years of industry experience as a data scientist") == ["data-science"]
    assert posting_ids("데이터 엔지니어 경력 3년 이상") == ["data-engineering"]
    assert posting_ids("Work closely with data engineers and data scientists") == []
    assert posting_ids("As a Data Scientist, you will own our pricing models") == []
    assert posting_ids("데이터 엔지니어와 협업합니다") == []


def test_years_in_brackets_of_their_own_are_the_names_before_them():
    def years(text):
        return {m.id: m.years for m in extract_skills(text, doc_type="posting").skills}

    assert years("- Python (3+ years)\n- 파이썬 (경력 3년 이상)\n- Spark (최소 2년)") == {
        "python": 3,
        "apache-spark": 2,
    }
    assert years("- PyTorch or TensorFlow (3+ years of experience)") == {
        "pytorch": 3,
        "tensorflow": 3,
    }
    # brackets with names of their own keep their years
    assert years("- SQL (or 5+ years of Spark)")["sql"] is None


def test_a_serial_comma_before_or_keeps_the_list():
    assert ids("Airflow, Dagster, or Argo") == ["apache-airflow", "dagster", "argo-workflows"]
    assert ids("Experience with a workflow orchestrator") == ["workflow-orchestration"]
    # alone, Argo is not the workflow engine
    assert ids("Deployed with Argo") == []


def test_years_in_a_postings_title_are_the_jobs():
    text = (
        "LLM 애플리케이션 엔지니어 (경력 3년↑)\n[자격요건]\n- Python 5년 이상\n- LLM 서비스 개발\n"
    )
    extraction = extract_skills(text, doc_type="posting")
    assert {m.id: m.years for m in extraction.skills} == {
        "llm-app-development": None,
        "python": 5,
        "llm": None,
    }
    assert extraction.years == 3
    # a four-year degree is no years of experience
    degree = extract_skills(
        "- 4년제 대학 졸업자\n- 2년제 이상 졸업, Python 가능자", doc_type="posting"
    )
    assert [(m.id, m.years) for m in degree.skills] == [
        ("bachelors-degree", None),
        ("python", None),
    ]
    assert degree.years is None


def test_more_names_as_resumes_and_postings_write_them():
    assert found("AWS (S3, EMR, Glue, Lambda)") == {
        "aws": "AWS",
        "amazon-s3": "S3",
        "amazon-emr": "EMR",
        "aws-glue": "Glue",
        "aws-lambda": "Lambda",
    }
    assert ids("EMR data from three hospitals; glue code") == []
    assert ids("Postdoctoral Researcher, ETH Zurich (2022 – present)", doc_type="resume") == [
        "academic-research"
    ]
    assert found("프롬프트 템플릿 관리 및 응답 품질 평가 자동화") == {
        "prompt-engineering": "프롬프트 템플릿 관리",
        "llm-evaluation": "응답 품질 평가",
    }
    assert ids("프롬프트 버전 관리 도구") == ["prompt-engineering"]
    assert ids("a real-time clickstream pipeline with Kafka") == [
        "stream-processing",
        "apache-kafka",
    ]
    assert ids("Basic statistics (hypothesis testing, regression)") == [
        "statistics",
        "hypothesis-testing",
        "regression-analysis",
    ]
    assert ids("Wrote regression tests for the API") == []


def test_a_version_digit_before_years_is_the_years():
    def years(text):
        return {m.id: (m.text, m.years) for m in extract_skills(text, doc_type="resume").skills}

    assert years("기술: Python 3년") == {"python": ("Python", 3)}
    assert years("Python 3+ years") == {"python": ("Python", 3)}
    extraction = extract_skills("백엔드 개발 6년, Python 3년", doc_type="resume")
    assert extraction.years == 6  # the career, from "개발"


def test_a_lab_named_for_ai_is_an_employer():
    assert ids("Research Intern, Meta AI (Summer 2022)") == []
    assert ids("Built AI products at Scale AI with Python") == ["artificial-intelligence", "python"]


def test_work_written_in_plain_words():
    assert (
        found("KoBERT 파인튜닝으로 뉴스 기사 분류 모델 개발")["text-classification"]
        == "뉴스 기사 분류"
    )
    assert found("FastAPI로 계약서 분류 모델 추론 API 개발")["model-serving"] == "모델 추론 API"
    assert found("문장 임베딩 모델 개발") == {"vector-embeddings": "문장 임베딩"}
    # a bus's communication is no soft skill
    assert ids("CAN bus communication between ECUs") == ["can-bus"]


@pytest.mark.parametrize(
    "text",
    [
        "Reduce word error rate for low-resource languages such as Korean and Turkish",
        "한국어 VQA 데이터셋 구축 및 평가",
        "Wrote Korean customer-support tone guidelines for the chatbot",
        "Korean NLP models for search",
    ],
)
def test_a_language_the_work_is_about_is_no_language_skill(text):
    found = {m.id for m in extract_skills(text).skills}
    assert not found & {"korean", "english", "turkish"}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Korean is a plus", "korean"),
        ("Fluent in English and Korean", "korean"),
        ("English (TOEIC 900)", "english"),
        ("English TOEIC 900", "english"),
        ("Languages: Korean, English", "korean"),
        ("Korean speaker preferred", "korean"),
        ("Able to communicate in English fluently", "english"),
        ("Japanese Strong analytical skills", "japanese"),  # the next item of a run-on list
        ("한국어, 영어 능통", "korean"),
    ],
)
def test_a_language_someone_speaks_is_a_skill(text, language):
    assert language in {m.id for m in extract_skills(text).skills}


def test_an_upper_case_word_is_not_the_plural_of_an_acronym():
    # FOCS is a theory conference, not FOC (field-oriented motor control) in the plural
    assert "motor-control" not in ids("Published at FOCS or STOC")
    assert "llm" in ids("Experience with LLMs and GANs")
    assert "llm" in ids("EXPERIENCE WITH LLMS")  # a line all in capitals keeps its plurals


def test_students_working_towards_a_degree_hold_none_yet():
    assert "masters-degree" not in ids("Mentoring 3 M.S. students on their theses")
    assert "masters-degree" not in ids("Supervised two master's students")
    assert "masters-degree" in ids("M.S. in Computer Science, KAIST (2019)")


def test_no_name_runs_across_the_end_of_a_sentence_or_into_the_next_item():
    text = "Responsibilities\n- Monitor the model.\n- Drift detection with Evidently\n"
    mentions = {m.id: m.text for m in extract_skills(text).skills}
    assert mentions["drift-detection"] == "Drift detection"  # not "model.\n- Drift"
    # a name wrapped at a line's end is still one
    assert "data-pipeline" in ids("- Built the data\npipeline for ads")


def test_hubert_is_shown_as_a_self_supervised_speech_model_not_as_wav2vec():
    mentions = extract_skills("Skills: HuBERT, wav2vec 2.0", doc_type="resume").skills
    assert {(m.id, m.label) for m in mentions} == {("wav2vec", "Self-supervised speech models")}
    assert [m.text for m in mentions] == ["HuBERT", "wav2vec 2.0"]


def test_red_teaming_a_model_is_llm_security_not_penetration_testing():
    assert ids("Red-team prompts and document failure modes") == ["prompt-injection-defense"]
    assert ids("Red-teaming LLMs before launch") == ["prompt-injection-defense"]
    assert "penetration-testing" in ids("Red team exercises on our network")


def test_the_causes_of_churn_analysed_are_no_factor_analysis():
    assert "multivariate-analysis" not in ids("고객 이탈 요인 분석 및 리텐션 개선")
    assert "multivariate-analysis" in ids("탐색적 요인 분석과 구조방정식 모형")


def test_a_bootcamp_and_a_course_site_are_no_skills():
    assert "assembly-language" not in ids("General Assembly, Data Science Immersive (2020)")
    assert "assembly-language" in ids("Skills: Assembly, C")
    assert "artificial-intelligence" not in ids("Learning deep learning with fast.ai courses")


@pytest.mark.parametrize(
    ("text", "not_there"),
    [
        ("Fine-tuned XLM-R for NER", "r"),
        ("USB Type-C firmware", "c"),
        ("Applied statistical process control to the line", "control-systems"),
    ],
)
def test_a_letter_ending_a_hyphenated_name_and_quality_control_are_no_skills(text, not_there):
    assert not_there not in ids(text)


def test_one_letter_languages_in_a_list_stay():
    assert {"c", "cpp", "r"} <= set(ids("Languages: C/C++, R"))


def test_a_term_after_a_comma_is_no_framework():
    text = "Education\nM.S. Computer Science, Spring 2019 - Fall 2021\n"
    assert "spring" not in {m.id for m in extract_skills(text, doc_type="resume").skills}
    assert "spring" in ids("Skills: Java, Spring, Kafka")


def test_a_veto_wrapped_onto_the_next_line_still_holds():
    text = "Experience\n- mentor four Ph.D.\nstudents in NLP\n"
    assert "phd" not in {m.id for m in extract_skills(text, doc_type="resume").skills}


def test_a_name_after_a_korean_company_mark_is_the_company():
    text = "경력\n(주)네이버클라우드 | 2020.01 ~ 현재 | ML 엔지니어\n"
    assert "naver-cloud-platform" not in {
        m.id for m in extract_skills(text, doc_type="resume").skills
    }
    assert "naver-cloud-platform" in ids("기술: 네이버클라우드 플랫폼, AWS")


@pytest.mark.parametrize(
    "text",
    [
        "- 신용평가모형(CSS) 개발 및 고도화",
        "- 신용평가 모형 (CSS) 검증",
        "- Built a credit scoring system (CSS) for retail loans",
    ],
)
def test_an_acronym_that_glosses_the_words_before_it_is_not_a_skill(text):
    # the bracket spells out a credit-scoring model, not Cascading Style Sheets
    assert "css" not in ids(text)


@pytest.mark.parametrize(
    ("text", "skill"),
    [
        ("Cascading Style Sheets (CSS) and HTML", "css"),  # the skill's own long name
        ("웹 퍼블리싱(HTML/CSS)", "css"),  # not one acronym alone
        ("- styled the scoring engine (CSS) for the web", "css"),  # initials say nothing
        ("- 이미지 분류 모델(CNN) 개발", "cnn"),  # a model may be a CNN
        ("- 로그 분석 시스템(ELK) 구축", "elk-stack"),  # an example, not a gloss
        ("- 클라우드(AWS) 인프라 운영", "aws"),  # the phrase is a skill the acronym names
        ("Experience with large language models (LLMs)", "llm"),
    ],
)
def test_an_acronym_in_brackets_keeps_its_skill_where_it_is_one(text, skill):
    assert skill in ids(text)


# --- review 25/26: names that meant something else ---------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "- 근사 최근접 이웃(ANN) 검색으로 후보 아이템 생성",
        "- Scaled approximate nearest neighbor (ANN) search to a billion vectors",
        "- Tuned ANN (approximate nearest neighbour) indexes for retrieval",
    ],
)
def test_ann_that_spells_out_nearest_neighbour_search_is_no_neural_network(text):
    found_ids = ids(text)
    assert "neural-networks" not in found_ids
    assert "vector-database" in found_ids


@pytest.mark.parametrize(
    "text", ["Models: CNN, RNN, ANN", "- 딥러닝 모델(CNN, RNN, ANN) 설계 경험"]
)
def test_ann_among_network_types_stays_neural_networks(text):
    assert "neural-networks" in ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "- Build self-serve dashboards for growth leadership",
        "- Present weekly insights to product leadership and finance",
        "- Partner with sales leadership on pipeline forecasts",
        "- Communicate results to the leadership",
        "- 경영진 및 리더십에 주간 지표 보고",
    ],
)
def test_leadership_as_an_audience_is_no_skill(text):
    assert "leadership" not in ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "- Demonstrated leadership and mentoring of junior engineers",
        "- Strong product leadership and ownership",
        "- 팀 리딩 및 리더십 경험",
    ],
)
def test_leadership_as_a_skill_stays(text):
    assert "leadership" in ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "- 대규모 분산 처리 시스템 운영 경험",
        "- 분산처리 시스템 설계 및 운영",
        "- Experience operating distributed processing systems",
    ],
)
def test_operating_a_distributed_processing_system_is_distributed_systems(text):
    found_ids = ids(text)
    assert "distributed-systems" in found_ids
    assert "system-administration" not in found_ids


def test_server_operations_stay_system_administration():
    assert "system-administration" in ids("- Linux 서버 운영 경험")
    assert "system-administration" in ids("- 사내 시스템 운영 및 장애 대응")


@pytest.mark.parametrize(
    "text",
    [
        "We are looking for an AI Engineer to join our platform team.",
        "AI Engineer로 합류하실 분을 찾습니다.",
        "AI 엔지니어로 합류해 추천 모델을 개발합니다.",
        "You will work closely with AI engineers and designers.",
    ],
)
def test_a_postings_ai_engineer_is_the_job_not_a_skill(text):
    assert "artificial-intelligence" not in ids(text, doc_type="posting")


def test_ai_stays_a_skill_and_an_ai_engineers_job_is_evidence_of_it():
    assert "artificial-intelligence" in ids("- AI 기술에 대한 이해", doc_type="posting")
    assert "artificial-intelligence" in ids(
        "3+ years of experience as an AI engineer", doc_type="posting"
    )
    resume = "Experience\nKakao — Senior AI Engineer, 2019–2024\n- built chatbots\n"
    assert "artificial-intelligence" in ids(resume, doc_type="resume")


@pytest.mark.parametrize(
    "text",
    [
        "- Built retrieval-augmented QA demos for the sales team",
        "- RAG 기반 QA 데모 개발",
    ],
)
def test_qa_after_retrieval_is_question_answering_not_testing(text):
    found_ids = ids(text)
    assert "software-testing" not in found_ids
    assert {"rag", "question-answering"} <= set(found_ids)


@pytest.mark.parametrize(
    "text",
    [
        "- QA engineer with Selenium and Cypress",
        "- Manual QA/testing of mobile apps",
        "- 품질 보증 및 QA 프로세스 수립",
    ],
)
def test_qa_as_quality_assurance_stays_testing(text):
    assert "software-testing" in ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "- Built a model of student dropout risk for an online university",
        "- Predicting dropout among first-year students",
        "- 학생 dropout 위험 예측 모델 개발",
    ],
)
def test_dropout_of_students_is_churn_not_the_layer(text):
    assert "dropout" not in ids(text)


@pytest.mark.parametrize(
    "text", ["- Regularization: dropout, batch norm", "- 드롭아웃, 배치 정규화 적용"]
)
def test_dropout_as_regularization_stays(text):
    assert "dropout" in ids(text)


@pytest.mark.parametrize(
    "text",
    ["- PCB 불량 검출 비전 모델 개발", "- Deep learning for PCB defect detection on the line"],
)
def test_inspecting_pcbs_is_no_pcb_design(text):
    found_ids = ids(text)
    assert "pcb-design" not in found_ids
    assert "machine-vision" in found_ids


@pytest.mark.parametrize("text", ["- PCB 설계 경험", "- PCB layout in Altium Designer"])
def test_pcb_design_stays(text):
    assert "pcb-design" in ids(text)


@pytest.mark.parametrize(
    "text", ["Interests: Go (the board game, 3 dan), hiking", "취미: 바둑(Go) 3단"]
)
def test_go_the_board_game_is_no_language(text):
    assert "go" not in ids(text, doc_type="resume")


def test_go_the_language_stays():
    assert "go" in ids("Languages: Go, Python")
    assert "go" in ids("- Go 언어로 백엔드 개발")


@pytest.mark.parametrize(
    "text",
    [
        "- Supervised 3 MSc theses and 2 PhD students",
        "- Co-supervised M.Sc. theses on graph learning",
        "- 석사 논문 지도 5건",
    ],
)
def test_supervising_masters_theses_is_no_masters_degree(text):
    assert "masters-degree" not in ids(text, doc_type="resume")


@pytest.mark.parametrize(
    "text",
    [
        "MSc in Statistics, University of Oslo, 2018",
        "M.Sc. thesis on graph neural networks",
        "석사 (지도교수: 홍길동)",
    ],
)
def test_ones_own_masters_degree_stays(text):
    assert "masters-degree" in ids(text, doc_type="resume")


@pytest.mark.parametrize(
    "text",
    [
        "Kundenberater, DB Reisezentrum Köln, 2015–2017",
        "IT-Projektleiter, Deutsche Bahn (DB), 2018–2022",
    ],
)
def test_deutsche_bahn_is_an_employer_not_databases(text):
    assert "database" not in ids(text, doc_type="resume")


def test_db_as_databases_stays():
    assert "database" in ids("Skills: SQL, DB, Linux")
    assert "database-design" in ids("- DB 설계 및 튜닝")


@pytest.mark.parametrize(
    ("text", "skill"),
    [
        ("- Deep expertise in audio: signal processing, spectrograms", "signal-processing"),
        ("- 디지털 신호 처리(DSP) 알고리즘 개발", "signal-processing"),
        ("- PhD in machine learning, speech processing, or related field", "audio-processing"),
        ("- 음성 처리 모델 연구", "audio-processing"),
        ("- Train end-to-end ASR models (Conformer, CTC/RNN-T)", "ctc"),
        ("- CTC loss 기반 음성 인식 모델 학습", "ctc"),
        ("- 시퀀스 기반 추천 모델(SASRec, BERT4Rec) 연구", "sequential-recommendation"),
        ("- Built a SASRec model for next-item prediction", "sequential-recommendation"),
        ("- 후보 생성(Two-Tower, ANN 검색)과 랭킹 모델", "two-tower-model"),
        ("- Trained a two-tower retrieval model for recommendations", "two-tower-model"),
        ("- Experience in regulated industries (PCI DSS, SOC 2)", "pci-dss"),
        ("- PCI-DSS 인증 대응 경험", "pci-dss"),
    ],
)
def test_concepts_the_review_missed_are_read(text, skill):
    assert skill in ids(text)


def test_ctc_alone_is_no_speech_method():
    # in Indian postings "CTC" is a salary (cost to company)
    assert "ctc" not in ids("Expected CTC: 20 LPA. Notice period: 30 days.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a column of skills, one a line: two items, not Spark SQL
        ("Skills\nSpark\nSQL, PostgreSQL\n", {"apache-spark", "sql", "postgresql"}),
        # a name wrapped in a narrow column stays whole
        ("Skills\nMachine\nLearning, Docker\n", {"machine-learning", "docker"}),
        ("Skills\nPower\nBI, Tableau\n", {"power-bi", "tableau"}),
        ("Skills\nApache\nKafka, Docker\n", {"apache-kafka", "docker"}),
    ],
)
def test_a_name_across_a_line_of_a_column(text, expected):
    assert set(ids(text)) == expected


# --- managed cloud services, orchestration by other names (review 28) -----------------


@pytest.mark.parametrize(
    ("text", "skill"),
    [
        ("- Azure Data Factory로 데이터 수집·학습 파이프라인 오케스트레이션", "azure-data-factory"),
        (
            "- Orchestrated nightly ingestion with Azure Data Factory pipelines",
            "azure-data-factory",
        ),
        (
            "- Azure Data Lake Storage Gen2(ADLS)에 센서 데이터 레이크 구축",
            "azure-data-lake-storage",
        ),
        ("Skills: Python, Azure ML, ADLS, Azure DevOps, AKS", "azure-data-lake-storage"),
        ("- Stored training data in Google Cloud Storage (GCS) buckets", "google-cloud-storage"),
        ("Skills: Python, Vertex AI, GCS, GKE, BigQuery", "google-cloud-storage"),
        ("- Built CI/CD for models with Cloud Build triggers: tests, builds", "google-cloud-build"),
        ("- Set up Cloud Monitoring dashboards and alerting policies", "google-cloud-monitoring"),
        (
            "- Designed our training orchestration on Vertex AI Pipelines: 60+ pipelines "
            "that retrain credit-risk models nightly",
            "vertex-ai-pipelines",
        ),
        ("- Vertex AI Pipelines 기반 재학습 파이프라인 운영", "vertex-ai-pipelines"),
    ],
)
def test_managed_cloud_services_are_read(text, skill):
    assert skill in ids(text)


def test_managed_services_stand_under_the_work_they_do():
    from careernav.knowledge import default_knowledge_base

    kb = default_knowledge_base()
    # Azure Data Factory orchestrates pipelines; Vertex AI Pipelines runs ML pipelines
    # (written with the Kubeflow Pipelines SDK), on Vertex AI
    assert kb.skills["azure-data-factory"].broader == "workflow-orchestration"
    assert "apache-airflow" in kb.skills["azure-data-factory"].related
    assert kb.skills["vertex-ai-pipelines"].broader == "ml-pipelines"
    assert "kubeflow" in kb.skills["vertex-ai-pipelines"].related
    assert "vertex-ai" in kb.skills["vertex-ai-pipelines"].prerequisites
    assert kb.skills["azure-data-lake-storage"].broader == "data-lake"
    # a managed Kubernetes is a case of Kubernetes, its cloud a prerequisite
    for sid, cloud in [
        ("amazon-eks", "aws"),
        ("google-kubernetes-engine", "gcp"),
        ("azure-kubernetes-service", "azure"),
    ]:
        assert kb.skills[sid].broader == "kubernetes"
        assert cloud in kb.skills[sid].prerequisites


def test_vertex_ai_alone_stays_vertex_ai():
    assert ids("Skills: Vertex AI, BigQuery") == ["vertex-ai", "bigquery"]


@pytest.mark.parametrize(
    ("text", "skill"),
    [
        ("- Assisted residents with ADLs and mobility", "azure-data-lake-storage"),
        ("- Stationarity tests (ADF, KPSS) before ARIMA fitting", "azure-data-factory"),
        ("- GCS below 8 on arrival was escalated", "google-cloud-storage"),
        ("- We run our cloud build and cloud monitoring in-house", "google-cloud-build"),
        ("- We run our cloud build and cloud monitoring in-house", "google-cloud-monitoring"),
    ],
)
def test_other_meanings_of_cloud_service_names(text, skill):
    assert skill not in ids(text)


# --- ranking and speech recognition metrics, RNN-T -------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("- Ranking metrics (NDCG, MAP)", {"ranking-evaluation"}),
        ("- Improved NDCG@10 by 4% on the home feed", {"ranking-evaluation"}),
        (
            "- 추천 모델 오프라인 평가(NDCG) 체계 구축",
            {"ranking-evaluation", "recommender-systems"},
        ),
        (
            "- Reduced WER by 12% on streaming ASR with RNN-T",
            {"word-error-rate", "streaming-speech-recognition", "rnn-transducer"},
        ),
        ("- Measure and reduce word error rate across accents", {"word-error-rate"}),
        ("- 문자 오류율(CER) 8% 달성", {"word-error-rate"}),
        (
            "- RNN-T 기반 스트리밍 음성 인식 모델 개발",
            {"rnn-transducer", "streaming-speech-recognition"},
        ),
    ],
)
def test_ranking_and_speech_metrics_are_read(text, expected):
    assert expected <= set(ids(text))


def test_rnn_t_is_a_speech_model_not_a_plain_rnn():
    assert "rnn" not in ids("- End-to-end ASR models (CTC, RNN-T, attention encoder-decoder)")
    assert {"ctc", "rnn-transducer"} <= set(
        ids("- End-to-end ASR models (CTC, RNN-T, attention encoder-decoder)")
    )
    # a recurrent network is still one
    assert "rnn" in ids("- Built LSTM and RNN models for demand forecasting")


@pytest.mark.parametrize(
    "text",
    [
        "- Object detection mAP 0.62 on COCO",
        "- MRR grew 30% year over year",
        "- Wer wir sind: ein Team aus Ingenieuren",
    ],
)
def test_metric_acronyms_of_other_fields_are_not_read(text):
    assert not {"ranking-evaluation", "word-error-rate"} & set(ids(text))


# --- soft skills as resumes and postings write them ------------------------------------


def test_talks_a_korean_resume_lists_are_presentations():
    text = (
        "## 발표\n- ICLR 2025 포스터 발표\n- 한국로봇학회 초청 발표 (2024)\n"
        "- CoRL 2023 구두 발표\n- 국내 학회 발표 3건\n"
    )
    got = found(text)
    assert got["presentation"] == "포스터 발표"
    # the venues and "학회 발표" stay research publication
    assert got["research-publication"] == "ICLR"
    assert "학회 발표" in [m.text for m in extract_skills(text).skills]


@pytest.mark.parametrize(
    "text",
    [
        "- Invited talk at the NAVER AI Day 2024",
        "- Oral presentation at a domestic workshop",
    ],
)
def test_talks_in_english_are_presentations(text):
    assert "presentation" in ids(text)


def test_an_announcement_is_no_presentation():
    assert "presentation" not in ids("- 최종 합격자 발표: 2025년 3월 중 개별 안내")


@pytest.mark.parametrize(
    "text",
    [
        "- Supervised 4 research interns on multimodal pretraining",
        "- Supervised two master's students through their theses",
        "- 인턴 2명 지도",
        "- 인턴 2명을 지도하며 논문 작성 지원",
    ],
)
def test_supervising_interns_and_students_is_mentoring(text):
    assert "networking-and-mentoring" in ids(text, doc_type="resume")


@pytest.mark.parametrize(
    ("text", "skill"),
    [
        ("- 지도 학습 기반 분류 모델 개발", "supervised-learning"),
        ("- 지도 API 연동 및 위치 기반 서비스 개발", "api-integration"),
    ],
)
def test_other_senses_of_jido_are_no_mentoring(text, skill):
    got = ids(text, doc_type="resume")
    assert skill in got
    assert "networking-and-mentoring" not in got


@pytest.mark.parametrize(
    "text",
    [
        "- Communicate results and findings to non-technical stakeholders",
        "- Ability to design rigorous experiments and communicate results clearly in writing "
        "and talks",
        "- Communicated findings to product leadership every quarter",
    ],
)
def test_communicating_results_is_communication(text):
    assert "communication" in ids(text)


def test_a_collaborative_attitude_is_collaboration():
    got = ids("- Collaborative attitude and experience mentoring junior researchers")
    assert {"collaboration", "networking-and-mentoring"} <= set(got)
    # the recommender method keeps its own name
    assert ids("- Built a collaborative filtering recommender") == ["collaborative-filtering"]


# --- log collection is data collection; edge devices run edge AI ------------------------


def test_log_collection_is_data_collection_not_monitoring():
    got = ids("- 결제 로그 수집 및 대용량 배치/스트리밍 파이프라인 개발·운영")
    assert "data-collection" in got
    assert "infrastructure-monitoring" not in got
    assert "data-collection" in ids("- 서비스 로그를 수집하여 사용자 행동 분석")
    # monitoring named as such stays
    assert "infrastructure-monitoring" in ids("- Prometheus, Grafana로 서버 모니터링 구축")
    assert "infrastructure-monitoring" in ids("- 서버 로그 관리 및 알림 체계 구축")


def test_edge_devices_are_edge_ai_not_iot():
    got = ids("- Deploy models to edge devices (TensorRT, NVIDIA Jetson)")
    assert {"edge-ai", "tensorrt", "nvidia-jetson"} <= set(got)
    assert "iot" not in got
    assert "edge-ai" in ids("- Deployed detection models on an edge device (Jetson Orin)")
    # connected devices stay IoT
    assert "iot" in ids("- Firmware for IoT edge devices over MQTT")


@pytest.mark.parametrize("text", ["①SQL 능숙자\n②Python 사용 경험", "⑴SQL ⑵Python", "❶SQL ❷Python"])
def test_an_enclosed_number_before_a_name_numbers_an_item(text):
    assert [m.id for m in extract_skills(text).skills] == ["sql", "python"]


def test_names_read_from_the_verdict_review():
    assert ids("Ran hypothesis tests on pricing changes") == ["hypothesis-testing"]
    assert ids("연체율 예측을 위한 생존 분석 모델 구축") == [
        "predictive-modeling",
        "survival-analysis",
    ]
    assert ids("Built a probability-of-default model") == ["predictive-modeling"]
    # the probability itself is no model
    assert ids("Estimated the probability of default for 2M loans") == []
