"""Deterministic, realistic demo data: a Chinese B2B rep's book of business."""

from app.demo.builder import DemoSummary, generate

__all__ = ["DemoSummary", "generate"]
