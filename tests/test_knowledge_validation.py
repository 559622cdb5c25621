"""Each kind of broken knowledge-base file fails with a message naming file, entry, problem."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from careernav.errors import KnowledgeBaseError
from careernav.knowledge import load_knowledge_base


def edit(path: Path, change) -> None:
    entries = yaml.safe_load(path.read_text(encoding="utf-8"))
    change(entries)
    path.write_text(yaml.safe_dump(entries, allow_unicode=True), encoding="utf-8")


def entry(entries: list[dict], entry_id: str) -> dict:
    return next(e for e in entries if e["id"] == entry_id)


def problems_of(data_dir: Path) -> str:
    with pytest.raises(KnowledgeBaseError) as info:
        load_knowledge_base(data_dir)
    return "\n".join(info.value.problems)


def test_the_unbroken_copy_loads(kb_copy):
    assert len(load_knowledge_base(kb_copy).roles) == 15


def test_unknown_reference_in_a_role(kb_copy):
    edit(
        kb_copy / "roles.yaml",
        lambda es: entry(es, "ml-engineer")["core_skills"].update({"pytorh": 0.9}),
    )
    message = problems_of(kb_copy)
    assert "roles.yaml: entry 'ml-engineer'" in message
    assert "core skill 'pytorh' is not a known ID (did you mean 'pytorch'?)" in message


def test_unknown_prerequisite_of_a_skill(kb_copy):
    path = kb_copy / "skills" / "deep-learning.yaml"
    edit(path, lambda es: entry(es, "pytorch")["prerequisites"].append("no-such-skill"))
    message = problems_of(kb_copy)
    assert "skills/deep-learning.yaml: entry 'pytorch'" in message
    assert "prerequisite 'no-such-skill' is not a known ID" in message


def test_duplicate_id_across_files(kb_copy):
    source = yaml.safe_load((kb_copy / "skills" / "programming.yaml").read_text("utf-8"))
    clone = dict(entry(source, "python"), category="data-analysis")
    edit(kb_copy / "skills" / "data-analysis.yaml", lambda es: es.append(clone))
    message = problems_of(kb_copy)
    assert "entry 'python': duplicate skill ID 'python'" in message
    assert "skills/programming.yaml" in message and "skills/data-analysis.yaml" in message


def test_duplicate_alias_between_two_concepts(kb_copy):
    def add_alias(entries):
        tf = entry(entries, "tensorflow")
        tf.setdefault("aliases", {}).setdefault("ko", []).append("파이 토치")

    edit(kb_copy / "skills" / "deep-learning.yaml", add_alias)
    message = problems_of(kb_copy)
    assert "alias '파이 토치' is also a name of 'pytorch'" in message


def test_an_alias_hidden_by_an_exact_name_of_its_own_concept(kb_copy):
    # "MSc" and the exact-case "M.Sc" fold alike; the plain one would never be found
    def add_alias(entries):
        entry(entries, "masters-degree")["aliases"]["en"].append("MSc")

    edit(kb_copy / "skills" / "domains.yaml", add_alias)
    assert "alias 'MSc' folds like an exact-case or list-only name" in problems_of(kb_copy)


def test_cycle_in_prerequisites(kb_copy):
    path = kb_copy / "skills" / "data-analysis.yaml"

    def make_cycle(entries):
        entry(entries, "numpy")["prerequisites"] = ["pandas"]
        entry(entries, "pandas")["prerequisites"] = ["numpy"]

    edit(path, make_cycle)
    message = problems_of(kb_copy)
    assert "prerequisites form a cycle" in message
    assert "numpy → pandas → numpy" in message or "pandas → numpy → pandas" in message


def test_missing_korean_label(kb_copy):
    edit(kb_copy / "skills" / "llm-genai.yaml", lambda es: entry(es, "rag")["label"].pop("ko"))
    message = problems_of(kb_copy)
    assert "skills/llm-genai.yaml: entry 'rag': label.ko: the Korean text is missing" in message


def test_missing_korean_label_of_a_role(kb_copy):
    edit(kb_copy / "roles.yaml", lambda es: entry(es, "data-analyst")["label"].pop("ko"))
    assert "roles.yaml: entry 'data-analyst': label.ko: the Korean text is missing" in problems_of(
        kb_copy
    )


def test_file_that_is_not_yaml(kb_copy):
    (kb_copy / "projects.yaml").write_text("- id: a\n  title: [unclosed\n", encoding="utf-8")
    assert "projects.yaml: is not valid YAML at line" in problems_of(kb_copy)


def test_not_names_must_hold_a_name_and_be_no_name(kb_copy):
    def change(entries):
        entry(entries, "leadership")["not_names"] = {"en": ["team lead", "Python"]}

    edit(kb_copy / "skills" / "soft-skills.yaml", change)
    problems = problems_of(kb_copy)
    assert "not_name 'team lead' holds none of this concept's names" in problems
    assert "not_name 'Python' is a name of 'python'" in problems


def test_a_not_name_hides_the_name_inside_it(kb_copy):
    from careernav.extract import extract_skills

    text = "A Monty Python fan who writes Python daily."
    before = [m.start for m in extract_skills(text, kb=load_knowledge_base(kb_copy)).skills]
    assert before == [8, 30]

    def change(entries):
        entry(entries, "python")["not_names"] = {"en": ["Monty Python"], "ko": []}

    edit(kb_copy / "skills" / "programming.yaml", change)
    after = [m.start for m in extract_skills(text, kb=load_knowledge_base(kb_copy)).skills]
    assert after == [30]


def test_word_list_that_is_not_text(kb_copy):
    (kb_copy / "derived" / "ordinary_words.txt").write_bytes(b"\xff\xfe\x00binary")
    assert "derived/ordinary_words.txt: cannot be read as UTF-8 text" in problems_of(kb_copy)


def test_category_must_match_file(kb_copy):
    edit(kb_copy / "skills" / "nlp.yaml", lambda es: entry(es, "spacy").update(category="mlops"))
    assert "category 'mlops' must match its file nlp.yaml" in problems_of(kb_copy)


def test_same_title_in_two_roles(kb_copy):
    def steal(entries):
        title = entry(entries, "data-engineer")["titles"]["en"][0]
        entry(entries, "data-analyst")["titles"]["en"].append(title)

    edit(kb_copy / "roles.yaml", steal)
    message = problems_of(kb_copy)
    assert message.count("also belongs to role") == 1
    assert "'data-engineer'" in message and "'data-analyst'" in message


def test_redirect_to_unknown_concept(kb_copy):
    (kb_copy / "redirects.yaml").write_text("- old: torch-lib\n  new: pytorchh\n", encoding="utf-8")
    assert "redirect target 'pytorchh' is not a known ID" in problems_of(kb_copy)


def test_all_problems_are_reported_at_once(kb_copy):
    edit(kb_copy / "roles.yaml", lambda es: entry(es, "ml-engineer")["neighbours"].append("chef"))
    edit(kb_copy / "skills" / "llm-genai.yaml", lambda es: entry(es, "rag")["label"].pop("ko"))
    message = problems_of(kb_copy)
    assert "neighbour role 'chef'" in message and "label.ko" in message


def test_actions_are_single_words_owned_by_one_concept(kb_copy):
    def change(entries):
        entry(entries, "model-serving")["actions"] = {
            "en": [["deploy", "model"], ["Serve", "ML models"]],
            "ko": [["서빙", "모델"]],
        }

    edit(kb_copy / "skills" / "mlops.yaml", change)
    problems = problems_of(kb_copy)
    assert "action [deploy, model] is also an action of 'model-deployment'" in problems
    assert "action word 'Serve' must be one en word in lower case" in problems
    assert "action word 'ML models' must be one en word in lower case" in problems
