"""Speaker repairs of round 7 (issue 8): the cue's subject found through adjectives, gerunds,
outer cues, issued things and owned speech nouns. One rule per test, on sentences written for it."""


def quote_at(doc, content_start: str):
    (q,) = [q for q in doc.quotes if q.span.text.startswith(content_start)]
    return q


def test_infinitive_of_a_predicate_adjective_takes_the_copulas_subject(code_text):
    doc = code_text("The city council has been slow to embrace the new zoning rules.")
    assert quote_at(doc, "the new zoning rules").speaker_span.text == "city council"


def test_conjoined_infinitive_under_an_adjective_takes_the_subject(code_text):
    doc = code_text("Governor Ellis will be unable to turn the crowd against the press "
                    "and accuse the reporters of bias.")
    assert quote_at(doc, "the reporters of bias").speaker_span.text == "Governor Ellis"


def test_gerund_after_a_preposition_takes_the_nearest_clause_subject(code_text):
    doc = code_text("The mayor kept quiet even after the prosecutors decided against "
                    "recommending charges against her in May.")
    assert quote_at(doc, "charges against her").speaker_span.text == "prosecutors"


def test_direct_quote_on_a_cue_inside_another_cues_complement_is_the_outer_speakers(code_text):
    doc = code_text('Senator Ruiz said the archive would document the lives of ordinary people -- '
                    '"the farmer but also the miner, the teacher but also the nurse."')
    q = quote_at(doc, "the farmer but also")
    assert q.speaker_span.text == "Senator Ruiz" and q.cue.text == "said" and q.method == "direct-cue+outer-cue"


def test_quote_before_its_verb_keeps_its_own_cue(code_text):
    doc = code_text('"Are you winning the race today?" she said, but the coach was looking away, and Maria said yes.')
    q = quote_at(doc, "Are you winning")
    assert q.speaker_span.text == "she"


def test_participle_on_a_briefing_credits_who_spoke_at_it(code_text):
    doc = code_text('"We will rebuild the bridge," the minister said at a news conference announcing '
                    "that the ministry would sue the contractor.")
    assert quote_at(doc, "that the ministry would sue").speaker_span.text == "minister"


def test_participle_on_a_filed_paper_credits_who_filed_it(code_text):
    doc = code_text("Lawyers for the county filed legal papers opposing the release of the records.")
    assert quote_at(doc, "the release of the records").speaker_span.text == "Lawyers for the county"


def test_participle_on_people_stays_theirs(code_text):
    doc = code_text("The council met residents opposing the new highway through the valley.")
    q = quote_at(doc, "the new highway")
    assert q.speaker_span.text == "residents"


def test_participle_on_a_numeral_pronoun_is_its_words(code_text):
    doc = code_text("Among the letters was one saying that the mayor should resign.")
    assert quote_at(doc, "that the mayor should resign").speaker_span.text == "one"


def test_object_named_as_people_by_the_actors_stage_speaks_the_participle(code_text):
    # "nurses" carries no name entity; the actors stage names them as a group
    doc = code_text("The strike left the nurses feeling that the hospital had betrayed them.")
    assert quote_at(doc, "that the hospital had betrayed").speaker_span.text == "nurses"


def test_owned_speech_noun_in_an_object_credits_its_owner(code_text):
    doc = code_text("The fact-checkers seized on the governor's claim that crime had doubled in the capital.")
    q = quote_at(doc, "the governor's claim")
    assert q.speaker_span.text == "governor" and q.method.endswith("+noun-owner")


def test_object_without_owned_speech_noun_keeps_the_subject(code_text):
    doc = code_text("The editors criticized the plan for its cost.")
    assert doc.quotes and all(q.speaker_span.text == "editors" for q in doc.quotes)


def _nearest_actor(nlp, words, heads, deps, actors, cue, content):
    """`_actor_near` on a hand-built parse that lost the cue's subject, as the parser does after
    a long apposition or inside odd quotation marks; `actors` are (first, last, kind) tokens."""
    from spacy.tokens import Doc

    from eventwire.model import Actor, Article, ArticleDocument, Span
    from eventwire.quotes.assemble import _actor_near

    sdoc = Doc(nlp.vocab, words=words, heads=heads, deps=deps)
    text = sdoc.text
    article = ArticleDocument(Article(id="t", text=text))
    for i, (first, last, kind) in enumerate(actors):
        start, end = sdoc[first].idx, sdoc[last].idx + len(sdoc[last].text)
        article.actors.append(Actor(id=f"a{i}", span=Span.of(text, start, end), text=text[start:end],
                                    name=text[start:end], kind=kind))
    bounds = (sdoc[content[0]].idx, sdoc[content[1]].idx + len(sdoc[content[1]].text))
    return _actor_near(sdoc[cue], article, bounds).text


def test_nearest_actor_is_never_the_cues_addressee(nlp):
    words = ["Founder", "Jane", "Doe", "tells", "Daily", "News", "it", "works", "."]
    heads = [3, 2, 0, 3, 5, 3, 7, 3, 3]
    deps = ["npadvmod", "compound", "appos", "ROOT", "compound", "dobj", "nsubj", "ccomp", "punct"]
    actors = [(1, 2, "person"), (4, 5, "media")]
    assert _nearest_actor(nlp, words, heads, deps, actors, cue=3, content=(6, 7)) == "Jane Doe"


def test_nearest_actor_passes_over_a_possessor(nlp):
    words = ["Lowe", "cited", "Park", "'s", "remark", "and", "asserted", "it", "works", "."]
    heads = [1, 1, 4, 2, 1, 1, 1, 8, 6, 1]
    deps = ["npadvmod", "ROOT", "poss", "case", "dobj", "cc", "conj", "nsubj", "ccomp", "punct"]
    actors = [(0, 0, "person"), (2, 2, "person")]
    assert _nearest_actor(nlp, words, heads, deps, actors, cue=6, content=(7, 8)) == "Lowe"
