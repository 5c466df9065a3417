<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ActivityKind</name>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="42" />
        <source>Phone call</source>
        <translation>Phone call</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="43" />
        <source>Visit</source>
        <translation>Visit</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="44" />
        <source>WeChat</source>
        <translation>WeChat</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="45" />
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="46" />
        <source>Meeting</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="47" />
        <source>Other</source>
        <translation>Other</translation>
    </message>
</context>
<context>
    <name>AddMembersDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/marketing/campaigns.py" line="200" />
        <source>Add members</source>
        <translation>Add members</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/campaigns.py" line="208" />
        <source>Customer name, phone or e-mail…</source>
        <translation>Customer name, phone or e-mail…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/campaigns.py" line="218" />
        <location filename="../../crm_desktop/ui/marketing/campaigns.py" line="252" />
        <source>Type to search customers.</source>
        <translation>Type to search customers.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/campaigns.py" line="228" />
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/campaigns.py" line="254" />
        <source>Searching…</source>
        <translation>Searching…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/campaigns.py" line="283" />
        <source>No customer matches.</source>
        <translation>No customer matches.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/campaigns.py" line="284" />
        <source>%1 found; tick the customers to add.</source>
        <translation>%1 found; tick the customers to add.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/campaigns.py" line="304" />
        <source>%1 customer(s) chosen</source>
        <translation>%1 customer(s) chosen</translation>
    </message>
</context>
<context>
    <name>AdminScreen</name>
    <message>
        <location filename="../../crm_desktop/ui/admin/screen.py" line="38" />
        <source>Departments</source>
        <translation>Departments</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/screen.py" line="38" />
        <source>Users</source>
        <translation>Users</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/screen.py" line="39" />
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/screen.py" line="39" />
        <source>Lists and pools</source>
        <translation>Lists and pools</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/screen.py" line="40" />
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/screen.py" line="41" />
        <source>Sales</source>
        <translation>Sales</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/screen.py" line="41" />
        <source>Service</source>
        <translation>Service</translation>
    </message>
</context>
<context>
    <name>AgendaScreen</name>
    <message>
        <location filename="../../crm_desktop/ui/agenda/screen.py" line="168" />
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/agenda/screen.py" line="168" />
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/agenda/screen.py" line="168" />
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/agenda/screen.py" line="168" />
        <source>Where</source>
        <translation>Where</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/agenda/screen.py" line="172" />
        <source>&amp;New task…</source>
        <translation>&amp;New task…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/agenda/screen.py" line="176" />
        <source>&amp;Done</source>
        <translation>&amp;Done</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/agenda/screen.py" line="179" />
        <source>Import .ics…</source>
        <translation>Import .ics…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/agenda/screen.py" line="183" />
        <source>Export .ics…</source>
        <translation>Export .ics…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/agenda/screen.py" line="215" />
        <source>Overdue (%1)</source>
        <translation>Overdue (%1)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/agenda/screen.py" line="215" />
        <source>Today (%1)</source>
        <translation>Today (%1)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/agenda/screen.py" line="216" />
        <source>Next 7 days (%1)</source>
        <translation>Next 7 days (%1)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/agenda/screen.py" line="247" />
        <source>Import calendar</source>
        <translation>Import calendar</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/agenda/screen.py" line="247" />
        <location filename="../../crm_desktop/ui/agenda/screen.py" line="265" />
        <source>iCalendar (*.ics)</source>
        <translation>iCalendar (*.ics)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/agenda/screen.py" line="255" />
        <source>Imported: %1 new, %2 updated, %3 skipped.</source>
        <translation>Imported: %1 new, %2 updated, %3 skipped.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/agenda/screen.py" line="264" />
        <source>Export calendar</source>
        <translation>Export calendar</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/ui/agenda/screen.py" line="271" />
        <source>%n task(s) exported.</source>
        <translation>
            <numerusform>%n task exported.</numerusform>
            <numerusform>%n tasks exported.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ApprovalsScreen</name>
    <message>
        <location filename="../../crm_desktop/ui/approvals/screen.py" line="44" />
        <location filename="../../crm_desktop/ui/approvals/screen.py" line="47" />
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/approvals/screen.py" line="44" />
        <location filename="../../crm_desktop/ui/approvals/screen.py" line="47" />
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/approvals/screen.py" line="44" />
        <location filename="../../crm_desktop/ui/approvals/screen.py" line="47" />
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/approvals/screen.py" line="44" />
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/approvals/screen.py" line="44" />
        <source>Requested by</source>
        <translation>Requested by</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/approvals/screen.py" line="45" />
        <source>Requested</source>
        <translation>Requested</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/approvals/screen.py" line="48" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/approvals/screen.py" line="48" />
        <source>Decisions</source>
        <translation>Decisions</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/approvals/screen.py" line="51" />
        <source>Comment (required to reject)</source>
        <translation>Comment (required to reject)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/approvals/screen.py" line="52" />
        <source>&amp;Approve</source>
        <translation>&amp;Approve</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/approvals/screen.py" line="55" />
        <source>&amp;Reject</source>
        <translation>&amp;Reject</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/approvals/screen.py" line="73" />
        <source>Waiting for me</source>
        <translation>Waiting for me</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/approvals/screen.py" line="74" />
        <source>My requests</source>
        <translation>My requests</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/approvals/screen.py" line="118" />
        <source>Waiting for me (%1)</source>
        <translation>Waiting for me (%1)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/approvals/screen.py" line="123" />
        <source>Choose a request first.</source>
        <translation>Choose a request first.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/approvals/screen.py" line="135" />
        <source>Approved.</source>
        <translation>Approved.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/approvals/screen.py" line="135" />
        <source>Rejected.</source>
        <translation>Rejected.</translation>
    </message>
</context>
<context>
    <name>ArticleSuggestions</name>
    <message>
        <location filename="../../crm_desktop/ui/knowledge/suggestions.py" line="46" />
        <source>Knowledge base suggestions</source>
        <translation>Knowledge base suggestions</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/knowledge/suggestions.py" line="53" />
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/knowledge/suggestions.py" line="56" />
        <location filename="../../crm_desktop/ui/knowledge/suggestions.py" line="154" />
        <source>It helped</source>
        <translation>It helped</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/knowledge/suggestions.py" line="58" />
        <source>Count that this article answered the question</source>
        <translation>Count that this article answered the question</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/knowledge/suggestions.py" line="60" />
        <source>No matching articles.</source>
        <translation>No matching articles.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/knowledge/suggestions.py" line="149" />
        <source>Thanks!</source>
        <translation>Thanks!</translation>
    </message>
</context>
<context>
    <name>ArticleTableModel</name>
    <message>
        <location filename="../../crm_desktop/ui/knowledge/model.py" line="12" />
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/knowledge/model.py" line="13" />
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/knowledge/model.py" line="14" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/knowledge/model.py" line="15" />
        <source>Helped</source>
        <translation>Helped</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/knowledge/model.py" line="16" />
        <source>Updated</source>
        <translation>Updated</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/knowledge/model.py" line="17" />
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/knowledge/model.py" line="18" />
        <source>Published</source>
        <translation>Published</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/knowledge/model.py" line="19" />
        <source>Archived</source>
        <translation>Archived</translation>
    </message>
</context>
<context>
    <name>AuditScreen</name>
    <message>
        <location filename="../../crm_desktop/ui/audit/screen.py" line="44" />
        <source>All users</source>
        <translation>All users</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/audit/screen.py" line="47" />
        <source>All records</source>
        <translation>All records</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/audit/screen.py" line="53" />
        <source>Record id or its first digits</source>
        <translation>Record id or its first digits</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/audit/screen.py" line="56" />
        <source>&amp;Apply</source>
        <translation>&amp;Apply</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/audit/screen.py" line="58" />
        <source>C&amp;lear</source>
        <translation>C&amp;lear</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/audit/screen.py" line="60" />
        <source>&amp;Export…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/audit/screen.py" line="67" />
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/audit/screen.py" line="69" />
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/audit/screen.py" line="95" />
        <location filename="../../crm_desktop/ui/audit/screen.py" line="241" />
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/audit/screen.py" line="95" />
        <location filename="../../crm_desktop/ui/audit/screen.py" line="241" />
        <source>Old value</source>
        <translation>Old value</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/audit/screen.py" line="95" />
        <location filename="../../crm_desktop/ui/audit/screen.py" line="242" />
        <source>New value</source>
        <translation>New value</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/audit/screen.py" line="145" />
        <source>Any</source>
        <translation>Any</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/audit/screen.py" line="210" />
        <source>Counting entries…</source>
        <translation>Counting entries…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/ui/audit/screen.py" line="212" />
        <source>%n entry(ies)</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/audit/screen.py" line="219" />
        <source>Select an entry to see what it changed.</source>
        <translation>Select an entry to see what it changed.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/audit/screen.py" line="222" />
        <source>#%1  %2  %3: %4 %5 %6</source>
        <translation>#%1  %2  %3: %4 %5 %6</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/audit/screen.py" line="240" />
        <source>Seq</source>
        <translation>Seq</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/audit/screen.py" line="240" />
        <source>Time (UTC)</source>
        <translation>Time (UTC)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/audit/screen.py" line="240" />
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/audit/screen.py" line="240" />
        <source>Device</source>
        <translation>Device</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/audit/screen.py" line="240" />
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/audit/screen.py" line="241" />
        <source>Entity</source>
        <translation>Entity</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/audit/screen.py" line="241" />
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/audit/screen.py" line="241" />
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/audit/screen.py" line="243" />
        <source>Export audit trail</source>
        <translation>Export audit trail</translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <location filename="../../crm_desktop/ui/audit/model.py" line="16" />
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/audit/model.py" line="17" />
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/audit/model.py" line="18" />
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/audit/model.py" line="19" />
        <source>Entity</source>
        <translation>Entity</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/audit/model.py" line="20" />
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/audit/model.py" line="21" />
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/audit/model.py" line="22" />
        <source>Fields</source>
        <translation>Fields</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/audit/model.py" line="23" />
        <source>Device</source>
        <translation>Device</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/audit/model.py" line="24" />
        <source>Seq</source>
        <translation>Seq</translation>
    </message>
</context>
<context>
    <name>AutomationScreen</name>
    <message>
        <location filename="../../crm_desktop/ui/marketing/automation.py" line="18" />
        <source>A lead is created</source>
        <translation>A lead is created</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/automation.py" line="19" />
        <source>A customer enters a segment</source>
        <translation>A customer enters a segment</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/automation.py" line="20" />
        <source>An opportunity changes stage</source>
        <translation>An opportunity changes stage</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/automation.py" line="21" />
        <source>Assign an owner</source>
        <translation>Assign an owner</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/automation.py" line="22" />
        <source>Create a task</source>
        <translation>Create a task</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/automation.py" line="23" />
        <source>Add to a campaign</source>
        <translation>Add to a campaign</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/automation.py" line="24" />
        <source>Send a template e-mail</source>
        <translation>Send a template e-mail</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/automation.py" line="25" />
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/automation.py" line="26" />
        <source>Skipped</source>
        <translation>Skipped</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/automation.py" line="27" />
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/automation.py" line="124" />
        <source>New rule…</source>
        <translation>New rule…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/automation.py" line="125" />
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/automation.py" line="126" />
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/automation.py" line="127" />
        <source>Run now</source>
        <translation>Run now</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/automation.py" line="128" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/automation.py" line="128" />
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/automation.py" line="128" />
        <source>Then</source>
        <translation>Then</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/automation.py" line="128" />
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/automation.py" line="130" />
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/automation.py" line="130" />
        <source>Rule</source>
        <translation>Rule</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/automation.py" line="130" />
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/automation.py" line="130" />
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/automation.py" line="131" />
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/automation.py" line="140" />
        <source>What the rules did</source>
        <translation>What the rules did</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/automation.py" line="178" />
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/automation.py" line="178" />
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/automation.py" line="194" />
        <source>Choose a rule first.</source>
        <translation>Choose a rule first.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/automation.py" line="241" />
        <source>Rules ran: %1 done, %2 skipped, %3 failed.</source>
        <translation>Rules ran: %1 done, %2 skipped, %3 failed.</translation>
    </message>
</context>
<context>
    <name>BackupActions</name>
    <message>
        <location filename="../../crm_desktop/ui/backup_actions.py" line="33" />
        <source>&amp;Back up now</source>
        <translation>&amp;Back up now</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/backup_actions.py" line="36" />
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Restore from backup…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/backup_actions.py" line="51" />
        <source>A backup is already running.</source>
        <translation>A backup is already running.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/backup_actions.py" line="55" />
        <source>Backing up…</source>
        <translation>Backing up…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/backup_actions.py" line="72" />
        <source>Backed up to %1</source>
        <translation>Backed up to %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/backup_actions.py" line="77" />
        <source>Backup</source>
        <translation>Backup</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/backup_actions.py" line="81" />
        <location filename="../../crm_desktop/ui/backup_actions.py" line="88" />
        <source>Restore from backup</source>
        <translation>Restore from backup</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/backup_actions.py" line="82" />
        <source>Database backups (*.sqlite3)</source>
        <translation>Database backups (*.sqlite3)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/backup_actions.py" line="89" />
        <source>Replace all data in this folder with the backup
%1?

The current data is kept as a backup of its own, and the app restarts.</source>
        <translation>Replace all data in this folder with the backup
%1?

The current data is kept as a backup of its own, and the app restarts.</translation>
    </message>
</context>
<context>
    <name>BulkActions</name>
    <message>
        <location filename="../../crm_desktop/ui/customers/bulk_actions.py" line="25" />
        <source>&amp;Bulk actions</source>
        <translation>&amp;Bulk actions</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/bulk_actions.py" line="29" />
        <source>Assign owner…</source>
        <translation>Assign owner…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/bulk_actions.py" line="30" />
        <source>Add tag…</source>
        <translation>Add tag…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/bulk_actions.py" line="31" />
        <source>Remove tag…</source>
        <translation>Remove tag…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/bulk_actions.py" line="32" />
        <source>Move to public pool…</source>
        <translation>Move to public pool…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/bulk_actions.py" line="33" />
        <source>Delete to recycle bin</source>
        <translation>Delete to recycle bin</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/bulk_actions.py" line="46" />
        <source>The list shows no customer: there is nothing to apply a bulk action to.</source>
        <translation>The list shows no customer: there is nothing to apply a bulk action to.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/bulk_actions.py" line="48" />
        <source>Bulk action</source>
        <translation>Bulk action</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/ui/customers/bulk_actions.py" line="49" />
        <source>No rows are selected. Apply to all %n customer(s) the list shows?</source>
        <translation>
            <numerusform>No rows are selected. Apply to all %n customer(s) the list shows?</numerusform>
            <numerusform>No rows are selected. Apply to all %n customer(s) the list shows?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/bulk_actions.py" line="60" />
        <source>There is no active user to assign customers to.</source>
        <translation>There is no active user to assign customers to.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/bulk_actions.py" line="63" />
        <source>Assign owner</source>
        <translation>Assign owner</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/bulk_actions.py" line="63" />
        <source>New owner:</source>
        <translation>New owner:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/bulk_actions.py" line="69" />
        <source>No customer has a tag: there is none to remove.</source>
        <translation>No customer has a tag: there is none to remove.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/bulk_actions.py" line="71" />
        <source>Remove tag</source>
        <translation>Remove tag</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/bulk_actions.py" line="71" />
        <source>Tag to remove:</source>
        <translation>Tag to remove:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/bulk_actions.py" line="78" />
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/bulk_actions.py" line="82" />
        <source>Tag name (an existing one, or a new one):</source>
        <translation>Tag name (an existing one, or a new one):</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/bulk_actions.py" line="83" />
        <source>Tag (one of the existing tags):</source>
        <translation>Tag (one of the existing tags):</translation>
    </message>
    <message>
        <source>Tag name:</source>
        <translation type="vanished">Tag name:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/bulk_actions.py" line="91" />
        <source>Move to public pool</source>
        <translation>Move to public pool</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/bulk_actions.py" line="92" />
        <source>Why do they go back to the pool?</source>
        <translation>Why do they go back to the pool?</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/bulk_actions.py" line="98" />
        <source>A bulk action is already running.</source>
        <translation>A bulk action is already running.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/ui/customers/bulk_actions.py" line="110" />
        <source>Working on %n customer(s)…</source>
        <translation>
            <numerusform>Working on %n customer(s)…</numerusform>
            <numerusform>Working on %n customer(s)…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/bulk_actions.py" line="110" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/ui/customers/bulk_actions.py" line="135" />
        <source>Done for %n customer(s) (Ctrl+Z undoes the last batch).</source>
        <translation>
            <numerusform>Done for %n customer(s) (Ctrl+Z undoes the last batch).</numerusform>
            <numerusform>Done for %n customer(s) (Ctrl+Z undoes the last batch).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/bulk_actions.py" line="142" />
        <source>Stopped; what was done before stays done.</source>
        <translation>Stopped; what was done before stays done.</translation>
    </message>
</context>
<context>
    <name>CampaignDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/marketing/campaigns.py" line="100" />
        <source>Edit campaign</source>
        <translation>Edit campaign</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/campaigns.py" line="100" />
        <source>New campaign</source>
        <translation>New campaign</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/campaigns.py" line="103" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/campaigns.py" line="104" />
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/campaigns.py" line="107" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/campaigns.py" line="110" />
        <source>Scheduled</source>
        <translation>Scheduled</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/campaigns.py" line="112" />
        <source>Starts</source>
        <translation>Starts</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/campaigns.py" line="113" />
        <source>Ends</source>
        <translation>Ends</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/campaigns.py" line="119" />
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/campaigns.py" line="120" />
        <source>Actual cost</source>
        <translation>Actual cost</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/campaigns.py" line="121" />
        <source>Expected revenue</source>
        <translation>Expected revenue</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/campaigns.py" line="124" />
        <source>Goals</source>
        <translation>Goals</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/campaigns.py" line="126" />
        <source>Description</source>
        <translation>Description</translation>
    </message>
</context>
<context>
    <name>CampaignsScreen</name>
    <message>
        <location filename="../../crm_desktop/ui/marketing/campaigns.py" line="65" />
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/campaigns.py" line="66" />
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/campaigns.py" line="67" />
        <source>Exhibition</source>
        <translation>Exhibition</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/campaigns.py" line="68" />
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/campaigns.py" line="69" />
        <source>Telemarketing</source>
        <translation>Telemarketing</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/campaigns.py" line="70" />
        <location filename="../../crm_desktop/ui/marketing/campaigns.py" line="80" />
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/campaigns.py" line="71" />
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/campaigns.py" line="72" />
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/campaigns.py" line="73" />
        <source>Completed</source>
        <translation>Completed</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/campaigns.py" line="74" />
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/campaigns.py" line="75" />
        <source>Interested</source>
        <translation>Interested</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/campaigns.py" line="76" />
        <source>Not interested</source>
        <translation>Not interested</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/campaigns.py" line="77" />
        <source>Registered</source>
        <translation>Registered</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/campaigns.py" line="78" />
        <source>Attended</source>
        <translation>Attended</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/campaigns.py" line="79" />
        <source>Bought</source>
        <translation>Bought</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/campaigns.py" line="81" />
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/campaigns.py" line="82" />
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/campaigns.py" line="83" />
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/campaigns.py" line="397" />
        <location filename="../../crm_desktop/ui/marketing/campaigns.py" line="401" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/campaigns.py" line="397" />
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/campaigns.py" line="397" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/campaigns.py" line="397" />
        <source>Starts</source>
        <translation>Starts</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/campaigns.py" line="398" />
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/campaigns.py" line="398" />
        <source>Actual cost</source>
        <translation>Actual cost</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/campaigns.py" line="398" />
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/campaigns.py" line="401" />
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/campaigns.py" line="401" />
        <source>E-mail address</source>
        <translation>E-mail address</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/campaigns.py" line="402" />
        <source>Response</source>
        <translation>Response</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/campaigns.py" line="402" />
        <source>Responded at</source>
        <translation>Responded at</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/campaigns.py" line="414" />
        <source>&amp;New campaign…</source>
        <translation>&amp;New campaign…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/campaigns.py" line="415" />
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/campaigns.py" line="416" />
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/campaigns.py" line="417" />
        <source>Add from &amp;segment…</source>
        <translation>Add from &amp;segment…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/campaigns.py" line="424" />
        <source>&amp;Add members…</source>
        <translation>&amp;Add members…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/campaigns.py" line="431" />
        <source>Record response</source>
        <translation>Record response</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/campaigns.py" line="439" />
        <source>Send e-&amp;mail…</source>
        <translation>Send e-&amp;mail…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/campaigns.py" line="477" />
        <location filename="../../crm_desktop/ui/marketing/campaigns.py" line="642" />
        <source>Choose a campaign first.</source>
        <translation>Choose a campaign first.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/campaigns.py" line="566" />
        <source>Delete campaign</source>
        <translation>Delete campaign</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/campaigns.py" line="567" />
        <source>Move the campaign %1 to the recycle bin?</source>
        <translation>Move the campaign %1 to the recycle bin?</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/campaigns.py" line="581" />
        <source>There are no segments yet.</source>
        <translation>There are no segments yet.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/campaigns.py" line="584" />
        <source>Add from segment</source>
        <translation>Add from segment</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/campaigns.py" line="584" />
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/campaigns.py" line="594" />
        <source>Adding the segment&apos;s customers…</source>
        <translation>Adding the segment&apos;s customers…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/campaigns.py" line="594" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/campaigns.py" line="622" />
        <location filename="../../crm_desktop/ui/marketing/campaigns.py" line="656" />
        <source>%1 added, %2 already members.</source>
        <translation>%1 added, %2 already members.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/campaigns.py" line="631" />
        <source>Cancelled; the members added so far are kept.</source>
        <translation>Cancelled; the members added so far are kept.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/campaigns.py" line="665" />
        <source>Select a member first.</source>
        <translation>Select a member first.</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/login/dialogs.py" line="286" />
        <source>Change password</source>
        <translation>Change password</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/login/dialogs.py" line="288" />
        <source>Current password</source>
        <translation>Current password</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/login/dialogs.py" line="289" />
        <source>New password</source>
        <translation>New password</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/login/dialogs.py" line="290" />
        <source>Repeat new password</source>
        <translation>Repeat new password</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/login/dialogs.py" line="291" />
        <source>At least 8 characters, not containing your user name, and none of your last 5 passwords.</source>
        <translation>At least 8 characters, not containing your user name, and none of your last 5 passwords.</translation>
    </message>
</context>
<context>
    <name>ChurnScreen</name>
    <message>
        <location filename="../../crm_desktop/ui/customers/churn.py" line="50" />
        <source>Retrain churn model</source>
        <translation>Retrain churn model</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/churn.py" line="52" />
        <source>Learn the churn risk score again from the customers&apos; history (in the background)</source>
        <translation>Learn the churn risk score again from the customers&apos; history (in the background)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/churn.py" line="94" />
        <source>no follow-up for %1 days</source>
        <translation>no follow-up for %1 days</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/churn.py" line="96" />
        <source>no deal for %1 days</source>
        <translation>no deal for %1 days</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/churn.py" line="98" />
        <source>overdue receivables</source>
        <translation>overdue receivables</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/churn.py" line="99" />
        <source>Customers flagged by: %1 (an administrator sets the thresholds under Administration &gt; Lists and pools).</source>
        <translation>Customers flagged by: %1 (an administrator sets the thresholds under Administration &gt; Lists and pools).</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/churn.py" line="101" />
        <source> or </source>
        <translation> or </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/churn.py" line="101" />
        <source>nothing (off)</source>
        <translation>nothing (off)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/churn.py" line="112" />
        <source>No churn model has been trained yet: risk scores follow the warning rules alone.</source>
        <translation>No churn model has been trained yet: risk scores follow the warning rules alone.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/churn.py" line="115" />
        <source>Churn model trained %1 on %2 customers; held-out AUC %3.</source>
        <translation>Churn model trained %1 on %2 customers; held-out AUC %3.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/churn.py" line="127" />
        <source>Training the churn model…</source>
        <translation>Training the churn model…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/churn.py" line="145" />
        <source>Churn model trained: held-out AUC %1 on %2 customers (trained on %3); %4 churned and %5 retained customers in all.</source>
        <translation>Churn model trained: held-out AUC %1 on %2 customers (trained on %3); %4 churned and %5 retained customers in all.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/churn.py" line="155" />
        <source>Training the churn model was cancelled.</source>
        <translation>Training the churn model was cancelled.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/churn.py" line="159" />
        <source>Not enough history to train the churn model: %1 churned and %2 retained customers; at least %3 of each are needed. Risk scores follow the warning rules alone.</source>
        <translation>Not enough history to train the churn model: %1 churned and %2 retained customers; at least %3 of each are needed. Risk scores follow the warning rules alone.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/churn.py" line="164" />
        <source>Training the churn model failed: %1</source>
        <translation>Training the churn model failed: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/ui/customers/churn.py" line="167" />
        <source>%n customer(s) at risk.</source>
        <translation>
            <numerusform>%n customer(s) at risk.</numerusform>
            <numerusform>%n customer(s) at risk.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/churn.py" line="169" />
        <source>No customer is at risk under the rules above.</source>
        <translation>No customer is at risk under the rules above.</translation>
    </message>
</context>
<context>
    <name>ConflictInbox</name>
    <message>
        <location filename="../../crm_desktop/ui/sync/inbox.py" line="165" />
        <source>Changes made here and on the server to the same field, and changes the server refused. Keep your value, take theirs, or type another; it reaches the server with the next sync.</source>
        <translation>Changes made here and on the server to the same field, and changes the server refused. Keep your value, take theirs, or type another; it reaches the server with the next sync.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/inbox.py" line="184" />
        <source>Keep &amp;mine</source>
        <translation>Keep &amp;mine</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/inbox.py" line="187" />
        <source>Keep &amp;theirs</source>
        <translation>Keep &amp;theirs</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/inbox.py" line="190" />
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/inbox.py" line="193" />
        <source>&amp;Dismiss</source>
        <translation>&amp;Dismiss</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/inbox.py" line="196" />
        <source>&amp;Reload</source>
        <translation>&amp;Reload</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/inbox.py" line="241" />
        <source>%1 open</source>
        <translation>%1 open</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/inbox.py" line="242" />
        <source>Nothing to look at: every sync issue is settled.</source>
        <translation>Nothing to look at: every sync issue is settled.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/inbox.py" line="295" />
        <source>Kept your value of %1.</source>
        <translation>Kept your value of %1.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/inbox.py" line="295" />
        <source>Took the other value of %1.</source>
        <translation>Took the other value of %1.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/inbox.py" line="296" />
        <source>Set %1 to the value you chose.</source>
        <translation>Set %1 to the value you chose.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/inbox.py" line="297" />
        <source>Dismissed: %1.</source>
        <translation>Dismissed: %1.</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/sync/connect_dialog.py" line="75" />
        <source>Connect to server</source>
        <translation>Connect to server</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/connect_dialog.py" line="82" />
        <source>server name or address</source>
        <translation>server name or address</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/connect_dialog.py" line="101" />
        <source>CA certificate (.crt/.pem) for verify-ca / verify-full</source>
        <translation>CA certificate (.crt/.pem) for verify-ca / verify-full</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/connect_dialog.py" line="102" />
        <source>client certificate, if the server asks for one</source>
        <translation>client certificate, if the server asks for one</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/connect_dialog.py" line="103" />
        <source>the client certificate&apos;s private key</source>
        <translation>the client certificate&apos;s private key</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/connect_dialog.py" line="107" />
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/connect_dialog.py" line="114" />
        <source>Remember password in the keyring</source>
        <translation>Remember password in the keyring</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/connect_dialog.py" line="116" />
        <source>no keyring: you will be asked each time</source>
        <translation>no keyring: you will be asked each time</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/connect_dialog.py" line="137" />
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/connect_dialog.py" line="138" />
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/connect_dialog.py" line="139" />
        <source>&amp;Database:</source>
        <translation>&amp;Database:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/connect_dialog.py" line="140" />
        <source>&amp;User:</source>
        <translation>&amp;User:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/connect_dialog.py" line="141" />
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;word:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/connect_dialog.py" line="142" />
        <source>SSL &amp;mode:</source>
        <translation>SSL &amp;mode:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/connect_dialog.py" line="143" />
        <source>CA certificate:</source>
        <translation>CA certificate:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/connect_dialog.py" line="144" />
        <source>Client certificate:</source>
        <translation>Client certificate:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/connect_dialog.py" line="145" />
        <source>Client key:</source>
        <translation>Client key:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/connect_dialog.py" line="149" />
        <source>&amp;Test connection</source>
        <translation>&amp;Test connection</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/connect_dialog.py" line="158" />
        <source>&amp;Connect</source>
        <translation>&amp;Connect</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/connect_dialog.py" line="174" />
        <source>Choose a certificate or key file</source>
        <translation>Choose a certificate or key file</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/connect_dialog.py" line="185" />
        <source>host</source>
        <translation>host</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/connect_dialog.py" line="185" />
        <source>database</source>
        <translation>database</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/connect_dialog.py" line="186" />
        <source>user</source>
        <translation>user</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/connect_dialog.py" line="188" />
        <source>Fill in: %1</source>
        <translation>Fill in: %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/connect_dialog.py" line="210" />
        <source>Testing the connection…</source>
        <translation>Testing the connection…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/connect_dialog.py" line="216" />
        <source>The connection works.</source>
        <translation>The connection works.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/connect_dialog.py" line="227" />
        <source>Connecting…</source>
        <translation>Connecting…</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="72" />
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="75" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="76" />
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="77" />
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="78" />
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="79" />
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="80" />
        <source>Other phone</source>
        <translation>Other phone</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="81" />
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="82" />
        <source>WeChat</source>
        <translation>WeChat</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="87" />
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="89" />
        <source>Birthday</source>
        <translation>Birthday</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="90" />
        <source>Primary contact</source>
        <translation>Primary contact</translation>
    </message>
