<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>CLI</name>
    <message numerus="yes">
        <location filename="../desktop_app/ui/app.py" line="388" />
        <source>Dashboard computed in {ms} ms: %n signatories.</source>
        <translation><numerusform>Dashboard computed in {ms} ms: %n signatory.</numerusform><numerusform>Dashboard computed in {ms} ms: %n signatories.</numerusform></translation>
    </message>
    </context>
<context>
    <name>Commitments</name>
    <message numerus="yes">
        <location filename="../desktop_app/domain/rules/commitments.py" line="68" />
        <source>Signatories on hold: %n of {total}</source>
        <translation><numerusform>Signatories on hold: %n of {total}</numerusform><numerusform>Signatories on hold: %n of {total}</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/domain/rules/commitments.py" line="72" />
        <source>Signatories: {total}; %n joined in the last {months} months</source>
        <translation><numerusform>Signatories: {total}; %n joined in the last {months} months</numerusform><numerusform>Signatories: {total}; %n joined in the last {months} months</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/domain/rules/commitments.py" line="75" />
        <source>%n signatories still late after their extension: they may be put on hold</source>
        <translation><numerusform>%n signatory still late after its extension: it may be put on hold</numerusform><numerusform>%n signatories still late after their extension: they may be put on hold</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/domain/rules/commitments.py" line="79" />
        <source>%n signatories past their SECAP deadline without an extension</source>
        <translation><numerusform>%n signatory past its SECAP deadline without an extension</numerusform><numerusform>%n signatories past their SECAP deadline without an extension</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/domain/rules/commitments.py" line="82" />
        <source>%n signatories past their SEAP deadline without an extension</source>
        <translation><numerusform>%n signatory past its SEAP deadline without an extension</numerusform><numerusform>%n signatories past their SEAP deadline without an extension</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/domain/rules/commitments.py" line="85" />
        <source>%n monitoring reports overdue</source>
        <translation><numerusform>%n monitoring report overdue</numerusform><numerusform>%n monitoring reports overdue</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/domain/rules/commitments.py" line="92" />
        <source>%n assistance activities in the last {months} months</source>
        <translation><numerusform>%n assistance activity in the last {months} months</numerusform><numerusform>%n assistance activities in the last {months} months</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/domain/rules/commitments.py" line="94" />
        <source>%n amounts have no exchange rate and are left out of the EUR totals</source>
        <translation><numerusform>%n amount has no exchange rate and is left out of the EUR totals</numerusform><numerusform>%n amounts have no exchange rate and are left out of the EUR totals</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/domain/rules/commitments.py" line="97" />
        <source>%n decisions of financial support provided (approved or disbursed) in the last {months} months, {amount} EUR</source>
        <translation><numerusform>%n decision of financial support provided (approved or disbursed) in the last {months} months, {amount} EUR</numerusform><numerusform>%n decisions of financial support provided (approved or disbursed) in the last {months} months, {amount} EUR</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/domain/rules/commitments.py" line="108" />
        <source>%n Energy Days held in the last {months} months</source>
        <translation><numerusform>%n Energy Day held in the last {months} months</numerusform><numerusform>%n Energy Days held in the last {months} months</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/domain/rules/commitments.py" line="109" />
        <source>Coordinator report overdue by %n days</source>
        <translation><numerusform>Coordinator report overdue by %n day</numerusform><numerusform>Coordinator report overdue by %n days</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/domain/rules/commitments.py" line="110" />
        <source>Coordinator report due in %n days</source>
        <translation><numerusform>Coordinator report due in %n day</numerusform><numerusform>Coordinator report due in %n days</numerusform></translation>
    </message>
    </context>
<context>
    <name>ConflictsPage</name>
    <message numerus="yes">
        <location filename="../desktop_app/ui/pages/conflicts_page.py" line="143" />
        <source>%n open conflicts</source>
        <translation><numerusform>%n open conflict</numerusform><numerusform>%n open conflicts</numerusform></translation>
    </message>
    </context>
