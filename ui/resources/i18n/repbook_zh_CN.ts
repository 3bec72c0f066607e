<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AgendaPanel</name>
    <message>
        <location filename="../../visit_agenda.py" line="189"/>
        <source>Nothing in this part of the agenda</source>
        <translation>这一栏暂无拜访</translation>
    </message>
    <message>
        <location filename="../../visit_agenda.py" line="195"/>
        <source>Agenda</source>
        <translation>日程</translation>
    </message>
    <message>
        <location filename="../../visit_agenda.py" line="197"/>
        <source>No visits on this day</source>
        <translation>当天没有拜访</translation>
    </message>
    <message>
        <location filename="../../visit_agenda.py" line="202"/>
        <source>Day</source>
        <translation>当日</translation>
    </message>
    <message>
        <location filename="../../visit_agenda.py" line="204"/>
        <source>Care reminders</source>
        <translation>关怀提醒</translation>
    </message>
    <message>
        <location filename="../../visit_agenda.py" line="206"/>
        <source>Events</source>
        <translation>客户活动</translation>
    </message>
    <message>
        <location filename="../../visit_agenda.py" line="218"/>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <location filename="../../visit_agenda.py" line="219"/>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../../visit_agenda.py" line="220"/>
        <source>Next 7 days</source>
        <translation>未来 7 天</translation>
    </message>
    <message>
        <location filename="../../visit_agenda.py" line="221"/>
        <source>Skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <location filename="../../visit_agenda.py" line="244"/>
        <source>Care reminders ({0})</source>
        <translation>关怀提醒（{0}）</translation>
    </message>
</context>
<context>
    <name>CarePane</name>
    <message>
        <location filename="../../visit_agenda.py" line="114"/>
        <source>No care reminders</source>
        <translation>暂无关怀提醒</translation>
    </message>
    <message>
        <location filename="../../visit_agenda.py" line="115"/>
        <source>Festivals, anniversaries and birthdays come up here a few days ahead.</source>
        <translation>节日、纪念日和生日会提前几天出现在这里。</translation>
    </message>
    <message>
        <location filename="../../visit_agenda.py" line="120"/>
        <source>Greet…</source>
        <translation>问候…</translation>
    </message>
    <message>
        <location filename="../../visit_agenda.py" line="121"/>
        <source>Dismiss</source>
        <translation>忽略</translation>
    </message>
</context>
<context>
    <name>ChoiceList</name>
    <message>
        <location filename="../../lead_score_dialog.py" line="69"/>
        <source>Add a value…</source>
        <translation>添加一项…</translation>
    </message>
    <message>
        <location filename="../../lead_score_dialog.py" line="71"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
</context>
<context>
    <name>ClosedDealTableModel</name>
    <message>
        <location filename="../../models/closed_deal_table_model.py" line="44"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../models/closed_deal_table_model.py" line="45"/>
        <source>Deal</source>
        <translation>商机</translation>
    </message>
    <message>
        <location filename="../../models/closed_deal_table_model.py" line="46"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../models/closed_deal_table_model.py" line="47"/>
        <source>Closed on</source>
        <translation>成交日期</translation>
    </message>
    <message>
        <location filename="../../models/closed_deal_table_model.py" line="48"/>
        <source>Cycle (days)</source>
        <translation>周期（天）</translation>
    </message>
    <message>
        <location filename="../../models/closed_deal_table_model.py" line="49"/>
        <source>Lost reason</source>
        <translation>输单原因</translation>
    </message>
</context>
<context>
    <name>ClosedDealsPage</name>
    <message>
        <location filename="../../closed_deals_page.py" line="26"/>
        <source>Won deals</source>
        <translation>赢单</translation>
    </message>
    <message>
        <location filename="../../closed_deals_page.py" line="26"/>
        <source>Lost deals</source>
        <translation>输单</translation>
    </message>
    <message>
        <location filename="../../closed_deals_page.py" line="46"/>
        <source>No won deals match. Right-click a card and choose Mark won.</source>
        <translation>没有符合条件的赢单。在卡片上右键选择“标记赢单”。</translation>
    </message>
    <message>
        <location filename="../../closed_deals_page.py" line="48"/>
        <source>No lost deals match.</source>
        <translation>没有符合条件的输单。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../closed_deals_page.py" line="60"/>
        <source>{0}: %Ln deals · {1}</source>
        <translation>
            <numerusform>{0}：%Ln 个商机 · {1}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ComplaintDialog</name>
    <message>
        <location filename="../../complaint_dialog.py" line="36"/>
        <source>Apologise for the trouble, even if it is not all on our side, and say you own it.</source>
        <translation>即使问题不全在我方，也先为给客户带来的不便致歉，并表明由我负责到底。</translation>
    </message>
    <message>
        <location filename="../../complaint_dialog.py" line="40"/>
        <source>Repeat the issue back, check you understood it, and promise when it will be fixed.</source>
        <translation>向客户复述问题、确认理解无误，并承诺处理时限。</translation>
    </message>
    <message>
        <location filename="../../complaint_dialog.py" line="44"/>
        <source>Write down what was done; a follow-up visit is planned a few working days later.</source>
        <translation>记录处理结果；系统会在几个工作日后安排回访。</translation>
    </message>
    <message>
        <location filename="../../complaint_dialog.py" line="48"/>
        <source>Ask whether the customer is satisfied and record why it happened.</source>
        <translation>回访确认客户是否满意，并记录投诉原因。</translation>
    </message>
    <message>
        <location filename="../../complaint_dialog.py" line="72"/>
        <location filename="../../complaint_dialog.py" line="141"/>
        <source>New complaint</source>
        <translation>新建投诉</translation>
    </message>
    <message>
        <location filename="../../complaint_dialog.py" line="85"/>
        <source>What happened, in the customer&apos;s words</source>
        <translation>发生了什么（尽量用客户的原话）</translation>
    </message>
    <message>
        <location filename="../../complaint_dialog.py" line="87"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../complaint_dialog.py" line="88"/>
        <source>Channel</source>
        <translation>跟进方式</translation>
    </message>
    <message>
        <location filename="../../complaint_dialog.py" line="89"/>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <location filename="../../complaint_dialog.py" line="90"/>
        <source>Complaint</source>
        <translation>投诉内容</translation>
    </message>
    <message>
        <location filename="../../complaint_dialog.py" line="92"/>
        <source>Listen first: let the customer finish, then write it down.</source>
        <translation>先倾听：让客户把话说完，再如实记录。</translation>
    </message>
    <message>
        <location filename="../../complaint_dialog.py" line="96"/>
        <location filename="../../complaint_dialog.py" line="153"/>
        <source>Complaint: {0}</source>
        <translation>投诉：{0}</translation>
    </message>
    <message>
        <location filename="../../complaint_dialog.py" line="110"/>
        <source>Resolved by</source>
        <translation>承诺解决日期</translation>
    </message>
    <message>
        <location filename="../../complaint_dialog.py" line="112"/>
        <source>Resolution</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <location filename="../../complaint_dialog.py" line="114"/>
        <source>Root cause</source>
        <translation>投诉原因</translation>
    </message>
    <message>
        <location filename="../../complaint_dialog.py" line="115"/>
        <source>Satisfaction (1–5)</source>
        <translation>满意度（1–5）</translation>
    </message>
</context>
<context>
    <name>ComplaintsView</name>
    <message>
        <location filename="../../complaints_view.py" line="44"/>
        <location filename="../../complaints_view.py" line="76"/>
        <source>New complaint…</source>
        <translation>新建投诉…</translation>
    </message>
    <message>
        <location filename="../../complaints_view.py" line="46"/>
        <location filename="../../complaints_view.py" line="140"/>
        <source>Next step…</source>
        <translation>下一步…</translation>
    </message>
    <message>
        <location filename="../../complaints_view.py" line="48"/>
        <source>Open only</source>
        <translation>只看未关闭</translation>
    </message>
    <message>
        <location filename="../../complaints_view.py" line="59"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../complaints_view.py" line="60"/>
        <source>Received</source>
        <translation>收到时间</translation>
    </message>
    <message>
        <location filename="../../complaints_view.py" line="61"/>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <location filename="../../complaints_view.py" line="62"/>
        <source>Step done</source>
        <translation>已完成步骤</translation>
    </message>
    <message>
        <location filename="../../complaints_view.py" line="63"/>
        <source>Promised</source>
        <translation>承诺时限</translation>
    </message>
    <message>
        <location filename="../../complaints_view.py" line="64"/>
        <source>Complaint</source>
        <translation>投诉内容</translation>
    </message>
    <message>
        <location filename="../../complaints_view.py" line="72"/>
        <source>No open complaints</source>
        <translation>没有未关闭的投诉</translation>
    </message>
    <message>
        <location filename="../../complaints_view.py" line="73"/>
        <source>When a customer complains, record it here and walk it through the steps.</source>
        <translation>客户投诉时在这里记录，并按步骤逐一处理。</translation>
    </message>
    <message>
        <location filename="../../complaints_view.py" line="126"/>
        <source>Root causes so far: {0}</source>
        <translation>投诉原因统计：{0}</translation>
    </message>
    <message>
        <location filename="../../complaints_view.py" line="138"/>
        <source>Next: {0}…</source>
        <translation>下一步：{0}…</translation>
    </message>
</context>
<context>
    <name>CompleteVisitDialog</name>
    <message>
        <location filename="../../visit_dialogs.py" line="40"/>
        <source>Complete visit — {0}</source>
        <translation>完成拜访 — {0}</translation>
    </message>
    <message>
        <location filename="../../visit_dialogs.py" line="45"/>
        <source>What was discussed</source>
        <translation>沟通了什么</translation>
    </message>
    <message>
        <location filename="../../visit_dialogs.py" line="47"/>
        <source>What the customer said about our product</source>
        <translation>客户对产品的评价和意见</translation>
    </message>
    <message>
        <location filename="../../visit_dialogs.py" line="52"/>
        <source> / 5</source>
        <translation> / 5</translation>
    </message>
    <message>
        <location filename="../../visit_dialogs.py" line="54"/>
        <source>e.g. send the quote on Friday</source>
        <translation>例如：周五发报价</translation>
    </message>
    <message>
        <location filename="../../visit_dialogs.py" line="59"/>
        <source>Channel</source>
        <translation>跟进方式</translation>
    </message>
    <message>
        <location filename="../../visit_dialogs.py" line="60"/>
        <source>Summary</source>
        <translation>拜访内容</translation>
    </message>
    <message>
        <location filename="../../visit_dialogs.py" line="61"/>
        <source>Feedback</source>
        <translation>客户反馈</translation>
    </message>
    <message>
        <location filename="../../visit_dialogs.py" line="62"/>
        <source>Intent</source>
        <translation>意向</translation>
    </message>
    <message>
        <location filename="../../visit_dialogs.py" line="63"/>
        <source>Next step</source>
        <translation>下一步</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <location filename="../../record_contacts.py" line="41"/>
        <source>Edit contact</source>
        <translation>编辑联系人</translation>
    </message>
    <message>
        <location filename="../../record_contacts.py" line="41"/>
        <source>New contact</source>
        <translation>新建联系人</translation>
    </message>
    <message>
        <location filename="../../record_contacts.py" line="45"/>
        <source>e.g. 采购经理</source>
        <translation>例如：采购经理</translation>
    </message>
    <message>
        <location filename="../../record_contacts.py" line="51"/>
        <source>Mobile, e.g. 138 0013 8000</source>
        <translation>手机，如 138 0013 8000</translation>
    </message>
    <message>
        <location filename="../../record_contacts.py" line="63"/>
        <source>Name *</source>
        <translation>姓名 *</translation>
    </message>
    <message>
        <location filename="../../record_contacts.py" line="64"/>
        <source>Job title</source>
        <translation>职位</translation>
    </message>
    <message>
        <location filename="../../record_contacts.py" line="65"/>
        <source>Role in the purchase</source>
        <translation>采购中的角色</translation>
    </message>
    <message>
        <location filename="../../record_contacts.py" line="66"/>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <location filename="../../record_contacts.py" line="67"/>
        <source>E-mail</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <location filename="../../record_contacts.py" line="68"/>
        <source>WeChat ID</source>
        <translation>微信号</translation>
    </message>
    <message>
        <location filename="../../record_contacts.py" line="69"/>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <location filename="../../record_contacts.py" line="70"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>ContactPicker</name>
    <message>
        <location filename="../../deal_pickers.py" line="104"/>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <location filename="../../deal_pickers.py" line="105"/>
        <source>Add a contact to this customer</source>
        <translation>为该客户添加联系人</translation>
    </message>
    <message>
        <location filename="../../deal_pickers.py" line="118"/>
        <source>— choose a contact —</source>
        <translation>— 选择联系人 —</translation>
    </message>
</context>
<context>
    <name>ContactsSection</name>
    <message>
        <location filename="../../record_contacts.py" line="118"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../record_contacts.py" line="119"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../record_contacts.py" line="120"/>
        <source>Job title</source>
        <translation>职位</translation>
    </message>
    <message>
        <location filename="../../record_contacts.py" line="121"/>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <location filename="../../record_contacts.py" line="122"/>
        <source>E-mail</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <location filename="../../record_contacts.py" line="123"/>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <location filename="../../record_contacts.py" line="124"/>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <location filename="../../record_contacts.py" line="133"/>
        <source>Add contact…</source>
        <translation>添加联系人…</translation>
    </message>
    <message>
        <location filename="../../record_contacts.py" line="135"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../record_contacts.py" line="137"/>
        <source>Retire (left the company)</source>
        <translation>停用（已离职）</translation>
    </message>
    <message>
        <location filename="../../record_contacts.py" line="175"/>
        <source>Add contact {0}</source>
        <translation>添加联系人 {0}</translation>
    </message>
    <message>
        <location filename="../../record_contacts.py" line="192"/>
        <source>Edit contact {0}</source>
        <translation>编辑联系人 {0}</translation>
    </message>
    <message>
        <location filename="../../record_contacts.py" line="202"/>
        <source>Retire contact</source>
        <translation>停用联系人</translation>
    </message>
</context>
<context>
    <name>CustomerActions</name>
    <message>
        <location filename="../../customer_actions.py" line="117"/>
        <source>Log follow-up with {0}</source>
        <translation>记录与 {0} 的跟进</translation>
    </message>
    <message>
        <location filename="../../customer_actions.py" line="122"/>
        <source>Mark {0} verified</source>
        <translation>标记 {0} 信息已核实</translation>
    </message>
    <message>
        <location filename="../../customer_actions.py" line="126"/>
        <source>Retire {0}</source>
        <translation>停用客户 {0}</translation>
    </message>
    <message>
        <location filename="../../customer_actions.py" line="138"/>
        <source>Set {0} to tier {1}</source>
        <translation>将 {0} 手动设为 {1} 级</translation>
    </message>
    <message>
        <location filename="../../customer_actions.py" line="140"/>
        <source>Give {0} its computed tier</source>
        <translation>恢复 {0} 的计算等级</translation>
    </message>
</context>
<context>
    <name>CustomerCardDelegate</name>
    <message>
        <location filename="../../customer_cards.py" line="71"/>
        <location filename="../../customer_cards.py" line="243"/>
        <source>+ Follow-up</source>
        <translation>+ 跟进</translation>
    </message>
    <message>
        <location filename="../../customer_cards.py" line="126"/>
        <source>manual</source>
        <translation>手动</translation>
    </message>
    <message>
        <location filename="../../customer_cards.py" line="181"/>
        <source>Contacted {0}</source>
        <translation>最近联系：{0}</translation>
    </message>
    <message>
        <location filename="../../customer_cards.py" line="183"/>
        <source>Never contacted</source>
        <translation>从未联系</translation>
    </message>
    <message>
        <location filename="../../customer_cards.py" line="189"/>
        <source>Visit {0}</source>
        <translation>拜访 {0}</translation>
    </message>
    <message>
        <location filename="../../customer_cards.py" line="216"/>
        <source>Offer next: {0}</source>
        <translation>可推荐：{0}</translation>
    </message>
    <message>
        <location filename="../../customer_cards.py" line="235"/>
        <source>in 12 months</source>
        <translation>近 12 个月</translation>
    </message>
    <message>
        <location filename="../../customer_cards.py" line="249"/>
        <source>Info not verified</source>
        <translation>信息未核实</translation>
    </message>
    <message numerus="yes">
        <location filename="../../customer_cards.py" line="251"/>
        <source>Info %n days old</source>
        <translation>
            <numerusform>信息已 %n 天未核实</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../customer_cards.py" line="270"/>
        <source>At risk</source>
        <translation>流失风险</translation>
    </message>
</context>
<context>
    <name>CustomerEditor</name>
    <message>
        <location filename="../../customer_editor.py" line="25"/>
        <source>New customer</source>
        <translation>新建客户</translation>
    </message>
    <message>
        <location filename="../../customer_editor.py" line="28"/>
        <source>Full company name, e.g. 杭州云启科技有限公司</source>
        <translation>公司全称，如 杭州云启科技有限公司</translation>
    </message>
    <message>
        <location filename="../../customer_editor.py" line="31"/>
        <source>e.g. manufacturing, logistics</source>
        <translation>如 制造业、物流</translation>
    </message>
    <message>
        <location filename="../../customer_editor.py" line="34"/>
        <source>Who you talk to</source>
        <translation>日常对接人</translation>
    </message>
    <message>
        <location filename="../../customer_editor.py" line="39"/>
        <source>Mobile, e.g. 138 0013 8000</source>
        <translation>手机，如 138 0013 8000</translation>
    </message>
    <message>
        <location filename="../../customer_editor.py" line="46"/>
        <source>Company name *</source>
        <translation>公司名称 *</translation>
    </message>
    <message>
        <location filename="../../customer_editor.py" line="47"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../../customer_editor.py" line="48"/>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <location filename="../../customer_editor.py" line="49"/>
        <source>Switchboard phone</source>
        <translation>总机电话</translation>
    </message>
    <message>
        <location filename="../../customer_editor.py" line="55"/>
        <source>Contact name</source>
        <translation>联系人姓名</translation>
    </message>
    <message>
        <location filename="../../customer_editor.py" line="56"/>
        <source>Role in the purchase</source>
        <translation>采购中的角色</translation>
    </message>
    <message>
        <location filename="../../customer_editor.py" line="57"/>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <location filename="../../customer_editor.py" line="58"/>
        <source>E-mail</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <location filename="../../customer_editor.py" line="59"/>
        <source>WeChat ID</source>
        <translation>微信号</translation>
    </message>
    <message>
        <location filename="../../customer_editor.py" line="66"/>
        <source>First contact (optional; add more later)</source>
        <translation>首位联系人（可选，之后可继续添加）</translation>
    </message>
