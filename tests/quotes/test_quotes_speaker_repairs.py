"""Speaker repairs (issue 8): who a statement is credited to when the cue's grammatical subject
is not its source. One rule per test, on sentences written for the test."""


def contents(doc):
    return {q.span.text: q for q in doc.quotes}


def speaker_of(doc, content_start: str):
    (q,) = [q for q in doc.quotes if q.span.text.startswith(content_start)]
    return q


def test_object_of_a_control_verb_speaks_the_infinitive(code_text):
    doc = code_text("The committee chairman forced John Stumpf to admit that no executives had been fired.")
    assert speaker_of(doc, "that no executives").speaker_span.text == "John Stumpf"


def test_a_thing_as_object_of_the_control_verb_leaves_the_subject(code_text):
    doc = code_text("The senator used the hearing to argue that the bill would fail.")
    assert speaker_of(doc, "that the bill would fail").speaker_span.text == "senator"


def test_of_two_subjects_the_one_nearest_before_the_cue(code_text):
    # a section heading in capitals run into the sentence is parsed as a second subject
    doc = code_text("THE BUDGET Back when he ran the city, Mayor Smith said that he considered debt a last resort.")
    assert speaker_of(doc, "that he considered debt").speaker_span.text == "Mayor Smith"


def test_according_to_a_source_that_is_not_an_outlet_is_the_speaker(code_text):
    doc = code_text("The mayor plans to visit the flooded towns on Sunday, according to a campaign aide.")
    q = speaker_of(doc, "to visit the flooded towns")
    assert q.speaker_span.text == "campaign aide" and q.method.endswith("+according")
    assert q.reported_by is None


def test_according_to_a_news_outlet_stays_the_relay(code_text):
    doc = code_text("Local officials say the dam will hold, according to Reuters.")
    q = speaker_of(doc, "the dam will hold")
    assert q.speaker_span.text == "Local officials" and q.reported_by is not None


def test_in_a_speech_credits_the_sentence_subject(code_text):
    doc = code_text("In a speech in Miami on Friday, Governor Jane Doe laid out her plans to rebuild the port.")
    (q,) = doc.quotes
    assert q.method == "indirect-in-source" and q.speaker_span.text == "Governor Jane Doe"


def test_in_a_poll_stays_the_source(code_text):
    doc = code_text("In the latest poll, conducted in May, Clinton leads Trump by five points.")
    (q,) = doc.quotes
    assert q.speaker_span.text == "latest poll"


def test_ownerless_speech_noun_credits_the_subject_of_its_verb(code_text):
    doc = code_text("Democrats also persisted in arguments that the panel is trying to second-guess the FBI.")
    q = speaker_of(doc, "that the panel")
    assert q.speaker_span.text == "Democrats" and q.method.endswith("+governing-subject")


def test_participle_on_an_issued_statement_speaks_for_the_issuer(code_text):
    doc = code_text("The council issued a statement calling the nuclear test a clear violation of the treaty.")
    q = speaker_of(doc, "the nuclear test")
    assert q.speaker_span.text == "council"


def test_participle_opening_the_sentence_takes_the_main_subject(code_text):
    doc = code_text("After saying he was nervous about the vote, the farmer asked the candidate about trade.")
    assert speaker_of(doc, "he was nervous").speaker_span.text == "farmer"


def test_a_day_name_is_never_the_speaker(code_text):
    doc = code_text("“We will find the people who did this and we will bring them to justice,” "
                    "Police Chief Maria Lopez said Monday.")
    (q,) = doc.quotes
    assert q.speaker_span is not None and "Monday" not in q.speaker_span.text


def test_a_word_of_another_quotation_is_never_the_speaker():
    from spacy.lang.en import English

    from eventwire.quotes.found import Found
    from eventwire.quotes.speakers import not_a_speaker

    sdoc = English()("He called it “That makes me smart” and then left .")
    that = sdoc[4]
    quoted = Found(that.idx, sdoc[6].idx + len(sdoc[6].text), "direct", "direct-marks")
    assert not_a_speaker(that, [quoted])
    assert not not_a_speaker(sdoc[0], [quoted])


def test_quote_under_a_said_line_takes_that_cue(code_text):
    doc = code_text("The senator spoke to reporters after the vote.\n\nHe said:\n\n"
                    "“We have a situation where our cities are being left behind by both parties.”")
    q = speaker_of(doc, "We have a situation")
    assert q.method == "direct-cue+line-before" and q.cue.text == "said" and q.speaker_span.text == "He"


def test_quote_under_a_following_statement_line_credits_its_subject(code_text):
    doc = code_text("The governor released the following statement:\n\n"
                    "“Our thoughts are with the families of the victims tonight.”")
    q = speaker_of(doc, "Our thoughts")
    assert q.method == "direct-marks+line-before" and q.speaker_span.text == "governor"


def test_title_case_dateline_with_agency_is_not_the_speaker(code_text):
    doc = code_text("Talks fail.\n\nNew York (AFP) – Oscar-winning actress Susan Sarandon, star of the film, "
                    "is not sure she can vote for the senator.")
    q = speaker_of(doc, "she can vote")
    assert q.speaker_span.text == "Susan Sarandon"


def test_quote_after_a_colon_with_no_cue_credits_the_clause_subject(code_text):
    doc = code_text("The senator has adopted the stance common among his colleagues: "
                    "“I will vote for the bill, but I will fight to change it.”")
    q = speaker_of(doc, "I will vote")
    assert q.method == "direct-marks+colon" and q.speaker_span.text == "senator"
