"""Near-duplicate articles (one wire story syndicated by many outlets) by MinHash/LSH.

The first article of a story in input order is its canonical copy; every later article whose word
5-gram Jaccard similarity to it reaches the threshold gets `duplicate_of` = the canonical id.
Marks depend only on the input order, so a resumed run marks exactly what a clean run marks.
"""
from __future__ import annotations

import re

import numpy as np
from datasketch import MinHash, MinHashLSH

WORD = re.compile(r"\w+")
SHINGLE_WORDS = 5
NUM_PERM = 64  # 64 permutations: +-0.06 error on the Jaccard estimate, cheap to keep per article
THRESHOLD = 0.8  # syndicated copies differ by a byline, a sentence or a tail; rewrites fall below


def shingles(text: str, size: int = SHINGLE_WORDS) -> list[bytes]:
    """Lower-cased word n-grams; a text shorter than n words is one shingle."""
    words = WORD.findall(text.lower())
    if len(words) <= size:
        return [" ".join(words).encode("utf-8")]
    return [" ".join(words[i:i + size]).encode("utf-8") for i in range(len(words) - size + 1)]


class NearDuplicates:
    """Streaming detector: `canonical_of(id, text)` returns the id of an earlier near-duplicate or None.

    Only canonical articles are indexed (a copy of a copy matches the original), and each LSH
    candidate is confirmed on its stored signature, so a band collision alone never marks a copy.
    """

    def __init__(self, threshold: float = THRESHOLD, num_perm: int = NUM_PERM):
        self.threshold = threshold
        self.num_perm = num_perm
        self.lsh = MinHashLSH(threshold=threshold, num_perm=num_perm)
        template = MinHash(num_perm=num_perm, seed=1)  # permutations drawn once, reused per article
        self._permutations, self._scheme = template.permutations, template.scheme
        self._signatures: dict[str, np.ndarray] = {}
        self._order: dict[str, int] = {}

    def signature(self, text: str) -> MinHash:
        minhash = MinHash(num_perm=self.num_perm, permutations=self._permutations, scheme=self._scheme)
        minhash.update_batch(shingles(text))
        return minhash

    def from_values(self, values: np.ndarray) -> MinHash:
        """A signature computed elsewhere (a Spark executor) from its hash values."""
        return MinHash(num_perm=self.num_perm, hashvalues=values, scheme=self._scheme)

    def canonical_of(self, article_id: str, text: str) -> str | None:
        return self.canonical_of_signature(article_id, self.signature(text))

    def canonical_of_signature(self, article_id: str, minhash: MinHash) -> str | None:
        matches = [key for key in self.lsh.query(minhash) if self._similar(minhash, key)]
        if matches:
            return min(matches, key=self._order.__getitem__)
        self.lsh.insert(article_id, minhash, check_duplication=False)
        self._signatures[article_id] = minhash.hashvalues.astype(np.uint32)  # 32-bit values: 256 bytes per article
        self._order[article_id] = len(self._order)
        return None

    def _similar(self, minhash: MinHash, key: str) -> bool:
        agreement = np.count_nonzero(minhash.hashvalues.astype(np.uint32) == self._signatures[key])
        return agreement / self.num_perm >= self.threshold
