<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="tk" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../desktop_app/ui/dialogs/about.py" line="17"/>
        <source>Coordinator Desk</source>
        <translation>Coordinator Desk</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/about.py" line="20"/>
        <source>Records and reports of a Covenant of Mayors coordinator, kept offline.</source>
        <translation>Şäher häkimleriniň bileleşiginiň utgaşdyryjysynyň ýazgylary we hasabatlary, internetsiz işleýär.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/about.py" line="27"/>
        <source>Version {version}</source>
        <translation>Wersiýa {version}</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/about.py" line="29"/>
        <source>Qt {qt}, PySide6 {pyside}</source>
        <translation>Qt {qt}, PySide6 {pyside}</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/about.py" line="34"/>
        <source>Database: {location}</source>
        <translation>Maglumatlar binýady: {location}</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/about.py" line="43"/>
        <source>About Coordinator Desk</source>
        <translation>Coordinator Desk barada</translation>
    </message>
</context>
<context>
    <name>BackupWindow</name>
    <message>
        <location filename="../desktop_app/ui/dialogs/backup_window.py" line="37"/>
        <source>Manual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/backup_window.py" line="38"/>
        <source>Daily</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/backup_window.py" line="39"/>
        <source>Before an import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/backup_window.py" line="40"/>
        <source>Before a bulk delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/backup_window.py" line="41"/>
        <source>Before a restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/backup_window.py" line="42"/>
        <source>Before an upgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/backup_window.py" line="69"/>
        <source>Backup and restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/backup_window.py" line="76"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/backup_window.py" line="77"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/backup_window.py" line="78"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/backup_window.py" line="79"/>
        <source>Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/backup_window.py" line="80"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/backup_window.py" line="91"/>
        <source>Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/backup_window.py" line="92"/>
        <source>Restore selected...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/backup_window.py" line="93"/>
        <source>Restore from file...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/backup_window.py" line="114"/>
        <source>Backups are kept in: {folders}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/backup_window.py" line="126"/>
        <source>unreadable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/backup_window.py" line="156"/>
        <source>Backup written: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/backup_window.py" line="167"/>
        <source>Restore from a backup file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/backup_window.py" line="169"/>
        <source>Backups (*.sqlite3);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/backup_window.py" line="177"/>
        <source>Restore a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/backup_window.py" line="179"/>
        <source>Replace all records with those in {name}? The current data is backed up first, so this can be undone by restoring that backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/backup_window.py" line="192"/>
        <source>Restored: {inserted} records added, {changed} changed, {removed} removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/backup_window.py" line="215"/>
        <source>Working...</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CLI</name>
    <message>
        <location filename="../desktop_app/cli.py" line="41"/>
        <source>SQLite file or SQLAlchemy URL (default: the file in the data folder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/cli.py" line="46"/>
        <source>interface and message language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/cli.py" line="53"/>
        <location filename="../desktop_app/ui/app.py" line="39"/>
        <source>Coordinator Desk: records and reports of a Covenant Coordinator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/cli.py" line="59"/>
        <location filename="../desktop_app/ui/app.py" line="45"/>
        <source>open the main window, fill the first list, print timings and exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/cli.py" line="88"/>
        <source>Missing command; see --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/cli.py" line="102"/>
        <source>Interrupted; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/backup.py" line="22"/>
        <source>copy the database to a SQLite backup file (consistent while in use)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/backup.py" line="28"/>
        <source>file or folder to write (default: the backup folder, rotated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/backup.py" line="31"/>
        <source>list the backups with their record counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/backup.py" line="36"/>
        <source>replace all records with those of a backup (current data backed up first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/backup.py" line="38"/>
        <source>a backup file (.sqlite3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/backup.py" line="52"/>
        <source>backup: give either DEST or --list, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/backup.py" line="58"/>
        <source>{path} exists and is not a backup file; refusing to overwrite it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/backup.py" line="71"/>
        <source>Backup written: {path} ({size}, {records} records)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/backup.py" line="76"/>
        <source>Copy written: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/backup.py" line="79"/>
        <source>Warning: second backup folder not written: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/backup.py" line="93"/>
        <source>No backups yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/backup.py" line="96"/>
        <source>{date:&lt;19}  {reason:&lt;18} {size:&gt;9} {records:&gt;9}  {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/backup.py" line="97"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/backup.py" line="98"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/backup.py" line="99"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/backup.py" line="100"/>
        <location filename="../desktop_app/cli_commands/db.py" line="91"/>
        <source>Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/backup.py" line="101"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/backup.py" line="130"/>
        <source>The damaged database was moved aside: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/backup.py" line="134"/>
        <source>Restored from {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/backup.py" line="142"/>
        <source>Current data backed up first: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/backup.py" line="145"/>
        <source>Restored from {path}: {inserted} records added, {changed} changed, {removed} removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/db.py" line="14"/>
        <source>database maintenance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/db.py" line="17"/>
        <source>migrate to this version&apos;s schema (backup first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/db.py" line="20"/>
        <source>integrity and schema check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/db.py" line="22"/>
        <source>location, schema revision and record counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/db.py" line="33"/>
        <source>Schema is at revision {rev}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/db.py" line="35"/>
        <source>Backup taken before migrating: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/db.py" line="54"/>
        <source>Integrity check failed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/db.py" line="56"/>
        <source>Integrity: ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/db.py" line="60"/>
        <source>Schema: revision {rev} needs upgrading (run: db upgrade)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/db.py" line="66"/>
        <source>Schema differs from this version&apos;s models:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/db.py" line="68"/>
        <source>Schema: ok (revision {rev})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/db.py" line="80"/>
        <source>Database: {url}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/db.py" line="86"/>
        <source>File size: {size} bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/db.py" line="88"/>
        <source>Schema revision: {rev}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/db.py" line="90"/>
        <source>{table:&lt;28} {live:&gt;9} {deleted:&gt;9}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/db.py" line="91"/>
        <source>Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/db.py" line="91"/>
        <source>In trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/app.py" line="230"/>
        <source>{count} signatories listed in {ms} ms.</source>
        <translation>{count} gol çekeniň sanawy {ms} ms-da ýüklendi.</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/excel.py" line="20"/>
        <source>export records to a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/excel.py" line="22"/>
        <source>Excel workbook with every sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/excel.py" line="24"/>
        <source>period start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/excel.py" line="25"/>
        <source>period end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/excel.py" line="27"/>
        <source>sheet language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/excel.py" line="33"/>
        <source>every record, not only the period&apos;s activities (for a full copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/excel.py" line="37"/>
        <source>import records from an Excel workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/excel.py" line="39"/>
        <source>record kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/excel.py" line="40"/>
        <source>sheet to read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/excel.py" line="47"/>
        <source>map a column to a field (repeatable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/excel.py" line="49"/>
        <source>preview only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/excel.py" line="51"/>
        <source>import the valid rows only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/excel.py" line="56"/>
        <source>save the file with its bad cells highlighted and explained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/excel.py" line="58"/>
        <source>list the fields of a kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/excel.py" line="84"/>
        <source>Wrote {path}: {rows} records, period {period}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/excel.py" line="101"/>
        <location filename="../desktop_app/cli_commands/excel.py" line="111"/>
        <source>Unknown kind {kind}; expected one of: {kinds}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/excel.py" line="108"/>
        <source>Give the FILE to import (or --list-fields KIND).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/excel.py" line="133"/>
        <source>Saved {path} with {n} cell(s) marked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/excel.py" line="138"/>
        <source>Dry run: nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/excel.py" line="142"/>
        <source>{n} row(s) have errors; nothing was imported. Fix them, or use --skip-invalid to import the valid rows only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/excel.py" line="152"/>
        <source>Row {row}: the record was changed by someone else during the import; nothing was imported. Run the import again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/excel.py" line="161"/>
        <source>Backup taken before importing: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/excel.py" line="163"/>
        <source>Imported: {created} new, {updated} updated, {unchanged} unchanged, {skipped} skipped with errors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/demo.py" line="18"/>
        <source>fill the database with realistic demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/demo.py" line="19"/>
        <source>Add a realistic coordinator office: signatories, plans, monitoring reports, extensions, assistance, finance with exchange rates and Energy Days. The same seed and --today give the same records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/demo.py" line="27"/>
        <source>number of signatories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/demo.py" line="29"/>
        <source>random seed (default 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/demo.py" line="34"/>
        <source>average finance records per signatory (default 2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/demo.py" line="39"/>
        <source>support activities (default: one per 10 signatories, at least 16)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/demo.py" line="44"/>
        <source>Energy Days (default: one per 20 signatories, at least 10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/demo.py" line="49"/>
        <source>lay the data out around this day instead of the system date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/demo.py" line="54"/>
        <source>add demo data even if the database already holds signatories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/demo.py" line="68"/>
        <source>{option}: expected a whole number from {low} to {high}, got &apos;{value}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/demo.py" line="87"/>
        <source>{option}: expected a number from {low} to {high}, got &apos;{value}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/demo.py" line="99"/>
        <source>{option}: expected a date YYYY-MM-DD between 2012-01-01 and 2100-12-31, got &apos;{value}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/demo.py" line="118"/>
        <source>Coordinators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/demo.py" line="119"/>
        <source>Services offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/demo.py" line="120"/>
        <source>Exchange rates</source>
        <translation type="unfinished">Walýuta hümmetleri</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/demo.py" line="121"/>
        <source>Signatories</source>
        <translation type="unfinished">Gol çekenler</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/demo.py" line="122"/>
        <source>Coordinator links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/demo.py" line="123"/>
        <source>Action plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/demo.py" line="124"/>
        <source>Monitoring reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/demo.py" line="125"/>
        <source>Deadline extensions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/demo.py" line="126"/>
        <source>Financial support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/demo.py" line="127"/>
        <source>Support activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/demo.py" line="128"/>
        <source>Signatories reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/demo.py" line="129"/>
        <source>Energy Days</source>
        <translation type="unfinished">Energiýa günleri</translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/demo.py" line="130"/>
        <source>Energy Day organisers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/demo.py" line="157"/>
        <source>Demo data created (seed {seed}):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/demo.py" line="160"/>
        <source>Audit entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/demo.py" line="162"/>
        <source>Done in {seconds:.1f} s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/reports.py" line="18"/>
        <source>first day of the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/reports.py" line="21"/>
        <source>last day of the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/reports.py" line="28"/>
        <source>report date printed on the cover (default: today)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/reports.py" line="37"/>
        <source>language of the report (default: the interface language)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/reports.py" line="42"/>
        <source>reports to the Commission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/reports.py" line="44"/>
        <source>the coordinator activity report (PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/reports.py" line="49"/>
        <source>one-page fact sheets per signatory (PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/reports.py" line="56"/>
        <source>name, local name, Covenant id or record id; repeat for several</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/reports.py" line="61"/>
        <source>prepare the submission pack (zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/reports.py" line="66"/>
        <source>check a submission pack against its manifest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/reports.py" line="71"/>
        <source>records added, changed or deleted since the last submission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/reports.py" line="119"/>
        <source>{path} is a folder; give a file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/reports.py" line="133"/>
        <location filename="../desktop_app/cli_commands/reports.py" line="155"/>
        <location filename="../desktop_app/cli_commands/reports.py" line="175"/>
        <source>Cannot write {path}: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/reports.py" line="138"/>
        <location filename="../desktop_app/cli_commands/reports.py" line="159"/>
        <source>{path}: {pages} pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/reports.py" line="169"/>
        <source>{path} is not a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/reports.py" line="198"/>
        <source>{path}: TAMPERED, does not match its manifest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/reports.py" line="204"/>
        <source>{path}: ok ({files} files; {office}, {start} to {end}, made {created})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/reports.py" line="223"/>
        <source>No submission has been prepared yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/reports.py" line="229"/>
        <source>Since the submission of {when} ({file}): {count} changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/deadlines.py" line="24"/>
        <source>list upcoming and overdue deadlines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/deadlines.py" line="25"/>
        <source>Every upcoming and overdue deadline: action plans, monitoring reports, emission inventories, extensions, the coordinator report and long assessments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/deadlines.py" line="35"/>
        <source>output format (default: table, or from the --output file extension)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/deadlines.py" line="40"/>
        <source>only overdue items and those due in the next DAYS days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/deadlines.py" line="42"/>
        <source>write to FILE instead of stdout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/deadlines.py" line="43"/>
        <source>count days left from this day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/deadlines.py" line="55"/>
        <source>--format: &apos;{value}&apos; is not one of {choices}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/deadlines.py" line="60"/>
        <source>--format xlsx needs --output FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/deadlines.py" line="69"/>
        <source>--within: &apos;{value}&apos; is not a whole number of days (0 or more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/deadlines.py" line="79"/>
        <source>--today: &apos;{value}&apos; is not a date (expected YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/deadlines.py" line="85"/>
        <source>--output: the folder {folder} does not exist; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/cli_commands/deadlines.py" line="110"/>
        <location filename="../desktop_app/cli_commands/deadlines.py" line="125"/>
        <source>{count} deadlines written to {path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Commitments</name>
    <message>
        <location filename="../desktop_app/domain/rules/commitments.py" line="44"/>
        <source>Promotion and coordination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/commitments.py" line="45"/>
        <source>Technical and strategic assistance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/commitments.py" line="46"/>
        <source>Financial support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/commitments.py" line="47"/>
        <source>Energy Days</source>
        <translation type="unfinished">Energiýa günleri</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/commitments.py" line="48"/>
        <source>Reporting to the Commission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/commitments.py" line="51"/>
        <source>On track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/commitments.py" line="52"/>
        <source>Needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/commitments.py" line="53"/>
        <source>At risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/commitments.py" line="58"/>
        <source>No active signatories in your territory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/commitments.py" line="59"/>
        <source>%n of {total} signatories are on hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/commitments.py" line="60"/>
        <source>No promotion activity and no new signatory in the last {months} months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/commitments.py" line="63"/>
        <source>{total} signatories; %n joined in the last {months} months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/commitments.py" line="64"/>
        <source>%n signatories still late after their extension: they may be put on hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/commitments.py" line="68"/>
        <source>%n signatories past their SECAP deadline without an extension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/commitments.py" line="71"/>
        <source>%n signatories past their SEAP deadline without an extension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/commitments.py" line="74"/>
        <source>%n monitoring reports overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/commitments.py" line="75"/>
        <source>No technical or strategic assistance recorded in the last {months} months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/commitments.py" line="78"/>
        <source>Last assistance activity on {date}, more than {months} months ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/commitments.py" line="81"/>
        <source>%n assistance activities in the last {months} months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/commitments.py" line="82"/>
        <source>No financial support decided in the last {months} months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/commitments.py" line="83"/>
        <source>%n amounts have no exchange rate and are left out of the EUR totals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/commitments.py" line="86"/>
        <source>%n financing decisions in the last {months} months, {amount} EUR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/commitments.py" line="89"/>
        <source>No Energy Day held in the last {months} months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/commitments.py" line="90"/>
        <source>No Energy Day held in the last {months} months; the next is planned for {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/commitments.py" line="94"/>
        <source>Last Energy Day held on {date}; none is planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/commitments.py" line="95"/>
        <source>%n Energy Days held in the last {months} months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/commitments.py" line="96"/>
        <source>Coordinator report overdue by %n days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/commitments.py" line="97"/>
        <source>Coordinator report due in %n days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/commitments.py" line="98"/>
        <source>No report to the Commission recorded and no commitment date entered</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../desktop_app/ui/dialogs/conflict_dialog.py" line="49"/>
        <source>The record was changed meanwhile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/conflict_dialog.py" line="57"/>
        <source>someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/conflict_dialog.py" line="59"/>
        <source>{user} saved this record after you opened it. Choose, field by field, which value to keep; nothing is saved until you confirm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/conflict_dialog.py" line="83"/>
        <source>{field}: mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/conflict_dialog.py" line="85"/>
        <source>{field}: theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/conflict_dialog.py" line="98"/>
        <source>Keep all &amp;mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/conflict_dialog.py" line="101"/>
        <source>Keep all &amp;theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/conflict_dialog.py" line="106"/>
        <source>&amp;Save the chosen values</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoordinatorForm</name>
    <message>
        <location filename="../desktop_app/ui/forms/coordinator_form.py" line="20"/>
        <source>Application path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/forms/coordinator_form.py" line="31"/>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoordinatorPage</name>
    <message>
        <location filename="../desktop_app/ui/pages/coordinator_page.py" line="42"/>
        <source>Expression of interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/coordinator_page.py" line="43"/>
        <source>Eligibility confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/coordinator_page.py" line="44"/>
        <source>Commitment signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/coordinator_page.py" line="45"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/coordinator_page.py" line="76"/>
        <source>Application path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/coordinator_page.py" line="88"/>
        <source>Services offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/coordinator_page.py" line="102"/>
        <source>&amp;Add service...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/coordinator_page.py" line="105"/>
        <source>&amp;Edit...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/coordinator_page.py" line="107"/>
        <source>Re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/coordinator_page.py" line="114"/>
        <source>Services offered to signatories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/coordinator_page.py" line="173"/>
        <source>Save the profile first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/coordinator_page.py" line="174"/>
        <source>Save the coordinator profile, then add its services.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Country</name>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="185"/>
        <source>Armenia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="186"/>
        <source>Azerbaijan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="187"/>
        <source>Belarus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="188"/>
        <source>Georgia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="189"/>
        <source>Moldova</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="190"/>
        <source>Ukraine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="191"/>
        <source>Kazakhstan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="192"/>
        <source>Kyrgyzstan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="193"/>
        <source>Tajikistan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="194"/>
        <source>Turkmenistan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="195"/>
        <source>Uzbekistan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../desktop_app/ui/crash.py" line="74"/>
        <source>Unexpected error</source>
        <translation>Garaşylmadyk ýalňyşlyk</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/crash.py" line="76"/>
        <source>Something went wrong that Coordinator Desk did not expect. The last action may not have been completed; saved records are not affected.</source>
        <translation>Garaşylmadyk ýalňyşlyk ýüze çykdy. Soňky hereket tamamlanmadyk bolmagy mümkin; öň ýatda saklanan ýazgylara täsir etmedi.</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/crash.py" line="83"/>
        <source>The details were written to {path}.</source>
        <translation>Jikme-jiklikler {path} faýlyna ýazyldy.</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <location filename="../desktop_app/ui/pages/dashboard_page.py" line="152"/>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/dashboard_page.py" line="157"/>
        <source>Deadlines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/dashboard_page.py" line="166"/>
        <location filename="../desktop_app/ui/pages/dashboard_page.py" line="226"/>
        <source>Computing the dashboard...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/dashboard_page.py" line="168"/>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/dashboard_page.py" line="202"/>
        <source>Signatories by plan status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/dashboard_page.py" line="203"/>
        <source>Financial support by year, EUR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/dashboard_page.py" line="204"/>
        <source>Assistance activities by month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/dashboard_page.py" line="238"/>
        <source>The dashboard could not be computed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/dashboard_page.py" line="249"/>
        <source>Reporting period {period}; computed in {ms} ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/dashboard_page.py" line="256"/>
        <source>Key figures, {period} (change against {previous})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/dashboard_page.py" line="269"/>
        <source>Previous period: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/dashboard_page.py" line="370"/>
        <source>No plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/dashboard_page.py" line="381"/>
        <source>{n} bn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/dashboard_page.py" line="382"/>
        <source>{n} m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/dashboard_page.py" line="383"/>
        <source>{n} k</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatabaseErrorDialog</name>
    <message>
        <location filename="../desktop_app/ui/errors.py" line="16"/>
        <source>The database cannot be opened: {detail}</source>
        <translation>Maglumatlar binýadyny açyp bolmaýar: {detail}</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/errors.py" line="23"/>
        <source>Cannot open the database</source>
        <translation>Maglumatlar binýadyny açyp bolmady</translation>
    </message>
</context>
<context>
    <name>DateEdit</name>
    <message>
        <location filename="../desktop_app/ui/widgets/date_edit.py" line="53"/>
        <source>Clear the date (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/widgets/date_edit.py" line="54"/>
        <source>Clear the date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Deadline</name>
    <message>
        <location filename="../desktop_app/domain/rules/deadlines.py" line="47"/>
        <source>Action plan due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/deadlines.py" line="48"/>
        <source>Monitoring report due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/deadlines.py" line="49"/>
        <source>Monitoring emission inventory due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/deadlines.py" line="50"/>
        <source>Deadline extension expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/deadlines.py" line="51"/>
        <source>Coordinator report due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/deadlines.py" line="52"/>
        <source>Plan under assessment for too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/deadlines.py" line="55"/>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/deadlines.py" line="56"/>
        <source>Due soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/deadlines.py" line="57"/>
        <source>Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/services/deadlines.py" line="319"/>
        <source>Deadlines</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeadlinesPage</name>
    <message>
        <location filename="../desktop_app/ui/pages/deadlines_page.py" line="114"/>
        <source>Deadline filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/deadlines_page.py" line="115"/>
        <source>All deadlines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/deadlines_page.py" line="120"/>
        <source>Status filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/deadlines_page.py" line="121"/>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/deadlines_page.py" line="126"/>
        <source>Time window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/deadlines_page.py" line="127"/>
        <source>Any date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/deadlines_page.py" line="130"/>
        <source>Overdue or due within %n days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/deadlines_page.py" line="135"/>
        <source>Search signatory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/deadlines_page.py" line="139"/>
        <source>Export .xlsx...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/deadlines_page.py" line="140"/>
        <source>Export calendar (.ics)...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/deadlines_page.py" line="172"/>
        <source>Computing deadlines...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/deadlines_page.py" line="235"/>
        <location filename="../desktop_app/ui/pages/deadlines_page.py" line="265"/>
        <source>Export deadlines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/deadlines_page.py" line="237"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/deadlines_page.py" line="239"/>
        <source>Calendar (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/deadlines_page.py" line="266"/>
        <source>Could not write {path}: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/deadlines_page.py" line="272"/>
        <source>{count} deadlines exported to {path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <location filename="../desktop_app/services/demo.py" line="47"/>
        <source>The database already holds {count} signatories; demo data was not added. Use --force to add it anyway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/services/demo.py" line="52"/>
        <source>Demo data from seed {seed} is already in this database; choose another --seed. Nothing was added.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnergyDayForm</name>
    <message>
        <location filename="../desktop_app/ui/forms/energy_day_form.py" line="26"/>
        <source>(no lead organiser)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Enum</name>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="216"/>
        <source>Territorial Coordinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="217"/>
        <source>National Coordinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="218"/>
        <source>Expression of interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="219"/>
        <source>Eligibility confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="220"/>
        <source>Commitment signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="221"/>
        <location filename="../desktop_app/domain/enums.py" line="241"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="222"/>
        <location filename="../desktop_app/domain/enums.py" line="242"/>
        <source>On hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="223"/>
        <location filename="../desktop_app/domain/enums.py" line="243"/>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="224"/>
        <location filename="../desktop_app/domain/enums.py" line="268"/>
        <source>Promotion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="225"/>
        <location filename="../desktop_app/domain/enums.py" line="269"/>
        <source>Technical assistance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="226"/>
        <location filename="../desktop_app/domain/enums.py" line="270"/>
        <source>Strategic assistance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="227"/>
        <source>Financial support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="228"/>
        <source>Human resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="229"/>
        <location filename="../desktop_app/domain/enums.py" line="271"/>
        <source>Capacity building</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="230"/>
        <source>Emission inventory support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="231"/>
        <source>Risk and vulnerability assessment support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="232"/>
        <source>Energy Days</source>
        <translation type="unfinished">Energiýa günleri</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="233"/>
        <source>2020 (SEAP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="234"/>
        <source>2030 (SECAP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="235"/>
        <source>2050 (climate neutrality)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="236"/>
        <source>Mitigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="237"/>
        <source>Adaptation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="238"/>
        <source>Energy poverty / access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="239"/>
        <source>Absolute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="240"/>
        <source>Per capita</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="244"/>
        <source>SEAP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="245"/>
        <source>SECAP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="246"/>
        <source>SEACAP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="247"/>
        <source>Municipal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="248"/>
        <source>Tertiary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="249"/>
        <source>Residential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="250"/>
        <source>Transport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="251"/>
        <source>Industry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="252"/>
        <location filename="../desktop_app/domain/enums.py" line="275"/>
        <location filename="../desktop_app/domain/enums.py" line="287"/>
        <location filename="../desktop_app/domain/enums.py" line="307"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="253"/>
        <source>In preparation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="254"/>
        <location filename="../desktop_app/domain/enums.py" line="261"/>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="255"/>
        <source>Under assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="256"/>
        <location filename="../desktop_app/domain/enums.py" line="262"/>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="257"/>
        <location filename="../desktop_app/domain/enums.py" line="263"/>
        <source>Revision requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="258"/>
        <source>Action reporting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="259"/>
        <source>Full reporting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="260"/>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="264"/>
        <source>Action plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="265"/>
        <source>Monitoring report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="266"/>
        <source>Signatory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="267"/>
        <source>Coordinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="272"/>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="273"/>
        <source>Study visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="274"/>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="276"/>
        <source>Grant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="277"/>
        <source>Subsidy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="278"/>
        <source>Soft loan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="279"/>
        <source>Guarantee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="280"/>
        <source>Revolving fund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="281"/>
        <source>ESCO / energy performance contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="282"/>
        <source>Third-party financing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="283"/>
        <source>Green bond</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="284"/>
        <source>Public-private partnership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="285"/>
        <source>Cooperative / crowdfunding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="286"/>
        <source>Staff in kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="288"/>
        <source>Own budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="289"/>
        <source>National budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="290"/>
        <source>EU programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="291"/>
        <source>International financial institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="292"/>
        <source>Donor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="293"/>
        <source>Private</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="294"/>
        <source>Applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="295"/>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="296"/>
        <source>Disbursed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="297"/>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="298"/>
        <source>Workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="299"/>
        <source>Exhibition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="300"/>
        <source>Open doors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="301"/>
        <source>Guided visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="302"/>
        <source>Contest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="303"/>
        <source>Lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="304"/>
        <source>Round table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="305"/>
        <source>Cycling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="306"/>
        <source>Concert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="308"/>
        <source>Schoolchildren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="309"/>
        <source>General public</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="310"/>
        <source>Businesses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="311"/>
        <source>Housing associations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="312"/>
        <source>NGOs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="313"/>
        <source>Media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="314"/>
        <source>Public servants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="315"/>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="316"/>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="317"/>
        <source>Moved to trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/enums.py" line="318"/>
        <source>Restored</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Excel</name>
    <message>
        <location filename="../desktop_app/services/excel/queries.py" line="31"/>
        <source>No plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/services/excel/queries.py" line="32"/>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/services/excel/queries.py" line="33"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/services/excel/queries.py" line="34"/>
        <source>Extended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/services/excel/queries.py" line="35"/>
        <source>Action plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/services/excel/queries.py" line="36"/>
        <source>Monitoring report</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExcelExport</name>
    <message>
        <location filename="../desktop_app/ui/dialogs/export_dialog.py" line="51"/>
        <source>Export to Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/export_dialog.py" line="59"/>
        <source>Every record, not only the period&apos;s activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/export_dialog.py" line="64"/>
        <source>Browse...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/export_dialog.py" line="70"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/export_dialog.py" line="71"/>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/export_dialog.py" line="73"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/export_dialog.py" line="77"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/export_dialog.py" line="86"/>
        <source>Save the workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/export_dialog.py" line="88"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/export_dialog.py" line="136"/>
        <source>&amp;Import from Excel...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/export_dialog.py" line="137"/>
        <source>E&amp;xport to Excel...</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExcelReport</name>
    <message>
        <location filename="../desktop_app/services/excel/report.py" line="19"/>
        <source>Sheet {sheet} ({kind}): {new} new, {update} to update, {same} unchanged, {errors} with errors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/services/excel/report.py" line="35"/>
        <source>Ignored columns (use --map to use them): {headers}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/services/excel/report.py" line="49"/>
        <source>Row {row}: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/services/excel/report.py" line="55"/>
        <source>... and {n} more problems.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/services/excel/report.py" line="64"/>
        <source>Fields of {kind} (field, type, headers EN / RU / TK):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/services/excel/report.py" line="70"/>
        <source>* required</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <location filename="../desktop_app/domain/rules/fields.py" line="14"/>
        <source>Name</source>
        <translation type="unfinished">Ady</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/fields.py" line="15"/>
        <source>Name in local script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/fields.py" line="16"/>
        <source>Country</source>
        <translation type="unfinished">Ýurt</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/fields.py" line="17"/>
        <source>Region</source>
        <translation type="unfinished">Sebit</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/fields.py" line="18"/>
        <source>Contact person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/fields.py" line="19"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/fields.py" line="20"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/fields.py" line="21"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/fields.py" line="22"/>
        <source>Status</source>
        <translation type="unfinished">Ýagdaýy</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/fields.py" line="23"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/fields.py" line="24"/>
        <location filename="../desktop_app/ui/pages/coordinator_page.py" line="95"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/fields.py" line="25"/>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/fields.py" line="26"/>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/fields.py" line="27"/>
        <source>Signatory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/fields.py" line="28"/>
        <source>Action plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/fields.py" line="29"/>
        <source>Coordinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/fields.py" line="30"/>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/fields.py" line="31"/>
        <source>Last changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/fields.py" line="32"/>
        <source>Changed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/fields.py" line="33"/>
        <source>Moved to trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/fields.py" line="35"/>
        <source>Coordinator type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/fields.py" line="36"/>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/fields.py" line="37"/>
        <source>This office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/fields.py" line="38"/>
        <source>Expression of interest date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/fields.py" line="39"/>
        <source>Eligibility confirmed date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/fields.py" line="40"/>
        <source>Commitment signed date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/fields.py" line="41"/>
        <source>Active since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/fields.py" line="42"/>
        <source>On hold since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/fields.py" line="43"/>
        <source>Withdrawn on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/fields.py" line="44"/>
        <source>Mandated agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/fields.py" line="46"/>
        <location filename="../desktop_app/ui/pages/coordinator_page.py" line="94"/>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/fields.py" line="47"/>
        <location filename="../desktop_app/ui/pages/coordinator_page.py" line="96"/>
        <source>Valid from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/fields.py" line="48"/>
        <location filename="../desktop_app/ui/pages/coordinator_page.py" line="97"/>
        <source>Valid to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/fields.py" line="50"/>
        <source>Covenant ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/fields.py" line="51"/>
        <source>Population</source>
        <translation type="unfinished">Ilat sany</translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/fields.py" line="52"/>
        <source>Population year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/fields.py" line="53"/>
        <source>Adhesion date (council decision)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/fields.py" line="54"/>
        <source>Commitment framework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/fields.py" line="55"/>
        <source>Pillars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/fields.py" line="56"/>
        <source>Reduction target (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/fields.py" line="57"/>
        <source>Target year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/fields.py" line="58"/>
        <source>Target type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/fields.py" line="59"/>
        <source>Joint plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/fields.py" line="60"/>
        <source>Joint plan name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/fields.py" line="61"/>
        <source>Status date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/fields.py" line="62"/>
        <source>Supported since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/fields.py" line="63"/>
        <source>Supported until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/fields.py" line="65"/>
        <source>Plan type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/fields.py" line="66"/>
        <source>Baseline inventory year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/fields.py" line="67"/>
        <source>Sectors in the baseline inventory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/fields.py" line="68"/>
        <source>Sectors with actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/fields.py" line="69"/>
        <source>Risk and vulnerability assessment done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/fields.py" line="70"/>
        <source>Council approval date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/fields.py" line="71"/>
        <source>Submission date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/fields.py" line="72"/>
        <source>Feedback date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/fields.py" line="73"/>
        <source>Plan submission date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/fields.py" line="75"/>
        <source>Reporting type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/fields.py" line="76"/>
        <source>Inventory year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/fields.py" line="77"/>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/fields.py" line="79"/>
        <source>Extension for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/fields.py" line="80"/>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/fields.py" line="81"/>
        <source>Requested by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/fields.py" line="82"/>
        <source>Request date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/fields.py" line="83"/>
        <source>Granted until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/fields.py" line="84"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/fields.py" line="86"/>
        <source>Activity type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/fields.py" line="87"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/fields.py" line="88"/>
        <source>Reaches all signatories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/fields.py" line="89"/>
        <source>Signatories reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/fields.py" line="90"/>
        <source>Staff days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/fields.py" line="92"/>
        <source>Instrument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/fields.py" line="93"/>
        <source>Funding source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/fields.py" line="94"/>
        <source>Funder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/fields.py" line="95"/>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/fields.py" line="96"/>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/fields.py" line="97"/>
        <source>Decision date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/fields.py" line="98"/>
        <source>Disbursed amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/fields.py" line="99"/>
        <source>Disbursement date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/fields.py" line="101"/>
        <source>Start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/fields.py" line="102"/>
        <source>End date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/fields.py" line="103"/>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/fields.py" line="104"/>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/fields.py" line="105"/>
        <source>Organised by the coordinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/fields.py" line="106"/>
        <source>Organising signatories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/fields.py" line="107"/>
        <location filename="../desktop_app/ui/forms/energy_day_form.py" line="28"/>
        <source>Lead organiser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/fields.py" line="108"/>
        <source>Activity types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/fields.py" line="109"/>
        <source>Audiences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/fields.py" line="110"/>
        <source>Budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/fields.py" line="111"/>
        <source>Registered with EU Sustainable Energy Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/fields.py" line="112"/>
        <source>Outcome notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/fields.py" line="114"/>
        <source>Rate date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/fields.py" line="115"/>
        <source>Units per euro</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/fields.py" line="119"/>
        <source>Name (Latin script)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/fields.py" line="120"/>
        <source>Rate source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/fields.py" line="121"/>
        <source>Budget currency</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Form</name>
    <message>
        <location filename="../desktop_app/ui/forms/base_form.py" line="127"/>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/forms/base_form.py" line="136"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/forms/base_form.py" line="138"/>
        <source>Save (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/forms/base_form.py" line="140"/>
        <source>Move to &amp;Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/forms/base_form.py" line="142"/>
        <source>Move to the Trash (Del)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/forms/base_form.py" line="145"/>
        <source>&amp;Discard changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/forms/base_form.py" line="145"/>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/forms/base_form.py" line="148"/>
        <source>Esc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/forms/base_form.py" line="193"/>
        <source>{field} (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/forms/base_form.py" line="211"/>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/forms/base_form.py" line="321"/>
        <source>New record, not saved yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/forms/base_form.py" line="335"/>
        <source>Last saved {when} by {user}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/forms/base_form.py" line="339"/>
        <source>This record is in the Trash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/forms/base_form.py" line="402"/>
        <location filename="../desktop_app/ui/forms/base_form.py" line="453"/>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/forms/base_form.py" line="446"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/forms/base_form.py" line="447"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/forms/base_form.py" line="451"/>
        <location filename="../desktop_app/ui/forms/form_saving.py" line="133"/>
        <source>Move to Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/forms/base_form.py" line="456"/>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/forms/base_form.py" line="459"/>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/forms/base_form.py" line="461"/>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/forms/base_form.py" line="490"/>
        <source>Changed elsewhere since you opened it; saving will show both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/forms/bindings.py" line="133"/>
        <source>Choose...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/forms/bindings.py" line="215"/>
        <source>Type a name, then Enter to add it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/forms/bindings.py" line="218"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/forms/bindings.py" line="224"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/forms/form_saving.py" line="112"/>
        <source>Record in the Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/forms/form_saving.py" line="113"/>
        <source>{user} moved this record to the Trash after you opened it. Restore it and save your changes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/forms/form_saving.py" line="117"/>
        <source>Someone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/forms/form_saving.py" line="134"/>
        <source>Move this record to the Trash? You can restore it from there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/forms/form_saving.py" line="159"/>
        <source>Discard changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/forms/form_saving.py" line="160"/>
        <source>Discard the changes you made to this record?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/forms/form_saving.py" line="166"/>
        <source>This record has unsaved changes. Save them before closing?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/forms/form_saving.py" line="168"/>
        <source>This record has unsaved changes. Save them first?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/forms/form_saving.py" line="172"/>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/forms/form_saving.py" line="186"/>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/forms/form_saving.py" line="192"/>
        <source>This record no longer exists; it may have been deleted for good.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/forms/plan_choice.py" line="15"/>
        <source>(no plan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/forms/registry.py" line="27"/>
        <source>Coordinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/forms/registry.py" line="28"/>
        <source>Service offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/forms/registry.py" line="29"/>
        <source>Signatory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/forms/registry.py" line="30"/>
        <source>Action plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/forms/registry.py" line="31"/>
        <source>Monitoring report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/forms/registry.py" line="32"/>
        <source>Deadline extension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/forms/registry.py" line="33"/>
        <source>Assistance activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/forms/registry.py" line="34"/>
        <source>Financial support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/forms/registry.py" line="35"/>
        <source>Energy Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/forms/registry.py" line="36"/>
        <source>Exchange rate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../desktop_app/ui/dialogs/history_dialog.py" line="37"/>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/history_dialog.py" line="38"/>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/history_dialog.py" line="39"/>
        <source>Moved to the Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/history_dialog.py" line="40"/>
        <source>Restored from the Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/history_dialog.py" line="52"/>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/history_dialog.py" line="57"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/history_dialog.py" line="58"/>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/history_dialog.py" line="59"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/history_dialog.py" line="60"/>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/history_dialog.py" line="61"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/history_dialog.py" line="62"/>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/history_dialog.py" line="73"/>
        <source>Undo this change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/history_dialog.py" line="74"/>
        <source>Return the whole record to this moment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/history_dialog.py" line="156"/>
        <source>Reverted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/history_dialog.py" line="158"/>
        <source>Nothing to change: the values are already those.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <location filename="../desktop_app/ui/widgets/history_panel.py" line="61"/>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/widgets/history_panel.py" line="67"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/widgets/history_panel.py" line="68"/>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/widgets/history_panel.py" line="69"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/widgets/history_panel.py" line="70"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/widgets/history_panel.py" line="71"/>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/widgets/history_panel.py" line="77"/>
        <source>Not saved yet: no history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/widgets/history_panel.py" line="78"/>
        <source>Revert &amp;field to this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/widgets/history_panel.py" line="81"/>
        <source>Give the selected field the value it had after this change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/widgets/history_panel.py" line="85"/>
        <source>Revert &amp;record to this point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/widgets/history_panel.py" line="89"/>
        <source>Put every field back as it was just after this change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/widgets/history_panel.py" line="187"/>
        <source>Revert</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListPanel</name>
    <message>
        <location filename="../desktop_app/ui/pages/list_panel.py" line="44"/>
        <source>All countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/list_panel.py" line="45"/>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/list_panel.py" line="46"/>
        <source>All types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/list_panel.py" line="47"/>
        <source>All years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/list_panel.py" line="50"/>
        <source>Country filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/list_panel.py" line="51"/>
        <source>Status filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/list_panel.py" line="52"/>
        <source>Type filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/list_panel.py" line="53"/>
        <source>Year filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/list_panel.py" line="103"/>
        <source>Search (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/list_panel.py" line="104"/>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/list_panel.py" line="127"/>
        <source>Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/list_panel.py" line="232"/>
        <source>%n records shown, loading the rest...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/list_panel.py" line="234"/>
        <source>%n records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/list_panel.py" line="236"/>
        <source>{shown} of %n records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/list_panel.py" line="267"/>
        <source>Move to Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/list_panel.py" line="268"/>
        <source>Move %n record(s) to the Trash? You can restore them from there.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="60"/>
        <source>Coordinator Desk</source>
        <translation>Coordinator Desk</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="64"/>
        <source>Sections</source>
        <translation>Bölümler</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="87"/>
        <source>Opening the database...</source>
        <translation>Maglumatlar binýady açylýar...</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="107"/>
        <source>&amp;File</source>
        <translation>&amp;Faýl</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="108"/>
        <source>&amp;Open database...</source>
        <translation>Maglumatlar binýadyny &amp;aç...</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="111"/>
        <source>&amp;New record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="118"/>
        <source>&amp;Quit</source>
        <translation>&amp;Çykmak</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="123"/>
        <source>&amp;Edit</source>
        <translation>&amp;Düzetmek</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="124"/>
        <source>&amp;Undo</source>
        <translation>&amp;Yzyna al</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="126"/>
        <source>&amp;Redo</source>
        <translation>&amp;Gaýtala</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="131"/>
        <source>&amp;View</source>
        <translation>&amp;Görnüş</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="140"/>
        <source>&amp;Tools</source>
        <translation>&amp;Gurallar</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="141"/>
        <source>&amp;Preferences...</source>
        <translation>&amp;Sazlamalar...</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="146"/>
        <source>&amp;Help</source>
        <translation>&amp;Kömek</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="147"/>
        <source>&amp;About Coordinator Desk</source>
        <translation>Coordinator Desk &amp;barada</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="150"/>
        <source>About &amp;Qt</source>
        <translation>&amp;Qt barada</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="272"/>
        <source>Open database</source>
        <translation>Maglumatlar binýadyny açmak</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="274"/>
        <source>Coordinator Desk databases (*.sqlite3 *.sqlite *.db);;All files (*)</source>
        <translation>Coordinator Desk maglumatlar binýatlary (*.sqlite3 *.sqlite *.db);;Ähli faýllar (*)</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/main_window.py" line="315"/>
        <source>Database: {location}</source>
        <translation>Maglumatlar binýady: {location}</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../desktop_app/domain/rules/money.py" line="21"/>
        <source>No exchange rate for {currency} on or before {date}; add one under Exchange rates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/messages.py" line="22"/>
        <source>{path} is not a Coordinator Desk database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/messages.py" line="23"/>
        <source>The database file {path} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/messages.py" line="24"/>
        <source>{location} is a database of another program; Coordinator Desk left it as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/messages.py" line="28"/>
        <source>{location} was written by a newer version of Coordinator Desk (schema {revision}). Install the newer version to open it; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/messages.py" line="33"/>
        <source>Cannot reach the database server {url}: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/messages.py" line="34"/>
        <source>The database {path} failed its integrity check: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/messages.py" line="35"/>
        <source>{path} is not a Coordinator Desk backup file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/messages.py" line="36"/>
        <source>The backup {path} is damaged and cannot be restored: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/messages.py" line="39"/>
        <source>No usable backup of {path} was found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/messages.py" line="40"/>
        <source>The database {path} is damaged ({detail}). The newest good backup is {backup}; restore it with: coordinator-desk restore &quot;{backup}&quot; (the damaged file is kept aside).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/messages.py" line="45"/>
        <source>{table} record {record} was changed by {user} at {time} after you opened its history; nothing was reverted. Reopen the history and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/messages.py" line="50"/>
        <source>{table} record {record} has no such history entry or field: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/messages.py" line="53"/>
        <source>{table} record {record} no longer exists; it cannot be reverted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <location filename="../desktop_app/ui/pages/placeholder.py" line="23"/>
        <source>This section is not available in this version yet. Your records are safe; it will appear here after an update.</source>
        <translation>Bu bölüm häzirki wersiýada entek ýok. Ýazgylaryňyz howpsuz; ol täzelenmeden soň şu ýerde peýda bolar.</translation>
    </message>
</context>
<context>
    <name>PlanForm</name>
    <message>
        <location filename="../desktop_app/ui/forms/plan_form.py" line="21"/>
        <source>Approval and assessment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlansPage</name>
    <message>
        <location filename="../desktop_app/ui/pages/lists.py" line="44"/>
        <source>Action plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/lists.py" line="45"/>
        <source>Monitoring reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/lists.py" line="46"/>
        <source>Deadline extensions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreferencesDashboard</name>
    <message>
        <location filename="../desktop_app/ui/dialogs/preferences_dashboard.py" line="35"/>
        <source>&quot;Due soon&quot; window (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/preferences_dashboard.py" line="38"/>
        <source>Plan due after adhesion, 2020 framework (years)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/preferences_dashboard.py" line="43"/>
        <source>Plan due after adhesion, 2030 framework (years)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/preferences_dashboard.py" line="48"/>
        <source>Plan due after adhesion, 2050 framework (years)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/preferences_dashboard.py" line="53"/>
        <source>Monitoring report every (years)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/preferences_dashboard.py" line="58"/>
        <source>Monitoring emission inventory every (years)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/preferences_dashboard.py" line="63"/>
        <source>Coordinator report every (months)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/preferences_dashboard.py" line="68"/>
        <source>Plan assessment overdue after (months)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/preferences_dashboard.py" line="73"/>
        <source>Warn about the coordinator report (days before)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/preferences_dashboard.py" line="78"/>
        <source>Commitment lights look back (months)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/preferences_dashboard.py" line="83"/>
        <source>Amber when no assistance for (months)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/preferences_dashboard.py" line="88"/>
        <source>Amber when no Energy Day for (months)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/preferences_dashboard.py" line="93"/>
        <source>Red when no financial support for (months)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/preferences_dashboard.py" line="98"/>
        <source>Amber from this share of signatories on hold (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/preferences_dashboard.py" line="103"/>
        <source>Red from this share of signatories on hold (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/preferences_dashboard.py" line="108"/>
        <source>Red from this many signatories past their plan deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/preferences_dashboard.py" line="131"/>
        <source>Reporting period starts in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/preferences_dashboard.py" line="133"/>
        <source>Reporting period length (months)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/preferences_dashboard.py" line="143"/>
        <source>The dashboard, the deadlines list and the reminders use these values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/preferences_dashboard.py" line="180"/>
        <source>Dashboard, deadlines and reminders</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../desktop_app/ui/dialogs/preferences.py" line="28"/>
        <source>Preferences</source>
        <translation>Sazlamalar</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/preferences.py" line="31"/>
        <source>System language</source>
        <translation>Ulgamyň dili</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/preferences.py" line="35"/>
        <source>&amp;Language:</source>
        <translation>&amp;Dil:</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/preferences.py" line="37"/>
        <source>Language</source>
        <translation>Dil</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/preferences.py" line="39"/>
        <source>A new language is applied when the application restarts.</source>
        <translation>Täze dil programma täzeden açylanda ulanylar.</translation>
    </message>
</context>
<context>
    <name>RecordKind</name>
    <message>
        <location filename="../desktop_app/ui/models/trash_table.py" line="31"/>
        <source>Coordinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/models/trash_table.py" line="32"/>
        <source>Service offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/models/trash_table.py" line="33"/>
        <source>Signatory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/models/trash_table.py" line="34"/>
        <source>Action plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/models/trash_table.py" line="35"/>
        <source>Monitoring report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/models/trash_table.py" line="36"/>
        <source>Deadline extension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/models/trash_table.py" line="37"/>
        <source>Assistance</source>
        <translation type="unfinished">Berlen kömek</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/models/trash_table.py" line="38"/>
        <source>Financial support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/models/trash_table.py" line="39"/>
        <source>Energy Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/models/trash_table.py" line="40"/>
        <source>Exchange rate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordTable</name>
    <message>
        <location filename="../desktop_app/ui/models/formatting.py" line="36"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <location filename="../desktop_app/ui/dialogs/recovery_dialog.py" line="35"/>
        <source>The database is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/recovery_dialog.py" line="39"/>
        <source>The database {path} is damaged ({detail}); it cannot be opened safely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/recovery_dialog.py" line="47"/>
        <source>The damaged file is not deleted: it is renamed and kept beside the database so that it can still be examined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/recovery_dialog.py" line="54"/>
        <source>Restore this backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/recovery_dialog.py" line="56"/>
        <source>Choose another backup...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/recovery_dialog.py" line="58"/>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/recovery_dialog.py" line="69"/>
        <source>No usable backup was found. Choose a backup file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/recovery_dialog.py" line="74"/>
        <source>Newest good backup: {name}, taken {date}, {records} records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/recovery_dialog.py" line="87"/>
        <source>Choose a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/recovery_dialog.py" line="89"/>
        <source>Backups (*.sqlite3);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/recovery_dialog.py" line="106"/>
        <source>Restored from {backup}. The damaged file was kept as {aside}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RelatedList</name>
    <message>
        <location filename="../desktop_app/ui/forms/related_panel.py" line="51"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/forms/related_panel.py" line="51"/>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/forms/related_panel.py" line="51"/>
        <source>Status</source>
        <translation type="unfinished">Ýagdaýy</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/forms/related_panel.py" line="55"/>
        <source>&amp;New...</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReminderNotice</name>
    <message>
        <location filename="../desktop_app/ui/widgets/reminder_notice.py" line="33"/>
        <source>Deadlines need attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/widgets/reminder_notice.py" line="39"/>
        <source>%n overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/widgets/reminder_notice.py" line="41"/>
        <source>%n due soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/widgets/reminder_notice.py" line="44"/>
        <source>&amp;Show deadlines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/widgets/reminder_notice.py" line="45"/>
        <source>&amp;Dismiss until tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <location filename="../desktop_app/services/period.py" line="21"/>
        <source>{field}: &apos;{value}&apos; is not a date (expected YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/services/period.py" line="22"/>
        <source>The period ends ({end}) before it starts ({start}); nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/blocks.py" line="36"/>
        <source>None in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/factsheet.py" line="77"/>
        <source>--signatory &apos;{value}&apos; matches {count} signatories; give the id instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/factsheet.py" line="81"/>
        <source>--signatory &apos;{value}&apos;: no such signatory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/factsheet.py" line="147"/>
        <source>There are no signatories to describe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/factsheet.py" line="148"/>
        <source>Signatory fact sheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/factsheet.py" line="156"/>
        <location filename="../desktop_app/services/reports/pdf_report.py" line="135"/>
        <source>Covenant of Mayors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/factsheet.py" line="157"/>
        <location filename="../desktop_app/services/reports/pdf_report.py" line="94"/>
        <source>Page {page} of {pages}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/factsheet.py" line="175"/>
        <source>None recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/factsheet.py" line="180"/>
        <source>{percent} % by {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/factsheet.py" line="190"/>
        <location filename="../desktop_app/services/reports/pdf_report.py" line="126"/>
        <location filename="../desktop_app/services/reports/sections.py" line="93"/>
        <source>Country</source>
        <translation type="unfinished">Ýurt</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/factsheet.py" line="191"/>
        <location filename="../desktop_app/services/reports/pdf_report.py" line="128"/>
        <source>Region</source>
        <translation type="unfinished">Sebit</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/factsheet.py" line="193"/>
        <source>Population</source>
        <translation type="unfinished">Ilat sany</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/factsheet.py" line="196"/>
        <source>Adhesion (council decision)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/factsheet.py" line="197"/>
        <location filename="../desktop_app/services/reports/factsheet.py" line="235"/>
        <location filename="../desktop_app/services/reports/factsheet.py" line="266"/>
        <location filename="../desktop_app/services/reports/factsheet.py" line="341"/>
        <location filename="../desktop_app/services/reports/sections.py" line="349"/>
        <location filename="../desktop_app/services/reports/sections.py" line="400"/>
        <source>Status</source>
        <translation type="unfinished">Ýagdaýy</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/factsheet.py" line="198"/>
        <source>Commitment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/factsheet.py" line="199"/>
        <source>Reduction target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/factsheet.py" line="200"/>
        <source>Covenant id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/factsheet.py" line="202"/>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/factsheet.py" line="224"/>
        <source>Action plan and deadlines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/factsheet.py" line="226"/>
        <source>Plan due: {due}; extension granted until: {extension}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/factsheet.py" line="233"/>
        <location filename="../desktop_app/services/reports/sections.py" line="350"/>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/factsheet.py" line="234"/>
        <location filename="../desktop_app/services/reports/factsheet.py" line="265"/>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/factsheet.py" line="236"/>
        <source>Feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/factsheet.py" line="258"/>
        <source>and {count} earlier reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/factsheet.py" line="260"/>
        <source>Monitoring reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/factsheet.py" line="263"/>
        <source>Reporting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/factsheet.py" line="264"/>
        <location filename="../desktop_app/services/reports/sections.py" line="326"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/factsheet.py" line="302"/>
        <source>and {count} earlier activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/factsheet.py" line="305"/>
        <source>Support received ({count} activities)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/factsheet.py" line="312"/>
        <location filename="../desktop_app/services/reports/factsheet.py" line="339"/>
        <location filename="../desktop_app/services/reports/factsheet.py" line="381"/>
        <location filename="../desktop_app/services/reports/sections.py" line="226"/>
        <location filename="../desktop_app/services/reports/sections.py" line="276"/>
        <location filename="../desktop_app/services/reports/sections.py" line="374"/>
        <location filename="../desktop_app/services/reports/sections.py" line="396"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/factsheet.py" line="313"/>
        <location filename="../desktop_app/services/reports/pdf_report.py" line="125"/>
        <location filename="../desktop_app/services/reports/sections.py" line="135"/>
        <location filename="../desktop_app/services/reports/sections.py" line="375"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/factsheet.py" line="314"/>
        <location filename="../desktop_app/services/reports/factsheet.py" line="382"/>
        <location filename="../desktop_app/services/reports/sections.py" line="277"/>
        <location filename="../desktop_app/services/reports/sections.py" line="376"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/factsheet.py" line="315"/>
        <location filename="../desktop_app/services/reports/pdf_report.py" line="182"/>
        <location filename="../desktop_app/services/reports/sections.py" line="117"/>
        <location filename="../desktop_app/services/reports/sections.py" line="135"/>
        <location filename="../desktop_app/services/reports/sections.py" line="377"/>
        <source>Staff days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/factsheet.py" line="334"/>
        <source>and {count} earlier financing records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/factsheet.py" line="336"/>
        <source>Finance</source>
        <translation type="unfinished">Maliýe goldawy</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/factsheet.py" line="340"/>
        <location filename="../desktop_app/services/reports/sections.py" line="398"/>
        <source>Instrument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/factsheet.py" line="342"/>
        <location filename="../desktop_app/services/reports/sections.py" line="206"/>
        <location filename="../desktop_app/services/reports/sections.py" line="228"/>
        <location filename="../desktop_app/services/reports/sections.py" line="401"/>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/factsheet.py" line="343"/>
        <location filename="../desktop_app/services/reports/sections.py" line="402"/>
        <source>EUR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/factsheet.py" line="351"/>
        <location filename="../desktop_app/services/reports/sections.py" line="412"/>
        <source>no rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/factsheet.py" line="376"/>
        <source>and {count} earlier Energy Days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/factsheet.py" line="378"/>
        <location filename="../desktop_app/services/reports/pdf_report.py" line="196"/>
        <location filename="../desktop_app/services/reports/sections.py" line="353"/>
        <source>Energy Days</source>
        <translation type="unfinished">Energiýa günleri</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/factsheet.py" line="383"/>
        <location filename="../desktop_app/services/reports/sections.py" line="119"/>
        <location filename="../desktop_app/services/reports/sections.py" line="253"/>
        <location filename="../desktop_app/services/reports/sections.py" line="279"/>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/factsheet.py" line="384"/>
        <source>Audiences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/pdf_report.py" line="81"/>
        <source>Covenant Coordinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/pdf_report.py" line="82"/>
        <source>{start} to {end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/pdf_report.py" line="85"/>
        <location filename="../desktop_app/services/reports/pdf_report.py" line="137"/>
        <source>Covenant Coordinator activity report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/pdf_report.py" line="88"/>
        <location filename="../desktop_app/services/reports/pdf_report.py" line="139"/>
        <source>Report to the European Commission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/pdf_report.py" line="95"/>
        <source>Contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/pdf_report.py" line="122"/>
        <source>Coordinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/pdf_report.py" line="129"/>
        <source>Reporting period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/pdf_report.py" line="130"/>
        <source>Report date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/pdf_report.py" line="132"/>
        <source>Data as of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/pdf_report.py" line="147"/>
        <source>The coordinator profile has not been filled in yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/pdf_report.py" line="165"/>
        <source>Signatories in the territory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/pdf_report.py" line="171"/>
        <source>New adhesions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/pdf_report.py" line="177"/>
        <location filename="../desktop_app/services/reports/sections.py" line="116"/>
        <source>Assistance activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/pdf_report.py" line="184"/>
        <location filename="../desktop_app/services/reports/sections.py" line="118"/>
        <location filename="../desktop_app/services/reports/sections.py" line="378"/>
        <source>Signatories reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/pdf_report.py" line="190"/>
        <source>Financial support (EUR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/pdf_report.py" line="202"/>
        <source>Energy Day participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/pdf_report.py" line="208"/>
        <location filename="../desktop_app/services/reports/sections.py" line="303"/>
        <source>Action plans submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/pdf_report.py" line="214"/>
        <location filename="../desktop_app/services/reports/sections.py" line="304"/>
        <source>Action plans accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/pdf_report.py" line="220"/>
        <location filename="../desktop_app/services/reports/sections.py" line="305"/>
        <source>Monitoring reports submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/pdf_report.py" line="226"/>
        <source>Overdue items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/pdf_report.py" line="249"/>
        <source>Executive summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/pdf_report.py" line="251"/>
        <source>Key figures of the reporting period compared with the previous period of equal length ({start} to {end}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/pdf_report.py" line="262"/>
        <source>No activity was recorded in this period: no new adhesions, assistance, financing decisions, Energy Days or plan submissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/pdf_report.py" line="274"/>
        <source>Indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/pdf_report.py" line="275"/>
        <source>This period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/pdf_report.py" line="276"/>
        <source>Previous period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/pdf_report.py" line="277"/>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/pdf_report.py" line="291"/>
        <source>{count} financing records could not be converted to EUR for lack of an exchange rate; they are listed in section 3 and left out of the EUR totals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/sections.py" line="48"/>
        <source>No plan yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/sections.py" line="54"/>
        <source>1. Promotion and coordination of signatories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/sections.py" line="58"/>
        <source>Signatories in the territory (end of period)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/sections.py" line="61"/>
        <source>New adhesions in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/sections.py" line="63"/>
        <source>Status changes in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/sections.py" line="76"/>
        <source>Signatories by status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/sections.py" line="81"/>
        <source>Status changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/sections.py" line="83"/>
        <source>New status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/sections.py" line="83"/>
        <location filename="../desktop_app/services/reports/sections.py" line="93"/>
        <source>Signatories</source>
        <translation type="unfinished">Gol çekenler</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/sections.py" line="91"/>
        <source>Signatories by country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/sections.py" line="113"/>
        <source>2. Technical and strategic assistance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/sections.py" line="130"/>
        <location filename="../desktop_app/services/reports/sections.py" line="133"/>
        <source>Activities by type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/sections.py" line="135"/>
        <location filename="../desktop_app/services/reports/sections.py" line="351"/>
        <source>Activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/sections.py" line="148"/>
        <source>Every activity of the period is listed in Annex B ({count} rows).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/sections.py" line="160"/>
        <source>3. Financial support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/sections.py" line="163"/>
        <source>Financing decisions in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/sections.py" line="164"/>
        <source>Total (EUR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/sections.py" line="165"/>
        <source>Disbursed (EUR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/sections.py" line="176"/>
        <source>Finance by source (EUR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/sections.py" line="181"/>
        <source>By instrument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/sections.py" line="182"/>
        <source>By source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/sections.py" line="183"/>
        <source>By status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/sections.py" line="191"/>
        <location filename="../desktop_app/services/reports/sections.py" line="227"/>
        <source>Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/sections.py" line="191"/>
        <source>Amount (EUR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/sections.py" line="204"/>
        <source>Amounts in their original currencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/sections.py" line="206"/>
        <location filename="../desktop_app/services/reports/sections.py" line="225"/>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/sections.py" line="214"/>
        <source>Not converted: no exchange rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/sections.py" line="216"/>
        <source>These amounts are not included in the EUR totals because no exchange rate was recorded for their currency on or before the decision date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/sections.py" line="249"/>
        <source>4. Energy Days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/sections.py" line="252"/>
        <source>Energy Days held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/sections.py" line="255"/>
        <source>Registered as EU Sustainable Energy Days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/sections.py" line="268"/>
        <source>Energy Days by audience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/sections.py" line="273"/>
        <source>Energy Days of the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/sections.py" line="278"/>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/sections.py" line="300"/>
        <source>5. Reporting: plans and monitoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/sections.py" line="306"/>
        <source>Monitoring reports accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/sections.py" line="307"/>
        <source>Overdue action plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/sections.py" line="308"/>
        <source>Overdue monitoring reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/sections.py" line="319"/>
        <source>Signatories by plan status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/sections.py" line="324"/>
        <source>Overdue items at the end of the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/sections.py" line="326"/>
        <location filename="../desktop_app/services/reports/sections.py" line="346"/>
        <location filename="../desktop_app/services/reports/sections.py" line="397"/>
        <source>Signatory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/sections.py" line="326"/>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/sections.py" line="340"/>
        <source>all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/sections.py" line="342"/>
        <source>Annexes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/sections.py" line="343"/>
        <source>Annex A. Signatories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/sections.py" line="347"/>
        <source>Local name</source>
        <translation type="unfinished">Ýerli dildäki ady</translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/sections.py" line="348"/>
        <source>Adhesion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/sections.py" line="352"/>
        <source>Finance (EUR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/sections.py" line="371"/>
        <source>Annex B. Assistance activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/sections.py" line="393"/>
        <source>Annex C. Financial support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/sections.py" line="399"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/messages.py" line="11"/>
        <source>Cannot read {path}: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/messages.py" line="12"/>
        <source>{path} is larger than a submission pack can be ({limit} bytes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/messages.py" line="13"/>
        <source>{path} holds {count} files; a submission pack holds a few.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/messages.py" line="14"/>
        <source>{path} contains a file with an unsafe name: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/messages.py" line="15"/>
        <source>The file {name} in the pack is too large to check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/messages.py" line="16"/>
        <source>{path} contains the same file name twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/messages.py" line="17"/>
        <source>{path} has no manifest.json: it is not a submission pack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/messages.py" line="18"/>
        <source>The manifest in {path} is damaged or of another format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/messages.py" line="19"/>
        <source>{path} is not a readable zip file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/messages.py" line="20"/>
        <source>{name}: listed in the manifest but missing from the pack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/messages.py" line="21"/>
        <source>{name}: changed since the pack was made (hash differs).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/messages.py" line="22"/>
        <source>{name}: in the pack but not in the manifest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/services/reports/messages.py" line="23"/>
        <source>No exchange rate for {currency} on or before {date}: {amount} {currency} listed as unconverted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../desktop_app/ui/dialogs/report_dialog.py" line="106"/>
        <source>Preparing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/report_dialog.py" line="131"/>
        <source>Counting the key figures…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/report_dialog.py" line="132"/>
        <source>Reading the records…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/report_dialog.py" line="133"/>
        <source>Laying out the pages…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/report_dialog.py" line="134"/>
        <source>Writing the report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/report_dialog.py" line="135"/>
        <source>Writing the workbook…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/report_dialog.py" line="136"/>
        <source>Writing the manifest…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/report_dialog.py" line="137"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/dialogs/report_dialog.py" line="146"/>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../desktop_app/ui/pages/reports_page.py" line="55"/>
        <source>Report to the Commission (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/reports_page.py" line="56"/>
        <source>Signatory fact sheets (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/reports_page.py" line="57"/>
        <source>Prepare submission…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/reports_page.py" line="58"/>
        <source>Verify a submission pack…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/reports_page.py" line="65"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/reports_page.py" line="66"/>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/reports_page.py" line="67"/>
        <source>Report language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/reports_page.py" line="72"/>
        <source>Report to the European Commission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/reports_page.py" line="81"/>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/reports_page.py" line="81"/>
        <source>Record type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/reports_page.py" line="81"/>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/reports_page.py" line="81"/>
        <source>Fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/reports_page.py" line="85"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/reports_page.py" line="87"/>
        <source>Changed since the last submission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/reports_page.py" line="106"/>
        <source>Reports</source>
        <translation type="unfinished">Hasabatlar</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/reports_page.py" line="127"/>
        <source>Save the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/reports_page.py" line="127"/>
        <location filename="../desktop_app/ui/pages/reports_page.py" line="162"/>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/reports_page.py" line="132"/>
        <location filename="../desktop_app/ui/pages/reports_page.py" line="144"/>
        <source>Report to the Commission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/reports_page.py" line="162"/>
        <source>Save the fact sheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/reports_page.py" line="168"/>
        <source>Signatory fact sheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/reports_page.py" line="179"/>
        <source>Folder for the submission pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/reports_page.py" line="183"/>
        <source>Prepare submission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/reports_page.py" line="196"/>
        <location filename="../desktop_app/ui/pages/reports_page.py" line="206"/>
        <location filename="../desktop_app/ui/pages/reports_page.py" line="211"/>
        <location filename="../desktop_app/ui/pages/reports_page.py" line="217"/>
        <source>Verify a submission pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/reports_page.py" line="196"/>
        <source>Submission packs (*.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/reports_page.py" line="212"/>
        <source>The pack matches its manifest: nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/reports_page.py" line="227"/>
        <source>No submission has been prepared yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/reports_page.py" line="231"/>
        <source>Since the submission of {when} ({file}): {count} changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/reports_page.py" line="238"/>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/reports_page.py" line="239"/>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/reports_page.py" line="240"/>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Section</name>
    <message>
        <location filename="../desktop_app/ui/sections.py" line="45"/>
        <source>Dashboard</source>
        <translation>Umumy syn</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/sections.py" line="50"/>
        <source>Coordinator profile</source>
        <translation>Utgaşdyryjynyň maglumatlary</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/sections.py" line="55"/>
        <source>Signatories</source>
        <translation>Gol çekenler</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/sections.py" line="60"/>
        <source>Action plans and monitoring</source>
        <translation>Hereket meýilnamalary we gözegçilik</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/sections.py" line="65"/>
        <source>Assistance</source>
        <translation>Berlen kömek</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/sections.py" line="70"/>
        <source>Energy Days</source>
        <translation>Energiýa günleri</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/sections.py" line="75"/>
        <source>Finance</source>
        <translation>Maliýe goldawy</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/sections.py" line="80"/>
        <source>Exchange rates</source>
        <translation>Walýuta hümmetleri</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/sections.py" line="85"/>
        <source>Reports</source>
        <translation>Hasabatlar</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/sections.py" line="90"/>
        <source>Trash</source>
        <translation>Sebet</translation>
    </message>
</context>
<context>
    <name>SignatoryForm</name>
    <message>
        <location filename="../desktop_app/ui/forms/signatory_form.py" line="46"/>
        <source>Commitment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/forms/signatory_form.py" line="57"/>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/forms/signatory_form.py" line="65"/>
        <source>Plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/forms/signatory_form.py" line="66"/>
        <source>Monitoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/forms/signatory_form.py" line="67"/>
        <source>Extensions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/forms/signatory_form.py" line="68"/>
        <source>Assistance</source>
        <translation type="unfinished">Berlen kömek</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/forms/signatory_form.py" line="69"/>
        <source>Finance</source>
        <translation type="unfinished">Maliýe goldawy</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/forms/signatory_form.py" line="70"/>
        <source>Energy Days</source>
        <translation type="unfinished">Energiýa günleri</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/forms/signatory_form.py" line="83"/>
        <source>Save first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/forms/signatory_form.py" line="84"/>
        <source>Save the signatory first, then add its records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/forms/signatory_form.py" line="129"/>
        <source>Possible duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/forms/signatory_form.py" line="131"/>
        <source>{country} already has a signatory with this name:
{names}

Open the existing record instead?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/forms/signatory_form.py" line="138"/>
        <source>&amp;Open the existing one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/forms/signatory_form.py" line="141"/>
        <source>&amp;Save as a new signatory</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignatoryPicker</name>
    <message>
        <location filename="../desktop_app/ui/widgets/signatory_picker.py" line="79"/>
        <source>Type a few letters of the name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignatoryTable</name>
    <message>
        <location filename="../desktop_app/ui/models/signatory_table.py" line="31"/>
        <source>Name</source>
        <translation>Ady</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/models/signatory_table.py" line="32"/>
        <source>Local name</source>
        <translation>Ýerli dildäki ady</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/models/signatory_table.py" line="33"/>
        <source>Country</source>
        <translation>Ýurt</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/models/signatory_table.py" line="34"/>
        <source>Region</source>
        <translation>Sebit</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/models/signatory_table.py" line="35"/>
        <source>Population</source>
        <translation>Ilat sany</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/models/signatory_table.py" line="36"/>
        <source>Adhesion date</source>
        <translation>Goşulan senesi</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/models/signatory_table.py" line="37"/>
        <source>Framework</source>
        <translation>Borçnamanyň möhleti</translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/models/signatory_table.py" line="38"/>
        <source>Status</source>
        <translation>Ýagdaýy</translation>
    </message>
</context>
<context>
    <name>TrashPage</name>
    <message>
        <location filename="../desktop_app/ui/pages/trash_page.py" line="41"/>
        <source>Search (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/trash_page.py" line="42"/>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/trash_page.py" line="44"/>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/trash_page.py" line="48"/>
        <source>Re&amp;fresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/trash_page.py" line="57"/>
        <source>Deleted records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/trash_page.py" line="107"/>
        <source>%n deleted records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/pages/trash_page.py" line="109"/>
        <source>{shown} of %n deleted records</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrashTable</name>
    <message>
        <location filename="../desktop_app/ui/models/trash_table.py" line="24"/>
        <source>Record type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/models/trash_table.py" line="25"/>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/models/trash_table.py" line="26"/>
        <source>Moved to Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/models/trash_table.py" line="27"/>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <location filename="../desktop_app/ui/undo.py" line="54"/>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/undo.py" line="90"/>
        <source>Create {record}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/undo.py" line="90"/>
        <source>Save {record}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/undo.py" line="108"/>
        <source>someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/undo.py" line="111"/>
        <source>The record was changed by {user} after this save; nothing was undone. Open it to see the current values. {fields}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/undo.py" line="121"/>
        <source>The earlier values can no longer be saved; nothing was undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/undo.py" line="137"/>
        <source>Restore %n record(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/undo.py" line="139"/>
        <source>Move %n record(s) to the Trash</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <location filename="../desktop_app/domain/rules/issues.py" line="50"/>
        <source>{field} is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/issues.py" line="51"/>
        <source>{field} is empty; please fill it in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/issues.py" line="52"/>
        <source>Without the adhesion date the plan deadline cannot be computed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/issues.py" line="55"/>
        <source>{field} must be a number, not &quot;{value}&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/issues.py" line="56"/>
        <source>{field} must be a whole number, not &quot;{value}&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/issues.py" line="57"/>
        <source>{field} must be a date, not &quot;{value}&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/issues.py" line="58"/>
        <source>{field} must be a list of choices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/issues.py" line="59"/>
        <source>{field} is {length} characters long; at most {max} are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/issues.py" line="60"/>
        <source>{field}: &quot;{value}&quot; is not one of the choices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/issues.py" line="61"/>
        <source>{field} ({value}) must not be earlier than {other_field} ({other}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/issues.py" line="64"/>
        <source>{field} ({value}) is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/issues.py" line="65"/>
        <source>{field} must be greater than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/issues.py" line="66"/>
        <source>{field} must not be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/issues.py" line="67"/>
        <source>{field} must be a year from {min} to {max}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/issues.py" line="68"/>
        <source>{field} must be a year from {min} to the adhesion year {max}; {value} was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/issues.py" line="72"/>
        <source>{field} must be between 0 and 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/issues.py" line="73"/>
        <source>{field} is {value}%, below the {minimum}% minimum of the {framework} commitment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/issues.py" line="77"/>
        <source>{field} ({value}) is more than the amount ({amount}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/issues.py" line="80"/>
        <source>{field} must be a three-letter ISO 4217 code in capitals such as EUR, not &quot;{value}&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/issues.py" line="84"/>
        <source>{field}: {value} is not one of the usual currencies; check the code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/issues.py" line="87"/>
        <source>{field}: &quot;{value}&quot; is not a known country.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/issues.py" line="88"/>
        <source>{field} does not look like an e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/issues.py" line="89"/>
        <source>The baseline inventory covers {count} of the 4 key sectors (municipal, tertiary, residential, transport); at least {minimum} are expected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/issues.py" line="94"/>
        <source>Actions cover {count} key sector(s); actions in at least {minimum} are expected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/issues.py" line="98"/>
        <source>A {plan_type} needs a climate risk and vulnerability assessment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/issues.py" line="102"/>
        <source>The plan was submitted but its council approval date is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/issues.py" line="105"/>
        <source>The status is &quot;{status}&quot; but {field} is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/issues.py" line="106"/>
        <source>An Energy Day registered with the EU Sustainable Energy Week needs at least {minimum} participants; {value} recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/issues.py" line="111"/>
        <source>Select the signatories reached, or mark the activity as reaching all signatories.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/issues.py" line="115"/>
        <source>EUR needs no exchange rate; it always counts as 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/issues.py" line="116"/>
        <source>Full reporting includes a monitoring emission inventory; {field} is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/domain/rules/issues.py" line="119"/>
        <source>This signatory already has {count} extension(s) for this deadline; normally only one is granted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Values</name>
    <message>
        <location filename="../desktop_app/ui/forms/values.py" line="56"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop_app/ui/forms/values.py" line="56"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
