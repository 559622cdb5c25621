"""The store's API on a real SQLite file and a real PostgreSQL server: profiles, documents,
analyses, plans, progress and retrospectives, and the errors a user sees."""

from __future__ import annotations

import dataclasses
import hashlib
import math
from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from careernav.store import (
    AnalysisRecord,
    DocumentRecord,
    InvalidValueError,
    PlanRecord,
    Profile,
    ProfileExistsError,
    ProfileNotFoundError,
    ProgressEvent,
    RecordNotFoundError,
    Retrospective,
    Store,
    StoreError,
)

pytest_plugins = ["conftest_store"]

T0 = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)


def test_profiles_are_created_read_listed_updated_and_deleted(store: Store):
    ada = store.create_profile("ada", language="ko", target_role="ml-engineer", hours_per_week=8)
    assert isinstance(ada, Profile)
    assert (ada.name, ada.language, ada.target_role, ada.hours_per_week) == (
        "ada",
        "ko",
        "ml-engineer",
        8.0,
    )
    assert ada.target_posting_document_id is None
    assert ada.created_at == ada.updated_at
    assert ada.created_at.tzinfo is UTC
    assert store.get_profile("ada") == ada

    bo = store.create_profile("bo")
    assert (bo.language, bo.target_role, bo.hours_per_week) == ("en", None, 10.0)
    assert [p.name for p in store.list_profiles()] == ["ada", "bo"]

    changed = store.update_profile("ada", language="en", target_role=None, hours_per_week=12.5)
    assert (changed.language, changed.target_role, changed.hours_per_week) == ("en", None, 12.5)
    assert changed.created_at == ada.created_at
    assert changed.updated_at >= ada.updated_at
    assert store.get_profile("ada") == changed

    renamed = store.update_profile("ada", name="ada-lovelace")
    assert renamed.id == ada.id
    with pytest.raises(ProfileNotFoundError):
        store.get_profile("ada")

    store.delete_profile("ada-lovelace")
    assert [p.name for p in store.list_profiles()] == ["bo"]
    with pytest.raises(ProfileNotFoundError):
        store.delete_profile("ada-lovelace")


def test_records_are_frozen_dataclasses(store: Store):
    profile = store.create_profile("ada")
    assert dataclasses.is_dataclass(profile)
    with pytest.raises(dataclasses.FrozenInstanceError):
        profile.name = "eve"  # type: ignore[misc]


def test_missing_profile_is_named_and_the_fix_suggested(store: Store):
    store.create_profile("ada")
    with pytest.raises(ProfileNotFoundError) as caught:
        store.get_profile("eve")
    message = str(caught.value)
    assert "'eve'" in message
    assert "careernav profile create eve" in message
    assert "ada" in message  # the profiles there are
    assert caught.value.name == "eve"
    for call in (
        lambda: store.add_document("eve", "resume", "cv.md", "md", "text"),
        lambda: store.record_progress("eve", "skill", "python", "learned"),
        lambda: store.progress_events("eve"),
        lambda: store.active_plan("eve"),
        lambda: store.list_retrospectives("eve"),
    ):
        with pytest.raises(ProfileNotFoundError):
            call()


def test_profile_names_are_unique(store: Store):
    store.create_profile("ada")
    with pytest.raises(ProfileExistsError, match="'ada' already exists"):
        store.create_profile("ada")
    store.create_profile("bo")
    with pytest.raises(ProfileExistsError):
        store.update_profile("bo", name="ada")
    assert [p.name for p in store.list_profiles()] == ["ada", "bo"]


@pytest.mark.parametrize(
    ("changes", "words"),
    [
        ({"language": "fr"}, ["'fr'", "ko, en"]),
        ({"hours_per_week": 0}, ["hours_per_week", "0"]),
        ({"hours_per_week": math.nan}, ["hours_per_week"]),
        ({"hours_per_week": 200}, ["168"]),
        ({"name": "   "}, ["profile name"]),
        ({"name": "x" * 201}, ["201 characters", "200"]),
        ({"colour": "red"}, ["colour", "You can change"]),
    ],
)
def test_bad_profile_values_are_refused_with_a_clear_message(store: Store, changes, words):
    before = store.create_profile("ada")
    with pytest.raises(InvalidValueError) as caught:
        store.update_profile("ada", **changes)
    for word in words:
        assert word in str(caught.value)
    assert store.get_profile("ada") == before


