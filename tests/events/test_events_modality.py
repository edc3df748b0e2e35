"""Negation, hypotheticals and the article-date fallback."""
from __future__ import annotations


def test_not_negates(code_text, event_of):
    doc = code_text("Egypt did not attack Libya.")
    assert event_of(doc, "ASSAULT").negated


def test_denied_negates_its_complement(code_text, event_of):
    doc = code_text("Iran denied attacking the tanker.")
    assert event_of(doc, "ASSAULT").negated


def test_plain_event_is_asserted(code_text, event_of):
    doc = code_text("Egypt attacked Libya.")
    event = event_of(doc, "ASSAULT")
    assert not event.negated and not event.hypothetical


def test_plans_to_is_hypothetical(code_text, event_of):
    doc = code_text("Canada plans to impose sanctions on Russia.")
    assert event_of(doc, "SANCTION").hypothetical


def test_threatened_to_is_hypothetical_action_and_a_threat(code_text, event_of):
    doc = code_text("India threatened to expel Pakistani diplomats.")
    assert event_of(doc, "THREATEN").hypothetical is False
    assert event_of(doc, "SANCTION").hypothetical


def test_would_is_hypothetical(code_text, event_of):
    doc = code_text("Officials said Chile would recognize the new government.")
    assert event_of(doc, "SUPPORT").hypothetical


def test_conditional_unless_makes_a_threat(code_text, event_of):
    doc = code_text("Nigeria said it will withdraw its troops from Chad unless the fighting stops.")
    assert event_of(doc, "THREATEN").actor


def test_date_from_time_expression_else_article(code_text, event_of):
    doc = code_text("Police arrested 30 protesters on Friday. Soldiers attacked the camp.", published="2024-03-18")
    arrest, attack = event_of(doc, "COERCE"), event_of(doc, "ASSAULT")
    assert arrest.date_source == "time" and arrest.date == "2024-03-15"
    assert attack.date_source == "article" and attack.date == "2024-03-18"


def test_every_event_carries_provenance(code_text):
    doc = code_text("Rebels ambushed an army convoy near Goma, killing five soldiers.")
    for event in doc.events:
        assert event.method and 0 < event.confidence <= 1
        assert doc.article.text[event.sentence.start:event.sentence.end] == event.sentence.text
        assert event.cameo and event.quad in (1, 2, 3, 4)


def test_no_on_the_subject_negates(code_text):
    doc = code_text("No soldiers were killed in the attack on the base.")
    assert all(e.negated for e in doc.events if e.type == "ASSAULT" and e.trigger.text == "killed")


def test_accidents_are_not_events(code_text):
    doc = code_text("A fire destroyed three homes in the village on Sunday.")
    assert not [e for e in doc.events if e.type in {"COERCE", "ASSAULT"}]


def test_plans_need_an_action_of_their_own(code_text):
    assert not [e for e in code_text("The ministry plans to build new schools.").events if e.type == "AGREE"]
    doc = code_text("Israel plans to withdraw its troops from Gaza.")
    assert [e for e in doc.events if e.type == "AGREE" and not e.hypothetical]
    assert [e for e in doc.events if e.type == "RETREAT" and e.hypothetical]


def test_alleged_acts_are_not_asserted(code_text, event_of):
    doc = code_text("Police arrested two men suspected of bombing the embassy.")
    assert event_of(doc, "COERCE").hypothetical is False
    bombing = [e for e in doc.events if e.type == "ASSAULT"]
    assert bombing and all(e.hypothetical for e in bombing)


def test_negated_future_is_a_refusal_or_a_promise(code_text):
    refusal = code_text("Iran said it will not negotiate with the United States.")
    assert [e for e in refusal.events if e.type == "REJECT" and not e.negated and not e.hypothetical]
    promise = code_text("The rebels said they would not attack civilians.")
    assert [e for e in promise.events if e.type == "AGREE" and not e.negated]
    assert all(e.negated for e in promise.events if e.type == "ASSAULT")


def test_reason_clause_of_an_expulsion_is_alleged_through_the_object_phrase(code_text):
    doc = code_text("Poland expelled three Belarusian diplomats based in Warsaw for spying.")
    assert [e.type for e in doc.events if not e.hypothetical] == ["SANCTION"], [(e.type, e.trigger.text) for e in doc.events]
