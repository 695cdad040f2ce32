"""Words for the report and pack error codes, shared by the CLI and the GUI."""

from __future__ import annotations

from typing import Any

from ...domain.i18n_markers import QT_TRANSLATE_NOOP as N_
from ...i18n import tr

TEMPLATES: dict[str, str] = {
    "unreadable": N_("Report", "Cannot read {path}: {detail}"),
    "too_large": N_("Report", "{path} is larger than a submission pack can be ({limit} bytes)."),
    "too_many_entries": N_("Report", "{path} holds {count} files; a submission pack holds a few."),
    "unsafe_entry": N_("Report", "{path} contains a file with an unsafe name: {name}"),
    "entry_too_large": N_("Report", "The file {name} in the pack is too large to check."),
    "duplicate_entry": N_("Report", "{path} contains the same file name twice."),
    "no_manifest": N_("Report", "{path} has no manifest.json: it is not a submission pack."),
    "bad_manifest": N_("Report", "The manifest in {path} is damaged or of another format."),
    "not_a_pack": N_("Report", "{path} is not a readable zip file."),
    "missing_file": N_("Report", "{name}: listed in the manifest but missing from the pack."),
    "changed_file": N_("Report", "{name}: changed since the pack was made (hash differs)."),
    "unexpected_file": N_("Report", "{name}: in the pack but not in the manifest."),
    "unsigned": N_(
        "Report",
        "{path} is not signed: it was made before packs were signed, or its signature was "
        "removed. Its origin cannot be proven.",
    ),
    "bad_signature": N_(
        "Report",
        "{path}: the signature does not match the manifest. The pack was changed after it "
        "was signed (for instance re-hashed by someone else).",
    ),
    "other_key": N_(
        "Report",
        "{path} says it was made by this database ({database}) but is signed with another "
        "key ({key_id}; this database's is {own_key_id}): it was not made here.",
    ),
    "missing_rate": N_(
        "Report",
        "No exchange rate for {currency} on or before {date}: {amount} {currency} "
        "listed as unconverted.",
    ),
}


def message(code: str, params: dict[str, Any] | None = None) -> str:
    template = TEMPLATES.get(code)
    params = params or {}
    if template is None:
        return f"{code}: {params}"
    try:
        return tr("Report", template).format(**params)
    except (KeyError, IndexError):
        return template.format(**params)
