"""Review 30 of the knowledge base: control, robotics and HPC names, and phrases that hold a
skill's name but mean something else (executives, networks of people, people's names)."""

from __future__ import annotations

import pytest

from careernav.extract import extract_skills


def ids(text: str) -> list[str]:
    return [m.id for m in extract_skills(text).skills]


def mentions(text: str) -> list[tuple[str, str]]:
    return [(m.id, m.text) for m in extract_skills(text).skills]


@pytest.mark.parametrize(
    ("text", "sid", "name"),
    [
        # probability
        ("확률과 선형대수에 대한 이해가 필요합니다.", "probability", "확률"),
        ("확률, 통계, 선형대수 등 수학 기초 지식", "probability", "확률"),
        # PID and MPC as bare names
        ("Skills: C++, Python, PID, MPC, ROS", "pid-control", "PID"),
        ("Skills: C++, Python, PID, MPC, ROS", "model-predictive-control", "MPC"),
        ("PID 게인 튜닝 경험", "pid-control", "PID"),
        ("MPC 기반 차량 제어 알고리즘 개발", "model-predictive-control", "MPC"),
        ("Experience with MPC or LQR controllers", "model-predictive-control", "MPC"),
        (
            "Designed a model predictive control loop for the arm",
            "model-predictive-control",
            "model predictive control",
        ),
        ("모델 예측 제어 기반 궤적 생성", "model-predictive-control", "모델 예측 제어"),
        # controllers
        ("로봇 제어기 개발 및 튜닝 경험", "control-systems", "제어기"),
        ("제어기 설계 경험자 우대", "control-systems", "제어기 설계"),
        ("모터 제어기 펌웨어 개발", "motor-control", "모터 제어기"),
        # motion control
        ("모션 제어 알고리즘 개발", "motion-control", "모션 제어"),
        ("Experience in motion control for robotic arms", "motion-control", "motion control"),
        # real-time systems
        ("실시간 시스템 개발 경험", "real-time-systems", "실시간 시스템"),
        (
            "Experience with real-time systems and embedded Linux",
            "real-time-systems",
            "real-time systems",
        ),
        # path tracking
        (
            "Pure Pursuit, Stanley 등 경로 추종 알고리즘 구현 경험",
            "path-tracking-control",
            "Pure Pursuit",
        ),
        (
            "Implemented a Stanley controller for lateral control",
            "path-tracking-control",
            "Stanley controller",
        ),
        ("Stanley 알고리즘 기반 조향 제어", "path-tracking-control", "Stanley 알고리즘"),
        # vehicle dynamics
        ("차량 동역학에 대한 이해가 있는 분", "vehicle-dynamics", "차량 동역학"),
        ("Solid knowledge of vehicle dynamics", "vehicle-dynamics", "vehicle dynamics"),
        # CARLA
        ("CARLA 시뮬레이터를 이용한 자율주행 알고리즘 검증", "carla", "CARLA 시뮬레이터"),
        ("Experience with simulators such as CARLA, Gazebo", "carla", "CARLA"),
        # HPC networking
        ("InfiniBand, RDMA 등 HPC 네트워킹 경험", "infiniband", "InfiniBand"),
        ("InfiniBand, RDMA 등 HPC 네트워킹 경험", "rdma", "RDMA"),
        ("Experience with InfiniBand and RDMA for GPU clusters", "infiniband", "InfiniBand"),
        ("Experience with InfiniBand and RDMA for GPU clusters", "rdma", "RDMA"),
        ("RoCE 기반 GPU 클러스터 네트워크 구축", "rdma", "RoCE"),
        # quantization calibration
        ("INT8 calibration for TensorRT deployment", "model-quantization", "INT8 calibration"),
        ("TensorRT 변환 및 양자화 보정 경험", "model-quantization", "양자화 보정"),
        # evaluation rubrics
        ("평가 루브릭 설계 및 휴먼 평가 운영", "llm-evaluation", "평가 루브릭"),
        (
            "Designed evaluation rubrics for model outputs",
            "llm-evaluation",
            "evaluation rubrics",
        ),
        # copywriting
        ("카피라이팅 경험자 우대", "copywriting", "카피라이팅"),
        ("Strong copywriting skills", "copywriting", "copywriting"),
    ],
)
def test_new_names_are_found(text, sid, name):
    # the new name itself, not another name of the concept nearby
    assert (sid, name) in mentions(text)