<context>
    <name>Dashboard</name>
    <message numerus="yes">
        <location filename="../desktop_app/ui/pages/dashboard_page.py" line="450" />
        <source>Financial support provided (approved or disbursed) in the last {months} months: %n records, as the light counts them</source>
        <translation><numerusform>Financial support provided (approved or disbursed) in the last {months} months: %n record, as the light counts it</numerusform><numerusform>Financial support provided (approved or disbursed) in the last {months} months: %n records, as the light counts them</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/ui/pages/dashboard_page.py" line="471" />
        <source>{figure}, {period}: %n records</source>
        <translation><numerusform>{figure}, {period}: %n record</numerusform><numerusform>{figure}, {period}: %n records</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/ui/pages/dashboard_page.py" line="483" />
        <source>Signatories whose most advanced plan is: {status} (%n)</source>
        <translation><numerusform>Signatories whose most advanced plan is: {status} (%n)</numerusform><numerusform>Signatories whose most advanced plan is: {status} (%n)</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/ui/pages/dashboard_page.py" line="495" />
        <source>Financial support provided in {year}: %n records</source>
        <translation><numerusform>Financial support provided in {year}: %n record</numerusform><numerusform>Financial support provided in {year}: %n records</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/ui/pages/dashboard_page.py" line="506" />
        <source>Assistance activities in {month} {year}: %n</source>
        <translation><numerusform>Assistance activities in {month} {year}: %n</numerusform><numerusform>Assistance activities in {month} {year}: %n</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/ui/pages/dashboard_page.py" line="580" />
        <source>Rejected in the period: %n, {amount} EUR</source>
        <translation><numerusform>Rejected in the period: %n decision, {amount} EUR</numerusform><numerusform>Rejected in the period: %n decisions, {amount} EUR</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/ui/pages/dashboard_page.py" line="581" />
        <source>Awaiting a decision: %n, {amount} EUR</source>
        <translation><numerusform>Awaiting a decision: %n application, {amount} EUR</numerusform><numerusform>Awaiting a decision: %n applications, {amount} EUR</numerusform></translation>
    </message>
    </context>
<context>
    <name>DeadlinesPage</name>
    <message numerus="yes">
        <location filename="../desktop_app/ui/pages/deadlines_page.py" line="103" />
        <source>in %n days</source>
        <translation><numerusform>in %n day</numerusform><numerusform>in %n days</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/ui/pages/deadlines_page.py" line="107" />
        <source>%n days overdue</source>
        <translation><numerusform>%n day overdue</numerusform><numerusform>%n days overdue</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/ui/pages/deadlines_page.py" line="142" />
        <source>Overdue or due within %n days</source>
        <translation><numerusform>Overdue or due within %n day</numerusform><numerusform>Overdue or due within %n days</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/ui/pages/deadlines_page.py" line="272" />
        <source>{shown} of %n deadlines</source>
        <translation><numerusform>{shown} of %n deadline</numerusform><numerusform>{shown} of %n deadlines</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/ui/pages/deadlines_page.py" line="323" />
        <source>%n deadlines exported to {path}</source>
        <translation><numerusform>%n deadline exported to {path}</numerusform><numerusform>%n deadlines exported to {path}</numerusform></translation>
    </message>
</context>
<context>
    <name>ExcelReport</name>
    <message numerus="yes">
        <location filename="../desktop_app/services/excel/report.py" line="126" />
        <source>%n row(s) left out by --where.</source>
        <translation><numerusform>%n row left out by --where.</numerusform><numerusform>%n rows left out by --where.</numerusform></translation>
    </message>
    </context>
<context>
    <name>HelpBrowser</name>
    <message numerus="yes">
        <location filename="../desktop_app/ui/help_browser.py" line="230" />
        <source>%n pages found</source>
        <translation><numerusform>%n page found</numerusform><numerusform>%n pages found</numerusform></translation>
    </message>
    </context>
