"""`eventwire bench`: corpus reading and one small end-to-end timing run."""
from __future__ import annotations

from pathlib import Path

from eventwire.eval.bench import bench, corpus_rows, xml_rows

XML = """<?xml version="1.0" encoding="utf-8"?>
<articles>
  <article docid="1"><title>Flood in Rivertown</title><url>http://example.org/a</url>
    <dltime>2011-04-02 10:00:00</dltime><text><![CDATA[Heavy rain flooded Rivertown on Friday, officials said.]]></text>
    <toponyms count="0"/></article>
  <article file="2"><title>Empty</title><text></text></article>
  <article file="3"><title>Council vote</title><link>http://example.org/b</link>
    <text>The council of Hillford voted to close the old bridge after the storm.</text></article>
</articles>
"""


def test_xml_rows_reads_title_text_url_and_date(tmp_path: Path):
    path = tmp_path / "tiny.xml"
    path.write_text(XML, encoding="utf-8")
    rows = list(xml_rows(path))
    assert [r["title"] for r in rows] == ["Flood in Rivertown", "Council vote"]  # the empty article is dropped
    assert rows[0]["published"] == "2011-04-02" and rows[0]["url"] == "http://example.org/a"
    assert rows[1]["url"] == "http://example.org/b" and "published" not in rows[1]


def test_corpus_rows_takes_any_code_input_and_a_limit(tmp_path: Path):
    for i, town in enumerate(("Rivertown", "Hillford", "Lakeside")):
        (tmp_path / f"{i}.txt").write_text(f"Police in {town} arrested two men after a protest on Sunday, the mayor said.")
    rows, described, failed = corpus_rows([str(tmp_path)], limit=2)
    assert len(rows) == 2 and failed == 0 and described == str(tmp_path)
    assert all("arrested two men" in r["text"] for r in rows)


def test_bench_times_both_phases_on_the_same_texts(tmp_path: Path):
    for i, town in enumerate(("Rivertown", "Hillford")):
        (tmp_path / f"{i}.txt").write_text(f"Soldiers in {town} fired on protesters on Monday, witnesses said. "
                                           "The government denied it.")
    figures = bench([str(tmp_path)], limit=None, workers=1, model=None)
    assert figures["articles"] == 2 and figures["full_coded"] == 2 and figures["full_failed"] == 0
    assert figures["words"] == 2 * 14
    assert figures["bare_seconds"] > 0 and figures["full_seconds"] > 0
    assert figures["ratio_full_over_bare_time"] > 0  # full seconds / bare seconds (unrounded)
    assert figures["bare_cpu_seconds"] > 0 and figures["full_cpu_seconds"] > 0
    assert figures["bare_peak_rss_mib"] > 50 and figures["full_peak_rss_mib"] > 50  # each phase loads the model


def test_default_corpus_falls_back_to_the_bundled_examples(monkeypatch):
    import eventwire.eval.bench as bench_module

    monkeypatch.setattr(bench_module, "shared_geo_files", lambda: [])
    rows, described, failed = corpus_rows(None, limit=None)
    assert described.endswith("examples") and rows and failed == 0
    assert all(r["text"].strip() for r in rows)
