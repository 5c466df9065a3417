<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ActivityKind</name>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="42" />
        <source>Phone call</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="43" />
        <source>Visit</source>
        <translation>拜访</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="44" />
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="45" />
        <source>E-mail</source>
        <translation>邮件</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="46" />
        <source>Meeting</source>
        <translation>会议</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="47" />
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>AddMembersDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/marketing/campaigns.py" line="200" />
        <source>Add members</source>
        <translation>添加成员</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/campaigns.py" line="208" />
        <source>Customer name, phone or e-mail…</source>
        <translation>客户名称、电话或邮箱…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/campaigns.py" line="218" />
        <location filename="../../crm_desktop/ui/marketing/campaigns.py" line="252" />
        <source>Type to search customers.</source>
        <translation>输入文字以搜索客户。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/campaigns.py" line="228" />
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/campaigns.py" line="254" />
        <source>Searching…</source>
        <translation>正在搜索…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/campaigns.py" line="283" />
        <source>No customer matches.</source>
        <translation>没有匹配的客户。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/campaigns.py" line="284" />
        <source>%1 found; tick the customers to add.</source>
        <translation>找到 %1 个；请勾选要添加的客户。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/campaigns.py" line="304" />
        <source>%1 customer(s) chosen</source>
        <translation>已选 %1 个客户</translation>
    </message>
</context>
<context>
    <name>AdminScreen</name>
    <message>
        <location filename="../../crm_desktop/ui/admin/screen.py" line="38" />
        <source>Departments</source>
        <translation>部门</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/screen.py" line="38" />
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/screen.py" line="39" />
        <source>Roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/screen.py" line="39" />
        <source>Lists and pools</source>
        <translation>列表与公海</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/screen.py" line="40" />
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/screen.py" line="41" />
        <source>Sales</source>
        <translation>销售</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/screen.py" line="41" />
        <source>Service</source>
        <translation>服务</translation>
    </message>
