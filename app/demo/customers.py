"""Demo customers and their contacts: a company name, its profile and one to three people."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any

from app.demo import vocabulary as v
from app.demo.draws import HISTORY_DAYS, Draws
from app.derived.search import customer_search_text
from app.models import Contact, Customer
from app.parsing.values import normalise_company_name
from app.text import phone_key, pinyin_keys


@dataclass(slots=True)
class DrawnCustomer:
    """What the rest of one customer's draws need to know about it."""

    id: str
    created: datetime
    value: float  # Pareto-spread size of the account; bigger means more orders and deals
    pains: str
    contacts: list[dict[str, Any]]


def company_name(d: Draws, province: str, city: str, industry: str) -> str:
    """Draw a company name not used yet in this book."""
    words = v.INDUSTRIES[industry][0]
    for attempt in range(12):
        brand = d.pick(v.BRAND_WORDS)
        if attempt >= 3:
            brand += d.pick(v.BRAND_WORDS)
        name = f"{city}{brand}{d.pick(words)}{d.pick(v.LEGAL_SUFFIXES)}"
        if name not in d.names:
            d.names.add(name)
            return name
    name = f"{city}{brand}{d.pick(words)}{len(d.names)}号有限公司"
    d.names.add(name)
    return name


def draw_customer(d: Draws) -> DrawnCustomer:
    """Write one customer row and its contacts."""
    rng = d.rng
    province, city = d.pick(v.CITIES, v.CITY_WEIGHTS)
    industry = d.pick(list(v.INDUSTRIES), v.INDUSTRY_WEIGHTS)
    _, main_business, pains = v.INDUSTRIES[industry]
    name = company_name(d, province, city, industry)
    size = d.pick(v.SIZE_BANDS, v.SIZE_WEIGHTS)
    # Value follows a Pareto-like spread so ABC analysis finds a few key accounts.
    value = rng.paretovariate(1.3)
    created = d.moment(rng.uniform(30, HISTORY_DAYS + 360))
    cid = d.new_id()
    phone = f"0{d.between(10, 999)}-{d.between(10**7, 10**8)}"
    initials = pinyin_keys(name)[1][:6]
    contacts = draw_contacts(d, cid, created, initials)
    referred = d.pick(d.customer_ids) if d.customer_ids and rng.random() < 0.08 else None
    verified = created + timedelta(days=rng.uniform(0, (d.moment(0) - created).days))
    d.w.add(
        Customer,
        {
            "id": cid,
            "name": name,
            "industry": industry,
            "size_band": size,
            "region": province,
            "city": city,
            "address": f"{city}市{d.pick(['高新区', '经开区', '工业园区', '科技园'])}"
            f"{d.between(1, 300)}号",
            "phone": phone,
            "phone_key": phone_key(phone),
            "email": f"info@{initials}.com.cn",
            "source": d.pick(v.SOURCES, v.SOURCE_WEIGHTS),
            "founded_date": date(d.between(1995, 2022), d.between(1, 13), d.between(1, 29)),
            "referred_by_id": referred,
            "info_verified_at": verified,
            "main_business": main_business,
            "pain_points": pains,
            "procurement_process": d.pick(
                ["采购部比价后总经理审批", "年度框架招标", "使用部门提需求，采购执行"]
            ),
            "current_suppliers": d.pick(["本地集成商", "某国际品牌", "自研系统", "无"]),
            "org_structure": d.pick(
                ["总经理下设生产、采购、财务、IT 四个部门", "集团总部+三家分公司"]
            ),
            "preferred_channel": d.pick(v.CHANNEL_PREFS),
            "product_preferences": d.pick(["重视性价比", "看重品牌与案例", "要求本地化服务"]),
            "service_preferences": d.pick(
                ["希望每月例行回访", "偏好微信沟通，少打电话", "需要现场培训"]
            ),
            "tier": "C",
            "churn_risk": False,
            "revenue_12m": Decimal(0),
            "created_at": created,
            "name_key": normalise_company_name(name),
            "search_text": customer_search_text(
                name,
                [phone, *(c.get("phone") for c in contacts)],
                [f"info@{initials}.com.cn", *(c.get("email") for c in contacts)],
                [c["name"] for c in contacts],
            ),
            "icp_score": min(100, int(30 + value * 12 + rng.uniform(0, 20))),
        },
    )
    for contact in contacts:
        d.w.add(Contact, contact)
    d.customer_ids.append(cid)
    return DrawnCustomer(cid, created, value, pains, contacts)


def set_first_cooperation(d: Draws, first_order: date) -> None:
    """Record the first order's date on the customer drawn last (its row is still buffered)."""
    d.w.buffers[Customer][-1]["first_cooperation_date"] = first_order


def draw_contacts(d: Draws, cid: str, created: datetime, initials: str) -> list[dict[str, Any]]:
    """Draw one to three contacts: the decision maker first, then procurement, then others."""
    roles = ["decision_maker", "procurement", "user_lead", "influencer", "other"]
    count = d.rng.choices([1, 2, 3], [55, 40, 5])[0]
    out = []
    for index in range(count):
        role = roles[index] if index < 2 else d.pick(roles[2:])
        mobile = d.mobile()
        out.append(
            {
                "id": d.new_id(),
                "customer_id": cid,
                "name": d.person(),
                "title": d.pick(v.ROLE_TITLES[role]),
                "role": role,
                "phone": mobile,
                "phone_key": mobile,
                "email": f"{role[:3]}{index}@{initials}.com.cn",
                "wechat": f"wx_{mobile[-6:]}",
                "is_primary": index == 0,
                "birthday": date(d.between(1965, 1998), d.between(1, 13), d.between(1, 29)),
                "created_at": created,
            }
        )
    return out
