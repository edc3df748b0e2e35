"""One rule per test, on sentences written for the test and run through the whole pipeline."""


def only(doc, kind=None):
    quotes = [q for q in doc.quotes if kind is None or q.kind == kind]
    assert quotes, f"no {kind or ''} quote in {[q.span.text for q in doc.quotes]}"
    return quotes


def speaker_actor_matches(doc, quote):
    actor = doc.actor(quote.speaker)
    return actor is None or actor.span.start < quote.speaker_span.end and quote.speaker_span.start < actor.span.end


def test_direct_quote_with_cue_after(code_text):
    doc = code_text("“The bridge will reopen next week,” Maria Lopez, a spokeswoman for the city, said on Friday.")
    (q,) = only(doc, "direct")
    assert q.span.text == "The bridge will reopen next week"
    assert q.speaker_text == "Maria Lopez" and q.cue.text == "said" and q.method == "direct-cue"
    assert speaker_actor_matches(doc, q)
    assert q.time is not None and "Friday" in doc.time(q.time).text


def test_direct_quote_with_cue_before_and_colon(code_text):
    doc = code_text('The governor told reporters: "We have enough water for the whole summer."')
    (q,) = only(doc, "direct")
    assert q.speaker_text == "The governor".removeprefix("The ") or q.speaker_text == "governor"
    assert q.cue.text.startswith("told")


def test_continuation_quote_takes_previous_speaker(code_text):
    doc = code_text('“Our teams cleared the main road overnight,” John Hale said. "The side streets come next."')
    first, second = only(doc, "direct")
    assert second.continuation_of == first.id
    assert second.speaker_text == "John Hale" and second.cue is None


def test_continuation_in_next_paragraph(code_text):
    doc = code_text('“The talks went well,” Anna Berg said.\n\n“We meet again on Monday in Geneva.”')
    first, second = only(doc, "direct")
    assert second.continuation_of == first.id


def test_pronoun_speaker_resolved_to_previous_speaker(code_text):
    doc = code_text("Peter Novak said the vote was fair. He added that turnout reached a record high.")
    quotes = only(doc, "indirect")
    assert quotes[-1].cue.text == "added"
    assert quotes[-1].speaker_text == "Peter Novak"
    assert quotes[-1].speaker_span.text == "He"


def test_indirect_said_that(code_text):
    doc = code_text("The ministry said that the border crossing had been closed.")
    (q,) = only(doc, "indirect")
    assert "border crossing had been closed" in q.span.text and q.speaker_text == "ministry"


def test_indirect_says_will(code_text):
    doc = code_text("The army says the rebels will withdraw from the valley.")
    (q,) = only(doc, "indirect")
    assert q.span.text.startswith("the rebels will withdraw") and q.cue.text == "says"


def test_indirect_has_claimed_and_maintained(code_text):
    doc = code_text("The president has claimed since May that the war is over. "
                    "Opposition leaders have maintained that fighting continues.")
    claimed, maintained = only(doc, "indirect")
    assert claimed.cue.text == "claimed" and "war is over" in claimed.span.text
    assert maintained.cue.text == "maintained" and maintained.speaker_text == "Opposition leaders"


def test_indirect_denied_a_report_that(code_text):
    doc = code_text("The defense minister denied a report that the navy will send 300 sailors to the island.")
    (q,) = only(doc, "indirect")
    assert q.method == "indirect-carrier" and "send 300 sailors" in q.span.text
    (claim,) = doc.claims
    assert claim.stance == "denied" and claim.source_text == "a report"
    assert claim.quantity.value == 300


def test_according_to_names_the_speaker(code_text):
    doc = code_text("Prices rose sharply in March, according to the central bank.")
    (q,) = only(doc)
    assert q.method == "indirect-according" and q.speaker_text == "central bank"
    assert q.span.text.startswith("Prices rose sharply")


def test_according_to_with_a_cue_is_the_relay(code_text):
    doc = code_text("Local officials say the dam will hold, according to Reuters.")
    (q,) = only(doc)
    assert q.speaker_text == "Local officials" and q.reported_by is not None
    assert "according" not in q.span.text


def test_medium_tweet_statement_and_interview(code_text):
    doc = code_text("“We are ready for the storm,” the mayor tweeted on Sunday.\n\n"
                    "The company said in a statement that the plant will reopen.\n\n"
                    "The general told CNN that the unit “still has soldiers and still has fuel.”")
    by_cue = {q.cue.text: q for q in doc.quotes if q.cue}
    assert by_cue["tweeted"].medium == "tweet"
    assert by_cue["said"].medium == "statement"
    assert by_cue["told CNN"].medium == "interview"


def test_short_scare_quotes_are_not_quotes(code_text):
    doc = code_text("Critics called the plan a “disaster” on Monday.")
    assert not [q for q in doc.quotes if q.kind == "direct"]


def test_relative_pronoun_speaker_names_the_antecedent(code_text):
    doc = code_text("The senator, who said the bill was dead, left the chamber early.")
    (q,) = only(doc, "indirect")
    assert q.speaker_span.text == "who" and q.speaker_text == "senator"


def test_infinitive_content_of_promise_verbs(code_text):
    doc = code_text("The rebel commander vowed to retake the airport within a week.")
    (q,) = only(doc, "indirect")
    assert q.span.text == "to retake the airport within a week" and q.cue.text == "vowed"


def test_object_of_attitude_verbs_with_low_confidence(code_text):
    doc = code_text("The opposition leader criticized the new curfew for its harshness.")
    (q,) = only(doc, "indirect")
    assert q.method == "indirect-object" and q.span.text == "the new curfew for its harshness"
    assert q.confidence < 0.5


def test_headline_colon_names_the_speaker(code_text):
    doc = code_text("Obama: the economy is strong again.\n\nThe markets opened higher.")
    (q,) = only(doc)
    assert q.method == "indirect-colon" and q.speaker_text == "Obama"
    assert q.span.text == "the economy is strong again"


def test_writer_contrast_clause_is_not_reported(code_text):
    doc = code_text("The minister says the emails were private, but for the opposition, it is a scandal.")
    (q,) = only(doc, "indirect")
    assert q.span.text == "the emails were private"


def test_cue_found_when_the_lemmatiser_errs(code_text):
    doc = code_text("The governor hopes that the vote will pass soon.")
    (q,) = only(doc, "indirect")
    assert q.cue.text == "hopes" and q.span.text == "that the vote will pass soon"
