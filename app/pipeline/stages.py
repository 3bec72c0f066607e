"""Editing the pipeline's stages: names, order, probabilities, rot days and gates."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app import settings
from app.i18n import msg
from app.models import Deal, Stage
from app.models.types import new_id, utcnow
from app.pipeline.errors import PipelineError
from app.pipeline.gates import GATE_FIELDS, GATES_SETTING, LOST, OPEN_STAGE_GATE_FIELDS, WON


@dataclass
class StageSpec:
    """One row of the stage settings dialog; id None for a stage being added."""

    id: str | None
    name: str
    name_en: str | None
    probability: int
    rot_days: int
    required_fields: list[str] = field(default_factory=list)


def open_deal_counts(session: Session) -> dict[str, int]:
    """Return how many live open deals each stage holds."""
    rows = session.execute(
        select(Deal.stage_id, func.count())
        .where(Deal.status == "open", Deal.deleted_at.is_(None))
        .group_by(Deal.stage_id)
    )
    return {stage_id: count for stage_id, count in rows}


def stage_problems(specs: Sequence[StageSpec]) -> list[str]:
    """Return what is wrong with the edited stage list, naming the row."""
    problems: list[str] = []
    if not specs:
        problems.append(msg("stages.none_left"))
    for number, spec in enumerate(specs, start=1):
        if not spec.name.strip():
            problems.append(msg("stages.name_empty", number=number))
        if not 0 <= spec.probability <= 100:
            problems.append(msg("stages.probability_range", number=number))
        if spec.rot_days < 1:
            problems.append(msg("stages.rot_days", number=number))
        unknown = set(spec.required_fields) - set(OPEN_STAGE_GATE_FIELDS)
        if unknown:
            problems.append(msg("stages.unknown_fields", number=number, fields=sorted(unknown)))
    return problems


def save_stages(
    session: Session,
    specs: Sequence[StageSpec],
    close_gates: Mapping[str, Sequence[str]] | None = None,
    *,
    now: datetime | None = None,
) -> None:
    """Apply the stage settings in one go: order as given, removed stages must hold no open deal."""
    now = now or utcnow()
    problems = stage_problems(specs)
    existing = {
        stage.id: stage
        for stage in session.scalars(select(Stage).where(Stage.deleted_at.is_(None)))
    }
    kept = {spec.id for spec in specs if spec.id}
    counts = open_deal_counts(session)
    for stage_id in existing.keys() - kept:
        if counts.get(stage_id):
            name = existing[stage_id].name
            problems.append(msg("stages.still_open", stage=name, count=counts[stage_id]))
    if problems:
        raise PipelineError("pipeline.problems", problems="\n".join(problems))
    for stage_id in existing.keys() - kept:
        existing[stage_id].deleted_at = now
        existing[stage_id].updated_at = now
    for position, spec in enumerate(specs):
        stage = existing.get(spec.id) if spec.id else None
        if stage is None:
            stage = Stage(id=new_id(), key=f"custom-{new_id()[:8]}", created_at=now)
            session.add(stage)
            spec.id = stage.id
        values = {
            "name": spec.name.strip(),
            "name_en": (spec.name_en or "").strip() or None,
            "position": position,
            "probability": spec.probability,
            "rot_days": spec.rot_days,
            "required_fields": [f for f in OPEN_STAGE_GATE_FIELDS if f in spec.required_fields],
        }
        if any(getattr(stage, key) != value for key, value in values.items()):
            for key, value in values.items():
                setattr(stage, key, value)
            stage.updated_at = now
    if close_gates is not None:
        settings.put(
            session,
            GATES_SETTING,
            {
                status: [f for f in GATE_FIELDS if f in close_gates.get(status, ())]
                for status in (WON, LOST)
            },
        )
    session.flush()
