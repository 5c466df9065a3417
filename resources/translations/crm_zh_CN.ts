<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ActivityKind</name>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="25"/>
        <source>Phone call</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="26"/>
        <source>Visit</source>
        <translation>拜访</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="27"/>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="28"/>
        <source>E-mail</source>
        <translation>邮件</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="29"/>
        <source>Meeting</source>
        <translation>会议</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="30"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>BackupActions</name>
    <message>
        <location filename="../../crm_desktop/ui/backup_actions.py" line="32"/>
        <source>&amp;Back up now</source>
        <translation>立即备份(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/backup_actions.py" line="35"/>
        <source>&amp;Restore from backup…</source>
        <translation>从备份恢复(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/backup_actions.py" line="46"/>
        <source>A backup is already running.</source>
        <translation>已有一个备份正在进行。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/backup_actions.py" line="50"/>
        <source>Backing up…</source>
        <translation>正在备份…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/backup_actions.py" line="67"/>
        <source>Backed up to %1</source>
        <translation>已备份到 %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/backup_actions.py" line="72"/>
        <source>Backup</source>
        <translation>备份</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/backup_actions.py" line="76"/>
        <location filename="../../crm_desktop/ui/backup_actions.py" line="83"/>
        <source>Restore from backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/backup_actions.py" line="77"/>
        <source>Database backups (*.sqlite3)</source>
        <translation>数据库备份 (*.sqlite3)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/backup_actions.py" line="84"/>
        <source>Replace all data in this folder with the backup
%1?

The current data is kept as a backup of its own, and the app restarts.</source>
        <translation>用以下备份替换此文件夹中的全部数据吗？
%1

当前数据会另存为一个备份，应用随后重新启动。</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="37"/>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="40"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="41"/>
        <source>Title</source>
        <translation>职务</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="42"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="43"/>
        <source>Email</source>
        <translation>邮箱</translation>
    </message>
</context>
<context>
    <name>CustomerDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="67"/>
        <location filename="../../crm_desktop/ui/customers/form.py" line="247"/>
        <source>New customer</source>
        <translation>新建客户</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="67"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="76"/>
        <location filename="../../crm_desktop/ui/customers/form.py" line="123"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="76"/>
        <source>Short name</source>
        <translation>简称</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="76"/>
        <location filename="../../crm_desktop/ui/customers/form.py" line="123"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="77"/>
        <location filename="../../crm_desktop/ui/customers/form.py" line="123"/>
        <source>Email</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="77"/>
        <source>Province</source>
        <translation>省份</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="77"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="78"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="84"/>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="87"/>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="88"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="89"/>
        <source>Comma-separated, e.g. VIP, 重点客户</source>
        <translation>用逗号分隔，例如：VIP, 重点客户</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="92"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="93"/>
        <source>Details</source>
        <translation>基本信息</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="94"/>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="95"/>
        <source>Follow-ups</source>
        <translation>跟进记录</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="123"/>
        <source>Title</source>
        <translation>职务</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="125"/>
        <source>Add contact…</source>
        <translation>添加联系人…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="128"/>
        <location filename="../../crm_desktop/ui/customers/form.py" line="273"/>
        <source>Delete contact</source>
        <translation>删除联系人</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="142"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="142"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="142"/>
        <source>Content</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="143"/>
        <location filename="../../crm_desktop/ui/customers/form.py" line="151"/>
        <source>Next follow-up</source>
        <translation>下次跟进</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="143"/>
        <source>By</source>
        <translation>记录人</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="150"/>
        <source>What happened?</source>
        <translation>跟进内容</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="157"/>
        <source>Add follow-up</source>
        <translation>添加跟进</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="181"/>
        <source>Customer: %1</source>
        <translation>客户：%1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="250"/>
        <source>Saved. You can now add contacts and follow-ups.</source>
        <translation>已保存。现在可以添加联系人和跟进记录。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="273"/>
        <source>Delete this contact?</source>
        <translation>确定删除该联系人？</translation>
    </message>
</context>
<context>
    <name>CustomerTableModel</name>
    <message>
        <location filename="../../crm_desktop/ui/customers/model.py" line="19"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/model.py" line="20"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/model.py" line="21"/>
        <source>Email</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/model.py" line="22"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/model.py" line="23"/>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/model.py" line="24"/>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/model.py" line="25"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/model.py" line="26"/>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/model.py" line="27"/>
        <source>Updated</source>
        <translation>更新时间</translation>
    </message>
</context>
<context>
    <name>CustomersScreen</name>
    <message>
        <location filename="../../crm_desktop/ui/customers/screen.py" line="41"/>
        <source>Search name, phone, e-mail or contact…  (Ctrl+F)</source>
        <translation>搜索名称、电话、邮箱或联系人…（Ctrl+F）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/screen.py" line="42"/>
        <source>All owners</source>
        <translation>全部负责人</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/screen.py" line="43"/>
        <source>All tags</source>
        <translation>全部标签</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/screen.py" line="44"/>
        <source>All cities</source>
        <translation>全部城市</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/screen.py" line="45"/>
        <source>All industries</source>
        <translation>全部行业</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/screen.py" line="46"/>
        <source>All levels</source>
        <translation>全部级别</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/screen.py" line="117"/>
        <source>&amp;New customer…</source>
        <translation>新建客户(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/screen.py" line="119"/>
        <source>&amp;Find</source>
        <translation>查找(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/screen.py" line="120"/>
        <source>&amp;Delete to recycle bin</source>
        <translation>删除到回收站(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/screen.py" line="122"/>
        <source>&amp;Open customer</source>
        <translation>打开客户(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/screen.py" line="126"/>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/screen.py" line="174"/>
        <source>This column cannot be sorted.</source>
        <translation>此列不能排序。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/ui/customers/screen.py" line="184"/>
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n 个客户</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/screen.py" line="229"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/ui/customers/screen.py" line="230"/>
        <source>Move %n customer(s) to the recycle bin?</source>
        <translation>
            <numerusform>将 %n 个客户移到回收站？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/ui/customers/screen.py" line="238"/>
        <source>Moved %n customer(s) to the recycle bin (Ctrl+Z to undo).</source>
        <translation>
            <numerusform>已将 %n 个客户移到回收站（Ctrl+Z 撤销）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="33"/>
        <source>CRM Desktop</source>
        <translation>CRM 桌面版</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="48"/>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="49"/>
        <source>Recycle bin</source>
        <translation>回收站</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="78"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="82"/>
        <source>Open another data folder…</source>
        <translation>打开其他数据文件夹…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="84"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="87"/>
        <source>Recycle &amp;bin</source>
        <translation>回收站(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="89"/>
        <source>&amp;Customers</source>
        <translation>客户(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="91"/>
        <source>&amp;About</source>
        <translation>关于(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="93"/>
        <source>About CRM Desktop</source>
        <translation>关于 CRM 桌面版</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="93"/>
        <source>CRM Desktop %1</source>
        <translation>CRM 桌面版 %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="101"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="110"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="115"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="119"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="123"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="126"/>
        <source>Main toolbar</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="138"/>
        <source>User: %1</source>
        <translation>用户：%1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="158"/>
        <source>Undone: %1</source>
        <translation>已撤销：%1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="161"/>
        <source>Open data folder</source>
        <translation>打开数据文件夹</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="167"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="168"/>
        <source>The language changes the next time the app starts.</source>
        <translation>语言将在下次启动时生效。</translation>
    </message>
</context>
<context>
    <name>RecycleBinModel</name>
    <message>
        <location filename="../../crm_desktop/ui/customers/recycle_bin.py" line="33"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/recycle_bin.py" line="33"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/recycle_bin.py" line="33"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/recycle_bin.py" line="33"/>
        <source>Deleted</source>
        <translation>删除时间</translation>
    </message>
</context>
<context>
    <name>RecycleBinScreen</name>
    <message>
        <location filename="../../crm_desktop/ui/customers/recycle_bin.py" line="60"/>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/recycle_bin.py" line="65"/>
        <source>Deleted customers stay here until restored. The newest 500 are shown.</source>
        <translation>已删除的客户保留在这里，可随时恢复。显示最近 500 条。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/ui/customers/recycle_bin.py" line="89"/>
        <source>Restored %n customer(s).</source>
        <translation>
            <numerusform>已恢复 %n 个客户。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>actions</name>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="40"/>
        <source>view</source>
        <translation>查看</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="40"/>
        <source>create</source>
        <translation>新建</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="41"/>
        <source>edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="41"/>
        <source>delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="42"/>
        <source>import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="42"/>
        <source>export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="43"/>
        <source>approve</source>
        <translation>审批</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="44"/>
        <source>administer</source>
        <translation>管理</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="18"/>
        <source>This field is required.</source>
        <translation>此项为必填项。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="19"/>
        <source>At most %n characters.</source>
        <translation>最多 %n 个字符。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="20"/>
        <source>Not a phone number.</source>
        <translation>不是电话号码。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="21"/>
        <source>This phone number does not exist (check the digits).</source>
        <translation>该电话号码不存在（请检查位数）。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="22"/>
        <source>Not a valid e-mail address.</source>
        <translation>邮箱地址无效。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="23"/>
        <source>Choose one of the listed values.</source>
        <translation>请从列表中选择。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="24"/>
        <source>Wrong kind of value.</source>
        <translation>值的类型不正确。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="25"/>
        <source>Unknown field.</source>
        <translation>未知字段。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="26"/>
        <source>This field cannot be changed.</source>
        <translation>此项不可修改。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="54"/>
        <source>The record no longer exists.</source>
        <translation>该记录已不存在。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="55"/>
        <source>Nothing to undo.</source>
        <translation>没有可撤销的操作。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="56"/>
        <source>Cannot undo: the record was changed again afterwards (field %1).</source>
        <translation>无法撤销：该记录之后又被修改过（字段 %1）。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="58"/>
        <source>The data folder cannot be written:
%1</source>
        <translation>数据文件夹不可写：
%1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="60"/>
        <source>The data folder is in use by another running copy of the app:
%1</source>
        <translation>数据文件夹正被另一个运行中的程序使用：
%1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="62"/>
        <source>The database is locked by another program:
%1</source>
        <translation>数据库被其他程序锁定：
%1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="64"/>
        <source>The database file is damaged and cannot be opened:
%1</source>
        <translation>数据库文件已损坏，无法打开：
%1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="67"/>
        <source>This record is outside the data you may see or change.</source>
        <translation>此记录不在您可查看或修改的数据范围内。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="69"/>
        <source>Your account is disabled.</source>
        <translation>您的账户已停用。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="70"/>
        <source>You do not have permission to %1 in %2.</source>
        <translation>您没有在“%2”中%1的权限。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="72"/>
        <source>This file cannot be restored (%1):
%2

The current data is unchanged.</source>
        <translation>无法恢复此文件（%1）：
%2

当前数据未做任何改动。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="74"/>
        <source>The backup failed (%1):
%2</source>
        <translation>备份失败（%1）：
%2</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="76"/>
        <source>The restore failed (%1); the current data is unchanged:
%2</source>
        <translation>恢复失败（%1），当前数据未做任何改动：
%2</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="78"/>
        <source>The database could not be opened:
%1</source>
        <translation>无法打开数据库：
%1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="82"/>
        <source>Unexpected error: %1</source>
        <translation>意外错误：%1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="86"/>
        <source>Error</source>
        <translation>错误</translation>
    </message>
</context>
<context>
    <name>modules</name>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="32"/>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="32"/>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="33"/>
        <source>Follow-ups</source>
        <translation>跟进记录</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="33"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="34"/>
        <source>Organisation</source>
        <translation>组织架构</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="34"/>
        <source>Roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="35"/>
        <source>Audit trail</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="35"/>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
</context>
<context>
    <name>startup</name>
    <message>
        <location filename="../../crm_desktop/ui/application.py" line="43"/>
        <source>Cannot open the data folder</source>
        <translation>无法打开数据文件夹</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/application.py" line="45"/>
        <source>Open another data folder…</source>
        <translation>打开其他数据文件夹…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/application.py" line="51"/>
        <source>Open data folder</source>
        <translation>打开数据文件夹</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/application.py" line="95"/>
        <source>Creating demo data…</source>
        <translation>正在生成演示数据…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/application.py" line="111"/>
        <source>Demo data</source>
        <translation>演示数据</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/application.py" line="145"/>
        <source>Restoring the backup…</source>
        <translation>正在恢复备份…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/application.py" line="158"/>
        <source>Restore from backup</source>
        <translation>从备份恢复</translation>
    </message>
</context>
</TS>
