"""The memoised spaCy components in eventwire.nlp give exactly what spaCy's own give."""
from __future__ import annotations

import numpy
from spacy.attrs import DEP, LEMMA, MORPH, POS, TAG
from spacy.pipeline import AttributeRuler, Lemmatizer

from eventwire.scale.corpus import opening

TEXTS = [
    "The rebels ain't gonna give up, the commander told reporters on Sunday.\n\nTroops were shelling the town.",
    "She's been arrested twice. Police said they had seized 40 rifles and were questioning three men.",
    "Protesters marched through the capital's streets; the ministers didn't comment on their demands.",
]
ATTRS = [POS, TAG, DEP, MORPH, LEMMA]


def _docs_before(nlp, text: str, component: str):
    """Two copies of the Doc as it reaches `component`."""
    doc = nlp.make_doc(text)
    for name, proc in nlp.pipeline:
        if name == component:
            return doc, doc.copy()
        doc = proc(doc)
    raise AssertionError(f"{component} not in the pipeline")


def test_scale_memoised_components_are_swapped_in(nlp):
    assert type(nlp.get_pipe("lemmatizer")).__name__.startswith("Memoised")
    assert type(nlp.get_pipe("attribute_ruler")) is not AttributeRuler


def test_scale_memoised_attribute_ruler_equals_spacy(nlp):
    ruler = nlp.get_pipe("attribute_ruler")
    for _ in range(2):  # second round: every token comes from the memo
        for text in TEXTS:
            ours, theirs = _docs_before(nlp, text, "attribute_ruler")
            ruler(ours)
            AttributeRuler.__call__(ruler, theirs)
            assert numpy.array_equal(ours.to_array(ATTRS), theirs.to_array(ATTRS)), text


def test_scale_memoised_lemmatizer_equals_spacy(nlp):
    lemmatizer = nlp.get_pipe("lemmatizer")
    for _ in range(2):
        for text in TEXTS:
            ours, theirs = _docs_before(nlp, text, "lemmatizer")
            lemmatizer(ours)
            Lemmatizer.__call__(lemmatizer, theirs)
            assert [t.lemma_ for t in ours] == [t.lemma_ for t in theirs], text


def test_scale_paragraph_break_starts_a_sentence(nlp):
    doc = nlp("Troops entered the town\n\nResidents fled north on Monday.")
    starts = [t.text for t in doc if t.is_sent_start]
    assert "Residents" in starts


def test_scale_corpus_opening_keeps_whole_sentences():
    text = "First sentence here. Second one is longer than that. Third."
    assert opening(text, 25) == "First sentence here."
    assert opening(text, 55) == "First sentence here. Second one is longer than that."
    assert opening("No sentence end at all in this one", 5) == "No sentence end at all in this one"