</context>
<context>
    <name>AgendaScreen</name>
    <message>
        <location filename="../../crm_desktop/ui/agenda/screen.py" line="168" />
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/agenda/screen.py" line="168" />
        <source>What</source>
        <translation>事项</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/agenda/screen.py" line="168" />
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/agenda/screen.py" line="168" />
        <source>Where</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/agenda/screen.py" line="172" />
        <source>&amp;New task…</source>
        <translation>新建任务(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/agenda/screen.py" line="176" />
        <source>&amp;Done</source>
        <translation>完成(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/agenda/screen.py" line="179" />
        <source>Import .ics…</source>
        <translation>导入 .ics…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/agenda/screen.py" line="183" />
        <source>Export .ics…</source>
        <translation>导出 .ics…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/agenda/screen.py" line="215" />
        <source>Overdue (%1)</source>
        <translation>已逾期（%1）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/agenda/screen.py" line="215" />
        <source>Today (%1)</source>
        <translation>今天（%1）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/agenda/screen.py" line="216" />
        <source>Next 7 days (%1)</source>
        <translation>未来 7 天（%1）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/agenda/screen.py" line="247" />
        <source>Import calendar</source>
        <translation>导入日历</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/agenda/screen.py" line="247" />
        <location filename="../../crm_desktop/ui/agenda/screen.py" line="265" />
        <source>iCalendar (*.ics)</source>
        <translation>iCalendar 日历 (*.ics)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/agenda/screen.py" line="255" />
        <source>Imported: %1 new, %2 updated, %3 skipped.</source>
        <translation>已导入：新增 %1，更新 %2，跳过 %3。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/agenda/screen.py" line="264" />
        <source>Export calendar</source>
        <translation>导出日历</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/ui/agenda/screen.py" line="271" />
        <source>%n task(s) exported.</source>
        <translation>
            <numerusform>已导出 %n 个任务。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ApprovalsScreen</name>
    <message>
        <location filename="../../crm_desktop/ui/approvals/screen.py" line="44" />
        <location filename="../../crm_desktop/ui/approvals/screen.py" line="47" />
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/approvals/screen.py" line="44" />
        <location filename="../../crm_desktop/ui/approvals/screen.py" line="47" />
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/approvals/screen.py" line="44" />
        <location filename="../../crm_desktop/ui/approvals/screen.py" line="47" />
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/approvals/screen.py" line="44" />
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/approvals/screen.py" line="44" />
        <source>Requested by</source>
        <translation>申请人</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/approvals/screen.py" line="45" />
        <source>Requested</source>
        <translation>申请时间</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/approvals/screen.py" line="48" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/approvals/screen.py" line="48" />
        <source>Decisions</source>
        <translation>审批记录</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/approvals/screen.py" line="51" />
        <source>Comment (required to reject)</source>
        <translation>审批意见（驳回时必填）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/approvals/screen.py" line="52" />
        <source>&amp;Approve</source>
        <translation>同意(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/approvals/screen.py" line="55" />
        <source>&amp;Reject</source>
        <translation>驳回(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/approvals/screen.py" line="73" />
        <source>Waiting for me</source>
        <translation>待我审批</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/approvals/screen.py" line="74" />
        <source>My requests</source>
        <translation>我的申请</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/approvals/screen.py" line="118" />
        <source>Waiting for me (%1)</source>
        <translation>待我审批（%1）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/approvals/screen.py" line="123" />
        <source>Choose a request first.</source>
        <translation>请先选择一条申请。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/approvals/screen.py" line="135" />
        <source>Approved.</source>
        <translation>已同意。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/approvals/screen.py" line="135" />
        <source>Rejected.</source>
        <translation>已驳回。</translation>
    </message>
</context>
<context>
    <name>ArticleSuggestions</name>
    <message>
        <location filename="../../crm_desktop/ui/knowledge/suggestions.py" line="46" />
        <source>Knowledge base suggestions</source>
        <translation>知识库推荐</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/knowledge/suggestions.py" line="53" />
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/knowledge/suggestions.py" line="56" />
        <location filename="../../crm_desktop/ui/knowledge/suggestions.py" line="154" />
        <source>It helped</source>
        <translation>有帮助</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/knowledge/suggestions.py" line="58" />
        <source>Count that this article answered the question</source>
        <translation>记录这篇文章解答了问题</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/knowledge/suggestions.py" line="60" />
        <source>No matching articles.</source>
        <translation>没有匹配的文章。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/knowledge/suggestions.py" line="149" />
        <source>Thanks!</source>
        <translation>谢谢！</translation>
    </message>
</context>
<context>
    <name>ArticleTableModel</name>
    <message>
        <location filename="../../crm_desktop/ui/knowledge/model.py" line="12" />
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/knowledge/model.py" line="13" />
        <source>Category</source>
        <translation>分类</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/knowledge/model.py" line="14" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/knowledge/model.py" line="15" />
        <source>Helped</source>
        <translation>有帮助</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/knowledge/model.py" line="16" />
        <source>Updated</source>
        <translation>更新时间</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/knowledge/model.py" line="17" />
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/knowledge/model.py" line="18" />
        <source>Published</source>
        <translation>已发布</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/knowledge/model.py" line="19" />
        <source>Archived</source>
        <translation>已归档</translation>
    </message>
</context>
<context>
    <name>AuditScreen</name>
    <message>
        <location filename="../../crm_desktop/ui/audit/screen.py" line="44" />
        <source>All users</source>
        <translation>全部用户</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/audit/screen.py" line="47" />
        <source>All records</source>
        <translation>全部记录类型</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/audit/screen.py" line="53" />
        <source>Record id or its first digits</source>
        <translation>记录编号或其开头几位</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/audit/screen.py" line="56" />
        <source>&amp;Apply</source>
        <translation>应用(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/audit/screen.py" line="58" />
        <source>C&amp;lear</source>
        <translation>清除(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/audit/screen.py" line="60" />
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/audit/screen.py" line="67" />
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/audit/screen.py" line="69" />
        <source>To</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/audit/screen.py" line="95" />
        <location filename="../../crm_desktop/ui/audit/screen.py" line="241" />
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/audit/screen.py" line="95" />
        <location filename="../../crm_desktop/ui/audit/screen.py" line="241" />
        <source>Old value</source>
        <translation>旧值</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/audit/screen.py" line="95" />
        <location filename="../../crm_desktop/ui/audit/screen.py" line="242" />
        <source>New value</source>
        <translation>新值</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/audit/screen.py" line="145" />
        <source>Any</source>
        <translation>不限</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/audit/screen.py" line="210" />
        <source>Counting entries…</source>
        <translation>正在统计记录数…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/ui/audit/screen.py" line="212" />
        <source>%n entry(ies)</source>
        <translation>
            <numerusform>%n 条记录</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/audit/screen.py" line="219" />
        <source>Select an entry to see what it changed.</source>
        <translation>选择一条记录以查看其变更内容。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/audit/screen.py" line="222" />
        <source>#%1  %2  %3: %4 %5 %6</source>
        <translation>#%1  %2  %3：%4 %5 %6</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/audit/screen.py" line="240" />
        <source>Seq</source>
        <translation>序号</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/audit/screen.py" line="240" />
        <source>Time (UTC)</source>
        <translation>时间（UTC）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/audit/screen.py" line="240" />
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/audit/screen.py" line="240" />
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/audit/screen.py" line="240" />
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/audit/screen.py" line="241" />
        <source>Entity</source>
        <translation>对象类型</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/audit/screen.py" line="241" />
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/audit/screen.py" line="241" />
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/audit/screen.py" line="243" />
        <source>Export audit trail</source>
        <translation>导出审计日志</translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <location filename="../../crm_desktop/ui/audit/model.py" line="16" />
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/audit/model.py" line="17" />
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/audit/model.py" line="18" />
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/audit/model.py" line="19" />
        <source>Entity</source>
        <translation>对象类型</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/audit/model.py" line="20" />
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/audit/model.py" line="21" />
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/audit/model.py" line="22" />
        <source>Fields</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/audit/model.py" line="23" />
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/audit/model.py" line="24" />
        <source>Seq</source>
        <translation>序号</translation>
    </message>
</context>
<context>
    <name>AutomationScreen</name>
    <message>
        <location filename="../../crm_desktop/ui/marketing/automation.py" line="18" />
        <source>A lead is created</source>
        <translation>新建线索时</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/automation.py" line="19" />
        <source>A customer enters a segment</source>
        <translation>客户进入分群时</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/automation.py" line="20" />
        <source>An opportunity changes stage</source>
        <translation>商机阶段变更时</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/automation.py" line="21" />
        <source>Assign an owner</source>
        <translation>分配负责人</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/automation.py" line="22" />
        <source>Create a task</source>
        <translation>创建任务</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/automation.py" line="23" />
        <source>Add to a campaign</source>
        <translation>加入营销活动</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/automation.py" line="24" />
        <source>Send a template e-mail</source>
        <translation>发送模板邮件</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/automation.py" line="25" />
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/automation.py" line="26" />
        <source>Skipped</source>
        <translation>跳过</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/automation.py" line="27" />
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/automation.py" line="124" />
        <source>New rule…</source>
        <translation>新建规则…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/automation.py" line="125" />
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/automation.py" line="126" />
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/automation.py" line="127" />
        <source>Run now</source>
        <translation>立即运行</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/automation.py" line="128" />
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/automation.py" line="128" />
        <source>When</source>
        <translation>触发条件</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/automation.py" line="128" />
        <source>Then</source>
        <translation>执行动作</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/automation.py" line="128" />
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/automation.py" line="130" />
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/automation.py" line="130" />
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/automation.py" line="130" />
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/automation.py" line="130" />
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/automation.py" line="131" />
        <source>Detail</source>
        <translation>详情</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/automation.py" line="140" />
        <source>What the rules did</source>
        <translation>规则执行记录</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/automation.py" line="178" />
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/automation.py" line="178" />
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/automation.py" line="194" />
        <source>Choose a rule first.</source>
        <translation>请先选择一条规则。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/automation.py" line="241" />
        <source>Rules ran: %1 done, %2 skipped, %3 failed.</source>
        <translation>规则已运行：完成 %1 条，跳过 %2 条，失败 %3 条。</translation>
    </message>
</context>
<context>
    <name>BackupActions</name>
    <message>
        <location filename="../../crm_desktop/ui/backup_actions.py" line="33" />
        <source>&amp;Back up now</source>
        <translation>立即备份(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/backup_actions.py" line="36" />
        <source>&amp;Restore from backup…</source>
        <translation>从备份恢复(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/backup_actions.py" line="51" />
        <source>A backup is already running.</source>
        <translation>已有一个备份正在进行。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/backup_actions.py" line="55" />
        <source>Backing up…</source>
        <translation>正在备份…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/backup_actions.py" line="72" />
        <source>Backed up to %1</source>
        <translation>已备份到 %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/backup_actions.py" line="77" />
        <source>Backup</source>
        <translation>备份</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/backup_actions.py" line="81" />
        <location filename="../../crm_desktop/ui/backup_actions.py" line="88" />
        <source>Restore from backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/backup_actions.py" line="82" />
        <source>Database backups (*.sqlite3)</source>
        <translation>数据库备份 (*.sqlite3)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/backup_actions.py" line="89" />
        <source>Replace all data in this folder with the backup
%1?

The current data is kept as a backup of its own, and the app restarts.</source>
        <translation>用以下备份替换此文件夹中的全部数据吗？
%1

当前数据会另存为一个备份，应用随后重新启动。</translation>
    </message>
</context>
<context>
    <name>BulkActions</name>
    <message>
        <location filename="../../crm_desktop/ui/customers/bulk_actions.py" line="25" />
        <source>&amp;Bulk actions</source>
        <translation>批量操作(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/bulk_actions.py" line="29" />
        <source>Assign owner…</source>
        <translation>分配负责人…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/bulk_actions.py" line="30" />
        <source>Add tag…</source>
        <translation>添加标签…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/bulk_actions.py" line="31" />
        <source>Remove tag…</source>
        <translation>移除标签…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/bulk_actions.py" line="32" />
        <source>Move to public pool…</source>
        <translation>移入公海…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/bulk_actions.py" line="33" />
        <source>Delete to recycle bin</source>
        <translation>删除到回收站</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/bulk_actions.py" line="46" />
        <source>The list shows no customer: there is nothing to apply a bulk action to.</source>
        <translation>列表中没有客户，无法执行批量操作。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/bulk_actions.py" line="48" />
        <source>Bulk action</source>
        <translation>批量操作</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/ui/customers/bulk_actions.py" line="49" />
        <source>No rows are selected. Apply to all %n customer(s) the list shows?</source>
        <translation>
            <numerusform>未选择任何行。要对列表中的全部 %n 个客户执行吗？</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/bulk_actions.py" line="60" />
        <source>There is no active user to assign customers to.</source>
        <translation>没有可分配客户的在职用户。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/bulk_actions.py" line="63" />
        <source>Assign owner</source>
        <translation>分配负责人</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/bulk_actions.py" line="63" />
        <source>New owner:</source>
        <translation>新负责人：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/bulk_actions.py" line="69" />
        <source>No customer has a tag: there is none to remove.</source>
        <translation>没有客户带标签，没有可移除的标签。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/bulk_actions.py" line="71" />
        <source>Remove tag</source>
        <translation>移除标签</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/bulk_actions.py" line="71" />
        <source>Tag to remove:</source>
        <translation>要移除的标签：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/bulk_actions.py" line="78" />
        <source>Tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/bulk_actions.py" line="82" />
        <source>Tag name (an existing one, or a new one):</source>
        <translation>标签名（已有的，或新建一个）：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/bulk_actions.py" line="83" />
        <source>Tag (one of the existing tags):</source>
        <translation>标签（从已有标签中选择）：</translation>
    </message>
    <message>
        <source>Tag name:</source>
        <translation type="vanished">标签名称：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/bulk_actions.py" line="91" />
        <source>Move to public pool</source>
        <translation>移入公海</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/bulk_actions.py" line="92" />
        <source>Why do they go back to the pool?</source>
        <translation>为什么退回公海？</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/bulk_actions.py" line="98" />
        <source>A bulk action is already running.</source>
        <translation>已有批量操作正在进行。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/ui/customers/bulk_actions.py" line="110" />
        <source>Working on %n customer(s)…</source>
        <translation>
            <numerusform>正在处理 %n 个客户…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/bulk_actions.py" line="110" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/ui/customers/bulk_actions.py" line="135" />
        <source>Done for %n customer(s) (Ctrl+Z undoes the last batch).</source>
        <translation>
            <numerusform>已处理 %n 个客户（Ctrl+Z 可撤销最后一批）。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/bulk_actions.py" line="142" />
        <source>Stopped; what was done before stays done.</source>
        <translation>已停止；之前完成的部分会保留。</translation>
    </message>
</context>
<context>
    <name>CampaignDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/marketing/campaigns.py" line="100" />
        <source>Edit campaign</source>
        <translation>编辑营销活动</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/campaigns.py" line="100" />
        <source>New campaign</source>
        <translation>新建营销活动</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/campaigns.py" line="103" />
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/campaigns.py" line="104" />
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/campaigns.py" line="107" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/campaigns.py" line="110" />
        <source>Scheduled</source>
        <translation>已排期</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/campaigns.py" line="112" />
        <source>Starts</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/campaigns.py" line="113" />
        <source>Ends</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/campaigns.py" line="119" />
        <source>Budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/campaigns.py" line="120" />
        <source>Actual cost</source>
        <translation>实际成本</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/campaigns.py" line="121" />
        <source>Expected revenue</source>
        <translation>预期收入</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/campaigns.py" line="124" />
        <source>Goals</source>
        <translation>活动目标</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/campaigns.py" line="126" />
        <source>Description</source>
        <translation>说明</translation>
    </message>
</context>
<context>
    <name>CampaignsScreen</name>
    <message>
        <location filename="../../crm_desktop/ui/marketing/campaigns.py" line="65" />
        <source>E-mail</source>
        <translation>邮件营销</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/campaigns.py" line="66" />
        <source>Event</source>
        <translation>活动</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/campaigns.py" line="67" />
        <source>Exhibition</source>
        <translation>展会</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/campaigns.py" line="68" />
        <source>Online</source>
        <translation>线上推广</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/campaigns.py" line="69" />
        <source>Telemarketing</source>
        <translation>电话营销</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/campaigns.py" line="70" />
        <location filename="../../crm_desktop/ui/marketing/campaigns.py" line="80" />
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/campaigns.py" line="71" />
        <source>Planned</source>
        <translation>计划中</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/campaigns.py" line="72" />
        <source>Active</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/campaigns.py" line="73" />
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/campaigns.py" line="74" />
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/campaigns.py" line="75" />
        <source>Interested</source>
        <translation>有意向</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/campaigns.py" line="76" />
        <source>Not interested</source>
        <translation>无意向</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/campaigns.py" line="77" />
        <source>Registered</source>
        <translation>已报名</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/campaigns.py" line="78" />
        <source>Attended</source>
        <translation>已参加</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/campaigns.py" line="79" />
        <source>Bought</source>
        <translation>已购买</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/campaigns.py" line="81" />
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/campaigns.py" line="82" />
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/campaigns.py" line="83" />
        <source>Lead</source>
        <translation>线索</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/campaigns.py" line="397" />
        <location filename="../../crm_desktop/ui/marketing/campaigns.py" line="401" />
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/campaigns.py" line="397" />
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/campaigns.py" line="397" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/campaigns.py" line="397" />
        <source>Starts</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/campaigns.py" line="398" />
        <source>Budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/campaigns.py" line="398" />
        <source>Actual cost</source>
        <translation>实际成本</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/campaigns.py" line="398" />
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/campaigns.py" line="401" />
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/campaigns.py" line="401" />
        <source>E-mail address</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/campaigns.py" line="402" />
        <source>Response</source>
        <translation>响应</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/campaigns.py" line="402" />
        <source>Responded at</source>
        <translation>响应时间</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/campaigns.py" line="414" />
        <source>&amp;New campaign…</source>
        <translation>新建活动(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/campaigns.py" line="415" />
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/campaigns.py" line="416" />
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/campaigns.py" line="417" />
        <source>Add from &amp;segment…</source>
        <translation>从分群添加(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/campaigns.py" line="424" />
        <source>&amp;Add members…</source>
        <translation>添加成员(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/campaigns.py" line="431" />
        <source>Record response</source>
        <translation>记录响应</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/campaigns.py" line="439" />
        <source>Send e-&amp;mail…</source>
        <translation>发送邮件(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/campaigns.py" line="477" />
        <location filename="../../crm_desktop/ui/marketing/campaigns.py" line="642" />
        <source>Choose a campaign first.</source>
        <translation>请先选择一个营销活动。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/campaigns.py" line="566" />
        <source>Delete campaign</source>
        <translation>删除营销活动</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/campaigns.py" line="567" />
        <source>Move the campaign %1 to the recycle bin?</source>
        <translation>将营销活动 %1 移入回收站？</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/campaigns.py" line="581" />
        <source>There are no segments yet.</source>
        <translation>还没有客户分群。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/campaigns.py" line="584" />
        <source>Add from segment</source>
        <translation>从分群添加</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/campaigns.py" line="584" />
        <source>Segment</source>
        <translation>分群</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/campaigns.py" line="594" />
        <source>Adding the segment&apos;s customers…</source>
        <translation>正在添加分群中的客户…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/campaigns.py" line="594" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/campaigns.py" line="622" />
        <location filename="../../crm_desktop/ui/marketing/campaigns.py" line="656" />
        <source>%1 added, %2 already members.</source>
        <translation>已添加 %1 位，%2 位已是成员。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/campaigns.py" line="631" />
        <source>Cancelled; the members added so far are kept.</source>
        <translation>已取消；已添加的成员会保留。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/campaigns.py" line="665" />
        <source>Select a member first.</source>
        <translation>请先选择成员。</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/login/dialogs.py" line="286" />
        <source>Change password</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/login/dialogs.py" line="288" />
        <source>Current password</source>
        <translation>当前密码</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/login/dialogs.py" line="289" />
        <source>New password</source>
        <translation>新密码</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/login/dialogs.py" line="290" />
        <source>Repeat new password</source>
        <translation>再次输入新密码</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/login/dialogs.py" line="291" />
        <source>At least 8 characters, not containing your user name, and none of your last 5 passwords.</source>
        <translation>至少 8 个字符，不能包含用户名，且不能与最近 5 次使用的密码相同。</translation>
    </message>
</context>
<context>
    <name>ChurnScreen</name>
    <message>
        <location filename="../../crm_desktop/ui/customers/churn.py" line="50" />
        <source>Retrain churn model</source>
        <translation>重新训练流失模型</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/churn.py" line="52" />
        <source>Learn the churn risk score again from the customers&apos; history (in the background)</source>
        <translation>根据客户历史重新学习流失风险评分（在后台进行）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/churn.py" line="94" />
        <source>no follow-up for %1 days</source>
        <translation>%1 天未跟进</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/churn.py" line="96" />
        <source>no deal for %1 days</source>
        <translation>%1 天未成交</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/churn.py" line="98" />
        <source>overdue receivables</source>
        <translation>回款逾期</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/churn.py" line="99" />
        <source>Customers flagged by: %1 (an administrator sets the thresholds under Administration &gt; Lists and pools).</source>
        <translation>预警条件：%1（管理员可在“系统管理 &gt; 列表与公海”中设置阈值）。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/churn.py" line="101" />
        <source> or </source>
        <translation> 或 </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/churn.py" line="101" />
        <source>nothing (off)</source>
        <translation>无（已关闭）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/churn.py" line="112" />
        <source>No churn model has been trained yet: risk scores follow the warning rules alone.</source>
        <translation>尚未训练流失模型：风险评分仅依据预警规则。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/churn.py" line="115" />
        <source>Churn model trained %1 on %2 customers; held-out AUC %3.</source>
        <translation>流失模型于 %1 基于 %2 个客户训练；留出集 AUC %3。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/churn.py" line="127" />
        <source>Training the churn model…</source>
        <translation>正在训练流失模型…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/churn.py" line="145" />
        <source>Churn model trained: held-out AUC %1 on %2 customers (trained on %3); %4 churned and %5 retained customers in all.</source>
        <translation>流失模型已训练：留出的 %2 个客户上 AUC 为 %1（训练集 %3 个）；共 %4 个已流失客户、%5 个留存客户。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/churn.py" line="155" />
        <source>Training the churn model was cancelled.</source>
        <translation>流失模型训练已取消。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/churn.py" line="159" />
        <source>Not enough history to train the churn model: %1 churned and %2 retained customers; at least %3 of each are needed. Risk scores follow the warning rules alone.</source>
        <translation>历史数据不足，无法训练流失模型：已流失客户 %1 个、留存客户 %2 个，两类各需至少 %3 个。风险评分仅依据预警规则。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/churn.py" line="164" />
        <source>Training the churn model failed: %1</source>
        <translation>流失模型训练失败：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/ui/customers/churn.py" line="167" />
        <source>%n customer(s) at risk.</source>
        <translation>
            <numerusform>%n 个客户有流失风险。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/churn.py" line="169" />
        <source>No customer is at risk under the rules above.</source>
        <translation>按上方规则，目前没有流失风险客户。</translation>
    </message>
</context>
<context>
    <name>ConflictInbox</name>
    <message>
        <location filename="../../crm_desktop/ui/sync/inbox.py" line="165" />
        <source>Changes made here and on the server to the same field, and changes the server refused. Keep your value, take theirs, or type another; it reaches the server with the next sync.</source>
        <translation>本机和服务器对同一字段所做的修改，以及被服务器拒绝的修改。可保留您的值、采用对方的值或输入新值；所做选择将在下次同步时提交到服务器。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/inbox.py" line="184" />
        <source>Keep &amp;mine</source>
        <translation>保留我的(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/inbox.py" line="187" />
        <source>Keep &amp;theirs</source>
        <translation>采用对方的(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/inbox.py" line="190" />
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/inbox.py" line="193" />
        <source>&amp;Dismiss</source>
        <translation>忽略(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/inbox.py" line="196" />
        <source>&amp;Reload</source>
        <translation>重新加载(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/inbox.py" line="241" />
        <source>%1 open</source>
        <translation>%1 项待处理</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/inbox.py" line="242" />
        <source>Nothing to look at: every sync issue is settled.</source>
        <translation>没有待处理事项：所有同步问题均已解决。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/inbox.py" line="295" />
        <source>Kept your value of %1.</source>
        <translation>已保留您的 %1 值。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/inbox.py" line="295" />
        <source>Took the other value of %1.</source>
        <translation>已采用对方的 %1 值。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/inbox.py" line="296" />
        <source>Set %1 to the value you chose.</source>
        <translation>已将 %1 设为您选择的值。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/inbox.py" line="297" />
        <source>Dismissed: %1.</source>
        <translation>已忽略：%1。</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/sync/connect_dialog.py" line="75" />
        <source>Connect to server</source>
        <translation>连接服务器</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/connect_dialog.py" line="82" />
        <source>server name or address</source>
        <translation>服务器名称或地址</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/connect_dialog.py" line="101" />
        <source>CA certificate (.crt/.pem) for verify-ca / verify-full</source>
        <translation>CA 证书（.crt/.pem），用于 verify-ca / verify-full</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/connect_dialog.py" line="102" />
        <source>client certificate, if the server asks for one</source>
        <translation>客户端证书（服务器要求时）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/connect_dialog.py" line="103" />
        <source>the client certificate&apos;s private key</source>
        <translation>客户端证书的私钥</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/connect_dialog.py" line="107" />
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/connect_dialog.py" line="114" />
        <source>Remember password in the keyring</source>
        <translation>在密钥环中记住密码</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/connect_dialog.py" line="116" />
        <source>no keyring: you will be asked each time</source>
        <translation>没有密钥环：每次都会询问您密码</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/connect_dialog.py" line="137" />
        <source>&amp;Host:</source>
        <translation>主机(&amp;H)：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/connect_dialog.py" line="138" />
        <source>&amp;Port:</source>
        <translation>端口(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/connect_dialog.py" line="139" />
        <source>&amp;Database:</source>
        <translation>数据库(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/connect_dialog.py" line="140" />
        <source>&amp;User:</source>
        <translation>用户(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/connect_dialog.py" line="141" />
        <source>Pass&amp;word:</source>
        <translation>密码(&amp;W)：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/connect_dialog.py" line="142" />
        <source>SSL &amp;mode:</source>
        <translation>SSL 模式(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/connect_dialog.py" line="143" />
        <source>CA certificate:</source>
        <translation>CA 证书：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/connect_dialog.py" line="144" />
        <source>Client certificate:</source>
        <translation>客户端证书：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/connect_dialog.py" line="145" />
        <source>Client key:</source>
        <translation>客户端私钥：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/connect_dialog.py" line="149" />
        <source>&amp;Test connection</source>
        <translation>测试连接(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/connect_dialog.py" line="158" />
        <source>&amp;Connect</source>
        <translation>连接(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/connect_dialog.py" line="174" />
        <source>Choose a certificate or key file</source>
        <translation>选择证书或私钥文件</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/connect_dialog.py" line="185" />
        <source>host</source>
        <translation>主机</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/connect_dialog.py" line="185" />
        <source>database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/connect_dialog.py" line="186" />
        <source>user</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/connect_dialog.py" line="188" />
        <source>Fill in: %1</source>
        <translation>请填写：%1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/connect_dialog.py" line="210" />
        <source>Testing the connection…</source>
        <translation>正在测试连接…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/connect_dialog.py" line="216" />
        <source>The connection works.</source>
        <translation>连接正常。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/connect_dialog.py" line="227" />
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="72" />
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="75" />
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="76" />
        <source>Title</source>
        <translation>职务</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="77" />
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="78" />
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="79" />
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="80" />
        <source>Other phone</source>
        <translation>其他电话</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="81" />
        <source>Email</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="82" />
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="87" />
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="89" />
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="90" />
        <source>Primary contact</source>
        <translation>主联系人</translation>
    </message>
</context>
<context>
    <name>ContractDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/contracts/dialogs.py" line="88" />
        <source>New contract</source>
        <translation>新建合同</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/contracts/dialogs.py" line="90" />
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/contracts/dialogs.py" line="91" />
        <source>Contract</source>
        <translation>合同</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/contracts/dialogs.py" line="92" />
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/contracts/dialogs.py" line="93" />
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/contracts/dialogs.py" line="96" />
        <source>Type to search customers…</source>
        <translation>输入以搜索客户…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/contracts/dialogs.py" line="100" />
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/contracts/dialogs.py" line="101" />
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/contracts/dialogs.py" line="103" />
        <source>Signed on</source>
        <translation>签订日期</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/contracts/dialogs.py" line="104" />
        <source>Starts on</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/contracts/dialogs.py" line="105" />
        <source>Ends on</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/contracts/dialogs.py" line="106" />
        <source>Terms</source>
        <translation>条款</translation>
    </message>
</context>
<context>
    <name>ContractsScreen</name>
    <message>
        <location filename="../../crm_desktop/ui/contracts/screen.py" line="26" />
        <source>Pending</source>
        <translation>待回款</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/contracts/screen.py" line="27" />
        <source>Partly paid</source>
        <translation>部分回款</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/contracts/screen.py" line="28" />
        <source>Paid</source>
        <translation>已回款</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/contracts/screen.py" line="29" />
        <location filename="../../crm_desktop/ui/contracts/screen.py" line="91" />
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/contracts/screen.py" line="30" />
        <source>Void</source>
        <translation>已作废</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/contracts/screen.py" line="73" />
        <source>&amp;New contract</source>
        <translation>新建合同(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/contracts/screen.py" line="89" />
        <location filename="../../crm_desktop/ui/contracts/screen.py" line="101" />
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/contracts/screen.py" line="89" />
        <location filename="../../crm_desktop/ui/contracts/screen.py" line="101" />
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/contracts/screen.py" line="89" />
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/contracts/screen.py" line="90" />
        <location filename="../../crm_desktop/ui/contracts/screen.py" line="97" />
        <location filename="../../crm_desktop/ui/contracts/screen.py" line="99" />
        <location filename="../../crm_desktop/ui/contracts/screen.py" line="102" />
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/contracts/screen.py" line="90" />
        <location filename="../../crm_desktop/ui/contracts/screen.py" line="98" />
        <source>Received</source>
        <translation>已回款</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/contracts/screen.py" line="90" />
        <source>Collected</source>
        <translation>回款率</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/contracts/screen.py" line="91" />
        <source>Signed</source>
        <translation>签订日期</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/contracts/screen.py" line="91" />
        <location filename="../../crm_desktop/ui/contracts/screen.py" line="98" />
        <location filename="../../crm_desktop/ui/contracts/screen.py" line="102" />
        <location filename="../../crm_desktop/ui/contracts/screen.py" line="106" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/contracts/screen.py" line="92" />
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/contracts/screen.py" line="97" />
        <location filename="../../crm_desktop/ui/contracts/screen.py" line="99" />
        <source>Instalment</source>
        <translation>期次</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/contracts/screen.py" line="97" />
        <source>Due on</source>
        <translation>计划回款日</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/contracts/screen.py" line="98" />
        <location filename="../../crm_desktop/ui/contracts/screen.py" line="100" />
        <source>Method</source>
        <translation>方式</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/contracts/screen.py" line="99" />
        <source>Received on</source>
        <translation>回款日期</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/contracts/screen.py" line="100" />
        <source>Reference</source>
        <translation>凭证号</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/contracts/screen.py" line="101" />
        <source>Tax number</source>
        <translation>税号</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/contracts/screen.py" line="103" />
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/contracts/screen.py" line="103" />
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/contracts/screen.py" line="106" />
        <source>Requested</source>
        <translation>申请时间</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/contracts/screen.py" line="106" />
        <source>Decisions</source>
        <translation>审批记录</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/contracts/screen.py" line="108" />
        <source>Add instalment…</source>
        <translation>添加回款计划…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/contracts/screen.py" line="111" />
        <source>Record payment…</source>
        <translation>登记回款…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/contracts/screen.py" line="114" />
        <source>Add invoice…</source>
        <translation>添加发票…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/contracts/screen.py" line="117" />
        <source>Issue invoice</source>
        <translation>开具发票</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/contracts/screen.py" line="120" />
        <source>Attach file…</source>
        <translation>添加附件…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/contracts/screen.py" line="128" />
        <source>New task…</source>
        <translation>新建任务…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/contracts/screen.py" line="132" />
        <source>Contract PDF…</source>
        <translation>合同 PDF…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/contracts/screen.py" line="141" />
        <source>Receivable plan</source>
        <translation>回款计划</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/contracts/screen.py" line="142" />
        <source>Payments</source>
        <translation>回款记录</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/contracts/screen.py" line="143" />
        <source>Invoices</source>
        <translation>发票</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/contracts/screen.py" line="144" />
        <source>Files</source>
        <translation>附件</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/contracts/screen.py" line="145" />
        <source>Approvals</source>
        <translation>审批</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/contracts/screen.py" line="197" />
        <source>not due</source>
        <translation>未到期</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/contracts/screen.py" line="197" />
        <source>1-30 days</source>
        <translation>1-30 天</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/contracts/screen.py" line="197" />
        <source>31-60 days</source>
        <translation>31-60 天</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/contracts/screen.py" line="198" />
        <source>61-90 days</source>
        <translation>61-90 天</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/contracts/screen.py" line="198" />
        <source>over 90 days</source>
        <translation>90 天以上</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/contracts/screen.py" line="199" />
        <source>Receivables aging: %1</source>
        <translation>应收账龄：%1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/contracts/screen.py" line="208" />
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/contracts/screen.py" line="208" />
        <source>Awaiting approval</source>
        <translation>审批中</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/contracts/screen.py" line="208" />
        <source>Active</source>
        <translation>生效</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/contracts/screen.py" line="209" />
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/contracts/screen.py" line="209" />
        <source>Terminated</source>
        <translation>已终止</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/contracts/screen.py" line="222" />
        <source>Choose a contract to see its receivables.</source>
        <translation>选择一份合同以查看其回款。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/contracts/screen.py" line="241" />
        <source>awaiting approval</source>
        <translation>审批中</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/contracts/screen.py" line="263" />
        <source>Status changed.</source>
        <translation>状态已更改。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/contracts/screen.py" line="277" />
        <source>Contract saved.</source>
        <translation>合同已保存。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/contracts/screen.py" line="286" />
        <source>Instalment added.</source>
        <translation>回款计划已添加。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/contracts/screen.py" line="293" />
        <source>Payment recorded.</source>
        <translation>回款已登记。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/contracts/screen.py" line="301" />
        <source>Invoice added.</source>
        <translation>发票已添加。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/contracts/screen.py" line="307" />
        <source>Choose the invoice to issue.</source>
        <translation>请选择要开具的发票。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/contracts/screen.py" line="311" />
        <source>Invoice issued.</source>
        <translation>发票已开具。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/contracts/screen.py" line="316" />
        <source>Attach a file</source>
        <translation>添加附件</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/contracts/screen.py" line="322" />
        <source>File attached.</source>
        <translation>附件已添加。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/contracts/screen.py" line="328" />
        <source>Save file</source>
        <translation>保存文件</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/contracts/screen.py" line="335" />
        <source>Save PDF</source>
        <translation>保存 PDF</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/contracts/screen.py" line="335" />
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/contracts/screen.py" line="347" />
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
</context>
<context>
    <name>ConvertDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/leads/screen.py" line="93" />
        <source>Convert lead: %1</source>
        <translation>转化线索：%1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/leads/screen.py" line="96" />
        <source>A new customer: %1</source>
        <translation>新建客户：%1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/leads/screen.py" line="99" />
        <source>Existing: %1 (%2)</source>
        <translation>已有客户：%1（%2）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/leads/screen.py" line="103" />
        <source>Create an opportunity</source>
        <translation>同时创建商机</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/leads/screen.py" line="110" />
        <source>Opportunity</source>
        <translation>商机</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/leads/screen.py" line="111" />
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/leads/screen.py" line="118" />
        <source>The lead becomes:</source>
        <translation>线索转化为：</translation>
    </message>
</context>
<context>
    <name>CustomerDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="126" />
        <location filename="../../crm_desktop/ui/customers/form.py" line="654" />
        <source>New customer</source>
        <translation>新建客户</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="126" />
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="139" />
        <location filename="../../crm_desktop/ui/customers/form.py" line="435" />
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="139" />
        <source>Short name</source>
        <translation>简称</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="139" />
        <location filename="../../crm_desktop/ui/customers/form.py" line="435" />
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="140" />
        <location filename="../../crm_desktop/ui/customers/form.py" line="436" />
        <source>Email</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="198" />
        <location filename="../../crm_desktop/ui/customers/form.py" line="237" />
        <source>Province</source>
        <translation>省份</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="198" />
        <location filename="../../crm_desktop/ui/customers/form.py" line="237" />
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="141" />
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="140" />
        <location filename="../../crm_desktop/ui/customers/form.py" line="435" />
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="140" />
        <source>Website</source>
        <translation>网址</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="141" />
        <source>Credit code</source>
        <translation>信用代码</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="146" />
        <source>统一社会信用代码, 18 characters</source>
        <translation>统一社会信用代码，18 位</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="148" />
        <location filename="../../crm_desktop/ui/customers/form.py" line="384" />
        <source>Enterprise</source>
        <translation>企业</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="148" />
        <location filename="../../crm_desktop/ui/customers/form.py" line="385" />
        <source>Individual</source>
        <translation>个人</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="149" />
        <location filename="../../crm_desktop/ui/customers/form.py" line="196" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="150" />
        <source>Potential</source>
        <translation>潜在客户</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="150" />
        <source>Closed deal</source>
        <translation>成交客户</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="151" />
        <source>Invalid</source>
        <translation>无效客户</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="152" />
        <location filename="../../crm_desktop/ui/customers/form.py" line="197" />
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="152" />
        <location filename="../../crm_desktop/ui/customers/form.py" line="197" />
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="153" />
        <location filename="../../crm_desktop/ui/customers/form.py" line="198" />
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="162" />
        <location filename="../../crm_desktop/ui/customers/form.py" line="338" />
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="165" />
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="166" />
        <source>Comma-separated, e.g. VIP, 重点客户</source>
        <translation>用逗号分隔，例如：VIP, 重点客户</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="170" />
        <location filename="../../crm_desktop/ui/customers/form.py" line="199" />
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="171" />
        <source>Details</source>
        <translation>基本信息</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="172" />
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="173" />
        <source>Follow-ups</source>
        <translation>跟进记录</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="174" />
        <source>Change</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="174" />
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="175" />
        <source>Old value</source>
        <translation>原值</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="175" />
        <source>New value</source>
        <translation>新值</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="178" />
        <source>History</source>
        <translation>变更历史</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="179" />
        <source>What</source>
        <translation>事件</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="179" />
        <source>Detail</source>
        <translation>详情</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="187" />
        <source>360° timeline</source>
        <translation>360° 时间线</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="195" />
        <source>Loyalty</source>
        <translation>会员积分</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="199" />
        <location filename="../../crm_desktop/ui/customers/form.py" line="238" />
        <source>District</source>
        <translation>区县</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="200" />
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="201" />
        <source>Deleted</source>
        <translation>删除时间</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="201" />
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="202" />
        <source>Last follow-up</source>
        <translation>最近跟进</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="202" />
        <source>Last deal</source>
        <translation>最近成交</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="203" />
        <source>Public pool</source>
        <translation>公海</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="203" />
        <source>Claimed</source>
        <translation>领取时间</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="204" />
        <source>Previous owner</source>
        <translation>原负责人</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="204" />
        <source>Released</source>
        <translation>退回时间</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="205" />
        <source>Release reason</source>
        <translation>退回原因</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="206" />
        <source>Loyalty tier</source>
        <translation>会员等级</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="207" />
        <source>Loyalty points</source>
        <translation>会员积分</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="216" />
        <source>New ticket</source>
        <translation>新建工单</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="275" />
        <source>Churn risk and value</source>
        <translation>流失风险与客户价值</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="298" />
        <source>Churn risk</source>
        <translation>流失风险</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="299" />
        <source>Top factors</source>
        <translation>主要因素</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="300" />
        <source>Warning rules</source>
        <translation>预警规则</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="301" />
        <source>Scored by</source>
        <translation>评分依据</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="302" />
        <source>Value (RFM)</source>
        <translation>客户价值（RFM）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="303" />
        <source>Lifetime value (12 months)</source>
        <translation>生命周期价值（未来12个月）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="309" />
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="329" />
        <location filename="../../crm_desktop/ui/customers/form.py" line="347" />
        <source>not available</source>
        <translation>无权查看</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="331" />
        <source>%1 / 100</source>
        <translation>%1 / 100</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="332" />
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="332" />
        <source>Medium</source>
        <translation>中</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="332" />
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="340" />
        <source>none flag this customer</source>
        <translation>未触发任何预警规则</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="342" />
        <source>Rule-based: no churn model has been trained yet</source>
        <translation>仅按预警规则：尚未训练流失模型</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="344" />
        <source>Warning rules and the churn model trained on %1</source>
        <translation>预警规则及 %1 训练的流失模型</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="349" />
        <source>No payments yet</source>
        <translation>暂无回款</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="351" />
        <source>%1 (R%2 F%3 M%4)</source>
        <translation>%1（评分 R%2 F%3 M%4）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="360" />
        <source>Could not score: %1</source>
        <translation>无法评分：%1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="371" />
        <source>No follow-up for %1 days</source>
        <translation>%1 天未跟进</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="372" />
        <source>%1 follow-up(s) in the last 90 days</source>
        <translation>近 90 天跟进 %1 次</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="373" />
        <source>%1 follow-up(s) in the last 180 days</source>
        <translation>近 180 天跟进 %1 次</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="374" />
        <source>No contract for %1 days</source>
        <translation>%1 天未签合同</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="375" />
        <source>%1 contract(s) in the last year</source>
        <translation>近一年签约 %1 份</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="376" />
        <source>Contracts worth %1 in all</source>
        <translation>合同总额 %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="377" />
        <source>%1 received in all</source>
        <translation>累计回款 %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="378" />
        <source>%1 overdue</source>
        <translation>逾期应收 %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="379" />
        <source>%1 open ticket(s)</source>
        <translation>未解决工单 %1 个</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="380" />
        <source>%1 complaint(s) in the last 180 days</source>
        <translation>近 180 天投诉 %1 次</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="381" />
        <source>Average satisfaction %1 / 5</source>
        <translation>平均满意度 %1 / 5</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="382" />
        <source>A customer for %1 days</source>
        <translation>合作 %1 天</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="383" />
        <source>Level %1</source>
        <translation>客户等级 %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="384" />
        <source>Type: %1</source>
        <translation>客户类型：%1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="391" />
        <source>no follow-up for %1 days</source>
        <translation>%1 天未跟进</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="392" />
        <source>no deal for %1 days</source>
        <translation>%1 天未成交</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="393" />
        <source>overdue receivables</source>
        <translation>应收款逾期</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="403" />
        <source>Important value</source>
        <translation>重要价值客户</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="403" />
        <source>Important to develop</source>
        <translation>重要发展客户</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="404" />
        <source>Important to keep</source>
        <translation>重要保持客户</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="404" />
        <source>Important to win back</source>
        <translation>重要挽留客户</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="405" />
        <source>General value</source>
        <translation>一般价值客户</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="405" />
        <source>General to develop</source>
        <translation>一般发展客户</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="406" />
        <source>General to keep</source>
        <translation>一般保持客户</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="406" />
        <source>General to win back</source>
        <translation>一般挽留客户</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="435" />
        <source>Title</source>
        <translation>职务</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="436" />
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="439" />
        <source>Add contact…</source>
        <translation>添加联系人…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="442" />
        <location filename="../../crm_desktop/ui/customers/form.py" line="681" />
        <source>Delete contact</source>
        <translation>删除联系人</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="531" />
        <source>System</source>
        <translation>系统</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="540" />
        <source>Opportunity</source>
        <translation>商机</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="541" />
        <source>Opportunity won</source>
        <translation>商机赢单</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="541" />
        <source>Opportunity lost</source>
        <translation>商机输单</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="542" />
        <source>Contract signed</source>
        <translation>签订合同</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="542" />
        <source>Payment received</source>
        <translation>收到回款</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="543" />
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="543" />
        <source>Ticket</source>
        <translation>工单</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="544" />
        <source>Ticket resolved</source>
        <translation>工单已解决</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="vanished">未保存的修改</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="629" />
        <source>This customer has changes that are not saved. Save them before closing?</source>
        <translation>该客户有尚未保存的修改。关闭前是否保存？</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="692" />
        <source>Select two or more contacts to merge.</source>
        <translation>请选择两个或更多联系人进行合并。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="697" />
        <source>Merge contacts</source>
        <translation>合并联系人</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="697" />
        <source>Keep this contact:</source>
        <translation>保留此联系人：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="174" />
        <location filename="../../crm_desktop/ui/customers/form.py" line="179" />
        <location filename="../../crm_desktop/ui/customers/form.py" line="462" />
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="147" />
        <location filename="../../crm_desktop/ui/customers/form.py" line="196" />
        <location filename="../../crm_desktop/ui/customers/form.py" line="462" />
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="462" />
        <source>Content</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="164" />
        <location filename="../../crm_desktop/ui/customers/form.py" line="200" />
        <location filename="../../crm_desktop/ui/customers/form.py" line="463" />
        <location filename="../../crm_desktop/ui/customers/form.py" line="472" />
        <source>Next follow-up</source>
        <translation>下次跟进</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="174" />
        <location filename="../../crm_desktop/ui/customers/form.py" line="179" />
        <location filename="../../crm_desktop/ui/customers/form.py" line="463" />
        <source>By</source>
        <translation>记录人</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="444" />
        <source>Merge contacts…</source>
        <translation>合并联系人…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="446" />
        <source>Select two or more contacts (Ctrl+click) to merge them into one</source>
        <translation>选择两个或更多联系人（Ctrl+单击）合并为一个</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="471" />
        <source>What happened?</source>
        <translation>跟进内容</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="478" />
        <source>Add follow-up</source>
        <translation>添加跟进</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="508" />
        <source>Customer: %1</source>
        <translation>客户：%1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="537" />
        <source>Follow-up</source>
        <translation>跟进</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="537" />
        <source>Contact added</source>
        <translation>新增联系人</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="538" />
        <source>Customer created</source>
        <translation>创建客户</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="538" />
        <source>Status changed</source>
        <translation>状态变更</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="539" />
        <source>Claimed from the public pool</source>
        <translation>从公海领取</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="539" />
        <source>Released to the public pool</source>
        <translation>退回公海</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="540" />
        <source>Owner changed</source>
        <translation>负责人变更</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="658" />
        <source>Saved. You can now add contacts and follow-ups.</source>
        <translation>已保存。现在可以添加联系人和跟进记录。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="681" />
        <source>Delete this contact?</source>
        <translation>确定删除该联系人？</translation>
    </message>
</context>
<context>
    <name>CustomerTableModel</name>
    <message>
        <location filename="../../crm_desktop/ui/customers/model.py" line="23" />
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/model.py" line="24" />
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/model.py" line="25" />
        <source>Email</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/model.py" line="26" />
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/model.py" line="27" />
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/model.py" line="28" />
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/model.py" line="29" />
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/model.py" line="30" />
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/model.py" line="31" />
        <source>Updated</source>
        <translation>更新时间</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/model.py" line="32" />
        <source>Last follow-up</source>
        <translation>最近跟进</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/model.py" line="78" />
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/model.py" line="97" />
        <source>Churn warning: no follow-up for %1 days</source>
        <translation>流失预警：已 %1 天未跟进</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/model.py" line="99" />
        <source>Churn warning: no deal for %1 days</source>
        <translation>流失预警：已 %1 天未成交</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/model.py" line="100" />
        <source>Churn warning: overdue receivables</source>
        <translation>流失预警：回款逾期</translation>
    </message>
</context>
<context>
    <name>CustomersScreen</name>
    <message>
        <location filename="../../crm_desktop/ui/customers/screen.py" line="55" />
        <source>Search name, phone, e-mail or contact…  (Ctrl+F)</source>
        <translation>搜索名称、电话、邮箱或联系人…（Ctrl+F）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/screen.py" line="56" />
        <source>All owners</source>
        <translation>全部负责人</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/screen.py" line="57" />
        <source>All tags</source>
        <translation>全部标签</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/screen.py" line="58" />
        <source>All cities</source>
        <translation>全部城市</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/screen.py" line="59" />
        <source>All industries</source>
        <translation>全部行业</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/screen.py" line="60" />
        <source>All levels</source>
        <translation>全部级别</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/screen.py" line="61" />
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/screen.py" line="62" />
        <source>Potential</source>
        <translation>潜在客户</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/screen.py" line="62" />
        <source>Closed deal</source>
        <translation>成交客户</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/screen.py" line="63" />
        <source>Invalid</source>
        <translation>无效客户</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/screen.py" line="65" />
        <source>All sources</source>
        <translation>全部来源</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/screen.py" line="68" />
        <source>Saved views: a named set of filters</source>
        <translation>已保存的视图：一组命名的筛选条件</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/screen.py" line="157" />
        <source>&amp;New customer…</source>
        <translation>新建客户(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/screen.py" line="159" />
        <source>&amp;Find</source>
        <translation>查找(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/screen.py" line="160" />
        <source>&amp;Delete to recycle bin</source>
        <translation>删除到回收站(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/screen.py" line="162" />
        <source>&amp;Open customer</source>
        <translation>打开客户(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/screen.py" line="166" />
        <source>&amp;Import customers…</source>
        <translation>导入客户(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/screen.py" line="168" />
        <source>Find &amp;duplicates…</source>
        <translation>查找重复客户(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/screen.py" line="170" />
        <source>Move to &amp;public pool…</source>
        <translation>移入公海(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/screen.py" line="172" />
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/screen.py" line="174" />
        <source>E&amp;xport…</source>
        <translation>导出(&amp;X)…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/screen.py" line="177" />
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/screen.py" line="227" />
        <source>%1 (deactivated)</source>
        <translation>%1（已停用）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/screen.py" line="280" />
        <source>Views…</source>
        <translation>视图…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/screen.py" line="283" />
        <source>Save the current filters as a view…</source>
        <translation>将当前筛选保存为视图…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/screen.py" line="285" />
        <source>Delete a view…</source>
        <translation>删除视图…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/screen.py" line="294" />
        <source>Save view</source>
        <translation>保存视图</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/screen.py" line="294" />
        <source>Name of the view:</source>
        <translation>视图名称：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/screen.py" line="299" />
        <source>Delete view</source>
        <translation>删除视图</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/screen.py" line="299" />
        <source>View:</source>
        <translation>视图：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/screen.py" line="314" />
        <source>View “%1” saved.</source>
        <translation>视图“%1”已保存。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/screen.py" line="373" />
        <source>This column cannot be sorted.</source>
        <translation>此列不能排序。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/ui/customers/screen.py" line="387" />
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n 个客户</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/screen.py" line="392" />
        <source>No customer matches “%1”.</source>
        <translation>没有与“%1”匹配的客户。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/screen.py" line="393" />
        <source>Clear the search and filters</source>
        <translation>清除搜索和筛选</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/screen.py" line="395" />
        <source>No customer matches these filters.</source>
        <translation>没有符合这些筛选条件的客户。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/screen.py" line="396" />
        <source>Clear the filters</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/screen.py" line="398" />
        <source>No customers yet. Create one, or import a file of them (Ctrl+Shift+I).</source>
        <translation>还没有客户。新建一个，或导入客户文件（Ctrl+Shift+I）。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/screen.py" line="399" />
        <source>New customer…</source>
        <translation>新建客户…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/screen.py" line="401" />
        <source>No customers to show.</source>
        <translation>没有可显示的客户。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/screen.py" line="463" />
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/ui/customers/screen.py" line="464" />
        <source>Move %n customer(s) to the recycle bin?</source>
        <translation>
            <numerusform>将 %n 个客户移到回收站？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/ui/customers/screen.py" line="472" />
        <source>Moved %n customer(s) to the recycle bin (Ctrl+Z to undo).</source>
        <translation>
            <numerusform>已将 %n 个客户移到回收站（Ctrl+Z 撤销）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/ui/customers/screen.py" line="478" />
        <source>Imported %n customer(s).</source>
        <translation>
            <numerusform>已导入 %n 个客户。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/screen.py" line="494" />
        <source>Move to public pool</source>
        <translation>移入公海</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/ui/customers/screen.py" line="495" />
        <source>Why does %n customer(s) go back to the pool?</source>
        <translation>
            <numerusform>为什么将这 %n 个客户退回公海？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/ui/customers/screen.py" line="504" />
        <source>Moved %n customer(s) to the public pool (Ctrl+Z to undo).</source>
        <translation>
            <numerusform>已将 %n 个客户移入公海（Ctrl+Z 撤销）。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/screen.py" line="529" />
        <source>ID</source>
        <translation>编号 ID</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/screen.py" line="529" />
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/screen.py" line="529" />
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/screen.py" line="529" />
        <source>Email</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/screen.py" line="529" />
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/screen.py" line="530" />
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/screen.py" line="530" />
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/screen.py" line="530" />
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/screen.py" line="530" />
        <source>Created (UTC)</source>
        <translation>创建时间（UTC）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/screen.py" line="531" />
        <source>Updated (UTC)</source>
        <translation>更新时间（UTC）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/screen.py" line="533" />
        <source>Export customers</source>
        <translation>导出客户</translation>
    </message>
</context>
<context>
    <name>DashboardScreen</name>
    <message>
        <location filename="../../crm_desktop/ui/reports/dashboard.py" line="111" />
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/dashboard.py" line="118" />
        <source>Home</source>
        <translation>首页</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/dashboard.py" line="180" />
        <source>Updated %1</source>
        <translation>更新于 %1</translation>
    </message>
</context>
<context>
    <name>DataScope</name>
    <message>
        <location filename="../../crm_desktop/ui/admin/roles.py" line="17" />
        <source>Own records</source>
        <translation>本人数据</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/roles.py" line="18" />
        <source>Own and subordinates&apos; records</source>
        <translation>本人及下属数据</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/roles.py" line="19" />
        <source>Own department</source>
        <translation>本部门</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/roles.py" line="20" />
        <source>Own department and its sub-departments</source>
        <translation>本部门及下级部门</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/roles.py" line="21" />
        <source>All records</source>
        <translation>全部数据</translation>
    </message>
</context>
<context>
    <name>DepartmentForm</name>
    <message>
        <location filename="../../crm_desktop/ui/admin/departments.py" line="40" />
        <source>New department</source>
        <translation>新建部门</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/departments.py" line="40" />
        <source>Edit department</source>
        <translation>编辑部门</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/departments.py" line="41" />
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/departments.py" line="42" />
        <source>Parent department</source>
        <translation>上级部门</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/departments.py" line="43" />
        <source>(top level)</source>
        <translation>（顶级）</translation>
    </message>
</context>
<context>
    <name>DepartmentModel</name>
    <message>
        <location filename="../../crm_desktop/ui/admin/departments.py" line="15" />
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/departments.py" line="15" />
        <source>Path</source>
        <translation>路径</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/departments.py" line="16" />
        <source>Active users</source>
        <translation>在用用户数</translation>
    </message>
</context>
<context>
    <name>DepartmentsTab</name>
    <message>
        <location filename="../../crm_desktop/ui/admin/departments.py" line="72" />
        <source>Filter departments…</source>
        <translation>筛选部门…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/departments.py" line="73" />
        <source>New department…</source>
        <translation>新建部门…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/departments.py" line="74" />
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/departments.py" line="75" />
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/departments.py" line="89" />
        <source>Delete department</source>
        <translation>删除部门</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/departments.py" line="89" />
        <source>Delete the department %1?</source>
        <translation>删除部门 %1？</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/departments.py" line="91" />
        <source>Deleted the department %1.</source>
        <translation>已删除部门 %1。</translation>
    </message>
</context>
<context>
    <name>DrillBar</name>
    <message>
        <location filename="../../crm_desktop/ui/common/drill_bar.py" line="17" />
        <source>Show all</source>
        <translation>显示全部</translation>
    </message>
</context>
<context>
    <name>DrillDown</name>
    <message>
        <location filename="../../crm_desktop/ui/reports/drill.py" line="51" />
        <source>This list cannot narrow by everything the figure counted; it shows more.</source>
        <translation>此列表无法按该指标的全部条件筛选，显示的记录会更多。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/drill.py" line="89" />
        <source>signed %1 to %2</source>
        <translation>签订于 %1 至 %2</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/drill.py" line="90" />
        <source>paid %1 to %2</source>
        <translation>回款于 %1 至 %2</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/drill.py" line="95" />
        <source>with an instalment overdue</source>
        <translation>有逾期回款</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/drill.py" line="96" />
        <source>Only contracts %1.</source>
        <translation>仅显示合同：%1。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/drill.py" line="96" />
        <location filename="../../crm_desktop/ui/reports/drill.py" line="118" />
        <location filename="../../crm_desktop/ui/reports/drill.py" line="136" />
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/drill.py" line="113" />
        <source>open</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/drill.py" line="115" />
        <source>expected to close %1 to %2</source>
        <translation>预计成交 %1 至 %2</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/drill.py" line="118" />
        <source>Only opportunities %1.</source>
        <translation>仅显示商机：%1。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/drill.py" line="129" />
        <source>created %1 to %2</source>
        <translation>创建于 %1 至 %2</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/drill.py" line="130" />
        <source>last followed up %1 to %2</source>
        <translation>最近跟进于 %1 至 %2</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/drill.py" line="135" />
        <source>next follow-up before %1</source>
        <translation>下次跟进早于 %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/drill.py" line="136" />
        <source>Only customers %1.</source>
        <translation>仅显示客户：%1。</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/customers/duplicates.py" line="26" />
        <source>Duplicate customers</source>
        <translation>重复客户</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/duplicates.py" line="35" />
        <source>Looking for duplicates…</source>
        <translation>正在查找重复客户…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/duplicates.py" line="43" />
        <source>Keep this customer</source>
        <translation>保留此客户</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/duplicates.py" line="53" />
        <source>Merge</source>
        <translation>合并</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/duplicates.py" line="58" />
        <source>For each field, the value the merged customer keeps. Contacts, follow-ups and tags of all of them move to it; the others go to the recycle bin.</source>
        <translation>为每个字段选择合并后保留的值。所有客户的联系人、跟进记录和标签都将归入保留的客户，其余客户移入回收站。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/duplicates.py" line="74" />
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/duplicates.py" line="74" />
        <source>Short name</source>
        <translation>简称</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/duplicates.py" line="74" />
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/duplicates.py" line="75" />
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/duplicates.py" line="75" />
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/duplicates.py" line="75" />
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/duplicates.py" line="76" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/duplicates.py" line="76" />
        <source>Province</source>
        <translation>省份</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/duplicates.py" line="76" />
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/duplicates.py" line="77" />
        <source>District</source>
        <translation>区县</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/duplicates.py" line="77" />
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/duplicates.py" line="77" />
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/duplicates.py" line="78" />
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/duplicates.py" line="78" />
        <source>Email</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/duplicates.py" line="78" />
        <source>Website</source>
        <translation>网址</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/duplicates.py" line="79" />
        <source>Credit code</source>
        <translation>信用代码</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/duplicates.py" line="79" />
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/duplicates.py" line="79" />
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/duplicates.py" line="86" />
        <source>same phone</source>
        <translation>电话相同</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/duplicates.py" line="86" />
        <source>same e-mail</source>
        <translation>邮箱相同</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/duplicates.py" line="87" />
        <source>same credit code</source>
        <translation>信用代码相同</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/duplicates.py" line="87" />
        <source>same name</source>
        <translation>名称相同</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/duplicates.py" line="88" />
        <source>similar names</source>
        <translation>名称相似</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/ui/customers/duplicates.py" line="93" />
        <source>%n group(s) of possible duplicates.</source>
        <translation>
            <numerusform>发现 %n 组可能重复的客户。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/duplicates.py" line="116" />
        <source>Enterprise</source>
        <translation>企业</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/duplicates.py" line="116" />
        <source>Individual</source>
        <translation>个人</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/duplicates.py" line="117" />
        <source>Potential</source>
        <translation>潜在客户</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/duplicates.py" line="117" />
        <source>Closed deal</source>
        <translation>成交客户</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/duplicates.py" line="118" />
        <source>Invalid</source>
        <translation>无效客户</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/duplicates.py" line="128" />
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/ui/customers/duplicates.py" line="150" />
        <source>Merged %n customer(s) into one (Ctrl+Z undoes it).</source>
        <translation>
            <numerusform>已将 %n 个客户合并为一个（Ctrl+Z 可撤销）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EditValueDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/sync/inbox.py" line="116" />
        <source>Choose the value</source>
        <translation>选择取值</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/inbox.py" line="125" />
        <source>%1 of %2:</source>
        <translation>%2 的 %1：</translation>
    </message>
</context>
<context>
    <name>EmailSendDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/marketing/email_send.py" line="56" />
        <source>Send e-mail campaign</source>
        <translation>发送邮件营销</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/email_send.py" line="64" />
        <source>Message</source>
        <translation>邮件内容</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/email_send.py" line="65" />
        <source>Server</source>
        <translation>邮件服务器</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/email_send.py" line="66" />
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/email_send.py" line="98" />
        <source>Template:</source>
        <translation>模板：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/email_send.py" line="99" />
        <source>Subject:</source>
        <translation>主题：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/email_send.py" line="103" />
        <source>Preview (filled for a sample recipient):</source>
        <translation>预览（以示例收件人填充）：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/email_send.py" line="127" />
        <location filename="../../crm_desktop/ui/marketing/email_send.py" line="338" />
        <source>There is no e-mail template yet.</source>
        <translation>还没有邮件模板。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/email_send.py" line="138" />
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/email_send.py" line="138" />
        <source>Body</source>
        <translation>正文</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/email_send.py" line="140" />
        <source>Unknown merge field {{%1}}; use {{name}}, {{company}}, {{owner}} or {{unsubscribe}}.</source>
        <translation>未知的合并字段 {{%1}}；请使用 {{name}}、{{company}}、{{owner}} 或 {{unsubscribe}}。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/email_send.py" line="143" />
        <source>A merge field is not closed with }} (at character %1).</source>
        <translation>合并字段缺少结尾的 }}（第 %1 个字符处）。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/email_send.py" line="146" />
        <source>The subject must be one line.</source>
        <translation>主题只能有一行。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/email_send.py" line="160" />
        <source>None (plain text)</source>
        <translation>无（明文）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/email_send.py" line="160" />
        <source>STARTTLS</source>
        <translation>STARTTLS 加密</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/email_send.py" line="161" />
        <source>SSL/TLS</source>
        <translation>SSL/TLS 加密</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/email_send.py" line="177" />
        <source>No limit</source>
        <translation>不限速</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/email_send.py" line="178" />
        <source> per minute</source>
        <translation> 封/分钟</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/email_send.py" line="181" />
        <source>Optional: a CA certificate file (PEM) to trust</source>
        <translation>可选：要信任的 CA 证书文件（PEM）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/email_send.py" line="184" />
        <source>Optional: https://…?e={email} (default: a reply by e-mail)</source>
        <translation>可选：https://…?e={email}（默认：回复邮件退订）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/email_send.py" line="185" />
        <source>Save settings</source>
        <translation>保存设置</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/email_send.py" line="188" />
        <source>Test connection</source>
        <translation>测试连接</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/email_send.py" line="195" />
        <source>Server:</source>
        <translation>服务器：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/email_send.py" line="196" />
        <source>Port:</source>
        <translation>端口：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/email_send.py" line="197" />
        <source>Security:</source>
        <translation>加密方式：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/email_send.py" line="198" />
        <source>User name:</source>
        <translation>用户名：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/email_send.py" line="199" />
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/email_send.py" line="200" />
        <source>Sender address:</source>
        <translation>发件人地址：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/email_send.py" line="201" />
        <source>Sender name:</source>
        <translation>发件人名称：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/email_send.py" line="202" />
        <source>Send at most:</source>
        <translation>发送速度上限：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/email_send.py" line="203" />
        <source>Trusted CA:</source>
        <translation>信任的 CA：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/email_send.py" line="204" />
        <source>Unsubscribe link:</source>
        <translation>退订链接：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/email_send.py" line="229" />
        <location filename="../../crm_desktop/ui/marketing/email_send.py" line="269" />
        <source>Kept in the system keyring</source>
        <translation>已保存在系统密钥环中</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/email_send.py" line="265" />
        <source>Settings saved.</source>
        <translation>设置已保存。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/email_send.py" line="271" />
        <source>There is no system keyring: the password is not stored, and you will be asked for it each time.</source>
        <translation>系统没有密钥环：密码不会被保存，每次发送时都需要输入。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/email_send.py" line="280" />
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/email_send.py" line="287" />
        <source>The server accepted the connection and the sign-in.</source>
        <translation>服务器已接受连接和登录。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/email_send.py" line="296" />
        <source>Send now</source>
        <translation>立即发送</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/email_send.py" line="299" />
        <source>Cancel sending</source>
        <translation>取消发送</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/email_send.py" line="311" />
        <source>Address</source>
        <translation>邮箱地址</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/email_send.py" line="311" />
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/email_send.py" line="311" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/email_send.py" line="312" />
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/email_send.py" line="312" />
        <source>Attempts</source>
        <translation>尝试次数</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/email_send.py" line="343" />
        <source>The server settings on the Server tab could not be saved; nothing was sent.</source>
        <translation>“服务器”页上的设置无法保存，未发送任何邮件。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/email_send.py" line="357" />
        <source>Preparing the recipient list…</source>
        <translation>正在准备收件人列表…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/email_send.py" line="373" />
        <source>Stopping after the current message…</source>
        <translation>当前邮件发送完后停止…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/email_send.py" line="379" />
        <source>Sending: %1 of %2</source>
        <translation>正在发送：%1 / %2</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/email_send.py" line="392" />
        <source>Sent: %1, failed: %2, skipped (unsubscribed): %3, still queued: %4.</source>
        <translation>已发送：%1，失败：%2，已跳过（退订）：%3，仍在队列：%4。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/email_send.py" line="396" />
        <source>Not sent from here because another desk is sending them or has sent them: %1. Their status arrives with the next sync.</source>
        <translation>其他工作站正在发送或已发送，本机未发送：%1 封。其状态将在下次同步后显示。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/email_send.py" line="400" />
        <location filename="../../crm_desktop/ui/marketing/email_send.py" line="417" />
        <source>Sending was cancelled; the rest is still queued.</source>
        <translation>已取消发送；其余邮件仍在队列中。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/email_send.py" line="402" />
        <source>Sending stopped: %1</source>
        <translation>发送已停止：%1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/email_send.py" line="404" />
        <source>%1 message(s) may or may not have arrived (an earlier run was interrupted, or the connection broke while sending). They are not sent again; check them by their Message-ID before sending again.</source>
        <translation>有 %1 封邮件无法确定是否送达（之前的发送被中断，或发送时连接断开）。它们不会被重发；请按 Message-ID 核实后再决定是否重发。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/email_send.py" line="436" />
        <source>Queued</source>
        <translation>排队中</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/email_send.py" line="436" />
        <source>Sending</source>
        <translation>发送中</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/email_send.py" line="436" />
        <source>Sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/email_send.py" line="437" />
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/email_send.py" line="437" />
        <source>Skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/email_send.py" line="446" />
        <source>Interrupted while sending: it may have arrived; not sent again</source>
        <translation>发送时中断：对方可能已收到；不会重发</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/email_send.py" line="448" />
        <source>Unsubscribed</source>
        <translation>已退订</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/email_send.py" line="450" />
        <source>Another desk sends it (reserved on the server): not sent from here</source>
        <translation>已由其他工作站发送（已在服务器上预留）：本机不再发送</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/email_send.py" line="452" />
        <source>Cannot reach the CRM server to reserve the recipients; the rest is still queued</source>
        <translation>无法连接 CRM 服务器以预留收件人；其余邮件仍在队列中</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/email_send.py" line="454" />
        <source>The CRM server refused to reserve the recipients; the rest is still queued</source>
        <translation>CRM 服务器拒绝预留收件人；其余邮件仍在队列中</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/email_send.py" line="456" />
        <source>Connection lost while sending: it may have arrived; not sent again</source>
        <translation>发送时连接中断：对方可能已收到；不会重发</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/email_send.py" line="458" />
        <source>The server refused the address</source>
        <translation>服务器拒绝了该地址</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/email_send.py" line="459" />
        <source>The server refused the message</source>
        <translation>服务器拒绝了该邮件</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/email_send.py" line="460" />
        <source>The server refused the sender address</source>
        <translation>服务器拒绝了发件人地址</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/email_send.py" line="461" />
        <source>Not a valid e-mail address</source>
        <translation>不是有效的邮箱地址</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/email_send.py" line="462" />
        <source>Cannot reach the mail server</source>
        <translation>无法连接邮件服务器</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/email_send.py" line="463" />
        <source>The mail server closed the connection</source>
        <translation>邮件服务器关闭了连接</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/email_send.py" line="464" />
        <source>The mail server did not answer in time</source>
        <translation>邮件服务器响应超时</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/email_send.py" line="465" />
        <source>The secure connection (TLS) failed</source>
        <translation>安全连接（TLS）失败</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/email_send.py" line="466" />
        <source>The server&apos;s certificate is not trusted</source>
        <translation>服务器证书不受信任</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/email_send.py" line="467" />
        <source>The server does not offer STARTTLS</source>
        <translation>服务器不支持 STARTTLS</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/email_send.py" line="468" />
        <source>The server refused the user name or password</source>
        <translation>服务器拒绝了用户名或密码</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/email_send.py" line="469" />
        <source>The server does not accept a sign-in</source>
        <translation>服务器不支持登录认证</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/email_send.py" line="481" />
        <source>Enter and save the mail server settings first.</source>
        <translation>请先填写并保存邮件服务器设置。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/email_send.py" line="482" />
        <source>Enter the mail server password.</source>
        <translation>请输入邮件服务器密码。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/email_send.py" line="483" />
        <source>Choose a template first.</source>
        <translation>请先选择模板。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/email_send.py" line="484" />
        <source>This campaign is being sent already.</source>
        <translation>该活动正在发送中。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/email_send.py" line="485" />
        <source>Cannot reach the CRM server, which makes sure no other desk sends the same message. Nothing was sent; try again when connected.</source>
        <translation>无法连接 CRM 服务器（它确保其他工作站不会发送同一封邮件）。未发送任何邮件；请在连接后重试。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/email_send.py" line="488" />
        <source>The CRM server refused to reserve the recipients (check the server sign-in and your right to send campaigns). Nothing was sent.</source>
        <translation>CRM 服务器拒绝预留收件人（请检查服务器登录信息以及您发送营销活动的权限）。未发送任何邮件。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/email_send.py" line="499" />
        <source>The server settings have changes that are not saved. Save them first?</source>
        <translation>服务器设置有未保存的更改。先保存吗？</translation>
    </message>
</context>
<context>
    <name>ExportJob</name>
    <message>
        <location filename="../../crm_desktop/ui/audit/export_job.py" line="39" />
        <source>CSV file (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/audit/export_job.py" line="39" />
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/audit/export_job.py" line="54" />
        <source>An export is already running.</source>
        <translation>已有导出正在进行。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/audit/export_job.py" line="60" />
        <source>Exporting to %1…</source>
        <translation>正在导出到 %1…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/audit/export_job.py" line="61" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/audit/export_job.py" line="93" />
        <source>Exported %1 line(s) to %2</source>
        <translation>已导出 %1 行到 %2</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/audit/export_job.py" line="99" />
        <source>Export cancelled.</source>
        <translation>导出已取消。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/audit/export_job.py" line="103" />
        <source>Export</source>
        <translation>导出</translation>
    </message>
</context>
<context>
    <name>FieldRule</name>
    <message>
        <location filename="../../crm_desktop/ui/admin/roles.py" line="22" />
        <source>Hidden</source>
        <translation>隐藏</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/roles.py" line="22" />
        <source>Masked</source>
        <translation>脱敏</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/roles.py" line="23" />
        <source>Read-only</source>
        <translation>只读</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/roles.py" line="24" />
        <source>Editable</source>
        <translation>可编辑</translation>
    </message>
</context>
<context>
    <name>FieldVisitDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/tickets/form.py" line="509" />
        <source>Field visit</source>
        <translation>上门服务</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tickets/form.py" line="515" />
        <source>Part</source>
        <translation>配件</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tickets/form.py" line="515" />
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tickets/form.py" line="516" />
        <source>Add part</source>
        <translation>添加配件</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tickets/form.py" line="519" />
        <source>Name of the customer who signs off</source>
        <translation>签字确认的客户姓名</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tickets/form.py" line="520" />
        <source>Work completed (resolves the ticket)</source>
        <translation>已完工（解决工单）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tickets/form.py" line="522" />
        <source>Result</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tickets/form.py" line="523" />
        <source>Parts used</source>
        <translation>使用配件</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tickets/form.py" line="525" />
        <source>Signed off by</source>
        <translation>签字人</translation>
    </message>
</context>
<context>
    <name>FillDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/marketing/segments.py" line="281" />
        <source>Add customers from a filter</source>
        <translation>按筛选条件添加客户</translation>
    </message>
</context>
<context>
    <name>FilterBox</name>
    <message>
        <location filename="../../crm_desktop/ui/marketing/segments.py" line="86" />
        <source>Customers who match</source>
        <translation>符合条件的客户</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/segments.py" line="91" />
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/segments.py" line="91" />
        <source>Any level</source>
        <translation>任意级别</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/segments.py" line="93" />
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/segments.py" line="93" />
        <source>Any industry</source>
        <translation>任意行业</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/segments.py" line="95" />
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/segments.py" line="95" />
        <source>Any city</source>
        <translation>任意城市</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/segments.py" line="97" />
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/segments.py" line="97" />
        <source>Any source</source>
        <translation>任意来源</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/segments.py" line="99" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/segments.py" line="99" />
        <source>Any status</source>
        <translation>任意状态</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/segments.py" line="101" />
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/segments.py" line="101" />
        <source>Any owner</source>
        <translation>任意负责人</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/segments.py" line="103" />
        <source>Tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/segments.py" line="103" />
        <source>Any tag</source>
        <translation>任意标签</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/segments.py" line="107" />
        <source>Matching now</source>
        <translation>当前匹配</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/segments.py" line="157" />
        <source>counting…</source>
        <translation>正在统计…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/segments.py" line="176" />
        <source>%1 customer(s)</source>
        <translation>%1 位客户</translation>
    </message>
</context>
<context>
    <name>FirstAdminDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/login/dialogs.py" line="255" />
        <source>Set up the administrator</source>
        <translation>设置管理员</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/login/dialogs.py" line="258" />
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/login/dialogs.py" line="260" />
        <source>Display name</source>
        <translation>显示名称</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/login/dialogs.py" line="260" />
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/login/dialogs.py" line="262" />
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/login/dialogs.py" line="263" />
        <source>Repeat password</source>
        <translation>再次输入密码</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/login/dialogs.py" line="264" />
        <source>This is a new database. Choose the administrator&apos;s user name and password (at least 8 characters, not containing the user name). The administrator then creates the other users.</source>
        <translation>这是一个新数据库。请设置管理员的用户名和密码（至少 8 个字符，不能包含用户名）。之后由管理员创建其他用户。</translation>
    </message>
</context>
<context>
    <name>FollowUpReminders</name>
    <message>
        <location filename="../../crm_desktop/ui/reminders.py" line="71" />
        <source>Reminder</source>
        <translation>提醒</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/ui/reminders.py" line="71" />
        <source>%n task(s) coming up: %1</source>
        <translation>
            <numerusform>%n 个任务即将开始：%1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reminders.py" line="80" />
        <source>Approvals waiting</source>
        <translation>待审批</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/ui/reminders.py" line="81" />
        <source>%n request(s) wait for your approval: %1</source>
        <translation>
            <numerusform>%n 个申请等待您审批：%1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reminders.py" line="90" />
        <source>Receivables due</source>
        <translation>回款到期</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/ui/reminders.py" line="91" />
        <source>%n instalment(s) due or overdue: %1</source>
        <translation>
            <numerusform>%n 期回款到期或逾期：%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/ui/reminders.py" line="100" />
        <source>%n follow-up(s) due: %1</source>
        <translation>
            <numerusform>%n 个跟进已到期：%1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reminders.py" line="101" />
        <source>Follow-ups due</source>
        <translation>跟进到期提醒</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/customers/import_dialog.py" line="74" />
        <location filename="../../crm_desktop/ui/customers/import_dialog.py" line="151" />
        <source>Import customers</source>
        <translation>导入客户</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/import_dialog.py" line="84" />
        <source>A .csv, .xlsx, .xls or .vcf file (or drop one here)</source>
        <translation>.csv、.xlsx、.xls 或 .vcf 文件（也可拖放到这里）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/import_dialog.py" line="86" />
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/import_dialog.py" line="90" />
        <source>Detect from the header</source>
        <translation>根据表头识别</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/import_dialog.py" line="92" />
        <source>WukongCRM template</source>
        <translation>悟空CRM 导入模板</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/import_dialog.py" line="98" />
        <source>Skip the row</source>
        <translation>跳过该行</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/import_dialog.py" line="98" />
        <source>Update the customer</source>
        <translation>更新该客户</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/import_dialog.py" line="99" />
        <source>Create a new customer</source>
        <translation>仍新建客户</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/import_dialog.py" line="105" />
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/import_dialog.py" line="106" />
        <source>Columns of</source>
        <translation>列格式</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/import_dialog.py" line="107" />
        <source>When a row matches a customer</source>
        <translation>与已有客户重复时</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/import_dialog.py" line="114" />
        <source>Column in the file</source>
        <translation>文件中的列</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/import_dialog.py" line="114" />
        <source>First value</source>
        <translation>首行值</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/import_dialog.py" line="115" />
        <source>Imported as</source>
        <translation>导入为</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/import_dialog.py" line="129" />
        <source>Open the error report</source>
        <translation>打开错误报告</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/import_dialog.py" line="134" />
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/import_dialog.py" line="152" />
        <source>Customer files (*.csv *.txt *.xlsx *.xls *.vcf)</source>
        <translation>客户文件 (*.csv *.txt *.xlsx *.xls *.vcf)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/import_dialog.py" line="181" />
        <source>comma</source>
        <translation>逗号</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/import_dialog.py" line="181" />
        <source>semicolon</source>
        <translation>分号</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/import_dialog.py" line="182" />
        <source>tab</source>
        <translation>制表符</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/import_dialog.py" line="184" />
        <source>%1 — %2 columns; the first %3 rows below; %4 of them match existing customers.</source>
        <translation>%1 — 共 %2 列；下方为前 %3 行，其中 %4 行与已有客户重复。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/import_dialog.py" line="203" />
        <source>— not imported —</source>
        <translation>— 不导入 —</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/import_dialog.py" line="214" />
        <source>Line</source>
        <translation>行号</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/import_dialog.py" line="214" />
        <source>Matches</source>
        <translation>重复客户</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/import_dialog.py" line="214" />
        <source>Action</source>
        <translation>处理</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/import_dialog.py" line="224" />
        <source>as chosen above</source>
        <translation>按上方选择</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/import_dialog.py" line="225" />
        <source>skip</source>
        <translation>跳过</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/import_dialog.py" line="225" />
        <source>update</source>
        <translation>更新</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/import_dialog.py" line="226" />
        <source>create new</source>
        <translation>新建</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/import_dialog.py" line="254" />
        <source>Importing %1…</source>
        <translation>正在导入 %1…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/import_dialog.py" line="254" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/import_dialog.py" line="280" />
        <source>Imported %1, updated %2, skipped %3 (duplicates found: %4); %5 row(s) could not be imported, %6 value(s) kept in the notes.</source>
        <translation>已导入 %1 个，更新 %2 个，跳过 %3 个（发现重复 %4 个）；%5 行无法导入，%6 个值已保存到备注。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/import_dialog.py" line="291" />
        <source>Stopped. What was imported stays; importing the same file again continues where it stopped.</source>
        <translation>已停止。已导入的数据会保留；再次导入同一文件将从中断处继续。</translation>
    </message>
</context>
<context>
    <name>ImportTargets</name>
    <message>
        <location filename="../../crm_desktop/ui/customers/import_dialog.py" line="26" />
        <source>Customer: name</source>
        <translation>客户：名称</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/import_dialog.py" line="27" />
        <source>Customer: short name</source>
        <translation>客户：简称</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/import_dialog.py" line="28" />
        <source>Customer: type</source>
        <translation>客户：类型</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/import_dialog.py" line="29" />
        <source>Customer: level</source>
        <translation>客户：级别</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/import_dialog.py" line="30" />
        <source>Customer: industry</source>
        <translation>客户：行业</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/import_dialog.py" line="31" />
        <source>Customer: source</source>
        <translation>客户：来源</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/import_dialog.py" line="32" />
        <source>Customer: status</source>
        <translation>客户：状态</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/import_dialog.py" line="33" />
        <source>Customer: province</source>
        <translation>客户：省份</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/import_dialog.py" line="34" />
        <source>Customer: city</source>
        <translation>客户：城市</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/import_dialog.py" line="35" />
        <source>Customer: district</source>
        <translation>客户：区县</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/import_dialog.py" line="36" />
        <source>Customer: address</source>
        <translation>客户：地址</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/import_dialog.py" line="37" />
        <source>Customer: phone</source>
        <translation>客户：电话</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/import_dialog.py" line="38" />
        <source>Customer: mobile</source>
        <translation>客户：手机</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/import_dialog.py" line="39" />
        <source>Customer: e-mail</source>
        <translation>客户：邮箱</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/import_dialog.py" line="40" />
        <source>Customer: website</source>
        <translation>客户：网址</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/import_dialog.py" line="41" />
        <source>Customer: credit code</source>
        <translation>客户：信用代码</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/import_dialog.py" line="42" />
        <source>Customer: notes</source>
        <translation>客户：备注</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/import_dialog.py" line="43" />
        <source>Customer: next follow-up</source>
        <translation>客户：下次跟进</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/import_dialog.py" line="44" />
        <source>Customer: tags</source>
        <translation>客户：标签</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/import_dialog.py" line="45" />
        <source>Contact: name</source>
        <translation>联系人：姓名</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/import_dialog.py" line="46" />
        <source>Contact: title</source>
        <translation>联系人：职务</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/import_dialog.py" line="47" />
        <source>Contact: department</source>
        <translation>联系人：部门</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/import_dialog.py" line="48" />
        <source>Contact: phone</source>
        <translation>联系人：电话</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/import_dialog.py" line="49" />
        <source>Contact: mobile</source>
        <translation>联系人：手机</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/import_dialog.py" line="50" />
        <source>Contact: e-mail</source>
        <translation>联系人：邮箱</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/import_dialog.py" line="51" />
        <source>Contact: WeChat</source>
        <translation>联系人：微信</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/import_dialog.py" line="52" />
        <source>Contact: birthday</source>
        <translation>联系人：生日</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/import_dialog.py" line="53" />
        <source>Contact: notes</source>
        <translation>联系人：备注</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/import_dialog.py" line="54" />
        <source>Country (for reading phone numbers)</source>
        <translation>国家（用于识别电话号码）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/import_dialog.py" line="56" />
        <source>same phone</source>
        <translation>电话相同</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/import_dialog.py" line="57" />
        <source>same e-mail</source>
        <translation>邮箱相同</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/import_dialog.py" line="58" />
        <source>same credit code</source>
        <translation>信用代码相同</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/import_dialog.py" line="59" />
        <source>same name</source>
        <translation>名称相同</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/import_dialog.py" line="60" />
        <source>similar name</source>
        <translation>名称相似</translation>
    </message>
</context>
<context>
    <name>InvoiceDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/contracts/dialogs.py" line="175" />
        <source>Add invoice</source>
        <translation>添加发票</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/contracts/dialogs.py" line="176" />
        <source>Title type</source>
        <translation>抬头类型</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/contracts/dialogs.py" line="177" />
        <source>Company</source>
        <translation>企业</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/contracts/dialogs.py" line="178" />
        <source>Individual</source>
        <translation>个人</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/contracts/dialogs.py" line="179" />
        <source>Invoice title</source>
        <translation>发票抬头</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/contracts/dialogs.py" line="180" />
        <source>Tax number</source>
        <translation>税号</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/contracts/dialogs.py" line="181" />
        <source>Amount</source>
        <translation>金额</translation>
    </message>
</context>
<context>
    <name>IssueTableModel</name>
    <message>
        <location filename="../../crm_desktop/ui/sync/inbox.py" line="24" />
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/inbox.py" line="25" />
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/inbox.py" line="26" />
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/inbox.py" line="27" />
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/inbox.py" line="28" />
        <source>My value</source>
        <translation>我的值</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/inbox.py" line="29" />
        <source>Their value</source>
        <translation>对方的值</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/inbox.py" line="30" />
        <source>Now stands</source>
        <translation>当前生效</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/inbox.py" line="31" />
        <source>Detail</source>
        <translation>详情</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/inbox.py" line="33" />
        <source>Conflict</source>
        <translation>冲突</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/inbox.py" line="34" />
        <source>Refused</source>
        <translation>被拒绝</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/inbox.py" line="53" />
        <source>Mine: %1</source>
        <translation>我的：%1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/inbox.py" line="54" />
        <source>Theirs: %1</source>
        <translation>对方的：%1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/inbox.py" line="60" />
        <source>Rolled back to the server&apos;s data</source>
        <translation>已回滚为服务器上的数据</translation>
    </message>
</context>
<context>
    <name>KanbanBoard</name>
    <message>
        <location filename="../../crm_desktop/ui/sales/board.py" line="319" />
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sales/board.py" line="322" />
        <source>New task…</source>
        <translation>新建任务…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sales/board.py" line="323" />
        <source>Move to</source>
        <translation>移动到</translation>
    </message>
</context>
<context>
    <name>KnowledgeScreen</name>
    <message>
        <location filename="../../crm_desktop/ui/knowledge/screen.py" line="66" />
        <source>Categories</source>
        <translation>分类</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/knowledge/screen.py" line="68" />
        <source>Add category…</source>
        <translation>添加分类…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/knowledge/screen.py" line="71" />
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/knowledge/screen.py" line="74" />
        <location filename="../../crm_desktop/ui/knowledge/screen.py" line="203" />
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/knowledge/screen.py" line="93" />
        <source>Search articles (Ctrl+F)…</source>
        <translation>搜索文章（Ctrl+F）…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/knowledge/screen.py" line="102" />
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/knowledge/screen.py" line="107" />
        <source>New article</source>
        <translation>新建文章</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/knowledge/screen.py" line="149" />
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/knowledge/screen.py" line="152" />
        <source>Category</source>
        <translation>分类</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/knowledge/screen.py" line="154" />
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/knowledge/screen.py" line="159" />
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/knowledge/screen.py" line="161" />
        <source>Separated by commas or spaces</source>
        <translation>用逗号或空格分隔</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/knowledge/screen.py" line="162" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/knowledge/screen.py" line="168" />
        <source>Bold</source>
        <translation>加粗</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/knowledge/screen.py" line="173" />
        <source>Italic</source>
        <translation>斜体</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/knowledge/screen.py" line="178" />
        <source>Bulleted list</source>
        <translation>项目符号列表</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/knowledge/screen.py" line="193" />
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/knowledge/screen.py" line="197" />
        <source>Publish</source>
        <translation>发布</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/knowledge/screen.py" line="200" />
        <source>Archive</source>
        <translation>归档</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/knowledge/screen.py" line="269" />
        <source>All articles</source>
        <translation>全部文章</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/knowledge/screen.py" line="156" />
        <location filename="../../crm_desktop/ui/knowledge/screen.py" line="290" />
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/knowledge/screen.py" line="314" />
        <source>Add category</source>
        <translation>添加分类</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/knowledge/screen.py" line="314" />
        <location filename="../../crm_desktop/ui/knowledge/screen.py" line="324" />
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/knowledge/screen.py" line="317" />
        <source>Category added.</source>
        <translation>分类已添加。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/knowledge/screen.py" line="324" />
        <source>Rename category</source>
        <translation>重命名分类</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/knowledge/screen.py" line="327" />
        <source>Category renamed.</source>
        <translation>分类已重命名。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/knowledge/screen.py" line="332" />
        <source>Category deleted.</source>
        <translation>分类已删除。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/ui/knowledge/screen.py" line="345" />
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n 篇文章</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/knowledge/screen.py" line="383" />
        <source>This article has changes that are not saved. Save them first?</source>
        <translation>此文章有未保存的修改。是否先保存？</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/knowledge/screen.py" line="401" />
        <source>Helped %1 time(s)</source>
        <translation>已帮助 %1 次</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/knowledge/screen.py" line="474" />
        <source>Article saved.</source>
        <translation>文章已保存。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/knowledge/screen.py" line="479" />
        <source>Article published.</source>
        <translation>文章已发布。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/knowledge/screen.py" line="483" />
        <source>Article archived.</source>
        <translation>文章已归档。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/knowledge/screen.py" line="502" />
        <source>Delete article</source>
        <translation>删除文章</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/knowledge/screen.py" line="503" />
        <source>Move the article “%1” to the recycle bin?</source>
        <translation>将文章“%1”移到回收站？</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/knowledge/screen.py" line="508" />
        <source>Article deleted.</source>
        <translation>文章已删除。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/knowledge/screen.py" line="548" />
        <source>The category still holds %1 article(s); move or delete them first.</source>
        <translation>该分类下还有 %1 篇文章，请先移走或删除。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/knowledge/screen.py" line="551" />
        <source>The category still has %1 sub-category(ies); delete or move them first.</source>
        <translation>该分类下还有 %1 个子分类，请先删除或移走。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/knowledge/screen.py" line="554" />
        <source>A category cannot go under itself or one of its sub-categories.</source>
        <translation>分类不能移到自身或其子分类之下。</translation>
    </message>
</context>
<context>
    <name>KpiTile</name>
    <message>
        <location filename="../../crm_desktop/ui/reports/dashboard.py" line="78" />
        <source>No earlier figure</source>
        <translation>无上期数据</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/dashboard.py" line="78" />
        <source>Nothing to measure yet</source>
        <translation>暂无数据</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/dashboard.py" line="83" />
        <source>%1 vs previous period</source>
        <translation>较上期 %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/dashboard.py" line="85" />
        <source>Previous period: %1</source>
        <translation>上期：%1</translation>
    </message>
</context>
<context>
    <name>LeadDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/leads/screen.py" line="42" />
        <source>New lead</source>
        <translation>新建线索</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/leads/screen.py" line="45" />
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/leads/screen.py" line="46" />
        <source>Company</source>
        <translation>企业</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/leads/screen.py" line="47" />
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/leads/screen.py" line="48" />
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/leads/screen.py" line="49" />
        <source>Email</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/leads/screen.py" line="50" />
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/leads/screen.py" line="53" />
        <source>Province</source>
        <translation>省份</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/leads/screen.py" line="54" />
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/leads/screen.py" line="55" />
        <source>Put it in the lead pool</source>
        <translation>放入线索池</translation>
    </message>
</context>
<context>
    <name>LeadsScreen</name>
    <message>
        <location filename="../../crm_desktop/ui/leads/screen.py" line="148" />
        <source>My leads</source>
        <translation>我的线索</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/leads/screen.py" line="149" />
        <source>Lead pool</source>
        <translation>线索池</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/leads/screen.py" line="152" />
        <source>&amp;New lead…</source>
        <translation>新建线索(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/leads/screen.py" line="153" />
        <source>&amp;Claim</source>
        <translation>领取(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/leads/screen.py" line="154" />
        <source>&amp;Assign…</source>
        <translation>分配(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/leads/screen.py" line="155" />
        <source>C&amp;onvert…</source>
        <translation>转化(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/leads/screen.py" line="161" />
        <source>Mark as</source>
        <translation>标记为</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/leads/screen.py" line="184" />
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/leads/screen.py" line="184" />
        <source>Company</source>
        <translation>企业</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/leads/screen.py" line="184" />
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/leads/screen.py" line="184" />
        <source>Email</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/leads/screen.py" line="185" />
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/leads/screen.py" line="185" />
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/leads/screen.py" line="185" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/leads/screen.py" line="185" />
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/leads/screen.py" line="243" />
        <source>Status changed.</source>
        <translation>状态已更改。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/leads/screen.py" line="248" />
        <source>Claimed.</source>
        <translation>已领取。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/leads/screen.py" line="254" />
        <source>Assign</source>
        <translation>分配</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/leads/screen.py" line="254" />
        <source>Owner&apos;s sign-in name (empty: the pool):</source>
        <translation>负责人的登录名（留空：放回线索池）：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/leads/screen.py" line="259" />
        <source>No such user: %1</source>
        <translation>没有这个用户：%1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/leads/screen.py" line="261" />
        <source>Assigned.</source>
        <translation>已分配。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/leads/screen.py" line="266" />
        <source>Choose one lead to convert.</source>
        <translation>请选择一条要转化的线索。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/leads/screen.py" line="277" />
        <source>Converted.</source>
        <translation>已转化。</translation>
    </message>
</context>
<context>
    <name>ListsAndPoolsTab</name>
    <message>
        <location filename="../../crm_desktop/ui/admin/lists_pools.py" line="44" />
        <location filename="../../crm_desktop/ui/admin/lists_pools.py" line="51" />
        <source>Classification lists</source>
        <translation>分类列表</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/lists_pools.py" line="54" />
        <source>Industries</source>
        <translation>行业</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/lists_pools.py" line="54" />
        <source>Sources</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/lists_pools.py" line="54" />
        <source>Levels</source>
        <translation>级别</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/lists_pools.py" line="60" />
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/lists_pools.py" line="60" />
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/lists_pools.py" line="61" />
        <source>Save list</source>
        <translation>保存列表</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/lists_pools.py" line="76" />
        <source>Drag entries to reorder. Records keep their text when an entry is removed.</source>
        <translation>拖动条目可调整顺序。移除条目后，已有记录保留原文字。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/lists_pools.py" line="97" />
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/lists_pools.py" line="97" />
        <source>New entry:</source>
        <translation>新条目：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/lists_pools.py" line="112" />
        <source>List saved.</source>
        <translation>列表已保存。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/lists_pools.py" line="46" />
        <location filename="../../crm_desktop/ui/admin/lists_pools.py" line="160" />
        <source>Public pools</source>
        <translation>公海</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/lists_pools.py" line="166" />
        <source>Default pool (customers of departments no other pool lists)</source>
        <translation>默认公海（未被其他公海指定部门的客户）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/lists_pools.py" line="122" />
        <location filename="../../crm_desktop/ui/admin/lists_pools.py" line="168" />
        <location filename="../../crm_desktop/ui/admin/lists_pools.py" line="169" />
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/lists_pools.py" line="45" />
        <location filename="../../crm_desktop/ui/admin/lists_pools.py" line="118" />
        <source>Churn warning</source>
        <translation>流失预警</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/lists_pools.py" line="123" />
        <source>off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/lists_pools.py" line="125" />
        <source>Save thresholds</source>
        <translation>保存阈值</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/lists_pools.py" line="130" />
        <source>No follow-up for</source>
        <translation>未跟进超过</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/lists_pools.py" line="131" />
        <source>No deal for</source>
        <translation>未成交超过</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/lists_pools.py" line="132" />
        <source>Overdue receivables</source>
        <translation>回款逾期</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/lists_pools.py" line="155" />
        <source>Churn warning thresholds saved.</source>
        <translation>流失预警阈值已保存。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/lists_pools.py" line="172" />
        <source>no limit</source>
        <translation>不限</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/lists_pools.py" line="176" />
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/lists_pools.py" line="176" />
        <source>No follow-up for (days)</source>
        <translation>未跟进天数</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/lists_pools.py" line="177" />
        <source>No deal for (days)</source>
        <translation>未成交天数</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/lists_pools.py" line="183" />
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/lists_pools.py" line="185" />
        <source>Return rules (0: no rule; * : any other level)</source>
        <translation>退回规则（0 表示不启用；* 表示其他级别）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/lists_pools.py" line="186" />
        <source>Warn the owner before</source>
        <translation>提前提醒负责人</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/lists_pools.py" line="187" />
        <source>Most customers a user may own</source>
        <translation>每人最多拥有客户数</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/lists_pools.py" line="188" />
        <source>Wait before a previous owner reclaims</source>
        <translation>原负责人再次领取需等待</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/lists_pools.py" line="189" />
        <source>Departments whose customers return here</source>
        <translation>退回到此公海的部门</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/lists_pools.py" line="190" />
        <source>New pool</source>
        <translation>新建公海</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/lists_pools.py" line="190" />
        <source>Save pool</source>
        <translation>保存公海</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/lists_pools.py" line="191" />
        <source>Delete pool</source>
        <translation>删除公海</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/lists_pools.py" line="223" />
        <source> (default)</source>
        <translation>（默认）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/lists_pools.py" line="242" />
        <source>This pool has changes that are not saved. Save them first?</source>
        <translation>此公海有未保存的修改。是否先保存？</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/lists_pools.py" line="326" />
        <source>Pool saved.</source>
        <translation>公海已保存。</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/login/dialogs.py" line="60" />
        <source>Sign in to CRM Desktop</source>
        <translation>登录 CRM Desktop</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/login/dialogs.py" line="74" />
        <source>New picture</source>
        <translation>换一张</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/login/dialogs.py" line="87" />
        <source>Remember me on this computer</source>
        <translation>在这台电脑上记住我</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/login/dialogs.py" line="89" />
        <source>This system has no keyring, so “Remember me” is not available: you will be asked to sign in each time. Passwords are never written to a file.</source>
        <translation>此系统没有密钥环，因此无法使用“记住我”：每次都需要登录。密码绝不会写入文件。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/login/dialogs.py" line="100" />
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/login/dialogs.py" line="101" />
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/login/dialogs.py" line="102" />
        <source>Characters shown</source>
        <translation>图中字符</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/login/dialogs.py" line="103" />
        <source>Verification code</source>
        <translation>验证码</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/login/dialogs.py" line="108" />
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/login/dialogs.py" line="131" />
        <source>Enter your user name and password.</source>
        <translation>请输入用户名和密码。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/login/dialogs.py" line="190" />
        <source>You can try again now.</source>
        <translation>现在可以重试了。</translation>
    </message>
</context>
<context>
    <name>LoyaltyPanel</name>
    <message>
        <location filename="../../crm_desktop/ui/marketing/loyalty.py" line="62" />
        <source>Redeem…</source>
        <translation>兑换…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/loyalty.py" line="65" />
        <source>Adjust…</source>
        <translation>调整…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/loyalty.py" line="71" />
        <source>Show older entries</source>
        <translation>显示更早的记录</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/loyalty.py" line="77" />
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/loyalty.py" line="77" />
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/loyalty.py" line="77" />
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/loyalty.py" line="77" />
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/loyalty.py" line="78" />
        <source>Expires</source>
        <translation>到期日</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/loyalty.py" line="98" />
        <source>Earned</source>
        <translation>获得</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/loyalty.py" line="98" />
        <source>Redeemed</source>
        <translation>兑换</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/loyalty.py" line="98" />
        <source>Expired</source>
        <translation>过期</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/loyalty.py" line="99" />
        <source>Adjusted</source>
        <translation>调整</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/loyalty.py" line="102" />
        <source>Points expired</source>
        <translation>积分过期</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/loyalty.py" line="102" />
        <source>Payment deleted</source>
        <translation>回款已删除</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/loyalty.py" line="107" />
        <source>Only %1 points are available; %2 were asked for.</source>
        <translation>可用积分只有 %1，申请了 %2。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/loyalty.py" line="109" />
        <source>Give a reason for the adjustment.</source>
        <translation>请填写调整原因。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/loyalty.py" line="110" />
        <source>Enter a number of points other than zero.</source>
        <translation>请输入不为零的积分数。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/loyalty.py" line="111" />
        <source>Enter a number of points above zero.</source>
        <translation>请输入大于零的积分数。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/loyalty.py" line="112" />
        <source>No active points rule for this event.</source>
        <translation>此事件没有启用的积分规则。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/loyalty.py" line="132" />
        <source>Loyalty not available</source>
        <translation>无法查看会员积分</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/loyalty.py" line="138" />
        <source>Tier: %1</source>
        <translation>等级：%1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/loyalty.py" line="139" />
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/loyalty.py" line="140" />
        <source>Balance: %1 points</source>
        <translation>余额：%1 积分</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/loyalty.py" line="142" />
        <source>%1 points to %2</source>
        <translation>距%2还差 %1 积分</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/loyalty.py" line="145" />
        <source>Top tier</source>
        <translation>已是最高等级</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/loyalty.py" line="172" />
        <source>Redeem points</source>
        <translation>兑换积分</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/loyalty.py" line="176" />
        <source>Adjust points</source>
        <translation>调整积分</translation>
    </message>
</context>
<context>
    <name>LoyaltyProgramScreen</name>
    <message>
        <location filename="../../crm_desktop/ui/marketing/loyalty_admin.py" line="53" />
        <source>Per amount paid</source>
        <translation>按消费金额</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/loyalty_admin.py" line="54" />
        <source>Per event</source>
        <translation>按事件</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/loyalty_admin.py" line="55" />
        <source>Payment</source>
        <translation>回款</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/loyalty_admin.py" line="56" />
        <source>Sign-up</source>
        <translation>注册</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/loyalty_admin.py" line="57" />
        <source>Referral</source>
        <translation>推荐</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/loyalty_admin.py" line="58" />
        <source>Attended an event</source>
        <translation>参加活动</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/loyalty_admin.py" line="59" />
        <source>Review</source>
        <translation>评价</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/loyalty_admin.py" line="60" />
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/loyalty_admin.py" line="61" />
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/loyalty_admin.py" line="284" />
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/loyalty_admin.py" line="284" />
        <source>Threshold (points)</source>
        <translation>门槛（积分）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/loyalty_admin.py" line="285" />
        <source>Benefits</source>
        <translation>权益</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/loyalty_admin.py" line="288" />
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/loyalty_admin.py" line="288" />
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/loyalty_admin.py" line="288" />
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/loyalty_admin.py" line="289" />
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/loyalty_admin.py" line="289" />
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/loyalty_admin.py" line="290" />
        <source>Expires after (days)</source>
        <translation>有效期（天）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/loyalty_admin.py" line="290" />
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/loyalty_admin.py" line="309" />
        <source>&amp;New tier…</source>
        <translation>新建等级(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/loyalty_admin.py" line="310" />
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/loyalty_admin.py" line="311" />
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/loyalty_admin.py" line="312" />
        <source>Move &amp;up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/loyalty_admin.py" line="313" />
        <source>Move do&amp;wn</source>
        <translation>下移(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/loyalty_admin.py" line="314" />
        <source>New &amp;rule…</source>
        <translation>新建规则(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/loyalty_admin.py" line="315" />
        <source>Edit rule…</source>
        <translation>编辑规则…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/loyalty_admin.py" line="316" />
        <source>Delete rule</source>
        <translation>删除规则</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/loyalty_admin.py" line="317" />
        <source>Recalculate tiers now</source>
        <translation>立即重算等级</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/loyalty_admin.py" line="318" />
        <source>Expire points now</source>
        <translation>立即执行积分过期</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/loyalty_admin.py" line="320" />
        <source>Tiers</source>
        <translation>会员等级</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/loyalty_admin.py" line="328" />
        <source>A customer holds the highest tier whose threshold the points earned in the last 12 months reach.</source>
        <translation>客户的等级为其近 12 个月所得积分达到门槛的最高等级。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/loyalty_admin.py" line="333" />
        <source>Points rules</source>
        <translation>积分规则</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/loyalty_admin.py" line="360" />
        <source>%1 point(s) per %2</source>
        <translation>每 %2 得 %1 分</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/loyalty_admin.py" line="364" />
        <source>Never</source>
        <translation>永不过期</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/loyalty_admin.py" line="424" />
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/loyalty_admin.py" line="424" />
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/loyalty_admin.py" line="457" />
        <location filename="../../crm_desktop/ui/marketing/loyalty_admin.py" line="469" />
        <source>Tier %1 saved.</source>
        <translation>等级 %1 已保存。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/loyalty_admin.py" line="462" />
        <location filename="../../crm_desktop/ui/marketing/loyalty_admin.py" line="474" />
        <location filename="../../crm_desktop/ui/marketing/loyalty_admin.py" line="495" />
        <source>Select a tier first.</source>
        <translation>请先选择一个等级。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/loyalty_admin.py" line="477" />
        <source>Delete tier</source>
        <translation>删除等级</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/loyalty_admin.py" line="478" />
        <source>Delete the tier %1? Customers holding it lose it at the next recalculation.</source>
        <translation>删除等级 %1？持有该等级的客户将在下次重算时失去该等级。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/loyalty_admin.py" line="488" />
        <source>Tier %1 deleted.</source>
        <translation>等级 %1 已删除。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/loyalty_admin.py" line="525" />
        <location filename="../../crm_desktop/ui/marketing/loyalty_admin.py" line="537" />
        <source>Points rule saved.</source>
        <translation>积分规则已保存。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/loyalty_admin.py" line="530" />
        <location filename="../../crm_desktop/ui/marketing/loyalty_admin.py" line="542" />
        <source>Select a rule first.</source>
        <translation>请先选择一条规则。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/loyalty_admin.py" line="544" />
        <source>Delete points rule</source>
        <translation>删除积分规则</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/loyalty_admin.py" line="545" />
        <source>Delete this points rule? Points already earned are kept.</source>
        <translation>删除这条积分规则？已获得的积分将保留。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/loyalty_admin.py" line="554" />
        <source>Points rule deleted.</source>
        <translation>积分规则已删除。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/loyalty_admin.py" line="558" />
        <source>Recalculating every customer&apos;s tier…</source>
        <translation>正在重算所有客户的等级…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/loyalty_admin.py" line="559" />
        <source>Tiers recalculated: %1 customer(s) changed.</source>
        <translation>等级已重算：%1 位客户发生变化。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/loyalty_admin.py" line="562" />
        <source>Expiring lapsed points…</source>
        <translation>正在处理过期积分…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/loyalty_admin.py" line="563" />
        <source>Points expired: %1 lapsed lot(s) written off.</source>
        <translation>积分过期处理完成：注销 %1 笔过期积分。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/loyalty_admin.py" line="571" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/loyalty_admin.py" line="610" />
        <source>Cancelled; the customers done so far keep their new figures.</source>
        <translation>已取消；已处理的客户保留新的数据。</translation>
    </message>
</context>
<context>
    <name>LoyaltyRuleDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/marketing/loyalty_admin.py" line="178" />
        <source>Edit points rule</source>
        <translation>编辑积分规则</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/loyalty_admin.py" line="178" />
        <source>New points rule</source>
        <translation>新建积分规则</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/loyalty_admin.py" line="180" />
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/loyalty_admin.py" line="183" />
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/loyalty_admin.py" line="187" />
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/loyalty_admin.py" line="201" />
        <source>Payments in this currency earn by this rule; there are no exchange rates, so payments in other currencies do not.</source>
        <translation>以此币种收到的回款按本规则积分；系统不做汇率换算，其他币种的回款不按本规则积分。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/loyalty_admin.py" line="206" />
        <source>For every</source>
        <translation>每消费</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/loyalty_admin.py" line="207" />
        <source>Points expire after (days)</source>
        <translation>积分有效期（天）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/loyalty_admin.py" line="209" />
        <source>Never</source>
        <translation>永不过期</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/loyalty_admin.py" line="210" />
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/loyalty_admin.py" line="210" />
        <source>Rule in force</source>
        <translation>规则生效</translation>
    </message>
</context>
<context>
    <name>LoyaltyTierDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/marketing/loyalty_admin.py" line="149" />
        <source>Edit tier</source>
        <translation>编辑等级</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/loyalty_admin.py" line="149" />
        <source>New tier</source>
        <translation>新建等级</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/loyalty_admin.py" line="150" />
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/loyalty_admin.py" line="151" />
        <source>e.g. Gold</source>
        <translation>如：金卡</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/loyalty_admin.py" line="152" />
        <source>Threshold (points in 12 months)</source>
        <translation>门槛（12 个月内积分）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/loyalty_admin.py" line="155" />
        <source>Benefits</source>
        <translation>权益</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/loyalty_admin.py" line="168" />
        <source>Another tier already has this threshold; each tier needs its own.</source>
        <translation>已有其他等级使用此门槛；每个等级的门槛须各不相同。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="98" />
        <source>CRM Desktop</source>
        <translation>CRM 桌面版</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="111" />
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="112" />
        <source>Recycle bin</source>
        <translation>回收站</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="120" />
        <source>Dashboard</source>
        <translation>首页</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="125" />
        <source>Reports</source>
        <translation>报表</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="127" />
        <source>Churn warnings</source>
        <translation>流失预警</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="132" />
        <source>Public pool</source>
        <translation>公海</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="137" />
        <source>Leads</source>
        <translation>线索</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="142" />
        <source>Opportunities</source>
        <translation>商机</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="147" />
        <source>Agenda</source>
        <translation>日程</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="155" />
        <location filename="../../crm_desktop/ui/main_window.py" line="319" />
        <source>Service desk</source>
        <translation>服务台</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="162" />
        <source>Knowledge base</source>
        <translation>知识库</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="168" />
        <source>Products</source>
        <translation>产品</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="173" />
        <source>Contracts</source>
        <translation>合同</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="177" />
        <source>Performance</source>
        <translation>业绩</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="196" />
        <source>Campaigns</source>
        <translation>营销活动</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="197" />
        <source>Segments</source>
        <translation>客户分群</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="198" />
        <source>Resources</source>
        <translation>营销资料</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="199" />
        <source>Unsubscribed</source>
        <translation>退订名单</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="203" />
        <source>Loyalty programme</source>
        <translation>会员计划</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="207" />
        <source>Marketing</source>
        <translation>市场营销</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="212" />
        <source>Automation</source>
        <translation>营销自动化</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="217" />
        <source>My approvals</source>
        <translation>我的审批</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="222" />
        <source>Audit trail</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="227" />
        <source>Administration</source>
        <translation>系统管理</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="231" />
        <source>Sync conflicts</source>
        <translation>同步冲突</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="324" />
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="328" />
        <source>Open another data folder…</source>
        <translation>打开其他数据文件夹…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="330" />
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="333" />
        <source>Recycle &amp;bin</source>
        <translation>回收站(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="335" />
        <source>&amp;Customers</source>
        <translation>客户(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="337" />
        <source>&amp;About</source>
        <translation>关于(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="339" />
        <source>About CRM Desktop</source>
        <translation>关于 CRM 桌面版</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="339" />
        <source>CRM Desktop %1</source>
        <translation>CRM 桌面版 %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="347" />
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="358" />
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="366" />
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="369" />
        <source>&amp;Audit trail</source>
        <translation>审计日志(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="369" />
        <source>Ad&amp;ministration</source>
        <translation>系统管理(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="374" />
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="378" />
        <source>&amp;Sync</source>
        <translation>同步(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="388" />
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="391" />
        <source>Main toolbar</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="404" />
        <source>User: %1</source>
        <translation>用户：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/ui/main_window.py" line="427" />
        <source>%n customer(s) returned to the public pool under its rules.</source>
        <translation>
            <numerusform>按公海规则，%n 个客户已退回公海。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/ui/main_window.py" line="470" />
        <source>Automation: %n action(s) done.</source>
        <translation>
            <numerusform>营销自动化：已执行 %n 个动作。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="480" />
        <source>&amp;Account</source>
        <translation>账户(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="482" />
        <source>Change &amp;password…</source>
        <translation>修改密码(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="485" />
        <source>&amp;Two-step verification…</source>
        <translation>两步验证(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="489" />
        <source>Sign &amp;out</source>
        <translation>退出登录(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="496" />
        <source>Your password was changed.</source>
        <translation>密码已修改。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="502" />
        <source>Two-step verification is off.</source>
        <translation>两步验证已关闭。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="503" />
        <source>Two-step verification is on.</source>
        <translation>两步验证已开启。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="519" />
        <source>Undone: %1</source>
        <translation>已撤销：%1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="522" />
        <source>Open data folder</source>
        <translation>打开数据文件夹</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="528" />
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="529" />
        <source>The language changes the next time the app starts.</source>
        <translation>语言将在下次启动时生效。</translation>
    </message>
</context>
<context>
    <name>OpportunityDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/sales/form.py" line="38" />
        <source>Opportunity</source>
        <translation>商机</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sales/form.py" line="38" />
        <source>New opportunity</source>
        <translation>新建商机</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sales/form.py" line="46" />
        <source>Type to search customers (name, pinyin, phone)…</source>
        <translation>输入以搜索客户（名称、拼音、电话）…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sales/form.py" line="50" />
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sales/form.py" line="51" />
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sales/form.py" line="62" />
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sales/form.py" line="64" />
        <source>Expected close</source>
        <translation>预计成交日期</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sales/form.py" line="67" />
        <location filename="../../crm_desktop/ui/sales/form.py" line="122" />
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sales/form.py" line="71" />
        <source>Win probability %</source>
        <translation>赢单率 %</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sales/form.py" line="73" />
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sales/form.py" line="80" />
        <source>Competitors</source>
        <translation>竞争对手</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sales/form.py" line="81" />
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sales/form.py" line="93" />
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sales/form.py" line="93" />
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sales/form.py" line="93" />
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sales/form.py" line="94" />
        <source>Discount %</source>
        <translation>折扣 %</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sales/form.py" line="94" />
        <source>Total</source>
        <translation>小计</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sales/form.py" line="101" />
        <source>Add product</source>
        <translation>添加产品</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sales/form.py" line="104" />
        <source>Add line</source>
        <translation>添加行</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sales/form.py" line="106" />
        <source>Remove line</source>
        <translation>删除行</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sales/form.py" line="122" />
        <source>Entered</source>
        <translation>进入时间</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sales/form.py" line="122" />
        <source>Left</source>
        <translation>离开时间</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sales/form.py" line="123" />
        <source>Time in stage</source>
        <translation>停留时长</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sales/form.py" line="128" />
        <source>General</source>
        <translation>基本信息</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sales/form.py" line="129" />
        <source>Products</source>
        <translation>产品</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sales/form.py" line="130" />
        <source>Stage history</source>
        <translation>阶段历史</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sales/form.py" line="133" />
        <source>Quotes</source>
        <translation>报价单</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sales/form.py" line="154" />
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sales/form.py" line="154" />
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sales/form.py" line="154" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sales/form.py" line="155" />
        <source>Total incl. tax</source>
        <translation>含税合计</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sales/form.py" line="161" />
        <source>New &amp;quote</source>
        <translation>新建报价(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sales/form.py" line="227" />
        <source>Lost: %1</source>
        <translation>输单：%1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sales/form.py" line="235" />
        <source>(now)</source>
        <translation>（当前）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sales/form.py" line="343" />
        <source>Total: %1</source>
        <translation>合计：%1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sales/form.py" line="381" />
        <source>This opportunity has changes that are not saved. Save them before closing?</source>
        <translation>该商机有尚未保存的修改。关闭前是否保存？</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sales/form.py" line="400" />
        <source>Lost</source>
        <translation>输单</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sales/form.py" line="400" />
        <source>Why was it lost?</source>
        <translation>输单原因？</translation>
    </message>
</context>
<context>
    <name>OpportunityTableModel</name>
    <message>
        <location filename="../../crm_desktop/ui/sales/model.py" line="11" />
        <source>Opportunity</source>
        <translation>商机</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sales/model.py" line="12" />
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sales/model.py" line="13" />
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sales/model.py" line="14" />
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sales/model.py" line="15" />
        <source>Probability</source>
        <translation>赢单率</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sales/model.py" line="16" />
        <source>Expected close</source>
        <translation>预计成交日期</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sales/model.py" line="17" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sales/model.py" line="18" />
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sales/model.py" line="19" />
        <source>Updated</source>
        <translation>更新时间</translation>
    </message>
</context>
<context>
    <name>PaneChart</name>
    <message>
        <location filename="../../crm_desktop/ui/charts/pane_chart.py" line="109" />
        <source>No data for this period</source>
        <translation>本期间没有数据</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/charts/pane_chart.py" line="250" />
        <source>%1 (range)</source>
        <translation>%1（区间）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/charts/pane_chart.py" line="338" />
        <source>Range: %1 – %2</source>
        <translation>区间：%1 – %2</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/charts/pane_chart.py" line="343" />
        <source>Share: %1%</source>
        <translation>占比：%1%</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/charts/pane_chart.py" line="347" />
        <source>Of the first stage: %1%</source>
        <translation>占首阶段：%1%</translation>
    </message>
</context>
<context>
    <name>PaneTableModel</name>
    <message>
        <location filename="../../crm_desktop/ui/reports/model.py" line="34" />
        <source>%1 (low)</source>
        <translation>%1（下限）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/model.py" line="35" />
        <source>%1 (high)</source>
        <translation>%1（上限）</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/contracts/dialogs.py" line="150" />
        <source>Record payment</source>
        <translation>登记回款</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/contracts/dialogs.py" line="151" />
        <source>Instalment</source>
        <translation>期次</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/contracts/dialogs.py" line="152" />
        <source>(the contract, no instalment)</source>
        <translation>（合同，不指定期次）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/contracts/dialogs.py" line="155" />
        <source>Instalment %1 · open %2</source>
        <translation>第 %1 期 · 未回款 %2</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/contracts/dialogs.py" line="159" />
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/contracts/dialogs.py" line="160" />
        <source>Received on</source>
        <translation>回款日期</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/contracts/dialogs.py" line="161" />
        <source>Method</source>
        <translation>方式</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/contracts/dialogs.py" line="162" />
        <source>Reference</source>
        <translation>凭证号</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/contracts/dialogs.py" line="163" />
        <source>Overpayment</source>
        <translation>超额回款</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/contracts/dialogs.py" line="164" />
        <source>More than is open, on purpose</source>
        <translation>确认超出未回款金额</translation>
    </message>
</context>
<context>
    <name>PeriodSelector</name>
    <message>
        <location filename="../../crm_desktop/ui/reports/period.py" line="38" />
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/period.py" line="38" />
        <source>Last month</source>
        <translation>上月</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/period.py" line="38" />
        <source>This quarter</source>
        <translation>本季度</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/period.py" line="39" />
        <source>This year</source>
        <translation>本年</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/period.py" line="39" />
        <source>Custom…</source>
        <translation>自定义…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/period.py" line="46" />
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/period.py" line="49" />
        <source>Period:</source>
        <translation>期间：</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/contracts/dialogs.py" line="134" />
        <source>Add instalment</source>
        <translation>添加回款计划</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/contracts/dialogs.py" line="135" />
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/contracts/dialogs.py" line="136" />
        <source>at most %1</source>
        <translation>最多 %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/contracts/dialogs.py" line="137" />
        <source>Due on</source>
        <translation>计划回款日</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/contracts/dialogs.py" line="138" />
        <source>Method</source>
        <translation>方式</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/contracts/dialogs.py" line="139" />
        <source>Remind days before</source>
        <translation>提前提醒天数</translation>
    </message>
</context>
<context>
    <name>PointsDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/marketing/loyalty.py" line="35" />
        <source>Points:</source>
        <translation>积分：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/loyalty.py" line="36" />
        <source>Reason:</source>
        <translation>原因：</translation>
    </message>
</context>
<context>
    <name>PoolScreen</name>
    <message>
        <location filename="../../crm_desktop/ui/pools/screen.py" line="50" />
        <source>No follow-up for %1 days</source>
        <translation>%1 天未跟进</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/pools/screen.py" line="51" />
        <source>No deal for %1 days</source>
        <translation>%1 天未成交</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/pools/screen.py" line="67" />
        <source>Search the pool: name, phone, pinyin…</source>
        <translation>搜索公海：名称、电话、拼音…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/pools/screen.py" line="72" />
        <source>&amp;Claim</source>
        <translation>领取(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/pools/screen.py" line="74" />
        <source>Take the selected customers as your own (Ctrl+Enter)</source>
        <translation>领取所选客户（Ctrl+Enter）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/pools/screen.py" line="81" />
        <source>Pool:</source>
        <translation>公海：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/pools/screen.py" line="96" />
        <location filename="../../crm_desktop/ui/pools/screen.py" line="208" />
        <source>Claim</source>
        <translation>领取</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/pools/screen.py" line="106" />
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/pools/screen.py" line="106" />
        <source>Returns on</source>
        <translation>退回日期</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/pools/screen.py" line="106" />
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/pools/screen.py" line="107" />
        <source>Pool</source>
        <translation>公海</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/pools/screen.py" line="114" />
        <source>My customers returning to a pool soon (follow up to keep them)</source>
        <translation>我即将退回公海的客户（及时跟进即可保留）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/pools/screen.py" line="143" />
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/pools/screen.py" line="153" />
        <source>No public pool yet: an administrator creates one under Administration &gt; Lists and pools.</source>
        <translation>尚无公海：请管理员在“系统管理 &gt; 列表与公海”中创建。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/pools/screen.py" line="156" />
        <source>other levels</source>
        <translation>其他级别</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/pools/screen.py" line="159" />
        <location filename="../../crm_desktop/ui/pools/screen.py" line="161" />
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/pools/screen.py" line="160" />
        <source>Rules: %1. Claim limit: %2. Wait before reclaiming: %3 days.</source>
        <translation>规则：%1。领取上限：%2。再次领取需等待：%3 天。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/pools/screen.py" line="177" />
        <source>No customer in this pool matches “%1”.</source>
        <translation>此公海中没有与“%1”匹配的客户。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/pools/screen.py" line="178" />
        <source>Clear the search</source>
        <translation>清除搜索</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/pools/screen.py" line="180" />
        <source>This pool is empty. Customers come here when their owner releases them, or when a rule above returns them.</source>
        <translation>此公海暂无客户。负责人释放的客户，或按上方规则退回的客户，会进入这里。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/pools/screen.py" line="189" />
        <source>My customers returning to a pool soon (follow up to keep them): %1</source>
        <translation>我即将退回公海的客户（及时跟进即可保留）：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/ui/pools/screen.py" line="210" />
        <source>Claimed %n customer(s); they are in your customer list now.</source>
        <translation>
            <numerusform>已领取 %n 个客户，现已在您的客户列表中。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProductDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/products/screen.py" line="30" />
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/products/screen.py" line="30" />
        <source>New product</source>
        <translation>新建产品</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/products/screen.py" line="33" />
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/products/screen.py" line="34" />
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/products/screen.py" line="35" />
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/products/screen.py" line="36" />
        <source>List price</source>
        <translation>标准价格</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/products/screen.py" line="38" />
        <source>Category</source>
        <translation>分类</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/products/screen.py" line="39" />
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/products/screen.py" line="44" />
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/products/screen.py" line="46" />
        <source>Active</source>
        <translation>生效</translation>
    </message>
</context>
<context>
    <name>ProductsScreen</name>
    <message>
        <location filename="../../crm_desktop/ui/products/screen.py" line="93" />
        <source>Categories</source>
        <translation>产品分类</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/products/screen.py" line="95" />
        <source>Add category…</source>
        <translation>添加分类…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/products/screen.py" line="105" />
        <source>Filter by code or name…</source>
        <translation>按编码或名称筛选…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/products/screen.py" line="107" />
        <source>New product…</source>
        <translation>新建产品…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/products/screen.py" line="113" />
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/products/screen.py" line="113" />
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/products/screen.py" line="113" />
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/products/screen.py" line="113" />
        <source>List price</source>
        <translation>标准价格</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/products/screen.py" line="114" />
        <source>Active</source>
        <translation>生效</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/products/screen.py" line="114" />
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/products/screen.py" line="136" />
        <source>New supplier…</source>
        <translation>新建供应商…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/products/screen.py" line="144" />
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/products/screen.py" line="144" />
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/products/screen.py" line="144" />
        <source>From quantity</source>
        <translation>起订数量</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/products/screen.py" line="145" />
        <source>Valid from</source>
        <translation>生效日期</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/products/screen.py" line="145" />
        <source>Valid to</source>
        <translation>失效日期</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/products/screen.py" line="149" />
        <source>Add price…</source>
        <translation>添加价格…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/products/screen.py" line="153" />
        <source>Serves customer…</source>
        <translation>服务客户…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/products/screen.py" line="165" />
        <source>Price list</source>
        <translation>价格表</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/products/screen.py" line="174" />
        <source>Products</source>
        <translation>产品</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/products/screen.py" line="175" />
        <source>Suppliers</source>
        <translation>供应商</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/products/screen.py" line="199" />
        <source>All products</source>
        <translation>全部产品</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/products/screen.py" line="240" />
        <source>No suppliers yet.</source>
        <translation>还没有供应商。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/products/screen.py" line="246" />
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/products/screen.py" line="248" />
        <source>Serves: %1</source>
        <translation>服务客户：%1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/products/screen.py" line="271" />
        <source>Add category</source>
        <translation>添加分类</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/products/screen.py" line="271" />
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/products/screen.py" line="273" />
        <source>Category added.</source>
        <translation>分类已添加。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/products/screen.py" line="284" />
        <source>New supplier</source>
        <translation>新建供应商</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/products/screen.py" line="284" />
        <source>Supplier name:</source>
        <translation>供应商名称：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/products/screen.py" line="286" />
        <source>Supplier added.</source>
        <translation>供应商已添加。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/products/screen.py" line="293" />
        <location filename="../../crm_desktop/ui/products/screen.py" line="301" />
        <source>Serves customer</source>
        <translation>服务客户</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/products/screen.py" line="293" />
        <source>Find the customer:</source>
        <translation>查找客户：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/products/screen.py" line="298" />
        <source>No customer matches %1.</source>
        <translation>没有与 %1 匹配的客户。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/products/screen.py" line="301" />
        <source>Customer:</source>
        <translation>客户：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/products/screen.py" line="304" />
        <source>Customer linked.</source>
        <translation>已关联客户。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/products/screen.py" line="310" />
        <location filename="../../crm_desktop/ui/products/screen.py" line="314" />
        <source>Add price</source>
        <translation>添加价格</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/products/screen.py" line="310" />
        <source>Product:</source>
        <translation>产品：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/products/screen.py" line="314" />
        <source>Price:</source>
        <translation>价格：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/products/screen.py" line="323" />
        <source>Price added.</source>
        <translation>价格已添加。</translation>
    </message>
</context>
<context>
    <name>QuickCallDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/tickets/form.py" line="576" />
        <source>Phone call</source>
        <translation>来电</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tickets/form.py" line="579" />
        <source>Caller&apos;s number</source>
        <translation>来电号码</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tickets/form.py" line="580" />
        <location filename="../../crm_desktop/ui/tickets/form.py" line="603" />
        <source>(unknown caller)</source>
        <translation>（未知来电）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tickets/form.py" line="584" />
        <source>Urgent</source>
        <translation>紧急</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tickets/form.py" line="587" />
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tickets/form.py" line="588" />
        <source>Caller</source>
        <translation>来电人</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tickets/form.py" line="589" />
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tickets/form.py" line="590" />
        <source>Notes</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>QuoteDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/sales/quote_dialog.py" line="26" />
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sales/quote_dialog.py" line="26" />
        <source>Sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sales/quote_dialog.py" line="27" />
        <source>Accepted</source>
        <translation>已接受</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sales/quote_dialog.py" line="28" />
        <source>Rejected</source>
        <translation>已驳回</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sales/quote_dialog.py" line="29" />
        <source>Superseded by a newer version</source>
        <translation>已被新版本取代</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sales/quote_dialog.py" line="63" />
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sales/quote_dialog.py" line="64" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sales/quote_dialog.py" line="65" />
        <source>Terms</source>
        <translation>条款</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sales/quote_dialog.py" line="68" />
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sales/quote_dialog.py" line="68" />
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sales/quote_dialog.py" line="68" />
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sales/quote_dialog.py" line="69" />
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sales/quote_dialog.py" line="69" />
        <source>Discount %</source>
        <translation>折扣 %</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sales/quote_dialog.py" line="69" />
        <source>Tax %</source>
        <translation>税率 %</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sales/quote_dialog.py" line="70" />
        <source>Total incl. tax</source>
        <translation>含税合计</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sales/quote_dialog.py" line="78" />
        <source>Add line</source>
        <translation>添加行</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sales/quote_dialog.py" line="80" />
        <source>Remove line</source>
        <translation>删除行</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sales/quote_dialog.py" line="82" />
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sales/quote_dialog.py" line="85" />
        <source>Mark as &amp;sent</source>
        <translation>标记为已发送(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sales/quote_dialog.py" line="88" />
        <source>New &amp;version</source>
        <translation>新版本(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sales/quote_dialog.py" line="91" />
        <source>Make &amp;contract</source>
        <translation>生成合同(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sales/quote_dialog.py" line="93" />
        <source>The customer accepted: a contract for this quote&apos;s total</source>
        <translation>客户已接受：按此报价合计生成合同</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sales/quote_dialog.py" line="95" />
        <source>Save &amp;PDF…</source>
        <translation>保存 PDF(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sales/quote_dialog.py" line="137" />
        <source>Quote %1</source>
        <translation>报价单 %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sales/quote_dialog.py" line="175" />
        <source>This quote has changes that are not saved. Save them before closing?</source>
        <translation>此报价单有未保存的修改。关闭前是否保存？</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sales/quote_dialog.py" line="254" />
        <source>Subtotal %1 · tax %2 · total %3</source>
        <translation>小计 %1 · 税额 %2 · 合计 %3</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sales/quote_dialog.py" line="299" />
        <source>Contract %1 made; find it under Contracts.</source>
        <translation>已生成合同 %1，可在“合同”中查看。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sales/quote_dialog.py" line="303" />
        <source>Save PDF</source>
        <translation>保存 PDF</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sales/quote_dialog.py" line="304" />
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sales/quote_dialog.py" line="319" />
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
</context>
<context>
    <name>RecycleBinModel</name>
    <message>
        <location filename="../../crm_desktop/ui/customers/recycle_bin.py" line="35" />
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/recycle_bin.py" line="35" />
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/recycle_bin.py" line="35" />
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/recycle_bin.py" line="35" />
        <source>Deleted</source>
        <translation>删除时间</translation>
    </message>
</context>
<context>
    <name>RecycleBinScreen</name>
    <message>
        <location filename="../../crm_desktop/ui/customers/recycle_bin.py" line="63" />
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/recycle_bin.py" line="68" />
        <source>Deleted customers stay here until restored. The newest 500 are shown.</source>
        <translation>已删除的客户保留在这里，可随时恢复。显示最近 500 条。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/ui/customers/recycle_bin.py" line="92" />
        <source>Restored %n customer(s).</source>
        <translation>
            <numerusform>已恢复 %n 个客户。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportPanel</name>
    <message>
        <location filename="../../crm_desktop/ui/marketing/campaigns.py" line="334" />
        <source>Budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/campaigns.py" line="335" />
        <source>Actual cost</source>
        <translation>实际成本</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/campaigns.py" line="336" />
        <source>Budget left</source>
        <translation>预算结余</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/campaigns.py" line="337" />
        <source>Members</source>
        <translation>成员</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/campaigns.py" line="338" />
        <source>Responded</source>
        <translation>已响应</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/campaigns.py" line="339" />
        <source>Responses</source>
        <translation>响应情况</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/campaigns.py" line="340" />
        <source>Leads (converted)</source>
        <translation>线索（已转化）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/campaigns.py" line="341" />
        <source>Opportunities (open / won / lost)</source>
        <translation>商机（进行中 / 赢单 / 输单）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/campaigns.py" line="342" />
        <source>Revenue won</source>
        <translation>赢单收入</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/campaigns.py" line="343" />
        <source>ROI</source>
        <translation>投资回报率</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/campaigns.py" line="348" />
        <source>Report</source>
        <translation>活动报告</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/campaigns.py" line="375" />
        <source>no cost recorded</source>
        <translation>未记录成本</translation>
    </message>
</context>
<context>
    <name>ReportsScreen</name>
    <message>
        <location filename="../../crm_desktop/ui/reports/screen.py" line="76" />
        <source>All owners</source>
        <translation>全部负责人</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/screen.py" line="77" />
        <source>All departments</source>
        <translation>全部部门</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/screen.py" line="78" />
        <source>All products</source>
        <translation>全部产品</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/screen.py" line="79" />
        <source>Export PDF…</source>
        <translation>导出 PDF…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/screen.py" line="81" />
        <source>Export Excel…</source>
        <translation>导出 Excel…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/screen.py" line="83" />
        <source>All reports</source>
        <translation>全部报表</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/screen.py" line="85" />
        <source>Export every report of the list with the filters above, one section each</source>
        <translation>按上方筛选条件导出列表中的全部报表，每个报表一节</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/screen.py" line="86" />
        <source>Print preview…</source>
        <translation>打印预览…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/screen.py" line="94" />
        <source>Owner:</source>
        <translation>负责人：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/screen.py" line="94" />
        <source>Department:</source>
        <translation>部门：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/screen.py" line="95" />
        <source>Product:</source>
        <translation>产品：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/screen.py" line="270" />
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/screen.py" line="295" />
        <source>Export PDF</source>
        <translation>导出 PDF</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/screen.py" line="295" />
        <source>PDF document (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/screen.py" line="304" />
        <location filename="../../crm_desktop/ui/reports/screen.py" line="306" />
        <location filename="../../crm_desktop/ui/reports/screen.py" line="316" />
        <source>Reports</source>
        <translation>报表</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/screen.py" line="312" />
        <source>Export Excel</source>
        <translation>导出 Excel</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/screen.py" line="312" />
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/ui/reports/screen.py" line="334" />
        <source>Computing %n report(s)…</source>
        <translation>
            <numerusform>正在计算 %n 个报表…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/screen.py" line="356" />
        <source>Exporting to %1…</source>
        <translation>正在导出到 %1…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/screen.py" line="335" />
        <location filename="../../crm_desktop/ui/reports/screen.py" line="357" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/screen.py" line="337" />
        <location filename="../../crm_desktop/ui/reports/screen.py" line="359" />
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/screen.py" line="389" />
        <source>Exported to %1.</source>
        <translation>已导出到 %1。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/screen.py" line="397" />
        <source>Export cancelled.</source>
        <translation>导出已取消。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/screen.py" line="410" />
        <source>Print preview</source>
        <translation>打印预览</translation>
    </message>
</context>
<context>
    <name>ResourceDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/marketing/resources.py" line="96" />
        <source>Edit resource</source>
        <translation>编辑资料</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/resources.py" line="99" />
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/resources.py" line="100" />
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/resources.py" line="104" />
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/resources.py" line="107" />
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/resources.py" line="108" />
        <source>Separate tags with commas</source>
        <translation>多个标签用逗号分隔</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/resources.py" line="131" />
        <source>Give the resource a name.</source>
        <translation>请填写资料名称。</translation>
    </message>
</context>
<context>
    <name>ResourcesScreen</name>
    <message>
        <location filename="../../crm_desktop/ui/marketing/resources.py" line="43" />
        <source>Template</source>
        <translation>模板</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/resources.py" line="44" />
        <source>Image</source>
        <translation>图片</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/resources.py" line="45" />
        <source>Document</source>
        <translation>文档</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/resources.py" line="46" />
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/resources.py" line="157" />
        <source>All kinds</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/resources.py" line="162" />
        <source>The whole library</source>
        <translation>全部资料</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/resources.py" line="167" />
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/resources.py" line="167" />
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/resources.py" line="167" />
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/resources.py" line="167" />
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/resources.py" line="168" />
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/resources.py" line="182" />
        <source>&amp;Add files…</source>
        <translation>添加文件(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/resources.py" line="183" />
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/resources.py" line="184" />
        <source>&amp;Save file as…</source>
        <translation>文件另存为(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/resources.py" line="185" />
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/resources.py" line="186" />
        <source>&amp;Link to campaign…</source>
        <translation>关联到营销活动(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/resources.py" line="187" />
        <source>&amp;Unlink from campaign…</source>
        <translation>取消关联营销活动(&amp;U)…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/resources.py" line="195" />
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/resources.py" line="198" />
        <source>Drop files here to add them to the library.</source>
        <translation>将文件拖放到此处即可加入资料库。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/resources.py" line="239" />
        <source>Linked to %1</source>
        <translation>关联到 %1 的资料</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/resources.py" line="294" />
        <source>Add files to the library</source>
        <translation>将文件加入资料库</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/resources.py" line="301" />
        <source>You may not add marketing resources.</source>
        <translation>您无权添加营销资料。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/resources.py" line="305" />
        <source>Only files can be added, not folders.</source>
        <translation>只能添加文件，不能添加文件夹。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/resources.py" line="307" />
        <source>Adding %1 file(s)…</source>
        <translation>正在添加 %1 个文件…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/resources.py" line="316" />
        <source>%1 file(s) added to the library.</source>
        <translation>已将 %1 个文件加入资料库。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/resources.py" line="323" />
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/resources.py" line="360" />
        <source>Resource “%1” saved.</source>
        <translation>资料“%1”已保存。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/resources.py" line="370" />
        <source>Save file as</source>
        <translation>文件另存为</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/resources.py" line="373" />
        <source>Saving %1…</source>
        <translation>正在保存 %1…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/resources.py" line="380" />
        <source>Saved %1 (%2).</source>
        <translation>已保存 %1（%2）。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/resources.py" line="387" />
        <source>The file could not be written: %1</source>
        <translation>无法写入文件：%1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/resources.py" line="395" />
        <source>Delete resource</source>
        <translation>删除资料</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/resources.py" line="396" />
        <source>Delete the resource %1? It is also unlinked from its campaigns.</source>
        <translation>删除资料 %1？它与营销活动的关联也将一并解除。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/resources.py" line="416" />
        <source>There are no campaigns yet.</source>
        <translation>还没有营销活动。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/resources.py" line="421" />
        <source>Campaign</source>
        <translation>营销活动</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/resources.py" line="430" />
        <source>Link to campaign</source>
        <translation>关联到营销活动</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/resources.py" line="434" />
        <source>“%1” is linked to %2.</source>
        <translation>“%1”已关联到 %2。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/resources.py" line="444" />
        <source>Unlink from campaign</source>
        <translation>取消关联营销活动</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/resources.py" line="448" />
        <source>“%1” is no longer linked to %2.</source>
        <translation>“%1”已不再关联 %2。</translation>
    </message>
</context>
<context>
    <name>ReturnVisitDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/tickets/form.py" line="548" />
        <source>Return visit</source>
        <translation>回访</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tickets/form.py" line="551" />
        <source>Satisfied</source>
        <translation>满意</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tickets/form.py" line="551" />
        <source>Not satisfied</source>
        <translation>不满意</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tickets/form.py" line="552" />
        <source>Could not reach the customer</source>
        <translation>未联系上客户</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tickets/form.py" line="559" />
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tickets/form.py" line="560" />
        <source>Score (1-5)</source>
        <translation>评分（1-5）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tickets/form.py" line="561" />
        <source>Notes</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>RoleForm</name>
    <message>
        <location filename="../../crm_desktop/ui/admin/roles.py" line="50" />
        <source>New role</source>
        <translation>新建角色</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/roles.py" line="50" />
        <source>Edit role</source>
        <translation>编辑角色</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/roles.py" line="52" />
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/roles.py" line="53" />
        <source>e.g. team_lead</source>
        <translation>例如 team_lead</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/roles.py" line="55" />
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/roles.py" line="56" />
        <source>Data scope</source>
        <translation>数据范围</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/roles.py" line="59" />
        <source>Permissions</source>
        <translation>权限</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/roles.py" line="60" />
        <source>Field rules</source>
        <translation>字段规则</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/roles.py" line="74" />
        <source>The administrator role always has every permission.</source>
        <translation>系统管理员角色始终拥有全部权限。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/roles.py" line="113" />
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/roles.py" line="113" />
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/roles.py" line="118" />
        <source>Add rule</source>
        <translation>添加规则</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/roles.py" line="121" />
        <source>Remove rule</source>
        <translation>删除规则</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/roles.py" line="124" />
        <source>A field without a rule is editable.</source>
        <translation>未设规则的字段可编辑。</translation>
    </message>
</context>
<context>
    <name>RoleModel</name>
    <message>
        <location filename="../../crm_desktop/ui/admin/roles.py" line="37" />
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/roles.py" line="37" />
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/roles.py" line="38" />
        <source>Data scope</source>
        <translation>数据范围</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/roles.py" line="38" />
        <source>Permissions</source>
        <translation>权限</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/roles.py" line="39" />
        <source>Users</source>
        <translation>用户</translation>
    </message>
</context>
<context>
    <name>RolesTab</name>
    <message>
        <location filename="../../crm_desktop/ui/admin/roles.py" line="176" />
        <source>Filter roles…</source>
        <translation>筛选角色…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/roles.py" line="177" />
        <source>New role…</source>
        <translation>新建角色…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/roles.py" line="178" />
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/roles.py" line="179" />
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/roles.py" line="191" />
        <source>Delete role</source>
        <translation>删除角色</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/roles.py" line="191" />
        <source>Delete the role %1?</source>
        <translation>删除角色 %1？</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/roles.py" line="193" />
        <source>Deleted the role %1.</source>
        <translation>已删除角色 %1。</translation>
    </message>
</context>
<context>
    <name>RuleEditor</name>
    <message>
        <location filename="../../crm_desktop/ui/marketing/automation.py" line="41" />
        <source>Automation rule</source>
        <translation>自动化规则</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/automation.py" line="56" />
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/automation.py" line="73" />
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/automation.py" line="74" />
        <source>When:</source>
        <translation>触发条件：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/automation.py" line="75" />
        <source>Only if (JSON):</source>
        <translation>限定条件（JSON）：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/automation.py" line="76" />
        <source>Then:</source>
        <translation>执行动作：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/automation.py" line="77" />
        <source>With (JSON):</source>
        <translation>动作参数（JSON）：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/automation.py" line="78" />
        <source>Order:</source>
        <translation>顺序：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/automation.py" line="90" />
        <source>Condition fields: the lead&apos;s, e.g. source, province, city.</source>
        <translation>条件字段：线索的字段，如 source（来源）、province（省份）、city（城市）。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/automation.py" line="91" />
        <source>Condition: segment_id (required), and the customer&apos;s fields.</source>
        <translation>条件：segment_id（必填，客户分群），以及客户的字段。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/automation.py" line="93" />
        <source>Condition fields: to_stage_id, from_stage_id, status (open / won / lost), amount.</source>
        <translation>条件字段：to_stage_id（新阶段）、from_stage_id（原阶段）、status（open 进行中 / won 赢单 / lost 输单）、amount（金额）。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/automation.py" line="94" />
        <source>Parameters: owner_id.</source>
        <translation>参数：owner_id（负责人）。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/automation.py" line="95" />
        <source>Parameters: title ({name} is replaced), kind, due_days, owner_id.</source>
        <translation>参数：title（标题，{name} 替换为名称）、kind（类型）、due_days（几天后到期）、owner_id（负责人）。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/automation.py" line="96" />
        <source>Parameters: campaign_id.</source>
        <translation>参数：campaign_id（营销活动）。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/automation.py" line="97" />
        <source>Parameters: campaign_id (its template is sent).</source>
        <translation>参数：campaign_id（营销活动，发送其邮件模板）。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/automation.py" line="107" />
        <source>Condition and parameters must be JSON objects.</source>
        <translation>条件和参数必须是 JSON 对象。</translation>
    </message>
</context>
<context>
    <name>SalesScreen</name>
    <message>
        <location filename="../../crm_desktop/ui/sales/screen.py" line="41" />
        <source>All owners</source>
        <translation>全部负责人</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sales/screen.py" line="45" />
        <source>Filter: opportunity or customer name…</source>
        <translation>筛选：商机或客户名称…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sales/screen.py" line="49" />
        <source>&amp;New opportunity</source>
        <translation>新建商机(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sales/screen.py" line="53" />
        <source>&amp;Won</source>
        <translation>赢单(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sales/screen.py" line="56" />
        <source>&amp;Lost…</source>
        <translation>输单(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sales/screen.py" line="64" />
        <source>Pipeline:</source>
        <translation>销售流程：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sales/screen.py" line="91" />
        <source>Opportunity</source>
        <translation>商机</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sales/screen.py" line="91" />
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sales/screen.py" line="91" />
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sales/screen.py" line="92" />
        <source>Expected close</source>
        <translation>预计成交日期</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sales/screen.py" line="92" />
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sales/screen.py" line="101" />
        <source>Board</source>
        <translation>看板</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sales/screen.py" line="102" />
        <source>List</source>
        <translation>列表</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sales/screen.py" line="103" />
        <source>Expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sales/screen.py" line="116" />
        <source>Delete opportunity</source>
        <translation>删除商机</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sales/screen.py" line="151" />
        <source>There is no sales pipeline yet; sync with the server (F9) or ask an administrator.</source>
        <translation>还没有销售流程；请与服务器同步（F9）或联系管理员。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sales/screen.py" line="203" />
        <source>Open: %1 opportunities · %2 · weighted %3</source>
        <translation>进行中：%1 个商机 · %2 · 加权 %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/ui/sales/screen.py" line="219" />
        <source>%n open opportunity(ies) past the expected close date.</source>
        <translation>
            <numerusform>%n 个进行中的商机已过预计成交日期。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sales/screen.py" line="242" />
        <location filename="../../crm_desktop/ui/sales/screen.py" line="274" />
        <source>Lost</source>
        <translation>输单</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sales/screen.py" line="242" />
        <location filename="../../crm_desktop/ui/sales/screen.py" line="274" />
        <source>Why was it lost?</source>
        <translation>输单原因？</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sales/screen.py" line="244" />
        <source>Not moved: a lost opportunity needs a reason.</source>
        <translation>未移动：输单需要填写原因。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sales/screen.py" line="253" />
        <source>Moved to %1.</source>
        <translation>已移至 %1。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sales/screen.py" line="268" />
        <source>Marked as won.</source>
        <translation>已标记为赢单。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sales/screen.py" line="276" />
        <source>Marked as lost.</source>
        <translation>已标记为输单。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/ui/sales/screen.py" line="281" />
        <source>%n opportunity(ies) deleted (Ctrl+Z undoes).</source>
        <translation>
            <numerusform>已删除 %n 个商机（Ctrl+Z 可撤销）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SalesSettingsTab</name>
    <message>
        <location filename="../../crm_desktop/ui/admin/sales_settings.py" line="24" />
        <source>Open</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/sales_settings.py" line="24" />
        <source>Won</source>
        <translation>赢单</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/sales_settings.py" line="25" />
        <source>Lost</source>
        <translation>输单</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/sales_settings.py" line="26" />
        <source>Contracts</source>
        <translation>合同</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/sales_settings.py" line="27" />
        <source>Receivable instalments</source>
        <translation>回款计划</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/sales_settings.py" line="28" />
        <source>Invoices</source>
        <translation>发票</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/sales_settings.py" line="29" />
        <source>Quote discounts (from %)</source>
        <translation>报价折扣（起始百分比）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/sales_settings.py" line="56" />
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/sales_settings.py" line="56" />
        <source>Win probability %</source>
        <translation>赢单率 %</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/sales_settings.py" line="56" />
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/sales_settings.py" line="60" />
        <location filename="../../crm_desktop/ui/admin/sales_settings.py" line="300" />
        <source>Add stage</source>
        <translation>添加阶段</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/sales_settings.py" line="63" />
        <source>Save stages</source>
        <translation>保存阶段</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/sales_settings.py" line="66" />
        <source>Delete stage</source>
        <translation>删除阶段</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/sales_settings.py" line="68" />
        <source>New pipeline…</source>
        <translation>新建销售流程…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/sales_settings.py" line="70" />
        <location filename="../../crm_desktop/ui/admin/sales_settings.py" line="143" />
        <source>Sales pipelines</source>
        <translation>销售流程</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/sales_settings.py" line="86" />
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/sales_settings.py" line="86" />
        <source>Applies to</source>
        <translation>适用于</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/sales_settings.py" line="86" />
        <source>From amount</source>
        <translation>起始金额</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/sales_settings.py" line="87" />
        <source>Approvers in turn (roles)</source>
        <translation>依次审批的角色</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/sales_settings.py" line="91" />
        <source>Add approval flow…</source>
        <translation>添加审批流程…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/sales_settings.py" line="95" />
        <source>Approval flows</source>
        <translation>审批流程</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/sales_settings.py" line="101" />
        <location filename="../../crm_desktop/ui/admin/sales_settings.py" line="144" />
        <source>Company letterhead and numbering</source>
        <translation>公司抬头与编号规则</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/sales_settings.py" line="103" />
        <source>Company name</source>
        <translation>公司名称</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/sales_settings.py" line="103" />
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/sales_settings.py" line="103" />
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/sales_settings.py" line="104" />
        <source>Email</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/sales_settings.py" line="104" />
        <source>Tax number</source>
        <translation>税号</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/sales_settings.py" line="104" />
        <source>Bank account</source>
        <translation>开户行及账号</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/sales_settings.py" line="109" />
        <source>Contract numbers</source>
        <translation>合同编号</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/sales_settings.py" line="109" />
        <source>Order numbers</source>
        <translation>订单编号</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/sales_settings.py" line="110" />
        <source>Invoice numbers</source>
        <translation>发票编号</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/sales_settings.py" line="113" />
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/sales_settings.py" line="119" />
        <location filename="../../crm_desktop/ui/admin/sales_settings.py" line="146" />
        <source>Lead assignment</source>
        <translation>线索分配</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/sales_settings.py" line="123" />
        <source>By hand (or the lead pool)</source>
        <translation>手动分配（或放入线索池）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/sales_settings.py" line="123" />
        <source>Round robin</source>
        <translation>轮流分配</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/sales_settings.py" line="124" />
        <source>By province</source>
        <translation>按省份</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/sales_settings.py" line="124" />
        <source>By source</source>
        <translation>按来源</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/sales_settings.py" line="132" />
        <source>Save lead assignment</source>
        <translation>保存线索分配</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/sales_settings.py" line="136" />
        <source>Assign new leads</source>
        <translation>新线索分配方式</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/sales_settings.py" line="137" />
        <source>Round robin over</source>
        <translation>轮流分配给</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/sales_settings.py" line="138" />
        <source>Province or source = sign-in name</source>
        <translation>省份或来源 = 登录名</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/sales_settings.py" line="235" />
        <source>Lead assignment saved.</source>
        <translation>线索分配已保存。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/sales_settings.py" line="294" />
        <source>Stages saved.</source>
        <translation>阶段已保存。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/sales_settings.py" line="300" />
        <source>Stage name:</source>
        <translation>阶段名称：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/sales_settings.py" line="306" />
        <source>Stage added.</source>
        <translation>阶段已添加。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/sales_settings.py" line="313" />
        <source>Stage deleted.</source>
        <translation>阶段已删除。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/sales_settings.py" line="317" />
        <source>New pipeline</source>
        <translation>新建销售流程</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/sales_settings.py" line="317" />
        <source>Pipeline name:</source>
        <translation>销售流程名称：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/sales_settings.py" line="319" />
        <source>Pipeline added.</source>
        <translation>销售流程已添加。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/sales_settings.py" line="322" />
        <location filename="../../crm_desktop/ui/admin/sales_settings.py" line="326" />
        <location filename="../../crm_desktop/ui/admin/sales_settings.py" line="330" />
        <location filename="../../crm_desktop/ui/admin/sales_settings.py" line="333" />
        <source>Approval flow</source>
        <translation>审批流程</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/sales_settings.py" line="322" />
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/sales_settings.py" line="326" />
        <source>Applies to:</source>
        <translation>适用于：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/sales_settings.py" line="330" />
        <source>From amount:</source>
        <translation>起始金额：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/sales_settings.py" line="334" />
        <source>Approver roles in turn (codes, comma separated):</source>
        <translation>依次审批的角色（代码，用逗号分隔）：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/sales_settings.py" line="347" />
        <source>Approval flow added.</source>
        <translation>审批流程已添加。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/sales_settings.py" line="357" />
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
</context>
<context>
    <name>SegmentDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/marketing/segments.py" line="201" />
        <source>Edit segment</source>
        <translation>编辑客户分群</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/segments.py" line="201" />
        <source>New segment</source>
        <translation>新建客户分群</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/segments.py" line="204" />
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/segments.py" line="205" />
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/segments.py" line="208" />
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/segments.py" line="211" />
        <source>Add the customers this filter matches to the list now</source>
        <translation>立即将符合这些条件的客户加入名单</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/segments.py" line="243" />
        <source>Customers who match</source>
        <translation>符合条件的客户</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/segments.py" line="244" />
        <source>Fill the list from these filters</source>
        <translation>按这些条件填充名单</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/segments.py" line="261" />
        <source>Give the segment a name.</source>
        <translation>请填写分群名称。</translation>
    </message>
</context>
<context>
    <name>SegmentsScreen</name>
    <message>
        <location filename="../../crm_desktop/ui/marketing/segments.py" line="49" />
        <source>Dynamic</source>
        <translation>动态分群</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/segments.py" line="50" />
        <source>Static list</source>
        <translation>静态名单</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/segments.py" line="51" />
        <source>Potential</source>
        <translation>潜在客户</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/segments.py" line="52" />
        <source>Closed deal</source>
        <translation>已成交</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/segments.py" line="53" />
        <source>Invalid</source>
        <translation>无效</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/segments.py" line="70" />
        <source>Only a static list can have customers added by hand or from a filter.</source>
        <translation>只有静态名单可以手动或按筛选条件添加客户。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/segments.py" line="310" />
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/segments.py" line="310" />
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/segments.py" line="310" />
        <source>Customers</source>
        <translation>客户数</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/segments.py" line="311" />
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/segments.py" line="311" />
        <source>Updated</source>
        <translation>更新时间</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/segments.py" line="314" />
        <source>First customers of the segment</source>
        <translation>分群中的前几位客户</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/segments.py" line="327" />
        <source>&amp;New segment…</source>
        <translation>新建分群(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/segments.py" line="328" />
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/segments.py" line="329" />
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/segments.py" line="330" />
        <source>Add from &amp;filter…</source>
        <translation>按筛选条件添加(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/segments.py" line="331" />
        <source>&amp;Remove from list</source>
        <translation>从名单移除(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/segments.py" line="398" />
        <source>counting…</source>
        <translation>正在统计…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/segments.py" line="459" />
        <source>Loading the first customers of %1…</source>
        <translation>正在加载 %1 的前几位客户…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/segments.py" line="476" />
        <source>%1 holds no customers.</source>
        <translation>%1 中没有客户。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/segments.py" line="478" />
        <source>The first %1 customer(s) of %2:</source>
        <translation>%2 的前 %1 位客户：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/segments.py" line="514" />
        <source>Segment “%1” created.</source>
        <translation>已创建分群“%1”。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/segments.py" line="530" />
        <source>Segment “%1” saved.</source>
        <translation>分群“%1”已保存。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/segments.py" line="550" />
        <source>Delete segment</source>
        <translation>删除分群</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/segments.py" line="551" />
        <source>Delete the segment %1? Campaigns already filled from it keep their members.</source>
        <translation>删除分群 %1？已从该分群添加成员的营销活动会保留这些成员。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/segments.py" line="561" />
        <source>Segment “%1” deleted.</source>
        <translation>已删除分群“%1”。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/segments.py" line="574" />
        <source>Adding customers to the list…</source>
        <translation>正在将客户加入名单…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/segments.py" line="581" />
        <source>%1 customer(s) added to the list.</source>
        <translation>已将 %1 位客户加入名单。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/segments.py" line="587" />
        <source>Cancelled; the customers added so far are kept.</source>
        <translation>已取消；已加入的客户会保留。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/segments.py" line="596" />
        <source>Select customers of a static list in the preview first.</source>
        <translation>请先在预览中选择静态名单里的客户。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/segments.py" line="604" />
        <source>%1 customer(s) removed from the list.</source>
        <translation>已从名单移除 %1 位客户。</translation>
    </message>
</context>
<context>
    <name>ServiceSettingsTab</name>
    <message>
        <location filename="../../crm_desktop/ui/admin/service_settings.py" line="36" />
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/service_settings.py" line="37" />
        <source>Open</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/service_settings.py" line="38" />
        <source>Waiting (SLA paused)</source>
        <translation>等待中（SLA 暂停）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/service_settings.py" line="39" />
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/service_settings.py" line="40" />
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/service_settings.py" line="41" />
        <source>Manual</source>
        <translation>手动</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/service_settings.py" line="42" />
        <source>Round robin</source>
        <translation>轮流分配</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/service_settings.py" line="43" />
        <source>Fewest open tickets</source>
        <translation>未结工单最少者</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/service_settings.py" line="44" />
        <source>Monday</source>
        <translation>星期一</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/service_settings.py" line="44" />
        <source>Tuesday</source>
        <translation>星期二</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/service_settings.py" line="45" />
        <source>Wednesday</source>
        <translation>星期三</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/service_settings.py" line="45" />
        <source>Thursday</source>
        <translation>星期四</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/service_settings.py" line="46" />
        <source>Friday</source>
        <translation>星期五</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/service_settings.py" line="46" />
        <source>Saturday</source>
        <translation>星期六</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/service_settings.py" line="47" />
        <source>Sunday</source>
        <translation>星期日</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/service_settings.py" line="94" />
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/service_settings.py" line="94" />
        <location filename="../../crm_desktop/ui/admin/service_settings.py" line="131" />
        <location filename="../../crm_desktop/ui/admin/service_settings.py" line="148" />
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/service_settings.py" line="94" />
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/service_settings.py" line="95" />
        <source>May move to (codes)</source>
        <translation>可转到（代码）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/service_settings.py" line="99" />
        <source>Add step</source>
        <translation>添加步骤</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/service_settings.py" line="102" />
        <source>Save workflow</source>
        <translation>保存流程</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/service_settings.py" line="105" />
        <location filename="../../crm_desktop/ui/admin/service_settings.py" line="195" />
        <source>Ticket workflow</source>
        <translation>工单流程</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/service_settings.py" line="123" />
        <source>e.g. 广东省, 广西壮族自治区</source>
        <translation>例如 广东省, 广西壮族自治区</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/service_settings.py" line="124" />
        <source>New team</source>
        <translation>新建服务组</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/service_settings.py" line="126" />
        <source>Save team</source>
        <translation>保存服务组</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/service_settings.py" line="129" />
        <location filename="../../crm_desktop/ui/admin/service_settings.py" line="196" />
        <source>Service teams</source>
        <translation>服务组</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/service_settings.py" line="132" />
        <source>Team lead (escalations)</source>
        <translation>组长（接收升级）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/service_settings.py" line="133" />
        <source>Assignment</source>
        <translation>分派方式</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/service_settings.py" line="134" />
        <source>Members</source>
        <translation>成员</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/service_settings.py" line="135" />
        <source>Provinces it serves</source>
        <translation>服务省份</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/service_settings.py" line="148" />
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/service_settings.py" line="148" />
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/service_settings.py" line="149" />
        <source>First response (min)</source>
        <translation>首次响应（分钟）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/service_settings.py" line="149" />
        <source>Resolution (min)</source>
        <translation>解决时限（分钟）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/service_settings.py" line="150" />
        <source>Warn before (min)</source>
        <translation>提前预警（分钟）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/service_settings.py" line="155" />
        <source>Add policy</source>
        <translation>添加策略</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/service_settings.py" line="157" />
        <source>Save policies</source>
        <translation>保存策略</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/service_settings.py" line="160" />
        <location filename="../../crm_desktop/ui/admin/service_settings.py" line="197" />
        <source>SLA policies (business minutes)</source>
        <translation>SLA 策略（工作分钟）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/service_settings.py" line="177" />
        <source>One date per line, e.g. 2026-10-01</source>
        <translation>每行一个日期，例如 2026-10-01</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/service_settings.py" line="180" />
        <source>Weekend days worked (调休), e.g. 2026-10-10</source>
        <translation>周末调休上班日，例如 2026-10-10</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/service_settings.py" line="181" />
        <source>Save calendar</source>
        <translation>保存日历</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/service_settings.py" line="184" />
        <location filename="../../crm_desktop/ui/admin/service_settings.py" line="199" />
        <source>Business calendar</source>
        <translation>工作日历</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/service_settings.py" line="186" />
        <source>Calendar</source>
        <translation>日历</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/service_settings.py" line="189" />
        <source>Holidays</source>
        <translation>节假日</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/service_settings.py" line="190" />
        <source>Make-up working days</source>
        <translation>调休上班日</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/service_settings.py" line="250" />
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/service_settings.py" line="300" />
        <source>New policy</source>
        <translation>新策略</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/service_settings.py" line="303" />
        <location filename="../../crm_desktop/ui/admin/service_settings.py" line="306" />
        <source>(any)</source>
        <translation>（任意）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/service_settings.py" line="353" />
        <source>Workflow saved.</source>
        <translation>流程已保存。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/service_settings.py" line="415" />
        <source>Team saved.</source>
        <translation>服务组已保存。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/service_settings.py" line="443" />
        <source>SLA policies saved.</source>
        <translation>SLA 策略已保存。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/service_settings.py" line="469" />
        <source>Calendar saved.</source>
        <translation>日历已保存。</translation>
    </message>
</context>
<context>
    <name>SetPasswordDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/login/dialogs.py" line="310" />
        <source>Set password for %1</source>
        <translation>为 %1 设置密码</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/login/dialogs.py" line="312" />
        <source>New password</source>
        <translation>新密码</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/login/dialogs.py" line="313" />
        <source>Repeat new password</source>
        <translation>再次输入新密码</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/login/dialogs.py" line="314" />
        <source>At least 8 characters, not containing the user name. Setting a password also lifts a lockout.</source>
        <translation>至少 8 个字符，不能包含用户名。设置密码也会解除账户锁定。</translation>
    </message>
</context>
<context>
    <name>StageColumn</name>
    <message>
        <location filename="../../crm_desktop/ui/sales/board.py" line="250" />
        <source>%1 opportunities · %2
weighted %3</source>
        <translation>%1 个商机 · %2
加权 %3</translation>
    </message>
</context>
<context>
    <name>SyncActions</name>
    <message>
        <location filename="../../crm_desktop/ui/sync/actions.py" line="97" />
        <source>&amp;Sync now</source>
        <translation>立即同步(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/actions.py" line="102" />
        <source>&amp;Connect to server…</source>
        <translation>连接服务器(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/actions.py" line="105" />
        <source>&amp;Disconnect</source>
        <translation>断开连接(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/actions.py" line="109" />
        <source>Conflict &amp;inbox</source>
        <translation>冲突收件箱(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/actions.py" line="158" />
        <source>Sync: …</source>
        <translation>同步：…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/actions.py" line="160" />
        <source>Offline: not connected</source>
        <translation>离线：未连接</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/actions.py" line="162" />
        <source>Syncing… %1</source>
        <translation>正在同步… %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/actions.py" line="164" />
        <source>Offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/actions.py" line="166" />
        <source>Online</source>
        <translation>在线</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/actions.py" line="169" />
        <source>Last sync: %1</source>
        <translation>上次同步：%1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/actions.py" line="169" />
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/actions.py" line="170" />
        <source>Pending: %1</source>
        <translation>待上传：%1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/actions.py" line="172" />
        <source>Issues: %1</source>
        <translation>待处理问题：%1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/actions.py" line="174" />
        <source>Error</source>
        <translation>出错</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/actions.py" line="178" />
        <source>Server: %1 as %2</source>
        <translation>服务器：%1，用户 %2</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/actions.py" line="180" />
        <source>%1 local change(s) not yet on the server</source>
        <translation>%1 项本地修改尚未上传到服务器</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/actions.py" line="181" />
        <source>%1 open conflict(s) or refused change(s): click to open the inbox</source>
        <translation>%1 项未处理的冲突或被拒绝的修改：点击打开收件箱</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/actions.py" line="186" />
        <source>Last error: %1</source>
        <translation>上次错误：%1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/actions.py" line="198" />
        <source>A sync is already running.</source>
        <translation>同步已在进行中。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/actions.py" line="208" />
        <source>Syncing…</source>
        <translation>正在同步…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/actions.py" line="227" />
        <source>Synced: %1 sent, %2 received</source>
        <translation>已同步：发送 %1 项，接收 %2 项</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/actions.py" line="231" />
        <source>1 conflict</source>
        <translation>1 项冲突</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/actions.py" line="232" />
        <source>%1 conflicts</source>
        <translation>%1 项冲突</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/actions.py" line="234" />
        <source>1 refused</source>
        <translation>1 项被拒绝</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/actions.py" line="235" />
        <source>%1 refused</source>
        <translation>%1 项被拒绝</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/actions.py" line="237" />
        <source>%1 removed from this computer</source>
        <translation>%1 项已从本机移除</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/actions.py" line="242" />
        <source>%1 change(s) refused by the server and rolled back on this computer: %2</source>
        <translation>%1 项修改被服务器拒绝，已在本机回滚：%2</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/actions.py" line="244" />
        <source>See Sync &gt; Conflict inbox.</source>
        <translation>请查看“同步 &gt; 冲突收件箱”。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/actions.py" line="252" />
        <source>Connected</source>
        <translation>已连接</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/actions.py" line="253" />
        <source>This computer now holds the server&apos;s data. Sign in again as %1 with your server password.</source>
        <translation>这台电脑现在保存的是服务器上的数据。请以 %1 的身份用服务器密码重新登录。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/actions.py" line="270" />
        <source>Sync failed: %1</source>
        <translation>同步失败：%1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/actions.py" line="280" />
        <source>Server password</source>
        <translation>服务器密码</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/actions.py" line="281" />
        <source>Password for %1 on the server (there is no keyring, so it is asked each session):</source>
        <translation>%1 在服务器上的密码（没有密钥环，因此每次会话都会询问）：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/actions.py" line="308" />
        <source>Connected to %1 as %2.</source>
        <translation>已以 %2 身份连接到 %1。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/actions.py" line="322" />
        <source>Disconnect</source>
        <translation>断开连接</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/actions.py" line="323" />
        <source>Stop syncing with the server? The data on this computer stays, and %1 unsynced change(s) stay pending until you connect again.</source>
        <translation>停止与服务器同步吗？本机数据会保留，%1 项未同步的修改将保持待上传状态，直到您再次连接。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/actions.py" line="330" />
        <source>A sync is running; disconnect when it has finished.</source>
        <translation>同步正在进行，请在完成后再断开连接。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/actions.py" line="338" />
        <source>Disconnected from the server; the data on this computer stays.</source>
        <translation>已断开与服务器的连接；本机数据仍然保留。</translation>
    </message>
</context>
<context>
    <name>TagForm</name>
    <message>
        <location filename="../../crm_desktop/ui/admin/tags.py" line="37" />
        <source>New tag</source>
        <translation>新建标签</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/tags.py" line="37" />
        <source>Rename tag</source>
        <translation>重命名标签</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/tags.py" line="38" />
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/ui/admin/tags.py" line="60" />
        <source>A tag named %1 already exists. Merge %2 into it? Its %n customer(s) will carry %1 instead, and %2 is deleted.</source>
        <translation>
            <numerusform>已有名为“%1”的标签。把“%2”合并进去吗？它的 %n 个客户将改为带“%1”标签，“%2”随后删除。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/tags.py" line="62" />
        <source>Merge tags</source>
        <translation>合并标签</translation>
    </message>
</context>
<context>
    <name>TagModel</name>
    <message>
        <location filename="../../crm_desktop/ui/admin/tags.py" line="22" />
        <source>Tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/tags.py" line="22" />
        <source>Customers</source>
        <translation>客户数</translation>
    </message>
</context>
<context>
    <name>TagsTab</name>
    <message>
        <location filename="../../crm_desktop/ui/admin/tags.py" line="75" />
        <source>Filter tags…</source>
        <translation>筛选标签…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/tags.py" line="76" />
        <source>New tag…</source>
        <translation>新建标签…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/tags.py" line="77" />
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/tags.py" line="78" />
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/tags.py" line="118" />
        <source>Merging tags…</source>
        <translation>正在合并标签…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/tags.py" line="119" />
        <source>Merged %1 into %2: %3 customer(s).</source>
        <translation>已把“%1”合并到“%2”：%3 个客户。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/tags.py" line="125" />
        <source>Delete tag</source>
        <translation>删除标签</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/ui/admin/tags.py" line="125" />
        <source>Take the tag %1 off its %n customer(s) and delete it?</source>
        <translation>
            <numerusform>从 %n 个客户上去掉标签“%1”并删除它吗？</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/tags.py" line="127" />
        <source>Deleting the tag…</source>
        <translation>正在删除标签…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/tags.py" line="128" />
        <source>Deleted the tag %1 from %3 customer(s).</source>
        <translation>已从 %3 个客户上删除标签“%1”。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/tags.py" line="132" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/tags.py" line="165" />
        <source>Stopped. The customers done so far keep the change; the tag is still there for the rest.</source>
        <translation>已停止。已处理的客户保留这次修改；其余客户仍带着这个标签。</translation>
    </message>
</context>
<context>
    <name>TargetsScreen</name>
    <message>
        <location filename="../../crm_desktop/ui/targets/screen.py" line="40" />
        <source>Contract amount signed</source>
        <translation>签约金额</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/targets/screen.py" line="41" />
        <source>Payments received</source>
        <translation>回款金额</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/targets/screen.py" line="42" />
        <source>Set target…</source>
        <translation>设定目标…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/targets/screen.py" line="46" />
        <source>Set department target…</source>
        <translation>设定部门目标…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/targets/screen.py" line="53" />
        <source>Period:</source>
        <translation>期间：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/targets/screen.py" line="59" />
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/targets/screen.py" line="60" />
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/targets/screen.py" line="63" />
        <source>Ranking by person</source>
        <translation>个人排名</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/targets/screen.py" line="65" />
        <source>By department</source>
        <translation>部门业绩</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/targets/screen.py" line="73" />
        <source>Rank</source>
        <translation>名次</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/targets/screen.py" line="73" />
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/targets/screen.py" line="73" />
        <source>Actual</source>
        <translation>实际</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/targets/screen.py" line="74" />
        <source>Achieved</source>
        <translation>完成率</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/targets/screen.py" line="107" />
        <source>Choose the department whose target to set.</source>
        <translation>请选择要设定目标的部门。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/targets/screen.py" line="116" />
        <source>Choose the person whose target to set.</source>
        <translation>请选择要设定目标的人员。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/targets/screen.py" line="119" />
        <source>Set target</source>
        <translation>设定目标</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/targets/screen.py" line="119" />
        <source>Target for %1:</source>
        <translation>%1 的目标：</translation>
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/agenda/screen.py" line="24" />
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/agenda/screen.py" line="24" />
        <source>Call</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/agenda/screen.py" line="25" />
        <source>Visit</source>
        <translation>拜访</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/agenda/screen.py" line="25" />
        <source>Meeting</source>
        <translation>会议</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/agenda/screen.py" line="26" />
        <source>No reminder</source>
        <translation>不提醒</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/agenda/screen.py" line="26" />
        <source>At the time</source>
        <translation>准时</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/agenda/screen.py" line="27" />
        <source>15 minutes before</source>
        <translation>提前 15 分钟</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/agenda/screen.py" line="28" />
        <source>1 hour before</source>
        <translation>提前 1 小时</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/agenda/screen.py" line="29" />
        <source>1 day before</source>
        <translation>提前 1 天</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/agenda/screen.py" line="54" />
        <source>New task</source>
        <translation>新建任务</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/agenda/screen.py" line="59" />
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/agenda/screen.py" line="62" />
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/agenda/screen.py" line="64" />
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/agenda/screen.py" line="67" />
        <source>Until</source>
        <translation>结束时间</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/agenda/screen.py" line="70" />
        <source>Reminder</source>
        <translation>提醒</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/agenda/screen.py" line="74" />
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/agenda/screen.py" line="77" />
        <source>(optional) type to search customers…</source>
        <translation>（可选）输入以搜索客户…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/agenda/screen.py" line="86" />
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/agenda/screen.py" line="87" />
        <location filename="../../crm_desktop/ui/agenda/screen.py" line="121" />
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/agenda/screen.py" line="91" />
        <source>Location</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/agenda/screen.py" line="92" />
        <source>Notes</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>TicketDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/tickets/form.py" line="94" />
        <source>New ticket</source>
        <translation>新建工单</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tickets/form.py" line="94" />
        <source>Ticket</source>
        <translation>工单</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tickets/form.py" line="98" />
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tickets/form.py" line="99" />
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tickets/form.py" line="100" />
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tickets/form.py" line="101" />
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tickets/form.py" line="104" />
        <source>Type a name, phone or pinyin, then Enter</source>
        <translation>输入名称、电话或拼音后按回车</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tickets/form.py" line="106" />
        <location filename="../../crm_desktop/ui/tickets/form.py" line="239" />
        <source>(no customer)</source>
        <translation>（无客户）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tickets/form.py" line="110" />
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tickets/form.py" line="111" />
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tickets/form.py" line="112" />
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tickets/form.py" line="113" />
        <location filename="../../crm_desktop/ui/tickets/form.py" line="249" />
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tickets/form.py" line="116" />
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tickets/form.py" line="133" />
        <source>Reply to the customer, or an internal note</source>
        <translation>回复客户，或填写内部备注</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tickets/form.py" line="135" />
        <source>Internal note</source>
        <translation>内部备注</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tickets/form.py" line="136" />
        <source>Attach file…</source>
        <translation>添加附件…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tickets/form.py" line="139" />
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tickets/form.py" line="142" />
        <source>Assign…</source>
        <translation>分派…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tickets/form.py" line="144" />
        <source>Dispatch work order…</source>
        <translation>派工单…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tickets/form.py" line="149" />
        <source>Record satisfaction</source>
        <translation>记录满意度</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tickets/form.py" line="151" />
        <source>Record field visit…</source>
        <translation>记录上门结果…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tickets/form.py" line="154" />
        <source>Record return visit…</source>
        <translation>记录回访…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tickets/form.py" line="186" />
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tickets/form.py" line="322" />
        <source>This ticket has changes that are not saved. Save them before closing?</source>
        <translation>此工单有未保存的修改。关闭前是否保存？</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tickets/form.py" line="326" />
        <source>Reply not sent</source>
        <translation>回复未发送</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tickets/form.py" line="327" />
        <source>The reply you typed has not been sent. Discard it?</source>
        <translation>您输入的回复尚未发送。要放弃它吗？</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tickets/form.py" line="348" />
        <source>Assign</source>
        <translation>分派</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tickets/form.py" line="348" />
        <source>Agent</source>
        <translation>客服</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tickets/form.py" line="357" />
        <source>Dispatch work order</source>
        <translation>派工单</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tickets/form.py" line="357" />
        <source>Technician</source>
        <translation>工程师</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tickets/form.py" line="364" />
        <source>Attach a file</source>
        <translation>选择附件</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tickets/form.py" line="380" />
        <source>Save the file</source>
        <translation>保存文件</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tickets/form.py" line="412" />
        <source>First response in %1</source>
        <translation>距首次响应 %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tickets/form.py" line="414" />
        <source>Resolve in %1</source>
        <translation>距解决时限 %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tickets/form.py" line="416" />
        <source>(paused: waiting on the customer)</source>
        <translation>（已暂停：等待客户）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tickets/form.py" line="418" />
        <source>SLA breached</source>
        <translation>SLA 已超时</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tickets/form.py" line="419" />
        <source>SLA clocks stopped</source>
        <translation>SLA 计时已停止</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tickets/form.py" line="432" />
        <source>Assignee: %1</source>
        <translation>处理人：%1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tickets/form.py" line="433" />
        <source>Satisfaction %1/5</source>
        <translation>满意度 %1/5</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tickets/form.py" line="444" />
        <source>Internal note: %1</source>
        <translation>内部备注：%1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tickets/form.py" line="446" />
        <source>File: %1</source>
        <translation>附件：%1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tickets/form.py" line="448" />
        <source>Work order %1: %2</source>
        <translation>工单 %1：%2</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tickets/form.py" line="450" />
        <source>Return visit due</source>
        <translation>待回访</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tickets/form.py" line="451" />
        <source>Return visit: %1</source>
        <translation>回访：%1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tickets/form.py" line="458" />
        <source>Double-click to save the file</source>
        <translation>双击保存文件</translation>
    </message>
</context>
<context>
    <name>TicketQueueModel</name>
    <message>
        <location filename="../../crm_desktop/ui/tickets/model.py" line="65" />
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tickets/model.py" line="65" />
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tickets/model.py" line="65" />
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tickets/model.py" line="65" />
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tickets/model.py" line="65" />
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tickets/model.py" line="66" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tickets/model.py" line="66" />
        <source>Assignee</source>
        <translation>处理人</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tickets/model.py" line="66" />
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tickets/model.py" line="66" />
        <source>Resolve by</source>
        <translation>解决时限</translation>
    </message>
</context>
<context>
    <name>TicketsScreen</name>
    <message numerus="yes">
        <location filename="../../crm_desktop/ui/tickets/screen.py" line="60" />
        <source>%n ticket(s)</source>
        <translation>
            <numerusform>%n 个工单</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tickets/screen.py" line="77" />
        <source>New ticket</source>
        <translation>新建工单</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tickets/screen.py" line="79" />
        <source>Phone call</source>
        <translation>来电</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tickets/screen.py" line="81" />
        <source>From e-mail…</source>
        <translation>从邮件导入…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tickets/screen.py" line="83" />
        <source>Drop an e-mail file (.eml) here to make a ticket of it.</source>
        <translation>将邮件文件（.eml）拖到此处即可生成工单。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tickets/screen.py" line="122" />
        <source>My tickets</source>
        <translation>我的工单</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tickets/screen.py" line="122" />
        <source>Unassigned</source>
        <translation>未分派</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tickets/screen.py" line="123" />
        <source>All open</source>
        <translation>全部未结</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tickets/screen.py" line="123" />
        <source>SLA breached</source>
        <translation>SLA 已超时</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tickets/screen.py" line="124" />
        <source>Resolved and closed</source>
        <translation>已解决和已关闭</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tickets/screen.py" line="124" />
        <source>My field visits</source>
        <translation>我的上门工单</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tickets/screen.py" line="125" />
        <source>Return visits to make</source>
        <translation>待回访</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tickets/screen.py" line="126" />
        <source>All tickets</source>
        <translation>全部工单</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tickets/screen.py" line="127" />
        <source>Team: %1</source>
        <translation>服务组：%1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tickets/screen.py" line="173" />
        <source>Open an e-mail</source>
        <translation>打开邮件</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tickets/screen.py" line="173" />
        <source>E-mail (*.eml)</source>
        <translation>邮件文件 (*.eml)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tickets/screen.py" line="195" />
        <source>Some files were not imported</source>
        <translation>部分文件未能导入</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/ui/tickets/screen.py" line="197" />
        <source>%n ticket(s) from e-mail</source>
        <translation>
            <numerusform>已从邮件生成 %n 个工单</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tickets/screen.py" line="225" />
        <source>SLA warning: %1 %2 is close to its resolution target</source>
        <translation>SLA 预警：%1 %2 即将到达解决时限</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tickets/screen.py" line="227" />
        <source>SLA breach: %1 %2 has had no first response in time</source>
        <translation>SLA 超时：%1 %2 未在时限内首次响应</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tickets/screen.py" line="229" />
        <source>Escalated: %1 %2 missed its resolution target</source>
        <translation>已升级：%1 %2 超过解决时限</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tickets/screen.py" line="230" />
        <source>Escalated to you: %1 %2 missed its resolution target</source>
        <translation>已升级给您：%1 %2 超过解决时限</translation>
    </message>
</context>
<context>
    <name>TotpDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/login/dialogs.py" line="332" />
        <source>Two-step verification</source>
        <translation>两步验证</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/login/dialogs.py" line="344" />
        <source>Two-step verification is on. To turn it off, enter a current code from your authenticator app.</source>
        <translation>两步验证已开启。如需关闭，请输入身份验证器应用中当前的验证码。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/login/dialogs.py" line="346" />
        <source>Turn off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/login/dialogs.py" line="348" />
        <source>Scan this code with an authenticator app (Microsoft Authenticator, Google Authenticator, FreeOTP…), then enter the 6-digit code it shows.</source>
        <translation>请用身份验证器应用（Microsoft Authenticator、Google Authenticator、FreeOTP 等）扫描此二维码，然后输入应用显示的 6 位验证码。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/login/dialogs.py" line="359" />
        <source>Or type this key into the app:</source>
        <translation>或在应用中手动输入此密钥：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/login/dialogs.py" line="361" />
        <source>Turn on</source>
        <translation>开启</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/login/dialogs.py" line="363" />
        <source>Verification code</source>
        <translation>验证码</translation>
    </message>
</context>
<context>
    <name>UnsubscribeDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/marketing/unsubscribes.py" line="51" />
        <source>Add to the unsubscribe list</source>
        <translation>加入退订名单</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/unsubscribes.py" line="58" />
        <source>For example: asked by phone</source>
        <translation>例如：电话中要求退订</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/unsubscribes.py" line="60" />
        <source>E-mail address</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/unsubscribes.py" line="61" />
        <source>Reason</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>UnsubscribesScreen</name>
    <message>
        <location filename="../../crm_desktop/ui/marketing/unsubscribes.py" line="34" />
        <source>Unsubscribe link</source>
        <translation>退订链接</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/unsubscribes.py" line="35" />
        <source>Entered by hand</source>
        <translation>手工录入</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/unsubscribes.py" line="36" />
        <source>Bounced</source>
        <translation>退信</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/unsubscribes.py" line="37" />
        <source>Imported</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/unsubscribes.py" line="101" />
        <source>Search addresses…</source>
        <translation>搜索邮箱地址…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/unsubscribes.py" line="110" />
        <source>&amp;Add address…</source>
        <translation>添加地址(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/unsubscribes.py" line="114" />
        <source>&amp;Remove from list</source>
        <translation>从名单移除(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/unsubscribes.py" line="120" />
        <source>E-mail address</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/unsubscribes.py" line="120" />
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/unsubscribes.py" line="120" />
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/unsubscribes.py" line="121" />
        <source>Added on</source>
        <translation>加入时间</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/unsubscribes.py" line="175" />
        <source>The first %1 addresses are shown; search to narrow the list.</source>
        <translation>仅显示前 %1 个地址；请搜索以缩小范围。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/unsubscribes.py" line="177" />
        <source>%1 address(es)</source>
        <translation>共 %1 个地址</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/unsubscribes.py" line="198" />
        <source>%1 will receive no campaign e-mail.</source>
        <translation>%1 将不再收到营销邮件。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/unsubscribes.py" line="205" />
        <source>Remove from the unsubscribe list</source>
        <translation>从退订名单移除</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/unsubscribes.py" line="206" />
        <source>Take %1 off the unsubscribe list? Campaigns prepared from now on will e-mail this address again.</source>
        <translation>将 %1 从退订名单中移除？此后准备的营销活动将再次向该地址发送邮件。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/unsubscribes.py" line="213" />
        <source>%1 is not on the unsubscribe list.</source>
        <translation>%1 不在退订名单中。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/unsubscribes.py" line="215" />
        <source>Unsubscribe list</source>
        <translation>退订名单</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/unsubscribes.py" line="220" />
        <source>%1 was removed from the unsubscribe list.</source>
        <translation>已将 %1 从退订名单中移除。</translation>
    </message>
</context>
<context>
    <name>UserForm</name>
    <message>
        <location filename="../../crm_desktop/ui/admin/users.py" line="32" />
        <source>New user</source>
        <translation>新建用户</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/users.py" line="32" />
        <source>Edit user</source>
        <translation>编辑用户</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/users.py" line="33" />
        <source>Login</source>
        <translation>登录名</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/users.py" line="34" />
        <source>e.g. zhang.wei</source>
        <translation>例如 zhang.wei</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/users.py" line="35" />
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/users.py" line="36" />
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/users.py" line="37" />
        <source>(choose a department)</source>
        <translation>（请选择部门）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/users.py" line="40" />
        <source>Manager</source>
        <translation>上级</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/users.py" line="41" />
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/users.py" line="47" />
        <source>Roles</source>
        <translation>角色</translation>
    </message>
</context>
<context>
    <name>UserModel</name>
    <message>
        <location filename="../../crm_desktop/ui/admin/users.py" line="16" />
        <source>Login</source>
        <translation>登录名</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/users.py" line="16" />
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/users.py" line="17" />
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/users.py" line="17" />
        <source>Manager</source>
        <translation>上级</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/users.py" line="18" />
        <source>Roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/users.py" line="18" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/users.py" line="19" />
        <source>Inactive</source>
        <translation>已停用</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/users.py" line="19" />
        <source>Active</source>
        <translation>在用</translation>
    </message>
</context>
<context>
    <name>UsersTab</name>
    <message>
        <location filename="../../crm_desktop/ui/admin/users.py" line="88" />
        <source>Filter users…</source>
        <translation>筛选用户…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/users.py" line="89" />
        <source>New user…</source>
        <translation>新建用户…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/users.py" line="90" />
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/users.py" line="91" />
        <source>Deactivate</source>
        <translation>停用</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/users.py" line="92" />
        <source>Activate</source>
        <translation>启用</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/users.py" line="96" />
        <source>Set password…</source>
        <translation>设置密码…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/users.py" line="129" />
        <source>Deactivate user</source>
        <translation>停用用户</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/users.py" line="130" />
        <source>Deactivate %1? They will no longer be able to sign in.</source>
        <translation>停用 %1？停用后该用户将无法登录。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/users.py" line="133" />
        <source>Deactivated %1.</source>
        <translation>已停用 %1。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/users.py" line="142" />
        <source>Password set for %1.</source>
        <translation>已为 %1 设置密码。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/users.py" line="150" />
        <source>Activated %1.</source>
        <translation>已启用 %1。</translation>
    </message>
</context>
<context>
    <name>actions</name>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="104" />
        <source>view</source>
        <translation>查看</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="104" />
        <source>create</source>
        <translation>新建</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="105" />
        <source>edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="105" />
        <source>delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="106" />
        <source>import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="106" />
        <source>export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="107" />
        <source>approve</source>
        <translation>审批</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="107" />
        <source>claim</source>
        <translation>领取</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="108" />
        <source>release</source>
        <translation>退回</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="109" />
        <source>administer</source>
        <translation>管理</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="110" />
        <source>send</source>
        <translation>发送</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="110" />
        <source>adjust</source>
        <translation>调整</translation>
    </message>
</context>
<context>
    <name>approvals</name>
    <message>
        <location filename="../../crm_desktop/ui/approvals/screen.py" line="18" />
        <source>Contract</source>
        <translation>合同</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/approvals/screen.py" line="19" />
        <source>Receivable instalment</source>
        <translation>回款计划</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/approvals/screen.py" line="20" />
        <source>Invoice</source>
        <translation>发票</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/approvals/screen.py" line="21" />
        <source>Quote discount</source>
        <translation>报价折扣</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/approvals/screen.py" line="22" />
        <source>Pending</source>
        <translation>待回款</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/approvals/screen.py" line="23" />
        <source>Approved</source>
        <translation>已同意</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/approvals/screen.py" line="24" />
        <source>Rejected</source>
        <translation>已驳回</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/approvals/screen.py" line="25" />
        <source>Withdrawn</source>
        <translation>已撤回</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="18" />
        <source>This field is required.</source>
        <translation>此项为必填项。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="19" />
        <source>The calendar has no working hours: no SLA could ever be met on it.</source>
        <translation>该日历没有任何工作时间：任何 SLA 都无法达成。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="20" />
        <source>Working hours must be HH:MM-HH:MM, each ending after it starts, not overlapping (day %1).</source>
        <translation>工作时间须为 HH:MM-HH:MM，结束晚于开始且互不重叠（星期 %1）。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="21" />
        <source>Not a date (YYYY-MM-DD): %1</source>
        <translation>不是日期（YYYY-MM-DD）：%1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="22" />
        <source>Unknown time zone: %1</source>
        <translation>未知时区：%1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="23" />
        <source>The resolution target cannot be shorter than the first-response target.</source>
        <translation>解决时限不能短于首次响应时限。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="24" />
        <source>At most %n characters.</source>
        <translation>最多 %n 个字符。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="25" />
        <source>Not a phone number.</source>
        <translation>不是电话号码。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="26" />
        <source>This phone number does not exist (check the digits).</source>
        <translation>该电话号码不存在（请检查位数）。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="27" />
        <source>Not a valid e-mail address.</source>
        <translation>邮箱地址无效。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="28" />
        <source>Choose one of the listed values.</source>
        <translation>请从列表中选择。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="29" />
        <source>Wrong kind of value.</source>
        <translation>值的类型不正确。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="30" />
        <source>Unknown field.</source>
        <translation>未知字段。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="31" />
        <source>This field cannot be changed.</source>
        <translation>此项不可修改。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="32" />
        <source>Not a record id: enter its hexadecimal digits (or the first few).</source>
        <translation>不是有效的记录编号：请输入其十六进制数字（或开头几位）。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="34" />
        <source>No such tag yet: %1. Pick one of the existing tags; new tags are added by those who may (Administration &gt; Tags).</source>
        <translation>还没有这个标签：%1。请从已有标签中选择；新标签由有权限的人添加（系统管理 &gt; 标签）。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="35" />
        <source>A tag named %1 already exists.</source>
        <translation>已有名为“%1”的标签。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="36" />
        <source>A tag cannot contain a comma, a semicolon or 、.</source>
        <translation>标签名不能包含逗号、分号或顿号（、）。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="39" />
        <source>A user cannot report to themself or to someone who reports to them.</source>
        <translation>用户的上级不能是本人，也不能是其下属。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="41" />
        <source>A department cannot be placed under itself or one of its sub-departments.</source>
        <translation>部门不能放在自身或其下级部门之下。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="42" />
        <source>This is already taken; choose another.</source>
        <translation>已被占用，请换一个。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="43" />
        <source>Use only lower-case letters a-z, digits and . _ - (starting with a letter or digit).</source>
        <translation>只能使用小写字母 a-z、数字以及 . _ -（以字母或数字开头）。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="44" />
        <source>The chosen record no longer exists.</source>
        <translation>所选记录已不存在。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="46" />
        <source>Still in use by %1 sub-department(s) and %2 active user(s); move or deactivate them first.</source>
        <translation>仍有 %1 个下级部门和 %2 名在用用户，请先移走或停用。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="49" />
        <source>Still held by %1 user(s); take the role away from them first.</source>
        <translation>仍有 %1 名用户拥有该角色，请先取消他们的该角色。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="51" />
        <source>You cannot deactivate your own account.</source>
        <translation>不能停用自己的账号。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="52" />
        <source>This is the last active administrator; make someone else an administrator first.</source>
        <translation>这是最后一位在用的系统管理员，请先将其他人设为系统管理员。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="53" />
        <source>No such permission: %1.</source>
        <translation>没有此权限：%1。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="54" />
        <source>The administrator role must keep every permission.</source>
        <translation>系统管理员角色必须保留全部权限。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="55" />
        <source>Built-in roles cannot be deleted.</source>
        <translation>内置角色不能删除。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="56" />
        <source>Not a date (write it as 2026-12-31).</source>
        <translation>不是日期（请写成 2026-12-31）。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="57" />
        <source>The row names no customer or contact.</source>
        <translation>该行没有客户或联系人名称。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="58" />
        <source>Choose which column holds the customer&apos;s (or the contact&apos;s) name.</source>
        <translation>请指定哪一列是客户（或联系人）名称。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="60" />
        <source>Not a number (write it as 12345.60 or 1.2万).</source>
        <translation>不是数字（请写成 12345.60 或 1.2万）。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="61" />
        <source>Cannot be negative.</source>
        <translation>不能为负数。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="62" />
        <source>At most %1 decimal places.</source>
        <translation>最多 %1 位小数。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="63" />
        <source>Too large.</source>
        <translation>数值过大。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="64" />
        <source>Must be between %1 and %2.</source>
        <translation>必须在 %1 与 %2 之间。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="65" />
        <source>Not a currency code (such as CNY).</source>
        <translation>不是货币代码（例如 CNY）。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="66" />
        <source>A pipeline keeps at least one open stage, exactly one won stage and one lost stage.</source>
        <translation>销售流程至少保留一个进行中阶段，且只有一个赢单阶段和一个输单阶段。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="67" />
        <source>That stage belongs to another pipeline.</source>
        <translation>该阶段属于另一个销售流程。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="68" />
        <source>The instalments would add up to more than the contract amount; at most %1 is left to plan.</source>
        <translation>回款计划合计将超过合同金额；最多还可计划 %1。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="69" />
        <source>More than is open (%1). Tick Overpayment to record it anyway.</source>
        <translation>超过未回款金额（%1）。如确需登记，请勾选“超额回款”。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="70" />
        <source>The invoices would add up to more than the contract amount; at most %1 is left to invoice.</source>
        <translation>发票合计将超过合同金额；最多还可开票 %1。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="71" />
        <source>Less than is already planned or received (%1).</source>
        <translation>少于已计划或已回款金额（%1）。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="72" />
        <source>Less than is already received (%1).</source>
        <translation>少于已回款金额（%1）。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="73" />
        <source>Payments were recorded against it; delete them first.</source>
        <translation>已有回款记录，请先删除回款。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="74" />
        <source>A numbering rule ends with exactly one {seq} (e.g. HT{yyyy}{mm}{dd}-{seq:4}).</source>
        <translation>编号规则须以一个 {seq} 结尾（如 HT{yyyy}{mm}{dd}-{seq:4}）。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="75" />
        <source>Use only text, {yyyy}, {yy}, {mm}, {dd} and {seq:N}, at most 40 characters.</source>
        <translation>只能使用文字、{yyyy}、{yy}、{mm}、{dd} 和 {seq:N}，最多 40 个字符。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="76" />
        <source>Not a valid unified social credit code (18 characters; check the last one).</source>
        <translation>不是有效的统一社会信用代码（18 位，请核对最后一位校验码）。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="123" />
        <source>The record no longer exists.</source>
        <translation>该记录已不存在。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="124" />
        <source>Nothing to undo.</source>
        <translation>没有可撤销的操作。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="125" />
        <source>Cannot undo: the record was changed again afterwards (field %1).</source>
        <translation>无法撤销：该记录之后又被修改过（字段 %1）。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="127" />
        <source>The data folder cannot be written:
%1</source>
        <translation>数据文件夹不可写：
%1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="129" />
        <source>The data folder is in use by another running copy of the app:
%1</source>
        <translation>数据文件夹正被另一个运行中的程序使用：
%1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="131" />
        <source>The database is locked by another program:
%1</source>
        <translation>数据库被其他程序锁定：
%1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="133" />
        <source>The database file is damaged and cannot be opened:
%1</source>
        <translation>数据库文件已损坏，无法打开：
%1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="136" />
        <source>This record is outside the data you may see or change.</source>
        <translation>此记录不在您可查看或修改的数据范围内。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="138" />
        <source>This would leave nobody with the administrator role.</source>
        <translation>这样将没有任何人拥有管理员角色。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="140" />
        <source>This step of the approval is not yours to decide.</source>
        <translation>这一步审批不由您决定。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="142" />
        <source>Your account is disabled.</source>
        <translation>您的账户已停用。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="143" />
        <source>You do not have permission to %1 in %2.</source>
        <translation>您没有在“%2”中%1的权限。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="145" />
        <source>This file cannot be restored (%1):
%2

The current data is unchanged.</source>
        <translation>无法恢复此文件（%1）：
%2

当前数据未做任何改动。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="147" />
        <source>The backup failed (%1):
%2</source>
        <translation>备份失败（%1）：
%2</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="149" />
        <source>The restore failed (%1); the current data is unchanged:
%2</source>
        <translation>恢复失败（%1），当前数据未做任何改动：
%2</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="151" />
        <source>The database could not be opened:
%1</source>
        <translation>无法打开数据库：
%1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="154" />
        <source>The secure connection (TLS) to the server failed (%1). Check the SSL mode and the certificate files; your work is kept.</source>
        <translation>与服务器的安全连接（TLS）失败（%1）。请检查 SSL 模式和证书文件；您的工作已保留。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="155" />
        <source>Cannot reach the server (%1). Check the address and the network; your work is kept and syncs later.</source>
        <translation>无法连接到服务器（%1）。请检查地址和网络；您的工作已保留，稍后会同步。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="157" />
        <source>The server refused the sign-in (%1). Check the user name and password.</source>
        <translation>服务器拒绝登录（%1）。请检查用户名和密码。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="159" />
        <source>The server account %1 is disabled; ask an administrator. Your unsynced work is kept.</source>
        <translation>服务器账户 %1 已停用，请联系管理员。您未同步的工作已保留。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="161" />
        <source>This app is older than the server requires (schema %1, minimum %2). Update the app; your unsynced work is kept.</source>
        <translation>本应用版本低于服务器的要求（架构 %1，最低 %2）。请更新应用；您未同步的工作已保留。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="163" />
        <source>Not connected to a server. Use Sync &gt; Connect to server… first.</source>
        <translation>尚未连接服务器。请先使用“同步 &gt; 连接服务器…”。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="164" />
        <source>The server address is not usable: %1</source>
        <translation>服务器地址不可用：%1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="166" />
        <source>This data folder already holds local work (%1) and cannot be joined to a server. Connect from a new, empty data folder.</source>
        <translation>此数据文件夹已有本地工作（%1），无法加入服务器。请从一个新的空数据文件夹连接。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="169" />
        <source>This customer is no longer in the public pool (someone claimed it first).</source>
        <translation>该客户已不在公海中（已被他人先领取）。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="170" />
        <source>You already own %1 customers, the most this pool allows (%2). Release some first.</source>
        <translation>您已拥有 %1 个客户，达到该公海允许的上限（%2）。请先退回部分客户。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="172" />
        <source>You released this customer recently; you may claim it again from %1.</source>
        <translation>您最近退回了该客户，%1 之后才能再次领取。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="174" />
        <source>Say why the customer goes back to the pool.</source>
        <translation>请填写退回公海的原因。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="175" />
        <source>There is no public pool yet; an administrator creates one under Administration.</source>
        <translation>尚无公海；请管理员在“系统管理”中创建。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="177" />
        <source>The file cannot be read (%1):
%2</source>
        <translation>无法读取文件（%1）：
%2</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="179" />
        <source>The file is empty:
%1</source>
        <translation>文件为空：
%1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="180" />
        <source>Opportunities are still in the stage %1; move them first.</source>
        <translation>阶段 %1 中仍有商机，请先移走。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="182" />
        <source>There is no sales pipeline yet; sync with the server (F9) or ask an administrator.</source>
        <translation>还没有销售流程；请与服务器同步（F9）或联系管理员。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="183" />
        <source>It is waiting for approval and cannot change until the approvers decide (or the request is withdrawn).</source>
        <translation>审批中，审批人决定（或申请撤回）前不能修改。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="184" />
        <source>This request was decided already.</source>
        <translation>该申请已处理。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="185" />
        <source>The ticket workflow does not allow this move from its current status.</source>
        <translation>工单流程不允许从当前状态转到该状态。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="186" />
        <source>The SLA policy %1 cannot be met: its business calendar has no working hours.</source>
        <translation>SLA 策略 %1 无法达成：其工作日历没有工作时间。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="187" />
        <source>Satisfaction is recorded once the ticket is resolved.</source>
        <translation>工单解决后才能记录满意度。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="188" />
        <source>Tickets still have the status %1.</source>
        <translation>仍有工单处于状态 %1。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="189" />
        <source>This file is not an e-mail (.eml) the app can read.</source>
        <translation>该文件不是可读取的邮件（.eml）。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="190" />
        <source>The e-mail is larger than 25 MB.</source>
        <translation>邮件超过 25 MB。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="191" />
        <source>Only a draft quote changes; make a new version of quote %1.</source>
        <translation>只有草稿报价可以修改；请为报价单 %1 创建新版本。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="192" />
        <source>No Chinese font to embed in the PDF was found (%1).</source>
        <translation>找不到可嵌入 PDF 的中文字体（%1）。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="193" />
        <source>This data folder was synced with a different server; connect it to that server, or use a new data folder.</source>
        <translation>此数据文件夹曾与另一台服务器同步；请连接到那台服务器，或使用新的数据文件夹。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="196" />
        <source>Unexpected error: %1</source>
        <translation>意外错误：%1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/base.py" line="255" />
        <location filename="../../crm_desktop/ui/admin/tags.py" line="168" />
        <location filename="../../crm_desktop/ui/common/errors.py" line="200" />
        <source>Error</source>
        <translation>错误</translation>
    </message>
</context>
<context>
    <name>journal</name>
    <message>
        <location filename="../../crm_desktop/ui/audit/labels.py" line="8" />
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/audit/labels.py" line="8" />
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/audit/labels.py" line="9" />
        <source>Follow-up</source>
        <translation>跟进记录</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/audit/labels.py" line="9" />
        <source>Tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/audit/labels.py" line="10" />
        <source>Customer tag</source>
        <translation>客户标签</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/audit/labels.py" line="11" />
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/audit/labels.py" line="11" />
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/audit/labels.py" line="12" />
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/audit/labels.py" line="12" />
        <source>User role</source>
        <translation>用户角色</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/audit/labels.py" line="13" />
        <source>Sign-in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/audit/labels.py" line="13" />
        <source>Credentials</source>
        <translation>登录凭据</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/audit/labels.py" line="14" />
        <source>List entry</source>
        <translation>列表条目</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/audit/labels.py" line="14" />
        <source>Setting</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/audit/labels.py" line="15" />
        <source>Public pool</source>
        <translation>公海</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/audit/labels.py" line="18" />
        <source>Created</source>
        <translation>新建</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/audit/labels.py" line="18" />
        <source>Changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/audit/labels.py" line="19" />
        <source>Deleted</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/audit/labels.py" line="19" />
        <source>Restored</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/audit/labels.py" line="20" />
        <source>Claimed from the pool</source>
        <translation>从公海领取</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/audit/labels.py" line="21" />
        <source>Released to the pool</source>
        <translation>退回公海</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/audit/labels.py" line="22" />
        <source>Signed in</source>
        <translation>登录成功</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/audit/labels.py" line="22" />
        <source>Sign-in failed</source>
        <translation>登录失败</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/audit/labels.py" line="23" />
        <source>Account locked</source>
        <translation>账户锁定</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/audit/labels.py" line="23" />
        <source>Signed out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/audit/labels.py" line="24" />
        <source>Password set</source>
        <translation>设置密码</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/audit/labels.py" line="25" />
        <source>Password changed</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/audit/labels.py" line="26" />
        <source>Password reset by an administrator</source>
        <translation>管理员重置密码</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/audit/labels.py" line="27" />
        <source>Two-step verification on</source>
        <translation>开启两步验证</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/audit/labels.py" line="28" />
        <source>Two-step verification off</source>
        <translation>关闭两步验证</translation>
    </message>
</context>
<context>
    <name>leads</name>
    <message>
        <location filename="../../crm_desktop/ui/leads/screen.py" line="28" />
        <source>New</source>
        <translation>新线索</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/leads/screen.py" line="28" />
        <source>Contacted</source>
        <translation>已联系</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/leads/screen.py" line="29" />
        <source>Qualified</source>
        <translation>已确认</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/leads/screen.py" line="29" />
        <source>Converted</source>
        <translation>已转化</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/leads/screen.py" line="30" />
        <source>Invalid</source>
        <translation>无效</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/leads/screen.py" line="31" />
        <source>same name</source>
        <translation>名称相同</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/leads/screen.py" line="31" />
        <source>same phone</source>
        <translation>电话相同</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/leads/screen.py" line="32" />
        <source>same e-mail</source>
        <translation>邮箱相同</translation>
    </message>
</context>
<context>
    <name>login</name>
    <message>
        <location filename="../../crm_desktop/ui/login/messages.py" line="22" />
        <source>Wrong user name or password.</source>
        <translation>用户名或密码错误。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/login/messages.py" line="23" />
        <source>Too many failed attempts: the account is locked. Try again in %1.</source>
        <translation>失败次数过多，账户已锁定。请在 %1 后重试。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/login/messages.py" line="24" />
        <source>Type the characters shown in the picture.</source>
        <translation>请输入图片中显示的字符。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/login/messages.py" line="25" />
        <source>The characters from the picture do not match. Try the new picture.</source>
        <translation>图片字符不正确，请按新图片重新输入。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/login/messages.py" line="26" />
        <source>Enter the 6-digit code from your authenticator app.</source>
        <translation>请输入身份验证器应用中的 6 位验证码。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/login/messages.py" line="27" />
        <location filename="../../crm_desktop/ui/login/messages.py" line="45" />
        <source>The verification code is wrong or has expired.</source>
        <translation>验证码错误或已过期。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/login/messages.py" line="28" />
        <source>This account is disabled. Ask an administrator.</source>
        <translation>此账户已停用，请联系管理员。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/login/messages.py" line="29" />
        <source>The administrator has already been set up.</source>
        <translation>管理员已经设置过了。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/login/messages.py" line="40" />
        <source>At least %1 characters.</source>
        <translation>至少 %1 个字符。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/login/messages.py" line="41" />
        <source>At most %1 characters.</source>
        <translation>最多 %1 个字符。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/login/messages.py" line="42" />
        <source>The password must not contain the user name.</source>
        <translation>密码不能包含用户名。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/login/messages.py" line="43" />
        <source>This password was used recently; choose a new one.</source>
        <translation>该密码最近使用过，请换一个新密码。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/login/messages.py" line="44" />
        <source>The current password is wrong.</source>
        <translation>当前密码不正确。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/login/messages.py" line="46" />
        <source>This field is required.</source>
        <translation>此项为必填。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/login/messages.py" line="47" />
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
</context>
<context>
    <name>modules</name>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="82" />
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="82" />
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="83" />
        <source>Follow-ups</source>
        <translation>跟进记录</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="83" />
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="84" />
        <source>Organisation</source>
        <translation>组织架构</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="84" />
        <source>Roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="85" />
        <source>Audit trail</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="85" />
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="86" />
        <source>Public pools</source>
        <translation>公海</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="87" />
        <source>Classification lists</source>
        <translation>分类列表</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="88" />
        <source>Opportunities</source>
        <translation>商机</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="89" />
        <source>Products</source>
        <translation>产品</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="90" />
        <source>Sales pipelines</source>
        <translation>销售流程</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="91" />
        <source>Quotes</source>
        <translation>报价</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="91" />
        <source>Contracts</source>
        <translation>合同</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="92" />
        <source>Receivables</source>
        <translation>回款</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="93" />
        <source>Approvals</source>
        <translation>审批</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="94" />
        <source>Sales targets</source>
        <translation>业绩目标</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="94" />
        <source>Tasks</source>
        <translation>任务</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="95" />
        <source>Leads</source>
        <translation>线索</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="95" />
        <source>Tickets</source>
        <translation>工单</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="96" />
        <source>Knowledge base</source>
        <translation>知识库</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="97" />
        <source>Marketing campaigns</source>
        <translation>营销活动</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="98" />
        <source>Loyalty points</source>
        <translation>会员积分</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="99" />
        <source>Marketing automation</source>
        <translation>营销自动化</translation>
    </message>
</context>
<context>
    <name>payment</name>
    <message>
        <location filename="../../crm_desktop/ui/contracts/dialogs.py" line="17" />
        <source>Bank transfer</source>
        <translation>银行转账</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/contracts/dialogs.py" line="17" />
        <source>Cash</source>
        <translation>现金</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/contracts/dialogs.py" line="18" />
        <source>Cheque</source>
        <translation>支票</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/contracts/dialogs.py" line="18" />
        <source>Alipay</source>
        <translation>支付宝</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/contracts/dialogs.py" line="19" />
        <source>WeChat Pay</source>
        <translation>微信支付</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/contracts/dialogs.py" line="20" />
        <source>Bank acceptance</source>
        <translation>银行承兑汇票</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/contracts/dialogs.py" line="21" />
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>reports</name>
    <message>
        <location filename="../../crm_desktop/ui/reports/labels.py" line="14" />
        <location filename="../../crm_desktop/ui/reports/labels.py" line="69" />
        <source>New customers</source>
        <translation>新增客户</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/labels.py" line="15" />
        <source>Follow-ups done</source>
        <translation>已完成跟进</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/labels.py" line="16" />
        <source>Follow-ups overdue</source>
        <translation>逾期跟进</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/labels.py" line="17" />
        <source>Pipeline value</source>
        <translation>商机总额</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/labels.py" line="18" />
        <location filename="../../crm_desktop/ui/reports/labels.py" line="49" />
        <source>Weighted pipeline</source>
        <translation>加权商机</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/labels.py" line="19" />
        <source>Forecast this month</source>
        <translation>本月预测</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/labels.py" line="20" />
        <source>Forecast this quarter</source>
        <translation>本季度预测</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/labels.py" line="21" />
        <source>Contracts signed</source>
        <translation>签约合同</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/labels.py" line="22" />
        <location filename="../../crm_desktop/ui/reports/labels.py" line="57" />
        <source>Payments received</source>
        <translation>回款金额</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/labels.py" line="23" />
        <source>Receivables overdue</source>
        <translation>逾期应收</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/labels.py" line="24" />
        <source>Open tickets</source>
        <translation>未结工单</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/labels.py" line="25" />
        <location filename="../../crm_desktop/ui/reports/labels.py" line="96" />
        <source>SLA breaches</source>
        <translation>SLA 违约</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/labels.py" line="26" />
        <location filename="../../crm_desktop/ui/reports/labels.py" line="90" />
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/labels.py" line="32" />
        <source>Sales funnel</source>
        <translation>销售漏斗</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/labels.py" line="33" />
        <source>Revenue and payments by month</source>
        <translation>月度合同与回款趋势</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/labels.py" line="34" />
        <source>Ranking by sales rep</source>
        <translation>销售业绩排名</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/labels.py" line="35" />
        <source>Ranking by department</source>
        <translation>部门业绩排名</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/labels.py" line="36" />
        <source>Customers by industry</source>
        <translation>客户行业分布</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/labels.py" line="37" />
        <source>Customers by region</source>
        <translation>客户地区分布</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/labels.py" line="38" />
        <source>Customers by level</source>
        <translation>客户级别分布</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/labels.py" line="39" />
        <source>Customers by source</source>
        <translation>客户来源分布</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/labels.py" line="40" />
        <source>Lead conversion by source</source>
        <translation>线索来源转化</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/labels.py" line="41" />
        <source>Won and lost</source>
        <translation>赢单与输单</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/labels.py" line="42" />
        <source>Reasons for losing</source>
        <translation>输单原因</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/labels.py" line="43" />
        <source>Receivables aging</source>
        <translation>应收账龄</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/labels.py" line="44" />
        <source>Ticket volume</source>
        <translation>工单量</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/labels.py" line="45" />
        <source>Response and resolution times</source>
        <translation>响应与解决时长</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/labels.py" line="46" />
        <location filename="../../crm_desktop/ui/reports/labels.py" line="89" />
        <source>SLA compliance</source>
        <translation>SLA 达成率</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/labels.py" line="47" />
        <source>Satisfaction trend</source>
        <translation>满意度趋势</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/labels.py" line="48" />
        <source>Target and actual</source>
        <translation>目标与实际</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/labels.py" line="50" />
        <source>Revenue forecast</source>
        <translation>收入预测</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/labels.py" line="51" />
        <source>RFM customer segments</source>
        <translation>RFM 客户分群</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/labels.py" line="55" />
        <source>Contract amount</source>
        <translation>合同金额</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/labels.py" line="56" />
        <source>Contracts</source>
        <translation>合同数</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/labels.py" line="58" />
        <source>Revenue</source>
        <translation>收入</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/labels.py" line="59" />
        <source>Forecast</source>
        <translation>预测</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/labels.py" line="60" />
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/labels.py" line="61" />
        <source>Actual</source>
        <translation>实际</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/labels.py" line="62" />
        <source>Completion</source>
        <translation>完成率</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/labels.py" line="63" />
        <location filename="../../crm_desktop/ui/reports/labels.py" line="108" />
        <source>Won</source>
        <translation>赢单</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/labels.py" line="64" />
        <location filename="../../crm_desktop/ui/reports/labels.py" line="109" />
        <source>Lost</source>
        <translation>输单</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/labels.py" line="65" />
        <source>Amount won</source>
        <translation>赢单金额</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/labels.py" line="66" />
        <source>Amount lost</source>
        <translation>输单金额</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/labels.py" line="67" />
        <source>Win rate</source>
        <translation>赢单率</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/labels.py" line="68" />
        <source>Customers</source>
        <translation>客户数</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/labels.py" line="70" />
        <source>Opportunities</source>
        <translation>商机数</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/labels.py" line="71" />
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/labels.py" line="72" />
        <source>Count</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/labels.py" line="73" />
        <source>Weighted amount</source>
        <translation>加权金额</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/labels.py" line="74" />
        <source>Pipeline amount</source>
        <translation>商机金额</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/labels.py" line="75" />
        <source>Leads</source>
        <translation>线索数</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/labels.py" line="76" />
        <source>Converted</source>
        <translation>已转化</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/labels.py" line="77" />
        <source>Conversion rate</source>
        <translation>转化率</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/labels.py" line="78" />
        <location filename="../../crm_desktop/ui/reports/labels.py" line="79" />
        <source>Open amount</source>
        <translation>未回款金额</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/labels.py" line="80" />
        <source>Tickets</source>
        <translation>工单数</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/labels.py" line="81" />
        <source>Created</source>
        <translation>新建</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/labels.py" line="82" />
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/labels.py" line="83" />
        <source>Average first response</source>
        <translation>平均首次响应</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/labels.py" line="84" />
        <source>Median first response</source>
        <translation>首次响应中位数</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/labels.py" line="85" />
        <source>Average resolution</source>
        <translation>平均解决时长</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/labels.py" line="86" />
        <source>Median resolution</source>
        <translation>解决时长中位数</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/labels.py" line="87" />
        <location filename="../../crm_desktop/ui/reports/labels.py" line="115" />
        <source>First response</source>
        <translation>首次响应</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/labels.py" line="88" />
        <location filename="../../crm_desktop/ui/reports/labels.py" line="116" />
        <source>Resolution</source>
        <translation>解决</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/labels.py" line="91" />
        <source>Rated tickets</source>
        <translation>已评价工单</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/labels.py" line="92" />
        <source>Spend</source>
        <translation>消费金额</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/labels.py" line="93" />
        <source>Achieved</source>
        <translation>完成率</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/labels.py" line="94" />
        <source>Average</source>
        <translation>平均</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/labels.py" line="95" />
        <source>Median</source>
        <translation>中位数</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/labels.py" line="97" />
        <source>Instalments</source>
        <translation>回款计划数</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/labels.py" line="102" />
        <source>Not yet due</source>
        <translation>未到期</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/labels.py" line="103" />
        <source>1–30 days late</source>
        <translation>逾期 1–30 天</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/labels.py" line="104" />
        <source>31–60 days late</source>
        <translation>逾期 31–60 天</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/labels.py" line="105" />
        <source>61–90 days late</source>
        <translation>逾期 61–90 天</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/labels.py" line="106" />
        <source>Over 90 days late</source>
        <translation>逾期 90 天以上</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/labels.py" line="110" />
        <source>Open</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/labels.py" line="111" />
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/labels.py" line="112" />
        <source>Not given</source>
        <translation>未填写</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/labels.py" line="113" />
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/labels.py" line="118" />
        <source>Important, valuable</source>
        <translation>重要价值客户</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/labels.py" line="119" />
        <source>Important, to develop</source>
        <translation>重要发展客户</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/labels.py" line="120" />
        <source>Important, to keep</source>
        <translation>重要保持客户</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/labels.py" line="121" />
        <source>Important, to win back</source>
        <translation>重要挽留客户</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/labels.py" line="122" />
        <source>Ordinary, valuable</source>
        <translation>一般价值客户</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/labels.py" line="123" />
        <source>Ordinary, to develop</source>
        <translation>一般发展客户</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/labels.py" line="124" />
        <source>Ordinary, to keep</source>
        <translation>一般保持客户</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/labels.py" line="125" />
        <source>Ordinary, to win back</source>
        <translation>一般挽留客户</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/labels.py" line="157" />
        <location filename="../../crm_desktop/ui/reports/labels.py" line="170" />
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/labels.py" line="158" />
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/labels.py" line="159" />
        <location filename="../../crm_desktop/ui/reports/labels.py" line="169" />
        <source>Sales rep</source>
        <translation>销售代表</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/labels.py" line="160" />
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/labels.py" line="161" />
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/labels.py" line="162" />
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/labels.py" line="163" />
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/labels.py" line="164" />
        <location filename="../../crm_desktop/ui/reports/labels.py" line="165" />
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/labels.py" line="166" />
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/labels.py" line="167" />
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/labels.py" line="168" />
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/labels.py" line="171" />
        <source>Segment</source>
        <translation>分群</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/labels.py" line="172" />
        <source>Measure</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/labels.py" line="174" />
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/labels.py" line="175" />
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/labels.py" line="177" />
        <source>Forecast error (MAPE, %)</source>
        <translation>预测误差（MAPE，%）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/labels.py" line="178" />
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/labels.py" line="179" />
        <source>Win rate (%)</source>
        <translation>赢单率（%）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/labels.py" line="180" />
        <source>Conversion rate (%)</source>
        <translation>转化率（%）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/labels.py" line="181" />
        <source>Tickets raised</source>
        <translation>新建工单</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/labels.py" line="182" />
        <source>Tickets resolved</source>
        <translation>已解决工单</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/labels.py" line="183" />
        <source>Band level (%)</source>
        <translation>区间置信度（%）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/labels.py" line="184" />
        <source>Months of history</source>
        <translation>历史月数</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/labels.py" line="203" />
        <source>Page {page} of {pages}</source>
        <translation>第 {page} 页 / 共 {pages} 页</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/labels.py" line="204" />
        <source>Tel. {phone}</source>
        <translation>电话 {phone}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/labels.py" line="205" />
        <source>Tax No. {tax_number}</source>
        <translation>税号 {tax_number}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/labels.py" line="207" />
        <source>{series} (low)</source>
        <translation>{series}（下限）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/labels.py" line="208" />
        <source>{series} (high)</source>
        <translation>{series}（上限）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/labels.py" line="209" />
        <source>{series} range</source>
        <translation>{series}区间</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/labels.py" line="210" />
        <source>No data</source>
        <translation>无数据</translation>
    </message>
</context>
<context>
    <name>sales</name>
    <message>
        <location filename="../../crm_desktop/ui/sales/words.py" line="31" />
        <source>%1 d %2 h</source>
        <translation>%1 天 %2 小时</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sales/words.py" line="33" />
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分钟</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sales/words.py" line="36" />
        <source>Open</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sales/words.py" line="36" />
        <source>Won</source>
        <translation>赢单</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sales/words.py" line="37" />
        <source>Lost</source>
        <translation>输单</translation>
    </message>
</context>
<context>
    <name>startup</name>
    <message>
        <location filename="../../crm_desktop/ui/application.py" line="46" />
        <source>Cannot open the data folder</source>
        <translation>无法打开数据文件夹</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/application.py" line="48" />
        <source>Open another data folder…</source>
        <translation>打开其他数据文件夹…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/application.py" line="54" />
        <source>Open data folder</source>
        <translation>打开数据文件夹</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/application.py" line="104" />
        <source>Creating demo data…</source>
        <translation>正在生成演示数据…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/application.py" line="120" />
        <source>Demo data</source>
        <translation>演示数据</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/application.py" line="183" />
        <source>Restoring the backup…</source>
        <translation>正在恢复备份…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/application.py" line="196" />
        <source>Restore from backup</source>
        <translation>从备份恢复</translation>
    </message>
</context>
<context>
    <name>sync</name>
    <message>
        <location filename="../../crm_desktop/ui/sync/words.py" line="9" />
        <source>the server refused it: you do not have permission for this change</source>
        <translation>服务器拒绝了：您没有进行此项修改的权限</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/words.py" line="10" />
        <source>the record no longer exists on the server or is outside the data you may change</source>
        <translation>该记录在服务器上已不存在，或不在您可修改的数据范围内</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/words.py" line="12" />
        <source>a record with the same id already exists on the server</source>
        <translation>服务器上已存在相同编号的记录</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/words.py" line="27" />
        <source>no reason given</source>
        <translation>未说明原因</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/words.py" line="32" />
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/words.py" line="34" />
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/words.py" line="34" />
        <source>no</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>tickets</name>
    <message>
        <location filename="../../crm_desktop/ui/tickets/model.py" line="21" />
        <source>Inquiry</source>
        <translation>咨询</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tickets/model.py" line="21" />
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tickets/model.py" line="22" />
        <source>Suggestion</source>
        <translation>建议</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tickets/model.py" line="23" />
        <source>Service request</source>
        <translation>服务请求</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tickets/model.py" line="24" />
        <source>Feedback</source>
        <translation>反馈</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tickets/model.py" line="25" />
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tickets/model.py" line="25" />
        <source>E-mail</source>
        <translation>邮件</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tickets/model.py" line="26" />
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tickets/model.py" line="26" />
        <source>Visit</source>
        <translation>上门</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tickets/model.py" line="27" />
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tickets/model.py" line="28" />
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tickets/model.py" line="28" />
        <source>Normal</source>
        <translation>普通</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tickets/model.py" line="29" />
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tickets/model.py" line="29" />
        <source>Urgent</source>
        <translation>紧急</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tickets/model.py" line="30" />
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tickets/model.py" line="30" />
        <source>Assigned</source>
        <translation>已分派</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tickets/model.py" line="31" />
        <source>In progress</source>
        <translation>处理中</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tickets/model.py" line="32" />
        <source>Waiting on customer</source>
        <translation>等待客户</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tickets/model.py" line="33" />
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tickets/model.py" line="33" />
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tickets/model.py" line="34" />
        <source>Reopened</source>
        <translation>重新打开</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tickets/form.py" line="53" />
        <source>Ticket created (%1)</source>
        <translation>创建工单（%1）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tickets/form.py" line="55" />
        <source>Assigned to %1</source>
        <translation>分派给 %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tickets/form.py" line="57" />
        <source>Status: %1 → %2</source>
        <translation>状态：%1 → %2</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tickets/form.py" line="60" />
        <source>Work order %1 sent to %2</source>
        <translation>工单 %1 已派给 %2</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tickets/form.py" line="62" />
        <source>Visit recorded on work order %1</source>
        <translation>工单 %1 已记录上门结果</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tickets/form.py" line="64" />
        <source>Satisfaction: %1 / 5</source>
        <translation>满意度：%1 / 5</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tickets/form.py" line="66" />
        <source>SLA targets moved %1 business minutes later (waiting on the customer)</source>
        <translation>等待客户期间暂停：SLA 时限顺延 %1 个工作分钟</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tickets/form.py" line="69" />
        <source>Return visit: %1</source>
        <translation>回访：%1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tickets/form.py" line="70" />
        <source>SLA warning: the resolution target is near</source>
        <translation>SLA 预警：即将到达解决时限</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tickets/form.py" line="71" />
        <source>First-response target missed</source>
        <translation>未在时限内首次响应</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tickets/form.py" line="72" />
        <source>Resolution target missed: escalated to the team lead</source>
        <translation>超过解决时限：已升级给组长</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tickets/form.py" line="73" />
        <source>SLA targets recalculated</source>
        <translation>已重新计算 SLA 时限</translation>
    </message>
</context>
<context>
    <name>units</name>
    <message>
        <location filename="../../crm_desktop/ui/charts/format.py" line="12" />
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/charts/format.py" line="13" />
        <source>%1 d</source>
        <translation>%1 天</translation>
    </message>
</context>
<context>
    <name>unsaved</name>
    <message>
        <location filename="../../crm_desktop/ui/common/unsaved.py" line="21" />
        <source>Unsaved changes</source>
        <translation>未保存的修改</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/unsaved.py" line="74" />
        <source>This form has changes that are not saved. Save them?</source>
        <translation>此表单有未保存的更改。保存吗？</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/edited_parts.py" line="43" />
        <source>“%1” has changes that are not saved. Save them first?</source>
        <translation>“%1”有未保存的更改。先保存吗？</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/edited_parts.py" line="66" />
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/edited_parts.py" line="70" />
        <source>These settings have changes that are not saved: %1. Save them?</source>
        <translation>以下设置有未保存的更改：%1。保存吗？</translation>
    </message>
</context>
</TS>