</context>
<context>
    <name>ContractDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/contracts/dialogs.py" line="88" />
        <source>New contract</source>
        <translation>New contract</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/contracts/dialogs.py" line="90" />
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/contracts/dialogs.py" line="91" />
        <source>Contract</source>
        <translation>Contract</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/contracts/dialogs.py" line="92" />
        <source>Order</source>
        <translation>Order</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/contracts/dialogs.py" line="93" />
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/contracts/dialogs.py" line="96" />
        <source>Type to search customers…</source>
        <translation>Type to search customers…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/contracts/dialogs.py" line="100" />
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/contracts/dialogs.py" line="101" />
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/contracts/dialogs.py" line="103" />
        <source>Signed on</source>
        <translation>Signed on</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/contracts/dialogs.py" line="104" />
        <source>Starts on</source>
        <translation>Starts on</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/contracts/dialogs.py" line="105" />
        <source>Ends on</source>
        <translation>Ends on</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/contracts/dialogs.py" line="106" />
        <source>Terms</source>
        <translation>Terms</translation>
    </message>
</context>
<context>
    <name>ContractsScreen</name>
    <message>
        <location filename="../../crm_desktop/ui/contracts/screen.py" line="26" />
        <source>Pending</source>
        <translation>Pending</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/contracts/screen.py" line="27" />
        <source>Partly paid</source>
        <translation>Partly paid</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/contracts/screen.py" line="28" />
        <source>Paid</source>
        <translation>Paid</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/contracts/screen.py" line="29" />
        <location filename="../../crm_desktop/ui/contracts/screen.py" line="91" />
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/contracts/screen.py" line="30" />
        <source>Void</source>
        <translation>Void</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/contracts/screen.py" line="73" />
        <source>&amp;New contract</source>
        <translation>&amp;New contract</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/contracts/screen.py" line="89" />
        <location filename="../../crm_desktop/ui/contracts/screen.py" line="101" />
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/contracts/screen.py" line="89" />
        <location filename="../../crm_desktop/ui/contracts/screen.py" line="101" />
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/contracts/screen.py" line="89" />
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/contracts/screen.py" line="90" />
        <location filename="../../crm_desktop/ui/contracts/screen.py" line="97" />
        <location filename="../../crm_desktop/ui/contracts/screen.py" line="99" />
        <location filename="../../crm_desktop/ui/contracts/screen.py" line="102" />
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/contracts/screen.py" line="90" />
        <location filename="../../crm_desktop/ui/contracts/screen.py" line="98" />
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/contracts/screen.py" line="90" />
        <source>Collected</source>
        <translation>Collected</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/contracts/screen.py" line="91" />
        <source>Signed</source>
        <translation>Signed</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/contracts/screen.py" line="91" />
        <location filename="../../crm_desktop/ui/contracts/screen.py" line="98" />
        <location filename="../../crm_desktop/ui/contracts/screen.py" line="102" />
        <location filename="../../crm_desktop/ui/contracts/screen.py" line="106" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/contracts/screen.py" line="92" />
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/contracts/screen.py" line="97" />
        <location filename="../../crm_desktop/ui/contracts/screen.py" line="99" />
        <source>Instalment</source>
        <translation>Instalment</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/contracts/screen.py" line="97" />
        <source>Due on</source>
        <translation>Due on</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/contracts/screen.py" line="98" />
        <location filename="../../crm_desktop/ui/contracts/screen.py" line="100" />
        <source>Method</source>
        <translation>Method</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/contracts/screen.py" line="99" />
        <source>Received on</source>
        <translation>Received on</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/contracts/screen.py" line="100" />
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/contracts/screen.py" line="101" />
        <source>Tax number</source>
        <translation>Tax number</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/contracts/screen.py" line="103" />
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/contracts/screen.py" line="103" />
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/contracts/screen.py" line="106" />
        <source>Requested</source>
        <translation>Requested</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/contracts/screen.py" line="106" />
        <source>Decisions</source>
        <translation>Decisions</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/contracts/screen.py" line="108" />
        <source>Add instalment…</source>
        <translation>Add instalment…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/contracts/screen.py" line="111" />
        <source>Record payment…</source>
        <translation>Record payment…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/contracts/screen.py" line="114" />
        <source>Add invoice…</source>
        <translation>Add invoice…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/contracts/screen.py" line="117" />
        <source>Issue invoice</source>
        <translation>Issue invoice</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/contracts/screen.py" line="120" />
        <source>Attach file…</source>
        <translation>Attach file…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/contracts/screen.py" line="128" />
        <source>New task…</source>
        <translation>New task…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/contracts/screen.py" line="132" />
        <source>Contract PDF…</source>
        <translation>Contract PDF…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/contracts/screen.py" line="141" />
        <source>Receivable plan</source>
        <translation>Receivable plan</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/contracts/screen.py" line="142" />
        <source>Payments</source>
        <translation>Payments</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/contracts/screen.py" line="143" />
        <source>Invoices</source>
        <translation>Invoices</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/contracts/screen.py" line="144" />
        <source>Files</source>
        <translation>Files</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/contracts/screen.py" line="145" />
        <source>Approvals</source>
        <translation>Approvals</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/contracts/screen.py" line="197" />
        <source>not due</source>
        <translation>not due</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/contracts/screen.py" line="197" />
        <source>1-30 days</source>
        <translation>1-30 days</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/contracts/screen.py" line="197" />
        <source>31-60 days</source>
        <translation>31-60 days</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/contracts/screen.py" line="198" />
        <source>61-90 days</source>
        <translation>61-90 days</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/contracts/screen.py" line="198" />
        <source>over 90 days</source>
        <translation>over 90 days</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/contracts/screen.py" line="199" />
        <source>Receivables aging: %1</source>
        <translation>Receivables aging: %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/contracts/screen.py" line="208" />
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/contracts/screen.py" line="208" />
        <source>Awaiting approval</source>
        <translation>Awaiting approval</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/contracts/screen.py" line="208" />
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/contracts/screen.py" line="209" />
        <source>Completed</source>
        <translation>Completed</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/contracts/screen.py" line="209" />
        <source>Terminated</source>
        <translation>Terminated</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/contracts/screen.py" line="222" />
        <source>Choose a contract to see its receivables.</source>
        <translation>Choose a contract to see its receivables.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/contracts/screen.py" line="241" />
        <source>awaiting approval</source>
        <translation>awaiting approval</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/contracts/screen.py" line="263" />
        <source>Status changed.</source>
        <translation>Status changed.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/contracts/screen.py" line="277" />
        <source>Contract saved.</source>
        <translation>Contract saved.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/contracts/screen.py" line="286" />
        <source>Instalment added.</source>
        <translation>Instalment added.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/contracts/screen.py" line="293" />
        <source>Payment recorded.</source>
        <translation>Payment recorded.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/contracts/screen.py" line="301" />
        <source>Invoice added.</source>
        <translation>Invoice added.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/contracts/screen.py" line="307" />
        <source>Choose the invoice to issue.</source>
        <translation>Choose the invoice to issue.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/contracts/screen.py" line="311" />
        <source>Invoice issued.</source>
        <translation>Invoice issued.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/contracts/screen.py" line="316" />
        <source>Attach a file</source>
        <translation>Attach a file</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/contracts/screen.py" line="322" />
        <source>File attached.</source>
        <translation>File attached.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/contracts/screen.py" line="328" />
        <source>Save file</source>
        <translation>Save file</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/contracts/screen.py" line="335" />
        <source>Save PDF</source>
        <translation>Save PDF</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/contracts/screen.py" line="335" />
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/contracts/screen.py" line="347" />
        <source>Saved %1</source>
        <translation>Saved %1</translation>
    </message>
</context>
<context>
    <name>ConvertDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/leads/screen.py" line="93" />
        <source>Convert lead: %1</source>
        <translation>Convert lead: %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/leads/screen.py" line="96" />
        <source>A new customer: %1</source>
        <translation>A new customer: %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/leads/screen.py" line="99" />
        <source>Existing: %1 (%2)</source>
        <translation>Existing: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/leads/screen.py" line="103" />
        <source>Create an opportunity</source>
        <translation>Create an opportunity</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/leads/screen.py" line="110" />
        <source>Opportunity</source>
        <translation>Opportunity</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/leads/screen.py" line="111" />
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/leads/screen.py" line="118" />
        <source>The lead becomes:</source>
        <translation>The lead becomes:</translation>
    </message>
</context>
<context>
    <name>CustomerDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="126" />
        <location filename="../../crm_desktop/ui/customers/form.py" line="654" />
        <source>New customer</source>
        <translation>New customer</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="126" />
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="139" />
        <location filename="../../crm_desktop/ui/customers/form.py" line="435" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="139" />
        <source>Short name</source>
        <translation>Short name</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="139" />
        <location filename="../../crm_desktop/ui/customers/form.py" line="435" />
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="140" />
        <location filename="../../crm_desktop/ui/customers/form.py" line="436" />
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="198" />
        <location filename="../../crm_desktop/ui/customers/form.py" line="237" />
        <source>Province</source>
        <translation>Province</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="198" />
        <location filename="../../crm_desktop/ui/customers/form.py" line="237" />
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="141" />
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="140" />
        <location filename="../../crm_desktop/ui/customers/form.py" line="435" />
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="140" />
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="141" />
        <source>Credit code</source>
        <translation>Credit code</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="146" />
        <source>统一社会信用代码, 18 characters</source>
        <translation>统一社会信用代码, 18 characters</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="148" />
        <location filename="../../crm_desktop/ui/customers/form.py" line="384" />
        <source>Enterprise</source>
        <translation>Enterprise</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="148" />
        <location filename="../../crm_desktop/ui/customers/form.py" line="385" />
        <source>Individual</source>
        <translation>Individual</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="149" />
        <location filename="../../crm_desktop/ui/customers/form.py" line="196" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="150" />
        <source>Potential</source>
        <translation>Potential</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="150" />
        <source>Closed deal</source>
        <translation>Closed deal</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="151" />
        <source>Invalid</source>
        <translation>Invalid</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="152" />
        <location filename="../../crm_desktop/ui/customers/form.py" line="197" />
        <source>Industry</source>
        <translation>Industry</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="152" />
        <location filename="../../crm_desktop/ui/customers/form.py" line="197" />
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="153" />
        <location filename="../../crm_desktop/ui/customers/form.py" line="198" />
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="162" />
        <location filename="../../crm_desktop/ui/customers/form.py" line="338" />
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="165" />
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="166" />
        <source>Comma-separated, e.g. VIP, 重点客户</source>
        <translation>Comma-separated, e.g. VIP, 重点客户</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="170" />
        <location filename="../../crm_desktop/ui/customers/form.py" line="199" />
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="171" />
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="172" />
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="173" />
        <source>Follow-ups</source>
        <translation>Follow-ups</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="174" />
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="174" />
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="175" />
        <source>Old value</source>
        <translation>Old value</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="175" />
        <source>New value</source>
        <translation>New value</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="178" />
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="179" />
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="179" />
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="187" />
        <source>360° timeline</source>
        <translation>360° timeline</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="195" />
        <source>Loyalty</source>
        <translation>Loyalty</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="199" />
        <location filename="../../crm_desktop/ui/customers/form.py" line="238" />
        <source>District</source>
        <translation>District</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="200" />
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="201" />
        <source>Deleted</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="201" />
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="202" />
        <source>Last follow-up</source>
        <translation>Last follow-up</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="202" />
        <source>Last deal</source>
        <translation>Last deal</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="203" />
        <source>Public pool</source>
        <translation>Public pool</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="203" />
        <source>Claimed</source>
        <translation>Claimed</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="204" />
        <source>Previous owner</source>
        <translation>Previous owner</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="204" />
        <source>Released</source>
        <translation>Released</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="205" />
        <source>Release reason</source>
        <translation>Release reason</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="206" />
        <source>Loyalty tier</source>
        <translation>Loyalty tier</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="207" />
        <source>Loyalty points</source>
        <translation>Loyalty points</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="216" />
        <source>New ticket</source>
        <translation>New ticket</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="275" />
        <source>Churn risk and value</source>
        <translation>Churn risk and value</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="298" />
        <source>Churn risk</source>
        <translation>Churn risk</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="299" />
        <source>Top factors</source>
        <translation>Top factors</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="300" />
        <source>Warning rules</source>
        <translation>Warning rules</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="301" />
        <source>Scored by</source>
        <translation>Scored by</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="302" />
        <source>Value (RFM)</source>
        <translation>Value (RFM)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="303" />
        <source>Lifetime value (12 months)</source>
        <translation>Lifetime value (12 months)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="309" />
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="329" />
        <location filename="../../crm_desktop/ui/customers/form.py" line="347" />
        <source>not available</source>
        <translation>not available</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="331" />
        <source>%1 / 100</source>
        <translation>%1 / 100</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="332" />
        <source>Low</source>
        <translation>Low</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="332" />
        <source>Medium</source>
        <translation>Medium</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="332" />
        <source>High</source>
        <translation>High</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="340" />
        <source>none flag this customer</source>
        <translation>none flag this customer</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="342" />
        <source>Rule-based: no churn model has been trained yet</source>
        <translation>Rule-based: no churn model has been trained yet</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="344" />
        <source>Warning rules and the churn model trained on %1</source>
        <translation>Warning rules and the churn model trained on %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="349" />
        <source>No payments yet</source>
        <translation>No payments yet</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="351" />
        <source>%1 (R%2 F%3 M%4)</source>
        <translation>%1 (R%2 F%3 M%4)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="360" />
        <source>Could not score: %1</source>
        <translation>Could not score: %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="371" />
        <source>No follow-up for %1 days</source>
        <translation>No follow-up for %1 days</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="372" />
        <source>%1 follow-up(s) in the last 90 days</source>
        <translation>%1 follow-up(s) in the last 90 days</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="373" />
        <source>%1 follow-up(s) in the last 180 days</source>
        <translation>%1 follow-up(s) in the last 180 days</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="374" />
        <source>No contract for %1 days</source>
        <translation>No contract for %1 days</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="375" />
        <source>%1 contract(s) in the last year</source>
        <translation>%1 contract(s) in the last year</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="376" />
        <source>Contracts worth %1 in all</source>
        <translation>Contracts worth %1 in all</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="377" />
        <source>%1 received in all</source>
        <translation>%1 received in all</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="378" />
        <source>%1 overdue</source>
        <translation>%1 overdue</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="379" />
        <source>%1 open ticket(s)</source>
        <translation>%1 open ticket(s)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="380" />
        <source>%1 complaint(s) in the last 180 days</source>
        <translation>%1 complaint(s) in the last 180 days</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="381" />
        <source>Average satisfaction %1 / 5</source>
        <translation>Average satisfaction %1 / 5</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="382" />
        <source>A customer for %1 days</source>
        <translation>A customer for %1 days</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="383" />
        <source>Level %1</source>
        <translation>Level %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="384" />
        <source>Type: %1</source>
        <translation>Type: %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="391" />
        <source>no follow-up for %1 days</source>
        <translation>no follow-up for %1 days</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="392" />
        <source>no deal for %1 days</source>
        <translation>no deal for %1 days</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="393" />
        <source>overdue receivables</source>
        <translation>overdue receivables</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="403" />
        <source>Important value</source>
        <translation>Important value</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="403" />
        <source>Important to develop</source>
        <translation>Important to develop</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="404" />
        <source>Important to keep</source>
        <translation>Important to keep</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="404" />
        <source>Important to win back</source>
        <translation>Important to win back</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="405" />
        <source>General value</source>
        <translation>General value</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="405" />
        <source>General to develop</source>
        <translation>General to develop</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="406" />
        <source>General to keep</source>
        <translation>General to keep</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="406" />
        <source>General to win back</source>
        <translation>General to win back</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="435" />
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="436" />
        <source>WeChat</source>
        <translation>WeChat</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="439" />
        <source>Add contact…</source>
        <translation>Add contact…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="442" />
        <location filename="../../crm_desktop/ui/customers/form.py" line="681" />
        <source>Delete contact</source>
        <translation>Delete contact</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="531" />
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="540" />
        <source>Opportunity</source>
        <translation>Opportunity</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="541" />
        <source>Opportunity won</source>
        <translation>Opportunity won</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="541" />
        <source>Opportunity lost</source>
        <translation>Opportunity lost</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="542" />
        <source>Contract signed</source>
        <translation>Contract signed</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="542" />
        <source>Payment received</source>
        <translation>Payment received</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="543" />
        <source>Task</source>
        <translation>Task</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="543" />
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="544" />
        <source>Ticket resolved</source>
        <translation>Ticket resolved</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="vanished">Unsaved changes</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="629" />
        <source>This customer has changes that are not saved. Save them before closing?</source>
        <translation>This customer has changes that are not saved. Save them before closing?</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="692" />
        <source>Select two or more contacts to merge.</source>
        <translation>Select two or more contacts to merge.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="697" />
        <source>Merge contacts</source>
        <translation>Merge contacts</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="697" />
        <source>Keep this contact:</source>
        <translation>Keep this contact:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="174" />
        <location filename="../../crm_desktop/ui/customers/form.py" line="179" />
        <location filename="../../crm_desktop/ui/customers/form.py" line="462" />
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="147" />
        <location filename="../../crm_desktop/ui/customers/form.py" line="196" />
        <location filename="../../crm_desktop/ui/customers/form.py" line="462" />
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="462" />
        <source>Content</source>
        <translation>Content</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="164" />
        <location filename="../../crm_desktop/ui/customers/form.py" line="200" />
        <location filename="../../crm_desktop/ui/customers/form.py" line="463" />
        <location filename="../../crm_desktop/ui/customers/form.py" line="472" />
        <source>Next follow-up</source>
        <translation>Next follow-up</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="174" />
        <location filename="../../crm_desktop/ui/customers/form.py" line="179" />
        <location filename="../../crm_desktop/ui/customers/form.py" line="463" />
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="444" />
        <source>Merge contacts…</source>
        <translation>Merge contacts…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="446" />
        <source>Select two or more contacts (Ctrl+click) to merge them into one</source>
        <translation>Select two or more contacts (Ctrl+click) to merge them into one</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="471" />
        <source>What happened?</source>
        <translation>What happened?</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="478" />
        <source>Add follow-up</source>
        <translation>Add follow-up</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="508" />
        <source>Customer: %1</source>
        <translation>Customer: %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="537" />
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="537" />
        <source>Contact added</source>
        <translation>Contact added</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="538" />
        <source>Customer created</source>
        <translation>Customer created</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="538" />
        <source>Status changed</source>
        <translation>Status changed</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="539" />
        <source>Claimed from the public pool</source>
        <translation>Claimed from the public pool</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="539" />
        <source>Released to the public pool</source>
        <translation>Released to the public pool</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="540" />
        <source>Owner changed</source>
        <translation>Owner changed</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="658" />
        <source>Saved. You can now add contacts and follow-ups.</source>
        <translation>Saved. You can now add contacts and follow-ups.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="681" />
        <source>Delete this contact?</source>
        <translation>Delete this contact?</translation>
    </message>
</context>
<context>
    <name>CustomerTableModel</name>
    <message>
        <location filename="../../crm_desktop/ui/customers/model.py" line="23" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/model.py" line="24" />
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/model.py" line="25" />
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/model.py" line="26" />
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/model.py" line="27" />
        <source>Industry</source>
        <translation>Industry</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/model.py" line="28" />
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/model.py" line="29" />
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/model.py" line="30" />
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/model.py" line="31" />
        <source>Updated</source>
        <translation>Updated</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/model.py" line="32" />
        <source>Last follow-up</source>
        <translation>Last follow-up</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/model.py" line="78" />
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/model.py" line="97" />
        <source>Churn warning: no follow-up for %1 days</source>
        <translation>Churn warning: no follow-up for %1 days</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/model.py" line="99" />
        <source>Churn warning: no deal for %1 days</source>
        <translation>Churn warning: no deal for %1 days</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/model.py" line="100" />
        <source>Churn warning: overdue receivables</source>
        <translation>Churn warning: overdue receivables</translation>
    </message>