def test_create_profile_refuses_bad_values(store: Store):
    with pytest.raises(InvalidValueError, match="Unknown language 'de'"):
        store.create_profile("ada", language="de")
    with pytest.raises(InvalidValueError):
        store.create_profile("ada", hours_per_week=-1)
    assert store.list_profiles() == []


def test_documents_are_added_and_read_back(store: Store):
    ada = store.create_profile("ada")
    text = "머신러닝 엔지니어\nPython, PyTorch"
    document = store.add_document("ada", "resume", "이력서.md", "md", text)
    assert isinstance(document, DocumentRecord)
    assert (document.profile_id, document.kind, document.name, document.format) == (
        ada.id,
        "resume",
        "이력서.md",
        "md",
    )
    assert document.text == text
    assert document.sha256 == hashlib.sha256(text.encode("utf-8")).hexdigest()
    assert store.get_document(document.id) == document

    with pytest.raises(RecordNotFoundError, match="No document with id 9999"):
        store.get_document(9999)
    with pytest.raises(InvalidValueError, match="Unknown document kind 'letter'"):
        store.add_document("ada", "letter", "x.txt", "txt", "hi")


def test_target_posting_must_be_a_posting_of_the_same_profile(store: Store):
    store.create_profile("ada")
    store.create_profile("bo")
    posting = store.add_document("ada", "posting", "job.html", "html", "ML engineer wanted")
    resume = store.add_document("ada", "resume", "cv.md", "md", "me")
    bo_posting = store.add_document("bo", "posting", "job.txt", "txt", "data engineer")

    assert (
        store.update_profile(
            "ada", target_posting_document_id=posting.id
        ).target_posting_document_id
        == posting.id
    )
    with pytest.raises(InvalidValueError, match="is a resume"):
        store.update_profile("ada", target_posting_document_id=resume.id)
    with pytest.raises(RecordNotFoundError, match="'ada' has no document"):
        store.update_profile("ada", target_posting_document_id=bo_posting.id)
    assert store.get_profile("ada").target_posting_document_id == posting.id
    assert (
        store.update_profile("ada", target_posting_document_id=None).target_posting_document_id
        is None
    )


def test_analyses_are_added_and_the_latest_found(store: Store):
    store.create_profile("ada")
    resume = store.add_document("ada", "resume", "cv.md", "md", "Python")
    posting = store.add_document("ada", "posting", "job.md", "md", "PyTorch")
    assert store.latest_analysis("ada") is None

    result = {"verdict": "stretch", "coverage": 0.61, "missing": ["pytorch"], "ko": "도전"}
    match = store.add_analysis(
        "ada",
        "match",
        result,
        resume_document_id=resume.id,
        posting_document_id=posting.id,
        target_role="ml-engineer",
    )
    assert isinstance(match, AnalysisRecord)
    assert match.result == result
    assert (match.resume_document_id, match.posting_document_id) == (resume.id, posting.id)
    assert match.target_role == "ml-engineer"

    posting_analysis = store.add_analysis(
        "ada", "posting", {"top_role": "ml-engineer"}, posting_document_id=posting.id
    )
    assert store.latest_analysis("ada") == posting_analysis
    assert store.latest_analysis("ada", kind="match") == match
    assert store.latest_analysis("ada", kind="nothing") is None

    with pytest.raises(
        InvalidValueError, match="is a posting, but resume_document_id needs a resume"
    ):
        store.add_analysis("ada", "match", {}, resume_document_id=posting.id)
    with pytest.raises(RecordNotFoundError):
        store.add_analysis("ada", "match", {}, resume_document_id=12345)


@pytest.mark.parametrize(
    "result",
    [{"x": math.nan}, {1: "int key"}, {"x": object()}, {"x": (1, 2)}, ["not", "a", "dict"]],
    ids=["nan", "int-key", "object", "tuple", "list"],
)
def test_results_that_are_not_json_are_refused(store: Store, result):
    store.create_profile("ada")
    with pytest.raises(InvalidValueError, match="result"):
        store.add_analysis("ada", "match", result)
    assert store.latest_analysis("ada") is None


def _plan(store: Store, body: dict, **kwargs) -> PlanRecord:
    arguments = {
        "target_kind": "role",
        "target_id": "ml-engineer",
        "kb_version": "2026.11",
        "hours_per_week": 10,
        "start_date": date(2026, 1, 5),
    }
    arguments.update(kwargs)
    return store.save_plan("ada", body, **arguments)


