"""Deterministic demo data: departments, sales users, and N customers with contacts and follow-ups, written
through the same unit of work as every other write (bulk path), then the search index built once."""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator
from datetime import timedelta

from ..data import search_index
from ..data.database import Database
from ..data.models import Activity, Contact, Customer, CustomerTag, Department, Pool, Tag, User, UserRole
from .access import create_missing_roles
from .auth import set_demo_password
from .classifications import DEFAULTS, ensure_defaults
from .context import LOCAL_USER_KEY, system_actor
from . import pipelines
from .demo_sales import seed_sales
from .demo_service import seed_service

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈"
GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华建国文红玉兰志强晓东海燕鹏飞雪梅子涵浩然欣怡宇轩"
LATIN_FIRST = ["John", "Mary", "David", "Linda", "James", "Sarah", "Michael", "Emma", "Peter", "Anna"]
LATIN_LAST = ["Smith", "Brown", "Miller", "Wilson", "Taylor", "Clark", "Walker", "Young", "King", "Wright"]
REGIONS = [("北京", "北京"), ("上海", "上海"), ("广东", "广州"), ("广东", "深圳"), ("浙江", "杭州"),
           ("江苏", "南京"), ("江苏", "苏州"), ("四川", "成都"), ("湖北", "武汉"), ("陕西", "西安"),
           ("山东", "青岛"), ("福建", "厦门"), ("天津", "天津"), ("重庆", "重庆"), ("湖南", "长沙"),
           ("河南", "郑州"), ("辽宁", "大连"), ("安徽", "合肥"), ("云南", "昆明"), ("黑龙江", "哈尔滨")]
WORDS = ("华信 东方 宏达 金源 恒通 瑞丰 新世纪 天诚 博远 中科 汇智 鼎盛 永泰 明辉 嘉禾 星河 长青 万邦 锦程 凯越 "
         "安泰 百川 创新 德胜 丰华 广源 海纳 和信 佳美 锐思 盛世 同创 欣荣 远航 正大 卓越 智达 云图 阳光 振兴").split()
INDUSTRIES = [("科技", "信息技术"), ("制造", "制造业"), ("贸易", "批发零售"), ("医疗器械", "医疗健康"),
              ("教育咨询", "教育培训"), ("物流", "交通物流"), ("建筑工程", "建筑地产"), ("食品", "食品饮料"),
              ("金融服务", "金融"), ("文化传媒", "文化传媒")]
LATIN_COMPANY = ["Trading", "Systems", "Logistics", "Consulting", "Foods", "Medical", "Software", "Industries"]
MOBILE_PREFIXES = ["130", "131", "132", "135", "136", "137", "138", "139", "150", "151", "152", "158", "159",
                   "170", "176", "177", "180", "181", "186", "187", "188", "189", "199"]
TITLES = ["总经理", "采购经理", "财务总监", "技术主管", "行政主管", "销售总监", "Purchasing Manager", "CTO"]
ACTIVITY_TEXT = {  # follow-up kind -> what such a follow-up says
    "phone": ["电话沟通了采购需求，客户对报价有兴趣", "电话确认了交货时间", "客户反馈价格偏高，需要内部讨论",
              "Called about the annual renewal"],
    "visit": ["上门拜访，演示了产品功能", "拜访采购经理，了解明年预算", "现场查看设备使用情况"],
    "wechat": ["微信发送了产品资料", "微信沟通了付款方式", "约定下周再次沟通"],
    "email": ["邮件跟进合同条款", "发送了正式报价单", "Sent the revised quotation by e-mail"],
    "meeting": ["参加了客户的技术交流会", "与客户管理层开会讨论合作方案", "Kick-off meeting with the project team"],
}
ACTIVITY_KINDS = list(ACTIVITY_TEXT)
TAGS = ["重点客户", "VIP", "新客户", "老客户", "待回访", "展会"]