</context>
<context>
    <name>CustomersScreen</name>
    <message>
        <location filename="../../crm_desktop/ui/customers/screen.py" line="55" />
        <source>Search name, phone, e-mail or contact…  (Ctrl+F)</source>
        <translation>Search name, phone, e-mail or contact…  (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/screen.py" line="56" />
        <source>All owners</source>
        <translation>All owners</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/screen.py" line="57" />
        <source>All tags</source>
        <translation>All tags</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/screen.py" line="58" />
        <source>All cities</source>
        <translation>All cities</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/screen.py" line="59" />
        <source>All industries</source>
        <translation>All industries</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/screen.py" line="60" />
        <source>All levels</source>
        <translation>All levels</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/screen.py" line="61" />
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/screen.py" line="62" />
        <source>Potential</source>
        <translation>Potential</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/screen.py" line="62" />
        <source>Closed deal</source>
        <translation>Closed deal</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/screen.py" line="63" />
        <source>Invalid</source>
        <translation>Invalid</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/screen.py" line="65" />
        <source>All sources</source>
        <translation>All sources</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/screen.py" line="68" />
        <source>Saved views: a named set of filters</source>
        <translation>Saved views: a named set of filters</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/screen.py" line="157" />
        <source>&amp;New customer…</source>
        <translation>&amp;New customer…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/screen.py" line="159" />
        <source>&amp;Find</source>
        <translation>&amp;Find</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/screen.py" line="160" />
        <source>&amp;Delete to recycle bin</source>
        <translation>&amp;Delete to recycle bin</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/screen.py" line="162" />
        <source>&amp;Open customer</source>
        <translation>&amp;Open customer</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/screen.py" line="166" />
        <source>&amp;Import customers…</source>
        <translation>&amp;Import customers…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/screen.py" line="168" />
        <source>Find &amp;duplicates…</source>
        <translation>Find &amp;duplicates…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/screen.py" line="170" />
        <source>Move to &amp;public pool…</source>
        <translation>Move to &amp;public pool…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/screen.py" line="172" />
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/screen.py" line="174" />
        <source>E&amp;xport…</source>
        <translation>E&amp;xport…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/screen.py" line="177" />
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/screen.py" line="227" />
        <source>%1 (deactivated)</source>
        <translation>%1 (deactivated)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/screen.py" line="280" />
        <source>Views…</source>
        <translation>Views…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/screen.py" line="283" />
        <source>Save the current filters as a view…</source>
        <translation>Save the current filters as a view…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/screen.py" line="285" />
        <source>Delete a view…</source>
        <translation>Delete a view…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/screen.py" line="294" />
        <source>Save view</source>
        <translation>Save view</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/screen.py" line="294" />
        <source>Name of the view:</source>
        <translation>Name of the view:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/screen.py" line="299" />
        <source>Delete view</source>
        <translation>Delete view</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/screen.py" line="299" />
        <source>View:</source>
        <translation>View:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/screen.py" line="314" />
        <source>View “%1” saved.</source>
        <translation>View “%1” saved.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/screen.py" line="373" />
        <source>This column cannot be sorted.</source>
        <translation>This column cannot be sorted.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/ui/customers/screen.py" line="387" />
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n customer</numerusform>
            <numerusform>%n customers</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/screen.py" line="392" />
        <source>No customer matches “%1”.</source>
        <translation>No customer matches “%1”.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/screen.py" line="393" />
        <source>Clear the search and filters</source>
        <translation>Clear the search and filters</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/screen.py" line="395" />
        <source>No customer matches these filters.</source>
        <translation>No customer matches these filters.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/screen.py" line="396" />
        <source>Clear the filters</source>
        <translation>Clear the filters</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/screen.py" line="398" />
        <source>No customers yet. Create one, or import a file of them (Ctrl+Shift+I).</source>
        <translation>No customers yet. Create one, or import a file of them (Ctrl+Shift+I).</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/screen.py" line="399" />
        <source>New customer…</source>
        <translation>New customer…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/screen.py" line="401" />
        <source>No customers to show.</source>
        <translation>No customers to show.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/screen.py" line="463" />
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/ui/customers/screen.py" line="464" />
        <source>Move %n customer(s) to the recycle bin?</source>
        <translation>
            <numerusform>Move %n customer to the recycle bin?</numerusform>
            <numerusform>Move %n customers to the recycle bin?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/ui/customers/screen.py" line="472" />
        <source>Moved %n customer(s) to the recycle bin (Ctrl+Z to undo).</source>
        <translation>
            <numerusform>Moved %n customer to the recycle bin (Ctrl+Z to undo).</numerusform>
            <numerusform>Moved %n customers to the recycle bin (Ctrl+Z to undo).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/ui/customers/screen.py" line="478" />
        <source>Imported %n customer(s).</source>
        <translation>
            <numerusform>Imported %n customer(s).</numerusform>
            <numerusform>Imported %n customer(s).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/screen.py" line="494" />
        <source>Move to public pool</source>
        <translation>Move to public pool</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/ui/customers/screen.py" line="495" />
        <source>Why does %n customer(s) go back to the pool?</source>
        <translation>
            <numerusform>Why does %n customer(s) go back to the pool?</numerusform>
            <numerusform>Why does %n customer(s) go back to the pool?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/ui/customers/screen.py" line="504" />
        <source>Moved %n customer(s) to the public pool (Ctrl+Z to undo).</source>
        <translation>
            <numerusform>Moved %n customer(s) to the public pool (Ctrl+Z to undo).</numerusform>
            <numerusform>Moved %n customer(s) to the public pool (Ctrl+Z to undo).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/screen.py" line="529" />
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/screen.py" line="529" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/screen.py" line="529" />
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/screen.py" line="529" />
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/screen.py" line="529" />
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/screen.py" line="530" />
        <source>Industry</source>
        <translation>Industry</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/screen.py" line="530" />
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/screen.py" line="530" />
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/screen.py" line="530" />
        <source>Created (UTC)</source>
        <translation>Created (UTC)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/screen.py" line="531" />
        <source>Updated (UTC)</source>
        <translation>Updated (UTC)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/screen.py" line="533" />
        <source>Export customers</source>
        <translation>Export customers</translation>
    </message>
</context>
<context>
    <name>DashboardScreen</name>
    <message>
        <location filename="../../crm_desktop/ui/reports/dashboard.py" line="111" />
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/dashboard.py" line="118" />
        <source>Home</source>
        <translation>Home</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/dashboard.py" line="180" />
        <source>Updated %1</source>
        <translation>Updated %1</translation>
    </message>
</context>
<context>
    <name>DataScope</name>
    <message>
        <location filename="../../crm_desktop/ui/admin/roles.py" line="17" />
        <source>Own records</source>
        <translation>Own records</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/roles.py" line="18" />
        <source>Own and subordinates&apos; records</source>
        <translation>Own and subordinates&apos; records</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/roles.py" line="19" />
        <source>Own department</source>
        <translation>Own department</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/roles.py" line="20" />
        <source>Own department and its sub-departments</source>
        <translation>Own department and its sub-departments</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/roles.py" line="21" />
        <source>All records</source>
        <translation>All records</translation>
    </message>
</context>
<context>
    <name>DepartmentForm</name>
    <message>
        <location filename="../../crm_desktop/ui/admin/departments.py" line="40" />
        <source>New department</source>
        <translation>New department</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/departments.py" line="40" />
        <source>Edit department</source>
        <translation>Edit department</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/departments.py" line="41" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/departments.py" line="42" />
        <source>Parent department</source>
        <translation>Parent department</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/departments.py" line="43" />
        <source>(top level)</source>
        <translation>(top level)</translation>
    </message>
</context>
<context>
    <name>DepartmentModel</name>
    <message>
        <location filename="../../crm_desktop/ui/admin/departments.py" line="15" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/departments.py" line="15" />
        <source>Path</source>
        <translation>Path</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/departments.py" line="16" />
        <source>Active users</source>
        <translation>Active users</translation>
    </message>
</context>
<context>
    <name>DepartmentsTab</name>
    <message>
        <location filename="../../crm_desktop/ui/admin/departments.py" line="72" />
        <source>Filter departments…</source>
        <translation>Filter departments…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/departments.py" line="73" />
        <source>New department…</source>
        <translation>New department…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/departments.py" line="74" />
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/departments.py" line="75" />
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/departments.py" line="89" />
        <source>Delete department</source>
        <translation>Delete department</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/departments.py" line="89" />
        <source>Delete the department %1?</source>
        <translation>Delete the department %1?</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/departments.py" line="91" />
        <source>Deleted the department %1.</source>
        <translation>Deleted the department %1.</translation>
    </message>
</context>
<context>
    <name>DrillBar</name>
    <message>
        <location filename="../../crm_desktop/ui/common/drill_bar.py" line="17" />
        <source>Show all</source>
        <translation>Show all</translation>
    </message>
</context>
<context>
    <name>DrillDown</name>
    <message>
        <location filename="../../crm_desktop/ui/reports/drill.py" line="51" />
        <source>This list cannot narrow by everything the figure counted; it shows more.</source>
        <translation>This list cannot narrow by everything the figure counted; it shows more.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/drill.py" line="89" />
        <source>signed %1 to %2</source>
        <translation>signed %1 to %2</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/drill.py" line="90" />
        <source>paid %1 to %2</source>
        <translation>paid %1 to %2</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/drill.py" line="95" />
        <source>with an instalment overdue</source>
        <translation>with an instalment overdue</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/drill.py" line="96" />
        <source>Only contracts %1.</source>
        <translation>Only contracts %1.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/drill.py" line="96" />
        <location filename="../../crm_desktop/ui/reports/drill.py" line="118" />
        <location filename="../../crm_desktop/ui/reports/drill.py" line="136" />
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/drill.py" line="113" />
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/drill.py" line="115" />
        <source>expected to close %1 to %2</source>
        <translation>expected to close %1 to %2</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/drill.py" line="118" />
        <source>Only opportunities %1.</source>
        <translation>Only opportunities %1.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/drill.py" line="129" />
        <source>created %1 to %2</source>
        <translation>created %1 to %2</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/drill.py" line="130" />
        <source>last followed up %1 to %2</source>
        <translation>last followed up %1 to %2</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/drill.py" line="135" />
        <source>next follow-up before %1</source>
        <translation>next follow-up before %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/drill.py" line="136" />
        <source>Only customers %1.</source>
        <translation>Only customers %1.</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/customers/duplicates.py" line="26" />
        <source>Duplicate customers</source>
        <translation>Duplicate customers</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/duplicates.py" line="35" />
        <source>Looking for duplicates…</source>
        <translation>Looking for duplicates…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/duplicates.py" line="43" />
        <source>Keep this customer</source>
        <translation>Keep this customer</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/duplicates.py" line="53" />
        <source>Merge</source>
        <translation>Merge</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/duplicates.py" line="58" />
        <source>For each field, the value the merged customer keeps. Contacts, follow-ups and tags of all of them move to it; the others go to the recycle bin.</source>
        <translation>For each field, the value the merged customer keeps. Contacts, follow-ups and tags of all of them move to it; the others go to the recycle bin.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/duplicates.py" line="74" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/duplicates.py" line="74" />
        <source>Short name</source>
        <translation>Short name</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/duplicates.py" line="74" />
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/duplicates.py" line="75" />
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/duplicates.py" line="75" />
        <source>Industry</source>
        <translation>Industry</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/duplicates.py" line="75" />
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/duplicates.py" line="76" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/duplicates.py" line="76" />
        <source>Province</source>
        <translation>Province</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/duplicates.py" line="76" />
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/duplicates.py" line="77" />
        <source>District</source>
        <translation>District</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/duplicates.py" line="77" />
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/duplicates.py" line="77" />
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/duplicates.py" line="78" />
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/duplicates.py" line="78" />
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/duplicates.py" line="78" />
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/duplicates.py" line="79" />
        <source>Credit code</source>
        <translation>Credit code</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/duplicates.py" line="79" />
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/duplicates.py" line="79" />
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/duplicates.py" line="86" />
        <source>same phone</source>
        <translation>same phone</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/duplicates.py" line="86" />
        <source>same e-mail</source>
        <translation>same e-mail</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/duplicates.py" line="87" />
        <source>same credit code</source>
        <translation>same credit code</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/duplicates.py" line="87" />
        <source>same name</source>
        <translation>same name</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/duplicates.py" line="88" />
        <source>similar names</source>
        <translation>similar names</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/ui/customers/duplicates.py" line="93" />
        <source>%n group(s) of possible duplicates.</source>
        <translation>
            <numerusform>%n group(s) of possible duplicates.</numerusform>
            <numerusform>%n group(s) of possible duplicates.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/duplicates.py" line="116" />
        <source>Enterprise</source>
        <translation>Enterprise</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/duplicates.py" line="116" />
        <source>Individual</source>
        <translation>Individual</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/duplicates.py" line="117" />
        <source>Potential</source>
        <translation>Potential</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/duplicates.py" line="117" />
        <source>Closed deal</source>
        <translation>Closed deal</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/duplicates.py" line="118" />
        <source>Invalid</source>
        <translation>Invalid</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/duplicates.py" line="128" />
        <source>(empty)</source>
        <translation>(empty)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/ui/customers/duplicates.py" line="150" />
        <source>Merged %n customer(s) into one (Ctrl+Z undoes it).</source>
        <translation>
            <numerusform>Merged %n customer(s) into one (Ctrl+Z undoes it).</numerusform>
            <numerusform>Merged %n customer(s) into one (Ctrl+Z undoes it).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EditValueDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/sync/inbox.py" line="116" />
        <source>Choose the value</source>
        <translation>Choose the value</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/inbox.py" line="125" />
        <source>%1 of %2:</source>
        <translation>%1 of %2:</translation>
    </message>
</context>
<context>
    <name>EmailSendDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/marketing/email_send.py" line="56" />
        <source>Send e-mail campaign</source>
        <translation>Send e-mail campaign</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/email_send.py" line="64" />
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/email_send.py" line="65" />
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/email_send.py" line="66" />
        <source>Send</source>
        <translation>Send</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/email_send.py" line="98" />
        <source>Template:</source>
        <translation>Template:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/email_send.py" line="99" />
        <source>Subject:</source>
        <translation>Subject:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/email_send.py" line="103" />
        <source>Preview (filled for a sample recipient):</source>
        <translation>Preview (filled for a sample recipient):</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/email_send.py" line="127" />
        <location filename="../../crm_desktop/ui/marketing/email_send.py" line="338" />
        <source>There is no e-mail template yet.</source>
        <translation>There is no e-mail template yet.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/email_send.py" line="138" />
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/email_send.py" line="138" />
        <source>Body</source>
        <translation>Body</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/email_send.py" line="140" />
        <source>Unknown merge field {{%1}}; use {{name}}, {{company}}, {{owner}} or {{unsubscribe}}.</source>
        <translation>Unknown merge field {{%1}}; use {{name}}, {{company}}, {{owner}} or {{unsubscribe}}.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/email_send.py" line="143" />
        <source>A merge field is not closed with }} (at character %1).</source>
        <translation>A merge field is not closed with }} (at character %1).</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/email_send.py" line="146" />
        <source>The subject must be one line.</source>
        <translation>The subject must be one line.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/email_send.py" line="160" />
        <source>None (plain text)</source>
        <translation>None (plain text)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/email_send.py" line="160" />
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/email_send.py" line="161" />
        <source>SSL/TLS</source>
        <translation>SSL/TLS</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/email_send.py" line="177" />
        <source>No limit</source>
        <translation>No limit</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/email_send.py" line="178" />
        <source> per minute</source>
        <translation> per minute</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/email_send.py" line="181" />
        <source>Optional: a CA certificate file (PEM) to trust</source>
        <translation>Optional: a CA certificate file (PEM) to trust</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/email_send.py" line="184" />
        <source>Optional: https://…?e={email} (default: a reply by e-mail)</source>
        <translation>Optional: https://…?e={email} (default: a reply by e-mail)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/email_send.py" line="185" />
        <source>Save settings</source>
        <translation>Save settings</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/email_send.py" line="188" />
        <source>Test connection</source>
        <translation>Test connection</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/email_send.py" line="195" />
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/email_send.py" line="196" />
        <source>Port:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/email_send.py" line="197" />
        <source>Security:</source>
        <translation>Security:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/email_send.py" line="198" />
        <source>User name:</source>
        <translation>User name:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/email_send.py" line="199" />
        <source>Password:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/email_send.py" line="200" />
        <source>Sender address:</source>
        <translation>Sender address:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/email_send.py" line="201" />
        <source>Sender name:</source>
        <translation>Sender name:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/email_send.py" line="202" />
        <source>Send at most:</source>
        <translation>Send at most:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/email_send.py" line="203" />
        <source>Trusted CA:</source>
        <translation>Trusted CA:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/email_send.py" line="204" />
        <source>Unsubscribe link:</source>
        <translation>Unsubscribe link:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/email_send.py" line="229" />
        <location filename="../../crm_desktop/ui/marketing/email_send.py" line="269" />
        <source>Kept in the system keyring</source>
        <translation>Kept in the system keyring</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/email_send.py" line="265" />
        <source>Settings saved.</source>
        <translation>Settings saved.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/email_send.py" line="271" />
        <source>There is no system keyring: the password is not stored, and you will be asked for it each time.</source>
        <translation>There is no system keyring: the password is not stored, and you will be asked for it each time.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/email_send.py" line="280" />
        <source>Connecting…</source>
        <translation>Connecting…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/email_send.py" line="287" />
        <source>The server accepted the connection and the sign-in.</source>
        <translation>The server accepted the connection and the sign-in.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/email_send.py" line="296" />
        <source>Send now</source>
        <translation>Send now</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/email_send.py" line="299" />
        <source>Cancel sending</source>
        <translation>Cancel sending</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/email_send.py" line="311" />
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/email_send.py" line="311" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/email_send.py" line="311" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/email_send.py" line="312" />
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/email_send.py" line="312" />
        <source>Attempts</source>
        <translation>Attempts</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/email_send.py" line="343" />
        <source>The server settings on the Server tab could not be saved; nothing was sent.</source>
        <translation>The server settings on the Server tab could not be saved; nothing was sent.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/email_send.py" line="357" />
        <source>Preparing the recipient list…</source>
        <translation>Preparing the recipient list…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/email_send.py" line="373" />
        <source>Stopping after the current message…</source>
        <translation>Stopping after the current message…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/email_send.py" line="379" />
        <source>Sending: %1 of %2</source>
        <translation>Sending: %1 of %2</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/email_send.py" line="392" />
        <source>Sent: %1, failed: %2, skipped (unsubscribed): %3, still queued: %4.</source>
        <translation>Sent: %1, failed: %2, skipped (unsubscribed): %3, still queued: %4.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/email_send.py" line="396" />
        <source>Not sent from here because another desk is sending them or has sent them: %1. Their status arrives with the next sync.</source>
        <translation>Not sent from here because another desk is sending them or has sent them: %1. Their status arrives with the next sync.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/email_send.py" line="400" />
        <location filename="../../crm_desktop/ui/marketing/email_send.py" line="417" />
        <source>Sending was cancelled; the rest is still queued.</source>
        <translation>Sending was cancelled; the rest is still queued.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/email_send.py" line="402" />
        <source>Sending stopped: %1</source>
        <translation>Sending stopped: %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/email_send.py" line="404" />
        <source>%1 message(s) may or may not have arrived (an earlier run was interrupted, or the connection broke while sending). They are not sent again; check them by their Message-ID before sending again.</source>
        <translation>%1 message(s) may or may not have arrived (an earlier run was interrupted, or the connection broke while sending). They are not sent again; check them by their Message-ID before sending again.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/email_send.py" line="436" />
        <source>Queued</source>
        <translation>Queued</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/email_send.py" line="436" />
        <source>Sending</source>
        <translation>Sending</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/email_send.py" line="436" />
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/email_send.py" line="437" />
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/email_send.py" line="437" />
        <source>Skipped</source>
        <translation>Skipped</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/email_send.py" line="446" />
        <source>Interrupted while sending: it may have arrived; not sent again</source>
        <translation>Interrupted while sending: it may have arrived; not sent again</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/email_send.py" line="448" />
        <source>Unsubscribed</source>
        <translation>Unsubscribed</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/email_send.py" line="450" />
        <source>Another desk sends it (reserved on the server): not sent from here</source>
        <translation>Another desk sends it (reserved on the server): not sent from here</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/email_send.py" line="452" />
        <source>Cannot reach the CRM server to reserve the recipients; the rest is still queued</source>
        <translation>Cannot reach the CRM server to reserve the recipients; the rest is still queued</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/email_send.py" line="454" />
        <source>The CRM server refused to reserve the recipients; the rest is still queued</source>
        <translation>The CRM server refused to reserve the recipients; the rest is still queued</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/email_send.py" line="456" />
        <source>Connection lost while sending: it may have arrived; not sent again</source>
        <translation>Connection lost while sending: it may have arrived; not sent again</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/email_send.py" line="458" />
        <source>The server refused the address</source>
        <translation>The server refused the address</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/email_send.py" line="459" />
        <source>The server refused the message</source>
        <translation>The server refused the message</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/email_send.py" line="460" />
        <source>The server refused the sender address</source>
        <translation>The server refused the sender address</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/email_send.py" line="461" />
        <source>Not a valid e-mail address</source>
        <translation>Not a valid e-mail address</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/email_send.py" line="462" />
        <source>Cannot reach the mail server</source>
        <translation>Cannot reach the mail server</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/email_send.py" line="463" />
        <source>The mail server closed the connection</source>
        <translation>The mail server closed the connection</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/email_send.py" line="464" />
        <source>The mail server did not answer in time</source>
        <translation>The mail server did not answer in time</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/email_send.py" line="465" />
        <source>The secure connection (TLS) failed</source>
        <translation>The secure connection (TLS) failed</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/email_send.py" line="466" />
        <source>The server&apos;s certificate is not trusted</source>
        <translation>The server&apos;s certificate is not trusted</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/email_send.py" line="467" />
        <source>The server does not offer STARTTLS</source>
        <translation>The server does not offer STARTTLS</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/email_send.py" line="468" />
        <source>The server refused the user name or password</source>
        <translation>The server refused the user name or password</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/email_send.py" line="469" />
        <source>The server does not accept a sign-in</source>
        <translation>The server does not accept a sign-in</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/email_send.py" line="481" />
        <source>Enter and save the mail server settings first.</source>
        <translation>Enter and save the mail server settings first.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/email_send.py" line="482" />
        <source>Enter the mail server password.</source>
        <translation>Enter the mail server password.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/email_send.py" line="483" />
        <source>Choose a template first.</source>
        <translation>Choose a template first.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/email_send.py" line="484" />
        <source>This campaign is being sent already.</source>
        <translation>This campaign is being sent already.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/email_send.py" line="485" />
        <source>Cannot reach the CRM server, which makes sure no other desk sends the same message. Nothing was sent; try again when connected.</source>
        <translation>Cannot reach the CRM server, which makes sure no other desk sends the same message. Nothing was sent; try again when connected.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/email_send.py" line="488" />
        <source>The CRM server refused to reserve the recipients (check the server sign-in and your right to send campaigns). Nothing was sent.</source>
        <translation>The CRM server refused to reserve the recipients (check the server sign-in and your right to send campaigns). Nothing was sent.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/email_send.py" line="499" />
        <source>The server settings have changes that are not saved. Save them first?</source>
        <translation>The server settings have changes that are not saved. Save them first?</translation>
    </message>
</context>
<context>
    <name>ExportJob</name>
    <message>
        <location filename="../../crm_desktop/ui/audit/export_job.py" line="39" />
        <source>CSV file (*.csv)</source>
        <translation>CSV file (*.csv)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/audit/export_job.py" line="39" />
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/audit/export_job.py" line="54" />
        <source>An export is already running.</source>
        <translation>An export is already running.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/audit/export_job.py" line="60" />
        <source>Exporting to %1…</source>
        <translation>Exporting to %1…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/audit/export_job.py" line="61" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/audit/export_job.py" line="93" />
        <source>Exported %1 line(s) to %2</source>
        <translation>Exported %1 line(s) to %2</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/audit/export_job.py" line="99" />
        <source>Export cancelled.</source>
        <translation>Export cancelled.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/audit/export_job.py" line="103" />
        <source>Export</source>
        <translation>Export</translation>
    </message>
</context>
<context>
    <name>FieldRule</name>
    <message>
        <location filename="../../crm_desktop/ui/admin/roles.py" line="22" />
        <source>Hidden</source>
        <translation>Hidden</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/roles.py" line="22" />
        <source>Masked</source>
        <translation>Masked</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/roles.py" line="23" />
        <source>Read-only</source>
        <translation>Read-only</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/roles.py" line="24" />
        <source>Editable</source>
        <translation>Editable</translation>
    </message>
</context>
<context>
    <name>FieldVisitDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/tickets/form.py" line="509" />
        <source>Field visit</source>
        <translation>Field visit</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tickets/form.py" line="515" />
        <source>Part</source>
        <translation>Part</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tickets/form.py" line="515" />
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tickets/form.py" line="516" />
        <source>Add part</source>
        <translation>Add part</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tickets/form.py" line="519" />
        <source>Name of the customer who signs off</source>
        <translation>Name of the customer who signs off</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tickets/form.py" line="520" />
        <source>Work completed (resolves the ticket)</source>
        <translation>Work completed (resolves the ticket)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tickets/form.py" line="522" />
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tickets/form.py" line="523" />
        <source>Parts used</source>
        <translation>Parts used</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tickets/form.py" line="525" />
        <source>Signed off by</source>
        <translation>Signed off by</translation>
    </message>
</context>
<context>
    <name>FillDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/marketing/segments.py" line="281" />
        <source>Add customers from a filter</source>
        <translation>Add customers from a filter</translation>
    </message>
</context>
<context>
    <name>FilterBox</name>
    <message>
        <location filename="../../crm_desktop/ui/marketing/segments.py" line="86" />
        <source>Customers who match</source>
        <translation>Customers who match</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/segments.py" line="91" />
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/segments.py" line="91" />
        <source>Any level</source>
        <translation>Any level</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/segments.py" line="93" />
        <source>Industry</source>
        <translation>Industry</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/segments.py" line="93" />
        <source>Any industry</source>
        <translation>Any industry</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/segments.py" line="95" />
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/segments.py" line="95" />
        <source>Any city</source>
        <translation>Any city</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/segments.py" line="97" />
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/segments.py" line="97" />
        <source>Any source</source>
        <translation>Any source</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/segments.py" line="99" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/segments.py" line="99" />
        <source>Any status</source>
        <translation>Any status</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/segments.py" line="101" />
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/segments.py" line="101" />
        <source>Any owner</source>
        <translation>Any owner</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/segments.py" line="103" />
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/segments.py" line="103" />
        <source>Any tag</source>
        <translation>Any tag</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/segments.py" line="107" />
        <source>Matching now</source>
        <translation>Matching now</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/segments.py" line="157" />
        <source>counting…</source>
        <translation>counting…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/segments.py" line="176" />
        <source>%1 customer(s)</source>
        <translation>%1 customer(s)</translation>
    </message>
</context>
<context>
    <name>FirstAdminDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/login/dialogs.py" line="255" />
        <source>Set up the administrator</source>
        <translation>Set up the administrator</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/login/dialogs.py" line="258" />
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/login/dialogs.py" line="260" />
        <source>Display name</source>
        <translation>Display name</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/login/dialogs.py" line="260" />
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/login/dialogs.py" line="262" />
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/login/dialogs.py" line="263" />
        <source>Repeat password</source>
        <translation>Repeat password</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/login/dialogs.py" line="264" />
        <source>This is a new database. Choose the administrator&apos;s user name and password (at least 8 characters, not containing the user name). The administrator then creates the other users.</source>
        <translation>This is a new database. Choose the administrator&apos;s user name and password (at least 8 characters, not containing the user name). The administrator then creates the other users.</translation>
    </message>
</context>
<context>
    <name>FollowUpReminders</name>
    <message>
        <location filename="../../crm_desktop/ui/reminders.py" line="71" />
        <source>Reminder</source>
        <translation>Reminder</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/ui/reminders.py" line="71" />
        <source>%n task(s) coming up: %1</source>
        <translation>
            <numerusform>%n task coming up: %1</numerusform>
            <numerusform>%n tasks coming up: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reminders.py" line="80" />
        <source>Approvals waiting</source>
        <translation>Approvals waiting</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/ui/reminders.py" line="81" />
        <source>%n request(s) wait for your approval: %1</source>
        <translation>
            <numerusform>%n request wait for your approval: %1</numerusform>
            <numerusform>%n requests wait for your approval: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reminders.py" line="90" />
        <source>Receivables due</source>
        <translation>Receivables due</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/ui/reminders.py" line="91" />
        <source>%n instalment(s) due or overdue: %1</source>
        <translation>
            <numerusform>%n instalment due or overdue: %1</numerusform>
            <numerusform>%n instalments due or overdue: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/ui/reminders.py" line="100" />
        <source>%n follow-up(s) due: %1</source>
        <translation>
            <numerusform>%n follow-up(s) due: %1</numerusform>
            <numerusform>%n follow-up(s) due: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reminders.py" line="101" />
        <source>Follow-ups due</source>
        <translation>Follow-ups due</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/customers/import_dialog.py" line="74" />
        <location filename="../../crm_desktop/ui/customers/import_dialog.py" line="151" />
        <source>Import customers</source>
        <translation>Import customers</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/import_dialog.py" line="84" />
        <source>A .csv, .xlsx, .xls or .vcf file (or drop one here)</source>
        <translation>A .csv, .xlsx, .xls or .vcf file (or drop one here)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/import_dialog.py" line="86" />
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/import_dialog.py" line="90" />
        <source>Detect from the header</source>
        <translation>Detect from the header</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/import_dialog.py" line="92" />
        <source>WukongCRM template</source>
        <translation>WukongCRM template</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/import_dialog.py" line="98" />
        <source>Skip the row</source>
        <translation>Skip the row</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/import_dialog.py" line="98" />
        <source>Update the customer</source>
        <translation>Update the customer</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/import_dialog.py" line="99" />
        <source>Create a new customer</source>
        <translation>Create a new customer</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/import_dialog.py" line="105" />
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/import_dialog.py" line="106" />
        <source>Columns of</source>
        <translation>Columns of</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/import_dialog.py" line="107" />
        <source>When a row matches a customer</source>
        <translation>When a row matches a customer</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/import_dialog.py" line="114" />
        <source>Column in the file</source>
        <translation>Column in the file</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/import_dialog.py" line="114" />
        <source>First value</source>
        <translation>First value</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/import_dialog.py" line="115" />
        <source>Imported as</source>
        <translation>Imported as</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/import_dialog.py" line="129" />
        <source>Open the error report</source>
        <translation>Open the error report</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/import_dialog.py" line="134" />
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/import_dialog.py" line="152" />
        <source>Customer files (*.csv *.txt *.xlsx *.xls *.vcf)</source>
        <translation>Customer files (*.csv *.txt *.xlsx *.xls *.vcf)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/import_dialog.py" line="181" />
        <source>comma</source>
        <translation>comma</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/import_dialog.py" line="181" />
        <source>semicolon</source>
        <translation>semicolon</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/import_dialog.py" line="182" />
        <source>tab</source>
        <translation>tab</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/import_dialog.py" line="184" />
        <source>%1 — %2 columns; the first %3 rows below; %4 of them match existing customers.</source>
        <translation>%1 — %2 columns; the first %3 rows below; %4 of them match existing customers.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/import_dialog.py" line="203" />
        <source>— not imported —</source>
        <translation>— not imported —</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/import_dialog.py" line="214" />
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/import_dialog.py" line="214" />
        <source>Matches</source>
        <translation>Matches</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/import_dialog.py" line="214" />
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/import_dialog.py" line="224" />
        <source>as chosen above</source>
        <translation>as chosen above</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/import_dialog.py" line="225" />
        <source>skip</source>
        <translation>skip</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/import_dialog.py" line="225" />
        <source>update</source>
        <translation>update</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/import_dialog.py" line="226" />
        <source>create new</source>
        <translation>create new</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/import_dialog.py" line="254" />
        <source>Importing %1…</source>
        <translation>Importing %1…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/import_dialog.py" line="254" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/import_dialog.py" line="280" />
        <source>Imported %1, updated %2, skipped %3 (duplicates found: %4); %5 row(s) could not be imported, %6 value(s) kept in the notes.</source>
        <translation>Imported %1, updated %2, skipped %3 (duplicates found: %4); %5 row(s) could not be imported, %6 value(s) kept in the notes.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/import_dialog.py" line="291" />
        <source>Stopped. What was imported stays; importing the same file again continues where it stopped.</source>
        <translation>Stopped. What was imported stays; importing the same file again continues where it stopped.</translation>
    </message>
</context>
<context>
    <name>ImportTargets</name>
    <message>
        <location filename="../../crm_desktop/ui/customers/import_dialog.py" line="26" />
        <source>Customer: name</source>
        <translation>Customer: name</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/import_dialog.py" line="27" />
        <source>Customer: short name</source>
        <translation>Customer: short name</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/import_dialog.py" line="28" />
        <source>Customer: type</source>
        <translation>Customer: type</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/import_dialog.py" line="29" />
        <source>Customer: level</source>
        <translation>Customer: level</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/import_dialog.py" line="30" />
        <source>Customer: industry</source>
        <translation>Customer: industry</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/import_dialog.py" line="31" />
        <source>Customer: source</source>
        <translation>Customer: source</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/import_dialog.py" line="32" />
        <source>Customer: status</source>
        <translation>Customer: status</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/import_dialog.py" line="33" />
        <source>Customer: province</source>
        <translation>Customer: province</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/import_dialog.py" line="34" />
        <source>Customer: city</source>
        <translation>Customer: city</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/import_dialog.py" line="35" />
        <source>Customer: district</source>
        <translation>Customer: district</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/import_dialog.py" line="36" />
        <source>Customer: address</source>
        <translation>Customer: address</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/import_dialog.py" line="37" />
        <source>Customer: phone</source>
        <translation>Customer: phone</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/import_dialog.py" line="38" />
        <source>Customer: mobile</source>
        <translation>Customer: mobile</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/import_dialog.py" line="39" />
        <source>Customer: e-mail</source>
        <translation>Customer: e-mail</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/import_dialog.py" line="40" />
        <source>Customer: website</source>
        <translation>Customer: website</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/import_dialog.py" line="41" />
        <source>Customer: credit code</source>
        <translation>Customer: credit code</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/import_dialog.py" line="42" />
        <source>Customer: notes</source>
        <translation>Customer: notes</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/import_dialog.py" line="43" />
        <source>Customer: next follow-up</source>
        <translation>Customer: next follow-up</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/import_dialog.py" line="44" />
        <source>Customer: tags</source>
        <translation>Customer: tags</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/import_dialog.py" line="45" />
        <source>Contact: name</source>
        <translation>Contact: name</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/import_dialog.py" line="46" />
        <source>Contact: title</source>
        <translation>Contact: title</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/import_dialog.py" line="47" />
        <source>Contact: department</source>
        <translation>Contact: department</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/import_dialog.py" line="48" />
        <source>Contact: phone</source>
        <translation>Contact: phone</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/import_dialog.py" line="49" />
        <source>Contact: mobile</source>
        <translation>Contact: mobile</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/import_dialog.py" line="50" />
        <source>Contact: e-mail</source>
        <translation>Contact: e-mail</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/import_dialog.py" line="51" />
        <source>Contact: WeChat</source>
        <translation>Contact: WeChat</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/import_dialog.py" line="52" />
        <source>Contact: birthday</source>
        <translation>Contact: birthday</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/import_dialog.py" line="53" />
        <source>Contact: notes</source>
        <translation>Contact: notes</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/import_dialog.py" line="54" />
        <source>Country (for reading phone numbers)</source>
        <translation>Country (for reading phone numbers)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/import_dialog.py" line="56" />
        <source>same phone</source>
        <translation>same phone</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/import_dialog.py" line="57" />
        <source>same e-mail</source>
        <translation>same e-mail</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/import_dialog.py" line="58" />
        <source>same credit code</source>
        <translation>same credit code</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/import_dialog.py" line="59" />
        <source>same name</source>
        <translation>same name</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/import_dialog.py" line="60" />
        <source>similar name</source>
        <translation>similar name</translation>
    </message>
