<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ActivityKind</name>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="25"/>
        <source>Phone call</source>
        <translation>Phone call</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="26"/>
        <source>Visit</source>
        <translation>Visit</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="27"/>
        <source>WeChat</source>
        <translation>WeChat</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="28"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="29"/>
        <source>Meeting</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="30"/>
        <source>Other</source>
        <translation>Other</translation>
    </message>
</context>
<context>
    <name>BackupActions</name>
    <message>
        <location filename="../../crm_desktop/ui/backup_actions.py" line="32"/>
        <source>&amp;Back up now</source>
        <translation>&amp;Back up now</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/backup_actions.py" line="35"/>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Restore from backup…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/backup_actions.py" line="46"/>
        <source>A backup is already running.</source>
        <translation>A backup is already running.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/backup_actions.py" line="50"/>
        <source>Backing up…</source>
        <translation>Backing up…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/backup_actions.py" line="67"/>
        <source>Backed up to %1</source>
        <translation>Backed up to %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/backup_actions.py" line="72"/>
        <source>Backup</source>
        <translation>Backup</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/backup_actions.py" line="76"/>
        <location filename="../../crm_desktop/ui/backup_actions.py" line="83"/>
        <source>Restore from backup</source>
        <translation>Restore from backup</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/backup_actions.py" line="77"/>
        <source>Database backups (*.sqlite3)</source>
        <translation>Database backups (*.sqlite3)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/backup_actions.py" line="84"/>
        <source>Replace all data in this folder with the backup
%1?

The current data is kept as a backup of its own, and the app restarts.</source>
        <translation>Replace all data in this folder with the backup
%1?

The current data is kept as a backup of its own, and the app restarts.</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="37"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="40"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="41"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="42"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="43"/>
        <source>Email</source>
        <translation>Email</translation>
    </message>
</context>
<context>
    <name>CustomerDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="67"/>
        <location filename="../../crm_desktop/ui/customers/form.py" line="247"/>
        <source>New customer</source>
        <translation>New customer</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="67"/>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="76"/>
        <location filename="../../crm_desktop/ui/customers/form.py" line="123"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="76"/>
        <source>Short name</source>
        <translation>Short name</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="76"/>
        <location filename="../../crm_desktop/ui/customers/form.py" line="123"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="77"/>
        <location filename="../../crm_desktop/ui/customers/form.py" line="123"/>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="77"/>
        <source>Province</source>
        <translation>Province</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="77"/>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="78"/>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="84"/>
        <source>Industry</source>
        <translation>Industry</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="87"/>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="88"/>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="89"/>
        <source>Comma-separated, e.g. VIP, 重点客户</source>
        <translation>Comma-separated, e.g. VIP, 重点客户</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="92"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="93"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="94"/>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="95"/>
        <source>Follow-ups</source>
        <translation>Follow-ups</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="123"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="125"/>
        <source>Add contact…</source>
        <translation>Add contact…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="128"/>
        <location filename="../../crm_desktop/ui/customers/form.py" line="273"/>
        <source>Delete contact</source>
        <translation>Delete contact</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="142"/>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="142"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="142"/>
        <source>Content</source>
        <translation>Content</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="143"/>
        <location filename="../../crm_desktop/ui/customers/form.py" line="151"/>
        <source>Next follow-up</source>
        <translation>Next follow-up</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="143"/>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="150"/>
        <source>What happened?</source>
        <translation>What happened?</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="157"/>
        <source>Add follow-up</source>
        <translation>Add follow-up</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="181"/>
        <source>Customer: %1</source>
        <translation>Customer: %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="250"/>
        <source>Saved. You can now add contacts and follow-ups.</source>
        <translation>Saved. You can now add contacts and follow-ups.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/form.py" line="273"/>
        <source>Delete this contact?</source>
        <translation>Delete this contact?</translation>
    </message>
</context>
<context>
    <name>CustomerTableModel</name>
    <message>
        <location filename="../../crm_desktop/ui/customers/model.py" line="19"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/model.py" line="20"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/model.py" line="21"/>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/model.py" line="22"/>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/model.py" line="23"/>
        <source>Industry</source>
        <translation>Industry</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/model.py" line="24"/>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/model.py" line="25"/>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/model.py" line="26"/>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/model.py" line="27"/>
        <source>Updated</source>
        <translation>Updated</translation>
    </message>
