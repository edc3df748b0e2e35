"""Round 6 of event coding on unseen-style news: stock phrases that are no events, verbal clashes,
warnings of retaliation, calls that are held, drone strikes and air defence, words-only triggers.
All sentences are written for these tests."""
from __future__ import annotations

import pytest

from eventwire.model import Article

# (sentence, a type that must not be asserted)
NO_EVENT = [
    ("A customs officer, who asked not to be named, said the crossing was closed.", "REQUEST"),
    ("Two aides, who requested anonymity, said the budget would be cut.", "REQUEST"),
    ("A senior diplomat, who declined to be identified, said the vote was delayed.", "REJECT"),
    ("The officials were not authorised to speak to the media.", "CONCEDE"),
    ("The militia has long funded itself through smuggling and extortion.", "AID"),
    ("Corruption is incompatible with democracy, the senator said.", "COERCE"),
    ("Torture is never acceptable, the bishop said.", "ASSAULT"),
    ("\"No one will be allowed to disrupt the count,\" the interior minister said.", "CONCEDE"),
    ("\"No one will be allowed to disrupt the count,\" the interior minister said.", "AGREE"),
    ("\"We will not let looters take over our streets,\" the mayor said.", "REJECT"),
    ("\"We will not let looters take over our streets,\" the mayor said.", "CONCEDE"),
    ("Brazil and Argentina have clashed over beef quotas for years.", "ASSAULT"),
    ("Gunmen blocked the highway with burning tyres and opened fire on a bus.", "PROTEST"),
]


@pytest.fixture(scope="module")
def coded(pipeline):
    texts = sorted({text for text, _ in NO_EVENT} | set(TYPED))
    docs = pipeline.process_partition([Article(id=f"u6-{i}", text=t, published="2024-05-01") for i, t in enumerate(texts)])
    return dict(zip(texts, docs))


def _asserted(doc) -> set[str]:
    return {e.type for e in doc.events if not e.hypothetical and not e.negated}


@pytest.mark.parametrize("text,absent", NO_EVENT)
def test_stock_phrases_code_no_event(coded, text, absent):
    assert absent not in _asserted(coded[text])


# sentence -> (type, a word of its trigger, mode or None)
TYPED = {
    "Brazil and Argentina have clashed over beef quotas for years.": ("ACCUSE", "clashed", "disapprove"),
    "The foreign minister held a video call with his Kenyan counterpart.": ("CONSULT", "call", None),
    "The mayor called the shooting cowardly and promised an inquiry.": ("ACCUSE", "called", "disapprove"),
    "A Kremlin spokesman said the raids would not go unanswered.": ("THREATEN", "unanswered", None),
    "Iran launched 30 drones at Israeli bases on Sunday.": ("ASSAULT", "launched", "aerial"),
    "Romanian air defences intercepted 12 drones near the border.": ("ASSAULT", "intercepted", None),
    "The navy shot down two missiles over the Red Sea.": ("ASSAULT", "shot", None),
    "The junta, which took power in 2022, expelled Belgian troops last year.": ("SANCTION", "expelled", "expel"),
    "Argentina clashed with Chile over fishing rights, and Chile launched an investigation into Argentine trawlers.": ("ACCUSE", "investigation", "investigate"),
}


@pytest.mark.parametrize("text", sorted(TYPED))
def test_unseen_phrasing_gets_its_type(coded, text):
    type_, word, mode = TYPED[text]
    found = [e for e in coded[text].events if e.type == type_ and not e.hypothetical and word in e.trigger.text]
    assert found, [(e.type, e.trigger.text) for e in coded[text].events]
    if mode:
        assert mode in found[0].mode


def test_the_warned_side_is_the_recipient_and_the_speaker_the_actor(code_text):
    doc = code_text("Russian President Vladimir Putin said that Ukrainian attacks would not go unanswered.")
    warning = next(e for e in doc.events if e.type == "THREATEN")
    names = {a.id: a.span.text for a in doc.actors}
    assert any("Putin" in names[a] for a in warning.actor)
    assert not any(e.type == "ASSAULT" and not e.hypothetical for e in doc.events)


def test_a_warning_keeps_the_permission_it_refuses_hypothetical(code_text):
    doc = code_text("\"We will not let terrorists destroy our country,\" the president said.")
    assert all(e.hypothetical for e in doc.events if e.type == "COERCE")


def test_a_refused_permission_in_the_past_still_codes(code_text):
    doc = code_text("The government did not allow the opposition to hold a rally on Monday.")
    assert any(e.type == "CONCEDE" and e.negated and "allow" in e.trigger.text for e in doc.events)


def test_violent_clashes_over_something_stay_violent(code_text):
    assert "ASSAULT" in _asserted(code_text("Soldiers clashed with rebels over control of the bridge."))
    assert "PROTEST" in _asserted(code_text("Protesters clashed with police over the new tax law in Nairobi."))


def test_quoted_words_leave_the_quote_mark_out_of_the_trigger(code_text):
    doc = code_text("The commander said his fighters would \"capture\" the town within days.")
    assert doc.events
    for event in doc.events:
        assert '"' not in event.trigger.text
        assert event.trigger.text == doc.article.text[event.trigger.start:event.trigger.end]


def test_an_unless_condition_is_hypothetical(code_text):
    doc = code_text("The government said it would suspend talks unless the rebels freed the hostages.")
    assert all(e.hypothetical for e in doc.events if e.type == "RETREAT")


def test_the_formula_lists_load_with_a_version():
    from eventwire.events.formulas import formula_words

    words = formula_words()
    assert "name" in words.identity_verbs and "unanswered" in words.retaliation_states


def test_a_warning_phrased_as_permission_codes_nothing(code_text):
    for text in ("\"No one will be allowed to disrupt the count,\" the interior minister said.",
                 "\"Nobody will be permitted to carry weapons in the city,\" the governor said.",
                 "\"We will never let terrorists divide this nation,\" the prime minister said."):
        assert not code_text(text).events, text


def test_refusing_a_named_party_permission_stays_a_refusal(code_text):
    doc = code_text("The senator said he would not allow his committee to vote on the bill.")
    assert "REJECT" in _asserted(doc)
