"""Units of a currency per euro on a date: what converts amounts for the reports."""

from __future__ import annotations

from ..i18n_markers import QT_TRANSLATE_NOOP as N_
from . import _common as c
from ._common import excel
from .spec import FieldSpec as F
from .spec import KindSpec, ListFacet

SPEC = KindSpec(
    id="exchange_rate",
    plural="exchange_rates",
    title=N_("RecordKind", "Exchange rate"),
    plural_title=N_("RecordKind", "Exchange rates"),
    model_name="ExchangeRate",
    validator="validate_exchange_rate",
    section="exchange_rates",
    describe=("currency", "rate_date", "units_per_eur"),
    form="exchange_rate_form:ExchangeRateForm",
    sheet_title=N_("Excel", "Exchange rates"),
    sheet_sort=("currency", "rate_date"),
    sheet_keys=("currency", "rate_date"),
    list_sort=("-rate_date", "currency"),
    fields=(
        c.currency(
            required=True,
            list=ListFacet(filter="type"),
            excel=excel(N_("Excel", "Currency"), 8, synonyms=c.CURRENCY_WORDS),
        ),
        F(
            "rate_date",
            N_("Field", "Rate date"),
            required=True,
            list=ListFacet(filter="year"),
            excel=excel(
                N_("Excel", "Rate date"), 12, synonyms=("date", "дата курса", "дата", "sene")
            ),
        ),
        F(
            "units_per_eur",
            N_("Field", "Units per euro"),
            required=True,
            list=ListFacet(),
            excel=excel(
                N_("Excel", "Units per EUR"),
                16,
                synonyms=("rate", "exchange rate", "курс", "walýuta hümmeti"),
            ),
        ),
        F(
            "source",
            N_("Field", "Rate source"),
            list=ListFacet(),
            excel=excel(
                N_("Excel", "Source"),
                24,
                synonyms=("funding source", "источник", "источник финансирования", "çeşme"),
            ),
        ),
    ),
)
