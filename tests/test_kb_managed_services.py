"""Managed services in matching: a managed Kubernetes (Amazon EKS, GKE, AKS) is Kubernetes,
and a managed cloud product still shows its cloud in part."""

from __future__ import annotations

import pytest

from careernav import match

POSTING_KO = """[하이브릿지] ML 엔지니어

## 자격 요건
- Kubernetes 운영 경험
- AWS 기반 인프라 운영 경험
"""

POSTING_EN = """ML Platform Engineer

Requirements
- Hands-on Kubernetes experience
- Experience with Google Cloud Platform
"""


def _skill(result, sid):
    return next(s for s in result.skills if s.id == sid)


@pytest.mark.parametrize(
    ("resume", "service"),
    [
        (
            "## 경력\n### 한결 · ML 엔지니어 (2021.01 ~ 현재)\n"
            "- Amazon EKS 클러스터에서 실시간 추론 서비스 운영\n",
            "amazon-eks",
        ),
        (
            "## 경력\n### 한결 · ML 엔지니어 (2021.01 ~ 현재)\n"
            "- AKS(Azure Kubernetes Service) 클러스터에서 실시간 추론 서비스 운영\n",
            "azure-kubernetes-service",
        ),
        (
            "## Experience\n### Acme — ML Engineer (2021–2025)\n"
            "- Ran 40 model-serving deployments on GKE with autoscaling\n",
            "google-kubernetes-engine",
        ),
    ],
)
def test_a_managed_kubernetes_is_kubernetes(resume, service):
    result = match(resume, POSTING_KO)
    k8s = _skill(result, "kubernetes")
    assert k8s.credit == 1.0
    assert k8s.via == "narrower"
    assert k8s.via_skill == service


def test_eks_still_shows_aws_in_part():
    resume = "## 경력\n- Amazon EKS 클러스터에서 실시간 추론 서비스 운영\n"
    aws = _skill(match(resume, POSTING_KO), "aws")
    # Amazon EKS needs AWS first: learned on the way, at some level
    assert aws.credit == 0.5
    assert aws.via_skill == "amazon-eks"


def test_gke_still_shows_gcp_in_part_and_kubernetes_in_full():
    resume = "## Experience\n- Ran model-serving deployments on GKE with autoscaling\n"
    result = match(resume, POSTING_EN)
    assert _skill(result, "kubernetes").credit == 1.0
    assert _skill(result, "gcp").credit == 0.5
