<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
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
        <location filename="../../models/closed_deal_table_model.py" line="43"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../models/closed_deal_table_model.py" line="44"/>
        <source>Deal</source>
        <translation>商机</translation>
    </message>
    <message>
        <location filename="../../models/closed_deal_table_model.py" line="45"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../models/closed_deal_table_model.py" line="46"/>
        <source>Closed on</source>
        <translation>成交日期</translation>
    </message>
    <message>
        <location filename="../../models/closed_deal_table_model.py" line="47"/>
        <source>Cycle (days)</source>
        <translation>周期（天）</translation>
    </message>
    <message>
        <location filename="../../models/closed_deal_table_model.py" line="48"/>
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
    <message>
        <location filename="../../closed_deals_page.py" line="60"/>
        <source>{0}: {1} deals · {2}</source>
        <translation>{0}：{1} 个商机 · {2}</translation>
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
    <name>CustomerPicker</name>
    <message>
        <location filename="../../deal_pickers.py" line="154"/>
        <source>Type a name or pinyin, e.g. hzyq</source>
        <translation>输入客户名称或拼音，如 hzyq</translation>
    </message>
</context>
<context>
    <name>DealActions</name>
    <message>
        <location filename="../../pipeline_actions.py" line="50"/>
        <source>Pipeline</source>
        <translation>销售管道</translation>
    </message>
    <message>
        <location filename="../../pipeline_actions.py" line="81"/>
        <source>Move “{0}” to {1}</source>
        <translation>将「{0}」移到{1}</translation>
    </message>
    <message>
        <location filename="../../pipeline_actions.py" line="114"/>
        <source>New deal “{0}”</source>
        <translation>新建商机「{0}」</translation>
    </message>
    <message>
        <location filename="../../pipeline_actions.py" line="124"/>
        <source>New customer “{0}”</source>
        <translation>新建客户“{0}”</translation>
    </message>
    <message>
        <location filename="../../pipeline_actions.py" line="134"/>
        <source>Edit “{0}”</source>
        <translation>编辑「{0}」</translation>
    </message>
    <message>
        <location filename="../../pipeline_actions.py" line="141"/>
        <source>Delete deal</source>
        <translation>删除商机</translation>
    </message>
    <message>
        <location filename="../../pipeline_actions.py" line="157"/>
        <source>Mark won</source>
        <translation>标记赢单</translation>
    </message>
    <message>
        <location filename="../../pipeline_actions.py" line="172"/>
        <source>Mark lost</source>
        <translation>标记输单</translation>
    </message>
</context>
<context>
    <name>DealCardDelegate</name>
    <message>
        <location filename="../../deal_card_delegate.py" line="105"/>
        <source>Score {0}</source>
        <translation>{0} 分</translation>
    </message>
    <message>
        <location filename="../../deal_card_delegate.py" line="181"/>
        <source>Won {0}</source>
        <translation>{0} 赢单</translation>
    </message>
    <message>
        <location filename="../../deal_card_delegate.py" line="184"/>
        <source>Lost {0}</source>
        <translation>{0} 输单</translation>
    </message>
    <message>
        <location filename="../../deal_card_delegate.py" line="190"/>
        <source>No follow-up for {0} days</source>
        <translation>已 {0} 天未跟进</translation>
    </message>
    <message>
        <location filename="../../deal_card_delegate.py" line="194"/>
        <source>{0}d in stage</source>
        <translation>本阶段 {0} 天</translation>
    </message>
    <message>
        <location filename="../../deal_card_delegate.py" line="199"/>
        <source>Visit {0}d overdue</source>
        <translation>拜访逾期 {0} 天</translation>
    </message>
    <message>
        <location filename="../../deal_card_delegate.py" line="201"/>
        <source>Visit {0}</source>
        <translation>拜访 {0}</translation>
    </message>
    <message>
        <location filename="../../deal_card_delegate.py" line="206"/>
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
        <location filename="../../models/deal_list_model.py" line="191"/>
        <source>Amount: {0}</source>
        <translation>金额：{0}</translation>
    </message>
    <message>
        <location filename="../../models/deal_list_model.py" line="197"/>
        <source>Weighted ({0}%): {1}</source>
        <translation>加权（{0}%）：{1}</translation>
    </message>
    <message>
        <location filename="../../models/deal_list_model.py" line="205"/>
        <source>In this stage for {0} days</source>
        <translation>已在本阶段 {0} 天</translation>
    </message>
    <message>
        <location filename="../../models/deal_list_model.py" line="210"/>
        <source>Stalled: no activity or stage change for {0} days (limit {1})</source>
        <translation>停滞：已 {0} 天没有跟进或阶段变化（上限 {1} 天）</translation>
    </message>
    <message>
        <location filename="../../models/deal_list_model.py" line="215"/>
        <source>Lead score: {0} / 100</source>
        <translation>线索评分：{0} / 100</translation>
    </message>
    <message>
        <location filename="../../models/deal_list_model.py" line="218"/>
        <source>Expected close: {0}</source>
        <translation>预计成交：{0}</translation>
    </message>
    <message>
        <location filename="../../models/deal_list_model.py" line="224"/>
        <source>Next visit: {0}</source>
        <translation>下次拜访：{0}</translation>
    </message>
    <message>
        <location filename="../../models/deal_list_model.py" line="228"/>
        <source>Lost reason: {0}</source>
        <translation>输单原因：{0}</translation>
    </message>
    <message>
        <location filename="../../models/deal_list_model.py" line="230"/>
        <source>Tier {0}</source>
        <translation>{0} 类客户</translation>
    </message>
