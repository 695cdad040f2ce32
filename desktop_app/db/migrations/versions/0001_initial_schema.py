"""initial schema

Revision ID: 0001
Revises:
Create Date: 2026-11-28 11:13:09.641833
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:

    op.create_table(
        "audit_entry",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("changed_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("changed_by", sa.String(length=100), nullable=False),
        sa.Column(
            "action",
            sa.Enum(
                "insert",
                "update",
                "delete",
                "restore",
                name="auditaction",
                native_enum=False,
                length=40,
            ),
            nullable=False,
        ),
        sa.Column("table_name", sa.String(length=60), nullable=False),
        sa.Column("record_id", sa.Uuid(), nullable=False),
        sa.Column("field", sa.String(length=60), nullable=False),
        sa.Column("old_value", sa.Text(), nullable=True),
        sa.Column("new_value", sa.Text(), nullable=True),
        sa.Column("origin", sa.String(length=40), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_entry")),
    )
    with op.batch_alter_table("audit_entry", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_audit_entry_changed_at"), ["changed_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_audit_entry_record_id"), ["record_id"], unique=False)

    op.create_table(
        "coordinator",
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("local_name", sa.String(length=200), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "territorial", "national", name="coordinatorkind", native_enum=False, length=40
            ),
            nullable=False,
        ),
        sa.Column("country", sa.String(length=2), nullable=False),
        sa.Column("region", sa.String(length=200), nullable=False),
        sa.Column("contact_person", sa.String(length=200), nullable=False),
        sa.Column("email", sa.String(length=200), nullable=False),
        sa.Column("phone", sa.String(length=50), nullable=False),
        sa.Column("website", sa.String(length=300), nullable=False),
        sa.Column("is_own_office", sa.Boolean(), nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "expression_of_interest",
                "eligibility_confirmed",
                "commitment_signed",
                "active",
                "on_hold",
                "withdrawn",
                name="coordinatorstatus",
                native_enum=False,
                length=40,
            ),
            nullable=False,
        ),
        sa.Column("expression_of_interest_date", sa.Date(), nullable=True),
        sa.Column("eligibility_confirmed_date", sa.Date(), nullable=True),
        sa.Column("commitment_signed_date", sa.Date(), nullable=True),
        sa.Column("active_date", sa.Date(), nullable=True),
        sa.Column("on_hold_date", sa.Date(), nullable=True),
        sa.Column("withdrawn_date", sa.Date(), nullable=True),
        sa.Column("mandated_agency", sa.String(length=200), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.String(length=100), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_coordinator")),
    )
    with op.batch_alter_table("coordinator", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_coordinator_deleted_at"), ["deleted_at"], unique=False)

    op.create_table(
        "energy_day",
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("start_date", sa.Date(), nullable=False),
        sa.Column("end_date", sa.Date(), nullable=True),
        sa.Column("place", sa.String(length=300), nullable=False),
        sa.Column("online", sa.Boolean(), nullable=False),
        sa.Column("organised_by_coordinator", sa.Boolean(), nullable=False),
        sa.Column("activity_types", sa.JSON(), nullable=False),
        sa.Column("audiences", sa.JSON(), nullable=False),
        sa.Column("participants", sa.Integer(), nullable=True),
        sa.Column("budget", sa.Numeric(precision=18, scale=2), nullable=True),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("eusew_registered", sa.Boolean(), nullable=False),
        sa.Column("outcome_notes", sa.Text(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.String(length=100), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_energy_day")),
    )
    with op.batch_alter_table("energy_day", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_energy_day_deleted_at"), ["deleted_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_energy_day_start_date"), ["start_date"], unique=False)

    op.create_table(
        "exchange_rate",
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("rate_date", sa.Date(), nullable=False),
        sa.Column("units_per_eur", sa.Numeric(precision=20, scale=8), nullable=False),
        sa.Column("source", sa.String(length=200), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.String(length=100), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_exchange_rate")),
    )
    with op.batch_alter_table("exchange_rate", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_exchange_rate_currency"), ["currency"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_exchange_rate_deleted_at"), ["deleted_at"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_exchange_rate_rate_date"), ["rate_date"], unique=False)

    op.create_table(
        "report_submission",
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("period_from", sa.Date(), nullable=False),
        sa.Column("period_to", sa.Date(), nullable=False),
        sa.Column("language", sa.String(length=5), nullable=False),
        sa.Column("file_name", sa.String(length=300), nullable=False),
        sa.Column("file_hashes", sa.JSON(), nullable=False),
        sa.Column("manifest", sa.JSON(), nullable=False),
        sa.Column("snapshot_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.String(length=100), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_report_submission")),
    )
    with op.batch_alter_table("report_submission", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_report_submission_deleted_at"), ["deleted_at"], unique=False
        )

    op.create_table(
        "signatory",
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("local_name", sa.String(length=200), nullable=False),
        sa.Column("country", sa.String(length=2), nullable=False),
        sa.Column("region", sa.String(length=200), nullable=False),
        sa.Column("covenant_id", sa.String(length=40), nullable=False),
        sa.Column("population", sa.Integer(), nullable=True),
        sa.Column("population_year", sa.Integer(), nullable=True),
        sa.Column("adhesion_date", sa.Date(), nullable=True),
        sa.Column(
            "framework",
            sa.Enum("2020", "2030", "2050", name="framework", native_enum=False, length=40),
            nullable=False,
        ),
        sa.Column("pillars", sa.JSON(), nullable=False),
        sa.Column("target_percent", sa.Numeric(precision=5, scale=2), nullable=True),
        sa.Column("target_year", sa.Integer(), nullable=True),
        sa.Column(
            "target_type",
            sa.Enum("absolute", "per_capita", name="targettype", native_enum=False, length=40),
            nullable=False,
        ),
        sa.Column("joint_plan", sa.Boolean(), nullable=False),
        sa.Column("joint_plan_name", sa.String(length=200), nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "active",
                "on_hold",
                "withdrawn",
                name="signatorystatus",
                native_enum=False,
                length=40,
            ),
            nullable=False,
        ),
        sa.Column("status_date", sa.Date(), nullable=True),
        sa.Column("contact_person", sa.String(length=200), nullable=False),
        sa.Column("email", sa.String(length=200), nullable=False),
        sa.Column("phone", sa.String(length=50), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.String(length=100), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_signatory")),
    )
    with op.batch_alter_table("signatory", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_signatory_country"), ["country"], unique=False)
        batch_op.create_index(batch_op.f("ix_signatory_deleted_at"), ["deleted_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_signatory_name"), ["name"], unique=False)
        batch_op.create_index(batch_op.f("ix_signatory_status"), ["status"], unique=False)

    op.create_table(
        "support_activity",
        sa.Column(
            "activity_type",
            sa.Enum(
                "promotion",
                "technical",
                "strategic",
                "capacity_building",
                "training",
                "study_visit",
                "event",
                "other",
                name="activitytype",
                native_enum=False,
                length=40,
            ),
            nullable=False,
        ),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("activity_date", sa.Date(), nullable=False),
        sa.Column("reaches_all", sa.Boolean(), nullable=False),
        sa.Column("staff_days", sa.Numeric(precision=7, scale=1), nullable=True),
        sa.Column("participants", sa.Integer(), nullable=True),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.String(length=100), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_support_activity")),
    )
    with op.batch_alter_table("support_activity", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_support_activity_activity_date"), ["activity_date"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_support_activity_activity_type"), ["activity_type"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_support_activity_deleted_at"), ["deleted_at"], unique=False
        )

    op.create_table(
        "action_plan",
        sa.Column("signatory_id", sa.Uuid(), nullable=False),
        sa.Column(
            "plan_type",
            sa.Enum("seap", "secap", "seacap", name="plantype", native_enum=False, length=40),
            nullable=False,
        ),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("baseline_year", sa.Integer(), nullable=True),
        sa.Column("sectors", sa.JSON(), nullable=False),
        sa.Column("action_sectors", sa.JSON(), nullable=False),
        sa.Column("risk_assessment_done", sa.Boolean(), nullable=False),
        sa.Column("council_approval_date", sa.Date(), nullable=True),
        sa.Column("submission_date", sa.Date(), nullable=True),
        sa.Column(
            "status",
            sa.Enum(
                "in_preparation",
                "submitted",
                "under_assessment",
                "accepted",
                "revision_requested",
                name="planstatus",
                native_enum=False,
                length=40,
            ),
            nullable=False,
        ),
        sa.Column("feedback_date", sa.Date(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.String(length=100), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["signatory_id"], ["signatory.id"], name=op.f("fk_action_plan_signatory_id_signatory")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_action_plan")),
    )
    with op.batch_alter_table("action_plan", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_action_plan_deleted_at"), ["deleted_at"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_action_plan_signatory_id"), ["signatory_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_action_plan_status"), ["status"], unique=False)

    op.create_table(
        "deadline_extension",
        sa.Column("signatory_id", sa.Uuid(), nullable=False),
        sa.Column(
            "subject",
            sa.Enum("plan", "monitoring", name="extensionsubject", native_enum=False, length=40),
            nullable=False,
        ),
        sa.Column("document", sa.String(length=300), nullable=False),
        sa.Column(
            "requested_by",
            sa.Enum("signatory", "coordinator", name="requestedby", native_enum=False, length=40),
            nullable=False,
        ),
        sa.Column("request_date", sa.Date(), nullable=True),
        sa.Column("granted_until", sa.Date(), nullable=True),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.String(length=100), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["signatory_id"],
            ["signatory.id"],
            name=op.f("fk_deadline_extension_signatory_id_signatory"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_deadline_extension")),
    )
    with op.batch_alter_table("deadline_extension", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_deadline_extension_deleted_at"), ["deleted_at"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_deadline_extension_signatory_id"), ["signatory_id"], unique=False
        )

    op.create_table(
        "energy_day_organiser",
        sa.Column("energy_day_id", sa.Uuid(), nullable=False),
        sa.Column("signatory_id", sa.Uuid(), nullable=False),
        sa.Column("lead", sa.Boolean(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.String(length=100), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["energy_day_id"],
            ["energy_day.id"],
            name=op.f("fk_energy_day_organiser_energy_day_id_energy_day"),
        ),
        sa.ForeignKeyConstraint(
            ["signatory_id"],
            ["signatory.id"],
            name=op.f("fk_energy_day_organiser_signatory_id_signatory"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_energy_day_organiser")),
    )
    with op.batch_alter_table("energy_day_organiser", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_energy_day_organiser_deleted_at"), ["deleted_at"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_energy_day_organiser_energy_day_id"), ["energy_day_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_energy_day_organiser_signatory_id"), ["signatory_id"], unique=False
        )

    op.create_table(
        "service_offer",
        sa.Column("coordinator_id", sa.Uuid(), nullable=False),
        sa.Column(
            "service",
            sa.Enum(
                "promotion",
                "technical",
                "strategic",
                "financial",
                "human_resources",
                "capacity_building",
                "inventory_support",
                "risk_assessment_support",
                "energy_days",
                name="servicetype",
                native_enum=False,
                length=40,
            ),
            nullable=False,
        ),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("valid_from", sa.Date(), nullable=True),
        sa.Column("valid_to", sa.Date(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.String(length=100), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["coordinator_id"],
            ["coordinator.id"],
            name=op.f("fk_service_offer_coordinator_id_coordinator"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_service_offer")),
    )
    with op.batch_alter_table("service_offer", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_service_offer_coordinator_id"), ["coordinator_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_service_offer_deleted_at"), ["deleted_at"], unique=False
        )

    op.create_table(
        "signatory_coordinator",
        sa.Column("signatory_id", sa.Uuid(), nullable=False),
        sa.Column("coordinator_id", sa.Uuid(), nullable=False),
        sa.Column("since", sa.Date(), nullable=True),
        sa.Column("until", sa.Date(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.String(length=100), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["coordinator_id"],
            ["coordinator.id"],
            name=op.f("fk_signatory_coordinator_coordinator_id_coordinator"),
        ),
        sa.ForeignKeyConstraint(
            ["signatory_id"],
            ["signatory.id"],
            name=op.f("fk_signatory_coordinator_signatory_id_signatory"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_signatory_coordinator")),
    )
    with op.batch_alter_table("signatory_coordinator", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_signatory_coordinator_coordinator_id"), ["coordinator_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_signatory_coordinator_deleted_at"), ["deleted_at"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_signatory_coordinator_signatory_id"), ["signatory_id"], unique=False
        )

    op.create_table(
        "support_activity_signatory",
        sa.Column("activity_id", sa.Uuid(), nullable=False),
        sa.Column("signatory_id", sa.Uuid(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.String(length=100), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["activity_id"],
            ["support_activity.id"],
            name=op.f("fk_support_activity_signatory_activity_id_support_activity"),
        ),
        sa.ForeignKeyConstraint(
            ["signatory_id"],
            ["signatory.id"],
            name=op.f("fk_support_activity_signatory_signatory_id_signatory"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_support_activity_signatory")),
    )
    with op.batch_alter_table("support_activity_signatory", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_support_activity_signatory_activity_id"), ["activity_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_support_activity_signatory_deleted_at"), ["deleted_at"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_support_activity_signatory_signatory_id"), ["signatory_id"], unique=False
        )

    op.create_table(
        "financial_support",
        sa.Column("signatory_id", sa.Uuid(), nullable=False),
        sa.Column("plan_id", sa.Uuid(), nullable=True),
        sa.Column(
            "instrument",
            sa.Enum(
                "grant",
                "subsidy",
                "soft_loan",
                "guarantee",
                "revolving_fund",
                "esco_epc",
                "third_party",
                "green_bond",
                "ppp",
                "cooperative",
                "in_kind_staff",
                "other",
                name="instrument",
                native_enum=False,
                length=40,
            ),
            nullable=False,
        ),
        sa.Column(
            "source",
            sa.Enum(
                "own_budget",
                "national",
                "eu",
                "ifi",
                "donor",
                "private",
                name="fundingsource",
                native_enum=False,
                length=40,
            ),
            nullable=False,
        ),
        sa.Column("funder_name", sa.String(length=200), nullable=False),
        sa.Column("purpose", sa.String(length=300), nullable=False),
        sa.Column("amount", sa.Numeric(precision=18, scale=2), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("decision_date", sa.Date(), nullable=True),
        sa.Column("disbursed_amount", sa.Numeric(precision=18, scale=2), nullable=True),
        sa.Column("disbursed_date", sa.Date(), nullable=True),
        sa.Column(
            "status",
            sa.Enum(
                "applied",
                "approved",
                "disbursed",
                "rejected",
                name="financestatus",
                native_enum=False,
                length=40,
            ),
            nullable=False,
        ),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.String(length=100), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["plan_id"], ["action_plan.id"], name=op.f("fk_financial_support_plan_id_action_plan")
        ),
        sa.ForeignKeyConstraint(
            ["signatory_id"],
            ["signatory.id"],
            name=op.f("fk_financial_support_signatory_id_signatory"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_financial_support")),
    )
    with op.batch_alter_table("financial_support", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_financial_support_decision_date"), ["decision_date"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_financial_support_deleted_at"), ["deleted_at"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_financial_support_signatory_id"), ["signatory_id"], unique=False
        )

    op.create_table(
        "monitoring_report",
        sa.Column("signatory_id", sa.Uuid(), nullable=False),
        sa.Column("plan_id", sa.Uuid(), nullable=True),
        sa.Column(
            "reporting_type",
            sa.Enum("action", "full", name="reportingtype", native_enum=False, length=40),
            nullable=False,
        ),
        sa.Column("inventory_year", sa.Integer(), nullable=True),
        sa.Column("due_date", sa.Date(), nullable=True),
        sa.Column("submission_date", sa.Date(), nullable=True),
        sa.Column(
            "status",
            sa.Enum(
                "planned",
                "submitted",
                "accepted",
                "revision_requested",
                name="monitoringstatus",
                native_enum=False,
                length=40,
            ),
            nullable=False,
        ),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.String(length=100), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["plan_id"], ["action_plan.id"], name=op.f("fk_monitoring_report_plan_id_action_plan")
        ),
        sa.ForeignKeyConstraint(
            ["signatory_id"],
            ["signatory.id"],
            name=op.f("fk_monitoring_report_signatory_id_signatory"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_monitoring_report")),
    )
    with op.batch_alter_table("monitoring_report", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_monitoring_report_deleted_at"), ["deleted_at"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_monitoring_report_plan_id"), ["plan_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_monitoring_report_signatory_id"), ["signatory_id"], unique=False
        )


def downgrade() -> None:

    with op.batch_alter_table("monitoring_report", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_monitoring_report_signatory_id"))
        batch_op.drop_index(batch_op.f("ix_monitoring_report_plan_id"))
        batch_op.drop_index(batch_op.f("ix_monitoring_report_deleted_at"))

    op.drop_table("monitoring_report")
    with op.batch_alter_table("financial_support", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_financial_support_signatory_id"))
        batch_op.drop_index(batch_op.f("ix_financial_support_deleted_at"))
        batch_op.drop_index(batch_op.f("ix_financial_support_decision_date"))

    op.drop_table("financial_support")
    with op.batch_alter_table("support_activity_signatory", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_support_activity_signatory_signatory_id"))
        batch_op.drop_index(batch_op.f("ix_support_activity_signatory_deleted_at"))
        batch_op.drop_index(batch_op.f("ix_support_activity_signatory_activity_id"))

    op.drop_table("support_activity_signatory")
    with op.batch_alter_table("signatory_coordinator", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_signatory_coordinator_signatory_id"))
        batch_op.drop_index(batch_op.f("ix_signatory_coordinator_deleted_at"))
        batch_op.drop_index(batch_op.f("ix_signatory_coordinator_coordinator_id"))

    op.drop_table("signatory_coordinator")
    with op.batch_alter_table("service_offer", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_service_offer_deleted_at"))
        batch_op.drop_index(batch_op.f("ix_service_offer_coordinator_id"))

    op.drop_table("service_offer")
    with op.batch_alter_table("energy_day_organiser", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_energy_day_organiser_signatory_id"))
        batch_op.drop_index(batch_op.f("ix_energy_day_organiser_energy_day_id"))
        batch_op.drop_index(batch_op.f("ix_energy_day_organiser_deleted_at"))

    op.drop_table("energy_day_organiser")
    with op.batch_alter_table("deadline_extension", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_deadline_extension_signatory_id"))
        batch_op.drop_index(batch_op.f("ix_deadline_extension_deleted_at"))

    op.drop_table("deadline_extension")
    with op.batch_alter_table("action_plan", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_action_plan_status"))
        batch_op.drop_index(batch_op.f("ix_action_plan_signatory_id"))
        batch_op.drop_index(batch_op.f("ix_action_plan_deleted_at"))

    op.drop_table("action_plan")
    with op.batch_alter_table("support_activity", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_support_activity_deleted_at"))
        batch_op.drop_index(batch_op.f("ix_support_activity_activity_type"))
        batch_op.drop_index(batch_op.f("ix_support_activity_activity_date"))

    op.drop_table("support_activity")
    with op.batch_alter_table("signatory", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_signatory_status"))
        batch_op.drop_index(batch_op.f("ix_signatory_name"))
        batch_op.drop_index(batch_op.f("ix_signatory_deleted_at"))
        batch_op.drop_index(batch_op.f("ix_signatory_country"))

    op.drop_table("signatory")
    with op.batch_alter_table("report_submission", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_report_submission_deleted_at"))

    op.drop_table("report_submission")
    with op.batch_alter_table("exchange_rate", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_exchange_rate_rate_date"))
        batch_op.drop_index(batch_op.f("ix_exchange_rate_deleted_at"))
        batch_op.drop_index(batch_op.f("ix_exchange_rate_currency"))

    op.drop_table("exchange_rate")
    with op.batch_alter_table("energy_day", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_energy_day_start_date"))
        batch_op.drop_index(batch_op.f("ix_energy_day_deleted_at"))

    op.drop_table("energy_day")
    with op.batch_alter_table("coordinator", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_coordinator_deleted_at"))

    op.drop_table("coordinator")
    with op.batch_alter_table("audit_entry", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_audit_entry_record_id"))
        batch_op.drop_index(batch_op.f("ix_audit_entry_changed_at"))

    op.drop_table("audit_entry")