@pytest.mark.parametrize(
    ("text", "sid"),
    [
        # the top executives, not the C language
        ("C레벨 임원 대상 보고 경험", "c"),
        ("C레벨 및 주요 이해관계자와 소통할 수 있는 분", "c"),
        # a network of people or partners, not computer networking
        ("보험 에이전트 네트워크 관리", "networking"),
        ("파트너 네트워크 확장 및 관리", "networking"),
        ("전국 영업 네트워크 관리 경험", "networking"),
        ("대리점 네트워크 운영", "networking"),
        # people's names, not the tools
        ("Contact Ray Kim for details", "ray"),
        ("Please contact Ray at the recruiting office", "ray"),
        ("Report to Mr. Jenkins in the finance team", "jenkins"),
        ("Dr. Jenkins will lead the interview", "jenkins"),
    ],
)
def test_false_senses_are_not_found(text, sid):
    assert sid not in ids(text)


@pytest.mark.parametrize(
    ("text", "sid"),
    [
        # a chance to predict, not probability theory ("확률" is a name now)
        ("고객 구매 확률 예측 모형 개발", "probability"),
        # secure multi-party computation, not control ("MPC" is a name now)
        ("MPC 지갑 개발 경험", "model-predictive-control"),
        ("Experience with secure MPC protocols", "model-predictive-control"),
        # a bank, a person: not the path-tracking controller or the simulator
        ("Previously an analyst at Morgan Stanley", "path-tracking-control"),
        ("Worked with Stanley on the data team", "path-tracking-control"),
        ("Carla Rossi, Product Manager", "carla"),
    ],
)
def test_the_new_names_keep_to_their_sense(text, sid):
    assert sid not in ids(text)


@pytest.mark.parametrize(
    ("text", "sid"),
    [
        # the English executive phrases were already safe; they stay so
        ("Experience presenting to C-level executives", "c"),
        ("Present findings to the C-suite", "c"),
        ("Manage our agent network across regions", "networking"),
    ],
)
def test_false_senses_stay_away(text, sid):
    assert sid not in ids(text)


@pytest.mark.parametrize(
    ("text", "sid"),
    [
        ("Skills: C, C++, Python", "c"),
        ("C/C++ 기반 펌웨어 개발", "c"),
        ("Skills: Linux, Network, Security", "networking"),
        ("TCP/IP 등 네트워크 기초 지식", "networking"),
        ("네트워크 프로그래밍 경험", "networking"),
        ("Experience with Ray, Ray Serve, Ray Tune", "ray"),
        ("Ray 기반 분산 학습 경험", "ray"),
        ("CI/CD: Jenkins, GitHub Actions", "jenkins"),
        ("Jenkins 기반 CI/CD 파이프라인 구축", "jenkins"),
        ("Statistics, probability and linear algebra", "probability"),
        ("PID 제어기 설계 및 튜닝 경험", "pid-control"),
        ("BLDC 모터 제어 경험", "motor-control"),
        ("실시간 운영체제(RTOS) 기반 개발", "rtos"),
    ],
)
def test_the_real_names_nearby_still_count(text, sid):
    assert sid in ids(text)


@pytest.mark.parametrize(
    "text", ["허깅페이스 트랜스포머로 BERT 파인튜닝", "Hugging Face 트랜스포머 사용"]
)
def test_hugging_face_transformers_in_korean_is_the_library_not_the_architecture(text):
    ids = [m.id for m in extract_skills(text).skills]
    assert "hugging-face-transformers" in ids and "transformer" not in ids
