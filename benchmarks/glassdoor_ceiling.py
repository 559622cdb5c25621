"""Glassdoor: how far the content can tell the title-derived roles apart at all.

careernav never trains on Glassdoor. This script does, on purpose and only here, to put its
figure in context: supervised bag-of-words classifiers, trained and scored by 5-fold
stratified cross-validation on the same 591 postings, the same gold rule and the same text
(title removed) as `glassdoor.py`. If classifiers fitted to these very labels cannot reach a
macro-F1, a model built from role knowledge alone is not expected to either.

Needs scikit-learn, which careernav itself does not use:
    .venv/bin/pip install -e '.[bench]'
"""

from __future__ import annotations

import re
import sys

from glassdoor import ROLES, gold_role

from _common import read_jsonl, report, require_eval

try:
    from sklearn.feature_extraction.text import CountVectorizer, TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.metrics import accuracy_score, f1_score
    from sklearn.model_selection import StratifiedKFold, cross_val_predict
    from sklearn.naive_bayes import ComplementNB
    from sklearn.svm import LinearSVC
except ImportError:
    sys.exit("this benchmark needs scikit-learn: .venv/bin/pip install -e '.[bench]'")


def main() -> None:
    texts, gold = [], []
    for post in read_jsonl(require_eval("glassdoor_dev.jsonl")):
        role = gold_role(post["title"])
        if role is None:
            continue
        texts.append(re.sub(re.escape(post["title"]), " ", post["description"], flags=re.I))
        gold.append(role)
    folds = StratifiedKFold(n_splits=5, shuffle=True, random_state=0)
    tfidf = {"sublinear_tf": True, "min_df": 2}
    models = {
        "logistic regression, tf-idf 1-2 grams, balanced": (
            LogisticRegression(C=1.0, max_iter=2000, class_weight="balanced"),
            TfidfVectorizer(ngram_range=(1, 2), **tfidf),
        ),
        "linear SVM, tf-idf words, balanced": (
            LinearSVC(C=0.3, class_weight="balanced"),
            TfidfVectorizer(stop_words="english", **tfidf),
        ),
        "complement naive Bayes, counts 1-2 grams": (
            ComplementNB(),
            CountVectorizer(ngram_range=(1, 2), min_df=2),
        ),
    }
    results = {}
    for name, (model, vectorizer) in models.items():
        predicted = cross_val_predict(model, vectorizer.fit_transform(texts), gold, cv=folds)
        per_role = f1_score(gold, predicted, labels=ROLES, average=None)
        results[name] = {
            "accuracy": round(accuracy_score(gold, predicted), 4),
            "macro_f1": round(f1_score(gold, predicted, labels=ROLES, average="macro"), 4),
            "f1": {role: round(f, 4) for role, f in zip(ROLES, per_role, strict=True)},
        }
    report("glassdoor-supervised-ceiling", {"postings": len(gold), "models": results})


if __name__ == "__main__":
    main()
