from eventwire.ingest.clean import clean, looks_like_headline


def test_repeated_headline_and_credits_removed_with_reasons():
    raw = (
        "Rebels seize border town\n\n"
        "Rebels seize border town\n"
        "© Getty Images\n\n"
        "By Jane Roe and John Doe\n\n"
        "Rebels seized the border town of Foo on Tuesday, officials said.\n\n"
        "Advertisement\n\n"
        "(AP Photo/Someone Here)\n\n"
        "The army said it would retake the town.\n"
        "Share this article\n"
    )
    text, removed = clean(raw, title="Rebels seize border town")
    assert text == ("Rebels seized the border town of Foo on Tuesday, officials said.\n\n"
                    "The army said it would retake the town.")
    reasons = [r.reason for r in removed]
    assert reasons.count("repeated headline") == 2
    assert "photo credit" in reasons and "byline" in reasons and "advertisement" in reasons
    assert "share or subscribe prompt" in reasons
    for r in removed:  # every removal is a span of the raw input
        assert raw[r.start:r.end] == r.text


def test_long_paragraph_starting_like_a_credit_is_kept():
    para = ("Photo: the image that went viral showed soldiers crossing the river at dawn while residents "
            "watched from the bridge and officials later confirmed the crossing had taken place.")
    text, removed = clean(para)
    assert text == para and removed == []


def test_paragraphs_joined_by_blank_lines_and_lines_within_kept():
    text, _ = clean("First line\nsecond line of same para\n\n\n\nNext para.")
    assert text == "First line\nsecond line of same para\n\nNext para."


def test_headline_detection():
    assert looks_like_headline("US-backed fighters move into last ISIS enclave in eastern Syria: report")
    assert not looks_like_headline("The army said on Monday that it had taken the town.")
    assert not looks_like_headline("")


def test_a_brief_that_is_only_its_headline_keeps_it():
    text, removed = clean("Council votes to close the Elm Street shelter.\n", "Council votes to close the Elm Street shelter")
    assert (text, removed) == ("Council votes to close the Elm Street shelter.", [])
    text, removed = clean("Council votes to close shelter\n\nThe council voted 5-2 on Monday.", "Council votes to close shelter")
    assert text == "The council voted 5-2 on Monday." and [r.reason for r in removed] == ["repeated headline"]
