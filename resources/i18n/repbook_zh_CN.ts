<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
  <context>
    <name>ContactPicker</name>
    <message>
      <location filename="../../ui/deal_editor.py" line="123" />
      <source>Add…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/deal_editor.py" line="124" />
      <source>Add a contact to this customer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/deal_editor.py" line="137" />
      <source>— choose a contact —</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>CustomerPicker</name>
    <message>
      <location filename="../../ui/deal_editor.py" line="174" />
      <source>Type a name or pinyin, e.g. hzyq</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>DealCardDelegate</name>
    <message>
      <location filename="../../ui/deal_card_delegate.py" line="155" />
      <source>Score {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/deal_card_delegate.py" line="209" />
      <source>Won {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/deal_card_delegate.py" line="211" />
      <source>Lost {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/deal_card_delegate.py" line="217" />
      <source>Stalled {0} d</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/deal_card_delegate.py" line="219" />
      <source>1 day in stage</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/deal_card_delegate.py" line="220" />
      <source>{0} days in stage</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/deal_card_delegate.py" line="225" />
      <source>Visit overdue {0} d</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/deal_card_delegate.py" line="227" />
      <source>Visit {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/deal_card_delegate.py" line="229" />
      <source>Close {0}</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>DealEditor</name>
    <message>
      <location filename="../../ui/deal_editor.py" line="26" />
      <location filename="../../ui/deal_editor.py" line="278" />
      <source>Decision maker</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/deal_editor.py" line="27" />
      <source>Procurement lead</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/deal_editor.py" line="28" />
      <source>User-department lead</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/deal_editor.py" line="29" />
      <source>Influencer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/deal_editor.py" line="30" />
      <source>Other</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/deal_editor.py" line="51" />
      <source>not set</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/deal_editor.py" line="239" />
      <source>Edit deal</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/deal_editor.py" line="239" />
      <source>New deal</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/deal_editor.py" line="245" />
      <source>What is being sold, e.g. MES upgrade phase 2</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/deal_editor.py" line="247" />
      <source>e.g. 128000 or 12.8万</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/deal_editor.py" line="255" />
      <source>stage default</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/deal_editor.py" line="262" />
      <source>leave empty if unknown</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/deal_editor.py" line="264" />
      <source>e.g. referral, trade show, website</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/deal_editor.py" line="271" />
      <source>Customer *</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/deal_editor.py" line="272" />
      <source>Title *</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/deal_editor.py" line="273" />
      <location filename="../../ui/deal_editor.py" line="334" />
      <source>Amount</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/deal_editor.py" line="274" />
      <source>Stage</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/deal_editor.py" line="275" />
      <source>Expected close</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/deal_editor.py" line="276" />
      <source>Win probability</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/deal_editor.py" line="277" />
      <source>Contact</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/deal_editor.py" line="279" />
      <source>Need / pain point</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/deal_editor.py" line="280" />
      <location filename="../../ui/deal_editor.py" line="335" />
      <source>Budget</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/deal_editor.py" line="281" />
      <source>Lead source</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/deal_editor.py" line="282" />
      <source>Notes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/deal_editor.py" line="295" />
      <source>Drag the card (or press Ctrl+→) to change its stage.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/deal_editor.py" line="327" />
      <source>{0}: “{1}” is not an amount (e.g. 128000 or 12.8万).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/deal_editor.py" line="353" />
      <source>Customer: “{0}” is not in your customer list; pick one from the suggestions.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>DealListModel</name>
    <message>
      <location filename="../../ui/models/deal_list_model.py" line="153" />
      <source>Amount: {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/models/deal_list_model.py" line="157" />
      <source>Weighted ({0}%): {1}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/models/deal_list_model.py" line="160" />
      <source>In this stage for {0} days</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/models/deal_list_model.py" line="163" />
      <source>Stalled: no activity or stage change for {0} days (limit {1})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/models/deal_list_model.py" line="166" />
      <source>Lead score: {0} / 100</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/models/deal_list_model.py" line="168" />
      <source>Expected close: {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/models/deal_list_model.py" line="170" />
      <source>Next visit: {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/models/deal_list_model.py" line="172" />
      <source>Lost reason: {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/models/deal_list_model.py" line="173" />
      <source>Tier {0}</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>GateDialog</name>
    <message>
      <location filename="../../ui/gate_dialog.py" line="138" />
      <source>Required before {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/gate_dialog.py" line="143" />
      <source>, </source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/gate_dialog.py" line="144" />
      <source>“{0}” cannot enter {1} yet. This stage requires: {2}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/gate_dialog.py" line="149" />
      <source>Save and move</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>GateForm</name>
    <message>
      <location filename="../../ui/gate_dialog.py" line="25" />
      <source>Amount</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/gate_dialog.py" line="26" />
      <source>Contact</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/gate_dialog.py" line="27" />
      <source>Need / pain point</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/gate_dialog.py" line="28" />
      <source>Budget</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/gate_dialog.py" line="29" />
      <source>Decision maker</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/gate_dialog.py" line="30" />
      <source>Expected close date</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/gate_dialog.py" line="31" />
      <source>Lead source</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/gate_dialog.py" line="32" />
      <source>Close date</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/gate_dialog.py" line="33" />
      <source>Lost reason</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/gate_dialog.py" line="36" />
      <source>Price too high</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/gate_dialog.py" line="37" />
      <source>Chose a competitor</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/gate_dialog.py" line="38" />
      <source>No budget</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/gate_dialog.py" line="39" />
      <source>Bad timing</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/gate_dialog.py" line="40" />
      <source>No decision made</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/gate_dialog.py" line="41" />
      <source>Product does not fit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/gate_dialog.py" line="79" />
      <source>e.g. 128000 or 12.8万</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/gate_dialog.py" line="86" />
      <source>What problem does the customer need solved?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/gate_dialog.py" line="95" />
      <source>Why was the deal lost?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/gate_dialog.py" line="117" />
      <source>{0}: “{1}” is not an amount.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/gate_dialog.py" line="120" />
      <source>{0}: must be 0 or more.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/gate_dialog.py" line="127" />
      <source>{0}: required.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>HandoffDialog</name>
    <message>
      <location filename="../../ui/gate_dialog.py" line="44" />
      <source>Customer information is complete</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/gate_dialog.py" line="45" />
      <source>Needs and background are written down</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/gate_dialog.py" line="46" />
      <source>Deal history is shared</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/gate_dialog.py" line="47" />
      <source>Promises made to the customer are listed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/gate_dialog.py" line="48" />
      <source>Key contacts are introduced</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/gate_dialog.py" line="301" />
      <source>Handoff checklist</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/gate_dialog.py" line="306" />
      <source>Hand “{0}” over to delivery and customer success. Tick what is done; you can finish the rest later.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/gate_dialog.py" line="318" />
      <source>Promises made to the customer (delivery dates, training, discounts…)</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>LoseDialog</name>
    <message>
      <location filename="../../ui/gate_dialog.py" line="263" />
      <source>Mark deal lost</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/gate_dialog.py" line="270" />
      <source>Why was “{0}” lost? The reason feeds the lost-reasons report.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/gate_dialog.py" line="274" />
      <source>Mark lost</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../../ui/main_window.py" line="31" />
      <source>RepBook — {0}</source>
      <translation>RepBook — {0}</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="77" />
      <source>Pipeline</source>
      <translation>销售管道</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="78" />
      <source>Open deals by stage. Drag a card to move it; Ctrl+N adds a deal.</source>
      <translation>按阶段查看进行中的商机。拖动卡片即可推进阶段；Ctrl+N 新建商机。</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="80" />
      <source>Open deals</source>
      <translation>进行中商机</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="81" />
      <source>Won deals</source>
      <translation>赢单</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="82" />
      <source>Lost deals</source>
      <translation>输单</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="83" />
      <source>Open pipeline value</source>
      <translation>在途商机金额</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="87" />
      <location filename="../../ui/main_window.py" line="90" />
      <source>Customers</source>
      <translation>客户</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="88" />
      <source>Your book of business, tiered A/B/C by revenue and scored by RFM.</source>
      <translation>您的客户资源：按销售额分为 A/B/C 三级，并按 RFM 评分。</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="91" />
      <source>Contacts</source>
      <translation>联系人</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="92" />
      <source>A tier (key accounts)</source>
      <translation>A 类（关键客户）</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="93" />
      <source>B tier</source>
      <translation>B 类客户</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="94" />
      <source>C tier</source>
      <translation>C 类客户</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="95" />
      <source>At risk of churn</source>
      <translation>流失风险客户</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="99" />
      <source>Calendar</source>
      <translation>拜访日程</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="100" />
      <source>Planned visits and care reminders, by tier cadence.</source>
      <translation>按客户等级的拜访节奏安排的拜访计划与关怀提醒。</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="102" />
      <source>Visits due in the next 7 days</source>
      <translation>未来 7 天待拜访</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="103" />
      <source>Overdue visits</source>
      <translation>逾期未拜访</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="104" />
      <source>Activities logged</source>
      <translation>已记录跟进</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="108" />
      <source>Playbook</source>
      <translation>销售话术</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="109" />
      <source>Objection scripts, SPIN questions, closing signals and stage SOPs.</source>
      <translation>异议处理话术、SPIN 提问、成交信号与各阶段 SOP。</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="111" />
      <source>Playbook entries</source>
      <translation>话术条目</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="112" />
      <source>Open deals to prepare for</source>
      <translation>待准备的进行中商机</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="116" />
      <source>Insights</source>
      <translation>数据洞察</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="117" />
      <source>Funnel, stage durations and the bottleneck, receivables and goals.</source>
      <translation>销售漏斗、阶段用时与瓶颈、回款与目标。</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="119" />
      <source>Orders</source>
      <translation>订单</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="120" />
      <source>Receivables</source>
      <translation>回款计划</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="121" />
      <source>Win rate</source>
      <translation>赢单率</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="151" />
      <source>{0} customers · {1} open deals · {2} visits overdue</source>
      <translation>{0} 个客户 · {1} 个进行中商机 · {2} 个拜访已逾期</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="156" />
      <source>&amp;File</source>
      <translation>文件(&amp;F)</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="157" />
      <source>&amp;Back up now</source>
      <translation>立即备份(&amp;B)</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="161" />
      <source>&amp;Quit</source>
      <translation>退出(&amp;Q)</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="167" />
      <source>&amp;Edit</source>
      <translation>编辑(&amp;E)</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="168" />
      <source>&amp;Undo</source>
      <translation>撤销(&amp;U)</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="171" />
      <source>&amp;Redo</source>
      <translation>重做(&amp;R)</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="177" />
      <source>&amp;View</source>
      <translation>视图(&amp;V)</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="184" />
      <source>&amp;Language</source>
      <translation>语言(&amp;L)</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="190" />
      <source>&amp;Help</source>
      <translation>帮助(&amp;H)</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="191" />
      <source>&amp;About RepBook</source>
      <translation>关于 RepBook(&amp;A)</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="202" />
      <source>Backup written to {0}</source>
      <translation>备份已保存到 {0}</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="205" />
      <source>About RepBook</source>
      <translation>关于 RepBook</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="206" />
      <source>&lt;b&gt;RepBook {0}&lt;/b&gt;&lt;br&gt;An offline CRM for B2B sales reps: pipeline, customers, visits, playbook and insights, all on this computer.</source>
      <translation>&lt;b&gt;RepBook {0}&lt;/b&gt;&lt;br&gt;面向 B2B 销售的离线 CRM：销售管道、客户、拜访、话术与数据洞察，数据全部保存在本机。</translation>
    </message>
  </context>
  <context>
    <name>NewContactDialog</name>
    <message>
      <location filename="../../ui/deal_editor.py" line="80" />
      <source>New contact</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/deal_editor.py" line="89" />
      <source>Name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/deal_editor.py" line="90" />
      <source>Role</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/deal_editor.py" line="91" />
      <source>Phone</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>StageColumn</name>
    <message>
      <location filename="../../ui/deal_card_delegate.py" line="378" />
      <source>{0} · weighted {1}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/deal_card_delegate.py" line="381" />
      <source>Total {0}, weighted by win probability {1}</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Startup</name>
    <message>
      <location filename="../../ui/application.py" line="47" />
      <source>Welcome to RepBook</source>
      <translation>欢迎使用 RepBook</translation>
    </message>
    <message>
      <location filename="../../ui/application.py" line="48" />
      <source>Your database is empty. Load a demo book of business (300 customers with deals, visits and orders) to explore RepBook? You can import your own spreadsheet later.</source>
      <translation>数据库还是空的。要加载一套演示数据（300 个客户及其商机、拜访和订单）来体验 RepBook 吗？之后可以再导入您自己的表格。</translation>
    </message>
    <message>
      <location filename="../../ui/application.py" line="60" />
      <source>Creating demo data…</source>
      <translation>正在生成演示数据…</translation>
    </message>
    <message>
      <location filename="../../ui/application.py" line="85" />
      <source>{0} is already open in another RepBook window.</source>
      <translation>{0} 已在另一个 RepBook 窗口中打开。</translation>
    </message>
    <message>
      <location filename="../../ui/application.py" line="94" />
      <source>{0} is not a usable RepBook database:
{1}</source>
      <translation>{0} 不是可用的 RepBook 数据库：
{1}</translation>
    </message>
  </context>
  <context>
    <name>WinDialog</name>
    <message>
      <location filename="../../ui/gate_dialog.py" line="175" />
      <source>Mark deal won</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/gate_dialog.py" line="184" />
      <source>“{0}” is won. RepBook will create the order, plan the after-sale visit and open the handoff checklist.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/gate_dialog.py" line="188" />
      <source>Payment schedule (receivables)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/gate_dialog.py" line="192" />
      <source>Add installment</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/gate_dialog.py" line="202" />
      <source>Mark won</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/gate_dialog.py" line="218" />
      <source>Amount due</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/gate_dialog.py" line="220" />
      <source>Due</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/gate_dialog.py" line="222" />
      <source>Amount</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/gate_dialog.py" line="244" />
      <source>Installment {0}: enter an amount due above 0.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../ui/gate_dialog.py" line="249" />
      <source>The installments add up to more than the deal amount.</source>
      <translation type="unfinished" />
    </message>
  </context>
</TS>