def test_a_new_plan_becomes_the_only_active_one(store: Store):
    store.create_profile("ada")
    store.create_profile("bo")
    assert store.active_plan("ada") is None
    assert store.list_plans("ada") == []

    analysis = store.add_analysis("ada", "match", {"verdict": "stretch"})
    first = _plan(store, {"weeks": [{"skills": ["python"]}]}, analysis_id=analysis.id)
    assert isinstance(first, PlanRecord)
    assert first.active and first.analysis_id == analysis.id
    assert first.start_date == date(2026, 1, 5)
    assert store.active_plan("ada") == first

    bo_plan = store.save_plan("bo", {"weeks": []}, "posting", "17", "2026.11", 5, None)
    second = _plan(store, {"weeks": [{"skills": ["pytorch"]}]}, start_date=None)
    assert second.start_date is None
    assert store.active_plan("ada") == second
    plans = store.list_plans("ada")
    assert [p.id for p in plans] == [first.id, second.id]
    assert [p.active for p in plans] == [False, True]
    assert plans[0].body == first.body  # the old plan is kept, inactive
    assert store.active_plan("bo") == bo_plan  # other profiles untouched


def test_save_plan_refuses_bad_values_and_keeps_the_active_plan(store: Store):
    store.create_profile("ada")
    store.create_profile("bo")
    active = _plan(store, {"weeks": []})
    bo_analysis = store.add_analysis("bo", "match", {})
    with pytest.raises(InvalidValueError, match="Unknown target kind 'company'"):
        _plan(store, {}, target_kind="company")
    with pytest.raises(RecordNotFoundError, match="'ada' has no analysis"):
        _plan(store, {}, analysis_id=bo_analysis.id)
    with pytest.raises(InvalidValueError, match="start_date must be a date"):
        _plan(store, {}, start_date=datetime(2026, 1, 1, tzinfo=UTC))
    assert store.list_plans("ada") == [active]


def test_progress_is_appended_and_read_in_time_order(store: Store):
    store.create_profile("ada")
    assert store.progress_events("ada") == []
    assert store.latest_status("ada") == {}

    a = store.record_progress("ada", "skill", "python", "in-progress", at=T0)
    b = store.record_progress(
        "ada", "skill", "python", "learned", note="course done", at=T0 + timedelta(days=7)
    )
    c = store.record_progress(
        "ada", "project", "rag-chatbot", "in-progress", at=T0 + timedelta(days=3)
    )
    d = store.record_progress(
        "ada", "skill", "sql", "skipped", at=T0 + timedelta(days=3)
    )  # same time as c
    assert isinstance(a, ProgressEvent)
    assert b.note == "course done" and a.note is None
    assert a.created_at == T0

    assert [e.id for e in store.progress_events("ada")] == [a.id, c.id, d.id, b.id]
    assert store.latest_status("ada") == {
        ("skill", "python"): "learned",
        ("project", "rag-chatbot"): "in-progress",
        ("skill", "sql"): "skipped",
    }
    until = T0 + timedelta(days=3)
    assert [e.id for e in store.progress_events("ada", until=until)] == [a.id, c.id, d.id]
    assert store.latest_status("ada", until=until)[("skill", "python")] == "in-progress"
    assert store.latest_status("ada", until=T0 - timedelta(seconds=1)) == {}

    now = store.record_progress("ada", "project", "rag-chatbot", "done")
    assert abs(now.created_at - datetime.now(UTC)) < timedelta(minutes=5)
    assert store.latest_status("ada")[("project", "rag-chatbot")] == "done"


def test_progress_at_in_another_zone_is_kept_as_utc(store: Store):
    store.create_profile("ada")
    seoul = datetime(2026, 3, 1, 9, 0, tzinfo=timezone(timedelta(hours=9)))
    event = store.record_progress("ada", "skill", "python", "learned", at=seoul)
    assert event.created_at == seoul
    assert event.created_at.tzinfo is UTC
    assert event.created_at.hour == 0
    assert store.progress_events("ada")[0].created_at == seoul


@pytest.mark.parametrize(
    ("kind", "status", "words"),
    [
        ("skill", "done", ["'done'", "skill", "learned, in-progress, skipped, todo"]),
        ("project", "learned", ["'learned'", "project", "done, in-progress, todo"]),
        ("course", "done", ["'course'", "skill, project"]),
    ],
)
def test_bad_progress_kind_or_status_is_named_with_the_allowed_ones(
    store: Store, kind, status, words
):
    store.create_profile("ada")
    with pytest.raises(InvalidValueError) as caught:
        store.record_progress("ada", kind, "python", status)
    for word in words:
        assert word in str(caught.value)
    assert store.progress_events("ada") == []


