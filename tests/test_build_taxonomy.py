"""scripts/build_taxonomy.py on a small taxonomy written by the test (no ../shared needed)."""

from __future__ import annotations

import csv
import importlib.util
import json
from pathlib import Path

import pytest
import yaml

SCRIPT = Path(__file__).parents[1] / "scripts" / "build_taxonomy.py"
spec = importlib.util.spec_from_file_location("build_taxonomy", SCRIPT)
build_taxonomy = importlib.util.module_from_spec(spec)
spec.loader.exec_module(build_taxonomy)

PY_URI = "http://data.europa.eu/esco/skill/py"
ML_URI = "http://data.europa.eu/esco/skill/ml"
DS_URI = "http://data.europa.eu/esco/occupation/ds"


def write_csv(path: Path, header: list[str], rows: list[list[str]], delimiter: str = ",") -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f, delimiter=delimiter)
        writer.writerow(header)
        writer.writerows(rows)


@pytest.fixture
def taxonomy(tmp_path: Path) -> Path:
    root = tmp_path / "taxonomy"
    esco = root / "esco-1.2.0"
    write_csv(
        esco / "derived" / "skills_uri_label_reconstructed.csv",
        ["conceptUri", "preferredLabel", "collections"],
        [[ML_URI, "machine learning", ""], [PY_URI, "Python", ""]],
    )
    write_csv(
        esco / "raw" / "digitalSkillsCollection_en.csv",
        ["conceptUri", "preferredLabel", "altLabels"],
        [[PY_URI, "Python", "Python techniques | ML"]],  # "ML" belongs to machine-learning
    )
    write_csv(
        esco / "raw" / "occupations_en.csv",
        ["conceptUri", "preferredLabel", "altLabels", "description"],
        [[DS_URI, "data scientist", "data science specialist\nresearch data scientist",
          "Data scientists find insights. Their perception of data drives detection work."]],
    )  # fmt: skip
    onet = root / "onet-29.2"
    write_csv(
        onet / "Technology Skills.txt",
        ["O*NET-SOC Code", "Title", "Example"],
        [
            ["15-2051.00", "Data Scientists", "Python"],
            ["15-2051.00", "Data Scientists", "Machine Learning"],
        ],
        "\t",
    )
    write_csv(onet / "Occupation Data.txt", ["O*NET-SOC Code", "Title", "Description"],
              [["15-2051.00", "Data Scientists", "Develop models for anomaly detection."]],
              "\t")  # fmt: skip
    write_csv(onet / "Task Statements.txt", ["O*NET-SOC Code", "Task"],
              [["15-2051.00", "Apply Python to perception and Python-based detection."]],
              "\t")  # fmt: skip
    write_csv(onet / "Alternate Titles.txt", ["O*NET-SOC Code", "Alternate Title"],
              [["15-2051.00", "Machine Learning Scientist"]], "\t")  # fmt: skip
    write_csv(onet / "Sample of Reported Titles.txt", ["O*NET-SOC Code", "Reported Job Title"],
              [["15-2051.00", "Data Scientist"]], "\t")  # fmt: skip
    (root / "linguist-languages").mkdir()
    (root / "linguist-languages" / "languages.yml").write_text(
        "Python:\n  type: programming\n  aliases: [py, python3, rusthon]\n", encoding="utf-8"
    )
    return root


@pytest.fixture
def overlay(tmp_path: Path) -> Path:
    data = tmp_path / "data"
    (data / "skills").mkdir(parents=True)
    skills = [
        {"id": "python", "label": {"en": "Python", "ko": "파이썬"}, "esco": PY_URI,
         "onet": "Python", "linguist": "Python"},
        {"id": "machine-learning", "label": {"en": "Machine learning", "ko": "머신러닝"},
         "aliases": {"en": ["ML"]}, "esco": ML_URI},
    ]  # fmt: skip
    (data / "skills" / "x.yaml").write_text(yaml.safe_dump(skills), encoding="utf-8")
    roles = [{"id": "data-scientist", "esco": DS_URI, "onet": "15-2051.00"}]
    (data / "roles.yaml").write_text(yaml.safe_dump(roles), encoding="utf-8")
    return data


def test_ordinary_words_come_from_prose_used_twice_or_more(taxonomy, overlay):
    assert build_taxonomy.main(["--taxonomy", str(taxonomy), "--data", str(overlay)]) == 0
    words = (overlay / "derived" / "ordinary_words.txt").read_text("utf-8").split()
    # "detection" and "perception" are written in lower case in two sentences each; "Python"
    # is capitalised (a name); "insights" appears once; "data" is too short to matter.
    assert words == ["detection", "perception"]


def test_a_name_the_overlay_restricts_is_not_brought_back(taxonomy, overlay):
    skills = yaml.safe_load((overlay / "skills" / "x.yaml").read_text("utf-8"))
    skills[0]["aliases_in_lists"] = ["python3"]  # only inside skill lists
    (overlay / "skills" / "x.yaml").write_text(yaml.safe_dump(skills), encoding="utf-8")
    assert build_taxonomy.main(["--taxonomy", str(taxonomy), "--data", str(overlay)]) == 0
    linguist = json.loads((overlay / "derived" / "linguist.json").read_text("utf-8"))
    assert linguist["skills"]["python"] == ["Python"]


def test_derives_aliases_and_titles(taxonomy, overlay, capsys):
    assert build_taxonomy.main(["--taxonomy", str(taxonomy), "--data", str(overlay)]) == 0
    esco = json.loads((overlay / "derived" / "esco.json").read_text("utf-8"))
    onet = json.loads((overlay / "derived" / "onet.json").read_text("utf-8"))
    linguist = json.loads((overlay / "derived" / "linguist.json").read_text("utf-8"))
    assert esco["skills"]["python"]["alt_labels"] == ["Python", "Python techniques"]
    assert esco["occupations"]["data-scientist"]["alt_labels"] == [
        "data science specialist",
        "research data scientist",
    ]
    # "Machine Learning" is spelt like the label of machine-learning: linked to it.
    assert onet["skills"] == {"machine-learning": ["Machine Learning"], "python": ["Python"]}
    assert onet["roles"]["data-scientist"]["alternate_titles"] == [
        "Data Scientist",
        "Machine Learning Scientist",
    ]
    # "py" is too short to trust in running text, "rusthon" is a plain word: only python3 stays.
    assert linguist["skills"]["python"] == ["Python", "python3"]


def test_rebuilding_gives_identical_files(taxonomy, overlay):
    args = ["--taxonomy", str(taxonomy), "--data", str(overlay)]
    build_taxonomy.main(args)
    first = {p.name: p.read_bytes() for p in (overlay / "derived").iterdir()}
    build_taxonomy.main(args)
    assert first == {p.name: p.read_bytes() for p in (overlay / "derived").iterdir()}


def test_broken_link_is_reported(taxonomy, overlay, capsys):
    roles = [{"id": "data-scientist", "esco": DS_URI + "-gone", "onet": "99-9999.00"}]
    (overlay / "roles.yaml").write_text(yaml.safe_dump(roles), encoding="utf-8")
    assert build_taxonomy.main(["--taxonomy", str(taxonomy), "--data", str(overlay)]) == 1
    err = capsys.readouterr().err
    assert "is not an ESCO 1.2.0 occupation" in err and "99-9999.00" in err
    assert not (overlay / "derived").exists()
