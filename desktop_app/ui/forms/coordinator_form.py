"""The coordinator's own profile: the default form of its spec (domain/kinds/coordinator.py).

Kept as a name because the profile page embeds it.
"""

from __future__ import annotations

from .registry import form_class

CoordinatorForm = form_class("coordinator")
