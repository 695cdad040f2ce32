"""Error codes of the Excel services and the sentences they become in each language.

Services raise codes with parameters; `message()` translates them (QtCore `tr` only), so the
CLI, the wizard and the annotated workbook say the same thing.
"""

from __future__ import annotations

from typing import Any

from ...domain.i18n_markers import QT_TRANSLATE_NOOP as N_

CTX = "ExcelMessages"

TEMPLATES: dict[str, str] = {
    # Unusable or hostile files (exit 2).
    "missing": N_("ExcelMessages", "{path}: the file does not exist."),
    "unreadable": N_("ExcelMessages", "{path}: the file cannot be read: {detail}"),
    "not_xlsx": N_(
        "ExcelMessages",
        "{path} is not an Excel workbook (.xlsx): its content is not an Office Open XML "
        "package, whatever its name says. Save it from your spreadsheet program as .xlsx.",
    ),
    "missing_part": N_(
        "ExcelMessages", "{path} is not a valid .xlsx workbook: the part {part} is missing."
    ),
    "too_many_members": N_(
        "ExcelMessages",
        "{path} was refused: it contains {count} files, more than the limit of {limit}.",
    ),
    "too_large": N_(
        "ExcelMessages",
        "{path} was refused: it would unpack to {size} MB, more than the limit of {limit} MB "
        "(a compressed-file bomb or an unusually large workbook).",
    ),
    "bad_ratio": N_(
        "ExcelMessages",
        "{path} was refused: the part {part} is compressed {ratio} times, more than any real "
        "workbook (limit {limit}); this looks like a compressed-file bomb.",
    ),
    "hostile_xml": N_(
        "ExcelMessages",
        "{path} was refused: its XML declares entities or a document type ({detail}), which "
        "workbooks never need and attacks use.",
    ),
    "corrupt": N_("ExcelMessages", "{path} is damaged and cannot be read: {detail}"),
    "too_many_rows": N_(
        "ExcelMessages",
        "{path}, sheet {sheet}: more than {limit} rows; split the sheet and import in parts.",
    ),
    "too_many_columns": N_(
        "ExcelMessages",
        "{path}, sheet {sheet}: data in column {column}, beyond the limit of {limit} columns.",
    ),
    "no_sheet": N_("ExcelMessages", "{path} has no sheet named {sheet}. Sheets: {sheets}."),
    "no_header": N_(
        "ExcelMessages",
        "{path}, sheet {sheet}: no header row found in the first {rows} rows. A header row "
        "names at least two columns.",
    ),
    "unknown_kind": N_(
        "ExcelMessages",
        "{path}, sheet {sheet}: cannot tell which records the sheet holds from its headers; "
        "give --kind.",
    ),
    "bad_map": N_("ExcelMessages", '--map {value}: expected "Header=field".'),
    "unknown_field": N_(
        "ExcelMessages", "--map {value}: {field} is not a field of {kind}. Fields: {fields}."
    ),
    "unknown_header": N_(
        "ExcelMessages", "--map {value}: the sheet has no column headed {header}."
    ),
    "write_failed": N_("ExcelMessages", "Cannot write {path}: {detail}"),
    "bad_value_map": N_(
        "ExcelMessages",
        '--value {value}: expected "FIELD:SOURCE=TARGET", e.g. status:published=active.',
    ),
    "bad_where": N_("ExcelMessages", '--where {value}: expected "COLUMN=VALUE", e.g. country=UA.'),
    "unknown_where": N_(
        "ExcelMessages",
        "--where {value}: sheet {sheet} has no field or column {column}. Columns: {headers}.",
    ),
    "unknown_profile": N_(
        "ExcelMessages", "There is no import profile called {name}. Saved profiles: {names}."
    ),
    "bad_profile": N_(
        "ExcelMessages",
        "The import profile {path} is damaged or was not written by this app; "
        "save it again with --save-profile.",
    ),
    "bad_profile_name": N_(
        "ExcelMessages",
        "{name} cannot be a profile name: use up to 60 letters, digits, spaces, dots or dashes.",
    ),
    # Cell and row problems (exit 1).
    "bad_date": N_(
        "ExcelMessages",
        "'{value}' is not a date (use a date cell, dd.mm.yyyy, yyyy-mm-dd or d/m/yyyy).",
    ),
    "bad_number": N_("ExcelMessages", "'{value}' is not a number."),
    "bad_grouping": N_(
        "ExcelMessages",
        "'{value}' is not a number: its digit groups cannot be thousands "
        "(write 1234.5, 1 234,5 or 1,234.5).",
    ),
    "out_of_range": N_(
        "ExcelMessages", "'{value}' is too large for this field (at most {limit} in size)."
    ),
    "date_out_of_range": N_(
        "ExcelMessages",
        "the date {value} is outside the years the app accepts ({first} to {last}).",
    ),
    "uncalculated": N_(
        "ExcelMessages",
        "the formula {value} has no calculated value in the file; open the file in a "
        "spreadsheet program, save it, and import again.",
    ),
    "not_whole": N_("ExcelMessages", "'{value}' is not a whole number."),
    "bad_bool": N_("ExcelMessages", "'{value}' is not yes or no."),
    "bad_choice": N_("ExcelMessages", "'{value}' is not one of the allowed values: {choices}."),
    "bad_country": N_(
        "ExcelMessages", "'{value}' is not a known country (name or ISO code such as TM)."
    ),
    "bad_currency": N_(
        "ExcelMessages", "'{value}' is not a known currency code (such as EUR, TMT)."
    ),
    "bad_id": N_("ExcelMessages", "'{value}' is not a record ID."),
    "required": N_("ExcelMessages", "a value is required."),
    "unknown_signatory": N_("ExcelMessages", "no signatory '{name}' ({country}) in the database."),
    "ambiguous_signatory": N_(
        "ExcelMessages",
        "several signatories are called '{name}'; add the country or the signatory ID.",
    ),
    "duplicate_row": N_("ExcelMessages", "the same record is already in row {row}."),
    "unknown_plan": N_(
        "ExcelMessages", "no action plan with ID {value} in the database or in this import."
    ),
    "unknown_action": N_(
        "ExcelMessages",
        "no mitigation action with ID {value} in the database or in this import.",
    ),
    "id_other_kind": N_(
        "ExcelMessages", "ID {value} belongs to a record that is not of this kind."
    ),
    "too_long": N_("ExcelMessages", "longer than {limit} characters."),
    "profile_unknown_label": N_(
        "ExcelMessages",
        "'{label}' (row {row}) is not a field of the coordinator profile; correct the label "
        "or delete the row.",
    ),
    "profile_duplicate_label": N_(
        "ExcelMessages",
        "'{label}' is given twice; the coordinator profile already has it in row {row}.",
    ),
    "profile_no_label": N_(
        "ExcelMessages", "row {row} has a value but no label saying which field it is."
    ),
    "no_office": N_(
        "ExcelMessages",
        "a service belongs to the coordinator profile above it, which cannot be imported "
        "(see its errors) or is missing.",
    ),
    "sent_in_future": N_(
        "ExcelMessages",
        "the date sent, {date}, is after today ({today}); a report is recorded once it has "
        "been sent.",
    ),
    "sent_period_order": N_("ExcelMessages", "the period ends ({end}) before it starts ({start})."),
    "sent_period_after": N_(
        "ExcelMessages", "the period starts ({start}) after the report was sent ({sent})."
    ),
    "sent_pack_fixed": N_(
        "ExcelMessages",
        "this is the log entry of a submission pack, whose hashes prove the file sent; an "
        "import may change its note only.",
    ),
    "no_fields": N_("ExcelMessages", "none of the sheet's columns could be matched to a field."),
}


class ExcelFileError(Exception):
    """The file cannot be used at all (exit 2): not xlsx, hostile, damaged, too big."""

    def __init__(self, code: str, **params: Any) -> None:
        super().__init__(code, params)
        self.code = code
        self.params = params

    def message(self) -> str:
        return message(self.code, self.params)

    def __str__(self) -> str:
        return TEMPLATES.get(self.code, self.code).format(**self.params)


class ExcelUsageError(ExcelFileError):
    """The request is wrong (a bad --map, an unknown sheet, ...): exit 1."""


def message(code: str, params: dict[str, Any] | None = None) -> str:
    from ...i18n import tr

    template = TEMPLATES.get(code)
    params = params or {}
    if template is None:
        return f"{code}: {params}"
    try:
        return tr(CTX, template).format(**params)
    except (KeyError, IndexError):
        return template.format(**params)