def test_progress_survives_a_revised_plan(store: Store):
    """The complaint careernav fixes: revising a roadmap must not lose progress."""
    store.create_profile("ada")
    _plan(store, {"weeks": [{"skills": ["python", "sql"]}]})
    store.record_progress("ada", "skill", "python", "learned", at=T0)
    store.record_progress("ada", "project", "etl-pipeline", "done", at=T0)
    _plan(store, {"weeks": [{"skills": ["pytorch"]}]}, hours_per_week=6)
    store.update_profile("ada", hours_per_week=6, target_role="ml-engineer")
    assert store.latest_status("ada") == {
        ("skill", "python"): "learned",
        ("project", "etl-pipeline"): "done",
    }


def test_retrospectives_are_saved_and_listed(store: Store):
    store.create_profile("ada")
    assert store.list_retrospectives("ada") == []
    q4 = store.save_retrospective(
        "ada", "quarter", "2026-Q4", {"learned": ["python"], "next": "ml"}
    )
    year = store.save_retrospective("ada", "year", "2026", {"summary": "좋은 한 해"})
    again = store.save_retrospective("ada", "quarter", "2026-Q4", {"learned": ["python", "sql"]})
    assert isinstance(q4, Retrospective)
    assert (q4.period_kind, q4.period_label, q4.content) == (
        "quarter",
        "2026-Q4",
        {"learned": ["python"], "next": "ml"},
    )
    # a period has one retrospective: saving it again updates it in place
    assert (again.id, again.content) == (q4.id, {"learned": ["python", "sql"]})
    assert store.list_retrospectives("ada") == [year, again]


@pytest.mark.parametrize(
    ("kind", "label", "match"),
    [
        ("quarter", "2026-Q5", "'2026-Q5' is not a quarter label. Write it like '2026-Q4'"),
        ("quarter", "2026", "not a quarter label"),
        ("year", "26", "not a year label. Write it like '2026'"),
        ("month", "2026-01", "Unknown period kind 'month'. Use one of: quarter, year"),
    ],
)
def test_bad_retrospective_periods_are_refused(store: Store, kind, label, match):
    store.create_profile("ada")
    with pytest.raises(InvalidValueError, match=match):
        store.save_retrospective("ada", kind, label, {})
    assert store.list_retrospectives("ada") == []


def test_deleting_a_profile_deletes_its_data_and_nothing_else(store: Store):
    for name in ("ada", "bo"):
        store.create_profile(name)
        posting = store.add_document(name, "posting", "job.md", "md", "job")
        store.update_profile(name, target_posting_document_id=posting.id)
        analysis = store.add_analysis(name, "posting", {}, posting_document_id=posting.id)
        store.save_plan(
            name, {}, "posting", str(posting.id), "kb", 5, None, analysis_id=analysis.id
        )
        store.record_progress(name, "skill", "python", "learned")
        store.save_retrospective(name, "year", "2026", {})
    bo_before = _everything(store, "bo")
    ada_document = store.get_profile("ada").target_posting_document_id

    store.delete_profile("ada")
    assert [p.name for p in store.list_profiles()] == ["bo"]
    with pytest.raises(RecordNotFoundError):
        store.get_document(ada_document)
    assert _everything(store, "bo") == bo_before
    exported = store.export_data()["profiles"]
    assert [p["name"] for p in exported] == ["bo"]


def _everything(store: Store, name: str) -> tuple:
    return (
        store.get_profile(name),
        store.latest_analysis(name),
        store.list_plans(name),
        store.progress_events(name),
        store.list_retrospectives(name),
    )


def test_data_is_still_there_after_reopening(store_url: str):
    with Store.open(store_url) as store:
        store.create_profile("ada", language="ko")
        store.record_progress("ada", "skill", "python", "learned", at=T0)
        _plan(store, {"weeks": [1, 2]})
        before = _everything(store, "ada")
    with Store.open(store_url) as store:
        assert _everything(store, "ada") == before


def test_a_closed_store_says_so(store_url: str):
    store = Store.open(store_url)
    store.close()
    with pytest.raises(StoreError, match="closed"):
        store.list_profiles()


def test_url_hides_the_password(backend: str, store_url: str):
    with Store.open(store_url) as store:
        if backend == "sqlite":
            assert store.url.startswith("sqlite:///") and store.url.endswith(".db")
        else:
            assert store.url.startswith("postgresql+psycopg://")
            if ":" in (store_url.split("@")[0].split("//")[1]):
                assert "***" in store.url
