"""Demo sales data written inside the demo's unit of work: the default pipeline, a small product catalogue,
and opportunities on about one customer in four, spread over the stages."""

from __future__ import annotations

import random
import uuid
from datetime import datetime, timedelta

from ..data.models import Opportunity, OpportunityStageSpan, Pipeline, PipelineStage, Product, ProductCategory
from ..domain.records import DEFAULT_PIPELINE, DEFAULT_STAGES

CATALOGUE = {  # category: {sub-category: [(code, name, unit, list price in yuan)]}
    "软件": {"CRM 套件": [("CRM-STD", "CRM 标准版", "套", 19800), ("CRM-PRO", "CRM 专业版", "套", 49800)],
           "增值服务": [("SVC-IMPL", "实施服务", "人天", 2500), ("SVC-TRAIN", "培训服务", "次", 6000)]},
    "硬件": {"终端设备": [("HW-PAD", "移动终端", "台", 3200), ("HW-PRN", "票据打印机", "台", 1800)]},
}
OPPORTUNITY_WORDS = ("CRM 升级项目", "年度采购", "信息化建设", "系统集成", "续约", "扩容项目", "试点项目")


def seed_sales(uow, customers: list[tuple[uuid.UUID, uuid.UUID, uuid.UUID]], rng: random.Random,
               now: datetime) -> dict:
    """customers: (customer id, owner id, department id) of owned customers."""
    pipeline = uow.create(Pipeline, name=DEFAULT_PIPELINE, is_default=True, position=0)
    stages = [uow.create(PipelineStage, pipeline_id=pipeline.id, name=name, position=position,
                         probability=probability, kind=kind)
              for position, (name, probability, kind) in enumerate(DEFAULT_STAGES)]
    products = 0
    for top_position, (top, subs) in enumerate(CATALOGUE.items()):
        parent = uow.create(ProductCategory, name=top, position=top_position)
        for sub_position, (sub, items) in enumerate(subs.items()):
            category = uow.create(ProductCategory, name=sub, parent_id=parent.id, position=sub_position)
            for code, name, unit, price in items:
                uow.create(Product, code=code, name=name, unit=unit, list_price=price * 100, category_id=category.id)
                products += 1
    uow.session.flush()
    chosen = customers[::4]
    spans: list[dict] = []

    def rows():
        for i, (customer_id, owner_id, department_id) in enumerate(chosen):
            stage = stages[_stage_index(i)]
            entered = now - timedelta(days=rng.randrange(1, 90), hours=rng.randrange(24))
            oid = uuid.UUID(int=0)  # replaced: create_many makes the id; spans are linked below
            row = dict(customer_id=customer_id, name=rng.choice(OPPORTUNITY_WORDS),
                       amount=rng.randrange(5, 500) * 1000_00, pipeline_id=pipeline.id, stage_id=stage.id,
                       probability=stage.probability, status=stage.kind, stage_entered_at=entered,
                       closed_at=entered if stage.kind != "open" else None,
                       expected_close=(now + timedelta(days=rng.randrange(-40, 120))).date(),
                       loss_reason="价格因素" if stage.kind == "lost" else "", owner_id=owner_id,
                       department_id=department_id)
            spans.append(dict(opportunity_id=oid, stage_id=stage.id, entered_at=entered, owner_id=owner_id,
                              department_id=department_id))
            yield row

    ids = uow.create_many(Opportunity, rows(), index_search=False)
    for span, opportunity_id in zip(spans, ids, strict=True):
        span["opportunity_id"] = opportunity_id
    uow.create_many(OpportunityStageSpan, spans, index_search=False)
    return {"opportunities": len(ids), "products": products}


def _stage_index(i: int) -> int:
    # Most opportunities are open, earlier stages fuller than later ones; some won, fewer lost.
    return (0, 0, 0, 1, 1, 1, 2, 2, 3, 4, 4, 5)[i % 12]


__all__ = ["seed_sales", "CATALOGUE"]
