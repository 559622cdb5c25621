"""`careernav skill NAME` suggests only names the typed one is a typo of: misspelt tools in
English and Korean get them, unrelated names get none and a message that says what to do."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from careernav.cli import main
from careernav.errors import NotFoundError

TYPOS = [
    ("pytroch", "pytorch"),
    ("pytorc", "pytorch"),
    ("tensorflw", "tensorflow"),
    ("langchian", "langchain"),
    ("dokcer", "docker"),
    ("Pyhton", "python"),
    ("kubernets", "kubernetes"),
    ("machine lerning", "machine-learning"),
    ("쿠버네티즈", "kubernetes"),
    ("쿠버내티스", "kubernetes"),
    ("쿠버네티", "kubernetes"),
    ("파이톨치", "pytorch"),
    ("텐서플루", "tensorflow"),
    ("랭채인", "langchain"),
]
# Names unknown to the map, and not a typo of any of its names: a compliance rule, a Korean
# tokenizer, translation metrics, short Korean words ("영업" is sales, not "영어").
UNRELATED = ["HIPAA", "Kiwi", "METEOR", "BLEU", "영업", "바나나", "pizza"]


@pytest.mark.parametrize(("typed", "sid"), TYPOS)
def test_a_typo_suggests_the_skill_first(kb, typed, sid):
    assert kb.find_skill(typed) is None
    suggestions = kb.suggest_skills(typed)
    assert suggestions and suggestions[0].endswith(f"({sid})")


@pytest.mark.parametrize("typed", ["pytroch", "tensorflw", "langchian", "쿠버네티즈"])
def test_a_typo_suggests_nothing_unrelated(kb, typed):
    # Before: "pytroch" also gave C, R and Python; "langchian" Clang and Routing and switching.
    assert len(kb.suggest_skills(typed)) == 1


@pytest.mark.parametrize("typed", UNRELATED)
def test_an_unrelated_name_gets_no_suggestions(kb, typed):
    assert kb.find_skill(typed) is None, f"{typed} is in the map now: pick another name"
    assert kb.suggest_skills(typed) == []


def test_not_found_without_suggestions_says_what_to_do(kb):
    with pytest.raises(NotFoundError) as caught:
        kb.skill("HIPAA")
    message = str(caught.value)
    assert message.startswith("No skill named 'HIPAA'.")
    assert "Did you mean" not in message
    assert "`careernav role ROLE`" in message
    assert "careernav skills" not in message  # there is no such command


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("HIPAA", None),
        ("Kiwi", None),
        ("METEOR", None),
        ("pytroch", "Did you mean: PyTorch (pytorch)?"),
        ("쿠버내티스", "Did you mean: Kubernetes (kubernetes)?"),
    ],
)
def test_cli_skill_unknown_name(typed, expected):
    result = CliRunner().invoke(main, ["skill", typed], catch_exceptions=False)
    assert result.exit_code == 1
    assert f"No skill named {typed!r}." in result.output
    if expected is None:
        assert "Did you mean" not in result.output
        assert "Check the spelling" in result.output
    else:
        assert expected in result.output
