"""Translatable labels of the record fields a user can see.

One table for validation messages, forms, list headers and importers, so a field is called
the same everywhere. Keys are model attribute names; the few names that mean different
things in different records get a (kind, field) entry in KIND_FIELD_LABELS.
"""

from __future__ import annotations

from ..i18n_markers import QT_TRANSLATE_NOOP as N_

FIELD_LABELS: dict[str, str] = {
    # shared
    "name": N_("Field", "Name"),
    "local_name": N_("Field", "Name in local script"),
    "country": N_("Field", "Country"),
    "region": N_("Field", "Region"),
    "contact_person": N_("Field", "Contact person"),
    "email": N_("Field", "E-mail"),
    "phone": N_("Field", "Phone"),
    "notes": N_("Field", "Notes"),
    "status": N_("Field", "Status"),
    "title": N_("Field", "Title"),
    "description": N_("Field", "Description"),
    "currency": N_("Field", "Currency"),
    "participants": N_("Field", "Participants"),
    "signatory_id": N_("Field", "Signatory"),
    "plan_id": N_("Field", "Action plan"),
    "coordinator_id": N_("Field", "Coordinator"),
    "created_at": N_("Field", "Created"),
    "updated_at": N_("Field", "Last changed"),
    "updated_by": N_("Field", "Changed by"),
    "deleted_at": N_("Field", "Moved to trash"),
    # coordinator
    "kind": N_("Field", "Coordinator type"),
    "website": N_("Field", "Website"),
    "is_own_office": N_("Field", "This office"),
    "expression_of_interest_date": N_("Field", "Expression of interest date"),
    "eligibility_confirmed_date": N_("Field", "Eligibility confirmed date"),
    "commitment_signed_date": N_("Field", "Commitment signed date"),
    "active_date": N_("Field", "Active since"),
    "on_hold_date": N_("Field", "On hold since"),
    "withdrawn_date": N_("Field", "Withdrawn on"),
    "mandated_agency": N_("Field", "Mandated agency"),
    # service offer
    "service": N_("Field", "Service"),
    "valid_from": N_("Field", "Valid from"),
    "valid_to": N_("Field", "Valid to"),
    # signatory
    "covenant_id": N_("Field", "Covenant ID"),
    "population": N_("Field", "Population"),
    "population_year": N_("Field", "Population year"),
    "adhesion_date": N_("Field", "Adhesion date (council decision)"),
    "framework": N_("Field", "Commitment framework"),
    "pillars": N_("Field", "Pillars"),
    "target_percent": N_("Field", "Reduction target (%)"),
    "target_year": N_("Field", "Target year"),
    "target_type": N_("Field", "Target type"),
    "joint_plan": N_("Field", "Joint plan"),
    "joint_plan_name": N_("Field", "Joint plan name"),
    "status_date": N_("Field", "Status date"),
    "since": N_("Field", "Supported since"),
    "until": N_("Field", "Supported until"),
    # action plan
    "plan_type": N_("Field", "Plan type"),
    "baseline_year": N_("Field", "Baseline inventory year"),
    "sectors": N_("Field", "Sectors in the baseline inventory"),
    "action_sectors": N_("Field", "Sectors with actions"),
    "risk_assessment_done": N_("Field", "Risk and vulnerability assessment done"),
    "council_approval_date": N_("Field", "Council approval date"),
    "submission_date": N_("Field", "Submission date"),
    "feedback_date": N_("Field", "Feedback date"),
    "plan_submission_date": N_("Field", "Plan submission date"),
    # monitoring report
    "reporting_type": N_("Field", "Reporting type"),
    "inventory_year": N_("Field", "Inventory year"),
    "due_date": N_("Field", "Due date"),
    # deadline extension
    "subject": N_("Field", "Extension for"),
    "document": N_("Field", "Document"),
    "requested_by": N_("Field", "Requested by"),
    "request_date": N_("Field", "Request date"),
    "granted_until": N_("Field", "Granted until"),
    "reason": N_("Field", "Reason"),
    # support activity
    "activity_type": N_("Field", "Activity type"),
    "activity_date": N_("Field", "Date"),
    "reaches_all": N_("Field", "Reaches all signatories"),
    "signatory_ids": N_("Field", "Signatories reached"),
    "staff_days": N_("Field", "Staff days"),
    # financial support
    "instrument": N_("Field", "Instrument"),
    "source": N_("Field", "Funding source"),
    "funder_name": N_("Field", "Funder"),
    "purpose": N_("Field", "Purpose"),
    "amount": N_("Field", "Amount"),
    "decision_date": N_("Field", "Decision date"),
    "disbursed_amount": N_("Field", "Disbursed amount"),
    "disbursed_date": N_("Field", "Disbursement date"),
    # energy day
    "start_date": N_("Field", "Start date"),
    "end_date": N_("Field", "End date"),
    "place": N_("Field", "Place"),
    "online": N_("Field", "Online"),
    "organised_by_coordinator": N_("Field", "Organised by the coordinator"),
    "organiser_ids": N_("Field", "Organising signatories"),
    "lead": N_("Field", "Lead organiser"),
    "activity_types": N_("Field", "Activity types"),
    "audiences": N_("Field", "Audiences"),
    "budget": N_("Field", "Budget"),
    "eusew_registered": N_("Field", "Registered with EU Sustainable Energy Week"),
    "outcome_notes": N_("Field", "Outcome notes"),
    # exchange rate
    "rate_date": N_("Field", "Rate date"),
    "units_per_eur": N_("Field", "Units per euro"),
}

KIND_FIELD_LABELS: dict[tuple[str, str], str] = {
    ("signatory", "name"): N_("Field", "Name (Latin script)"),
    ("exchange_rate", "source"): N_("Field", "Rate source"),
    ("energy_day", "currency"): N_("Field", "Budget currency"),
}


def field_label(field: str, kind: str = "") -> str:
    """The untranslated English label; translate it with context "Field".

    Unknown names come back unchanged, so a new column is never shown as an empty label.
    """
    return KIND_FIELD_LABELS.get((kind, field)) or FIELD_LABELS.get(field, field)
