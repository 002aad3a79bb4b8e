"""clause.py: a history counted from a start with no year, a cumulative count, a base year's level and the prior
year's figure in brackets do not take the report's year. Sentences of our own (h95)."""
from esglens.facts.narrative import narrative_facts


def _years(text: str):
    return [(f.raw, f.year) for f in narrative_facts(text, line=1, page=None, default_year=2021)]


def test_a_history_from_a_start_without_a_year_has_no_year():
    assert _years("Since its launch, the app has gathered over 5,200 sign-ups from farmers.") == [("5,200", None)]
    assert _years("Since the programme started, 640 wells have been drilled.") == [("640", None)]
    assert _years("Since the start of the year, 85 mentoring pairs have met.") == [("85", 2021)]   # this year


def test_a_cumulative_count_has_no_year():
    assert _years("We audited around 410 workshops (cumulative number) with the questionnaire.") == [("410", None)]


def test_a_cumulative_total_of_the_years_sessions_keeps_the_year():
    # "a cumulative total of N" adds up the year's own sessions (a translation of 累计): no history
    assert _years("The guild ran 58 safety drills, with a cumulative total of 2,310 attendees.") == [("58", 2021), ("2,310", 2021)]


def test_the_level_of_a_base_year_dates_nothing():
    assert _years("Water drawn per tonne was 81% compared to that of FY2015.")[0][1] != 2015


def test_the_prior_years_figure_in_brackets():
    assert _years("This is clearly more than in the prior year (12,400 bicycles).") == [("12,400", 2020)]


def test_a_period_of_a_plan_or_a_look_back_is_no_fact():   # settings.period
    assert _years("The cooperative hopes to certify its orchards within four years.") == []
    assert _years("Lessons of the last two years shaped the new kiln design.") == []
    assert _years("Apprentices rotate through the workshop after every six months of schooling.") == []
    assert [r for r, _ in _years("Field crews logged 14 years of rainfall records at the station.")] == ["14"]   # kept
