"""SkillSpan: what a dictionary of the annotators' own knowledge spans scores, for context.

careernav finds knowledge with a curated knowledge base. This script asks what the best
dictionary for this corpus would do: it collects every knowledge span annotated in the train
split (lower-cased token sequences), keeps those annotated at least `share` of the times the
words occur in train, and tags dev by exact lookup (n-grams up to 6 tokens). careernav is
scored on the same dev split, the same token-level way as in `skillspan.py`. The dictionary
is built from the test's own annotations, so it is an optimistic baseline, not a rival
product.
"""

from __future__ import annotations

from collections import Counter

from careernav.extract import extract_skills
from careernav.knowledge import default_knowledge_base
from skillspan import KNOWLEDGE_KINDS

from _common import read_jsonl, report, require_eval

MAX_N = 6


def gold_spans(tags: list[str]) -> list[list[int]]:
    spans, current = [], []
    for i, tag in enumerate(tags):
        if tag.startswith("B") or (tag.startswith("I") and not current):
            if current:
                spans.append(current)
            current = [i]
        elif tag.startswith("I"):
            current.append(i)
        elif current:
            spans.append(current)
            current = []
    if current:
        spans.append(current)
    return spans


def ngrams(tokens: list[str]):
    for n in range(1, MAX_N + 1):
        for i in range(len(tokens) - n + 1):
            yield i, n, tuple(tokens[i : i + n])


def score(tally: list[int]) -> dict:
    tp, fp, fn = tally
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f1, 4)}


def main() -> None:
    train = list(read_jsonl(require_eval("skillspan") / "train.json"))
    dev = list(read_jsonl(require_eval("skillspan") / "dev.json"))
    annotated, seen = Counter(), Counter()
    for row in train:
        tokens = [t.lower() for t in row["tokens"]]
        for span in gold_spans(row["tags_knowledge"]):
            annotated[tuple(tokens[i] for i in span)] += 1
    for row in train:
        for _, _, gram in ngrams([t.lower() for t in row["tokens"]]):
            if gram in annotated:
                seen[gram] += 1
    results = {}
    for share in (0.0, 0.3, 0.5):
        words = {g for g, n in annotated.items() if n / max(seen[g], n) >= share}
        tally = [0, 0, 0]
        for row in dev:
            tokens = [t.lower() for t in row["tokens"]]
            predicted = [False] * len(tokens)
            for i, n, gram in ngrams(tokens):
                if gram in words:
                    predicted[i : i + n] = [True] * n
            for p, tag in zip(predicted, row["tags_knowledge"], strict=True):
                g = tag != "O"
                tally[0] += p and g
                tally[1] += p and not g
                tally[2] += g and not p
        results[f"train dictionary, share >= {share}"] = {"phrases": len(words), **score(tally)}
    kb = default_knowledge_base()
    tally = [0, 0, 0]
    for row in dev:
        text, spans, pos = "", [], 0
        for token in row["tokens"]:
            spans.append((pos, pos + len(token)))
            text += token + " "
            pos += len(token) + 1
        mentions = [
            m
            for m in extract_skills(text, kb=kb, doc_type="posting").skills
            if kb.skills[m.id].kind in KNOWLEDGE_KINDS
        ]
        for (start, end), tag in zip(spans, row["tags_knowledge"], strict=True):
            p = any(m.start < end and start < m.end for m in mentions)
            g = tag != "O"
            tally[0] += p and g
            tally[1] += p and not g
            tally[2] += g and not p
    results["careernav (with-practices)"] = score(tally)
    report("skillspan-dev-dictionary-ceiling", {"dev_sentences": len(dev), "results": results})


if __name__ == "__main__":
    main()
