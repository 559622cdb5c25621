"""Export and import: a JSON round trip that keeps everything, and imports that refuse
duplicates and malformed data without writing anything."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta

import pytest

from careernav.store import (
    EXPORT_FORMAT,
    ImportDataError,
    ProfileExistsError,
    Store,
)

pytest_plugins = ["conftest_store"]

T0 = datetime(2026, 1, 5, 9, 0, 0, 123456, tzinfo=UTC)


def fill(store: Store) -> None:
    """Two profiles with something of every kind, Korean text, gaps in the ids."""
    store.create_profile("throwaway")
    store.add_document("throwaway", "resume", "old.md", "md", "old")
    for name, language in (("지민", "ko"), ("ada", "en")):
        store.create_profile(name, language=language, target_role="ml-engineer", hours_per_week=7.5)
        resume = store.add_document(name, "resume", "이력서.pdf", "pdf", "파이썬, PyTorch 3년\n")
        posting = store.add_document(name, "posting", "job.html", "html", "<p>LLM engineer</p>")
        store.update_profile(name, target_posting_document_id=posting.id)
        analysis = store.add_analysis(
            name,
            "match",
            {
                "verdict": "stretch",
                "coverage": 0.625,
                "missing": ["rag"],
                "nested": {"a": [1, None]},
            },
            resume_document_id=resume.id,
            posting_document_id=posting.id,
            target_role="ml-engineer",
        )
        store.add_analysis(
            name, "posting", {"top_role": "llm-engineer"}, posting_document_id=posting.id
        )
        store.save_plan(name, {"weeks": [["python"]]}, "role", "ml-engineer", "2026.10", 7.5, None)
        store.save_plan(
            name,
            {"weeks": [["pytorch"], ["rag"]]},
            "posting",
            str(posting.id),
            "2026.11",
            6,
            date(2026, 1, 5),
            analysis_id=analysis.id,
        )
        store.record_progress(name, "skill", "python", "in-progress", at=T0)
        store.record_progress(
            name, "skill", "python", "learned", note="수료", at=T0 + timedelta(days=9)
        )
        store.record_progress(name, "project", "rag-bot", "todo", at=T0 + timedelta(days=2))
        store.record_progress(name, "skill", "sql", "skipped", at=T0 + timedelta(days=2))
        store.save_retrospective(name, "quarter", "2026-Q1", {"went_well": ["python"], "점수": 4})
        store.save_retrospective(name, "year", "2026", {"summary": "good"})
    store.delete_profile("throwaway")


def test_export_is_json_with_format_and_schema_revision(store: Store):
    fill(store)
    data = store.export_data()
    assert data["format"] == EXPORT_FORMAT == "careernav-export"
    assert data["format_version"] == 1
    assert isinstance(data["schema_revision"], str) and data["schema_revision"]
    assert json.loads(json.dumps(data)) == data  # JSON-serialisable as it is
    profiles = {p["name"]: p for p in data["profiles"]}
    assert list(profiles) == ["ada", "지민"]
    ada = profiles["ada"]
    assert ada["created_at"].endswith("+00:00")
    assert datetime.fromisoformat(ada["progress_events"][0]["created_at"]) == T0
    assert [p["start_date"] for p in ada["plans"]] == [None, "2026-01-05"]
    assert [p["active"] for p in ada["plans"]] == [False, True]
    assert [e["status"] for e in ada["progress_events"]] == [
        "in-progress",
        "todo",
        "skipped",
        "learned",
    ]
    # ids are the export's own: documents numbered from 1 across the export
    assert [d["id"] for d in ada["documents"]] == [1, 2]
    assert ada["target_posting_document_id"] == 2
    assert ada["plans"][1]["analysis_id"] == ada["analyses"][0]["id"]


def test_export_import_export_round_trip_is_exact(
    backend: str, store: Store, make_store_url: Callable[[str], str]
):
    fill(store)
    exported = json.loads(json.dumps(store.export_data(), ensure_ascii=False))
    with Store.open(make_store_url(backend)) as empty:
        empty.import_data(exported)
        assert empty.export_data() == exported
        # and the imported data works like any other
        assert empty.latest_status("지민")[("skill", "python")] == "learned"
        assert empty.active_plan("ada").body == {"weeks": [["pytorch"], ["rag"]]}
        assert (
            empty.get_document(empty.get_profile("ada").target_posting_document_id).kind
            == "posting"
        )


def test_round_trip_across_backends(store: Store, make_store_url: Callable[[str], str]):
    fill(store)
    exported = store.export_data()
    for backend in ("sqlite", "postgresql"):
        with Store.open(make_store_url(backend)) as other:
            other.import_data(exported)
            assert other.export_data() == exported


def test_import_refuses_a_profile_that_is_already_there(backend: str, store: Store):
    fill(store)
    exported = store.export_data()
    store.record_progress("ada", "skill", "docker", "in-progress")
    before = store.export_data()
    with pytest.raises(ProfileExistsError) as caught:
        store.import_data(exported)
    message = str(caught.value)
    assert "'ada' already exists" in message
    assert "Nothing was imported" in message
    # what the user can do, in the CLI's words: replace it, or import into another database
    assert "`careernav import --replace FILE`" in message
    assert "`careernav --db OTHER.db import FILE`" in message
    assert "replace=True" not in message and "rename" not in message
    korean = caught.value.in_language("ko")
    assert "`careernav import --replace`로 그 파일을" in korean
    assert "`careernav --db 다른파일.db import 파일`" in korean
    assert store.export_data() == before


def test_import_is_all_or_nothing_when_a_later_profile_clashes(
    backend: str, store: Store, make_store_url: Callable[[str], str]
):
    fill(store)
    exported = store.export_data()
    with Store.open(make_store_url(backend)) as other:
        other.create_profile("지민", language="ko")  # clashes with the export's second profile
        other.record_progress("지민", "skill", "go", "learned")
        before = other.export_data()
        with pytest.raises(ProfileExistsError):
            other.import_data(exported)
        assert other.export_data() == before
        assert [p.name for p in other.list_profiles()] == ["지민"]


def test_import_with_replace_overwrites_only_those_profiles(store: Store):
    fill(store)
    exported = store.export_data()
    store.record_progress("ada", "skill", "docker", "in-progress")
    store.create_profile("zoe")
    store.import_data(exported, replace=True)
    after = store.export_data()
    assert [p["name"] for p in after["profiles"]] == ["ada", "zoe", "지민"]
    assert ("skill", "docker") not in store.latest_status("ada")
    without_zoe = {**after, "profiles": [p for p in after["profiles"] if p["name"] != "zoe"]}
    assert without_zoe == exported


def _break(data: dict, path: str, value: object) -> dict:
    """A copy of `data` with the item at `path` ('profiles.0.name') set to `value` (or removed
    when value is DELETE)."""
    broken = copy.deepcopy(data)
    *parents, last = path.split(".")
    node = broken
    for part in parents:
        node = node[int(part)] if isinstance(node, list) else node[part]
    key = int(last) if isinstance(node, list) else last
    if value is DELETE:
        del node[key]
    else:
        node[key] = value
    return broken


DELETE = object()

MALFORMED = [
    ("format", "something-else", "format: Input should be 'careernav-export'"),
    ("format_version", 2, "format_version: Input should be 1"),
    ("schema_revision", "ffffffffffff", "schema_revision: 'ffffffffffff' is not a revision"),
    ("profiles", DELETE, "profiles: Field required"),
    ("profiles.0.language", "fr", "profiles[0] ('ada').language: Input should be 'ko' or 'en'"),
    ("profiles.0.hours_per_week", "ten", "profiles[0] ('ada').hours_per_week"),
    (
        "profiles.0.hours_per_week",
        0,
        "profiles[0] ('ada').hours_per_week: Input should be greater than or equal to 0.5",
    ),
    ("profiles.0.created_at", "yesterday", "profiles[0] ('ada').created_at"),
    ("profiles.0.created_at", "2026-01-05T09:00:00", "timezone"),
    ("profiles.0.name", "지민", "the export has two profiles named '지민'"),
    ("profiles.0.name", "  ", "profiles[0].name: The profile name must be some text"),
    ("profiles.0.colour", "red", "profiles[0] ('ada').colour: Extra inputs are not permitted"),
    (
        "profiles.0.documents.0.kind",
        "letter",
        "documents[0].kind: Input should be 'resume' or 'posting'",
    ),
    ("profiles.0.documents.0.text", "edited", "documents[0].sha256: does not match the text"),
    ("profiles.0.documents.1.id", 1, "documents[1].id: document id 1 is used twice"),
    (
        "profiles.0.target_posting_document_id",
        1,
        "target_posting_document_id: document 1 is a resume, not a posting",
    ),
    (
        "profiles.0.target_posting_document_id",
        99,
        "target_posting_document_id: no document 99 in this profile",
    ),
    (
        "profiles.0.analyses.0.resume_document_id",
        3,
        "resume_document_id: no document 3 in this profile",
    ),
    ("profiles.0.plans.1.analysis_id", 77, "plans[1].analysis_id: no analysis 77 in this profile"),
    ("profiles.0.plans.0.active", True, "plans: more than one plan is active"),
    ("profiles.0.plans.0.start_date", "5 Jan", "plans[0].start_date"),
    (
        "profiles.0.progress_events.0.status",
        "done",
        "progress_events[0]: Unknown status 'done' for a skill",
    ),
    ("profiles.0.progress_events.0.subject_kind", "course", "progress_events[0].subject_kind"),
    ("profiles.0.retrospectives.0.period_label", "2026-Q9", "'2026-Q9' is not a quarter label"),
    (
        "profiles.0.retrospectives.0.content",
        "text",
        "retrospectives[0].content: Input should be an object",
    ),
]


@pytest.mark.parametrize(
    ("path", "value", "expected"), MALFORMED, ids=[m[0] + ":" + repr(m[1])[:12] for m in MALFORMED]
)
def test_malformed_imports_name_the_problem_and_write_nothing(
    store: Store, make_store_url: Callable[[str], str], backend: str, path, value, expected
):
    fill(store)
    exported = store.export_data()
    broken = _break(exported, path, value)
    with Store.open(make_store_url(backend)) as target:
        target.create_profile("someone-else")
        before = target.export_data()
        with pytest.raises(ImportDataError) as caught:
            target.import_data(broken)
        message = str(caught.value)
        assert expected in message, message
        assert message.startswith("Nothing was imported")
        assert target.export_data() == before


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        ([1, 2], "the data must be a JSON object, not list"),
        ({"format": "careernav-export", "x": float("nan")}, "the data is not JSON"),
        ({"when": datetime.now(UTC)}, "the data is not JSON"),
        ({}, "format: Field required"),
    ],
)
def test_data_that_is_not_an_export_is_refused(store: Store, data, expected):
    with pytest.raises(ImportDataError, match=expected):
        store.import_data(data)
    assert store.list_profiles() == []


@pytest.mark.parametrize(
    "breaks",
    [
        # wrong shapes or types
        [("profiles.0.language", "fr"), ("profiles.1.documents.0.kind", "letter")],
        # well-formed, but wrong values or references
        [
            ("profiles.0.progress_events.0.status", "finished"),
            ("profiles.1.plans.0.analysis_id", 9),
        ],
    ],
    ids=["shapes", "values"],
)
def test_all_problems_are_listed_at_once(store: Store, breaks):
    fill(store)
    broken = store.export_data()
    for path, value in breaks:
        broken = _break(broken, path, value)
    with pytest.raises(ImportDataError) as caught:
        store.import_data(broken)
    assert len(caught.value.problems) == 2, caught.value.problems


def test_with_a_knowledge_base_import_also_checks_what_the_app_reads_back(
    backend: str, store: Store, make_store_url: Callable[[str], str]
):
    """The store keeps any JSON a caller saves; given the knowledge base (as the CLI and the
    web app give it), import also refuses what careernav could not read back: here plans that
    are not careernav's plans and a project the knowledge base does not have."""
    from careernav.knowledge import default_knowledge_base

    fill(store)
    exported = store.export_data()
    with Store.open(make_store_url(backend)) as other:
        with pytest.raises(ImportDataError) as caught:
            other.import_data(exported, kb=default_knowledge_base())
        problems = caught.value.problems
        assert len(problems) == 6, problems  # 2 profiles × (2 plans + 1 project event)
        assert "profiles[0] ('ada').plans[0].body: is not a learning plan" in problems[0]
        assert any("'rag-bot' is not a portfolio project careernav knows" in p for p in problems)
        assert other.list_profiles() == []
        other.import_data(exported)  # the store's own rules only
        assert other.export_data() == exported
