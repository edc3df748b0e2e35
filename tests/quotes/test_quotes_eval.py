"""The PolNeAR-style scorer on hand-made gold/prediction pairs with hand-worked scores."""
from eventwire.eval.quotes import Predicted, parse_ann, score_article

TEXT = "Ann Lee said the plan works well. Bob Ray says taxes will rise next year."
#       0         1         2         3         4         5         6         7
ANN = ("T1\tSource 0 7\tAnn Lee\nT2\tCue 8 12\tsaid\nT3\tContent 13 32\tthe plan works well\n"
       "E1\tContent:T3 Cue:T2 Source:T1\n"
       "T4\tSource 34 41\tBob Ray\nT5\tCue 42 46\tsays\nT6\tContent 47 72\ttaxes will rise next year\n"
       "E2\tContent:T6 Cue:T5 Source:T4\n")


def test_parse_ann_links_content_and_source():
    gold = parse_ann(ANN)
    assert [g.content for g in gold] == [[(13, 32)], [(47, 72)]]
    assert gold[1].source == [(34, 41)]


def test_perfect_half_and_wrong_predictions():
    gold = parse_ann(ANN)
    perfect = [Predicted([(13, 32)], (0, 7)), Predicted([(47, 72)], (34, 41))]
    content, speaker, _ = score_article(TEXT, gold, perfect)
    assert (content.tp, content.fp, content.fn) == (2, 0, 0) and speaker.f1 == 1.0
    # "plan works" shares 2 of the gold's 4 words: exactly half, a match; wrong speaker span
    half = [Predicted([(17, 27)], (34, 41))]
    content, speaker, _ = score_article(TEXT, gold, half)
    assert (content.tp, content.fp, content.fn) == (1, 0, 1)
    assert (speaker.tp, speaker.fp, speaker.fn) == (0, 1, 2)
    # "works" alone shares 1 of 4: no match
    content, _, _ = score_article(TEXT, gold, [Predicted([(22, 27)], None)])
    assert (content.tp, content.fp, content.fn) == (0, 1, 2)


def test_empty_cases():
    gold = parse_ann(ANN)
    content, speaker, _ = score_article(TEXT, gold, [])
    assert (content.tp, content.fp, content.fn) == (0, 0, 2) and content.f1 == 0.0
    content, _, _ = score_article(TEXT, [], [Predicted([(13, 32)], None)])
    assert (content.tp, content.fp, content.fn) == (0, 1, 0)