</context>
<context>
    <name>CustomerFilters</name>
    <message>
        <location filename="../../customer_filters.py" line="38"/>
        <source>Search name, pinyin (hzyq), phone, e-mail or contact</source>
        <translation>搜索名称、拼音（hzyq）、电话、邮箱或联系人</translation>
    </message>
    <message>
        <location filename="../../customer_filters.py" line="43"/>
        <source>All tiers</source>
        <translation>全部等级</translation>
    </message>
    <message>
        <location filename="../../customer_filters.py" line="45"/>
        <source>Tier {0}</source>
        <translation>{0} 类客户</translation>
    </message>
    <message>
        <location filename="../../customer_filters.py" line="47"/>
        <source>All segments</source>
        <translation>全部分群</translation>
    </message>
    <message>
        <location filename="../../customer_filters.py" line="55"/>
        <source>At risk</source>
        <translation>流失风险</translation>
    </message>
    <message>
        <location filename="../../customer_filters.py" line="56"/>
        <source>Info out of date</source>
        <translation>信息过期</translation>
    </message>
    <message>
        <location filename="../../customer_filters.py" line="57"/>
        <source>Information not verified in the last 180 days</source>
        <translation>近 180 天内未核实信息</translation>
    </message>
    <message>
        <location filename="../../customer_filters.py" line="60"/>
        <source>Largest revenue</source>
        <translation>营收最高</translation>
    </message>
    <message>
        <location filename="../../customer_filters.py" line="61"/>
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../customer_filters.py" line="62"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../customer_filters.py" line="63"/>
        <source>Latest contact</source>
        <translation>最近联系</translation>
    </message>
    <message>
        <location filename="../../customer_filters.py" line="64"/>
        <source>Longest without contact</source>
        <translation>最久未联系</translation>
    </message>
    <message>
        <location filename="../../customer_filters.py" line="65"/>
        <source>Next visit due</source>
        <translation>下次拜访最近</translation>
    </message>
    <message>
        <location filename="../../customer_filters.py" line="66"/>
        <source>Stalest information</source>
        <translation>信息最旧</translation>
    </message>
    <message>
        <location filename="../../customer_filters.py" line="72"/>
        <source>Cards</source>
        <translation>卡片</translation>
    </message>
    <message>
        <location filename="../../customer_filters.py" line="72"/>
        <source>Table</source>
        <translation>表格</translation>
    </message>
    <message>
        <location filename="../../customer_filters.py" line="131"/>
        <source>All industries</source>
        <translation>全部行业</translation>
    </message>
    <message>
        <location filename="../../customer_filters.py" line="132"/>
        <source>All cities</source>
        <translation>全部城市</translation>
    </message>
    <message>
        <location filename="../../customer_filters.py" line="133"/>
        <source>All owners</source>
        <translation>全部负责人</translation>
    </message>
</context>
<context>
    <name>CustomerListModel</name>
    <message>
        <location filename="../../models/customer_list_model.py" line="51"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../models/customer_list_model.py" line="52"/>
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../models/customer_list_model.py" line="53"/>
        <source>RFM segment</source>
        <translation>RFM 分群</translation>
    </message>
    <message>
        <location filename="../../models/customer_list_model.py" line="54"/>
        <source>Churn risk</source>
        <translation>流失风险</translation>
    </message>
    <message>
        <location filename="../../models/customer_list_model.py" line="55"/>
        <source>Last contact</source>
        <translation>最近联系</translation>
    </message>
    <message>
        <location filename="../../models/customer_list_model.py" line="56"/>
        <source>Next visit</source>
        <translation>下次拜访</translation>
    </message>
    <message>
        <location filename="../../models/customer_list_model.py" line="57"/>
        <source>Revenue (12 mo)</source>
        <translation>近 12 个月营收</translation>
    </message>
    <message>
        <location filename="../../models/customer_list_model.py" line="58"/>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <location filename="../../models/customer_list_model.py" line="59"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../../models/customer_list_model.py" line="60"/>
        <source>Info verified</source>
        <translation>信息核实</translation>
    </message>
    <message>
        <location filename="../../models/customer_list_model.py" line="269"/>
        <source>{0} (manual)</source>
        <translation>{0}（手动）</translation>
    </message>
    <message>
        <location filename="../../models/customer_list_model.py" line="274"/>
        <location filename="../../models/customer_list_model.py" line="319"/>
        <source>At risk</source>
        <translation>流失风险</translation>
    </message>
    <message>
        <location filename="../../models/customer_list_model.py" line="277"/>
        <source>Never</source>
        <translation>从未</translation>
    </message>
    <message>
        <location filename="../../models/customer_list_model.py" line="289"/>
        <source>Never verified</source>
        <translation>从未核实</translation>
    </message>
    <message>
        <location filename="../../models/customer_list_model.py" line="305"/>
        <source>Information never verified</source>
        <translation>信息从未核实</translation>
    </message>
    <message numerus="yes">
        <location filename="../../models/customer_list_model.py" line="307"/>
        <source>Information verified %n days ago</source>
        <translation>
            <numerusform>信息于 %n 天前核实</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../models/customer_list_model.py" line="311"/>
        <source>Tier {0}</source>
        <translation>{0} 类客户</translation>
    </message>
    <message>
        <location filename="../../models/customer_list_model.py" line="313"/>
        <source>set by hand</source>
        <translation>手动设定</translation>
    </message>
    <message>
        <location filename="../../models/customer_list_model.py" line="316"/>
        <source>RFM segment: {0}</source>
        <translation>RFM 分群：{0}</translation>
    </message>
    <message>
        <location filename="../../models/customer_list_model.py" line="322"/>
        <source>Churn risk: {0}</source>
        <translation>流失风险：{0}</translation>
    </message>
</context>
<context>
    <name>CustomerPicker</name>
    <message>
        <location filename="../../deal_pickers.py" line="154"/>
        <source>Type a name or pinyin, e.g. hzyq</source>
        <translation>输入客户名称或拼音，如 hzyq</translation>
    </message>
</context>
<context>
    <name>CustomerRecord</name>
    <message>
        <location filename="../../customer_record.py" line="65"/>
        <source>Log follow-up…</source>
        <translation>记录跟进…</translation>
    </message>
    <message>
        <location filename="../../customer_record.py" line="68"/>
        <source>Mark info verified</source>
        <translation>标记信息已核实</translation>
    </message>
    <message>
        <location filename="../../customer_record.py" line="70"/>
        <source>Override tier…</source>
        <translation>手动调整等级…</translation>
    </message>
    <message>
        <location filename="../../customer_record.py" line="72"/>
        <source>Retire customer</source>
        <translation>停用客户</translation>
    </message>
    <message>
        <location filename="../../customer_record.py" line="75"/>
        <source>{0} — Ctrl+Z to undo</source>
        <translation>{0} — 按 Ctrl+Z 撤销</translation>
    </message>
    <message>
        <location filename="../../customer_record.py" line="84"/>
        <source>Profile</source>
        <translation>客户档案</translation>
    </message>
    <message>
        <location filename="../../customer_record.py" line="85"/>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../customer_record.py" line="86"/>
        <source>Timeline</source>
        <translation>跟进时间线</translation>
    </message>
    <message>
        <location filename="../../customer_record.py" line="89"/>
        <source>Deals</source>
        <translation>商机</translation>
    </message>
    <message>
        <location filename="../../customer_record.py" line="90"/>
        <source>Orders and payments</source>
        <translation>订单与回款</translation>
    </message>
    <message>
        <location filename="../../customer_record.py" line="91"/>
        <source>Complaints</source>
        <translation>投诉</translation>
    </message>
    <message>
        <location filename="../../customer_record.py" line="97"/>
        <source>Referrals</source>
        <translation>转介绍</translation>
    </message>
    <message>
        <location filename="../../customer_record.py" line="99"/>
        <source>What to offer</source>
        <translation>推荐产品</translation>
    </message>
    <message>
        <location filename="../../customer_record.py" line="168"/>
        <source>Tier {0}</source>
        <translation>{0} 类客户</translation>
    </message>
    <message>
        <location filename="../../customer_record.py" line="170"/>
        <source>Tier {0} (manual: {1}; computed {2})</source>
        <translation>{0} 级（手动：{1}；计算结果 {2}）</translation>
    </message>
    <message>
        <location filename="../../customer_record.py" line="180"/>
        <source>information never verified</source>
        <translation>信息从未核实</translation>
    </message>
    <message>
        <location filename="../../customer_record.py" line="184"/>
        <source>information verified {0} — out of date</source>
        <translation>信息核实于 {0} — 已过期</translation>
    </message>
    <message>
        <location filename="../../customer_record.py" line="186"/>
        <source>information verified {0}</source>
        <translation>信息核实于 {0}</translation>
    </message>
    <message>
        <location filename="../../customer_record.py" line="190"/>
        <source>⚠ Churn risk: {0}</source>
        <translation>⚠ 流失风险：{0}</translation>
    </message>
    <message>
        <location filename="../../customer_record.py" line="217"/>
        <source>Edit {0}</source>
        <translation>编辑 {0}</translation>
    </message>
</context>
<context>
    <name>CustomerReferralsBox</name>
    <message>
        <location filename="../../customer_referrals_box.py" line="37"/>
        <source>Referrals</source>
        <translation>转介绍</translation>
    </message>
    <message>
        <location filename="../../customer_referrals_box.py" line="41"/>
        <source>Change…</source>
        <translation>更改…</translation>
    </message>
    <message>
        <location filename="../../customer_referrals_box.py" line="51"/>
        <source>No customer referred by this one yet</source>
        <translation>该客户还没有转介绍过新客户</translation>
    </message>
    <message>
        <location filename="../../customer_referrals_box.py" line="53"/>
        <source>When a new customer comes through this one, pick this customer as its referrer on the new customer&apos;s record: its revenue then counts here.</source>
        <translation>有新客户经由该客户介绍而来时，在新客户档案中把该客户设为介绍人：新客户的营收就会计入这里。</translation>
    </message>
    <message>
        <location filename="../../customer_referrals_box.py" line="85"/>
        <source>Referred by: {0}</source>
        <translation>推荐人：{0}</translation>
    </message>
    <message>
        <location filename="../../customer_referrals_box.py" line="87"/>
        <source>Referred by: nobody recorded</source>
        <translation>推荐人：未记录</translation>
    </message>
    <message>
        <location filename="../../customer_referrals_box.py" line="91"/>
        <source>Referred customers: {0} · {1} in the last 12 months · {2} in all</source>
        <translation>推荐客户 {0} 家 · 近12个月 {1} · 累计 {2}</translation>
    </message>
</context>
<context>
    <name>CustomersPage</name>
    <message>
        <location filename="../../customers_page.py" line="36"/>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../customers_page.py" line="38"/>
        <source>Win back</source>
        <translation>流失挽回</translation>
    </message>
    <message>
        <location filename="../../customers_page.py" line="39"/>
        <source>Personas</source>
        <translation>客户画像</translation>
    </message>
    <message>
        <location filename="../../customers_page.py" line="40"/>
        <source>Duplicates</source>
        <translation>重复客户</translation>
    </message>
    <message>
        <location filename="../../customers_page.py" line="41"/>
        <source>Segmentation settings…</source>
        <translation>分级设置…</translation>
    </message>
    <message>
        <location filename="../../customers_page.py" line="42"/>
        <source>How tiers, RFM scores and churn flags are worked out</source>
        <translation>客户分级、RFM 评分与流失预警的计算方式</translation>
    </message>
</context>
<context>
    <name>CustomersView</name>
    <message>
        <location filename="../../customer_browser.py" line="77"/>
        <source>No customers yet</source>
        <translation>还没有客户</translation>
    </message>
    <message>
        <location filename="../../customer_browser.py" line="78"/>
        <source>Add your first customer (File → New customer) or import a spreadsheet.</source>
        <translation>添加第一个客户（文件 → 新建客户），或导入表格。</translation>
    </message>
    <message>
        <location filename="../../customer_browser.py" line="82"/>
        <source>New customer…</source>
        <translation>新建客户…</translation>
    </message>
    <message>
        <location filename="../../customer_browser.py" line="114"/>
        <source>{0} — Ctrl+Z to undo</source>
        <translation>{0} — 按 Ctrl+Z 撤销</translation>
    </message>
    <message>
        <location filename="../../customer_browser.py" line="164"/>
        <source>Counting customers…</source>
        <translation>正在统计客户…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../customer_browser.py" line="168"/>
        <source>More than %Ln customers match</source>
        <translation>
            <numerusform>超过 %Ln 个客户匹配</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../customer_browser.py" line="170"/>
        <source>%Ln customers match</source>
        <translation>
            <numerusform>%Ln 个客户符合条件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../customer_browser.py" line="172"/>
        <source>%Ln customers</source>
        <translation>
            <numerusform>%Ln 个客户</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../customer_browser.py" line="228"/>
        <source>Open record</source>
        <translation>打开客户档案</translation>
    </message>
    <message>
        <location filename="../../customer_browser.py" line="229"/>
        <source>Log follow-up…</source>
        <translation>记录跟进…</translation>
    </message>
    <message>
        <location filename="../../customer_browser.py" line="232"/>
        <source>Mark info verified</source>
        <translation>标记信息已核实</translation>
    </message>
    <message>
        <location filename="../../customer_browser.py" line="234"/>
        <source>Override tier…</source>
        <translation>手动调整等级…</translation>
    </message>
    <message>
        <location filename="../../customer_browser.py" line="236"/>
        <source>Retire customer</source>
        <translation>停用客户</translation>
    </message>
</context>
<context>
    <name>DayCellDelegate</name>
    <message>
        <location filename="../../visit_delegates.py" line="78"/>
        <source>Holiday</source>
        <translation>休</translation>
    </message>
    <message>
        <location filename="../../visit_delegates.py" line="78"/>
        <source>Workday</source>
        <translation>班</translation>
    </message>
    <message>
        <location filename="../../visit_delegates.py" line="106"/>
        <source>{0} overdue</source>
        <translation>逾期 {0}</translation>
    </message>
    <message>
        <location filename="../../visit_delegates.py" line="108"/>
        <source>{0} due</source>
        <translation>待拜访 {0}</translation>
    </message>
    <message>
        <location filename="../../visit_delegates.py" line="110"/>
        <source>{0} done</source>
        <translation>已完成 {0}</translation>
    </message>
    <message>
        <location filename="../../visit_delegates.py" line="112"/>
        <source>{0} skipped</source>
        <translation>已跳过 {0}</translation>
    </message>
</context>
<context>
    <name>DealActions</name>
    <message>
        <location filename="../../pipeline_actions.py" line="53"/>
        <source>Pipeline</source>
        <translation>销售管道</translation>
    </message>
    <message>
        <location filename="../../pipeline_actions.py" line="84"/>
        <source>Move “{0}” to {1}</source>
        <translation>将「{0}」移到{1}</translation>
    </message>
    <message>
        <location filename="../../pipeline_actions.py" line="118"/>
        <source>New deal “{0}”</source>
        <translation>新建商机「{0}」</translation>
    </message>
    <message>
        <location filename="../../pipeline_actions.py" line="128"/>
        <source>New customer “{0}”</source>
        <translation>新建客户“{0}”</translation>
    </message>
    <message>
        <location filename="../../pipeline_actions.py" line="138"/>
        <source>Edit “{0}”</source>
        <translation>编辑「{0}」</translation>
    </message>
    <message>
        <location filename="../../pipeline_actions.py" line="160"/>
        <source>Delete deal</source>
        <translation>删除商机</translation>
    </message>
    <message>
        <location filename="../../pipeline_actions.py" line="176"/>
        <source>Mark won</source>
        <translation>标记赢单</translation>
    </message>
    <message>
        <location filename="../../pipeline_actions.py" line="191"/>
        <source>Mark lost</source>
        <translation>标记输单</translation>
    </message>
</context>
<context>
    <name>DealCardDelegate</name>
    <message>
        <location filename="../../deal_card_delegate.py" line="136"/>
        <source>Score {0}</source>
        <translation>{0} 分</translation>
    </message>
    <message>
        <location filename="../../deal_card_delegate.py" line="306"/>
        <source>Won {0}</source>
        <translation>{0} 赢单</translation>
    </message>
    <message>
        <location filename="../../deal_card_delegate.py" line="309"/>
        <source>Lost {0}</source>
        <translation>{0} 输单</translation>
    </message>
    <message>
        <location filename="../../deal_card_delegate.py" line="315"/>
        <source>No follow-up {0}d</source>
        <translation>已 {0} 天未跟进</translation>
    </message>
    <message>
        <location filename="../../deal_card_delegate.py" line="319"/>
        <source>{0}d in stage</source>
        <translation>本阶段 {0} 天</translation>
    </message>
    <message>
        <location filename="../../deal_card_delegate.py" line="324"/>
        <source>Visit {0}d overdue</source>
        <translation>拜访逾期 {0} 天</translation>
    </message>
    <message>
        <location filename="../../deal_card_delegate.py" line="326"/>
        <source>Visit {0}</source>
        <translation>拜访 {0}</translation>
    </message>
    <message>
        <location filename="../../deal_card_delegate.py" line="331"/>
        <source>Close {0}</source>
        <translation>预计 {0} 成交</translation>
    </message>
</context>
<context>
    <name>DealEditor</name>
    <message>
        <location filename="../../deal_editor.py" line="118"/>
        <location filename="../../deal_pickers.py" line="27"/>
        <source>Decision maker</source>
        <translation>关键决策人</translation>
    </message>
    <message>
        <location filename="../../deal_pickers.py" line="28"/>
        <source>Procurement lead</source>
        <translation>采购负责人</translation>
    </message>
    <message>
        <location filename="../../deal_pickers.py" line="29"/>
        <source>User-department lead</source>
        <translation>使用部门负责人</translation>
    </message>
    <message>
        <location filename="../../deal_pickers.py" line="30"/>
        <source>Influencer</source>
        <translation>影响者</translation>
    </message>
    <message>
        <location filename="../../deal_pickers.py" line="31"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../deal_editor.py" line="66"/>
        <source>Edit deal</source>
        <translation>编辑商机</translation>
    </message>
    <message>
        <location filename="../../deal_editor.py" line="66"/>
        <source>New deal</source>
        <translation>新建商机</translation>
    </message>
    <message>
        <location filename="../../deal_editor.py" line="72"/>
        <source>What is being sold, e.g. MES upgrade phase 2</source>
        <translation>卖的是什么，如：MES 系统二期升级</translation>
    </message>
    <message>
        <location filename="../../deal_editor.py" line="82"/>
        <source>stage default</source>
        <translation>按阶段默认</translation>
    </message>
    <message>
        <location filename="../../deal_editor.py" line="89"/>
        <source>leave empty if unknown</source>
        <translation>未知可留空</translation>
    </message>
    <message>
        <location filename="../../deal_editor.py" line="91"/>
        <source>e.g. referral, trade show, website</source>
        <translation>如：转介绍、展会、官网</translation>
    </message>
    <message>
        <location filename="../../deal_editor.py" line="97"/>
        <source>New…</source>
        <translation>新建…</translation>
    </message>
    <message>
        <location filename="../../deal_editor.py" line="98"/>
        <source>Add the typed company as a new customer</source>
        <translation>把输入的公司新建为客户</translation>
    </message>
    <message>
        <location filename="../../deal_editor.py" line="111"/>
        <source>Customer *</source>
        <translation>客户 *</translation>
    </message>
    <message>
        <location filename="../../deal_editor.py" line="112"/>
        <source>Title *</source>
        <translation>商机名称 *</translation>
    </message>
    <message>
        <location filename="../../deal_editor.py" line="113"/>
        <location filename="../../deal_editor.py" line="195"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../deal_editor.py" line="114"/>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../../deal_editor.py" line="115"/>
        <source>Expected close</source>
        <translation>预计成交</translation>
    </message>
    <message>
        <location filename="../../deal_editor.py" line="116"/>
        <source>Win probability</source>
        <translation>赢率</translation>
    </message>
    <message>
        <location filename="../../deal_editor.py" line="117"/>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../deal_editor.py" line="119"/>
        <source>Need / pain point</source>
        <translation>需求/痛点</translation>
    </message>
    <message>
        <location filename="../../deal_editor.py" line="120"/>
        <location filename="../../deal_editor.py" line="196"/>
        <source>Budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <location filename="../../deal_editor.py" line="121"/>
        <source>Lead source</source>
        <translation>线索来源</translation>
    </message>
    <message>
        <location filename="../../deal_editor.py" line="122"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../deal_editor.py" line="136"/>
        <source>Drag the card (or press Ctrl+→) to change its stage.</source>
        <translation>拖动卡片（或按 Ctrl+→）来变更阶段。</translation>
    </message>
    <message>
        <location filename="../../deal_editor.py" line="219"/>
        <source>Customer: “{0}” is not in your customer list; pick one from the suggestions, or press New… to add it.</source>
        <translation>客户：“{0}”不在客户列表中；请从提示中选择，或点“新建…”添加。</translation>
    </message>
