"""esglens's own consistency checks, registered as a plugin. Order is the order findings are gathered."""
from __future__ import annotations

from ..core.parts import Check
from ..core.registry import hookimpl
from .breakdowns import check_shares, check_sums
from .changes import check_base_changes, check_by_vs_to, check_restated_changes
from .duplicates import check_digit_slips, check_duplicates, check_unit_slips
from .horizons import check_horizons
from .index_claims import check_index_company, check_index_not_applicable
from .implied_factor import check_implied_factors
from .intensity import check_intensities
from .layout import check_layout
from .means import check_means
from .parts import check_parts, check_stated_shares
from .rates import check_rates
from .ratios import check_stated_rates
from .rounding import check_share_rounding
from .rowyears import check_row_years
from .targets import check_targets
from .textshares import check_text_shares
from .unitfit import check_units
from .unittypos import check_unit_typos

BUILTIN = (
    Check("sums", "a total row that is not the sum of its parts", lambda c: check_sums(c.rows, c.relations)),
    Check("shares", "shares of one breakdown that do not add to 100 %", lambda c: check_shares(c.rows)),
    Check("rates", "a printed rate or change that its own rows do not give", lambda c: check_rates(c.rows)),
    Check("stated rates", "a rate that is not the numerator and denominator its catalog entry or label names",
          lambda c: check_stated_rates(c.rows)),
    Check("row years", "a row named for one year ('as of 2023') with values under other years",
          lambda c: check_row_years(c.rows)),
    Check("share rounding", "a share of a breakdown that does not round from its own counts",
          lambda c: check_share_rounding(c.rows, c.relations)),
    Check("means", "a per-person figure that is not total / headcount", lambda c: check_means(c.rows)),
    Check("duplicates", "one metric and year printed twice with different values", lambda c: check_duplicates(c.facts)),
    Check("digit slips", "a number printed twice with a digit changed or two swapped",
          lambda c: check_digit_slips(c.facts)),
    Check("unit slips", "the same number of one metric and year printed under two units of one dimension",
          lambda c: check_unit_slips(c.facts)),
    Check("layout", "rows with fewer or more values than the table's year columns", lambda c: check_layout(c.doc)),
    Check("parts", "a part larger than its whole", lambda c: check_parts(c.facts)),
    Check("stated shares", "a share stated beside two amounts that do not give it", lambda c: check_stated_shares(c.facts)),
    Check("intensities", "an intensity that is not total / denominator", lambda c: check_intensities(c.facts)),
    Check("implied factors", "Scope 2 over purchased electricity above every grid factor the report cites",
          lambda c: check_implied_factors(c.facts, c.doc)),
    Check("units", "a unit that cannot measure the metric", lambda c: check_units(c.facts)),
    Check("unit typos", "a unit printed with letters swapped or missing", lambda c: check_unit_typos(c.facts)),
    Check("text shares", "a share in a sentence that its own numbers do not give",
          lambda c: check_text_shares(c.sentences, c.year)),
    Check("restated changes", "a change stated twice with different numbers",
          lambda c: check_restated_changes(c.stated_changes)),
    Check("base-year changes", "a change from a base year that the base-year figure does not give",
          lambda c: check_base_changes(c.stated_changes)),
    Check("by or to", "'reduced by' and 'reduced to' the same figure", lambda c: check_by_vs_to(c.stated_changes)),
    Check("targets", "a target stated as achieved that the figures do not meet",
          lambda c: check_targets(c.sentences, c.year)),
    Check("time horizons", "short, medium and long term defined in overlapping years", lambda c: check_horizons(c.sentences)),
    Check("index not applicable", "a content-index item marked not applicable while figures or a section on it exist",
          lambda c: check_index_not_applicable(c.doc, c.facts, c.index)),
    Check("index company", "a company named in the content index that is not the reporter",
          lambda c: check_index_company(c.doc, c.index)),
)


@hookimpl
def esglens_checks() -> list[Check]:
    return list(BUILTIN)