</context>
<context>
    <name>DealListView</name>
    <message>
        <location filename="../../stage_column.py" line="112"/>
        <source>No deals match the filter.</source>
        <translation>没有符合筛选条件的商机。</translation>
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
    <name>Format</name>
    <message>
        <location filename="../../kit/format.py" line="120"/>
        <source>today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../../kit/format.py" line="122"/>
        <source>tomorrow</source>
        <translation>明天</translation>
    </message>
    <message>
        <location filename="../../kit/format.py" line="124"/>
        <source>yesterday</source>
        <translation>昨天</translation>
    </message>
    <message>
        <location filename="../../kit/format.py" line="126"/>
        <source>in {0} days</source>
        <translation>{0} 天后</translation>
    </message>
    <message>
        <location filename="../../kit/format.py" line="127"/>
        <source>{0} days ago</source>
        <translation>{0} 天前</translation>
    </message>
    <message>
        <location filename="../../kit/format.py" line="139"/>
        <source>1 day overdue</source>
        <translation>逾期 1 天</translation>
    </message>
    <message>
        <location filename="../../kit/format.py" line="140"/>
        <source>{0} days overdue</source>
        <translation>逾期 {0} 天</translation>
    </message>
</context>
<context>
    <name>Forms</name>
    <message>
        <location filename="../../kit/forms.py" line="92"/>
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
        <location filename="../../gate_dialog.py" line="190"/>
        <source>Required before {0}</source>
        <translation>进入{0}前需填写</translation>
    </message>
    <message>
        <location filename="../../gate_dialog.py" line="195"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../gate_dialog.py" line="197"/>
        <source>“{0}” cannot enter {1} yet. This stage requires: {2}.</source>
        <translation>「{0}」还不能进入{1}。该阶段要求填写：{2}。</translation>
    </message>
    <message>
        <location filename="../../gate_dialog.py" line="200"/>
        <source>Save and move</source>
        <translation>保存并移动</translation>
    </message>