<context>
    <name>ListPanel</name>
    <message numerus="yes">
        <location filename="../desktop_app/ui/pages/page.py" line="53" />
        <source>Copied %n rows</source>
        <translation><numerusform>Copied %n row</numerusform><numerusform>Copied %n rows</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/ui/pages/list_panel.py" line="406" />
        <source>%n records shown, loading the rest...</source>
        <translation><numerusform>%n record shown, loading the rest...</numerusform><numerusform>%n records shown, loading the rest...</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/ui/pages/list_panel.py" line="408" />
        <source>%n records</source>
        <translation><numerusform>%n record</numerusform><numerusform>%n records</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/ui/pages/list_panel.py" line="410" />
        <source>{shown} of %n records</source>
        <translation><numerusform>{shown} of %n record</numerusform><numerusform>{shown} of %n records</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/ui/pages/list_panel.py" line="439" />
        <source>Moved %n records to the Trash (Edit &gt; Undo brings them back)</source>
        <translation><numerusform>Moved %n record to the Trash (Edit &gt; Undo brings it back)</numerusform><numerusform>Moved %n records to the Trash (Edit &gt; Undo brings them back)</numerusform></translation>
    </message>
    </context>
<context>
    <name>ReminderNotice</name>
    <message numerus="yes">
        <location filename="../desktop_app/ui/widgets/reminder_notice.py" line="39" />
        <source>%n overdue</source>
        <translation><numerusform>%n overdue</numerusform><numerusform>%n overdue</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/ui/widgets/reminder_notice.py" line="41" />
        <source>%n due soon</source>
        <translation><numerusform>%n due soon</numerusform><numerusform>%n due soon</numerusform></translation>
    </message>
    </context>
<context>
    <name>TrashPage</name>
    <message numerus="yes">
        <location filename="../desktop_app/ui/pages/trash_page.py" line="143" />
        <source>%n deleted records</source>
        <translation><numerusform>%n deleted record</numerusform><numerusform>%n deleted records</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/ui/pages/trash_page.py" line="145" />
        <source>{shown} of %n deleted records</source>
        <translation><numerusform>{shown} of %n deleted record</numerusform><numerusform>{shown} of %n deleted records</numerusform></translation>
    </message>
</context>
<context>
    <name>TrashWords</name>
    <message numerus="yes">
        <location filename="../desktop_app/ui/trash_words.py" line="18" />
        <source>%n action plans</source>
        <translation><numerusform>%n action plan</numerusform><numerusform>%n action plans</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/ui/trash_words.py" line="19" />
        <source>%n monitoring reports</source>
        <translation><numerusform>%n monitoring report</numerusform><numerusform>%n monitoring reports</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/ui/trash_words.py" line="20" />
        <source>%n deadline extensions</source>
        <translation><numerusform>%n deadline extension</numerusform><numerusform>%n deadline extensions</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/ui/trash_words.py" line="21" />
        <source>%n finance records</source>
        <translation><numerusform>%n finance record</numerusform><numerusform>%n finance records</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/ui/trash_words.py" line="22" />
        <source>%n links to coordinators</source>
        <translation><numerusform>%n link to coordinators</numerusform><numerusform>%n links to coordinators</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/ui/trash_words.py" line="23" />
        <source>%n links to assistance activities</source>
        <translation><numerusform>%n link to assistance activities</numerusform><numerusform>%n links to assistance activities</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/ui/trash_words.py" line="26" />
        <source>%n links to Energy Days</source>
        <translation><numerusform>%n link to Energy Days</numerusform><numerusform>%n links to Energy Days</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/ui/trash_words.py" line="42" />
        <source>Move %n records to the Trash?</source>
        <translation><numerusform>Move %n record to the Trash?</numerusform><numerusform>Move %n records to the Trash?</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/ui/trash_words.py" line="56" />
        <source>%n records restored.</source>
        <translation><numerusform>%n record restored.</numerusform><numerusform>%n records restored.</numerusform></translation>
    </message>
    </context>
<context>
    <name>Undo</name>
    <message numerus="yes">
        <location filename="../desktop_app/ui/undo.py" line="166" />
        <source>Restore %n records</source>
        <translation><numerusform>Restore %n record</numerusform><numerusform>Restore %n records</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop_app/ui/undo.py" line="168" />
        <source>Move %n records to the Trash</source>
        <translation><numerusform>Move %n record to the Trash</numerusform><numerusform>Move %n records to the Trash</numerusform></translation>
    </message>
    </context>
</TS>