</context>
<context>
    <name>DealListModel</name>
    <message>
        <location filename="../../models/deal_list_model.py" line="217"/>
        <source>Amount: {0}</source>
        <translation>金额：{0}</translation>
    </message>
    <message>
        <location filename="../../models/deal_list_model.py" line="223"/>
        <source>Weighted ({0}%): {1}</source>
        <translation>加权（{0}%）：{1}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../models/deal_list_model.py" line="231"/>
        <source>In this stage for %n days</source>
        <translation>
            <numerusform>已在本阶段 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../models/deal_list_model.py" line="236"/>
        <source>Stalled: no activity or stage change for {0} days (limit {1})</source>
        <translation>停滞：已 {0} 天没有跟进或阶段变化（上限 {1} 天）</translation>
    </message>
    <message>
        <location filename="../../models/deal_list_model.py" line="241"/>
        <source>Lead score: {0} / 100</source>
        <translation>线索评分：{0} / 100</translation>
    </message>
    <message>
        <location filename="../../models/deal_list_model.py" line="244"/>
        <source>Expected close: {0}</source>
        <translation>预计成交：{0}</translation>
    </message>
    <message>
        <location filename="../../models/deal_list_model.py" line="250"/>
        <source>Next visit: {0}</source>
        <translation>下次拜访：{0}</translation>
    </message>
    <message>
        <location filename="../../models/deal_list_model.py" line="254"/>
        <source>Lost reason: {0}</source>
        <translation>输单原因：{0}</translation>
    </message>
    <message>
        <location filename="../../models/deal_list_model.py" line="256"/>
        <source>Tier {0}</source>
        <translation>{0} 类客户</translation>
    </message>
</context>
<context>
    <name>DealListView</name>
    <message>
        <location filename="../../stage_column.py" line="129"/>
        <source>No deals match the filter.</source>
        <translation>没有符合筛选条件的商机。</translation>
    </message>
</context>
<context>
    <name>DuplicatesView</name>
    <message>
        <location filename="../../duplicates_view.py" line="76"/>
        <source>Possible duplicates</source>
        <translation>疑似重复客户</translation>
    </message>
    <message>
        <location filename="../../duplicates_view.py" line="79"/>
        <source>Customers with the same name (ignoring 有限公司, brackets, spaces and width), phone or e-mail. Merge keeps every contact, deal, follow-up and order.</source>
        <translation>名称相同（忽略“有限公司”、括号、空格和全半角）、电话或邮箱相同的客户。合并后保留全部联系人、商机、跟进记录和订单。</translation>
    </message>
    <message>
        <location filename="../../duplicates_view.py" line="85"/>
        <source>Look again</source>
        <translation>重新查找</translation>
    </message>
    <message>
        <location filename="../../duplicates_view.py" line="96"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../duplicates_view.py" line="96"/>
        <source>Possible duplicate</source>
        <translation>疑似重复</translation>
    </message>
    <message>
        <location filename="../../duplicates_view.py" line="96"/>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../duplicates_view.py" line="108"/>
        <source>Merge</source>
        <translation>合并</translation>
    </message>
    <message>
        <location filename="../../duplicates_view.py" line="111"/>
        <location filename="../../duplicates_view.py" line="290"/>
        <source>Not a duplicate</source>
        <translation>不是重复</translation>
    </message>
    <message>
        <location filename="../../duplicates_view.py" line="114"/>
        <source>Keep:</source>
        <translation>保留：</translation>
    </message>
    <message>
        <location filename="../../duplicates_view.py" line="131"/>
        <source>No possible duplicates</source>
        <translation>没有疑似重复客户</translation>
    </message>
    <message>
        <location filename="../../duplicates_view.py" line="133"/>
        <source>No two customers share a name, phone or e-mail. Imports list possible duplicates here instead of merging them.</source>
        <translation>没有名称、电话或邮箱相同的客户。导入时发现的疑似重复会列在这里，而不会自动合并。</translation>
    </message>
    <message>
        <location filename="../../duplicates_view.py" line="154"/>
        <source>Looking for duplicates…</source>
        <translation>正在查找重复客户…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../duplicates_view.py" line="173"/>
        <source>%Ln pairs</source>
        <translation>
            <numerusform>%Ln 对</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../duplicates_view.py" line="231"/>
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../duplicates_view.py" line="236"/>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../duplicates_view.py" line="237"/>
        <source>Deals</source>
        <translation>商机</translation>
    </message>
    <message>
        <location filename="../../duplicates_view.py" line="238"/>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <location filename="../../duplicates_view.py" line="239"/>
        <source>Follow-ups</source>
        <translation>跟进记录</translation>
    </message>
    <message>
        <location filename="../../duplicates_view.py" line="241"/>
        <source>Revenue, 12 months</source>
        <translation>近 12 个月销售额</translation>
    </message>
    <message>
        <location filename="../../duplicates_view.py" line="260"/>
        <location filename="../../duplicates_view.py" line="279"/>
        <source>Merge customers</source>
        <translation>合并客户</translation>
    </message>
    <message>
        <location filename="../../duplicates_view.py" line="273"/>
        <source>Merge “{0}” into “{1}”? Its contacts, deals, follow-ups, orders, payments, visits and complaints move to “{1}”, and “{0}” is retired. Ctrl+Z undoes it.</source>
        <translation>把“{0}”合并到“{1}”？它的联系人、商机、跟进记录、订单、回款、拜访和投诉都将转到“{1}”名下，“{0}”将被删除。按 Ctrl+Z 可撤销。</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <location filename="../../kit/empty_state.py" line="84"/>
        <source>Nothing matches the filter.</source>
        <translation>没有符合筛选条件的内容。</translation>
    </message>
</context>
<context>
    <name>EntryDetail</name>
    <message>
        <location filename="../../playbook_detail.py" line="146"/>
        <source>The concern behind it</source>
        <translation>背后的顾虑</translation>
    </message>
    <message>
        <location filename="../../playbook_detail.py" line="153"/>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <location filename="../../playbook_detail.py" line="161"/>
        <source>What to say</source>
        <translation>怎么说</translation>
    </message>
    <message>
        <location filename="../../playbook_detail.py" line="173"/>
        <source>Then ask</source>
        <translation>接着问</translation>
    </message>
    <message>
        <location filename="../../playbook_detail.py" line="177"/>
        <source>Technique</source>
        <translation>技巧</translation>
    </message>
    <message>
        <location filename="../../playbook_detail.py" line="191"/>
        <source>Script helped</source>
        <translation>话术有用</translation>
    </message>
    <message>
        <location filename="../../playbook_detail.py" line="191"/>
        <source>Script did not help</source>
        <translation>话术没用</translation>
    </message>
</context>
<context>
    <name>EntryEditor</name>
    <message>
        <location filename="../../playbook_editor.py" line="54"/>
        <source>Edit entry</source>
        <translation>编辑条目</translation>
    </message>
    <message>
        <location filename="../../playbook_editor.py" line="54"/>
        <source>New entry</source>
        <translation>新建条目</translation>
    </message>
    <message>
        <location filename="../../playbook_editor.py" line="68"/>
        <source>One script per paragraph; a blank line between</source>
        <translation>每段一条话术，段与段之间空一行</translation>
    </message>
    <message>
        <location filename="../../playbook_editor.py" line="72"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../playbook_editor.py" line="77"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../playbook_editor.py" line="78"/>
        <source>Group</source>
        <translation>分类</translation>
    </message>
    <message>
        <location filename="../../playbook_editor.py" line="79"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../playbook_editor.py" line="80"/>
        <source>Concern behind it</source>
        <translation>背后的顾虑</translation>
    </message>
    <message>
        <location filename="../../playbook_editor.py" line="81"/>
        <source>Scripts</source>
        <translation>话术</translation>
    </message>
    <message>
        <location filename="../../playbook_editor.py" line="82"/>
        <source>Follow-up question</source>
        <translation>跟进提问</translation>
    </message>
    <message>
        <location filename="../../playbook_editor.py" line="83"/>
        <source>Technique</source>
        <translation>技巧</translation>
    </message>
    <message>
        <location filename="../../playbook_editor.py" line="87"/>
        <source>Your wording is kept when a newer playbook version ships.</source>
        <translation>话术库升级时，会保留您修改后的内容。</translation>
    </message>
    <message>
        <location filename="../../playbook_editor.py" line="148"/>
        <source>New entry “{0}”</source>
        <translation>新建条目“{0}”</translation>
    </message>
    <message>
        <location filename="../../playbook_editor.py" line="157"/>
        <source>Edit “{0}”</source>
        <translation>编辑「{0}」</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <location filename="../../error_dialog.py" line="50"/>
        <source>Something went wrong</source>
        <translation>出错了</translation>
    </message>
    <message>
        <location filename="../../error_dialog.py" line="54"/>
        <source>RepBook hit an unexpected error: {0}
Your data is safe — the change in progress was not saved. You can keep working.</source>
        <translation>RepBook 遇到了意外错误：{0}
您的数据是安全的——正在进行的修改没有保存。您可以继续工作。</translation>
    </message>
    <message>
        <location filename="../../error_dialog.py" line="65"/>
        <source>Copy details</source>
        <translation>复制详细信息</translation>
    </message>
    <message>
        <location filename="../../error_dialog.py" line="66"/>
        <source>Save details to a file</source>
        <translation>将详细信息保存到文件</translation>
    </message>
    <message>
        <location filename="../../error_dialog.py" line="81"/>
        <source>The details are on the clipboard.</source>
        <translation>详细信息已复制到剪贴板。</translation>
    </message>
    <message>
        <location filename="../../error_dialog.py" line="92"/>
        <source>Could not save the details: {0}</source>
        <translation>无法保存详细信息：{0}</translation>
    </message>
    <message>
        <location filename="../../error_dialog.py" line="95"/>
        <source>Saved to {0}</source>
        <translation>已保存到 {0}</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <location filename="../../customer_events.py" line="41"/>
        <source>Plan a customer event</source>
        <translation>策划客户活动</translation>
    </message>
    <message>
        <location filename="../../customer_events.py" line="43"/>
        <source>e.g. Product day, industry salon</source>
        <translation>例如：产品体验会、行业沙龙</translation>
    </message>
    <message>
        <location filename="../../customer_events.py" line="66"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../customer_events.py" line="67"/>
        <source>Day</source>
        <translation>当日</translation>
    </message>
    <message>
        <location filename="../../customer_events.py" line="68"/>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../../customer_events.py" line="69"/>
        <source>Invite tiers</source>
        <translation>邀请等级</translation>
    </message>
    <message>
        <location filename="../../customer_events.py" line="70"/>
        <source>and segments</source>
        <translation>及分群</translation>
    </message>
    <message>
        <location filename="../../customer_events.py" line="88"/>
        <source>Give the event a name.</source>
        <translation>请填写活动名称。</translation>
    </message>
    <message>
        <location filename="../../customer_events.py" line="90"/>
        <source>Choose at least one tier or segment to invite.</source>
        <translation>请至少选择一个客户等级或分群来邀请。</translation>
    </message>
</context>
<context>
    <name>EventsPane</name>
    <message>
        <location filename="../../customer_events.py" line="106"/>
        <location filename="../../customer_events.py" line="132"/>
        <source>New event…</source>
        <translation>新建活动…</translation>
    </message>
    <message>
        <location filename="../../customer_events.py" line="112"/>
        <location filename="../../customer_events.py" line="226"/>
        <source>Record attendance</source>
        <translation>记录到场</translation>
    </message>
    <message>
        <location filename="../../customer_events.py" line="114"/>
        <source>Log each ticked customer&apos;s attendance as a follow-up</source>
        <translation>把勾选客户的到场记为一条跟进记录</translation>
    </message>
    <message>
        <location filename="../../customer_events.py" line="118"/>
        <source>Salons, seminars, product days</source>
        <translation>客户沙龙、行业研讨会、产品体验会</translation>
    </message>
    <message>
        <location filename="../../customer_events.py" line="125"/>
        <source>No events planned yet</source>
        <translation>还没有计划中的客户活动</translation>
    </message>
    <message>
        <location filename="../../customer_events.py" line="127"/>
        <source>Invite customers of a tier or segment to a salon, seminar or product day, then tick off who came: each attendance is logged as a follow-up.</source>
        <translation>按客户等级或分群邀请客户参加沙龙、研讨会或产品日，活动后勾选到场的客户：每次到场都会记为一条跟进记录。</translation>
    </message>
    <message>
        <location filename="../../customer_events.py" line="156"/>
        <source>{0} · {1} — {2} invited, {3} came</source>
        <translation>{0} · {1} — 邀请 {2} 家，到场 {3} 家</translation>
    </message>
    <message>
        <location filename="../../customer_events.py" line="174"/>
        <source>Plan an event and invite customers by tier or segment.</source>
        <translation>策划一场活动，按客户等级或分群邀请客户。</translation>
    </message>
    <message>
        <location filename="../../customer_events.py" line="189"/>
        <source>Tick who came, then record attendance.</source>
        <translation>勾选到场的客户，再点“记录到场”。</translation>
    </message>
    <message>
        <location filename="../../customer_events.py" line="204"/>
        <source>Plan event {0}</source>
        <translation>策划活动 {0}</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../export_dialog.py" line="43"/>
        <source>Export bundle</source>
        <translation>导出数据包</translation>
    </message>
    <message>
        <location filename="../../export_dialog.py" line="47"/>
        <source>Writes every record — including deletions — as CSV files with a manifest. Another RepBook (your team lead&apos;s, or yours on another computer) imports it and merges by record, keeping whichever side changed last.</source>
        <translation>把所有记录（包括已删除的记录）导出为带清单的 CSV 文件。另一台 RepBook（您的团队主管的，或您另一台电脑上的）导入后按记录合并，以最后修改的一方为准。</translation>
    </message>
    <message>
        <location filename="../../export_dialog.py" line="57"/>
        <source>Folder…</source>
        <translation>文件夹…</translation>
    </message>
    <message>
        <location filename="../../export_dialog.py" line="59"/>
        <source>Zip file…</source>
        <translation>压缩文件…</translation>
    </message>
    <message>
        <location filename="../../export_dialog.py" line="71"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../export_dialog.py" line="74"/>
        <source>Open folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <location filename="../../export_dialog.py" line="93"/>
        <source>Export into a new or empty folder</source>
        <translation>导出到新的或空的文件夹</translation>
    </message>
    <message>
        <location filename="../../export_dialog.py" line="100"/>
        <source>Export as a zip file</source>
        <translation>导出为压缩文件</translation>
    </message>
    <message>
        <location filename="../../export_dialog.py" line="102"/>
        <source>Zip files (*.zip)</source>
        <translation>压缩文件 (*.zip)</translation>
    </message>
    <message>
        <location filename="../../export_dialog.py" line="111"/>
        <source>Choose where to export to.</source>
        <translation>请选择导出位置。</translation>
    </message>
    <message>
        <location filename="../../export_dialog.py" line="119"/>
        <source>{0} already exists. Export as {1}? Press Export again.</source>
        <translation>{0} 已存在。改为导出为 {1}？再次点击“导出”即可。</translation>
    </message>
    <message>
        <location filename="../../export_dialog.py" line="128"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../export_dialog.py" line="130"/>
        <source>Exporting to {0}…</source>
        <translation>正在导出到 {0}…</translation>
    </message>
    <message>
        <location filename="../../export_dialog.py" line="135"/>
        <source>Export failed: {0}</source>
        <translation>导出失败：{0}</translation>
    </message>
    <message>
        <location filename="../../export_dialog.py" line="138"/>
        <source>Export cancelled; nothing was written.</source>
        <translation>已取消导出，没有写入任何文件。</translation>
    </message>
    <message>
        <location filename="../../export_dialog.py" line="154"/>
        <source>Exported {0} records to {1}</source>
        <translation>已导出 {0} 条记录到 {1}</translation>
    </message>
    <message>
        <location filename="../../export_dialog.py" line="165"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../export_dialog.py" line="178"/>
        <location filename="../../export_dialog.py" line="187"/>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../import_pages.py" line="57"/>
        <source>Choose what to import</source>
        <translation>选择要导入的文件</translation>
    </message>
    <message>
        <location filename="../../import_pages.py" line="60"/>
        <source>A sheet saved from Excel or another CRM (CSV or XLSX), or a RepBook export bundle (a folder or .zip).</source>
        <translation>从 Excel 或其他 CRM 导出的表格（CSV 或 XLSX），或 RepBook 导出数据包（文件夹或 .zip）。</translation>
    </message>
    <message>
        <location filename="../../import_pages.py" line="66"/>
        <source>Path of a .csv, .xlsx or .zip file, or a bundle folder</source>
        <translation>.csv、.xlsx、.zip 文件或数据包文件夹的路径</translation>
    </message>
    <message>
        <location filename="../../import_pages.py" line="74"/>
        <source>Choose file…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <location filename="../../import_pages.py" line="76"/>
        <source>Choose bundle folder…</source>
        <translation>选择数据包文件夹…</translation>
    </message>
    <message>
        <location filename="../../import_pages.py" line="93"/>
        <source>Encoding</source>
        <translation>编码</translation>
    </message>
    <message>
        <location filename="../../import_pages.py" line="94"/>
        <source>Delimiter</source>
        <translation>分隔符</translation>
    </message>
    <message>
        <location filename="../../import_pages.py" line="95"/>
        <source>Header row</source>
        <translation>表头所在行</translation>
    </message>
    <message>
        <location filename="../../import_pages.py" line="96"/>
        <source>The rows are</source>
        <translation>每一行是</translation>
    </message>
    <message>
        <location filename="../../import_pages.py" line="125"/>
        <source>Import a file</source>
        <translation>导入文件</translation>
    </message>
    <message>
        <location filename="../../import_pages.py" line="127"/>
        <source>Spreadsheets and bundles (*.csv *.txt *.tsv *.xlsx *.zip);;All files (*)</source>
        <translation>表格与数据包 (*.csv *.txt *.tsv *.xlsx *.zip);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../import_pages.py" line="133"/>
        <source>Choose an export bundle folder</source>
        <translation>选择导出数据包文件夹</translation>
    </message>
    <message>
        <location filename="../../import_pages.py" line="139"/>
        <source>Reading {0}…</source>
        <translation>正在读取 {0}…</translation>
    </message>
    <message>
        <location filename="../../import_pages.py" line="148"/>
        <source>RepBook export bundle from {0}, exported {1} UTC, {2} records.</source>
        <translation>来自 {0} 的 RepBook 导出数据包，导出于 {1}（UTC），共 {2} 条记录。</translation>
    </message>
    <message>
        <location filename="../../import_pages.py" line="149"/>
        <source>(no owner)</source>
        <translation>（未注明负责人）</translation>
    </message>
    <message>
        <location filename="../../import_pages.py" line="160"/>
        <source>{0} columns; first rows read.</source>
        <translation>共 {0} 列，已读取前几行。</translation>
    </message>
    <message>
        <location filename="../../import_pages.py" line="163"/>
        <source>Tab</source>
        <translation>制表符</translation>
    </message>
    <message>
        <location filename="../../import_pages.py" line="163"/>
        <source>Comma</source>
        <translation>逗号</translation>
    </message>
    <message>
        <location filename="../../import_pages.py" line="163"/>
        <source>Semicolon</source>
        <translation>分号</translation>
    </message>
