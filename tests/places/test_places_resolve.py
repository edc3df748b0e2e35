"""Resolution scoring, hierarchy, focus and fallback, on sentences written for these tests."""
from __future__ import annotations

from eventwire.places import precision_of, resolve_spans
from eventwire.places.gazetteer import Entry


def _by_text(places):
    return {p.text: p for p in places}


def test_country_names_resolve_to_countries_with_precision_4(locate_text, bundled_index):
    places = locate_text("Talks between Turkey and Russia resumed in Ankara.", bundled_index)
    by_text = _by_text(places)
    assert by_text["Turkey"].feature_code == "PCLI" and by_text["Turkey"].precision == 4
    assert by_text["Ankara"].country_code == "TR" and by_text["Ankara"].precision == 1


def test_hierarchy_picks_the_town_inside_the_named_state(locate_text, bundled_index):
    places = locate_text("A warehouse burned in Alexandria, Louisiana, late on Friday.", bundled_index)
    alexandria = _by_text(places)["Alexandria"]
    assert (alexandria.country_code, alexandria.admin1) == ("US", "Louisiana")


def test_newspaper_state_abbreviation_counts_as_hierarchy(bundled_index):
    text = "Paris, Tex. police said the road was closed."
    paris, state = resolve_spans(text, [(0, 5), (7, 11)], str(bundled_index))
    assert state.feature_code == "ADM1" and state.name == "Texas"
    assert paris.country_code == "US" and paris.admin1 == "Texas"


def test_article_context_pulls_ambiguous_names_together(locate_text, bundled_index):
    text = ("Students marched from Harvard Square in Cambridge to the State House in Boston, "
            "and rallies followed in Somerville and Worcester.")
    cambridge = _by_text(locate_text(text, bundled_index))["Cambridge"]
    assert cambridge.country_code == "US"
    text = "Cambridge and Oxford students joined a rally in London."
    assert _by_text(locate_text(text, bundled_index))["Cambridge"].country_code == "GB"


def test_one_focus_per_article_in_the_most_mentioned_country(locate_text, bundled_index):
    text = "Shelling hit Aleppo and Homs. Syria's neighbour Turkey closed a crossing. Syria denied it."
    places = locate_text(text, bundled_index)
    focus = [p for p in places if p.focus]
    assert len(focus) == 1 and focus[0].country_code == "SY" and focus[0].precision == 4


def test_unknown_name_falls_back_to_the_article_focus(locate_text, bundled_index):
    text = "Fighters entered the village of Zarqawiyat al-Foqani at dawn. Syria's army said the area was cleared."
    places = locate_text(text, bundled_index)
    unknown = next(p for p in places if p.text.startswith("Zarqawiyat"))
    assert unknown.geonameid is None and unknown.country_code == "SY" and unknown.precision == 4
    assert "near-focus" in unknown.method


def test_unknown_name_goes_where_the_text_puts_it(bundled_index):
    text = "The race at Meydan Racecourse in Dubai drew crowds, and Boston fans watched."
    places = resolve_spans(text, [(12, 29), (33, 38), (56, 62)], str(bundled_index))
    assert places[0].method.endswith("+in-next") and places[0].country_code == "AE"
    assert places[0].geonameid is None and places[0].lat == places[1].lat
    text = "Beyond Rehabtown, Boston fans watched; Zarqawiyat, Syria stayed calm."
    unknown, boston, village, syria = resolve_spans(text, [(7, 16), (18, 24), (39, 49), (51, 56)], str(bundled_index))
    assert not unknown.method.endswith("+in-next")  # a list of two places, not one inside the other
    assert village.method.endswith("+in-next") and village.country_code == "SY"


def test_demonym_span_means_its_country(bundled_index):
    (place,) = resolve_spans("Syrian troops advanced.", [(0, 6)], str(bundled_index))
    assert place.geonameid == 163843 and place.country_code == "SY"


def test_precision_levels():
    def entry(fcode, fclass="A"):
        return Entry(1, "x", 0.0, 0.0, fclass, fcode, "SY", "07", None, 1000, "bundled")

    assert precision_of(entry("PPL", "P"), part=False) == 1
    assert precision_of(entry("ADM2"), part=False) == 2
    assert precision_of(entry("ADM1"), part=False) == 3
    assert precision_of(entry("PCLI"), part=False) == 4
    assert precision_of(entry("PCLI"), part=True) == 2


def test_loaded_village_and_its_province_resolve_together(locate_text, fixture_index):
    places = locate_text("Shelling continued in Baghouz, Deir ez-Zor, on Sunday.", fixture_index)
    by_text = _by_text(places)
    village, province = by_text["Baghouz"], by_text["Deir ez-Zor"]
    assert village.geonameid == 9900001 and village.precision == 1 and village.admin1 == province.name
    assert province.feature_code == "ADM1" and province.precision == 3 and province.country_code == "SY"
