"""SkillSpan (train + dev): token-level precision, recall and F1 of KNOWLEDGE spans.

Gold: tags_knowledge != "O". A token is predicted "knowledge" when it overlaps a mention of a
concept whose kind is in the mapping. Two mappings are reported:

- "registered" (fixed before the first run): language, library, framework, platform, tool,
  database, service, concept, method. Soft skills, habits and practices were taken to be
  SkillSpan "skills".
- "with-practices" (changed after the first run, and reported as such): the same plus
  "practice". SkillSpan's guidelines annotate methods of work such as CI/CD, DevOps, Scrum or
  agile as knowledge, which the first mapping had wrong.

- "with-unlisted" (added in the eleventh session, after the first two had been measured for
  ten sessions): "with-practices" plus the phrases careernav quotes as asked-for knowledge no
  concept names (`Extraction.unlisted()`: "knowledge of consensus protocols"). They are part
  of what `extract_skills` reads out of a text, shown with a posting and a match; the cue
  words and stop words were set on train and checked on dev (reported apart below).

Mentions found by a verb and its object ("Deployed … models", `how == "action"`, added in the
fourth session) are left out of both: a verb phrase is a SkillSpan "skill", never knowledge.
"""

from __future__ import annotations

from careernav.extract import extract_skills
from careernav.knowledge import default_knowledge_base

from _common import read_jsonl, report, require_eval

REGISTERED = {
    "language", "library", "framework", "platform", "tool", "database", "service", "concept",
    "method",
    "industry",  # split from "concept" after the mapping was fixed; kept in it, as it was
}  # fmt: skip
MAPPINGS = {
    "registered": REGISTERED,
    "with-practices": REGISTERED | {"practice"},
    "with-unlisted": REGISTERED | {"practice"},
}
KNOWLEDGE_KINDS = MAPPINGS["with-practices"]


def sentences():
    for split in ("train", "dev"):
        for row in read_jsonl(require_eval("skillspan") / f"{split}.json"):
            yield split, row


def main() -> None:
    kb = default_knowledge_base()
    # tp, fp, fn per mapping, over all sentences and per SkillSpan source ("tech", "house")
    parts = ("all", "tech", "house", "train", "dev")
    counts = {(name, src): [0, 0, 0] for name in MAPPINGS for src in parts}
    n = 0
    for split, row in sentences():
        tokens, gold_tags = row["tokens"], row["tags_knowledge"]
        text, spans, pos = "", [], 0
        for token in tokens:
            spans.append((pos, pos + len(token)))
            text += token + " "
            pos += len(token) + 1
        extraction = extract_skills(text, kb=kb, doc_type="posting")
        for name, kinds in MAPPINGS.items():
            kept = [
                m for m in extraction.skills if kb.skills[m.id].kind in kinds and m.how != "action"
            ]
            if name == "with-unlisted":
                kept += extraction.unlisted()
            parts = ("all", row.get("source", "house"), split)
            for tally in (counts[name, part] for part in parts):
                for (start, end), tag in zip(spans, gold_tags, strict=True):
                    predicted = any(m.start < end and start < m.end for m in kept)
                    gold = tag != "O"
                    tally[0] += predicted and gold
                    tally[1] += predicted and not gold
                    tally[2] += gold and not predicted
        n += 1
    metrics: dict = {"sentences": n}
    for (name, src), (tp, fp, fn) in counts.items():
        precision = tp / (tp + fp) if tp + fp else 0.0
        recall = tp / (tp + fn) if tp + fn else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        metrics[f"{name}/{src}"] = {
            "precision": round(precision, 4),
            "recall": round(recall, 4),
            "f1": round(f1, 4),
            "tp": tp,
            "fp": fp,
            "fn": fn,
        }
    report("skillspan-knowledge-tokens", metrics)


if __name__ == "__main__":
    main()