</context>
<context>
    <name>FirstSteps</name>
    <message>
        <location filename="../../first_steps.py" line="20"/>
        <source>Your book is empty</source>
        <translation>客户簿还是空的</translation>
    </message>
    <message>
        <location filename="../../first_steps.py" line="22"/>
        <source>Import the customer sheet you keep in Excel, add your first customer, or load a demo book to look around.</source>
        <translation>导入您在 Excel 里维护的客户表，添加第一个客户，或载入演示数据先看看。</translation>
    </message>
    <message>
        <location filename="../../first_steps.py" line="28"/>
        <source>Import a sheet…</source>
        <translation>导入表格…</translation>
    </message>
    <message>
        <location filename="../../first_steps.py" line="29"/>
        <source>Add a customer…</source>
        <translation>添加客户…</translation>
    </message>
    <message>
        <location filename="../../first_steps.py" line="30"/>
        <source>Load the demo</source>
        <translation>载入演示数据</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <location filename="../../follow_up_dialog.py" line="59"/>
        <location filename="../../follow_up_dialog.py" line="162"/>
        <source>Log follow-up</source>
        <translation>记录跟进</translation>
    </message>
    <message>
        <location filename="../../follow_up_dialog.py" line="61"/>
        <source>Follow-up with {0}</source>
        <translation>跟进：{0}</translation>
    </message>
    <message>
        <location filename="../../follow_up_dialog.py" line="74"/>
        <source>(no one in particular)</source>
        <translation>（不指定联系人）</translation>
    </message>
    <message>
        <location filename="../../follow_up_dialog.py" line="80"/>
        <source>(no deal)</source>
        <translation>（不关联商机）</translation>
    </message>
    <message>
        <location filename="../../follow_up_dialog.py" line="86"/>
        <source>What was discussed</source>
        <translation>沟通了什么</translation>
    </message>
    <message>
        <location filename="../../follow_up_dialog.py" line="89"/>
        <source>What the customer said: concerns, wishes</source>
        <translation>客户的反馈：顾虑、诉求</translation>
    </message>
    <message>
        <location filename="../../follow_up_dialog.py" line="92"/>
        <source>not judged</source>
        <translation>未判断</translation>
    </message>
    <message>
        <location filename="../../follow_up_dialog.py" line="94"/>
        <source>1 — cold</source>
        <translation>1 — 无意向</translation>
    </message>
    <message>
        <location filename="../../follow_up_dialog.py" line="95"/>
        <source>2 — aware</source>
        <translation>2 — 有了解</translation>
    </message>
    <message>
        <location filename="../../follow_up_dialog.py" line="96"/>
        <source>3 — interested</source>
        <translation>3 — 有兴趣</translation>
    </message>
    <message>
        <location filename="../../follow_up_dialog.py" line="97"/>
        <source>4 — evaluating</source>
        <translation>4 — 评估中</translation>
    </message>
    <message>
        <location filename="../../follow_up_dialog.py" line="98"/>
        <source>5 — ready to buy</source>
        <translation>5 — 准备购买</translation>
    </message>
    <message>
        <location filename="../../follow_up_dialog.py" line="103"/>
        <source>e.g. send the quotation</source>
        <translation>例如：发送报价单</translation>
    </message>
    <message>
        <location filename="../../follow_up_dialog.py" line="108"/>
        <source>Channel</source>
        <translation>跟进方式</translation>
    </message>
    <message>
        <location filename="../../follow_up_dialog.py" line="109"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../follow_up_dialog.py" line="110"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../follow_up_dialog.py" line="111"/>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../follow_up_dialog.py" line="112"/>
        <source>Deal</source>
        <translation>商机</translation>
    </message>
    <message>
        <location filename="../../follow_up_dialog.py" line="113"/>
        <source>Summary *</source>
        <translation>跟进内容 *</translation>
    </message>
    <message>
        <location filename="../../follow_up_dialog.py" line="114"/>
        <source>Customer feedback</source>
        <translation>客户反馈</translation>
    </message>
    <message>
        <location filename="../../follow_up_dialog.py" line="115"/>
        <source>Intent level</source>
        <translation>意向程度</translation>
    </message>
    <message>
        <location filename="../../follow_up_dialog.py" line="116"/>
        <source>Next step</source>
        <translation>下一步</translation>
    </message>
    <message>
        <location filename="../../follow_up_dialog.py" line="117"/>
        <source>Next step date</source>
        <translation>下一步日期</translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <location filename="../../kit/format.py" line="126"/>
        <source>today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../../kit/format.py" line="128"/>
        <source>tomorrow</source>
        <translation>明天</translation>
    </message>
    <message>
        <location filename="../../kit/format.py" line="130"/>
        <source>yesterday</source>
        <translation>昨天</translation>
    </message>
    <message>
        <location filename="../../kit/format.py" line="132"/>
        <source>in {0} days</source>
        <translation>{0} 天后</translation>
    </message>
    <message>
        <location filename="../../kit/format.py" line="133"/>
        <source>{0} days ago</source>
        <translation>{0} 天前</translation>
    </message>
    <message>
        <location filename="../../kit/format.py" line="145"/>
        <source>1 day overdue</source>
        <translation>逾期 1 天</translation>
    </message>
    <message>
        <location filename="../../kit/format.py" line="146"/>
        <source>{0} days overdue</source>
        <translation>逾期 {0} 天</translation>
    </message>
</context>
<context>
    <name>Forms</name>
    <message>
        <location filename="../../kit/forms.py" line="92"/>
        <location filename="../../kit/past_dates.py" line="20"/>
        <source>not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <location filename="../../kit/forms.py" line="118"/>
        <source>e.g. 128000 or 12.8万</source>
        <translation>如 128000 或 12.8万</translation>
    </message>
    <message>
        <location filename="../../kit/forms.py" line="134"/>
        <source>{0}: “{1}” is not an amount (e.g. 128000 or 12.8万).</source>
        <translation>{0}：「{1}」不是有效金额（如 128000 或 12.8万）。</translation>
    </message>
</context>
<context>
    <name>GateDialog</name>
    <message>
        <location filename="../../gate_dialog.py" line="177"/>
        <source>Required before {0}</source>
        <translation>进入{0}前需填写</translation>
    </message>
    <message>
        <location filename="../../gate_dialog.py" line="182"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../gate_dialog.py" line="184"/>
        <source>“{0}” cannot enter {1} yet. This stage requires: {2}.</source>
        <translation>「{0}」还不能进入{1}。该阶段要求填写：{2}。</translation>
    </message>
    <message>
        <location filename="../../gate_dialog.py" line="187"/>
        <source>Save and move</source>
        <translation>保存并移动</translation>
    </message>
</context>
<context>
    <name>GateForm</name>
    <message>
        <location filename="../../gate_dialog.py" line="77"/>
        <source>What problem does the customer need solved?</source>
        <translation>客户需要解决什么问题？</translation>
    </message>
    <message>
        <location filename="../../gate_dialog.py" line="106"/>
        <source>{0}: must be 0 or more.</source>
        <translation>{0}：不能为负数。</translation>
    </message>
    <message>
        <location filename="../../gate_dialog.py" line="113"/>
        <source>{0}: required.</source>
        <translation>{0}：必填。</translation>
    </message>
</context>
<context>
    <name>GoalDialog</name>
    <message>
        <location filename="../../goal_dialogs.py" line="36"/>
        <source>Edit goal</source>
        <translation>编辑目标</translation>
    </message>
    <message>
        <location filename="../../goal_dialogs.py" line="36"/>
        <source>New goal</source>
        <translation>新建目标</translation>
    </message>
    <message>
        <location filename="../../goal_dialogs.py" line="40"/>
        <source>e.g. Q3 revenue won</source>
        <translation>例如：第三季度赢单金额</translation>
    </message>
    <message>
        <location filename="../../goal_dialogs.py" line="55"/>
        <source>Goal</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../../goal_dialogs.py" line="56"/>
        <source>Metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../goal_dialogs.py" line="57"/>
        <source>Target</source>
        <translation>目标值</translation>
    </message>
    <message>
        <location filename="../../goal_dialogs.py" line="58"/>
        <source>From</source>
        <translation>开始</translation>
    </message>
    <message>
        <location filename="../../goal_dialogs.py" line="59"/>
        <source>To</source>
        <translation>结束</translation>
    </message>
    <message>
        <location filename="../../goal_dialogs.py" line="60"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>GoalRow</name>
    <message>
        <location filename="../../goals_panel.py" line="50"/>
        <source>Actual %1 of %2 · projected %3 · %4 to %5</source>
        <translation>实际 %1 / 目标 %2 · 期末预计 %3 · %4 至 %5</translation>
    </message>
</context>
<context>
    <name>GoalsPanel</name>
    <message>
        <location filename="../../goals_panel.py" line="78"/>
        <source>No goals yet</source>
        <translation>还没有目标</translation>
    </message>
    <message>
        <location filename="../../goals_panel.py" line="80"/>
        <source>Add a SMART goal: a metric, a target and a period, e.g. revenue won this quarter.</source>
        <translation>添加一个 SMART 目标：选择指标、目标值和周期，例如本季度赢单金额。</translation>
    </message>
    <message>
        <location filename="../../goals_panel.py" line="86"/>
        <source>Add goal…</source>
        <translation>添加目标…</translation>
    </message>
    <message>
        <location filename="../../goals_panel.py" line="87"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../goals_panel.py" line="88"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../goals_panel.py" line="89"/>
        <source>Review notes…</source>
        <translation>复盘记录…</translation>
    </message>
    <message>
        <location filename="../../goals_panel.py" line="154"/>
        <source>Add goal</source>
        <translation>添加目标</translation>
    </message>
    <message>
        <location filename="../../goals_panel.py" line="170"/>
        <source>Edit goal</source>
        <translation>编辑目标</translation>
    </message>
    <message>
        <location filename="../../goals_panel.py" line="178"/>
        <source>Delete goal</source>
        <translation>删除目标</translation>
    </message>
    <message>
        <location filename="../../goals_panel.py" line="195"/>
        <source>Save review notes</source>
        <translation>保存复盘记录</translation>
    </message>
</context>
<context>
    <name>GreetingDialog</name>
    <message>
        <location filename="../../visit_dialogs.py" line="174"/>
        <source>Copied to the clipboard for WeChat, and logged as a care greeting.</source>
        <translation>复制到剪贴板以便发微信，并记为一条关怀问候。</translation>
    </message>
    <message>
        <location filename="../../visit_dialogs.py" line="183"/>
        <source>Copy and log</source>
        <translation>复制并记录</translation>
    </message>
    <message>
        <location filename="../../visit_dialogs.py" line="192"/>
        <source>The greeting is empty.</source>
        <translation>问候内容为空。</translation>
    </message>
</context>
<context>
    <name>GrowthPage</name>
    <message>
        <location filename="../../growth_page.py" line="27"/>
        <source>Opportunities</source>
        <translation>销售机会</translation>
    </message>
    <message>
        <location filename="../../growth_page.py" line="28"/>
        <source>Referrals</source>
        <translation>转介绍</translation>
    </message>
    <message>
        <location filename="../../growth_page.py" line="29"/>
        <source>Handoffs</source>
        <translation>交接</translation>
    </message>
    <message>
        <location filename="../../growth_page.py" line="30"/>
        <source>Products</source>
        <translation>产品</translation>
    </message>
</context>
<context>
    <name>HandoffDialog</name>
    <message>
        <location filename="../../handoff_dialog.py" line="41"/>
        <location filename="../../handoff_dialog.py" line="177"/>
        <source>Handoff checklist</source>
        <translation>交接清单</translation>
    </message>
    <message>
        <location filename="../../handoff_dialog.py" line="50"/>
        <source>Hand “{0}” over to delivery and customer success. Items the records already show are ticked; tick the rest when done.</source>
        <translation>将“{0}”移交给交付和客户成功团队。记录中已能确认的项目已勾选；其余项目完成后再勾选。</translation>
    </message>
    <message>
        <location filename="../../handoff_dialog.py" line="57"/>
        <source>Checklist</source>
        <translation>交接清单</translation>
    </message>
    <message>
        <location filename="../../handoff_dialog.py" line="65"/>
        <source>Shown by the records</source>
        <translation>记录已能确认</translation>
    </message>
    <message>
        <location filename="../../handoff_dialog.py" line="66"/>
        <source>{0} (from records)</source>
        <translation>{0}（据记录）</translation>
    </message>
    <message>
        <location filename="../../handoff_dialog.py" line="75"/>
        <source>Promises made</source>
        <translation>对客户的承诺</translation>
    </message>
    <message>
        <location filename="../../handoff_dialog.py" line="83"/>
        <source>Copy summary</source>
        <translation>复制交接单</translation>
    </message>
    <message>
        <location filename="../../handoff_dialog.py" line="85"/>
        <source>Export text…</source>
        <translation>导出文本…</translation>
    </message>
    <message>
        <location filename="../../handoff_dialog.py" line="87"/>
        <source>Export PDF…</source>
        <translation>导出 PDF…</translation>
    </message>
    <message>
        <location filename="../../handoff_dialog.py" line="97"/>
        <source>One-page summary</source>
        <translation>一页交接单</translation>
    </message>
    <message>
        <location filename="../../handoff_dialog.py" line="142"/>
        <source>Copied — paste it into WeChat or an e-mail</source>
        <translation>已复制——可粘贴到微信或邮件</translation>
    </message>
    <message>
        <location filename="../../handoff_dialog.py" line="145"/>
        <source>Export handoff summary</source>
        <translation>导出交接单</translation>
    </message>
    <message>
        <location filename="../../handoff_dialog.py" line="149"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../handoff_dialog.py" line="149"/>
        <source>Text (*.txt)</source>
        <translation>文本 (*.txt)</translation>
    </message>
    <message>
        <location filename="../../handoff_dialog.py" line="167"/>
        <source>Could not write {0}: {1}</source>
        <translation>无法写入 {0}：{1}</translation>
    </message>
    <message>
        <location filename="../../handoff_dialog.py" line="171"/>
        <source>Saved {0}</source>
        <translation>已保存 {0}</translation>
    </message>
    <message>
        <location filename="../../handoff_dialog.py" line="72"/>
        <source>Promises made to the customer (delivery dates, training, discounts…)</source>
        <translation>对客户的承诺（交付时间、培训、优惠…）</translation>
    </message>
</context>
<context>
    <name>HandoffTableModel</name>
    <message>
        <location filename="../../handoff_view.py" line="36"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../handoff_view.py" line="37"/>
        <source>Deal</source>
        <translation>商机</translation>
    </message>
    <message>
        <location filename="../../handoff_view.py" line="38"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../handoff_view.py" line="39"/>
        <source>Won on</source>
        <translation>赢单日期</translation>
    </message>
    <message>
        <location filename="../../handoff_view.py" line="40"/>
        <source>Checklist</source>
        <translation>交接清单</translation>
    </message>
    <message>
        <location filename="../../handoff_view.py" line="62"/>
        <source>{0} of {1} done</source>
        <translation>已完成 {0}/{1}</translation>
    </message>
</context>
<context>
    <name>HandoffView</name>
    <message>
        <location filename="../../handoff_view.py" line="81"/>
        <source>No handoffs to do</source>
        <translation>没有待办的交接</translation>
    </message>
    <message>
        <location filename="../../handoff_view.py" line="83"/>
        <source>When you win a deal, its handoff to delivery waits here until every item of the checklist is ticked.</source>
        <translation>赢单后，交接事项会留在这里，直到清单全部勾选。</translation>
    </message>
    <message>
        <location filename="../../handoff_view.py" line="93"/>
        <source>Open checklist</source>
        <translation>打开交接清单</translation>
    </message>
    <message>
        <location filename="../../handoff_view.py" line="110"/>
        <source>{0} open handoffs</source>
        <translation>{0} 个待办交接</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../import_result.py" line="35"/>
        <source>Row</source>
        <translation>行号</translation>
    </message>
    <message>
        <location filename="../../import_result.py" line="36"/>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../../import_result.py" line="37"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../import_result.py" line="61"/>
        <source>Created {0} · updated {1} · unchanged {2} · conflicts {3} · rejected rows {4}</source>
        <translation>新建 {0} · 更新 {1} · 未变 {2} · 冲突 {3} · 被拒绝的行 {4}</translation>
    </message>
    <message>
        <location filename="../../import_result.py" line="72"/>
        <source>{0}: {1} new, {2} updated</source>
        <translation>{0}：新建 {1}，更新 {2}</translation>
    </message>
    <message>
        <location filename="../../import_result.py" line="78"/>
        <source> and {0} more</source>
        <translation> 等另外 {0} 个</translation>
    </message>
    <message>
        <location filename="../../import_result.py" line="83"/>
        <source>New customers made for rows that named them: {0}</source>
        <translation>为引用了不存在客户的行新建了客户：{0}</translation>
    </message>
    <message>
        <location filename="../../import_result.py" line="89"/>
        <source>{0} repeated rows merged into earlier ones</source>
        <translation>{0} 行重复数据已合并到前面的行</translation>
    </message>
    <message>
        <location filename="../../import_wizard.py" line="47"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