</context>
<context>
    <name>InvoiceDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/contracts/dialogs.py" line="175" />
        <source>Add invoice</source>
        <translation>Add invoice</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/contracts/dialogs.py" line="176" />
        <source>Title type</source>
        <translation>Title type</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/contracts/dialogs.py" line="177" />
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/contracts/dialogs.py" line="178" />
        <source>Individual</source>
        <translation>Individual</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/contracts/dialogs.py" line="179" />
        <source>Invoice title</source>
        <translation>Invoice title</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/contracts/dialogs.py" line="180" />
        <source>Tax number</source>
        <translation>Tax number</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/contracts/dialogs.py" line="181" />
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
</context>
<context>
    <name>IssueTableModel</name>
    <message>
        <location filename="../../crm_desktop/ui/sync/inbox.py" line="24" />
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/inbox.py" line="25" />
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/inbox.py" line="26" />
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/inbox.py" line="27" />
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/inbox.py" line="28" />
        <source>My value</source>
        <translation>My value</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/inbox.py" line="29" />
        <source>Their value</source>
        <translation>Their value</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/inbox.py" line="30" />
        <source>Now stands</source>
        <translation>Now stands</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/inbox.py" line="31" />
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/inbox.py" line="33" />
        <source>Conflict</source>
        <translation>Conflict</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/inbox.py" line="34" />
        <source>Refused</source>
        <translation>Refused</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/inbox.py" line="53" />
        <source>Mine: %1</source>
        <translation>Mine: %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/inbox.py" line="54" />
        <source>Theirs: %1</source>
        <translation>Theirs: %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/inbox.py" line="60" />
        <source>Rolled back to the server&apos;s data</source>
        <translation>Rolled back to the server&apos;s data</translation>
    </message>
</context>
<context>
    <name>KanbanBoard</name>
    <message>
        <location filename="../../crm_desktop/ui/sales/board.py" line="319" />
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sales/board.py" line="322" />
        <source>New task…</source>
        <translation>New task…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sales/board.py" line="323" />
        <source>Move to</source>
        <translation>Move to</translation>
    </message>
</context>
<context>
    <name>KnowledgeScreen</name>
    <message>
        <location filename="../../crm_desktop/ui/knowledge/screen.py" line="66" />
        <source>Categories</source>
        <translation>Categories</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/knowledge/screen.py" line="68" />
        <source>Add category…</source>
        <translation>Add category…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/knowledge/screen.py" line="71" />
        <source>Rename…</source>
        <translation>Rename…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/knowledge/screen.py" line="74" />
        <location filename="../../crm_desktop/ui/knowledge/screen.py" line="203" />
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/knowledge/screen.py" line="93" />
        <source>Search articles (Ctrl+F)…</source>
        <translation>Search articles (Ctrl+F)…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/knowledge/screen.py" line="102" />
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/knowledge/screen.py" line="107" />
        <source>New article</source>
        <translation>New article</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/knowledge/screen.py" line="149" />
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/knowledge/screen.py" line="152" />
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/knowledge/screen.py" line="154" />
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/knowledge/screen.py" line="159" />
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/knowledge/screen.py" line="161" />
        <source>Separated by commas or spaces</source>
        <translation>Separated by commas or spaces</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/knowledge/screen.py" line="162" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/knowledge/screen.py" line="168" />
        <source>Bold</source>
        <translation>Bold</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/knowledge/screen.py" line="173" />
        <source>Italic</source>
        <translation>Italic</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/knowledge/screen.py" line="178" />
        <source>Bulleted list</source>
        <translation>Bulleted list</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/knowledge/screen.py" line="193" />
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/knowledge/screen.py" line="197" />
        <source>Publish</source>
        <translation>Publish</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/knowledge/screen.py" line="200" />
        <source>Archive</source>
        <translation>Archive</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/knowledge/screen.py" line="269" />
        <source>All articles</source>
        <translation>All articles</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/knowledge/screen.py" line="156" />
        <location filename="../../crm_desktop/ui/knowledge/screen.py" line="290" />
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/knowledge/screen.py" line="314" />
        <source>Add category</source>
        <translation>Add category</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/knowledge/screen.py" line="314" />
        <location filename="../../crm_desktop/ui/knowledge/screen.py" line="324" />
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/knowledge/screen.py" line="317" />
        <source>Category added.</source>
        <translation>Category added.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/knowledge/screen.py" line="324" />
        <source>Rename category</source>
        <translation>Rename category</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/knowledge/screen.py" line="327" />
        <source>Category renamed.</source>
        <translation>Category renamed.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/knowledge/screen.py" line="332" />
        <source>Category deleted.</source>
        <translation>Category deleted.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/ui/knowledge/screen.py" line="345" />
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n article</numerusform>
            <numerusform>%n articles</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/knowledge/screen.py" line="383" />
        <source>This article has changes that are not saved. Save them first?</source>
        <translation>This article has changes that are not saved. Save them first?</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/knowledge/screen.py" line="401" />
        <source>Helped %1 time(s)</source>
        <translation>Helped %1 time(s)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/knowledge/screen.py" line="474" />
        <source>Article saved.</source>
        <translation>Article saved.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/knowledge/screen.py" line="479" />
        <source>Article published.</source>
        <translation>Article published.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/knowledge/screen.py" line="483" />
        <source>Article archived.</source>
        <translation>Article archived.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/knowledge/screen.py" line="502" />
        <source>Delete article</source>
        <translation>Delete article</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/knowledge/screen.py" line="503" />
        <source>Move the article “%1” to the recycle bin?</source>
        <translation>Move the article “%1” to the recycle bin?</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/knowledge/screen.py" line="508" />
        <source>Article deleted.</source>
        <translation>Article deleted.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/knowledge/screen.py" line="548" />
        <source>The category still holds %1 article(s); move or delete them first.</source>
        <translation>The category still holds %1 article(s); move or delete them first.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/knowledge/screen.py" line="551" />
        <source>The category still has %1 sub-category(ies); delete or move them first.</source>
        <translation>The category still has %1 sub-category(ies); delete or move them first.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/knowledge/screen.py" line="554" />
        <source>A category cannot go under itself or one of its sub-categories.</source>
        <translation>A category cannot go under itself or one of its sub-categories.</translation>
    </message>
</context>
<context>
    <name>KpiTile</name>
    <message>
        <location filename="../../crm_desktop/ui/reports/dashboard.py" line="78" />
        <source>No earlier figure</source>
        <translation>No earlier figure</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/dashboard.py" line="78" />
        <source>Nothing to measure yet</source>
        <translation>Nothing to measure yet</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/dashboard.py" line="83" />
        <source>%1 vs previous period</source>
        <translation>%1 vs previous period</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/dashboard.py" line="85" />
        <source>Previous period: %1</source>
        <translation>Previous period: %1</translation>
    </message>
</context>
<context>
    <name>LeadDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/leads/screen.py" line="42" />
        <source>New lead</source>
        <translation>New lead</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/leads/screen.py" line="45" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/leads/screen.py" line="46" />
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/leads/screen.py" line="47" />
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/leads/screen.py" line="48" />
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/leads/screen.py" line="49" />
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/leads/screen.py" line="50" />
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/leads/screen.py" line="53" />
        <source>Province</source>
        <translation>Province</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/leads/screen.py" line="54" />
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/leads/screen.py" line="55" />
        <source>Put it in the lead pool</source>
        <translation>Put it in the lead pool</translation>
    </message>
</context>
<context>
    <name>LeadsScreen</name>
    <message>
        <location filename="../../crm_desktop/ui/leads/screen.py" line="148" />
        <source>My leads</source>
        <translation>My leads</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/leads/screen.py" line="149" />
        <source>Lead pool</source>
        <translation>Lead pool</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/leads/screen.py" line="152" />
        <source>&amp;New lead…</source>
        <translation>&amp;New lead…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/leads/screen.py" line="153" />
        <source>&amp;Claim</source>
        <translation>&amp;Claim</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/leads/screen.py" line="154" />
        <source>&amp;Assign…</source>
        <translation>&amp;Assign…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/leads/screen.py" line="155" />
        <source>C&amp;onvert…</source>
        <translation>C&amp;onvert…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/leads/screen.py" line="161" />
        <source>Mark as</source>
        <translation>Mark as</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/leads/screen.py" line="184" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/leads/screen.py" line="184" />
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/leads/screen.py" line="184" />
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/leads/screen.py" line="184" />
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/leads/screen.py" line="185" />
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/leads/screen.py" line="185" />
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/leads/screen.py" line="185" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/leads/screen.py" line="185" />
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/leads/screen.py" line="243" />
        <source>Status changed.</source>
        <translation>Status changed.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/leads/screen.py" line="248" />
        <source>Claimed.</source>
        <translation>Claimed.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/leads/screen.py" line="254" />
        <source>Assign</source>
        <translation>Assign</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/leads/screen.py" line="254" />
        <source>Owner&apos;s sign-in name (empty: the pool):</source>
        <translation>Owner&apos;s sign-in name (empty: the pool):</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/leads/screen.py" line="259" />
        <source>No such user: %1</source>
        <translation>No such user: %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/leads/screen.py" line="261" />
        <source>Assigned.</source>
        <translation>Assigned.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/leads/screen.py" line="266" />
        <source>Choose one lead to convert.</source>
        <translation>Choose one lead to convert.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/leads/screen.py" line="277" />
        <source>Converted.</source>
        <translation>Converted.</translation>
    </message>
</context>
<context>
    <name>ListsAndPoolsTab</name>
    <message>
        <location filename="../../crm_desktop/ui/admin/lists_pools.py" line="44" />
        <location filename="../../crm_desktop/ui/admin/lists_pools.py" line="51" />
        <source>Classification lists</source>
        <translation>Classification lists</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/lists_pools.py" line="54" />
        <source>Industries</source>
        <translation>Industries</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/lists_pools.py" line="54" />
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/lists_pools.py" line="54" />
        <source>Levels</source>
        <translation>Levels</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/lists_pools.py" line="60" />
        <source>Add…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/lists_pools.py" line="60" />
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/lists_pools.py" line="61" />
        <source>Save list</source>
        <translation>Save list</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/lists_pools.py" line="76" />
        <source>Drag entries to reorder. Records keep their text when an entry is removed.</source>
        <translation>Drag entries to reorder. Records keep their text when an entry is removed.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/lists_pools.py" line="97" />
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/lists_pools.py" line="97" />
        <source>New entry:</source>
        <translation>New entry:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/lists_pools.py" line="112" />
        <source>List saved.</source>
        <translation>List saved.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/lists_pools.py" line="46" />
        <location filename="../../crm_desktop/ui/admin/lists_pools.py" line="160" />
        <source>Public pools</source>
        <translation>Public pools</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/lists_pools.py" line="166" />
        <source>Default pool (customers of departments no other pool lists)</source>
        <translation>Default pool (customers of departments no other pool lists)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/lists_pools.py" line="122" />
        <location filename="../../crm_desktop/ui/admin/lists_pools.py" line="168" />
        <location filename="../../crm_desktop/ui/admin/lists_pools.py" line="169" />
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/lists_pools.py" line="45" />
        <location filename="../../crm_desktop/ui/admin/lists_pools.py" line="118" />
        <source>Churn warning</source>
        <translation>Churn warning</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/lists_pools.py" line="123" />
        <source>off</source>
        <translation>off</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/lists_pools.py" line="125" />
        <source>Save thresholds</source>
        <translation>Save thresholds</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/lists_pools.py" line="130" />
        <source>No follow-up for</source>
        <translation>No follow-up for</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/lists_pools.py" line="131" />
        <source>No deal for</source>
        <translation>No deal for</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/lists_pools.py" line="132" />
        <source>Overdue receivables</source>
        <translation>Overdue receivables</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/lists_pools.py" line="155" />
        <source>Churn warning thresholds saved.</source>
        <translation>Churn warning thresholds saved.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/lists_pools.py" line="172" />
        <source>no limit</source>
        <translation>no limit</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/lists_pools.py" line="176" />
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/lists_pools.py" line="176" />
        <source>No follow-up for (days)</source>
        <translation>No follow-up for (days)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/lists_pools.py" line="177" />
        <source>No deal for (days)</source>
        <translation>No deal for (days)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/lists_pools.py" line="183" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/lists_pools.py" line="185" />
        <source>Return rules (0: no rule; * : any other level)</source>
        <translation>Return rules (0: no rule; * : any other level)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/lists_pools.py" line="186" />
        <source>Warn the owner before</source>
        <translation>Warn the owner before</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/lists_pools.py" line="187" />
        <source>Most customers a user may own</source>
        <translation>Most customers a user may own</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/lists_pools.py" line="188" />
        <source>Wait before a previous owner reclaims</source>
        <translation>Wait before a previous owner reclaims</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/lists_pools.py" line="189" />
        <source>Departments whose customers return here</source>
        <translation>Departments whose customers return here</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/lists_pools.py" line="190" />
        <source>New pool</source>
        <translation>New pool</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/lists_pools.py" line="190" />
        <source>Save pool</source>
        <translation>Save pool</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/lists_pools.py" line="191" />
        <source>Delete pool</source>
        <translation>Delete pool</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/lists_pools.py" line="223" />
        <source> (default)</source>
        <translation> (default)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/lists_pools.py" line="242" />
        <source>This pool has changes that are not saved. Save them first?</source>
        <translation>This pool has changes that are not saved. Save them first?</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/lists_pools.py" line="326" />
        <source>Pool saved.</source>
        <translation>Pool saved.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/login/dialogs.py" line="60" />
        <source>Sign in to CRM Desktop</source>
        <translation>Sign in to CRM Desktop</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/login/dialogs.py" line="74" />
        <source>New picture</source>
        <translation>New picture</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/login/dialogs.py" line="87" />
        <source>Remember me on this computer</source>
        <translation>Remember me on this computer</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/login/dialogs.py" line="89" />
        <source>This system has no keyring, so “Remember me” is not available: you will be asked to sign in each time. Passwords are never written to a file.</source>
        <translation>This system has no keyring, so “Remember me” is not available: you will be asked to sign in each time. Passwords are never written to a file.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/login/dialogs.py" line="100" />
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/login/dialogs.py" line="101" />
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/login/dialogs.py" line="102" />
        <source>Characters shown</source>
        <translation>Characters shown</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/login/dialogs.py" line="103" />
        <source>Verification code</source>
        <translation>Verification code</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/login/dialogs.py" line="108" />
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/login/dialogs.py" line="131" />
        <source>Enter your user name and password.</source>
        <translation>Enter your user name and password.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/login/dialogs.py" line="190" />
        <source>You can try again now.</source>
        <translation>You can try again now.</translation>
    </message>
</context>
<context>
    <name>LoyaltyPanel</name>
    <message>
        <location filename="../../crm_desktop/ui/marketing/loyalty.py" line="62" />
        <source>Redeem…</source>
        <translation>Redeem…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/loyalty.py" line="65" />
        <source>Adjust…</source>
        <translation>Adjust…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/loyalty.py" line="71" />
        <source>Show older entries</source>
        <translation>Show older entries</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/loyalty.py" line="77" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/loyalty.py" line="77" />
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/loyalty.py" line="77" />
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/loyalty.py" line="77" />
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/loyalty.py" line="78" />
        <source>Expires</source>
        <translation>Expires</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/loyalty.py" line="98" />
        <source>Earned</source>
        <translation>Earned</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/loyalty.py" line="98" />
        <source>Redeemed</source>
        <translation>Redeemed</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/loyalty.py" line="98" />
        <source>Expired</source>
        <translation>Expired</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/loyalty.py" line="99" />
        <source>Adjusted</source>
        <translation>Adjusted</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/loyalty.py" line="102" />
        <source>Points expired</source>
        <translation>Points expired</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/loyalty.py" line="102" />
        <source>Payment deleted</source>
        <translation>Payment deleted</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/loyalty.py" line="107" />
        <source>Only %1 points are available; %2 were asked for.</source>
        <translation>Only %1 points are available; %2 were asked for.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/loyalty.py" line="109" />
        <source>Give a reason for the adjustment.</source>
        <translation>Give a reason for the adjustment.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/loyalty.py" line="110" />
        <source>Enter a number of points other than zero.</source>
        <translation>Enter a number of points other than zero.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/loyalty.py" line="111" />
        <source>Enter a number of points above zero.</source>
        <translation>Enter a number of points above zero.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/loyalty.py" line="112" />
        <source>No active points rule for this event.</source>
        <translation>No active points rule for this event.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/loyalty.py" line="132" />
        <source>Loyalty not available</source>
        <translation>Loyalty not available</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/loyalty.py" line="138" />
        <source>Tier: %1</source>
        <translation>Tier: %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/loyalty.py" line="139" />
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/loyalty.py" line="140" />
        <source>Balance: %1 points</source>
        <translation>Balance: %1 points</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/loyalty.py" line="142" />
        <source>%1 points to %2</source>
        <translation>%1 points to %2</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/loyalty.py" line="145" />
        <source>Top tier</source>
        <translation>Top tier</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/loyalty.py" line="172" />
        <source>Redeem points</source>
        <translation>Redeem points</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/loyalty.py" line="176" />
        <source>Adjust points</source>
        <translation>Adjust points</translation>
    </message>
</context>
<context>
    <name>LoyaltyProgramScreen</name>
    <message>
        <location filename="../../crm_desktop/ui/marketing/loyalty_admin.py" line="53" />
        <source>Per amount paid</source>
        <translation>Per amount paid</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/loyalty_admin.py" line="54" />
        <source>Per event</source>
        <translation>Per event</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/loyalty_admin.py" line="55" />
        <source>Payment</source>
        <translation>Payment</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/loyalty_admin.py" line="56" />
        <source>Sign-up</source>
        <translation>Sign-up</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/loyalty_admin.py" line="57" />
        <source>Referral</source>
        <translation>Referral</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/loyalty_admin.py" line="58" />
        <source>Attended an event</source>
        <translation>Attended an event</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/loyalty_admin.py" line="59" />
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/loyalty_admin.py" line="60" />
        <source>Birthday</source>
        <translation>Birthday</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/loyalty_admin.py" line="61" />
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/loyalty_admin.py" line="284" />
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/loyalty_admin.py" line="284" />
        <source>Threshold (points)</source>
        <translation>Threshold (points)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/loyalty_admin.py" line="285" />
        <source>Benefits</source>
        <translation>Benefits</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/loyalty_admin.py" line="288" />
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/loyalty_admin.py" line="288" />
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/loyalty_admin.py" line="288" />
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/loyalty_admin.py" line="289" />
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/loyalty_admin.py" line="289" />
        <source>Currency</source>
        <translation>Currency</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/loyalty_admin.py" line="290" />
        <source>Expires after (days)</source>
        <translation>Expires after (days)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/loyalty_admin.py" line="290" />
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/loyalty_admin.py" line="309" />
        <source>&amp;New tier…</source>
        <translation>&amp;New tier…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/loyalty_admin.py" line="310" />
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/loyalty_admin.py" line="311" />
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/loyalty_admin.py" line="312" />
        <source>Move &amp;up</source>
        <translation>Move &amp;up</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/loyalty_admin.py" line="313" />
        <source>Move do&amp;wn</source>
        <translation>Move do&amp;wn</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/loyalty_admin.py" line="314" />
        <source>New &amp;rule…</source>
        <translation>New &amp;rule…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/loyalty_admin.py" line="315" />
        <source>Edit rule…</source>
        <translation>Edit rule…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/loyalty_admin.py" line="316" />
        <source>Delete rule</source>
        <translation>Delete rule</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/loyalty_admin.py" line="317" />
        <source>Recalculate tiers now</source>
        <translation>Recalculate tiers now</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/loyalty_admin.py" line="318" />
        <source>Expire points now</source>
        <translation>Expire points now</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/loyalty_admin.py" line="320" />
        <source>Tiers</source>
        <translation>Tiers</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/loyalty_admin.py" line="328" />
        <source>A customer holds the highest tier whose threshold the points earned in the last 12 months reach.</source>
        <translation>A customer holds the highest tier whose threshold the points earned in the last 12 months reach.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/loyalty_admin.py" line="333" />
        <source>Points rules</source>
        <translation>Points rules</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/loyalty_admin.py" line="360" />
        <source>%1 point(s) per %2</source>
        <translation>%1 point(s) per %2</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/loyalty_admin.py" line="364" />
        <source>Never</source>
        <translation>Never</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/loyalty_admin.py" line="424" />
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/loyalty_admin.py" line="424" />
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/loyalty_admin.py" line="457" />
        <location filename="../../crm_desktop/ui/marketing/loyalty_admin.py" line="469" />
        <source>Tier %1 saved.</source>
        <translation>Tier %1 saved.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/loyalty_admin.py" line="462" />
        <location filename="../../crm_desktop/ui/marketing/loyalty_admin.py" line="474" />
        <location filename="../../crm_desktop/ui/marketing/loyalty_admin.py" line="495" />
        <source>Select a tier first.</source>
        <translation>Select a tier first.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/loyalty_admin.py" line="477" />
        <source>Delete tier</source>
        <translation>Delete tier</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/loyalty_admin.py" line="478" />
        <source>Delete the tier %1? Customers holding it lose it at the next recalculation.</source>
        <translation>Delete the tier %1? Customers holding it lose it at the next recalculation.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/loyalty_admin.py" line="488" />
        <source>Tier %1 deleted.</source>
        <translation>Tier %1 deleted.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/loyalty_admin.py" line="525" />
        <location filename="../../crm_desktop/ui/marketing/loyalty_admin.py" line="537" />
        <source>Points rule saved.</source>
        <translation>Points rule saved.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/loyalty_admin.py" line="530" />
        <location filename="../../crm_desktop/ui/marketing/loyalty_admin.py" line="542" />
        <source>Select a rule first.</source>
        <translation>Select a rule first.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/loyalty_admin.py" line="544" />
        <source>Delete points rule</source>
        <translation>Delete points rule</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/loyalty_admin.py" line="545" />
        <source>Delete this points rule? Points already earned are kept.</source>
        <translation>Delete this points rule? Points already earned are kept.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/loyalty_admin.py" line="554" />
        <source>Points rule deleted.</source>
        <translation>Points rule deleted.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/loyalty_admin.py" line="558" />
        <source>Recalculating every customer&apos;s tier…</source>
        <translation>Recalculating every customer&apos;s tier…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/loyalty_admin.py" line="559" />
        <source>Tiers recalculated: %1 customer(s) changed.</source>
        <translation>Tiers recalculated: %1 customer(s) changed.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/loyalty_admin.py" line="562" />
        <source>Expiring lapsed points…</source>
        <translation>Expiring lapsed points…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/loyalty_admin.py" line="563" />
        <source>Points expired: %1 lapsed lot(s) written off.</source>
        <translation>Points expired: %1 lapsed lot(s) written off.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/loyalty_admin.py" line="571" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/loyalty_admin.py" line="610" />
        <source>Cancelled; the customers done so far keep their new figures.</source>
        <translation>Cancelled; the customers done so far keep their new figures.</translation>
    </message>
</context>
<context>
    <name>LoyaltyRuleDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/marketing/loyalty_admin.py" line="178" />
        <source>Edit points rule</source>
        <translation>Edit points rule</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/loyalty_admin.py" line="178" />
        <source>New points rule</source>
        <translation>New points rule</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/loyalty_admin.py" line="180" />
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/loyalty_admin.py" line="183" />
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/loyalty_admin.py" line="187" />
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/loyalty_admin.py" line="201" />
        <source>Payments in this currency earn by this rule; there are no exchange rates, so payments in other currencies do not.</source>
        <translation>Payments in this currency earn by this rule; there are no exchange rates, so payments in other currencies do not.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/loyalty_admin.py" line="206" />
        <source>For every</source>
        <translation>For every</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/loyalty_admin.py" line="207" />
        <source>Points expire after (days)</source>
        <translation>Points expire after (days)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/loyalty_admin.py" line="209" />
        <source>Never</source>
        <translation>Never</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/loyalty_admin.py" line="210" />
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/loyalty_admin.py" line="210" />
        <source>Rule in force</source>
        <translation>Rule in force</translation>
    </message>
</context>
<context>
    <name>LoyaltyTierDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/marketing/loyalty_admin.py" line="149" />
        <source>Edit tier</source>
        <translation>Edit tier</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/loyalty_admin.py" line="149" />
        <source>New tier</source>
        <translation>New tier</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/loyalty_admin.py" line="150" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/loyalty_admin.py" line="151" />
        <source>e.g. Gold</source>
        <translation>e.g. Gold</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/loyalty_admin.py" line="152" />
        <source>Threshold (points in 12 months)</source>
        <translation>Threshold (points in 12 months)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/loyalty_admin.py" line="155" />
        <source>Benefits</source>
        <translation>Benefits</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/loyalty_admin.py" line="168" />
        <source>Another tier already has this threshold; each tier needs its own.</source>
        <translation>Another tier already has this threshold; each tier needs its own.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="98" />
        <source>CRM Desktop</source>
        <translation>CRM Desktop</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="111" />
        <source>Customers</source>
        <translation>Customers</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="112" />
        <source>Recycle bin</source>
        <translation>Recycle bin</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="120" />
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="125" />
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="127" />
        <source>Churn warnings</source>
        <translation>Churn warnings</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="132" />
        <source>Public pool</source>
        <translation>Public pool</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="137" />
        <source>Leads</source>
        <translation>Leads</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="142" />
        <source>Opportunities</source>
        <translation>Opportunities</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="147" />
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="155" />
        <location filename="../../crm_desktop/ui/main_window.py" line="319" />
        <source>Service desk</source>
        <translation>Service desk</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="162" />
        <source>Knowledge base</source>
        <translation>Knowledge base</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="168" />
        <source>Products</source>
        <translation>Products</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="173" />
        <source>Contracts</source>
        <translation>Contracts</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="177" />
        <source>Performance</source>
        <translation>Performance</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="196" />
        <source>Campaigns</source>
        <translation>Campaigns</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="197" />
        <source>Segments</source>
        <translation>Segments</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="198" />
        <source>Resources</source>
        <translation>Resources</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="199" />
        <source>Unsubscribed</source>
        <translation>Unsubscribed</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="203" />
        <source>Loyalty programme</source>
        <translation>Loyalty programme</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="207" />
        <source>Marketing</source>
        <translation>Marketing</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="212" />
        <source>Automation</source>
        <translation>Automation</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="217" />
        <source>My approvals</source>
        <translation>My approvals</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="222" />
        <source>Audit trail</source>
        <translation>Audit trail</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="227" />
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="231" />
        <source>Sync conflicts</source>
        <translation>Sync conflicts</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="324" />
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="328" />
        <source>Open another data folder…</source>
        <translation>Open another data folder…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="330" />
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="333" />
        <source>Recycle &amp;bin</source>
        <translation>Recycle &amp;bin</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="335" />
        <source>&amp;Customers</source>
        <translation>&amp;Customers</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="337" />
        <source>&amp;About</source>
        <translation>&amp;About</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="339" />
        <source>About CRM Desktop</source>
        <translation>About CRM Desktop</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="339" />
        <source>CRM Desktop %1</source>
        <translation>CRM Desktop %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="347" />
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="358" />
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="366" />
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="369" />
        <source>&amp;Audit trail</source>
        <translation>&amp;Audit trail</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="369" />
        <source>Ad&amp;ministration</source>
        <translation>Ad&amp;ministration</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="374" />
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="378" />
        <source>&amp;Sync</source>
        <translation>&amp;Sync</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="388" />
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="391" />
        <source>Main toolbar</source>
        <translation>Main toolbar</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="404" />
        <source>User: %1</source>
        <translation>User: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/ui/main_window.py" line="427" />
        <source>%n customer(s) returned to the public pool under its rules.</source>
        <translation>
            <numerusform>%n customer(s) returned to the public pool under its rules.</numerusform>
            <numerusform>%n customer(s) returned to the public pool under its rules.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/ui/main_window.py" line="470" />
        <source>Automation: %n action(s) done.</source>
        <translation>
            <numerusform>Automation: %n action(s) done.</numerusform>
            <numerusform>Automation: %n action(s) done.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="480" />
        <source>&amp;Account</source>
        <translation>&amp;Account</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="482" />
        <source>Change &amp;password…</source>
        <translation>Change &amp;password…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="485" />
        <source>&amp;Two-step verification…</source>
        <translation>&amp;Two-step verification…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="489" />
        <source>Sign &amp;out</source>
        <translation>Sign &amp;out</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="496" />
        <source>Your password was changed.</source>
        <translation>Your password was changed.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="502" />
        <source>Two-step verification is off.</source>
        <translation>Two-step verification is off.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="503" />
        <source>Two-step verification is on.</source>
        <translation>Two-step verification is on.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="519" />
        <source>Undone: %1</source>
        <translation>Undone: %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="522" />
        <source>Open data folder</source>
        <translation>Open data folder</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="528" />
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="529" />
        <source>The language changes the next time the app starts.</source>
        <translation>The language changes the next time the app starts.</translation>
    </message>
