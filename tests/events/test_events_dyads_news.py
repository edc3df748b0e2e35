"""Round 4: who did what to whom on unseen-style news (data/dyad_sentences_news.tsv: type, actor
and recipient words per sentence) and the rules it prompted: joint events split into two sides,
joint exercises by two countries' forces, a reporter's question, domestic targets."""
from __future__ import annotations

from pathlib import Path

from eventwire.model import Article


def _rows() -> list[list[str]]:
    path = Path(__file__).parent / "data" / "dyad_sentences_news.tsv"
    return [line.split("\t") for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")]


def _names(doc, ids: list[str]) -> str:
    index = {a.id: a for a in doc.actors}
    return " | ".join(index[i].text.lower() for i in ids if i in index)


def _coded(doc, event_type: str, actor: str, recipient: str) -> bool:
    return any(e.type == event_type and not e.hypothetical
               and (actor == "-" or actor.lower() in _names(doc, e.actor))
               and (recipient == "-" or recipient.lower() in _names(doc, e.recipient))
               for e in doc.events)


def test_news_sentences_get_type_actor_and_recipient(pipeline):
    rows = _rows()
    assert len(rows) >= 80 and all(len(r) == 4 for r in rows)
    articles = [Article(id=f"r4-{i}", text=r[3], published="2024-01-01") for i, r in enumerate(rows)]
    misses = [r for r, doc in zip(rows, pipeline.process_partition(articles)) if not _coded(doc, *r[:3])]
    assert len(misses) <= len(rows) // 10, misses


def test_news_sentences_cover_every_type():
    types = {r[0] for r in _rows()}
    assert len(types) == 16, types


def test_joint_events_have_two_sides(code_text):
    doc = code_text("Ethiopia and Eritrea signed a peace accord on Sunday.")
    assert _coded(doc, "SUPPORT", "ethiopia", "eritrea")
    doc = code_text("Kenya and Uganda agreed to reopen their common border.")
    assert _coded(doc, "AGREE", "kenya", "uganda")
    doc = code_text("Britain and France praised the ceasefire.")  # both praise: no side split
    assert not any(e.recipient and "france" in _names(doc, e.recipient) for e in doc.events)


def test_exercises_by_two_countries_forces_are_joint(code_text):
    assert _coded(code_text("Indian and American troops launched war games in Rajasthan."), "COOPERATE", "-", "-")
    doc = code_text("China staged large-scale military drills around Taiwan on Thursday.")
    assert _coded(doc, "MOBILIZE", "china", "-") and not _coded(doc, "COOPERATE", "-", "-")


def test_a_reporters_question_is_no_request(code_text):
    doc = code_text("Asked whether Manila would seek help, the minister said all options were open.")
    assert not any(e.trigger.text == "Asked" for e in doc.events)
    assert _coded(code_text("Manila asked Washington for help."), "REQUEST", "manila", "washington")


def test_domestic_events_aim_at_their_own_state(code_text):
    doc = code_text("The vice-president declined to resign despite pressure from the Kenyan parliament.")
    assert _coded(doc, "REJECT", "vice-president", "parliament")
    doc = code_text("Residents of an Armenian village blocked a road in protest on Thursday.")
    protest = next(e for e in doc.events if e.type == "PROTEST")
    assert "village" not in _names(doc, protest.recipient)  # civilians are no state


def test_an_attack_that_left_people_dead_counts_them(code_text):
    doc = code_text("A similar attack near the border last month left 17 dead.")
    assert next(e for e in doc.events if e.type == "ASSAULT").size.get("killed") == 17


def test_forces_placed_on_alert_are_the_doer(code_text):
    doc = code_text("The army was placed on high alert along the northern frontier.")
    assert _coded(doc, "MOBILIZE", "army", "-")


def test_committing_crimes_is_no_pledge(code_text):
    doc = code_text("Investigators said the militia had committed war crimes.")
    assert not any(e.type == "AGREE" for e in doc.events)
    assert _coded(code_text("The government committed to holding elections in May."), "AGREE", "government", "-")


def test_talks_that_fail_are_no_refusal(code_text):
    assert not any(e.type == "REJECT" for e in code_text("Talks in Geneva failed to narrow the gaps.").events)
    assert _coded(code_text("The two sides failed to reach an agreement in Geneva."), "REJECT", "-", "-")
