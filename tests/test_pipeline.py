from eventwire.config import Config
from eventwire.model import Article, ArticleDocument
from eventwire.pipeline import Pipeline, Stage

TEXTS = ["Rebels attacked a village on Monday.", "Police arrested ten people in Lagos.", "Ministers met in Paris."]


def _articles():
    return [Article(id=Article.content_id(t), text=t, path=f"t{i}") for i, t in enumerate(TEXTS)]


def test_stages_run_in_order_and_partition_matches_single(pipeline):
    seen = []

    def record(name):
        return Stage(name, lambda parsed, doc, config: seen.append(name))

    custom = Pipeline(Config(), stages=[record("first"), record("second")])
    custom.process(_articles()[0])
    assert seen == ["first", "second"]
    one_by_one = [pipeline.process(a).to_dict() for a in _articles()]
    batched = [d.to_dict() for d in pipeline.process_partition(_articles())]
    assert one_by_one == batched


def test_a_failing_stage_skips_only_that_article():
    def explode(parsed, doc, config):
        if "Lagos" in parsed.article.text:
            raise RuntimeError("boom")

    failed = []
    custom = Pipeline(Config(), stages=[Stage("explode", explode)])
    docs = list(custom.process_partition(_articles(), on_error=lambda art, exc: failed.append((art.path, str(exc)))))
    assert [d.article.path for d in docs] == ["t0", "t2"]
    assert failed == [("t1", "boom")]


def test_document_round_trip(pipeline):
    doc = pipeline.process(_articles()[1])
    assert ArticleDocument.from_dict(doc.to_dict()) == doc
