"""Structured validation results and the English templates that explain them.

Rules return codes with parameters instead of sentences so that the GUI, the CLI and the
importers can say the same thing in the interface language (see messages.format_issue).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from dataclasses import field as dc_field
from enum import StrEnum
from typing import Any

from ..i18n_markers import QT_TRANSLATE_NOOP as N_


class Severity(StrEnum):
    ERROR = "error"
    """Blocks saving or importing the record."""
    WARNING = "warning"
    """Shown to the user; the record can still be saved."""


@dataclass(frozen=True)
class Issue:
    field: str
    code: str
    severity: Severity
    params: dict[str, Any] = dc_field(default_factory=dict)
    kind: str = ""
    """Record kind ("signatory", ...), so a field label can depend on the record type."""

    @property
    def is_error(self) -> bool:
        return self.severity is Severity.ERROR


def errors(issues: Iterable[Issue]) -> list[Issue]:
    return [i for i in issues if i.severity is Severity.ERROR]


def warnings(issues: Iterable[Issue]) -> list[Issue]:
    return [i for i in issues if i.severity is Severity.WARNING]


# {field} is always available: format_issue fills it with the translated field label.
# Parameters whose name ends in "_field" are field names and are translated the same way.
MESSAGES: dict[str, str] = {
    "required": N_("Validation", "{field} is required."),
    "recommended": N_("Validation", "{field} is empty; please fill it in."),
    "adhesion_date_missing": N_(
        "Validation", "Without the adhesion date the plan deadline cannot be computed."
    ),
    "not_a_number": N_("Validation", '{field} must be a number, not "{value}".'),
    "not_a_whole_number": N_("Validation", '{field} must be a whole number, not "{value}".'),
    "not_a_date": N_("Validation", '{field} must be a date, not "{value}".'),
    # What a clerk typed into a number or date field (domain.rules.entry); {example} and
    # {iso} are filled by the field in the interface language's own form.
    "number_form": N_("Validation", '{field}: "{value}" is not a number; type it like {example}.'),
    "number_ambiguous": N_(
        "Validation", '{field}: "{value}" could be {one} or {other}; type it as one of these.'
    ),
    "too_many_decimals": N_(
        "Validation", '{field} keeps at most {places} decimal places; "{value}" has more.'
    ),
    "date_form": N_(
        "Validation", '{field}: "{value}" is not a date; type it like {example} or {iso}.'
    ),
    "date_incomplete": N_(
        "Validation",
        '{field}: "{value}" is not a whole date; type the day, the month and the year in four '
        "digits, like {example}.",
    ),
    "date_impossible": N_("Validation", '{field}: there is no such day as "{value}".'),
    "date_out_of_range": N_("Validation", "{field} must be a date in the years {min} to {max}."),
    "not_a_list": N_("Validation", "{field} must be a list of choices."),
    "too_long": N_("Validation", "{field} is {length} characters long; at most {max} are allowed."),
    "invalid_choice": N_("Validation", '{field}: "{value}" is not one of the choices.'),
    "date_order": N_(
        "Validation", "{field} ({value}) must not be earlier than {other_field} ({other})."
    ),
    "date_in_future": N_("Validation", "{field} ({value}) is in the future."),
    "must_be_positive": N_("Validation", "{field} must be greater than zero."),
    "must_not_be_negative": N_("Validation", "{field} must not be negative."),
    "year_out_of_range": N_("Validation", "{field} must be a year from {min} to {max}."),
    "baseline_after_submission": N_(
        "Validation",
        "{field} must be a year from {min} to {max}, the year the plan was submitted; "
        "{value} was given.",
    ),
    "percent_out_of_range": N_("Validation", "{field} must be between 0 and 100."),
    "degrees_out_of_range": N_(
        "Validation", "{field} must be between {min} and {max} degrees; {value} was given."
    ),
    "target_below_minimum": N_(
        "Validation",
        "{field} is {value} %, below the {minimum} % minimum of the {framework} commitment.",
    ),
    "disbursed_exceeds_amount": N_(
        "Validation", "{field} ({value}) is more than the amount ({amount})."
    ),
    "currency_format": N_(
        "Validation",
        '{field} must be a three-letter ISO 4217 code in capitals such as EUR, not "{value}".',
    ),
    "currency_unusual": N_(
        "Validation", "{field}: {value} is not one of the usual currencies; check the code."
    ),
    "country_unknown": N_("Validation", '{field}: "{value}" is not a known country.'),
    "email_format": N_("Validation", "{field} does not look like an e-mail address."),
    "key_sectors_missing": N_(
        "Validation",
        "The baseline inventory covers {count} of the 4 key sectors (municipal, tertiary, "
        "residential, transport); at least {minimum} are expected.",
    ),
    "inventory_key_sectors": N_(
        "Validation",
        "The inventory has energy figures for {count} of the 4 key sectors (municipal, "
        "tertiary, residential, transport); the Covenant asks for at least {minimum}. "
        "Missing: {missing}.",
    ),
    "inventory_cell_unknown": N_(
        "Validation", '{field}: "{value}" is not a sector and energy carrier of the grid.'
    ),
    "inventory_cell_invalid": N_(
        "Validation", '{field}: "{value}" ({sector}, {carrier}) is not a number.'
    ),
    "inventory_cell_negative": N_(
        "Validation", "{field}: {sector}, {carrier} is negative ({value} MWh)."
    ),
    "inventory_no_factor": N_(
        "Validation",
        "No emission factor for {carriers}: that energy is not counted in the emissions. "
        "Enter a local factor (or the local production) to count it.",
    ),
    "total_differs": N_(
        "Validation",
        "{field} is {stated}, but the grid gives {computed}: more than 1 % apart. Check "
        "the figures.",
    ),
    "action_sectors_few": N_(
        "Validation",
        "Actions cover {count} key sector(s); actions in at least {minimum} are expected.",
    ),
    "completed_needs_achieved": N_(
        "Validation",
        "The action is completed but {field} is empty: enter what monitoring found.",
    ),
    "risk_assessment_missing": N_(
        "Validation",
        "A {plan_type} needs a climate risk and vulnerability assessment.",
    ),
    "council_approval_missing": N_(
        "Validation", "The plan was submitted but its council approval date is empty."
    ),
    "status_needs_value": N_("Validation", 'The status is "{status}" but {field} is empty.'),
    "eusew_participants": N_(
        "Validation",
        "An Energy Day registered with the EU Sustainable Energy Week needs at least "
        "{minimum} participants; {value} recorded.",
    ),
    "no_signatories_reached": N_(
        "Validation",
        "Select the signatories reached, or mark the activity as reaching all signatories.",
    ),
    "eur_rate": N_("Validation", "EUR needs no exchange rate; it always counts as 1."),
    "full_report_inventory": N_(
        "Validation", "Full reporting includes a monitoring emission inventory; {field} is empty."
    ),
    "extension_exists": N_(
        "Validation",
        "This signatory already has {count} extension(s) for this deadline; "
        "normally only one is granted.",
    ),
}