DEMO_USERS = [  # (login, display name, department index, role, manager's login)
    ("admin", "系统管理员", 0, "administrator", None),
    ("zhangwei", "张伟", 1, "sales_manager", None), ("lina", "李娜", 1, "sales_rep", "zhangwei"),
    ("wangfang", "王芳", 4, "sales_rep", "zhangwei"),
    ("liuyang", "刘洋", 2, "sales_manager", None), ("chenjing", "陈静", 2, "sales_rep", "liuyang"),
    ("zhaolei", "赵磊", 3, "service_agent", None), ("sunli", "孙丽", 0, "auditor", None),
]
# (name, parent index): 上海销售组 sits under 华东销售部, so "department and children" reaches it.
DEMO_DEPARTMENTS = [("总部", None), ("华东销售部", 0), ("华南销售部", 0), ("客户服务部", 0), ("上海销售组", 1)]
SALES_ROLES = ("sales_manager", "sales_rep")
SOURCES = DEFAULTS["source"]


def person_name(rng: random.Random) -> str:
    return rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.choice((1, 1, 2))))


def mobile(rng: random.Random) -> str:
    return "+86" + rng.choice(MOBILE_PREFIXES) + f"{rng.randrange(100_000_000):08d}"


def seed(db: Database, customers: int, *, seed_value: int = 20261122,
         progress: Callable[[int, int], None] | None = None) -> dict:
    """Create the demo organisation (if absent) and `customers` customers. Deterministic for a seed."""
    rng = random.Random(seed_value)
    actor = system_actor(db)
    base_time = db.now().replace(microsecond=0)
    with db.unit_of_work(actor, f"demo data: {customers} customers") as uow:
        depts = []
        for name, parent in DEMO_DEPARTMENTS:
            depts.append(uow.create(Department, name=name, parent_id=depts[parent].id if parent is not None
                                    else None))
        users, by_login = [], {}
        for login, display, d, _role, manager in DEMO_USERS:
            user = uow.create(User, login=login, display_name=display, department_id=depts[d].id,
                              manager_id=by_login[manager].id if manager else None)
            users.append(user)
            by_login[login] = user
        uow.session.flush()
        set_demo_password(uow, [u.id for u in users], base_time)
        roles = create_missing_roles(uow)
        for user, (_l, _n, _d, role, _m) in zip(users, DEMO_USERS, strict=True):
            uow.create(UserRole, user_id=user.id, role_id=roles[role])
        tags = [uow.create(Tag, name=t) for t in TAGS]
        uow.session.flush()
        # Customers belong to the sales force: managers and reps.
        sales = [u for u, spec in zip(users, DEMO_USERS, strict=True) if spec[3] in SALES_ROLES]

        def owner_of(i: int) -> User:
            return sales[i % len(sales)]

        def customer_iter() -> Iterator[dict]:
            for i in range(customers):
                province, city = REGIONS[i % len(REGIONS)] if i % 7 else rng.choice(REGIONS)
                word, (suffix, industry) = rng.choice(WORDS), rng.choice(INDUSTRIES)
                if i % 10 == 9:
                    name = f"{rng.choice(LATIN_LAST)} {rng.choice(LATIN_COMPANY)} Ltd. {i}"
                elif i % 5 == 4:
                    name = person_name(rng)
                else:
                    # 40 x 40 words x 20 cities x 10 trades; large demos add branch offices (分公司), as real
                    # customer lists have, so names stay mostly distinct.
                    second = rng.choice(WORDS)
                    name = f"{city}{word}{second if second != word else ''}{suffix}有限公司"
                    if i >= 50_000:
                        name += f"{rng.choice(REGIONS)[1]}分公司"
                owner = owner_of(i)
                row = dict(name=name, short_name=word if i % 5 != 4 else "", level="ABCD"[rng.randrange(4)],
                           industry=industry, province=province, city=city,
                           address=f"{city}市{rng.choice(WORDS)}路{rng.randrange(1, 999)}号",
                           phone=mobile(rng), email=f"c{i}@{'example.com' if i % 2 else 'example.cn'}",
                           owner_id=owner.id, department_id=owner.department_id,
                           customer_type="individual" if i % 5 == 4 else "enterprise",
                           source=SOURCES[i % len(SOURCES)],
                           status="closed" if i % 5 == 1 else "invalid" if i % 31 == 30 else "potential")
                if i % 5 == 1:
                    row["last_deal_at"] = base_time - timedelta(days=10 + i % 300)
                if i % 2 == 0:  # the customers that get a follow-up below carry its clocks
                    at = base_time - timedelta(days=rng.randrange(1, 365), minutes=rng.randrange(600))
                    follow_ups.append(at)
                    row.update(last_follow_up_at=at, next_follow_up=(at + timedelta(days=3 + i % 27)).date())
                if i % 50 == 7:  # a few are in the public pool, owned by nobody
                    row.update(owner_id=None, pool_id=pool.id, previous_owner_id=owner.id,
                               released_at=base_time - timedelta(days=1 + i % 40), release_reason="demo")
                if progress and i % 10000 == 0:
                    progress(i, customers)
                yield row

        # One pool for everyone: customers not followed up for 360 days return to it (a week's warning).
        pool = uow.create(Pool, name="公海", rules={"*": {"no_follow_up_days": 360}}, warn_days=7, claim_limit=0,
                          reclaim_wait_days=7, departments=[], is_default=True)
        follow_ups: list = []
        ids = uow.create_many(Customer, customer_iter(), index_search=False)

        def contact_iter() -> Iterator[dict]:
            for i, cid in enumerate(ids):
                if i % 2:
                    continue
                own = owner_of(i)
                for _ in range(1 + (i % 6 == 0)):
                    if i % 10 == 8:
                        name = f"{rng.choice(LATIN_FIRST)} {rng.choice(LATIN_LAST)}"
                    else:
                        name = person_name(rng)
                    yield dict(customer_id=cid, name=name, title=rng.choice(TITLES), phone=mobile(rng),
                               email=f"k{i}@example.com", owner_id=own.id,
                               department_id=own.department_id)

        def activity_iter() -> Iterator[dict]:
            for i, cid in enumerate(ids):
                if i % 2 == 1:
                    continue
                own = owner_of(i)
                at = follow_ups[i // 2]
                kind = rng.choice(ACTIVITY_KINDS)
                yield dict(customer_id=cid, contact_id=None, kind=kind,
                           content=rng.choice(ACTIVITY_TEXT[kind]), happened_at=at,
                           next_follow_up=(at + timedelta(days=3 + i % 27)).date(),
                           owner_id=own.id, department_id=own.department_id)

        contacts = len(uow.create_many(Contact, contact_iter(), index_search=False))
        activities = len(uow.create_many(Activity, activity_iter(), index_search=False))
        links = uow.create_many(CustomerTag, (dict(customer_id=cid, tag_id=tags[(i // 3) % len(tags)].id,
                                                   owner_id=owner_of(i).id,
                                                   department_id=owner_of(i).department_id)
                                              for i, cid in enumerate(ids) if i % 3 == 0), index_search=False)
        links = len(links)
        owned = [(cid, owner_of(i).id, owner_of(i).department_id) for i, cid in enumerate(ids) if i % 50 != 7]
        sales_counts = seed_sales(uow, owned, rng, base_time)
        search_index.rebuild(uow.session.connection())
        uow.commit()
    db.set_meta(LOCAL_USER_KEY, users[0].id.hex)
    db.set_meta(pipelines.SEEDED_KEY, "1")  # the demo made the default pipeline (demo_sales)
    ensure_defaults(db, actor)
    service_counts = seed_service(db, [cid for cid, _o, _d in owned[:200]], rng)
    if progress:
        progress(customers, customers)
    return {"customers": len(ids), "contacts": contacts, "activities": activities, "tags": links,
            "users": len(users), **sales_counts, **service_counts}