</context>
<context>
    <name>CustomersScreen</name>
    <message>
        <location filename="../../crm_desktop/ui/customers/screen.py" line="41"/>
        <source>Search name, phone, e-mail or contact…  (Ctrl+F)</source>
        <translation>Search name, phone, e-mail or contact…  (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/screen.py" line="42"/>
        <source>All owners</source>
        <translation>All owners</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/screen.py" line="43"/>
        <source>All tags</source>
        <translation>All tags</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/screen.py" line="44"/>
        <source>All cities</source>
        <translation>All cities</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/screen.py" line="45"/>
        <source>All industries</source>
        <translation>All industries</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/screen.py" line="46"/>
        <source>All levels</source>
        <translation>All levels</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/screen.py" line="117"/>
        <source>&amp;New customer…</source>
        <translation>&amp;New customer…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/screen.py" line="119"/>
        <source>&amp;Find</source>
        <translation>&amp;Find</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/screen.py" line="120"/>
        <source>&amp;Delete to recycle bin</source>
        <translation>&amp;Delete to recycle bin</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/screen.py" line="122"/>
        <source>&amp;Open customer</source>
        <translation>&amp;Open customer</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/screen.py" line="126"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/screen.py" line="174"/>
        <source>This column cannot be sorted.</source>
        <translation>This column cannot be sorted.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/ui/customers/screen.py" line="184"/>
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n customer</numerusform>
            <numerusform>%n customers</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/screen.py" line="229"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/ui/customers/screen.py" line="230"/>
        <source>Move %n customer(s) to the recycle bin?</source>
        <translation>
            <numerusform>Move %n customer to the recycle bin?</numerusform>
            <numerusform>Move %n customers to the recycle bin?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/ui/customers/screen.py" line="238"/>
        <source>Moved %n customer(s) to the recycle bin (Ctrl+Z to undo).</source>
        <translation>
            <numerusform>Moved %n customer to the recycle bin (Ctrl+Z to undo).</numerusform>
            <numerusform>Moved %n customers to the recycle bin (Ctrl+Z to undo).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="33"/>
        <source>CRM Desktop</source>
        <translation>CRM Desktop</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="48"/>
        <source>Customers</source>
        <translation>Customers</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="49"/>
        <source>Recycle bin</source>
        <translation>Recycle bin</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="78"/>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="82"/>
        <source>Open another data folder…</source>
        <translation>Open another data folder…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="84"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="87"/>
        <source>Recycle &amp;bin</source>
        <translation>Recycle &amp;bin</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="89"/>
        <source>&amp;Customers</source>
        <translation>&amp;Customers</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="91"/>
        <source>&amp;About</source>
        <translation>&amp;About</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="93"/>
        <source>About CRM Desktop</source>
        <translation>About CRM Desktop</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="93"/>
        <source>CRM Desktop %1</source>
        <translation>CRM Desktop %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="101"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="110"/>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="115"/>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="119"/>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="123"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="126"/>
        <source>Main toolbar</source>
        <translation>Main toolbar</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="138"/>
        <source>User: %1</source>
        <translation>User: %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="158"/>
        <source>Undone: %1</source>
        <translation>Undone: %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="161"/>
        <source>Open data folder</source>
        <translation>Open data folder</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="167"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="168"/>
        <source>The language changes the next time the app starts.</source>
        <translation>The language changes the next time the app starts.</translation>
    </message>
</context>
<context>
    <name>RecycleBinModel</name>
    <message>
        <location filename="../../crm_desktop/ui/customers/recycle_bin.py" line="33"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/recycle_bin.py" line="33"/>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/recycle_bin.py" line="33"/>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/recycle_bin.py" line="33"/>
        <source>Deleted</source>
        <translation>Deleted</translation>
    </message>
</context>
<context>
    <name>RecycleBinScreen</name>
    <message>
        <location filename="../../crm_desktop/ui/customers/recycle_bin.py" line="60"/>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/customers/recycle_bin.py" line="65"/>
        <source>Deleted customers stay here until restored. The newest 500 are shown.</source>
        <translation>Deleted customers stay here until restored. The newest 500 are shown.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/ui/customers/recycle_bin.py" line="89"/>
        <source>Restored %n customer(s).</source>
        <translation>
            <numerusform>Restored %n customer.</numerusform>
            <numerusform>Restored %n customers.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>actions</name>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="40"/>
        <source>view</source>
        <translation>view</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="40"/>
        <source>create</source>
        <translation>create</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="41"/>
        <source>edit</source>
        <translation>edit</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="41"/>
        <source>delete</source>
        <translation>delete</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="42"/>
        <source>import</source>
        <translation>import</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="42"/>
        <source>export</source>
        <translation>export</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="43"/>
        <source>approve</source>
        <translation>approve</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="44"/>
        <source>administer</source>
        <translation>administer</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="18"/>
        <source>This field is required.</source>
        <translation>This field is required.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="19"/>
        <source>At most %n characters.</source>
        <translation>At most %n characters.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="20"/>
        <source>Not a phone number.</source>
        <translation>Not a phone number.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="21"/>
        <source>This phone number does not exist (check the digits).</source>
        <translation>This phone number does not exist (check the digits).</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="22"/>
        <source>Not a valid e-mail address.</source>
        <translation>Not a valid e-mail address.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="23"/>
        <source>Choose one of the listed values.</source>
        <translation>Choose one of the listed values.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="24"/>
        <source>Wrong kind of value.</source>
        <translation>Wrong kind of value.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="25"/>
        <source>Unknown field.</source>
        <translation>Unknown field.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="26"/>
        <source>This field cannot be changed.</source>
        <translation>This field cannot be changed.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="54"/>
        <source>The record no longer exists.</source>
        <translation>The record no longer exists.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="55"/>
        <source>Nothing to undo.</source>
        <translation>Nothing to undo.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="56"/>
        <source>Cannot undo: the record was changed again afterwards (field %1).</source>
        <translation>Cannot undo: the record was changed again afterwards (field %1).</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="58"/>
        <source>The data folder cannot be written:
%1</source>
        <translation>The data folder cannot be written:
%1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="60"/>
        <source>The data folder is in use by another running copy of the app:
%1</source>
        <translation>The data folder is in use by another running copy of the app:
%1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="62"/>
        <source>The database is locked by another program:
%1</source>
        <translation>The database is locked by another program:
%1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="64"/>
        <source>The database file is damaged and cannot be opened:
%1</source>
        <translation>The database file is damaged and cannot be opened:
%1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="67"/>
        <source>This record is outside the data you may see or change.</source>
        <translation>This record is outside the data you may see or change.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="69"/>
        <source>Your account is disabled.</source>
        <translation>Your account is disabled.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="70"/>
        <source>You do not have permission to %1 in %2.</source>
        <translation>You do not have permission to %1 in %2.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="72"/>
        <source>This file cannot be restored (%1):
%2

The current data is unchanged.</source>
        <translation>This file cannot be restored (%1):
%2

The current data is unchanged.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="74"/>
        <source>The backup failed (%1):
%2</source>
        <translation>The backup failed (%1):
%2</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="76"/>
        <source>The restore failed (%1); the current data is unchanged:
%2</source>
        <translation>The restore failed (%1); the current data is unchanged:
%2</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="78"/>
        <source>The database could not be opened:
%1</source>
        <translation>The database could not be opened:
%1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="82"/>
        <source>Unexpected error: %1</source>
        <translation>Unexpected error: %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="86"/>
        <source>Error</source>
        <translation>Error</translation>
    </message>
</context>
<context>
    <name>modules</name>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="32"/>
        <source>Customers</source>
        <translation>Customers</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="32"/>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="33"/>
        <source>Follow-ups</source>
        <translation>Follow-ups</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="33"/>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="34"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="34"/>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="35"/>
        <source>Audit trail</source>
        <translation>Audit trail</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/common/errors.py" line="35"/>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
</context>
<context>
    <name>startup</name>
    <message>
        <location filename="../../crm_desktop/ui/application.py" line="43"/>
        <source>Cannot open the data folder</source>
        <translation>Cannot open the data folder</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/application.py" line="45"/>
        <source>Open another data folder…</source>
        <translation>Open another data folder…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/application.py" line="51"/>
        <source>Open data folder</source>
        <translation>Open data folder</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/application.py" line="95"/>
        <source>Creating demo data…</source>
        <translation>Creating demo data…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/application.py" line="111"/>
        <source>Demo data</source>
        <translation>Demo data</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/application.py" line="145"/>
        <source>Restoring the backup…</source>
        <translation>Restoring the backup…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/application.py" line="158"/>
        <source>Restore from backup</source>
        <translation>Restore from backup</translation>
    </message>
</context>
</TS>
