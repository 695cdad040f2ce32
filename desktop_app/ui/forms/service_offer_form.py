"""One service the coordinator offers signatories (listed on the profile page)."""

from __future__ import annotations

from ...domain.enums import ServiceType
from .base_form import RecordForm


class ServiceOfferForm(RecordForm):
    KIND = "service_offer"

    def record_title(self) -> str:
        from ...i18n import label

        service = self.current_values().get("service")
        try:
            return label(ServiceType(service)) if service else super().record_title()
        except ValueError:
            return str(service)
