"""Coordinator Desk: offline records and reports for Covenant of Mayors coordinators."""

__version__ = "0.1.0"