</context>
<context>
    <name>OpportunityDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/sales/form.py" line="38" />
        <source>Opportunity</source>
        <translation>Opportunity</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sales/form.py" line="38" />
        <source>New opportunity</source>
        <translation>New opportunity</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sales/form.py" line="46" />
        <source>Type to search customers (name, pinyin, phone)…</source>
        <translation>Type to search customers (name, pinyin, phone)…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sales/form.py" line="50" />
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sales/form.py" line="51" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sales/form.py" line="62" />
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sales/form.py" line="64" />
        <source>Expected close</source>
        <translation>Expected close</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sales/form.py" line="67" />
        <location filename="../../crm_desktop/ui/sales/form.py" line="122" />
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sales/form.py" line="71" />
        <source>Win probability %</source>
        <translation>Win probability %</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sales/form.py" line="73" />
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sales/form.py" line="80" />
        <source>Competitors</source>
        <translation>Competitors</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sales/form.py" line="81" />
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sales/form.py" line="93" />
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sales/form.py" line="93" />
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sales/form.py" line="93" />
        <source>Unit price</source>
        <translation>Unit price</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sales/form.py" line="94" />
        <source>Discount %</source>
        <translation>Discount %</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sales/form.py" line="94" />
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sales/form.py" line="101" />
        <source>Add product</source>
        <translation>Add product</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sales/form.py" line="104" />
        <source>Add line</source>
        <translation>Add line</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sales/form.py" line="106" />
        <source>Remove line</source>
        <translation>Remove line</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sales/form.py" line="122" />
        <source>Entered</source>
        <translation>Entered</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sales/form.py" line="122" />
        <source>Left</source>
        <translation>Left</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sales/form.py" line="123" />
        <source>Time in stage</source>
        <translation>Time in stage</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sales/form.py" line="128" />
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sales/form.py" line="129" />
        <source>Products</source>
        <translation>Products</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sales/form.py" line="130" />
        <source>Stage history</source>
        <translation>Stage history</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sales/form.py" line="133" />
        <source>Quotes</source>
        <translation>Quotes</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sales/form.py" line="154" />
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sales/form.py" line="154" />
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sales/form.py" line="154" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sales/form.py" line="155" />
        <source>Total incl. tax</source>
        <translation>Total incl. tax</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sales/form.py" line="161" />
        <source>New &amp;quote</source>
        <translation>New &amp;quote</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sales/form.py" line="227" />
        <source>Lost: %1</source>
        <translation>Lost: %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sales/form.py" line="235" />
        <source>(now)</source>
        <translation>(now)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sales/form.py" line="343" />
        <source>Total: %1</source>
        <translation>Total: %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sales/form.py" line="381" />
        <source>This opportunity has changes that are not saved. Save them before closing?</source>
        <translation>This opportunity has changes that are not saved. Save them before closing?</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sales/form.py" line="400" />
        <source>Lost</source>
        <translation>Lost</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sales/form.py" line="400" />
        <source>Why was it lost?</source>
        <translation>Why was it lost?</translation>
    </message>
</context>
<context>
    <name>OpportunityTableModel</name>
    <message>
        <location filename="../../crm_desktop/ui/sales/model.py" line="11" />
        <source>Opportunity</source>
        <translation>Opportunity</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sales/model.py" line="12" />
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sales/model.py" line="13" />
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sales/model.py" line="14" />
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sales/model.py" line="15" />
        <source>Probability</source>
        <translation>Probability</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sales/model.py" line="16" />
        <source>Expected close</source>
        <translation>Expected close</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sales/model.py" line="17" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sales/model.py" line="18" />
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sales/model.py" line="19" />
        <source>Updated</source>
        <translation>Updated</translation>
    </message>
</context>
<context>
    <name>PaneChart</name>
    <message>
        <location filename="../../crm_desktop/ui/charts/pane_chart.py" line="109" />
        <source>No data for this period</source>
        <translation>No data for this period</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/charts/pane_chart.py" line="250" />
        <source>%1 (range)</source>
        <translation>%1 (range)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/charts/pane_chart.py" line="338" />
        <source>Range: %1 – %2</source>
        <translation>Range: %1 – %2</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/charts/pane_chart.py" line="343" />
        <source>Share: %1%</source>
        <translation>Share: %1%</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/charts/pane_chart.py" line="347" />
        <source>Of the first stage: %1%</source>
        <translation>Of the first stage: %1%</translation>
    </message>
</context>
<context>
    <name>PaneTableModel</name>
    <message>
        <location filename="../../crm_desktop/ui/reports/model.py" line="34" />
        <source>%1 (low)</source>
        <translation>%1 (low)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/model.py" line="35" />
        <source>%1 (high)</source>
        <translation>%1 (high)</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/contracts/dialogs.py" line="150" />
        <source>Record payment</source>
        <translation>Record payment</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/contracts/dialogs.py" line="151" />
        <source>Instalment</source>
        <translation>Instalment</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/contracts/dialogs.py" line="152" />
        <source>(the contract, no instalment)</source>
        <translation>(the contract, no instalment)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/contracts/dialogs.py" line="155" />
        <source>Instalment %1 · open %2</source>
        <translation>Instalment %1 · open %2</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/contracts/dialogs.py" line="159" />
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/contracts/dialogs.py" line="160" />
        <source>Received on</source>
        <translation>Received on</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/contracts/dialogs.py" line="161" />
        <source>Method</source>
        <translation>Method</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/contracts/dialogs.py" line="162" />
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/contracts/dialogs.py" line="163" />
        <source>Overpayment</source>
        <translation>Overpayment</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/contracts/dialogs.py" line="164" />
        <source>More than is open, on purpose</source>
        <translation>More than is open, on purpose</translation>
    </message>
</context>
<context>
    <name>PeriodSelector</name>
    <message>
        <location filename="../../crm_desktop/ui/reports/period.py" line="38" />
        <source>This month</source>
        <translation>This month</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/period.py" line="38" />
        <source>Last month</source>
        <translation>Last month</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/period.py" line="38" />
        <source>This quarter</source>
        <translation>This quarter</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/period.py" line="39" />
        <source>This year</source>
        <translation>This year</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/period.py" line="39" />
        <source>Custom…</source>
        <translation>Custom…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/period.py" line="46" />
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/period.py" line="49" />
        <source>Period:</source>
        <translation>Period:</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/contracts/dialogs.py" line="134" />
        <source>Add instalment</source>
        <translation>Add instalment</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/contracts/dialogs.py" line="135" />
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/contracts/dialogs.py" line="136" />
        <source>at most %1</source>
        <translation>at most %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/contracts/dialogs.py" line="137" />
        <source>Due on</source>
        <translation>Due on</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/contracts/dialogs.py" line="138" />
        <source>Method</source>
        <translation>Method</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/contracts/dialogs.py" line="139" />
        <source>Remind days before</source>
        <translation>Remind days before</translation>
    </message>
</context>
<context>
    <name>PointsDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/marketing/loyalty.py" line="35" />
        <source>Points:</source>
        <translation>Points:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/loyalty.py" line="36" />
        <source>Reason:</source>
        <translation>Reason:</translation>
    </message>
