"""SkillSpan (train + dev): token-level precision, recall and F1 of KNOWLEDGE spans.

The mapping, fixed before the first run: a token is predicted "knowledge" when it overlaps a
mention of a concept whose kind is a thing one knows (language, library, framework, platform,
tool, database, service, concept, method); soft skills, habits and practices are SkillSpan
"skills", not knowledge, so they are not counted. Gold: tags_knowledge != "O".
"""

from __future__ import annotations

from _common import read_jsonl, report, require_eval
from careernav.extract import extract_skills
from careernav.knowledge import default_knowledge_base

KNOWLEDGE_KINDS = {
    "language", "library", "framework", "platform", "tool", "database", "service", "concept",
    "method",
}  # fmt: skip


def main() -> None:
    kb = default_knowledge_base()
    tp = fp = fn = 0
    sentences = 0
    for split in ("train.json", "dev.json"):
        for row in read_jsonl(require_eval("skillspan") / split):
            tokens, gold_tags = row["tokens"], row["tags_knowledge"]
            text, spans, pos = "", [], 0
            for token in tokens:
                spans.append((pos, pos + len(token)))
                text += token + " "
                pos += len(token) + 1
            mentions = [
                m
                for m in extract_skills(text, kb=kb, doc_type="posting").skills
                if kb.skills[m.id].kind in KNOWLEDGE_KINDS
            ]
            for (start, end), tag in zip(spans, gold_tags, strict=True):
                predicted = any(m.start < end and start < m.end for m in mentions)
                gold = tag != "O"
                tp += predicted and gold
                fp += predicted and not gold
                fn += gold and not predicted
            sentences += 1
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    report(
        "skillspan-knowledge-tokens",
        {
            "sentences": sentences,
            "precision": round(precision, 4),
            "recall": round(recall, 4),
            "f1": round(f1, 4),
            "tp": tp,
            "fp": fp,
            "fn": fn,
        },
    )


if __name__ == "__main__":
    main()