</context>
<context>
    <name>GateForm</name>
    <message>
        <location filename="../../gate_dialog.py" line="90"/>
        <source>What problem does the customer need solved?</source>
        <translation>客户需要解决什么问题？</translation>
    </message>
    <message>
        <location filename="../../gate_dialog.py" line="119"/>
        <source>{0}: must be 0 or more.</source>
        <translation>{0}：不能为负数。</translation>
    </message>
    <message>
        <location filename="../../gate_dialog.py" line="126"/>
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
    <name>HandoffDialog</name>
    <message>
        <location filename="../../gate_dialog.py" line="48"/>
        <source>Customer information is complete</source>
        <translation>客户信息完整</translation>
    </message>
    <message>
        <location filename="../../gate_dialog.py" line="49"/>
        <source>Needs and background are written down</source>
        <translation>需求与背景已记录</translation>
    </message>
    <message>
        <location filename="../../gate_dialog.py" line="50"/>
        <source>Deal history is shared</source>
        <translation>成交过程已同步</translation>
    </message>
    <message>
        <location filename="../../gate_dialog.py" line="51"/>
        <source>Promises made to the customer are listed</source>
        <translation>对客户的承诺已列明</translation>
    </message>
    <message>
        <location filename="../../gate_dialog.py" line="52"/>
        <source>Key contacts are introduced</source>
        <translation>关键联系人已引荐</translation>
    </message>
    <message>
        <location filename="../../gate_dialog.py" line="301"/>
        <source>Handoff checklist</source>
        <translation>交接清单</translation>
    </message>
    <message>
        <location filename="../../gate_dialog.py" line="308"/>
        <source>Hand “{0}” over to delivery and customer success. Tick what is done; you can finish the rest later.</source>
        <translation>将「{0}」交接给交付和客户成功团队。勾选已完成的事项，其余可稍后完成。</translation>
    </message>
    <message>
        <location filename="../../gate_dialog.py" line="323"/>
        <source>Promises made to the customer (delivery dates, training, discounts…)</source>
        <translation>对客户的承诺（交付时间、培训、优惠…）</translation>
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
        <location filename="../../gate_dialog.py" line="287"/>
        <source>Mark deal lost</source>
        <translation>标记输单</translation>
    </message>
    <message>
        <location filename="../../gate_dialog.py" line="290"/>
        <source>Why was “{0}” lost? The reason feeds the lost-reasons report.</source>
        <translation>「{0}」为什么输单？原因会计入输单原因分析。</translation>
    </message>
    <message>
        <location filename="../../gate_dialog.py" line="291"/>
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
        <location filename="../../main_window.py" line="60"/>
        <source>RepBook — {0}</source>
        <translation>RepBook — {0}</translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="124"/>
        <source>Pipeline</source>
        <translation>销售管道</translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="125"/>
        <source>Open deals by stage. Drag a card to move it; Ctrl+N adds a deal.</source>
        <translation>按阶段查看进行中的商机。拖动卡片即可推进阶段；Ctrl+N 新建商机。</translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="127"/>
        <source>Open deals</source>
        <translation>进行中商机</translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="128"/>
        <source>Won deals</source>
        <translation>赢单</translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="129"/>
        <source>Lost deals</source>
        <translation>输单</translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="130"/>
        <source>Open pipeline value</source>
        <translation>在途商机金额</translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="134"/>
        <location filename="../../main_window.py" line="137"/>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="135"/>
        <source>Your book of business, tiered A/B/C by revenue and scored by RFM.</source>
        <translation>您的客户资源：按销售额分为 A/B/C 三级，并按 RFM 评分。</translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="138"/>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="139"/>
        <source>A tier (key accounts)</source>
        <translation>A 类（关键客户）</translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="140"/>
        <source>B tier</source>
        <translation>B 类客户</translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="141"/>
        <source>C tier</source>
        <translation>C 类客户</translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="142"/>
        <source>At risk of churn</source>
        <translation>流失风险客户</translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="146"/>
        <source>Calendar</source>
        <translation>拜访日程</translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="147"/>
        <source>Planned visits and care reminders, by tier cadence.</source>
        <translation>按客户等级的拜访节奏安排的拜访计划与关怀提醒。</translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="149"/>
        <source>Visits due in the next 7 days</source>
        <translation>未来 7 天待拜访</translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="150"/>
        <source>Overdue visits</source>
        <translation>逾期未拜访</translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="151"/>
        <source>Activities logged</source>
        <translation>已记录跟进</translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="155"/>
        <source>Playbook</source>
        <translation>销售话术</translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="156"/>
        <source>Objection scripts, SPIN questions, closing signals and stage SOPs.</source>
        <translation>异议处理话术、SPIN 提问、成交信号与各阶段 SOP。</translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="158"/>
        <source>Playbook entries</source>
        <translation>话术条目</translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="159"/>
        <source>Open deals to prepare for</source>
        <translation>待准备的进行中商机</translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="163"/>
        <source>Insights</source>
        <translation>数据洞察</translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="164"/>
        <source>Funnel, stage durations and the bottleneck, receivables and goals.</source>
        <translation>销售漏斗、阶段用时与瓶颈、回款与目标。</translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="166"/>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="167"/>
        <source>Receivables</source>
        <translation>回款计划</translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="168"/>
        <source>Win rate</source>
        <translation>赢单率</translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="219"/>
        <source>{0} customers · {1} open deals · {2} visits overdue</source>
        <translation>{0} 个客户 · {1} 个进行中商机 · {2} 个拜访已逾期</translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="226"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="227"/>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="230"/>
        <source>Import a spreadsheet (CSV/XLSX) or an export bundle</source>
        <translation>导入表格（CSV/XLSX）或导出包</translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="233"/>
        <source>&amp;Export bundle…</source>
        <translation>导出数据包(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="236"/>
        <source>&amp;New customer…</source>
        <translation>新建客户(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="243"/>
        <source>&amp;Back up now</source>
        <translation>立即备份(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="247"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="253"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="254"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="257"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="262"/>
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="271"/>
        <source>&amp;Deals</source>
        <translation>商机(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="289"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="296"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="302"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="303"/>
        <source>&amp;About RepBook</source>
        <translation>关于 RepBook(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="315"/>
        <source>New customer “{0}”</source>
        <translation>新建客户“{0}”</translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="317"/>
        <source>{0} — Ctrl+Z to undo</source>
        <translation>{0} — 按 Ctrl+Z 撤销</translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="346"/>
        <source>Back up now</source>
        <translation>立即备份</translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="348"/>
        <source>Backup written to {0}</source>
        <translation>备份已保存到 {0}</translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="353"/>
        <source>About RepBook</source>
        <translation>关于 RepBook</translation>
    </message>
    <message>
        <location filename="../../main_window.py" line="355"/>
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
    <name>PipelineBoard</name>
    <message>
        <location filename="../../pipeline_board.py" line="151"/>
        <source>&amp;New deal…</source>
        <translation>新建商机(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../pipeline_board.py" line="153"/>
        <source>&amp;Edit deal…</source>
        <translation>编辑商机(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../pipeline_board.py" line="156"/>
        <source>&amp;Delete deal</source>
        <translation>删除商机(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../pipeline_board.py" line="159"/>
        <source>Move to next stage</source>
        <translation>移到下一阶段</translation>
    </message>
    <message>
        <location filename="../../pipeline_board.py" line="162"/>
        <source>Move to previous stage</source>
        <translation>移回上一阶段</translation>
    </message>
    <message>
        <location filename="../../pipeline_board.py" line="165"/>
        <source>Mark &amp;won…</source>
        <translation>标记赢单(&amp;W)…</translation>
    </message>
    <message>
        <location filename="../../pipeline_board.py" line="168"/>
        <source>Mark &amp;lost…</source>
        <translation>标记输单(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../../pipeline_board.py" line="171"/>
        <source>Pipeline &amp;stages…</source>
        <translation>销售阶段设置(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../pipeline_board.py" line="173"/>
        <source>&amp;Lead scoring…</source>
        <translation>线索评分设置(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../../pipeline_board.py" line="184"/>
        <source>By score</source>
        <translation>按评分</translation>
    </message>
    <message>
        <location filename="../../pipeline_board.py" line="185"/>
        <source>Sort leads by lead score</source>
        <translation>线索按评分排序</translation>
    </message>
    <message>
        <location filename="../../pipeline_board.py" line="235"/>
        <source>No deals in this stage — drag one here or press Ctrl+N</source>
        <translation>此阶段暂无商机 — 拖一张卡片到这里，或按 Ctrl+N 新建</translation>
    </message>
    <message>
        <location filename="../../pipeline_board.py" line="239"/>
        <source>Win probability of this stage</source>
        <translation>本阶段赢率</translation>
    </message>
    <message>
        <location filename="../../pipeline_board.py" line="291"/>
        <source>{0} open deals · {1} in pipeline · {2} weighted forecast</source>
        <translation>进行中商机 {0} 个 · 漏斗金额 {1} · 加权预测 {2}</translation>
    </message>
    <message>
        <location filename="../../pipeline_board.py" line="368"/>
        <source>Move to</source>
        <translation>移到</translation>
    </message>
    <message>
        <location filename="../../pipeline_board.py" line="114"/>
        <source>{0} — Ctrl+Z to undo</source>
        <translation>{0} — 按 Ctrl+Z 撤销</translation>
    </message>
</context>
<context>
    <name>PipelineFilters</name>
    <message>
        <location filename="../../pipeline_filters.py" line="40"/>
        <source>Open</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location filename="../../pipeline_filters.py" line="40"/>
        <source>Won</source>
        <translation>赢单</translation>
    </message>
    <message>
        <location filename="../../pipeline_filters.py" line="40"/>
        <source>Lost</source>
        <translation>输单</translation>
    </message>
    <message>
        <location filename="../../pipeline_filters.py" line="51"/>
        <source>Filter by customer or title (pinyin works: hzyq)</source>
        <translation>按客户或商机名称筛选（支持拼音，如 hzyq）</translation>
    </message>
    <message>
        <location filename="../../pipeline_filters.py" line="57"/>
        <source>All tiers</source>
        <translation>全部等级</translation>
    </message>
    <message>
        <location filename="../../pipeline_filters.py" line="59"/>
        <source>Tier {0}</source>
        <translation>{0} 类客户</translation>
    </message>
    <message>
        <location filename="../../pipeline_filters.py" line="62"/>
        <source>Largest amount</source>
        <translation>金额从高到低</translation>
    </message>
    <message>
        <location filename="../../pipeline_filters.py" line="63"/>
        <source>Newest in stage</source>
        <translation>最近进入阶段</translation>
    </message>
    <message>
        <location filename="../../pipeline_filters.py" line="64"/>
        <source>Longest in stage</source>
        <translation>停留时间最长</translation>
    </message>
    <message>
        <location filename="../../pipeline_filters.py" line="65"/>
        <source>Closing soonest</source>
        <translation>预计成交最早</translation>
    </message>
    <message>
        <location filename="../../pipeline_filters.py" line="68"/>
        <source>Stalled only</source>
        <translation>只看停滞</translation>
    </message>
    <message>
        <location filename="../../pipeline_filters.py" line="98"/>
        <source>All owners</source>
        <translation>全部负责人</translation>
    </message>
    <message>
        <location filename="../../pipeline_filters.py" line="104"/>
        <source>Any close month</source>
        <translation>任意成交月份</translation>
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
    <name>StageColumn</name>
    <message>
        <location filename="../../stage_column.py" line="182"/>
        <source>{0} · weighted {1}</source>
        <translation>{0} · 加权 {1}</translation>
    </message>
    <message>
        <location filename="../../stage_column.py" line="186"/>
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
        <location filename="../../application.py" line="49"/>
        <source>Welcome to RepBook</source>
        <translation>欢迎使用 RepBook</translation>
    </message>
    <message>
        <location filename="../../application.py" line="50"/>
        <source>Your database is empty. Load a demo book of business (300 customers with deals, visits and orders) to explore RepBook? You can import your own spreadsheet later.</source>
        <translation>数据库还是空的。要加载一套演示数据（300 个客户及其商机、拜访和订单）来体验 RepBook 吗？之后可以再导入您自己的表格。</translation>
    </message>
    <message>
        <location filename="../../demo_loader.py" line="22"/>
        <source>Creating demo data…</source>
        <translation>正在生成演示数据…</translation>
    </message>
    <message>
        <location filename="../../application.py" line="97"/>
        <source>{0} is already open in another RepBook window.</source>
        <translation>{0} 已在另一个 RepBook 窗口中打开。</translation>
    </message>
    <message>
        <location filename="../../application.py" line="111"/>
        <source>{0} is not a usable RepBook database:
{1}</source>
        <translation>{0} 不是可用的 RepBook 数据库：
{1}</translation>
    </message>
</context>
<context>
    <name>WinDialog</name>
    <message>
        <location filename="../../gate_dialog.py" line="209"/>
        <source>Mark deal won</source>
        <translation>标记赢单</translation>
    </message>
    <message>
        <location filename="../../gate_dialog.py" line="229"/>
        <source>“{0}” is won. RepBook will create the order, plan the after-sale visit and open the handoff checklist.</source>
        <translation>「{0}」赢单！RepBook 将创建订单、安排售后回访，并打开交接清单。</translation>
    </message>
    <message>
        <location filename="../../gate_dialog.py" line="215"/>
        <source>Payment schedule (receivables)</source>
        <translation>回款计划（应收）</translation>
    </message>
    <message>
        <location filename="../../gate_dialog.py" line="219"/>
        <source>Add installment</source>
        <translation>添加一期回款</translation>
    </message>
    <message>
        <location filename="../../gate_dialog.py" line="232"/>
        <source>Mark won</source>
        <translation>标记赢单</translation>
    </message>
    <message>
        <location filename="../../gate_dialog.py" line="240"/>
        <source>Amount due</source>
        <translation>应收金额</translation>
    </message>
    <message>
        <location filename="../../gate_dialog.py" line="242"/>
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <location filename="../../gate_dialog.py" line="244"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../gate_dialog.py" line="267"/>
        <source>Installment {0}: enter an amount due above 0.</source>
        <translation>第 {0} 期：应收金额必须大于 0。</translation>
    </message>
    <message>
        <location filename="../../gate_dialog.py" line="273"/>
        <source>The installments add up to more than the deal amount.</source>
        <translation>各期回款合计超过了成交金额。</translation>
    </message>
</context>
</TS>
