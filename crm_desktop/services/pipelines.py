"""Sales pipelines and their stages (销售流程): administrators define them; everyone reads them.

A pipeline's stages are ordered open stages (each implying a win probability) followed by one won and one
lost stage. Moving an opportunity into a stage sets its status and probability from it
(services/opportunities.py). A stage that still holds opportunities cannot be deleted.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import func, select

from ..data.models import Opportunity, Pipeline, PipelineStage
from ..domain.changes import Changes
from ..domain.errors import CrmError, FieldError, ValidationError
from ..domain.records import DEFAULT_PIPELINE, DEFAULT_STAGES
from .base import UserService



class StageInUse(CrmError):
    code = "stage_in_use"


@dataclass(frozen=True)
class StageItem:
    id: uuid.UUID
    pipeline_id: uuid.UUID
    name: str
    position: int
    probability: int
    kind: str


@dataclass(frozen=True)
class PipelineItem:
    id: uuid.UUID
    name: str
    is_default: bool
    stages: tuple[StageItem, ...]

    def stage(self, stage_id: uuid.UUID) -> StageItem | None:
        return next((s for s in self.stages if s.id == stage_id), None)

    def first_open(self) -> StageItem:
        return next(s for s in self.stages if s.kind == "open")

    def closing(self, kind: str) -> StageItem | None:
        return next((s for s in self.stages if s.kind == kind), None)


SEEDED_KEY = "pipelines_seeded"


class NoPipeline(CrmError):
    """No pipeline yet: a replica linked to a server before its first sync."""
    code = "no_pipeline"


def ensure_default(db, actor) -> None:
    """The default pipeline with its stages, once per database (a server seeds its own at `server init`;
    a replica joining one receives it by sync)."""
    if db.meta(SEEDED_KEY):
        return
    with db.connect() as conn:
        found = conn.execute(select(Pipeline.id).limit(1)).first()
    if found is None:
        with db.unit_of_work(actor, "create the default pipeline") as uow:
            pipeline = uow.create(Pipeline, name=DEFAULT_PIPELINE, is_default=True, position=0)
            for position, (name, probability, kind) in enumerate(DEFAULT_STAGES):
                uow.create(PipelineStage, pipeline_id=pipeline.id, name=name, position=position,
                           probability=probability, kind=kind)
            uow.commit()
    db.set_meta(SEEDED_KEY, "1")


def load(conn) -> list[PipelineItem]:
    stages: dict[uuid.UUID, list[StageItem]] = {}
    for r in conn.execute(select(PipelineStage.__table__).where(PipelineStage.deleted_at.is_(None))
                          .order_by(PipelineStage.position, PipelineStage.name)):
        stages.setdefault(r.pipeline_id, []).append(StageItem(r.id, r.pipeline_id, r.name, r.position,
                                                              r.probability, r.kind))
    rows = conn.execute(select(Pipeline.__table__).where(Pipeline.deleted_at.is_(None))
                        .order_by(Pipeline.is_default.desc(), Pipeline.position, Pipeline.name)).all()
    return [PipelineItem(r.id, r.name, bool(r.is_default), tuple(_ordered(stages.get(r.id, [])))) for r in rows]


def _ordered(stages: list[StageItem]) -> list[StageItem]:
    # Open stages in their order, then won, then lost, whatever positions an administrator typed.
    rank = {"open": 0, "won": 1, "lost": 2}
    return sorted(stages, key=lambda s: (rank.get(s.kind, 0), s.position, s.name))


class PipelineService(UserService):
    def pipelines(self) -> list[PipelineItem]:
        with self.db.connect() as conn:
            return load(conn)

    def pipeline(self, pipeline_id: uuid.UUID | None = None) -> PipelineItem:
        items = self.pipelines()
        if not items:
            raise NoPipeline()
        if pipeline_id is None:
            return items[0]
        return next(p for p in items if p.id == pipeline_id)

    def save_pipeline(self, pipeline_id: uuid.UUID | None, name: str, *, is_default: bool = False
                      ) -> tuple[uuid.UUID, Changes]:
        """Create (with the standard stages to edit) or rename a pipeline."""
        self.access.require("pipelines", "administer")
        with self.db.unit_of_work(self.actor, "save pipeline") as uow:
            if pipeline_id is None:
                pipeline = uow.create(Pipeline, name=name, is_default=is_default)
                for position, (stage, probability, kind) in enumerate(DEFAULT_STAGES):
                    uow.create(PipelineStage, pipeline_id=pipeline.id, name=stage, position=position,
                               probability=probability, kind=kind)
            else:
                pipeline = uow.get(Pipeline, pipeline_id)
                uow.update(pipeline, name=name, is_default=is_default)
            if is_default:
                for other in uow.session.scalars(select(Pipeline).where(
                        Pipeline.deleted_at.is_(None), Pipeline.id != pipeline.id, Pipeline.is_default.is_(True))):
                    uow.update(other, is_default=False)
            return pipeline.id, uow.commit() | Changes(opportunities=True)

    def save_stage(self, stage_id: uuid.UUID | None, values: dict) -> tuple[uuid.UUID, Changes]:
        """Create or change a stage: name, position, probability (0-100), kind (open / won / lost). A
        pipeline keeps exactly one won and one lost stage."""
        self.access.require("pipelines", "administer")
        with self.db.unit_of_work(self.actor, "save pipeline stage") as uow:
            if stage_id is None:
                stage = uow.create(PipelineStage, **values)
            else:
                stage = uow.get(PipelineStage, stage_id)
                if values.get("kind", stage.kind) != stage.kind and self._used(uow, stage.id):
                    raise StageInUse(stage=stage.name)
                uow.update(stage, **values)
            uow.session.flush()
            self._check_kinds(uow, stage.pipeline_id)
            return stage.id, uow.commit() | Changes(opportunities=True)

    def save_stages(self, pipeline_id: uuid.UUID, stages: list[tuple[uuid.UUID | None, dict]]) -> Changes:
        """Several stages of one pipeline in one action (the administration table's Save): all or nothing."""
        self.access.require("pipelines", "administer")
        with self.db.unit_of_work(self.actor, "save pipeline stages") as uow:
            uow.get(Pipeline, pipeline_id)
            for stage_id, values in stages:
                if stage_id is None:
                    uow.create(PipelineStage, pipeline_id=pipeline_id, **values)
                    continue
                stage = uow.get(PipelineStage, stage_id)
                if values.get("kind", stage.kind) != stage.kind and self._used(uow, stage.id):
                    raise StageInUse(stage=stage.name)
                uow.update(stage, **values)
            uow.session.flush()
            self._check_kinds(uow, pipeline_id)
            return uow.commit() | Changes(opportunities=True)

    @staticmethod
    def _check_kinds(uow, pipeline_id: uuid.UUID) -> None:
        kinds = [k for (k,) in uow.session.execute(select(PipelineStage.kind).where(
            PipelineStage.pipeline_id == pipeline_id, PipelineStage.deleted_at.is_(None)))]
        if kinds.count("won") != 1 or kinds.count("lost") != 1 or "open" not in kinds:
            raise ValidationError([FieldError("kind", "one_won_one_lost")])

    def delete_stage(self, stage_id: uuid.UUID) -> Changes:
        self.access.require("pipelines", "administer")
        with self.db.unit_of_work(self.actor, "delete pipeline stage") as uow:
            stage = uow.get(PipelineStage, stage_id)
            if self._used(uow, stage.id):
                raise StageInUse(stage=stage.name)
            if stage.kind != "open":
                raise ValidationError([FieldError("kind", "one_won_one_lost")])
            open_left = uow.session.scalar(select(func.count()).where(
                PipelineStage.pipeline_id == stage.pipeline_id, PipelineStage.kind == "open",
                PipelineStage.deleted_at.is_(None), PipelineStage.id != stage.id))
            if not open_left:
                raise ValidationError([FieldError("kind", "one_won_one_lost")])
            uow.delete(stage)
            return uow.commit() | Changes(opportunities=True)

    @staticmethod
    def _used(uow, stage_id: uuid.UUID) -> bool:
        return uow.session.execute(select(Opportunity.id).where(Opportunity.stage_id == stage_id,
                                                                Opportunity.deleted_at.is_(None)).limit(1)).first() \
            is not None