</context>
<context>
    <name>InsightsView</name>
    <message>
        <location filename="../../insights_view.py" line="65"/>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <location filename="../../insights_view.py" line="65"/>
        <source>This quarter</source>
        <translation>本季度</translation>
    </message>
    <message>
        <location filename="../../insights_view.py" line="65"/>
        <source>This year</source>
        <translation>本年</translation>
    </message>
    <message>
        <location filename="../../insights_view.py" line="66"/>
        <source>Custom…</source>
        <translation>自定义…</translation>
    </message>
    <message>
        <location filename="../../insights_view.py" line="76"/>
        <source>All reps</source>
        <translation>全部销售</translation>
    </message>
    <message>
        <location filename="../../insights_view.py" line="77"/>
        <source>Export report…</source>
        <translation>导出报表…</translation>
    </message>
    <message>
        <location filename="../../insights_view.py" line="80"/>
        <source>Period</source>
        <translation>周期</translation>
    </message>
    <message>
        <location filename="../../insights_view.py" line="85"/>
        <source>Rep</source>
        <translation>销售</translation>
    </message>
    <message>
        <location filename="../../insights_view.py" line="110"/>
        <source>Funnel</source>
        <translation>销售漏斗</translation>
    </message>
    <message>
        <location filename="../../insights_view.py" line="111"/>
        <source>Stage durations</source>
        <translation>阶段停留时长</translation>
    </message>
    <message>
        <location filename="../../insights_view.py" line="112"/>
        <source>Process map</source>
        <translation>流程图</translation>
    </message>
    <message>
        <location filename="../../insights_view.py" line="113"/>
        <source>Forecast</source>
        <translation>成交预测</translation>
    </message>
    <message>
        <location filename="../../insights_view.py" line="114"/>
        <source>Receivables</source>
        <translation>回款</translation>
    </message>
    <message>
        <location filename="../../insights_view.py" line="115"/>
        <source>Activity</source>
        <translation>跟进活动</translation>
    </message>
    <message>
        <location filename="../../insights_view.py" line="116"/>
        <source>Lost reasons</source>
        <translation>输单原因</translation>
    </message>
    <message>
        <location filename="../../insights_view.py" line="117"/>
        <source>Goals</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../../insights_view.py" line="118"/>
        <source>Per rep</source>
        <translation>销售对比</translation>
    </message>
    <message>
        <location filename="../../insights_view.py" line="124"/>
        <source>Insights</source>
        <translation>数据洞察</translation>
    </message>
    <message>
        <location filename="../../insights_view.py" line="173"/>
        <source>Computing…</source>
        <translation>正在计算…</translation>
    </message>
    <message>
        <location filename="../../insights_view.py" line="225"/>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <location filename="../../insights_view.py" line="229"/>
        <source>No deal moved in this period yet.</source>
        <translation>本期还没有商机推进。</translation>
    </message>
    <message>
        <location filename="../../insights_view.py" line="256"/>
        <source>Open pipeline</source>
        <translation>进行中管道金额</translation>
    </message>
    <message>
        <location filename="../../insights_view.py" line="257"/>
        <source>Weighted pipeline</source>
        <translation>加权管道金额</translation>
    </message>
    <message>
        <location filename="../../insights_view.py" line="258"/>
        <source>Win rate</source>
        <translation>赢单率</translation>
    </message>
    <message>
        <location filename="../../insights_view.py" line="260"/>
        <source>Median sales cycle</source>
        <translation>成交周期中位数</translation>
    </message>
    <message>
        <location filename="../../insights_view.py" line="261"/>
        <source>%1 days</source>
        <translation>%1 天</translation>
    </message>
    <message>
        <location filename="../../insights_view.py" line="263"/>
        <source>Overdue receivables</source>
        <translation>逾期回款</translation>
    </message>
    <message>
        <location filename="../../insights_view.py" line="265"/>
        <source>On-time collection</source>
        <translation>按时回款率</translation>
    </message>
</context>
<context>
    <name>LeadScoreDialog</name>
    <message>
        <location filename="../../lead_score_dialog.py" line="37"/>
        <source>Industry in the ICP list</source>
        <translation>行业属于理想客户画像</translation>
    </message>
    <message>
        <location filename="../../lead_score_dialog.py" line="38"/>
        <source>Company size in the ICP list</source>
        <translation>公司规模属于理想客户画像</translation>
    </message>
    <message>
        <location filename="../../lead_score_dialog.py" line="39"/>
        <source>Region or city in the ICP list</source>
        <translation>地区或城市属于理想客户画像</translation>
    </message>
    <message>
        <location filename="../../lead_score_dialog.py" line="40"/>
        <source>Lead source in the good-sources list</source>
        <translation>线索来源属于优质来源</translation>
    </message>
    <message>
        <location filename="../../lead_score_dialog.py" line="41"/>
        <source>Engagement (activities in the last 30 days)</source>
        <translation>活跃度（近 30 天跟进次数）</translation>
    </message>
    <message>
        <location filename="../../lead_score_dialog.py" line="44"/>
        <source>Budget known</source>
        <translation>预算已知</translation>
    </message>
    <message>
        <location filename="../../lead_score_dialog.py" line="108"/>
        <source>Lead scoring</source>
        <translation>线索评分</translation>
    </message>
    <message>
        <location filename="../../lead_score_dialog.py" line="115"/>
        <source>Weights (points out of 100)</source>
        <translation>权重（满分 100）</translation>
    </message>
    <message>
        <location filename="../../lead_score_dialog.py" line="126"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../lead_score_dialog.py" line="130"/>
        <source> activities</source>
        <translation> 次跟进</translation>
    </message>
    <message>
        <location filename="../../lead_score_dialog.py" line="131"/>
        <source>Full engagement at</source>
        <translation>活跃度满分需</translation>
    </message>
    <message>
        <location filename="../../lead_score_dialog.py" line="134"/>
        <source>A lead earns a factor&apos;s points when it matches; engagement earns them in proportion up to the target.</source>
        <translation>线索符合某项条件即得该项分数；活跃度按跟进次数比例得分，达到目标即满分。</translation>
    </message>
    <message>
        <location filename="../../lead_score_dialog.py" line="144"/>
        <source>Ideal customer profile (ICP)</source>
        <translation>理想客户画像（ICP）</translation>
    </message>
    <message>
        <location filename="../../lead_score_dialog.py" line="148"/>
        <source>Industries</source>
        <translation>行业</translation>
    </message>
    <message>
        <location filename="../../lead_score_dialog.py" line="149"/>
        <source>Company sizes</source>
        <translation>公司规模</translation>
    </message>
    <message>
        <location filename="../../lead_score_dialog.py" line="150"/>
        <source>Regions / cities</source>
        <translation>地区/城市</translation>
    </message>
    <message>
        <location filename="../../lead_score_dialog.py" line="151"/>
        <source>Good lead sources</source>
        <translation>优质线索来源</translation>
    </message>
    <message>
        <location filename="../../lead_score_dialog.py" line="181"/>
        <source>{0} / 100</source>
        <translation>{0} / 100</translation>
    </message>
</context>
<context>
    <name>LoseDialog</name>
    <message>
        <location filename="../../gate_dialog.py" line="274"/>
        <source>Mark deal lost</source>
        <translation>标记输单</translation>
    </message>
    <message>
        <location filename="../../gate_dialog.py" line="277"/>
        <source>Why was “{0}” lost? The reason feeds the lost-reasons report.</source>
        <translation>「{0}」为什么输单？原因会计入输单原因分析。</translation>
    </message>
    <message>
        <location filename="../../gate_dialog.py" line="278"/>
        <source>Mark lost</source>
        <translation>标记输单</translation>
    </message>