</context>
<context>
    <name>PoolScreen</name>
    <message>
        <location filename="../../crm_desktop/ui/pools/screen.py" line="50" />
        <source>No follow-up for %1 days</source>
        <translation>No follow-up for %1 days</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/pools/screen.py" line="51" />
        <source>No deal for %1 days</source>
        <translation>No deal for %1 days</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/pools/screen.py" line="67" />
        <source>Search the pool: name, phone, pinyin…</source>
        <translation>Search the pool: name, phone, pinyin…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/pools/screen.py" line="72" />
        <source>&amp;Claim</source>
        <translation>&amp;Claim</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/pools/screen.py" line="74" />
        <source>Take the selected customers as your own (Ctrl+Enter)</source>
        <translation>Take the selected customers as your own (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/pools/screen.py" line="81" />
        <source>Pool:</source>
        <translation>Pool:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/pools/screen.py" line="96" />
        <location filename="../../crm_desktop/ui/pools/screen.py" line="208" />
        <source>Claim</source>
        <translation>Claim</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/pools/screen.py" line="106" />
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/pools/screen.py" line="106" />
        <source>Returns on</source>
        <translation>Returns on</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/pools/screen.py" line="106" />
        <source>Rule</source>
        <translation>Rule</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/pools/screen.py" line="107" />
        <source>Pool</source>
        <translation>Pool</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/pools/screen.py" line="114" />
        <source>My customers returning to a pool soon (follow up to keep them)</source>
        <translation>My customers returning to a pool soon (follow up to keep them)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/pools/screen.py" line="143" />
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/pools/screen.py" line="153" />
        <source>No public pool yet: an administrator creates one under Administration &gt; Lists and pools.</source>
        <translation>No public pool yet: an administrator creates one under Administration &gt; Lists and pools.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/pools/screen.py" line="156" />
        <source>other levels</source>
        <translation>other levels</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/pools/screen.py" line="159" />
        <location filename="../../crm_desktop/ui/pools/screen.py" line="161" />
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/pools/screen.py" line="160" />
        <source>Rules: %1. Claim limit: %2. Wait before reclaiming: %3 days.</source>
        <translation>Rules: %1. Claim limit: %2. Wait before reclaiming: %3 days.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/pools/screen.py" line="177" />
        <source>No customer in this pool matches “%1”.</source>
        <translation>No customer in this pool matches “%1”.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/pools/screen.py" line="178" />
        <source>Clear the search</source>
        <translation>Clear the search</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/pools/screen.py" line="180" />
        <source>This pool is empty. Customers come here when their owner releases them, or when a rule above returns them.</source>
        <translation>This pool is empty. Customers come here when their owner releases them, or when a rule above returns them.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/pools/screen.py" line="189" />
        <source>My customers returning to a pool soon (follow up to keep them): %1</source>
        <translation>My customers returning to a pool soon (follow up to keep them): %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/ui/pools/screen.py" line="210" />
        <source>Claimed %n customer(s); they are in your customer list now.</source>
        <translation>
            <numerusform>Claimed %n customer(s); they are in your customer list now.</numerusform>
            <numerusform>Claimed %n customer(s); they are in your customer list now.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProductDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/products/screen.py" line="30" />
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/products/screen.py" line="30" />
        <source>New product</source>
        <translation>New product</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/products/screen.py" line="33" />
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/products/screen.py" line="34" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/products/screen.py" line="35" />
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/products/screen.py" line="36" />
        <source>List price</source>
        <translation>List price</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/products/screen.py" line="38" />
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/products/screen.py" line="39" />
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/products/screen.py" line="44" />
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/products/screen.py" line="46" />
        <source>Active</source>
        <translation>Active</translation>
    </message>
</context>
<context>
    <name>ProductsScreen</name>
    <message>
        <location filename="../../crm_desktop/ui/products/screen.py" line="93" />
        <source>Categories</source>
        <translation>Categories</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/products/screen.py" line="95" />
        <source>Add category…</source>
        <translation>Add category…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/products/screen.py" line="105" />
        <source>Filter by code or name…</source>
        <translation>Filter by code or name…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/products/screen.py" line="107" />
        <source>New product…</source>
        <translation>New product…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/products/screen.py" line="113" />
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/products/screen.py" line="113" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/products/screen.py" line="113" />
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/products/screen.py" line="113" />
        <source>List price</source>
        <translation>List price</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/products/screen.py" line="114" />
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/products/screen.py" line="114" />
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/products/screen.py" line="136" />
        <source>New supplier…</source>
        <translation>New supplier…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/products/screen.py" line="144" />
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/products/screen.py" line="144" />
        <source>Price</source>
        <translation>Price</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/products/screen.py" line="144" />
        <source>From quantity</source>
        <translation>From quantity</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/products/screen.py" line="145" />
        <source>Valid from</source>
        <translation>Valid from</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/products/screen.py" line="145" />
        <source>Valid to</source>
        <translation>Valid to</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/products/screen.py" line="149" />
        <source>Add price…</source>
        <translation>Add price…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/products/screen.py" line="153" />
        <source>Serves customer…</source>
        <translation>Serves customer…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/products/screen.py" line="165" />
        <source>Price list</source>
        <translation>Price list</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/products/screen.py" line="174" />
        <source>Products</source>
        <translation>Products</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/products/screen.py" line="175" />
        <source>Suppliers</source>
        <translation>Suppliers</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/products/screen.py" line="199" />
        <source>All products</source>
        <translation>All products</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/products/screen.py" line="240" />
        <source>No suppliers yet.</source>
        <translation>No suppliers yet.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/products/screen.py" line="246" />
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/products/screen.py" line="248" />
        <source>Serves: %1</source>
        <translation>Serves: %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/products/screen.py" line="271" />
        <source>Add category</source>
        <translation>Add category</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/products/screen.py" line="271" />
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/products/screen.py" line="273" />
        <source>Category added.</source>
        <translation>Category added.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/products/screen.py" line="284" />
        <source>New supplier</source>
        <translation>New supplier</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/products/screen.py" line="284" />
        <source>Supplier name:</source>
        <translation>Supplier name:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/products/screen.py" line="286" />
        <source>Supplier added.</source>
        <translation>Supplier added.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/products/screen.py" line="293" />
        <location filename="../../crm_desktop/ui/products/screen.py" line="301" />
        <source>Serves customer</source>
        <translation>Serves customer</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/products/screen.py" line="293" />
        <source>Find the customer:</source>
        <translation>Find the customer:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/products/screen.py" line="298" />
        <source>No customer matches %1.</source>
        <translation>No customer matches %1.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/products/screen.py" line="301" />
        <source>Customer:</source>
        <translation>Customer:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/products/screen.py" line="304" />
        <source>Customer linked.</source>
        <translation>Customer linked.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/products/screen.py" line="310" />
        <location filename="../../crm_desktop/ui/products/screen.py" line="314" />
        <source>Add price</source>
        <translation>Add price</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/products/screen.py" line="310" />
        <source>Product:</source>
        <translation>Product:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/products/screen.py" line="314" />
        <source>Price:</source>
        <translation>Price:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/products/screen.py" line="323" />
        <source>Price added.</source>
        <translation>Price added.</translation>
    </message>
</context>
<context>
    <name>QuickCallDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/tickets/form.py" line="576" />
        <source>Phone call</source>
        <translation>Phone call</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tickets/form.py" line="579" />
        <source>Caller&apos;s number</source>
        <translation>Caller&apos;s number</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tickets/form.py" line="580" />
        <location filename="../../crm_desktop/ui/tickets/form.py" line="603" />
        <source>(unknown caller)</source>
        <translation>(unknown caller)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tickets/form.py" line="584" />
        <source>Urgent</source>
        <translation>Urgent</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tickets/form.py" line="587" />
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tickets/form.py" line="588" />
        <source>Caller</source>
        <translation>Caller</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tickets/form.py" line="589" />
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tickets/form.py" line="590" />
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>QuoteDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/sales/quote_dialog.py" line="26" />
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sales/quote_dialog.py" line="26" />
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sales/quote_dialog.py" line="27" />
        <source>Accepted</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sales/quote_dialog.py" line="28" />
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sales/quote_dialog.py" line="29" />
        <source>Superseded by a newer version</source>
        <translation>Superseded by a newer version</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sales/quote_dialog.py" line="63" />
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sales/quote_dialog.py" line="64" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sales/quote_dialog.py" line="65" />
        <source>Terms</source>
        <translation>Terms</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sales/quote_dialog.py" line="68" />
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sales/quote_dialog.py" line="68" />
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sales/quote_dialog.py" line="68" />
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sales/quote_dialog.py" line="69" />
        <source>Unit price</source>
        <translation>Unit price</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sales/quote_dialog.py" line="69" />
        <source>Discount %</source>
        <translation>Discount %</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sales/quote_dialog.py" line="69" />
        <source>Tax %</source>
        <translation>Tax %</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sales/quote_dialog.py" line="70" />
        <source>Total incl. tax</source>
        <translation>Total incl. tax</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sales/quote_dialog.py" line="78" />
        <source>Add line</source>
        <translation>Add line</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sales/quote_dialog.py" line="80" />
        <source>Remove line</source>
        <translation>Remove line</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sales/quote_dialog.py" line="82" />
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sales/quote_dialog.py" line="85" />
        <source>Mark as &amp;sent</source>
        <translation>Mark as &amp;sent</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sales/quote_dialog.py" line="88" />
        <source>New &amp;version</source>
        <translation>New &amp;version</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sales/quote_dialog.py" line="91" />
        <source>Make &amp;contract</source>
        <translation>Make &amp;contract</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sales/quote_dialog.py" line="93" />
        <source>The customer accepted: a contract for this quote&apos;s total</source>
        <translation>The customer accepted: a contract for this quote&apos;s total</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sales/quote_dialog.py" line="95" />
        <source>Save &amp;PDF…</source>
        <translation>Save &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sales/quote_dialog.py" line="137" />
        <source>Quote %1</source>
        <translation>Quote %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sales/quote_dialog.py" line="175" />
        <source>This quote has changes that are not saved. Save them before closing?</source>
        <translation>This quote has changes that are not saved. Save them before closing?</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sales/quote_dialog.py" line="254" />
        <source>Subtotal %1 · tax %2 · total %3</source>
        <translation>Subtotal %1 · tax %2 · total %3</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sales/quote_dialog.py" line="299" />
        <source>Contract %1 made; find it under Contracts.</source>
        <translation>Contract %1 made; find it under Contracts.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sales/quote_dialog.py" line="303" />
        <source>Save PDF</source>
        <translation>Save PDF</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sales/quote_dialog.py" line="304" />
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sales/quote_dialog.py" line="319" />
        <source>Saved %1</source>
        <translation>Saved %1</translation>
    </message>
</context>
<context>
    <name>RecycleBinModel</name>
    <message>
        <location filename="../../crm_desktop/ui/customers/recycle_bin.py" line="35" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/recycle_bin.py" line="35" />
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/recycle_bin.py" line="35" />
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/recycle_bin.py" line="35" />
        <source>Deleted</source>
        <translation>Deleted</translation>
    </message>
</context>
<context>
    <name>RecycleBinScreen</name>
    <message>
        <location filename="../../crm_desktop/ui/customers/recycle_bin.py" line="63" />
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/recycle_bin.py" line="68" />
        <source>Deleted customers stay here until restored. The newest 500 are shown.</source>
        <translation>Deleted customers stay here until restored. The newest 500 are shown.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/ui/customers/recycle_bin.py" line="92" />
        <source>Restored %n customer(s).</source>
        <translation>
            <numerusform>Restored %n customer.</numerusform>
            <numerusform>Restored %n customers.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportPanel</name>
    <message>
        <location filename="../../crm_desktop/ui/marketing/campaigns.py" line="334" />
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/campaigns.py" line="335" />
        <source>Actual cost</source>
        <translation>Actual cost</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/campaigns.py" line="336" />
        <source>Budget left</source>
        <translation>Budget left</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/campaigns.py" line="337" />
        <source>Members</source>
        <translation>Members</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/campaigns.py" line="338" />
        <source>Responded</source>
        <translation>Responded</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/campaigns.py" line="339" />
        <source>Responses</source>
        <translation>Responses</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/campaigns.py" line="340" />
        <source>Leads (converted)</source>
        <translation>Leads (converted)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/campaigns.py" line="341" />
        <source>Opportunities (open / won / lost)</source>
        <translation>Opportunities (open / won / lost)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/campaigns.py" line="342" />
        <source>Revenue won</source>
        <translation>Revenue won</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/campaigns.py" line="343" />
        <source>ROI</source>
        <translation>ROI</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/campaigns.py" line="348" />
        <source>Report</source>
        <translation>Report</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/campaigns.py" line="375" />
        <source>no cost recorded</source>
        <translation>no cost recorded</translation>
    </message>
</context>
<context>
    <name>ReportsScreen</name>
    <message>
        <location filename="../../crm_desktop/ui/reports/screen.py" line="76" />
        <source>All owners</source>
        <translation>All owners</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/screen.py" line="77" />
        <source>All departments</source>
        <translation>All departments</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/screen.py" line="78" />
        <source>All products</source>
        <translation>All products</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/screen.py" line="79" />
        <source>Export PDF…</source>
        <translation>Export PDF…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/screen.py" line="81" />
        <source>Export Excel…</source>
        <translation>Export Excel…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/screen.py" line="83" />
        <source>All reports</source>
        <translation>All reports</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/screen.py" line="85" />
        <source>Export every report of the list with the filters above, one section each</source>
        <translation>Export every report of the list with the filters above, one section each</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/screen.py" line="86" />
        <source>Print preview…</source>
        <translation>Print preview…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/screen.py" line="94" />
        <source>Owner:</source>
        <translation>Owner:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/screen.py" line="94" />
        <source>Department:</source>
        <translation>Department:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/screen.py" line="95" />
        <source>Product:</source>
        <translation>Product:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/screen.py" line="270" />
        <source>%1 to %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/screen.py" line="295" />
        <source>Export PDF</source>
        <translation>Export PDF</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/screen.py" line="295" />
        <source>PDF document (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/screen.py" line="304" />
        <location filename="../../crm_desktop/ui/reports/screen.py" line="306" />
        <location filename="../../crm_desktop/ui/reports/screen.py" line="316" />
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/screen.py" line="312" />
        <source>Export Excel</source>
        <translation>Export Excel</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/screen.py" line="312" />
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/ui/reports/screen.py" line="334" />
        <source>Computing %n report(s)…</source>
        <translation>
            <numerusform>Computing %n report(s)…</numerusform>
            <numerusform>Computing %n report(s)…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/screen.py" line="356" />
        <source>Exporting to %1…</source>
        <translation>Exporting to %1…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/screen.py" line="335" />
        <location filename="../../crm_desktop/ui/reports/screen.py" line="357" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/screen.py" line="337" />
        <location filename="../../crm_desktop/ui/reports/screen.py" line="359" />
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/screen.py" line="389" />
        <source>Exported to %1.</source>
        <translation>Exported to %1.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/screen.py" line="397" />
        <source>Export cancelled.</source>
        <translation>Export cancelled.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/screen.py" line="410" />
        <source>Print preview</source>
        <translation>Print preview</translation>
    </message>
</context>
<context>
    <name>ResourceDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/marketing/resources.py" line="96" />
        <source>Edit resource</source>
        <translation>Edit resource</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/resources.py" line="99" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/resources.py" line="100" />
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/resources.py" line="104" />
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/resources.py" line="107" />
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/resources.py" line="108" />
        <source>Separate tags with commas</source>
        <translation>Separate tags with commas</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/resources.py" line="131" />
        <source>Give the resource a name.</source>
        <translation>Give the resource a name.</translation>
    </message>
</context>
<context>
    <name>ResourcesScreen</name>
    <message>
        <location filename="../../crm_desktop/ui/marketing/resources.py" line="43" />
        <source>Template</source>
        <translation>Template</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/resources.py" line="44" />
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/resources.py" line="45" />
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/resources.py" line="46" />
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/resources.py" line="157" />
        <source>All kinds</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/resources.py" line="162" />
        <source>The whole library</source>
        <translation>The whole library</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/resources.py" line="167" />
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/resources.py" line="167" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/resources.py" line="167" />
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/resources.py" line="167" />
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/resources.py" line="168" />
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/resources.py" line="182" />
        <source>&amp;Add files…</source>
        <translation>&amp;Add files…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/resources.py" line="183" />
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/resources.py" line="184" />
        <source>&amp;Save file as…</source>
        <translation>&amp;Save file as…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/resources.py" line="185" />
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/resources.py" line="186" />
        <source>&amp;Link to campaign…</source>
        <translation>&amp;Link to campaign…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/resources.py" line="187" />
        <source>&amp;Unlink from campaign…</source>
        <translation>&amp;Unlink from campaign…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/resources.py" line="195" />
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/resources.py" line="198" />
        <source>Drop files here to add them to the library.</source>
        <translation>Drop files here to add them to the library.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/resources.py" line="239" />
        <source>Linked to %1</source>
        <translation>Linked to %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/resources.py" line="294" />
        <source>Add files to the library</source>
        <translation>Add files to the library</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/resources.py" line="301" />
        <source>You may not add marketing resources.</source>
        <translation>You may not add marketing resources.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/resources.py" line="305" />
        <source>Only files can be added, not folders.</source>
        <translation>Only files can be added, not folders.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/resources.py" line="307" />
        <source>Adding %1 file(s)…</source>
        <translation>Adding %1 file(s)…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/resources.py" line="316" />
        <source>%1 file(s) added to the library.</source>
        <translation>%1 file(s) added to the library.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/resources.py" line="323" />
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/resources.py" line="360" />
        <source>Resource “%1” saved.</source>
        <translation>Resource “%1” saved.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/resources.py" line="370" />
        <source>Save file as</source>
        <translation>Save file as</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/resources.py" line="373" />
        <source>Saving %1…</source>
        <translation>Saving %1…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/resources.py" line="380" />
        <source>Saved %1 (%2).</source>
        <translation>Saved %1 (%2).</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/resources.py" line="387" />
        <source>The file could not be written: %1</source>
        <translation>The file could not be written: %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/resources.py" line="395" />
        <source>Delete resource</source>
        <translation>Delete resource</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/resources.py" line="396" />
        <source>Delete the resource %1? It is also unlinked from its campaigns.</source>
        <translation>Delete the resource %1? It is also unlinked from its campaigns.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/resources.py" line="416" />
        <source>There are no campaigns yet.</source>
        <translation>There are no campaigns yet.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/resources.py" line="421" />
        <source>Campaign</source>
        <translation>Campaign</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/resources.py" line="430" />
        <source>Link to campaign</source>
        <translation>Link to campaign</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/resources.py" line="434" />
        <source>“%1” is linked to %2.</source>
        <translation>“%1” is linked to %2.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/resources.py" line="444" />
        <source>Unlink from campaign</source>
        <translation>Unlink from campaign</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/resources.py" line="448" />
        <source>“%1” is no longer linked to %2.</source>
        <translation>“%1” is no longer linked to %2.</translation>
    </message>
</context>
<context>
    <name>ReturnVisitDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/tickets/form.py" line="548" />
        <source>Return visit</source>
        <translation>Return visit</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tickets/form.py" line="551" />
        <source>Satisfied</source>
        <translation>Satisfied</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tickets/form.py" line="551" />
        <source>Not satisfied</source>
        <translation>Not satisfied</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tickets/form.py" line="552" />
        <source>Could not reach the customer</source>
        <translation>Could not reach the customer</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tickets/form.py" line="559" />
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tickets/form.py" line="560" />
        <source>Score (1-5)</source>
        <translation>Score (1-5)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tickets/form.py" line="561" />
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>RoleForm</name>
    <message>
        <location filename="../../crm_desktop/ui/admin/roles.py" line="50" />
        <source>New role</source>
        <translation>New role</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/roles.py" line="50" />
        <source>Edit role</source>
        <translation>Edit role</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/roles.py" line="52" />
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/roles.py" line="53" />
        <source>e.g. team_lead</source>
        <translation>e.g. team_lead</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/roles.py" line="55" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/roles.py" line="56" />
        <source>Data scope</source>
        <translation>Data scope</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/roles.py" line="59" />
        <source>Permissions</source>
        <translation>Permissions</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/roles.py" line="60" />
        <source>Field rules</source>
        <translation>Field rules</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/roles.py" line="74" />
        <source>The administrator role always has every permission.</source>
        <translation>The administrator role always has every permission.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/roles.py" line="113" />
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/roles.py" line="113" />
        <source>Rule</source>
        <translation>Rule</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/roles.py" line="118" />
        <source>Add rule</source>
        <translation>Add rule</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/roles.py" line="121" />
        <source>Remove rule</source>
        <translation>Remove rule</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/roles.py" line="124" />
        <source>A field without a rule is editable.</source>
        <translation>A field without a rule is editable.</translation>
    </message>
</context>
<context>
    <name>RoleModel</name>
    <message>
        <location filename="../../crm_desktop/ui/admin/roles.py" line="37" />
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/roles.py" line="37" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/roles.py" line="38" />
        <source>Data scope</source>
        <translation>Data scope</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/roles.py" line="38" />
        <source>Permissions</source>
        <translation>Permissions</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/roles.py" line="39" />
        <source>Users</source>
        <translation>Users</translation>
    </message>
</context>
<context>
    <name>RolesTab</name>
    <message>
        <location filename="../../crm_desktop/ui/admin/roles.py" line="176" />
        <source>Filter roles…</source>
        <translation>Filter roles…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/roles.py" line="177" />
        <source>New role…</source>
        <translation>New role…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/roles.py" line="178" />
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/roles.py" line="179" />
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/roles.py" line="191" />
        <source>Delete role</source>
        <translation>Delete role</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/roles.py" line="191" />
        <source>Delete the role %1?</source>
        <translation>Delete the role %1?</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/roles.py" line="193" />
        <source>Deleted the role %1.</source>
        <translation>Deleted the role %1.</translation>
    </message>
</context>
<context>
    <name>RuleEditor</name>
    <message>
        <location filename="../../crm_desktop/ui/marketing/automation.py" line="41" />
        <source>Automation rule</source>
        <translation>Automation rule</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/automation.py" line="56" />
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/automation.py" line="73" />
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/automation.py" line="74" />
        <source>When:</source>
        <translation>When:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/automation.py" line="75" />
        <source>Only if (JSON):</source>
        <translation>Only if (JSON):</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/automation.py" line="76" />
        <source>Then:</source>
        <translation>Then:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/automation.py" line="77" />
        <source>With (JSON):</source>
        <translation>With (JSON):</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/automation.py" line="78" />
        <source>Order:</source>
        <translation>Order:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/automation.py" line="90" />
        <source>Condition fields: the lead&apos;s, e.g. source, province, city.</source>
        <translation>Condition fields: the lead&apos;s, e.g. source, province, city.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/automation.py" line="91" />
        <source>Condition: segment_id (required), and the customer&apos;s fields.</source>
        <translation>Condition: segment_id (required), and the customer&apos;s fields.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/automation.py" line="93" />
        <source>Condition fields: to_stage_id, from_stage_id, status (open / won / lost), amount.</source>
        <translation>Condition fields: to_stage_id, from_stage_id, status (open / won / lost), amount.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/automation.py" line="94" />
        <source>Parameters: owner_id.</source>
        <translation>Parameters: owner_id.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/automation.py" line="95" />
        <source>Parameters: title ({name} is replaced), kind, due_days, owner_id.</source>
        <translation>Parameters: title ({name} is replaced), kind, due_days, owner_id.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/automation.py" line="96" />
        <source>Parameters: campaign_id.</source>
        <translation>Parameters: campaign_id.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/automation.py" line="97" />
        <source>Parameters: campaign_id (its template is sent).</source>
        <translation>Parameters: campaign_id (its template is sent).</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/automation.py" line="107" />
        <source>Condition and parameters must be JSON objects.</source>
        <translation>Condition and parameters must be JSON objects.</translation>
    </message>
</context>
<context>
    <name>SalesScreen</name>
    <message>
        <location filename="../../crm_desktop/ui/sales/screen.py" line="41" />
        <source>All owners</source>
        <translation>All owners</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sales/screen.py" line="45" />
        <source>Filter: opportunity or customer name…</source>
        <translation>Filter: opportunity or customer name…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sales/screen.py" line="49" />
        <source>&amp;New opportunity</source>
        <translation>&amp;New opportunity</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sales/screen.py" line="53" />
        <source>&amp;Won</source>
        <translation>&amp;Won</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sales/screen.py" line="56" />
        <source>&amp;Lost…</source>
        <translation>&amp;Lost…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sales/screen.py" line="64" />
        <source>Pipeline:</source>
        <translation>Pipeline:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sales/screen.py" line="91" />
        <source>Opportunity</source>
        <translation>Opportunity</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sales/screen.py" line="91" />
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sales/screen.py" line="91" />
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sales/screen.py" line="92" />
        <source>Expected close</source>
        <translation>Expected close</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sales/screen.py" line="92" />
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sales/screen.py" line="101" />
        <source>Board</source>
        <translation>Board</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sales/screen.py" line="102" />
        <source>List</source>
        <translation>List</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sales/screen.py" line="103" />
        <source>Expired</source>
        <translation>Expired</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sales/screen.py" line="116" />
        <source>Delete opportunity</source>
        <translation>Delete opportunity</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sales/screen.py" line="151" />
        <source>There is no sales pipeline yet; sync with the server (F9) or ask an administrator.</source>
        <translation>There is no sales pipeline yet; sync with the server (F9) or ask an administrator.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sales/screen.py" line="203" />
        <source>Open: %1 opportunities · %2 · weighted %3</source>
        <translation>Open: %1 opportunities · %2 · weighted %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/ui/sales/screen.py" line="219" />
        <source>%n open opportunity(ies) past the expected close date.</source>
        <translation>
            <numerusform>%n open opportunityy past the expected close date.</numerusform>
            <numerusform>%n open opportunityies past the expected close date.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sales/screen.py" line="242" />
        <location filename="../../crm_desktop/ui/sales/screen.py" line="274" />
        <source>Lost</source>
        <translation>Lost</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sales/screen.py" line="242" />
        <location filename="../../crm_desktop/ui/sales/screen.py" line="274" />
        <source>Why was it lost?</source>
        <translation>Why was it lost?</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sales/screen.py" line="244" />
        <source>Not moved: a lost opportunity needs a reason.</source>
        <translation>Not moved: a lost opportunity needs a reason.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sales/screen.py" line="253" />
        <source>Moved to %1.</source>
        <translation>Moved to %1.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sales/screen.py" line="268" />
        <source>Marked as won.</source>
        <translation>Marked as won.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sales/screen.py" line="276" />
        <source>Marked as lost.</source>
        <translation>Marked as lost.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/ui/sales/screen.py" line="281" />
        <source>%n opportunity(ies) deleted (Ctrl+Z undoes).</source>
        <translation>
            <numerusform>%n opportunityy deleted (Ctrl+Z undoes).</numerusform>
            <numerusform>%n opportunityies deleted (Ctrl+Z undoes).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SalesSettingsTab</name>
    <message>
        <location filename="../../crm_desktop/ui/admin/sales_settings.py" line="24" />
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/sales_settings.py" line="24" />
        <source>Won</source>
        <translation>Won</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/sales_settings.py" line="25" />
        <source>Lost</source>
        <translation>Lost</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/sales_settings.py" line="26" />
        <source>Contracts</source>
        <translation>Contracts</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/sales_settings.py" line="27" />
        <source>Receivable instalments</source>
        <translation>Receivable instalments</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/sales_settings.py" line="28" />
        <source>Invoices</source>
        <translation>Invoices</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/sales_settings.py" line="29" />
        <source>Quote discounts (from %)</source>
        <translation>Quote discounts (from %)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/sales_settings.py" line="56" />
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/sales_settings.py" line="56" />
        <source>Win probability %</source>
        <translation>Win probability %</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/sales_settings.py" line="56" />
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/sales_settings.py" line="60" />
        <location filename="../../crm_desktop/ui/admin/sales_settings.py" line="300" />
        <source>Add stage</source>
        <translation>Add stage</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/sales_settings.py" line="63" />
        <source>Save stages</source>
        <translation>Save stages</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/sales_settings.py" line="66" />
        <source>Delete stage</source>
        <translation>Delete stage</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/sales_settings.py" line="68" />
        <source>New pipeline…</source>
        <translation>New pipeline…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/sales_settings.py" line="70" />
        <location filename="../../crm_desktop/ui/admin/sales_settings.py" line="143" />
        <source>Sales pipelines</source>
        <translation>Sales pipelines</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/sales_settings.py" line="86" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/sales_settings.py" line="86" />
        <source>Applies to</source>
        <translation>Applies to</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/sales_settings.py" line="86" />
        <source>From amount</source>
        <translation>From amount</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/sales_settings.py" line="87" />
        <source>Approvers in turn (roles)</source>
        <translation>Approvers in turn (roles)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/sales_settings.py" line="91" />
        <source>Add approval flow…</source>
        <translation>Add approval flow…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/sales_settings.py" line="95" />
        <source>Approval flows</source>
        <translation>Approval flows</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/sales_settings.py" line="101" />
        <location filename="../../crm_desktop/ui/admin/sales_settings.py" line="144" />
        <source>Company letterhead and numbering</source>
        <translation>Company letterhead and numbering</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/sales_settings.py" line="103" />
        <source>Company name</source>
        <translation>Company name</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/sales_settings.py" line="103" />
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/sales_settings.py" line="103" />
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/sales_settings.py" line="104" />
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/sales_settings.py" line="104" />
        <source>Tax number</source>
        <translation>Tax number</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/sales_settings.py" line="104" />
        <source>Bank account</source>
        <translation>Bank account</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/sales_settings.py" line="109" />
        <source>Contract numbers</source>
        <translation>Contract numbers</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/sales_settings.py" line="109" />
        <source>Order numbers</source>
        <translation>Order numbers</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/sales_settings.py" line="110" />
        <source>Invoice numbers</source>
        <translation>Invoice numbers</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/sales_settings.py" line="113" />
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/sales_settings.py" line="119" />
        <location filename="../../crm_desktop/ui/admin/sales_settings.py" line="146" />
        <source>Lead assignment</source>
        <translation>Lead assignment</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/sales_settings.py" line="123" />
        <source>By hand (or the lead pool)</source>
        <translation>By hand (or the lead pool)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/sales_settings.py" line="123" />
        <source>Round robin</source>
        <translation>Round robin</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/sales_settings.py" line="124" />
        <source>By province</source>
        <translation>By province</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/sales_settings.py" line="124" />
        <source>By source</source>
        <translation>By source</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/sales_settings.py" line="132" />
        <source>Save lead assignment</source>
        <translation>Save lead assignment</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/sales_settings.py" line="136" />
        <source>Assign new leads</source>
        <translation>Assign new leads</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/sales_settings.py" line="137" />
        <source>Round robin over</source>
        <translation>Round robin over</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/sales_settings.py" line="138" />
        <source>Province or source = sign-in name</source>
        <translation>Province or source = sign-in name</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/sales_settings.py" line="235" />
        <source>Lead assignment saved.</source>
        <translation>Lead assignment saved.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/sales_settings.py" line="294" />
        <source>Stages saved.</source>
        <translation>Stages saved.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/sales_settings.py" line="300" />
        <source>Stage name:</source>
        <translation>Stage name:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/sales_settings.py" line="306" />
        <source>Stage added.</source>
        <translation>Stage added.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/sales_settings.py" line="313" />
        <source>Stage deleted.</source>
        <translation>Stage deleted.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/sales_settings.py" line="317" />
        <source>New pipeline</source>
        <translation>New pipeline</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/sales_settings.py" line="317" />
        <source>Pipeline name:</source>
        <translation>Pipeline name:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/sales_settings.py" line="319" />
        <source>Pipeline added.</source>
        <translation>Pipeline added.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/sales_settings.py" line="322" />
        <location filename="../../crm_desktop/ui/admin/sales_settings.py" line="326" />
        <location filename="../../crm_desktop/ui/admin/sales_settings.py" line="330" />
        <location filename="../../crm_desktop/ui/admin/sales_settings.py" line="333" />
        <source>Approval flow</source>
        <translation>Approval flow</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/sales_settings.py" line="322" />
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/sales_settings.py" line="326" />
        <source>Applies to:</source>
        <translation>Applies to:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/sales_settings.py" line="330" />
        <source>From amount:</source>
        <translation>From amount:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/sales_settings.py" line="334" />
        <source>Approver roles in turn (codes, comma separated):</source>
        <translation>Approver roles in turn (codes, comma separated):</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/sales_settings.py" line="347" />
        <source>Approval flow added.</source>
        <translation>Approval flow added.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/sales_settings.py" line="357" />
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
</context>
<context>
    <name>SegmentDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/marketing/segments.py" line="201" />
        <source>Edit segment</source>
        <translation>Edit segment</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/segments.py" line="201" />
        <source>New segment</source>
        <translation>New segment</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/segments.py" line="204" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/segments.py" line="205" />
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/segments.py" line="208" />
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/segments.py" line="211" />
        <source>Add the customers this filter matches to the list now</source>
        <translation>Add the customers this filter matches to the list now</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/segments.py" line="243" />
        <source>Customers who match</source>
        <translation>Customers who match</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/segments.py" line="244" />
        <source>Fill the list from these filters</source>
        <translation>Fill the list from these filters</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/segments.py" line="261" />
        <source>Give the segment a name.</source>
        <translation>Give the segment a name.</translation>
    </message>
</context>
<context>
    <name>SegmentsScreen</name>
    <message>
        <location filename="../../crm_desktop/ui/marketing/segments.py" line="49" />
        <source>Dynamic</source>
        <translation>Dynamic</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/segments.py" line="50" />
        <source>Static list</source>
        <translation>Static list</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/segments.py" line="51" />
        <source>Potential</source>
        <translation>Potential</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/segments.py" line="52" />
        <source>Closed deal</source>
        <translation>Closed deal</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/segments.py" line="53" />
        <source>Invalid</source>
        <translation>Invalid</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/segments.py" line="70" />
        <source>Only a static list can have customers added by hand or from a filter.</source>
        <translation>Only a static list can have customers added by hand or from a filter.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/segments.py" line="310" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/segments.py" line="310" />
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/segments.py" line="310" />
        <source>Customers</source>
        <translation>Customers</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/segments.py" line="311" />
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/segments.py" line="311" />
        <source>Updated</source>
        <translation>Updated</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/segments.py" line="314" />
        <source>First customers of the segment</source>
        <translation>First customers of the segment</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/segments.py" line="327" />
        <source>&amp;New segment…</source>
        <translation>&amp;New segment…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/segments.py" line="328" />
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/segments.py" line="329" />
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/segments.py" line="330" />
        <source>Add from &amp;filter…</source>
        <translation>Add from &amp;filter…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/segments.py" line="331" />
        <source>&amp;Remove from list</source>
        <translation>&amp;Remove from list</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/segments.py" line="398" />
        <source>counting…</source>
        <translation>counting…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/segments.py" line="459" />
        <source>Loading the first customers of %1…</source>
        <translation>Loading the first customers of %1…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/segments.py" line="476" />
        <source>%1 holds no customers.</source>
        <translation>%1 holds no customers.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/segments.py" line="478" />
        <source>The first %1 customer(s) of %2:</source>
        <translation>The first %1 customer(s) of %2:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/segments.py" line="514" />
        <source>Segment “%1” created.</source>
        <translation>Segment “%1” created.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/segments.py" line="530" />
        <source>Segment “%1” saved.</source>
        <translation>Segment “%1” saved.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/segments.py" line="550" />
        <source>Delete segment</source>
        <translation>Delete segment</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/segments.py" line="551" />
        <source>Delete the segment %1? Campaigns already filled from it keep their members.</source>
        <translation>Delete the segment %1? Campaigns already filled from it keep their members.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/segments.py" line="561" />
        <source>Segment “%1” deleted.</source>
        <translation>Segment “%1” deleted.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/segments.py" line="574" />
        <source>Adding customers to the list…</source>
        <translation>Adding customers to the list…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/segments.py" line="581" />
        <source>%1 customer(s) added to the list.</source>
        <translation>%1 customer(s) added to the list.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/segments.py" line="587" />
        <source>Cancelled; the customers added so far are kept.</source>
        <translation>Cancelled; the customers added so far are kept.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/segments.py" line="596" />
        <source>Select customers of a static list in the preview first.</source>
        <translation>Select customers of a static list in the preview first.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/segments.py" line="604" />
        <source>%1 customer(s) removed from the list.</source>
        <translation>%1 customer(s) removed from the list.</translation>
    </message>
</context>
<context>
    <name>ServiceSettingsTab</name>
    <message>
        <location filename="../../crm_desktop/ui/admin/service_settings.py" line="36" />
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/service_settings.py" line="37" />
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/service_settings.py" line="38" />
        <source>Waiting (SLA paused)</source>
        <translation>Waiting (SLA paused)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/service_settings.py" line="39" />
        <source>Resolved</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/service_settings.py" line="40" />
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/service_settings.py" line="41" />
        <source>Manual</source>
        <translation>Manual</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/service_settings.py" line="42" />
        <source>Round robin</source>
        <translation>Round robin</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/service_settings.py" line="43" />
        <source>Fewest open tickets</source>
        <translation>Fewest open tickets</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/service_settings.py" line="44" />
        <source>Monday</source>
        <translation>Monday</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/service_settings.py" line="44" />
        <source>Tuesday</source>
        <translation>Tuesday</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/service_settings.py" line="45" />
        <source>Wednesday</source>
        <translation>Wednesday</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/service_settings.py" line="45" />
        <source>Thursday</source>
        <translation>Thursday</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/service_settings.py" line="46" />
        <source>Friday</source>
        <translation>Friday</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/service_settings.py" line="46" />
        <source>Saturday</source>
        <translation>Saturday</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/service_settings.py" line="47" />
        <source>Sunday</source>
        <translation>Sunday</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/service_settings.py" line="94" />
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/service_settings.py" line="94" />
        <location filename="../../crm_desktop/ui/admin/service_settings.py" line="131" />
        <location filename="../../crm_desktop/ui/admin/service_settings.py" line="148" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/service_settings.py" line="94" />
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/service_settings.py" line="95" />
        <source>May move to (codes)</source>
        <translation>May move to (codes)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/service_settings.py" line="99" />
        <source>Add step</source>
        <translation>Add step</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/service_settings.py" line="102" />
        <source>Save workflow</source>
        <translation>Save workflow</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/service_settings.py" line="105" />
        <location filename="../../crm_desktop/ui/admin/service_settings.py" line="195" />
        <source>Ticket workflow</source>
        <translation>Ticket workflow</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/service_settings.py" line="123" />
        <source>e.g. 广东省, 广西壮族自治区</source>
        <translation>e.g. 广东省, 广西壮族自治区</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/service_settings.py" line="124" />
        <source>New team</source>
        <translation>New team</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/service_settings.py" line="126" />
        <source>Save team</source>
        <translation>Save team</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/service_settings.py" line="129" />
        <location filename="../../crm_desktop/ui/admin/service_settings.py" line="196" />
        <source>Service teams</source>
        <translation>Service teams</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/service_settings.py" line="132" />
        <source>Team lead (escalations)</source>
        <translation>Team lead (escalations)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/service_settings.py" line="133" />
        <source>Assignment</source>
        <translation>Assignment</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/service_settings.py" line="134" />
        <source>Members</source>
        <translation>Members</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/service_settings.py" line="135" />
        <source>Provinces it serves</source>
        <translation>Provinces it serves</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/service_settings.py" line="148" />
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/service_settings.py" line="148" />
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/service_settings.py" line="149" />
        <source>First response (min)</source>
        <translation>First response (min)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/service_settings.py" line="149" />
        <source>Resolution (min)</source>
        <translation>Resolution (min)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/service_settings.py" line="150" />
        <source>Warn before (min)</source>
        <translation>Warn before (min)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/service_settings.py" line="155" />
        <source>Add policy</source>
        <translation>Add policy</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/service_settings.py" line="157" />
        <source>Save policies</source>
        <translation>Save policies</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/service_settings.py" line="160" />
        <location filename="../../crm_desktop/ui/admin/service_settings.py" line="197" />
        <source>SLA policies (business minutes)</source>
        <translation>SLA policies (business minutes)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/service_settings.py" line="177" />
        <source>One date per line, e.g. 2026-10-01</source>
        <translation>One date per line, e.g. 2026-10-01</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/service_settings.py" line="180" />
        <source>Weekend days worked (调休), e.g. 2026-10-10</source>
        <translation>Weekend days worked (调休), e.g. 2026-10-10</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/service_settings.py" line="181" />
        <source>Save calendar</source>
        <translation>Save calendar</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/service_settings.py" line="184" />
        <location filename="../../crm_desktop/ui/admin/service_settings.py" line="199" />
        <source>Business calendar</source>
        <translation>Business calendar</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/service_settings.py" line="186" />
        <source>Calendar</source>
        <translation>Calendar</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/service_settings.py" line="189" />
        <source>Holidays</source>
        <translation>Holidays</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/service_settings.py" line="190" />
        <source>Make-up working days</source>
        <translation>Make-up working days</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/service_settings.py" line="250" />
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/service_settings.py" line="300" />
        <source>New policy</source>
        <translation>New policy</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/service_settings.py" line="303" />
        <location filename="../../crm_desktop/ui/admin/service_settings.py" line="306" />
        <source>(any)</source>
        <translation>(any)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/service_settings.py" line="353" />
        <source>Workflow saved.</source>
        <translation>Workflow saved.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/service_settings.py" line="415" />
        <source>Team saved.</source>
        <translation>Team saved.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/service_settings.py" line="443" />
        <source>SLA policies saved.</source>
        <translation>SLA policies saved.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/service_settings.py" line="469" />
        <source>Calendar saved.</source>
        <translation>Calendar saved.</translation>
    </message>
</context>
<context>
    <name>SetPasswordDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/login/dialogs.py" line="310" />
        <source>Set password for %1</source>
        <translation>Set password for %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/login/dialogs.py" line="312" />
        <source>New password</source>
        <translation>New password</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/login/dialogs.py" line="313" />
        <source>Repeat new password</source>
        <translation>Repeat new password</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/login/dialogs.py" line="314" />
        <source>At least 8 characters, not containing the user name. Setting a password also lifts a lockout.</source>
        <translation>At least 8 characters, not containing the user name. Setting a password also lifts a lockout.</translation>
    </message>
</context>
<context>
    <name>StageColumn</name>
    <message>
        <location filename="../../crm_desktop/ui/sales/board.py" line="250" />
        <source>%1 opportunities · %2
weighted %3</source>
        <translation>%1 opportunities · %2
weighted %3</translation>
    </message>
</context>
<context>
    <name>SyncActions</name>
    <message>
        <location filename="../../crm_desktop/ui/sync/actions.py" line="97" />
        <source>&amp;Sync now</source>
        <translation>&amp;Sync now</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/actions.py" line="102" />
        <source>&amp;Connect to server…</source>
        <translation>&amp;Connect to server…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/actions.py" line="105" />
        <source>&amp;Disconnect</source>
        <translation>&amp;Disconnect</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/actions.py" line="109" />
        <source>Conflict &amp;inbox</source>
        <translation>Conflict &amp;inbox</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/actions.py" line="158" />
        <source>Sync: …</source>
        <translation>Sync: …</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/actions.py" line="160" />
        <source>Offline: not connected</source>
        <translation>Offline: not connected</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/actions.py" line="162" />
        <source>Syncing… %1</source>
        <translation>Syncing… %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/actions.py" line="164" />
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/actions.py" line="166" />
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/actions.py" line="169" />
        <source>Last sync: %1</source>
        <translation>Last sync: %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/actions.py" line="169" />
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/actions.py" line="170" />
        <source>Pending: %1</source>
        <translation>Pending: %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/actions.py" line="172" />
        <source>Issues: %1</source>
        <translation>Issues: %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/actions.py" line="174" />
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/actions.py" line="178" />
        <source>Server: %1 as %2</source>
        <translation>Server: %1 as %2</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/actions.py" line="180" />
        <source>%1 local change(s) not yet on the server</source>
        <translation>%1 local change(s) not yet on the server</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/actions.py" line="181" />
        <source>%1 open conflict(s) or refused change(s): click to open the inbox</source>
        <translation>%1 open conflict(s) or refused change(s): click to open the inbox</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/actions.py" line="186" />
        <source>Last error: %1</source>
        <translation>Last error: %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/actions.py" line="198" />
        <source>A sync is already running.</source>
        <translation>A sync is already running.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/actions.py" line="208" />
        <source>Syncing…</source>
        <translation>Syncing…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/actions.py" line="227" />
        <source>Synced: %1 sent, %2 received</source>
        <translation>Synced: %1 sent, %2 received</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/actions.py" line="231" />
        <source>1 conflict</source>
        <translation>1 conflict</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/actions.py" line="232" />
        <source>%1 conflicts</source>
        <translation>%1 conflicts</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/actions.py" line="234" />
        <source>1 refused</source>
        <translation>1 refused</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/actions.py" line="235" />
        <source>%1 refused</source>
        <translation>%1 refused</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/actions.py" line="237" />
        <source>%1 removed from this computer</source>
        <translation>%1 removed from this computer</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/actions.py" line="242" />
        <source>%1 change(s) refused by the server and rolled back on this computer: %2</source>
        <translation>%1 change(s) refused by the server and rolled back on this computer: %2</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/actions.py" line="244" />
        <source>See Sync &gt; Conflict inbox.</source>
        <translation>See Sync &gt; Conflict inbox.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/actions.py" line="252" />
        <source>Connected</source>
        <translation>Connected</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/actions.py" line="253" />
        <source>This computer now holds the server&apos;s data. Sign in again as %1 with your server password.</source>
        <translation>This computer now holds the server&apos;s data. Sign in again as %1 with your server password.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/actions.py" line="270" />
        <source>Sync failed: %1</source>
        <translation>Sync failed: %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/actions.py" line="280" />
        <source>Server password</source>
        <translation>Server password</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/actions.py" line="281" />
        <source>Password for %1 on the server (there is no keyring, so it is asked each session):</source>
        <translation>Password for %1 on the server (there is no keyring, so it is asked each session):</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/actions.py" line="308" />
        <source>Connected to %1 as %2.</source>
        <translation>Connected to %1 as %2.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/actions.py" line="322" />
        <source>Disconnect</source>
        <translation>Disconnect</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/actions.py" line="323" />
        <source>Stop syncing with the server? The data on this computer stays, and %1 unsynced change(s) stay pending until you connect again.</source>
        <translation>Stop syncing with the server? The data on this computer stays, and %1 unsynced change(s) stay pending until you connect again.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/actions.py" line="330" />
        <source>A sync is running; disconnect when it has finished.</source>
        <translation>A sync is running; disconnect when it has finished.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/actions.py" line="338" />
        <source>Disconnected from the server; the data on this computer stays.</source>
        <translation>Disconnected from the server; the data on this computer stays.</translation>
    </message>
</context>
<context>
    <name>TagForm</name>
    <message>
        <location filename="../../crm_desktop/ui/admin/tags.py" line="37" />
        <source>New tag</source>
        <translation>New tag</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/tags.py" line="37" />
        <source>Rename tag</source>
        <translation>Rename tag</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/tags.py" line="38" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/ui/admin/tags.py" line="60" />
        <source>A tag named %1 already exists. Merge %2 into it? Its %n customer(s) will carry %1 instead, and %2 is deleted.</source>
        <translation>
            <numerusform>A tag named %1 already exists. Merge %2 into it? Its %n customer(s) will carry %1 instead, and %2 is deleted.</numerusform>
            <numerusform>A tag named %1 already exists. Merge %2 into it? Its %n customer(s) will carry %1 instead, and %2 is deleted.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/tags.py" line="62" />
        <source>Merge tags</source>
        <translation>Merge tags</translation>
    </message>
</context>
<context>
    <name>TagModel</name>
    <message>
        <location filename="../../crm_desktop/ui/admin/tags.py" line="22" />
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/tags.py" line="22" />
        <source>Customers</source>
        <translation>Customers</translation>
    </message>
</context>
<context>
    <name>TagsTab</name>
    <message>
        <location filename="../../crm_desktop/ui/admin/tags.py" line="75" />
        <source>Filter tags…</source>
        <translation>Filter tags…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/tags.py" line="76" />
        <source>New tag…</source>
        <translation>New tag…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/tags.py" line="77" />
        <source>Rename…</source>
        <translation>Rename…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/tags.py" line="78" />
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/tags.py" line="118" />
        <source>Merging tags…</source>
        <translation>Merging tags…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/tags.py" line="119" />
        <source>Merged %1 into %2: %3 customer(s).</source>
        <translation>Merged %1 into %2: %3 customer(s).</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/tags.py" line="125" />
        <source>Delete tag</source>
        <translation>Delete tag</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/ui/admin/tags.py" line="125" />
        <source>Take the tag %1 off its %n customer(s) and delete it?</source>
        <translation>
            <numerusform>Take the tag %1 off its %n customer(s) and delete it?</numerusform>
            <numerusform>Take the tag %1 off its %n customer(s) and delete it?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/tags.py" line="127" />
        <source>Deleting the tag…</source>
        <translation>Deleting the tag…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/tags.py" line="128" />
        <source>Deleted the tag %1 from %3 customer(s).</source>
        <translation>Deleted the tag %1 from %3 customer(s).</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/tags.py" line="132" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/tags.py" line="165" />
        <source>Stopped. The customers done so far keep the change; the tag is still there for the rest.</source>
        <translation>Stopped. The customers done so far keep the change; the tag is still there for the rest.</translation>
    </message>
</context>
<context>
    <name>TargetsScreen</name>
    <message>
        <location filename="../../crm_desktop/ui/targets/screen.py" line="40" />
        <source>Contract amount signed</source>
        <translation>Contract amount signed</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/targets/screen.py" line="41" />
        <source>Payments received</source>
        <translation>Payments received</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/targets/screen.py" line="42" />
        <source>Set target…</source>
        <translation>Set target…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/targets/screen.py" line="46" />
        <source>Set department target…</source>
        <translation>Set department target…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/targets/screen.py" line="53" />
        <source>Period:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/targets/screen.py" line="59" />
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/targets/screen.py" line="60" />
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/targets/screen.py" line="63" />
        <source>Ranking by person</source>
        <translation>Ranking by person</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/targets/screen.py" line="65" />
        <source>By department</source>
        <translation>By department</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/targets/screen.py" line="73" />
        <source>Rank</source>
        <translation>Rank</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/targets/screen.py" line="73" />
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/targets/screen.py" line="73" />
        <source>Actual</source>
        <translation>Actual</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/targets/screen.py" line="74" />
        <source>Achieved</source>
        <translation>Achieved</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/targets/screen.py" line="107" />
        <source>Choose the department whose target to set.</source>
        <translation>Choose the department whose target to set.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/targets/screen.py" line="116" />
        <source>Choose the person whose target to set.</source>
        <translation>Choose the person whose target to set.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/targets/screen.py" line="119" />
        <source>Set target</source>
        <translation>Set target</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/targets/screen.py" line="119" />
        <source>Target for %1:</source>
        <translation>Target for %1:</translation>
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/agenda/screen.py" line="24" />
        <source>Task</source>
        <translation>Task</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/agenda/screen.py" line="24" />
        <source>Call</source>
        <translation>Call</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/agenda/screen.py" line="25" />
        <source>Visit</source>
        <translation>Visit</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/agenda/screen.py" line="25" />
        <source>Meeting</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/agenda/screen.py" line="26" />
        <source>No reminder</source>
        <translation>No reminder</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/agenda/screen.py" line="26" />
        <source>At the time</source>
        <translation>At the time</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/agenda/screen.py" line="27" />
        <source>15 minutes before</source>
        <translation>15 minutes before</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/agenda/screen.py" line="28" />
        <source>1 hour before</source>
        <translation>1 hour before</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/agenda/screen.py" line="29" />
        <source>1 day before</source>
        <translation>1 day before</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/agenda/screen.py" line="54" />
        <source>New task</source>
        <translation>New task</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/agenda/screen.py" line="59" />
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/agenda/screen.py" line="62" />
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/agenda/screen.py" line="64" />
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/agenda/screen.py" line="67" />
        <source>Until</source>
        <translation>Until</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/agenda/screen.py" line="70" />
        <source>Reminder</source>
        <translation>Reminder</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/agenda/screen.py" line="74" />
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/agenda/screen.py" line="77" />
        <source>(optional) type to search customers…</source>
        <translation>(optional) type to search customers…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/agenda/screen.py" line="86" />
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/agenda/screen.py" line="87" />
        <location filename="../../crm_desktop/ui/agenda/screen.py" line="121" />
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/agenda/screen.py" line="91" />
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/agenda/screen.py" line="92" />
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>TicketDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/tickets/form.py" line="94" />
        <source>New ticket</source>
        <translation>New ticket</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tickets/form.py" line="94" />
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tickets/form.py" line="98" />
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tickets/form.py" line="99" />
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tickets/form.py" line="100" />
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tickets/form.py" line="101" />
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tickets/form.py" line="104" />
        <source>Type a name, phone or pinyin, then Enter</source>
        <translation>Type a name, phone or pinyin, then Enter</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tickets/form.py" line="106" />
        <location filename="../../crm_desktop/ui/tickets/form.py" line="239" />
        <source>(no customer)</source>
        <translation>(no customer)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tickets/form.py" line="110" />
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tickets/form.py" line="111" />
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tickets/form.py" line="112" />
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tickets/form.py" line="113" />
        <location filename="../../crm_desktop/ui/tickets/form.py" line="249" />
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tickets/form.py" line="116" />
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tickets/form.py" line="133" />
        <source>Reply to the customer, or an internal note</source>
        <translation>Reply to the customer, or an internal note</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tickets/form.py" line="135" />
        <source>Internal note</source>
        <translation>Internal note</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tickets/form.py" line="136" />
        <source>Attach file…</source>
        <translation>Attach file…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tickets/form.py" line="139" />
        <source>Send</source>
        <translation>Send</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tickets/form.py" line="142" />
        <source>Assign…</source>
        <translation>Assign…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tickets/form.py" line="144" />
        <source>Dispatch work order…</source>
        <translation>Dispatch work order…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tickets/form.py" line="149" />
        <source>Record satisfaction</source>
        <translation>Record satisfaction</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tickets/form.py" line="151" />
        <source>Record field visit…</source>
        <translation>Record field visit…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tickets/form.py" line="154" />
        <source>Record return visit…</source>
        <translation>Record return visit…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tickets/form.py" line="186" />
        <source>Satisfaction</source>
        <translation>Satisfaction</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tickets/form.py" line="322" />
        <source>This ticket has changes that are not saved. Save them before closing?</source>
        <translation>This ticket has changes that are not saved. Save them before closing?</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tickets/form.py" line="326" />
        <source>Reply not sent</source>
        <translation>Reply not sent</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tickets/form.py" line="327" />
        <source>The reply you typed has not been sent. Discard it?</source>
        <translation>The reply you typed has not been sent. Discard it?</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tickets/form.py" line="348" />
        <source>Assign</source>
        <translation>Assign</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tickets/form.py" line="348" />
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tickets/form.py" line="357" />
        <source>Dispatch work order</source>
        <translation>Dispatch work order</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tickets/form.py" line="357" />
        <source>Technician</source>
        <translation>Technician</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tickets/form.py" line="364" />
        <source>Attach a file</source>
        <translation>Attach a file</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tickets/form.py" line="380" />
        <source>Save the file</source>
        <translation>Save the file</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tickets/form.py" line="412" />
        <source>First response in %1</source>
        <translation>First response in %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tickets/form.py" line="414" />
        <source>Resolve in %1</source>
        <translation>Resolve in %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tickets/form.py" line="416" />
        <source>(paused: waiting on the customer)</source>
        <translation>(paused: waiting on the customer)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tickets/form.py" line="418" />
        <source>SLA breached</source>
        <translation>SLA breached</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tickets/form.py" line="419" />
        <source>SLA clocks stopped</source>
        <translation>SLA clocks stopped</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tickets/form.py" line="432" />
        <source>Assignee: %1</source>
        <translation>Assignee: %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tickets/form.py" line="433" />
        <source>Satisfaction %1/5</source>
        <translation>Satisfaction %1/5</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tickets/form.py" line="444" />
        <source>Internal note: %1</source>
        <translation>Internal note: %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tickets/form.py" line="446" />
        <source>File: %1</source>
        <translation>File: %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tickets/form.py" line="448" />
        <source>Work order %1: %2</source>
        <translation>Work order %1: %2</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tickets/form.py" line="450" />
        <source>Return visit due</source>
        <translation>Return visit due</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tickets/form.py" line="451" />
        <source>Return visit: %1</source>
        <translation>Return visit: %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tickets/form.py" line="458" />
        <source>Double-click to save the file</source>
        <translation>Double-click to save the file</translation>
    </message>
</context>
<context>
    <name>TicketQueueModel</name>
    <message>
        <location filename="../../crm_desktop/ui/tickets/model.py" line="65" />
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tickets/model.py" line="65" />
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tickets/model.py" line="65" />
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tickets/model.py" line="65" />
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tickets/model.py" line="65" />
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tickets/model.py" line="66" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tickets/model.py" line="66" />
        <source>Assignee</source>
        <translation>Assignee</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tickets/model.py" line="66" />
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tickets/model.py" line="66" />
        <source>Resolve by</source>
        <translation>Resolve by</translation>
    </message>
</context>
<context>
    <name>TicketsScreen</name>
    <message numerus="yes">
        <location filename="../../crm_desktop/ui/tickets/screen.py" line="60" />
        <source>%n ticket(s)</source>
        <translation>
            <numerusform>%n ticket</numerusform>
            <numerusform>%n tickets</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tickets/screen.py" line="77" />
        <source>New ticket</source>
        <translation>New ticket</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tickets/screen.py" line="79" />
        <source>Phone call</source>
        <translation>Phone call</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tickets/screen.py" line="81" />
        <source>From e-mail…</source>
        <translation>From e-mail…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tickets/screen.py" line="83" />
        <source>Drop an e-mail file (.eml) here to make a ticket of it.</source>
        <translation>Drop an e-mail file (.eml) here to make a ticket of it.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tickets/screen.py" line="122" />
        <source>My tickets</source>
        <translation>My tickets</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tickets/screen.py" line="122" />
        <source>Unassigned</source>
        <translation>Unassigned</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tickets/screen.py" line="123" />
        <source>All open</source>
        <translation>All open</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tickets/screen.py" line="123" />
        <source>SLA breached</source>
        <translation>SLA breached</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tickets/screen.py" line="124" />
        <source>Resolved and closed</source>
        <translation>Resolved and closed</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tickets/screen.py" line="124" />
        <source>My field visits</source>
        <translation>My field visits</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tickets/screen.py" line="125" />
        <source>Return visits to make</source>
        <translation>Return visits to make</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tickets/screen.py" line="126" />
        <source>All tickets</source>
        <translation>All tickets</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tickets/screen.py" line="127" />
        <source>Team: %1</source>
        <translation>Team: %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tickets/screen.py" line="173" />
        <source>Open an e-mail</source>
        <translation>Open an e-mail</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tickets/screen.py" line="173" />
        <source>E-mail (*.eml)</source>
        <translation>E-mail (*.eml)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tickets/screen.py" line="195" />
        <source>Some files were not imported</source>
        <translation>Some files were not imported</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/ui/tickets/screen.py" line="197" />
        <source>%n ticket(s) from e-mail</source>
        <translation>
            <numerusform>%n ticket from e-mail</numerusform>
            <numerusform>%n tickets from e-mail</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tickets/screen.py" line="225" />
        <source>SLA warning: %1 %2 is close to its resolution target</source>
        <translation>SLA warning: %1 %2 is close to its resolution target</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tickets/screen.py" line="227" />
        <source>SLA breach: %1 %2 has had no first response in time</source>
        <translation>SLA breach: %1 %2 has had no first response in time</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tickets/screen.py" line="229" />
        <source>Escalated: %1 %2 missed its resolution target</source>
        <translation>Escalated: %1 %2 missed its resolution target</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tickets/screen.py" line="230" />
        <source>Escalated to you: %1 %2 missed its resolution target</source>
        <translation>Escalated to you: %1 %2 missed its resolution target</translation>
    </message>
</context>
<context>
    <name>TotpDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/login/dialogs.py" line="332" />
        <source>Two-step verification</source>
        <translation>Two-step verification</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/login/dialogs.py" line="344" />
        <source>Two-step verification is on. To turn it off, enter a current code from your authenticator app.</source>
        <translation>Two-step verification is on. To turn it off, enter a current code from your authenticator app.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/login/dialogs.py" line="346" />
        <source>Turn off</source>
        <translation>Turn off</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/login/dialogs.py" line="348" />
        <source>Scan this code with an authenticator app (Microsoft Authenticator, Google Authenticator, FreeOTP…), then enter the 6-digit code it shows.</source>
        <translation>Scan this code with an authenticator app (Microsoft Authenticator, Google Authenticator, FreeOTP…), then enter the 6-digit code it shows.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/login/dialogs.py" line="359" />
        <source>Or type this key into the app:</source>
        <translation>Or type this key into the app:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/login/dialogs.py" line="361" />
        <source>Turn on</source>
        <translation>Turn on</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/login/dialogs.py" line="363" />
        <source>Verification code</source>
        <translation>Verification code</translation>
    </message>
</context>
<context>
    <name>UnsubscribeDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/marketing/unsubscribes.py" line="51" />
        <source>Add to the unsubscribe list</source>
        <translation>Add to the unsubscribe list</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/unsubscribes.py" line="58" />
        <source>For example: asked by phone</source>
        <translation>For example: asked by phone</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/unsubscribes.py" line="60" />
        <source>E-mail address</source>
        <translation>E-mail address</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/unsubscribes.py" line="61" />
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>UnsubscribesScreen</name>
    <message>
        <location filename="../../crm_desktop/ui/marketing/unsubscribes.py" line="34" />
        <source>Unsubscribe link</source>
        <translation>Unsubscribe link</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/unsubscribes.py" line="35" />
        <source>Entered by hand</source>
        <translation>Entered by hand</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/unsubscribes.py" line="36" />
        <source>Bounced</source>
        <translation>Bounced</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/unsubscribes.py" line="37" />
        <source>Imported</source>
        <translation>Imported</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/unsubscribes.py" line="101" />
        <source>Search addresses…</source>
        <translation>Search addresses…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/unsubscribes.py" line="110" />
        <source>&amp;Add address…</source>
        <translation>&amp;Add address…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/unsubscribes.py" line="114" />
        <source>&amp;Remove from list</source>
        <translation>&amp;Remove from list</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/unsubscribes.py" line="120" />
        <source>E-mail address</source>
        <translation>E-mail address</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/unsubscribes.py" line="120" />
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/unsubscribes.py" line="120" />
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/unsubscribes.py" line="121" />
        <source>Added on</source>
        <translation>Added on</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/unsubscribes.py" line="175" />
        <source>The first %1 addresses are shown; search to narrow the list.</source>
        <translation>The first %1 addresses are shown; search to narrow the list.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/unsubscribes.py" line="177" />
        <source>%1 address(es)</source>
        <translation>%1 address(es)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/unsubscribes.py" line="198" />
        <source>%1 will receive no campaign e-mail.</source>
        <translation>%1 will receive no campaign e-mail.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/unsubscribes.py" line="205" />
        <source>Remove from the unsubscribe list</source>
        <translation>Remove from the unsubscribe list</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/unsubscribes.py" line="206" />
        <source>Take %1 off the unsubscribe list? Campaigns prepared from now on will e-mail this address again.</source>
        <translation>Take %1 off the unsubscribe list? Campaigns prepared from now on will e-mail this address again.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/unsubscribes.py" line="213" />
        <source>%1 is not on the unsubscribe list.</source>
        <translation>%1 is not on the unsubscribe list.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/unsubscribes.py" line="215" />
        <source>Unsubscribe list</source>
        <translation>Unsubscribe list</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/unsubscribes.py" line="220" />
        <source>%1 was removed from the unsubscribe list.</source>
        <translation>%1 was removed from the unsubscribe list.</translation>
    </message>
</context>
<context>
    <name>UserForm</name>
    <message>
        <location filename="../../crm_desktop/ui/admin/users.py" line="32" />
        <source>New user</source>
        <translation>New user</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/users.py" line="32" />
        <source>Edit user</source>
        <translation>Edit user</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/users.py" line="33" />
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/users.py" line="34" />
        <source>e.g. zhang.wei</source>
        <translation>e.g. zhang.wei</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/users.py" line="35" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/users.py" line="36" />
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/users.py" line="37" />
        <source>(choose a department)</source>
        <translation>(choose a department)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/users.py" line="40" />
        <source>Manager</source>
        <translation>Manager</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/users.py" line="41" />
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/users.py" line="47" />
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
</context>
<context>
    <name>UserModel</name>
    <message>
        <location filename="../../crm_desktop/ui/admin/users.py" line="16" />
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/users.py" line="16" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/users.py" line="17" />
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/users.py" line="17" />
        <source>Manager</source>
        <translation>Manager</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/users.py" line="18" />
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/users.py" line="18" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/users.py" line="19" />
        <source>Inactive</source>
        <translation>Inactive</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/users.py" line="19" />
        <source>Active</source>
        <translation>Active</translation>
    </message>
</context>
<context>
    <name>UsersTab</name>
    <message>
        <location filename="../../crm_desktop/ui/admin/users.py" line="88" />
        <source>Filter users…</source>
        <translation>Filter users…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/users.py" line="89" />
        <source>New user…</source>
        <translation>New user…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/users.py" line="90" />
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/users.py" line="91" />
        <source>Deactivate</source>
        <translation>Deactivate</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/users.py" line="92" />
        <source>Activate</source>
        <translation>Activate</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/users.py" line="96" />
        <source>Set password…</source>
        <translation>Set password…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/users.py" line="129" />
        <source>Deactivate user</source>
        <translation>Deactivate user</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/users.py" line="130" />
        <source>Deactivate %1? They will no longer be able to sign in.</source>
        <translation>Deactivate %1? They will no longer be able to sign in.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/users.py" line="133" />
        <source>Deactivated %1.</source>
        <translation>Deactivated %1.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/users.py" line="142" />
        <source>Password set for %1.</source>
        <translation>Password set for %1.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/users.py" line="150" />
        <source>Activated %1.</source>
        <translation>Activated %1.</translation>
    </message>
</context>
<context>
    <name>actions</name>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="104" />
        <source>view</source>
        <translation>view</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="104" />
        <source>create</source>
        <translation>create</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="105" />
        <source>edit</source>
        <translation>edit</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="105" />
        <source>delete</source>
        <translation>delete</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="106" />
        <source>import</source>
        <translation>import</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="106" />
        <source>export</source>
        <translation>export</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="107" />
        <source>approve</source>
        <translation>approve</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="107" />
        <source>claim</source>
        <translation>claim</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="108" />
        <source>release</source>
        <translation>release</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="109" />
        <source>administer</source>
        <translation>administer</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="110" />
        <source>send</source>
        <translation>send</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="110" />
        <source>adjust</source>
        <translation>adjust</translation>
    </message>
</context>
<context>
    <name>approvals</name>
    <message>
        <location filename="../../crm_desktop/ui/approvals/screen.py" line="18" />
        <source>Contract</source>
        <translation>Contract</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/approvals/screen.py" line="19" />
        <source>Receivable instalment</source>
        <translation>Receivable instalment</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/approvals/screen.py" line="20" />
        <source>Invoice</source>
        <translation>Invoice</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/approvals/screen.py" line="21" />
        <source>Quote discount</source>
        <translation>Quote discount</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/approvals/screen.py" line="22" />
        <source>Pending</source>
        <translation>Pending</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/approvals/screen.py" line="23" />
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/approvals/screen.py" line="24" />
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/approvals/screen.py" line="25" />
        <source>Withdrawn</source>
        <translation>Withdrawn</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="18" />
        <source>This field is required.</source>
        <translation>This field is required.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="19" />
        <source>The calendar has no working hours: no SLA could ever be met on it.</source>
        <translation>The calendar has no working hours: no SLA could ever be met on it.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="20" />
        <source>Working hours must be HH:MM-HH:MM, each ending after it starts, not overlapping (day %1).</source>
        <translation>Working hours must be HH:MM-HH:MM, each ending after it starts, not overlapping (day %1).</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="21" />
        <source>Not a date (YYYY-MM-DD): %1</source>
        <translation>Not a date (YYYY-MM-DD): %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="22" />
        <source>Unknown time zone: %1</source>
        <translation>Unknown time zone: %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="23" />
        <source>The resolution target cannot be shorter than the first-response target.</source>
        <translation>The resolution target cannot be shorter than the first-response target.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="24" />
        <source>At most %n characters.</source>
        <translation>At most %n characters.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="25" />
        <source>Not a phone number.</source>
        <translation>Not a phone number.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="26" />
        <source>This phone number does not exist (check the digits).</source>
        <translation>This phone number does not exist (check the digits).</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="27" />
        <source>Not a valid e-mail address.</source>
        <translation>Not a valid e-mail address.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="28" />
        <source>Choose one of the listed values.</source>
        <translation>Choose one of the listed values.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="29" />
        <source>Wrong kind of value.</source>
        <translation>Wrong kind of value.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="30" />
        <source>Unknown field.</source>
        <translation>Unknown field.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="31" />
        <source>This field cannot be changed.</source>
        <translation>This field cannot be changed.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="32" />
        <source>Not a record id: enter its hexadecimal digits (or the first few).</source>
        <translation>Not a record id: enter its hexadecimal digits (or the first few).</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="34" />
        <source>No such tag yet: %1. Pick one of the existing tags; new tags are added by those who may (Administration &gt; Tags).</source>
        <translation>No such tag yet: %1. Pick one of the existing tags; new tags are added by those who may (Administration &gt; Tags).</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="35" />
        <source>A tag named %1 already exists.</source>
        <translation>A tag named %1 already exists.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="36" />
        <source>A tag cannot contain a comma, a semicolon or 、.</source>
        <translation>A tag cannot contain a comma, a semicolon or 、.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="39" />
        <source>A user cannot report to themself or to someone who reports to them.</source>
        <translation>A user cannot report to themself or to someone who reports to them.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="41" />
        <source>A department cannot be placed under itself or one of its sub-departments.</source>
        <translation>A department cannot be placed under itself or one of its sub-departments.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="42" />
        <source>This is already taken; choose another.</source>
        <translation>This is already taken; choose another.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="43" />
        <source>Use only lower-case letters a-z, digits and . _ - (starting with a letter or digit).</source>
        <translation>Use only lower-case letters a-z, digits and . _ - (starting with a letter or digit).</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="44" />
        <source>The chosen record no longer exists.</source>
        <translation>The chosen record no longer exists.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="46" />
        <source>Still in use by %1 sub-department(s) and %2 active user(s); move or deactivate them first.</source>
        <translation>Still in use by %1 sub-department(s) and %2 active user(s); move or deactivate them first.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="49" />
        <source>Still held by %1 user(s); take the role away from them first.</source>
        <translation>Still held by %1 user(s); take the role away from them first.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="51" />
        <source>You cannot deactivate your own account.</source>
        <translation>You cannot deactivate your own account.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="52" />
        <source>This is the last active administrator; make someone else an administrator first.</source>
        <translation>This is the last active administrator; make someone else an administrator first.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="53" />
        <source>No such permission: %1.</source>
        <translation>No such permission: %1.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="54" />
        <source>The administrator role must keep every permission.</source>
        <translation>The administrator role must keep every permission.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="55" />
        <source>Built-in roles cannot be deleted.</source>
        <translation>Built-in roles cannot be deleted.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="56" />
        <source>Not a date (write it as 2026-12-31).</source>
        <translation>Not a date (write it as 2026-12-31).</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="57" />
        <source>The row names no customer or contact.</source>
        <translation>The row names no customer or contact.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="58" />
        <source>Choose which column holds the customer&apos;s (or the contact&apos;s) name.</source>
        <translation>Choose which column holds the customer&apos;s (or the contact&apos;s) name.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="60" />
        <source>Not a number (write it as 12345.60 or 1.2万).</source>
        <translation>Not a number (write it as 12345.60 or 1.2万).</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="61" />
        <source>Cannot be negative.</source>
        <translation>Cannot be negative.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="62" />
        <source>At most %1 decimal places.</source>
        <translation>At most %1 decimal places.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="63" />
        <source>Too large.</source>
        <translation>Too large.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="64" />
        <source>Must be between %1 and %2.</source>
        <translation>Must be between %1 and %2.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="65" />
        <source>Not a currency code (such as CNY).</source>
        <translation>Not a currency code (such as CNY).</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="66" />
        <source>A pipeline keeps at least one open stage, exactly one won stage and one lost stage.</source>
        <translation>A pipeline keeps at least one open stage, exactly one won stage and one lost stage.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="67" />
        <source>That stage belongs to another pipeline.</source>
        <translation>That stage belongs to another pipeline.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="68" />
        <source>The instalments would add up to more than the contract amount; at most %1 is left to plan.</source>
        <translation>The instalments would add up to more than the contract amount; at most %1 is left to plan.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="69" />
        <source>More than is open (%1). Tick Overpayment to record it anyway.</source>
        <translation>More than is open (%1). Tick Overpayment to record it anyway.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="70" />
        <source>The invoices would add up to more than the contract amount; at most %1 is left to invoice.</source>
        <translation>The invoices would add up to more than the contract amount; at most %1 is left to invoice.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="71" />
        <source>Less than is already planned or received (%1).</source>
        <translation>Less than is already planned or received (%1).</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="72" />
        <source>Less than is already received (%1).</source>
        <translation>Less than is already received (%1).</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="73" />
        <source>Payments were recorded against it; delete them first.</source>
        <translation>Payments were recorded against it; delete them first.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="74" />
        <source>A numbering rule ends with exactly one {seq} (e.g. HT{yyyy}{mm}{dd}-{seq:4}).</source>
        <translation>A numbering rule ends with exactly one {seq} (e.g. HT{yyyy}{mm}{dd}-{seq:4}).</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="75" />
        <source>Use only text, {yyyy}, {yy}, {mm}, {dd} and {seq:N}, at most 40 characters.</source>
        <translation>Use only text, {yyyy}, {yy}, {mm}, {dd} and {seq:N}, at most 40 characters.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="76" />
        <source>Not a valid unified social credit code (18 characters; check the last one).</source>
        <translation>Not a valid unified social credit code (18 characters; check the last one).</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="123" />
        <source>The record no longer exists.</source>
        <translation>The record no longer exists.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="124" />
        <source>Nothing to undo.</source>
        <translation>Nothing to undo.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="125" />
        <source>Cannot undo: the record was changed again afterwards (field %1).</source>
        <translation>Cannot undo: the record was changed again afterwards (field %1).</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="127" />
        <source>The data folder cannot be written:
%1</source>
        <translation>The data folder cannot be written:
%1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="129" />
        <source>The data folder is in use by another running copy of the app:
%1</source>
        <translation>The data folder is in use by another running copy of the app:
%1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="131" />
        <source>The database is locked by another program:
%1</source>
        <translation>The database is locked by another program:
%1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="133" />
        <source>The database file is damaged and cannot be opened:
%1</source>
        <translation>The database file is damaged and cannot be opened:
%1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="136" />
        <source>This record is outside the data you may see or change.</source>
        <translation>This record is outside the data you may see or change.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="138" />
        <source>This would leave nobody with the administrator role.</source>
        <translation>This would leave nobody with the administrator role.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="140" />
        <source>This step of the approval is not yours to decide.</source>
        <translation>This step of the approval is not yours to decide.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="142" />
        <source>Your account is disabled.</source>
        <translation>Your account is disabled.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="143" />
        <source>You do not have permission to %1 in %2.</source>
        <translation>You do not have permission to %1 in %2.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="145" />
        <source>This file cannot be restored (%1):
%2

The current data is unchanged.</source>
        <translation>This file cannot be restored (%1):
%2

The current data is unchanged.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="147" />
        <source>The backup failed (%1):
%2</source>
        <translation>The backup failed (%1):
%2</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="149" />
        <source>The restore failed (%1); the current data is unchanged:
%2</source>
        <translation>The restore failed (%1); the current data is unchanged:
%2</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="151" />
        <source>The database could not be opened:
%1</source>
        <translation>The database could not be opened:
%1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="154" />
        <source>The secure connection (TLS) to the server failed (%1). Check the SSL mode and the certificate files; your work is kept.</source>
        <translation>The secure connection (TLS) to the server failed (%1). Check the SSL mode and the certificate files; your work is kept.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="155" />
        <source>Cannot reach the server (%1). Check the address and the network; your work is kept and syncs later.</source>
        <translation>Cannot reach the server (%1). Check the address and the network; your work is kept and syncs later.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="157" />
        <source>The server refused the sign-in (%1). Check the user name and password.</source>
        <translation>The server refused the sign-in (%1). Check the user name and password.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="159" />
        <source>The server account %1 is disabled; ask an administrator. Your unsynced work is kept.</source>
        <translation>The server account %1 is disabled; ask an administrator. Your unsynced work is kept.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="161" />
        <source>This app is older than the server requires (schema %1, minimum %2). Update the app; your unsynced work is kept.</source>
        <translation>This app is older than the server requires (schema %1, minimum %2). Update the app; your unsynced work is kept.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="163" />
        <source>Not connected to a server. Use Sync &gt; Connect to server… first.</source>
        <translation>Not connected to a server. Use Sync &gt; Connect to server… first.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="164" />
        <source>The server address is not usable: %1</source>
        <translation>The server address is not usable: %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="166" />
        <source>This data folder already holds local work (%1) and cannot be joined to a server. Connect from a new, empty data folder.</source>
        <translation>This data folder already holds local work (%1) and cannot be joined to a server. Connect from a new, empty data folder.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="169" />
        <source>This customer is no longer in the public pool (someone claimed it first).</source>
        <translation>This customer is no longer in the public pool (someone claimed it first).</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="170" />
        <source>You already own %1 customers, the most this pool allows (%2). Release some first.</source>
        <translation>You already own %1 customers, the most this pool allows (%2). Release some first.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="172" />
        <source>You released this customer recently; you may claim it again from %1.</source>
        <translation>You released this customer recently; you may claim it again from %1.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="174" />
        <source>Say why the customer goes back to the pool.</source>
        <translation>Say why the customer goes back to the pool.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="175" />
        <source>There is no public pool yet; an administrator creates one under Administration.</source>
        <translation>There is no public pool yet; an administrator creates one under Administration.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="177" />
        <source>The file cannot be read (%1):
%2</source>
        <translation>The file cannot be read (%1):
%2</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="179" />
        <source>The file is empty:
%1</source>
        <translation>The file is empty:
%1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="180" />
        <source>Opportunities are still in the stage %1; move them first.</source>
        <translation>Opportunities are still in the stage %1; move them first.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="182" />
        <source>There is no sales pipeline yet; sync with the server (F9) or ask an administrator.</source>
        <translation>There is no sales pipeline yet; sync with the server (F9) or ask an administrator.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="183" />
        <source>It is waiting for approval and cannot change until the approvers decide (or the request is withdrawn).</source>
        <translation>It is waiting for approval and cannot change until the approvers decide (or the request is withdrawn).</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="184" />
        <source>This request was decided already.</source>
        <translation>This request was decided already.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="185" />
        <source>The ticket workflow does not allow this move from its current status.</source>
        <translation>The ticket workflow does not allow this move from its current status.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="186" />
        <source>The SLA policy %1 cannot be met: its business calendar has no working hours.</source>
        <translation>The SLA policy %1 cannot be met: its business calendar has no working hours.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="187" />
        <source>Satisfaction is recorded once the ticket is resolved.</source>
        <translation>Satisfaction is recorded once the ticket is resolved.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="188" />
        <source>Tickets still have the status %1.</source>
        <translation>Tickets still have the status %1.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="189" />
        <source>This file is not an e-mail (.eml) the app can read.</source>
        <translation>This file is not an e-mail (.eml) the app can read.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="190" />
        <source>The e-mail is larger than 25 MB.</source>
        <translation>The e-mail is larger than 25 MB.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="191" />
        <source>Only a draft quote changes; make a new version of quote %1.</source>
        <translation>Only a draft quote changes; make a new version of quote %1.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="192" />
        <source>No Chinese font to embed in the PDF was found (%1).</source>
        <translation>No Chinese font to embed in the PDF was found (%1).</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="193" />
        <source>This data folder was synced with a different server; connect it to that server, or use a new data folder.</source>
        <translation>This data folder was synced with a different server; connect it to that server, or use a new data folder.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="196" />
        <source>Unexpected error: %1</source>
        <translation>Unexpected error: %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/base.py" line="255" />
        <location filename="../../crm_desktop/ui/admin/tags.py" line="168" />
        <location filename="../../crm_desktop/ui/common/errors.py" line="200" />
        <source>Error</source>
        <translation>Error</translation>
    </message>
</context>
<context>
    <name>journal</name>
    <message>
        <location filename="../../crm_desktop/ui/audit/labels.py" line="8" />
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/audit/labels.py" line="8" />
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/audit/labels.py" line="9" />
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/audit/labels.py" line="9" />
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/audit/labels.py" line="10" />
        <source>Customer tag</source>
        <translation>Customer tag</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/audit/labels.py" line="11" />
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/audit/labels.py" line="11" />
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/audit/labels.py" line="12" />
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/audit/labels.py" line="12" />
        <source>User role</source>
        <translation>User role</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/audit/labels.py" line="13" />
        <source>Sign-in</source>
        <translation>Sign-in</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/audit/labels.py" line="13" />
        <source>Credentials</source>
        <translation>Credentials</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/audit/labels.py" line="14" />
        <source>List entry</source>
        <translation>List entry</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/audit/labels.py" line="14" />
        <source>Setting</source>
        <translation>Setting</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/audit/labels.py" line="15" />
        <source>Public pool</source>
        <translation>Public pool</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/audit/labels.py" line="18" />
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/audit/labels.py" line="18" />
        <source>Changed</source>
        <translation>Changed</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/audit/labels.py" line="19" />
        <source>Deleted</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/audit/labels.py" line="19" />
        <source>Restored</source>
        <translation>Restored</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/audit/labels.py" line="20" />
        <source>Claimed from the pool</source>
        <translation>Claimed from the pool</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/audit/labels.py" line="21" />
        <source>Released to the pool</source>
        <translation>Released to the pool</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/audit/labels.py" line="22" />
        <source>Signed in</source>
        <translation>Signed in</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/audit/labels.py" line="22" />
        <source>Sign-in failed</source>
        <translation>Sign-in failed</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/audit/labels.py" line="23" />
        <source>Account locked</source>
        <translation>Account locked</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/audit/labels.py" line="23" />
        <source>Signed out</source>
        <translation>Signed out</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/audit/labels.py" line="24" />
        <source>Password set</source>
        <translation>Password set</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/audit/labels.py" line="25" />
        <source>Password changed</source>
        <translation>Password changed</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/audit/labels.py" line="26" />
        <source>Password reset by an administrator</source>
        <translation>Password reset by an administrator</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/audit/labels.py" line="27" />
        <source>Two-step verification on</source>
        <translation>Two-step verification on</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/audit/labels.py" line="28" />
        <source>Two-step verification off</source>
        <translation>Two-step verification off</translation>
    </message>
</context>
<context>
    <name>leads</name>
    <message>
        <location filename="../../crm_desktop/ui/leads/screen.py" line="28" />
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/leads/screen.py" line="28" />
        <source>Contacted</source>
        <translation>Contacted</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/leads/screen.py" line="29" />
        <source>Qualified</source>
        <translation>Qualified</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/leads/screen.py" line="29" />
        <source>Converted</source>
        <translation>Converted</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/leads/screen.py" line="30" />
        <source>Invalid</source>
        <translation>Invalid</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/leads/screen.py" line="31" />
        <source>same name</source>
        <translation>same name</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/leads/screen.py" line="31" />
        <source>same phone</source>
        <translation>same phone</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/leads/screen.py" line="32" />
        <source>same e-mail</source>
        <translation>same e-mail</translation>
    </message>
</context>
<context>
    <name>login</name>
    <message>
        <location filename="../../crm_desktop/ui/login/messages.py" line="22" />
        <source>Wrong user name or password.</source>
        <translation>Wrong user name or password.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/login/messages.py" line="23" />
        <source>Too many failed attempts: the account is locked. Try again in %1.</source>
        <translation>Too many failed attempts: the account is locked. Try again in %1.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/login/messages.py" line="24" />
        <source>Type the characters shown in the picture.</source>
        <translation>Type the characters shown in the picture.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/login/messages.py" line="25" />
        <source>The characters from the picture do not match. Try the new picture.</source>
        <translation>The characters from the picture do not match. Try the new picture.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/login/messages.py" line="26" />
        <source>Enter the 6-digit code from your authenticator app.</source>
        <translation>Enter the 6-digit code from your authenticator app.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/login/messages.py" line="27" />
        <location filename="../../crm_desktop/ui/login/messages.py" line="45" />
        <source>The verification code is wrong or has expired.</source>
        <translation>The verification code is wrong or has expired.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/login/messages.py" line="28" />
        <source>This account is disabled. Ask an administrator.</source>
        <translation>This account is disabled. Ask an administrator.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/login/messages.py" line="29" />
        <source>The administrator has already been set up.</source>
        <translation>The administrator has already been set up.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/login/messages.py" line="40" />
        <source>At least %1 characters.</source>
        <translation>At least %1 characters.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/login/messages.py" line="41" />
        <source>At most %1 characters.</source>
        <translation>At most %1 characters.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/login/messages.py" line="42" />
        <source>The password must not contain the user name.</source>
        <translation>The password must not contain the user name.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/login/messages.py" line="43" />
        <source>This password was used recently; choose a new one.</source>
        <translation>This password was used recently; choose a new one.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/login/messages.py" line="44" />
        <source>The current password is wrong.</source>
        <translation>The current password is wrong.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/login/messages.py" line="46" />
        <source>This field is required.</source>
        <translation>This field is required.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/login/messages.py" line="47" />
        <source>The two passwords differ.</source>
        <translation>The two passwords differ.</translation>
    </message>
</context>
<context>
    <name>modules</name>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="82" />
        <source>Customers</source>
        <translation>Customers</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="82" />
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="83" />
        <source>Follow-ups</source>
        <translation>Follow-ups</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="83" />
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="84" />
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="84" />
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="85" />
        <source>Audit trail</source>
        <translation>Audit trail</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="85" />
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="86" />
        <source>Public pools</source>
        <translation>Public pools</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="87" />
        <source>Classification lists</source>
        <translation>Classification lists</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="88" />
        <source>Opportunities</source>
        <translation>Opportunities</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="89" />
        <source>Products</source>
        <translation>Products</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="90" />
        <source>Sales pipelines</source>
        <translation>Sales pipelines</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="91" />
        <source>Quotes</source>
        <translation>Quotes</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="91" />
        <source>Contracts</source>
        <translation>Contracts</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="92" />
        <source>Receivables</source>
        <translation>Receivables</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="93" />
        <source>Approvals</source>
        <translation>Approvals</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="94" />
        <source>Sales targets</source>
        <translation>Sales targets</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="94" />
        <source>Tasks</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="95" />
        <source>Leads</source>
        <translation>Leads</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="95" />
        <source>Tickets</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="96" />
        <source>Knowledge base</source>
        <translation>Knowledge base</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="97" />
        <source>Marketing campaigns</source>
        <translation>Marketing campaigns</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="98" />
        <source>Loyalty points</source>
        <translation>Loyalty points</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="99" />
        <source>Marketing automation</source>
        <translation>Marketing automation</translation>
    </message>
</context>
<context>
    <name>payment</name>
    <message>
        <location filename="../../crm_desktop/ui/contracts/dialogs.py" line="17" />
        <source>Bank transfer</source>
        <translation>Bank transfer</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/contracts/dialogs.py" line="17" />
        <source>Cash</source>
        <translation>Cash</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/contracts/dialogs.py" line="18" />
        <source>Cheque</source>
        <translation>Cheque</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/contracts/dialogs.py" line="18" />
        <source>Alipay</source>
        <translation>Alipay</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/contracts/dialogs.py" line="19" />
        <source>WeChat Pay</source>
        <translation>WeChat Pay</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/contracts/dialogs.py" line="20" />
        <source>Bank acceptance</source>
        <translation>Bank acceptance</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/contracts/dialogs.py" line="21" />
        <source>Other</source>
        <translation>Other</translation>
    </message>
</context>
<context>
    <name>reports</name>
    <message>
        <location filename="../../crm_desktop/ui/reports/labels.py" line="14" />
        <location filename="../../crm_desktop/ui/reports/labels.py" line="69" />
        <source>New customers</source>
        <translation>New customers</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/labels.py" line="15" />
        <source>Follow-ups done</source>
        <translation>Follow-ups done</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/labels.py" line="16" />
        <source>Follow-ups overdue</source>
        <translation>Follow-ups overdue</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/labels.py" line="17" />
        <source>Pipeline value</source>
        <translation>Pipeline value</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/labels.py" line="18" />
        <location filename="../../crm_desktop/ui/reports/labels.py" line="49" />
        <source>Weighted pipeline</source>
        <translation>Weighted pipeline</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/labels.py" line="19" />
        <source>Forecast this month</source>
        <translation>Forecast this month</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/labels.py" line="20" />
        <source>Forecast this quarter</source>
        <translation>Forecast this quarter</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/labels.py" line="21" />
        <source>Contracts signed</source>
        <translation>Contracts signed</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/labels.py" line="22" />
        <location filename="../../crm_desktop/ui/reports/labels.py" line="57" />
        <source>Payments received</source>
        <translation>Payments received</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/labels.py" line="23" />
        <source>Receivables overdue</source>
        <translation>Receivables overdue</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/labels.py" line="24" />
        <source>Open tickets</source>
        <translation>Open tickets</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/labels.py" line="25" />
        <location filename="../../crm_desktop/ui/reports/labels.py" line="96" />
        <source>SLA breaches</source>
        <translation>SLA breaches</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/labels.py" line="26" />
        <location filename="../../crm_desktop/ui/reports/labels.py" line="90" />
        <source>Satisfaction</source>
        <translation>Satisfaction</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/labels.py" line="32" />
        <source>Sales funnel</source>
        <translation>Sales funnel</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/labels.py" line="33" />
        <source>Revenue and payments by month</source>
        <translation>Revenue and payments by month</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/labels.py" line="34" />
        <source>Ranking by sales rep</source>
        <translation>Ranking by sales rep</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/labels.py" line="35" />
        <source>Ranking by department</source>
        <translation>Ranking by department</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/labels.py" line="36" />
        <source>Customers by industry</source>
        <translation>Customers by industry</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/labels.py" line="37" />
        <source>Customers by region</source>
        <translation>Customers by region</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/labels.py" line="38" />
        <source>Customers by level</source>
        <translation>Customers by level</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/labels.py" line="39" />
        <source>Customers by source</source>
        <translation>Customers by source</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/labels.py" line="40" />
        <source>Lead conversion by source</source>
        <translation>Lead conversion by source</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/labels.py" line="41" />
        <source>Won and lost</source>
        <translation>Won and lost</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/labels.py" line="42" />
        <source>Reasons for losing</source>
        <translation>Reasons for losing</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/labels.py" line="43" />
        <source>Receivables aging</source>
        <translation>Receivables aging</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/labels.py" line="44" />
        <source>Ticket volume</source>
        <translation>Ticket volume</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/labels.py" line="45" />
        <source>Response and resolution times</source>
        <translation>Response and resolution times</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/labels.py" line="46" />
        <location filename="../../crm_desktop/ui/reports/labels.py" line="89" />
        <source>SLA compliance</source>
        <translation>SLA compliance</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/labels.py" line="47" />
        <source>Satisfaction trend</source>
        <translation>Satisfaction trend</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/labels.py" line="48" />
        <source>Target and actual</source>
        <translation>Target and actual</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/labels.py" line="50" />
        <source>Revenue forecast</source>
        <translation>Revenue forecast</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/labels.py" line="51" />
        <source>RFM customer segments</source>
        <translation>RFM customer segments</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/labels.py" line="55" />
        <source>Contract amount</source>
        <translation>Contract amount</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/labels.py" line="56" />
        <source>Contracts</source>
        <translation>Contracts</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/labels.py" line="58" />
        <source>Revenue</source>
        <translation>Revenue</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/labels.py" line="59" />
        <source>Forecast</source>
        <translation>Forecast</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/labels.py" line="60" />
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/labels.py" line="61" />
        <source>Actual</source>
        <translation>Actual</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/labels.py" line="62" />
        <source>Completion</source>
        <translation>Completion</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/labels.py" line="63" />
        <location filename="../../crm_desktop/ui/reports/labels.py" line="108" />
        <source>Won</source>
        <translation>Won</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/labels.py" line="64" />
        <location filename="../../crm_desktop/ui/reports/labels.py" line="109" />
        <source>Lost</source>
        <translation>Lost</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/labels.py" line="65" />
        <source>Amount won</source>
        <translation>Amount won</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/labels.py" line="66" />
        <source>Amount lost</source>
        <translation>Amount lost</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/labels.py" line="67" />
        <source>Win rate</source>
        <translation>Win rate</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/labels.py" line="68" />
        <source>Customers</source>
        <translation>Customers</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/labels.py" line="70" />
        <source>Opportunities</source>
        <translation>Opportunities</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/labels.py" line="71" />
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/labels.py" line="72" />
        <source>Count</source>
        <translation>Count</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/labels.py" line="73" />
        <source>Weighted amount</source>
        <translation>Weighted amount</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/labels.py" line="74" />
        <source>Pipeline amount</source>
        <translation>Pipeline amount</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/labels.py" line="75" />
        <source>Leads</source>
        <translation>Leads</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/labels.py" line="76" />
        <source>Converted</source>
        <translation>Converted</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/labels.py" line="77" />
        <source>Conversion rate</source>
        <translation>Conversion rate</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/labels.py" line="78" />
        <location filename="../../crm_desktop/ui/reports/labels.py" line="79" />
        <source>Open amount</source>
        <translation>Open amount</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/labels.py" line="80" />
        <source>Tickets</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/labels.py" line="81" />
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/labels.py" line="82" />
        <source>Resolved</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/labels.py" line="83" />
        <source>Average first response</source>
        <translation>Average first response</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/labels.py" line="84" />
        <source>Median first response</source>
        <translation>Median first response</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/labels.py" line="85" />
        <source>Average resolution</source>
        <translation>Average resolution</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/labels.py" line="86" />
        <source>Median resolution</source>
        <translation>Median resolution</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/labels.py" line="87" />
        <location filename="../../crm_desktop/ui/reports/labels.py" line="115" />
        <source>First response</source>
        <translation>First response</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/labels.py" line="88" />
        <location filename="../../crm_desktop/ui/reports/labels.py" line="116" />
        <source>Resolution</source>
        <translation>Resolution</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/labels.py" line="91" />
        <source>Rated tickets</source>
        <translation>Rated tickets</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/labels.py" line="92" />
        <source>Spend</source>
        <translation>Spend</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/labels.py" line="93" />
        <source>Achieved</source>
        <translation>Achieved</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/labels.py" line="94" />
        <source>Average</source>
        <translation>Average</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/labels.py" line="95" />
        <source>Median</source>
        <translation>Median</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/labels.py" line="97" />
        <source>Instalments</source>
        <translation>Instalments</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/labels.py" line="102" />
        <source>Not yet due</source>
        <translation>Not yet due</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/labels.py" line="103" />
        <source>1–30 days late</source>
        <translation>1–30 days late</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/labels.py" line="104" />
        <source>31–60 days late</source>
        <translation>31–60 days late</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/labels.py" line="105" />
        <source>61–90 days late</source>
        <translation>61–90 days late</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/labels.py" line="106" />
        <source>Over 90 days late</source>
        <translation>Over 90 days late</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/labels.py" line="110" />
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/labels.py" line="111" />
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/labels.py" line="112" />
        <source>Not given</source>
        <translation>Not given</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/labels.py" line="113" />
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/labels.py" line="118" />
        <source>Important, valuable</source>
        <translation>Important, valuable</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/labels.py" line="119" />
        <source>Important, to develop</source>
        <translation>Important, to develop</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/labels.py" line="120" />
        <source>Important, to keep</source>
        <translation>Important, to keep</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/labels.py" line="121" />
        <source>Important, to win back</source>
        <translation>Important, to win back</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/labels.py" line="122" />
        <source>Ordinary, valuable</source>
        <translation>Ordinary, valuable</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/labels.py" line="123" />
        <source>Ordinary, to develop</source>
        <translation>Ordinary, to develop</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/labels.py" line="124" />
        <source>Ordinary, to keep</source>
        <translation>Ordinary, to keep</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/labels.py" line="125" />
        <source>Ordinary, to win back</source>
        <translation>Ordinary, to win back</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/labels.py" line="157" />
        <location filename="../../crm_desktop/ui/reports/labels.py" line="170" />
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/labels.py" line="158" />
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/labels.py" line="159" />
        <location filename="../../crm_desktop/ui/reports/labels.py" line="169" />
        <source>Sales rep</source>
        <translation>Sales rep</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/labels.py" line="160" />
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/labels.py" line="161" />
        <source>Industry</source>
        <translation>Industry</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/labels.py" line="162" />
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/labels.py" line="163" />
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/labels.py" line="164" />
        <location filename="../../crm_desktop/ui/reports/labels.py" line="165" />
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/labels.py" line="166" />
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/labels.py" line="167" />
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/labels.py" line="168" />
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/labels.py" line="171" />
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/labels.py" line="172" />
        <source>Measure</source>
        <translation>Measure</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/labels.py" line="174" />
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/labels.py" line="175" />
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/labels.py" line="177" />
        <source>Forecast error (MAPE, %)</source>
        <translation>Forecast error (MAPE, %)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/labels.py" line="178" />
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/labels.py" line="179" />
        <source>Win rate (%)</source>
        <translation>Win rate (%)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/labels.py" line="180" />
        <source>Conversion rate (%)</source>
        <translation>Conversion rate (%)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/labels.py" line="181" />
        <source>Tickets raised</source>
        <translation>Tickets raised</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/labels.py" line="182" />
        <source>Tickets resolved</source>
        <translation>Tickets resolved</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/labels.py" line="183" />
        <source>Band level (%)</source>
        <translation>Band level (%)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/labels.py" line="184" />
        <source>Months of history</source>
        <translation>Months of history</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/labels.py" line="203" />
        <source>Page {page} of {pages}</source>
        <translation>Page {page} of {pages}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/labels.py" line="204" />
        <source>Tel. {phone}</source>
        <translation>Tel. {phone}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/labels.py" line="205" />
        <source>Tax No. {tax_number}</source>
        <translation>Tax No. {tax_number}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/labels.py" line="207" />
        <source>{series} (low)</source>
        <translation>{series} (low)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/labels.py" line="208" />
        <source>{series} (high)</source>
        <translation>{series} (high)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/labels.py" line="209" />
        <source>{series} range</source>
        <translation>{series} range</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/labels.py" line="210" />
        <source>No data</source>
        <translation>No data</translation>
    </message>
</context>
<context>
    <name>sales</name>
    <message>
        <location filename="../../crm_desktop/ui/sales/words.py" line="31" />
        <source>%1 d %2 h</source>
        <translation>%1 d %2 h</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sales/words.py" line="33" />
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sales/words.py" line="36" />
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sales/words.py" line="36" />
        <source>Won</source>
        <translation>Won</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sales/words.py" line="37" />
        <source>Lost</source>
        <translation>Lost</translation>
    </message>
</context>
<context>
    <name>startup</name>
    <message>
        <location filename="../../crm_desktop/ui/application.py" line="46" />
        <source>Cannot open the data folder</source>
        <translation>Cannot open the data folder</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/application.py" line="48" />
        <source>Open another data folder…</source>
        <translation>Open another data folder…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/application.py" line="54" />
        <source>Open data folder</source>
        <translation>Open data folder</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/application.py" line="104" />
        <source>Creating demo data…</source>
        <translation>Creating demo data…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/application.py" line="120" />
        <source>Demo data</source>
        <translation>Demo data</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/application.py" line="183" />
        <source>Restoring the backup…</source>
        <translation>Restoring the backup…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/application.py" line="196" />
        <source>Restore from backup</source>
        <translation>Restore from backup</translation>
    </message>
</context>
<context>
    <name>sync</name>
    <message>
        <location filename="../../crm_desktop/ui/sync/words.py" line="9" />
        <source>the server refused it: you do not have permission for this change</source>
        <translation>the server refused it: you do not have permission for this change</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/words.py" line="10" />
        <source>the record no longer exists on the server or is outside the data you may change</source>
        <translation>the record no longer exists on the server or is outside the data you may change</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/words.py" line="12" />
        <source>a record with the same id already exists on the server</source>
        <translation>a record with the same id already exists on the server</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/words.py" line="27" />
        <source>no reason given</source>
        <translation>no reason given</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/words.py" line="32" />
        <source>(empty)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/words.py" line="34" />
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/words.py" line="34" />
        <source>no</source>
        <translation>no</translation>
    </message>
</context>
<context>
    <name>tickets</name>
    <message>
        <location filename="../../crm_desktop/ui/tickets/form.py" line="53" />
        <source>Ticket created (%1)</source>
        <translation>Ticket created (%1)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tickets/form.py" line="55" />
        <source>Assigned to %1</source>
        <translation>Assigned to %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tickets/form.py" line="57" />
        <source>Status: %1 → %2</source>
        <translation>Status: %1 → %2</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tickets/form.py" line="60" />
        <source>Work order %1 sent to %2</source>
        <translation>Work order %1 sent to %2</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tickets/form.py" line="62" />
        <source>Visit recorded on work order %1</source>
        <translation>Visit recorded on work order %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tickets/form.py" line="64" />
        <source>Satisfaction: %1 / 5</source>
        <translation>Satisfaction: %1 / 5</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tickets/form.py" line="66" />
        <source>SLA targets moved %1 business minutes later (waiting on the customer)</source>
        <translation>SLA targets moved %1 business minutes later (waiting on the customer)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tickets/form.py" line="69" />
        <source>Return visit: %1</source>
        <translation>Return visit: %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tickets/form.py" line="70" />
        <source>SLA warning: the resolution target is near</source>
        <translation>SLA warning: the resolution target is near</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tickets/form.py" line="71" />
        <source>First-response target missed</source>
        <translation>First-response target missed</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tickets/form.py" line="72" />
        <source>Resolution target missed: escalated to the team lead</source>
        <translation>Resolution target missed: escalated to the team lead</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tickets/form.py" line="73" />
        <source>SLA targets recalculated</source>
        <translation>SLA targets recalculated</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tickets/model.py" line="21" />
        <source>Inquiry</source>
        <translation>Inquiry</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tickets/model.py" line="21" />
        <source>Complaint</source>
        <translation>Complaint</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tickets/model.py" line="22" />
        <source>Suggestion</source>
        <translation>Suggestion</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tickets/model.py" line="23" />
        <source>Service request</source>
        <translation>Service request</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tickets/model.py" line="24" />
        <source>Feedback</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tickets/model.py" line="25" />
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tickets/model.py" line="25" />
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tickets/model.py" line="26" />
        <source>WeChat</source>
        <translation>WeChat</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tickets/model.py" line="26" />
        <source>Visit</source>
        <translation>Visit</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tickets/model.py" line="27" />
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tickets/model.py" line="28" />
        <source>Low</source>
        <translation>Low</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tickets/model.py" line="28" />
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tickets/model.py" line="29" />
        <source>High</source>
        <translation>High</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tickets/model.py" line="29" />
        <source>Urgent</source>
        <translation>Urgent</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tickets/model.py" line="30" />
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tickets/model.py" line="30" />
        <source>Assigned</source>
        <translation>Assigned</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tickets/model.py" line="31" />
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tickets/model.py" line="32" />
        <source>Waiting on customer</source>
        <translation>Waiting on customer</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tickets/model.py" line="33" />
        <source>Resolved</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tickets/model.py" line="33" />
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tickets/model.py" line="34" />
        <source>Reopened</source>
        <translation>Reopened</translation>
    </message>
</context>
<context>
    <name>units</name>
    <message>
        <location filename="../../crm_desktop/ui/charts/format.py" line="12" />
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/charts/format.py" line="13" />
        <source>%1 d</source>
        <translation>%1 d</translation>
    </message>
</context>
<context>
    <name>unsaved</name>
    <message>
        <location filename="../../crm_desktop/ui/common/unsaved.py" line="21" />
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/unsaved.py" line="74" />
        <source>This form has changes that are not saved. Save them?</source>
        <translation>This form has changes that are not saved. Save them?</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/edited_parts.py" line="43" />
        <source>“%1” has changes that are not saved. Save them first?</source>
        <translation>“%1” has changes that are not saved. Save them first?</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/edited_parts.py" line="66" />
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/edited_parts.py" line="70" />
        <source>These settings have changes that are not saved: %1. Save them?</source>
        <translation>These settings have changes that are not saved: %1. Save them?</translation>
    </message>
</context>
</TS>
