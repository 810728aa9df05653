"""A second reading of the whole ad, for the items whose phrases mislead the lexicon most.

The lexicon reads phrases, and a phrase often says less than it seems: "winkel", "balie" or
"klanten" turn up in ads for office work too. A logistic regression on the words of whole ads,
trained on the hand-labelled evaluation texts with the held-out batches left out
(``bench/train_demand_model.py`` writes ``data/demand_model.json``), gives the chance that the
ad as a whole asks the item. A lexicon hit it finds unlikely is set aside as a doubt
(``Demands.doubted``), with its evidence and that chance, so a coach sees what was dropped.
Where the text is silent on standing or customer contact and the model finds the item very
likely (a day nursery's ad that never says "staan"), the item is added with the words that weighed
most as its evidence, at the low confidence of an implied demand: a hint for the matcher, never
an exclusion on its own.

The model only judges what it learned from: whole Dutch (or English) ads. A short ad, where a
few other words cannot outweigh a plain "je hebt dagelijks klantcontact", or a text whose words
it mostly does not know (a German ad) is left to the lexicon.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer

MODEL_FILE = Path(__file__).parent / "data" / "demand_model.json"
# a word in more than about a third of the training ads (idf under 2) weighs in the chances but
# explains nothing to a coach
TELLING_IDF = 2.0


class DemandModel:
    """Word weights per item, read from the JSON the training script writes."""

    def __init__(self, spec: dict[str, Any]) -> None:
        self.items: tuple[str, ...] = tuple(spec["items"])
        self.threshold: float = spec["threshold"]
        self.add_threshold: float = spec["add_threshold"]
        self.added: dict[str, float] = spec["added"]  # item -> the value it is added with
        self.min_words: int = spec["min_words"]
        self.min_known: float = spec["min_known"]
        self.words = TfidfVectorizer().build_analyzer()  # the tokens the model was trained on
        self.vocabulary: list[str] = spec["vocabulary"]
        self.columns = {word: column for column, word in enumerate(self.vocabulary)}
        self.idf = np.asarray(spec["idf"])
        self.weights = np.array([spec["items"][item]["weights"] for item in self.items]).T
        self.intercepts = np.array([spec["items"][item]["intercept"] for item in self.items])

    def chances(self, text: str) -> dict[str, float] | None:
        """The chance, per item, that the ad asks it; None where the model has no say."""
        vector = self._vector(text)
        if vector is None:
            return None
        column, tfidf = vector
        logits = tfidf @ self.weights[column] + self.intercepts
        return dict(zip(self.items, (1 / (1 + np.exp(-logits))).tolist(), strict=True))

    def telling_words(self, text: str, item: str, count: int = 3) -> list[str]:
        """The words of the text that raise the item's chance most, strongest first, among the
        words that tell ads apart (not "de", "aan" or "bent")."""
        vector = self._vector(text)
        if vector is None:
            return []
        column, tfidf = vector
        weights = tfidf * self.weights[column, self.items.index(item)]
        weights[self.idf[column] < TELLING_IDF] = 0.0
        strongest = np.argsort(-weights)[:count]
        return [self.vocabulary[column[row]] for row in strongest if weights[row] > 0]

    def _vector(self, text: str) -> tuple[np.ndarray, np.ndarray] | None:
        """The text's known words (as columns) and their normalised tf-idf weights; None for a
        short ad or one whose words the model mostly does not know.

        The vector is TfidfVectorizer(sublinear_tf=True)'s, built here from the shipped idf: the
        vectorizer's own transform costs more than the whole lexicon on a short ad.
        """
        words = self.words(text)
        if len(words) < self.min_words:  # a short ad: no need to look its words up
            return None
        columns = [self.columns[word] for word in words if word in self.columns]
        if len(columns) < self.min_known * len(words):
            return None
        column, counts = np.unique(columns, return_counts=True)
        tfidf = (1 + np.log(counts)) * self.idf[column]
        return column, tfidf / np.linalg.norm(tfidf)


@cache
def load(path: Path = MODEL_FILE) -> DemandModel:
    return DemandModel(json.loads(path.read_text(encoding="utf-8")))
