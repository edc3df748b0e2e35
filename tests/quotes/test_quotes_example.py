"""End to end on the canonical example: every expected quote and claim comes out."""


def find(doc, words):
    """The quote holding these words (the article has non-breaking spaces: compare words)."""
    wanted = " ".join(words.split())
    return next((q for q in doc.quotes if wanted in " ".join(q.span.text.split())), None)


def test_example_quotes(example_document):
    doc = example_document
    bali = find(doc, "Several positions captured")
    assert bali.kind == "direct" and "Mustafa Bali" in bali.speaker_text
    assert bali.cue.text == "tweeted" and bali.medium == "tweet"
    assert bali.time and "Sunday" in doc.time(bali.time).text
    cont = find(doc, "SDF is now holding positions")
    assert cont.continuation_of == bali.id and cont.speaker_text == bali.speaker_text
    trump = find(doc, "You kept hearing it was 90 percent")
    assert "Trump" in trump.speaker_text and trump.cue.text == "said"
    assert trump.time and doc.time(trump.time).text.endswith("last month")
    trump2 = find(doc, "Now it’s 100 percent, we just took over 100 percent caliphate")
    assert trump2.continuation_of == trump.id
    votel = find(doc, "still has leaders")
    assert votel.kind == "direct" and "Joseph Votel" in votel.speaker_text
    assert votel.cue.text == "told CNN" and votel.medium == "interview"
    assert votel.time and doc.time(votel.time).text.endswith("last month")
    western = find(doc, "ISIS will remain a threat in Syria")
    assert western.kind == "indirect" and western.speaker_text == "Western officials"
    assert western.reported_by is not None
    defeated = find(doc, "ISIS has been fully defeated in the region")
    assert "Trump" in defeated.speaker_text
    threat = find(doc, "ISIS remains a threat")
    assert threat.speaker_text == "Lawmakers in Congress and U.S. officials"
    left = find(doc, "more than 60,000 people have left the enclave")
    assert left.speaker_text == "SDF" and left.time and "Sunday" in doc.time(left.time).text


def test_example_claims(example_document):
    doc = example_document
    by_value = {c.quantity.value: c for c in doc.claims}
    assert by_value[60000].quantity.approx == "more_than" and by_value[60000].source_text == "SDF"
    assert by_value[5000].quantity.approx == "about" and by_value[5000].source_text == "SDF"
    assert by_value[400].stance == "asserted" and "Trump administration" in by_value[400].source_text
    denied = by_value[1000]
    assert denied.stance == "denied" and denied.source_text == "a report" and denied.denied_by
    assert by_value[400].subject == denied.subject == "troops in Syria"
    hundred = by_value[100]
    assert hundred.quantity.unit == "percent" and "Trump" in hundred.source_text
    # Trump says the caliphate is 100 percent taken; Votel and lawmakers say ISIS still fights on
    assert hundred.stance == "disputed"
    disputers = {(doc.actor(d).text if doc.actor(d) else d) for d in hundred.disputed_by}
    assert any("Votel" in d for d in disputers) and any("Lawmakers" in d for d in disputers)
