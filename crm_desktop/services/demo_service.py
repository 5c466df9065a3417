"""Demo service-desk data, made through the services like a desk's first days: a support team with a lead,
knowledge-base articles in two categories, and tickets of every type and channel spread over the workflow
(some answered, some resolved and rated, some past their targets and one
escalated to the team lead)."""

from __future__ import annotations

import random
import uuid
from datetime import timedelta

from sqlalchemy import select

from ..data.models import User
from ..data.unit_of_work import Actor
from .knowledge import KnowledgeService
from .service_setup import ServiceSetupService
from .tickets import TicketService

ARTICLES = {
    "常见问题": [("打印机卡纸怎么办", "<p>打开后盖，沿出纸方向取出卡住的纸张；检查纸张是否受潮。</p>", "打印机, 卡纸"),
             ("无法登录系统", "<p>确认账号未被停用；连续输错密码 5 次需等待 15 分钟。</p>", "登录, 密码"),
             ("如何重置密码", "<p>在登录页点击“忘记密码”，或联系管理员在“用户”页重置。</p>", "密码, 重置"),
             ("发票抬头填写错误", "<p>已开具的发票需作废重开：提供正确的抬头与税号。</p>", "发票")],
    "安装与升级": [("客户端安装步骤", "<ol><li>下载安装包</li><li>以管理员身份运行</li><li>输入服务器地址</li></ol>",
                "安装, 客户端"),
              ("升级后数据不显示", "<p>升级后首次同步需要几分钟；请保持网络连接并按 F9 同步。</p>", "升级, 同步"),
              ("网络连接失败", "<p>检查代理设置与防火墙，确认可以访问服务器的 5432 端口。</p>", "网络, 连接")],
}
SUBJECTS = (("打印机卡纸，无法打印", "repair"), ("发票抬头开错了", "complaint"), ("咨询续费价格", "inquiry"),
            ("建议增加批量导出功能", "suggestion"), ("系统升级后无法登录", "repair"), ("对上门服务很满意", "feedback"),
            ("网络连接经常中断", "repair"), ("合同条款咨询", "inquiry"), ("客服响应太慢", "complaint"),
            ("希望提供英文界面", "suggestion"))
CHANNELS = ("phone", "email", "wechat", "visit", "other")
PRIORITIES = ("normal", "low", "high", "urgent")  # a cycle of 4 against 5 stages: every mix occurs


def _actor(db, login: str) -> Actor:
    with db.connect() as conn:
        user_id, department_id = conn.execute(select(User.id, User.department_id).where(User.login == login)).one()
    return Actor(user_id, department_id, db.device_id)


def seed_service(db, customer_ids: list[uuid.UUID], rng: random.Random, tickets: int = 30) -> dict:
    # The setup and the articles are the system's (like the rest of the demo); the desk's work is the
    # agent's, so a user's first Ctrl+Z in a new demo has nothing of the demo to undo.
    system, agent, lead = Actor(None, None, db.device_id), _actor(db, "zhaolei"), _actor(db, "liuyang")
    ServiceSetupService(db, system).save_team(None, {"name": "客服一组", "lead_id": lead.user_id,
                                                     "members": [agent.user_id], "rule": "round_robin"})
    knowledge = KnowledgeService(db, system)
    articles = 0
    for position, (category, items) in enumerate(ARTICLES.items()):
        category_id, _ = knowledge.create_category(category, position=position)
        for title, body, tags in items:
            knowledge.create_article({"title": title, "body": body, "tags": tags, "category_id": category_id,
                                      "status": "published"})
            articles += 1
    desk = TicketService(db, agent)
    made = []
    for i in range(tickets):
        subject, kind = SUBJECTS[i % len(SUBJECTS)]
        ticket_id, _ = desk.create({"subject": subject, "ticket_type": kind, "channel": CHANNELS[i % len(CHANNELS)],
                                    "priority": PRIORITIES[i % len(PRIORITIES)],
                                    "customer_id": rng.choice(customer_ids) if customer_ids else None,
                                    "description": f"{subject}（演示工单 {i + 1}）"})
        made.append(ticket_id)
        worker = desk
        stage = i % 5
        if stage >= 1:
            worker.comment(ticket_id, "您好，我们已收到您的问题，正在处理。")
        if stage >= 3:
            worker.move(ticket_id, "resolved", "问题已解决，如有疑问请随时联系。")
            worker.rate(ticket_id, 3 + i % 3)
        if stage == 4:
            worker.move(ticket_id, "closed")
        if stage == 2 and i % 3 == 0:
            worker.move(ticket_id, "waiting")
    # The SLA watch as it would run a few hours later: an urgent ticket escalated, others past a target.
    urgent = next((t for t in made if desk.get(t).priority == "urgent" and desk.get(t).resolved_at is None), None)
    if urgent is not None:
        desk.check_sla(desk.get(urgent).resolve_due + timedelta(minutes=1))
    return {"tickets": len(made), "articles": articles}