</context>
<context>
    <name>LostReasonPicker</name>
    <message>
        <location filename="../../lost_reason_picker.py" line="17"/>
        <source>Choose a reason…</source>
        <translation>请选择原因…</translation>
    </message>
    <message>
        <location filename="../../lost_reason_picker.py" line="21"/>
        <source>Why was the deal lost?</source>
        <translation>为什么输单？</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../main_window.py" line="50"/>
        <source>RepBook — {0}</source>
        <translation>RepBook — {0}</translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="111"/>
        <source>Pipeline</source>
        <translation>销售管道</translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="112"/>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="113"/>
        <source>Calendar</source>
        <translation>拜访日程</translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="114"/>
        <source>Playbook</source>
        <translation>销售话术</translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="115"/>
        <source>Insights</source>
        <translation>数据洞察</translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="116"/>
        <source>Growth</source>
        <translation>增长机会</translation>
    </message>
    <message numerus="yes">
        <location filename="../../main_window.py" line="197"/>
        <source>%Ln customers</source>
        <translation>
            <numerusform>%Ln 个客户</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../main_window.py" line="198"/>
        <source>%Ln open deals</source>
        <translation>
            <numerusform>%Ln 个进行中商机</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../main_window.py" line="199"/>
        <source>%Ln visits overdue</source>
        <translation>
            <numerusform>%Ln 个拜访已逾期</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="205"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="206"/>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="209"/>
        <source>Import a spreadsheet (CSV/XLSX) or an export bundle</source>
        <translation>导入表格（CSV/XLSX）或导出包</translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="212"/>
        <source>&amp;Export bundle…</source>
        <translation>导出数据包(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="215"/>
        <source>&amp;New customer…</source>
        <translation>新建客户(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="222"/>
        <source>&amp;Back up now</source>
        <translation>立即备份(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="226"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="232"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="233"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="236"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="241"/>
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="250"/>
        <source>&amp;Deals</source>
        <translation>商机(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="268"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="276"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="282"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="283"/>
        <source>&amp;About RepBook</source>
        <translation>关于 RepBook(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="297"/>
        <source>New customer “{0}”</source>
        <translation>新建客户“{0}”</translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="299"/>
        <source>{0} — Ctrl+Z to undo</source>
        <translation>{0} — 按 Ctrl+Z 撤销</translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="334"/>
        <source>Back up now</source>
        <translation>立即备份</translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="336"/>
        <source>Backup written to {0}</source>
        <translation>备份已保存到 {0}</translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="341"/>
        <source>About RepBook</source>
        <translation>关于 RepBook</translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="343"/>
        <source>&lt;b&gt;RepBook {0}&lt;/b&gt;&lt;br&gt;An offline CRM for B2B sales reps: pipeline, customers, visits, playbook and insights, all on this computer.</source>
        <translation>&lt;b&gt;RepBook {0}&lt;/b&gt;&lt;br&gt;面向 B2B 销售的离线 CRM：销售管道、客户、拜访、话术与数据洞察，数据全部保存在本机。</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../import_pages.py" line="197"/>
        <source>Check the columns</source>
        <translation>核对列的对应关系</translation>
    </message>
    <message>
        <location filename="../../import_pages.py" line="200"/>
        <source>RepBook guessed which field each column fills. Correct any guess; columns set to “Ignore” are not imported.</source>
        <translation>RepBook 已猜测每一列对应的字段，如有不对请修改；设为“忽略”的列不会导入。</translation>
    </message>
    <message>
        <location filename="../../import_pages.py" line="206"/>
        <source>Column in the file</source>
        <translation>文件中的列</translation>
    </message>
    <message>
        <location filename="../../import_pages.py" line="206"/>
        <source>Sample values</source>
        <translation>示例数据</translation>
    </message>
    <message>
        <location filename="../../import_pages.py" line="206"/>
        <source>Import as</source>
        <translation>导入为</translation>
    </message>
    <message>
        <location filename="../../import_pages.py" line="226"/>
        <source>Ignore</source>
        <translation>忽略</translation>
    </message>
    <message>
        <location filename="../../import_pages.py" line="258"/>
        <source>Choose a column for: {0}</source>
        <translation>请为以下字段选择一列：{0}</translation>
    </message>
</context>
<context>
    <name>NewContactDialog</name>
    <message>
        <location filename="../../deal_pickers.py" line="47"/>
        <source>New contact</source>
        <translation>新建联系人</translation>
    </message>
    <message>
        <location filename="../../deal_pickers.py" line="58"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../deal_pickers.py" line="59"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../deal_pickers.py" line="60"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
</context>
<context>
    <name>OpportunitiesView</name>
    <message>
        <location filename="../../opportunities_view.py" line="42"/>
        <source>Cross-sell and up-sell</source>
        <translation>交叉销售和升级</translation>
    </message>
    <message>
        <location filename="../../opportunities_view.py" line="46"/>
        <source>All tiers</source>
        <translation>全部等级</translation>
    </message>
    <message>
        <location filename="../../opportunities_view.py" line="48"/>
        <source>Tier {0}</source>
        <translation>{0} 类客户</translation>
    </message>
    <message>
        <location filename="../../opportunities_view.py" line="53"/>
        <location filename="../../opportunities_view.py" line="76"/>
        <source>Recompute</source>
        <translation>重新计算</translation>
    </message>
    <message>
        <location filename="../../opportunities_view.py" line="55"/>
        <source>Recompute every customer&apos;s suggestions now (they are also refreshed daily)</source>
        <translation>立即重新计算所有客户的推荐（每天也会自动刷新）</translation>
    </message>
    <message>
        <location filename="../../opportunities_view.py" line="58"/>
        <source>Create deal</source>
        <translation>创建商机</translation>
    </message>
    <message>
        <location filename="../../opportunities_view.py" line="70"/>
        <source>No opportunities yet</source>
        <translation>暂无销售机会</translation>
    </message>
    <message>
        <location filename="../../opportunities_view.py" line="72"/>
        <source>Cross-sell and up-sell suggestions appear once customers have orders with products from the catalogue. Import orders or record won deals, then recompute.</source>
        <translation>客户有了包含目录产品的订单后，交叉销售和升级推荐就会出现。请导入订单或录入赢单，然后重新计算。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../opportunities_view.py" line="112"/>
        <source>%Ln opportunities</source>
        <translation>
            <numerusform>%Ln 个销售机会</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../opportunities_view.py" line="142"/>
        <source>Deal for {0} created in the lead stage — Ctrl+Z undoes it</source>
        <translation>已为{0}在线索阶段创建商机——按 Ctrl+Z 撤销</translation>
    </message>
    <message>
        <location filename="../../opportunities_view.py" line="152"/>
        <source>Recomputing suggestions…</source>
        <translation>正在重新计算推荐…</translation>
    </message>
    <message>
        <location filename="../../opportunities_view.py" line="166"/>
        <source>Recomputing suggestions… {0}%</source>
        <translation>正在重新计算推荐… {0}%</translation>
    </message>
</context>
<context>
    <name>PersonaCard</name>
    <message>
        <location filename="../../personas_view.py" line="47"/>
        <source>Tier {0}</source>
        <translation>{0} 类客户</translation>
    </message>
    <message numerus="yes">
        <location filename="../../personas_view.py" line="49"/>
        <source>%Ln customers</source>
        <translation>
            <numerusform>%Ln 个客户</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../personas_view.py" line="53"/>
        <source>{0} of 12-month revenue ({1})</source>
        <translation>占近 12 个月销售额 {0}（{1}）</translation>
    </message>
</context>
<context>
    <name>Personas</name>
    <message>
        <location filename="../../personas_view.py" line="88"/>
        <location filename="../../personas_view.py" line="92"/>
        <source>{0} {1}</source>
        <translation>{0} {1}</translation>
    </message>
    <message>
        <location filename="../../personas_view.py" line="95"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../../personas_view.py" line="99"/>
        <location filename="../../personas_view.py" line="161"/>
        <source>Industries</source>
        <translation>行业</translation>
    </message>
    <message>
        <location filename="../../personas_view.py" line="101"/>
        <location filename="../../personas_view.py" line="162"/>
        <source>Typical order</source>
        <translation>典型订单金额</translation>
    </message>
    <message>
        <location filename="../../personas_view.py" line="105"/>
        <location filename="../../personas_view.py" line="163"/>
        <source>Buys every</source>
        <translation>采购间隔</translation>
    </message>
    <message>
        <location filename="../../personas_view.py" line="106"/>
        <source>{0} days</source>
        <translation>{0} 天</translation>
    </message>
    <message>
        <location filename="../../personas_view.py" line="112"/>
        <location filename="../../personas_view.py" line="164"/>
        <source>Reached by</source>
        <translation>常用沟通方式</translation>
    </message>
</context>
<context>
    <name>PersonasView</name>
    <message>
        <location filename="../../personas_view.py" line="135"/>
        <source>Customer personas</source>
        <translation>客户画像</translation>
    </message>
    <message>
        <location filename="../../personas_view.py" line="138"/>
        <source>Who the customers of each tier and RFM segment are: how many, their share of revenue, their industries, a typical order, how often they buy (last 24 months) and how you reach them (follow-ups of the last 12 months).</source>
        <translation>各等级、各 RFM 分群的客户是什么样的：数量、销售额占比、所属行业、典型订单金额、采购间隔（近 24 个月）以及常用沟通方式（近 12 个月的跟进记录）。</translation>
    </message>
    <message>
        <location filename="../../personas_view.py" line="146"/>
        <source>Recalculate</source>
        <translation>重新计算</translation>
    </message>
    <message>
        <location filename="../../personas_view.py" line="158"/>
        <source>RFM segment</source>
        <translation>RFM 分群</translation>
    </message>
    <message>
        <location filename="../../personas_view.py" line="159"/>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../personas_view.py" line="160"/>
        <source>Revenue share</source>
        <translation>销售额占比</translation>
    </message>
    <message>
        <location filename="../../personas_view.py" line="179"/>
        <source>By RFM segment</source>
        <translation>按 RFM 分群</translation>
    </message>
    <message>
        <location filename="../../personas_view.py" line="182"/>
        <source>No personas yet</source>
        <translation>暂无客户画像</translation>
    </message>
    <message>
        <location filename="../../personas_view.py" line="183"/>
        <source>Personas appear once customers have orders. Import orders or add one.</source>
        <translation>客户有订单后即可生成画像。请导入订单或新增一笔订单。</translation>
    </message>
    <message>
        <location filename="../../personas_view.py" line="199"/>
        <source>Calculating…</source>
        <translation>正在计算…</translation>
    </message>
</context>
<context>
    <name>PipelineBoard</name>
    <message>
        <location filename="../../pipeline_board.py" line="138"/>
        <source>&amp;New deal…</source>
        <translation>新建商机(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../pipeline_board.py" line="141"/>
        <source>&amp;Edit deal…</source>
        <translation>编辑商机(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../pipeline_board.py" line="144"/>
        <source>&amp;Delete deal</source>
        <translation>删除商机(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../pipeline_board.py" line="147"/>
        <source>Move to next stage</source>
        <translation>移到下一阶段</translation>
    </message>
    <message>
        <location filename="../../pipeline_board.py" line="150"/>
        <source>Move to previous stage</source>
        <translation>移回上一阶段</translation>
    </message>
    <message>
        <location filename="../../pipeline_board.py" line="153"/>
        <source>Mark &amp;won…</source>
        <translation>标记赢单(&amp;W)…</translation>
    </message>
    <message>
        <location filename="../../pipeline_board.py" line="156"/>
        <source>Mark &amp;lost…</source>
        <translation>标记输单(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../../pipeline_board.py" line="159"/>
        <source>Pipeline &amp;stages…</source>
        <translation>销售阶段设置(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../pipeline_board.py" line="162"/>
        <source>&amp;Lead scoring…</source>
        <translation>线索评分设置(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../../pipeline_board.py" line="174"/>
        <source>By score</source>
        <translation>按评分</translation>
    </message>
    <message>
        <location filename="../../pipeline_board.py" line="175"/>
        <source>Sort leads by lead score</source>
        <translation>线索按评分排序</translation>
    </message>
    <message>
        <location filename="../../pipeline_board.py" line="226"/>
        <source>No deals in this stage — drag one here or press Ctrl+N</source>
        <translation>此阶段暂无商机 — 拖一张卡片到这里，或按 Ctrl+N 新建</translation>
    </message>
    <message>
        <location filename="../../pipeline_board.py" line="230"/>
        <source>Win probability of this stage</source>
        <translation>本阶段赢率</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pipeline_board.py" line="281"/>
        <source>%Ln open deals · {0} in pipeline · {1} weighted forecast</source>
        <translation>
            <numerusform>进行中商机 %Ln 个 · 漏斗金额 {0} · 加权预测 {1}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pipeline_board.py" line="362"/>
        <source>Move to</source>
        <translation>移到</translation>
    </message>
    <message>
        <location filename="../../pipeline_board.py" line="368"/>
        <source>Log follow-up…</source>
        <translation>记录跟进…</translation>
    </message>
    <message>
        <location filename="../../pipeline_board.py" line="113"/>
        <source>{0} — Ctrl+Z to undo</source>
        <translation>{0} — 按 Ctrl+Z 撤销</translation>
    </message>
</context>
<context>
    <name>PipelineFilters</name>
    <message>
        <location filename="../../pipeline_filters.py" line="49"/>
        <source>Open</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location filename="../../pipeline_filters.py" line="49"/>
        <source>Won</source>
        <translation>赢单</translation>
    </message>
    <message>
        <location filename="../../pipeline_filters.py" line="49"/>
        <source>Lost</source>
        <translation>输单</translation>
    </message>
    <message>
        <location filename="../../pipeline_filters.py" line="60"/>
        <source>Filter by customer or title (pinyin works: hzyq)</source>
        <translation>按客户或商机名称筛选（支持拼音，如 hzyq）</translation>
    </message>
    <message>
        <location filename="../../pipeline_filters.py" line="66"/>
        <source>All tiers</source>
        <translation>全部等级</translation>
    </message>
    <message>
        <location filename="../../pipeline_filters.py" line="68"/>
        <source>Tier {0}</source>
        <translation>{0} 类客户</translation>
    </message>
    <message>
        <location filename="../../pipeline_filters.py" line="71"/>
        <source>Largest amount</source>
        <translation>金额从高到低</translation>
    </message>
    <message>
        <location filename="../../pipeline_filters.py" line="72"/>
        <source>Newest in stage</source>
        <translation>最近进入阶段</translation>
    </message>
    <message>
        <location filename="../../pipeline_filters.py" line="73"/>
        <source>Longest in stage</source>
        <translation>停留时间最长</translation>
    </message>
    <message>
        <location filename="../../pipeline_filters.py" line="74"/>
        <source>Closing soonest</source>
        <translation>预计成交最早</translation>
    </message>
    <message>
        <location filename="../../pipeline_filters.py" line="77"/>
        <source>Stalled only</source>
        <translation>只看停滞</translation>
    </message>
    <message>
        <location filename="../../pipeline_filters.py" line="123"/>
        <source>All owners</source>
        <translation>全部负责人</translation>
    </message>
    <message>
        <location filename="../../pipeline_filters.py" line="129"/>
        <source>Any close month</source>
        <translation>任意成交月份</translation>
    </message>
</context>
<context>
    <name>PlanVisitDialog</name>
    <message>
        <location filename="../../visit_dialogs.py" line="110"/>
        <source>Plan a visit</source>
        <translation>安排拜访</translation>
    </message>
    <message>
        <location filename="../../visit_dialogs.py" line="112"/>
        <source>Name, pinyin initials or phone</source>
        <translation>名称、拼音首字母或电话</translation>
    </message>
    <message>
        <location filename="../../visit_dialogs.py" line="121"/>
        <source>What to bring up</source>
        <translation>要沟通的事项</translation>
    </message>
    <message>
        <location filename="../../visit_dialogs.py" line="126"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../visit_dialogs.py" line="128"/>
        <source>Day</source>
        <translation>当日</translation>
    </message>
    <message>
        <location filename="../../visit_dialogs.py" line="129"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../visit_dialogs.py" line="130"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../visit_dialogs.py" line="161"/>
        <source>Choose the customer to visit.</source>
        <translation>请选择要拜访的客户。</translation>
    </message>
</context>
<context>
    <name>PlaybookBrowser</name>
    <message>
        <location filename="../../playbook_page.py" line="89"/>
        <source>Search the playbook: Chinese, pinyin (jgtg) or English</source>
        <translation>搜索话术：中文、拼音（如 jgtg）或英文</translation>
    </message>
    <message>
        <location filename="../../playbook_page.py" line="95"/>
        <source>Show retired</source>
        <translation>显示已停用</translation>
    </message>
    <message>
        <location filename="../../playbook_page.py" line="97"/>
        <location filename="../../playbook_page.py" line="126"/>
        <source>New entry…</source>
        <translation>新建条目…</translation>
    </message>
    <message>
        <location filename="../../playbook_page.py" line="111"/>
        <source>Entry</source>
        <translation>条目</translation>
    </message>
    <message>
        <location filename="../../playbook_page.py" line="111"/>
        <source>Group</source>
        <translation>分类</translation>
    </message>
    <message>
        <location filename="../../playbook_page.py" line="111"/>
        <source>Uses</source>
        <translation>次数</translation>
    </message>
    <message>
        <location filename="../../playbook_page.py" line="111"/>
        <source>Helped</source>
        <translation>有用</translation>
    </message>
    <message>
        <location filename="../../playbook_page.py" line="122"/>
        <source>No entries match</source>
        <translation>没有匹配的条目</translation>
    </message>
    <message>
        <location filename="../../playbook_page.py" line="123"/>
        <source>Try fewer words, pinyin initials, or add your own entry.</source>
        <translation>试试少输几个字、用拼音首字母，或添加自己的条目。</translation>
    </message>
    <message>
        <location filename="../../playbook_page.py" line="131"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../playbook_page.py" line="133"/>
        <location filename="../../playbook_page.py" line="266"/>
        <source>Retire</source>
        <translation>停售</translation>
    </message>
    <message>
        <location filename="../../playbook_page.py" line="134"/>
        <source>Hide it from the lists; its usage is kept</source>
        <translation>从列表中隐藏，使用记录保留</translation>
    </message>
    <message>
        <location filename="../../playbook_page.py" line="138"/>
        <source>Copied</source>
        <translation>已复制</translation>
    </message>
    <message>
        <location filename="../../playbook_page.py" line="168"/>
        <source>All entries</source>
        <translation>全部条目</translation>
    </message>
    <message>
        <location filename="../../playbook_page.py" line="233"/>
        <source>{0} (retired)</source>
        <translation>{0}（已停用）</translation>
    </message>
    <message>
        <location filename="../../playbook_page.py" line="266"/>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location filename="../../playbook_page.py" line="296"/>
        <source>Restore “{0}”</source>
        <translation>恢复“{0}”</translation>
    </message>
    <message>
        <location filename="../../playbook_page.py" line="299"/>
        <source>Retire “{0}”</source>
        <translation>停售“{0}”</translation>
    </message>
    <message>
        <location filename="../../playbook_page.py" line="301"/>
        <source>Retired — Ctrl+Z to undo</source>
        <translation>已停用 — 按 Ctrl+Z 撤销</translation>
    </message>
</context>
<context>
    <name>PlaybookDetail</name>
    <message>
        <location filename="../../playbook_detail.py" line="45"/>
        <source>Not used yet</source>
        <translation>尚未使用</translation>
    </message>
    <message>
        <location filename="../../playbook_detail.py" line="46"/>
        <source>Used {0}×</source>
        <translation>用过 {0} 次</translation>
    </message>
    <message>
        <location filename="../../playbook_detail.py" line="49"/>
        <source>{0} helped</source>
        <translation>{0} 有用</translation>
    </message>
</context>
<context>
    <name>PlaybookDock</name>
    <message>
        <location filename="../../playbook_panel.py" line="298"/>
        <source>Playbook</source>
        <translation>销售话术</translation>
    </message>
    <message>
        <location filename="../../playbook_panel.py" line="312"/>
        <source>Playbook &amp;panel</source>
        <translation>话术面板(&amp;P)</translation>
    </message>
</context>
<context>
    <name>PlaybookPage</name>
    <message>
        <location filename="../../playbook_page.py" line="316"/>
        <source>Scripts</source>
        <translation>话术</translation>
    </message>
    <message>
        <location filename="../../playbook_page.py" line="317"/>
        <source>Message templates</source>
        <translation>消息模板</translation>
    </message>
    <message>
        <location filename="../../playbook_page.py" line="318"/>
        <source>Complaints</source>
        <translation>投诉</translation>
    </message>
</context>
<context>
    <name>PlaybookPanel</name>
    <message>
        <location filename="../../playbook_panel.py" line="42"/>
        <source>SOP</source>
        <translation>SOP</translation>
    </message>
    <message>
        <location filename="../../playbook_panel.py" line="43"/>
        <source>SPIN</source>
        <translation>SPIN</translation>
    </message>
    <message>
        <location filename="../../playbook_panel.py" line="44"/>
        <source>Objections</source>
        <translation>异议</translation>
    </message>
    <message>
        <location filename="../../playbook_panel.py" line="45"/>
        <source>Closing</source>
        <translation>成交</translation>
    </message>
    <message>
        <location filename="../../playbook_panel.py" line="84"/>
        <source>Follow stage</source>
        <translation>跟随阶段</translation>
    </message>
    <message>
        <location filename="../../playbook_panel.py" line="85"/>
        <source>Show what the selected deal&apos;s stage needs</source>
        <translation>按所选商机的阶段显示需要的内容</translation>
    </message>
    <message>
        <location filename="../../playbook_panel.py" line="94"/>
        <source>Pin the panel to this section</source>
        <translation>把面板固定在这一栏</translation>
    </message>
    <message>
        <location filename="../../playbook_panel.py" line="109"/>
        <source>Nothing here yet</source>
        <translation>这里还没有内容</translation>
    </message>
    <message>
        <location filename="../../playbook_panel.py" line="110"/>
        <source>Add entries on the Playbook page; they show here for this stage.</source>
        <translation>在“销售话术”页添加条目后，会按阶段显示在这里。</translation>
    </message>
    <message>
        <location filename="../../playbook_panel.py" line="113"/>
        <source>Copied — paste it in WeChat</source>
        <translation>已复制，可直接粘贴到微信</translation>
    </message>
    <message>
        <location filename="../../playbook_panel.py" line="201"/>
        <source>No deal selected</source>
        <translation>未选择商机</translation>
    </message>
    <message>
        <location filename="../../playbook_panel.py" line="203"/>
        <source>Select a deal on the board; the panel follows its stage.</source>
        <translation>在看板上选中商机，面板会按它的阶段显示内容。</translation>
    </message>
    <message>
        <location filename="../../playbook_panel.py" line="209"/>
        <source>Stage: {0} — suggested: {1}</source>
        <translation>阶段：{0} — 建议：{1}</translation>
    </message>
</context>
<context>
    <name>ProcessMapView</name>
    <message>
        <location filename="../../charts/process_map.py" line="115"/>
        <source>{0}d</source>
        <comment>median days before a move</comment>
        <translation>{0}天</translation>
    </message>
</context>
<context>
    <name>ProductEditor</name>
    <message>
        <location filename="../../product_editor.py" line="29"/>
        <source>Edit product</source>
        <translation>编辑产品</translation>
    </message>
    <message>
        <location filename="../../product_editor.py" line="29"/>
        <source>New product</source>
        <translation>新建产品</translation>
    </message>
    <message>
        <location filename="../../product_editor.py" line="38"/>
        <source>e.g. 智能仓储管理系统</source>
        <translation>如 智能仓储管理系统</translation>
    </message>
    <message>
        <location filename="../../product_editor.py" line="43"/>
        <source>On sale (retired products stay on past orders)</source>
        <translation>在售（停售产品仍保留在历史订单中）</translation>
    </message>
    <message>
        <location filename="../../product_editor.py" line="48"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../product_editor.py" line="49"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../../product_editor.py" line="50"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../product_editor.py" line="51"/>
        <source>Family</source>
        <translation>产品系列</translation>
    </message>
    <message>
        <location filename="../../product_editor.py" line="52"/>
        <source>Edition rank</source>
        <translation>版本等级</translation>
    </message>
    <message>
        <location filename="../../product_editor.py" line="53"/>
        <location filename="../../product_editor.py" line="76"/>
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <location filename="../../product_editor.py" line="63"/>
        <source>Editions of one family rank from 0 (e.g. standard 0 &lt; professional 1 &lt; enterprise 2); up-sell suggests the next rank up.</source>
        <translation>同一系列的版本从 0 开始排级（如 标准版 0 &lt; 专业版 1 &lt; 企业版 2）；升级推荐会建议高一级的版本。</translation>
    </message>
    <message>
        <location filename="../../product_editor.py" line="97"/>
        <source>Edit product “{0}”</source>
        <translation>编辑产品“{0}”</translation>
    </message>
    <message>
        <location filename="../../product_editor.py" line="102"/>
        <source>New product “{0}”</source>
        <translation>新建产品“{0}”</translation>
    </message>
</context>
<context>
    <name>ProductTableModel</name>
    <message>
        <location filename="../../products_view.py" line="35"/>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <location filename="../../products_view.py" line="36"/>
        <source>Family</source>
        <translation>产品系列</translation>
    </message>
    <message>
        <location filename="../../products_view.py" line="37"/>
        <source>Edition rank</source>
        <translation>版本等级</translation>
    </message>
    <message>
        <location filename="../../products_view.py" line="38"/>
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <location filename="../../products_view.py" line="39"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../products_view.py" line="40"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../../products_view.py" line="41"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../products_view.py" line="55"/>
        <source>On sale</source>
        <translation>在售</translation>
    </message>
    <message>
        <location filename="../../products_view.py" line="57"/>
        <source>Retired</source>
        <translation>已停售</translation>
    </message>
</context>
<context>
    <name>ProductsView</name>
    <message>
        <location filename="../../products_view.py" line="85"/>
        <source>No products yet</source>
        <translation>暂无产品</translation>
    </message>
    <message>
        <location filename="../../products_view.py" line="87"/>
        <source>Add what you sell — each family in its editions with a price — so orders, cross-sell and up-sell can name them. Importing orders adds missing products.</source>
        <translation>添加您销售的产品——每个产品系列的各个版本及价格——订单、交叉销售和升级推荐才能引用它们。导入订单时会自动补充缺少的产品。</translation>
    </message>
    <message>
        <location filename="../../products_view.py" line="91"/>
        <location filename="../../products_view.py" line="95"/>
        <source>Add product</source>
        <translation>添加产品</translation>
    </message>
    <message>
        <location filename="../../products_view.py" line="97"/>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <location filename="../../products_view.py" line="99"/>
        <location filename="../../products_view.py" line="132"/>
        <source>Retire</source>
        <translation>停售</translation>
    </message>
    <message>
        <location filename="../../products_view.py" line="132"/>
        <source>Bring back</source>
        <translation>恢复在售</translation>
    </message>
    <message>
        <location filename="../../products_view.py" line="154"/>
        <source>Retire “{0}”</source>
        <translation>停售“{0}”</translation>
    </message>
    <message>
        <location filename="../../products_view.py" line="154"/>
        <source>Bring back “{0}”</source>
        <translation>恢复在售“{0}”</translation>
    </message>
</context>
<context>
    <name>ProfileForm</name>
    <message>
        <location filename="../../record_profile.py" line="66"/>
        <source>The customer who introduced them</source>
        <translation>介绍该客户的老客户</translation>
    </message>
    <message>
        <location filename="../../record_profile.py" line="73"/>
        <location filename="../../record_profile.py" line="77"/>
        <source>not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <location filename="../../record_profile.py" line="75"/>
        <source>{0} staff</source>
        <translation>{0} 人</translation>
    </message>
    <message>
        <location filename="../../record_profile.py" line="87"/>
        <source>Company name *</source>
        <translation>公司名称 *</translation>
    </message>
    <message>
        <location filename="../../record_profile.py" line="88"/>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <location filename="../../record_profile.py" line="89"/>
        <source>Company size</source>
        <translation>企业规模</translation>
    </message>
    <message>
        <location filename="../../record_profile.py" line="90"/>
        <source>Region / province</source>
        <translation>地区/省份</translation>
    </message>
    <message>
        <location filename="../../record_profile.py" line="91"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../../record_profile.py" line="92"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../record_profile.py" line="93"/>
        <source>Switchboard phone</source>
        <translation>总机电话</translation>
    </message>
    <message>
        <location filename="../../record_profile.py" line="94"/>
        <source>E-mail</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <location filename="../../record_profile.py" line="95"/>
        <source>Website</source>
        <translation>网站</translation>
    </message>
    <message>
        <location filename="../../record_profile.py" line="96"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../record_profile.py" line="97"/>
        <source>Founded</source>
        <translation>成立日期</translation>
    </message>
    <message>
        <location filename="../../record_profile.py" line="98"/>
        <source>First cooperation</source>
        <translation>首次合作</translation>
    </message>
    <message>
        <location filename="../../record_profile.py" line="99"/>
        <source>Referred by</source>
        <translation>推荐人</translation>
    </message>
    <message>
        <location filename="../../record_profile.py" line="100"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../record_profile.py" line="107"/>
        <source>Org structure</source>
        <translation>组织架构</translation>
    </message>
    <message>
        <location filename="../../record_profile.py" line="108"/>
        <source>Procurement process</source>
        <translation>采购流程</translation>
    </message>
    <message>
        <location filename="../../record_profile.py" line="116"/>
        <source>Preferred channel</source>
        <translation>偏好沟通渠道</translation>
    </message>
    <message>
        <location filename="../../record_profile.py" line="117"/>
        <source>Product preferences</source>
        <translation>产品偏好</translation>
    </message>
    <message>
        <location filename="../../record_profile.py" line="118"/>
        <source>Service preferences</source>
        <translation>服务偏好</translation>
    </message>
    <message>
        <location filename="../../record_profile.py" line="125"/>
        <source>Save changes</source>
        <translation>保存修改</translation>
    </message>
    <message>
        <location filename="../../record_profile.py" line="129"/>
        <source>Basic information</source>
        <translation>基础信息</translation>
    </message>
    <message>
        <location filename="../../record_profile.py" line="130"/>
        <source>Business information</source>
        <translation>业务信息</translation>
    </message>
    <message>
        <location filename="../../record_profile.py" line="131"/>
        <source>Preferences</source>
        <translation>偏好信息</translation>
    </message>
    <message>
        <location filename="../../record_profile.py" line="133"/>
        <source>Transactions and interactions (from orders and follow-ups)</source>
        <translation>交易与互动信息（来自订单与跟进记录）</translation>
    </message>
    <message>
        <location filename="../../record_profile.py" line="195"/>
        <source>never</source>
        <translation>从未联系</translation>
    </message>
    <message>
        <location filename="../../record_profile.py" line="197"/>
        <source>Revenue, last 12 months: {0}</source>
        <translation>近 12 个月营收：{0}</translation>
    </message>
    <message>
        <location filename="../../record_profile.py" line="198"/>
        <source>Orders, last 24 months: {0} ({1})</source>
        <translation>近 24 个月订单：{0} 笔（{1}）</translation>
    </message>
    <message>
        <location filename="../../record_profile.py" line="201"/>
        <source>Last order: {0}</source>
        <translation>最近下单：{0}</translation>
    </message>
    <message>
        <location filename="../../record_profile.py" line="202"/>
        <source>Receivable open: {0} · overdue: {1}</source>
        <translation>未回款：{0} · 已逾期：{1}</translation>
    </message>
    <message>
        <location filename="../../record_profile.py" line="205"/>
        <source>Last contact: {0}</source>
        <translation>最近联系：{0}</translation>
    </message>
    <message>
        <location filename="../../record_profile.py" line="206"/>
        <source>Follow-ups in 90 days: {0} (all time {1})</source>
        <translation>近 90 天跟进：{0} 次（累计 {1} 次）</translation>
    </message>
    <message>
        <location filename="../../record_profile.py" line="210"/>
        <source>Most used channel: {0}</source>
        <translation>最常用沟通方式：{0}</translation>
    </message>
    <message>
        <location filename="../../record_profile.py" line="211"/>
        <source>Next visit: {0}</source>
        <translation>下次拜访：{0}</translation>
    </message>
</context>
<context>
    <name>RecordLists</name>
    <message>
        <location filename="../../record_lists.py" line="96"/>
        <source>Deal</source>
        <translation>商机</translation>
    </message>
    <message>
        <location filename="../../record_lists.py" line="96"/>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../../record_lists.py" line="96"/>
        <location filename="../../record_lists.py" line="129"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../record_lists.py" line="96"/>
        <source>Close date</source>
        <translation>成交日期</translation>
    </message>
    <message>
        <location filename="../../record_lists.py" line="97"/>
        <source>No deals with this customer yet.</source>
        <translation>该客户还没有商机。</translation>
    </message>
    <message>
        <location filename="../../record_lists.py" line="118"/>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <location filename="../../record_lists.py" line="126"/>
        <source>Order date</source>
        <translation>下单日期</translation>
    </message>
    <message>
        <location filename="../../record_lists.py" line="127"/>
        <source>Order number</source>
        <translation>订单号</translation>
    </message>
    <message>
        <location filename="../../record_lists.py" line="128"/>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <location filename="../../record_lists.py" line="132"/>
        <source>No orders yet.</source>
        <translation>还没有订单。</translation>
    </message>
    <message>
        <location filename="../../record_lists.py" line="138"/>
        <source>Due date</source>
        <translation>到期日</translation>
    </message>
    <message>
        <location filename="../../record_lists.py" line="139"/>
        <source>Amount due</source>
        <translation>应收金额</translation>
    </message>
    <message>
        <location filename="../../record_lists.py" line="140"/>
        <location filename="../../record_lists.py" line="168"/>
        <source>Received</source>
        <translation>已回款</translation>
    </message>
    <message>
        <location filename="../../record_lists.py" line="141"/>
        <source>Received on</source>
        <translation>回款日期</translation>
    </message>
    <message>
        <location filename="../../record_lists.py" line="142"/>
        <location filename="../../record_lists.py" line="172"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../record_lists.py" line="145"/>
        <source>No receivables.</source>
        <translation>没有应收款。</translation>
    </message>
    <message>
        <location filename="../../record_lists.py" line="162"/>
        <source>Promise overdue</source>
        <translation>承诺已逾期</translation>
    </message>
    <message>
        <location filename="../../record_lists.py" line="169"/>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <location filename="../../record_lists.py" line="170"/>
        <source>Step</source>
        <translation>处理步骤</translation>
    </message>
    <message>
        <location filename="../../record_lists.py" line="171"/>
        <source>Promised by</source>
        <translation>承诺解决时间</translation>
    </message>
    <message>
        <location filename="../../record_lists.py" line="173"/>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <location filename="../../record_lists.py" line="175"/>
        <source>No complaints — keep it that way.</source>
        <translation>没有投诉 — 继续保持。</translation>
    </message>
</context>
<context>
    <name>ReferralsView</name>
    <message>
        <location filename="../../referrals_view.py" line="94"/>
        <source>No referrals recorded yet</source>
        <translation>暂无推荐记录</translation>
    </message>
    <message>
        <location filename="../../referrals_view.py" line="96"/>
        <source>When a customer introduces another, set “Referred by” on the new customer&apos;s record; referrers and what their referrals bought appear here.</source>
        <translation>客户介绍新客户时，在新客户档案中设置“推荐人”；推荐人及其推荐客户的成交情况会显示在这里。</translation>
    </message>
    <message>
        <location filename="../../referrals_view.py" line="112"/>
        <source>Reward notes: what was promised or given for these referrals</source>
        <translation>奖励备注：为这些推荐承诺或给予了什么</translation>
    </message>
    <message>
        <location filename="../../referrals_view.py" line="114"/>
        <source>Save notes</source>
        <translation>保存备注</translation>
    </message>
    <message>
        <location filename="../../referrals_view.py" line="119"/>
        <source>Customers it referred</source>
        <translation>其推荐的客户</translation>
    </message>
    <message>
        <location filename="../../referrals_view.py" line="121"/>
        <location filename="../../referrals_view.py" line="194"/>
        <source>Reward notes</source>
        <translation>奖励备注</translation>
    </message>
    <message>
        <location filename="../../referrals_view.py" line="147"/>
        <source>{0} referring customers</source>
        <translation>{0} 位推荐人</translation>
    </message>
    <message>
        <location filename="../../referrals_view.py" line="164"/>
        <source>Select a referrer</source>
        <translation>请选择推荐人</translation>
    </message>
    <message>
        <location filename="../../referrals_view.py" line="172"/>
        <source>{0}: {1} referred, {2} in the last 12 months</source>
        <translation>{0}：推荐 {1} 家，近12个月 {2}</translation>
    </message>
    <message>
        <location filename="../../referrals_view.py" line="178"/>
        <source>{0} — {1} (12 months {2})</source>
        <translation>{0} — {1}（近12个月 {2}）</translation>
    </message>
    <message>
        <location filename="../../referrals_view.py" line="196"/>
        <source>Saved</source>
        <translation>已保存</translation>
    </message>
</context>
<context>
    <name>ReferrerPicker</name>
    <message>
        <location filename="../../referrer_picker.py" line="34"/>
        <source>Referred by</source>
        <translation>推荐人</translation>
    </message>
    <message>
        <location filename="../../referrer_picker.py" line="36"/>
        <source>Search customers by name, pinyin or phone</source>
        <translation>按名称、拼音或电话搜索客户</translation>
    </message>
    <message>
        <location filename="../../referrer_picker.py" line="43"/>
        <source>Who referred {0}?</source>
        <translation>谁推荐了{0}？</translation>
    </message>
    <message>
        <location filename="../../referrer_picker.py" line="53"/>
        <source>— Nobody (clear) —</source>
        <translation>— 无（清除）—</translation>
    </message>
    <message>
        <location filename="../../referrer_picker.py" line="77"/>
        <source>Set referrer</source>
        <translation>设置推荐人</translation>
    </message>
</context>
<context>
    <name>ReferrerTableModel</name>
    <message>
        <location filename="../../referrals_view.py" line="43"/>
        <source>Referrer</source>
        <translation>推荐人</translation>
    </message>
    <message>
        <location filename="../../referrals_view.py" line="44"/>
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../referrals_view.py" line="45"/>
        <source>Referred</source>
        <translation>推荐客户数</translation>
    </message>
    <message>
        <location filename="../../referrals_view.py" line="46"/>
        <source>Revenue 12 months</source>
        <translation>近12个月收入</translation>
    </message>
    <message>
        <location filename="../../referrals_view.py" line="47"/>
        <source>Revenue all time</source>
        <translation>累计收入</translation>
    </message>
    <message>
        <location filename="../../referrals_view.py" line="48"/>
        <source>Reward notes</source>
        <translation>奖励备注</translation>
    </message>
</context>
<context>
    <name>ReminderClock</name>
    <message>
        <location filename="../../visit_reminders.py" line="59"/>
        <source>RepBook reminders</source>
        <translation>RepBook 提醒</translation>
    </message>
    <message>
        <location filename="../../visit_reminders.py" line="61"/>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message numerus="yes">
        <location filename="../../visit_reminders.py" line="63"/>
        <source>%n visits due today</source>
        <translation>
            <numerusform>今天待拜访 %n 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../visit_reminders.py" line="64"/>
        <source>%n overdue</source>
        <translation>
            <numerusform>逾期 %n 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../visit_reminders.py" line="65"/>
        <source>%n care reminders</source>
        <translation>
            <numerusform>关怀提醒 %n 条</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportExporter</name>
    <message>
        <location filename="../../report_export.py" line="32"/>
        <location filename="../../report_export.py" line="66"/>
        <source>Export report</source>
        <translation>导出报表</translation>
    </message>
    <message>
        <location filename="../../report_export.py" line="34"/>
        <source>Excel workbook (*.xlsx);;PDF summary (*.pdf);;CSV (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;PDF 摘要 (*.pdf);;CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../report_export.py" line="47"/>
        <source>Writing the report…</source>
        <translation>正在生成报表…</translation>
    </message>
    <message>
        <location filename="../../report_export.py" line="47"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>RestoreOffer</name>
    <message>
        <location filename="../../restore_offer.py" line="42"/>
        <source>The book is damaged</source>
        <translation>客户数据库已损坏</translation>
    </message>
    <message>
        <location filename="../../restore_offer.py" line="46"/>
        <source>… and {0} more</source>
        <translation>……另有 {0} 项</translation>
    </message>
    <message>
        <location filename="../../restore_offer.py" line="48"/>
        <source>{0} cannot be opened safely:</source>
        <translation>无法安全打开 {0}：</translation>
    </message>
    <message>
        <location filename="../../restore_offer.py" line="55"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../restore_offer.py" line="61"/>
        <source>Restore the newest sound backup, {0} (saved {1})? Changes made after it are lost; the damaged file is kept among the backups.</source>
        <translation>是否恢复最新的完好备份 {0}（保存于 {1}）？此后所做的修改将丢失；损坏的文件会保留在备份中。</translation>
    </message>
    <message>
        <location filename="../../restore_offer.py" line="65"/>
        <source>Restore this backup</source>
        <translation>恢复此备份</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <location filename="../../import_result.py" line="103"/>
        <source>Import finished</source>
        <translation>导入完成</translation>
    </message>
    <message>
        <location filename="../../import_result.py" line="104"/>
        <source>What changed, and the rows that could not be imported.</source>
        <translation>导入结果，以及未能导入的行。</translation>
    </message>
    <message>
        <location filename="../../import_result.py" line="109"/>
        <source>Open the folder with the rejected rows</source>
        <translation>打开被拒绝行所在的文件夹</translation>
    </message>
    <message>
        <location filename="../../import_result.py" line="131"/>
        <source>Rejected rows were saved to {0}: fix them there and import that file.</source>
        <translation>被拒绝的行已保存到 {0}：在该文件中修改后再导入即可。</translation>
    </message>
    <message>
        <location filename="../../import_result.py" line="136"/>
        <source>Kept your newer {0} {1} (yours {2}, incoming {3})</source>
        <translation>保留了您较新的{0} {1}（本地 {2}，导入 {3}）</translation>
    </message>
    <message>
        <location filename="../../import_result.py" line="145"/>
        <source>A backup taken before the import: {0}</source>
        <translation>导入前已自动备份：{0}</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <location filename="../../goal_dialogs.py" line="110"/>
        <source>Review (PDCA)</source>
        <translation>复盘（PDCA）</translation>
    </message>
    <message>
        <location filename="../../goal_dialogs.py" line="115"/>
        <source>Plan</source>
        <translation>计划（P）</translation>
    </message>
    <message>
        <location filename="../../goal_dialogs.py" line="115"/>
        <source>What we set out to do and how</source>
        <translation>计划做什么、怎么做</translation>
    </message>
    <message>
        <location filename="../../goal_dialogs.py" line="116"/>
        <source>Do</source>
        <translation>执行（D）</translation>
    </message>
    <message>
        <location filename="../../goal_dialogs.py" line="116"/>
        <source>What was done</source>
        <translation>实际做了什么</translation>
    </message>
    <message>
        <location filename="../../goal_dialogs.py" line="117"/>
        <source>Check</source>
        <translation>检查（C）</translation>
    </message>
    <message>
        <location filename="../../goal_dialogs.py" line="117"/>
        <source>What the numbers show against the goal</source>
        <translation>对照目标，数据说明了什么</translation>
    </message>
    <message>
        <location filename="../../goal_dialogs.py" line="118"/>
        <source>Act</source>
        <translation>处理（A）</translation>
    </message>
    <message>
        <location filename="../../goal_dialogs.py" line="118"/>
        <source>What to keep, fix or change next period</source>
        <translation>下个周期保持、改进或调整什么</translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <location filename="../../import_pages.py" line="280"/>
        <source>Try it first</source>
        <translation>先试运行</translation>
    </message>
    <message>
        <location filename="../../import_pages.py" line="282"/>
        <source>A dry run: what the import would do. Nothing is written yet.</source>
        <translation>试运行：显示导入将会做什么，此时还不写入任何数据。</translation>
    </message>
    <message>
        <location filename="../../import_pages.py" line="285"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../import_pages.py" line="287"/>
        <source>Importing</source>
        <translation>正在导入</translation>
    </message>
    <message>
        <location filename="../../import_pages.py" line="289"/>
        <source>The database is backed up first. Cancel undoes the whole import.</source>
        <translation>导入前会先备份数据库。取消将撤销整个导入。</translation>
    </message>
    <message>
        <location filename="../../import_pages.py" line="295"/>
        <source>Cancel import</source>
        <translation>取消导入</translation>
    </message>
    <message>
        <location filename="../../import_pages.py" line="295"/>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../../import_pages.py" line="312"/>
        <source>Checking every row…</source>
        <translation>正在逐行检查…</translation>
    </message>
    <message>
        <location filename="../../import_pages.py" line="312"/>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <location filename="../../import_pages.py" line="320"/>
        <source>Cancelled. Nothing was changed.</source>
        <translation>已取消，数据未做任何改动。</translation>
    </message>
    <message>
        <location filename="../../import_pages.py" line="341"/>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <location filename="../../import_pages.py" line="354"/>
        <source>If you import now:</source>
        <translation>如果现在导入：</translation>
    </message>
</context>
<context>
    <name>ScriptRow</name>
    <message>
        <location filename="../../playbook_detail.py" line="62"/>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <location filename="../../playbook_detail.py" line="63"/>
        <source>Copy to the clipboard, ready to paste into WeChat</source>
        <translation>复制到剪贴板，可直接粘贴到微信</translation>
    </message>
    <message>
        <location filename="../../playbook_detail.py" line="64"/>
        <source>Helped</source>
        <translation>有用</translation>
    </message>
    <message>
        <location filename="../../playbook_detail.py" line="65"/>
        <source>Used on this deal and it helped</source>
        <translation>在这个商机上用过，起作用了</translation>
    </message>
    <message>
        <location filename="../../playbook_detail.py" line="66"/>
        <source>Didn&apos;t help</source>
        <translation>没用</translation>
    </message>
    <message>
        <location filename="../../playbook_detail.py" line="67"/>
        <source>Used on this deal and it did not help</source>
        <translation>在这个商机上用过，没起作用</translation>
    </message>
</context>
<context>
    <name>SegmentSettingsDialog</name>
    <message>
        <location filename="../../segment_settings_dialog.py" line="66"/>
        <source>Segmentation settings</source>
        <translation>客户分级设置</translation>
    </message>
    <message>
        <location filename="../../segment_settings_dialog.py" line="67"/>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <location filename="../../segment_settings_dialog.py" line="67"/>
        <source> months</source>
        <translation> 个月</translation>
    </message>
    <message>
        <location filename="../../segment_settings_dialog.py" line="77"/>
        <source>Tier A while the revenue share before is below</source>
        <translation>排在前面的客户销售额占比低于此值时为 A 类</translation>
    </message>
    <message>
        <location filename="../../segment_settings_dialog.py" line="78"/>
        <source>Tier B while it is below</source>
        <translation>低于此值时为 B 类</translation>
    </message>
    <message>
        <location filename="../../segment_settings_dialog.py" line="79"/>
        <source>Revenue counted over the last</source>
        <translation>ABC 按最近多长时间的销售额</translation>
    </message>
    <message>
        <location filename="../../segment_settings_dialog.py" line="80"/>
        <source>RFM scores orders of the last</source>
        <translation>RFM 按最近多长时间的订单</translation>
    </message>
    <message>
        <location filename="../../segment_settings_dialog.py" line="81"/>
        <source>ABC tiers and RFM</source>
        <translation>ABC 分级与 RFM</translation>
    </message>
    <message>
        <location filename="../../segment_settings_dialog.py" line="85"/>
        <source>Tier {0}: visit every</source>
        <translation>{0} 类客户拜访周期</translation>
    </message>
    <message>
        <location filename="../../segment_settings_dialog.py" line="86"/>
        <source>Visit cadence</source>
        <translation>拜访周期</translation>
    </message>
    <message>
        <location filename="../../segment_settings_dialog.py" line="89"/>
        <source>No order for more than the usual interval ×</source>
        <translation>未下单超过平时采购间隔的倍数</translation>
    </message>
    <message>
        <location filename="../../segment_settings_dialog.py" line="90"/>
        <source>No contact for more than the cadence ×</source>
        <translation>未联系超过拜访周期的倍数</translation>
    </message>
    <message>
        <location filename="../../segment_settings_dialog.py" line="91"/>
        <source>Churn risk</source>
        <translation>流失风险</translation>
    </message>
    <message>
        <location filename="../../segment_settings_dialog.py" line="101"/>
        <source>Save and recalculate</source>
        <translation>保存并重新计算</translation>
    </message>
    <message>
        <location filename="../../segment_settings_dialog.py" line="104"/>
        <source>Restore defaults</source>
        <translation>恢复默认值</translation>
    </message>
    <message>
        <location filename="../../segment_settings_dialog.py" line="124"/>
        <source>Customers are ranked by revenue: tier A until the customers before reach the A share, then B, then C. Saving recalculates every customer&apos;s tier, RFM segment and churn risk.</source>
        <translation>客户按销售额从高到低排列：排在前面的客户累计占比达到 A 类阈值之前为 A 类，其后为 B 类，再后为 C 类。保存后将重新计算所有客户的等级、RFM 分群和流失风险。</translation>
    </message>
    <message>
        <location filename="../../segment_settings_dialog.py" line="184"/>
        <source>Recalculating every customer…</source>
        <translation>正在重新计算所有客户…</translation>
    </message>
</context>
<context>
    <name>SkipVisitDialog</name>
    <message>
        <location filename="../../visit_dialogs.py" line="87"/>
        <source>Skip visit — {0}</source>
        <translation>跳过拜访 — {0}</translation>
    </message>
    <message>
        <location filename="../../visit_dialogs.py" line="89"/>
        <source>e.g. the customer is travelling</source>
        <translation>例如：客户出差</translation>
    </message>
    <message>
        <location filename="../../visit_dialogs.py" line="92"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../visit_dialogs.py" line="99"/>
        <source>Say why the visit is skipped.</source>
        <translation>请填写跳过拜访的原因。</translation>
    </message>
</context>
<context>
    <name>StageColumn</name>
    <message>
        <location filename="../../stage_column.py" line="198"/>
        <source>{0} · weighted {1}</source>
        <translation>{0} · 加权 {1}</translation>
    </message>
    <message>
        <location filename="../../stage_column.py" line="202"/>
        <source>Total {0}, weighted by win probability {1}</source>
        <translation>合计 {0}，按赢率加权 {1}</translation>
    </message>
</context>
<context>
    <name>StageSettingsDialog</name>
    <message>
        <location filename="../../stage_settings_dialog.py" line="53"/>
        <source>Pipeline stages</source>
        <translation>销售阶段设置</translation>
    </message>
    <message>
        <location filename="../../stage_settings_dialog.py" line="67"/>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../../stage_settings_dialog.py" line="68"/>
        <source>Win probability</source>
        <translation>赢率</translation>
    </message>
    <message>
        <location filename="../../stage_settings_dialog.py" line="69"/>
        <source>Rot after (days)</source>
        <translation>停滞天数</translation>
    </message>
    <message>
        <location filename="../../stage_settings_dialog.py" line="70"/>
        <source>Required to enter</source>
        <translation>进入时必填</translation>
    </message>
    <message>
        <location filename="../../stage_settings_dialog.py" line="71"/>
        <source>Open deals</source>
        <translation>进行中商机</translation>
    </message>
    <message>
        <location filename="../../stage_settings_dialog.py" line="84"/>
        <source>Add stage</source>
        <translation>添加阶段</translation>
    </message>
    <message>
        <location filename="../../stage_settings_dialog.py" line="85"/>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../stage_settings_dialog.py" line="86"/>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <location filename="../../stage_settings_dialog.py" line="87"/>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <location filename="../../stage_settings_dialog.py" line="98"/>
        <source>Closing a deal requires</source>
        <translation>关闭商机时必填</translation>
    </message>
    <message>
        <location filename="../../stage_settings_dialog.py" line="102"/>
        <source>Mark won:</source>
        <translation>标记赢单：</translation>
    </message>
    <message>
        <location filename="../../stage_settings_dialog.py" line="102"/>
        <source>Mark lost:</source>
        <translation>标记输单：</translation>
    </message>
    <message>
        <location filename="../../stage_settings_dialog.py" line="113"/>
        <source>Gates add up: entering a stage also requires what earlier stages require.</source>
        <translation>必填项逐级累加：进入某阶段时，之前各阶段的必填项也需要填写。</translation>
    </message>
    <message>
        <location filename="../../stage_settings_dialog.py" line="170"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../stage_settings_dialog.py" line="170"/>
        <source>nothing</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../stage_settings_dialog.py" line="194"/>
        <source>Move this stage&apos;s open deals elsewhere first.</source>
        <translation>请先将该阶段的进行中商机移走。</translation>
    </message>
    <message>
        <location filename="../../stage_settings_dialog.py" line="202"/>
        <source>New stage</source>
        <translation>新阶段</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../application.py" line="62"/>
        <source>Welcome to RepBook</source>
        <translation>欢迎使用 RepBook</translation>
    </message>
    <message>
        <location filename="../../application.py" line="63"/>
        <source>Your database is empty. Load a demo book of business (300 customers with deals, visits and orders) to explore RepBook? You can import your own spreadsheet later.</source>
        <translation>数据库还是空的。要加载一套演示数据（300 个客户及其商机、拜访和订单）来体验 RepBook 吗？之后可以再导入您自己的表格。</translation>
    </message>
    <message>
        <location filename="../../application.py" line="107"/>
        <source>{0} is in use by a RepBook command ({1}, process {2}). Open RepBook again when it has finished.</source>
        <translation>{0} 正被 RepBook 命令（{1}，进程 {2}）使用。请等它完成后再打开 RepBook。</translation>
    </message>
    <message>
        <location filename="../../demo_loader.py" line="22"/>
        <source>Creating demo data…</source>
        <translation>正在生成演示数据…</translation>
    </message>
    <message>
        <location filename="../../application.py" line="104"/>
        <source>{0} is already open in another RepBook window.</source>
        <translation>{0} 已在另一个 RepBook 窗口中打开。</translation>
    </message>
</context>
<context>
    <name>SuggestionActions</name>
    <message>
        <location filename="../../suggestion_actions.py" line="17"/>
        <source>New deal “{0}”</source>
        <translation>新建商机「{0}」</translation>
    </message>
</context>
<context>
    <name>SuggestionTableModel</name>
    <message>
        <location filename="../../models/suggestion_table_model.py" line="26"/>
        <source>Cross-sell</source>
        <translation>交叉销售</translation>
    </message>
    <message>
        <location filename="../../models/suggestion_table_model.py" line="27"/>
        <source>Up-sell</source>
        <translation>升级销售</translation>
    </message>
    <message>
        <location filename="../../models/suggestion_table_model.py" line="30"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../models/suggestion_table_model.py" line="31"/>
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../models/suggestion_table_model.py" line="32"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../models/suggestion_table_model.py" line="33"/>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <location filename="../../models/suggestion_table_model.py" line="34"/>
        <source>Value</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../models/suggestion_table_model.py" line="35"/>
        <source>Confidence</source>
        <translation>置信度</translation>
    </message>
    <message>
        <location filename="../../models/suggestion_table_model.py" line="36"/>
        <source>Lift</source>
        <translation>提升度</translation>
    </message>
    <message>
        <location filename="../../models/suggestion_table_model.py" line="37"/>
        <source>Why</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>SuggestionsPanel</name>
    <message>
        <location filename="../../suggestions_panel.py" line="36"/>
        <source>What to offer next</source>
        <translation>下一步推荐</translation>
    </message>
    <message>
        <location filename="../../suggestions_panel.py" line="43"/>
        <source>No suggestions for this customer yet</source>
        <translation>该客户暂无推荐</translation>
    </message>
    <message>
        <location filename="../../suggestions_panel.py" line="45"/>
        <source>Suggestions come from what similar customers (same industry or size) bought together, and from higher editions of what this customer uses. They appear once its orders name products that peers buy with others, or that come in a higher edition.</source>
        <translation>推荐来自同类客户（相同行业或规模）一起购买的产品，以及该客户所用产品的更高版本。当其订单中的产品被同类客户与其他产品一起购买，或有更高版本时，这里就会出现推荐。</translation>
    </message>
    <message>
        <location filename="../../suggestions_panel.py" line="54"/>
        <source>Create deal</source>
        <translation>创建商机</translation>
    </message>
    <message>
        <location filename="../../suggestions_panel.py" line="58"/>
        <source>Put a deal for the selected suggestion in the lead stage, the reason as its need</source>
        <translation>为选中的推荐在线索阶段创建商机，推荐理由写入需求</translation>
    </message>
    <message>
        <location filename="../../suggestions_panel.py" line="107"/>
        <source>Deal created in the lead stage — Ctrl+Z undoes it</source>
        <translation>已在线索阶段创建商机——按 Ctrl+Z 撤销</translation>
    </message>
</context>
<context>
    <name>TemplateView</name>
    <message>
        <location filename="../../template_view.py" line="60"/>
        <source>Use the selected deal</source>
        <translation>用选中的商机</translation>
    </message>
    <message>
        <location filename="../../template_view.py" line="61"/>
        <source>Fill from the deal selected on the Pipeline board</source>
        <translation>用销售管道中选中的商机填充</translation>
    </message>
    <message>
        <location filename="../../template_view.py" line="66"/>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <location filename="../../template_view.py" line="72"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../template_view.py" line="86"/>
        <source>Blanks in 【】 or [ ] are values the book does not have; fill them in.</source>
        <translation>【】或 [ ] 中是系统里没有的信息，请手动补全。</translation>
    </message>
    <message>
        <location filename="../../template_view.py" line="121"/>
        <source>Select a deal on the Pipeline board first.</source>
        <translation>请先在销售管道中选中一个商机。</translation>
    </message>
    <message>
        <location filename="../../template_view.py" line="131"/>
        <source>For the deal “{0}”</source>
        <translation>商机：“{0}”</translation>
    </message>
    <message>
        <location filename="../../template_view.py" line="157"/>
        <source>Copied — paste it in WeChat</source>
        <translation>已复制，可直接粘贴到微信</translation>
    </message>
</context>
<context>
    <name>TierOverrideDialog</name>
    <message>
        <location filename="../../customer_actions.py" line="39"/>
        <source>Override tier</source>
        <translation>手动调整等级</translation>
    </message>
    <message>
        <location filename="../../customer_actions.py" line="45"/>
        <source>Computed tier ({0})</source>
        <translation>计算等级（{0}）</translation>
    </message>
    <message>
        <location filename="../../customer_actions.py" line="47"/>
        <source>Tier {0} (manual)</source>
        <translation>{0} 级（手动）</translation>
    </message>
    <message>
        <location filename="../../customer_actions.py" line="49"/>
        <source>e.g. strategic account, new budget next year</source>
        <translation>例如：战略客户、明年新增预算</translation>
    </message>
    <message>
        <location filename="../../customer_actions.py" line="58"/>
        <source>Tiers follow 12-month revenue (ABC). A manual tier wins until you clear it, and is marked as manual everywhere.</source>
        <translation>等级按近 12 个月营收（ABC）计算。手动等级在清除前优先生效，并在各处标注为手动。</translation>
    </message>
    <message>
        <location filename="../../customer_actions.py" line="67"/>
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../customer_actions.py" line="67"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>TimelineSection</name>
    <message>
        <location filename="../../record_timeline.py" line="39"/>
        <source>All channels</source>
        <translation>全部方式</translation>
    </message>
    <message>
        <location filename="../../record_timeline.py" line="46"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../record_timeline.py" line="47"/>
        <location filename="../../record_timeline.py" line="67"/>
        <source>Channel</source>
        <translation>跟进方式</translation>
    </message>
    <message>
        <location filename="../../record_timeline.py" line="48"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../record_timeline.py" line="49"/>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../record_timeline.py" line="50"/>
        <source>Summary</source>
        <translation>拜访内容</translation>
    </message>
    <message>
        <location filename="../../record_timeline.py" line="51"/>
        <source>Customer feedback</source>
        <translation>客户反馈</translation>
    </message>
    <message>
        <location filename="../../record_timeline.py" line="52"/>
        <source>Next step</source>
        <translation>下一步</translation>
    </message>
    <message>
        <location filename="../../record_timeline.py" line="62"/>
        <source>Show older</source>
        <translation>显示更早的记录</translation>
    </message>
    <message>
        <location filename="../../record_timeline.py" line="64"/>
        <source>No follow-ups yet — log one with “Log follow-up”.</source>
        <translation>还没有跟进记录 — 点击“记录跟进”添加。</translation>
    </message>
    <message>
        <location filename="../../record_timeline.py" line="98"/>
        <source>intent {0}/5</source>
        <translation>意向 {0}/5</translation>
    </message>
</context>
<context>
    <name>VisitActions</name>
    <message>
        <location filename="../../visit_actions.py" line="56"/>
        <source>Complete visit to {0}</source>
        <translation>完成拜访 {0}</translation>
    </message>
    <message>
        <location filename="../../visit_actions.py" line="64"/>
        <source>Skip visit to {0}</source>
        <translation>跳过拜访 {0}</translation>
    </message>
    <message>
        <location filename="../../visit_actions.py" line="74"/>
        <source>Move visit to {0}</source>
        <translation>拜访改到 {0}</translation>
    </message>
    <message>
        <location filename="../../visit_actions.py" line="88"/>
        <source>Plan a visit</source>
        <translation>安排拜访</translation>
    </message>
    <message>
        <location filename="../../visit_actions.py" line="102"/>
        <source>Dismiss {0} for {1}</source>
        <translation>忽略 {1} 的{0}提醒</translation>
    </message>
    <message>
        <location filename="../../visit_actions.py" line="111"/>
        <source>{0}: greet {1}</source>
        <translation>{0}：问候 {1}</translation>
    </message>
</context>
<context>
    <name>VisitCalendar</name>
    <message>
        <location filename="../../visit_calendar.py" line="75"/>
        <source>Calendar</source>
        <translation>拜访日程</translation>
    </message>
    <message>
        <location filename="../../visit_calendar.py" line="78"/>
        <source>Previous</source>
        <translation>上一个</translation>
    </message>
    <message>
        <location filename="../../visit_calendar.py" line="80"/>
        <source>Next</source>
        <translation>下一个</translation>
    </message>
    <message>
        <location filename="../../visit_calendar.py" line="81"/>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../../visit_calendar.py" line="85"/>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <location filename="../../visit_calendar.py" line="86"/>
        <source>Week</source>
        <translation>周</translation>
    </message>
    <message>
        <location filename="../../visit_calendar.py" line="93"/>
        <source>Plan a visit…</source>
        <translation>安排拜访…</translation>
    </message>
    <message>
        <location filename="../../visit_calendar.py" line="95"/>
        <source>Export to calendar (.ics)…</source>
        <translation>导出到日历（.ics）…</translation>
    </message>
    <message>
        <location filename="../../visit_calendar.py" line="224"/>
        <source>{0} — Ctrl+Z to undo</source>
        <translation>{0} — 按 Ctrl+Z 撤销</translation>
    </message>
    <message>
        <location filename="../../visit_calendar.py" line="242"/>
        <source>Export to calendar</source>
        <translation>导出到日历</translation>
    </message>
    <message>
        <location filename="../../visit_calendar.py" line="269"/>
        <source>Wrote {0} visits and {1} care reminders to {2}</source>
        <translation>已将 {0} 条拜访和 {1} 条关怀提醒写入 {2}</translation>
    </message>
    <message>
        <location filename="../../visit_calendar.py" line="277"/>
        <source>The calendar file was not written: {0}</source>
        <translation>日历文件未写入：{0}</translation>
    </message>
</context>
<context>
    <name>VisitListModel</name>
    <message>
        <location filename="../../models/visit_list_model.py" line="114"/>
        <source>Skipped: {0}</source>
        <translation>已跳过：{0}</translation>
    </message>
</context>
<context>
    <name>VisitListPane</name>
    <message>
        <location filename="../../visit_agenda.py" line="56"/>
        <source>Plan a visit, or log a follow-up to plan the next.</source>
        <translation>安排一次拜访，或记录一条跟进，系统会排好下一次拜访。</translation>
    </message>
    <message>
        <location filename="../../visit_agenda.py" line="61"/>
        <source>Complete…</source>
        <translation>完成…</translation>
    </message>
    <message>
        <location filename="../../visit_agenda.py" line="63"/>
        <source>Log the visit, its feedback and intent (double-click a visit)</source>
        <translation>记录这次拜访、客户反馈和意向（双击拜访也可）</translation>
    </message>
    <message>
        <location filename="../../visit_agenda.py" line="65"/>
        <source>Skip…</source>
        <translation>跳过…</translation>
    </message>
</context>
<context>
    <name>WinBackList</name>
    <message>
        <location filename="../../winback_list.py" line="65"/>
        <source>Win back</source>
        <translation>流失挽回</translation>
    </message>
    <message>
        <location filename="../../winback_list.py" line="75"/>
        <location filename="../../winback_list.py" line="242"/>
        <source>Plan win-back visit</source>
        <translation>安排挽回拜访</translation>
    </message>
    <message>
        <location filename="../../winback_list.py" line="78"/>
        <source>Plan a visit in {0} days for every selected customer</source>
        <translation>为所选客户各安排一次 {0} 天后的拜访</translation>
    </message>
    <message>
        <location filename="../../winback_list.py" line="128"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../winback_list.py" line="129"/>
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../winback_list.py" line="130"/>
        <source>RFM segment</source>
        <translation>RFM 分群</translation>
    </message>
    <message>
        <location filename="../../winback_list.py" line="133"/>
        <source>Last order</source>
        <translation>最近下单</translation>
    </message>
    <message>
        <location filename="../../winback_list.py" line="134"/>
        <source>Last contact</source>
        <translation>最近联系</translation>
    </message>
    <message>
        <location filename="../../winback_list.py" line="135"/>
        <source>Why at risk</source>
        <translation>风险原因</translation>
    </message>
    <message>
        <location filename="../../winback_list.py" line="136"/>
        <source>Visit</source>
        <translation>拜访</translation>
    </message>
    <message numerus="yes">
        <location filename="../../winback_list.py" line="158"/>
        <source>%Ln customers</source>
        <translation>
            <numerusform>%Ln 个客户</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../winback_list.py" line="105"/>
        <source>Nobody to win back</source>
        <translation>暂无需要挽回的客户</translation>
    </message>
    <message>
        <location filename="../../winback_list.py" line="68"/>
        <source>Customers at risk of churning, most revenue at stake first (over the RFM window of the segmentation settings). Plan a visit before they drift away.</source>
        <translation>有流失风险的客户，按涉及金额（分级设置中 RFM 统计周期内的销售额）从高到低排列。趁客户还没走远，先安排拜访。</translation>
    </message>
    <message>
        <location filename="../../winback_list.py" line="107"/>
        <source>No customer is at risk of churning right now. Customers appear here when they stop ordering, go quiet past their visit cadence or wait on a complaint.</source>
        <translation>目前没有客户有流失风险。客户停止下单、超过拜访周期未联系或投诉逾期未处理时，会出现在这里。</translation>
    </message>
    <message>
        <location filename="../../winback_list.py" line="131"/>
        <source>At stake ({0} months)</source>
        <translation>涉及金额（近 {0} 个月）</translation>
    </message>
    <message>
        <location filename="../../winback_list.py" line="132"/>
        <source>Revenue, {0} months</source>
        <translation>近 {0} 个月销售额</translation>
    </message>
    <message>
        <location filename="../../winback_list.py" line="142"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location filename="../../winback_list.py" line="176"/>
        <source>never</source>
        <translation>从未联系</translation>
    </message>
    <message>
        <location filename="../../winback_list.py" line="177"/>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <location filename="../../winback_list.py" line="204"/>
        <source>Planned {0}</source>
        <translation>已计划 {0}</translation>
    </message>
    <message>
        <location filename="../../winback_list.py" line="211"/>
        <source>Plan visit</source>
        <translation>安排拜访</translation>
    </message>
</context>
<context>
    <name>WinDialog</name>
    <message>
        <location filename="../../gate_dialog.py" line="196"/>
        <source>Mark deal won</source>
        <translation>标记赢单</translation>
    </message>
    <message>
        <location filename="../../gate_dialog.py" line="216"/>
        <source>“{0}” is won. RepBook will create the order, plan the after-sale visit and open the handoff checklist.</source>
        <translation>「{0}」赢单！RepBook 将创建订单、安排售后回访，并打开交接清单。</translation>
    </message>
    <message>
        <location filename="../../gate_dialog.py" line="202"/>
        <source>Payment schedule (receivables)</source>
        <translation>回款计划（应收）</translation>
    </message>
    <message>
        <location filename="../../gate_dialog.py" line="206"/>
        <source>Add installment</source>
        <translation>添加一期回款</translation>
    </message>
    <message>
        <location filename="../../gate_dialog.py" line="219"/>
        <source>Mark won</source>
        <translation>标记赢单</translation>
    </message>
    <message>
        <location filename="../../gate_dialog.py" line="227"/>
        <source>Amount due</source>
        <translation>应收金额</translation>
    </message>
    <message>
        <location filename="../../gate_dialog.py" line="229"/>
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <location filename="../../gate_dialog.py" line="231"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../gate_dialog.py" line="254"/>
        <source>Installment {0}: enter an amount due above 0.</source>
        <translation>第 {0} 期：应收金额必须大于 0。</translation>
    </message>
    <message>
        <location filename="../../gate_dialog.py" line="260"/>
        <source>The installments add up to more than the deal amount.</source>
        <translation>各期回款合计超过了成交金额。</translation>
    </message>
</context>
</TS>
